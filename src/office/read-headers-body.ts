/// <reference types="office-js" />
// Mailbox 1.8: the header block (getAllInternetHeadersAsync) plus the body as text, put back
// together as one message. Report parts that Outlook lists as attachments
// (message/delivery-status, text/rfc822-headers) and the returned message (an attached item) are
// fetched and added, since the body alone loses them: a notice that names its recipient only in
// the returned message's To, and the returned message's authentication headers, need it.
import { officeCall, type Outcome } from './async-result';
import { composeMessage, syntheticHeaders, type ComposedPart } from './compose-mime';
import { utf8Bytes } from './bytes';
import type { MailboxItem } from './office-host';

const REPORT_PART_TYPES = new Set([
  'message/delivery-status',
  'message/global-delivery-status',
  'text/rfc822-headers',
]);
const MAX_REPORT_PART_BYTES = 1024 * 1024;
// A bounce returns one message; a few more attached items are a forward's, read on their own too.
const MAX_RETURNED_ITEMS = 3;

export async function readHeadersAndBody(item: MailboxItem): Promise<Outcome<Uint8Array>> {
  if (
    typeof item.getAllInternetHeadersAsync !== 'function' ||
    !item.body ||
    typeof item.body.getAsync !== 'function'
  ) {
    return { ok: false, error: 'getAllInternetHeadersAsync or body.getAsync is not available' };
  }
  const headers = await officeCall<string>((cb) => item.getAllInternetHeadersAsync(cb));
  if (!headers.ok) return headers;
  // "text" is Office.CoercionType.Text; the literal keeps this independent of the enum object.
  const body = await officeCall<string>((cb) => item.body.getAsync('text' as Office.CoercionType, cb));
  if (!body.ok) return body;
  // Outlook returns "" with success in some folders (office-js #4773): fall back to what the item says.
  const headerBlock = headers.value.trim().length > 0 ? headers.value : headersFromItem(item);
  if (headerBlock.trim().length === 0 && body.value.trim().length === 0)
    return { ok: false, error: 'the message has no headers and no body text' };
  const parts: ComposedPart[] = [{ contentType: 'text/plain; charset=utf-8', body: body.value }];
  parts.push(...(await reportParts(item)));
  return { ok: true, value: utf8Bytes(composeMessage(headerBlock, parts)) };
}

async function reportParts(item: MailboxItem): Promise<ComposedPart[]> {
  const parts: ComposedPart[] = [];
  let items = 0;
  for (const att of item.attachments ?? []) {
    const type = (att.contentType ?? '').toLowerCase();
    const returned = String(att.attachmentType ?? '').toLowerCase() === 'item';
    if ((!REPORT_PART_TYPES.has(type) && !returned) || att.size > MAX_REPORT_PART_BYTES) continue;
    if (returned && ++items > MAX_RETURNED_ITEMS) continue;
    const content = await officeCall<Office.AttachmentContent>((cb) =>
      item.getAttachmentContentAsync(att.id, cb),
    );
    if (!content.ok) continue;
    const format = String(content.value.format).toLowerCase();
    if (returned && format === 'eml')
      parts.push({ contentType: 'message/rfc822', body: content.value.content });
    else if (!returned && format === 'base64')
      parts.push({ contentType: type, body: content.value.content, base64: true });
  }
  return parts;
}

function headersFromItem(item: MailboxItem): string {
  const from = item.from ? formatAddress(item.from) : null;
  const to = Array.isArray(item.to) ? item.to.map(formatAddress).join(', ') : null;
  const created =
    item.dateTimeCreated instanceof Date ? item.dateTimeCreated.toUTCString().replace('GMT', '+0000') : null;
  return syntheticHeaders({
    from,
    to,
    subject: typeof item.subject === 'string' ? item.subject : null,
    date: created,
  });
}

function formatAddress(a: Office.EmailAddressDetails): string {
  return a.displayName && a.displayName !== a.emailAddress
    ? `${a.displayName} <${a.emailAddress}>`
    : a.emailAddress;
}
