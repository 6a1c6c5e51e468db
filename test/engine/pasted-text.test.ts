// Text pasted into the pane's box without its header block ("the whole message, or just its
// text"): whoever pastes it asks for a bounce to be read, so every recognizer may read it and the
// weaker readings of a clear bounce apply, as when a mail system's sender said so. Each case is a
// fixture's body alone, which must read as the whole message does.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { diagnose } from '../../src/diagnosis';
import type { Diagnosis } from '../../src/diagnosis/types';

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
