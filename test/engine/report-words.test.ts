// A recipient whose own lines give no reason takes the report's words, when the report names one
// recipient and its words say something specific (issue 9: "unknown" only when the message gives
// neither words nor a meaningful code). Reports written for this test in the shapes of text
// bounces whose reason sits above the address (a gateway's paragraph, a DSN whose Diagnostic-Code
// is missing while its text part states the reply).
import { diagnose } from '../../src/diagnosis';
import { reportWords } from '../../src/diagnosis/text/report-section';
import type { Category } from '../../src/diagnosis/types';

const head = (subject: string) =>
  [
    'From: Mail Delivery System <MAILER-DAEMON@mx.example.net>',
    'To: alice@example.com',
    `Subject: ${subject}`,
    'Auto-Submitted: auto-replied',
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=us-ascii',
    '',
  ].join('\r\n');

const textBounce = (lines: string[]) => `${head('Undeliverable mail')}\r\n${lines.join('\r\n')}\r\n`;

const dsnWithoutDiagnostic = (humanText: string, status = '5.0.0', diagnostic?: string) =>
  [
    'From: MAILER-DAEMON@mx.example.net',
    'To: alice@example.com',
    'Subject: Delivery status notification',
    'MIME-Version: 1.0',
    'Content-Type: multipart/report; report-type=delivery-status; boundary="b"',
    '',
    '--b',
    'Content-Type: text/plain',
    '',
    humanText,
    '',
    '--b',
    'Content-Type: message/delivery-status',
    '',
    'Reporting-MTA: dns; mx.example.net',
    '',
    'Final-Recipient: rfc822; bob@example.org',
    'Action: failed',
    `Status: ${status}`,
    ...(diagnostic ? [`Diagnostic-Code: smtp; ${diagnostic}`] : []),
    '',
    '--b--',
    '',
  ].join('\r\n');

const CASES: [name: string, message: string, category: Category, fromReport: boolean][] = [
  [
    'a reason paragraph above the one address',
    textBounce(['Your message could not be delivered: the mailbox is full.', '', '    bob@example.org']),
    'mailbox-full',
    true,
  ],
  [
    "a DSN whose text part states the server's reply",
    dsnWithoutDiagnostic(
      'Delivery failed. The server said: 550 5.7.26 Multiple authentication checks failed',
    ),
    'auth-failed',
    true,
  ],
  [
    'a catch-all code (5.5.0) yields to the words of the report',
    dsnWithoutDiagnostic('The recipient address was rejected: user unknown.', '5.5.0'),
    'recipient-unknown',
    true,
  ],
  [
    '"giving up" in the report does not replace the cause the reply names',
    dsnWithoutDiagnostic(
      'Too many failures, giving up.',
      '5.3.2',
      '421 4.3.2 mx.example.org Service shutting down',
    ),
    'recipient-system',
    false,
  ],
  [
    'the SMTP step the generic reader finds: a refusal at connection is of the sending host',
    textBounce([
      'The following address failed:',
      '',
      '    bob@example.org',
      '    SMTP error from remote mail server after initial connection:',
      '    550 Access denied',
    ]),
    'reputation-block',
    false,
  ],
  [
    'a quoted header block is not the report speaking (Message-ID)',
    textBounce([
      'Delivery to the following recipient failed:',
      '',
      '    bob@example.org',
      '',
      'Message-ID: <abc.def@example.com>',
      'Received: from mx.example.com',
      '  by mx.example.net; Tue, 14 May 2024 09:12:27 +0000',
    ]),
    'unknown',
    false,
  ],
  [
    "two recipients: the report's words may be either one's",
    textBounce([
      'Your message could not be delivered: the mailbox is full.',
      '',
      '    bob@example.org',
      '    carol@example.org',
    ]),
    'unknown',
    false,
  ],
];

describe("the report's words, for a recipient without its own", () => {
  test.each(CASES)('%s', (_name, message, category, fromReport) => {
    const d = diagnose(message);
    expect(d.kind).toBe('bounce');
    const r = d.recipients[0];
    expect(r?.category).toBe(category);
    const said = r?.evidence.some((e) => e.text.includes("read from the report's text")) ?? false;
    expect(said).toBe(fromReport);
  });
});

const WORDS: [name: string, section: string, expected: string][] = [
  [
    'header fields and their folded lines go; report fields stay',
    [
      'The mail system could not deliver it.',
      'Message-ID: <a@b>',
      'Received: from x',
      '\tby y',
      'Diagnostic-Code: smtp; 550 no such user',
      'X-Mailer: Something',
    ].join('\n'),
    ['The mail system could not deliver it.', 'Diagnostic-Code: smtp; 550 no such user'].join('\n'),
  ],
  ['the first characters only', 'abcdefghij', 'abcde'],
];

test("a general Status (5.0.0) takes the code of the report's words that decided", () => {
  const d = diagnose(
    dsnWithoutDiagnostic(
      'Delivery failed. The server said: 550 5.7.26 Multiple authentication checks failed',
    ),
  );
  expect(d.recipients[0]?.status).toBe('5.7.26');
});

test('a quoted header field names no recipient', () => {
  const d = diagnose(
    textBounce([
      'Delivery to the following recipient failed: no such user.',
      '',
      '    bob@example.org',
      '',
      'Message-ID: <abc.def@example.com>',
      'From: Alice <alice@sender.example>',
    ]),
  );
  expect(d.recipients.map((r) => [r.address, r.category])).toEqual([
    ['bob@example.org', 'recipient-unknown'],
  ]);
});

describe('reportWords', () => {
  test.each(WORDS)('%s', (_name, section, expected) => {
    const limit = section === 'abcdefghij' ? 5 : 4000;
    expect(reportWords(section, limit)).toBe(expected);
  });
});
