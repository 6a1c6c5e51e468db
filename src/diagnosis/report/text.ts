// Helpers shared by the plain-text recognizers: finding addresses, cutting off the returned
// original message, and gathering the lines that explain one recipient's failure.

// Addresses in free text. This is a hand-written scan with the matches of the regular expression
//   /[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}\.){1,8}[A-Za-z]{2,24}/g
// (test/robustness/regex.test.ts checks that they agree): the regex retries up to 64 local-part
// chars from every position, 250 ms per MB on a line of letters; this starts only from an "@".

const LOCAL = new Uint8Array(128);
for (const c of "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!#$%&'*+/=?^_`{|}~.-")
  LOCAL[c.charCodeAt(0)] = 1;
const isLocal = (c: number) => c < 128 && LOCAL[c] === 1;
const isAlnum = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isLabel = (c: number) => isAlnum(c) || c === 45;

/** End of the domain that starts at `at + 1` (exclusive), or -1: up to 8 labels of at most 63 chars
 *  ending in ".", then 2..24 letters; the longest label count that leaves 2 letters wins. */
function domainEnd(s: string, from: number): number {
  if (!isAlnum(s.charCodeAt(from))) return -1;
  const dots: number[] = [];
  let i = from + 1;
  let run = 0; // label chars after the first one, at most 62
  while (dots.length < 8 && i < s.length) {
    const c = s.charCodeAt(i);
    if (c === 46) {
      dots.push(i + 1);
      run = 0;
    } else if (isLabel(c) && run < 62) run++;
    else break;
    i++;
  }
  for (let k = dots.length - 1; k >= 0; k--) {
    const start = dots[k] as number;
    let j = start;
    while (j < s.length && j - start < 24 && isLetter(s.charCodeAt(j))) j++;
    if (j - start >= 2) return j;
  }
  return -1;
}

const EDGE = ".'`";

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

export function findAddresses(line: string): string[] {
  const out: string[] = [];
  let lastEnd = 0;
  let at = line.indexOf('@');
  while (at >= 0) {
    let start = at;
    while (start > lastEnd && at - start < 64 && isLocal(line.charCodeAt(start - 1))) start--;
    const end = start < at ? domainEnd(line, at + 1) : -1;
    if (end > 0) {
      out.push(trimRuns(line.slice(start, end), EDGE, EDGE));
      lastEnd = end;
    }
    at = line.indexOf('@', Math.max(at + 1, lastEnd));
  }
  return out;
}

export function firstAddress(text: string | null): string | null {
  if (!text) return null;
  return findAddresses(text)[0] ?? null;
}

// Lines that start the returned original message in the text bounces of common MTAs.
const ORIGINAL_MARKERS = [
  'this is a copy of the message',
  'below this line is a copy of the message',
  'original message follows',
  'original message headers',
  '----- original message -----',
  '------ original message ------',
  '--- original message ---',
  'undelivered message follows',
  'unsent message below',
  'unsent message follows',
  'returned message follows',
  'the headers of the original',
  'headers of your message',
  'header of the original message',
  'text of the original message',
  'message headers follow',
  'original message header',
  'copy of the original message',
  'content-type: message/rfc822',
  'the message that you sent',
  'following is a copy of the message',
  'a copy of the original',
  'your message reads',
  'original text follows',
  '--- message body',
  'returned mail follows',
];

/** The report part of a text bounce: everything before the returned original message. `lower`
 *  gives the body's lower-case text when the caller has it; see findReportSection for `mayHave`. */
// The last answer is kept: the same body asked for again (by a caller without a BounceContext, or
// diagnosed again) is not searched again.
let lastBody: string | null = null;
let lastSection = '';

export function reportSection(
  body: string,
  lower: () => string = () => body.toLowerCase(),
  mayHave?: (marker: string) => boolean,
): string {
  if (body === lastBody) return lastSection;
  lastSection = findReportSection(body, lower(), mayHave);
  lastBody = body;
  return lastSection;
}

