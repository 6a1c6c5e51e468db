// An unnamed MTA (sisimai's "X3"): "This is an automatically generated Delivery Status
// Notification.", a bulleted list of failed recipients, then "Technical details:" with the SMTP
// step and the server's reply. Some copies carry a delivery-status part too.
// Brands: none known: the layout sisimai calls X3.
import { commandOf } from '../text/smtp-command';
import { findAddresses } from '../text/addresses';
import { lineIndex, oneLine } from '../text/lines';
import type { BounceFormat, FoundRecipient, SmtpCommand } from './format';
import { reportWithDsn } from './rfc3464';

const OPENING = 'this is an automatically generated delivery status notification';

/**
 * Delivery to the following recipients failed permanently:
 *    * bob@example.net
 * ...
 *                              Technical details:
 * SMTP:RCPT host 192.0.2.8: 553 5.3.0 <bob@example.net>... No such user here
 */
function technicalDetailsRecipients(body: string): FoundRecipient[] {
  const lines = body.split('\n');
  // "Delevery" is how some copies spell it.
  const start = lineIndex(lines, ['to the following recipients']);
  if (start < 0) return [];
  const addresses: string[] = [];
  for (let i = start + 1; i < lines.length; i++) {
    const t = (lines[i] as string).trim();
    if (t.startsWith('* ')) {
      const a = findAddresses(t)[0];
      if (a) addresses.push(a);
    } else if (t !== '' && addresses.length) break;
  }
  const tech = lineIndex(lines, ['technical details:'], start);
  const detail: string[] = [];
  for (let i = tech + 1; tech >= 0 && i < lines.length; i++) {
    const t = (lines[i] as string).trim();
    if (t.startsWith('====')) break;
    if (t) detail.push(t);
  }
  const text = oneLine(detail.join(' '));
  // "SMTP:RCPT host 192.0.2.8: 553 ..." names the step; the reply follows the host.
  const step = /^SMTP:(RCPT|MAIL|DATA|HELO|EHLO|CONN)\b/i.exec(text);
  const command: SmtpCommand | null = step
    ? (step[1]?.toUpperCase().replace('EHLO', 'HELO') as SmtpCommand)
    : commandOf(text);
  const hostEnd = text.indexOf(': ');
  const diagnostic = step && hostEnd > 0 ? text.slice(hostEnd + 2) : text;
  const host = step ? (/ host (\S+):/.exec(text)?.[1] ?? null) : null;
  return addresses.map((address) => ({ address, diagnostic, remoteMta: host, command, evidence: detail }));
}

/**
 * What it reads: an unnamed MTA: "This is an automatically generated Delivery Status
 * Notification." with a bulleted list
 */
export const technicalDetails: BounceFormat = {
  name: 'technical-details',
  selfEvident: true,
  parse(ctx) {
    if (!ctx.headHas(OPENING, 2000)) return null;
    const text = technicalDetailsRecipients(ctx.body);
    if (text.length === 0) return null;
    return reportWithDsn(ctx, 'technical-details', text);
  },
};
