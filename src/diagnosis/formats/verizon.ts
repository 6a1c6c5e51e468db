// Verizon Wireless's e-mail to phone gateways:
//  - vtext.com (SMS): a refusal in Apache James's layout, the server's error under "Error message
//    below:" and the envelope under "Message details:", sent from an address at vtext.com;
//  - vzwpix.com (picture messages), from sysadmin@<host>.vzwpix.com: "Message could not be
//    delivered to mobile." and "Error: No valid recipients for this MM", then the original's
//    headers under "Original Message:", whose To is the phone address that failed.
// Brands: Verizon Wireless (vtext.com, vzwpix.com).
// Source: [SIS-LHOST] verizon.rb (From post_master@vtext.com, "RCPT TO:" under "Message details:");
// go-sisimai lhost/via-verizon.go (From sysadmin@ ... .vzwpix.com, startingof "Error: ", boundary
// "Original Message:", the recipient from its "To: " line).
import { fromMentions } from '../format-helpers/provider-text';
import { findAddresses } from '../text/addresses';
import { lineIndex } from '../text/lines';
import { jamesLayout, jamesRecipients } from './apachejames';
import type { BounceContext, BounceFormat, FoundRecipient } from './format';

const MAX_TEXT = 64 * 1024;

/** The vzwpix.com notice: the "Error:" line and the To of the original's headers. */
function pictureRecipients(ctx: BounceContext): FoundRecipient[] {
  // The whole text: the report section ends at "Original Message:" (text/report-section.ts).
  const lines = ctx.body.slice(0, MAX_TEXT).split('\n');
  const original = lineIndex(lines, ['original message:']);
  const error = lineIndex(lines, ['error:']);
  if (original < 0 || error < 0 || error > original) return [];
  const words = lines
    .slice(Math.max(0, error - 2), original)
    .map((l) => l.trim())
    .filter(Boolean);
  for (let i = original + 1; i < lines.length && i < original + 20; i++) {
    const t = (lines[i] as string).trim();
    if (!t.toLowerCase().startsWith('to:')) continue;
    // One diagnostic and one evidence list for all (a To of many addresses is one line).
    const diagnostic = words.join(' ');
    const evidence = [...words, t];
    return findAddresses(t).map((address) => ({ address, action: 'failed', diagnostic, evidence }));
  }
  return [];
}

/** What it reads: Verizon Wireless vtext.com rejections in Apache James's layout, vzwpix.com notices */
export const verizon: BounceFormat = {
  name: 'verizon',
  selfEvident: true,
  parse(ctx) {
    const recipients = fromMentions(ctx, ['vzwpix.com'])
      ? pictureRecipients(ctx)
      : fromMentions(ctx, ['@vtext.com']) && jamesLayout(ctx)
        ? jamesRecipients(ctx.body)
        : [];
    return recipients.length ? { format: 'verizon', recipients } : null;
  },
};
