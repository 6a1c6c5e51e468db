// X.400 O/R addresses in DSN fields ("Final-Recipient: X400; /C=DE/ADMD=.../O=Sales/S=Berger/G=Paula/"),
// written by X.400 gateways and old Exchange connectors. An Internet address is recovered when the
// report or the returned message gives one:
// - a domain-defined attribute of type RFC-822 (or SMTP) carries it, with "(a)" for "@"
//   (RFC 2156 4.2 and its escape table 4.2.1);
// - the Original-Recipient field is an rfc822 one;
// - one address of the returned message's To/Cc has the surname (S=) and the given name (G=) in
//   its local part.
// Otherwise the X.400 address is kept as written, so the recipient is not lost.
import { findAddresses } from './addresses';

/** "/C=DE/ADMD=X/S=Berger/" or "c=US;a= ;p=ACME;o=Sales;s=Berger;" */
export function isX400(address: string): boolean {
  const t = address.trim();
  return !t.includes('@') && t.includes('=') && (t.startsWith('/') || /^c=[a-z]{2}[;/]/i.test(t));
}

function x400Attributes(address: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const part of address.split(/[/;]/, 64)) {
    const eq = part.indexOf('=');
    if (eq <= 0) continue;
    const key = part.slice(0, eq).trim().toUpperCase();
    if (!out.has(key)) out.set(key, part.slice(eq + 1).trim());
  }
  return out;
}

// RFC 2156 4.2.1: the printable-string escapes of an RFC 822 address.
const ESCAPES: readonly (readonly [string, string])[] = [
  ['(a)', '@'],
  ['(p)', '%'],
  ['(b)', '!'],
  ['(q)', '"'],
  ['(u)', '_'],
  ['(l)', '('],
  ['(r)', ')'],
];

function unescape2156(v: string): string {
  let s = v;
  for (const [from, to] of ESCAPES) s = s.split(from).join(to).split(from.toUpperCase()).join(to);
  return s;
}

/** The Internet address an X.400 address stands for, or null when nothing says. */
export function x400ToAddress(address: string, candidates: readonly string[] = []): string | null {
  const attrs = x400Attributes(address);
  for (const [k, v] of attrs) {
    if (!k.startsWith('DDA:') && k !== 'DDA') continue;
    const type = k.slice(4);
    const value = k === 'DDA' ? v.slice(v.indexOf('=') + 1) : v;
    if (k === 'DDA' || type === 'RFC-822' || type === 'RFC822' || type === 'SMTP') {
      const a = findAddresses(unescape2156(value))[0];
      if (a) return a;
    }
  }
  const surname = (attrs.get('S') ?? '').toLowerCase();
  if (surname.length < 2) return null;
  const given = (attrs.get('G') ?? '').toLowerCase();
  const matches = candidates.filter((c) => {
    const local = c.slice(0, c.indexOf('@')).toLowerCase();
    return local.includes(surname) && (!given || local.includes(given) || local.includes(given[0] as string));
  });
  return matches.length === 1 ? (matches[0] as string) : null;
}
