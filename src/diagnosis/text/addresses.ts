// Addresses in free text. This is a hand-written scan with the matches of the regular expression
//   /[A-Za-z0-9!#$%&'*+/=?^_`{|}~.\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F-]{1,64}@(?:\[(?:[0-9.]{7,15}|[A-Za-z0-9-]{1,16}:[A-Za-z0-9.:]{2,45})\]|[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}\.){1,8}(?:[Xx][Nn]--[A-Za-z0-9-]{1,59}|[A-Za-z]{2,24}))/g
// (test/robustness/regex.test.ts checks that they agree): the regex retries up to 64 local-part
// chars from every position, 250 ms per MB on a line of letters; this starts only from an "@".

import { trimRuns } from './lines';

// Char classes of ASCII, one table: the scan tests them inline (the CLI's TurboFan does not inline
// calls, and a helper call per char was most of domainEnd's time).
const LOCAL = 1;
const LABEL = 2; // letters, digits, "-"
const ALNUM = 4;
const LETTER = 8;
const CLASS = new Uint8Array(128);
for (const c of "!#$%&'*+/=?^_`{|}~.-") CLASS[c.charCodeAt(0)] = LOCAL;
CLASS[45] = LOCAL | LABEL;
for (let c = 48; c <= 57; c++) CLASS[c] = LOCAL | LABEL | ALNUM;
for (let c = 65; c <= 90; c++) {
  CLASS[c] = LOCAL | LABEL | ALNUM | LETTER;
  CLASS[c + 32] = LOCAL | LABEL | ALNUM | LETTER;
}
/** Whether char code c (any, NaN past the end) is ASCII of the class. */
const is = (c: number, cls: number) => c < 128 && ((CLASS[c] as number) & cls) !== 0;
/** A Latin letter past ASCII (U+00C0..U+024F but "×" and "÷"): an SMTPUTF8 local part's
 *  ("tomás@", RFC 6531), as Exim's message/global-delivery-status and its text name it. */
const latin = (c: number) => c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7;

/** End of an address literal at `from` (RFC 5321 4.1.3: "lab@[192.0.2.30]", smail's and Postfix's
 *  notices; "ops@[IPv6:2001:db8::25]"), or -1: dots and digits, or a tag, ":" and the address. */
function literalEnd(s: string, from: number): number {
  // A bounded look for "]", not indexOf: "a@[" a million times would rescan the line from each "@".
  let close = from + 1;
  while (close < s.length && close - from < 64 && s.charCodeAt(close) !== 93) close++;
  if (s.charCodeAt(close) !== 93) return -1;
  const c = s.slice(from + 1, close);
  const colon = c.indexOf(':');
  const ok = colon < 0 ? /^[0-9.]{7,15}$/ : /^[A-Za-z0-9-]{1,16}:[A-Za-z0-9.:]{2,45}$/;
  return ok.test(c) ? close + 1 : -1;
}

/** The end of an A-label top-level domain at `from` ("xn--80akhbyknj4f", RFC 5890), or -1. */
function aLabelEnd(s: string, from: number): number {
  if ((s.charCodeAt(from) | 32) !== 120 || (s.charCodeAt(from + 1) | 32) !== 110) return -1;
  if (!s.startsWith('--', from + 2)) return -1;
  let j = from + 4;
  while (j < s.length && j - from < 63 && is(s.charCodeAt(j), LABEL)) j++;
  return j > from + 4 ? j : -1;
}

/** End of the domain that starts at `at + 1` (exclusive), or -1: an address literal, or up to 8
 *  labels of at most 63 chars ending in ".", then an A-label or 2..24 letters; the longest label
 *  count that leaves such a top-level label wins. */
function domainEnd(s: string, from: number): number {
  if (s.charCodeAt(from) === 91) return literalEnd(s, from);
  if (!is(s.charCodeAt(from), ALNUM)) return -1;
  const dots: number[] = [];
  let i = from + 1;
  let run = 0; // label chars after the first one, at most 62
  while (dots.length < 8 && i < s.length) {
    const c = s.charCodeAt(i);
    if (c === 46) {
      // An empty label ends the domain: sendmail's "bob@example.net...User unknown" (err.c).
      if (s.charCodeAt(i - 1) === 46) break;
      dots.push(i + 1);
      run = 0;
    } else if (c < 128 && ((CLASS[c] as number) & LABEL) !== 0 && run < 62) run++;
    else break;
    i++;
  }
  for (let k = dots.length - 1; k >= 0; k--) {
    const start = dots[k] as number;
    const xn = aLabelEnd(s, start);
    if (xn > 0) return xn;
    let j = start;
    while (j < s.length && j - start < 24) {
      const c = s.charCodeAt(j);
      if (c >= 128 || ((CLASS[c] as number) & LETTER) === 0) break;
      j++;
    }
    if (j - start >= 2) return j;
  }
  return -1;
}

const EDGE = ".'`";

/** The addresses in the line, in order; the first `max` of them. */
export function findAddresses(line: string, max = Infinity): string[] {
  const out: string[] = [];
  let lastEnd = 0;
  let at = line.indexOf('@');
  while (at >= 0 && out.length < max) {
    let start = at;
    while (start > lastEnd && at - start < 64) {
      const c = line.charCodeAt(start - 1);
      if (c >= 128 ? !latin(c) : ((CLASS[c] as number) & LOCAL) === 0) break;
      start--;
    }
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
  return findAddresses(text, 1)[0] ?? null;
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

/** "<>", the null reverse-path (RFC 5321 4.5.5), however it is spaced: a bounce's Return-Path, or a
 *  From a mail system signs with nothing. */
export function isNullPath(value: string | null): boolean {
  return value !== null && value.replace(/\s/g, '') === '<>';
}
