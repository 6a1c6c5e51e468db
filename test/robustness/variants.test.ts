// The same bounce, written differently: LF, CRLF or CR line ends; the report text in UTF-8,
// ISO-8859-1, ISO-2022-JP or Shift_JIS, as 8bit, quoted-printable or base64; the headers in plain
// ASCII, RFC 2047 encoded words or raw 8-bit UTF-8. Every variant gives the same diagnosis, and the
// server's words decode to the same text. The Japanese bytes are written out by hand.
import { diagnose, type Diagnosis } from '../../src/diagnosis/index';

const ESC_JIS = [0x1b, 0x24, 0x42]; // ESC $ B: JIS X 0208
const ESC_ASCII = [0x1b, 0x28, 0x42]; // ESC ( B
/** "ユーザー不明" (user unknown) in JIS X 0208 row/cell bytes and in Shift_JIS. */
const JIS_USER_UNKNOWN = [0x25, 0x66, 0x21, 0x3c, 0x25, 0x36, 0x21, 0x3c, 0x49, 0x54, 0x4c, 0x40];
const SJIS_USER_UNKNOWN = [0x83, 0x86, 0x81, 0x5b, 0x83, 0x55, 0x81, 0x5b, 0x95, 0x73, 0x96, 0xbe];
const JA = 'ユーザー不明';
const DE = 'Empfänger unbekannt, Zustellung für immer fehlgeschlagen';

type Charset = 'utf-8' | 'iso-8859-1' | 'iso-2022-jp' | 'shift_jis';
type Cte = '8bit' | 'quoted-printable' | 'base64';
type Ends = '\n' | '\r\n' | '\r';
type HeaderStyle = 'ascii' | 'encoded-word' | '8bit';

/** The words in the given charset, as bytes. */
function encodeWords(text: string, charset: Charset): number[] {
  if (charset === 'utf-8') return [...Buffer.from(text, 'utf8')];
  if (charset === 'iso-8859-1') return [...Buffer.from(text, 'latin1')];
  if (text !== JA) throw new Error(`no hand encoding of ${text} in ${charset}`);
  return charset === 'shift_jis' ? SJIS_USER_UNKNOWN : [...ESC_JIS, ...JIS_USER_UNKNOWN, ...ESC_ASCII];
}

const ascii = (s: string) => [...Buffer.from(s, 'latin1')];

/** Base64 hides the line ends of the text from the rest of the message: they are `ends` too. */
function transferEncode(body: number[], cte: Cte, ends: Ends): number[] {
  if (cte === '8bit') return body;
  if (cte === 'base64')
    return ascii(
      (
        Buffer.from(withEnds(body, ends))
          .toString('base64')
          .match(/.{1,76}/g) ?? []
      ).join('\n'),
    );
  // Quoted-printable: every byte outside printable ASCII (and "=") as =XX; lines are short already.
  const out: number[] = [];
  for (const b of body) {
    if (b === 10 || (b >= 32 && b < 127 && b !== 61)) out.push(b);
    else out.push(...ascii(`=${b.toString(16).toUpperCase().padStart(2, '0')}`));
  }
  return out;
}

function subjectHeader(words: string, charset: Charset, style: HeaderStyle): number[] {
  if (style === 'ascii') return ascii('Subject: Undelivered Mail Returned to Sender');
  if (style === '8bit') return [...ascii('Subject: Undelivered Mail: '), ...Buffer.from(words, 'utf8')];
  const b64 = Buffer.from(encodeWords(words, charset)).toString('base64');
  return ascii(`Subject: Undelivered Mail: =?${charset}?B?${b64}?=`);
}

/** A Postfix-style report: a text part in the charset with the server's words, and a DSN. */
function bounce(words: string, charset: Charset, cte: Cte, header: HeaderStyle, ends: Ends): Buffer {
  const line = (s: string | number[]) => (typeof s === 'string' ? ascii(s) : s);
  const text: (string | number[])[] = [
    'This is the mail system at host mx.example.net.',
    '',
    "I'm sorry to have to inform you that your message could not",
    'be delivered to one or more recipients.',
    '',
    '<kenji@example.jp>: host mail.example.jp[192.0.2.44] said: 550 5.1.1',
    [
      ...ascii('    <kenji@example.jp>... '),
      ...encodeWords(words, charset),
      ...ascii(' (in reply to RCPT TO command)'),
    ],
    '',
  ];
  const textBytes = text.flatMap((l) => [...line(l), 10]);
  const parts: (string | number[])[] = [
    fromHeader(header),
    'To: juergen@example.com',
    subjectHeader(words, charset, header),
    'Date: Mon, 10 Mar 2025 08:00:00 +0000',
    'Message-ID: <variants@mx.example.net>',
    'MIME-Version: 1.0',
    'Content-Type: multipart/report; report-type=delivery-status; boundary="v-b"',
    '',
    '--v-b',
    `Content-Type: text/plain; charset=${charset}`,
    `Content-Transfer-Encoding: ${cte}`,
    '',
    transferEncode(textBytes, cte, ends),
    '--v-b',
    'Content-Type: message/delivery-status',
    '',
    'Reporting-MTA: dns; mx.example.net',
    '',
    'Final-Recipient: rfc822; kenji@example.jp',
    'Action: failed',
    'Status: 5.1.1',
    'Remote-MTA: dns; mail.example.jp',
    '',
    '--v-b--',
    '',
  ];
  return Buffer.from(
    withEnds(
      parts.flatMap((l) => [...line(l), 10]),
      ends,
    ),
  );
}

