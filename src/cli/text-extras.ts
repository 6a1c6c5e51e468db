// What the text output needs beyond the language's catalog: Microsoft's rule-specific advice in
// that language (src/i18n/rule-advice/, a Node dynamic import). Loaded once per run (and per
// worker), before the first message, and only for text; JSON stays English.
import { loadRuleAdviceText } from '../i18n/rule-advice';
import type { Want } from './process-source';

export async function loadTextExtras(want: Pick<Want, 'out' | 'lang'>): Promise<void> {
  if (want.out === 'text') await loadRuleAdviceText(want.lang);
}
