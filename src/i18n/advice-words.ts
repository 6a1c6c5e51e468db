// The active language's per-category advice keys made into the engine's words table
// (CategoryWords: summary, user's fix, admin's fix), which the pane and the CLI's text output pass
// to the engine (DiagnoseOptions.categoryWords): a diagnosis speaks the reader's language, and the
// pane's engine chunk carries no English advice (the other way round: advice-catalog.ts).
import type { CategoryWordsTable } from '../diagnosis';
import { CATEGORIES, type Category, type CategoryWords } from '../diagnosis/types';
import { adviceKey as key } from './advice-catalog';
import { catalogVersion, t } from './format';

let made: { version: number; table: CategoryWordsTable } | null = null;

/** The active language's words for every category, for the engine. */
export function localWords(): CategoryWordsTable {
  const version = catalogVersion();
  if (made?.version === version) return made.table;
  const table = {} as Record<Category, CategoryWords>;
  for (const category of CATEGORIES)
    table[category] = {
      summary: (address, domain) => t(key(category, 'summary'), { address, domain }),
      user: t(key(category, 'user')),
      admin: t(key(category, 'admin')),
    };
  made = { version, table };
  return table;
}
