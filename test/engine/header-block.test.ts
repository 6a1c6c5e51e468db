// parseHeaderBlock reads lines in place for speed; it must give what the plain line-by-line reading
// gave (kept here as the oracle) on any block, folded, broken or hostile.
import fc from 'fast-check';
import {
  parseHeaderBlock,
  parseParams,
  type HeaderField,
  type ParamValue,
} from '../../src/diagnosis/mime/headers';

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
    const piece = fc.constantFrom(
      'Subject',
      'X-A',
      'To',
      ':',
      ': ',
      ' ',
      '\t',
      '\n',
      '\n ',
      '\n\t',
      'value',
      'é',
      'a b',
      'x'.repeat(90),
      '\n\n',
    );
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

// parseParams slices a quoted value at once when the header has no backslash; the char-by-char
// reading it had is the oracle.
function paramsOracle(header: string | null): ParamValue {
  const params: Record<string, string> = {};
  if (!header) return { value: '', params };
  let i = header.indexOf(';');
  const value = (i < 0 ? header : header.slice(0, i)).trim().toLowerCase();
  while (i >= 0 && i < header.length) {
    i++;
    const eq = header.indexOf('=', i);
    if (eq < 0) break;
    const key = header.slice(i, eq).trim().toLowerCase().replace(/\*$/, '');
    let j = eq + 1;
    while (header.charCodeAt(j) === 32 || header.charCodeAt(j) === 9) j++;
    let val: string;
    if (header[j] === '"') {
      let k = j + 1;
      let buf = '';
      while (k < header.length && header[k] !== '"') {
        if (header[k] === '\\' && k + 1 < header.length) k++;
        buf += header[k];
        k++;
      }
      val = buf;
      i = header.indexOf(';', k);
    } else {
      const semi = header.indexOf(';', j);
      val = (semi < 0 ? header.slice(j) : header.slice(j, semi)).trim();
      i = semi;
    }
    if (key && !(key in params)) params[key] = val;
  }
  return { value, params };
}

describe('parseParams', () => {
  test('agrees with the char-by-char reading of quoted values', () => {
    const piece = fc.constantFrom(
      'multipart/report',
      '; ',
      ';',
      'boundary',
      'name',
      '=',
      '"',
      '\\',
      'a;b',
      ' ',
      '\t',
      'x*',
      'Report-Type',
      'ab"c',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (ps) => {
        const header = ps.join('');
        expect(parseParams(header)).toEqual(paramsOracle(header));
      }),
      { numRuns: 3000 },
    );
  });
});
