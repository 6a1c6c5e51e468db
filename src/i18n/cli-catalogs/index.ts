// The CLI's own text output in every shipped language, each loaded on demand beside the
// language's catalog: `loadLanguage(lang, CLI_CATALOGS)`, with the advice of the rare categories
// (../advice-rare.ts: the CLI reads many bounces, not one). The pane never imports this file.
import { RARE_ADVICE } from '../advice-rare';
import type { Catalog } from '../catalogs/en';
import type { CatalogSet } from '../load';

/** The CLI's keys and, for a language other than English, its rare categories' advice. */
const withRare =
  (lang: keyof typeof RARE_ADVICE, cli: () => Promise<Catalog>) => async (): Promise<Catalog> => {
    const rare = RARE_ADVICE[lang];
    const [own, advice] = await Promise.all([cli(), rare ? rare() : {}]);
    return { ...own, ...advice };
  };

export const CLI_CATALOGS: CatalogSet = {
  en: () => import('./en.js').then((m) => m.cli),
  de: withRare('de', () => import('./de.js').then((m) => m.cli)),
  ja: withRare('ja', () => import('./ja.js').then((m) => m.cli)),
  fr: withRare('fr', () => import('./fr.js').then((m) => m.cli)),
  es: withRare('es', () => import('./es.js').then((m) => m.cli)),
  'pt-BR': withRare('pt-BR', () => import('./pt-BR.js').then((m) => m.cli)),
  it: withRare('it', () => import('./it.js').then((m) => m.cli)),
  nl: withRare('nl', () => import('./nl.js').then((m) => m.cli)),
  'zh-CN': withRare('zh-CN', () => import('./zh-CN.js').then((m) => m.cli)),
  ko: withRare('ko', () => import('./ko.js').then((m) => m.cli)),
};
