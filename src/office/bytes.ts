// Byte helpers for what Office hands over: Base64 (getAsFileAsync, file attachments) and strings
// (Eml attachment content, headers, bodies), all turned into bytes for the engine.

const encoder = new TextEncoder();

/** UTF-8 bytes of a JavaScript string. */
export function utf8Bytes(text: string): Uint8Array {
  return encoder.encode(text);
}

/** Decodes Base64 (whitespace ignored); null when it isn't Base64. */
export function base64Bytes(base64: string): Uint8Array | null {
  let clean = '';
  for (let i = 0; i < base64.length; i++) {
    const c = base64.charCodeAt(i);
    if (c !== 0x20 && c !== 0x0a && c !== 0x0d && c !== 0x09) clean += base64[i];
  }
  let binary: string;
  try {
    binary = atob(clean);
  } catch {
    return null;
  }
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
  return out;
}

/** An OLE compound file (.msg) starts with D0 CF 11 E0 A1 B1 1A E1. */
export function isCompoundFile(bytes: Uint8Array): boolean {
  const sig = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
  return bytes.length >= sig.length && sig.every((b, i) => bytes[i] === b);
}
