// Which three-char sequences occur in a text, as a bitset of their hashes. A phrase with a sequence
// the text lacks cannot occur in it, so the recognizers' many "does the body say X?" questions,
// nearly all answered "no", cost a few table lookups instead of a search each (a search costs its
// setup even on a short body: 40 of Exchange's markers were 15 µs a message). A "maybe" is
// settled by includes(); hash collisions only make more maybes.

const BITS = 1 << 15;

function hash(a: number, b: number, c: number): number {
  return Math.imul((a << 16) ^ (b << 8) ^ c, 0x9e3779b1) >>> 17; // 15 bits
}

export class TrigramSet {
  private readonly bits = new Int32Array(BITS >> 5);

  constructor(text: string) {
    const bits = this.bits;
    let a = text.charCodeAt(0);
    let b = text.charCodeAt(1);
    for (let i = 2; i < text.length; i++) {
      const c = text.charCodeAt(i);
      const h = hash(a, b, c);
      bits[h >> 5] = (bits[h >> 5] as number) | (1 << (h & 31));
      a = b;
      b = c;
    }
  }

  /** False when the phrase cannot occur in the text; true when it may. */
  mayContain(phrase: string): boolean {
    for (let i = 2; i < phrase.length; i++) {
      const h = hash(phrase.charCodeAt(i - 2), phrase.charCodeAt(i - 1), phrase.charCodeAt(i));
      if (((this.bits[h >> 5] as number) & (1 << (h & 31))) === 0) return false;
    }
    return true;
  }
}
