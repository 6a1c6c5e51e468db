// Before "unknown": cue words, then the reply code's own meaning; "unknown" only without either.
import { classify } from '../../src/diagnosis/rules/classify';
import type { Category } from '../../src/diagnosis/types';

const CASES: [text: string, reply: string | null, category: Category, rule: string][] = [
  ['451 please reduce your frequency', '451', 'rate-limited', 'broad.cue-rate-limited'],
  ['550 storage capacity reached for this box', '550', 'mailbox-full', 'broad.cue-mailbox-full'],
  ['550 that box is frozen', '550', 'mailbox-inactive', 'broad.cue-mailbox-inactive'],
  ['554 the files looked phishy', '554', 'content-rejected', 'broad.cue-content-rejected'],
  ['550 sorry, no permission for that list', '550', 'recipient-policy', 'broad.cue-recipient-policy'],
  ['550 posting not permitted here', '550', 'recipient-policy', 'broad.cue-recipient-policy'],
  ['550 please login before you send', '550', 'sender-blocked', 'broad.cue-sender-blocked'],
  ['550 you are not authenticated', '550', 'sender-blocked', 'broad.cue-sender-blocked'],
  // A bare refusal word names no cause: a cause's cue word beside it does (classifier.ts REFUSAL_CAUSES);
  // "policy" itself, or only an address's or a user's words, keep the refusal the receiver's rule.
  ['554 message refused: content', '554', 'content-rejected', 'broad.cue-content-rejected'],
  ['550 request denied: sending frequency', '550', 'rate-limited', 'broad.cue-rate-limited'],
  ['550 rejected by local policy: sender listed', '550', 'recipient-policy', 'broad.policy'],
  ['550 mail for this user refused', '550', 'recipient-policy', 'broad.policy'],
  ['552 requested mail action aborted', '552', 'mailbox-full', 'class.reply-552'],
  ['521 example.org', '521', 'recipient-domain-invalid', 'class.reply-521'],
  ['553 sorry', '553', 'recipient-unknown', 'class.reply-553'],
  ['554 sorry', '554', 'unknown', 'class.unknown'],
  ['sorry', null, 'unknown', 'class.unknown'],
];

describe('classify before unknown', () => {
  test.each(CASES)('%s', (text, reply, category, rule) => {
    const c = classify({ status: null, replyCode: reply, diagnostic: text, delayed: false });
    expect([c.category, c.rule]).toEqual([category, rule]);
  });

  test('a delay without a cause stays "delayed" whatever the cue words', () => {
    const c = classify({
      status: null,
      replyCode: '451',
      diagnostic: '451 please reduce your frequency',
      delayed: true,
    });
    expect(c.category).toBe('delayed');
  });
});

// Token boundaries and shadowing (issue 9, shape 4).
const SHAPE4: [text: string, status: string | null, category: Category][] = [
  ['550 5.7.1 Rejected by Mimecast: envelope rejected', '5.7.1', 'recipient-policy'],
  ['550 message for Dane Smith refused', null, 'recipient-policy'],
  ['550 sender domain does not exist', null, 'sender-infrastructure'],
  ['554 outbound spam detected from your account', null, 'sender-blocked'],
  ['550 user not listed in directory', null, 'recipient-unknown'],
  [
    '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup',
    '5.1.10',
    'recipient-unknown',
  ],
  ["552 5.2.2 Message exceeds the recipient's mailbox quota", '5.2.2', 'mailbox-full'],
  ['550 5.7.1 Relaying not permitted for this host', '5.7.1', 'relay-denied'],
  ['421 4.7.0 IP greylisted, come back later', '4.7.0', 'rate-limited'],
];

describe('token boundaries and shadowing', () => {
  test.each(SHAPE4)('%s', (text, status, category) => {
    const reply = /^[245]\d\d\b/.exec(text)?.[0] ?? null;
    expect(classify({ status, replyCode: reply, diagnostic: text, delayed: false }).category).toBe(category);
  });
});
