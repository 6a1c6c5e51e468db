// The notices web applications with reply-by-email send when they refuse a person's message (no
// MTA's bounce: the application took the message in, would not post it, and says why in its own
// words). The refused destination is the application's address: the one the notice names, else the
// To of the original it returns, else its own From (the address the person wrote to).
//   Discourse (config/locales/server.en.yml system_messages.email_reject_*, sent by
//     app/mailers/rejection_mailer.rb from lib/email/processor.rb handle_failure): "We're sorry, but
//     your email message to %{destination} (titled %{former_title}) didn't work." then the reason;
//     its subject "[%{email_prefix}] Email issue -- <reason>" names the reason too ("Topic Closed",
//     "Unknown To: Address", "No Content", "Blocked Email", ...).
//   GitLab (app/views/email_rejection_mailer/rejection.text.haml, reasons from
//     lib/gitlab/email/failure_handler.rb): "Unfortunately, your email message to GitLab could not be
//     processed." then the reason; it names no address (Reply-To is the refused one when it may be
//     retried: email_rejection_mailer.rb).
//   Request Tracker (lib/RT/Interface/Email.pm MailError, with the refused message as a part):
//     subjects "Permission Denied" (Authz/Default.pm "<email> has no right to create tickets in queue
//     <q>", Email.pm "You do not have permission to communicate with RT"), "Message not recorded:
//     <subject>" (Action/Defaults.pm "Could not find a ticket with id <n>"), "Ticket creation failed:
//     <subject>" (RT::Ticket::Create's error); every one carries X-RT-Loop-Prevention.
//   Zammad (app/views/mailer/email_oversized/<lang>.txt.erb; Channel::EmailParser
//     postmaster_response, From the channel's address, X-Mailer "Zammad Mail Service" from
//     channel/email_build.rb): "[undeliverable] Message too large", "Your message was <n> MB but we
//     only accept messages up to <m> MB."; in its other languages the subject's bracket is
//     translated ("[Unzustellbar] Nachricht zu groß", "[Non délivrable] Message trop volumineux",
//     "[no se pudo entregar] Mensaje demasiado grande", "[onbestelbaar] Bericht te groot",
//     "[non consegnabile] Messaggio troppo grande").
//   Znuny / OTRS (the initial "default reject" auto response): "Your email has been rejected! (RE:
//     ...)", "Your previous ticket is closed. -- Your follow-up has been rejected. --"
//   Launchpad (lib/lp/services/mail/notification.py send_process_error_notification, subject
//     "Submit Request Failure", the original attached): "An error occurred while processing a mail
//     you sent to Launchpad's email interface." then "Error message:" and the reason.
//   Odoo (addons/mail: mail_thread.py _routing_create_bounce_email, From "MAILER-DAEMON" <the
//     bounce address>, or the alias itself when none is set; subject "Re: <subject>"): the catchall
//     (data/mail_templates_mailgateway.xml mail_bounce_catchall) "The email sent to <to> cannot be
//     processed. This address is used to collect replies and should not be used to directly
//     contact <company>."; an alias's refusals (models/mail_alias.py _get_alias_bounced_body_fallback,
//     _get_alias_invalid_body; message_notification_limit_email) "The message below could not be
//     accepted by the address <alias>." then why (older: "The following email sent to <alias> cannot
//     be accepted because this is a private email address."); hr_expense's "Your document has not
//     been created because your email address is not recognized." (names no address).
// Their other notices refuse nothing: Discourse's "some attachments ... were rejected" (the post went
// in), RT's note to its owner ("Failed attempt to create a ticket by email"), acknowledgments.
// Brands: Discourse, GitLab, Request Tracker, Zammad, Znuny, OTRS, Launchpad, Odoo.
import type { Part } from '../mime/structure';
import { firstAddress } from '../text/addresses';
import { paragraphs } from '../text/lines';
import type { BounceContext, BounceFormat, FoundRecipient } from './format';

