// An Outlook .msg file (OLE compound file) as one MIME message: the chunk that msg-file.ts loads
// the first time a .msg appears, together with @kenjiuno/msgreader.
import * as msgreader from '@kenjiuno/msgreader';
import type { FieldsData } from '@kenjiuno/msgreader';
import { utf8Bytes } from './bytes';
import { composeMessage, syntheticHeaders, type ComposedPart } from './compose-mime';

// The part of msgreader we use, typed structurally: its default export reaches us as
// `module.default` from bundlers and ts-jest but one level deeper under Node's own ESM interop.
interface MsgReaderInstance {
  getFileData(): FieldsData;
  getAttachment(attachment: FieldsData): { content: Uint8Array };
}
type MsgReaderClass = new (buffer: ArrayBuffer) => MsgReaderInstance;

// Embedded messages inside embedded messages: a forwarded bounce inside a forward is depth 2.
const MAX_DEPTH = 4;

function readerClass(): MsgReaderClass {
  const outer = (msgreader as { default?: unknown }).default;
  const inner = (outer as { default?: unknown } | undefined)?.default;
  const found = typeof outer === 'function' ? outer : inner;
  if (typeof found !== 'function') throw new Error('the .msg reader did not load');
  return found as MsgReaderClass;
}

/** The .msg as one MIME message (its embedded messages as message/rfc822 parts). Throws on a
 *  file msgreader cannot read. */
export function msgToMime(bytes: Uint8Array): Uint8Array {
  const MsgReader = readerClass();
  const reader = new MsgReader(bytes.slice().buffer);
  const fields = reader.getFileData();
  if (fields.error) throw new Error(`not a readable .msg file (${fields.error})`);
  return utf8Bytes(fieldsToMime(reader, fields, 0));
}

const textDecoder = new TextDecoder('utf-8');

function fieldsToMime(reader: MsgReaderInstance, fields: FieldsData, depth: number): string {
  const parts: ComposedPart[] = [];
  if (fields.body) parts.push({ contentType: 'text/plain; charset=utf-8', body: fields.body });
  else if (fields.bodyHtml) parts.push({ contentType: 'text/html; charset=utf-8', body: fields.bodyHtml });
  for (const att of fields.attachments ?? []) {
    const part = attachmentPart(reader, att, depth);
    if (part) parts.push(part);
  }
  if (parts.length === 0) parts.push({ contentType: 'text/plain; charset=utf-8', body: '' });
  return composeMessage(fields.headers ?? headersFromProperties(fields), parts);
}

function attachmentPart(reader: MsgReaderInstance, att: FieldsData, depth: number): ComposedPart | null {
  if (att.innerMsgContent && att.innerMsgContentFields) {
    if (depth + 1 >= MAX_DEPTH) return null;
    return {
      contentType: 'message/rfc822',
      body: fieldsToMime(reader, att.innerMsgContentFields, depth + 1),
    };
  }
  const name = (att.fileName ?? att.name ?? '').toLowerCase();
  const mime = (att.attachMimeTag ?? '').toLowerCase();
  const isMessage = name.endsWith('.eml') || mime === 'message/rfc822';
  const isReportPart =
    mime === 'message/delivery-status' ||
    mime === 'message/global-delivery-status' ||
    mime === 'text/rfc822-headers';
  if (!isMessage && !isReportPart) return null;
  let content: Uint8Array;
  try {
    content = reader.getAttachment(att).content;
  } catch {
    return null; // an unreadable attachment is skipped; the rest of the message still counts
  }
  return { contentType: isMessage ? 'message/rfc822' : mime, body: textDecoder.decode(content) };
}

function headersFromProperties(fields: FieldsData): string {
  const sender = fields.senderSmtpAddress ?? fields.senderEmail ?? null;
  const from = sender
    ? fields.senderName
      ? `${fields.senderName} <${sender}>`
      : sender
    : (fields.senderName ?? null);
  const to = (fields.recipients ?? [])
    .map((r) => r.smtpAddress ?? r.email ?? r.name ?? '')
    .filter((a) => a.length > 0)
    .join(', ');
  const when = fields.clientSubmitTime ?? fields.messageDeliveryTime ?? fields.creationTime ?? null;
  return syntheticHeaders({
    from,
    to: to || null,
    subject: fields.subject ?? null,
    date: when ? toRfc5322Date(when) : null,
  });
}

/** msgreader gives times as Date strings; mail headers want RFC 5322 dates. */
function toRfc5322Date(value: string): string {
  const d = new Date(value);
  return Number.isNaN(d.getTime()) ? value : d.toUTCString().replace('GMT', '+0000');
}
