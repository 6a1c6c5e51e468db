// Recipients that share a cause are shown as one group: same category, same party to act and
// the same advice. Failures first, then delays, then the rest.
import type { RecipientDiagnosis } from '../diagnosis/types';

export interface RecipientGroup {
  readonly key: string;
  readonly recipients: readonly RecipientDiagnosis[];
  /** The first recipient: its category, owner and advice stand for the group. */
  readonly lead: RecipientDiagnosis;
}

const ACTION_ORDER: Readonly<Record<string, number>> = {
  failed: 0,
  delayed: 1,
  delivered: 2,
  relayed: 2,
  expanded: 2,
};

export function groupRecipients(recipients: readonly RecipientDiagnosis[]): RecipientGroup[] {
  const groups = new Map<string, RecipientDiagnosis[]>();
  for (const r of recipients) {
    const key = [
      r.action === 'failed' ? 'failed' : r.action,
      r.category,
      r.owner,
      r.remediation.user,
      r.remediation.admin,
    ].join('\u0000');
    const list = groups.get(key);
    if (list) list.push(r);
    else groups.set(key, [r]);
  }
  return [...groups.entries()]
    .map(([key, list]) => ({ key, recipients: list, lead: list[0] as RecipientDiagnosis }))
    .sort((a, b) => (ACTION_ORDER[a.lead.action] ?? 3) - (ACTION_ORDER[b.lead.action] ?? 3));
}

/** The recipient whose category and owner describe the message: the first failure, else the first. */
export function leadRecipient(recipients: readonly RecipientDiagnosis[]): RecipientDiagnosis | null {
  return recipients.find((r) => r.action === 'failed') ?? recipients[0] ?? null;
}
