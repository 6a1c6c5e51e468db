// Lines and white space of free text: the server's words on one line, runs of a char trimmed by
// index, the first line that says a phrase, paragraphs. Linear on any input.

/**
 * Cuts leading runs of `lead` chars and trailing runs of `trail` chars, by index. The regex way,
 * s.replace(/^#+/, '').replace(/#+$/, ''), is quadratic: /#+$/ retries the run from every position
 * of a long run of "#" that is not at the end.
 */
export function trimRuns(s: string, lead: string, trail: string): string {
  let i = 0;
  let j = s.length;
  while (i < j && lead.includes(s[i] as string)) i++;
  while (j > i && trail.includes(s[j - 1] as string)) j--;
  return i === 0 && j === s.length ? s : s.slice(i, j);
}

/** The chars /\s/ matches (white space and line terminators), as trim() removes them too. */
function isSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

let utf16: TextDecoder | null = null;

// A leading space, white space other than a space, or two spaces in a row.
const NOT_ONE_LINE = /^ |[^\S ]| {2}/;

/**
 * Collapses runs of white space: the server's words, on one line. Same result as
 * s.replace(/\s+/g, ' ').trim(), without its garbage: the replace allocated ten times a long line
 * of short words. Text already on one line is returned as it is.
 */
export function oneLine(s: string): string {
  // Already one line (no white space but single spaces, none leading): at most a trailing space
  // to cut. Tested natively, a third of the time of a charCodeAt loop.
  if (!NOT_ONE_LINE.test(s)) return s.endsWith(' ') ? s.slice(0, -1) : s;
  if (s.length < 256) return s.replace(/\s+/g, ' ').trim();
  const out = new Uint16Array(s.length);
  let n = 0;
  let pending = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (isSpace(c)) {
      pending = n > 0;
      continue;
    }
    if (pending) out[n++] = 32;
    pending = false;
    out[n++] = c;
  }
  utf16 ??= new TextDecoder('utf-16le');
  return utf16.decode(out.subarray(0, n));
}

/** Index of the first line whose lower-case text includes one of the phrases, or -1. */
export function lineIndex(ls: readonly string[], phrases: readonly string[], from = 0): number {
  for (let i = from; i < ls.length; i++) {
    const l = (ls[i] as string).toLowerCase();
    if (phrases.some((p) => l.includes(p))) return i;
  }
  return -1;
}

/**
 * The paragraphs of free text (runs of non-blank lines), each on one line, in order. Lazy: a
 * reader stops when it has what it needs, and a long text of many short paragraphs is not joined
 * past that.
 */
export function* paragraphs(lines: readonly string[]): Generator<string> {
  let start = -1;
  for (let i = 0; i <= lines.length; i++) {
    const line = i < lines.length ? (lines[i] as string) : '';
    if (line.trim()) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      yield oneLine(i - start === 1 ? (lines[start] as string) : lines.slice(start, i).join(' '));
      start = -1;
    }
  }
}

/** How many spaces and tabs a line starts with. */
export function indentOf(line: string): number {
  let i = 0;
  while (i < line.length && (line.charCodeAt(i) === 32 || line.charCodeAt(i) === 9)) i++;
  return i;
}
