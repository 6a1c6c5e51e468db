// Classification asks, per recipient, whether each of a thousand phrases occurs in the server's
// words: a thousand includes() calls, a fifth of the engine's time on a plain bounce. Here the
// rules are compiled once: every phrase gets an id and is filed under its first three chars, so
// one pass over the text finds all phrases present, and each rule then checks its ids in an array.
// The answers are those of ruleMatches() (test/robustness/rule-oracle.ts; phrase-index.test.ts compares them).
import { bounded, containsPhrase, phraseText } from './phrase';

const TABLE = 1 << 16;

/** The table slot of a phrase or text position: a hash of its first three chars. Phrases that share
 *  a slot are all compared; startsWith() decides. */
const slot = (a: number, b: number, c: number) => (Math.imul(Math.imul(a, 31) + b, 31) + c) & (TABLE - 1);

export class PhraseIndex {
  /** words: phrases match on token boundaries (see phraseAt); otherwise as bare substrings. */
  constructor(private readonly words = false) {}

  private readonly ids = new Map<string, number>();
  /** Phrases as written in the rules ("throttl*" for a stem) and as searched ("throttl"). */
  private readonly texts: string[] = [];
  private readonly search: string[] = [];
  /** Phrases of fewer than three chars, checked with includes(). */
  private readonly short: number[] = [];
  /** Phrase ids grouped by slot: ids start[s] .. start[s+1] of `bySlot`. Built on first scan. */
  private start: Int32Array | null = null;
  private bySlot = new Int32Array(0);

  /** The phrase's id, given on first sight; scan() says whether the text has it. */
  id(p: string): number {
    let id = this.ids.get(p);
    if (id === undefined) {
      id = this.texts.length;
      this.texts.push(p);
      this.search.push(phraseText(p));
      this.ids.set(p, id);
      if (phraseText(p).length < 3) this.short.push(id);
      this.start = null;
    }
    return id;
  }

  /** Whether the index matches on token boundaries. */
  get wordBounded(): boolean {
    return this.words;
  }

  /** How many phrases have ids. */
  get size(): number {
    return this.texts.length;
  }

  /** The phrase as written in its rule ("throttl*"). */
  written(id: number): string {
    return this.texts[id] as string;
  }

  /** The phrase's text as found in the message (a stem without its "*"). */
  phrase(id: number): string {
    return this.search[id] as string;
  }

  private build(): Int32Array {
    const start = new Int32Array(TABLE + 1);
    const slotOf = this.search.map((p) =>
      p.length < 3 ? -1 : slot(p.charCodeAt(0), p.charCodeAt(1), p.charCodeAt(2)),
    );
    for (const s of slotOf) if (s >= 0) (start[s + 1] as number)++;
    for (let s = 0; s < TABLE; s++) start[s + 1] = (start[s + 1] as number) + (start[s] as number);
    const fill = start.slice(0, TABLE);
    this.bySlot = new Int32Array(start[TABLE] as number);
    slotOf.forEach((s, id) => {
      if (s >= 0) this.bySlot[(fill[s] as number)++] = id;
    });
    const occupied = new Int32Array(TABLE >> 5);
    for (let s = 0; s < TABLE; s++)
      if ((start[s + 1] as number) > (start[s] as number))
        occupied[s >> 5] = (occupied[s >> 5] as number) | (1 << (s & 31));
    this.occupied = occupied;
    this.lastAt = Int32Array.from(this.search, (p) => p.length - 1);
    this.lastChar = Int32Array.from(this.search, (p) => p.charCodeAt(p.length - 1));
    this.start = start;
    return start;
  }

  /** One bit per slot, set when phrases are filed there: 8 KB that stay in the CPU's cache, where
   *  reading `start` (256 KB) at every char of the text missed it (most slots are empty). */
  private occupied = new Int32Array(0);

  /** Offset and code of each phrase's last char: phrases filed together share their first three
   *  chars (forty start with "not"), and one char compared rules most out before startsWith(). */
  private lastAt = new Int32Array(0);
  private lastChar = new Int32Array(0);

  /** Reused by every scan: a fresh array per recipient was most of classification's garbage. */
  private present = new Uint8Array(0);
  /** The ids the last scan found, in the order found. */
  readonly found: number[] = [];

  /** present[id] is 1 when phrase id occurs in the text. One pass over the text; at each position
   *  only the phrases filed under its first three chars are compared. The array is valid until the
   *  next scan. */
  scan(text: string): Uint8Array {
    const start = this.start ?? this.build();
    const occupied = this.occupied;
    const bySlot = this.bySlot;
    const lastAt = this.lastAt;
    const lastChar = this.lastChar;
    if (this.present.length !== this.texts.length) this.present = new Uint8Array(this.texts.length);
    const present = this.present;
    const found = this.found;
    present.fill(0);
    found.length = 0;
    // Each char is read once: the first two of the window roll along.
    let a = text.charCodeAt(0);
    let b = text.charCodeAt(1);
    for (let i = 0; i + 2 < text.length; i++) {
      const c = text.charCodeAt(i + 2);
      // slot(a, b, c) written out: the CLI runs TurboFan without inlining (scripts/build-cli.mjs),
      // and a function call per char of text is not free.
      const s = (Math.imul(Math.imul(a, 31) + b, 31) + c) & (TABLE - 1);
      a = b;
      b = c;
      if (((occupied[s >> 5] as number) & (1 << (s & 31))) === 0) continue;
      const end = start[s + 1] as number;
      for (let k = start[s] as number; k < end; k++) {
        const id = bySlot[k] as number;
        const last = i + (lastAt[id] as number);
        if (
          present[id] === 0 &&
          // in bounds: a read past the end (NaN, never equal) made V8 drop the optimized loop
          last < text.length &&
          text.charCodeAt(last) === lastChar[id] &&
          text.startsWith(this.search[id] as string, i) &&
          (!this.words || bounded(text, this.texts[id] as string, i))
        ) {
          present[id] = 1;
          found.push(id);
        }
      }
    }
    for (const id of this.short) {
      const p = this.texts[id] as string;
      if (this.words ? containsPhrase(text, p) : text.includes(phraseText(p))) {
        present[id] = 1;
        found.push(id);
      }
    }
    return present;
  }
}