// A header block of the original ("Received:" or "Return-Path:" at a line start after a blank line).
const HEADER_MARKERS = ['\n\nreceived: ', '\n\nreturn-path: ', '\n\nreceived:\t'];

const LONGEST_MARKER = Math.max(
  ...ORIGINAL_MARKERS.map((m) => m.length),
  ...HEADER_MARKERS.map((m) => m.length),
);

/**
 * reportSection() of a body whose lower-case text is known. `mayHave` answers false only for
 * markers that the body cannot contain (BounceContext.headHas), to skip their search.
 */
export function findReportSection(
  body: string,
  lower = body.toLowerCase(),
  mayHave: (marker: string) => boolean = () => true,
): string {
  let cut = body.length;
  // Once a marker is found, the others are looked for only before it (in a slice, which is cheap).
  let hay = lower;
  for (const list of [ORIGINAL_MARKERS, HEADER_MARKERS]) {
    for (const m of list) {
      if (!mayHave(m)) continue;
      const i = hay.indexOf(m);
      if (i >= 0 && i < cut) {
        cut = i;
        hay = lower.slice(0, cut + LONGEST_MARKER - 1);
      }
    }
  }
  return body.slice(0, cut);
}

export function lines(text: string): string[] {
  return text.split('\n');
}

export function isSystemAddress(addr: string): boolean {
  const local = addr.slice(0, addr.indexOf('@')).toLowerCase();
  return (
    local === 'mailer-daemon' ||
    local === 'postmaster' ||
    local === 'mail-daemon' ||
    local === 'mailerdaemon' ||
    local === 'root' ||
    local === 'noreply' ||
    local === 'no-reply' ||
    local === 'mdaemon' ||
    local === 'bounce' ||
    local === 'bounces' ||
    local.startsWith('mailer-daemon') ||
    local.startsWith('bounce-')
  );
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

/**
 * A multi-line SMTP reply read as one line repeats its code on every line ("550-5.7.1 This
 * message 550-5.7.1 does not ..."). Later repeats of the first code are dropped, so the server's
 * sentence reads whole and phrase rules can match across the original line breaks.
 */
export function dropRepeatedReplyCodes(text: string): string {
  const m = /(?<![\d.])([245]\d\d)[ -](?:#?([245]\.\d{1,3}\.\d{1,3})[ ]+)?/.exec(text.slice(0, 2000));
  if (!m) return text;
  const start = m.index + m[0].length;
  const code = m[1] as string;
  // Most replies never repeat their code: then there is nothing to drop, and no pattern to build.
  if (text.indexOf(code, start) < 0) return text;
  const status = m[2] ? m[2].replace(/\./g, '\\.') : null;
  const repeat = new RegExp(`\\s${code}[ -]${status ? `(?:#?${status}[ ]+)?` : ''}(?=\\S)`, 'g');
  return text.slice(0, start) + text.slice(start).replace(repeat, ' ');
}

/** "<bob@example.net>", "bob@example.net:" or '"bob@example.net"' -> bob@example.net. */
export function bareAddress(s: string): string {
  let t = s.trim();
  if (t.endsWith(':')) t = t.slice(0, -1).trim();
  if (t.startsWith('<') && t.endsWith('>')) t = t.slice(1, -1).trim();
  if (t.length > 1 && t.startsWith('"') && t.endsWith('"') && t.indexOf('"', 1) === t.length - 1)
    t = t.slice(1, -1);
  return t;
}

/** Index of the first line whose lower-case text includes one of the phrases, or -1. */
export function lineIndex(ls: readonly string[], phrases: readonly string[], from = 0): number {
  for (let i = from; i < ls.length; i++) {
    const l = (ls[i] as string).toLowerCase();
    if (phrases.some((p) => l.includes(p))) return i;
  }
  return -1;
}
