// Which diagnoses the rule-specific advice (advice/microsoft.ts) can refine, told without loading
// it: the pane loads that table only for them (src/taskpane/engine.ts) and diagnoses again.
import type { Diagnosis } from '../types';

/** The rule ids with advice of their own start with one of these (test/engine/rule-advice.test.ts). */
export const RULE_ADVICE_PREFIXES: readonly string[] = ['exo.', 'exchange.', 'outlook.'];

export function mayHaveRuleAdvice(d: Diagnosis): boolean {
  return d.recipients.some((r) => RULE_ADVICE_PREFIXES.some((p) => r.rule.startsWith(p)));
}
