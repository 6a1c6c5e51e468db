// A Sieve "reject" (RFC 5429) comes back as a message disposition notification, not a
// delivery-status report: kind.ts must not call it a read receipt, and formats/sieve-reject.ts reads it.
// Source: dovecot/core src/lib-lda/mail-send.c, dovecot/pigeonhole src/lib-sieve/sieve-actions.c,
// cyrusimap/cyrus-imapd imap/lmtp_sieve.c (each writes "Auto-Submitted: auto-replied (rejected)",
// "Disposition: automatic-action/MDN-sent-automatically; deleted" and "automatically rejected").
import type { BounceContext } from '../formats/format';
import { leaves, type Part } from '../mime/structure';

export function mdnPart(ctx: BounceContext): Part | undefined {
  return leaves(ctx.mail.root).find((p) => p.type.endsWith('disposition-notification'));
}

/**
 * An MDN that reports a rejection, not a reading: an automatic "deleted" disposition, with the
 * delivery agent's "rejected" mark or its sentence (a person's forward keeps only the sentence).
 * Without the MDN part (the pane's headers and body may lack it): the mark and the sentence, and
 * no delivery-status part (Dovecot's rejection for a full mailbox is a DSN).
 */
export function isSieveRejection(ctx: BounceContext): boolean {
  const mdn = mdnPart(ctx)?.text.toLowerCase();
  const marked = (ctx.headers.get('auto-submitted') ?? '').toLowerCase().includes('rejected');
  const said = ctx.headHas('automatically rejected', 4000);
  if (mdn === undefined) return marked && said && ctx.deliveryStatus.length === 0;
  return mdn.includes('automatic-action') && mdn.includes('deleted') && (marked || said);
}
