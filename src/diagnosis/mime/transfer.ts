// Content-Transfer-Encoding decoders, to binary strings. Both are single linear passes; junk bytes
// are skipped rather than rejected because bounce parts are often damaged by relays.

const B64 = new Int16Array(256).fill(-1);
'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
  .split('')
  .forEach((c, i) => (B64[c.charCodeAt(0)] = i));
B64['-'.charCodeAt(0)] = 62; // base64url, seen in some gateways
B64['_'.charCodeAt(0)] = 63;

export function decodeBase64(s: string): string {
  const out: string[] = [];
  let buf = 0;
  let bits = 0;
  let chunk = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 61 /* = */) break;
    const v = c < 256 ? (B64[c] as number) : -1;
    if (v < 0) continue;
    buf = (buf << 6) | v;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      chunk += String.fromCharCode((buf >> bits) & 0xff);
      if (chunk.length >= 4096) {
        out.push(chunk);
        chunk = '';
      }
    }
  }
  out.push(chunk);
  return out.join('');
}

function hex(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 65 && c <= 70) return c - 55;
  if (c >= 97 && c <= 102) return c - 87;
  return -1;
}

export function decodeQuotedPrintable(s: string): string {
  const out: string[] = [];
  let start = 0;
  let i = s.indexOf('=');
  while (i >= 0) {
    out.push(s.slice(start, i));
    const a = s.charCodeAt(i + 1);
    if (a === 10) {
      start = i + 2; // soft line break
    } else if (a === 13 && s.charCodeAt(i + 2) === 10) {
      start = i + 3;
    } else {
      const h = hex(a);
      const l = hex(s.charCodeAt(i + 2));
      if (h >= 0 && l >= 0) {
        out.push(String.fromCharCode(h * 16 + l));
        start = i + 3;
      } else {
        out.push('=');
        start = i + 1;
      }
    }
    i = s.indexOf('=', start);
  }
  out.push(s.slice(start));
  return out.join('');
}

export function decodeTransfer(body: string, encoding: string | null): string {
  const enc = (encoding ?? '').trim().toLowerCase();
  if (enc === 'base64') return decodeBase64(body);
  if (enc === 'quoted-printable') return decodeQuotedPrintable(body);
  return body;
}
