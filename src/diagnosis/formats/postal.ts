// Postal's bounce of a message its own server received for a route that refused it (the route's
// mode is Bounce or Reject, its endpoint failed for good, or the attempts ran out): a multipart/mixed
// message from the route's own address ("Mail Delivery Service <support@example.net>"), which names
// the failed recipient only on its "Rcpt To:" line and gives no reason.
// Brands: Postal (postalserver/postal).
// Source: postalserver/postal app/models/bounce_message.rb (raw_message, body), sent by
// app/models/queued_message.rb send_bounce from app/lib/message_dequeuer/*.
import { findAddresses } from '../text/addresses';
import type { BounceFormat, FoundRecipient } from './format';

const OPENING = 'this is the mail delivery service responsible for delivering mail to';
const RCPT_TO = 'rcpt to:';
const CANNOT = "the message you've sent cannot be delivered.";

/**
 * This is the mail delivery service responsible for delivering mail to support@example.net.
 *
 * The message you've sent cannot be delivered. Your original message is attached to this message.
 * ...
 * Mail from: alice@example.com
 * Rcpt To: support@example.net
 */
function postalRecipient(lines: readonly string[]): FoundRecipient | null {
  for (const line of lines) {
    const t = line.trim();
    if (!t.toLowerCase().startsWith(RCPT_TO)) continue;
    const address = findAddresses(t.slice(RCPT_TO.length))[0];
    if (!address) return null;
    // Postal states no cause: the one sentence of failure is the diagnostic.
    return {
      address,
      action: 'failed',
      diagnostic: "The message you've sent cannot be delivered.",
      evidence: [t],
    };
  }
  return null;
}

/** What it reads: Postal's bounces ("This is the mail delivery service responsible for ..."), its "Rcpt To:" line */
export const postal: BounceFormat = {
  name: 'postal',
  selfEvident: true,
  parse(ctx) {
    if (!ctx.headHas(OPENING, 500) || !ctx.headHas(CANNOT, 1000)) return null;
    const r = postalRecipient(ctx.sectionLines);
    return r ? { format: 'postal', recipients: [r] } : null;
  },
};
