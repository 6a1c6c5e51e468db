// Runs the sources through worker threads (`--jobs N`) and hands the results back in input
// order. At most a few sources per worker are in flight, so the results waiting for an earlier
// source to finish stay few however many files there are.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import { streamMbox, type InputMessage, type Source } from './inputs';
import type * as ProcessSource from './process-source';
import type { MessageResult, Want } from './process-source';
import type { Task, TaskBody, TaskResults } from './worker';

export interface Sink {
  /** One message's results, in input order. */
  result(r: MessageResult): void;
  /** One source finished (for the progress bar). */
  sourceDone(): void;
}

// Sources queued per worker: enough that a worker never waits for the main thread.
const PER_WORKER = 8;

/** The compiled worker beside this file; absent when running from TypeScript sources (tests). */
export function workerFile(): string | null {
  const file = path.join(__dirname, 'worker.js');
  return fs.existsSync(file) ? file : null;
}

function readStdin(): Uint8Array {
  return fs.readFileSync(0);
}

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
  readonly endsSource: boolean;
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
    } else yield { body: source.stdin ? { source, stdin: safeStdin() } : { source }, endsSource: true };
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
    const workers = Array.from({ length: jobs }, () => new Worker(file, { workerData: { want } }));
    const outstanding = new Array<number>(jobs).fill(0);
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

    const dispatch = () => {
      while (!exhausted) {
        let best = 0;
        for (let i = 1; i < jobs; i++) if ((outstanding[i] ?? 0) < (outstanding[best] ?? 0)) best = i;
        if ((outstanding[best] ?? 0) >= PER_WORKER) return;
        let planned: IteratorResult<{ body: TaskBody; endsSource: boolean }>;
        try {
          planned = tasks.next();
        } catch (e) {
          finish(e);
          return;
        }
        if (planned.done) {
          exhausted = true;
          return;
        }
        pending.set(next, { chunks: [], endsSource: planned.value.endsSource, done: false });
        outstanding[best] = (outstanding[best] ?? 0) + 1;
        (workers[best] as Worker).postMessage({ ...planned.value.body, id: next } satisfies Task);
        next++;
      }
    };

    const flush = () => {
      for (;;) {
        const p = pending.get(head);
        if (!p) break;
        for (const chunk of p.chunks) for (const r of chunk) sink.result(r);
        p.chunks.length = 0;
        if (!p.done) break;
        pending.delete(head);
        if (p.endsSource) sink.sourceDone();
        head++;
      }
    };

    const pump = () => {
      flush();
      dispatch();
      if (exhausted && head >= next) finish();
    };

    workers.forEach((w, i) => {
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

function safeStdin(): Uint8Array {
  try {
    return readStdin();
  } catch {
    return new Uint8Array(0);
  }
}
