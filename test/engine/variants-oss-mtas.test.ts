// Variants of the open-source mail servers' own bounces (Stalwart, maddy, mox, chasquid, Zone-MTA,
// hMailServer, Postal), each written from the server's DSN composer and the error texts it puts in
// it (invented fixtures under test/fixtures/variants/<server>/). The comment above each row names
// the source file the wording comes from.
import { checkFixture, variantCases, type FixtureCase } from './fixture-cases';

const c = variantCases('');

const CASES: FixtureCase[] = [
  // stalwart crates/smtp/src/queue/dsn.rs: a reply without an enhanced code gets a Status made of the reply's digits (550 -> 5.5.0) and "(0.0.0)" in the text
  c('stalwart/01-rcpt-reply-without-enhanced-code.eml', 'bounce', 'rfc3464', [
    'bob@example.org',
    '5.5.0',
    'recipient-unknown',
    'sender',
  ]),
  // stalwart crates/smtp/src/outbound/mod.rs from_mail_auth_error "Domain not found: {code:?}"; dsn.rs "(failed to lookup ...)"
  c('stalwart/02-domain-not-found.eml', 'bounce', 'rfc3464', [
    'carol@nosuch.example.net',
    '5.0.0',
    'recipient-domain-invalid',
    'sender',
  ]),
  // stalwart crates/smtp/src/outbound/delivery.rs "Domain does not accept messages (null MX)"
  c('stalwart/03-null-mx.eml', 'bounce', 'rfc3464', [
    'dan@parked.example.net',
    '5.0.0',
    'recipient-domain-invalid',
    'sender',
  ]),
  // stalwart dsn.rs build_dsn: "Warning: Temporary and permanent failures during message delivery", "rejected transaction", a delayed recipient beside a failed one
  // (the delayed one may name its cause from the text: "(connection to 'mx.example.com' failed:
  // Connection refused ...)", a server of the sender's own domain)
  {
    file: 'variants/stalwart/04-temporary-and-permanent.eml',
    kind: 'bounce',
    format: 'rfc3464',
    recipients: [
      { address: 'erin@example.org', status: '5.7.1', category: 'content-rejected', owner: 'sender' },
      {
        address: 'frank@example.com',
        status: '4.0.0',
        category: 'delayed',
        owner: 'none',
        cause: { category: 'recipient-system', owner: 'sender-admin' },
      },
    ],
  },
  // stalwart crates/smtp/src/outbound/mod.rs TlsError "Handshake failed: {err}"; dsn.rs "(TLS error from ...)"
  c('stalwart/05-tls-handshake-failed.eml', 'bounce', 'rfc3464', [
    'gina@example.org',
    '5.0.0',
    'recipient-system',
    'recipient-admin',
  ]),
  // stalwart dsn.rs "Warning: Delay in message delivery", Will-Retry-Until
  c('stalwart/06-delay-mailbox-full.eml', 'delay', 'rfc3464', [
    'hugo@example.org',
    '4.2.2',
    'mailbox-full',
    'recipient',
  ]),
  // maddy internal/dsn/dsn.go (failedText, "Delivery to %s failed with error: %v"); internal/smtpconn/smtpconn.go wrapClientErr "<host> said: "
  c('maddy/01-unknown-user.eml', 'bounce', 'rfc3464', [
    'bob@example.org',
    '5.1.1',
    'recipient-unknown',
    'sender',
  ]),
  // maddy internal/target/remote/connect.go "Domain does not accept email (null MX)" (556 5.1.10), two recipients
  c(
    'maddy/02-null-mx-two-recipients.eml',
    'bounce',
    'rfc3464',
    ['info@parked.example.net', '5.1.10', 'recipient-domain-invalid', 'sender'],
    ['sales@parked.example.net', '5.1.10', 'recipient-domain-invalid', 'sender'],
  ),
  // maddy internal/target/remote/connect.go lookupMX "MX lookup error" (554 5.4.4 for a name that does not exist)
  c('maddy/03-mx-lookup-error.eml', 'bounce', 'rfc3464', [
    'carol@exmaple.org',
    '5.4.4',
    'recipient-domain-invalid',
    'sender',
  ]),
  // maddy internal/target/remote/connect.go "No usable MXs, last err: " after max_tries (internal/target/queue/queue.go)
  c('maddy/04-no-usable-mx-timeout.eml', 'bounce', 'rfc3464', [
    'dan@example.org',
    '4.4.0',
    'recipient-system',
    'recipient-admin',
  ]),
  // maddy smtpconn.go: 552 rewritten to 452 and retried; a blocklist refusal beside it
  c(
    'maddy/05-mailbox-full-and-blocklisted.eml',
    'bounce',
    'rfc3464',
    ['erin@example.org', '4.2.2', 'mailbox-full', 'recipient'],
    ['frank@example.com', '5.7.1', 'reputation-block', 'sender-admin'],
  ),
  // maddy internal/target/remote/security.go "Recipient server TLS certificate is not trusted but authentication is required by MTA-STS"
  c('maddy/06-mta-sts-tls-required.eml', 'bounce', 'rfc3464', [
    'gina@example.org',
    '4.7.1',
    'recipient-system',
    'recipient-admin',
  ]),
  // mox queue/dsn.go deliverDSNFailure and dsn/dsn.go Compose ("Status: 5.1.1 (<error>)"); smtpclient/client.go Error()
  c('mox/01-rcpt-unknown.eml', 'bounce', 'rfc3464', [
    'bob@example.org',
    '5.1.1',
    'recipient-unknown',
    'sender',
  ]),
  // mox queue/dsn.go "Full SMTP response:" with a multi-line reply joined in Diagnostic-Code
  c('mox/02-dmarc-multiline-response.eml', 'bounce', 'rfc3464', [
    'carol@example.org',
    '5.7.26',
    'auth-failed',
    'sender-admin',
  ]),
  // mox smtpclient/gather.go errNoMail "domain does not accept email as indicated with single dot for mx record"
  c('mox/03-null-mx.eml', 'bounce', 'rfc3464', [
    'dan@parked.example.net',
    '5.0.0',
    'recipient-domain-invalid',
    'sender',
  ]),
  // mox queue/dsn.go deliverDSNDelay ("mail delivery delayed"); queue/direct.go "dialing smtp server: %v"
  c('mox/04-delayed-connection-refused.eml', 'delay', 'rfc3464', [
    'erin@example.org',
    '4.0.0',
    'recipient-system',
    'recipient-admin',
  ]),
  // mox queue/dsn.go failMsgsTx: a transient error after the last attempt, Status "5." + its secode
  c('mox/05-mailbox-full-retries-exhausted.eml', 'bounce', 'rfc3464', [
    'frank@example.com',
    '5.2.2',
    'mailbox-full',
    'recipient',
  ]),
  // chasquid internal/queue/dsn.go dsnTemplate; internal/courier/smtp.go "MAIL+RCPT %v"
  c('chasquid/01-rcpt-unknown-user.eml', 'bounce', 'rfc3464', [
    'bob@example.org',
    '5.1.1',
    'recipient-unknown',
    'sender',
  ]),
  // chasquid dsn.go "failed permanently" and "failed repeatedly and timed out" (Status 4.0.0); smtp.go "DATA closing %v", "all MXs returned transient failures (last: %v)"
  c(
    'chasquid/02-data-rejected-and-timed-out.eml',
    'bounce',
    'rfc3464',
    ['carol@example.org', '5.7.1', 'content-rejected', 'sender'],
    ['dan@slow.example.net', '4.0.0', 'expired', 'recipient-admin'],
  ),
  // chasquid smtp.go lookupMXs: NXDOMAIN falls back to the domain's A record, "Could not dial: dial tcp: lookup ...: no such host"
  c('chasquid/03-no-such-host-timed-out.eml', 'bounce', 'rfc3464', [
    'erin@nosuch.example.net',
    '4.0.0',
    'recipient-domain-invalid',
    'sender',
  ]),
  // chasquid test/t-16-spf/expected_dsn: MAIL+RCPT 550 "5.7.23 SPF check failed: ..." (internal/smtpsrv/conn.go)
  c('chasquid/04-spf-check-failed.eml', 'bounce', 'rfc3464', [
    'frank@example.org',
    '5.7.23',
    'auth-failed',
    'sender-admin',
  ]),
  // zone-mta plugins/core/email-bounce.js generateBounceMessage ("Delivery Status Notification (Failure: ...)")
  c('zonemta/01-rcpt-unknown-user.eml', 'bounce', 'rfc3464', [
    'bob@example.org',
    '5.1.1',
    'recipient-unknown',
    'sender',
  ]),
  // zone-mta email-bounce.js "Original message recipients:" and X-Failed-Recipients name every recipient; the report only the failed one
  c('zonemta/02-original-recipients-mailbox-full.eml', 'bounce', 'rfc3464', [
    'dan@example.org',
    '5.2.2',
    'mailbox-full',
    'recipient',
  ]),
  // zone-eu/mx-connect lib/resolve-mx.js createDnsError, lib/dns-errors.js ENOTFOUND "Domain name not found"
  c('zonemta/03-dns-domain-name-not-found.eml', 'bounce', 'rfc3464', [
    'erin@nosuch.example.net',
    '5.0.0',
    'recipient-domain-invalid',
    'sender',
  ]),
  // zone-mta lib/sender.js "Network error: Error connecting to ${mx.host}. ${err.message}"
  c('zonemta/04-network-error-final.eml', 'bounce', 'rfc3464', [
    'frank@example.net',
    '5.0.0',
    'recipient-system',
    'recipient-admin',
  ]),
  // zone-mta email-bounce.js isDelayed ("Delivery incomplete", "Delivery Status Notification (Delay: ...)")
  c('zonemta/05-delay-blocklisted.eml', 'delay', 'rfc3464', [
    'gina@example.org',
    '4.7.0',
    'reputation-block',
    'sender-admin',
  ]),
  // zone-mta lib/sender.js POLICY_RESPONSE "Failed to establish a TLS connection to the MX server as requested by policy"
  c('zonemta/06-tls-policy-error.eml', 'bounce', 'rfc3464', [
    'hugo@example.org',
    '5.0.0',
    'recipient-system',
    'recipient-admin',
  ]),
  // hmailserver DBScripts SEND_FAILED_NOTIFICATION; SMTPClientConnection.cpp "Remote server (%s) issued an error."
  c(
    'hmailserver/01-two-recipients-rcpt-errors.eml',
    'bounce',
    'exchange',
    ['bob@example.org', '5.1.1', 'recipient-unknown', 'sender'],
    ['carol@example.org', '5.2.2', 'mailbox-full', 'recipient'],
  ),
  // hmailserver SMTPClientConnection.cpp "Connection to recipients server failed." (TCPConnection.cpp "Host name: ..., message: ...") and ExternalDelivery.cpp "Tried %d time(s)"
  c('hmailserver/02-connection-failed-tried.eml', 'bounce', 'exchange', [
    'dan@example.org',
    '5.4.7',
    'expired',
    'recipient-admin',
  ]),
  // hmailserver ExternalDelivery.cpp HandleNoRecipientServers_ (DNS query OK, no servers: NXDOMAIN or no records)
  c('hmailserver/03-no-mail-servers.eml', 'bounce', 'exchange', [
    'erin@exampel.org',
    '5.1.2',
    'recipient-domain-invalid',
    'sender',
  ]),
  // hmailserver ExternalDelivery.cpp HandleNoRecipientServers_ (the DNS query failed)
  c('hmailserver/04-dns-query-failed.eml', 'bounce', 'exchange', [
    'frank@broken-dns.example.net',
    null,
    'recipient-system',
    'recipient-admin',
  ]),
  // hmailserver LocalDelivery.cpp "Error Description: Inbox is full"
  c('hmailserver/05-local-inbox-full.eml', 'bounce', 'exchange', [
    'gina@example.net',
    '5.2.2',
    'mailbox-full',
    'recipient',
  ]),
  // hmailserver SMTPClientConnection.cpp "There was a timeout while talking to the remote server." (code 0, retried)
  c('hmailserver/06-timeout-during-data.eml', 'bounce', 'exchange', [
    'hugo@example.org',
    '5.4.7',
    'expired',
    'recipient-admin',
  ]),
  // postal app/models/bounce_message.rb: from the route's own address, the recipient only on "Rcpt To:", no reason
  c('postal/01-route-bounce.eml', 'bounce', 'postal', [
    'support@example.net',
    null,
    'unknown',
    'sender-admin',
  ]),
];

describe('variants of the open-source mail servers', () => {
  it.each(CASES.map((k) => [k.file, k] as const))('%s', (_f, k) => checkFixture(k));
});
