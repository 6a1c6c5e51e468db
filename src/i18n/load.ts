// Loads the chosen language. Every language, English included, is a chunk of its own, fetched once
// the language is known (a dynamic import: webpack in the pane, Node in the CLI): a page in one
// language carries no other's strings. The shipped catalogs are complete (the catalog test), so a
// language other than English loads its own catalog only; the pseudo-locales are made of English.
import type { Catalog } from './catalogs/en';
import { setCatalog, type LoadedLanguage } from './format';
import type { Language, ShippedLanguage } from './language';

const english = (): Promise<Catalog> =>
  import(/* webpackChunkName: "lang-en" */ './catalogs/en.js').then((m) => m.enCatalog);

/** The translations shipped; a language the issue names but not listed here reads English. */
export const CATALOGS: Readonly<Partial<Record<ShippedLanguage, () => Promise<Catalog>>>> = {
  en: english,
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

async function loaded(lang: Language): Promise<LoadedLanguage> {
  if (lang === 'qps' || lang === 'ar') {
    const [en, pseudo] = await Promise.all([
      english(),
      import(/* webpackChunkName: "lang-pseudo" */ './pseudo.js'),
    ]);
    return { messages: {}, english: en, transform: (text) => pseudo.pseudoText(text, lang) };
  }
  const load = lang === 'en' ? undefined : CATALOGS[lang];
  if (load) return { messages: await load() };
  const en = await english();
  return { messages: en, english: en };
}

/** Makes lang the active language; English when its catalog can't load. Resolves with the
 *  language in effect; rejects only when English can't load either. */
export async function loadLanguage(lang: Language): Promise<Language> {
  try {
    setCatalog(lang, await loaded(lang));
    return lang;
  } catch (error) {
    if (lang === 'en') throw error;
    return loadLanguage('en');
  }
}
