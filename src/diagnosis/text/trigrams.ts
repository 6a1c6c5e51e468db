// Which three-char sequences occur in a text, as a bitset of their hashes. A phrase with a sequence
// the text lacks cannot occur in it, so the recognizers' many "does the body say X?" questions,
// nearly all answered "no", cost a few table lookups instead of a search each (a search costs its
// setup even on a short body: 40 of Exchange's markers were 15 µs a message). A "maybe" is
// settled by includes(); hash collisions only make more maybes.

// About four bits per char of text, a power of two: a quarter of them set at most, so an absent
// phrase is ruled out within its first few sequences. A bigger table cost more to allocate than
// it saved.
const MIN_BITS = 1 << 9;
const MAX_BITS = 1 << 15;

export class TrigramSet {
  private readonly bits: Int32Array;
  /** 32 - log2(table size): the hash's top bits are the slot. */
  private readonly shift: number;

  constructor(text: string) {
    const size = Math.min(
      MAX_BITS,
      Math.max(MIN_BITS, 1 << (32 - Math.clz32(Math.min(text.length, MAX_BITS) * 4))),
    );
    this.shift = Math.clz32(size) + 1;
    const bits = new Int32Array(size >> 5);
    const shift = this.shift;
    let a = text.charCodeAt(0);
    let b = text.charCodeAt(1);
    for (let i = 2; i < text.length; i++) {
      const c = text.charCodeAt(i);
      // hash(a, b, c) written out: the CLI runs TurboFan without inlining (scripts/build-cli.mjs),
      // where it was a function call per char (a third of this loop in a profile).
      const h = Math.imul((a << 16) ^ (b << 8) ^ c, 0x9e3779b1) >>> shift;
      bits[h >> 5] = (bits[h >> 5] as number) | (1 << (h & 31));
      a = b;
      b = c;
    }
    this.bits = bits;
  }

  /** False when the phrase cannot occur in the text; true when it may. */
  mayContain(phrase: string): boolean {
    const bits = this.bits;
    const shift = this.shift;
    let a = phrase.charCodeAt(0);
    let b = phrase.charCodeAt(1);
    for (let i = 2; i < phrase.length; i++) {
      const c = phrase.charCodeAt(i);
      // The constructor's hash, written out for the same reason (no inlining in the CLI).
      const h = Math.imul((a << 16) ^ (b << 8) ^ c, 0x9e3779b1) >>> shift;
      if (((bits[h >> 5] as number) & (1 << (h & 31))) === 0) return false;
      a = b;
      b = c;
    }
    return true;
  }
}
