// Still more notices of applications that take mail in and refuse it in their own words: Discourse's
// other email_reject_* texts and its mail-receiver's refusals at RCPT (in Postfix and Exim bounces),
// GitLab's other incoming-email failures, Mailman 2.1's member-moderation and DMARC refusals and its held-post
// and acknowledgment look-alikes, a groups.io bounce probe, and Request Tracker's rt-mailgate failing to
// reach its server through Postfix's pipe (EX_TEMPFAIL: delays, then the expired bounce). Each fixture is invented
// (test/fixtures/variants/apps4/); the comment above each row names the source its words are quoted
// from, and the expected values are what those words mean (../shared/TAXONOMY.md): the refused
// recipient is the application's or list's address the person wrote to (the one the notice names, else
// the To of the original it returns, else its own From); a forum's or GitLab's own rules and staff
// decisions are recipient-policy for its admins, or for the sender where the words tell the person
// what to change.
import { checkFixture, delayedRecipient, variantCases, type FixtureCase } from './fixture-cases';

const c = variantCases('apps4/');
const APP = 'app-rejection';
const REPLY = 'reply+4f1d9a0c27b85e63d0a9c1e7b2f48d16@forum.example.com';
const GITLAB = 'gitlab@git.example.org';

/** A notice that reports no refused message. */
const notice = (file: string, kind = 'not-a-bounce'): FixtureCase => ({
  file: `variants/apps4/${file}`,
  kind,
  recipients: [],
});

/** A Postfix delay notice for one of RT's queues (rt-mailgate exits 75, EX_TEMPFAIL). */
const delay = (file: string): FixtureCase => ({
  file: `variants/apps4/${file}`,
  kind: 'delay',
  format: 'postfix',
  recipients: [
    delayedRecipient('rt-general@helpdesk.example.org', '4.3.0', 'recipient-system', 'recipient-admin'),
  ],
});

