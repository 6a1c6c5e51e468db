// Runs the sources in `--jobs N` threads, the main thread and N - 1 worker threads, and hands the
// results back in input order. The main thread reads the files and sends them to the workers in
// groups (one message each way per group, the bytes transferred, not copied), and between two
// messages from the workers diagnoses groups of its own: a thread that only read and waited was
// one more engine-less thread to start and schedule, while each thread that diagnoses pays the
// engine's JIT warm-up anyway (issue 11). At most a few groups per thread are in flight, so the
// results waiting for an earlier source to finish stay few however many files there are.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import { readSmall, streamMbox, type InputMessage, type Source } from './inputs';
import type * as ProcessSource from './process-source';
import type { MessageResult, Want } from './process-source';
import type * as TaskModule from './task';
import type { Task, TaskBody, TaskResults } from './task';

export interface Sink {
  /** One message's results, in input order. */
  result(r: MessageResult): void;
  /** One source finished (for the progress bar). */
  sourceDone(): void;
}

// Messages the main thread diagnoses before it looks at the workers' messages again.
const LOCAL_BATCH = 16;
// Tasks queued per worker: enough that a worker never waits for the main thread.
const PER_WORKER = 4;
// A task groups up to this many sources, or as many as make this many bytes read ahead.
const SOURCES_PER_TASK = 16;
const BYTES_PER_TASK = 1024 * 1024;
// Files up to this size are read by the main thread; a larger one the worker reads itself (an mbox
// above STREAM_MBOX_ABOVE is streamed there, a message at a time).
const PREREAD_UP_TO = 4 * 1024 * 1024;

/** The compiled worker beside this file; absent when running from TypeScript sources (tests). */
export function workerFile(): string | null {
  const file = path.join(__dirname, 'worker.js');
  return fs.existsSync(file) ? file : null;
}

function readStdin(): Uint8Array {
  return fs.readFileSync(0);
}

// eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded on demand, as below
const localTasks = () => require('./task') as typeof TaskModule;

/** In this thread, one source after another. */
export function runInProcess(sources: readonly Source[], want: Want, sink: Sink): void {
  // Loaded here, not at the top: with worker threads the main thread never diagnoses, and loading
  // the engine there would cost start-up time and memory for nothing.
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded on demand, synchronously
  const { processSource } = require('./process-source') as typeof ProcessSource;
  for (const s of sources) {
    let stdin: Uint8Array | undefined;
    if (s.stdin) {
      try {
        stdin = readStdin();
      } catch {
        // messagesOf reports the read error
      }
    }
    for (const r of processSource(s, want, stdin)) sink.result(r);
    sink.sourceDone();
  }
}

interface Pending {
  readonly chunks: MessageResult[][];
  /** How many sources the task ends (for the progress bar). */
  readonly sourcesEnded: number;
  done: boolean;
}

// An mbox larger than this is split by the main thread into batches that all workers share, so
// that one big bounce box uses every core too.
export const SPLIT_MBOX_ABOVE = 8 * 1024 * 1024;
const MESSAGES_PER_TASK = 256;
// Sizes are checked only when there are few sources; with many, files spread over the workers.
const SIZE_CHECK_UP_TO = 64;

/** The messages of a large mbox in batches, or null when the file is not one. */
function largeMbox(file: string, splitAbove: number): Generator<InputMessage[]> | null {
  let fd: number;
  try {
    fd = fs.openSync(file, 'r');
  } catch {
    return null; // the worker that reads it reports the error
  }
  try {
    const head = Buffer.alloc(5);
    if (
      fs.fstatSync(fd).size > splitAbove &&
      fs.readSync(fd, head, 0, 5, 0) === 5 &&
      head.toString('latin1') === 'From '
    )
      return batches(file, fd);
  } catch {
    // as above
  }
  fs.closeSync(fd);
  return null;
}

