// Server words hard-wrapped by a client or relay, read back (text/wrapped.ts): only a line a wrap
// at 72 or more columns broke, only lines that go on with the sentence. And a multi-line reply of
// which a report's field kept the first line: the rest read back from the transcript.
import { continuedReply, unwrapDiagnostic } from '../../src/diagnosis/text/wrapped';

const W76 =
  'smtp.relecloud.example #<smtp.relecloud.example #5.7.1 smtp;550 5.7.1 Unable\nto relay> #SMTP#\n\nOriginal message headers:';

test.each([
  ['a line broken at 76 columns', 'smtp;550 5.7.1 Unable', W76, 'smtp;550 5.7.1 Unable to relay> #SMTP#'],
  [
    'two lines of a 72-column wrap',
    'Unable to deliver message to <taro@example.org> (and other recipients in the',
    'Unable to deliver message to <taro@example.org> (and other recipients in the\nsame domain). Please check if\n\n',
    'Unable to deliver message to <taro@example.org> (and other recipients in the same domain). Please check if',
  ],
  [
    'a short line is not a wrap',
    '552 5.2.2 quota exceeded for this mailbox',
    '<walt@example.net>:\n552 5.2.2 quota exceeded for this mailbox\ngiving up on 192.0.2.60.\n',
    '552 5.2.2 quota exceeded for this mailbox',
  ],
  [
    'a next line that starts a new statement',
    '550 5.2.2 <full@example.org>... Mailbox Full, the message could not be stored there',
    '550 5.2.2 <full@example.org>... Mailbox Full, the message could not be stored there\nunknown@example.org: 5.1.1 <unknown@example.org>... User Unknown\n',
    '550 5.2.2 <full@example.org>... Mailbox Full, the message could not be stored there',
  ],
  [
    'a next word that would have fitted',
    'Recipient address rejected: the mailbox is not there',
    'xxxxxxxxxx Recipient address rejected: the mailbox is not there\nin the list\n',
    'Recipient address rejected: the mailbox is not there',
  ],
  [
    'words that end a sentence',
    'The mailbox is full.',
    'x'.repeat(60) + ' The mailbox is full.\nand more\n',
    'The mailbox is full.',
  ],
])('%s', (_, diagnostic, text, want) => {
  expect(unwrapDiagnostic(diagnostic, text)).toBe(want);
});

const TRANSCRIPT = [
  '    (reason: 550-5.7.1 This message does not have authentication information or fails to pass)',
  '',
  '   ----- Transcript of session follows -----',
  '>>> DATA',
  '<<< 550-5.7.1 This message does not have authentication information or fails to pass',
  '<<< 550-5.7.1 authentication checks. To best protect our users from spam, the',
  '<<< 550 5.7.1 message has been blocked. 37si3479471pgw.590 - gsmtp',
  '554 5.0.0 Service unavailable',
].join('\n');

test.each([
  [
    "the transcript's lines after another copy of the first (sendmail)",
    '550-5.7.1 This message does not have authentication information or fails to pass',
    TRANSCRIPT,
    '550-5.7.1 This message does not have authentication information or fails to pass 550-5.7.1 authentication checks. To best protect our users from spam, the 550 5.7.1 message has been blocked. 37si3479471pgw.590 - gsmtp',
  ],
  [
    'lines without the "<<<" prefix',
    '421-4.7.0 Try again later,',
    'x\n421-4.7.0 Try again later,\n421 4.7.0 closing connection.\n',
    '421-4.7.0 Try again later, 421 4.7.0 closing connection.',
  ],
  [
    'a reply already whole',
    '550-5.7.1 Blocked 550 5.7.1 by policy',
    '550-5.7.1 Blocked\n550 5.7.1 by policy\n',
    '550-5.7.1 Blocked 550 5.7.1 by policy',
  ],
  [
    'a one-line reply',
    '550 5.1.1 No such user',
    '550 5.1.1 No such user\n550 5.1.1 again\n',
    '550 5.1.1 No such user',
  ],
  [
    'a next line with another code',
    '451-4.3.0 Temporary failure',
    '451-4.3.0 Temporary failure\n550 5.1.1 other\n',
    '451-4.3.0 Temporary failure',
  ],
])('multi-line reply: %s', (_, diagnostic, text, want) => {
  expect(continuedReply(diagnostic, text)).toBe(want);
});
