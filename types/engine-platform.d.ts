// What the engine may use of its host, for `npm run typecheck:engine` (tsconfig.engine.json): the
// WHATWG Encoding and URL APIs, which browsers and Node both have. Nothing else: no DOM, no Node,
// so a `document`, `process` or `node:fs` in src/diagnosis fails the typecheck.
interface TextDecodeOptions {
  stream?: boolean;
}
interface TextDecoderOptions {
  fatal?: boolean;
  ignoreBOM?: boolean;
}
declare class TextDecoder {
  constructor(label?: string, options?: TextDecoderOptions);
  readonly encoding: string;
  readonly fatal: boolean;
  decode(input?: ArrayBufferView | ArrayBuffer, options?: TextDecodeOptions): string;
}
declare class TextEncoder {
  readonly encoding: string;
  encode(input?: string): Uint8Array;
}
declare class URL {
  constructor(url: string, base?: string);
  readonly hostname: string;
  readonly href: string;
}