function* batches(file: string, fd: number): Generator<InputMessage[]> {
  try {
    let batch: InputMessage[] = [];
    for (const m of streamMbox(file, fd)) {
      batch.push(m);
      if (batch.length >= MESSAGES_PER_TASK) {
        yield batch;
        batch = [];
      }
    }
    if (batch.length > 0) yield batch;
  } finally {
    fs.closeSync(fd);
  }
}

/** True when a source is a file large enough to split (only then are a few sources worth workers). */
export function isLargeFile(source: Source, splitAbove = SPLIT_MBOX_ABOVE): boolean {
  if (source.stdin || source.error) return false;
  try {
    return fs.statSync(source.file).size > splitAbove;
  } catch {
    return false;
  }
}

/** The tasks for the workers, in input order; `endsSource` marks each source's last one. */
export function* plan(
  sources: readonly Source[],
  splitAbove = SPLIT_MBOX_ABOVE,
): Generator<{ body: TaskBody; endsSource: boolean }> {
  const checkSizes = sources.length <= SIZE_CHECK_UP_TO;
  for (const source of sources) {
    const split = checkSizes && !source.stdin && !source.error ? largeMbox(source.file, splitAbove) : null;
    if (split) {
      let previous: InputMessage[] | null = null;
      for (const batch of split) {
        if (previous) yield { body: { messages: previous }, endsSource: false };
        previous = batch;
      }
      yield { body: { messages: previous ?? [] }, endsSource: true };
    } else yield { body: source.stdin ? { source, bytes: safeStdin() } : { source }, endsSource: true };
  }
}

