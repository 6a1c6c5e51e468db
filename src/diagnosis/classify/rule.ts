// The shape of a classification rule. Rules are data: an ordered list, first match wins.
import type { Category, Owner } from '../types';

// Why a rule exists, or where its fact comes from, is a comment beside it rather than a field:
// as data it would ship to the pane for nobody to read.
export interface Rule {
  /** Stable id, shown to admins and used by tests: "<family>.<name>". */
  readonly id: string;
  readonly category: Category;
  /** Overrides the category's default owner when the evidence names someone else. */
  readonly owner?: Owner;
  /** Lower-case phrases; the rule matches when any one occurs in the server's words. */
  readonly phrases?: readonly string[];
  /** Every one of these must occur too (narrows a phrase). */
  readonly also?: readonly string[];
  /** Enhanced status codes or prefixes ("5.7.509", "5.1.") the rule applies to; any when absent. */
  readonly status?: readonly string[];
  /** The cause to name when the report is only a delay (e.g. "gave up connecting" is a down server). */
  readonly whenDelayed?: Category;
}

export interface RuleInput {
  /** Lower-cased server text plus any structured hints. */
  readonly text: string;
  readonly status: string | null;
}

function contains(input: RuleInput, phrase: string): boolean {
  return input.text.includes(phrase);
}

// Status lists can be long (Microsoft documents ranges such as 4.7.500-699): each list is split once
// into a set of exact codes and the few prefixes.
export interface StatusIndex {
  readonly exact: ReadonlySet<string>;
  readonly prefixes: readonly string[];
}

export function statusIndex(list: readonly string[]): StatusIndex {
  return {
    exact: new Set(list.filter((s) => !s.endsWith('.'))),
    prefixes: list.filter((s) => s.endsWith('.')),
  };
}

export function statusIn(index: StatusIndex, status: string): boolean {
  if (index.exact.has(status)) return true;
  // A loop, not some(): a closure per rule and recipient was most of classification's garbage.
  for (const p of index.prefixes) if (status.startsWith(p)) return true;
  return false;
}

const STATUS_INDEX = new WeakMap<readonly string[], StatusIndex>();

export function statusMatches(rule: Rule, status: string | null): boolean {
  if (!rule.status) return true;
  if (!status) return false;
  let index = STATUS_INDEX.get(rule.status);
  if (!index) {
    index = statusIndex(rule.status);
    STATUS_INDEX.set(rule.status, index);
  }
  return statusIn(index, status);
}

export function ruleMatches(rule: Rule, input: RuleInput): string | null {
  if (!statusMatches(rule, input.status)) return null;
  if (rule.also && !rule.also.every((p) => contains(input, p))) return null;
  if (!rule.phrases) return rule.status ? (input.status as string) : null;
  for (const p of rule.phrases) if (contains(input, p)) return p;
  return null;
}
