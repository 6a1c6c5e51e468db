// GNU Mailman's refusal of a post: the list's owner address returns the post with one text part
// saying why (Mailman 2 Bouncer.py BounceMessage, Mailman 3 app/bounces.py bounce_message: From
// <list>-owner@, the original subject, text/plain then message/rfc822). The reasons are Mailman's:
// Moderate.py do_reject ("Your message has been rejected, probably because you are not subscribed
// to the mailing list and the list's policy is to prohibit non-members from posting to it"),
// Errors.RejectMessage's default ("Your message was rejected"), the DMARC and moderated-member
// notices ("...your message has been automatically rejected"), ListAdmin.py's refuse.txt ("has
// been rejected by the list moderator"). The refused destination is the list itself. Mailman's
// held-for-approval notices say "held", not rejected, and stay notifications (kind.ts).
// Brands: GNU Mailman 2 and 3.
import { findAddresses } from '../text/addresses';
import { oneLine } from '../text/lines';
import type { BounceFormat } from './format';

const REJECTED = [
  'your message has been rejected',
  'your message was rejected',
  'your message has been automatically rejected',
  'has been rejected by the list moderator',
];
const OWNER = '-owner@';

/** The list's posting address: X-BeenThere, else the owner address without "-owner". */
function listAddress(beenThere: string, owner: string): string {
  const been = findAddresses(beenThere)[0];
  if (been) return been;
  const at = owner.indexOf(OWNER);
  return owner.slice(0, at) + '@' + owner.slice(at + OWNER.length);
}

/** The lines up to the first blank one after some text. */
function firstParagraph(lines: readonly string[]): string[] {
  const out: string[] = [];
  for (const line of lines) {
    if (line.trim()) out.push(line);
    else if (out.length) break;
  }
  return out;
}

/** What it reads: GNU Mailman's returned posts (From <list>-owner@, "Your message has been rejected") */
export const mailman: BounceFormat = {
  name: 'mailman',
  selfEvident: true,
  parse(ctx) {
    const owner = findAddresses(ctx.from).find((a) => a.toLowerCase().includes(OWNER));
    if (!owner) return null;
    // Mailman wraps its notices at 72 columns: a sentence can break anywhere.
    const head = oneLine(ctx.head(800));
    if (!REJECTED.some((p) => head.includes(p))) return null;
    const diagnostic = oneLine(firstParagraph(ctx.sectionLines).join(' '));
    return {
      format: 'mailman',
      recipients: [
        {
          address: listAddress(ctx.headers.get('x-beenthere') ?? '', owner.toLowerCase()),
          action: 'failed',
          diagnostic,
          evidence: [diagnostic],
        },
      ],
    };
  },
};
