// Yahoo Mail's (and Yahoo Japan's, AOL's since the merger) own failure notice, "Failure Notice" from
// mailer-daemon@yahoo...: each failed address in angle brackets with a colon, then Yahoo's or the
// remote host's words, then the copy of the message.
// Brands: Yahoo Mail, Yahoo Japan, AOL Mail (since the merger).
import { commandOf } from '../text/smtp-command';
import type { BounceFormat, FoundRecipient, SmtpCommand } from './format';
import {
  fromMentions,
  hasDsnRecipients,
  headSays,
  recipientAddresses,
} from '../format-helpers/provider-text';
import { lineIndex } from '../text/lines';

const START = ['sorry, we were unable to deliver your message'];

/** Yahoo tags the refused step at the end of the reply: "[RCPT_TO]", "[MAIL_FROM]", "[DATA]". */
function stage(text: string): SmtpCommand | null {
  const t = text.toUpperCase();
  if (t.includes('[RCPT_TO]')) return 'RCPT';
  if (t.includes('[MAIL_FROM]')) return 'MAIL';
  if (t.includes('[DATA')) return 'DATA';
  return commandOf(text);
}

/**
 * What it reads: Yahoo Mail failure notices: "Sorry, we were unable to deliver your message to the
 * following address."
 */
export const yahoo: BounceFormat = {
  name: 'yahoo',
  parse(ctx) {
    if (hasDsnRecipients(ctx)) return null;
    if (!START.some((p) => headSays(ctx, p))) return null;
    if (!fromMentions(ctx, ['yahoo', 'aol', 'mailer-daemon'])) return null;
    const lines = ctx.sectionLines;
    const at = lineIndex(lines, START);
    if (at < 0) return null;
    // <someone@example.org>:
    // Remote host said: 550 5.1.1 <someone@example.org>... User Unknown [RCPT_TO]
    const recipients: FoundRecipient[] = [];
    let current: { r: FoundRecipient; words: string[] } | null = null;
    const close = () => {
      if (!current) return;
      current.r.diagnostic = current.words.join(' ');
      current.r.command = stage(current.r.diagnostic);
      current.r.evidence = current.words.slice(0, 8);
      current = null;
    };
    for (let i = at + 1; i < lines.length; i++) {
      const line = (lines[i] as string).trim();
      if (line.startsWith('--- Below this line')) break;
      const addr = line.startsWith('<') && line.endsWith('>:') ? recipientAddresses(line)[0] : undefined;
      if (addr) {
        close();
        current = { r: { address: addr, action: 'failed' }, words: [] };
        recipients.push(current.r);
        continue;
      }
      if (!current) continue;
      if (line === '') {
        if (current.words.length) close();
        continue;
      }
      // "Remote host said:" names who spoke, not what went wrong.
      const words = line.replace(/^remote host said:\s*/i, '');
      if (words) current.words.push(words);
    }
    close();
    return recipients.length ? { format: 'yahoo', reportingMta: null, recipients } : null;
  },
};
