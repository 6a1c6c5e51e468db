// Variants of the refusals and notices of mail hosts and forwarding services whose texts are open
// source or documented: Forward Email (forwardemail/forwardemail.net: its SMTP refusals of the
// sender's mail and its own delivery status notification), Cloudflare Email Routing (its postmaster
// page) and ImprovMX (its help article on spam protection). An SMTP refusal is put in a whole bounce
// or delay notice as the sender's Postfix (bounce(8) templates) or Exim (deliver.c) would return it;
// Forward Email's SMTPError replies default to 550 with no enhanced code (helpers/smtp-error.js).
// Fixtures: test/fixtures/variants/mailhosts2. The comment above each row names where the words come from.
import { checkFixture, delayedRecipient, variantCases, type FixtureCase } from './fixture-cases';

const c = variantCases('mailhosts2/');

const CASES: FixtureCase[] = [
  // forwardemail/forwardemail.net helpers/is-authenticated-message.js: "The email sent has failed DMARC
  // validation and is rejected due to the domain's DMARC policy" (the sender's own DMARC, first hop)
  c('01-postfix-forwardemail-failed-dmarc-validation.eml', 'bounce', 'postfix', [
    'hello@shop.example.org',
    '5.0.0',
    'auth-failed',
    'sender-admin',
  ]),
  // forwardemail/forwardemail.net helpers/is-authenticated-message.js: "The email sent has failed SPF
  // validation and is rejected due to the domain's SPF hard fail policy"
  c('02-postfix-forwardemail-failed-spf-hard-fail-policy.eml', 'bounce', 'postfix', [
    'editor@press.example.org',
    '5.0.0',
    'auth-failed',
    'sender-admin',
  ]),
  // forwardemail/forwardemail.net helpers/is-greylisted.js: '450 Message was greylisted, try again in
  // {time}; see https://forwardemail.net/faq#do-you-have-a-greylist for more information'
  {
    file: 'variants/mailhosts2/03-postfix-delay-forwardemail-message-was-greylisted.eml',
    kind: 'delay',
    format: 'postfix',
    recipients: [delayedRecipient('team@studio.example.org', '4.0.0', 'rate-limited', 'sender-admin')],
  },
  // forwardemail/forwardemail.net helpers/get-forwarding-addresses.js: '550 {address} does not exist'
  c('04-exim-forwardemail-address-does-not-exist.eml', 'bounce', 'exim', [
    'sales@widgets.example.org',
    '5.0.0',
    'recipient-unknown',
    'sender',
  ]),
  // forwardemail/forwardemail.net helpers/get-forwarding-addresses.js: '{address} requires an upgrade to
  // Enhanced Protection at https://forwardemail.net ;  Please read .../faq#what-domain-name-extensions-
  // can-be-used-for-free for more information' (the recipient domain's forwarding plan)
  c('05-postfix-forwardemail-requires-upgrade-enhanced-protection.eml', 'bounce', 'postfix', [
    'hi@studio.example.xyz',
    '5.0.0',
    'recipient-system',
    'recipient-admin',
  ]),
  // forwardemail/forwardemail.net helpers/get-forwarding-addresses.js: '{address} domain of {domain} has
  // an invalid "forward-email" TXT record due to an invalid email address of "{element}"'
  c('06-postfix-forwardemail-invalid-forward-email-txt-record.eml', 'bounce', 'postfix', [
    'contact@club.example.org',
    '5.0.0',
    'recipient-system',
    'recipient-admin',
  ]),
  // forwardemail/forwardemail.net helpers/create-bounce.js (its 'Delivery Status Notification (Failure)',
  // X-ForwardEmail-* fields) carrying Gmail's 5.7.26 DMARC refusal of the forwarded copy
  // (support.google.com/mail/answer/2451690): TAXONOMY.md 'a DMARC failure on mail that was forwarded
  // belongs to the forwarder's admin'
  c('07-forwardemail-dsn-failure-gmail-dmarc-on-forwarded-mail.eml', 'bounce', 'rfc3464', [
    'hello@band.example.org',
    '5.7.26',
    'auth-failed',
    'recipient-admin',
  ]),
  // cloudflare/cloudflare-docs src/content/docs/email-routing/postmaster.mdx (earlier wording, 'Spam and
  // abusive traffic'): '554 <YOUR_IP_ADDRESS> found on one or more DNSBLs (abusixip). Refer to
  // https://developers.cloudflare.com/email-routing/postmaster/#spam-and-abusive-traffic/'
  c('08-postfix-cloudflare-email-routing-found-on-dnsbls.eml', 'bounce', 'postfix', [
    'info@bakery.example.org',
    '5.0.0',
    'reputation-block',
    'sender-admin',
  ]),
  // help.improvmx.com/en/articles/6976848-can-i-turn-off-spam-protection: '5.7.1 Message considered as
  // SPAM (Score of 7.0/5 with HTML_MESSAGE, ... RCVD_IN_PSBL, ...)'; the article: 'the sender was
  // rejected primarily because they appear to be listed on many block lists'
  c('09-postfix-improvmx-message-considered-as-spam-score.eml', 'bounce', 'postfix', [
    'owner@garage.example.org',
    '5.7.1',
    'reputation-block',
    'sender-admin',
  ]),
];

describe('mail hosts and forwarding services (Forward Email, Cloudflare Email Routing, ImprovMX)', () => {
  it.each(CASES)('$file', (fixture) => {
    checkFixture(fixture);
  });
});
