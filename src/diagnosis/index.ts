// Bounce Lens diagnosis engine: pure TypeScript, no DOM, no Office.js.
import { MICROSOFT_ADVICE } from './advice/microsoft';
import { analyzeAuth } from './auth/analyze';
import { installAuthAnalysis } from './auth/analyzer';
import { diagnose as diagnoseWith, type DiagnoseOptions } from './diagnose';
import type { Diagnosis } from './types';

// The Node entry (CLI, scripts, tests) diagnoses with everything at once; the task pane imports
// diagnose.ts alone and loads the authentication analysis and the rule advice on demand
// (src/taskpane/engine.ts).
installAuthAnalysis(analyzeAuth);

/** diagnose() with every table: Microsoft's rule-specific advice unless the options say otherwise. */
export function diagnose(input: string | Uint8Array, options: DiagnoseOptions = {}): Diagnosis {
  return diagnoseWith(input, { ruleAdvice: MICROSOFT_ADVICE, ...options });
}

export type { DiagnoseOptions };
export type { RuleAdvice } from './remediation';
export * from './types';
export { DEFAULT_OWNER } from './taxonomy';
