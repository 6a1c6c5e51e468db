// Finding the messages to read: files and directories (walked recursively in sorted order), and
// mbox files split into their messages. Problems become per-file errors, never a crash.
import * as fs from 'node:fs';
import * as path from 'node:path';

export interface InputMessage {
  readonly file: string;
  readonly bytes: Uint8Array | null;
  readonly error: string | null;
}

const SKIP_EXT = new Set([
  '.json',
  '.jsonl',
  '.md',
  '.js',
  '.ts',
  '.png',
  '.jpg',
  '.gif',
  '.pdf',
  '.zip',
  '.gz',
]);

function isCandidate(name: string): boolean {
  const ext = path.extname(name).toLowerCase();
  if (name.startsWith('.')) return false;
  return ext === '.eml' || ext === '.txt' || ext === '.mbox' || ext === '' || !SKIP_EXT.has(ext);
}

/** Yields every file to read, in sorted order; directory loops through symlinks are cut. */
export function* walk(
  target: string,
  seen = new Set<string>(),
): Generator<{ file: string; error: string | null }> {
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
  let names: string[];
  try {
    names = fs.readdirSync(target).sort();
  } catch (e) {
    yield { file: target, error: describe(e) };
    return;
  }
  for (const name of names) {
    const full = path.join(target, name);
    let isDir = false;
    try {
      isDir = fs.statSync(full).isDirectory();
    } catch {
      // reported by the recursive call
    }
    if (isDir || isCandidate(name)) yield* walk(full, seen);
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

/**
 * True for data that is not mail: more than a tenth of the first 8 KB are control bytes. A few
 * stray NULs do occur in real bounces, so a single one is not enough.
 */
export function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i] as number;
    if (b < 9 || (b > 13 && b < 32 && b !== 27)) control++;
  }
  return control * 10 > n;
}

/** Splits an mbox ("From " lines at the start of a line after a blank line) into messages. */
export function splitMbox(bytes: Uint8Array): Uint8Array[] | null {
  const head = Buffer.from(bytes.subarray(0, 5)).toString('latin1');
  if (head !== 'From ') return null;
  const starts: number[] = [0];
  for (let i = 1; i + 5 < bytes.length; i++) {
    if (
      bytes[i - 1] === 10 &&
      bytes[i] === 70 &&
      bytes[i + 1] === 114 &&
      bytes[i + 2] === 111 &&
      bytes[i + 3] === 109 &&
      bytes[i + 4] === 32
    ) {
      // must follow an empty line to count as a separator
      if (i >= 2 && (bytes[i - 2] === 10 || (bytes[i - 2] === 13 && i >= 3 && bytes[i - 3] === 10)))
        starts.push(i);
    }
  }
  if (starts.length < 2) return null;
  return starts.map((s, k) => bytes.subarray(s, starts[k + 1] ?? bytes.length));
}

export function* readMessages(target: string): Generator<InputMessage> {
  for (const { file, error } of walk(target)) {
    if (error) {
      yield { file, bytes: null, error };
      continue;
    }
    let bytes: Uint8Array;
    try {
      bytes = fs.readFileSync(file);
    } catch (e) {
      yield { file, bytes: null, error: describe(e) };
      continue;
    }
    if (bytes.length === 0) {
      yield { file, bytes: null, error: 'empty file (0 bytes)' };
      continue;
    }
    if (looksBinary(bytes)) {
      yield { file, bytes: null, error: 'binary file, not an email message' };
      continue;
    }
    const parts = splitMbox(bytes);
    if (parts) {
      for (let i = 0; i < parts.length; i++)
        yield { file: `${file}#${i + 1}`, bytes: parts[i] as Uint8Array, error: null };
    } else {
      yield { file, bytes, error: null };
    }
  }
}
