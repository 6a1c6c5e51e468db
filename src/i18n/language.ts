// Which language the pane and the CLI speak: ?lang= (or --lang) first, then Outlook's display
// language, then the browser's (or the system's LANG) preferences; English when none is ours.
// Tags are matched by language, with the regional variants we ship: de-DE -> de, pt-PT -> pt-BR,
// zh-CN / zh-Hans / zh-SG -> zh-CN (Traditional Chinese is not shipped: it falls through).

/** The languages the issue asks for (issue 12); a catalog may still be missing (English then). */
export const LANGUAGES = ['en', 'de', 'fr', 'es', 'pt-BR', 'it', 'nl', 'ja', 'zh-CN', 'ko'] as const;
export type ShippedLanguage = (typeof LANGUAGES)[number];

/** Pseudo-locales for layout checks, reachable only by ?lang= / --lang: longer accented text
 *  (qps) and a right-to-left run (ar). */
export const PSEUDO_LANGUAGES = ['qps', 'ar'] as const;
export type PseudoLanguage = (typeof PSEUDO_LANGUAGES)[number];

export type Language = ShippedLanguage | PseudoLanguage;

/** One BCP 47 tag (or a POSIX locale such as de_DE.UTF-8) to a language we ship, or null. */
export function matchLanguage(tag: string | null | undefined): ShippedLanguage | null {
  if (!tag) return null;
  // POSIX: language_TERRITORY.codeset@modifier; "C" and "POSIX" say nothing.
  const parts = tag.trim().split(/[.@]/)[0]?.replace(/_/g, '-').toLowerCase().split('-') ?? [];
  const [language, ...rest] = parts;
  if (!language) return null;
  if (language === 'zh') {
    const traditional = rest.some((p) => p === 'hant' || p === 'tw' || p === 'hk' || p === 'mo');
    return traditional ? null : 'zh-CN';
  }
  if (language === 'pt') return 'pt-BR';
  const found = LANGUAGES.find((l) => l === language);
  return found ?? null;
}

function matchPseudo(tag: string | null | undefined): PseudoLanguage | null {
  const low = (tag ?? '').trim().toLowerCase();
  return PSEUDO_LANGUAGES.find((p) => low === p || low.startsWith(`${p}-`)) ?? null;
}

export interface LanguageSignals {
  /** ?lang= in the pane, --lang in the CLI: may also name a pseudo-locale. */
  readonly requested?: string | null | undefined;
  /** Office.context.displayLanguage inside Outlook. */
  readonly office?: string | null | undefined;
  /** navigator.languages standalone; LC_ALL / LC_MESSAGES / LANG in the CLI. */
  readonly preferred?: readonly (string | null | undefined)[] | undefined;
}

export function chooseLanguage(signals: LanguageSignals): Language {
  const pseudo = matchPseudo(signals.requested);
  if (pseudo) return pseudo;
  for (const tag of [signals.requested, signals.office, ...(signals.preferred ?? [])]) {
    const found = matchLanguage(tag);
    if (found) return found;
  }
  return 'en';
}

/** The tag for Intl and for the lang attribute: pseudo-locales as Android names them (axe
 *  accepts them, Intl formats in English and Arabic). */
export function languageTag(lang: Language): string {
  if (lang === 'qps') return 'en-XA';
  if (lang === 'ar') return 'ar-XB';
  return lang;
}

export function textDirection(lang: Language): 'ltr' | 'rtl' {
  return lang === 'ar' ? 'rtl' : 'ltr';
}
