// Bounces caused by, or written by, forwarding and alias services: whole bounces of the sending MTA
// carrying an alias service's own SMTP replies (addy.io's policy replies, Cloudflare Email Routing's
// block-list refusal, Gmail's DMARC refusal of forwarded mail), Forward Email's own DSNs, and the
// services' notices to their users (SimpleLogin, addy.io, Firefox Relay). Each fixture is invented
// (test/fixtures/variants/forwarders/); the comment above each row names the source its words are
// quoted from, and the expected values are what those words mean (../shared/TAXONOMY.md).
import { checkFixture, delayedRecipient, variantCases, type FixtureCase } from './fixture-cases';

const c = variantCases('forwarders/');

/** A service's notice to its user that reports no failed delivery. */
const notice = (file: string): FixtureCase => ({
  file: `variants/forwarders/${file}`,
  kind: 'not-a-bounce',
  recipients: [],
});

const CASES: FixtureCase[] = [
  // simple-login/app email_handler.py handle_spam: subject 'Email from {website_email} to {alias} is detected as
  // spam'; templates/emails/transactional/spam-email.txt 'is detected as spam by our Spam Detection Engine
  // (SpamAssassin)': a notice that the user's alias received spam, not a failed delivery
  notice('04-simplelogin-spam-detected-notice.eml'),
  // mozilla/fx-private-relay privaterelay/pending_locales/en/pending.ftl: 'This mask has been deactivated', 'An
  // email from your mask address, { $mask }, was marked as spam. When this happens, Firefox Relay deactivates the
  // mask and blocks emails from forwarding': the mask's state, not a failed delivery
  notice('16-firefox-relay-mask-deactivated-spam-complaint.eml'),
  // anonaddy/anonaddy postfix/AccessPolicy.php ACTION_DOES_NOT_EXIST '550 5.1.1 Address does not exist'; README.md
  // '550 5.1.1 Recipient address rejected: Address does not exist' (the alias was deleted)
  c('09-postfix-addy-alias-address-does-not-exist.eml', 'bounce', 'postfix', [
    'old.shop@addy.example',
    '5.1.1',
    'recipient-unknown',
    'sender',
  ]),
  // anonaddy/anonaddy postfix/AccessPolicy.php ACTION_REJECT '552 5.2.2 User over quota'; README.md 'the server will
  // respond ... with the following: 552 5.2.2 Recipient address rejected: User over quota' (over the bandwidth
  // limit): the words say the user is over quota
  c('10-postfix-addy-bandwidth-user-over-quota.eml', 'bounce', 'postfix', [
    'club.news@addy.example',
    '5.2.2',
    'mailbox-full',
    'recipient',
  ]),
  // cloudflare/cloudflare-docs src/content/docs/email-routing/postmaster.mdx 'Realtime Block Lists': '554
  // <YOUR_IP_ADDRESS> found on one or more RBLs (abusixip). Refer to https://developers.cloudflare.com/...';
  // Postfix's notice as in pastebin.com/sSR9QSuC (relay.mailchannels.net)
  c('11-postfix-cloudflare-email-routing-rbl.eml', 'bounce', 'postfix', [
    'hello@studio.example.org',
    '5.0.0',
    'reputation-block',
    'sender-admin',
  ]),
  // forwardemail/forwardemail.net helpers/create-bounce.js: 'Delivery Status Notification (Failure)', "Your message
  // wasn't delivered to {recipient} due to an error.", 'The response was:', one delivery-status block, 'Status:
  // 5.0.0'; the passed-along reply is addy.io's (AccessPolicy.php ACTION_REJECT): the reply's 5.2.2 beats 5.0.0
  c('12-forwardemail-dsn-failure-user-over-quota.eml', 'bounce', 'rfc3464', [
    'team.ravi@addy.example',
    '5.2.2',
    'mailbox-full',
    'recipient',
  ]),
  // Gmail's 550 5.7.26 DMARC refusal (support.google.com/mail/answer/2451690) of a message the alumni domain's own
  // Postfix forwarded (Reporting-MTA under the Original-Recipient's domain, Final-Recipient elsewhere): TAXONOMY.md
  // 'a DMARC failure on mail that was forwarded belongs to the forwarder's admin'
  c('14-postfix-alias-forward-to-gmail-dmarc.eml', 'bounce', 'postfix', [
    'sam.k.1999@gmail.example',
    '5.7.26',
    'auth-failed',
    'recipient-admin',
  ]),
  // simple-login/app email_handler.py (ALERT_BOUNCE_EMAIL) subject 'An email sent to {alias} cannot be delivered to
  // your mailbox'; templates/emails/transactional/bounce/bounced-email.txt.jinja2 'was bounced by your mailbox
  // {mailbox_email}.', 'This is usually because your mailbox service thinks the email is a spam.': the user's own
  // mailbox refused the forwarded message as spam, its owner lets it in
  c('01-simplelogin-forward-phase-mailbox-bounced.eml', 'bounce', 'alias-service', [
    'mika@example.net',
    null,
    'content-rejected',
    'recipient',
  ]),
  // simple-login/app email_handler.py (ALERT_BOUNCE_EMAIL_REPLY_PHASE) subject 'Email cannot be sent to {contact}
  // from your alias {alias}'; bounce/bounce-email-reply-phase.txt 'This might mean ... - is not a valid address, or -
  // doesn't exist, or - its mail server refuses your email.': maybes, no cause
  c('02-simplelogin-reply-phase-contact-bounced.eml', 'bounce', 'alias-service', [
    'rentals@agency.example.org',
    null,
    'unknown',
    'sender-admin',
  ]),
  // simple-login/app email_handler.py subject 'Email cannot be sent to {contact} from {alias}';
  // reply-error.txt.jinja2 'Your email cannot be sent to {contact} from your alias {alias}.', 'Usually this is
  // because the DNS record of {contact_domain} does not exist.'
  c('03-simplelogin-reply-error-dns-record.eml', 'bounce', 'alias-service', [
    'info@old-cafe.example.jp',
    '5.1.2',
    'recipient-domain-invalid',
    'sender',
  ]),
  // simple-login/app app/email_utils.py spf_pass: subject 'SimpleLogin Alert: attempt to send emails from your alias
  // {alias} from unknown IP Address'; spf-fail.txt 'from an unknown IP address {ip}', '- To: {to_email}', 'SimpleLogin
  // enforces the SPF ... Emails sent from an IP address that is unknown by your email service are refused by
  // default.': the message to {to_email} was refused for failing SPF
  c('05-simplelogin-spf-unknown-ip-alert.eml', 'bounce', 'alias-service', [
    'landlord@lettings.example.com',
    null,
    'auth-failed',
    'sender-admin',
  ]),
  // anonaddy/anonaddy app/Notifications/FailedDeliveryNotification.php subject 'New failed delivery on addy.io',
  // Feedback-ID 'FDN:anonaddy'; resources/views/mail/failed_delivery_notification.blade.php 'An attempt to deliver a
  // message to your recipient {recipientEmail} has failed your recipient's mail server ({remoteMta}) rejected it.':
  // the user's own mailbox refused the forwarded message, the reason only on the site
  c('06-addy-failed-delivery-to-recipient.eml', 'bounce', 'alias-service', [
    'jo@example.org',
    null,
    'unknown',
    'sender-admin',
  ]),
  // anonaddy/anonaddy SpamReplySendAttempt.php subject 'Attempted reply/send from alias has failed', Feedback-ID
  // 'SRSA:anonaddy'; spam_reply_send_attempt.blade.php "didn't pass authentication checks", 'there must be a valid
  // DMARC policy present for {domain}', 'the following destination: {destination}'
  c('07-addy-attempted-reply-send-dmarc-failed.eml', 'bounce', 'alias-service', [
    'moderators@forum.example.net',
    null,
    'auth-failed',
    'sender-admin',
  ]),
  // anonaddy/anonaddy DisallowedReplySendAttempt.php subject 'Disallowed reply/send from alias', Feedback-ID
  // 'DRSA:anonaddy'; disallowed_reply_send_attempt.blade.php 'your recipient {recipient} has disallowed replying and
  // sending or because your alias {alias} has limited the recipients that can reply/send': the user's own setting
  c('08-addy-disallowed-reply-send.eml', 'bounce', 'alias-service', [
    'moderators@forum.example.net',
    null,
    'sender-blocked',
    'sender',
  ]),
  // mozilla/fx-private-relay emails/views.py _build_reply_requires_premium_email, reply_requires_premium.txt;
  // mozilla-l10n/fx-private-relay-l10n en/misc.ftl 'Replies are not included with your free account', 'Your reply was
  // not sent to { $sender }.', 'Replying to forwarded emails from your masked email is only available with {
  // -brand-name-firefox-relay-premium }.'; layout (quoted-printable, Fluent's U+2068/U+2069 marks) as in
  // emails/tests/fixtures/reply_requires_premium_second_expected.email
  c('15-firefox-relay-reply-not-sent-free-account.eml', 'bounce', 'alias-service', [
    'orders@shop.example.net',
    null,
    'sender-blocked',
    'sender-admin',
  ]),
  // simple-login/app email_handler.py handle_spam (is_reply, returns status.E506: not sent) subject 'Email from
  // {alias} to {website_email} is detected as spam'; spam-email-reply-phase.txt 'An email sent from your alias
  // {alias} to {website_email} is detected as spam by our Spam Detection Engine (SpamAssassin).'
  c('17-simplelogin-spam-reply-phase-not-sent.eml', 'bounce', 'alias-service', [
    'viewings@lettings.example.com',
    null,
    'content-rejected',
    'sender',
  ]),
  // simple-login/app app/handler/dmarc.py apply_dmarc_policy_for_reply_phase (returns status.E215) subject 'Attempt to
  // send an email to your contact {contact} from {mail_from}'; spoof-reply.txt.jinja2 'Unauthorized attempt to send an
  // email to {contact} from your alias {alias} using {sender} has been blocked.', 'SimpleLogin also refuses emails that
  // claim to come from your mailbox but fail DMARC.'
  c('18-simplelogin-spoof-reply-dmarc-blocked.eml', 'bounce', 'alias-service', [
    'rentals@agency.example.org',
    null,
    'auth-failed',
    'sender-admin',
  ]),
  // anonaddy/anonaddy failed_delivery_notification.blade.php, its $quarantined branch (same subject 'New failed
  // delivery on addy.io'): '# New Quarantined Email', 'A message for your alias {aliasEmail} has been quarantined
  // because it looks like spam or it failed DMARC checks.': mail to the user held, nothing the user sent failed
  notice('19-addy-quarantined-message-notice.eml'),
  // mozilla/fx-private-relay reply_requires_premium.txt, forwarded branch; en/misc.ftl 'first-reply-forwarded':
  // 'We’ve sent this reply to { $sender }. But moving forward, your replies will not be sent.' (same subject as 15;
  // layout as in emails/tests/fixtures/reply_requires_premium_first_expected.email): the reply was delivered
  notice('20-firefox-relay-first-reply-forwarded-notice.eml'),
  // simple-login/app app/handler/dmarc.py subject 'An email sent to {alias} has been quarantined';
  // message-quarantine-dmarc.txt.jinja2 'An email from {from_header} to {alias} is put into Quarantine as it fails
  // anti-phishing check.': mail to the user held, not a failed delivery of the user's
  notice('21-simplelogin-dmarc-quarantine-notice.eml'),
];

const DELAYS: FixtureCase[] = [
  // forwardemail/forwardemail.net helpers/create-bounce.js: code < 500 is 'Delivery Status Notification (Delayed)',
  // 'Your message is delayed and will be retried later to {recipient} due to an error.', 'Action: delayed',
  // 'Status: 4.0.0'; the reply is addy.io's ACTION_DEFER '452 4.2.2 User over quota'
  {
    file: 'variants/forwarders/13-forwardemail-dsn-delayed-user-over-quota.eml',
    kind: 'delay',
    format: 'rfc3464',
    recipients: [delayedRecipient('team.ravi@addy.example', '4.2.2', 'mailbox-full', 'recipient')],
  },
];

describe('forwarding and alias service variants', () => {
  test.each([...CASES, ...DELAYS].map((k) => [k.file, k] as const))('%s', (_file, k) => checkFixture(k));
});
