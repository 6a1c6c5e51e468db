// A cheap MIME structure scanner. It finds parts with indexOf (no backtracking), decodes only text
// parts, and leaves attachments undecoded: a bounce's evidence is in its text and report parts.
import { bytesToBinary, decodeCharset } from './bytes';
import { Headers, parseParams } from './headers';
import { unflow } from './flowed';
import { htmlToText } from './html';
import { decodeTransfer } from './transfer';

export interface Part {
  readonly headers: Headers;
  /** Lower-case media type, "text/plain" when absent. */
  readonly type: string;
  readonly params: Readonly<Record<string, string>>;
  readonly filename: string | null;
  /** Decoded text for text parts and report parts, "" for other leaves. */
  readonly text: string;
  readonly children: readonly Part[];
  /** A message carried inside this part (message/rfc822, message/global, an attached .eml). */
  readonly message: Mail | null;
}

export interface Mail {
  readonly headers: Headers;
  readonly root: Part;
  /** True when the input had no header block (pasted text). */
  readonly headerless: boolean;
}

interface ScanLimits {
  maxDepth: number;
  maxParts: number;
}

// Deep enough for a bounce forwarded ten times (two levels per forward); the part budget bounds the
// work whatever the nesting.
const DEFAULT_LIMITS: ScanLimits = { maxDepth: 32, maxParts: 1000 };

const TEXTUAL_REPORT_TYPES = new Set([
  'message/delivery-status',
  // XWall (an Exchange gateway) writes this misspelt type (Mail::DeliveryStatus::BounceParser,
  // p_xdelivery_status).
  'message/xdelivery-status',
  'message/global-delivery-status',
  'message/disposition-notification',
  'message/global-disposition-notification',
  'message/feedback-report',
  'text/rfc822-headers',
  'message/global-headers',
]);
const OCTETS = 'application/octet-stream';
const MESSAGE_TYPES = new Set(['message/rfc822', 'message/global', 'message/partial']);

/**
 * CRLF and lone CR to LF. Byte by byte into a typed array: a regex replace allocates tens of times
 * the input when the lines are short (a megabyte of CRs cost 30 MB).
 */
export function normalizeLineEnds(src: string): string {
  if (src.indexOf('\r') < 0) return src;
  const out = new Uint8Array(src.length);
  let n = 0;
  for (let i = 0; i < src.length; i++) {
    const c = src.charCodeAt(i);
    if (c > 0xff) return src.replace(/\r\n?/g, '\n'); // not a binary string: pasted text
    if (c === 13) {
      out[n++] = 10;
      if (src.charCodeAt(i + 1) === 10) i++;
    } else out[n++] = c;
  }
  return bytesToBinary(out.subarray(0, n));
}

/** normalizeLineEnds() on the bytes, before they become a string: one string instead of two. */
export function normalizeLineEndBytes(src: Uint8Array): Uint8Array {
  let i = src.indexOf(13);
  if (i < 0) return src;
  const out = new Uint8Array(src.length);
  out.set(src.subarray(0, i));
  let n = i;
  for (; i < src.length; i++) {
    const c = src[i] as number;
    if (c === 13) {
      out[n++] = 10;
      if (src[i + 1] === 10) i++;
    } else out[n++] = c;
  }
  return out.subarray(0, n);
}

/** Parses a whole message (binary string with "\n" line ends). */
export function scanMessage(src: string, limits: ScanLimits = DEFAULT_LIMITS): Mail {
  const state = { parts: 0, limits };
  return parseMessage(src, 0, state);
}

interface ScanState {
  parts: number;
  readonly limits: ScanLimits;
}

function splitHeaderBody(src: string): { head: string; body: string } {
  if (src.startsWith('\n')) return { head: '', body: src.slice(1) };
  const end = src.indexOf('\n\n');
  return end < 0 ? { head: src, body: '' } : { head: src.slice(0, end + 1), body: src.slice(end + 2) };
}

/** A header block starts with "Name:" on its first line; otherwise the text was pasted without one. */
function looksLikeHeaderStart(src: string): boolean {
  const nl = src.indexOf('\n');
  const first = nl < 0 ? src : src.slice(0, nl);
  const colon = first.indexOf(':');
  if (colon <= 0 || colon > 76) return false;
  for (let i = 0; i < colon; i++) {
    const c = first.charCodeAt(i);
    if (c <= 32 || c >= 127) return false;
  }
  return true;
}

