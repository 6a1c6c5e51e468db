// Loads the chosen language: English is built in; every other catalog is a chunk of its own,
// fetched once the language is known (a dynamic import: webpack in the pane, Node in the CLI).
import type { Catalog } from './catalogs/en';
import { setCatalog, setEnglishAdvice } from './format';
import type { Language, ShippedLanguage } from './language';

/** The translations shipped; a language the issue names but not listed here reads English. */
export const CATALOGS: Readonly<Partial<Record<Exclude<ShippedLanguage, 'en'>, () => Promise<Catalog>>>> = {
  de: () => import(/* webpackChunkName: "lang-de" */ './catalogs/de.js').then((m) => m.de),
  ja: () => import(/* webpackChunkName: "lang-ja" */ './catalogs/ja.js').then((m) => m.ja),
  fr: () => import(/* webpackChunkName: "lang-fr" */ './catalogs/fr.js').then((m) => m.fr),
  es: () => import(/* webpackChunkName: "lang-es" */ './catalogs/es.js').then((m) => m.es),
  'pt-BR': () => import(/* webpackChunkName: "lang-pt-BR" */ './catalogs/pt-BR.js').then((m) => m.ptBR),
  it: () => import(/* webpackChunkName: "lang-it" */ './catalogs/it.js').then((m) => m.it),
  nl: () => import(/* webpackChunkName: "lang-nl" */ './catalogs/nl.js').then((m) => m.nl),
  'zh-CN': () => import(/* webpackChunkName: "lang-zh-CN" */ './catalogs/zh-CN.js').then((m) => m.zhCN),
  ko: () => import(/* webpackChunkName: "lang-ko" */ './catalogs/ko.js').then((m) => m.ko),
};

/** English advice: the fallback of every other language, and what tells a category's advice
 *  from a rule's own (advice.ts). */
const englishAdvice = (): Promise<Catalog> =>
  import(/* webpackChunkName: "lang-en-advice" */ './catalogs/en-advice.js').then((m) => m.enAdvice);

async function catalogFor(lang: Language): Promise<Catalog> {
  if (lang === 'en') return {};
  const advice = await englishAdvice();
  setEnglishAdvice(advice);
  if (lang === 'qps' || lang === 'ar') {
    const pseudo = await import(/* webpackChunkName: "lang-pseudo" */ './pseudo.js');
    return pseudo.pseudoCatalog(lang, advice);
  }
  const load = CATALOGS[lang];
  return load ? load() : {};
}

/** Makes lang the active language; English when its catalog can't load. Resolves with the
 *  language in effect. */
export async function loadLanguage(lang: Language): Promise<Language> {
  try {
    setCatalog(lang, await catalogFor(lang));
    return lang;
  } catch {
    setCatalog('en', {});
    return 'en';
  }
}
