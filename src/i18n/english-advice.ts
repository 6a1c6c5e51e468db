// The English of the per-category advice keys ("advice.<category>.summary/user/admin") is the
// engine's own (src/diagnosis/remediation.ts: CATEGORY_ADVICE), not a second copy here. The pane
// and the CLI pass the engine's table in once they have the engine: the languages layer imports
// nothing of the engine but its types. Other languages compare a recipient's advice with it to
// tell the category's advice from a rule's own (advice.ts), and the pseudo-locales show it.
import type { Category } from '../diagnosis/types';
import type { AdviceKey, Catalog } from './catalogs/en';
import { setEnglishAdvice } from './format';

/** A category's English words, as the engine writes them. */
export interface CategoryWords {
  readonly summary: (address: string, domain: string) => string;
  readonly user: string;
  readonly admin: string;
}

/** The advice keys' English text; a summary's address and domain become its placeholders. */
export function adviceCatalog(table: Readonly<Record<Category, CategoryWords>>): Catalog {
  const out: Catalog = {};
  for (const [category, words] of Object.entries(table) as [Category, CategoryWords][]) {
    const key = (part: 'summary' | 'user' | 'admin'): AdviceKey => `advice.${category}.${part}`;
    out[key('summary')] = words.summary('{address}', '{domain}');
    out[key('user')] = words.user;
    out[key('admin')] = words.admin;
  }
  return out;
}

/** Makes the engine's table the English of the advice keys. */
export function adoptEngineAdvice(table: Readonly<Record<Category, CategoryWords>>): void {
  setEnglishAdvice(adviceCatalog(table));
}
