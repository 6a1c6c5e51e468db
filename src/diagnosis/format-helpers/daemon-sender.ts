// Whether a mail system signed the message: the daemon names MTAs put in a bounce's From line
// (Postfix "MAILER-DAEMON", Exchange "postmaster" and "MicrosoftExchange...", Exim "Mail Delivery
// System", MDaemon ...). kind.ts and the generic text reader both ask.
import type { BounceContext } from '../formats/format';

const DAEMON_FROM = [
  'mailer-daemon',
  'postmaster',
  'mail delivery',
  'mail-daemon',
  'mailerdaemon',
  'mail administrator',
  'microsoftexchange',
  'mail system',
  'mdaemon',
  'bounce',
  'daemon',
];
// Not "noreply"/"no-reply": shops, carriers and banks send their notifications from such addresses
// ("your order has shipped", "delivery notification"); mail systems sign as a daemon or postmaster.

/** The daemon name in the From line, if a mail system signed the message. */
export function daemonSender(ctx: BounceContext): string | undefined {
  return DAEMON_FROM.find((p) => ctx.from.includes(p));
}
