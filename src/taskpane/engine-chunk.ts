// What the pane's "engine" chunk holds: diagnose() and the way to the authentication analysis.
// That import() sits here, inside the engine chunk, so that webpack leaves out of the "auth" chunk
// what this one already carries (the MIME headers and their decoders).
import { installAuthAnalysis } from '../diagnosis/auth/analyzer';

export { diagnose } from '../diagnosis/diagnose';

export function loadAuthAnalysis(): Promise<void> {
  return import(/* webpackChunkName: "auth" */ '../diagnosis/auth/analyze.js').then((m) =>
    installAuthAnalysis(m.analyzeAuth),
  );
}
