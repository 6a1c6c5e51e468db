// The phrases few bounces have (table-rare/<category>.ts) are not in the pane's engine chunk: it loads
// them on demand (src/taskpane/engine-chunk.ts), as it does the readers of rare formats. Each holds
// a key word that ordinary bounces do not use (no failure of ../shared/corpus, no text of the big
// providers in reference/provider-codes.tsv, none of our Postfix, Exim, sendmail, Exchange and Gmail
// fixtures, and not a common English word): a text can only hold the phrase when it holds the
// word. Those words (rare-keys.ts) are that sign, and for a phrase with a letter past ASCII (Chinese,
// Japanese, Korean, Russian wordings) that letter is; a diagnosis that sees one without the phrases
// says so (DiagnoseOptions.onMissingRarePhrases) and the pane loads them and diagnoses again.
// test/engine/rare-phrases.test.ts checks that every phrase there has its key. A new phrase goes to
// table-rare/ when it has such a word (adding the word to rare-keys.ts if it is new, then `npm run
// rules:keys`) or a letter past ASCII, to table/ otherwise; a new row all of whose phrases are such goes
// to table-rare/ whole, with `after` (its id and tier then cost the engine chunk nothing: 151 such rows
// took 1.8 KB gzipped out of it). The engine holds the words as 24-bit hashes, Rice-coded (the
// pane's engine chunk measured 1.05 KB gzipped smaller than with the words): a hash never misses a
// key; another word shares one with a key about once in 30,000 (536 keys of 2^24), and then the
// pane only loads phrases it did not need.
import { isWordChar, PHRASE_SUFFIXES } from '../text/phrase';
import { RARE_KEY_HASHES } from './rare-key-hashes';
import { hasLocalLetter } from '../text/localized';
import type { Category } from '../types';
import { inCategory, type Rule } from './rule';

/** Extra phrases of rows of the table, by row id. */
export type RarePhraseMap = Readonly<Record<string, readonly string[]>>;

/** A row every phrase of which is rare: without its phrases it could never match, so it ships
 *  whole in the rare chunk (its id and tier cost the engine chunk nothing), and is put back right
 *  after the row `after` names: the row written before it in its category's file (table.ts orders
 *  rows by tier, category, then that written order). */
export type RareRow = Rule & { readonly after: string };

/** The part of the rule table few bounces need: phrases of the engine chunk's rows, and whole rows. */
export interface RarePhrases {
  readonly phrases: RarePhraseMap;
  readonly rows: readonly RareRow[];
}

/** The rare rows of one category file, each given the file's category (inCategory, with `after`). */
export const rareRows = (
  category: Category,
  rows: readonly Omit<RareRow, 'category'>[],
): readonly RareRow[] => inCategory(category, rows);

/** Whether the lower-case text has a key word: a word (run of word chars) that is one, or one with
 *  an ending a phrase's last word may take in the text ("blacklist" + "ed"). */
export function mayNeedRarePhrases(text: string): boolean {
  // Phrases with a letter past ASCII ("邮箱已满", "アカウントが停止") have no word boundaries to key on:
  // their letter is their sign, as for the localized words (text/localized.ts).
  if (hasLocalLetter(text)) return true;
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    const word = i < text.length && isWordChar(text.charCodeAt(i));
    if (word && start < 0) start = i;
    else if (!word && start >= 0) {
      if (isKey(text.slice(start, i))) return true;
      start = -1;
    }
  }
  return false;
}

function isKey(word: string): boolean {
  if (word.length < 4) return false;
  const keys = keyHashes();
  if (keys.has(keyHash(word))) return true;
  for (const s of PHRASE_SUFFIXES)
    if (word.endsWith(s) && keys.has(keyHash(word.slice(0, -s.length)))) return true;
  return false;
}

/** 32-bit FNV-1a over the word's UTF-16 code units, folded to 24 bits. */
export function keyHash(word: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), 0x01000193);
  return ((h >>> 24) ^ h) & 0xffffff;
}

// The hashes sorted, as Rice-coded gaps (the gap's high bits in unary, then its low RICE bits),
// six bits to a character of DIGITS: about 16 bits a key.
const DIGITS = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz+/';
const RICE = 14;

/** The hashes written as RARE_KEY_HASHES holds them (scripts/rare-key-hashes.mjs, the test). */
export function encodeKeyHashes(words: Iterable<string>): string {
  const hashes = [...new Set([...words].map(keyHash))].sort((a, b) => a - b);
  let bits = '';
  let previous = -1;
  for (const h of hashes) {
    const gap = h - previous - 1;
    previous = h;
    bits += '1'.repeat(gap >>> RICE) + '0' + (gap & ((1 << RICE) - 1)).toString(2).padStart(RICE, '0');
  }
  bits = bits.padEnd(Math.ceil(bits.length / 6) * 6, '0');
  let out = '';
  for (let i = 0; i < bits.length; i += 6) out += DIGITS[parseInt(bits.slice(i, i + 6), 2)] as string;
  return out;
}

let decoded: ReadonlySet<number> | undefined;
function keyHashes(): ReadonlySet<number> {
  if (decoded) return decoded;
  const set = new Set<number>();
  const total = RARE_KEY_HASHES.length * 6;
  let at = 0;
  const bit = () => {
    const digit = DIGITS.indexOf(RARE_KEY_HASHES[(at / 6) | 0] as string);
    return (digit >> (5 - (at++ % 6))) & 1;
  };
  let previous = -1;
  // The padding (under six zero bits) is too short to be one more gap.
  while (total - at > RICE) {
    let gap = 0;
    while (bit()) gap += 1 << RICE;
    for (let i = RICE - 1; i >= 0; i--) gap |= bit() << i;
    set.add((previous = previous + 1 + gap));
  }
  return (decoded = set);
}
