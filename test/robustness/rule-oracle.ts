// The plain reading of a rule row, phrase by phrase: the reference the compiled phrase index and
// classify() are checked against (phrase-index.test.ts). Test code only: the engine runs the index.
import {
  hostMatches,
  ownDomainMatches,
  replyMatches,
  senderMatches,
  stageMatches,
  statusMatches,
  type Rule,
} from '../../src/diagnosis/rules/rule';
import { containsPhrase, phraseText } from '../../src/diagnosis/text/phrase';
import type { SmtpCommand } from '../../src/diagnosis/text/smtp-command';

export interface RuleInput {
  /** Lower-cased server text plus any structured hints. */
  readonly text: string;
  readonly status: string | null;
  readonly replyCode?: string | null;
  /** Lower-cased remote MTA name, when the report gives one. */
  readonly host?: string | null;
  readonly senderDomains?: readonly string[];
  readonly recipientDomain?: string | null;
  readonly reportingMta?: string | null;
  readonly command?: SmtpCommand | null;
}

/** Whether the row's code, reply, host and "also" conditions hold (its phrases aside). */
export function conditionsMatch(rule: Rule, input: RuleInput): boolean {
  if (!statusMatches(rule, input.status)) return false;
  if (!replyMatches(rule, input.replyCode) || !hostMatches(rule, input.text, input.host)) return false;
  if (!senderMatches(rule, input.text, input.senderDomains, input.recipientDomain)) return false;
  if (!ownDomainMatches(rule, input.recipientDomain, input.reportingMta)) return false;
  if (!stageMatches(rule, input.command)) return false;
  return !rule.also || rule.also.every((p) => containsPhrase(input.text, p));
}

/** The phrase (or status) by which the row matches the input, or null. */
export function ruleMatches(rule: Rule, input: RuleInput): string | null {
  if (!conditionsMatch(rule, input)) return null;
  if (!rule.phrases) return rule.status ? (input.status as string) : null;
  for (const p of rule.phrases) if (containsPhrase(input.text, p)) return phraseText(p);
  return null;
}

/**
 * The row's phrase in the text that no longer phrase of another category's row holds, when that
 * row matches as a whole (code, reply, host, "also": a row that does not apply shadows nothing); a
 * row that needs a code is only beaten by another that needs one. Null when the row does not apply.
 */
export function oracleMatch(rules: readonly Rule[], rule: Rule, input: RuleInput): string | null {
  if (ruleMatches(rule, input) === null) return null;
  if (!rule.phrases) return input.status;
  for (const p of rule.phrases) {
    if (!containsPhrase(input.text, p)) continue;
    const beaten = rules.some(
      (other) =>
        other !== rule &&
        other.category !== rule.category &&
        !(rule.status && !other.status) &&
        (other.phrases ?? []).some(
          (q) =>
            phraseText(q).length > phraseText(p).length &&
            containsPhrase(phraseText(q), p) &&
            containsPhrase(input.text, q),
        ) &&
        conditionsMatch(other, input),
    );
    if (!beaten) return phraseText(p);
  }
  return null;
}

/** "<id> <matched>" of the first row, in order, that a plain search says decides; null if none. */
export function oracleClassify(rules: readonly Rule[], input: RuleInput): string | null {
  for (const rule of rules) {
    const hit = oracleMatch(rules, rule, input);
    if (hit !== null) return `${rule.id} ${hit}`;
  }
  return null;
}
