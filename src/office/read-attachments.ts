/// <reference types="office-js" />
// Bounces inside the item: attached messages (Eml format), .eml files (Base64) and .msg files
// (Base64, then msgreader). A forward that carries several bounces yields one source each.
import { officeCall } from './async-result';
import { base64Bytes, isCompoundFile, utf8Bytes } from './bytes';
import { msgToMime } from './msg-file';
import { messageKind, type MessageKind } from './attachment-kind';
import type { MailboxItem } from './office-host';
import type { BounceSource } from './types';

// getAttachmentContentAsync is documented for attachments up to 25 MB in some clients; bounces
// are small, and a huge attachment is not one worth waiting for.
const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;
const MAX_MESSAGE_ATTACHMENTS = 20;

export interface AttachmentReadResult {
  readonly sources: BounceSource[];
  readonly notes: string[];
}

export async function readAttachedMessages(item: MailboxItem): Promise<AttachmentReadResult> {
  const sources: BounceSource[] = [];
  const notes: string[] = [];
  const candidates = (item.attachments ?? []).filter((a) => messageKind(a) !== null);
  if (candidates.length === 0) return { sources, notes };
  if (typeof item.getAttachmentContentAsync !== 'function') {
    notes.push(
      'This version of Outlook does not let add-ins open attachments; save the attached message and drop it into the pane.',
    );
    return { sources, notes };
  }
  for (const att of candidates.slice(0, MAX_MESSAGE_ATTACHMENTS)) {
    const kind = messageKind(att);
    const label = att.name || 'attached message';
    if (!kind) continue;
    if (att.size > MAX_ATTACHMENT_BYTES) {
      notes.push(`“${label}” is too large to read here (${Math.round(att.size / 1048576)} MB).`);
      continue;
    }
    const content = await officeCall<Office.AttachmentContent>((cb) =>
      item.getAttachmentContentAsync(att.id, cb),
    );
    if (!content.ok) {
      notes.push(`Outlook could not open “${label}”: ${content.error}.`);
      continue;
    }
    const bytes = await attachmentBytes(kind, content.value);
    if (typeof bytes === 'string') notes.push(`Could not read “${label}”: ${bytes}.`);
    else sources.push({ label, origin: kind, bytes });
  }
  if (candidates.length > MAX_MESSAGE_ATTACHMENTS)
    notes.push(`Only the first ${MAX_MESSAGE_ATTACHMENTS} attached messages were read.`);
  return { sources, notes };
}

/** The attachment as message bytes, or a reason (string) it can't be read. */
async function attachmentBytes(
  kind: MessageKind,
  content: Office.AttachmentContent,
): Promise<Uint8Array | string> {
  const format = String(content.format).toLowerCase();
  if (format === 'eml') return utf8Bytes(content.content);
  if (format !== 'base64') return `Outlook gave it as "${content.format}", not as a file`;
  const bytes = base64Bytes(content.content);
  if (!bytes) return 'its content is not valid Base64';
  // Trust the bytes over the name: a .msg renamed .eml (or the reverse) still reads.
  if (kind === 'msg-file' || isCompoundFile(bytes)) {
    try {
      return await msgToMime(bytes);
    } catch (e) {
      return e instanceof Error ? e.message : String(e);
    }
  }
  return bytes;
}
