// Variants of the SPF, DKIM, DMARC and ARC refusals of receivers beyond Gmail, Microsoft and Yahoo, in
// whole bounces and delay notices as Postfix, Exim, sendmail, Exchange Server or Gmail return them:
// Stalwart, maddy, mox, Haraka's SPF plugin, Exim's specification ACL examples, qmail-dmarc, and
// providers' documented replies (Mail.ru, Zoho, QQ, GMX/web.de, Forpsi). Refusals at MAIL FROM (SPF)
// and at the end of DATA (DKIM, DMARC), 4xx delays when a DNS lookup of the check fails, and mail an
// alias forwarder or a mailing list sent on (the returned headers show the intermediary's passing
// results: TAXONOMY.md gives such a failure to the forwarder's admin, recipient-admin). Fixtures:
// test/fixtures/variants/auth-failures2. The comment above each row names the source.
import { checkFixture, delayCases, delayedRecipient, variantCases, type FixtureCase } from './fixture-cases';

const c = variantCases('auth-failures2/');
const delay = delayCases('auth-failures2/');

const CASES: FixtureCase[] = [
  // stalwartlabs/stalwart crates/smtp/src/inbound/mail.rs handle_spf: format!("550 5.7.23 SPF
  // validation failed, status: {result}.\r\n") (strict SPF, at MAIL FROM)
  c('01-postfix-stalwart-spf-validation-failed-at-mail-from.eml', 'bounce', 'postfix', [
    'bob@example.net',
    '5.7.23',
    'auth-failed',
    'sender-admin',
  ]),
  // stalwartlabs/stalwart crates/smtp/src/inbound/mail.rs handle_spf: "451 4.7.24 Temporary SPF
  // validation error.\r\n" (SpfResult::TempError: the sender domain's SPF lookup timed out)
  delay(
    '02-postfix-delay-stalwart-temporary-spf-validation-error.eml',
    'postfix',
    delayedRecipient('dana@example.net', '4.7.24', 'auth-failed', 'sender-admin'),
  ),
  // stalwartlabs/stalwart crates/smtp/src/inbound/data.rs: "550 5.7.20 No passing DKIM signatures
  // found.\r\n" (strict DKIM)
  c('03-exim-stalwart-no-passing-dkim-signatures-found.eml', 'bounce', 'exim', [
    'erin@example.net',
    '5.7.20',
    'auth-failed',
    'sender-admin',
  ]),
  // stalwartlabs/stalwart crates/smtp/src/inbound/data.rs: "451 4.7.20 No passing DKIM signatures
  // found.\r\n" (a DKIM TempError: the key could not be fetched)
  delay(
    '04-postfix-delay-stalwart-451-no-passing-dkim-signatures.eml',
    'postfix',
    delayedRecipient('frank@example.net', '4.7.20', 'auth-failed', 'sender-admin'),
  ),
  // stalwartlabs/stalwart crates/smtp/src/inbound/data.rs: "550 5.7.29 ARC validation failed.\r\n"
  // (strict ARC; RFC 8617's X.7.29)
  c('05-sendmail-stalwart-arc-validation-failed.eml', 'bounce', 'sendmail', [
    'gina@example.net',
    '5.7.29',
    'auth-failed',
    'sender-admin',
  ]),
  // stalwartlabs/stalwart crates/smtp/src/inbound/data.rs: "550 5.7.1 Email rejected per DMARC
  // policy.\r\n"
  c(
    '06-postfix-stalwart-email-rejected-per-dmarc-policy-two-rcpts.eml',
    'bounce',
    'postfix',
    ['hana@example.net', '5.7.1', 'auth-failed', 'sender-admin'],
    ['ivan@example.net', '5.7.1', 'auth-failed', 'sender-admin'],
  ),
  // stalwartlabs/stalwart crates/smtp/src/inbound/data.rs: "451 4.7.1 Email temporarily rejected per
  // DMARC policy.\r\n" (is_temp_fail)
  delay(
    '07-postfix-delay-stalwart-email-temporarily-rejected-per-dmarc-policy.eml',
    'postfix',
    delayedRecipient('jack@example.net', '4.7.1', 'auth-failed', 'sender-admin'),
  ),
  // foxcpp/maddy internal/check/spf/spf.go: Code 550, EnhancedCode {5, 7, 23}, Message "No SPF policy"
  // (the sender domain publishes no SPF record: its authentication, as smf-spf's "SPF enabled")
  c('08-postfix-maddy-no-spf-policy.eml', 'bounce', 'postfix', [
    'kim@example.net',
    '5.7.23',
    'auth-failed',
    'sender-admin',
  ]),
  // foxcpp/maddy internal/check/spf/spf.go: Code 550, {5, 7, 23}, "SPF authentication soft-failed"
  c('09-exim-maddy-spf-authentication-soft-failed.eml', 'bounce', 'exim', [
    'lena@example.net',
    '5.7.23',
    'auth-failed',
    'sender-admin',
  ]),
  // foxcpp/maddy internal/check/spf/spf.go: Code 451, {4, 7, 23}, "SPF authentication failed with a
  // temporary error"
  delay(
    '10-postfix-delay-maddy-spf-failed-with-a-temporary-error.eml',
    'postfix',
    delayedRecipient('mira@example.net', '4.7.23', 'auth-failed', 'sender-admin'),
  ),
  // foxcpp/maddy internal/check/spf/spf.go: Code 550, {5, 7, 23}, "SPF authentication failed with a
  // permanent error" (a broken SPF record of the sender's domain)
  c('11-sendmail-maddy-spf-failed-with-a-permanent-error.eml', 'bounce', 'sendmail', [
    'nils@example.net',
    '5.7.23',
    'auth-failed',
    'sender-admin',
  ]),
  // foxcpp/maddy internal/check/dkim/dkim.go: Code 550, {5, 7, 20}, "No DKIM signatures"
  c('12-postfix-maddy-no-dkim-signatures.eml', 'bounce', 'postfix', [
    'olga@example.net',
    '5.7.20',
    'auth-failed',
    'sender-admin',
  ]),
  // foxcpp/maddy internal/check/dkim/dkim.go: Code 421, {4, 7, 20}, "Temporary error during DKIM
  // verification"
  delay(
    '13-postfix-delay-maddy-temporary-error-during-dkim-verification.eml',
    'postfix',
    delayedRecipient('pia@example.net', '4.7.20', 'auth-failed', 'sender-admin'),
  ),
  // foxcpp/maddy internal/msgpipeline/check_runner.go applyResults: Code 550, {5, 7, 1}, Message "DMARC
  // check failed" (dmarc.PolicyReject)
  c(
    '14-exim-maddy-dmarc-check-failed-two-rcpts.eml',
    'bounce',
    'exim',
    ['quinn@example.net', '5.7.1', 'auth-failed', 'sender-admin'],
    ['rosa@example.net', '5.7.1', 'auth-failed', 'sender-admin'],
  ),
  // foxcpp/maddy internal/msgpipeline/check_runner.go: code 450 and {4, 7, 1} "DMARC check failed" when
  // the DMARC result is temperror (internal/dmarc/verifier.go fails closed on a temporary DNS error)
  delay(
    '15-postfix-delay-maddy-450-dmarc-check-failed.eml',
    'postfix',
    delayedRecipient('sam@example.net', '4.7.1', 'auth-failed', 'sender-admin'),
  ),
  // mjl-/mox smtpserver/analyze.go: reject(smtp.C550MailboxUnavail, smtp.SePol7MultiAuthFails26,
  // "rejecting per dmarc policy", nil, reasonDMARCPolicy)
  c('16-postfix-mox-rejecting-per-dmarc-policy.eml', 'bounce', 'postfix', [
    'tara@example.net',
    '5.7.26',
    'auth-failed',
    'sender-admin',
  ]),
  // haraka/haraka-plugin-spf index.js return_results: `${msgpre} SPF Fail` with msgpre `sender
  // <${sender}>` (DENY: 550)
  c('17-postfix-haraka-spf-fail-at-mail-from.eml', 'bounce', 'postfix', [
    'uma@example.net',
    '5.0.0',
    'auth-failed',
    'sender-admin',
  ]),
  // haraka/haraka-plugin-spf index.js return_results: `${msgpre} SPF SoftFail` (deny.mfrom_softfail)
  c('18-exim-haraka-spf-softfail.eml', 'bounce', 'exim', [
    'vera@example.net',
    null,
    'auth-failed',
    'sender-admin',
  ]),
  // haraka/haraka-plugin-spf index.js return_results: `${msgpre} SPF record not found` for the helo
  // scope (msgpre `sender ${sender}`: the HELO name)
  c('19-postfix-haraka-helo-spf-record-not-found.eml', 'bounce', 'postfix', [
    'walt@example.net',
    '5.0.0',
    'auth-failed',
    'sender-admin',
  ]),
  // haraka/haraka-plugin-spf index.js return_results: next(DENYSOFT, `${msgpre} SPF Temporary Error`)
  // (defer.mfrom_temperror)
  delay(
    '20-postfix-delay-haraka-spf-temporary-error.eml',
    'postfix',
    delayedRecipient('xena@example.net', '4.0.0', 'auth-failed', 'sender-admin'),
  ),
  // Exim/exim doc/doc-docbook/spec.xfpt (DMARC chapter example ACL): "message = Message from
  // $dmarc_used_domain failed sender's DMARC policy, REJECT"
  c('21-postfix-exim-acl-failed-senders-dmarc-policy-reject.eml', 'bounce', 'postfix', [
    'yara@example.net',
    '5.0.0',
    'auth-failed',
    'sender-admin',
  ]),
  // Exim/exim doc/doc-docbook/spec.xfpt (DMARC chapter example ACL): "message = Messages from
  // $dmarc_used_domain break mailing lists" (a list host refusing posts from p=reject domains: its
  // own rule about the sender's domain, not a failed check)
  c('22-sendmail-exim-acl-messages-break-mailing-lists.eml', 'bounce', 'sendmail', [
    'list@example.net',
    '5.0.0',
    'recipient-policy',
    'recipient-admin',
  ]),
  // Exim/exim doc/doc-docbook/spec.xfpt (SPF chapter example): "message = $sender_host_address is not
  // allowed to send mail from ... Please see http://www.open-spf.org/Why;identity=...;ip=..."
  c(
    '23-exim-exim-acl-spf-not-allowed-two-rcpts.eml',
    'bounce',
    'exim',
    ['zane@example.net', null, 'auth-failed', 'sender-admin'],
    ['abby@example.net', null, 'auth-failed', 'sender-admin'],
  ),
  // App::Qmail::DMARC (metacpan FANY/App-Qmail-DMARC, qmail-dmarc) and Mail::Qmail::Filter::DMARC:
  // "rejected with 554 Failed DMARC test"
  c('24-postfix-qmail-dmarc-failed-dmarc-test.eml', 'bounce', 'postfix', [
    'beth@example.net',
    '5.0.0',
    'auth-failed',
    'sender-admin',
  ]),
  // App::Qmail::DMARC (qmail-dmarc): "554 Valid DKIM signature required for sender domain ..." (a From
  // domain of the receiver's own rcpthosts without a valid DKIM signature)
  c('25-postfix-qmail-dmarc-valid-dkim-signature-required.eml', 'bounce', 'postfix', [
    'cole@example.net',
    '5.0.0',
    'auth-failed',
    'sender-admin',
  ]),
  // Mail.ru, as quoted at help.ishosting.com/en/dmarc-check: "550 5.7.1 This message was not accepted
  // due to domain (mail.ru) owner DMARC policy (RFC 7489) https://help.mail.ru/mail-help/postmaster/dmarc"
  c('26-postfix-mailru-domain-owner-dmarc-policy.eml', 'bounce', 'postfix', [
    'dina@mail.ru',
    '5.7.1',
    'auth-failed',
    'sender-admin',
  ]),
  // Zoho, smtp.codes/zoho: "550 5.7.1 Email rejected per DMARC policy for example.com"
  c('27-exim-zoho-email-rejected-per-dmarc-policy-for.eml', 'bounce', 'exim', [
    'eli@zoho.com',
    '5.7.1',
    'auth-failed',
    'sender-admin',
  ]),
  // QQ, smtp.codes/qq: "550 DMARC check failed
  // http://service.mail.qq.com/cgi-bin/help?subtype=1&&no=1001508&&id=16."
  c('28-postfix-qq-dmarc-check-failed.eml', 'bounce', 'postfix', [
    'fang@qq.com',
    '5.0.0',
    'auth-failed',
    'sender-admin',
  ]),
  // web.de / GMX (United Internet), smtp.codes/unitedinternet: "550 <example@example.com>: Reject due to
  // SPF policy. The originating IP of the message is not permitted by the domain owner"
  c('29-sendmail-unitedinternet-reject-due-to-spf-policy.eml', 'bounce', 'sendmail', [
    'gus@web.de',
    '5.0.0',
    'auth-failed',
    'sender-admin',
  ]),
  // GMX, as quoted by mailbox.org ("Zustellprobleme von E-Mails an GMX und web.de wegen
  // SPF-Policy-Fehlern"): "550-Requested action not taken: mailbox unavailable 550-Reject due to SPF
  // policy. 550-The originating IP of the message is not permitted by the domain owner. 550 For
  // explanation visit http://postmaster.gmx.com/en/error-messages?ip=...&c=spf" for mail an alias
  // forwarder sent on without SRS; postmaster.web.de/de/fehlermeldungen tells forwarders to use SRS.
  // The returned headers show SPF, DKIM and DMARC passing at the forwarder: its admin's fix.
  c('30-postfix-forwarder-gmx-reject-due-to-spf-policy.eml', 'bounce', 'postfix', [
    'hugo@gmx.net',
    '5.0.0',
    'auth-failed',
    'recipient-admin',
  ]),
  // Mail.ru's DMARC refusal (help.ishosting.com/en/dmarc-check, as 26) of a post a mailing list sent on
  // (List-Id, its Subject tag): authentication passed at the list's server
  c('31-postfix-mailing-list-mailru-domain-owner-dmarc-policy.eml', 'bounce', 'postfix', [
    'ira@mail.ru',
    '5.7.1',
    'auth-failed',
    'recipient-admin',
  ]),
  // stalwartlabs/stalwart data.rs "550 5.7.1 Email rejected per DMARC policy.\r\n" for mail an Exim
  // forwarder sealed with ARC (ARC-Authentication-Results i=1 shows DMARC passing there)
  c('32-exim-forwarder-arc-sealed-stalwart-dmarc-policy.eml', 'bounce', 'exim', [
    'jon@example.net',
    '5.7.1',
    'auth-failed',
    'recipient-admin',
  ]),
  // Forpsi (Czech hosting), support.grhosting.cz/kb/a290: "550 5.1.0 0bcW1i00G0jifNx01bcmHa blocked by
  // SPF" (text beats the X.1.0 address status)
  c('33-postfix-forpsi-blocked-by-spf-status-5-1-0.eml', 'bounce', 'postfix', [
    'hynek@example.cz',
    '5.1.0',
    'auth-failed',
    'sender-admin',
  ]),
  // stalwartlabs/stalwart crates/smtp/src/inbound/mail.rs handle_spf: "550 5.7.23 SPF validation
  // failed, status: {result}." (softfail), in an Exchange Server NDR
  c('34-exchange-stalwart-spf-validation-failed-softfail.eml', 'bounce', 'exchange', [
    'orders@supplier.example.net',
    '5.7.23',
    'auth-failed',
    'sender-admin',
  ]),
  // foxcpp/maddy internal/check/dkim/dkim.go: Code 550, {5, 7, 20}, "No passing DKIM signatures", in an
  // Exchange Server NDR
  c('35-exchange-maddy-no-passing-dkim-signatures.eml', 'bounce', 'exchange', [
    'billing@supplier.example.net',
    '5.7.20',
    'auth-failed',
    'sender-admin',
  ]),
  // Zoho (smtp.codes/zoho: "550 5.7.1 Email rejected per DMARC policy for example.com") and Mail.ru
  // (help.ishosting.com/en/dmarc-check: "550 5.7.1 This message was not accepted due to domain (...)
  // owner DMARC policy (RFC 7489) ...") in one Exchange Server NDR
  c(
    '36-exchange-zoho-and-mailru-dmarc-two-rcpts.eml',
    'bounce',
    'exchange',
    ['lena@zoho.com', '5.7.1', 'auth-failed', 'sender-admin'],
    ['oleg@mail.ru', '5.7.1', 'auth-failed', 'sender-admin'],
  ),
  // haraka/haraka-plugin-spf index.js return_results: `sender <${sender}> SPF Fail`, in Gmail's older
  // relay bounce
  c('37-gmail-haraka-spf-fail.eml', 'bounce', 'gmail', [
    'eve@example.org',
    null,
    'auth-failed',
    'sender-admin',
  ]),
  // mjl-/mox smtpserver/analyze.go: C550MailboxUnavail, SePol7MultiAuthFails26, "rejecting per dmarc
  // policy", in Gmail's older relay bounce
  c('38-gmail-mox-rejecting-per-dmarc-policy.eml', 'bounce', 'gmail', [
    'finn@example.org',
    '5.7.26',
    'auth-failed',
    'sender-admin',
  ]),
];

describe('SPF, DKIM, DMARC and ARC refusals beyond the big mailbox providers: variants', () => {
  test.each(CASES.map((x) => [x.file, x] as const))('%s', (_file, x) => checkFixture(x));
});
