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
  /** Where the rule's wording comes from: MTA source file, vendor page, RFC. */
  readonly source?: string;
}

export interface RuleInput {
  /** Lower-cased server text plus any structured hints. */
  readonly text: string;
  readonly status: string | null;
}

// Phrases match on token boundaries: "mime" is not in "mimecast", "dane" not in "danes" of a name
// ... A phrase edge that is a letter or digit needs a non-word char beyond it in the text. At the
// end, English inflections are allowed ("blacklist" finds "blacklisted", "virus" "viruses"); a
// phrase ending in "*" is a stem and matches any continuation ("throttl*"). CJK, kana and hangul
// are not word chars: those scripts write no spaces, so their phrases match as substrings.
const SUFFIXES = ['s', 'es', 'ed', 'd', 'ing'] as const;

export function isWordChar(c: number): boolean {
  if (c < 0x30) return false;
  if (c <= 0x39) return true;
  if (c < 0x41) return false;
  if (c <= 0x5a) return true;
  if (c < 0x61) return false;
  if (c <= 0x7a) return true;
  // Latin-1 letters .. Cyrillic (not the × and ÷ signs); CJK and later scripts are not.
  return c >= 0xc0 && c < 0x530 && c !== 0xd7 && c !== 0xf7;
}

/** Whether phrase p, found at offset i of text, stands on token boundaries there. */
export function bounded(text: string, p: string, i: number): boolean {
  if (isWordChar(p.charCodeAt(0)) && i > 0 && isWordChar(text.charCodeAt(i - 1))) return false;
  const last = p.charCodeAt(p.length - 1);
  if (last === 0x2a /* * */) return true;
  const end = i + p.length;
  if (!isWordChar(last) || end >= text.length || !isWordChar(text.charCodeAt(end))) return true;
  for (const s of SUFFIXES)
    if (text.startsWith(s, end) && !isWordChar(text.charCodeAt(end + s.length))) return true;
  return false;
}

/** The text the phrase is searched as: a stem's "*" is a marker, not a char of the text. */
export function phraseText(p: string): string {
  return p.endsWith('*') ? p.slice(0, -1) : p;
}

/** Whether the text holds phrase p on token boundaries (p as written in a rule, "*" and all). */
export function containsPhrase(text: string, p: string): boolean {
  const t = phraseText(p);
  for (let i = text.indexOf(t); i >= 0; i = text.indexOf(t, i + 1)) if (bounded(text, p, i)) return true;
  return false;
}

function contains(input: RuleInput, phrase: string): boolean {
  return containsPhrase(input.text, phrase);
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
  for (const p of rule.phrases) if (contains(input, p)) return phraseText(p);
  return null;
}
