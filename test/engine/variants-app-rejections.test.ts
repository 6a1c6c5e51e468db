// The notices web applications with reply-by-email send when they refuse a person's message
// (Discourse, GitLab, Request Tracker, Zammad, Znuny, Launchpad), and their look-alikes that refuse
// nothing (a post taken in without some attachments, a note to RT's owner, acknowledgments). Each
// fixture is invented (test/fixtures/variants/app-rejections/); the comment above each row names the
// template its words are quoted from, and the expected values are what those words mean
// (../shared/TAXONOMY.md): the refused recipient is the application's address the person wrote to
// (the one the notice names, else the To of the original it returns, else the notice's own From).
import { checkFixture, variantCases, type FixtureCase } from './fixture-cases';

const c = variantCases('app-rejections/');
const APP = 'app-rejection';
const DISCOURSE_REPLY = 'reply+8c2e41f07b9a5d36e1c4a2f9b0d7e853@forum.example.com';

/** A notice that reports no refused message. */
const notice = (file: string, kind = 'not-a-bounce'): FixtureCase => ({
  file: `variants/app-rejections/${file}`,
  kind,
  recipients: [],
});

const CASES: FixtureCase[] = [
  // discourse/discourse config/locales/server.en.yml email_reject_topic_closed: "We're sorry, but your email
  // message to %{destination} (titled %{former_title}) didn't work." "The topic you are replying to is currently
  // closed and no longer accepting replies. If you believe this is an error, contact a staff member."
  c('01-discourse-topic-closed.eml', 'bounce', APP, [
    DISCOURSE_REPLY,
    null,
    'recipient-policy',
    'recipient-admin',
  ]),
  // server.en.yml email_reject_strangers_not_allowed: "The category you sent this email to only allows replies
  // from users with valid accounts and known email addresses."
  c('02-discourse-strangers-not-allowed.eml', 'bounce', APP, [
    'support@forum.example.com',
    null,
    'recipient-policy',
    'recipient-admin',
  ]),
  // server.en.yml email_reject_user_not_found: "Your reply was sent from an unknown email address. Try sending
  // from another email address, or contact a staff member." (the forum does not know the sender)
  c('03-discourse-user-not-found.eml', 'bounce', APP, [DISCOURSE_REPLY, null, 'recipient-policy', 'sender']),
  // server.en.yml email_reject_bad_destination_address: subject "Email issue -- Unknown To: Address", body "Here
  // are some things to check: ... Email replies require that you use the same email address when replying."
  c('04-discourse-bad-destination-address.eml', 'bounce', APP, [
    'noreply@forum.example.com',
    '5.1.1',
    'recipient-unknown',
    'sender',
  ]),
  // server.en.yml email_reject_empty: "We couldn't find any reply content in your email." "If you're getting this
  // and you _did_ include a reply, try again with simpler formatting."
  c('05-discourse-empty-no-content.eml', 'bounce', APP, [
    DISCOURSE_REPLY,
    null,
    'message-noncompliant',
    'sender',
  ]),
  // server.en.yml email_reject_auto_generated: "Your email was marked as "auto generated", which means it was
  // automatically created by a computer instead of being typed by a human; we can't accept those kinds of emails."
  c('06-discourse-auto-generated-reply.eml', 'bounce', APP, [
    DISCOURSE_REPLY,
    null,
    'recipient-policy',
    'recipient-admin',
  ]),
  // server.en.yml email_reject_screened_email: "Your reply was sent from a blocked email address." (the forum's
  // own list of screened addresses)
  c('07-discourse-screened-blocked-email.eml', 'bounce', APP, [
    DISCOURSE_REPLY,
    null,
    'recipient-policy',
    'recipient-admin',
  ]),
  // server.en.yml email_reject_too_many_recipients: "You attempted to email more than %{max_recipients_count}
  // people and our system automatically tagged your email as spam.": a spam verdict the sender avoids
  c('08-discourse-too-many-recipients.eml', 'bounce', APP, [
    'team@forum.example.com',
    null,
    'content-rejected',
    'sender',
  ]),
  // server.en.yml email_reject_reply_key: "The reply key in the email is invalid or unknown, so we can't figure out
  // what this email is in reply to."
  c('09-discourse-unknown-reply-key.eml', 'bounce', APP, [
    DISCOURSE_REPLY,
    '5.1.1',
    'recipient-unknown',
    'sender',
  ]),
  // server.en.yml email_reject_post_too_short: "To promote more in depth conversations, very short replies are not
  // allowed. Can you please reply with at least %{count} characters?"
  c('10-discourse-post-too-short.eml', 'bounce', APP, [DISCOURSE_REPLY, null, 'recipient-policy', 'sender']),
  // server.en.yml email_reject_old_destination: "We only accept replies to original notifications for
  // %{number_of_days} days. Please visit the topic to continue the conversation."
  c('11-discourse-old-destination.eml', 'bounce', APP, [DISCOURSE_REPLY, null, 'recipient-policy', 'sender']),
  // server.en.yml email_reject_topic_not_found: "The topic you are replying to no longer exists -- perhaps it was
  // deleted?"
  c('12-discourse-topic-not-found.eml', 'bounce', APP, [
    DISCOURSE_REPLY,
    '5.1.1',
    'recipient-unknown',
    'sender',
  ]),
  // server.en.yml email_reject_attachment: "Unfortunately some attachments in your email message to
  // %{destination} (titled %{former_title}) were rejected.": the post went in, without them
  notice('13-discourse-attachment-rejected-post-accepted.eml'),
  // gitlabhq/gitlabhq app/views/email_rejection_mailer/rejection.text.haml "Unfortunately, your email message to
  // GitLab could not be processed."; lib/gitlab/email/failure_handler.rb UnknownIncomingEmail "We couldn't figure
  // out what the email is for." (no address named: the notice's From is GitLab's)
  c('14-gitlab-unknown-incoming-email.eml', 'bounce', APP, [
    'gitlab@gitlab.example.com',
    '5.1.1',
    'recipient-unknown',
    'sender',
  ]),
  // failure_handler.rb UserNotFoundError "We couldn't figure out what user corresponds to the email. Please create
  // your comment through the web interface."
  c('15-gitlab-user-not-found.eml', 'bounce', APP, [
    'gitlab@gitlab.example.com',
    null,
    'recipient-policy',
    'sender',
  ]),
  // failure_handler.rb UserNotAuthorizedError "You are not allowed to perform this action. If you believe this is
  // in error, contact a staff member."
  c('16-gitlab-not-allowed-to-perform-action.eml', 'bounce', APP, [
    'gitlab@gitlab.example.com',
    null,
    'recipient-policy',
    'recipient-admin',
  ]),
  // failure_handler.rb EmailTooLarge "We couldn't process your email because it is too large."
  c('17-gitlab-email-too-large.eml', 'bounce', APP, [
    'gitlab@gitlab.example.com',
    '5.3.4',
    'message-too-large',
    'sender',
  ]),
  // failure_handler.rb EmptyEmailError "It appears that the email is blank. Make sure your reply is at the top of
  // the email, we can't process inline replies." (can_retry: app/mailers/email_rejection_mailer.rb sets Reply-To
  // to the refused address)
  c('18-gitlab-blank-email-inline-reply.eml', 'bounce', APP, [
    'incoming+ops-ci-runners-118-5kq2x8r1v0m3n7b4c9d6-issue-412@gitlab.example.com',
    null,
    'message-noncompliant',
    'sender',
  ]),
  // failure_handler.rb NoteableNotFoundError "The thread you are replying to no longer exists, perhaps it was
  // deleted?"
  c('19-gitlab-noteable-not-found.eml', 'bounce', APP, [
    'gitlab@gitlab.example.com',
    '5.1.1',
    'recipient-unknown',
    'sender',
  ]),
  // bestpractical/rt lib/RT/Interface/Email/Authz/Default.pm MailError Subject "Permission Denied", "$email has no
  // right to create tickets in queue $qname" (the refused message is a part: its To is the queue's address)
  c('20-rt-permission-denied-create-ticket.eml', 'bounce', APP, [
    'facilities@rt.example.org',
    null,
    'recipient-policy',
    'recipient-admin',
  ]),
  // Authz/Default.pm "$email has no right to reply to ticket $tid in queue $qname"
  c('21-rt-permission-denied-reply-to-ticket.eml', 'bounce', APP, [
    'help@rt.example.org',
    null,
    'recipient-policy',
    'recipient-admin',
  ]),
  // lib/RT/Interface/Email.pm GetCurrentUser: "Permission Denied", "You do not have permission to communicate with
  // RT"
  c('22-rt-permission-denied-communicate.eml', 'bounce', APP, [
    'help@rt.example.org',
    null,
    'recipient-policy',
    'recipient-admin',
  ]),
  // lib/RT/Interface/Email/Action/Defaults.pm "Message not recorded: $subject", "Could not find a ticket with id
  // $TicketId"
  c('23-rt-message-not-recorded-no-ticket.eml', 'bounce', APP, [
    'help@rt.example.org',
    '5.1.1',
    'recipient-unknown',
    'sender',
  ]),
  // Action/Defaults.pm "Ticket creation failed: $subject" with lib/RT/Ticket.pm's error "No permission to create
  // tickets in the queue '[_1]'"
  c('24-rt-ticket-creation-failed.eml', 'bounce', APP, [
    'facilities@rt.example.org',
    null,
    'recipient-policy',
    'recipient-admin',
  ]),
  // Authz/Default.pm MailError To OwnerEmail "Failed attempt to create a ticket by email, from $email", "$email
  // attempted to create a ticket via email in the queue $qname; you might need to grant 'Everyone' the
  // CreateTicket right.": a note to RT's owner about another person's message
  notice('25-rt-owner-failed-attempt-to-create-ticket.eml'),
  // zammad/zammad app/views/mailer/email_oversized/en.txt.erb "[undeliverable] Message too large", "Your message
  // was #{mail.msg_size} MB but we only accept messages up to #{config.postmaster_max_size} MB."; From the
  // channel's address (app/models/channel/email_parser.rb postmaster_response)
  c('26-zammad-oversized-en.eml', 'bounce', APP, [
    'support@helpdesk.example.com',
    '5.3.4',
    'message-too-large',
    'sender',
  ]),
  // email_oversized/de.txt.erb "[Unzustellbar] Nachricht zu groß", "wir akzeptieren jedoch nur E-Mails mit einer
  // Größe von bis zu #{config.postmaster_max_size} MB."
  c('27-zammad-oversized-de.eml', 'bounce', APP, [
    'service@helpdesk.example.de',
    '5.3.4',
    'message-too-large',
    'sender',
  ]),
  // Znuny/OTRS initial auto response "default reject (after follow-up and rejected of a closed ticket)": subject
  // "Your email has been rejected! (RE: <OTRS_CUSTOMER_SUBJECT[24]>)", "Your previous ticket is closed. -- Your
  // follow-up has been rejected. -- Please create a new ticket."; From the queue's system address
  c('28-znuny-follow-up-rejected-closed-ticket.eml', 'bounce', APP, [
    'support@znuny.example.com',
    null,
    'recipient-policy',
    'sender',
  ]),
  // osTicket/osTicket include/i18n/en_US/templates/email/ticket.overlimit.yaml "Open Tickets Limit Reached", "You
  // have reached the maximum number of open tickets allowed.", sent by class.ticket.php onOpenLimit after the
  // ticket was created, as an auto-reply (class.mailer.php: Auto-Submitted: auto-replied)
  notice('29-osticket-open-tickets-limit-reached.eml', 'auto-reply'),
  // Launchpad help, Bugs/EmailInterface "On failure": Subject "Submit Request Failure", "An error occurred while
  // processing a mail you sent to Launchpad's email interface." "Error message: In order to submit bugs via email
  // you have to sign the message with a GPG key that is registered in Launchpad."; the original attached
  // (lib/lp/services/mail/notification.py send_process_error_notification)
  c('30-launchpad-submit-request-failure-gpg.eml', 'bounce', APP, [
    'new@bugs.launchpad.example.com',
    null,
    'recipient-policy',
    'sender',
  ]),
  // GitLab Service Desk's acknowledgment (doc/user/project/service_desk: "Thank you for your support request! We
  // are tracking your request as ticket #%{issue_iid}, and will respond as soon as we can."): an automatic reply
  notice('31-gitlab-service-desk-thank-you.eml', 'auto-reply'),
];

describe('reply-by-email applications: refusals and look-alikes', () => {
  test.each(CASES)('$file', (fc) => checkFixture(fc));
});
