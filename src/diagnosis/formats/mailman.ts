// GNU Mailman's refusal of a post: the list's owner address returns the post with one text part
// saying why (Mailman 2 Bouncer.py BounceMessage, Mailman 3 app/bounces.py bounce_message: From
// <list>-owner@, the original subject, text/plain then message/rfc822). The reasons are Mailman's:
// Moderate.py do_reject ("Your message has been rejected, probably because you are not subscribed
// to the mailing list and the list's policy is to prohibit non-members from posting to it"),
// Errors.RejectMessage's default ("Your message was rejected"), the DMARC and moderated-member
// notices ("...your message has been automatically rejected"), ListAdmin.py's refuse.txt ("has
// been rejected by the list moderator"), Mailman 3's list:user:notice:rejected.txt ("Your message to
// the $listname mailing-list was rejected for the following reasons:"), Mailman 3's content filter
// (handlers/mime_delete.py, filter_action reject: the reason alone, "The message's content type was
// explicitly disallowed", "...file extension was explicitly disallowed"). Mailman 3 sends a
// moderator's refusal from the list's -bounces address (app/moderator.py send_rejection,
// 'Request to mailing list "$display_name" rejected', list:user:notice:refuse.txt): a post's
// ("Posting of your message titled ...") is a bounce, a subscription request's is no delivery at
// all. The refused destination is the list itself. Mailman's held-for-approval notices say "held",
// not rejected, and stay notifications (kind.ts).
// Brands: GNU Mailman 2 and 3.
import { findAddresses } from '../text/addresses';
import { oneLine } from '../text/lines';
import type { BounceFormat } from './format';

const REJECTED = [
  'your message has been rejected',
  'your message was rejected',
  'your message has been automatically rejected',
  'has been rejected by the list moderator',
  'mailing-list was rejected',
  // Mailman 3 handlers/mime_delete.py with filter_action reject: the reason alone is the notice
  'content type was explicitly disallowed',
  'content type was not explicitly allowed',
  'file extension was explicitly disallowed',
  'file extension was not explicitly allowed',
  'after content filtering, the message was empty',
];
const OWNER = '-owner@';
const BOUNCES = '-bounces@';
// Mailman 3's refusal of a request names what was refused (app/moderator.py handle_message).
const REFUSED_POST = 'posting of your message titled';

/** The list's posting address: X-BeenThere, else the sender without "-owner" or "-bounces". */
function listAddress(beenThere: string, sender: string): string {
  const been = findAddresses(beenThere)[0];
  if (been) return been;
  const suffix = sender.includes(OWNER) ? OWNER : BOUNCES;
  const at = sender.indexOf(suffix);
  return sender.slice(0, at) + '@' + sender.slice(at + suffix.length);
}

/** The list's -owner address, or its -bounces address on Mailman 3's refusal of a post. */
function listSender(from: string, head: string): string | undefined {
  const addresses = findAddresses(from).map((a) => a.toLowerCase());
  return (
    addresses.find((a) => a.includes(OWNER)) ??
    (head.includes(REFUSED_POST) ? addresses.find((a) => a.includes(BOUNCES)) : undefined)
  );
}

// Mailman 2.1 templates/en/refuse.txt: the moderator's reason, quoted, after "The moderator gave
// the / following reason for rejecting your request:" (by default Hold.py's rejection notice, such
// as "Your message was too big; please trim it to less than %(kb)d KB in size."): it says why.
const REASON = 'following reason for rejecting your request:';

/** The moderator's quoted reason, or "". */
function moderatorReason(lines: readonly string[]): string {
  const at = lines.findIndex((l) => l.includes(REASON));
  return at < 0 ? '' : oneLine(firstParagraph(lines.slice(at + 1)).join(' '));
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

/** What it reads: GNU Mailman's returned posts (From <list>-owner@, "Your message has been rejected";
 *  Mailman 3's refused post from <list>-bounces@) */
export const mailman: BounceFormat = {
  name: 'mailman',
  selfEvident: true,
  parse(ctx) {
    if (!ctx.from.includes(OWNER) && !ctx.from.includes(BOUNCES)) return null;
    // Mailman wraps its notices at 72 columns: a sentence can break anywhere.
    const head = oneLine(ctx.head(800));
    const sender = listSender(ctx.from, head);
    if (!sender || !REJECTED.some((p) => head.includes(p))) return null;
    const reason = moderatorReason(ctx.sectionLines);
    const first = oneLine(firstParagraph(ctx.sectionLines).join(' '));
    const diagnostic = reason ? `${reason} ${first}` : first;
    return {
      format: 'mailman',
      recipients: [
        {
          address: listAddress(ctx.headers.get('x-beenthere') ?? '', sender),
          action: 'failed',
          diagnostic,
          evidence: [diagnostic],
        },
      ],
    };
  },
};
