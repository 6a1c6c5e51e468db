// The i18n layer: used by the pane and the CLI, never by the engine (.dependency-cruiser.cjs).
export { categorySummary, localAdvice, type LocalAdvice } from './advice';
export type { Catalog, MessageKey } from './catalogs/en';
export { localWords } from './advice-words';
export {
  currentLanguage,
  currentTag,
  date,
  isEnglish,
  list,
  number,
  plural,
  t,
  type Params,
  type PluralKey,
} from './format';
export {
  chooseLanguage,
  languageTag,
  LANGUAGES,
  matchLanguage,
  PSEUDO_LANGUAGES,
  textDirection,
  type Language,
  type LanguageSignals,
  type ShippedLanguage,
} from './language';
export { CATALOGS, loadLanguage } from './load';
