// Known misfires of issue 9 (rules4): each line is what a server really writes (source named), the
// category is the one its cause has. Addresses and hosts are invented.
import { diagnose } from '../../src/diagnosis';
import { classify } from '../../src/diagnosis/rules/classify';
import type { Category } from '../../src/diagnosis/types';
import { categoryOfLine, replyOf, type LineRow } from './rule-lines';

type Row = LineRow;

const MISFIRES: Record<string, Row[]> = {
  // Gmail sending limits (support.google.com/a/answer/166852, 3726730); Amazon SES sending quotas
  // (manage-sending-quotas-errors): a per-day or per-second cap is a rate limit, not a full mailbox
  // or a stopped account.
  'per-day sending caps': [
    ['550 5.4.5 Daily user sending limit exceeded.', '5.4.5', 'rate-limited'],
    ['550 5.4.5 Daily user sending quota exceeded.', '5.4.5', 'rate-limited'],
    ['550 5.4.5 Daily SMTP relay limit exceeded for user', '5.4.5', 'rate-limited'],
    ['550 5.7.1 Daily SMTP relay sending limit exceeded for this customer.', '5.7.1', 'rate-limited'],
    ['You have reached a limit for sending mail. Your message was not sent.', null, 'rate-limited'],
    ['454 Throttling failure: Daily message quota exceeded', null, 'rate-limited'],
    ['454 Throttling failure: Maximum sending rate exceeded', null, 'rate-limited'],
    ['550 Message would take you over your relay quota of 250', null, 'rate-limited'],
  ],
  // RFC 3463 X.2.2 and RFC 5321 552: the mailbox's quota. Cue words must not turn it into a rate limit.
  'a mailbox quota stays a full mailbox': [
    ['552 5.2.2 Quota limit exceeded', '5.2.2', 'mailbox-full'],
    ['Quota limit exceeded', '5.2.2', 'mailbox-full'],
    ['452 4.2.2 Quota limit exceeded', '4.2.2', 'mailbox-full'],
    ['552 Quota limit exceeded', null, 'mailbox-full'],
    ['452 Quota limit exceeded', null, 'mailbox-full'],
  ],
  // netqmail qmail-smtpd.c err_bmf; mailfront plugin-qmail-validate.c: the receiving site's own
  // block list of envelope senders (TAXONOMY recipient-policy: "block list"), not the sender's
  // account stopped by its own provider (sender-blocked)
  "qmail's badmailfrom": [
    ['553 sorry, your envelope sender is in my badmailfrom list (#5.7.1)', null, 'recipient-policy'],
    ['553 5.1.0 Sorry, your envelope sender is in my badmailfrom list.', '5.1.0', 'recipient-policy'],
  ],
  // Bigfoot's notice as GNU Sympa's anabounce reads it ("The destination mailbox (\\S+) is
  // unavailable"): the address inside the sentence does not hide its words.
  'an address between the words': [
    ['The destination mailbox bob@example.org is unavailable.', null, 'recipient-unknown'],
    ['The destination mailbox <bob@example.org> is unavailable.', null, 'recipient-unknown'],
  ],
};

describe.each(Object.entries(MISFIRES))('%s', (_name, rows) => {
  test.each(rows)('%s', (line, status, category) => {
    expect(categoryOfLine(line, status)).toBe(category);
  });
});

