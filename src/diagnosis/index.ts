// Bounce Lens diagnosis engine, its one public entry: pure TypeScript, no DOM, no Node, no Office.js.
// The CLI, scripts and tests call diagnose(), which brings every part; the task pane calls
// diagnoseWith() and passes the parts it loads on demand (the authentication analysis with its
// Public Suffix List, Microsoft's rule-specific advice, the readers of rare formats, the rule
// table's phrases few bounces have, the words of other languages with letters past ASCII), so that
// its engine chunk carries none of them (src/taskpane/engine-chunk.ts; webpack leaves out what
// only diagnose() uses).
import { MICROSOFT_ADVICE } from './advice/microsoft';
import { analyzeAuth } from './auth/analyze';
import { CATEGORY_WORDS } from './category-words';
import { diagnose as diagnoseWithOptions, type DiagnoseOptions } from './diagnose';
import { fallbackRecipients } from './fallback-recipients';
import { ON_DEMAND_READERS } from './formats/on-demand-readers';
import { LOCALIZED_WORDS } from './localized-words';
import { RARE_PHRASES } from './rules/table-rare';
import type { CategoryWordsTable } from './remediation';
import type { Diagnosis } from './types';

/** diagnose() with every part: the authentication analysis, Microsoft's rule-specific advice, the
 *  readers of rare formats, the fallback readings and the rare phrases, unless the options say otherwise. Never throws on message content (only on a wrong option). */
export function diagnose(input: string | Uint8Array, options: DiagnoseOptions = {}): Diagnosis {
  return diagnoseWithOptions(input, {
    analyzeAuth,
    ruleAdvice: MICROSOFT_ADVICE,
    categoryWords: CATEGORY_WORDS,
    onDemandReaders: ON_DEMAND_READERS,
    fallbackReadings: fallbackRecipients,
    rarePhrases: RARE_PHRASES,
    localizedWords: LOCALIZED_WORDS,
    ...options,
  });
}

/** diagnose() with only the parts the options pass; the category words are required. */
export function diagnoseWith(
  input: string | Uint8Array,
  options: DiagnoseOptions & { readonly categoryWords: CategoryWordsTable },
): Diagnosis {
  return diagnoseWithOptions(input, options);
}

export type { DiagnoseOptions };
export type { AnalyzeAuth } from './auth/analyzer';
export type { OnDemandReaders } from './formats/on-demand';
export type { FallbackReadings } from './fallback-recipients';
export type { RarePhrases } from './rules/rare-phrases';
export type { LocalizedWords } from './text/localized';
export { NOT_ANALYZED } from './auth/analyzer';
export { CATEGORY_WORDS } from './category-words';
export type { CategoryWordsTable, RuleAdvice } from './remediation';
export * from './types';
export { DEFAULT_OWNER } from './taxonomy';
