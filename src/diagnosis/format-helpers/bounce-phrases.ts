// The words that say a text is a mail system's notice of a failed or delayed delivery: kind.ts
// weighs them with the sender and subject; the text recognizer takes them, in text pasted without
// its headers, as the mail system's own signature.
import type { BounceContext } from '../formats/format';
import { perWords } from '../text/localized';
import { ownLabels } from './exchange-text';

// Phrases that only mail systems write at the top of a bounce.
const BOUNCE_PHRASES = [
  'delivery has failed',
  'could not be delivered',
  "couldn't be delivered",
  'was not delivered',
  "wasn't delivered",
  'delivery to the following recipient',
  'failed permanently',
  'permanent error',
  'permanent fatal error',
  'following address(es) failed',
  'failed addresses follow',
  'following addresses had',
  'following recipient',
  'undeliverable',
  'unable to deliver',
  'delivery failed',
  'message delivery failed',
  'this is the qmail-send program',
  'this is the mail system at host',
  'mail delivery failed',
  'delivery status notification',
  'returned mail',
  'the original message was received at',
  'remote server returned',
  'an error occurred while trying to deliver',
  'message could not be delivered',
  'your message did not reach',
  'did not reach the following',
  'delivery to these recipients',
  'delivery to this recipient',
  'could not deliver',
  "couldn't deliver",
  'rejected your message',
  'has been delayed',
  'delivery is delayed',
  'not yet been delivered',
  'will continue to try',
  'will retry',
  'address not found',
  'message not delivered',
  'your message wasn',
  'sorry, we were unable',
  "i'm afraid i wasn't able to deliver",
  'failed to deliver',
  'smtp error from remote',
  'the following message to',
  'there was an error',
  'was undeliverable',
  'mailbox unavailable',
  'failed recipient',
  'delivery notification',
  'message was not sent',
  // Sendmail's "----- Transcript of session follows -----", Postfix's smtpd_chat.c notice.
  'transcript of session follows',
  // Exim's deliver.c opens its bounces and delay warnings with it (SpamAssassin's VBounce rules
  // and sisimai's Exim reader key on it too); TMDA's challenge goes on "software (TMDA)."
  'created automatically by mail delivery software.',
  // XMail's notice (QueueUtils.cpp QueUtBuildErrorResponse): "[<02>] The reason of the delivery
  // failure was:"; pasted without its "Error sending message" subject, it is the one sign.
  'reason of the delivery failure was',
  // MMDF's give-up and warning notices (lib/mmdf/rtn_proc.c) head their addresses "It failed to
  // be received by the following address(es):" / "Delivery attempts are still pending for the
  // following address(es):" (their "could not be / fully delivered" wraps); forwarded, their
  // "Mail System (MMDF)" sender is the only other sign.
  'failed to be received by the following',
  'still pending for the following',
  // A content filter's report to the sender of the message it refused or destroyed (MailScanner v5
  // reports/en/sender.spam.sa.report.txt, sender.size.report.txt "This message has been
  // rejected.", sender.spam.rbl.report.txt "This message has been destroyed."): a bounce.
  'this message has been rejected',
  'this message has been destroyed',
  'your message has been rejected',
  // RFC 5321 4.2.2's own reply texts for 550, 553 and 450 ("Requested action not taken: mailbox
  // unavailable"), which servers quote as they are; Apache James heads the reply it quotes
  // "Error message below:" (mailets/redirect/NotifyMailetsMessage.java).
  'requested action not taken',
  'error message below:',
  // The same sentence in the languages Exchange and the big providers localize it to (with
  // letters past ASCII: LocalizedWords.bouncePhrases).
  'konnte nicht zugestellt werden',
  'no se pudo entregar',
  'kon niet worden bezorgd',
  // Outlook's and Exchange's own notices in Spanish, as users paste them: "Algunos de los
  // destinatarios no recibieron su mensaje." (pastebin.com/12qpX1rU).
  'no recibieron su mensaje',
];
// Exchange's labels in every language it writes them (exchange-text.ts ownLabels): a pasted or
// forwarded Swedish NDR ("Diagnostisk information för administratörer:", "Genererande server:")
// from "Microsoft Outlook" without an address had its subject as its only other sign.
const bouncePhrases = perWords((words) => [...BOUNCE_PHRASES, ...words.bouncePhrases, ...ownLabels(words)]);

/** The first bounce phrase in the first 6,000 characters of the body, if any. */
export function bouncePhrase(ctx: BounceContext): string | undefined {
  return bouncePhrases(ctx.localized).find((x) => ctx.headHas(x, 6000));
}
