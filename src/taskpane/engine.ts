// The diagnosis engine is loaded with a dynamic import(): its rule and advice tables are most of
// the pane's weight, and loading them next to Office.js's own start-up keeps the first paint
// small. index.tsx starts the load at boot, so it is usually done before an item is read.
// The authentication analysis, with the Public Suffix List it needs (tldts), is a third chunk that
// only messages with authentication to analyze load (../diagnosis/auth/analyzer.ts).
import { installAuthAnalysis } from '../diagnosis/auth/analyzer';
import type { Diagnosis } from '../diagnosis/types';

export type Diagnose = (input: Uint8Array) => Diagnosis;

let loading: Promise<Diagnose> | null = null;
let loadingAuth: Promise<void> | null = null;

export function loadEngine(): Promise<Diagnose> {
  if (loading) return loading;
  loading = import(/* webpackChunkName: "engine" */ '../diagnosis/diagnose.js').then((m) => (input: Uint8Array) => m.diagnose(input));
  loading.catch(() => {
    loading = null; // let the next attempt retry a failed chunk load
  });
  return loading;
}

/** Plugs the authentication analysis into the engine; diagnoses made after it have their auth part. */
export function loadAuthAnalysis(): Promise<void> {
  if (loadingAuth) return loadingAuth;
  loadingAuth = import(/* webpackChunkName: "auth" */ '../diagnosis/auth/analyze.js').then((m) => installAuthAnalysis(m.analyzeAuth));
  loadingAuth.catch(() => {
    loadingAuth = null;
  });
  return loadingAuth;
}
