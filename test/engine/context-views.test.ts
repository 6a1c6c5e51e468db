// The context's shared views must answer exactly what each recognizer computed for itself before:
// body.slice(0, n).toLowerCase() and its includes(), the report section and its lines.
import fc from 'fast-check';
import { buildContext, dedent } from '../../src/diagnosis/context';
import type { BounceContext } from '../../src/diagnosis/formats/format';
import { normalizeLineEnds, scanMessage } from '../../src/diagnosis/mime/structure';
import { reportSection } from '../../src/diagnosis/text/report-section';
import { TrigramSet } from '../../src/diagnosis/text/trigrams';

function contextOf(body: string, subject = 'Undelivered Mail Returned to Sender'): BounceContext {
  // UTF-8 text part, so that any character of the body survives the scan.
  const bytes = new TextEncoder().encode(body);
  const binary = Array.from(bytes, (b) => String.fromCharCode(b)).join('');
  const src = `From: MAILER-DAEMON@example.net\nSubject: ${subject}\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n${binary}`;
  return buildContext(scanMessage(normalizeLineEnds(src)));
}

// Letters of both cases, the phrase pieces, and the characters whose lower case is special:
// "İ" becomes two chars, "Σ" depends on the next char, "𐐀" is a surrogate pair whose second half
// changes.
const pieces = fc.constantFrom(
  'a',
  'B',
  'e',
  'R',
  ' ',
  '\n',
  'İ',
  'Σ',
  'σ',
  'ς',
  'é',
  '配',
  '\u{10400}',
  'ab',
  'Re',
  'REC',
  'received: ',
  'eİ',
);
const text = fc.array(pieces, { maxLength: 60 }).map((xs) => xs.join(''));

describe('BounceContext views', () => {
  test('head(n), lowerFrom(n) and headHas(phrase, n) match slice + toLowerCase + includes', () => {
    fc.assert(
      fc.property(text, text, fc.nat(80), (body, phrase, n) => {
        const ctx = contextOf(body);
        const b = ctx.body;
        const p = phrase.toLowerCase();
        expect(ctx.head(n)).toBe(b.slice(0, n).toLowerCase());
        expect(ctx.lowerFrom(n)).toBe(b.slice(n).toLowerCase());
        expect(ctx.headHas(p, n)).toBe(b.slice(0, n).toLowerCase().includes(p));
        expect(ctx.headHas(p)).toBe(b.toLowerCase().includes(p));
        expect(ctx.bodyLower).toBe(b.toLowerCase());
      }),
      { numRuns: 500 },
    );
  });

  test('a head beyond the indexed start of a long body is still searched', () => {
    const body = `${'word '.repeat(20000)}\nThis is the mail system at host mx.example.net.\n`;
    const ctx = contextOf(body);
    expect(ctx.headHas('this is the mail system at host')).toBe(true);
    expect(ctx.headHas('this is the mail system at host', 60000)).toBe(false);
  });

  test('section and sectionLines match reportSection', () => {
    const body =
      'Sorry.\n\n<bob@example.net>: 550 5.1.1 no such user\n\n------ This is a copy of the message\nSubject: hi\n';
    const ctx = contextOf(body);
    expect(ctx.section).toBe(reportSection(ctx.body));
    expect(ctx.sectionLines).toEqual(reportSection(ctx.body).split('\n'));
    expect(ctx.subjectLower).toBe('undelivered mail returned to sender');
  });
});

// Which text parts are the body: the plain ones; the HTML ones only when there is no plain text or
// all of it is attached files (Outlook on the web forwards HTML with the bounce's attached header
// file), and then the HTML first.
describe('body parts', () => {
  const part = (type: string, text: string, attached = false) =>
    `--b\nContent-Type: ${type}; charset=utf-8\n${attached ? 'Content-Disposition: attachment; filename="headers.txt"\n' : ''}\n${text}\n`;
  const message = (...parts: string[]) =>
    `From: a@example.com\nSubject: FW: x\nContent-Type: multipart/mixed; boundary="b"\n\n${parts.join('')}--b--\n`;
  const HTML = part('text/html', '<p>550 5.1.1 &lt;bob@example.net&gt; unknown</p>');
  const PLAIN = part('text/plain', 'plain words');
  const ATTACHED = part('text/plain', 'Received: from x', true);
  test.each([
    ['plain and HTML: the plain', [PLAIN, HTML], ['plain words'], ['bob@']],
    ['HTML only', [HTML], ['<bob@example.net>'], []],
    [
      'HTML and an attached text file: both, HTML first',
      [ATTACHED, HTML],
      ['<bob@example.net> unknown', 'Received: from x'],
      [],
    ],
    ['an attached text file only', [ATTACHED], ['Received: from x'], []],
    [
      'plain, HTML and an attached file: the plain ones',
      [PLAIN, HTML, ATTACHED],
      ['plain words', 'Received'],
      ['bob@'],
    ],
  ])('%s', (_name, parts, has, hasNot) => {
    const body = buildContext(scanMessage(normalizeLineEnds(message(...parts)))).body;
    // In this order.
    let at = 0;
    for (const t of has) {
      expect(body.indexOf(t, at)).toBeGreaterThanOrEqual(at);
      at = body.indexOf(t, at) + t.length;
    }
    for (const t of hasNot) expect(body).not.toContain(t);
  });
});

describe('TrigramSet', () => {
  test('never says no to a phrase the text contains', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), fc.nat(), fc.nat(12), (s, from, len) => {
        const i = s.length ? from % s.length : 0;
        expect(new TrigramSet(s).mayContain(s.slice(i, i + len))).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  test('says no to most absent phrases', () => {
    const set = new TrigramSet('the quick brown fox jumps over the lazy dog');
    expect(set.mayContain('diagnostic information for administrators')).toBe(false);
    expect(set.mayContain('lazy dog')).toBe(true);
    expect(set.mayContain('ab')).toBe(true); // too short to tell
  });
});

// A notice forwarded by a client set to indent the original: the indentation every non-blank line
// shares goes, the rest stays as it was.
describe('dedent', () => {
  test.each([
    ['\tHi\n\t  more\n\n\tend', 'Hi\n  more\n\nend'],
    ['    a\n      b\n    c', 'a\n  b\nc'],
    // mixed spaces and tabs: as many white space chars as every line has
    ['  a\n\tb', ' a\nb'],
    ['a\n  b', 'a\n  b'],
    ['\n\n    a\n    b\n', '\n\na\nb\n'],
    ['   ', '   '],
    ['', ''],
  ])('%j -> %j', (text, out) => {
    expect(dedent(text)).toBe(out);
  });

  it('leaves text with any line at the margin as it is, and keeps every line otherwise', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('a', ' b', '\tc', '  d', '', ' ', '\r'), { maxLength: 20 }),
        (ls) => {
          const text = ls.join('\n');
          const out = dedent(text);
          expect(out.split('\n')).toHaveLength(text.split('\n').length);
          if (ls.some((l) => l.length > 0 && l.trim() !== '' && !/^[ \t]/.test(l))) expect(out).toBe(text);
        },
      ),
    );
  });
});
