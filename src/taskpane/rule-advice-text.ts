// Microsoft's rule-specific advice in the pane's language: its chunk (src/i18n/rule-advice/) is
// fetched only once a shown recipient has a rule with advice of its own, after the answer is on
// screen; until it arrives (or if it fails) that advice shows in English, marked so.
import { localAdvice } from '../i18n';
import { loadRuleAdviceText, ruleAdviceToLoad } from '../i18n/rule-advice';
import type { AnalyzedMessage } from './analyze';

/** A shown recipient has the rule's own advice in English, and the language has a translation
 *  not loaded yet. */
export function wantsRuleAdviceText(messages: readonly AnalyzedMessage[]): boolean {
  return (
    ruleAdviceToLoad() &&
    messages.some((m) =>
      m.diagnosis.recipients.some((r) => {
        const advice = localAdvice(r);
        return advice.specificUser !== null || advice.specificAdmin !== null;
      }),
    )
  );
}

/** Loads it when wanted; true when the messages should be shown again, in the language. */
export function loadRuleAdviceTextFor(messages: readonly AnalyzedMessage[]): Promise<boolean> {
  return wantsRuleAdviceText(messages) ? loadRuleAdviceText() : Promise.resolve(false);
}
