// The engine's per-category advice in the active language, looked up by category id. The pane and
// the CLI's text output pass the engine the language's words (advice-words.ts), so a category's
// advice arrives in the language; what the engine adds in English (a delivery confirmation, a
// delay with a known cause) is put in the language here. In English the text is shown as it is. Advice a
// rule refines beyond its category (Microsoft's, src/diagnosis/advice/) is shown in the language
// once its catalog is loaded (rule-advice.ts); until then the localized category advice is shown,
// with the specific English text next to it.
import type { Category, RecipientDiagnosis } from '../diagnosis/types';
import type { MessageKey } from './catalogs/en';
import { isEnglish, t } from './format';
import { ruleAdviceText } from './rule-advice';

export interface LocalAdvice {
  readonly summary: string;
  readonly user: string;
  readonly admin: string;
  /** The rule's own fix, in English, when it says more than the category's and has no
   *  translation loaded (null otherwise). */
  readonly specificUser: string | null;
  readonly specificAdmin: string | null;
}

const key = (category: Category, part: 'summary' | 'user' | 'admin') =>
  `advice.${category}.${part}` as MessageKey;

/** As the engine's summaryFor(): the address and its domain in the category's sentence. */
export function categorySummary(category: Category, address: string): string {
  const at = address.lastIndexOf('@');
  const domain = at >= 0 ? address.slice(at + 1) : t('advice.noDomain');
  return t(key(category, 'summary'), { address: address || t('advice.noAddress'), domain });
}

const SUCCEEDED: ReadonlySet<string> = new Set(['delivered', 'relayed', 'expanded']);

export function localAdvice(
  r: Pick<RecipientDiagnosis, 'category' | 'address' | 'action' | 'summary' | 'remediation' | 'rule'>,
): LocalAdvice {
  if (isEnglish())
    return {
      summary: r.summary,
      user: r.remediation.user,
      admin: r.remediation.admin,
      specificUser: null,
      specificAdmin: null,
    };
  if (SUCCEEDED.has(r.action))
    return {
      summary: t('advice.succeeded.summary', {
        action: t(`action.${r.action}` as MessageKey),
        address: r.address,
      }),
      user: t('advice.succeeded.user'),
      admin: t('advice.succeeded.admin'),
      specificUser: null,
      specificAdmin: null,
    };
  const userKey = key(r.category, 'user');
  const adminKey = key(r.category, 'admin');
  const summary = categorySummary(r.category, r.address);
  // Not the category's words (the engine had them in this language): a rule's own advice, or an
  // admin text the authentication analysis extended, in English.
  const ownUser = r.remediation.user !== t(userKey) ? r.remediation.user : null;
  const ownAdmin = r.remediation.admin !== t(adminKey) ? r.remediation.admin : null;
  // The engine applied the rule's own advice: its translation replaces it, as in English.
  const translated = ownUser !== null || ownAdmin !== null ? ruleAdviceText(r.rule) : null;
  return {
    // The engine says both for a delay with a known cause: it is late, and why.
    summary:
      r.action === 'delayed' && r.category !== 'delayed'
        ? t('advice.delayedAlso', { address: r.address, summary })
        : summary,
    user: translated?.user ?? t(userKey),
    admin: translated?.admin ?? t(adminKey),
    specificUser: translated ? null : ownUser,
    specificAdmin: translated ? null : ownAdmin,
  };
}
