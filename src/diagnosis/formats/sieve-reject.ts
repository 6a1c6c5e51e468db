// A Sieve "reject" (RFC 5429): the recipient's mail filter refused the message after it was
// received, and the delivery agent returns it as a message disposition notification whose
// disposition is "deleted", not as a delivery-status report. The reason is the script's own text.
// Brands: Dovecot LDA/LMTP with Pigeonhole Sieve ("Rejected: <subject>"; "Automatically rejected
// mail" when Pigeonhole sends it itself), Cyrus IMAP lmtpd's Sieve ("Mail Sieve Subsystem").
// Source: dovecot/core src/lib-lda/mail-send.c (mail_send_rejection), src/lib-lda/lda-settings.c
// (rejection_reason "Your message to <%{to}> was automatically rejected:"); dovecot/pigeonhole
// src/lib-sieve/sieve-actions.c (sieve_action_do_reject_mail); cyrusimap/cyrus-imapd
// imap/lmtp_sieve.c (send_rejection: "Your message was automatically rejected by Sieve"); RFC 5429 2.1.
import type { BounceContext, BounceFormat, FoundRecipient } from './format';
import { parseDeliveryStatus } from '../format-helpers/delivery-status';
import { isSieveRejection, mdnPart } from '../format-helpers/mdn-rejection';
import { bareAddress, firstAddress } from '../text/addresses';
import { findOriginal, originalRecipients } from '../format-helpers/original';
import { oneLine } from '../text/lines';

/** The notice's sentence, before the script's reason (Dovecot and Pigeonhole, Cyrus). */
const OPENING = 'your message';
const REASON_MAX = 500;

/** The MDN's Final-Recipient (else Original-Recipient), as an address. */
function mdnRecipient(mdnText: string): string | null {
  for (const r of parseDeliveryStatus(mdnText).recipients) {
    const raw = r.finalRecipient ?? r.originalRecipient;
    const address = raw ? bareAddress(raw) : '';
    if (address.includes('@')) return address;
  }
  return null;
}

/** Without the MDN part: the delivery agent's own mark and its sentence (and no DSN: Dovecot's
 *  rejection for a full mailbox is a delivery-status report, read by rfc3464.ts). */
function rejectedWithoutMdn(ctx: BounceContext): boolean {
  return (
    ctx.deliveryStatus.length === 0 &&
    (ctx.headers.get('auto-submitted') ?? '').toLowerCase().includes('rejected') &&
    ctx.headHas('automatically rejected', 4000)
  );
}

/** Dovecot names the recipient in its sentence; Cyrus does not, the returned message's To does. */
function noticeRecipient(ctx: BounceContext, diagnostic: string): string | null {
  const named = firstAddress(diagnostic);
  if (named) return named;
  const to = originalRecipients(findOriginal(ctx, ctx.section.length));
  return to.length === 1 ? (to[0] ?? null) : null;
}

/**
 * What it reads: a Sieve reject's MDN (Dovecot, Pigeonhole, Cyrus): the Final-Recipient of its
 * disposition part, and the script's reason from its text
 */
export const sieveReject: BounceFormat = {
  name: 'sieve-reject',
  selfEvident: true,
  parse(ctx) {
    // Cheap refusal first: a multipart/report of an MDN, or (forwarded, or the pane's headers and
    // body without the MDN part) the notice's words.
    const mdnReport =
      (ctx.mail.root.params['report-type'] ?? '').toLowerCase() === 'disposition-notification';
    if (!mdnReport && !ctx.mayHave('automatically rejected', 4000)) return null;
    const mdn = mdnPart(ctx);
    if (mdn ? !isSieveRejection(ctx) : !rejectedWithoutMdn(ctx)) return null;
    // From the notice's own sentence ("Your message ... was automatically rejected") through the
    // script's reason: the rule table reads both, the reason's words first.
    const text = ctx.section;
    const at = text.toLowerCase().indexOf(OPENING);
    const from = at < 0 ? 0 : at;
    const diagnostic = oneLine(text.slice(from, from + REASON_MAX));
    if (!diagnostic) return null;
    const address = mdn ? mdnRecipient(mdn.text) : noticeRecipient(ctx, diagnostic);
    if (!address) return null;
    const evidence = [diagnostic];
    if (mdn) evidence.push(`Final-Recipient: rfc822; ${address}`);
    const recipients: FoundRecipient[] = [{ address, action: 'failed', status: null, diagnostic, evidence }];
    return { format: 'sieve-reject', recipients };
  },
};
