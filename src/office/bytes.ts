// Byte helpers for what Office hands over: Base64 (getAsFileAsync, file attachments) and strings
// (Eml attachment content, headers, bodies), all turned into bytes for the engine.

const encoder = new TextEncoder();

/** UTF-8 bytes of a JavaScript string. */
export function utf8Bytes(text: string): Uint8Array {
  return encoder.encode(text);
}

// Base64 alphabet value per character code; -1 for anything else.
const BASE64_VALUE = new Int8Array(128).fill(-1);
'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'.split('').forEach((c, i) => {
  BASE64_VALUE[c.charCodeAt(0)] = i;
});

/**
 * Decodes Base64 (whitespace ignored, as atob); null when it isn't Base64. getAsFileAsync hands
 * over a 25 MB message as 34 MB of Base64: stripping whitespace by string concatenation, then
 * atob and a copy loop, took seconds on that. Native decoding where there is one, else one pass
 * straight into bytes.
 */
export function base64Bytes(base64: string): Uint8Array | null {
  // Native where the webview has it (Chromium 140+, Safari 18.2+, Firefox 133+): ten times faster.
  const fromBase64 = (Uint8Array as unknown as { fromBase64?: (text: string) => Uint8Array }).fromBase64;
  if (typeof fromBase64 === 'function') {
    try {
      return fromBase64.call(Uint8Array, base64);
    } catch {
      return null;
    }
  }
  const out = new Uint8Array(Math.ceil((base64.length * 3) / 4));
  let acc = 0;
  let bits = 0;
  let n = 0;
  let chars = 0;
  let padding = 0;
  for (let i = 0; i < base64.length; i++) {
    const c = base64.charCodeAt(i);
    if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09 || c === 0x0c) continue; // atob's whitespace
    if (c === 0x3d) {
      padding++; // '=' only at the end
      continue;
    }
    const v = c < 128 ? (BASE64_VALUE[c] ?? -1) : -1;
    if (v < 0 || padding > 0) return null;
    chars++;
    acc = ((acc << 6) | v) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[n++] = (acc >> bits) & 0xff;
    }
  }
  // As atob: a lone trailing character, or more padding than the last group needs, is not Base64.
  if (chars % 4 === 1 || padding > 2 || (padding > 0 && (chars + padding) % 4 !== 0)) return null;
  return out.slice(0, n);
}

/** An OLE compound file (.msg) starts with D0 CF 11 E0 A1 B1 1A E1. */
export function isCompoundFile(bytes: Uint8Array): boolean {
  const sig = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
  return bytes.length >= sig.length && sig.every((b, i) => bytes[i] === b);
}
