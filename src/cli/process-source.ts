// One source (a file or standard input) read and diagnosed, message by message, into what the
// command asked for. The same code runs in the main thread (--jobs 1) and in worker threads.
import { diagnose, type Diagnosis } from '../diagnosis/index';
import { localWords, type Language } from '../i18n';
import { bounceDate } from './bounce-date';
import { toJson, toText } from './format';
import { messagesOf, type InputMessage, type Source } from './inputs';
import { addressesToRemove, csvRows, toRecord, type MessageRecord } from './record';

/** What each message is turned into. */
export interface Want {
  /** Printed output: readable text, a JSON line, CSV rows (all recipients, or failed ones only). */
  readonly out: 'text' | 'json' | 'csv' | 'csv-failed' | null;
  /** The summary's record of the message. */
  readonly record: boolean;
  /** The addresses to remove from a list. */
  readonly addresses: boolean;
  /** The language of the text output (--lang / LANG); worker threads load it too. */
  readonly lang: Language;
}

export interface MessageResult {
  readonly error: boolean;
  readonly out: string;
  readonly record: MessageRecord | null;
  readonly addresses: readonly string[];
}

function safeDiagnose(bytes: Uint8Array, want: Want): { d: Diagnosis | null; error: string | null } {
  try {
    // Text speaks the asked language, the category's advice too; JSON and CSV stay English.
    const words = want.out === 'text' && want.lang !== 'en' ? { categoryWords: localWords() } : {};
    // The bytes as a binary string (one char per byte), which the engine scans as it is: Node
    // makes it with a copy, where the engine's own conversion of bytes goes through a decoder.
    const binary = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('latin1');
    return { d: diagnose(binary, words), error: null };
  } catch (e) {
    // diagnose() does not throw on content; this is the last guard so one message never ends a run.
    return { d: null, error: `internal error: ${e instanceof Error ? e.message : String(e)}` };
  }
}

/** One message (its bytes, or the error that kept them from us) turned into what was asked. */
export function processMessage(m: InputMessage, want: Want): MessageResult {
  const { d, error } = m.bytes ? safeDiagnose(m.bytes, want) : { d: null, error: m.error };
  const needsDate = want.record || want.out === 'csv' || want.out === 'csv-failed';
  const date = needsDate && m.bytes ? bounceDate(m.bytes) : null;
  let out = '';
  if (want.out === 'text') out = toText(m.file, d, error);
  else if (want.out === 'json') out = JSON.stringify(toJson(m.file, d, error)) + '\n';
  else if (want.out === 'csv' || want.out === 'csv-failed')
    out = csvRows(m.file, date, d, error, want.out === 'csv-failed');
  return {
    error: error !== null,
    out,
    record: want.record ? toRecord(m.file, date, d, error) : null,
    addresses: want.addresses ? addressesToRemove(d) : [],
  };
}

export function* processSource(
  source: Source,
  want: Want,
  stdinBytes?: Uint8Array,
): Generator<MessageResult> {
  for (const m of messagesOf(source, stdinBytes)) yield processMessage(m, want);
}
