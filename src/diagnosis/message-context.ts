// The BounceContext of one message with its derived views, computed on first use and shared by
// the recognizers (buildContext in context.ts makes it).
import type { BounceContext, MemoKey } from './formats/format';
import { decodeHeaderText, type Headers } from './mime/headers';
import type { Mail } from './mime/structure';
import { reportSection } from './text/report-section';
import type { LocalizedWords } from './text/localized';
import { TrigramSet } from './text/trigrams';

/** The longest start of the body a recognizer reads lower-cased (Exchange's quick look). */
const HEAD_CHARS = 60000;

/**
 * The context with its derived views (lower-cased text, the report section, its lines) computed on
 * first use and shared: each of thirty recognizers lower-casing and splitting the body again was
 * half of the engine's time.
 */
export class MessageContext implements BounceContext {
  readonly headers: Headers;
  readonly subject: string;
  readonly from: string;
  private lowerSubject: string | null = null;
  private lowerBody: string | null = null;
  private lowerPrefix: LowerPrefix | null = null;
  private reportSection: string | null = null;
  private reportLines: readonly string[] | null = null;
  private readonly memos = new Map<MemoKey<unknown>, unknown>();

  constructor(
    readonly mail: Mail,
    readonly body: string,
    readonly deliveryStatus: readonly string[],
    readonly localized: LocalizedWords,
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
    return p.sliceable && chars <= HEAD_CHARS
      ? p.text.slice(0, chars)
      : this.body.slice(0, chars).toLowerCase();
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
    this.reportSection ??= reportSection(this.body, this.bodyLower, (m) => this.mayHave(m));
    return this.reportSection;
  }

  get sectionLines(): readonly string[] {
    this.reportLines ??= this.section.split('\n');
    return this.reportLines;
  }

  memo<T>(key: MemoKey<T>, compute: () => T): T {
    if (this.memos.has(key)) return this.memos.get(key) as T;
    const value = compute();
    this.memos.set(key, value);
    return value;
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
