// Mailbox items for the stand-in Office host, built from whole messages the way Outlook would
// present them: the .eml as Base64 (getAsFileAsync), the header block and the body text (the
// Mailbox 1.8 calls), and attachment details with their content.
import type { PaneServer } from './server';

export interface Address {
  readonly displayName?: string;
  readonly emailAddress: string;
}

export interface AttachmentSpec {
  readonly id: string;
  readonly name: string;
  readonly contentType: string;
  readonly size: number;
  readonly attachmentType: 'file' | 'item';
  /** What getAttachmentContentAsync answers: an attached item comes as Eml text, a file as Base64. */
  readonly format: 'eml' | 'base64';
  /** Blob key of the content. */
  readonly content: string;
}

/** One item as office-stub.js reads it (mime, headers, body: blob keys). */
export interface ItemSpec {
  readonly subject?: string;
  readonly from?: Address;
  readonly itemClass?: string;
  /** Every item call fails, as on a delivery report Outlook withholds. */
  readonly restricted?: boolean;
  readonly mime?: string;
  readonly headers?: string;
  readonly body?: string;
  readonly attachments?: readonly AttachmentSpec[];
}

export type Content = string | Uint8Array;

function bytesOf(content: Content): Buffer {
  return typeof content === 'string' ? Buffer.from(content, 'utf8') : Buffer.from(content);
}

/** The header block (up to the first empty line) and what follows. */
export function splitMessage(eml: string): { headers: string; body: string } {
  const crlf = eml.indexOf('\r\n\r\n');
  const lf = eml.indexOf('\n\n');
  if (crlf >= 0 && (lf < 0 || crlf < lf))
    return { headers: eml.slice(0, crlf + 2), body: eml.slice(crlf + 4) };
  if (lf >= 0) return { headers: eml.slice(0, lf + 1), body: eml.slice(lf + 2) };
  return { headers: eml, body: '' };
}

/** An unfolded header field's value, or null (indexOf on the header block; no regex on mail). */
export function headerValue(headers: string, name: string): string | null {
  const lines = headers.split('\n').map((l) => (l.endsWith('\r') ? l.slice(0, -1) : l));
  const want = `${name.toLowerCase()}:`;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (!line.toLowerCase().startsWith(want)) continue;
    let value = line.slice(want.length).trim();
    for (let j = i + 1; j < lines.length && /^[ \t]/.test(lines[j] ?? ''); j++)
      value += ` ${(lines[j] ?? '').trim()}`;
    return value;
  }
  return null;
}

function parseAddress(value: string | null): Address | undefined {
  if (!value) return undefined;
  const open = value.lastIndexOf('<');
  const close = value.lastIndexOf('>');
  if (open >= 0 && close > open) {
    const name = value.slice(0, open).trim().split('"').join('');
    return name
      ? { displayName: name, emailAddress: value.slice(open + 1, close) }
      : { emailAddress: value.slice(open + 1, close) };
  }
  return { emailAddress: value.trim() };
}

export interface ItemOptions {
  readonly attachments?: readonly AttachmentSpec[];
  readonly itemClass?: string;
  /** The body text Outlook would give (body.getAsync Text); default: everything after the header. */
  readonly bodyText?: string;
  readonly restricted?: boolean;
}

/** A message item: the stub answers all read calls from this one .eml. */
export function messageItem(server: PaneServer, eml: Content, options: ItemOptions = {}): ItemSpec {
  const text = typeof eml === 'string' ? eml : Buffer.from(eml).toString('latin1');
  const { headers, body } = splitMessage(text);
  const from = parseAddress(headerValue(headers, 'From'));
  return {
    subject: headerValue(headers, 'Subject') ?? '',
    ...(from ? { from } : {}),
    itemClass: options.itemClass ?? 'IPM.Note',
    ...(options.restricted ? { restricted: true } : {}),
    mime: server.put(bytesOf(eml).toString('base64')),
    headers: server.put(headers),
    body: server.put(options.bodyText ?? body),
    attachments: options.attachments ?? [],
  };
}

/** A message attached as an Outlook item (getAttachmentContentAsync answers Eml). */
export function attachedItem(server: PaneServer, id: string, name: string, eml: string): AttachmentSpec {
  return {
    id,
    name,
    contentType: 'message/rfc822',
    size: Buffer.byteLength(eml),
    attachmentType: 'item',
    format: 'eml',
    content: server.put(eml),
  };
}

/** A file attachment (getAttachmentContentAsync answers Base64). */
export function fileAttachment(
  server: PaneServer,
  id: string,
  name: string,
  contentType: string,
  bytes: Content,
): AttachmentSpec {
  const data = bytesOf(bytes);
  return {
    id,
    name,
    contentType,
    size: data.length,
    attachmentType: 'file',
    format: 'base64',
    content: server.put(data.toString('base64')),
  };
}

/** A forward with the given parts attached (what getAsFileAsync returns for it). */
export function forwardMessage(
  subject: string,
  note: string,
  parts: readonly { contentType: string; name: string; body: string; base64?: boolean }[],
): string {
  const boundary = '=_e2e_forward_boundary';
  const lines = [
    'From: Dana Whitfield <dana@contoso.example>',
    'To: IT Helpdesk <helpdesk@contoso.example>',
    `Subject: ${subject}`,
    'Date: Mon, 2 Mar 2026 11:00:00 +0000',
    'Message-ID: <e2e-forward@contoso.example>',
    'MIME-Version: 1.0',
    `Content-Type: multipart/mixed; boundary="${boundary}"`,
    '',
    `--${boundary}`,
    'Content-Type: text/plain; charset=utf-8',
    '',
    note,
  ];
  for (const p of parts) {
    lines.push(
      `--${boundary}`,
      `Content-Type: ${p.contentType}; name="${p.name}"`,
      `Content-Disposition: attachment; filename="${p.name}"`,
    );
    if (p.base64) lines.push('Content-Transfer-Encoding: base64');
    lines.push('', p.body);
  }
  lines.push(`--${boundary}--`, '');
  return lines.join('\r\n');
}
