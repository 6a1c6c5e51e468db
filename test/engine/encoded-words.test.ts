// RFC 2047 encoded words (src/diagnosis/mime/encoded-words.ts): the RFC's own examples, words
// split inside a character, stateful charsets, text that only looks like a word, any text
// encoded and split at random decoding back to itself, and hostile input in linear time.
import fc from 'fast-check';
import { decodeHeaderText } from '../../src/diagnosis/mime/headers';
import { decodeEncodedWords } from '../../src/diagnosis/mime/encoded-words';

const b64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');
const utf8 = (s: string) => new TextEncoder().encode(s);

/** Q encoding of bytes: everything but letters and digits as =XX, spaces as "_". */
function q(bytes: Uint8Array): string {
  let out = '';
  for (const b of bytes) {
    const alnum = (b >= 48 && b <= 57) || (b >= 65 && b <= 90) || (b >= 97 && b <= 122);
    out +=
      b === 32 ? '_' : alnum ? String.fromCharCode(b) : `=${b.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}

describe('decodeEncodedWords', () => {
  test.each([
    ['(=?ISO-8859-1?Q?a?=)', '(a)'],
    ['(=?ISO-8859-1?Q?a?= b)', '(a b)'],
    ['(=?ISO-8859-1?Q?a?= =?ISO-8859-1?Q?b?=)', '(ab)'],
    ['(=?ISO-8859-1?Q?a?=  =?ISO-8859-1?Q?b?=)', '(ab)'],
    ['(=?ISO-8859-1?Q?a?=\r\n    =?ISO-8859-1?Q?b?=)', '(ab)'],
    ['(=?ISO-8859-1?Q?a_b?=)', '(a b)'],
    ['(=?ISO-8859-1?Q?a?= =?ISO-8859-2?Q?_b?=)', '(a b)'],
    ['=?US-ASCII?Q?Keith_Moore?= <moore@example.com>', 'Keith Moore <moore@example.com>'],
    ['=?ISO-8859-1?Q?Andr=E9?= Pirard <pirard@example.org>', 'André Pirard <pirard@example.org>'],
    ['=?utf-8*en?Q?Hello?=', 'Hello'],
    ['=?UTF-8?b?w6lw?=', 'ép'],
  ])('%j -> %j (RFC 2047 §8 and friends)', (input, expected) => {
    expect(decodeEncodedWords(input)).toBe(expected);
  });

  test('a character split across two words is joined, in B and in Q', () => {
    const bytes = utf8('Zustellung fehlgeschlagen: Größe');
    const cut = bytes.indexOf(0xc3) + 1; // inside the "ö"
    const [a, b] = [bytes.subarray(0, cut), bytes.subarray(cut)];
    expect(decodeEncodedWords(`=?utf-8?B?${b64(a)}?= =?utf-8?B?${b64(b)}?=`)).toBe(
      'Zustellung fehlgeschlagen: Größe',
    );
    expect(decodeEncodedWords(`=?utf-8?Q?${q(a)}?=\r\n =?UTF-8?q?${q(b)}?=`)).toBe(
      'Zustellung fehlgeschlagen: Größe',
    );
  });

  test('ISO-2022-JP words stand alone: no error mark where two of them meet', () => {
    // テ and スト, each word shifting in (ESC $ B) and back out (ESC ( B).
    const te = Uint8Array.from([0x1b, 0x24, 0x42, 0x25, 0x46, 0x1b, 0x28, 0x42]);
    const suto = Uint8Array.from([0x1b, 0x24, 0x42, 0x25, 0x39, 0x25, 0x48, 0x1b, 0x28, 0x42]);
    expect(decodeEncodedWords(`=?ISO-2022-JP?B?${b64(te)}?= =?ISO-2022-JP?B?${b64(suto)}?=`)).toBe('テスト');
  });

  test.each([
    'no words here',
    'a =? b',
    '=?utf-8?X?abc?=',
    '=?utf-8?Q?no end',
    '=??Q?abc?=',
    '=?utf 8?Q?abc?=',
    '=?utf-8?Q?a?b?=',
  ])('%j is not an encoded word and stays as it is', (input) => {
    expect(decodeEncodedWords(input)).toBe(input);
  });

  test('text between words stays, white space between words goes', () => {
    expect(decodeEncodedWords('Re: =?utf-8?Q?caf=C3=A9?= and =?utf-8?B?dGg=?= =?utf-8?B?w6k=?= !')).toBe(
      'Re: café and thé !',
    );
  });

  test('an unknown charset still shows every byte', () => {
    expect(decodeEncodedWords('=?x-unheard-of?Q?caf=E9?=')).toBe('café');
  });

  test('any text, encoded in words split anywhere (even inside a character), decodes back to itself', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', maxLength: 40 }),
        fc.array(fc.nat(), { maxLength: 6 }),
        fc.array(fc.boolean(), { minLength: 8, maxLength: 8 }),
        fc.constantFrom(' ', '\r\n ', '\t', ''),
        (text, cuts, useB, fold) => {
          const bytes = utf8(text);
          const points = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((x, y) => x - y);
          const pieces: Uint8Array[] = [];
          let at = 0;
          for (const p of [...points, bytes.length]) {
            if (p > at) pieces.push(bytes.subarray(at, p));
            at = Math.max(at, p);
          }
          if (pieces.length === 0) return;
          const words = pieces.map((p, i) =>
            useB[i % useB.length] ? `=?UTF-8?B?${b64(p)}?=` : `=?utf-8?Q?${q(p)}?=`,
          );
          expect(decodeEncodedWords(`Subject: ${words.join(fold)} (end)`)).toBe(`Subject: ${text} (end)`);
        },
      ),
      { numRuns: 300 },
    );
  });

  test('hostile input is read in linear time', () => {
    const shapes = [
      '=?a?q?'.repeat(50_000),
      '=?'.repeat(100_000),
      `=?${'a'.repeat(100_000)}`,
      '=?utf-8?Q?'.repeat(30_000) + '?=',
      '=?a?q?x?= '.repeat(30_000),
    ];
    // They complete with text out (speed on such shapes is measured in npm run bench, not here).
    for (const s of shapes) expect(typeof decodeEncodedWords(s)).toBe('string');
  });

  test('decodeHeaderText reads raw UTF-8 and encoded words together', () => {
    const raw = Buffer.from('Größe =?utf-8?Q?=C3=BCber?=', 'utf8').toString('latin1');
    expect(decodeHeaderText(raw)).toBe('Größe über');
  });
});
