// Legacy bounce writers read from their own source (invented fixtures in
// test/fixtures/variants/legacy): ZMailer's errormail notices and MMDF's returned-mail notices.
import { checkFixture, type FixtureCase } from './fixture-cases';

const CASES: FixtureCase[] = [
  // ZMailer transports/errormail/errormail.c (the form's text, "error: <form>: <address>", a
  // delivery-status part with "Diagnostic-Code: X-LOCAL; 500 (<form>)"); proto/forms/database
  // ("The message refers to a host or domain name which is not known at this gateway")
  {
    file: 'variants/legacy/01-zmailer-invalid-host-domain.eml',
    kind: 'bounce',
    format: 'rfc3464',
    recipients: [
      {
        address: 'dave@lab.example.net',
        status: '5.0.0',
        category: 'recipient-domain-invalid',
        owner: 'sender',
      },
    ],
  },
  // ZMailer errormail.c with proto/forms/expansion ("could not be expanded properly ... an error in
  // a .forward file, the system aliases file"); the address is a local part (Final-Recipient: X-LOCAL)
  {
    file: 'variants/legacy/02-zmailer-expansion-problem.eml',
    kind: 'bounce',
    format: 'rfc3464',
    recipients: [
      {
        address: 'frank@mail.example.net',
        status: '5.0.0',
        category: 'recipient-system',
        owner: 'recipient-admin',
      },
    ],
  },
  // MMDF lib/mmdf/rtn_proc.c rtn_error ("Your message could not be delivered to '<address> (host:
  // <host>) (queue: <queue>)' for the following reason: '<reply>'"); src/smtp/sm_wtmail.c keeps the
  // reply as "<code>; <text>"
  {
    file: 'variants/legacy/03-mmdf-failed-mail-user-unknown.eml',
    kind: 'bounce',
    format: 'text',
    recipients: [
      { address: 'helen@example.com', status: '5.1.1', category: 'recipient-unknown', owner: 'sender' },
    ],
  },
  // MMDF rtn_proc.c rtn_time / rtn_intro ("After 5 days (121 hours), your message could not be
  // fully delivered."), sent by src/tools/cleanque.c when the message times out in the queue
  {
    file: 'variants/legacy/04-mmdf-timeout-could-not-be-fully-delivered.eml',
    kind: 'bounce',
    format: 'text',
    recipients: [
      { address: 'judy@remote.example.com', status: '5.4.7', category: 'expired', owner: 'recipient-admin' },
    ],
  },
  // MMDF rtn_proc.c rtn_warn ("Waiting mail", "your message has not yet been fully delivered",
  // "Delivery attempts are still pending for the following address(es):")
  {
    file: 'variants/legacy/05-mmdf-waiting-mail-warning.eml',
    kind: 'delay',
    format: 'text',
    recipients: [{ address: 'leo@slow.example.com', status: null, category: 'delayed', owner: 'none' }],
  },
];

describe('legacy bounce writers (variants)', () => {
  it.each(CASES.map((c) => [c.file, c] as const))('%s', (_file, c) => checkFixture(c));
});
