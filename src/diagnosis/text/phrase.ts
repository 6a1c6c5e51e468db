// The phrase syntax of the rule table and the stage phrases: a phrase matches on token boundaries.
// Phrases match on token boundaries: "mime" is not in "mimecast", "dane" not in "danes" of a name
// ... A phrase edge that is a letter or digit needs a non-word char beyond it in the text. At the
// end, English inflections are allowed ("blacklist" finds "blacklisted", "virus" "viruses"); a
// phrase ending in "*" is a stem and matches any continuation ("throttl*"). CJK, kana and hangul
// are not word chars: those scripts write no spaces, so their phrases match as substrings.
/** Endings a phrase's last word may take in the text. */
export const PHRASE_SUFFIXES = ['s', 'es', 'ed', 'd', 'ing'] as const;

export function isWordChar(c: number): boolean {
  if (c < 0x30) return false;
  if (c <= 0x39) return true;
  if (c < 0x41) return false;
  if (c <= 0x5a) return true;
  if (c < 0x61) return false;
  if (c <= 0x7a) return true;
  // Latin-1 letters .. Cyrillic (not the × and ÷ signs); CJK and later scripts are not.
  return c >= 0xc0 && c < 0x530 && c !== 0xd7 && c !== 0xf7;
}

/** Whether phrase p, found at offset i of text, stands on token boundaries there. */
export function bounded(text: string, p: string, i: number): boolean {
  if (isWordChar(p.charCodeAt(0)) && i > 0 && isWordChar(text.charCodeAt(i - 1))) return false;
  const last = p.charCodeAt(p.length - 1);
  if (last === 0x2a /* * */) return true;
  const end = i + p.length;
  if (!isWordChar(last) || end >= text.length || !isWordChar(text.charCodeAt(end))) return true;
  for (const s of PHRASE_SUFFIXES)
    if (text.startsWith(s, end) && !isWordChar(text.charCodeAt(end + s.length))) return true;
  return false;
}

/** The text the phrase is searched as: a stem's "*" is a marker, not a char of the text. */
export function phraseText(p: string): string {
  return p.endsWith('*') ? p.slice(0, -1) : p;
}

/** Whether the text holds phrase p on token boundaries (p as written in a rule, "*" and all). */
export function containsPhrase(text: string, p: string): boolean {
  const t = phraseText(p);
  for (let i = text.indexOf(t); i >= 0; i = text.indexOf(t, i + 1)) if (bounded(text, p, i)) return true;
  return false;
}