const CASES: FixtureCase[] = [
  // discourse/discourse config/locales/server.en.yml email_reject_insufficient_trust_level: subject "Email issue
  // -- Insufficient Trust Level", "Your account does not have the required trust level to post new topics to this
  // email address. If you believe this is an error, contact a staff member."
  c('01-discourse-insufficient-trust-level.eml', 'bounce', APP, [
    'announcements@forum.example.com',
    null,
    'recipient-policy',
    'recipient-admin',
  ]),
  // server.en.yml email_reject_inactive_user: "Your account associated with this email address is not activated.
  // Please activate your account before sending emails in." (the person activates it)
  c('02-discourse-inactive-user.eml', 'bounce', APP, [REPLY, null, 'recipient-policy', 'sender']),
  // server.en.yml email_reject_silenced_user: "Your account associated with this email address has been
  // silenced." (the forum's staff lift it)
  c('03-discourse-silenced-user.eml', 'bounce', APP, [REPLY, null, 'recipient-policy', 'recipient-admin']),
  // server.en.yml email_reject_reply_user_not_matching: "Your reply was sent from a different email address than
  // the one we expected, so we're not sure if this is the same person. Try sending from another email address"
  c('04-discourse-reply-user-not-matching.eml', 'bounce', APP, [REPLY, null, 'recipient-policy', 'sender']),
  // server.en.yml email_reject_parsing: subject "Email issue -- Content Unrecognized", "We couldn't find your
  // reply in the email. **Make sure your reply is at the top of the email** -- we can't process inline replies."
  c('05-discourse-content-unrecognized-inline-reply.eml', 'bounce', APP, [
    REPLY,
    null,
    'message-noncompliant',
    'sender',
  ]),
  // server.en.yml email_reject_invalid_access: "Your account does not have the privileges to post new topics in
  // that category. If you believe this is an error, contact a staff member."
  c('06-discourse-invalid-access-new-topic.eml', 'bounce', APP, [
    'staff-only@forum.example.com',
    null,
    'recipient-policy',
    'recipient-admin',
  ]),
  // server.en.yml email_reject_invalid_post_specified ("Email issue -- Posting error", "Reason:" then the error)
  // with its date_invalid: "No post creation date found. Is the e-mail missing a Date: header?" (the sending
  // mail software left out the Date: field)
  c('07-discourse-posting-error-no-date-header.eml', 'bounce', APP, [
    REPLY,
    null,
    'message-noncompliant',
    'sender-admin',
  ]),
  // server.en.yml email_reject_unrecognized_error: "There was an unrecognized error while processing your email
  // and it wasn't posted. You should try again, or contact a staff member." (the forum's own fault)
  c('08-discourse-unrecognized-error.eml', 'bounce', APP, [
    REPLY,
    null,
    'recipient-system',
    'recipient-admin',
  ]),
  // server.en.yml email_reject_reply_not_allowed: "You don't have permissions to reply to the topic. If you
  // believe this is an error, contact a staff member."
  c('09-discourse-reply-not-allowed.eml', 'bounce', APP, [
    REPLY,
    null,
    'recipient-policy',
    'recipient-admin',
  ]),
  // server.en.yml email_reject_reply_to_digest: subject "Email issue -- Reply to Summary", "You replied to a
  // Summary email, which is not accepted." (the person replies to the post's own notification)
  c('10-discourse-reply-to-summary.eml', 'bounce', APP, [
    'reply+digest@forum.example.com',
    null,
    'recipient-policy',
    'sender',
  ]),
  // server.en.yml system_messages.email_revoked: subject "Is your email address correct?", "Our last few emails
  // to you have all bounced back as undeliverable.": the forum tells a member about bounces, it refuses nothing
  notice('11-discourse-email-revoked-is-your-address-correct.eml'),
  // gitlabhq/gitlabhq app/views/email_rejection_mailer/rejection.text.haml "Unfortunately, your email message to
  // GitLab could not be processed."; lib/gitlab/email/failure_handler.rb SentNotificationNotFoundError "We
  // couldn't figure out what the email is in reply to. Please create your comment through the web interface."
  c('12-gitlab-sent-notification-not-found.eml', 'bounce', APP, [
    GITLAB,
    '5.1.1',
    'recipient-unknown',
    'sender',
  ]),
  // failure_handler.rb ProjectNotFound "We couldn't find the project. Please check if there's any typo."
  c('13-gitlab-project-not-found.eml', 'bounce', APP, [GITLAB, '5.1.1', 'recipient-unknown', 'sender']),
  // failure_handler.rb UserBlockedError "Your account has been blocked. If you believe this is in error, contact
  // a staff member." (the GitLab instance's admin blocked the person's GitLab account, not a mail account)
  c('14-gitlab-user-blocked.eml', 'bounce', APP, [GITLAB, null, 'recipient-policy', 'recipient-admin']),
  // GNU Mailman 2.1 (jurov/gnu-mailman) Mailman/Handlers/Moderate.py member_moderation_action 1 (Reject) with no member_moderation_notice:
  // Errors.RejectMessage's default "Your message was rejected", returned by Bouncer.py BounceMessage (From the
  // -owner address, the original subject, the notice then the post as message/rfc822)
  c('15-mailman21-moderated-member-rejected-default-notice.eml', 'bounce', 'mailman', [
    'birders@lists.example.org',
    null,
    'recipient-policy',
    'recipient-admin',
  ]),
  // Hold.py hold_for_approval "Your message to %(listname)s awaits moderator approval", templates/en/postheld.txt
  // "Is being held until the list moderator can review it for approval." with NonMemberPost.reason "Post by
  // non-member to a members-only list": held, not refused
  notice('16-mailman21-held-non-member-post.eml'),
  // postheld.txt with ImplicitDestination.reason "Message has implicit destination"
  notice('17-mailman21-held-implicit-destination.eml'),
  // Handlers/Acknowledge.py "%(realname)s post acknowledgement", templates/en/postack.txt "was successfully
  // received by the %(listname)s mailing list."
  notice('18-mailman21-post-acknowledgment.eml'),
  // bestpractical/rt bin/rt-mailgate.in: a reply that is not "ok" prints "RT server error. The RT server which
  // handled your email did not behave as expected. It said: ..." and exits EX_TEMPFAIL (75); Postfix's pipe
  // says "temporary failure. Command output: ..." with 4.3.0 and retries
  delay('19-postfix-delay-rt-mailgate-rt-server-error.eml'),
  // rt-mailgate.in check_failure: LWP's error page as text ("An Error Occurred", "500 Can't connect to
  // <host>:443 (Connection refused)"), EX_TEMPFAIL
  delay('20-postfix-delay-rt-mailgate-cannot-connect.eml'),
  // the same failure for two queues until Postfix's queue lifetime ran out: the bounce names the cause
  c(
    '21-postfix-expired-rt-mailgate-two-queues.eml',
    'bounce',
    'postfix',
    ['rt-general@helpdesk.example.org', '4.3.0', 'recipient-system', 'recipient-admin'],
    ['rt-facilities@helpdesk.example.org', '4.3.0', 'recipient-system', 'recipient-admin'],
  ),
  // discourse/mail-receiver lib/mail_receiver/fast_rejection.rb (Postfix's policy service at RCPT: "reject
  // #{reply['reason']}") with discourse/discourse app/controllers/admin/email_controller.rb smtp_should_reject "Mail
  // from your address is not accepted. Do you have an account here?", in the sender's Postfix bounce (the person
  // writes from the address of an account, or signs up)
  c('22-postfix-discourse-fast-rejection-unknown-sender.eml', 'bounce', 'postfix', [
    'support@forum.example.com',
    '5.7.1',
    'recipient-policy',
    'sender',
  ]),
  // smtp_should_reject "Mail to this address is not accepted. Check the address and try to send again?" (no
  // incoming address of the forum matches, Email::Receiver.check_address), in an Exim bounce
  c('23-exim-discourse-fast-rejection-address-not-accepted.eml', 'bounce', 'exim', [
    'reply+0000deadbeef0000@forum.example.com',
    '5.7.1',
    'recipient-unknown',
    'sender',
  ]),
  // fast_rejection.rb maybe_reject_email: the forum's API did not answer, "defer_if_permit Internal error, API
  // request failed" (Postfix: 450 4.7.1), in the sender's Postfix delay notice
  {
    file: 'variants/apps4/24-postfix-delay-discourse-fast-rejection-api-request-failed.eml',
    kind: 'delay',
    format: 'postfix',
    recipients: [
      delayedRecipient(
        'reply+7a3e0c9d51f24b86e0d7c2a9f41b385e@forum.example.com',
        '4.7.1',
        'recipient-system',
        'recipient-admin',
      ),
    ],
  },
  // Mailman 2.1 Handlers/SpamDetect.py dmarc_moderation_action 3 (Reject) with no dmarc_moderation_notice: "You
  // are not allowed to post to this mailing list From: a domain which publishes a DMARC policy of reject or
  // quarantine, and your message has been automatically rejected." (the list's rule, not a failed check)
  c('25-mailman21-dmarc-moderation-reject.eml', 'bounce', 'mailman', [
    'birders@lists.example.org',
    null,
    'recipient-policy',
    'recipient-admin',
  ]),
  // groups.io GroupManagersForum wiki "Example of the Bounce Probe Message": subject "Your Groups.io Account Is
  // Bouncing", "Recently, emails sent to you have bounced back to us." "To unbounce your account, go to the
  // following link:": a notice to the member, it returns no message and names no failed delivery
  notice('26-groupsio-account-is-bouncing-probe.eml'),
];

describe('applications and list managers: still more refusals and look-alikes', () => {
  test.each(CASES)('$file', (fc) => checkFixture(fc));
});
