// The overview of several failed recipients or bounces: one row per recipient (what happened,
// who acts), grouped by cause, vague causes last.
import type { Owner, RecipientDiagnosis } from '../diagnosis/types';
import type { AnalyzedMessage } from './analyze';
import { decide, viewerOf, type Decision } from './decision';

export interface OverviewRow {
  readonly address: string;
  readonly recipient: RecipientDiagnosis;
  /** Which message (index into the messages shown). */
  readonly message: number;
  readonly decision: Decision;
}

export interface OverviewGroup {
  readonly key: string;
  readonly title: string;
  readonly owner: Owner;
  readonly vague: boolean;
  readonly decision: Decision;
  readonly rows: readonly OverviewRow[];
}

/** Rows for the recipients that need attention: failures and delays. */
export function overviewRows(
  messages: readonly AnalyzedMessage[],
  userAddress: string | null,
): OverviewRow[] {
  return messages.flatMap((m, message) =>
    m.diagnosis.kind === 'bounce' || m.diagnosis.kind === 'delay'
      ? m.diagnosis.recipients
          .filter((r) => r.action === 'failed' || r.action === 'delayed')
          .map((r) => ({
            address: r.address,
            recipient: r,
            message,
            decision: decide(m.diagnosis, r, m.diagnosis.extras ?? null, viewerOf(m.diagnosis, userAddress)),
          }))
      : [],
  );
}

export function overviewGroups(rows: readonly OverviewRow[]): OverviewGroup[] {
  const groups = new Map<string, OverviewRow[]>();
  for (const row of rows) {
    const key = `${row.decision.delayed ? 'delayed' : row.recipient.category}\u0000${row.decision.owner}`;
    const list = groups.get(key);
    if (list) list.push(row);
    else groups.set(key, [row]);
  }
  return [...groups.entries()]
    .map(([key, list]) => {
      const first = list[0] as OverviewRow;
      return {
        key,
        title: first.decision.title,
        owner: first.decision.owner,
        vague: first.decision.vague,
        decision: first.decision,
        rows: list,
      };
    })
    .sort((a, b) => Number(a.vague) - Number(b.vague) || b.rows.length - a.rows.length);
}
