// Variants of the sending MTA's own failures to reach the recipient's server (connection, DNS, TLS,
// timeouts, expiry), in the bounces and delay notices that MTA itself returns: Postfix, sendmail, Exim,
// OpenSMTPD and Exchange Online. The wording is the MTA's own (its source code, or Microsoft's page);
// addresses and hosts are invented. Fixtures: test/fixtures/variants/transport. The comment above
// each row names the source.
import { checkFixture, delayCases, delayedRecipient, variantCases, type FixtureCase } from './fixture-cases';

const c = variantCases('transport/');
const delay = delayCases('transport/');

const CASES: FixtureCase[] = [
  // Postfix src/smtp/smtp_connect.c: dsb_simple(why, "4.4.1", "connect to %s[%s]:%d: %m") (ECONNREFUSED)
  delay(
    '01-postfix-delay-connect-connection-refused.eml',
    'postfix',
    delayedRecipient('amy@example.net', '4.4.1', 'recipient-system', 'recipient-admin'),
  ),
  // Postfix src/smtp/smtp_connect.c: "connect to %s[%s]:%d: %m" (EHOSTUNREACH, "No route to host")
  delay(
    '02-postfix-delay-connect-no-route-to-host.eml',
    'postfix',
    delayedRecipient('ben@example.net', '4.4.1', 'recipient-system', 'recipient-admin'),
  ),
  // Postfix src/smtp/smtp_trouble.c: dsb_simple(why, "4.4.2", "conversation with %s timed out while %s"),
  // smtp_proto.c xfer_states "receiving the initial server greeting"
  delay(
    '03-postfix-delay-conversation-timed-out-initial-greeting.eml',
    'postfix',
    delayedRecipient('cora@example.net', '4.4.2', 'recipient-system', 'recipient-admin'),
  ),
  // Postfix src/smtp/smtp_trouble.c: "lost connection with %s while %s", smtp_proto.c "sending RCPT TO"
  delay(
    '04-postfix-delay-lost-connection-while-sending-rcpt-to.eml',
    'postfix',
    delayedRecipient('dan@example.net', '4.4.2', 'recipient-system', 'recipient-admin'),
  ),
  // Postfix src/dns/dns_lookup.c: "Host or domain name not found. Name service error for name=%s type=%s: %s"
  // and "Malformed or unexpected name server reply" (a broken answer from the domain's DNS)
  delay(
    '05-postfix-delay-malformed-name-server-reply.eml',
    'postfix',
    delayedRecipient('eva@example.net', '4.4.3', 'recipient-system', 'recipient-admin'),
  ),
  // Postfix src/smtp/smtp_proto.c: smtp_site_fail(... "4.7.5", "Server certificate not verified")
  delay(
    '06-postfix-delay-server-certificate-not-verified.eml',
    'postfix',
    delayedRecipient('finn@example.net', '4.7.5', 'recipient-system', 'recipient-admin'),
  ),
  // Postfix src/smtp/smtp_proto.c: "4.7.4", "TLS is required, but was not offered by host %s"
  delay(
    '07-postfix-delay-tls-required-not-offered.eml',
    'postfix',
    delayedRecipient('gia@example.net', '4.7.4', 'recipient-system', 'recipient-admin'),
  ),
  // Postfix src/smtp/smtp_tls_policy.c: dsb_simple(tls->why, "4.7.5", "TLSA lookup error for %s:%u")
  delay('08-postfix-delay-tlsa-lookup-error.eml', 'postfix', {
    ...delayedRecipient('hal@example.net', '4.7.5', 'recipient-system', 'recipient-admin'),
    rule: 'text.recipient-system+delayed',
  }),
  // Postfix src/smtp/smtp_proto.c: "4.7.5", "TLS is required, but our TLS engine is unavailable" (the
  // sending host's own TLS)
  delay(
    '09-postfix-delay-tls-engine-unavailable.eml',
    'postfix',
    delayedRecipient('ida@example.net', '4.7.5', 'sender-infrastructure', 'sender-admin'),
  ),
  // Postfix src/smtp/smtp_connect.c "connect to %s[%s]:%d: %m" (ETIMEDOUT) and src/smtp/smtp_addr.c
  // "unable to look up host %s: %s" (4.4.4, EAI_AGAIN "Temporary failure in name resolution")
  delay(
    '10-postfix-delay-two-rcpts-refused-and-unable-to-look-up-host.eml',
    'postfix',
    delayedRecipient('jon@example.net', '4.4.1', 'recipient-system', 'recipient-admin'),
    {
      ...delayedRecipient('kim@example.org', '4.4.4', 'recipient-system', 'recipient-admin'),
      rule: 'text.mta-dns-lookup+delayed',
    },
  ),
  // Postfix src/dns/dns_lookup.c "Host or domain name not found. Name service error for name=%s type=%s: %s"
  // with dns_strerror.c HOST_NOT_FOUND "Host not found" (5.4.4: the domain does not exist)
  c('11-postfix-bounce-host-not-found-nxdomain.eml', 'bounce', 'postfix', [
    'lou@example.net',
    '5.4.4',
    'recipient-domain-invalid',
    'sender',
  ]),
  // Postfix src/dns/dns_lookup.c: "Domain %s does not accept mail (nullMX)" (RFC 7505)
  c('12-postfix-bounce-nullmx.eml', 'bounce', 'postfix', [
    'mia@example.org',
    '5.1.10',
    'recipient-domain-invalid',
    'sender',
  ]),
  // Postfix src/smtp/smtp_addr.c: dsb_simple(why, "5.4.6", "mail for %s loops back to myself")
  c('13-postfix-bounce-mail-loops-back-to-myself.eml', 'bounce', 'postfix', [
    'ned@example.net',
    '5.4.6',
    'mail-loop',
    'sender-admin',
  ]),
  // Postfix src/smtp/smtp_connect.c: "5.7.10", "Sender requested REQUIRETLS, but my configured TLS
  // security level '%s' disables certificate matching. The last attempted server was %s"
  c('14-postfix-bounce-requiretls-security-level-disables-matching.eml', 'bounce', 'postfix', [
    'ola@example.net',
    '5.7.10',
    'sender-infrastructure',
    'sender-admin',
  ]),
  // Postfix src/smtp/smtp_connect.c "connect to %s[%s]:%d: %m" returned with Action: failed after
  // maximal_queue_lifetime
  c('15-postfix-final-expired-no-route-to-host.eml', 'bounce', 'postfix', [
    'pam@example.net',
    '4.4.1',
    'expired',
    'recipient-admin',
  ]),
  // Postfix src/smtp/smtp_trouble.c "lost connection with %s while %s" and "conversation with %s timed
  // out while %s" (smtp_proto.c "receiving the initial server greeting", "sending message body") after
  // the queue lifetime
  c(
    '16-postfix-final-expired-two-rcpts-lost-connection-and-greeting-timeout.eml',
    'bounce',
    'postfix',
    ['quin@example.net', '4.4.2', 'expired', 'recipient-admin'],
    ['rae@example.net', '4.4.2', 'expired', 'recipient-admin'],
  ),
  // Postfix src/dns/dns_lookup.c: "Name service error for %s: invalid host or domain name"
  c('17-postfix-bounce-invalid-host-or-domain-name.eml', 'bounce', 'postfix', [
    'sal@example.net',
    '5.4.4',
    'recipient-domain-invalid',
    'sender',
  ]),
  // sendmail src/err.c sm_errstring ECONNREFUSED: "Connection refused by %s", after "Deferred: "
  delay(
    '18-sendmail-delay-connection-refused.eml',
    'sendmail',
    delayedRecipient('tara@example.net', '4.4.1', 'recipient-system', 'recipient-admin'),
  ),
  // sendmail src/err.c sm_errstring ETIMEDOUT: strerror + " with " + CurHostName ("Connection timed out with %s")
  delay(
    '19-sendmail-delay-connection-timed-out.eml',
    'sendmail',
    delayedRecipient('uma@example.net', '4.4.1', 'recipient-system', 'recipient-admin'),
  ),
  // sendmail src/err.c sm_errstring ECONNRESET: "Connection reset by %s"
  delay(
    '20-sendmail-delay-connection-reset.eml',
    'sendmail',
    delayedRecipient('vic@example.net', '4.4.2', 'recipient-system', 'recipient-admin'),
  ),
  // sendmail src/err.c sm_errstring EHOSTDOWN: "Host %s is down"
  delay(
    '21-sendmail-delay-host-is-down.eml',
    'sendmail',
    delayedRecipient('wes@example.net', '4.4.1', 'recipient-system', 'recipient-admin'),
  ),
  // sendmail deliver.c "Host unknown" with src/err.c sm_errstring HOST_NOT_FOUND "Name server: %s: host not found"
  c('22-sendmail-bounce-host-unknown-name-server-host-not-found.eml', 'bounce', 'sendmail', [
    'xena@example.net',
    '5.1.2',
    'recipient-domain-invalid',
    'sender',
  ]),
  // sendmail src/err.c "Connection timed out with %s" in the final "Message could not be delivered for
  // 5 days" report
  c('23-sendmail-final-5-days-connection-timed-out.eml', 'bounce', 'sendmail', [
    'yan@example.net',
    '4.4.1',
    'expired',
    'recipient-admin',
  ]),
  // sendmail src/err.c "Connection refused by %s" and TRY_AGAIN "Name server: %s: host name lookup failure"
  delay(
    '24-sendmail-delay-two-rcpts-refused-and-lookup-failure.eml',
    'sendmail',
    delayedRecipient('zoe@example.net', '4.4.1', 'recipient-system', 'recipient-admin'),
    delayedRecipient('abe@example.org', '4.4.3', 'recipient-system', 'recipient-admin'),
  ),
  // Exim src/src/routers/dnslookup.c: addr->message = "all relevant MX records point to non-existent hosts"
  c('25-exim-bounce-mx-records-point-to-non-existent-hosts.eml', 'bounce', 'exim', [
    'bo@example.net',
    '5.1.2',
    'recipient-domain-invalid',
    'sender',
  ]),
  // Exim src/src/routers/dnslookup.c: "an MX or SRV record indicated no SMTP service" (a null MX)
  c('26-exim-bounce-mx-indicated-no-smtp-service.eml', 'bounce', 'exim', [
    'cy@example.org',
    '5.1.2',
    'recipient-domain-invalid',
    'sender',
  ]),
  // Exim src/src/transports/smtp.c: "all hosts%s have been failing for a long time %s" with
  // "(and retry time not reached)"
  c(
    '27-exim-bounce-two-rcpts-all-hosts-failing-long-time.eml',
    'bounce',
    'exim',
    ['di@example.net', '5.4.7', 'expired', 'recipient-admin'],
    ['ed@example.net', '5.4.7', 'expired', 'recipient-admin'],
  ),
  // Exim src/src/transports/smtp.c: "all host address lookups%s failed permanently"
  c('28-exim-bounce-all-host-address-lookups-failed-permanently.eml', 'bounce', 'exim', [
    'flo@example.net',
    '5.1.2',
    'recipient-domain-invalid',
    'sender',
  ]),
  // Exim src/src/transports/smtp.c: "some host address lookups failed and retry time not reached for
  // other hosts or connection limit reached%s" (Exim's warning shows no status)
  delay('29-exim-delay-some-host-address-lookups-failed.eml', 'exim', {
    ...delayedRecipient('gus@example.net', null, 'recipient-system', 'recipient-admin'),
    rule: 'exim.host-lookups-and-retry+delayed',
  }),
  // OpenSMTPD usr.sbin/smtpd/mta.c: relay->failstr = "Temporary failure in MX lookup" (DNS_RETRY)
  delay(
    '30-opensmtpd-delay-temporary-failure-in-mx-lookup.eml',
    'opensmtpd',
    delayedRecipient('hu@example.net', '4.0.0', 'recipient-system', 'recipient-admin'),
  ),
  // OpenSMTPD usr.sbin/smtpd/mta_session.c: mta_error(s, "TLS required but not supported by remote host")
  delay(
    '31-opensmtpd-delay-tls-required-not-supported.eml',
    'opensmtpd',
    delayedRecipient('ivy@example.net', '4.0.0', 'recipient-system', 'recipient-admin'),
  ),
  // OpenSMTPD usr.sbin/smtpd/mta.c: relay->failstr = "No valid route to remote MX"
  delay(
    '32-opensmtpd-delay-no-valid-route-to-remote-mx.eml',
    'opensmtpd',
    delayedRecipient('jo@example.net', '4.0.0', 'recipient-system', 'recipient-admin'),
  ),
  // OpenSMTPD usr.sbin/smtpd/mta.c: DNS_ENONAME, IMSG_MTA_DELIVERY_PERMFAIL, "Domain does not exist"
  c('33-opensmtpd-bounce-domain-does-not-exist.eml', 'bounce', 'opensmtpd', [
    'kai@example.net',
    '5.0.0',
    'recipient-domain-invalid',
    'sender',
  ]),
  // OpenSMTPD usr.sbin/smtpd/mta.c "Network error on destination MXs" and mta_session.c
  // mta_error(s, "Connection timeout")
  delay(
    '34-opensmtpd-delay-two-rcpts-network-error-and-connection-timeout.eml',
    'opensmtpd',
    delayedRecipient('lia@example.net', '4.0.0', 'recipient-system', 'recipient-admin'),
    delayedRecipient('max@example.org', '4.0.0', 'recipient-system', 'recipient-admin'),
  ),
  // Postfix src/smtp/smtp_tls_policy.c MARK_INVALID: dsb_simple(why, "4.7.5", "client TLS configuration
  // problem") (the sending client's own TLS policy table is broken)
  delay('35-postfix-delay-client-tls-configuration-problem.eml', 'postfix', {
    ...delayedRecipient('nia@example.net', '4.7.5', 'sender-infrastructure', 'sender-admin'),
    rule: 'text.tls-required+delayed',
  }),
  // Microsoft Learn, Mail flow intelligence in EOP: "Error code: 450 4.4.315 Connection timed out"
  delay(
    '36-exchange-online-delay-450-4.4.315-connection-timed-out.eml',
    'exchange',
    delayedRecipient('otto@example.net', '4.4.315', 'recipient-system', 'recipient-admin'),
  ),
  // Microsoft Learn, Mail flow intelligence in EOP: "Error code: 450 4.4.318 Connection was closed abruptly"
  delay('37-exchange-online-delay-450-4.4.318-connection-closed-abruptly.eml', 'exchange', {
    ...delayedRecipient('pia@example.net', '4.4.318', 'recipient-system', 'recipient-admin'),
    rule: 'exo.4.4.318-connection-closed-abruptly+delayed',
  }),
  // Microsoft Learn, Mail flow intelligence in EOP: "Error code: 450 4.7.320 Certificate validation failed"
  delay(
    '38-exchange-online-delay-450-4.7.320-certificate-validation-failed.eml',
    'exchange',
    delayedRecipient('ray@example.net', '4.7.320', 'recipient-system', 'recipient-admin'),
  ),
  // Microsoft Learn, Mail flow intelligence in EOP: "Error code: 450 4.4.317 Cannot connect to remote
  // server" and "Error code: 450 4.4.312 DNS query failed"
  delay(
    '39-exchange-online-delay-two-rcpts-4.4.317-and-4.4.312.eml',
    'exchange',
    delayedRecipient('sue@example.net', '4.4.317', 'recipient-system', 'recipient-admin'),
    delayedRecipient('ted@example.net', '4.4.312', 'recipient-system', 'recipient-admin'),
  ),
];

describe('transport failures of the sending MTA (connection, DNS, TLS, timeouts, expiry): variants', () => {
  test.each(CASES.map((x) => [x.file, x] as const))('%s', (_file, x) => checkFixture(x));
});
