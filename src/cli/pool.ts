// Runs the sources through worker threads (`--jobs N`) and hands the results back in input
// order. At most a few sources per worker are in flight, so the results waiting for an earlier
// source to finish stay few however many files there are.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Source } from './inputs';
import { processSource, type MessageResult, type Want } from './process-source';
import type { Task, TaskResults } from './worker';

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
  done: boolean;
}

/** In `jobs` worker threads; resolves when every source's results have been handed on. */
export function runInWorkers(
  sources: readonly Source[],
  want: Want,
  jobs: number,
  file: string,
  sink: Sink,
): Promise<void> {
  return new Promise((resolve, reject) => {
    const workers = Array.from({ length: jobs }, () => new Worker(file, { workerData: { want } }));
    const outstanding = new Array<number>(jobs).fill(0);
    const pending = new Map<number, Pending>();
    let next = 0; // next source to send
    let head = 0; // next source to hand on
    let finished = false;

    const finish = (error?: unknown) => {
      if (finished) return;
      finished = true;
      for (const w of workers) void w.terminate();
      if (error) reject(error instanceof Error ? error : new Error(String(error)));
      else resolve();
    };

    const dispatch = () => {
      while (next < sources.length) {
        let best = 0;
        for (let i = 1; i < jobs; i++) if ((outstanding[i] ?? 0) < (outstanding[best] ?? 0)) best = i;
        if ((outstanding[best] ?? 0) >= PER_WORKER) return;
        const source = sources[next] as Source;
        const task: Task = source.stdin ? { id: next, source, stdin: safeStdin() } : { id: next, source };
        pending.set(next, { chunks: [], done: false });
        outstanding[best] = (outstanding[best] ?? 0) + 1;
        (workers[best] as Worker).postMessage(task);
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
        sink.sourceDone();
        head++;
      }
      if (head >= sources.length) finish();
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
        if (m.id === head) flush();
        dispatch();
      });
      w.on('error', (e) => finish(e));
      w.on('exit', (code) => {
        if (!finished && code !== 0) finish(new Error(`a worker thread stopped (exit code ${code})`));
      });
    });
    if (sources.length === 0) finish();
    else dispatch();
  });
}

function safeStdin(): Uint8Array {
  try {
    return readStdin();
  } catch {
    return new Uint8Array(0);
  }
}
