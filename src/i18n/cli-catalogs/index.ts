// The CLI's own text output in every shipped language, each loaded on demand beside the
// language's catalog: `loadLanguage(lang, CLI_CATALOGS)`. The pane never imports this file.
import type { CatalogSet } from '../load';

export const CLI_CATALOGS: CatalogSet = {
  en: () => import('./en.js').then((m) => m.cli),
  de: () => import('./de.js').then((m) => m.cli),
  ja: () => import('./ja.js').then((m) => m.cli),
  fr: () => import('./fr.js').then((m) => m.cli),
  es: () => import('./es.js').then((m) => m.cli),
  'pt-BR': () => import('./pt-BR.js').then((m) => m.cli),
  it: () => import('./it.js').then((m) => m.cli),
  nl: () => import('./nl.js').then((m) => m.cli),
  'zh-CN': () => import('./zh-CN.js').then((m) => m.cli),
  ko: () => import('./ko.js').then((m) => m.cli),
};
