// What the pane's "engine" chunk holds: diagnose() with the report details the pane shows
// (readReportExtras), and the ways to what only some bounces need: the authentication analysis and
// Microsoft's rule-specific advice. Those import()s sit here, inside the engine chunk, so that
// webpack leaves out of their chunks what this one already carries (the MIME headers and their
// decoders).
import type { RuleAdvice } from '../diagnosis';
import { installAuthAnalysis } from '../diagnosis/auth/analyzer';
import { diagnose as diagnoseOnly } from '../diagnosis/diagnose';
import { readReportExtras } from '../diagnosis/extras/report-extras';
import type { Diagnosis } from '../diagnosis/types';

/** Microsoft's rule-specific advice, once loadRuleAdvice() has brought it. */
let ruleAdvice: RuleAdvice = {};

export function diagnose(input: Uint8Array): Diagnosis {
  return { ...diagnoseOnly(input, { ruleAdvice }), extras: readReportExtras(input) };
}

export function loadAuthAnalysis(): Promise<void> {
  return import(/* webpackChunkName: "auth" */ '../diagnosis/auth/analyze.js').then((m) =>
    installAuthAnalysis(m.analyzeAuth),
  );
}

export function loadRuleAdvice(): Promise<void> {
  return import(/* webpackChunkName: "advice" */ '../diagnosis/advice/microsoft.js').then((m) => {
    ruleAdvice = m.MICROSOFT_ADVICE;
  });
}