function withEnds(lf: number[], ends: Ends): number[] {
  const out: number[] = [];
  for (const b of lf) {
    if (b === 10) out.push(...(ends === '\n' ? [10] : ends === '\r' ? [13] : [13, 10]));
    else out.push(b);
  }
  return out;
}

const SENDER = 'Système de messagerie';

function fromHeader(style: HeaderStyle): number[] {
  const addr = ascii(' <MAILER-DAEMON@mx.example.net>');
  if (style === 'ascii') return [...ascii('From: Mail Delivery System'), ...addr];
  if (style === '8bit') return [...ascii('From: '), ...Buffer.from(SENDER, 'utf8'), ...addr];
  return [...ascii(`From: =?utf-8?B?${Buffer.from(SENDER, 'utf8').toString('base64')}?=`), ...addr];
}

/** What must not change from one variant to another. The rule id may: the German words are
 *  classified by their own (localized) row when they can be read, by the status code when not. */
const essence = (d: Diagnosis) => ({
  kind: d.kind,
  format: d.format,
  reportingMta: d.reportingMta,
  recipients: d.recipients.map((r) => ({
    address: r.address,
    action: r.action,
    status: r.status,
    replyCode: r.replyCode,
    remoteMta: r.remoteMta,
    category: r.category,
    owner: r.owner,
    permanent: r.permanent,
  })),
  notes: d.notes,
});

const ENDS: Ends[] = ['\n', '\r\n', '\r'];
const CTES: Cte[] = ['8bit', 'quoted-printable', 'base64'];
const HEADERS: HeaderStyle[] = ['ascii', 'encoded-word', '8bit'];
const GROUPS: { words: string; charsets: Charset[] }[] = [
  { words: JA, charsets: ['utf-8', 'iso-2022-jp', 'shift_jis'] },
  { words: DE, charsets: ['utf-8', 'iso-8859-1'] },
];

describe('line-end and encoding variants of one bounce', () => {
  const baseline = diagnose(bounce(JA, 'utf-8', '8bit', 'ascii', '\n'));

  it('the baseline is read', () => {
    expect(baseline.kind).toBe('bounce');
    expect(baseline.recipients.map((r) => [r.address, r.status, r.category])).toEqual([
      ['kenji@example.jp', '5.1.1', 'recipient-unknown'],
    ]);
    expect(baseline.recipients[0]?.diagnostic).toContain(JA);
  });

  it('the hand-written Japanese bytes are what they claim', () => {
    expect(new TextDecoder('shift_jis').decode(Uint8Array.from(SJIS_USER_UNKNOWN))).toBe(JA);
    expect(new TextDecoder('iso-2022-jp').decode(Uint8Array.from(encodeWords(JA, 'iso-2022-jp')))).toBe(JA);
  });

  for (const { words, charsets } of GROUPS) {
    for (const charset of charsets) {
      for (const cte of CTES) {
        it(`${charset}, ${cte}: every line end and header style gives the same diagnosis and words`, () => {
          const first = diagnose(bounce(words, charset, cte, 'ascii', '\n'));
          expect(essence(first)).toEqual(essence(baseline));
          expect(first.recipients[0]?.diagnostic).toContain(words);
          for (const ends of ENDS) {
            for (const header of HEADERS) {
              const d = diagnose(bounce(words, charset, cte, header, ends));
              expect({ ends, header, ...essence(d) }).toEqual({ ends, header, ...essence(baseline) });
              expect(d.recipients[0]?.diagnostic).toBe(first.recipients[0]?.diagnostic);
              if (header !== 'ascii') expect(d.subject).toBe(`Undelivered Mail: ${words}`);
              if (header !== 'ascii') expect(d.from).toBe(`${SENDER} <MAILER-DAEMON@mx.example.net>`);
            }
          }
        });
      }
    }
  }

  it('a wrong or unknown charset label changes the words, not the diagnosis', () => {
    for (const label of ['x-unknown', 'no-such-charset', 'us-ascii', 'iso-2022-jp']) {
      const wrong = bounce(DE, 'iso-8859-1', '8bit', 'ascii', '\r\n')
        .toString('latin1')
        .replace('charset=iso-8859-1', `charset=${label}`);
      expect(essence(diagnose(Buffer.from(wrong, 'latin1')))).toEqual(essence(baseline));
    }
  });

  it('a pasted string (not bytes) gives the same diagnosis', () => {
    const bytes = bounce(JA, 'utf-8', '8bit', '8bit', '\r\n');
    expect(essence(diagnose(bytes.toString('utf8')))).toEqual(essence(baseline));
    expect(essence(diagnose(bytes.toString('latin1')))).toEqual(essence(baseline));
  });
});
