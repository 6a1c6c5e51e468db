// diagnose() normalizes line ends on the bytes; the result must be that of normalizeLineEnds() on
// the binary string, for any mix of CR, LF and CRLF. Quoted-printable decodes sparse text by
// slices and dense text byte by byte; both must give the byte-by-byte result.
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { diagnose } from '../../src/diagnosis';
import { bytesToBinary } from '../../src/diagnosis/mime/bytes';
import { normalizeLineEndBytes, normalizeLineEnds } from '../../src/diagnosis/mime/structure';
import { decodeQuotedPrintable } from '../../src/diagnosis/mime/transfer';

describe('normalizeLineEndBytes', () => {
  test('agrees with normalizeLineEnds', () => {
    const byte = fc.oneof(fc.constantFrom(13, 10, 13, 65, 0x80, 0xff), fc.integer({ min: 0, max: 255 }));
    fc.assert(
      fc.property(fc.array(byte, { maxLength: 60 }), (bs) => {
        const bytes = Uint8Array.from(bs);
        expect(bytesToBinary(normalizeLineEndBytes(bytes))).toBe(normalizeLineEnds(bytesToBinary(bytes)));
      }),
      { numRuns: 2000 },
    );
  });

  test('returns the bytes themselves when there is no CR', () => {
    const bytes = Uint8Array.from([65, 10, 66]);
    expect(normalizeLineEndBytes(bytes)).toBe(bytes);
  });
});

describe('decodeQuotedPrintable', () => {
  // The byte-by-byte decoding it had, kept as the oracle.
  const hex = (c: number) =>
    c >= 48 && c <= 57 ? c - 48 : c >= 65 && c <= 70 ? c - 55 : c >= 97 && c <= 102 ? c - 87 : -1;
  function oracle(s: string): string {
    if (s.indexOf('=') < 0) return s;
    const out: number[] = [];
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (c !== 61) {
        out.push(c & 0xff);
        continue;
      }
      const a = s.charCodeAt(i + 1);
      if (a === 10) i += 1;
      else if (a === 13 && s.charCodeAt(i + 2) === 10) i += 2;
      else {
        const h = hex(a);
        const l = hex(s.charCodeAt(i + 2));
        if (h >= 0 && l >= 0) {
          out.push(h * 16 + l);
          i += 2;
        } else out.push(61);
      }
    }
    return out.map((b) => String.fromCharCode(b)).join('');
  }

  test('agrees with the byte-by-byte decoding, sparse or dense, with or without wide chars', () => {
    const piece = fc.oneof(
      fc.constantFrom('=', '=\n', '=\r\n', '=\r', '=3D', '=e9', '=E', '=ZZ', '==', '\u4e2d', '\u00e9'),
      fc.constantFrom('x', 'text ', 'a longer run of plain text without escapes ', '\n'),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 400 }), (ps) => {
        const s = ps.join('');
        expect(decodeQuotedPrintable(s)).toBe(oracle(s));
      }),
      { numRuns: 1000 },
    );
    // Sparse, then dense past the switch to the byte loop; and a wide char before the switch.
    const long = `${'plain text, an escape =E9 now and then=\n'.repeat(50)}${'=E3=81=82'.repeat(300)}`;
    expect(decodeQuotedPrintable(long)).toBe(oracle(long));
    expect(decodeQuotedPrintable(`\u4e2d${long}`)).toBe(oracle(`\u4e2d${long}`));
  });
});

// A binary string (one char per byte, as the CLI passes a file) is scanned as it is, bytes go
// through a decoder first: both must give the same diagnosis, whatever the line ends and limits.
describe('diagnose: a binary string and its bytes', () => {
  const dirs = [path.join(__dirname, '../../samples'), path.join(__dirname, '../fixtures')];
  const files = dirs
    .flatMap((d) => fs.readdirSync(d, { recursive: true, withFileTypes: true }))
    .filter((e) => e.isFile() && /\.(eml|txt)$/.test(e.name))
    .map((e) => path.join(e.parentPath, e.name))
    .sort()
    .slice(0, 40);
  const crlf = (b: Buffer) => Buffer.from(b.toString('latin1').replace(/\r?\n/g, '\r\n'), 'latin1');
  const cr = (b: Buffer) => Buffer.from(b.toString('latin1').replace(/\r?\n/g, '\r'), 'latin1');
  const cases = files.flatMap((f) => {
    const b = fs.readFileSync(f);
    const name = path.relative(path.join(__dirname, '../..'), f);
    return [
      [name, b, undefined],
      [`${name} (CRLF)`, crlf(b), undefined],
      [`${name} (CR)`, cr(b), undefined],
      [`${name} (maxBytes 600)`, b, 600],
    ] as const;
  });
  test('there are inputs', () => expect(files.length).toBeGreaterThan(20));
  test.each(cases)('%s', (_name, bytes, maxBytes) => {
    const opts = maxBytes === undefined ? {} : { maxBytes };
    expect(diagnose(bytes.toString('latin1'), opts)).toEqual(diagnose(Uint8Array.from(bytes), opts));
  });
  test('bytes 0x80..0xFF, which windows-1252 reads otherwise, stay one char each', () => {
    const head = 'From: a@example.org\nSubject: x\n\n';
    const bytes = Uint8Array.from([
      ...Buffer.from(head, 'latin1'),
      ...Array.from({ length: 128 }, (_, i) => 128 + i),
    ]);
    expect(diagnose(Buffer.from(bytes).toString('latin1'))).toEqual(diagnose(bytes));
  });
});
