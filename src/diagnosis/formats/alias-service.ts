// The notices alias and forwarding services send their users when a message through an alias failed
// (no MTA's bounce: the service refused the message, or was refused, and tells the user in its own
// words). Each notice is known by the service's name in it and one fixed sentence of its template;
// the failed address is the one that sentence (or a later fixed phrase) names.
//   SimpleLogin (simple-login/app templates/emails/transactional/, sent from email_handler.py and
//   app/email_utils.py, signed "SimpleLogin team."):
//     bounce/bounced-email.txt.jinja2 "An email sent to your alias {alias} from {sender} was bounced
//       by your mailbox {mailbox}." "This is usually because your mailbox service thinks the email
//       is a spam." (the user's own mailbox refused the forwarded message);
//     bounce/bounce-email-reply-phase.txt "Email cannot be sent to {contact} from your alias {alias}"
//       then a list of what this "might mean" (no cause given);
//     reply-error.txt.jinja2 "Your email cannot be sent to {contact} from your alias {alias}."
//       "Usually this is because the DNS record of {domain} does not exist.";
//     spam-email-reply-phase.txt "An email sent from your alias {alias} to {contact} is detected as
//       spam by our Spam Detection Engine (SpamAssassin)." (handle_spam, the reply is not sent);
//     spf-fail.txt "We have recorded an attempt to send the following email from your alias {alias}
//       from an unknown IP address {ip}." "- To: {to_email}" "...are refused by default.";
//     spoof-reply.txt.jinja2 "Unauthorized attempt to send an email to {contact} from your alias
//       {alias} using {sender} has been blocked." (app/handler/dmarc.py, DMARC failed).
//   addy.io / AnonAddy (anonaddy/anonaddy resources/views/mail/, Feedback-ID "FDN|SRSA|DRSA:anonaddy"):
//     failed_delivery_notification "An attempt to deliver a message to your recipient {recipient}
//       has failed your recipient's mail server ({remoteMta}) rejected it.";
//     spam_reply_send_attempt "...which failed because it didn't pass authentication checks and could
//       be spoofed." and disallowed_reply_send_attempt "...which failed because your recipient
//       {recipient} has disallowed replying and sending...", both then "The attempt was trying to
//       send the message to the following destination: {destination}".
//   Firefox Relay (mozilla/fx-private-relay emails/templates/emails/reply_requires_premium.txt with
//     fx-private-relay-l10n en/misc.ftl): "Your reply was not sent to { $sender }." "Replying to
//     forwarded emails from your masked email is only available with Firefox Relay Premium."
// Their other notices report no failed delivery and have none of these sentences: SimpleLogin's spam
// and quarantine notices about mail to the alias, addy.io's quarantine notice (same subject as its
// failed delivery), Relay's "We’ve sent this reply to ..." (same subject as its refusal).
// Brands: SimpleLogin, addy.io (AnonAddy), Firefox Relay.
import { findAddresses } from '../text/addresses';
import { paragraphs } from '../text/lines';
import type { BounceContext, BounceFormat, FoundRecipient } from './format';

/** One notice: its fixed sentence, where the failed address follows, and where the reason is. */
interface Notice {
  /** The brand word the notice carries (body, From or Feedback-ID), lower case. */
  readonly brand: string;
  /** The notice's fixed sentence (lower case, on one line). */
  readonly says: string;
  /** The phrase the failed address follows, in the fixed sentence's paragraph or a later one. */
  readonly to: string;
  /** Opening words of the paragraph that gives the reason; the fixed sentence's own when absent. */
  readonly why?: string;
  /** The notice gives no reason when `why` is missing (its sentence says only that it failed). */
  readonly bare?: true;
}

/** How much of the message the notice is read from: the services' notices are short. */
const NOTICE_CHARS = 6000;

const SL = 'simplelogin';
const ADDY = 'anonaddy';
const RELAY = 'firefox relay';

/** Notices in the order to try (a longer sentence before one it holds). */
const NOTICES: readonly Notice[] = [
  {
    brand: SL,
    says: 'was bounced by your mailbox',
    to: 'was bounced by your mailbox',
    why: 'this is usually because',
  },
  { brand: SL, says: 'from an unknown ip address', to: '- to:', why: 'to prevent email-spoofing' },
  {
    brand: SL,
    says: 'is detected as spam by our spam detection engine',
    to: 'an email sent from your alias',
  },
  {
    brand: SL,
    says: 'unauthorized attempt to send an email to',
    to: 'send an email to',
    why: 'to protect against',
  },
  {
    brand: SL,
    says: 'email cannot be sent to',
    to: 'cannot be sent to',
    why: 'usually this is because',
    bare: true,
  },
  {
    brand: ADDY,
    says: 'an attempt to deliver a message to your recipient',
    to: 'to your recipient',
    bare: true,
  },
  {
    brand: ADDY,
    says: "didn't pass authentication checks",
    to: 'following destination:',
    why: 'in order to send',
  },
  { brand: ADDY, says: 'has disallowed replying and sending', to: 'following destination:' },
  {
    brand: RELAY,
    says: 'your reply was not sent to',
    to: 'was not sent to',
    why: 'replying to forwarded emails',
  },
];

