// The per-category advice of the categories few bounces have, in the languages other than English:
// a chunk per language (./advice-rare/), fetched once a diagnosis has one of these categories, so
// that an ordinary bounce does not load the words of eight causes it does not have. The pane then
// diagnoses that message again (src/taskpane/analyze.ts), as for the authentication analysis; the
// CLI loads them with the language (cli-catalogs/). English keeps every category in its catalog:
// they are the engine's own words (../diagnosis/category-words.ts).
import type { Category } from '../diagnosis/types';
import { adviceKey } from './advice-catalog';
import type { Catalog } from './catalogs/en';
import { addMessages, currentLanguage, hasMessage, isEnglish } from './format';
import type { ShippedLanguage } from './language';

/** Categories whose advice the language catalogs leave to the rare-advice chunks. */
export const RARE_ADVICE_CATEGORIES: ReadonlySet<Category> = new Set<Category>([
  'auth-failed',
  'message-noncompliant',
  'rate-limited',
  'message-too-large',
  'sender-blocked',
  'relay-denied',
  'mail-loop',
  'suppressed',
]);

/** The rare categories' advice by language, each loaded on demand. */
export const RARE_ADVICE: Readonly<Partial<Record<ShippedLanguage, () => Promise<Catalog>>>> = {
  de: () => import(/* webpackChunkName: "advice-rare-de" */ './advice-rare/de.js').then((m) => m.de),
  ja: () => import(/* webpackChunkName: "advice-rare-ja" */ './advice-rare/ja.js').then((m) => m.ja),
  fr: () => import(/* webpackChunkName: "advice-rare-fr" */ './advice-rare/fr.js').then((m) => m.fr),
  es: () => import(/* webpackChunkName: "advice-rare-es" */ './advice-rare/es.js').then((m) => m.es),
  'pt-BR': () =>
    import(/* webpackChunkName: "advice-rare-pt-BR" */ './advice-rare/pt-BR.js').then((m) => m.ptBR),
  it: () => import(/* webpackChunkName: "advice-rare-it" */ './advice-rare/it.js').then((m) => m.it),
  nl: () => import(/* webpackChunkName: "advice-rare-nl" */ './advice-rare/nl.js').then((m) => m.nl),
  'zh-CN': () =>
    import(/* webpackChunkName: "advice-rare-zh-CN" */ './advice-rare/zh-CN.js').then((m) => m.zhCN),
  ko: () => import(/* webpackChunkName: "advice-rare-ko" */ './advice-rare/ko.js').then((m) => m.ko),
};

// Any rare key tells whether the chunk is in the active catalog (a language loaded again starts
// without it).
const PROBE = 'advice.suppressed.summary';

/** The active language lacks the advice of one of these categories until loadRareAdvice(). */
export function lacksRareAdvice(categories: Iterable<Category>): boolean {
  const lang = currentLanguage();
  if (isEnglish() || hasMessage(PROBE) || !(lang in RARE_ADVICE)) return false;
  for (const c of categories) if (RARE_ADVICE_CATEGORIES.has(c)) return true;
  return false;
}

/** The rare categories' advice in English, when the language's chunk fails to load: English
 *  advice beats a key shown as text. */
async function englishRareAdvice(): Promise<Catalog> {
  const { enCatalog } = await import(/* webpackChunkName: "lang-en" */ './catalogs/en.js');
  const out: Catalog = {};
  for (const category of RARE_ADVICE_CATEGORIES)
    for (const part of ['summary', 'user', 'admin'] as const) {
      const key = adviceKey(category, part);
      const text = enCatalog[key];
      if (text !== undefined) out[key] = text;
    }
  return out;
}

/** Adds the active language's rare advice to its catalog; true once it is there. */
export async function loadRareAdvice(): Promise<boolean> {
  const lang = currentLanguage();
  const load = RARE_ADVICE[lang as ShippedLanguage];
  if (isEnglish() || !load) return false;
  if (hasMessage(PROBE)) return true;
  const messages = await load().catch(englishRareAdvice);
  // The language may have changed meanwhile (tests switch it): add only to the one asked for.
  if (currentLanguage() !== lang) return false;
  addMessages(messages);
  return true;
}