function parseMessage(src: string, depth: number, state: ScanState): Mail {
  // mbox "From " separator lines precede some saved messages.
  if (src.startsWith('From ')) {
    const nl = src.indexOf('\n');
    src = nl < 0 ? '' : src.slice(nl + 1);
  }
  const trimmed = src.replace(/^\n+/, '');
  if (!looksLikeHeaderStart(trimmed)) {
    const headers = new Headers([]);
    return { headers, root: parseEntity(headers, trimmed, depth, state), headerless: true };
  }
  const { head, body } = splitHeaderBody(trimmed);
  const headers = Headers.parse(head);
  return { headers, root: parseEntity(headers, body, depth, state), headerless: false };
}

function parseEntity(
  headers: Headers,
  body: string,
  depth: number,
  state: ScanState,
  inReport = false,
): Part {
  state.parts++;
  const ct = parseParams(headers.get('content-type'));
  const type = ct.value.includes('/') ? ct.value : 'text/plain';
  const disposition = parseParams(headers.get('content-disposition'));
  const filename = disposition.params['filename'] ?? ct.params['name'] ?? null;
  const cte = headers.get('content-transfer-encoding');
  const params = ct.params;
  const tooDeep = depth >= state.limits.maxDepth || state.parts >= state.limits.maxParts;

  const boundary = type.startsWith('multipart/') ? (params['boundary'] ?? guessBoundary(body)) : null;
  if (boundary && !tooDeep) {
    // No more parts than the part budget has left: 100,000 empty parts must not cost 100,000 parses.
    const chunks = splitMultipart(body, boundary, Math.max(1, state.limits.maxParts - state.parts));
    // A multipart whose boundary never occurs (a broken report) is read as the text it is.
    if (chunks.length === 0) return part(headers, 'text/plain', params, filename, decodeCharset(body, null));
    const report = type === 'multipart/report';
    const digest = type === 'multipart/digest';
    const children = chunks.map((chunk) => {
      const { head, body: childBody } = splitHeaderBody(chunk);
      const childHeaders = Headers.parse(head);
      if (digest && !childHeaders.has('content-type'))
        return digestPart(childHeaders, chunk, childBody, depth + 1, state);
      return parseEntity(childHeaders, childBody, depth + 1, state, report);
    });
    return part(headers, type, params, filename, '', children);
  }
  // A multipart with no boundary, given or guessable, is the text it holds: gromox's rule bounces
  // label their text part "multipart/report" (grommunio/gromox exch/exmdb/bounce_producer.cpp,
  // exmdb_bouncer_make: part1 setContents(..., MULTIPART_REPORT)).
  if (type.startsWith('multipart/') && !boundary)
    return new TextPart(headers, 'text/plain', params, filename, body, cte, params['charset'] ?? null);
  const isEml = filename !== null && /\.eml$/i.test(filename);
  if ((MESSAGE_TYPES.has(type) || isEml) && !tooDeep) {
    const inner = normalizeLineEnds(decodeTransfer(body, cte));
    return part(headers, type, params, filename, '', NO_PARTS, parseMessage(inner, depth + 1, state));
  }
  // A report part relabelled application/octet-stream by a relay that did not know its type (RFC
  // 2046 5.2.4: unrecognized message subtypes are treated as application/octet-stream) stays
  // readable text; decoded only if read (context.ts looks for its fields when no report part has).
  if (type.startsWith('text/') || TEXTUAL_REPORT_TYPES.has(type) || (inReport && type === OCTETS)) {
    return new TextPart(headers, type, params, filename, body, cte, params['charset'] ?? null);
  }
  return part(headers, type, params, filename, '');
}

const NO_PARTS: readonly Part[] = [];

/**
 * A part of a multipart/digest without a Content-Type: RFC 2046 5.1.5, "in a digest, the default
 * Content-Type value for a body part is changed from text/plain to message/rfc822". A header block
 * with fields other than Content-* is the message's own (the blank line after the boundary left out).
 */
function digestPart(headers: Headers, chunk: string, body: string, depth: number, state: ScanState): Part {
  const own = headers.fields.some((f) => !f.name.startsWith('content-'));
  const message = parseMessage(own ? chunk : body, depth, state);
  return part(own ? new Headers([]) : headers, 'message/rfc822', {}, null, '', NO_PARTS, message);
}

// Parts are built by one function and one class, each with its fields always in the same order:
// one object shape each, where spreading a shared base gave a new shape per kind of part.
function part(
  headers: Headers,
  type: string,
  params: Readonly<Record<string, string>>,
  filename: string | null,
  text: string,
  children: readonly Part[] = NO_PARTS,
  message: Mail | null = null,
): Part {
  return { headers, type, params, filename, text, children, message };
}

