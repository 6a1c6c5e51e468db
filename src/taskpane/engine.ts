// The diagnosis engine is loaded with a dynamic import(): its rule and advice tables are most of
// the pane's weight, and loading them next to Office.js's own start-up keeps the first paint
// small. index.tsx starts the load at boot, so it is usually done before an item is read.
// The authentication analysis, with the Public Suffix List it needs (tldts), is a third chunk that
// only messages with authentication to analyze load (../diagnosis/auth/analyzer.ts); the readers
// of rare formats are another, which only messages that show the sign of one load
// (../diagnosis/formats/on-demand.ts), and so are the rule table's phrases few bounces have
// (../diagnosis/rules/rare-phrases.ts).
import type { Diagnosis } from '../diagnosis';
import type { EngineParts } from './engine-chunk';

/** `lacking`, when given, hears which on-demand part the message needed and did not have. */
export type Diagnose = (input: Uint8Array, lacking?: (part: EngineParts) => void) => Diagnosis;

type EngineChunk = typeof import('./engine-chunk.js');

let chunk: Promise<EngineChunk> | null = null;
let loading: Promise<Diagnose> | null = null;
let loadingAdvice: Promise<void> | null = null;

/** A load that failed (a dropped connection) is forgotten, so that the next attempt retries. */
function retryable<T>(start: () => Promise<T>, forget: () => void): Promise<T> {
  const p = start();
  p.catch(forget);
  return p;
}

function engineChunk(): Promise<EngineChunk> {
  chunk ??= retryable(
    () => import(/* webpackChunkName: "engine" */ './engine-chunk.js'),
    () => (chunk = null),
  );
  return chunk;
}

export function loadEngine(): Promise<Diagnose> {
  loading ??= retryable(
    () =>
      engineChunk().then(
        (m): Diagnose =>
          (input, lacking) =>
            m.diagnose(input, lacking),
      ),
    () => (loading = null),
  );
  return loading;
}

/** A part the engine chunk loads on demand, asked for at most once at a time (a failed load is
 *  forgotten, so that the next ask retries). */
function loadPart(load: (m: EngineChunk) => Promise<void>): () => Promise<void> {
  let loadingPart: Promise<void> | null = null;
  return () => {
    loadingPart ??= retryable(
      () => engineChunk().then(load),
      () => (loadingPart = null),
    );
    return loadingPart;
  };
}

/** Brings the authentication analysis into the engine chunk; diagnoses made after it have their auth part. */
export const loadAuthAnalysis = loadPart((m) => m.loadAuthAnalysis());

/** Brings the readers of rare formats into the engine chunk (only a message that shows the sign
 *  of one needs them: formats/on-demand.ts); diagnoses made after it read those formats. */
export const loadFormatReaders = loadPart((m) => m.loadFormatReaders());

/** Brings the rule table's phrases few bounces have into the engine chunk (only a message whose
 *  words show the sign of one needs them: diagnosis/rules/rare-phrases.ts); diagnoses made after
 *  it classify with them. */
export const loadRarePhrases = loadPart((m) => m.loadRarePhrases());

let adviceReady = false;

/** Brings Microsoft's rule-specific advice into the engine chunk (only the bounces whose rules it
 *  refines need it: mayHaveRuleAdvice). True when this call brought it, so that diagnoses made
 *  before lack it; false when it was there already. */
export function loadRuleAdvice(): Promise<boolean> {
  if (adviceReady) return Promise.resolve(false);
  loadingAdvice ??= retryable(
    () =>
      engineChunk()
        .then((m) => m.loadRuleAdvice())
        .then(() => {
          adviceReady = true;
        }),
    () => (loadingAdvice = null),
  );
  return loadingAdvice.then(() => true);
}
