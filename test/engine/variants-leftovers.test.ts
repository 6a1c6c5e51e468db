// Variants of the leftover formats: s/qmail's qmail-remote texts where they differ from netqmail's
// (greylisting and SMTP AUTH answers, returned in qmail-send's bounce), a qmail-spp plugin's documented
// refusal (qmail-spp-spf), and Carbonio's MTA header_checks refusal met by a sending Postfix.
// Fixtures: test/fixtures/variants/leftovers. The comment above each row names where the words come from.
import { checkFixture, variantCases, type FixtureCase } from './fixture-cases';

const c = variantCases('leftovers/');

const CASES: FixtureCase[] = [
  // s/qmail qmail-remote.c smtp(): a 421 or 450 reply to RCPT TO is written 's' + host + ' probably
  // greylisting.'; qmail-send gives up when the message has been in the queue too long
  c('01-sqmail-probably-greylisting-expired.eml', 'bounce', 'qmail', [
    'marta@example.net',
    '4.7.1',
    'rate-limited',
    'sender-admin',
  ]),
  // s/qmail qmail-remote.c smtp(): a 4xx reply to MAIL FROM is quit("ZConnected to ", " but sender was
  // greylisted"); the message then expires in the queue
  c('02-sqmail-sender-was-greylisted-expired.eml', 'bounce', 'qmail', [
    'oskar@example.org',
    '4.7.1',
    'rate-limited',
    'sender-admin',
  ]),
  // s/qmail qmail-remote.c mailfrom_login()/mailfrom_plain(): a 432 answer to the smarthost's AUTH is
  // quit("DConnected to ", " but password expired") (permanent): the sender's own relay account
  c(
    '03-sqmail-smarthost-password-expired.eml',
    'bounce',
    'qmail',
    ['paula@example.net', '4.7.12', 'sender-blocked', 'sender-admin'],
    ['quentin@example.org', '4.7.12', 'sender-blocked', 'sender-admin'],
  ),
  // qmail-spp-spf (Chris Caputo, qmail-spp-spf-20091020.c): the documented SPP_SPF_RESULT_FAIL="E550
  // spf_smtp_msg", libspf2's smtp comment "Please see http://www.openspf.org/Why?id=...&ip=...&receiver=...
  // : Reason: mechanism"; the sending qmail-remote's "Connected to ... but sender was rejected."
  c('04-qmail-spp-spf-fail-openspf-why.eml', 'bounce', 'qmail', [
    'rosa@example.net',
    null,
    'auth-failed',
    'sender-admin',
  ]),
  // Carbonio zextras/carbonio-mta postfix_header_checks.in: 'REJECT Attachment type not allowed. File "$1"
  // has the unacceptable extension "$2"' (zimbraMtaBlockedExtension), in a sending Postfix's bounce
  c('05-postfix-carbonio-attachment-type-not-allowed.eml', 'bounce', 'postfix', [
    'sven@example.net',
    '5.7.1',
    'content-rejected',
    'sender',
  ]),
];

describe('leftover formats variants (s/qmail, qmail-spp, Carbonio)', () => {
  test.each(CASES.map((x) => [x.file, x] as const))('%s', (_file, x) => checkFixture(x));
});
