/// <reference types="office-js" />
// Which of an item's attachments are messages the pane reads (attached items, .eml and .msg
// files). Cheap, and loaded with the pane: the reader itself (read-attachments.ts) is a chunk
// fetched only for an item that has one.
import type { MailboxItem } from './office-host';

export type MessageKind = 'attached-item' | 'eml-file' | 'msg-file';

export function messageKind(att: Office.AttachmentDetails): MessageKind | null {
  const type = String(att.attachmentType ?? '').toLowerCase();
  if (type === 'item') return 'attached-item';
  if (type !== 'file') return null;
  const name = (att.name ?? '').toLowerCase();
  const contentType = (att.contentType ?? '').toLowerCase();
  if (name.endsWith('.msg') || contentType === 'application/vnd.ms-outlook') return 'msg-file';
  if (name.endsWith('.eml') || contentType === 'message/rfc822') return 'eml-file';
  return null;
}

/** Whether the item has an attachment the pane reads as a message. */
export function hasAttachedMessages(item: MailboxItem): boolean {
  return (item.attachments ?? []).some((a) => messageKind(a) !== null);
}
