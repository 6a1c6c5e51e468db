// The diagnosis engine is loaded with a dynamic import(): its rule and advice tables are most of
// the pane's weight, and loading them next to Office.js's own start-up keeps the first paint
// small. index.tsx starts the load at boot, so it is usually done before an item is read.
import type { Diagnosis } from '../diagnosis/types';

export type Diagnose = (input: Uint8Array) => Diagnosis;

let loading: Promise<Diagnose> | null = null;

export function loadEngine(): Promise<Diagnose> {
  if (loading) return loading;
  loading = import(/* webpackChunkName: "engine" */ '../diagnosis/diagnose.js').then((m) => (input: Uint8Array) => m.diagnose(input));
  loading.catch(() => {
    loading = null; // let the next attempt retry a failed chunk load
  });
  return loading;
}
