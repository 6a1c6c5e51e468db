// The last resort for text bounces no specific recognizer claimed: recipients are the addresses of
// the report section (not the sender, not a daemon), and each one's diagnostic is the lines that
// follow it up to the next recipient or a blank line.
// Brands: any mail system (the last resort).
import { findEnhancedStatus, findReplyCode } from '../text/reply-codes';
import { commandOf } from '../text/smtp-command';
import { bouncePhrase } from '../format-helpers/bounce-phrases';
import { daemonSender } from '../format-helpers/daemon-sender';
import { pastesNotice } from '../format-helpers/pasted-notice';
import { positiveNotice } from '../format-helpers/positive-notice';
import { excludedAddresses, sharedReason, textRecipients } from '../format-helpers/text-recipients';
import { failedRecipientsHeader } from '../format-helpers/provider-text';
import type { BounceContext, BounceFormat, FoundRecipient } from './format';
import { isNullPath } from '../text/addresses';

// Text pasted without its headers ("or just its text") is a mail system's when its words say so: the
// person pasted it as a bounce, and the headers that would sign it were left behind.
function plainlySystem(ctx: BounceContext): boolean {
  if (ctx.headers.has('x-failed-recipients')) return true;
  if (ctx.mail.headerless && bouncePhrase(ctx) !== undefined) return true;
  const rp = ctx.headers.get('return-path');
  return daemonSender(ctx) !== undefined || isNullPath(rp);
}

/** A recipient's line as a template: its address taken out, lower-cased. */
const shape = (r: FoundRecipient): string =>
  (r.evidence?.[0] ?? '').toLowerCase().replace(r.address.toLowerCase(), '\0');

/**
 * The replying recipients and those whose line is written like a replying one's: one list's
 * entries, whose reasons are the writer's own words ("Failed Recipient: <a>" then "Reason: The
 * mailbox is full", SmarterMail; qmail-send.c's "<a>:" then a local delivery's words beside a
 * remote "Remote host said: 552 ...").
 */
function withSiblings(found: FoundRecipient[], coded: FoundRecipient[]): FoundRecipient[] {
  const replied = new Set(coded);
  const shapes = new Set(coded.map(shape));
  return found.filter((r) => replied.has(r) || (r.evidence && shapes.has(shape(r))));
}

/**
 * The writer's own list of the addresses that failed (X-Failed-Recipients, Exim's deliver.c; others
 * copy it), when the text names any of them: an address it names elsewhere is someone to write to
 * ("553 5.3.0 ... DNSBL:ATTRBL ... forward this email to abuse_rbl@abuse-att.net"), not a recipient:
 * its line is the listed recipient's words.
 */
function listedRecipients(
  ctx: BounceContext,
  exclude: ReadonlySet<string>,
  later: boolean,
): FoundRecipient[] {
  const listed = new Set(failedRecipientsHeader(ctx).map((a) => a.toLowerCase()));
  const named = listed.size ? textRecipients(ctx.sectionLines, exclude, later, listed) : [];
  return named.length ? named : textRecipients(ctx.sectionLines, exclude, later);
}

/** What it reads: any text bounce: addresses in the report section and the server lines after them */
export const genericText: BounceFormat = {
  name: 'text',
  parse(ctx) {
    const system = plainlySystem(ctx);
    // A notice pasted into a reply names its recipient again beside the server's reply further
    // down (Exchange's administrators' part), as a notice itself does.
    const found = listedRecipients(ctx, excludedAddresses(ctx), system || pastesNotice(ctx));
    const coded = found.filter(
      (r) => findReplyCode(r.diagnostic ?? '') || findEnhancedStatus(r.diagnostic ?? ''),
    );
    // An address with no server reply near it is a recipient only when a mail system plainly wrote
    // the message: a notification from a shop or a carrier names addresses too.
    const withCodes = system ? withSiblings(found, coded) : coded;
    const recipients = withCodes.length ? withCodes : system ? found : [];
    // Lines with no server reply of their own take the notice's one stated reason, if it has one.
    const reason = recipients.length > withCodes.length ? sharedReason(ctx.sectionLines) : null;
    if (reason)
      for (const r of recipients) {
        const own = r.diagnostic ?? '';
        if (!findReplyCode(own) && !findEnhancedStatus(own) && !own.includes(reason)) {
          r.diagnostic = own ? `${reason} ${own}` : reason;
          r.evidence = [reason, ...(r.evidence ?? [])];
        }
      }
    // The SMTP step the words name ("after initial connection") says whose problem it is.
    for (const r of recipients) r.command = commandOf(r.diagnostic);
    // A delivery or relay notice names its recipients beside delivery words too, with no failure.
    const positive = recipients.length && !withCodes.length ? positiveNotice(ctx) : null;
    // Its status is the generic success's (RFC 3463 2.0.0), as Exchange's reader gives its own.
    if (positive)
      for (const r of recipients) {
        r.action = positive;
        r.status ??= '2.0.0';
      }
    return recipients.length ? { format: 'text', recipients } : null;
  },
};
