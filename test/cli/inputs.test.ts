// What a file may hold, read by content: a message, gzip (once), an Outlook .msg, an mbox, and a
// maildir folder (cur/ and new/ only). Each broken form gets its own per-file error.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { gzipSync } from 'node:zlib';
import { looksBinary, readMessages, splitMbox, streamMbox } from '../../src/cli/inputs';
import { diagnose } from '../../src/diagnosis/index';
import { buildMsg } from '../office/msg-fixture';
import { dsn, FULL, mbox, UNKNOWN } from './fixtures';

const ONE = dsn({
  recipients: [UNKNOWN('gone@big.example')],
  date: 'Tue, 4 Mar 2025 09:12:40 +0000',
  reportingMta: 'mta1.example.net',
});
const TWO = dsn({
  recipients: [FULL('full@small.example')],
  date: 'Wed, 5 Mar 2025 10:00:00 +0000',
  reportingMta: 'mta2.example.net',
});

const OUTLOOK_NDR = buildMsg({
  messageClass: 'REPORT.IPM.Note.NDR',
  subject: 'Undeliverable: Our March newsletter',
  senderName: 'Microsoft Outlook',
  senderEmail: 'postmaster@news.example.com',
  body:
    'Delivery has failed to these recipients or groups:\r\n\r\nmissing@remote.example\r\n' +
    "The email address you entered couldn't be found.\r\n\r\n" +
    "Remote Server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'",
});

/** Each message's file (relative to the folder) and its first recipient or its error. */
function read(target: string, base: string): [string, string][] {
  return [...readMessages(target)].map((m) => [
    path.relative(base, m.file) || path.basename(m.file),
    m.bytes ? (diagnose(m.bytes).recipients[0]?.address ?? 'no recipient') : `error: ${m.error}`,
  ]);
}

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bounce-lens-inputs-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('one file, read by what it holds', () => {
  it.each<[string, () => Uint8Array, [string, string][]]>([
    ['plain.eml', () => Buffer.from(ONE), [['plain.eml', 'gone@big.example']]],
    ['report.eml.gz', () => gzipSync(ONE), [['report.eml.gz', 'gone@big.example']]],
    [
      'box.mbox.gz',
      () => gzipSync(mbox([ONE, TWO])),
      [
        ['box.mbox.gz#1', 'gone@big.example'],
        ['box.mbox.gz#2', 'full@small.example'],
      ],
    ],
    ['saved.msg', () => OUTLOOK_NDR, [['saved.msg', 'missing@remote.example']]],
    // A .msg saved under another name is still a .msg: the content decides, not the name.
    ['saved.eml', () => OUTLOOK_NDR, [['saved.eml', 'missing@remote.example']]],
    ['compressed.msg.gz', () => gzipSync(OUTLOOK_NDR), [['compressed.msg.gz', 'missing@remote.example']]],
    [
      'broken.msg',
      () => OUTLOOK_NDR.slice(0, 700), // cut short: the signature, then no directory
      [['broken.msg', 'error: an Outlook .msg that could not be read']],
    ],
    [
      'bad.gz',
      () => Buffer.concat([Buffer.from([0x1f, 0x8b, 8, 0]), Buffer.from('not deflate at all')]),
      [['bad.gz', 'error: not a readable gzip file']],
    ],
    ['double.gz', () => gzipSync(gzipSync(ONE)), [['double.gz', 'error: gzip inside gzip; not read']]],
    ['empty.gz', () => gzipSync(Buffer.alloc(0)), [['empty.gz', 'error: empty once uncompressed']]],
  ])('%s', (name, bytes, expected) => {
    const file = path.join(dir, name);
    fs.writeFileSync(file, bytes());
    // Errors may add the library's reason after the words we write; the words come first.
    const got = read(file, dir).map(([f, what], i) => [f, what.slice(0, expected[i]?.[1].length)]);
    expect(got).toEqual(expected);
  });
});

describe('folders', () => {
  it('a maildir gives its cur/ and new/ messages, not tmp/ or its index files', () => {
    const md = path.join(dir, 'Maildir');
    for (const sub of ['cur', 'new', 'tmp']) fs.mkdirSync(path.join(md, sub), { recursive: true });
    fs.writeFileSync(path.join(md, 'cur', '1741079560.M1P2.host:2,S'), ONE);
    fs.writeFileSync(path.join(md, 'new', '1741169000.M3P4.host'), TWO);
    fs.writeFileSync(path.join(md, 'tmp', '1741169999.M5P6.host'), 'half written');
    fs.writeFileSync(path.join(md, 'dovecot-uidlist'), '3 V1741079560 N3\n');
    fs.writeFileSync(path.join(md, 'dovecot.index.log'), Buffer.alloc(64));
    expect(read(dir, dir)).toEqual([
      ['Maildir/cur/1741079560.M1P2.host:2,S', 'gone@big.example'],
      ['Maildir/new/1741169000.M3P4.host', 'full@small.example'],
    ]);
  });

  it('a folder that merely has a cur/ but no new/ is walked whole', () => {
    fs.mkdirSync(path.join(dir, 'cur'));
    fs.writeFileSync(path.join(dir, 'cur', 'a.eml'), ONE);
    fs.writeFileSync(path.join(dir, 'b.eml'), TWO);
    expect(read(dir, dir)).toEqual([
      ['b.eml', 'full@small.example'],
      ['cur/a.eml', 'gone@big.example'],
    ]);
  });
});

