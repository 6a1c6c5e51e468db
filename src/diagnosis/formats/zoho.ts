// Zoho Mail's bounces (mailer-daemon@mail.zoho.com, X-ZohoMail header): one line per failed address,
// followed directly by the original headers, with no marker between them. Delays list each address
// in brackets with the response code.
// Brands: Zoho Mail.
import { findAddresses } from '../text/addresses';
import type { BounceFormat, FoundRecipient } from './format';
import { fromMentions, hasDsnRecipients, headSays } from '../format-helpers/provider-text';

const CODE = 'error_code :';

/** "550" from "... ERROR_CODE :550, ERROR_CODE :5.2.1 ..." or "ResponseCode 421". */
function replyCodeAfter(line: string, marker: string): string | null {
  const i = line.toLowerCase().indexOf(marker);
  if (i < 0) return null;
  const m = /^\s{0,3}([245]\d\d)\b/.exec(line.slice(i + marker.length, i + marker.length + 8));
  return m ? (m[1] ?? null) : null;
}

/**
 * The line, with the rest of it when a relay re-wrapped it: the next lines (up to three), until a
 * blank one, another address's line or the original's first header field (which follows with no
 * marker).
 */
function withWrappedRest(lines: readonly string[], i: number): string {
  let line = (lines[i] ?? '').trim();
  // "[Status: Error, Address: <...>, ResponseCode 421, , Host not reachable.]" runs to its "]".
  for (let k = i + 1; line.startsWith('[') && !line.includes(']') && k <= i + 3; k++)
    line = `${line} ${(lines[k] ?? '').trim()}`;
  if (!line.toLowerCase().includes(CODE)) return line;
  for (let k = i + 1; k <= i + 3; k++) {
    const next = (lines[k] ?? '').trim();
    if (next === '' || next.toLowerCase().includes(CODE) || next.startsWith('[')) break;
    if (/^[\w-]{1,60}:/.test(next)) break;
    line = `${line} ${next}`;
  }
  return line;
}

/** What it reads: Zoho Mail bounces and delay warnings ("Invalid Address, ERROR_CODE :550, ...") */
export const zoho: BounceFormat = {
  name: 'zoho',
  parse(ctx) {
    if (!fromMentions(ctx, ['zoho']) && !ctx.headers.has('x-zohomail')) return null;
    if (hasDsnRecipients(ctx)) return null;
    if (!headSays(ctx, CODE, 20000) && !headSays(ctx, '[status:', 20000)) return null;
    const delayed = headSays(ctx, 'will be retried', 20000) || ctx.subjectLower.includes('delay');
    const recipients: FoundRecipient[] = [];
    // A report sent quoted-printable without saying so keeps its soft line breaks ("=" at the end).
    const text = ctx.body.slice(0, 20000).replace(/=\n/g, '');
    const lines = text.split('\n');
    for (let i = 0; i < lines.length; i++) {
      const line = withWrappedRest(lines, i);
      const lower = line.toLowerCase();
      if (lower.includes(CODE)) {
        // someone@example.org Invalid Address, ERROR_CODE :550, ERROR_CODE :5.2.1 <someone@example.org>... User Unknown
        const address = findAddresses(line)[0];
        if (!address || !lower.startsWith(address.toLowerCase())) continue;
        // "Invalid Address" is written whatever the cause: the server's words are after the last code.
        const replyCode = replyCodeAfter(line, CODE);
        const words = line.slice(lower.lastIndexOf(CODE) + CODE.length).trim();
        recipients.push({
          address,
          action: 'failed',
          replyCode,
          diagnostic: replyCode && !words.startsWith(replyCode) ? `${replyCode} ${words}` : words,
          evidence: [line],
        });
      } else if (lower.startsWith('[status:') && lower.includes('address:')) {
        // [Status: Error, Address: <someone@example.org>, ResponseCode 421, , Host not reachable.]
        const address = findAddresses(line)[0];
        if (!address) continue;
        const words = line
          .replace(/^\[|\]$/g, '')
          .split(',')
          .map((w) => w.trim());
        const said = words.filter((w) => w && !/^(status|address|responsecode)\b/i.test(w)).join(', ');
        recipients.push({
          address,
          action: delayed ? 'delayed' : 'failed',
          replyCode: replyCodeAfter(line, 'responsecode'),
          diagnostic: said,
          evidence: [line],
        });
      }
    }
    return recipients.length ? { format: 'zoho', reportingMta: null, recipients } : null;
  },
};
