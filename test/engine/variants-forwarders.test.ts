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