// "host ... does not exist" is the sender's DNS when the host named is under the sender's domain
// (sendmail cf/m4/proto.m4 check_mail, postfix reject_unknown_sender_domain); the recipient's
// when it names the recipient's, or when whose it is can't be told.
type Sided = [
  line: string,
  status: string | null,
  sender: string | null,
  recipient: string,
  category: Category,
];
const SIDES: Sided[] = [
  [
    '553 host mail.sender.example does not exist',
    null,
    'sender.example',
    'rcpt.example',
    'sender-infrastructure',
  ],
  [
    '553 host sender.example does not exist',
    '5.1.2',
    'sender.example',
    'rcpt.example',
    'sender-infrastructure',
  ],
  [
    '553 5.1.2 host rcpt.example does not exist',
    '5.1.2',
    'sender.example',
    'rcpt.example',
    'recipient-domain-invalid',
  ],
  [
    '553 5.1.2 host nowhere.example does not exist',
    '5.1.2',
    'sender.example',
    'rcpt.example',
    'recipient-domain-invalid',
  ],
  ['553 5.1.2 host sender.example does not exist', '5.1.2', null, 'rcpt.example', 'recipient-domain-invalid'],
  // one organization: whose it is can't be told from the name
  [
    '553 5.1.2 host sender.example does not exist',
    '5.1.2',
    'sender.example',
    'sender.example',
    'recipient-domain-invalid',
  ],
  // a longer name that only ends like the sender's is someone else's
  [
    '553 5.1.2 host notsender.example does not exist',
    '5.1.2',
    'sender.example',
    'rcpt.example',
    'recipient-domain-invalid',
  ],
  [
    '553 5.1.2 host sender.example.net does not exist',
    '5.1.2',
    'sender.example',
    'rcpt.example',
    'recipient-domain-invalid',
  ],
  // SoftBank (note.com/sendmagic, SoftBank): 553 when the envelope From domain has no DNS record
  ['553 sender.example does not exist', null, 'sender.example', 'i.softbank.jp', 'sender-infrastructure'],
  [
    '550 5.1.1 <bob@rcpt.example>: user does not exist',
    '5.1.1',
    'sender.example',
    'rcpt.example',
    'recipient-unknown',
  ],
];

describe('whose host does not exist', () => {
  test.each(SIDES)('%s', (line, status, sender, recipient, category) => {
    const c = classify({
      status,
      replyCode: replyOf(line),
      diagnostic: line,
      delayed: false,
      senderDomains: sender ? [sender] : [],
      recipientDomain: recipient,
    });
    expect(c.category).toBe(category);
  });
});

// End to end: the engine passes the sender's domains (the original From, its Return-Path, whom the
// bounce went to) and the recipient's with each recipient (recipient.ts, diagnose.ts).
const exim = (named: string) =>
  [
    'From: Mail Delivery System <Mailer-Daemon@mx.sender.example>',
    'To: list-bounces@sender.example',
    'Subject: Mail delivery failed: returning message to sender',
    '',
    'This message was created automatically by mail delivery software.',
    '',
    'A message that you sent could not be delivered to one or more of its',
    'recipients. This is a permanent error. The following address(es) failed:',
    '',
    '  bob@rcpt.example',
    '    host mx.rcpt.example [192.0.2.25]',
    '    SMTP error from remote mail server after end of data:',
    `    553 ${named} does not exist`,
    '',
    '------ This is a copy of the message, including all the headers. ------',
    '',
    'Return-path: <list-bounces@sender.example>',
    'From: Alice <alice@news.sender.example>',
    'To: bob@rcpt.example',
    'Subject: hello',
    '',
    'hello',
    '',
  ].join('\n');

test.each([
  ['sender.example', 'sender-infrastructure'],
  ['news.sender.example', 'sender-infrastructure'],
  ['elsewhere.example', 'recipient-unknown'],
])('a bounce whose 553 names %s: %s', (named, category) => {
  const r = diagnose(exim(named)).recipients[0];
  expect([r?.address, r?.category]).toEqual(['bob@rcpt.example', category]);
});

// OpenSMTPD's "Envelope expired" (mta.c / bounce.c) under 5.4.7 is no Exchange queue: expired, without
// Exchange Online's rule (and so without Microsoft's advice); Exchange's own "Message expired" keeps it.
test.each([
  ['Envelope expired', '5.4.7', 'registry.x.4.7'],
  ['4.4.7 Message expired', '4.4.7', 'exo.4.4.7-message-expired'],
])('%s (%s) reads on %s', (line, status, rule) => {
  const c = classify({ status, replyCode: replyOf(line), diagnostic: line, delayed: false });
  expect([c.category, c.rule]).toEqual(['expired', rule]);
});
