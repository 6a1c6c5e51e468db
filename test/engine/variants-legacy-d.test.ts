// Variants of older and less common mail systems' refusals in whole bounces and delay notices as
// Postfix, Exim, Sendmail, qmail or ZMailer's own scheduler and router return them: ZMailer's
// smtpserver replies (rzachariassen/zmailer smtpserver/*.c), its router error forms (proto/forms) and
// scheduler reports (scheduler/msgerror.c), Sun/Oracle Messaging Server's default error texts (the
// Messaging Server Technical Reference Wiki, "Error text MTA options") and the Microsoft Mail Gateway
// to SMTP (KB Q107089). Fixtures: test/fixtures/variants/legacy-d. The comment above each row names
// the source.
import { checkFixture, delayCases, delayedRecipient, variantCases, type FixtureCase } from './fixture-cases';

const c = variantCases('legacy-d/');
const delay = delayCases('legacy-d/');

const CASES: FixtureCase[] = [
  // zmailer smtpserver/smtpcmds.c: type(SS, 550, m571, "Your IP address %s is not allowed to relay to
  // email address <%.*s> via our server; MX rule", ...)
  c('01-postfix-zmailer-not-allowed-to-relay-mx-rule.eml', 'bounce', 'postfix', [
    'lena@example.net',
    '5.7.1',
    'relay-denied',
    'sender-admin',
  ]),
  // zmailer smtpserver/smtpserver.c: type(SS, 550, m571, "Hello %s; you are on our reject-IP-address
  // -list, GO AWAY!", SS->rhostaddr)
  c('02-exim-zmailer-reject-ip-address-list-go-away.eml', 'bounce', 'exim', [
    'mark@example.net',
    '5.7.1',
    'reputation-block',
    'sender-admin',
  ]),
  // zmailer smtpserver/smtpcmds.c "Hello %s, Policy analysis reported: %s rcpt=<%.*s>" with
  // policytest.c's "Your network address is blackholed in our static tables"
  c('03-sendmail-zmailer-policy-analysis-network-address-blackholed.eml', 'bounce', 'sendmail', [
    'nora@example.net',
    '5.7.1',
    'reputation-block',
    'sender-admin',
  ]),
  // zmailer smtpserver/smtpdata.c: type(SS, 552, "5.3.4", "Size of this message exceeds the fixed
  // maximum size of  %ld  chars for received email ", maxsize)
  c('04-sendmail-zmailer-size-exceeds-fixed-maximum-for-received-email.eml', 'bounce', 'sendmail', [
    'oscar@example.net',
    '5.3.4',
    'message-too-large',
    'sender',
  ]),
  // zmailer smtpserver/smtpcmds.c: type(SS, 552, m534, "Message size exceeds fixed maximum size of %ld
  // chars for acceptable email; rcpt=<%.*s>", ...)
  c('05-qmail-zmailer-message-size-exceeds-fixed-maximum-rcpt.eml', 'bounce', 'qmail', [
    'paula@example.net',
    '5.3.4',
    'message-too-large',
    'sender',
  ]),
  // zmailer smtpserver/smtpcmds.c (MAIL FROM SIZE=): type(SS, 552, m534, "This message is larger, than
  // our maximum acceptable incoming message size of  %d  chars.", maxsize)
  c('06-exim-zmailer-larger-than-maximum-acceptable-incoming-size.eml', 'bounce', 'exim', [
    'quinn@example.net',
    '5.3.4',
    'message-too-large',
    'sender',
  ]),
  // zmailer smtpserver/smtpcmds.c "Hello %s, for recipient address <%.*s> the policy analysis reported:
  // %s" with policytest.c's "You are sending too much mail/rcpts per time interval.  Try again later."
  delay(
    '07-postfix-delay-zmailer-too-much-mail-per-time-interval.eml',
    'postfix',
    delayedRecipient('rosa@example.net', '4.7.1', 'rate-limited', 'sender-admin'),
  ),
  // zmailer smtpserver/smtpserver.c: type(SS, 450, NULL, "%s - Come again later, too many simultaneous
  // connections from this IP address /ms(%li of %li)", ...)
  {
    file: 'variants/legacy-d/08-exim-delay-zmailer-too-many-simultaneous-connections.eml',
    kind: 'delay',
    format: 'exim',
    recipients: [
      {
        address: 'sam@example.net',
        status: null,
        category: 'delayed',
        owner: 'none',
        cause: { category: 'rate-limited', owner: 'sender-admin' },
        action: 'delayed',
      },
    ],
  },
  // zmailer smtpserver/smtpcmds.c: type(SS, 452, m431, "Try again later, insufficient storage available
  // at the moment")
  delay(
    '09-postfix-delay-zmailer-insufficient-storage-try-again-later.eml',
    'postfix',
    delayedRecipient('tina@example.net', '4.3.1', 'recipient-system', 'recipient-admin'),
  ),
  // zmailer smtpserver/smtpcmds.c: type(SS,550,m543, "Hello %s, Policy analysis found DNS error on the
  // target domain: <%.*s>", ...)
  c('10-sendmail-zmailer-dns-error-on-the-target-domain.eml', 'bounce', 'sendmail', [
    'uma@lab.example.net',
    '5.4.3',
    'recipient-domain-invalid',
    'sender',
  ]),
  // zmailer smtpserver/smtpcmds.c: type(SS, 452, "4.5.2", "Too many recipients in one go!")
  delay(
    '11-postfix-delay-zmailer-too-many-recipients-in-one-go.eml',
    'postfix',
    delayedRecipient('vera@example.net', '4.5.2', 'rate-limited', 'sender-admin'),
    delayedRecipient('walt@example.net', '4.5.2', 'rate-limited', 'sender-admin'),
  ),
  // zmailer scheduler/msgerror.c: "DELAYED (still in queue):", notary "4.4.7 (no attempt done yet; long
  // queue?)", "smtp; 400 (no delivery attempt done in ", "delayed; no successfull delivery in "
  delay(
    '12-zmailer-delay-no-delivery-attempt-done.eml',
    'rfc3464',
    delayedRecipient('xena@example.org', '4.4.7', 'delayed', 'none'),
  ),
  // Messaging Server Technical Reference Wiki, "Error text MTA options": error_text_unknown_user 550
  // 5.1.1 "unknown or illegal user", in ZMailer's report (scheduler/msgerror.c, proto/forms/delivery)
  c('13-zmailer-messaging-server-unknown-or-illegal-user.eml', 'bounce', 'rfc3464', [
    'yuri@example.org',
    '5.1.1',
    'recipient-unknown',
    'sender',
  ]),
  // Messaging Server wiki "Error text MTA options": error_text_unknown_alias 5.1.1 "unknown or illegal
  // alias", error_text_unknown_host 5.1.2 "unknown host or domain"
  c(
    '14-zmailer-two-messaging-server-unknown-alias-and-host.eml',
    'bounce',
    'rfc3464',
    ['staff@example.org', '5.1.1', 'recipient-unknown', 'sender'],
    ['zoe@old.example.org', '5.1.2', 'recipient-domain-invalid', 'sender'],
  ),
  // Messaging Server wiki "Error text MTA options": 5.2.3 "channel limit of %d kilobytes on message size
  // exceeded"
  c('15-postfix-messaging-server-channel-limit-message-size.eml', 'bounce', 'postfix', [
    'abby@example.org',
    '5.2.3',
    'message-too-large',
    'sender',
  ]),
  // Messaging Server wiki "Error text MTA options": error_text_unknown_alias 550 5.1.1 "unknown or
  // illegal alias"
  c('16-exim-messaging-server-unknown-or-illegal-alias.eml', 'bounce', 'exim', [
    'sales@example.org',
    '5.1.1',
    'recipient-unknown',
    'sender',
  ]),
  // Microsoft KB Q107089 (Microsoft Mail Gateway to SMTP 2.1/3.0): "[tx]  550 Addressee unknown"
  c('17-sendmail-msmail-gateway-addressee-unknown.eml', 'bounce', 'sendmail', [
    'bert@example.org',
    '5.1.1',
    'recipient-unknown',
    'sender',
  ]),
  // Messaging Server wiki "Error text MTA options": error_text_unknown_host 550 5.1.2 "unknown host or
  // domain"
  c('18-qmail-messaging-server-unknown-host-or-domain.eml', 'bounce', 'qmail', [
    'cleo@branch.example.org',
    '5.1.2',
    'recipient-domain-invalid',
    'sender',
  ]),
  // zmailer proto/forms/norealname: Subject "Invalid local real name - or invalid newsgroup", "Unfortunately
  // both lookups have failed"; errormail's "Diagnostic-Code: X-LOCAL; 500 (norealname)"
  c('19-zmailer-invalid-local-real-name-or-newsgroup.eml', 'bounce', 'rfc3464', [
    'Dora.Quist@example.net',
    '5.0.0',
    'recipient-unknown',
    'sender',
  ]),
  // zmailer smtpserver/smtpserver.c (reject_net): "-550 Hello %s; If you feel we mistreat you, do contact
  // us.", then "550 Hello %s; %s - You are on our reject-IP-address -list, GO AWAY!"
  c('20-postfix-zmailer-multiline-reject-net-go-away.eml', 'bounce', 'postfix', [
    'ella@example.net',
    '5.7.1',
    'reputation-block',
    'sender-admin',
  ]),
  // zmailer smtpserver/smtpserver.c (tcp-wrapper refusal): type(SS, 421, NULL, "%s ZMailer Server %s
  // WILL NOT TALK TO YOU at %s", ...); its version is no status code
  {
    file: 'variants/legacy-d/21-exim-delay-zmailer-will-not-talk-to-you.eml',
    kind: 'delay',
    format: 'exim',
    recipients: [
      {
        address: 'fred@example.net',
        status: null,
        category: 'delayed',
        owner: 'none',
        cause: { category: 'reputation-block', owner: 'sender-admin' },
        action: 'delayed',
      },
    ],
  },
  // zmailer transports/mailbox/mailbox.c: notaryreport(..., "5.1.1 (User does not exist)", "x-local; 550
  // (User does not exist)") and "5.2.2 Mailbox Quota Exceeded / Mailbox Full", "x-local; 550 (Mailbox Quota
  // Exceeded / Mailbox Full)"
  c(
    '22-zmailer-mailbox-user-does-not-exist-and-quota-exceeded.eml',
    'bounce',
    'rfc3464',
    ['gina@example.net', '5.1.1', 'recipient-unknown', 'sender'],
    ['hank@example.net', '5.2.2', 'mailbox-full', 'recipient'],
  ),
  // zmailer transports/mailbox/mailbox.c: s_failed with "4.2.2 (Destination mailbox full)", "x-local; 500
  // (Attempting to deliver to full mailbox)"
  c('23-zmailer-mailbox-attempting-to-deliver-to-full-mailbox.eml', 'bounce', 'rfc3464', [
    'iris@example.net',
    '4.2.2',
    'mailbox-full',
    'recipient',
  ]),
  // zmailer transports/mailbox/mailbox.c: "5.1.4 (this feels like a misplaced X.400 address -- no support
  // for them)"
  c('24-zmailer-mailbox-misplaced-x400-address.eml', 'bounce', 'rfc3464', [
    '/G=Jon/S=Berg/O=Example/@example.net',
    '5.1.4',
    'recipient-unknown',
    'sender',
  ]),
  // zmailer transports/mailbox/mailbox.c: "5.3.5 (System mailbox configuration is wrong, we are in deep
  // trouble..)", "x-local; 566 (System mailbox configuration is wrong!  No such directory!  Aargh!)"
  c('25-zmailer-mailbox-system-mailbox-configuration-is-wrong.eml', 'bounce', 'rfc3464', [
    'kate@example.net',
    '5.3.5',
    'recipient-system',
    'recipient-admin',
  ]),
  // HCL/IBM technote 1100477 "Domino R5: Improperly Addressed SMTP Mail Returns Cryptic Error Message":
  // a Delivery Failure Report "because: 250 Message received OK." (no cause given: unknown, permanent)
  c('26-notes-r5-failure-report-250-message-received-ok.eml', 'bounce', 'domino', [
    'lars@mail.example.net',
    null,
    'unknown',
    'sender-admin',
  ]),
  // HCL/IBM technote 1100477: "Enhanced Mail System Status Code (RFC1893): .1.2" (X.1.2, bad destination
  // system address) in an R5 Delivery Failure Report
  c('27-notes-r5-enhanced-status-code-dot-1-2.eml', 'bounce', 'domino', [
    'mona@example.nett',
    '5.1.2',
    'recipient-domain-invalid',
    'sender',
  ]),
  // zmailer transports/smtp/getmxrr.c (NXDOMAIN): "smtp; 500 (DNS: no such domain: %.200s)", notary
  // "5.4.4 (DNS lookup report)"
  c('28-zmailer-smtp-dns-no-such-domain.eml', 'bounce', 'rfc3464', [
    'nils@nowhere.example.org',
    '5.4.4',
    'recipient-domain-invalid',
    'sender',
  ]),
  // zmailer transports/smtp/smtp.c: "smtp; 552 (Current message size %d exceeds limit given by the remote
  // system: %d)", notary "5.3.4 (Message size exceeds limit given by remote system)"
  c('29-zmailer-smtp-size-exceeds-limit-given-by-remote.eml', 'bounce', 'rfc3464', [
    'olga@example.org',
    '5.3.4',
    'message-too-large',
    'sender',
  ]),
  // zmailer transports/smtp/smtp.c: "smtp; 500 (nameserver data inconsistency. No MX, no address:
  // '%.200s' (%s))", notary "5.4.4 (nameserver data inconsistency)"
  c('30-zmailer-smtp-no-mx-no-address.eml', 'bounce', 'rfc3464', [
    'pete@branch.example.org',
    '5.4.4',
    'recipient-domain-invalid',
    'sender',
  ]),
  // zmailer scheduler/msgerror.c: one report with "FAILED:" and "DELAYED (still in queue):" entries
  // (Subject "[FAILED(1),DELAYED(1)]"); getmxrr.c "DNS: no such domain", msgerror.c "no delivery attempt
  // done in"
  {
    file: 'variants/legacy-d/31-zmailer-failed-and-delayed-two-recipients.eml',
    kind: 'bounce',
    format: 'rfc3464',
    recipients: [
      {
        address: 'rita@gone.example.org',
        status: '5.4.4',
        category: 'recipient-domain-invalid',
        owner: 'sender',
      },
      delayedRecipient('saul@example.net', '4.4.7', 'delayed', 'none'),
    ],
  },
  // Messaging Server Technical Reference Wiki, "Error text MTA options": error_text_srs_badhash 5.7.1
  // "SRS/MUL address has a bad hash value" (a reply to a forwarder's SRS return address that is no
  // address it made)
  c('32-exim-messaging-server-srs-address-bad-hash-value.eml', 'bounce', 'exim', [
    'SRS0=zz99=2B=example.com=alice@fwd.example.org',
    '5.7.1',
    'recipient-unknown',
    'sender',
  ]),
];

describe('legacy-d variants', () => {
  test.each(CASES.map((k) => [k.file, k] as const))('%s', (_name, k) => checkFixture(k));
});
