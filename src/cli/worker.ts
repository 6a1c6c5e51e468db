// A worker thread of `--jobs N`: reads and diagnoses what the main thread sends (a source to read,
// or messages the main thread already split out of a large mbox), and sends back each task's
// results in batches (a large file streams instead of piling up here).
import { parentPort, workerData } from 'node:worker_threads';
import { loadLanguage } from '../i18n';
import { loadTextExtras } from './text-extras';
import type { InputMessage, Source } from './inputs';
import { processMessage, processSource, type MessageResult, type Want } from './process-source';

/**
 * A source to read, or already read by the main thread (`bytes`: standard input, or a file read
 * ahead), or messages the main thread split out of a large mbox.
 */
export type TaskBody =
  { readonly source: Source; readonly bytes?: Uint8Array } | { readonly messages: readonly InputMessage[] };

/** A group of bodies, in input order. */
export interface Task {
  readonly id: number;
  readonly parts: readonly TaskBody[];
}

export interface TaskResults {
  readonly id: number;
  readonly results: MessageResult[];
  readonly done: boolean;
}

const BATCH = 64;

function* results(task: Task, want: Want): Generator<MessageResult> {
  for (const part of task.parts) {
    if ('messages' in part) for (const m of part.messages) yield processMessage(m, want);
    else yield* processSource(part.source, want, part.bytes);
  }
}

if (parentPort) {
  const port = parentPort;
  const want = (workerData as { want: Want }).want;
  // Tasks wait for the language's catalog (loaded once); they still run in the order they came.
  const ready = loadLanguage(want.lang).then(() => loadTextExtras(want));
  port.on('message', (task: Task) => void ready.then(() => runTask(task)));
  const runTask = (task: Task) => {
    let batch: MessageResult[] = [];
    for (const r of results(task, want)) {
      batch.push(r);
      if (batch.length >= BATCH) {
        port.postMessage({ id: task.id, results: batch, done: false } satisfies TaskResults);
        batch = [];
      }
    }
    port.postMessage({ id: task.id, results: batch, done: true } satisfies TaskResults);
  };
}
