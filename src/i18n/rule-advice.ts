// Microsoft's rule-specific advice in the active language: a chunk per language, loaded only when
// a shown recipient's rule has advice of its own (the pane, after a diagnosis) or when the CLI
// writes text; until it is there (or if it fails), the rule's English advice is shown, marked so.
import { currentLanguage } from './format';
import type { Language, ShippedLanguage } from './language';
import type { RuleAdviceCatalog, RuleAdviceText } from './rule-advice/types';

export type { RuleAdviceCatalog, RuleAdviceText } from './rule-advice/types';

export const RULE_ADVICE: Readonly<
  Partial<Record<Exclude<ShippedLanguage, 'en'>, () => Promise<RuleAdviceCatalog>>>
> = {
  de: () => import(/* webpackChunkName: "rule-advice-de" */ './rule-advice/de.js').then((m) => m.de),
  ja: () => import(/* webpackChunkName: "rule-advice-ja" */ './rule-advice/ja.js').then((m) => m.ja),
  fr: () => import(/* webpackChunkName: "rule-advice-fr" */ './rule-advice/fr.js').then((m) => m.fr),
  es: () => import(/* webpackChunkName: "rule-advice-es" */ './rule-advice/es.js').then((m) => m.es),
  'pt-BR': () =>
    import(/* webpackChunkName: "rule-advice-pt-BR" */ './rule-advice/pt-BR.js').then((m) => m.ptBR),
  it: () => import(/* webpackChunkName: "rule-advice-it" */ './rule-advice/it.js').then((m) => m.it),
  nl: () => import(/* webpackChunkName: "rule-advice-nl" */ './rule-advice/nl.js').then((m) => m.nl),
  'zh-CN': () =>
    import(/* webpackChunkName: "rule-advice-zh-CN" */ './rule-advice/zh-CN.js').then((m) => m.zhCN),
  ko: () => import(/* webpackChunkName: "rule-advice-ko" */ './rule-advice/ko.js').then((m) => m.ko),
};

/** The catalog loaded, and for which language (the CLI's language is fixed per run, the pane's
 *  at boot; a catalog of another language is never used). */
let loaded: { readonly lang: Language; readonly rules: RuleAdviceCatalog } | null = null;
let loading: { readonly lang: Language; readonly done: Promise<boolean> } | null = null;

/** Whether the active language has a rule-advice catalog not loaded yet. */
export function ruleAdviceToLoad(lang: Language = currentLanguage()): boolean {
  return lang !== 'en' && lang in RULE_ADVICE && loaded?.lang !== lang;
}

/** Loads the catalog of lang (the active language by default). Resolves true when this call
 *  brought it, false when it was there already, is not shipped or could not load; never rejects.
 *  A failed load is forgotten, so that a later call tries again. */
export function loadRuleAdviceText(lang: Language = currentLanguage()): Promise<boolean> {
  if (!ruleAdviceToLoad(lang)) return Promise.resolve(false);
  if (loading?.lang === lang) return loading.done;
  const load = RULE_ADVICE[lang as keyof typeof RULE_ADVICE];
  if (!load) return Promise.resolve(false);
  const done = load().then(
    (rules) => {
      loaded = { lang, rules };
      return true;
    },
    () => false,
  );
  loading = { lang, done };
  void done.then(() => {
    if (loading?.done === done) loading = null;
  });
  return done;
}

/** The rule's advice in the active language, once its catalog is loaded; null otherwise. */
export function ruleAdviceText(rule: string): RuleAdviceText | null {
  if (!loaded || loaded.lang !== currentLanguage()) return null;
  return Object.prototype.hasOwnProperty.call(loaded.rules, rule) ? (loaded.rules[rule] ?? null) : null;
}
