// parseHeaderBlock reads lines in place for speed; it must give what the plain line-by-line reading
// gave (kept here as the oracle) on any block, folded, broken or hostile.
import fc from 'fast-check';
import { parseHeaderBlock, type HeaderField } from '../../src/diagnosis/mime/headers';

function oracle(block: string): HeaderField[] {
  const fields: HeaderField[] = [];
  let name = '';
  let parts: string[] = [];
  const flush = () => {
    if (name) fields.push({ name, value: parts.join(' ').trim() });
    name = '';
    parts = [];
  };
  for (const line of block.split('\n')) {
    const c = line.charCodeAt(0);
    if (c === 32 || c === 9) {
      if (name) parts.push(line.trim());
      continue;
    }
    flush();
    const colon = line.indexOf(':');
    if (colon > 0 && colon < 80 && /^[\x21-\x7e]+$/.test(line.slice(0, colon))) {
      name = line.slice(0, colon).toLowerCase();
      parts.push(line.slice(colon + 1).trim());
    }
  }
  flush();
  return fields;
}

describe('parseHeaderBlock', () => {
  test('agrees with the line-by-line reading', () => {
    const piece = fc.constantFrom('Subject', 'X-A', 'To', ':', ': ', ' ', '\t', '\n', '\n ', '\n\t', 'value', 'é', 'a b', 'x'.repeat(90), '\n\n');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (ps) => {
        const block = ps.join('');
        expect(parseHeaderBlock(block)).toEqual(oracle(block));
      }),
      { numRuns: 2000 },
    );
  });

  test('a folded field and one without a value', () => {
    expect(parseHeaderBlock('Subject: one\n two\n\tthree\nX-Empty:\nTo: a@example.net\n')).toEqual([
      { name: 'subject', value: 'one two three' },
      { name: 'x-empty', value: '' },
      { name: 'to', value: 'a@example.net' },
    ]);
  });
});
