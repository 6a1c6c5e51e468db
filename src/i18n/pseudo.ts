// Pseudo-locales for layout checks: every English string accented and 40% longer (qps), or in
// Arabic letters for a right-to-left run (ar). Placeholders, digits and punctuation stay.
import type { PseudoLanguage } from './language';

const LATIN = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
// One code point per letter of LATIN, in its order.
const ACCENTED = [...'áƀçðéƒĝĥíĵķļɱñöþǫŕšţúṽŵẋýžÅƁÇÐÉƑĜĤÍĴĶĻṀÑÖÞǪŔŠŢÛṼŴẊÝŽ'];
const ARABIC = [...'ابتثجحخدذرزسشصضطظعغفقكلمن'];

function letter(ch: string, lang: PseudoLanguage): string {
  const i = LATIN.indexOf(ch);
  if (i < 0) return ch;
  return (lang === 'qps' ? ACCENTED[i] : ARABIC[i % 26]) ?? ch;
}

/** One string in the pseudo-locale; {placeholders} are copied as they are. */
export function pseudoText(text: string, lang: PseudoLanguage): string {
  let out = '';
  let inPlaceholder = false;
  for (const ch of text) {
    if (ch === '{') inPlaceholder = true;
    out += inPlaceholder ? ch : letter(ch, lang);
    if (ch === '}') inPlaceholder = false;
  }
  // +40%: padding words, so that lines can still wrap between them.
  const pad = lang === 'qps' ? 'ŵ' : 'ش';
  const words: string[] = [];
  for (let left = Math.ceil(text.length * 0.4) - 1; left > 0; left -= 7)
    words.push(pad.repeat(Math.min(6, left)));
  return words.length > 0 ? `${out} ${words.join(' ')}` : out;
}
