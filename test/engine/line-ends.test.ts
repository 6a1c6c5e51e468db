// diagnose() normalizes line ends on the bytes; the result must be that of normalizeLineEnds() on
// the binary string, for any mix of CR, LF and CRLF. Quoted-printable decodes sparse text by
// slices and dense text byte by byte; both must give the byte-by-byte result.
import fc from 'fast-check';
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