describe('a large mbox, read in chunks', () => {
  // Separators right at the start, after CRLF blank lines, a "From " inside a paragraph (not a
  // separator), and a last message without a final newline.
  const BOX = Buffer.from(
    mbox([ONE, TWO, ONE]) +
      '\nFrom MAILER-DAEMON Wed Mar  5 10:00:00 2025\r\nSubject: x\r\n\r\nbody\r\nFrom here on, text\r\n\r\n' +
      'From MAILER-DAEMON Wed Mar  5 11:00:00 2025\nSubject: last\n\nno newline at the end',
    'latin1',
  );
  it.each([1, 2, 7, 64, 1000, 1 << 20])(
    'chunks of %i bytes: the same messages as reading it whole',
    (chunk) => {
      const file = path.join(dir, 'big.mbox');
      fs.writeFileSync(file, BOX);
      const fd = fs.openSync(file, 'r');
      try {
        const streamed = [...streamMbox(file, fd, chunk)].map((m) =>
          Buffer.from(m.bytes as Uint8Array).toString('latin1'),
        );
        const whole = (splitMbox(BOX) ?? []).map((b) => Buffer.from(b).toString('latin1'));
        expect(whole).toHaveLength(5);
        expect(streamed).toEqual(whole);
      } finally {
        fs.closeSync(fd);
      }
    },
  );
});

describe('binary or mail, and where an mbox splits (native searches, issue 11)', () => {
  const latin1 = (s: string) => Buffer.from(s, 'latin1');
  /** `n` bytes of text with `k` copies of `byte` at the start. */
  const withControl = (n: number, k: number, byte: number) =>
    Buffer.concat([Buffer.alloc(k, byte), Buffer.alloc(n - k, 0x61)]);
  /** The same bytes as a view at an offset into a larger buffer whose other bytes are NULs. */
  const atOffset = (bytes: Buffer) =>
    Buffer.concat([Buffer.alloc(64), bytes, Buffer.alloc(64)]).subarray(64, 64 + bytes.length);

  it.each<[string, Uint8Array, boolean]>([
    ['a tenth NULs exactly', withControl(100, 10, 0), false],
    ['just over a tenth NULs', withControl(100, 11, 0), true],
    ['tab, LF, VT, FF, CR and ESC are text', latin1('\t\n\x0b\x0c\r\x1b'.repeat(20)), false],
    ['DEL is not counted', withControl(100, 50, 0x7f), false],
    ['0x1a (before ESC) counts', withControl(100, 11, 0x1a), true],
    ['0x1c (after ESC) counts', withControl(100, 11, 0x1c), true],
    ['0x08 (before tab) counts', withControl(100, 11, 0x08), true],
    ['0x0e (after CR) counts', withControl(100, 11, 0x0e), true],
    [
      'control bytes beyond the first 8 KB are not read',
      Buffer.concat([Buffer.alloc(8192, 0x61), Buffer.alloc(4000)]),
      false,
    ],
    ['a view reads its own bytes, not its buffer’s', atOffset(withControl(100, 10, 0)), false],
    ['a view of binary bytes', atOffset(withControl(100, 30, 1)), true],
  ])('%s', (_name, bytes, binary) => {
    expect(looksBinary(bytes)).toBe(binary);
  });

  const starts = (box: Uint8Array) =>
    splitMbox(box)?.map((m) => Buffer.from(m).toString('latin1').split(/\r?\n/)[0]) ?? null;

  it.each<[string, string, string[] | null]>([
    ['three messages', 'From a\nx\n\nFrom b\ny\n\nFrom c\nz\n', ['From a', 'From b', 'From c']],
    ['CRLF line ends', 'From a\r\nx\r\n\r\nFrom b\r\ny\r\n', ['From a', 'From b']],
    ['"From " not after an empty line is text', 'From a\nx\nFrom b\ny\n', null],
    ['"From " as the last bytes is not a separator', 'From a\nx\n\nFrom ', null],
    ['"From " with one byte after it is', 'From a\nx\n\nFrom b', ['From a', 'From b']],
    ['not an mbox', 'Subject: x\n\nFrom b\ny\n', null],
  ])('%s', (_name, text, expected) => {
    expect(starts(latin1(text))).toEqual(expected);
    expect(starts(atOffset(latin1(text)))).toEqual(expected);
  });
});
