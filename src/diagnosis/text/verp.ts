// VERP (variable envelope return paths): list managers and bulk senders send each copy from a
// return address that names its recipient, so the bounce comes back to an address that says who
// failed (D. J. Bernstein, cr.yp.to/proto/verp.txt; Postfix VERP_README; Mailman's VERP_FORMAT
// "%(bounces)s+%(mailbox)s=%(host)s"; ezmlm's "<list>-return-<n>-<mailbox>=<host>@").

const MAX_ADDRESS = 320;
const DOMAIN = /^[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63})+$/i;
const EZMLM_RETURN = /-return-\d{1,12}-/;

/**
 * The recipient a VERP return address encodes: "list-bounces+bob=example.org@lists.example.com"
 * (Mailman, Postfix's "+=" delimiters) and "list-return-12-bob=example.org@lists.example.org"
 * (ezmlm) are bob@example.org; null for any other address. SRS and BATV addresses ("SRS0=...",
 * "prvs=...") encode the sender, not a recipient: they have no "+" or "-return-<n>-" before theirs.
 */
export function verpRecipient(address: string): string | null {
  if (address.length > MAX_ADDRESS) return null;
  const at = address.lastIndexOf('@');
  if (at <= 0) return null;
  const local = address.slice(0, at);
  const plus = local.indexOf('+');
  const ezmlm = plus < 0 ? EZMLM_RETURN.exec(local) : null;
  const encoded = plus > 0 ? local.slice(plus + 1) : ezmlm ? local.slice(ezmlm.index + ezmlm[0].length) : '';
  const eq = encoded.lastIndexOf('=');
  if (eq <= 0) return null;
  const mailbox = encoded.slice(0, eq);
  const domain = encoded.slice(eq + 1);
  if (mailbox.includes('=') || !DOMAIN.test(domain)) return null;
  return `${mailbox}@${domain}`;
}
