// Stands in for iconv-lite in the browser build (webpack alias). msgreader calls iconv only for
// 8-bit strings when an ANSI code page is configured, which we never do; TextDecoder covers the
// decode side without bundling Node's Buffer.
export function decode(bytes: Uint8Array, encoding: string): string {
  return new TextDecoder(encoding).decode(bytes);
}

export function encode(): never {
  throw new Error('iconv-lite encode is not available in the task pane');
}

export default { decode, encode };
