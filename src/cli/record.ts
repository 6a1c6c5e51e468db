// What the CLI keeps of one message's diagnosis beyond its printed output: the failed recipients
// as small records (for the summary and the CSV), and the addresses to remove from a list.
import type { Category, Diagnosis, RecipientDiagnosis } from '../diagnosis/index';
import { csvRow } from './csv';

/** A failed or delayed recipient, as the summary counts it. */
export interface FailedRecipient {
  readonly address: string;
  readonly domain: string;
  readonly action: 'failed' | 'delayed';
  readonly category: string;
  readonly owner: string;
  readonly permanent: boolean;
  readonly status: string | null;
  /** The server's line, capped: one of these becomes the group's example. */
  readonly example: string;
}

/** One message as the summary sees it. */
export interface MessageRecord {
  readonly kind: string | null;
  readonly error: string | null;
  readonly file: string;
  /** The report's own date (ms since the epoch), or null. */
  readonly date: number | null;
  readonly reportingMta: string | null;
  readonly failed: readonly FailedRecipient[];
}

// Long server lines are cut here: a summary example, not the whole transcript.
const EXAMPLE_CHARS = 300;

export function domainOf(address: string): string {
  const at = address.lastIndexOf('@');
  return at < 0 ? '(no domain)' : address.slice(at + 1).toLowerCase() || '(no domain)';
}

function isFailure(r: RecipientDiagnosis): r is RecipientDiagnosis & { action: 'failed' | 'delayed' } {
  return r.action === 'failed' || r.action === 'delayed';
}

export function toRecord(
  file: string,
  date: number | null,
  d: Diagnosis | null,
  error: string | null,
): MessageRecord {
  return {
    kind: d ? d.kind : null,
    error,
    file,
    date,
    reportingMta: d?.reportingMta ?? null,
    failed: (d?.recipients ?? []).filter(isFailure).map((r) => ({
      address: r.address.toLowerCase(),
      domain: domainOf(r.address),
      action: r.action,
      category: r.category,
      owner: r.owner,
      permanent: r.permanent,
      status: r.status,
      example:
        r.diagnostic.length > EXAMPLE_CHARS ? r.diagnostic.slice(0, EXAMPLE_CHARS) + '…' : r.diagnostic,
    })),
  };
}

// The address itself is what is wrong (TAXONOMY group A: no such mailbox, no such domain, a
// closed mailbox) or the sending platform refuses it for good (suppressed, G3): a list should drop
// it. A full mailbox, a policy or a block on our side is not the address's fault.
const ADDRESS_CATEGORIES: ReadonlySet<Category> = new Set<Category>([
  'recipient-unknown',
  'recipient-domain-invalid',
  'mailbox-inactive',
  'suppressed',
]);

/** Permanent failures of the address itself (lower-cased): the addresses to remove from a list. */
export function addressesToRemove(d: Diagnosis | null): string[] {
  if (!d || d.kind !== 'bounce') return [];
  return d.recipients
    .filter((r) => r.action === 'failed' && r.final && ADDRESS_CATEGORIES.has(r.category))
    .map((r) => r.address.toLowerCase());
}

export const CSV_HEADER = csvRow([
  'file',
  'date',
  'kind',
  'address',
  'domain',
  'action',
  'status',
  'reply_code',
  'category',
  'owner',
  'permanent',
  'reporting_mta',
  'remote_mta',
  'diagnostic',
  'summary',
  'error',
]);

/**
 * CSV rows for one message: one per recipient (only failed and delayed ones when `failedOnly`);
 * a message without such recipients gets one row of its own unless `failedOnly`, so that errors
 * and non-bounces are not lost from `diagnose --csv`.
 */
export function csvRows(
  file: string,
  date: number | null,
  d: Diagnosis | null,
  error: string | null,
  failedOnly: boolean,
): string {
  const iso = date === null ? null : new Date(date).toISOString();
  const recipients = (d?.recipients ?? []).filter((r) => !failedOnly || isFailure(r));
  if (recipients.length === 0)
    return failedOnly
      ? ''
      : csvRow([
          file,
          iso,
          d?.kind ?? null,
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          d?.reportingMta ?? null,
          null,
          null,
          null,
          error,
        ]);
  return recipients
    .map((r) =>
      csvRow([
        file,
        iso,
        d?.kind ?? null,
        r.address,
        domainOf(r.address),
        r.action,
        r.status,
        r.replyCode,
        r.category,
        r.owner,
        r.permanent,
        d?.reportingMta ?? null,
        r.remoteMta,
        r.diagnostic,
        r.summary,
        error,
      ]),
    )
    .join('');
}
