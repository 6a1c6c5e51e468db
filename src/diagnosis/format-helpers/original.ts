// The message that bounced: from an attached message/rfc822, a text/rfc822-headers part, or the
// header block quoted in a text bounce after its "original message" marker.
import type { BounceContext } from '../formats/format';
import { Headers, decodeHeaderText, attachParsed, parsedFor } from '../mime/headers';
import type { Part } from '../mime/structure';
import { findAddresses } from '../text/addresses';
import type { OriginalMessage } from '../types';

const HEADER_TYPES = new Set(['text/rfc822-headers', 'message/global-headers']);
const MAX_RAW = 64 * 1024;

function fromHeaders(h: Headers, raw: string): OriginalMessage | null {
  const text = (n: string) => {
    const v = h.get(n);
    return v === null ? null : decodeHeaderText(v);
  };
  const o: OriginalMessage = {
    from: text('from'),
    to: text('to'),
    subject: text('subject'),
    messageId: h.get('message-id'),
    date: h.get('date'),
    returnPath: h.get('return-path'),
    authenticationResults: h.getAll('authentication-results'),
    received: h.getAll('received'),
    rawHeaders: raw.slice(0, MAX_RAW),
  };
  if (!(o.from || o.to || o.subject || o.messageId)) return null;
  // The block kept whole is the one `h` was parsed from (or, for an attached message, written from
  // its fields, one line each, which parse back to them): later readers need not parse it again.
  if (raw.length <= MAX_RAW) attachParsed(o, h);
  return o;
}

function rawHeaderText(h: Headers): string {
  return h.fields.map((f) => `${f.name}: ${f.value}`).join('\n');
}

function findInParts(root: Part): OriginalMessage | null {
  const walk = (p: Part): OriginalMessage | null => {
    if (p.message) return fromHeaders(p.message.headers, rawHeaderText(p.message.headers));
    if (HEADER_TYPES.has(p.type)) {
      const h = Headers.parse(p.text);
      return fromHeaders(h, p.text);
    }
    for (const c of p.children) {
      const o = walk(c);
      if (o) return o;
    }
    return null;
  };
  return walk(root);
}

// Any of the fields a returned block may start with: Exim's moan.c copies the header lines as
// received, where "To:" may come first.
const TEXT_HEADER_STARTS = [
  '\nreceived: ',
  '\nreturn-path: ',
  '\nmessage-id: ',
  '\nfrom: ',
  '\nto: ',
  '\nsubject: ',
];

/**
 * A header block inside the text: lines "Name: value" after a marker or a blank line. `lower` is
 * the text in lower case; `has` rules out the starts that the whole body lacks.
 */
function findInText(body: string, lower: string, has: (phrase: string) => boolean): OriginalMessage | null {
  let start = -1;
  for (const c of TEXT_HEADER_STARTS) {
    if (!has(c)) continue;
    const i = lower.indexOf(c);
    if (i >= 0 && (start < 0 || i < start)) start = i;
  }
  if (start < 0) return null;
  const rest = body.slice(start + 1, start + 1 + MAX_RAW);
  const end = rest.indexOf('\n\n');
  const block = end < 0 ? rest : rest.slice(0, end + 1);
  const h = Headers.parse(block);
  return fromHeaders(h, block);
}

export function findOriginal(ctx: BounceContext, reportSectionEnd: number): OriginalMessage | null {
  return (
    findInParts(ctx.mail.root) ??
    findInText(ctx.body.slice(reportSectionEnd), ctx.lowerFrom(reportSectionEnd), (p) => ctx.mayHave(p))
  );
}

/** The addresses of the returned message's To and Cc headers, first 100, in order. */
export function originalRecipients(original: OriginalMessage | null): string[] {
  if (!original) return [];
  const h = parsedFor(original, original.rawHeaders);
  const out: string[] = [];
  for (const name of ['to', 'cc'])
    for (const v of h.getAll(name)) for (const a of findAddresses(v)) if (!out.includes(a)) out.push(a);
  return out.slice(0, 100);
}
