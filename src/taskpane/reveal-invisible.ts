// Bounce text is hostile: a right-to-left override can make "invfdp.exe@…" read as another
// address, and zero-width characters hide inside addresses that look ordinary. The pane shows
// such characters as visible marks ("[U+202E]") instead of letting them act, everywhere it shows
// the message's words (the diagnosis and the source labels), and in the copied summary.

// Bidi embeddings, overrides and isolates; the implicit marks; the zero-width characters.
const INVISIBLE = new Set([
  0x061c, 0x200b, 0x200c, 0x200d, 0x200e, 0x200f, 0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2060, 0x2066,
  0x2067, 0x2068, 0x2069, 0xfeff,
]);

function mark(code: number): string {
  return `[U+${code.toString(16).toUpperCase().padStart(4, '0')}]`;
}

/** The text with every bidi control and zero-width character replaced by a visible mark. */
export function revealInvisible(text: string): string {
  let out: string | null = null; // built only when something is found: most text has none
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (!INVISIBLE.has(code)) {
      if (out !== null) out += text[i];
      continue;
    }
    if (out === null) out = text.slice(0, i);
    out += mark(code);
  }
  return out ?? text;
}

/** The same for every string inside plain data (a Diagnosis: objects, arrays, strings). */
export function revealInvisibleDeep<T>(value: T): T {
  if (typeof value === 'string') return revealInvisible(value) as T;
  if (Array.isArray(value)) return value.map((v: unknown) => revealInvisibleDeep(v)) as T;
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = revealInvisibleDeep(v);
    return out as T;
  }
  return value;
}
