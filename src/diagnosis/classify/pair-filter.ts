// A prefilter for phrase rules. Classification asks whether each of a thousand phrases occurs in a
// recipient's diagnostic; most do not. The set of adjacent character pairs of the text is built
// once (a 4096-bit hash set), and a phrase with a pair outside the set cannot occur, so its
// includes() is skipped. A phrase that passes is still checked with includes(): results are exactly
// those of includes() alone, several times faster.

const BITS = 4096;

function pairHash(a: number, b: number): number {
  return (Math.imul(a, 0x9e37) ^ Math.imul(b, 0x79b9)) >>> 20;
}

export class PairFilter {
  private readonly bits = new Uint32Array(BITS >> 5);

  constructor(text: string) {
    for (let i = 1; i < text.length; i++) this.set(pairHash(text.charCodeAt(i - 1), text.charCodeAt(i)));
  }

  private set(h: number): void {
    this.bits[h >> 5] = (this.bits[h >> 5] as number) | (1 << (h & 31));
  }

  private has(h: number): boolean {
    return ((this.bits[h >> 5] as number) & (1 << (h & 31))) !== 0;
  }

  private pairAt(p: string, i: number): boolean {
    return this.has(pairHash(p.charCodeAt(i), p.charCodeAt(i + 1)));
  }

  /** False when the phrase cannot occur in the text; true when it may. */
  mayContain(phrase: string): boolean {
    const n = phrase.length;
    if (n < 2) return true;
    return this.pairAt(phrase, 0) && this.pairAt(phrase, n - 2) && this.pairAt(phrase, (n - 2) >> 1);
  }
}
