// Variants of mail security gateways' replies, sixth sweep: Vade's OX postmaster codes beyond the
// rules' (OXSUS0001_139 connection limit, OXSUS_201 HELO), Trend Micro Email Security's (Hosted
// Email Security) ERS refusals, Barracuda Email Security Service's per-recipient verdict, Symantec
// Email Security.cloud's SPF refusal and Scrollout F1's header checks and policy service, each as
// the bounce or delay warning of the sending Postfix, Exim or Gmail. Each fixture is invented
// (test/fixtures/variants/gateways6/), the reply quoted from the source named above its row.
import { bounceCases, checkFixture, delayedRecipient, type FixtureCase } from './fixture-cases';

const c = bounceCases('gateways6/');

const delay = (
  file: string,
  format: string,
  address: string,
  status: string,
  category: string,
): FixtureCase => ({
  file: `variants/gateways6/${file}`,
  kind: 'delay',
  format,
  recipients: [delayedRecipient(address, status, category, 'sender-admin')],
});

const CASES: FixtureCase[] = [
  // postmaster-oxsus.vadesecure.com: "OXSUS0001_139 421 4.2.1 Connection refused - ... the IP address of the mail delivery system has reached its limit by opening too many connections"
  delay(
    '01-vade-oxsus-139-too-many-connections-delayed.eml',
    'postfix',
    'bob@example.net',
    '4.2.1',
    'rate-limited',
  ),
  // postmaster-oxsus.vadesecure.com/outbound_error_codes: "_201 550 5.7.1 HELO command rejected - Your server's HELO/EHLO string is unacceptable."
  c('02-vade-oxsus-201-helo-rejected.eml', 'exim', [
    'carol@example.org',
    '5.7.1',
    'sender-infrastructure',
    'sender-admin',
  ]),
  // pastebin.com/VaFdFSVL (a Postfix bounce from in.hes.trendmicro.com): "550 5.7.1 <rec@atrix.com.au>: Recipient address rejected: ERS-RBL."
  c('03-trendmicro-hes-ers-rbl.eml', 'postfix', [
    'dave@example.org',
    '5.7.1',
    'reputation-block',
    'sender-admin',
  ]),
  // pastebin.com/ZkvSZ1jq: "554 5.7.1 Service unavailable; Client host [...] blocked using ....r.mail-abuse.com; Mail from ... blocked using Trend Micro Email Reputation database."
  c('04-trendmicro-email-reputation-database.eml', 'gmail', [
    'erin@example.org',
    '5.7.1',
    'reputation-block',
    'sender-admin',
  ]),
  // pastebin.com/xU0eujsc (Gmail's bounce from ess.barracudanetworks.com): "550 permanent failure for one or more recipients (support@oneconnect.ca:quarantined)"
  c('05-barracuda-ess-quarantined.eml', 'gmail', ['frank@example.org', null, 'content-rejected', 'sender']),
  // Scrollout F1 (mariusgologan/scrollout) bin/config.sh: header_code="REJECT Attachment file type, Header or Subject not allowed." (Postfix header_checks: 550 5.7.1)
  c('07-scrollout-attachment-header-subject.eml', 'postfix', [
    'henry@example.org',
    '5.7.1',
    'content-rejected',
    'sender',
  ]),
  // Scrollout F1 bin/policy.sh: action="${hard_reject}.7.1 Recipient rejected messages from ${sender} to ${recipient}"
  c('08-scrollout-recipient-rejected-messages-from.eml', 'postfix', [
    'ivy@example.org',
    '5.7.1',
    'recipient-policy',
    'recipient-admin',
  ]),
  // Scrollout F1 bin/policy.sh: action="${hard_reject}.7.1 Poor avg. rate for IP: ${ip}"
  c('09-scrollout-poor-avg-rate-ip.eml', 'exim', [
    'jack@example.org',
    '5.7.1',
    'reputation-block',
    'sender-admin',
  ]),
  // Scrollout F1 bin/policy.sh: action="${soft_reject}.7.1 Poor avg. reputation for sender domain: ${s_domain} and IP: ${ip}"
  delay(
    '10-scrollout-poor-avg-reputation-delayed.eml',
    'postfix',
    'kate@example.org',
    '4.7.1',
    'reputation-block',
  ),
  // Scrollout F1 bin/policy.sh: action="430 4.7.0 Message content not accepted without STARTTLS. Encryption protocol required from Sender domain: ${s_domain}"
  delay(
    '11-scrollout-starttls-required-delayed.eml',
    'postfix',
    'liam@example.org',
    '4.7.0',
    'sender-infrastructure',
  ),
];

describe('gateway variants, sixth sweep (Vade, Trend Micro, Barracuda ESS, Symantec.cloud, Scrollout F1)', () => {
  it.each(CASES.map((c) => [c.file, c] as const))('%s', (_file, c) => checkFixture(c));
});
