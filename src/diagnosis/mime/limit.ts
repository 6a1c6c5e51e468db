// Messages too large to be a bounce (a returned 60 MB original, a pasted disk image) are cut down
// before they are decoded: the header block, every part's headers, report parts whole, and the
// start of every other part. Works on the bytes, so the skipped megabytes never become strings.
import { bytesToBinary } from './bytes';
import { parseParams, parseHeaderBlock } from './headers';

interface Limited {
  readonly bytes: Uint8Array;
  /** What was left out, in words, for Diagnosis.notes. */
  readonly note: string;
}

const REPORT_TYPES = [
  'message/delivery-status',
  'message/xdelivery-status',
  'message/global-delivery-status',
  'message/disposition-notification',
  'message/feedback-report',
  'text/rfc822-headers',
  'message/global-headers',
];
/** A header block longer than this is not one: the rest is body. */
const MAX_HEAD = 256 * 1024;

const NL = 10;

function ascii(s: string): Uint8Array {
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i) & 0xff;
  return out;
}

/** First occurrence of needle in hay at or after from; linear (native search for the first byte). */
function indexOfBytes(hay: Uint8Array, needle: Uint8Array, from: number): number {
  const first = needle[0] as number;
  let i = hay.indexOf(first, from);
  while (i >= 0 && i + needle.length <= hay.length) {
    let k = 1;
    while (k < needle.length && hay[i + k] === needle[k]) k++;
    if (k === needle.length) return i;
    i = hay.indexOf(first, i + 1);
  }
  return -1;
}

/** End of the header block that starts at `start` (the offset after its blank line), or -1. */
function headEnd(b: Uint8Array, start: number): number {
  if (b[start] === NL) return start + 1;
  if (b[start] === 13 && b[start + 1] === NL) return start + 2;
  const stop = Math.min(b.length, start + MAX_HEAD);
  for (let i = b.indexOf(NL, start); i >= 0 && i < stop; i = b.indexOf(NL, i + 1)) {
    if (b[i + 1] === NL) return i + 2;
    if (b[i + 1] === 13 && b[i + 2] === NL) return i + 3;
  }
  return -1;
}

function contentType(b: Uint8Array, start: number, end: number): { type: string; boundary: string | null } {
  const text = bytesToBinary(b.subarray(start, end)).replace(/\r\n?/g, '\n');
  const ct = parseParams(parseHeaderBlock(text).find((f) => f.name === 'content-type')?.value ?? null);
  return { type: ct.value, boundary: ct.params['boundary'] ?? null };
}

const fmt = (n: number) => n.toLocaleString('en-US');

export function limitMessage(b: Uint8Array, maxBytes: number): Limited {
  const perPart = Math.max(1024, Math.floor(maxBytes / 16));
  const reportPart = Math.max(4096, Math.floor(maxBytes / 4));
  const over = `The message is ${fmt(b.length)} bytes, over the ${fmt(maxBytes)}-byte limit for a bounce`;
  const end = headEnd(b, 0);
  const ct = end > 0 ? contentType(b, 0, end) : { type: '', boundary: null };
  if (end < 0 || !ct.type.startsWith('multipart/') || !ct.boundary) {
    const keep = Math.min(b.length, maxBytes);
    return { bytes: b.subarray(0, keep), note: `${over}: only its first ${fmt(keep)} bytes were read.` };
  }
  const delim = ascii(`\n--${ct.boundary}`);
  const pieces: Uint8Array[] = [b.subarray(0, end)];
  let total = end;
  let cut = 0;
  let parts = 0;
  let closed = false;
  // The preamble ends at the first delimiter; each part runs from its delimiter line to the next.
  let at = indexOfBytes(b, delim, end - 1);
  while (at >= 0) {
    const next = indexOfBytes(b, delim, at + delim.length);
    const partEnd = next < 0 ? b.length : next;
    if (b[at + delim.length] === 45 && b[at + delim.length + 1] === 45) {
      // The closing delimiter "--boundary--": whatever follows is epilogue.
      pieces.push(b.subarray(at, at + delim.length + 2));
      closed = true;
      break;
    }
    const lineEnd = b.indexOf(NL, at + 1);
    let keepEnd = partEnd;
    if (lineEnd >= 0 && lineEnd < partEnd) {
      const found = headEnd(b, lineEnd + 1);
      // A part whose header block never ends is all body.
      const bodyStart = found < 0 || found > partEnd ? lineEnd + 1 : found;
      const type = bodyStart > lineEnd + 1 ? contentType(b, lineEnd + 1, bodyStart).type : '';
      const budget = REPORT_TYPES.includes(type) ? reportPart : perPart;
      if (partEnd - bodyStart > budget) {
        keepEnd = bodyStart + budget;
        cut++;
      }
    }
    if (total + (keepEnd - at) > maxBytes && parts > 0) {
      cut++;
      break;
    }
    pieces.push(b.subarray(at, keepEnd));
    total += keepEnd - at;
    parts++;
    at = next;
  }
  if (!closed) pieces.push(ascii(`\n--${ct.boundary}--\n`));
  const out = new Uint8Array(pieces.reduce((n, p) => n + p.length, 0));
  let n = 0;
  for (const p of pieces) {
    out.set(p, n);
    n += p.length;
  }
  return {
    bytes: out,
    note: `${over}: only its headers, its report parts and the first ${fmt(perPart)} bytes of each other part were read (${cut} part${cut === 1 ? '' : 's'} cut short or left out).`,
  };
}
