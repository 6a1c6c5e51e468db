// The words of other languages with letters past ASCII (src/diagnosis/localized-words.ts) stay out
// of the pane's engine chunk and load on demand. That is only safe when the sign never misses: each
// word holds a letter past ASCII, so a message whose subject and text have none gets the same
// answer without them; a message that has one says so (the pane loads them and reads it again).
// Checked over every fixture, and the shared corpus when present.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { diagnose } from '../../src/diagnosis';
import { LOCALIZED_WORDS } from '../../src/diagnosis/localized-words';
import { hasLocalLetter, isLocalLetter, type LocalizedWords } from '../../src/diagnosis/text/localized';
import { emlFiles } from './fixture-cases';

const FIXTURES = path.join(__dirname, '../fixtures');
const CORPUS = path.join(__dirname, '../../../shared/corpus');

/** Every word of the lists, with the list's name. */
function allWords(w: LocalizedWords): { list: string; word: string }[] {
  return Object.entries(w).flatMap(([list, value]) => {
    const items: unknown[] = Array.isArray(value) ? value : Object.values(value as object).flat();
    return items
      .flatMap((item) => (Array.isArray(item) ? item : [item]))
      .map((word) => ({ list, word: String(word) }));
  });
}

const words = allWords(LOCALIZED_WORDS);
const hasLocal = (s: string) => [...s].some((c) => isLocalLetter(c.charCodeAt(0)));

describe('the localized words', () => {
  test('are many, lower case, and each holds a letter past ASCII, so their sign never misses', () => {
    expect(words.length).toBeGreaterThan(150);
    expect(words.filter(({ word }) => word !== word.toLowerCase())).toEqual([]);
    // Read receipts pair a subject prefix with its opening words: the prefix holds the letter.
    const unsigned = words.filter(({ list, word }) => !hasLocal(word) && list !== 'textReceipts');
    expect(unsigned).toEqual([]);
    expect(LOCALIZED_WORDS.textReceipts.filter(([prefix]) => !hasLocal(prefix))).toEqual([]);
  });

  test('the sign is the one char class over every UTF-16 unit', () => {
    const disagree: number[] = [];
    for (let c = 0; c <= 0xffff; c++)
      if (hasLocalLetter(String.fromCharCode(c)) !== isLocalLetter(c)) disagree.push(c);
    expect(disagree).toEqual([]);
  });

  it.each([
    ['Undeliverable: Quarterly report', false],
    ['Your message couldn’t be delivered — “Quarterly report”', false],
    ['Unzustellbar: Bericht', false],
    ['Non remis : Rapport', false],
    ['Remise retardée : Rapport', true],
    ['配信不能: 報告', true],
    ['Недоставленное сообщение', true],
  ])('sign of %j: %s', (text, sign) => {
    expect(hasLocalLetter(text)).toBe(sign);
  });
});

const files = [...emlFiles(FIXTURES), ...emlFiles(CORPUS)];
/** Fixture folders of the bounces most users open, in English: few may need the words. */
const ORDINARY = [
  'exchange',
  'gmail',
  'postfix',
  'exim',
  'sendmail',
  'qmail',
  'rfc3464',
  'yahoo',
  'amazon-ses',
];

describe('a diagnosis without the localized words', () => {
  test(`over ${files.length} messages: the same answer, or a call for them`, () => {
    const differ: string[] = [];
    const ordinaryLacking: string[] = [];
    let ordinary = 0;
    for (const file of files) {
      const bytes = fs.readFileSync(file);
      let lacking = false;
      const without = diagnose(bytes, {
        localizedWords: undefined,
        onMissingLocalizedWords: () => {
          lacking = true;
        },
      });
      const rel = path.relative(FIXTURES, file);
      const top = rel.split(path.sep)[0] as string;
      if (ORDINARY.includes(top)) ordinary++;
      if (lacking) {
        if (ORDINARY.includes(top)) ordinaryLacking.push(rel);
        continue;
      }
      if (JSON.stringify(without) !== JSON.stringify(diagnose(bytes))) differ.push(rel);
    }
    expect(differ).toEqual([]);
    // The ordinary bounces of the fixtures are English: few hold a letter past ASCII.
    expect(ordinaryLacking.length).toBeLessThan(ordinary / 5);
  });
});
