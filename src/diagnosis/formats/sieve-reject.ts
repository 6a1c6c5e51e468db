// A Sieve "reject" (RFC 5429): the recipient's mail filter refused the message after it was
// received, and the delivery agent returns it as a message disposition notification whose
// disposition is "deleted", not as a delivery-status report. The reason is the script's own text.
// Brands: Dovecot LDA/LMTP with Pigeonhole Sieve ("Rejected: <subject>"; "Automatically rejected
// mail" when Pigeonhole sends it itself), Cyrus IMAP lmtpd's Sieve ("Mail Sieve Subsystem").
// Source: dovecot/core src/lib-lda/mail-send.c (mail_send_rejection), src/lib-lda/lda-settings.c
// (rejection_reason "Your message to <%{to}> was automatically rejected:"); dovecot/pigeonhole
// src/lib-sieve/sieve-actions.c (sieve_action_do_reject_mail); cyrusimap/cyrus-imapd
// imap/lmtp_sieve.c (send_rejection: "Your message was automatically rejected by Sieve"); RFC 5429 2.1.
import type { BounceFormat } from './format';
import { findOriginal, originalRecipients } from '../format-helpers/original';
import { isSieveRejection, mdnText } from '../format-helpers/mdn-rejection';
import { firstAddress } from '../text/addresses';
import { oneLine } from '../text/lines';

/**
 * What it reads: a Sieve reject's MDN (Dovecot, Pigeonhole, Cyrus): the Final-Recipient of its
 * disposition part (else the address of its sentence, else the returned message's To), and the
 * notice's sentence with the script's reason
 */
export const sieveReject: BounceFormat = {
  name: 'sieve-reject',
  selfEvident: true,
  parse(ctx) {
    // Cheap refusal first: the notice's words, looked up in the body's trigram index.
    if (!ctx.mayHave('automatically rejected', 4000) || !isSieveRejection(ctx)) return null;
    // From the notice's own sentence ("Your message ... was automatically rejected") through the
    // script's reason: the rule table reads both, the reason's words first.
    // The report section is the body's start, so its lower case is the context's lower-cased head.
    const text = ctx.section;
    const from = Math.max(0, ctx.head(text.length).indexOf('your message'));
    const diagnostic = oneLine(text.slice(from, from + 500));
    const mdn = mdnText(ctx);
    const final = mdn ? mdn.lower.indexOf('final-recipient') : -1;
    const address =
      (mdn && final >= 0 ? firstAddress(mdn.text.slice(final)) : null) ??
      firstAddress(diagnostic) ??
      originalRecipients(findOriginal(ctx, text.length))[0];
    if (!address) return null;
    return {
      format: 'sieve-reject',
      recipients: [{ address, action: 'failed', status: null, diagnostic, evidence: [diagnostic] }],
    };
  },
};
