// classify() with the whole table (the phrases few bounces have included): what the compile check,
// the tests and the scripts call. The engine classifies by the rule set its options give
// (classifier.ts); the pane's engine chunk does not import this file.
import { classifyBy, rulesWith, type Classification, type ClassifyInput, type RuleSet } from './classifier';
import { RARE_PHRASES } from './table-rare';

export const ALL_RULES: RuleSet = rulesWith(RARE_PHRASES);

/** Every row in the order of evidence, tier by tier. */
export const RULE_TIERS = ALL_RULES.tiers;

export function classify(input: ClassifyInput): Classification {
  return classifyBy(ALL_RULES, input);
}

export type { Classification, ClassifyInput, RuleSet };
