// base64Bytes' own decoder (Node 20 has no Uint8Array.fromBase64, so this is the fallback path
// older webviews take) against Buffer and atob.
import fc from 'fast-check';
import { base64Bytes } from '../../src/office/bytes';

describe('base64Bytes', () => {
  test('decodes what Buffer encodes, folded or not', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), fc.integer({ min: 0, max: 80 }), (bytes, fold) => {
        let text = Buffer.from(bytes).toString('base64');
        if (fold > 0) {
          const lines: string[] = [];
          for (let i = 0; i < text.length; i += fold) lines.push(text.slice(i, i + fold));
          text = lines.join('\r\n');
        }
        expect(Buffer.from(base64Bytes(text) ?? [])).toEqual(Buffer.from(bytes));
      }),
      { numRuns: 1000 },
    );
  });

  test('accepts and refuses what atob does', () => {
    const alphabet = fc.constantFrom(...'ABCabc019+/= \r\n\t*-_'.split(''));
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 24 }), (chars) => {
        const text = chars.join('');
        let expected: Buffer | null;
        try {
          expected = Buffer.from(atob(text), 'latin1');
        } catch {
          expected = null;
        }
        const got = base64Bytes(text);
        expect(got === null ? null : Buffer.from(got)).toEqual(expected);
      }),
      { numRuns: 3000 },
    );
  });
});
