// Step 3: the meaning of the enhanced status code in the IANA registry (RFC 3463 and later).
// Facts from ../shared/reference/enhanced-status-codes.tsv, mapped onto our categories.
// "Specific" codes say what happened on their own; "generic" ones (X.0.0, X.7.1 ...) only say
// "refused" and yield to any wording the server gave.
import type { Category } from '../types';
import type { Rule } from './rule';

interface CodeMeaning {
  readonly code: string; // subject.detail
  readonly category: Category;
  readonly specific: boolean;
}

const MEANINGS: readonly CodeMeaning[] = [
  { code: '1.0', category: 'recipient-unknown', specific: false },
  { code: '1.1', category: 'recipient-unknown', specific: true },
  { code: '1.2', category: 'recipient-domain-invalid', specific: true },
  { code: '1.3', category: 'recipient-unknown', specific: true },
  { code: '1.4', category: 'recipient-unknown', specific: true },
  { code: '1.5', category: 'unknown', specific: false },
  { code: '1.6', category: 'mailbox-inactive', specific: true },
  { code: '1.7', category: 'sender-infrastructure', specific: true },
  { code: '1.8', category: 'sender-infrastructure', specific: true },
  { code: '1.9', category: 'recipient-system', specific: false },
  { code: '1.10', category: 'recipient-domain-invalid', specific: true },
  { code: '2.0', category: 'recipient-unknown', specific: false },
  { code: '2.1', category: 'mailbox-inactive', specific: false },
  { code: '2.2', category: 'mailbox-full', specific: true },
  { code: '2.3', category: 'message-too-large', specific: true },
  { code: '2.4', category: 'recipient-policy', specific: false },
  { code: '3.0', category: 'recipient-system', specific: false },
  { code: '3.1', category: 'recipient-system', specific: true },
  { code: '3.2', category: 'recipient-system', specific: false },
  { code: '3.3', category: 'recipient-system', specific: false },
  { code: '3.4', category: 'message-too-large', specific: true },
  { code: '3.5', category: 'recipient-system', specific: true },
  { code: '4.0', category: 'recipient-system', specific: false },
  { code: '4.1', category: 'recipient-system', specific: false },
  { code: '4.2', category: 'recipient-system', specific: false },
  { code: '4.3', category: 'recipient-system', specific: false },
  { code: '4.4', category: 'recipient-domain-invalid', specific: false },
  { code: '4.5', category: 'recipient-system', specific: false },
  { code: '4.6', category: 'mail-loop', specific: true },
  { code: '4.7', category: 'expired', specific: true },
  { code: '5.0', category: 'recipient-system', specific: false },
  { code: '5.1', category: 'message-noncompliant', specific: false },
  { code: '5.2', category: 'message-noncompliant', specific: false },
  { code: '5.3', category: 'rate-limited', specific: true },
  { code: '5.4', category: 'message-noncompliant', specific: false },
  { code: '5.5', category: 'recipient-system', specific: false },
  { code: '5.6', category: 'message-noncompliant', specific: false },
  { code: '6.0', category: 'message-noncompliant', specific: false },
  { code: '6.1', category: 'message-noncompliant', specific: false },
  { code: '6.2', category: 'message-noncompliant', specific: false },
  { code: '6.3', category: 'message-noncompliant', specific: false },
  { code: '6.5', category: 'message-noncompliant', specific: false },
  { code: '6.6', category: 'message-noncompliant', specific: false },
  { code: '6.7', category: 'message-noncompliant', specific: true },
  { code: '6.8', category: 'message-noncompliant', specific: true },
  { code: '6.9', category: 'message-noncompliant', specific: true },
  { code: '7.0', category: 'recipient-policy', specific: false },
  { code: '7.1', category: 'recipient-policy', specific: false },
  { code: '7.2', category: 'recipient-policy', specific: true },
  { code: '7.3', category: 'recipient-system', specific: false },
  { code: '7.4', category: 'sender-infrastructure', specific: false },
  { code: '7.5', category: 'recipient-system', specific: false },
  { code: '7.6', category: 'recipient-system', specific: false },
  { code: '7.7', category: 'message-noncompliant', specific: false },
  { code: '7.8', category: 'sender-blocked', specific: true },
  { code: '7.9', category: 'sender-blocked', specific: false },
  { code: '7.10', category: 'sender-infrastructure', specific: true },
  { code: '7.11', category: 'sender-infrastructure', specific: true },
  { code: '7.12', category: 'sender-blocked', specific: true },
  { code: '7.13', category: 'mailbox-inactive', specific: true },
  { code: '7.14', category: 'recipient-policy', specific: false },
  { code: '7.15', category: 'recipient-policy', specific: false },
  { code: '7.16', category: 'message-too-large', specific: true },
  { code: '7.17', category: 'mailbox-inactive', specific: true },
  { code: '7.18', category: 'mailbox-inactive', specific: true },
  { code: '7.19', category: 'recipient-policy', specific: false },
  { code: '7.20', category: 'auth-failed', specific: true },
  { code: '7.21', category: 'auth-failed', specific: true },
  { code: '7.22', category: 'auth-failed', specific: true },
  { code: '7.23', category: 'auth-failed', specific: true },
  { code: '7.24', category: 'auth-failed', specific: true },
  { code: '7.25', category: 'sender-infrastructure', specific: true },
  { code: '7.26', category: 'auth-failed', specific: true },
  { code: '7.27', category: 'sender-infrastructure', specific: true },
  { code: '7.28', category: 'rate-limited', specific: true },
  { code: '7.29', category: 'auth-failed', specific: true },
  { code: '7.30', category: 'sender-infrastructure', specific: true },
];

function toRules(specific: boolean): Rule[] {
  return MEANINGS.filter((m) => m.specific === specific).map((m) => ({
    id: `registry.x.${m.code}`,
    category: m.category,
    status: [`4.${m.code}`, `5.${m.code}`],
  }));
}

export const SPECIFIC_REGISTRY_RULES: readonly Rule[] = toRules(true);
export const GENERIC_REGISTRY_RULES: readonly Rule[] = toRules(false);
