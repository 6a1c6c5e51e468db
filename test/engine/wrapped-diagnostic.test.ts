// Server words hard-wrapped by a client or relay, read back (text/wrapped.ts): only a line a wrap
// at 72 or more columns broke, only lines that go on with the sentence.
import { unwrapDiagnostic } from '../../src/diagnosis/text/wrapped';

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
