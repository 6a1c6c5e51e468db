// Builds the BounceContext once per message, so recognizers never re-scan MIME: the body text
// (the message's own text parts, quote marks removed) and the delivery-status parts.
import { NO_LOCALIZED_WORDS } from './text/localized';
import type { BounceContext } from './formats/format';
import { MessageContext } from './message-context';
import { leaves, type Mail, type Part } from './mime/structure';

// message/xdelivery-status: XWall's misspelling of the first (mime/structure.ts).
const REPORT_TYPES = new Set([
  'message/delivery-status',
  'message/global-delivery-status',
  'message/xdelivery-status',
]);

export function buildContext(mail: Mail, localized = NO_LOCALIZED_WORDS): BounceContext {
  const parts = leaves(mail.root);
  let plain: Part[] = [];
  const html: Part[] = [];
  const deliveryStatus: string[] = [];
  for (const p of parts) {
    if (REPORT_TYPES.has(p.type)) deliveryStatus.push(p.text);
    else if (isBodyText(p)) (p.type === 'text/html' ? html : plain).push(p);
  }
  // An empty plain part (a multipart's blank preamble: Gmail nests multipart/related and
  // multipart/alternative in its report) is no text: it must not hide the HTML of a notice sent
  // or forwarded as HTML only.
  if (html.length) plain = plain.filter((p) => /\S/.test(p.text));
  // Some MTAs send the report as text/plain with a .txt name or inline in the body; a relay may
  // relabel it application/octet-stream (only a multipart/report's parts of that type have text).
  if (deliveryStatus.length === 0) {
    for (const p of parts)
      if (
        (p.type === 'text/plain' || p.type === 'application/octet-stream') &&
        /^(reporting-mta|final-recipient):/im.test(p.text.slice(0, 4000))
      )
        deliveryStatus.push(p.text);
  }
  // The HTML parts are read (and converted, which is costly) only when there is no plain text, or
  // when all of it is attached files (a notice forwarded from Outlook on the web is HTML, with the
  // bounce's attached header file beside it): then the HTML comes first, as the one the reader saw.
  const read =
    plain.length === 0 ? html : plain.every(isAttached) && html.length ? [...html, ...plain] : plain;
  const body = squeezeBlankLines(dedent(unquote(read.map((p) => p.text).join('\n'))));
  return new MessageContext(mail, body, deliveryStatus, localized);
}

/** A text part that is the message's own text (not an attached file or message). */
export function isBodyText(p: Part): boolean {
  if (p.type !== 'text/plain' && p.type !== 'text/html') return false;
  const disp = (p.headers.get('content-disposition') ?? '').toLowerCase();
  return !disp.startsWith('attachment') || p.filename === null || !/\.(eml|msg)$/i.test(p.filename);
}

function isAttached(p: Part): boolean {
  return (p.headers.get('content-disposition') ?? '').toLowerCase().startsWith('attachment');
}

/** Removes "> " quote marks when most lines carry them (a bounce forwarded inline). */
function unquote(text: string): string {
  if (text.indexOf('\n>') < 0 && !text.startsWith('>')) return text;
  const lines = text.split('\n');
  let quoted = 0;
  for (const l of lines) if (l.startsWith('>')) quoted++;
  if (quoted < 3) return text;
  return lines.map((l) => (l.startsWith('>') ? l.replace(/^(> ?)+/, '') : l)).join('\n');
}

/**
 * Removes the indentation every non-blank line shares: a notice forwarded by a client set to
 * indent the original (Outlook's "include and indent original message text"), which would hide
 * the line starts the recognizers read. Relative indentation (a wrapped reply's continuation) stays.
 * One pass over the line starts.
 */
export function dedent(text: string): string {
  const c = text.charCodeAt(0);
  if (c !== 32 && c !== 9 && c !== 10) return text;
  const lines = text.split('\n');
  let cut = Infinity;
  for (const l of lines) {
    const n = l.length - l.trimStart().length;
    if (n === l.length) continue;
    if (n === 0) return text;
    if (n < cut) cut = n;
  }
  if (cut === Infinity) return text;
  return lines.map((l) => l.slice(Math.min(cut, l.length - l.trimStart().length))).join('\n');
}

function isBlank(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9) return false;
  }
  return true;
}

/**
 * Runs of blank (or white-space-only) lines become one: recognizers split the body into lines,
 * several of them, and a megabyte of line ends cost each a million-entry array. Paragraphs stay
 * apart. Returns the text itself when there is nothing to squeeze.
 */
export function squeezeBlankLines(text: string): string {
  const pieces: string[] = [];
  let keepFrom = 0;
  let prevBlank = false;
  let pos = 0;
  while (pos <= text.length) {
    let end = text.indexOf('\n', pos);
    if (end < 0) end = text.length;
    const blank = isBlank(text, pos, end);
    if (blank && prevBlank) {
      if (keepFrom < pos) pieces.push(text.slice(keepFrom, pos));
      keepFrom = end + 1;
    }
    prevBlank = blank;
    pos = end + 1;
  }
  if (pieces.length === 0 && keepFrom === 0) return text;
  if (keepFrom < text.length) pieces.push(text.slice(keepFrom));
  return pieces.join('');
}
