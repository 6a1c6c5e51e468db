// What the pane's "engine" chunk holds: diagnose() with the report details the pane shows
// (readReportExtras) and the way to the authentication analysis. That import() sits here, inside
// the engine chunk, so that webpack leaves out of the "auth" chunk what this one already carries
// (the MIME headers and their decoders).
import { installAuthAnalysis } from '../diagnosis/auth/analyzer';
import { diagnose as diagnoseOnly } from '../diagnosis/diagnose';
import { readReportExtras } from '../diagnosis/extras/report-extras';
import type { Diagnosis } from '../diagnosis/types';

export function diagnose(input: Uint8Array): Diagnosis {
  return { ...diagnoseOnly(input), extras: readReportExtras(input) };
}

export function loadAuthAnalysis(): Promise<void> {
  return import(/* webpackChunkName: "auth" */ '../diagnosis/auth/analyze.js').then((m) =>
    installAuthAnalysis(m.analyzeAuth),
  );
}
