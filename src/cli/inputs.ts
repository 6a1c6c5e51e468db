// Finding the messages to read: files and directories (walked recursively in sorted order; a
// maildir gives its cur/ and new/ only), standard input, and what a file may hold: one message,
// an mbox, a gzip-compressed file or an Outlook .msg. Problems become per-file errors, never a crash.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { msgToMime } from './msg-reader';

export interface InputMessage {
  readonly file: string;
  readonly bytes: Uint8Array | null;
  readonly error: string | null;
}

/** Something to read: a file found by the walk (or its error), or standard input ("-"). */
export interface Source {
  readonly file: string;
  readonly error: string | null;
  readonly stdin?: boolean;
}

const SKIP_EXT = new Set(['.json', '.jsonl', '.md', '.js', '.ts', '.png', '.jpg', '.gif', '.pdf', '.zip']);

// A .gz expands at most this much: a small file that inflates to gigabytes (a "zip bomb") is
// refused instead of filling the memory.
export const MAX_GUNZIP_BYTES = 256 * 1024 * 1024;

function isCandidate(name: string): boolean {
  if (name.startsWith('.')) return false;
  return !SKIP_EXT.has(path.extname(name).toLowerCase());
}

/** A maildir (cur/ and new/ side by side): only those two hold messages; tmp/ is half-written. */
function maildirParts(target: string, names: string[]): string[] | null {
  if (!names.includes('cur') || !names.includes('new')) return null;
  const isDir = (n: string) => {
    try {
      return fs.statSync(path.join(target, n)).isDirectory();
    } catch {
      return false;
    }
  };
  return isDir('cur') && isDir('new') ? ['cur', 'new'] : null;
}

/** Yields every file to read, in sorted order; directory loops through symlinks are cut. */
export function* walk(target: string, seen = new Set<string>()): Generator<Source> {
  let st: fs.Stats;
  try {
    st = fs.statSync(target);
  } catch (e) {
    yield { file: target, error: describe(e) };
    return;
  }
  if (!st.isDirectory()) {
    // Reading a named pipe or a device would block the run or never end.
    yield {
      file: target,
      error: st.isFile() ? null : 'not a regular file (a pipe, socket or device); skipped',
    };
    return;
  }
  let real: string;
  try {
    real = fs.realpathSync(target);
  } catch (e) {
    yield { file: target, error: describe(e) };
    return;
  }
  if (seen.has(real)) {
    yield { file: target, error: 'directory loop (a symbolic link points back to a parent); skipped' };
    return;
  }
  seen.add(real);
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(target, { withFileTypes: true });
  } catch (e) {
    yield { file: target, error: describe(e) };
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const maildir = maildirParts(
    target,
    entries.map((e) => e.name),
  );
  for (const entry of entries) {
    const full = path.join(target, entry.name);
    if (maildir) {
      if (maildir.includes(entry.name)) yield* walk(full, seen);
      continue;
    }
    // The directory entry's type saves a stat per file; links and unknown types are stat'ed.
    if (entry.isDirectory()) yield* walk(full, seen);
    else if (entry.isFile()) {
      if (isCandidate(entry.name)) yield { file: full, error: null };
    } else if (entry.isSymbolicLink()) {
      let isDir = false;
      try {
        isDir = fs.statSync(full).isDirectory();
      } catch {
        // reported by the recursive call
      }
      if (isDir || isCandidate(entry.name)) yield* walk(full, seen);
    } else if (isCandidate(entry.name)) yield* walk(full, seen);
  }
}

/** Every source of the command line in order: "-" is standard input, the rest are walked. */
export function* sources(targets: readonly string[]): Generator<Source> {
  for (const t of targets) {
    if (t === '-') yield { file: '-', error: null, stdin: true };
    else yield* walk(t);
  }
}

export function describe(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  if (err && err.code === 'ENOENT') return 'no such file or directory';
  if (err && err.code === 'EACCES') return 'permission denied';
  if (err && err.code === 'ELOOP') return 'too many levels of symbolic links';
  if (err && err.code === 'EISDIR') return 'is a directory';
  return err && err.message ? err.message : String(e);
}

// The control bytes that text mail does not hold: all below 32 except tab, LF, VT, FF, CR and ESC.
// eslint-disable-next-line no-control-regex -- control bytes are the point
const CONTROL = /[\x00-\x08\x0e-\x1a\x1c-\x1f]/;
// eslint-disable-next-line no-control-regex -- as above
const CONTROL_ALL = /[\x00-\x08\x0e-\x1a\x1c-\x1f]/g;

