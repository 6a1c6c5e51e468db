// The plain reading of a rule row, phrase by phrase: the reference the compiled phrase index and
// classify() are checked against (phrase-index.test.ts). Test code only: the engine runs the index.
import {
  hostMatches,
  replyMatches,
  senderMatches,
  statusMatches,
  type Rule,
} from '../../src/diagnosis/rules/rule';
import { containsPhrase, phraseText } from '../../src/diagnosis/text/phrase';

export interface RuleInput {
  /** Lower-cased server text plus any structured hints. */
  readonly text: string;
  readonly status: string | null;
  readonly replyCode?: string | null;
  /** Lower-cased remote MTA name, when the report gives one. */
  readonly host?: string | null;
  readonly senderDomains?: readonly string[];
  readonly recipientDomain?: string | null;
}

/** The phrase (or status) by which the row matches the input, or null. */
export function ruleMatches(rule: Rule, input: RuleInput): string | null {
  if (!statusMatches(rule, input.status)) return null;
  if (!replyMatches(rule, input.replyCode) || !hostMatches(rule, input.text, input.host)) return null;
  if (!senderMatches(rule, input.text, input.senderDomains, input.recipientDomain)) return null;
  if (rule.also && !rule.also.every((p) => containsPhrase(input.text, p))) return null;
  if (!rule.phrases) return rule.status ? (input.status as string) : null;
  for (const p of rule.phrases) if (containsPhrase(input.text, p)) return phraseText(p);
  return null;
}
