// diagnose() normalizes line ends on the bytes; the result must be that of normalizeLineEnds() on
// the binary string, for any mix of CR, LF and CRLF.
import fc from 'fast-check';
import { bytesToBinary } from '../../src/diagnosis/mime/bytes';
import { normalizeLineEndBytes, normalizeLineEnds } from '../../src/diagnosis/mime/structure';

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