/**
 * A text or report part, decoded on first read: the text and HTML of a returned original, or the
 * HTML twin of a text part, are usually never read, and decoding them was a third of the scan. A
 * class, not an object literal with a getter, which V8 builds slowly.
 */
class TextPart implements Part {
  readonly children = NO_PARTS;
  readonly message = null;
  private decoded: string | null = null;

  constructor(
    readonly headers: Headers,
    readonly type: string,
    readonly params: Readonly<Record<string, string>>,
    readonly filename: string | null,
    private readonly source: string,
    private readonly cte: string | null,
    private readonly charset: string | null,
  ) {}

  get text(): string {
    if (this.decoded === null) {
      const text = decodeText(this.source, this.cte, this.charset, this.type === 'text/html');
      // RFC 3676: only text/plain is flowed; its soft breaks are undone after decoding.
      const flowed = this.type === 'text/plain' && (this.params['format'] ?? '').toLowerCase() === 'flowed';
      this.decoded = flowed ? unflow(text, (this.params['delsp'] ?? '').toLowerCase() === 'yes') : text;
    }
    return this.decoded;
  }
}

function decodeText(body: string, cte: string | null, charset: string | null, html: boolean): string {
  // Base64 hides the line ends from the normalization of the whole message. UTF-16 has 0x0D
  // bytes inside characters: its line ends are normalized after decoding.
  const wide = charset !== null && /^utf-?(16|32)/i.test(charset);
  const bin = decodeTransfer(body, cte);
  const text = wide
    ? normalizeLineEnds(decodeCharset(bin, charset))
    : decodeCharset(normalizeLineEnds(bin), charset);
  return html ? htmlToText(text) : text;
}

/**
 * The boundary of a multipart whose Content-Type lost it (an unfolded "boundary=" line becomes a
 * header of its own): the first "--" line of the body, when a later line repeats it.
 */
function guessBoundary(body: string): string | null {
  const start = body.startsWith('--') ? 0 : body.indexOf('\n--') + 1;
  if (start <= 0 && !body.startsWith('--')) return null;
  const nl = body.indexOf('\n', start);
  const line = body.slice(start + 2, nl < 0 ? undefined : nl).trim();
  if (line.length < 1 || line.length > 200 || line.includes(' ')) return null;
  return nl >= 0 && body.includes('\n--' + line, nl) ? line : null;
}

/** Splits a multipart body on its boundary lines; the preamble and epilogue are dropped. */
function splitMultipart(body: string, boundary: string, maxChunks = Infinity): string[] {
  const delim = '--' + boundary;
  const chunks: string[] = [];
  let start = -1;
  let pos = 0;
  while (chunks.length < maxChunks) {
    const i = body.indexOf(delim, pos);
    if (i < 0) break;
    pos = i + delim.length;
    if (i > 0 && body.charCodeAt(i - 1) !== 10) continue; // not at a line start
    if (start >= 0) chunks.push(body.slice(start, i > 0 ? i - 1 : i));
    if (body.startsWith('--', pos)) {
      start = -1;
      break;
    }
    const nl = body.indexOf('\n', pos);
    if (nl < 0) {
      start = -1;
      break;
    }
    start = nl + 1;
  }
  // A missing closing boundary (truncated report) still yields the last part.
  if (start >= 0 && chunks.length < maxChunks) chunks.push(body.slice(start));
  return chunks;
}

/** Every leaf part of a message in order, not descending into carried messages. */
export function leaves(part: Part): Part[] {
  const out: Part[] = [];
  const walk = (p: Part) => {
    if (p.children.length === 0) out.push(p);
    else p.children.forEach(walk);
  };
  walk(part);
  return out;
}

/**
 * A message put together from text (a message forwarded inline, read back from its forward):
 * header fields (values as text, kept as UTF-8 bytes like a message's own), one text/plain part
 * with `text`, and `attached` (the forward's report parts and attached messages) after it.
 */
export function composedMail(
  fields: readonly (readonly [string, string])[],
  text: string,
  attached: readonly Part[],
): Mail {
  const utf8 = new TextEncoder();
  const headers = new Headers(
    fields.map(([name, value]) => ({ name: name.toLowerCase(), value: bytesToBinary(utf8.encode(value)) })),
  );
  const body = part(new Headers([]), 'text/plain', {}, null, text);
  const root = attached.length
    ? part(headers, 'multipart/mixed', {}, null, '', [body, ...attached])
    : part(headers, 'text/plain', {}, null, text);
  return { headers, root, headerless: false };
}
