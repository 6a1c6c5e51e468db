// When a bounce was written: its own Date header (RFC 5322 3.6.1), else the date on an mbox
// "From " line. The engine reports the original message's date, not the report's; the summary
// needs the report's for its first/last dates and its failures-over-time chart.

// Only the start of a message is searched: a header block longer than this is not a header block.
const HEAD_LIMIT = 64 * 1024;

function headText(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, HEAD_LIMIT)).toString('latin1');
}

function parse(value: string): number | null {
  // Comments such as "(UTC)" or "(CEST)" are not understood by Date.parse in every form.
  const cleaned = value.replace(/\([^()]*\)/g, ' ').trim();
  const t = Date.parse(cleaned);
  // A date before 1990 or after 2100 is a clock or parser error, not a bounce's date.
  return Number.isFinite(t) && t > 631152000000 && t < 4102444800000 ? t : null;
}

/** The report's date in milliseconds since the epoch, or null when it gives none that parses. */
export function bounceDate(bytes: Uint8Array): number | null {
  const head = headText(bytes);
  let from: number | null = null;
  let start = 0;
  if (head.startsWith('From ')) {
    const eol = head.indexOf('\n');
    const line = head.slice(5, eol < 0 ? head.length : eol).trim();
    // "From sender Tue Mar  4 09:12:40 2025": the date follows the first word.
    const space = line.indexOf(' ');
    if (space > 0) from = parse(line.slice(space + 1));
    start = eol < 0 ? head.length : eol + 1;
  }
  let pos = start;
  while (pos < head.length) {
    let eol = head.indexOf('\n', pos);
    if (eol < 0) eol = head.length;
    const line = head.slice(pos, eol).replace(/\r$/, '');
    if (line === '') break; // the end of the header block
    if (line.length > 5 && line.slice(0, 5).toLowerCase() === 'date:') {
      let value = line.slice(5);
      // folded continuation lines
      let next = eol + 1;
      while (next < head.length && (head[next] === ' ' || head[next] === '\t')) {
        let e = head.indexOf('\n', next);
        if (e < 0) e = head.length;
        value += ' ' + head.slice(next, e).trim();
        next = e + 1;
      }
      const t = parse(value);
      if (t !== null) return t;
    }
    pos = eol + 1;
  }
  return from;
}
