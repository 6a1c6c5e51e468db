// Bounce Lens diagnosis engine: pure TypeScript, no DOM, no Office.js.
import { analyzeAuth } from './auth/analyze';
import { installAuthAnalysis } from './auth/analyzer';

// The Node entry (CLI, scripts, tests) diagnoses with everything at once; the task pane imports
// diagnose.ts alone and loads the authentication analysis on demand (src/taskpane/engine.ts).
installAuthAnalysis(analyzeAuth);

export { diagnose, type DiagnoseOptions } from './diagnose';
export * from './types';
export { DEFAULT_OWNER } from './taxonomy';
