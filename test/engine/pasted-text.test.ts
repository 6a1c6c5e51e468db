// Text pasted into the pane's box without its header block ("the whole message, or just its
// text"): whoever pastes it asks for a bounce to be read, so every recognizer may read it and the
// weaker readings of a clear bounce apply, as when a mail system's sender said so. Each case is a
// fixture's body alone, which must read as the whole message does.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { diagnose } from '../../src/diagnosis';
import type { Category, Diagnosis } from '../../src/diagnosis/types';

const FIXTURES = path.join(__dirname, '../fixtures');

const bodyOf = (raw: string) => raw.slice(raw.replace(/\r\n/g, '\n').indexOf('\n\n') + 2);
const essence = (d: Diagnosis) => ({
  kind: d.kind,
  recipients: d.recipients.map((r) => [r.address.toLowerCase(), r.category]).sort(),
});

test.each([
  'parser-families/flufl/qmail-were-sorry.eml',
  'parser-families/flufl/smtp32-unknown-user.eml',
  'parser-families/flufl/pla-no-such-user-here.eml',
  'parser-families/flufl/postfix-failure-reason.eml',
  'parser-families/flufl/lsmtp-two-errors.eml',
  'parser-families/flufl/mxlogic-address-failed.eml',
  'xmail/mailbox-size.eml',
  'qmail/clone-spanish.eml',
])('%s, its text alone, reads as the whole message', (file) => {
  const raw = fs.readFileSync(path.join(FIXTURES, file), 'latin1');
  const whole = diagnose(Buffer.from(raw, 'latin1'));
  expect(whole.kind).toBe('bounce');
  expect(essence(diagnose(Buffer.from(bodyOf(raw), 'latin1')))).toEqual(essence(whole));
});

test.each([
  [
    'a note to a colleague',
    'Hi Bob,\n\nCan you send me the report by Friday? My other address is alice@example.com.\n\nAlice',
  ],
  [
    'an out-of-office text',
    'I am out of the office until Monday. For urgent matters write to bob@example.org.',
  ],
  [
    'a shipping notice',
    'Your order #1234 has shipped and will be delivered by Thursday. Questions? support@shop.example',
  ],
])('%s pasted alone is still no bounce', (_what, text) => {
  expect(diagnose(text).kind).toBe('not-a-bounce');
});

// Text pasted into the pane's box without its headers: the words that only a mail system writes
// stand in for the sender that would sign it, so an address with no server reply near it is still
// the recipient; the sender sendmail's framing names ("from <address>") is not; text without those
// words names no recipient.
const PASTED: [name: string, text: string, expected: [address: string, category: Category][]][] = [
  [
    'a transcript whose reply has no code (VMS MX under sendmail)',
    '----- Transcript of session follows -----\n\n>>> RCPT To:<bob@example.org>\n%MAIL-E-NOSUCHUSR, no such user BOB at node EXAMPLE\n',
    [['bob@example.org', 'recipient-unknown']],
  ],
  [
    "sendmail's framing with the sender's address on its from line (Zoho's)",
    'This message was created automatically by mail delivery system.\n\nThe original message was received at Tue, 4 Mar 2025 01:12:00 -0800\nfrom pat@example.com [pat@example.com]\n\n----- The following addresses had fatal errors -----\n[Status: Error, Address: <cy@example.net>, ResponseCode 550, , User unknown.]\n',
    [['cy@example.net', 'recipient-unknown']],
  ],
];

describe('text pasted without its headers, by its words', () => {
  test.each(PASTED)('%s', (_name, text, expected) => {
    const d = diagnose(Buffer.from(text, 'utf8'));
    expect(d.recipients.map((r) => [r.address, r.category])).toEqual(expected);
  });
});
