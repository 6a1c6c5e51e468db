// Content-Transfer-Encoding decoders, to binary strings. Both are single linear passes; junk bytes
// are skipped rather than rejected because bounce parts are often damaged by relays.
import { bytesToBinary } from './bytes';

const B64 = new Int16Array(256).fill(-1);
'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
  .split('')
  .forEach((c, i) => (B64[c.charCodeAt(0)] = i));
B64['-'.charCodeAt(0)] = 62; // base64url, seen in some gateways
B64['_'.charCodeAt(0)] = 63;

export function decodeBase64(s: string): string {
  // Bytes into a typed array, then one native conversion: building the string a char at a time
  // costs tens of times the input in garbage.
  const out = new Uint8Array((s.length * 3) >> 2);
  let n = 0;
  let buf = 0;
  let bits = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 61 /* = */) {
      // Padding ends a group. Some encoders pad every line, so decoding goes on after it.
      bits = 0;
      buf = 0;
      continue;
    }
    const v = c < 256 ? (B64[c] as number) : -1;
    if (v < 0) continue;
    buf = ((buf << 6) | v) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[n++] = (buf >> bits) & 0xff;
    }
  }
  return bytesToBinary(out.subarray(0, n));
}

function hex(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 65 && c <= 70) return c - 55;
  if (c >= 97 && c <= 102) return c - 87;
  return -1;
}

// Chars the byte loop cuts to a byte (a binary string has none).
const WIDE = /[\u0100-\uffff]/;

export function decodeQuotedPrintable(s: string): string {
  let at = s.indexOf('=');
  if (at < 0) return s;
  // Most text has few escapes (a soft line break every 76 chars, an accent here and there): the
  // text between them is copied as slices, natively, where a char-by-char loop cost 3 ns a char.
  // Once escapes turn dense (a non-Latin script), the rest goes to the byte loop, which also keeps
  // the pieces to a fraction of the text. The byte loop cuts chars above 0xFF to a byte (a binary
  // string has none): text that has some is decoded by it alone, as before.
  const pieces: string[] = [];
  let from = 0;
  while (at >= 0) {
    if (pieces.length > 64 + (at >> 4)) {
      if (WIDE.test(s.slice(0, from))) return decodeQuotedPrintableBytes(s, 0);
      return pieces.join('') + decodeQuotedPrintableBytes(s, from);
    }
    if (at > from) pieces.push(s.slice(from, at));
    const a = s.charCodeAt(at + 1);
    if (a === 10) {
      from = at + 2; // soft line break
    } else if (a === 13 && s.charCodeAt(at + 2) === 10) {
      from = at + 3;
    } else {
      const h = hex(a);
      const l = hex(s.charCodeAt(at + 2));
      if (h >= 0 && l >= 0) {
        pieces.push(String.fromCharCode(h * 16 + l));
        from = at + 3;
      } else {
        pieces.push('='); // a lone "=" stays as it is
        from = at + 1;
      }
    }
    at = s.indexOf('=', from);
  }
  if (WIDE.test(s)) return decodeQuotedPrintableBytes(s, 0);
  if (from < s.length) pieces.push(s.slice(from));
  return pieces.join('');
}

/** The same decoding of s from `start` on, byte by byte into a typed array. */
function decodeQuotedPrintableBytes(s: string, start: number): string {
  const out = new Uint8Array(s.length - start);
  let n = 0;
  for (let i = start; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c !== 61 /* = */) {
      out[n++] = c;
      continue;
    }
    const a = s.charCodeAt(i + 1);
    if (a === 10) {
      i += 1; // soft line break
    } else if (a === 13 && s.charCodeAt(i + 2) === 10) {
      i += 2;
    } else {
      const h = hex(a);
      const l = hex(s.charCodeAt(i + 2));
      if (h >= 0 && l >= 0) {
        out[n++] = h * 16 + l;
        i += 2;
      } else {
        out[n++] = 61; // a lone "=" stays as it is
      }
    }
  }
  return bytesToBinary(out.subarray(0, n));
}

export function decodeTransfer(body: string, encoding: string | null): string {
  const enc = (encoding ?? '').trim().toLowerCase();
  if (enc === 'base64') return decodeBase64(body);
  if (enc === 'quoted-printable') return decodeQuotedPrintable(body);
  return body;
}
