// Bytes <-> text. The scanner works on a "binary string" (one char per byte) so that offsets are
// cheap and 8-bit parts keep their bytes until we know their charset.

const CHUNK = 0x8000;

/**
 * windows-1252 is the only single-byte decoder every platform has (WHATWG maps "latin1" to it). It
 * differs from "one char per byte" only in 0x80..0x9F, so its few non-Latin-1 chars are mapped back.
 * The native decoder is ten to fifty times faster than building the string in JS. Null when the
 * platform lacks it or maps a byte we cannot map back.
 */
const win1252 = ((): { dec: TextDecoder; back: Map<string, string> } | null => {
  try {
    const dec = new TextDecoder('windows-1252');
    const back = new Map<string, string>();
    const all = new Uint8Array(256).map((_, i) => i);
    const s = dec.decode(all);
    if (s.length !== 256) return null;
    for (let i = 0; i < 256; i++) {
      const c = s[i] as string;
      if (c.charCodeAt(0) === i) continue;
      if (c.charCodeAt(0) <= 0xff || back.has(c)) return null;
      back.set(c, String.fromCharCode(i));
    }
    return { dec, back };
  } catch {
    return null;
  }
})();
const NOT_LATIN1 = /[\u0100-\uffff]/g;

/** One char per byte, code points 0..255; linear and safe for any size. */
export function bytesToBinary(bytes: Uint8Array): string {
  if (win1252) {
    const s = win1252.dec.decode(bytes);
    NOT_LATIN1.lastIndex = 0;
    if (!NOT_LATIN1.test(s)) return s;
    const back = win1252.back;
    return s.replace(NOT_LATIN1, (c) => back.get(c) ?? c);
  }
  let out = '';
  for (let i = 0; i < bytes.length; i += CHUNK) {
    // apply() takes the typed array itself: no intermediate Array of numbers.
    out += String.fromCharCode.apply(null, bytes.subarray(i, i + CHUNK) as unknown as number[]);
  }
  return out;
}

export function binaryToBytes(bin: string): Uint8Array {
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i) & 0xff;
  return out;
}

const decoders = new Map<string, TextDecoder | null>();

// Labels that mail uses but the WHATWG Encoding spec does not know.
const CHARSET_ALIASES: Record<string, string> = {
  'x-sjis': 'shift_jis',
  'shift-jis': 'shift_jis',
  sjis: 'shift_jis',
  'x-euc-jp': 'euc-jp',
  'iso-2022-jp-2': 'iso-2022-jp',
  'ks_c_5601-1987': 'euc-kr',
  'x-unknown': 'utf-8',
  'us-ascii': 'utf-8',
  ascii: 'utf-8',
  utf8: 'utf-8',
  unicode: 'utf-8',
};

function decoderFor(charset: string): TextDecoder | null {
  const key = charset.trim().toLowerCase();
  let d = decoders.get(key);
  if (d !== undefined) return d;
  const label = CHARSET_ALIASES[key] ?? key;
  try {
    d = new TextDecoder(label);
  } catch {
    d = null;
  }
  decoders.set(key, d);
  return d;
}

let fatalUtf8: TextDecoder | null = null;

const NON_ASCII = /[\u0080-\uffff]/;

/** True when the string has no byte above 0x7F: then every charset of mail reads it the same way.
 *  (A one-char class, tested natively: three times the speed of a charCodeAt loop.) */
export function isAscii(s: string): boolean {
  return !NON_ASCII.test(s);
}

/**
 * Decodes a binary string in the given charset. Unknown charsets, and UTF-8 that is not valid,
 * fall back to windows-1252 so that every byte still shows as something.
 */
export function decodeCharset(bin: string, charset: string | null): string {
  // ISO-2022-JP is 7-bit: it needs decoding even when every byte is ASCII.
  const cs = (charset ?? 'utf-8').toLowerCase();
  // UTF-7 has no decoder on the web platform (WHATWG Encoding): decoded here.
  if (cs.endsWith('utf-7')) return decodeUtf7(bin);
  if (isAscii(bin) && !cs.startsWith('iso-2022')) return bin;
  const bytes = binaryToBytes(bin);
  // "ISO-2022-JP" is 7-bit by definition; 8-bit bytes under that label are EUC-JP or Shift_JIS.
  if (cs.startsWith('iso-2022-jp') && !isAscii(bin)) return decodeJapanese8bit(bytes);
  const dec = decoderFor(cs);
  if (dec && dec.encoding !== 'utf-8') return dec.decode(bytes);
  fatalUtf8 ??= new TextDecoder('utf-8', { fatal: true });
  try {
    return fatalUtf8.decode(bytes);
  } catch {
    return (decoderFor('windows-1252') as TextDecoder).decode(bytes);
  }
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/**
 * RFC 2152 UTF-7, as Exchange 2000 and 2003 label their NDRs' text ("unicode-1-1-utf-7", with
 * "utf-7" and "x-unicode-1-1-utf-7"): "+" opens modified base64 of UTF-16 code units, which a "-"
 * (absorbed) or any other character closes; "+-" is "+". Writers may encode the optional direct
 * characters too ("+ADw-" for "<"), so an address or a status code can hide in a shifted run.
 */
function decodeUtf7(s: string): string {
  return s.replace(/\+([A-Za-z0-9+/]*)-?/g, (m: string, b64: string) => {
    if (!b64) return '+';
    let bits = 0;
    let n = 0;
    let out = '';
    for (const ch of b64) {
      bits = ((bits << 6) | B64.indexOf(ch)) & 0x3fffff;
      n += 6;
      if (n >= 16) {
        n -= 16;
        out += String.fromCharCode((bits >> n) & 0xffff);
      }
    }
    // A run must end on zero bits (RFC 2152): text labelled UTF-7 that is plain ASCII ("+0900" in
    // a date) stays as written.
    return (bits & ((1 << n) - 1)) === 0 && out ? out : m;
  });
}

function decodeJapanese8bit(bytes: Uint8Array): string {
  for (const label of ['euc-jp', 'shift_jis']) {
    try {
      return new TextDecoder(label, { fatal: true }).decode(bytes);
    } catch {
      // not this one
    }
  }
  return (decoderFor('shift_jis') ?? (decoderFor('windows-1252') as TextDecoder)).decode(bytes);
}
