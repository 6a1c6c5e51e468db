// What the pane's "engine" chunk holds: the engine's public entry with the report details the pane
// shows (readReportExtras), and the ways to what only some bounces need: the authentication
// analysis, Microsoft's rule-specific advice, the readers of rare formats with the fallback
// readings, and the rule table's phrases few bounces have with the words of other languages (one
// "phrases" chunk: rare-words.ts). Those import()s sit here, inside the engine chunk,
// so that webpack leaves out of their chunks what this one already carries (the MIME headers and
// their decoders). Once loaded, a part is passed to every later diagnosis.
import {
  diagnoseWith,
  type AnalyzeAuth,
  type Diagnosis,
  type FallbackReadings,
  type LocalizedWords,
  type OnDemandReaders,
  type RarePhrases,
  type RuleAdvice,
} from '../diagnosis';
import { readReportExtras } from '../diagnosis/extras/report-extras';
import { localWords } from '../i18n';

/** The parts of the engine the pane loads on demand, as a diagnosis may lack them ('phrases': the
 *  rare phrases and the localized words). */
export type EngineParts = 'auth' | 'formats' | 'phrases';

/** The parts loadAuthAnalysis(), loadRuleAdvice(), loadFormatReaders() and loadRarePhrases() have
 *  brought. */
let analyzeAuth: AnalyzeAuth | undefined;
let ruleAdvice: RuleAdvice = {};
let onDemandReaders: OnDemandReaders | undefined;
let fallbackReadings: FallbackReadings | undefined;
let rarePhrases: RarePhrases | undefined;
let localizedWords: LocalizedWords | undefined;

/** `lacking` hears which on-demand part the message needed and did not have. */
export function diagnose(input: Uint8Array, lacking?: (part: EngineParts) => void): Diagnosis {
  const d = diagnoseWith(input, {
    analyzeAuth,
    ruleAdvice,
    // The pane's language: its engine chunk carries no English advice (i18n/advice-words.ts).
    categoryWords: localWords(),
    onMissingAuthAnalysis: lacking && (() => lacking('auth')),
    onDemandReaders,
    fallbackReadings,
    onMissingReaders: lacking && (() => lacking('formats')),
    rarePhrases,
    onMissingRarePhrases: lacking && (() => lacking('phrases')),
    localizedWords,
    onMissingLocalizedWords: lacking && (() => lacking('phrases')),
  });
  return { ...d, extras: readReportExtras(input) };
}

export function loadAuthAnalysis(): Promise<void> {
  return import(/* webpackChunkName: "auth" */ '../diagnosis/auth/analyze.js').then((m) => {
    analyzeAuth = m.analyzeAuth;
  });
}

export function loadRuleAdvice(): Promise<void> {
  return import(/* webpackChunkName: "advice" */ '../diagnosis/advice/microsoft.js').then((m) => {
    ruleAdvice = m.MICROSOFT_ADVICE;
  });
}

export function loadFormatReaders(): Promise<void> {
  return import(/* webpackChunkName: "formats" */ '../diagnosis/rare-readers.js').then((m) => {
    onDemandReaders = m.ON_DEMAND_READERS;
    fallbackReadings = m.FALLBACK_READINGS;
  });
}

export function loadRarePhrases(): Promise<void> {
  return import(/* webpackChunkName: "phrases" */ '../diagnosis/rare-words.js').then((m) => {
    rarePhrases = m.RARE_PHRASES;
    localizedWords = m.LOCALIZED_WORDS;
  });
}