/**
 * True for data that is not mail: more than a tenth of the first 8 KB are control bytes. A few
 * stray NULs do occur in real bounces, so a single one is not enough.
 */
export function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  // One native regular-expression pass over the bytes as Latin-1 (one char per byte), not a loop
  // in JavaScript: run on every file, that loop was a tenth of a run's time before the JIT had
  // compiled it (issue 11). Most mail has no control byte at all, so the count is rarely needed.
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, n).toString('latin1');
  if (!CONTROL.test(head)) return false;
  const control = head.match(CONTROL_ALL)?.length ?? 0;
  return control * 10 > n;
}

/** Splits an mbox ("From " lines at the start of a line after a blank line) into messages. */
export function splitMbox(bytes: Uint8Array): Uint8Array[] | null {
  if (!startsWith(bytes, MBOX_FROM)) return null;
  const starts: number[] = [0];
  // Buffer's native search for the line starts, not a loop over every byte in JavaScript.
  const data = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
  for (
    let nl = data.indexOf('\nFrom ', 0, 'latin1');
    nl >= 0;
    nl = data.indexOf('\nFrom ', nl + 1, 'latin1')
  ) {
    const i = nl + 1;
    if (i + 5 >= bytes.length) break;
    // must follow an empty line to count as a separator
    if (separatorAt(data, i)) starts.push(i);
  }
  if (starts.length < 2) return null;
  return starts.map((s, k) => bytes.subarray(s, starts[k + 1] ?? bytes.length));
}

const MBOX_FROM = [0x46, 0x72, 0x6f, 0x6d, 0x20]; // "From "
const GZIP = [0x1f, 0x8b];
// The OLE compound file signature (MS-CFB 2.2) that every Outlook .msg starts with.
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  if (bytes.length < magic.length) return false;
  return magic.every((b, i) => bytes[i] === b);
}

/**
 * The messages in a file's bytes, by what the bytes are (not by the file's name): gzip is
 * inflated once (a .gz inside a .gz is refused), a .msg converted to MIME by the pane's own
 * reader, an mbox split; anything else is one message unless it is binary.
 */
export function* unpack(file: string, bytes: Uint8Array, inflated = false): Generator<InputMessage> {
  if (bytes.length === 0) {
    yield { file, bytes: null, error: inflated ? 'empty once uncompressed' : 'empty file (0 bytes)' };
    return;
  }
  if (startsWith(bytes, GZIP)) {
    if (inflated) {
      yield { file, bytes: null, error: 'gzip inside gzip; not read' };
      return;
    }
    let out: Buffer;
    try {
      out = gunzipSync(bytes, { maxOutputLength: MAX_GUNZIP_BYTES });
    } catch (e) {
      const err = e as NodeJS.ErrnoException;
      yield {
        file,
        bytes: null,
        error:
          err.code === 'ERR_BUFFER_TOO_LARGE'
            ? `larger than ${MAX_GUNZIP_BYTES / 1024 / 1024} MB once uncompressed; not read`
            : `not a readable gzip file (${err.message})`,
      };
      return;
    }
    yield* unpack(file, out, true);
    return;
  }
  if (startsWith(bytes, OLE)) {
    try {
      yield { file, bytes: msgToMime(bytes), error: null };
    } catch (e) {
      yield { file, bytes: null, error: `an Outlook .msg that could not be read (${describe(e)})` };
    }
    return;
  }
  if (looksBinary(bytes)) {
    yield { file, bytes: null, error: 'binary file, not an email message' };
    return;
  }
  const parts = splitMbox(bytes);
  if (parts) {
    for (let i = 0; i < parts.length; i++)
      yield { file: `${file}#${i + 1}`, bytes: parts[i] as Uint8Array, error: null };
  } else {
    yield { file, bytes, error: null };
  }
}

/** Reads a source's bytes: the file, or all of standard input. */
export function readSource(source: Source): Uint8Array {
  return source.stdin ? fs.readFileSync(0) : fs.readFileSync(source.file);
}

// An mbox larger than this is read in chunks, one message at a time, instead of whole: memory
// then follows the largest message, not the file.
export const STREAM_MBOX_ABOVE = 64 * 1024 * 1024;
const CHUNK = 4 * 1024 * 1024;

