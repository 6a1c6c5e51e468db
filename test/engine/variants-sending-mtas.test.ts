// Variants of what high-volume and relay MTAs write when they refuse or fail to deliver: KumoMTA's own
// RFC 3464 reports (crates/kumo-log-types/src/rfc3464.rs: Subject "Returned mail", "While communicating
// with {host} ({ip}):" or "Status: {response}") and its listener's replies; Momentum's [internal]
// delivery results in its DSNs and its listener's replies (SparkPost/momentum-documentation
// docs/web-momo4/message_responses.md, "Responses sorted by code"); Synchronet's own "Delivery failure:"
// notices and its mail server's replies (SynchronetBBS/sbbs src/sbbs3/mailsrvr.cpp); E-MailRelay's
// replies (aclemons/emailrelay src/gsmtp/gsmtpserversend.cpp), quoted by Postfix, Exim or qmail.
// Fixtures: test/fixtures/variants/sending-mtas. The comment above each row names the source.
import { checkFixture, delayCases, delayedRecipient, variantCases, type FixtureCase } from './fixture-cases';

const c = variantCases('sending-mtas/');
const delay = delayCases('sending-mtas/');

const CASES: FixtureCase[] = [
  // KumoCorp/kumomta crates/kumod/src/smtp_dispatcher.rs: 556 5.1.10 "Recipient address has a null MX"
  // (no peer, so rfc3464.rs writes "Status: {response}")
  c('01-kumomta-rfc3464-null-mx.eml', 'bounce', 'rfc3464', [
    'bob@nullmx.example.net',
    '5.1.10',
    'recipient-domain-invalid',
    'sender',
  ]),
  // KumoCorp/kumomta crates/rfc5321/src/client.rs: 554 5.6.3 "KumoMTA internal: DATA is 8bit,
  // destination does not support 8BITMIME. Conversion via msg:check_fix_conformance during reception
  // is required"
  c('02-kumomta-rfc3464-8bitmime-not-supported.eml', 'bounce', 'rfc3464', [
    'carol@example.net',
    '5.6.3',
    'message-noncompliant',
    'sender-admin',
  ]),
  // KumoCorp/kumomta crates/kumod/src/queue/queue.rs: 551 5.4.7 "Next delivery time would be at
  // {next_due} which exceeds the expiry time {expires} configured via set_scheduling" (an Expiration)
  c('03-kumomta-rfc3464-expiry-set-scheduling.eml', 'bounce', 'rfc3464', [
    'dave@example.net',
    '5.4.7',
    'expired',
    'recipient-admin',
  ]),
  // KumoCorp/kumomta assets/community/bounces.toml SpamBlock "^550.+Message rejected as spam", in a
  // report of one batch (rfc3464.rs: one per-recipient part for each of log.recipient)
  c(
    '04-kumomta-rfc3464-two-recipients-message-rejected-as-spam.eml',
    'bounce',
    'rfc3464',
    ['erin@example.net', '5.7.1', 'content-rejected', 'sender'],
    ['frank@example.net', '5.7.1', 'content-rejected', 'sender'],
  ),
  // KumoCorp/kumomta crates/kumod/src/smtp_server.rs: 550 "5.7.1 relaying not permitted for
  // {peer_address}"
  c('05-postfix-kumomta-relaying-not-permitted.eml', 'bounce', 'postfix', [
    'gina@example.org',
    '5.7.1',
    'relay-denied',
    'sender-admin',
  ]),
  // KumoCorp/kumomta crates/kumod/src/smtp_server.rs: 452 "4.5.3 too many recipients"
  delay(
    '06-postfix-delay-kumomta-too-many-recipients.eml',
    'postfix',
    delayedRecipient('hank@example.org', '4.5.3', 'rate-limited', 'sender-admin'),
  ),
  // KumoCorp/kumomta crates/kumod/src/smtp_server.rs: 421 "4.3.2 {hostname} load shedding. Try later"
  delay(
    '07-exim-delay-kumomta-load-shedding.eml',
    'exim',
    delayedRecipient('ivy@example.org', '4.3.2', 'recipient-system', 'recipient-admin'),
  ),
  // KumoCorp/kumomta crates/kumod/src/smtp_server.rs: 421 "4.3.2 {hostname} disk is too full. Try later"
  delay(
    '08-postfix-delay-kumomta-disk-is-too-full.eml',
    'postfix',
    delayedRecipient('jack@example.org', '4.3.2', 'recipient-system', 'recipient-admin'),
  ),
  // KumoCorp/kumomta crates/kumod/src/smtp_server.rs: 552 "5.3.4 message too big"
  c('09-exim-kumomta-message-too-big.eml', 'bounce', 'exim', [
    'kate@example.org',
    '5.3.4',
    'message-too-large',
    'sender',
  ]),
  // KumoCorp/kumomta crates/kumod/src/smtp_server.rs: 452 "4.5.3 too many recipients on this connection"
  delay(
    '10-postfix-delay-kumomta-too-many-recipients-on-this-connection.eml',
    'postfix',
    delayedRecipient('liam@example.org', '4.5.3', 'rate-limited', 'sender-admin'),
    delayedRecipient('mona@example.org', '4.5.3', 'rate-limited', 'sender-admin'),
  ),
  // SparkPost/momentum-documentation docs/web-momo4/message_responses.md: 554 5.4.7 "[internal] exceeded
  // max time without delivery"
  c('11-momentum-rfc3464-exceeded-max-time.eml', 'bounce', 'rfc3464', [
    'nina@example.net',
    '5.4.7',
    'expired',
    'recipient-admin',
  ]),
  // momentum-documentation message_responses.md: 554 5.4.7 "[internal] exceeded max retries without
  // delivery"
  c('12-momentum-rfc3464-exceeded-max-retries.eml', 'bounce', 'rfc3464', [
    'owen@example.net',
    '5.4.7',
    'expired',
    'recipient-admin',
  ]),
  // momentum-documentation message_responses.md: 550 5.4.4 "[internal] NULL MX domain does not accept
  // mail"
  c('13-momentum-rfc3464-null-mx-domain.eml', 'bounce', 'rfc3464', [
    'pam@nullmx.example.net',
    '5.4.4',
    'recipient-domain-invalid',
    'sender',
  ]),
  // momentum-documentation message_responses.md: 554 5.4.4 "[internal] Domain Lookup Failed"
  c('14-momentum-rfc3464-domain-lookup-failed.eml', 'bounce', 'rfc3464', [
    'quinn@nosuchdomain.example',
    '5.4.4',
    'recipient-domain-invalid',
    'sender',
  ]),
  // momentum-documentation message_responses.md: 454 4.4.4 "[internal] no MX or A for domain"; a delay
  // DSN of its delay_dsn module (modules.delay_dsn.md: "Delay DSNs are sent as RFC 3464-compliant
  // messages")
  delay(
    '15-momentum-delay-no-mx-or-a-for-domain.eml',
    'rfc3464',
    delayedRecipient('rosa@lame.example.net', '4.4.4', 'recipient-domain-invalid', 'sender'),
  ),
  // momentum-documentation message_responses.md: 451 4.4.1 "[internal] No valid hosts (unable to make
  // any connections)"
  delay(
    '16-momentum-delay-no-valid-hosts.eml',
    'rfc3464',
    delayedRecipient('sam@example.net', '4.4.1', 'recipient-system', 'recipient-admin'),
  ),
  // momentum-documentation message_responses.md: 450 4.4.1 "[internal] Connection Timed Out"
  delay(
    '17-momentum-delay-connection-timed-out.eml',
    'rfc3464',
    delayedRecipient('tina@example.net', '4.4.1', 'recipient-system', 'recipient-admin'),
  ),
  // momentum-documentation message_responses.md: 451 4.7.5 "[internal] TLS negotiation failed"
  delay(
    '18-momentum-delay-tls-negotiation-failed.eml',
    'rfc3464',
    delayedRecipient('uma@example.net', '4.7.5', 'recipient-system', 'recipient-admin'),
  ),
  // momentum-documentation message_responses.md: 551 5.4.6 "[internal] Private/Loopback Address" (the
  // domain's MX points at a private or loopback address)
  c(
    '19-momentum-rfc3464-two-recipients-private-loopback-address.eml',
    'bounce',
    'rfc3464',
    ['vic@loop.example.net', '5.4.6', 'recipient-system', 'recipient-admin'],
    ['wendy@loop.example.net', '5.4.6', 'recipient-system', 'recipient-admin'],
  ),
  // momentum-documentation message_responses.md: 550 5.7.1 "relaying denied"
  c('20-postfix-momentum-relaying-denied.eml', 'bounce', 'postfix', [
    'xena@example.org',
    '5.7.1',
    'relay-denied',
    'sender-admin',
  ]),
  // momentum-documentation message_responses.md: 550 5.6.0 "Lone CR or LF in headers (see RFC2822
  // section 2.2)"
  c('21-postfix-momentum-lone-cr-or-lf-in-headers.eml', 'bounce', 'postfix', [
    'yuri@example.org',
    '5.6.0',
    'message-noncompliant',
    'sender-admin',
  ]),
  // momentum-documentation message_responses.md: 550 5.6.0 "Missing required RFC2822 Date field (see
  // RFC2822 section 3.6)"
  c('22-exim-momentum-missing-rfc2822-date-field.eml', 'bounce', 'exim', [
    'zack@example.org',
    '5.6.0',
    'message-noncompliant',
    'sender-admin',
  ]),
  // momentum-documentation message_responses.md: 552 5.3.4 "message size limit exceeded"
  c('23-qmail-momentum-message-size-limit-exceeded.eml', 'bounce', 'qmail', [
    'abby@example.org',
    '5.3.4',
    'message-too-large',
    'sender',
  ]),
  // momentum-documentation message_responses.md: 452 4.5.3 "Service unavailable, recipients per message
  // limit reached"
  delay(
    '24-postfix-delay-momentum-recipients-per-message-limit-reached.eml',
    'postfix',
    delayedRecipient('ben@example.org', '4.5.3', 'rate-limited', 'sender-admin'),
  ),
  // momentum-documentation message_responses.md: 421 4.3.4 "allocated resources exceeded" ("System
  // outage")
  delay(
    '25-exim-delay-momentum-allocated-resources-exceeded.eml',
    'exim',
    delayedRecipient('cleo@example.org', '4.3.4', 'recipient-system', 'recipient-admin'),
  ),
  // SynchronetBBS/sbbs src/sbbs3/mailsrvr.cpp: bounce() "%s reporting delivery failure of message %s"
  // with "Error %d obtaining MX record for %s" (dns_getmx failed for the recipient's domain)
  c('26-synchronet-error-obtaining-mx-record.eml', 'bounce', 'text', [
    'dana@nosuchhost.example.net',
    '5.1.2',
    'recipient-domain-invalid',
    'sender',
  ]),
  // sbbs mailsrvr.cpp: "Error %d connecting to port %u on %s [%s]", given up "after %u attempts" (the
  // destination refused every connection; no status code in the notice)
  c('27-synchronet-error-connecting-after-attempts.eml', 'bounce', 'text', [
    'eli@example.net',
    null,
    'recipient-system',
    'recipient-admin',
  ]),
  // sbbs mailsrvr.cpp: "550 Unknown User: %s" (chk_email_addr refused the recipient)
  c('28-postfix-synchronet-unknown-user.eml', 'bounce', 'postfix', [
    'fay@bbs.example.org',
    '5.0.0',
    'recipient-unknown',
    'sender',
  ]),
  // sbbs mailsrvr.cpp: "550 Closed mailbox: %s" (an I-restricted user who takes no unauthenticated mail)
  c('29-exim-synchronet-closed-mailbox.eml', 'bounce', 'exim', [
    'gus@bbs.example.org',
    '5.2.1',
    'mailbox-inactive',
    'sender',
  ]),
  // sbbs mailsrvr.cpp: "450 Mailbox full: %s" (more than max_msgs_waiting)
  delay(
    '30-postfix-delay-synchronet-mailbox-full.eml',
    'postfix',
    delayedRecipient('hal@bbs.example.org', '4.0.0', 'mailbox-full', 'recipient'),
  ),
  // sbbs mailsrvr.cpp: "550 Relay not allowed."
  c('31-postfix-synchronet-relay-not-allowed.eml', 'bounce', 'postfix', [
    'iris@example.org',
    '5.0.0',
    'relay-denied',
    'sender-admin',
  ]),
  // sbbs mailsrvr.cpp: "553 Relaying through this server requires authentication.  Please authenticate
  // before sending."
  c('32-qmail-synchronet-relaying-requires-authentication.eml', 'bounce', 'qmail', [
    'jon@example.org',
    null,
    'relay-denied',
    'sender-admin',
  ]),
  // sbbs mailsrvr.cpp: "550 CLIENT IP ADDRESS BLOCKED: %s" (the sending IP is in ip.can or the spam
  // block list), said at the greeting
  c('33-postfix-synchronet-client-ip-address-blocked.eml', 'bounce', 'postfix', [
    'kim@bbs.example.org',
    '5.0.0',
    'reputation-block',
    'sender-admin',
  ]),
  // sbbs mailsrvr.cpp: "550 Mail from %s refused due to listing at %s"
  c('34-exim-synchronet-refused-due-to-listing.eml', 'bounce', 'exim', [
    'lou@bbs.example.org',
    null,
    'reputation-block',
    'sender-admin',
  ]),
  // sbbs mailsrvr.cpp: "552 Message size (%" PRIdOFF ") exceeds maximum: %u bytes"
  c('35-postfix-synchronet-message-size-exceeds-maximum.eml', 'bounce', 'postfix', [
    'max@bbs.example.org',
    '5.0.0',
    'message-too-large',
    'sender',
  ]),
  // sbbs mailsrvr.cpp: "421 too many requests, try again later" (its request rate limiter)
  delay(
    '36-postfix-delay-synchronet-too-many-requests.eml',
    'postfix',
    delayedRecipient('ned@bbs.example.org', '4.0.0', 'rate-limited', 'sender-admin'),
  ),
  // sbbs mailsrvr.cpp: errmsg "554 Subject not allowed." (the subject is on the subject.can list)
  c('37-exim-synchronet-subject-not-allowed.eml', 'bounce', 'exim', [
    'opal@bbs.example.org',
    null,
    'content-rejected',
    'sender',
  ]),
  // sbbs mailsrvr.cpp: "550 Insufficient access: DNS-blacklisted" (a post to a sub-board from a
  // DNS-blacklisted client)
  c('38-postfix-synchronet-insufficient-access-dns-blacklisted.eml', 'bounce', 'postfix', [
    'pete@bbs.example.org',
    '5.0.0',
    'reputation-block',
    'sender-admin',
  ]),
  // aclemons/emailrelay src/gsmtp/gsmtpserversend.cpp sendAuthRequired: "530 authentication required:
  // use starttls" (the smarthost wants the sending MTA to start TLS and sign in)
  c('39-postfix-emailrelay-authentication-required-use-starttls.eml', 'bounce', 'postfix', [
    'rae@example.org',
    '5.0.0',
    'sender-blocked',
    'sender-admin',
  ]),
];

describe('sending and relay MTAs: KumoMTA, Momentum, Synchronet, E-MailRelay', () => {
  test.each(CASES.map((x) => [x.file, x] as const))('%s', (_file, x) => checkFixture(x));
});
