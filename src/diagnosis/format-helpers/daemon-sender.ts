// Whether a mail system signed the message: the daemon names MTAs put in a bounce's From line
// (Postfix "MAILER-DAEMON", Exchange "postmaster" and "MicrosoftExchange...", Exim "Mail Delivery
// System", MDaemon ...). kind.ts and the generic text reader both ask.
import { memoKey, type BounceContext } from '../formats/format';
import { isNullPath } from '../text/addresses';

// Names that only mail systems sign with, in the display name or the address's local part.
const DAEMON_NAMES = [
  'mailer-daemon',
  'mailer_daemon',
  'mailer daemon',
  'mail daemon',
  'maildaemon',
  'postmaster',
  'mail delivery',
  'mail-daemon',
  'mailerdaemon',
  'mail administrator',
  'microsoftexchange',
  'mail system',
  'mdaemon',
  // SpamAssassin's VBounce rules (rules/20_vbounce.cf: "mailer-deamon", as some MTAs misspell it)
  // and Discourse's bounce check (lib/email/receiver.rb: post[-_]?master).
  'mailer-deamon',
  'post-master',
  'post_master',
];
// Short words that are a daemon's only as the address's own name ("bounce@", "bounces+...@",
// "daemon@"): in a domain ("news@bounce.shop.example") or a brand ("Daemon Tools") they are not.
const DAEMON_LOCAL_WORDS = ['bounce', 'daemon'];
// Citadel signs its notices with its own name as author and address (citadel msgbase.c: author
// "Citadel", From "\"%s\" <%s@%s>" of the lower-cased author): a person may be called that, so
// only the name and the address's own name together.
const CITADEL = '"citadel"';
// Not "noreply"/"no-reply": shops, carriers and banks send their notifications from such addresses
// ("your order has shipped", "delivery notification"); mail systems sign as a daemon or postmaster.

const DAEMON_MEMO = memoKey<string | undefined>('daemon name in From');
const DELIMITERS = ' \t<>"(),;:@[]';

/** The From line without the domains of its addresses, and the addresses' local parts. */
function fromParts(from: string): { named: string; locals: string[] } {
  let named = '';
  const locals: string[] = [];
  let start = 0;
  for (let at = from.indexOf('@'); at >= 0; at = from.indexOf('@', at + 1)) {
    let i = at;
    while (i > start && !DELIMITERS.includes(from.charAt(i - 1))) i--;
    locals.push(from.slice(i, at));
    named += from.slice(start, at);
    let j = at + 1;
    while (j < from.length && !DELIMITERS.includes(from.charAt(j))) j++;
    start = j;
    at = j - 1;
  }
  return { named: named + from.slice(start), locals };
}

/** The daemon name in the From line, if a mail system signed the message. */
export function daemonSender(ctx: BounceContext): string | undefined {
  return ctx.memo(DAEMON_MEMO, () => {
    // A From of "<>", the null sender itself (SpamAssassin's VBounce, RT's and osTicket's checks).
    if (isNullPath(ctx.from)) return '<>';
    const { named, locals } = fromParts(ctx.from.length > 2000 ? ctx.from.slice(0, 2000) : ctx.from);
    return (
      DAEMON_NAMES.find((p) => named.includes(p)) ??
      DAEMON_LOCAL_WORDS.find((w) => locals.some((l) => l.includes(w))) ??
      (named.startsWith(CITADEL) && locals.includes('citadel') ? 'citadel' : undefined)
    );
  });
}
