// The work of `--jobs N` (pool.ts): a task is a group of sources or messages, in input order; the
// same code runs it in a worker thread (worker.ts) and in the main thread.
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

/** A task's results, message by message. */
export function* processTask(task: Task, want: Want): Generator<MessageResult> {
  for (const part of task.parts) {
    if ('messages' in part) for (const m of part.messages) yield processMessage(m, want);
    else yield* processSource(part.source, want, part.bytes);
  }
}
