// The header block a mail client writes above a message it forwards inline, read back
// (text/forwarded.ts): with a separator line above it, or with Outlook's "Sent" field; never a
// bounce's returned headers.
import { LOCALIZED_WORDS } from '../../src/diagnosis/localized-words';
import { forwardedBlock } from '../../src/diagnosis/text/forwarded';

const cases: [string, string, { from: string; subject: string } | null][] = [
  [
    'Outlook, plain text',
    'See below.\n\n-----Original Message-----\nFrom: Mail Delivery System <MAILER-DAEMON@mx.example.net>\nSent: Friday, December 4, 2026 1:59 PM\nTo: alice@example.com\nSubject: Undelivered Mail Returned to Sender\n\nThis is the mail system',
    {
      from: 'Mail Delivery System <MAILER-DAEMON@mx.example.net>',
      subject: 'Undelivered Mail Returned to Sender',
    },
  ],
  [
    'Outlook on the web (an <hr>, no separator line), German',
    '\nVon: Microsoft Outlook <postmaster@example.org>\nGesendet: Freitag, 4. Dezember 2026 13:59\nAn: kim@example.org\nBetreff: Unzustellbar: Budget\n\nIhre Nachricht',
    { from: 'Microsoft Outlook <postmaster@example.org>', subject: 'Unzustellbar: Budget' },
  ],
  [
    'Outlook, French (a space before the colon)',
    "-----Message d'origine-----\nDe : MAILER-DAEMON@mx.example.net\nEnvoyé : vendredi 4 décembre 2026 13:59\nÀ : alice@example.com\nObjet : Échec de remise\n\ntext",
    { from: 'MAILER-DAEMON@mx.example.net', subject: 'Échec de remise' },
  ],
  [
    'Outlook, Japanese',
    '-----Original Message-----\n差出人: postmaster@example.jp\n送信日時: 2026年12月4日 13:59\n宛先: taro@example.jp\n件名: 配信不能\n\ntext',
    { from: 'postmaster@example.jp', subject: '配信不能' },
  ],
  [
    'Gmail',
    '\n\n---------- Forwarded message ---------\nFrom: Mail Delivery Subsystem <mailer-daemon@googlemail.com>\nDate: Fri, Dec 4, 2026 at 1:59 PM\nSubject: Delivery Status Notification (Failure)\nTo: <alice@example.com>\n\n\nAddress not found',
    {
      from: 'Mail Delivery Subsystem <mailer-daemon@googlemail.com>',
      subject: 'Delivery Status Notification (Failure)',
    },
  ],
  [
    'Apple Mail, quote marks already removed',
    'Begin forwarded message:\n\nFrom: MAILER-DAEMON@mx.example.net\nSubject: Returned mail\nDate: 4 December 2026 at 13:59:00 GMT\nTo: alice@example.com\n\ntext',
    { from: 'MAILER-DAEMON@mx.example.net', subject: 'Returned mail' },
  ],
  [
    'Thunderbird, German, tab after the label',
    '-------- Weitergeleitete Nachricht --------\nBetreff: \tUndelivered Mail\nDatum: \tFri, 4 Dec 2026 13:59:00 +0000\nVon: \tMAILER-DAEMON@mx.example.net\nAn: \talice@example.com\n\ntext',
    { from: 'MAILER-DAEMON@mx.example.net', subject: 'Undelivered Mail' },
  ],
  [
    "a bounce's returned headers are not a forward",
    'This is the mail system.\n\n<bob@example.org>: user unknown\n\nFrom: alice@example.com\nDate: Fri, 4 Dec 2026 13:59:00 +0000\nTo: bob@example.org\nSubject: Lunch\n\nHi Bob',
    null,
  ],
  ['a separator without a block', '-----Original Message-----\nHello there\n', null],
  ['a block without a From', '-----Original Message-----\nSent: Friday\nSubject: x\n\ntext', null],
];

test.each(cases)('%s', (_, text, want) => {
  const b = forwardedBlock(text, LOCALIZED_WORDS);
  if (want === null) expect(b).toBeNull();
  else {
    expect(b && { from: b.from, subject: b.subject }).toEqual(want);
    expect(text.slice(b?.bodyStart).trim().length).toBeGreaterThan(0);
  }
});

test('linear on hostile text: many label lines and separators', () => {
  const text = '-----Original Message-----\n'.repeat(5000) + 'From: x\n'.repeat(20000);
  expect(forwardedBlock(text, LOCALIZED_WORDS)).toBeNull();
});
