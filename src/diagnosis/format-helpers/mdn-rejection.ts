// A Sieve "reject" (RFC 5429) comes back as a message disposition notification, not a
// delivery-status report: kind.ts must not call it a read receipt, and formats/sieve-reject.ts reads it.
// Source: dovecot/core src/lib-lda/mail-send.c, dovecot/pigeonhole src/lib-sieve/sieve-actions.c,
// cyrusimap/cyrus-imapd imap/lmtp_sieve.c (each writes "Auto-Submitted: auto-replied (rejected)",
// "Disposition: automatic-action/MDN-sent-automatically; deleted" and "automatically rejected").
import { memoKey, type BounceContext } from '../formats/format';
import { leaves } from '../mime/structure';

/** The disposition-notification part's text, as written and lower-cased; null without one. */
interface MdnText {
  readonly text: string;
  readonly lower: string;
}

const MDN = memoKey<MdnText | null>('disposition-notification part');
const REJECTION = memoKey<boolean>('sieve rejection');

/** The message's disposition-notification part, read once per message. */
export function mdnText(ctx: BounceContext): MdnText | null {
  return ctx.memo(MDN, () => {
    const part = leaves(ctx.mail.root).find((p) => p.type.endsWith('disposition-notification'));
    return part ? { text: part.text, lower: part.text.toLowerCase() } : null;
  });
}

/**
 * An MDN that reports a rejection, not a reading: an automatic "deleted" disposition, with the
 * delivery agent's "rejected" mark or its sentence (a person's forward keeps only the sentence).
 * Without the MDN part (the pane's headers and body may lack it): the mark and the sentence, and
 * no delivery-status part (Dovecot's rejection for a full mailbox is a DSN). Asked by kind.ts and
 * by the recognizer: decided once per message.
 */
export function isSieveRejection(ctx: BounceContext): boolean {
  return ctx.memo(REJECTION, () => {
    const mdn = mdnText(ctx)?.lower;
    const marked = (ctx.headers.get('auto-submitted') ?? '').toLowerCase().includes('rejected');
    const said = ctx.headHas('automatically rejected', 4000);
    if (mdn === undefined) return marked && said && ctx.deliveryStatus.length === 0;
    return mdn.includes('automatic-action') && mdn.includes('deleted') && (marked || said);
  });
}
