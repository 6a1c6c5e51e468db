// Old mail systems (AOL's AirMail, CompuServe, GroupWise) name a local recipient by its user name
// alone ("BlueHeron77", "hsinger"): the address is that name at the reporting system's domain.
import { findAddresses } from './addresses';

const NAME_CHARS = /^[A-Za-z0-9][A-Za-z0-9._+-]{0,63}$/;

/** The domain of the first address in a header value ("Mailer-Daemon@gw.example.com" -> gw.example.com). */
export function domainOf(headerValue: string | null): string | null {
  const a = findAddresses(headerValue ?? '')[0];
  return a ? a.slice(a.indexOf('@') + 1).toLowerCase() : null;
}

/** An address as written, or a bare user name completed with `domain`; null for anything else. */
export function addressOrName(token: string, domain: string | null): string | null {
  const t = token.trim().replace(/^<|>$/g, '');
  if (t.includes('@')) {
    const a = findAddresses(t)[0];
    return a && a.length >= t.length - 2 ? a : null;
  }
  if (!domain || !NAME_CHARS.test(t)) return null;
  return `${t}@${domain}`;
}
