// The CLI's language for its text output: the catalog, and the engine's category advice as the
// English of the advice keys (i18n/english-advice.ts), in the main thread and in each worker.
import { CATEGORY_ADVICE } from '../diagnosis';
import { adoptEngineAdvice, loadLanguage, type Language } from '../i18n';

export function loadCliLanguage(lang: Language): Promise<Language> {
  adoptEngineAdvice(CATEGORY_ADVICE);
  return loadLanguage(lang);
}
