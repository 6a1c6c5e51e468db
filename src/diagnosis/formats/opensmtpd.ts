// OpenSMTPD bounces: "This is the MAILER-DAEMON, please DO NOT REPLY to this e-mail." and one line
// per recipient, "bob@example.net: 550 5.1.1 ...", between the list's opening sentence and
// "Below is a copy of the original message:". Newer versions add a delivery-status part.
// Brands: OpenSMTPD.
import { commandOf } from '../text/smtp-command';
import { findAddresses } from '../text/addresses';
import { lineIndex } from '../text/lines';
import type { BounceFormat, FoundRecipient } from './format';
import { reportWithDsn } from './rfc3464';

const OPENING = 'this is the mailer-daemon, please do not reply to this';
const LIST_STARTS = ['following list of recipients:', 'list of recipients:'];
const END = 'below is a copy of the original message';
const EXPIRED = 'envelope expired';

/**
 *   An error has occurred while attempting to deliver a message for
 *   the following list of recipients:
 *
 * bob@example.net: 550 5.2.2 <bob@example.net>... Mailbox full
 */
function opensmtpdRecipients(body: string): FoundRecipient[] {
  const lines = body.split('\n');
  const start = lineIndex(lines, LIST_STARTS);
  if (start < 0) return [];
  const out: FoundRecipient[] = [];
  for (let i = start + 1; i < lines.length; i++) {
    const line = lines[i] as string;
    const lower = line.toLowerCase();
    if (lower.includes(END) || lower.includes('please note that this is only a temporary')) break;
    if (line.startsWith(' ') || line.trim() === '') continue;
    const colon = line.indexOf(': ');
    const address = colon > 0 ? line.slice(0, colon) : '';
    if (address && findAddresses(address)[0] === address) {
      const diagnostic = line.slice(colon + 2).trim();
      out.push({ address, diagnostic, command: commandOf(diagnostic), evidence: [line.trim()] });
    } else if (out.length) {
      // a long reply wrapped onto the next line
      const last = out[out.length - 1] as FoundRecipient;
      last.diagnostic = `${last.diagnostic ?? ''} ${line.trim()}`;
    }
  }
  return out;
}

/**
 * What it reads: OpenSMTPD bounces and delay notices ("This is the MAILER-DAEMON, please DO NOT
 * REPLY ...")
 */
export const opensmtpd: BounceFormat = {
  name: 'opensmtpd',
  selfEvident: true,
  parse(ctx) {
    if (!ctx.headHas(OPENING, 2000)) return null;
    const report = reportWithDsn(ctx, 'opensmtpd', opensmtpdRecipients(ctx.body));
    // OpenSMTPD 6.8 words its expiry notice as a delay ("A message is delayed ...", Action:
    // delayed, Status 4.4.7), but queue.c has deleted the envelope ("Envelope expired"): it failed.
    for (const r of report?.recipients ?? [])
      if ((r.diagnostic ?? '').toLowerCase().startsWith(EXPIRED)) r.action = 'failed';
    return report;
  },
};
