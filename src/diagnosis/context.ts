// Builds the BounceContext once per message, so recognizers never re-scan MIME.
import type { BounceContext } from './formats/format';
import { decodeHeaderText, type Headers } from './mime/headers';
import { leaves, type Mail, type Part } from './mime/structure';
import { reportSection } from './report/text';
import { TrigramSet } from './trigrams';

const REPORT_TYPES = new Set(['message/delivery-status', 'message/global-delivery-status']);

export function buildContext(mail: Mail): BounceContext {
  const parts = leaves(mail.root);
  const plain: Part[] = [];
  const html: Part[] = [];
  const deliveryStatus: string[] = [];
  for (const p of parts) {
    if (REPORT_TYPES.has(p.type)) deliveryStatus.push(p.text);
    else if (isBodyText(p)) (p.type === 'text/html' ? html : plain).push(p);
  }
  // Some MTAs send the report as text/plain with a .txt name or inline in the body.
  if (deliveryStatus.length === 0) {
    for (const p of parts) if (p.type === 'text/plain' && /^(reporting-mta|final-recipient):/im.test(p.text.slice(0, 4000))) deliveryStatus.push(p.text);
  }
  // The HTML parts are read (and converted, which is costly) only when there is no plain text.
  const body = squeezeBlankLines(unquote((plain.length ? plain : html).map((p) => p.text).join('\n')));
  return new Context(mail, body, deliveryStatus);
}

/** The longest start of the body a recognizer reads lower-cased (Exchange's quick look). */
const HEAD_CHARS = 60000;

/**
 * The context with its derived views (lower-cased text, the report section, its lines) computed on
 * first use and shared: each of thirty recognizers lower-casing and splitting the body again was
 * half of the engine's time.
 */
class Context implements BounceContext {
  readonly headers: Headers;
  readonly subject: string;
  readonly from: string;
  private lowerSubject: string | null = null;
  private lowerBody: string | null = null;
  private lowerPrefix: LowerPrefix | null = null;
  private reportSection: string | null = null;
  private reportLines: readonly string[] | null = null;

  constructor(
    readonly mail: Mail,
    readonly body: string,
    readonly deliveryStatus: readonly string[],
  ) {
    this.headers = mail.headers;
    this.subject = decodeHeaderText(mail.headers.get('subject') ?? '');
    this.from = (mail.headers.get('from') ?? '').toLowerCase();
  }

  get subjectLower(): string {
    this.lowerSubject ??= this.subject.toLowerCase();
    return this.lowerSubject;
  }

  get bodyLower(): string {
    this.lowerBody ??= this.body.length <= HEAD_CHARS ? this.prefix().text : this.body.toLowerCase();
    return this.lowerBody;
  }

  head(chars: number): string {
    if (chars >= this.body.length) return this.bodyLower;
    const p = this.prefix();
    return p.sliceable && chars <= HEAD_CHARS ? p.text.slice(0, chars) : this.body.slice(0, chars).toLowerCase();
  }

  lowerFrom(start: number): string {
    const p = this.prefix();
    // A slice of the lower-cased body, unless the body is lower-cased in pieces or the slice would
    // start inside a surrogate pair (whose lower case changes its second half).
    const low = this.body.charCodeAt(start);
    const whole = p.sliceable && this.body.length <= HEAD_CHARS && !(low >= 0xdc00 && low <= 0xdfff);
    return whole ? this.bodyLower.slice(start) : this.body.slice(start).toLowerCase();
  }

  headHas(phrase: string, chars = Infinity): boolean {
    return this.mayHave(phrase, chars) && this.head(chars).includes(phrase);
  }

  mayHave(phrase: string, chars = Infinity): boolean {
    const p = this.prefix();
    // The index answers for any head that is a piece of the lower-cased prefix; beyond it, maybe.
    const covered = chars <= HEAD_CHARS || this.body.length <= HEAD_CHARS;
    return !covered || p.index === null || p.index.mayContain(phrase);
  }

  get section(): string {
    // Through reportSection()'s memory of the last body: the same body diagnosed again is not
    // searched again (nor lower-cased for it).
    this.reportSection ??= reportSection(
      this.body,
      () => this.bodyLower,
      (m) => this.mayHave(m),
    );
    return this.reportSection;
  }

  get sectionLines(): readonly string[] {
    this.reportLines ??= this.section.split('\n');
    return this.reportLines;
  }

  private prefix(): LowerPrefix {
    this.lowerPrefix ??= lowerPrefix(this.body);
    return this.lowerPrefix;
  }
}

interface LowerPrefix {
  /** body.slice(0, HEAD_CHARS).toLowerCase() */
  readonly text: string;
  /** True when text.slice(0, n) is body.slice(0, n).toLowerCase() for every n. */
  readonly sliceable: boolean;
  /** Its three-char sequences; null when not sliceable (a shorter head may then differ). */
  readonly index: TrigramSet | null;
}

function lowerPrefix(body: string): LowerPrefix {
  const src = body.length <= HEAD_CHARS ? body : body.slice(0, HEAD_CHARS);
  const text = src.toLowerCase();
  // Lower-casing is char by char except for "İ" (two chars in lower case) and "Σ" (a final sigma
  // depends on the next char): with either, a head is lower-cased on its own, as before.
  const sliceable = text.length === src.length && src.indexOf('\u03a3') < 0;
  return { text, sliceable, index: sliceable ? new TrigramSet(text) : null };
}

function isBodyText(p: Part): boolean {
  if (p.type !== 'text/plain' && p.type !== 'text/html') return false;
  const disp = (p.headers.get('content-disposition') ?? '').toLowerCase();
  return !disp.startsWith('attachment') || p.filename === null || !/\.(eml|msg)$/i.test(p.filename);
}

/** Removes "> " quote marks when most lines carry them (a bounce forwarded inline). */
export function unquote(text: string): string {
  if (text.indexOf('\n>') < 0 && !text.startsWith('>')) return text;
  const lines = text.split('\n');
  let quoted = 0;
  for (const l of lines) if (l.startsWith('>')) quoted++;
  if (quoted < 3) return text;
  return lines.map((l) => (l.startsWith('>') ? l.replace(/^(> ?)+/, '') : l)).join('\n');
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
