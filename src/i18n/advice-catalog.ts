// The engine's English words per category (src/diagnosis/category-words.ts) made into the advice
// keys of the English catalog ("advice.<category>.summary/user/admin"): one copy of that English,
// not two. A summary's address and domain become its placeholders.
import type { Category, CategoryWords } from '../diagnosis/types';

export type AdvicePart = 'summary' | 'user' | 'admin';
export type AdviceKey = `advice.${Category}.${AdvicePart}`;

export const adviceKey = (category: Category, part: AdvicePart): AdviceKey => `advice.${category}.${part}`;

export function adviceCatalog(
  table: Readonly<Record<Category, CategoryWords>>,
): Partial<Record<AdviceKey, string>> {
  const out: Partial<Record<AdviceKey, string>> = {};
  for (const category of Object.keys(table) as Category[]) {
    const words = table[category];
    out[adviceKey(category, 'summary')] = words.summary('{address}', '{domain}');
    out[adviceKey(category, 'user')] = words.user;
    out[adviceKey(category, 'admin')] = words.admin;
  }
  return out;
}