/** True when a separator ("From " at a line start) at `i` follows an empty line. */
function separatorAt(data: Uint8Array, i: number): boolean {
  return i >= 2 && (data[i - 2] === 10 || (data[i - 2] === 13 && i >= 3 && data[i - 3] === 10));
}

/** The messages of a large mbox, read CHUNK bytes at a time; the same splitting as splitMbox. */
export function* streamMbox(file: string, fd: number, chunk = CHUNK): Generator<InputMessage> {
  let carry: Buffer = Buffer.alloc(0);
  let scanned = 0; // carry before this offset holds no separator
  let index = 0;
  for (;;) {
    const buf = Buffer.allocUnsafe(chunk);
    const n = fs.readSync(fd, buf, 0, chunk, null);
    if (n === 0) break;
    const data = carry.length > 0 ? Buffer.concat([carry, buf.subarray(0, n)]) : buf.subarray(0, n);
    let start = 0;
    let search = Math.max(1, scanned - 7);
    for (;;) {
      const nl = data.indexOf('\nFrom ', search, 'latin1');
      if (nl < 0) break;
      const at = nl + 1;
      if (at > start && separatorAt(data, at)) {
        yield { file: `${file}#${++index}`, bytes: Buffer.from(data.subarray(start, at)), error: null };
        start = at;
      }
      search = at;
    }
    // A copy, so that the chunk just read is not kept alive by a view into it.
    carry = Buffer.from(data.subarray(start));
    scanned = carry.length;
  }
  if (carry.length > 0) yield { file: `${file}#${index + 1}`, bytes: carry, error: null };
}

// Most bounces are a few KB: read into this buffer, then copied out at their size.
const SMALL = 64 * 1024;
let scratch: Buffer | null = null;

/**
 * The whole content of an open file of less than 64 KB, in an ArrayBuffer of its own (which can
 * be transferred to a worker); null for a larger file, whose size the caller then asks for. No
 * fstat: that is a system call and a Stats object with four Dates per file, a few percent of a
 * run over thousands of small files (issue 11). Reads from offset 0; the second read confirms the
 * end (a file in /proc may come in pieces).
 */
export function readSmall(fd: number): Uint8Array | null {
  const buf = (scratch ??= Buffer.allocUnsafeSlow(SMALL));
  let n = 0;
  for (;;) {
    const got = fs.readSync(fd, buf, n, SMALL - n, n);
    if (got === 0) break;
    n += got;
    if (n === SMALL) return null;
  }
  const bytes = Buffer.allocUnsafeSlow(n);
  buf.copy(bytes, 0, 0, n);
  return bytes;
}

/** The messages of one source, each with its bytes or an error. */
export function* messagesOf(source: Source, stdinBytes?: Uint8Array): Generator<InputMessage> {
  if (source.error) {
    yield { file: source.file, bytes: null, error: source.error };
    return;
  }
  if (stdinBytes || source.stdin) {
    let bytes: Uint8Array;
    try {
      bytes = stdinBytes ?? readSource(source);
    } catch (e) {
      yield { file: source.file, bytes: null, error: describe(e) };
      return;
    }
    yield* unpack(source.file, bytes);
    return;
  }
  let fd: number;
  try {
    fd = fs.openSync(source.file, 'r');
  } catch (e) {
    yield { file: source.file, bytes: null, error: describe(e) };
    return;
  }
  try {
    let bytes: Uint8Array;
    try {
      const small = readSmall(fd);
      if (small) {
        yield* unpack(source.file, small);
        return;
      }
      if (fs.fstatSync(fd).size > STREAM_MBOX_ABOVE) {
        const head = Buffer.alloc(5);
        const n = fs.readSync(fd, head, 0, 5, 0);
        if (n === 5 && head.toString('latin1') === 'From ') {
          yield* streamMbox(source.file, fd);
          return;
        }
      }
      bytes = fs.readFileSync(fd);
    } catch (e) {
      yield { file: source.file, bytes: null, error: describe(e) };
      return;
    }
    yield* unpack(source.file, bytes);
  } finally {
    fs.closeSync(fd);
  }
}

/** Every message under a target (kept for scripts and tests that read one path). */
export function* readMessages(target: string): Generator<InputMessage> {
  for (const s of sources([target])) yield* messagesOf(s);
}
