// Variants of mail security gateways' and hosted filters' replies, fourth sweep: MailChannels
// inbound filtering (attachment type, blocked IP, DMARC and SPF policy, size) and outbound filtering
// ([RBL] and [ESA] through a hosting provider's Exim smarthost), and Spamhaus DQS replies in Postfix
// (a ZEN listing through the DQS reply map, and the public-mirror "open resolver" refusal). Each
// fixture is invented (test/fixtures/variants/gateways4/), the reply quoted from the page named in
// the comment above its row.
import { checkFixture, recipientRows, type FixtureCase, type RecipientRow } from './fixture-cases';

type R = RecipientRow;

const c = (file: string, format: string, ...recipients: R[]): FixtureCase => ({
  file: `variants/gateways4/${file}`,
  kind: 'bounce',
  format,
  recipients: recipientRows(recipients),
});

const CASES: FixtureCase[] = [
  // docs.mailchannels.com/inbound/smtp-errors "550 5.7.1 [IB_FEB] Your message could not be delivered because it contained an attachment type that is not allowed"; Postfix bounce template
  c('01-mailchannels-inbound-ib-feb-attachment.eml', 'postfix', [
    'bob@example.org',
    '5.7.1',
    'content-rejected',
    'sender',
  ]),
  // docs.mailchannels.com/inbound/smtp-errors "550 [S10] Blocked" ("the connecting IP address has been blocked by MailChannels"); Exim bounce, refused at MAIL FROM
  c('02-mailchannels-inbound-s10-blocked.eml', 'exim', [
    'carol@example.org',
    '5.0.0',
    'reputation-block',
    'sender-admin',
  ]),
  // docs.mailchannels.com/inbound/smtp-errors "550 5.7.1 Unauthenticated email is not accepted due to domain's DMARC policy"
  c('03-mailchannels-inbound-dmarc-policy.eml', 'postfix', [
    'dave@example.org',
    '5.7.1',
    'auth-failed',
    'sender-admin',
  ]),
  // docs.mailchannels.com/inbound/smtp-errors "550 5.7.1 Email has been rejected due to the domain's SPF policy"
  c('04-mailchannels-inbound-spf-policy.eml', 'exim', [
    'erin@example.org',
    '5.7.1',
    'auth-failed',
    'sender-admin',
  ]),
  // docs.mailchannels.com/inbound/smtp-errors "552 5.3.4 Error: message file too big"
  c('05-mailchannels-inbound-file-too-big.eml', 'postfix', [
    'frank@example.org',
    '5.3.4',
    'message-too-large',
    'sender',
  ]),
  // docs.mailchannels.com/outbound/smtp-errors [RBL]; hostpapa.com/knowledgebase/avoid-mailchannels-errors "550 5.7.1 [RBL] Sender blocked <IP or domain>"; cPanel Exim smarthost bounce
  c('06-mailchannels-outbound-rbl-sender-blocked.eml', 'exim', [
    'gina@example.net',
    '5.7.1',
    'reputation-block',
    'sender-admin',
  ]),
  // docs.mailchannels.com/email-api/sending-policies "550 5.7.1 [ESA] Sender blocked."; outbound/unblock-senders: [ESA] is a permanent block of the sender
  c('07-mailchannels-outbound-esa-sender-blocked.eml', 'exim', [
    'hank@example.net',
    '5.7.1',
    'sender-blocked',
    'sender-admin',
  ]),
  // docs.spamhaustech.com datasets .../MTAs/020-Postfix.html; simple-login docs/spamhaus-dqs.md dnsbl-reply-map.cf "554 $rbl_class $rbl_what blocked using ZEN - see https://www.spamhaus.org/query/ip/$client_address for details"
  c('08-spamhaus-dqs-zen-postfix-reply.eml', 'exim', [
    'ivan@example.org',
    '5.7.1',
    'reputation-block',
    'sender-admin',
  ]),
  // simple-login docs/spamhaus-dqs.md "554 5.7.1 Service unavailable; Client host [..] blocked using zen.spamhaus.org; Error: open resolver; https://check.spamhaus.org/returnc/pub/...": the receiver's resolver, not the sender, is refused
  c('09-spamhaus-open-resolver-error.eml', 'postfix', [
    'judy@example.org',
    '5.7.1',
    'recipient-system',
    'recipient-admin',
  ]),
];

describe('gateway variants, fourth sweep', () => {
  test.each(CASES.map((k) => [k.file, k] as const))('%s', (_file, k) => checkFixture(k));
});
