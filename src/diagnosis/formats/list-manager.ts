// The refusals of a post that ezmlm, mlmmj and Sympa write themselves (not through an MTA's
// bounce): the list returns the post, or names it, in its own words. The refused destination is the
// list itself, which the notice names in its opening lines:
//   ezmlm-idx lang/en_US/text/top: "Hi! This is the ezmlm program. I'm managing the
//   <#l#>@<#h#> mailing list." then text/mod-reject ("I'm sorry, your message (enclosed) was not
//   accepted by the moderator.", bin/ezmlm-moderate.c, "Returned post for ...") or text/mod-timeout
//   ("...the list moderators for the <#L#> list / have failed to act on your post.", ezmlm-clean.c);
//   mlmmj listtexts/en/subonlypost, access, maxmailsize, notintocc: "Hi, this is the mlmmj program
//   managing the mailinglist / $listaddr$" then "...only subscribers may post to the list." or
//   "...your message could not be delivered to the list." (From <list>+owner@);
//   Sympa default/mail_tt2/reject.tt2: Subject "Your message has been rejected", "Your message for
//   list %1@%2 has been rejected by the moderator (%3)." (From <list>-request@).
// Their other notices (help, confirmations, ezmlm's and Mailman's bounce warnings) refuse nothing.
// Sympa's other refusals are RFC 3464 reports (delivery_status_notification.tt2), read as such;
// forwarded or pasted without their report part, their text is read here: "This is an automatic
// response sent by Sympa Mailing Lists Manager." then "Impossible to distribute your message for
// list '%1' for the following reason:" and the reason (the list unknown, too large, not allowed).
// Brands: ezmlm-idx, mlmmj, Sympa.
import { findAddresses } from '../text/addresses';
import { paragraphs } from '../text/lines';
import { excludedAddresses } from '../format-helpers/text-recipients';
import type { BounceContext, BounceFormat } from './format';

/** The opening words of each manager's notices (the on-demand sign repeats them). */
const OPENINGS = ['this is the ezmlm program', 'this is the mlmmj program'];
const SYMPA_SUBJECT = 'your message has been rejected';
// Its opening names Sympa in every language ("...Sympa Mailing Lists Manager.", "...des
// Mailinglisten-Managers Sympa.", "...службой почтовых рассылок Sympa.").
const SYMPA_DSN_OPENING = 'sympa';

// The managers' own addresses, never the refused list: ezmlm's and mlmmj's <list>-owner@, Sympa's
// robot (sympa@, the sender of its reports, which a forward's header block names first).
const OWN_ADDRESS = /-owner@|^sympa@/i;

/** What says the post was refused, in each manager's texts (lower case, one line). */
const REFUSALS = [
  'was not accepted by the moderator',
  'have failed to act on your post',
  'only subscribers may post',
  'could not be delivered to the list',
  'has been rejected by the moderator',
  'impossible to distribute your message',
  // the same line in Sympa's translations (po/sympa/*.po), before the list's name
  'verteilung ihrer nachricht für die liste',
  'problème de diffusion de votre message pour la liste',
  'no fue posible distribuir tu mensaje a la lista',
  'impossibile distribuire il tuo messaggio alla lista',
  'não foi possível distribuir sua mensagem para a lista',
  'het is niet mogelijk om uw bericht naar de lijst',
  'rozesłanie wiadomości na listę',
  'невозможно разослать ваше сообщение в рассылку',
  '无法发送您的邮件到邮件列表',
  '위한 메시지를 배포하기 불가',
];
const SHORTEST = Math.min(...REFUSALS.map((r) => r.length));

/** Where the refusal's words end: mlmmj's "(The denied message is below.)", Sympa's "(Subject of
 *  your mail: ...)", ezmlm's "--- Enclosed, ...", the sign-offs. */
const ENDS = ['(', '--- ', 'thanks.', 'check '];

/** True when the message opens as one of these managers' notices. */
function opensAsNotice(ctx: BounceContext): boolean {
  return (
    OPENINGS.some((o) => ctx.headHas(o, 200)) ||
    ctx.subjectLower.startsWith(SYMPA_SUBJECT) ||
    // the report part, when it is there, says more (rfc3464.ts reads it)
    (ctx.deliveryStatus.length === 0 && ctx.headHas(SYMPA_DSN_OPENING, 200))
  );
}

/**
 * What it reads: ezmlm's returned posts (refused or left by the moderators), mlmmj's denied posts
 * (not subscribed, access rule, size limit, list not in To/Cc), Sympa's refusal by a moderator
 */
export const listManager: BounceFormat = {
  name: 'list-manager',
  selfEvident: true,
  parse(ctx) {
    if (!opensAsNotice(ctx)) return null;
    // One pass: the list is the first address of the opening ("...managing the <list> mailing
    // list", mlmmj's address line, Sympa's "Your message for list <list>"), up to and with the
    // first paragraph that says the post was refused; the refusal's words are that paragraph and
    // the next two, up to the end of the refusal.
    // The notice's own sender and addressee (or a forward's, whose header block a client wrote in
    // words no forward reader knows) are never the list.
    const own = excludedAddresses(ctx);
    let list: string | undefined;
    let refused = false;
    const words: string[] = [];
    for (const p of paragraphs(ctx.sectionLines)) {
      if (!refused) {
        if (list === undefined && p.includes('@'))
          list = findAddresses(p).find((a) => !OWN_ADDRESS.test(a) && !own.has(a.toLowerCase()));
        if (p.length < SHORTEST) continue;
      }
      const lower = p.toLowerCase();
      if (!refused) {
        if (!REFUSALS.some((r) => lower.includes(r))) continue;
        refused = true;
      }
      if (ENDS.some((e) => lower.startsWith(e))) break;
      words.push(p);
      if (words.length === 3) break;
    }
    if (!refused || !list) return null;
    const diagnostic = words.join(' ');
    return {
      format: 'list-manager',
      recipients: [{ address: list, action: 'failed', diagnostic, evidence: words }],
    };
  },
};
