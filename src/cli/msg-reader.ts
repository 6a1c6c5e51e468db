// Outlook .msg files for the CLI: the pane's own converter (src/office/msg-convert.ts, with
// @kenjiuno/msgreader), loaded on the first .msg only: loading msgreader costs ~40 ms of start-up
// that a folder of .eml files should not pay.
import type * as MsgConvert from '../office/msg-convert';

let converter: typeof MsgConvert | null = null;

/** The .msg as one MIME message; throws on a file msgreader cannot read. */
export function msgToMime(bytes: Uint8Array): Uint8Array {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded on demand, synchronously
  converter ??= require('../office/msg-convert') as typeof MsgConvert;
  // A plain Uint8Array copy: msg-convert takes `bytes.slice().buffer`, and a Node Buffer's
  // slice() is a view into Node's shared pool, so msgreader would read the whole pool (another
  // file's bytes, even) instead of this file.
  return converter.msgToMime(new Uint8Array(bytes));
}