/** Discourse's opening (server.en.yml) and the words that close it. */
const DISCOURSE = 'but your email message to';
const DISCOURSE_END = "didn't work.";
const DISCOURSE_ISSUE = 'email issue -- ';
/** GitLab's opening (rejection.text.haml). */
const GITLAB = 'your email message to gitlab could not be processed';
const GITLAB_END = 'could not be processed.';
/** RT's refusal subjects (Email.pm, Authz/Default.pm, Action/Defaults.pm). */
const RT_SUBJECTS = ['permission denied', 'message not recorded:', 'ticket creation failed:'];
/** Zammad's email_oversized subjects, English and German; in any language, the bracketed word
 *  (no ticket hook: no digits, no '#') on a message of Zammad's mailer. */
const ZAMMAD_SUBJECTS = ['[undeliverable] ', '[unzustellbar] '];
const ZAMMAD_MAILER = 'zammad mail service';
const ZAMMAD_BRACKET = /^\[[^\]\d#]{4,40}\] /;

function isZammadOversized(ctx: BounceContext): boolean {
  if (ZAMMAD_SUBJECTS.some((s) => ctx.subjectLower.startsWith(s))) return true;
  const mailer = (ctx.headers.get('x-mailer') ?? '').toLowerCase();
  return mailer.includes(ZAMMAD_MAILER) && ZAMMAD_BRACKET.test(ctx.subjectLower) && ctx.headHas(' mb', 1200);
}
/** Znuny's default reject text. */
const ZNUNY = 'your follow-up has been rejected';
/** Launchpad's email-processing-error opening and its label before the reason. */
const LAUNCHPAD = "a mail you sent to launchpad's email";
const LAUNCHPAD_WHY = 'error message:';

/** Odoo's openings (the on-demand sign repeats them): the address follows the first two. */
const ODOO = [
  'accepted by the address',
  'a private email address',
  'to collect replies',
  'has not been created because',
];

/** The To of the message the notice returns: an attached message's, or a part that carries the
 *  original's own header fields (RT adds the refused entity as a part of its notice). */
function originalTo(root: Part): string | null {
  for (const c of root.children) {
    const to = c.message ? c.message.headers.get('to') : c.headers.get('to');
    const a = firstAddress(to);
    if (a) return a;
  }
  return null;
}

/** The notice's own From address (the application's address the person wrote to). */
function fromAddress(ctx: BounceContext): string | null {
  return firstAddress(ctx.headers.get('from'));
}

function refused(address: string | null, words: readonly string[]): FoundRecipient | null {
  const evidence = words.filter((w) => w);
  return address ? { address, action: 'failed', diagnostic: evidence.join(' '), evidence } : null;
}

/** What follows the sentence that ends with `end` in paragraph `i`: the rest of that paragraph, or
 *  the next paragraph when the sentence ends it (an HTML-only copy may run the paragraphs together). */
function after(paras: readonly string[], i: number, end: string): string {
  const p = paras[i] ?? '';
  const k = p.toLowerCase().indexOf(end);
  const rest = k < 0 ? '' : p.slice(k + end.length).trim();
  return rest || (paras[i + 1] ?? '');
}

/** The paragraph at `i` and, when `more`, the one after it. */
function around(paras: readonly string[], i: number, more: boolean): string[] {
  return i < 0 ? [] : paras.slice(i, more ? i + 2 : i + 1);
}

function discourse(ctx: BounceContext, paras: readonly string[]): FoundRecipient | null {
  const i = paras.findIndex((p) => p.toLowerCase().includes(DISCOURSE_END));
  if (i < 0) return null;
  const open = paras[i] ?? '';
  const k = open.toLowerCase().indexOf(DISCOURSE);
  const address = k < 0 ? null : firstAddress(open.slice(k));
  const why = after(paras, i, DISCOURSE_END);
  // Where the body's reason is a list of checks ("Here are some things to check:",
  // email_reject_bad_destination_address), the subject names it ("Email issue -- Unknown To:
  // Address"); elsewhere the subject's short title would only echo, or blur, the sentence.
  const s = ctx.subjectLower.indexOf(DISCOURSE_ISSUE);
  const issue = s < 0 || !why.endsWith(':') ? '' : ctx.subject.slice(s + DISCOURSE_ISSUE.length).trim();
  return refused(address, [issue ? `Email issue: ${issue}.` : '', why]);
}

function gitlab(ctx: BounceContext, paras: readonly string[]): FoundRecipient | null {
  const i = paras.findIndex((p) => p.toLowerCase().includes(GITLAB));
  const replyTo = firstAddress(ctx.headers.get('reply-to'));
  return i < 0 ? null : refused(replyTo ?? fromAddress(ctx), [after(paras, i, GITLAB_END)]);
}

function rt(ctx: BounceContext, paras: readonly string[]): FoundRecipient | null {
  return refused(originalTo(ctx.mail.root) ?? fromAddress(ctx), around(paras, 0, false));
}

function zammad(ctx: BounceContext, paras: readonly string[]): FoundRecipient | null {
  // The greeting, the sentence that it could not be delivered, then the size and the limit.
  return refused(fromAddress(ctx), [ctx.subject, ...around(paras, 2, false)]);
}

function znuny(ctx: BounceContext, paras: readonly string[]): FoundRecipient | null {
  const i = paras.findIndex((p) => p.toLowerCase().includes(ZNUNY));
  return refused(fromAddress(ctx), around(paras, Math.max(0, i - 1), true));
}

function launchpad(ctx: BounceContext, paras: readonly string[]): FoundRecipient | null {
  const i = paras.findIndex((p) => p.toLowerCase().startsWith(LAUNCHPAD_WHY));
  return refused(originalTo(ctx.mail.root), around(paras, i + 1, false));
}

function odoo(ctx: BounceContext, paras: readonly string[]): FoundRecipient | null {
  const i = paras.findIndex((p) => ODOO.some((w) => p.toLowerCase().includes(w)));
  // The opening names the alias or catchall ("by the address <alias>", "sent to <to>"); hr_expense's
  // names none, and its From is then the alias only when no bounce address is set (MAILER-DAEMON).
  const named = firstAddress(paras[i] ?? null);
  const from = ctx.from.includes('mailer-daemon') ? null : fromAddress(ctx);
  return refused(named ?? from, around(paras, i, true));
}

/** Which application's refusal the message is (the on-demand sign repeats these tests). */
function reader(ctx: BounceContext): typeof discourse | null {
  if (ctx.headHas(DISCOURSE, 600)) return discourse;
  if (ctx.headHas(GITLAB, 300)) return gitlab;
  if (
    ctx.headers.get('x-rt-loop-prevention') !== null &&
    RT_SUBJECTS.some((s) => ctx.subjectLower.startsWith(s))
  )
    return rt;
  if (isZammadOversized(ctx)) return zammad;
  if (ctx.headHas(ZNUNY, 600)) return znuny;
  if (ctx.headHas(LAUNCHPAD, 300)) return launchpad;
  if (ODOO.some((w) => ctx.headHas(w, 600))) return odoo;
  return null;
}

/**
 * What it reads: Discourse's, GitLab's, Request Tracker's, Zammad's, Znuny's, Launchpad's and Odoo's
 * notices that they refused a person's message sent to their reply-by-email address
 */
export const appRejection: BounceFormat = {
  name: 'app-rejection',
  selfEvident: true,
  parse(ctx) {
    const read = reader(ctx);
    const r = read ? read(ctx, [...paragraphs(ctx.body.slice(0, 6000).split('\n'))]) : null;
    return r ? { format: 'app-rejection', recipients: [r] } : null;
  },
};
