// "Did you mean ...?" for a failed address whose domain is one slip away from a domain the sender
// surely meant: a major mail provider's, another recipient's of the same message, or the sender's
// own. Optimal string alignment distance (Damerau-Levenshtein with adjacent transpositions, so
// "gmial" is one slip from "gmail"), bounded in length so every input is answered at once.

/** Consumer mail domains people mistype most (providers' own published domains). */
const PROVIDER_DOMAINS: readonly string[] = [
  'gmail.com',
  'googlemail.com',
  'outlook.com',
  'hotmail.com',
  'live.com',
  'msn.com',
  'yahoo.com',
  'ymail.com',
  'icloud.com',
  'me.com',
  'mac.com',
  'aol.com',
  'proton.me',
  'protonmail.com',
  'gmx.com',
  'gmx.de',
  'gmx.net',
  'web.de',
  't-online.de',
  'yandex.ru',
  'mail.ru',
  'orange.fr',
  'free.fr',
  'laposte.net',
  'libero.it',
  'comcast.net',
  'att.net',
  'verizon.net',
  'hotmail.co.uk',
  'yahoo.co.uk',
  'btinternet.com',
  'qq.com',
  '163.com',
];

const MAX_DOMAIN = 100;

/** Optimal string alignment distance, or Infinity once it exceeds `limit`. */
export function slipDistance(a: string, b: string, limit = 2): number {
  if (Math.abs(a.length - b.length) > limit) return Infinity;
  if (a.length > MAX_DOMAIN || b.length > MAX_DOMAIN) return Infinity;
  let prev2: number[] = [];
  let prev: number[] = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        v = Math.min(v, (prev2[j - 2] ?? 0) + 1);
      cur.push(v);
      best = Math.min(best, v);
    }
    if (best > limit) return Infinity;
    prev2 = prev;
    prev = cur;
  }
  const d = prev[b.length] ?? Infinity;
  return d <= limit ? d : Infinity;
}

/** How many slips a domain of this length may carry and still be a typo, not another domain. */
function allowed(domain: string): number {
  if (domain.length < 6) return 0;
  return domain.length >= 12 ? 2 : 1;
}

/**
 * The domain meant instead of `domain`, or null. `known` are the message's own domains (other
 * recipients', the sender's); they come before the providers, nearer first.
 */
export function suggestDomain(domain: string, known: readonly string[]): string | null {
  const d = domain.trim().toLowerCase().replace(/\.+$/, '');
  const limit = allowed(d);
  if (limit === 0) return null;
  const candidates = [...new Set([...known.map((k) => k.toLowerCase()), ...PROVIDER_DOMAINS])];
  if (candidates.includes(d)) return null;
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const c of candidates) {
    const dist = slipDistance(d, c, limit);
    if (dist < bestDistance) {
      best = c;
      bestDistance = dist;
    }
  }
  return best;
}

/** The address with its domain corrected, or null when no correction is likely. */
export function suggestAddress(address: string, known: readonly string[]): string | null {
  const at = address.lastIndexOf('@');
  if (at <= 0 || at === address.length - 1) return null;
  const domain = suggestDomain(address.slice(at + 1), known);
  return domain ? `${address.slice(0, at)}@${domain}` : null;
}
