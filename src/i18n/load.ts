// Loads the chosen language. Every language, English included, is a chunk of its own, fetched once
// the language is known (a dynamic import: webpack in the pane, Node in the CLI): a page in one
// language carries no other's strings. The shipped catalogs are complete (the catalog test), so a
// language other than English loads its own catalog only; the pseudo-locales are made of English.
import type { Catalog } from './catalogs/en';
import { setCatalog, type LoadedLanguage } from './format';
import type { Language, ShippedLanguage } from './language';

const english = (): Promise<Catalog> =>
  import(/* webpackChunkName: "lang-en" */ './catalogs/en.js').then((m) => m.enCatalog);

/** Catalogs by language, each loaded on demand. */
export type CatalogSet = Readonly<Partial<Record<ShippedLanguage, () => Promise<Catalog>>>>;

/** The translations shipped; a language the issue names but not listed here reads English. */
export const CATALOGS: CatalogSet = {
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

/** A language's catalog with the same language's part of `more` merged in. */
async function withMore(
  load: () => Promise<Catalog>,
  more: (() => Promise<Catalog>) | undefined,
): Promise<Catalog> {
  const [own, extra] = await Promise.all([load(), more ? more() : {}]);
  return more ? { ...own, ...extra } : own;
}

async function loaded(lang: Language, more: CatalogSet): Promise<LoadedLanguage> {
  if (lang === 'qps' || lang === 'ar') {
    const [en, pseudo] = await Promise.all([
      withMore(english, more.en),
      import(/* webpackChunkName: "lang-pseudo" */ './pseudo.js'),
    ]);
    return { messages: {}, english: en, transform: (text) => pseudo.pseudoText(text, lang) };
  }
  const load = lang === 'en' ? undefined : CATALOGS[lang];
  if (load) return { messages: await withMore(load, more[lang]) };
  const en = await withMore(english, more.en);
  return { messages: en, english: en };
}

/** Makes lang the active language; English when its catalog can't load. Resolves with the
 *  language in effect; rejects only when English can't load either. `more`: catalogs of keys
 *  only one caller shows (the CLI's own output, ./cli-catalogs), loaded beside the language's. */
export async function loadLanguage(lang: Language, more: CatalogSet = {}): Promise<Language> {
  try {
    setCatalog(lang, await loaded(lang, more));
    return lang;
  } catch (error) {
    if (lang === 'en') throw error;
    return loadLanguage('en', more);
  }
}
