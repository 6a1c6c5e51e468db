// Legacy and niche bounce writers read from their own source (invented fixtures in
// test/fixtures/variants/legacy-a): XMail's "Error sending message" notice and Smail 3's
// "mail failed" notice, in the layouts their code writes.
import { checkFixture, type FixtureCase } from './fixture-cases';

const CASES: FixtureCase[] = [
  // XMail QueueUtils.cpp QueUtBuildErrorResponse ("[<00>] XMail bounce: Rcpt=[%s];Error=[%s]",
  // "[<04>] Here is listed the message log file:"); SMAILSvr.cpp for a local address with no
  // account: "Unknown user \"%s\" in domain \"%s\""
  {
    file: 'variants/legacy-a/01-xmail-unknown-user-in-domain.eml',
    kind: 'bounce',
    format: 'text',
    recipients: [
      { address: 'dan@example.com', status: '5.1.1', category: 'recipient-unknown', owner: 'sender' },
    ],
  },
  // XMail SMAILSvr.cpp, a fatal DNS answer bounces at once: "Recipient domain \"%s\" does not
  // exist (or it has a misconfigured DNS)"
  {
    file: 'variants/legacy-a/02-xmail-recipient-domain-does-not-exist.eml',
    kind: 'bounce',
    format: 'text',
    recipients: [
      {
        address: 'erin@nonexistent.example.net',
        status: '5.1.2',
        category: 'recipient-domain-invalid',
        owner: 'sender',
      },
    ],
  },
  // XMail QueueUtils.cpp QueUtResendMessage: "The maximum number of delivery attempts has been
  // reached" (ERR_SPOOL_FILE_EXPIRED), the spool log showing the last "SMTP-Error" (Errors.cpp
  // ERR_CONNECT "Error connecting to remote address")
  {
    file: 'variants/legacy-a/03-xmail-maximum-delivery-attempts.eml',
    kind: 'bounce',
    format: 'text',
    recipients: [
      { address: 'finn@example.org', status: '5.4.7', category: 'expired', owner: 'recipient-admin' },
    ],
  },
  // XMail SMAILSvr.cpp, a remote MX refuses: the SMTP reply is the reason, the log shows
  // "SMAIL SMTP-Send MX = ... Failed !" with "SMTP-Error = \"...\"" (Errors.cpp ERR_SMTP_BAD_RCPT_TO)
  {
    file: 'variants/legacy-a/04-xmail-remote-smtp-rejected.eml',
    kind: 'bounce',
    format: 'text',
    recipients: [
      { address: 'gail@example.org', status: '5.1.1', category: 'recipient-unknown', owner: 'sender' },
    ],
  },
  // XMail Filter.cpp / SMAILUtils.cpp, a filter's exit code rejects the message: Errors.cpp
  // ERR_FILTERED_MESSAGE "Message rejected by server filters" (the sender's own server, same domain)
  {
    file: 'variants/legacy-a/05-xmail-rejected-by-server-filters.eml',
    kind: 'bounce',
    format: 'text',
    recipients: [
      { address: 'hana@example.com', status: null, category: 'recipient-policy', owner: 'sender-admin' },
    ],
  },
  // Smail 3.2 notify.c ("Subject: mail failed, %s", "Reference: <%s@%s>", " %s ... failed: %s"),
  // models.c ("no valid recipients were found for this message" in the message log block), as
  // quoted in Sisimai::Lhost::DeutscheTelekom's comments
  {
    file: 'variants/legacy-a/06-smail-message-log-no-valid-recipients.eml',
    kind: 'bounce',
    format: 'text',
    recipients: [
      { address: 'kenji@example.net', status: '5.1.1', category: 'recipient-unknown', owner: 'sender' },
    ],
  },
  // Smail 3.2 notify.c, two failed addresses in one block, router error "unknown host"
  {
    file: 'variants/legacy-a/07-smail-two-failed-unknown-host.eml',
    kind: 'bounce',
    format: 'text',
    recipients: [
      {
        address: 'lena@nohost.example.net',
        status: '5.1.2',
        category: 'recipient-domain-invalid',
        owner: 'sender',
      },
      {
        address: 'max@nohost.example.net',
        status: '5.1.2',
        category: 'recipient-domain-invalid',
        owner: 'sender',
      },
    ],
  },
  // Deutsche Telekom's Smail 3 fork (Sisimai::Lhost::DeutscheTelekom comments): " <address>" then
  // the SMTP reply on the next line, "Message header follows:" instead of "Message text follows:"
  {
    file: 'variants/legacy-a/08-smail-telekom-message-header-follows.eml',
    kind: 'bounce',
    format: 'text',
    recipients: [
      { address: 'nina@example.de', status: '5.2.2', category: 'mailbox-full', owner: 'recipient' },
    ],
  },
];

describe('legacy writers, sweep A (XMail, Smail 3)', () => {
  test.each(CASES.map((c) => [c.file, c] as const))('%s', (_file, c) => checkFixture(c));
});
