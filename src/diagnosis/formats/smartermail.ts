// SmarterMail (SmarterTools, Windows): a plain-text notice with one "Failed Recipient:" and one
// "Reason:" line per address, the reason's rest on the lines below it, as hosting providers'
// help pages quote it (kb.indsoft.net/kb/a70, support.rackteam.com/kb/a136):
//   Could not deliver message to the following recipient(s):
//
//   Failed Recipient: bob@example.net
//   Reason: Remote host said: 550 5.1.1 <bob@example.net>: Recipient address rejected
//
//   Failed Recipient: cy@example.org
//   Reason: The mailbox is full
// Without it, IMail's reader took "Failed Recipient: bob@example.net" for a reason of its own.
// Brands: SmarterMail.
import { findAddresses } from '../text/addresses';
import { oneLine } from '../text/lines';
import { commandOf } from '../text/smtp-command';
import type { BounceFormat, FoundRecipient } from './format';

const OPENING = 'could not deliver message to the following recipient';
const RECIPIENT = 'failed recipient:';
const REASON = 'reason:';
// The reason's rest ends at a blank line, the next recipient or the returned message.
const MAX_REASON_LINES = 6;

/** "Failed Recipient: X" and the "Reason:" lines after it, pair by pair. */
function smarterMailRecipients(lines: readonly string[]): FoundRecipient[] {
  const out: FoundRecipient[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = (lines[i] as string).trim();
    if (!line.toLowerCase().startsWith(RECIPIENT)) continue;
    const address = findAddresses(line.slice(RECIPIENT.length))[0];
    if (!address) continue;
    const reason: string[] = [];
    const evidence = [line];
    for (let j = i + 1; j < lines.length && reason.length < MAX_REASON_LINES; j++) {
      const next = (lines[j] as string).trim();
      const lower = next.toLowerCase();
      if (lower.startsWith(RECIPIENT) || lower.startsWith('--')) break;
      if (next === '') {
        if (reason.length) break;
        continue;
      }
      if (reason.length === 0 && !lower.startsWith(REASON)) break;
      reason.push(reason.length === 0 ? next.slice(REASON.length).trim() : next);
      evidence.push(next);
    }
    const diagnostic = oneLine(reason.join(' '));
    out.push({ address, action: 'failed', diagnostic, command: commandOf(diagnostic), evidence });
  }
  return out;
}

/**
 * What it reads: SmarterMail notices ("Could not deliver message to the following recipient(s):",
 * "Failed Recipient:" and "Reason:" per address)
 */
export const smarterMail: BounceFormat = {
  name: 'smartermail',
  selfEvident: true,
  parse(ctx) {
    if (!ctx.headHas(OPENING, 4000) || !ctx.headHas(RECIPIENT, 8000)) return null;
    const recipients = smarterMailRecipients(ctx.sectionLines);
    return recipients.length ? { format: 'smartermail', recipients } : null;
  },
};
