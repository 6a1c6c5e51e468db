// What to tell people, per category: the words come in as an argument (category-words.ts in
// English, or the pane's language), the links to vendors' documentation are the engine's. Rules may
// refine the advice (a RuleAdvice table, such as advice/microsoft.ts) where the cause is narrower
// than the category.
import type { Category, CategoryWords, Remediation } from './types';

const EXO_NDR =
  'https://learn.microsoft.com/troubleshoot/exchange/email-delivery/ndr/non-delivery-reports-in-exchange-online';

/** Vendors' documentation per category, in every language. */
const CATEGORY_LINKS: Readonly<Partial<Record<Category, readonly string[]>>> = {
  'recipient-unknown': [EXO_NDR],
  'recipient-policy': [EXO_NDR],
  'auth-failed': [
    'https://learn.microsoft.com/defender-office-365/email-authentication-about',
    'https://support.google.com/a/answer/81126',
  ],
  'sender-blocked': [EXO_NDR],
  'relay-denied': [EXO_NDR],
};

/** The words for every category, in one language. */
export type CategoryWordsTable = Readonly<Record<Category, CategoryWords>>;

/** Advice for rules whose cause is narrower than their category, by rule id. It comes in as an
 *  argument (DiagnoseOptions.ruleAdvice): the public entry passes advice/microsoft.ts, the pane loads
 *  that table only for the bounces whose rules have advice in it (RULE_ADVICE_PREFIXES). */
export type RuleAdvice = Readonly<Record<string, Remediation>>;

/** The rule's own advice when it has one, else the category's. */
export function remediationFor(
  words: CategoryWordsTable,
  category: Category,
  ruleId?: string | null,
  ruleAdvice: RuleAdvice = {},
): Remediation {
  const specific = ruleId && category !== 'delayed' ? ruleAdvice[ruleId] : undefined;
  if (specific) return { user: specific.user, admin: specific.admin, links: [...specific.links] };
  const a = words[category];
  return { user: a.user, admin: a.admin, links: [...(CATEGORY_LINKS[category] ?? [])] };
}

export function summaryFor(words: CategoryWordsTable, category: Category, address: string): string {
  const at = address.lastIndexOf('@');
  const domain = at >= 0 ? address.slice(at + 1) : 'the recipient domain';
  return words[category].summary(address || 'the recipient', domain);
}
