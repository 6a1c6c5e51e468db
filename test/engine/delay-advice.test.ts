// A delay is still being retried: whatever its cause (a full mailbox, greylisting, a refused
// connection), the person is told to wait, never to send again; the admin gets the cause's advice.
// README, "One decision per cause": a delay never says to send again.
import fs from 'node:fs';
import path from 'node:path';
import { diagnose } from '../../src/diagnosis';
import { CATEGORY_WORDS } from '../../src/diagnosis/category-words';
import type { Category } from '../../src/diagnosis/types';

const FIXTURES = path.join(__dirname, '../fixtures');

const CASES: [file: string, cause: Category][] = [
  ['amazon-ses/delivery-delay.eml', 'mailbox-full'],
  ['courier/source-delayed-connection-refused.eml', 'recipient-system'],
  ['courier/source-delayed-quota.eml', 'mailbox-full'],
  ['exim/delay-warning.eml', 'sender-infrastructure'],
  ['policy-daemons/postgrey-greylisted-delay.eml', 'rate-limited'],
];

test.each(CASES)('%s: wait (a delay of cause %s), with the cause for the admin', (file, cause) => {
  const d = diagnose(fs.readFileSync(path.join(FIXTURES, file)));
  const r = d.recipients[0];
  expect(r?.action).toBe('delayed');
  expect(r?.remediation.user).toBe(CATEGORY_WORDS.delayed.user);
  expect(r?.remediation.user).not.toMatch(/send (it )?again/i);
  expect(r?.remediation.admin).toBe(CATEGORY_WORDS[cause].admin);
});
