// A worker thread of `--jobs N`: reads and diagnoses what the main thread sends (a source to read,
// or messages the main thread already split out of a large mbox), and sends back each task's
// results in batches (a large file streams instead of piling up here).
import { parentPort, workerData } from 'node:worker_threads';
import { loadLanguage } from '../i18n';
import { CLI_CATALOGS } from '../i18n/cli-catalogs';
import { loadTextExtras } from './text-extras';
import type { MessageResult, Want } from './process-source';
import { processTask, type Task, type TaskResults } from './task';

const BATCH = 64;

if (parentPort) {
  const port = parentPort;
  const want = (workerData as { want: Want }).want;
  // Tasks wait for the language's catalog (loaded once); they still run in the order they came.
  const ready = loadLanguage(want.lang, CLI_CATALOGS).then(() => loadTextExtras(want));
  port.on('message', (task: Task) => void ready.then(() => runTask(task)));
  const runTask = (task: Task) => {
    let batch: MessageResult[] = [];
    for (const r of processTask(task, want)) {
      batch.push(r);
      if (batch.length >= BATCH) {
        port.postMessage({ id: task.id, results: batch, done: false } satisfies TaskResults);
        batch = [];
      }
    }
    port.postMessage({ id: task.id, results: batch, done: true } satisfies TaskResults);
  };
}
