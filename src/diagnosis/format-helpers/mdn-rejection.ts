// A Sieve "reject" (RFC 5429) comes back as a message disposition notification, not a
// delivery-status report: kind.ts must not call it a read receipt, and formats/sieve-reject.ts reads it.
// Source: dovecot/core src/lib-lda/mail-send.c, dovecot/pigeonhole src/lib-sieve/sieve-actions.c,
// cyrusimap/cyrus-imapd imap/lmtp_sieve.c (each writes "Auto-Submitted: auto-replied (rejected)" and
// "Disposition: automatic-action/MDN-sent-automatically; deleted").
import type { BounceContext } from '../formats/format';
import { leaves, type Part } from '../mime/structure';

export function mdnPart(ctx: BounceContext): Part | null {
  for (const p of leaves(ctx.mail.root))
    if (p.type === 'message/disposition-notification' || p.type === 'message/global-disposition-notification')
      return p;
  return null;
}

/**
 * An MDN that reports a rejection, not a reading: an automatic "deleted" disposition, and the
 * delivery agent's "rejected" mark (Auto-Submitted: auto-replied (rejected)) or its sentence.
 * kind.ts asks it before calling an MDN a read receipt.
 */
export function isSieveRejection(ctx: BounceContext): boolean {
  const mdn = mdnPart(ctx);
  if (!mdn) return false;
  const disposition = mdn.text.toLowerCase();
  if (!disposition.includes('automatic-action') || !disposition.includes('deleted')) return false;
  return (
    (ctx.headers.get('auto-submitted') ?? '').toLowerCase().includes('rejected') ||
    ctx.headHas('automatically rejected', 2000)
  );
}
