// A worker thread of `--jobs N`: reads and diagnoses the sources the main thread sends, and sends
// back each one's results in batches (a large mbox streams instead of piling up here).
import { parentPort, workerData } from 'node:worker_threads';
import type { Source } from './inputs';
import { processSource, type MessageResult, type Want } from './process-source';

export interface Task {
  readonly id: number;
  readonly source: Source;
  readonly stdin?: Uint8Array;
}

export interface TaskResults {
  readonly id: number;
  readonly results: MessageResult[];
  readonly done: boolean;
}

const BATCH = 64;

if (parentPort) {
  const port = parentPort;
  const want = (workerData as { want: Want }).want;
  port.on('message', (task: Task) => {
    let batch: MessageResult[] = [];
    for (const r of processSource(task.source, want, task.stdin)) {
      batch.push(r);
      if (batch.length >= BATCH) {
        port.postMessage({ id: task.id, results: batch, done: false } satisfies TaskResults);
        batch = [];
      }
    }
    port.postMessage({ id: task.id, results: batch, done: true } satisfies TaskResults);
  });
}
