// Small helpers shared by the recognizers of the big mail providers (Gmail, Yahoo, Zoho, Mail.ru,
// Amazon SES ...): the addresses a header names, the section of a text bounce between a start
// phrase and the returned message, and the lines that explain one recipient.
import { findAddresses, isSystemAddress } from '../text/addresses';
import { memoKey, type BounceContext } from '../formats/format';

/** Addresses of the X-Failed-Recipients header(s), in order, without duplicates. */
export function failedRecipientsHeader(ctx: BounceContext): string[] {
  const out: string[] = [];
  for (const v of ctx.headers.getAll('x-failed-recipients')) {
    for (const a of findAddresses(v)) if (!out.includes(a)) out.push(a);
  }
  return out;
}

/** True when the lower-case From line mentions one of the given domains or words. */
export function fromMentions(ctx: BounceContext, needles: readonly string[]): boolean {
  return needles.some((n) => ctx.from.includes(n));
}

/** True when the lower-case start of the body, where providers put their fixed first phrases,
 *  includes the phrase. */
export function headSays(ctx: BounceContext, phrase: string, chars = 6000): boolean {
  return ctx.headHas(phrase, chars);
}

/** Recipient addresses on one line, leaving out mailer-daemon style system addresses. */
export function recipientAddresses(line: string): string[] {
  return findAddresses(line).filter((a) => !isSystemAddress(a));
}

/** Lines from `start` up to (not including) the first line for which `stop` is true, at most `max`. */
export function linesUntil(
  lines: readonly string[],
  start: number,
  stop: (line: string) => boolean,
  max = 60,
): string[] {
  const out: string[] = [];
  for (let i = start; i < lines.length && out.length < max; i++) {
    const l = lines[i] as string;
    if (stop(l)) break;
    out.push(l);
  }
  return out;
}

/**
 * True when a delivery-status part names recipients: the DSN readers (rfc3464 and the MTA
 * recognizers that merge it) read such a message better than a provider's text alone.
 */
export function hasDsnRecipients(ctx: BounceContext): boolean {
  // Asked by every provider recognizer: answered once per message.
  return ctx.memo(DSN_RECIPIENTS, () =>
    ctx.deliveryStatus.some((t) => /^(final|original)-recipient:/im.test(t.slice(0, 20000))),
  );
}

const DSN_RECIPIENTS = memoKey<boolean>('delivery-status part names recipients');
