// The provider recognizers on hostile text: random pieces spliced into their own report layouts
// never throw, and long runs of the characters their patterns look for stay fast.
import fc from 'fast-check';
import { diagnose } from '../../src/diagnosis';

const GMAIL_HEAD =
  'From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>\nSubject: Delivery Status Notification (Failure)\n';
const LAYOUTS: ((piece: string) => string)[] = [
  (p) =>
    `${GMAIL_HEAD}\nDelivery to the following recipient failed permanently:\n\n     ${p}@example.org\n\nTechnical details of permanent failure:\n${p}\nThe error that the other server returned was:\n${p}\n`,
  (p) =>
    `${GMAIL_HEAD}X-Failed-Recipients: team@example.org\n\n** ${p} **\n\n${p}\n\nThe response was:\n\n${p}\n`,
  (p) =>
    `${GMAIL_HEAD}X-Failed-Recipients: group@googlegroups.com\n\nHello,\n\n${p}\n\nhttps://groups.google.com/support/\n`,
  (p) =>
    `From: MAILER-DAEMON@yahoo.com\nSubject: Failure Notice\n\nSorry, we were unable to deliver your message to the following address.\n\n<${p}@example.org>:\nRemote host said: ${p} [RCPT_TO]\n`,
  (p) =>
    `From: no-reply@sns.amazonaws.com\nSubject: AWS Notification Message\n\n{"notificationType":"Bounce","bounce":{"bouncedRecipients":[{"emailAddress":"a@example.org","diagnosticCode":"${p}"}]},"mail":{}${p}`,
  (p) =>
    `From: mailer-daemon@mail.zoho.com\nX-ZohoMail: Si\nSubject: Undelivered\n\na@example.org Invalid Address, ERROR_CODE :${p}, ERROR_CODE :${p}\n[Status: Error, Address: <b@example.org>, ResponseCode ${p}]\n`,
  (p) =>
    `From: mailer-daemon@corp.mail.ru\nSubject: Mail failure.\n\nThis message was created automatically by mail delivery software.\n\n  ${p}@example.org\n    ${p}\n`,
];

describe('provider recognizers on hostile text', () => {
  test('random pieces never make diagnose fail', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: LAYOUTS.length - 1 }),
        fc.string({ maxLength: 300 }),
        (i, piece) => {
          const d = diagnose((LAYOUTS[i] as (p: string) => string)(piece));
          expect(d.evidence.some((e) => e.role === 'error')).toBe(false);
        },
      ),
      { numRuns: 400 },
    );
  });

  test('long runs of braces, quotes, stars and dots stay fast', () => {
    const runs = [
      '{"'.repeat(40000),
      '\\"'.repeat(40000),
      '*'.repeat(80000),
      'a.'.repeat(40000),
      ' by x.'.repeat(20000),
    ];
    const started = Date.now();
    for (const r of runs) for (const layout of LAYOUTS) diagnose(layout(r));
    expect(Date.now() - started).toBeLessThan(8000);
  });
});