/** The notice's text, one line a paragraph (however a client wrapped its lines), without addy.io's
 *  Markdown bold marks ("your recipient **jo@example.org**"). */
function noticeText(body: string): string {
  return [...paragraphs(body.split('**').join('').split('\n'))].join('\n');
}

/** Whether the message carries the brand: its name in the text, its From or its Feedback-ID (the
 *  on-demand sign repeats these tests). */
function carries(ctx: BounceContext, brand: string): boolean {
  if (brand === ADDY)
    return (
      (ctx.headers.get('feedback-id') ?? '').toLowerCase().endsWith(':anonaddy') || ctx.from.includes('addy')
    );
  if (brand === RELAY) return ctx.headHas('firefox', NOTICE_CHARS) && ctx.headHas('relay', NOTICE_CHARS);
  return ctx.headHas(brand, NOTICE_CHARS) || ctx.from.includes(brand);
}

/** From `at` to the end of its `sentences`th sentence, within its paragraph (a client that made the
 *  notice HTML may have run the paragraphs together). */
function sentencesFrom(text: string, at: number, sentences: number): string {
  const line = text.indexOf('\n', at);
  const stop = line < 0 ? text.length : line;
  let end = at;
  for (let i = 0; i < sentences && end < stop; i++) {
    const dot = text.indexOf('. ', end);
    end = dot < 0 || dot >= stop ? stop : dot + 1;
  }
  return text.slice(at, end);
}

/** The failed address: the one after `to` (SimpleLogin's spam notice names the alias first, so the
 *  phrase's own address is skipped there: "from your alias {alias} to {contact}"). */
function addressAfter(text: string, lower: string, from: number, to: string): string | null {
  const k = lower.indexOf(to, from);
  if (k < 0) return null;
  const found = findAddresses(text.slice(k + to.length, k + to.length + 400), 2);
  return (to.includes('your alias') ? found[1] : found[0]) ?? null;
}

function readNotice(text: string, n: Notice): FoundRecipient | null {
  const lower = text.toLowerCase();
  const k = lower.indexOf(n.says);
  if (k < 0) return null;
  // The fixed sentence from its start (a paragraph's, or the sentence's after the one before it).
  const dot = lower.lastIndexOf('. ', k);
  const start = Math.max(lower.lastIndexOf('\n', k) + 1, dot < 0 ? 0 : dot + 2);
  const address = addressAfter(text, lower, start, n.to);
  if (!address) return null;
  const own = sentencesFrom(text, start, 1);
  const w = n.why ? lower.indexOf(n.why, start) : -1;
  // The reason and the sentence after it: SimpleLogin's SPF notice names SPF, then says "refused".
  const why = w < 0 ? undefined : sentencesFrom(text, w, 2);
  const evidence = why ? [own, why] : [own];
  // A bare notice's sentence only says that the message failed ("...rejected it", "cannot be sent"):
  // no words for the rules, which would read a cause into "rejected" or its list of maybes.
  const diagnostic = why ?? (n.bare ? '' : own);
  // addy.io names the mail server that refused: "...rejected it" after "({remoteMta})".
  const open = own.indexOf('(');
  const close = own.indexOf(')', open);
  const remoteMta = n.brand === ADDY && open > 0 && close > open ? own.slice(open + 1, close) : null;
  return { address, action: 'failed', diagnostic, evidence, remoteMta };
}

/**
 * What it reads: SimpleLogin's, addy.io's and Firefox Relay's notices that a message through an
 * alias was refused or bounced, naming the failed address
 */
export const aliasService: BounceFormat = {
  name: 'alias-service',
  selfEvident: true,
  parse(ctx) {
    const brand = [SL, ADDY, RELAY].find((b) => carries(ctx, b));
    if (!brand) return null;
    const text = noticeText(ctx.body.slice(0, NOTICE_CHARS));
    const notice = NOTICES.find((n) => n.brand === brand && text.toLowerCase().includes(n.says));
    const r = notice ? readNotice(text, notice) : null;
    return r ? { format: 'alias-service', recipients: [r] } : null;
  },
};
