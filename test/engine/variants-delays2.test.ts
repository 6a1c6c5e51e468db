// Delays sweep 2: delay notices and give-ups after retries whose causes the earlier fixtures did not
// have, each written from its writer's own source (test/fixtures/variants/delays2). A delay names
// its cause when its words give one; a give-up is expired unless its last reply names a cause.
import { checkFixture, type FixtureCase } from './fixture-cases';

const CASES: FixtureCase[] = [
  // Postfix src/smtp/smtp_proto.c: "TLS is required, but host %s refused to start TLS: %s"
  // (smtp_site_fail with the STARTTLS reply); bounce templates' delayed-mail text
  {
    file: 'variants/delays2/01-postfix-delay-tls-required-host-refused-starttls.eml',
    kind: 'delay',
    format: 'postfix',
    recipients: [
      {
        address: 'ruth@example.org',
        status: '4.7.0',
        category: 'delayed',
        owner: 'none',
        cause: { category: 'recipient-system', owner: 'recipient-admin' },
      },
    ],
  },
  // Postfix src/smtp/smtp_trouble.c: dsb_simple("4.4.2", "lost connection with %s while %s") with
  // smtp_proto.c xfer_states "sending end of data -- message may be sent more than once"
  {
    file: 'variants/delays2/02-postfix-delay-lost-connection-end-of-data.eml',
    kind: 'delay',
    format: 'postfix',
    recipients: [
      {
        address: 'sam@example.org',
        status: '4.4.2',
        category: 'delayed',
        owner: 'none',
        cause: { category: 'recipient-system', owner: 'recipient-admin' },
      },
    ],
  },
  // Postfix src/dns/dns_lookup.c "Host or domain name not found. Name service error for name=%s
  // type=%s: %s" with dns_strerror.c TRY_AGAIN "Host not found, try again" (a SERVFAIL, not NXDOMAIN)
  {
    file: 'variants/delays2/03-postfix-delay-host-not-found-try-again.eml',
    kind: 'delay',
    format: 'postfix',
    recipients: [
      {
        address: 'tess@example.org',
        status: '4.4.3',
        category: 'delayed',
        owner: 'none',
        cause: { category: 'recipient-system', owner: 'recipient-admin' },
      },
    ],
  },
  // MicrosoftDocs OfficeDocs-Exchange non-delivery-reports-in-exchange-online.md row 4.7.26 "Access
  // denied, a message sent over IPv6 [...] must pass either SPF or DKIM validation, this message is
  // not signed", quoted by a Postfix delay
  {
    file: 'variants/delays2/04-postfix-delay-exo-4.7.26-ipv6-spf-dkim.eml',
    kind: 'delay',
    format: 'postfix',
    recipients: [
      {
        address: 'uma@example.org',
        status: '4.7.26',
        category: 'delayed',
        owner: 'none',
        cause: { category: 'auth-failed', owner: 'sender-admin' },
      },
    ],
  },
  // Exim src/src/transports/smtp.c: "all hosts%s have been failing for a long time (and retry time
  // not reached)" turns the address to FAIL (a give-up naming no cause); deliver.c bounce text
  {
    file: 'variants/delays2/05-exim-bounce-all-hosts-failing-long-time.eml',
    kind: 'bounce',
    format: 'exim',
    recipients: [
      { address: 'vera@example.org', status: '5.0.0', category: 'expired', owner: 'recipient-admin' },
    ],
  },
  // notqmail qmail-remote.c dropped(): "Connected to <ip> but connection died. (#4.4.2)", then
  // qmail-send.c "I'm not going to try again; this message has been in the queue too long." (like
  // delay-notices/08-qmail-final: an unreachable destination at the give-up is the expiry itself)
  {
    file: 'variants/delays2/06-qmail-giveup-connection-died.eml',
    kind: 'bounce',
    format: 'qmail',
    recipients: [
      { address: 'wade@example.org', status: '4.4.2', category: 'expired', owner: 'recipient-admin' },
    ],
  },
  // notqmail qmail-remote.c: "CNAME lookup failed temporarily. (#4.4.3)" as the last try's reason of
  // a qmail-send give-up: the recipient domain's DNS failing (TAXONOMY: DNS temporary failure)
  {
    file: 'variants/delays2/07-qmail-giveup-cname-lookup-failed-temporarily.eml',
    kind: 'bounce',
    format: 'qmail',
    recipients: [
      {
        address: 'xena@example.org',
        status: '4.4.3',
        category: 'recipient-system',
        owner: 'recipient-admin',
      },
    ],
  },
  // sendmail deliver.c giveresponse(): EX_TEMPFAIL "Deferred" + ": " + SmtpError (libsm/strexit.c
  // " 450 4.0.0 Deferred"); envelope.c "Warning: could not send message for past %s"
  {
    file: 'variants/delays2/08-sendmail-delay-deferred-452-over-quota.eml',
    kind: 'delay',
    format: 'sendmail',
    recipients: [
      {
        address: 'yara@example.org',
        status: '4.2.2',
        category: 'delayed',
        owner: 'none',
        cause: { category: 'mailbox-full', owner: 'recipient' },
      },
    ],
  },
  // MicrosoftDocs non-delivery-reports-in-exchange-online.md row 4.4.316 "Connection refused
  // [Message=Socket error code 10061]"; the delay text as cryer.co.uk's Exchange page quotes it
  // ("Delivery is delayed to these recipients or groups", "This message hasn't been delivered yet")
  {
    file: 'variants/delays2/09-exchange-online-delay-4.4.316-connection-refused.eml',
    kind: 'delay',
    format: 'exchange',
    recipients: [
      {
        address: 'zack@example.org',
        status: '4.4.316',
        category: 'delayed',
        owner: 'none',
        cause: { category: 'recipient-system', owner: 'recipient-admin' },
      },
    ],
  },
  // Postfix src/smtp/smtp_trouble.c: dsb_simple("4.4.2", "conversation with %s timed out while %s")
  // (SMTP_ERR_TIME) with the same xfer_states "sending end of data -- message may be sent more than once"
  {
    file: 'variants/delays2/10-postfix-delay-conversation-timed-out-end-of-data.eml',
    kind: 'delay',
    format: 'postfix',
    recipients: [
      {
        address: 'ada@example.org',
        status: '4.4.2',
        category: 'delayed',
        owner: 'none',
        cause: { category: 'recipient-system', owner: 'recipient-admin' },
      },
    ],
  },
];

describe('delays sweep 2: delay notices and give-ups from their writers', () => {
  test.each(CASES.map((c) => [c.file, c] as const))('%s', (_file, c) => checkFixture(c));
});
