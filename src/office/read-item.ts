/// <reference types="office-js" />
// Reads the selected item with the best API this Outlook has (Mailbox 1.14 whole MIME, else 1.8
// headers and body), plus every attached message. Failures come back as a ReadProblem with
// details; the pane words them for the user.
import type { Outcome } from './async-result';
import { currentItem, officeGlobal, supportsMailbox, userAddress, type MailboxItem } from './office-host';
import { hasAttachedMessages } from './attachment-kind';
import { readWholeMessage } from './read-mime';
import type { AttachmentReadResult } from './read-attachments';
import type { BounceSource, ItemContext, ItemRead, ReadVia } from './types';

function contextOf(item: MailboxItem | null): ItemContext {
  const itemClass = item && typeof item.itemClass === 'string' ? item.itemClass : null;
  const subject = item && typeof item.subject === 'string' ? item.subject : null;
  return { itemClass, subject, userAddress: userAddress() };
}

/** Delivery, non-delivery, delay and read reports: Outlook withholds add-ins from these. */
export function isReportClass(itemClass: string | null): boolean {
  return itemClass !== null && itemClass.toLowerCase().startsWith('ipm.report');
}

export async function readItem(): Promise<ItemRead> {
  if (!officeGlobal())
    return { ok: false, problem: 'no-office', detail: 'Office.js is not loaded', context: null };
  const item = currentItem();
  const context = contextOf(item);
  if (!item) return { ok: false, problem: 'no-item', detail: 'Outlook gives the add-in no item', context };
  const has114 = supportsMailbox('1.14');
  const has18 = supportsMailbox('1.8');
  if (!has114 && !has18)
    return {
      ok: false,
      problem: 'unsupported',
      detail: 'Mailbox requirement set 1.8 is not supported',
      context,
    };

  let whole: Outcome<Uint8Array> = { ok: false, error: 'not tried' };
  let via: ReadVia = 'mime';
  if (has114) whole = await readWholeMessage(item);
  if (!whole.ok && has18) {
    const firstError = has114 ? `${whole.error}; ` : '';
    via = 'headers-and-body';
    // Only Outlooks without Mailbox 1.14 need this reader and its MIME writer: a chunk of their
    // own, out of what every pane loads up front.
    const parts = await import(/* webpackChunkName: "read-headers-body" */ './read-headers-body.js').then(
      (m) => m.readHeadersAndBody(item),
      (e: unknown) => ({ ok: false as const, error: `the pane could not load its reader (${errorText(e)})` }),
    );
    whole = parts.ok ? parts : { ok: false, error: firstError + parts.error };
  }
  const attached = has18 && hasAttachedMessages(item) ? await readAttached(item) : { sources: [], notes: [] };

  const sources: BounceSource[] = [];
  if (whole.ok)
    sources.push({ label: context.subject || 'this message', origin: 'item', bytes: whole.value });
  sources.push(...attached.sources);
  if (sources.length === 0) {
    const problem = isReportClass(context.itemClass) ? 'restricted' : whole.ok ? 'empty' : 'api-error';
    return { ok: false, problem, detail: whole.ok ? 'nothing to read' : whole.error, context };
  }
  return { ok: true, via, context, sources, notes: attached.notes };
}

/** The attached messages, read by a chunk of its own: most items have none. */
function readAttached(item: MailboxItem): Promise<AttachmentReadResult> {
  return import(/* webpackChunkName: "read-attachments" */ './read-attachments.js').then(
    (m) => m.readAttachedMessages(item),
    (e: unknown) => ({
      sources: [],
      notes: [`The pane could not load its attachment reader (${errorText(e)}).`],
    }),
  );
}

function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
