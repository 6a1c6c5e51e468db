// DMARC identifier alignment (RFC 7489 §3.1): relaxed = same organizational domain, strict = the
// same name. Organizational domains come from the Public Suffix List bundled in tldts (ICANN and
// private sections), so nothing is downloaded. Names are compared lower-case, without trailing
// dots, and in their ASCII (punycode) form.
import { getDomain } from 'tldts';

export type AlignMode = 'relaxed' | 'strict';

const MAX_DOMAIN = 253;

/** "s" / "r" as in DMARC's aspf= and adkim= tags; null for anything else. */
export function parseAlignMode(tag: string | null | undefined): AlignMode | null {
  const t = (tag ?? '').trim().toLowerCase();
  if (t === 's' || t === 'strict') return 'strict';
  if (t === 'r' || t === 'relaxed') return 'relaxed';
  return null;
}

/** The ASCII form of an internationalized name, via the URL parser every browser has. */
function toAscii(d: string): string | null {
  try {
    const host = new URL(`http://${d}/`).hostname;
    return host || null;
  } catch {
    return null;
  }
}

/**
 * A domain as found in a header ("Example.COM.", "user@example.com", "@example.com", "<x@y>",
 * "münchen.de") in canonical form: lower-case ASCII, no trailing dot. Null when it is not a name.
 */
export function normalizeDomain(raw: string | null | undefined): string | null {
  if (!raw) return null;
  let d = raw.trim();
  if (d.length > 1024) return null;
  if (d.startsWith('<') && d.endsWith('>')) d = d.slice(1, -1).trim();
  const at = d.lastIndexOf('@');
  if (at >= 0) d = d.slice(at + 1);
  while (d.endsWith('.')) d = d.slice(0, -1);
  d = d.toLowerCase();
  if (!d || d === 'none' || d.length > MAX_DOMAIN) return null;
  let ascii = true;
  for (let i = 0; i < d.length; i++) {
    const c = d.charCodeAt(i);
    if (c >= 128) {
      ascii = false;
      continue;
    }
    const ok = (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 45 || c === 46 || c === 95;
    if (!ok) return null;
  }
  if (d.startsWith('.') || d.includes('..')) return null;
  if (!ascii) {
    const a = toAscii(d);
    if (!a) return null;
    d = a.endsWith('.') ? a.slice(0, -1) : a;
  }
  return d;
}

/** The registrable ("organizational") domain; the name itself when the list has none (an IP,
 *  a bare public suffix, a single label). Expects a normalized name. */
export function organizationalDomain(domain: string): string {
  return getDomain(domain, { allowPrivateDomains: true, extractHostname: false }) ?? domain;
}

/** Whether an authenticated domain aligns with the From domain. Inputs may be raw header text. */
export function isAligned(
  authDomain: string | null,
  fromDomain: string | null,
  mode: AlignMode = 'relaxed',
): boolean {
  const a = normalizeDomain(authDomain);
  const f = normalizeDomain(fromDomain);
  if (!a || !f) return false;
  if (a === f) return true;
  if (mode === 'strict') return false;
  return organizationalDomain(a) === organizationalDomain(f);
}

/**
 * The domain of the first address in a From / Return-Path / Sender value:
 * `"Name, with <odd> chars" <user@example.com>`, `user@example.com (comment)`, `<>` (null).
 * One pass that skips quoted strings and comments.
 */
export function addressDomain(value: string | null | undefined): string | null {
  if (!value) return null;
  const s = value.length > 4096 ? value.slice(0, 4096) : value;
  let depth = 0;
  let quoted = false;
  let angleStart = -1;
  let tokenStart = -1;
  let bare: string | null = null;
  for (let i = 0; i <= s.length; i++) {
    const ch = i < s.length ? s[i] : ' ';
    if (ch === '\\') {
      i++;
      continue;
    }
    if (quoted) {
      if (ch === '"') quoted = false;
      continue;
    }
    if (depth > 0) {
      if (ch === '(') depth++;
      else if (ch === ')') depth--;
      continue;
    }
    if (angleStart >= 0) {
      if (ch === '>') return normalizeDomain(s.slice(angleStart + 1, i));
      continue;
    }
    if (ch === '"') quoted = true;
    else if (ch === '(') depth = 1;
    else if (ch === '<') angleStart = i;
    if (ch === ' ' || ch === '\t' || ch === ',' || ch === '"' || ch === '(' || ch === '<' || ch === ';') {
      if (tokenStart >= 0 && bare === null) {
        const tok = s.slice(tokenStart, i);
        if (tok.includes('@')) bare = tok;
      }
      // A list of addresses: the first one counts.
      if (ch === ',' && bare !== null) break;
      tokenStart = -1;
    } else if (tokenStart < 0) tokenStart = i;
  }
  // "<user@example.com" without its ">" still names a domain.
  if (angleStart >= 0) return normalizeDomain(s.slice(angleStart + 1));
  return bare === null ? null : normalizeDomain(bare);
}
