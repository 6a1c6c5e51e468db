// MailEnable's own non-delivery report names a domain, not an address: "Your message addressed to
// the target domain (example.com) could not be delivered because the mail server responsible for
// this domain returned a permanent error." then "The server returned:" and the remote reply. The
// recipients are the returned message's To and Cc addresses at that domain (the others were sent
// on their own). Source: MailEnable KB ME020517, "The following error is displayed within a
// MailEnable bounce message: ME-E0193" (mailenable.com/kb/content/article.asp?ID=ME020517):
//   MailEnable: Message Delivery Failure.
//   Reason: ME-E0193: [(MailEnable_messageID).MAI] Message Delivery Failure.
// Brands: MailEnable.
import { oneLine } from '../text/lines';
import { findOriginal, originalRecipients } from '../format-helpers/original';
import type { BounceContext, BounceFormat, FoundRecipient } from './format';

// Looked for in the report with its white space made single spaces: a re-wrap may break the line
// anywhere in "addressed to the target domain (example.com) could not be delivered".
const TARGET = 'the target domain (';
const RETURNED = 'the server returned:';
const MAX_REPLY_LINES = 8;

/** The lines after "The server returned:" up to the next blank line after them. */
function serverReply(lines: readonly string[]): string {
  const at = lines.findIndex((l) => l.trim().toLowerCase().startsWith(RETURNED));
  if (at < 0) return '';
  const first = (lines[at] as string).trim().slice(RETURNED.length).trim();
  const out = first ? [first] : [];
  for (const l of lines.slice(at + 1, at + 1 + MAX_REPLY_LINES)) {
    if (l.trim() === '') {
      if (out.length) break;
      continue;
    }
    out.push(l.trim());
  }
  return oneLine(out.join(' '));
}

function mailEnableRecipients(ctx: BounceContext): FoundRecipient[] {
  const text = oneLine(ctx.section.slice(0, 20000));
  const lower = text.toLowerCase();
  const at = lower.indexOf(TARGET);
  if (at < 0) return [];
  const start = at + TARGET.length;
  const end = lower.indexOf(')', start);
  const domain = end < 0 ? '' : lower.slice(start, end).trim();
  if (!domain || domain.length > 253 || domain.includes(' ')) return [];
  const headline = text.slice(at, end + 1);
  const reply = serverReply(ctx.sectionLines);
  const reason = ctx.sectionLines.map((l) => l.trim()).find((l) => l.startsWith('Reason: ME-'));
  const out: FoundRecipient[] = [];
  for (const address of originalRecipients(findOriginal(ctx, ctx.section.length))) {
    const d = address.slice(address.indexOf('@') + 1).toLowerCase();
    if (d !== domain && !d.endsWith(`.${domain}`)) continue;
    out.push({
      address,
      diagnostic: reply || headline,
      evidence: [reason ?? '', headline, reply, `the returned message was addressed to ${address}`].filter(
        Boolean,
      ),
    });
  }
  return out;
}

/** What it reads: MailEnable's "Message Delivery Failure" reports that name the target domain */
export const mailEnable: BounceFormat = {
  name: 'mailenable',
  selfEvident: true,
  parse(ctx) {
    if (!ctx.headHas('target domain', 2000) || !ctx.headHas('could not be', 2000)) return null;
    const recipients = mailEnableRecipients(ctx);
    return recipients.length ? { format: 'mailenable', recipients } : null;
  },
};
