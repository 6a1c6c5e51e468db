// Unseen sweep 2: families of layout and wording the generic readers (formats/rfc3464.ts, the
// classification of a recipient's words) now read as the writers' own recognizers do, so that a
// bounce of a writer we have no recognizer for reads right too (test/fixtures/variants/unseen2).
// Each fixture is read twice: with every recognizer, and with only the RFC 3464 and text readers.
import { diagnose } from '../../src/diagnosis';
import { FORMATS, type FormatEntry } from '../../src/diagnosis/formats';
import { checkFixture, type FixtureCase } from './fixture-cases';
import { GENERIC, registryEngine } from './unseen-measure';

const CASES: FixtureCase[] = [
  // sendmail mail.local/mail.local.c: "Write %s: %s" (strerror EDQUOT "Disc quota exceeded"), exit
  // EX_UNAVAILABLE; deliver.c writes the exit status as "Diagnostic-Code: X-Unix; 69". The bare
  // number only says the program failed (broad.sysexits): the report's text says why.
  {
    file: 'variants/unseen2/01-sendmail-x-unix-69-mail-local-disc-quota.eml',
    kind: 'bounce',
    format: 'sendmail',
    recipients: [
      { address: 'ron@gw.example.com', status: '5.5.0', category: 'mailbox-full', owner: 'recipient' },
    ],
  },
  // sendmail mail.local.c: "552 5.2.2" on a full quota, the Status sendmail takes from the mailer;
  // the exit status (X-Unix; 73, EX_CANTCREAT) yields to that specific code.
  {
    file: 'variants/unseen2/02-sendmail-x-unix-73-status-5.2.2.eml',
    kind: 'bounce',
    format: 'sendmail',
    recipients: [
      { address: 'uma@gw.example.com', status: '5.2.2', category: 'mailbox-full', owner: 'recipient' },
    ],
  },
  // sendmail deliver.c: a prog mailer that exits EX_TEMPFAIL (X-Unix; 75) is retried: no cause,
  // a delay (as Postfix's pipe writes it, "x-unix; temporary failure", postfix sys_exits.c).
  {
    file: 'variants/unseen2/03-sendmail-x-unix-75-delay.eml',
    kind: 'delay',
    format: 'sendmail',
    recipients: [
      { address: 'dee@example.com', status: '4.2.0', category: 'delayed', owner: 'none', action: 'delayed' },
    ],
  },
  // Courier module.dsn/dsn.C: the dialogue under the address (" >>> RCPT TO:<%s>", " <<< %s")
  // names the address again; postgrey's "Greylisted, see %s" through Postfix's "Recipient address
  // rejected:". The DSN's Status 4.0.0 yields to the reply's 4.2.0.
  {
    file: 'variants/unseen2/04-courier-delay-rcpt-dialogue.eml',
    kind: 'delay',
    format: 'courier',
    recipients: [
      {
        address: 'kim@b.example',
        status: '4.2.0',
        category: 'rate-limited',
        owner: 'sender-admin',
        action: 'delayed',
      },
    ],
  },
  // Exchange 2003 X-Supplementary-Info "<host #5.0.0 smtp;550 5.2.1 ...>": its catch-all code,
  // then the remote reply's own (sendmail's "Mailbox disabled for this recipient", 5.2.1).
  {
    file: 'variants/unseen2/05-exchange-supplementary-info-5.0.0-smtp-5.2.1.eml',
    kind: 'bounce',
    format: 'exchange',
    recipients: [
      {
        address: 'lee.park@fabrikam.example',
        status: '5.2.1',
        category: 'mailbox-inactive',
        owner: 'sender',
      },
    ],
  },
  // sendmail savemail.c "The following addresses had transient non-fatal errors" lists the address
  // alone; its transcript then gives "<%s>... Deferred: Connection refused by %s." (err.c,
  // SM_ADDR_DELIM "... "), the line that says why.
  {
    file: 'variants/unseen2/06-sendmail-warning-address-list-then-transcript.eml',
    kind: 'delay',
    format: 'sendmail',
    recipients: [
      {
        address: 'gil@example.org',
        status: '4.4.1',
        category: 'recipient-system',
        owner: 'recipient-admin',
        action: 'delayed',
      },
    ],
  },
];

const registry = FORMATS as FormatEntry[];
const ALL = [...registry];
const engine = registryEngine((bytes) => diagnose(bytes), registry);

describe('families the generic readers share with the recognizers', () => {
  test.each(CASES.map((c) => [c.file, c] as const))('%s', (_file, c) => {
    checkFixture(c);
    engine.withRecognizers(
      (r) => GENERIC.has(r.name),
      () => checkFixture({ ...c, format: 'rfc3464' }),
    );
    expect(registry).toEqual(ALL);
  });
});
