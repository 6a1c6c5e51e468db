// Verizon Wireless's e-mail to SMS gateway (vtext.com): a refusal in Apache James's layout, the
// server's error under "Error message below:" and the envelope under "Message details:", sent
// from an address at vtext.com.
// Brands: Verizon Wireless (vtext.com).
// Source: [SIS-LHOST] verizon.rb (From post_master@vtext.com, "RCPT TO:" under "Message details:").
import { fromMentions } from '../format-helpers/provider-text';
import { jamesLayout, jamesRecipients } from './apachejames';
import type { BounceFormat } from './format';

/** What it reads: Verizon Wireless vtext.com rejections in Apache James's layout */
export const verizon: BounceFormat = {
  name: 'verizon',
  selfEvident: true,
  parse(ctx) {
    if (!fromMentions(ctx, ['@vtext.com']) || !jamesLayout(ctx)) return null;
    const recipients = jamesRecipients(ctx.body);
    return recipients.length ? { format: 'verizon', recipients } : null;
  },
};
