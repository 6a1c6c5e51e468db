// RFC 3676 format=flowed, undone by the MIME layer: soft breaks (a trailing space) joined, DelSp,
// space-stuffing, quote depth, and the signature separator, which is never soft.
import { diagnose } from '../../src/diagnosis';
import { unflow } from '../../src/diagnosis/mime/flowed';

describe('unflow', () => {
  test.each([
    ['a soft break joins', 'The mail server \nsaid no.', false, 'The mail server said no.'],
    ['a hard break stays', 'line one\nline two', false, 'line one\nline two'],
    ['DelSp removes the space of a soft break', 'abc \ndef', true, 'abcdef'],
    ['space-stuffing is removed', ' From here\n >not a quote', false, 'From here\n>not a quote'],
    [
      'quoted lines join at the same depth',
      '> 550 5.1.1 \n> user unknown',
      false,
      '> 550 5.1.1 user unknown',
    ],
    ['a change of depth ends the paragraph', '> quoted \nnot quoted', false, '> quoted \nnot quoted'],
    ['the signature separator is not soft', '-- \nAlice', false, '-- \nAlice'],
    ['a soft last line is kept', 'end ', false, 'end '],
  ])('%s', (_, text, delSp, want) => {
    expect(unflow(text, delSp)).toBe(want);
  });
});

test('a flowed notice is read as the lines it was written in', () => {
  const mail = [
    'From: Mail Delivery System <MAILER-DAEMON@mx.example.net>',
    'To: alice@example.com',
    'Subject: Undelivered Mail Returned to Sender',
    'Content-Type: text/plain; charset=utf-8; format=flowed',
    '',
    "I'm sorry to have to inform you that your message could not ",
    'be delivered to one or more recipients.',
    '',
    '<bob@example.org>: host mx.example.org[192.0.2.7] said: 550 5.1.1 ',
    '<bob@example.org>: Recipient address rejected: User unknown in ',
    'virtual mailbox table (in reply to RCPT TO command)',
    '',
  ].join('\n');
  const d = diagnose(mail);
  expect(d.recipients.map((r) => [r.address, r.status, r.category])).toEqual([
    ['bob@example.org', '5.1.1', 'recipient-unknown'],
  ]);
});