/** In `jobs` worker threads; resolves when every source's results have been handed on. */
export function runInWorkers(
  sources: readonly Source[],
  want: Want,
  jobs: number,
  file: string,
  sink: Sink,
  splitAbove = SPLIT_MBOX_ABOVE,
): Promise<void> {
  return new Promise((resolve, reject) => {
    // Thread 0 is this one; 1 .. jobs - 1 are workers.
    const workers = Array.from({ length: jobs - 1 }, () => new Worker(file, { workerData: { want } }));
    const outstanding = new Array<number>(jobs).fill(0);
    const local: Task[] = [];
    let localRunning = false;
    const pending = new Map<number, Pending>();
    const tasks = plan(sources, splitAbove);
    let exhausted = false;
    let next = 0; // id of the next task to send
    let head = 0; // id of the next task to hand on
    let finished = false;

    const finish = (error?: unknown) => {
      if (finished) return;
      finished = true;
      for (const w of workers) void w.terminate();
      if (error) reject(error instanceof Error ? error : new Error(String(error)));
      else resolve();
    };

    let held: { body: TaskBody; endsSource: boolean } | null = null;
    /** The next group of planned bodies (files read here), or null when the plan is done. */
    const group = (): { parts: TaskBody[]; transfer: ArrayBuffer[]; sourcesEnded: number } | null => {
      const parts: TaskBody[] = [];
      const transfer: ArrayBuffer[] = [];
      let sourcesEnded = 0;
      let bytes = 0;
      while (parts.length < SOURCES_PER_TASK && bytes < BYTES_PER_TASK) {
        let item = held;
        held = null;
        if (!item) {
          const planned = tasks.next();
          if (planned.done) break;
          item = planned.value;
        }
        // A batch of a large mbox is a task of its own, as is what follows it.
        if ('messages' in item.body && parts.length > 0) {
          held = item;
          break;
        }
        const body = readAhead(item.body);
        parts.push(body);
        if ('bytes' in body && body.bytes) {
          bytes += body.bytes.byteLength;
          if (!('stdin' in body.source && body.source.stdin)) transfer.push(body.bytes.buffer as ArrayBuffer);
        }
        if (item.endsSource) sourcesEnded++;
        if ('messages' in body) break;
      }
      return parts.length > 0 ? { parts, transfer, sourcesEnded } : null;
    };

    const dispatch = () => {
      while (!exhausted) {
        let best = 0;
        for (let i = 1; i < jobs; i++) if ((outstanding[i] ?? 0) < (outstanding[best] ?? 0)) best = i;
        if ((outstanding[best] ?? 0) >= PER_WORKER) return;
        let task: ReturnType<typeof group>;
        try {
          task = group();
        } catch (e) {
          finish(e);
          return;
        }
        if (!task) {
          exhausted = true;
          return;
        }
        pending.set(next, { chunks: [], sourcesEnded: task.sourcesEnded, done: false });
        outstanding[best] = (outstanding[best] ?? 0) + 1;
        const message: Task = { parts: task.parts, id: next };
        if (best === 0) {
          local.push(message);
          if (!localRunning) {
            localRunning = true;
            setImmediate(runLocal);
          }
        } else (workers[best - 1] as Worker).postMessage(message, task.transfer);
        next++;
      }
    };

    // This thread's tasks, LOCAL_BATCH messages per turn of the event loop, so that the workers'
    // results and their next tasks are handled in between.
    let current: { id: number; results: Iterator<MessageResult> } | null = null;
    const runLocal = () => {
      if (finished) return;
      if (!current) {
        const task = local.shift();
        if (!task) {
          localRunning = false;
          return;
        }
        current = { id: task.id, results: localTasks().processTask(task, want) };
      }
      const p = pending.get(current.id);
      const batch: MessageResult[] = [];
      try {
        for (let r = current.results.next(); ; r = current.results.next()) {
          if (r.done) {
            current = null;
            outstanding[0] = (outstanding[0] ?? 0) - 1;
            if (p) p.done = true;
            break;
          }
          batch.push(r.value);
          if (batch.length >= LOCAL_BATCH) break;
        }
      } catch (e) {
        finish(e);
        return;
      }
      if (p) p.chunks.push(batch);
      setImmediate(runLocal);
      pump();
    };

    const flush = () => {
      for (;;) {
        const p = pending.get(head);
        if (!p) break;
        for (const chunk of p.chunks) for (const r of chunk) sink.result(r);
        p.chunks.length = 0;
        if (!p.done) break;
        pending.delete(head);
        for (let k = 0; k < p.sourcesEnded; k++) sink.sourceDone();
        head++;
      }
    };

    const pump = () => {
      flush();
      dispatch();
      if (exhausted && head >= next) finish();
    };

    workers.forEach((w, k) => {
      const i = k + 1;
      w.on('message', (m: TaskResults) => {
        const p = pending.get(m.id);
        if (!p) return;
        p.chunks.push(m.results);
        if (m.done) {
          p.done = true;
          outstanding[i] = (outstanding[i] ?? 0) - 1;
        }
        pump();
      });
      w.on('error', (e) => finish(e));
      w.on('exit', (code) => {
        if (!finished && code !== 0) finish(new Error(`a worker thread stopped (exit code ${code})`));
      });
    });
    pump();
  });
}

/**
 * A file source with its bytes read here when it is a readable regular file of at most
 * PREREAD_UP_TO bytes; otherwise unchanged, and the worker reads it (and reports its error).
 */
function readAhead(body: TaskBody): TaskBody {
  if (!('source' in body) || body.bytes || body.source.stdin || body.source.error) return body;
  let fd: number;
  try {
    fd = fs.openSync(body.source.file, 'r');
  } catch {
    return body;
  }
  try {
    const small = readSmall(fd);
    if (small) return { source: body.source, bytes: small };
    const size = fs.fstatSync(fd).size;
    // An empty size may be a file whose size the system does not know (/proc): the worker reads it.
    if (size === 0 || size > PREREAD_UP_TO) return body;
    // An ArrayBuffer of its own (not Buffer's shared pool), so that it can be transferred.
    const bytes = Buffer.allocUnsafeSlow(size);
    let n = 0;
    while (n < size) {
      const got = fs.readSync(fd, bytes, n, size - n, n);
      if (got === 0) break;
      n += got;
    }
    return { source: body.source, bytes: n === size ? bytes : bytes.subarray(0, n) };
  } catch {
    return body;
  } finally {
    fs.closeSync(fd);
  }
}

function safeStdin(): Uint8Array {
  try {
    return readStdin();
  } catch {
    return new Uint8Array(0);
  }
}
