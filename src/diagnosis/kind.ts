// Is this message a bounce at all? Signals that a message was written by a mail system about a
// delivery, and the report types that look like bounces but are not (MDN, ARF, auto-replies).
import type { BounceContext } from './formats/format';
import { daemonSender } from './format-helpers/daemon-sender';
import { bouncePhrase } from './format-helpers/bounce-phrases';
import { ownText, pastesNotice } from './format-helpers/pasted-notice';
import { sesNotificationType } from './format-helpers/amazon-ses-notification';
import { leaves } from './mime/structure';
import { findEnhancedStatus, findReplyCode } from './text/reply-codes';
import { forwardedBlock, forwardSubject } from './text/forwarded';
import { withLocalized } from './text/localized';
import { isSieveRejection } from './format-helpers/mdn-rejection';
import { isNullPath } from './text/addresses';

/** A report that is not a bounce, and the evidence that says so. */
export interface SpecialReport {
  readonly kind: 'read-receipt' | 'feedback';
  readonly why: string;
}

/** An MDN is a read receipt, unless it is a Sieve reject (RFC 5429), which reports a refusal: a bounce. */
function readReceipt(ctx: BounceContext, why: string): SpecialReport | null {
  return isSieveRejection(ctx) ? null : { kind: 'read-receipt', why };
}

export function reportKind(ctx: BounceContext): SpecialReport | null {
  // The root part's parameters are its Content-Type's, parsed by the scan.
  const rt = (ctx.mail.root.params['report-type'] ?? '').toLowerCase();
  if (rt === 'disposition-notification') return readReceipt(ctx, 'read-receipt report (multipart/report)');
  if (rt === 'feedback-report') return { kind: 'feedback', why: 'feedback report (multipart/report)' };
  for (const p of leaves(ctx.mail.root)) {
    if (p.type === 'message/disposition-notification' || p.type === 'message/global-disposition-notification')
      return readReceipt(ctx, `read-receipt report (${p.type} part)`);
    if (p.type === 'message/feedback-report')
      return { kind: 'feedback', why: 'feedback report (message/feedback-report part)' };
  }
  // Feedback loops older than ARF (PHP-Bounce-Handler bounce_driver.class.php is_an_ARF): AOL's
  // SCOMP reports ("X-Loop: scomp") and Hotmail's JMRP, which returns the complaint with
  // "X-HmXmrOriginalRecipient:" among its headers.
  if ((ctx.headers.get('x-loop') ?? '').toLowerCase().includes('scomp'))
    return { kind: 'feedback', why: 'feedback report (AOL SCOMP, X-Loop: scomp)' };
  // (A bounce may return a message that passed through Hotmail: no report part, no mail daemon,
  // and not a person's inline forward of such a bounce either.)
  const jmrp =
    ctx.headers.has('x-hmxmroriginalrecipient') ||
    (ctx.deliveryStatus.length === 0 &&
      daemonSender(ctx) === undefined &&
      ctx.headHas('x-hmxmroriginalrecipient:', 8000) &&
      forwardedBlock(ctx.body, ctx.localized, forwardSubject(ctx.subject, ctx.localized)) === null);
  if (jmrp) return { kind: 'feedback', why: 'feedback report (Hotmail JMRP, X-HmXmrOriginalRecipient)' };
  // Hotmail's and Amazon SES's complaints as multipart/mixed, without a report part (sisimai 4.25
  // lib/Sisimai/ARF.pm is_arf: From staff@hotmail.com or complaints@email-abuse.amazonses.com,
  // Subject "complaint about message from <IP>").
  if (
    ctx.subjectLower.startsWith('complaint about message from ') &&
    (ctx.from.includes('staff@hotmail.com') || ctx.from.includes('complaints@email-abuse.amazonses.com'))
  )
    return { kind: 'feedback', why: `feedback report (complaint from ${ctx.from})` };
  // Amazon SES complaint notifications (JSON by email) are feedback loop reports too.
  if (sesNotificationType(ctx) === 'complaint')
    return { kind: 'feedback', why: 'feedback report (Amazon SES complaint notification)' };
  // Apple Mail's "Unsubscribe" button mails the list an opt-out request marked with this header.
  if ((ctx.headers.get('x-apple-unsubscribe') ?? '').trim().toLowerCase() === 'true')
    return { kind: 'feedback', why: 'unsubscribe request (X-Apple-Unsubscribe: true)' };
  // ARF reports sent as plain text by some providers still carry the Feedback-Type field.
  // (The lower-case look first: the field's name is the rarest part, and a refusal costs no search.)
  if (
    ctx.headHas('feedback-type:', 8000) &&
    /^feedback-type: *[a-z-]+$/im.test(ctx.body.slice(0, 8000)) &&
    /^user-agent:|^version: *1/im.test(ctx.body.slice(0, 8000))
  )
    return { kind: 'feedback', why: 'feedback report (ARF fields in plain text)' };
  return null;
}

// Outlook's read receipts in plain text (as Exchange renders the report inside an organization, or
// as saved from Outlook): "Read: <subject>" or "Not read: <subject>", then "Your message / To: ...
// / Subject: <subject> / Sent: ... / was read on ..." ("was deleted without being read on ...").
// Outlook localizes the prefix and the opening words; the original subject is always quoted.
// Source: Microsoft Support, "Add and request read receipts and delivery notifications" (Outlook),
// and Outlook's localized receipts (German "Gelesen:/Ungelesen:", French "Lu :/Non lu :").
const TEXT_RECEIPTS: readonly (readonly [string, string])[] = [
  ['read:', 'your message'],
  ['not read:', 'your message'],
  ['gelesen:', 'ihre nachricht'],
  ['ungelesen:', 'ihre nachricht'],
  ['lu :', 'votre message'],
  ['lu:', 'votre message'],
  ['non lu :', 'votre message'],
  ['non lu:', 'votre message'],
  ['letto:', 'messaggio'],
  ['non letto:', 'messaggio'],
  ['gelezen:', 'uw bericht'],
  ['niet gelezen:', 'uw bericht'],
];
const textReceipts = withLocalized(TEXT_RECEIPTS, (words) => words.textReceipts);

/** A read receipt written as text, not as an RFC 8098 report; why, or null. */
export function textReadReceipt(ctx: BounceContext): string | null {
  if (ctx.deliveryStatus.length > 0) return null;
  // A person who answers postmaster@ reads mail in Outlook too, whose receipt then comes "From:
  // Postmaster": from a mail system's sender, only Outlook's own sentence ("was read on", "was
  // deleted without being read on") makes the "Read:" subject a receipt.
  const daemon = daemonSender(ctx) !== undefined;
  if (daemon && !ctx.headHas('was read on', 3000) && !ctx.headHas('without being read', 3000)) return null;
  const subject = ctx.subjectLower.trimStart();
  // HCL (Lotus) Notes' return receipt: "Your document: <subject> / was received by: <name> / at: ...".
  if (
    !daemon &&
    subject.startsWith('return receipt') &&
    ctx.headHas('your document:', 3000) &&
    ctx.headHas('was received by', 3000)
  )
    return 'a Notes return receipt ("Your document: ... was received by: ...")';
  for (const [prefix, opening] of textReceipts(ctx.localized)) {
    if (!subject.startsWith(prefix)) continue;
    const topic = subject.slice(prefix.length).trim();
    const head = ctx.head(3000);
    // A receipt for a message without a subject quotes none: its sentence must then say "read".
    const quoted = topic
      ? head.includes(topic)
      : head.includes('was read') || head.includes('without being read');
    if (head.includes(opening) && quoted)
      return `a read receipt in text (subject "${prefix}", the original subject quoted)`;
  }
  return null;
}

// Subjects of delivery reports, in the languages the big providers use.
const BOUNCE_SUBJECTS = [
  'undeliverable',
  'undelivered',
  'delivery status notification',
  'delivery failure',
  'delivery failed',
  'delivery has failed',
  'delivery notification',
  'delivery report',
  'delivery problem',
  'failure notice',
  'failed delivery',
  'mail delivery',
  'returned mail',
  'returned to sender',
  'non-delivery',
  'nondeliverable',
  'non delivery',
  'could not be delivered',
  'not delivered',
  'delivery unsuccessful',
  'mail system error',
  'undeliverable mail',
  'message not delivered',
  'permanent error',
  'warning: could not send',
  'delayed mail',
  'delivery delayed',
  'delivery status',
  'unzustellbar',
  'nicht zustellbar',
  'non remis',
  'non recapitabile',
  'no se puede entregar',
  'no entregado',
  'niet bezorgd',
  'onbestelbaar',
  'impossible de remettre',
  // Localized NDR subjects (Polish, Czech, Russian, Korean, Portuguese, Italian, Spanish,
  // French, German) as Exchange and other servers write them; ../shared/reference/formats.md notes
  // that Exchange localizes its NDRs, the words themselves are from the servers' output, not from a
  // stored source: each needs a second sign (a daemon sender, failure words) to count.
  'mancata consegna',
  'no se pudo entregar',
  // Exchange's Swedish, Norwegian/Danish and Finnish titles (go-sisimai lhost/via-exchange2007.go
  // emailtitle "Olevererbart"; exchange.ts LOCALIZED_SUBJECTS)
  'olevererbart',
  'kan ikke leveres',
  'ei voi toimittaa',
  'zustellung fehlgeschlagen',
  // Outlook's Spanish "Undeliverable:" as users forward it (pastebin.com/9LAaRhhi "Asunto: Sin
  // entregar: Pedido").
  'sin entregar',
  'returned message',
  'not collected',
  'mail could not',
  'message could not',
  'error sending',
  'bounced',
  'rejected:',
  'nondelivery',
  'mail failure',
  'problem with your message',
  'notice of delivery',
  // Bounce subjects PHP-Bounce-Handler's $bouncesubj (bounce_responses.php) lists from real MTAs.
  'delivery errors',
  'mailserver notification',
  'mail status report',
  'mdaemon notification',
  'message delayed',
  'returned email',
  'returned e-mail',
  'delivery reports about your e',
  'deletver reports about your e',
  // smail's "mail failed, returning to sender" and L-Soft LSMTP's "Delivery error report" (the
  // families flufl.bounce's simplematch.py and LSMTP detector read)
  'mail failed',
  'delivery error',
  // Postfix's postmaster notices of a failed session, with its transcript (smtpd_chat.c and
  // smtp_chat.c: "Subject: %s SMTP server: errors from %s", "... SMTP client: errors from %s").
  'smtp server: errors from',
  'smtp client: errors from',
  // SpamAssassin's VBounce rules (rules/20_vbounce.cf): the subjects of Netscape's and other
  // servers' address errors.
  'e-mail addressing error',
];
const bounceSubjects = withLocalized(BOUNCE_SUBJECTS, (words) => words.bounceSubjects);

export interface BounceSignals {
  /** Headers or wording written by a mail system about a delivery. */
  readonly systemMessage: boolean;
  /** The first lines say that a delivery failed or is delayed. */
  readonly failureWords: boolean;
  /** The subject is a delivery report's ("Undeliverable Mail", "Returned mail: ..."). */
  readonly bounceSubject: boolean;
  /** Why a message that quotes or lists bounce words is nobody's bounce report (a person's reply
   *  above a quoted notice, a quarantine digest), or null. */
  readonly ordinary: string | null;
  /** The subject starts with an auto-reply's own prefix and no mail daemon sent it: a person's
   *  responder answering a message, whatever bounce words follow the prefix (RFC 3834 3.1.5). */
  readonly autoReplyFirst: boolean;
  readonly reasons: string[];
}

// A refusal line: the reply code first (after a transcript's "<<<" or a quote mark), after
// Postfix's "said:", or an enhanced status code of class 4 or 5 anywhere on the line.
const LEADING_REPLY = /^(?:<<< ?|> ?)?[45]\d\d[ -]/;
const SAID_REPLY = /said: ?[45]\d\d[ -]/;

/** A line of the notice's first 6,000 characters that names an address beside a refusal. */
function replyBesideAddress(ctx: BounceContext): boolean {
  for (const raw of ctx.head(6000).split('\n')) {
    if (raw.indexOf('@') < 0) continue;
    const line = raw.trim();
    if (LEADING_REPLY.test(line) || SAID_REPLY.test(line)) return true;
    const status = findEnhancedStatus(line);
    if (status !== null && status[0] !== '2') return true;
  }
  return false;
}

/** "NDR" as a word of its own ("Undeliverable (NDR)"), not "NDR-44821", a shop's order number. */
function saysNdr(subject: string): boolean {
  for (let i = subject.indexOf('ndr'); i >= 0; i = subject.indexOf('ndr', i + 1)) {
    const before = subject.charCodeAt(i - 1);
    const after = subject.charCodeAt(i + 3);
    const isWordChar = (c: number) => (c >= 48 && c <= 57) || (c >= 97 && c <= 122) || c === 45 || c === 95;
    if ((i === 0 || !isWordChar(before)) && (i + 3 >= subject.length || !isWordChar(after))) return true;
  }
  return false;
}

// Replies ("Re: my mail to Sam bounced") and list or bulk mail (a newsletter about deliveries) are
// people's and senders' mail, whatever words they quote; mail systems write neither.
const REPLY_PREFIXES = ['re:', 're :', 'aw:', 'sv:', 'antw:', 'ant:', 'odp:', 'rif:', 'ynt:'];
const replyPrefixes = withLocalized(REPLY_PREFIXES, (words) => words.replyPrefixes);

function personalOrBulk(ctx: BounceContext): string | null {
  const subject = ctx.subjectLower.trimStart();
  if (replyPrefixes(ctx.localized).some((p) => subject.startsWith(p))) return 'a reply';
  return listOrBulk(ctx);
}

/** A list's or a bulk sender's mail: RFC 2369 List-* fields, or Precedence: bulk or list. */
export function listOrBulk(ctx: BounceContext): 'list mail' | 'bulk mail' | null {
  if (ctx.headers.has('list-unsubscribe') || ctx.headers.has('list-id')) return 'list mail';
  const prec = (ctx.headers.get('precedence') ?? '').trim().toLowerCase();
  return prec === 'bulk' || prec === 'list' ? 'bulk mail' : null;
}

/** An empty Return-Path or X-Failed-Recipients: what only a mail system writes on its report. */
function markedBySystem(reasons: readonly string[]): boolean {
  return reasons.some((r) => r === 'empty Return-Path' || r === 'X-Failed-Recipients header');
}

/**
 * A reply whose own words come before the quoted message: whatever notice it quotes below is the
 * correspondent's, not a report to the reader (a reply to a forwarded NDR, "RE: Undeliverable").
 */
function quotesBelowOwnText(ctx: BounceContext): boolean {
  // Own text: a line with letters before the line the quote starts on.
  const own = ownText(ctx);
  return own !== null && /[a-z\u00c0-\uffff]{2}/.test(own);
}

// Spam-quarantine digests (Microsoft 365 quarantine notifications, Proofpoint's End User Digest,
// Mimecast's digest of held messages, Barracuda's quarantine summary) list blocked messages with
// their senders and subjects, and buttons to release them: the listed subjects can read
// "Undeliverable", the sender can be "postmaster" (Mimecast's default), but nothing bounced.
// Sources: learn.microsoft.com "Quarantine notifications in EOP"; Proofpoint End User Digest help
// pages; Mimecast "The Digest Email" (community.mimecast.com DOC-1724); Barracuda quarantine summary.
const QUARANTINE_WORDS = ['quarantin', 'hold queue', 'held messages', 'on hold'];
const DIGEST_WORDS = [
  'digest',
  'summary',
  'review these messages',
  'being held for you',
  'your held messages',
];
const RELEASE_WORDS = [
  'release',
  'permit',
  'allow list',
  'allow sender',
  'block sender',
  'safe sender',
  'not spam',
  'whitelist',
];
const DIGEST_SEARCH = 8000;

function quarantineDigest(ctx: BounceContext): string | null {
  if (ctx.deliveryStatus.length > 0) return null;
  const subject = ctx.subjectLower;
  if (!QUARANTINE_WORDS.some((w) => ctx.mayHave(w, DIGEST_SEARCH) || subject.includes(w))) return null;
  // The report section only: a bounce returning a forwarded digest quotes these words below it.
  const text = ctx.section.slice(0, DIGEST_SEARCH).toLowerCase();
  const has = (words: readonly string[]) => words.some((w) => text.includes(w) || subject.includes(w));
  return has(QUARANTINE_WORDS) && has(DIGEST_WORDS) && has(RELEASE_WORDS)
    ? 'a spam-quarantine digest (held messages listed for release)'
    : null;
}

// Outlook's and Exchange Online's answers to "Recall This Message" list recipients and say the recall
// failed for some: a report on a recall, not on a delivery (learn.microsoft.com, "Cloud-based
// Message Recall in Exchange Online": one "Message Recall Report"; Outlook's own recall answers
// "Recall Success:" and "Recall Failure:").
const RECALL_SUBJECTS = ['message recall report', 'recall success:', 'recall failure:', 'message recall '];

function recallReport(ctx: BounceContext): string | null {
  if (ctx.deliveryStatus.length > 0) return null;
  const subject = ctx.subjectLower.trimStart();
  return RECALL_SUBJECTS.some((p) => subject.startsWith(p)) ? 'a message recall report' : null;
}

// An auto-reply names itself first ("自動応答: Undeliverable: ...", "Automatic reply: Returned mail:
// ..."): the bounce words after its prefix are the answered message's subject (RFC 3834 section 3.1.5:
// a response's subject is the prefix, then the subject it answers). A person's responder, not a
// daemon, with no delivery-status part and no X-Failed-Recipients: its null Return-Path (RFC 3834
// section 3.3) and the addresses its text names make no report.
function autoReplyReason(ctx: BounceContext, prefix: string | undefined): string | null {
  if (prefix === undefined || ctx.deliveryStatus.length > 0 || ctx.headers.has('x-failed-recipients'))
    return null;
  return `an auto-reply (its subject starts "${prefix}")`;
}

export function bounceSignals(ctx: BounceContext): BounceSignals {
  const reasons: string[] = [];
  const subject = ctx.subjectLower;
  const f = daemonSender(ctx);
  const replyPrefix = f === undefined ? autoReplySubject(ctx) : undefined;
  // A reply or a list's mail counts only on what a mail system alone writes (its sender, its
  // headers); its subject and words are a person's or a sender's.
  const marked = f ? null : personalOrBulk(ctx);
  const pastedInReply = marked === 'a reply' && pastesNotice(ctx);
  const personal = pastedInReply ? null : marked;
  const s = personal
    ? undefined
    : (bounceSubjects(ctx.localized).find((p) => subject.includes(p)) ??
      (saysNdr(subject) ? 'ndr' : undefined));
  if (s) reasons.push(`subject mentions "${s}"`);
  if (f) reasons.push(`sent by "${f}"`);
  if (pastedInReply) reasons.push("a mail system's notice pasted into a reply");
  if (ctx.headers.has('x-failed-recipients')) reasons.push('X-Failed-Recipients header');
  const rp = ctx.headers.get('return-path');
  if (isNullPath(rp)) reasons.push('empty Return-Path');
  const p = personal ? undefined : bouncePhrase(ctx);
  if (p) reasons.push(`text says "${p}"`);
  // A mail system's notice that gives nothing but the server's reply beside the address ("550 5.1.1
  // <bob@example.org>: User unknown"): with its sender or its subject, that reply is its failure
  // wording (issue 9: "a daemon sender plus failure wording, or an SMTP reply near an address").
  const reply = !p && !personal && (f !== undefined || s !== undefined) && replyBesideAddress(ctx);
  if (reply) reasons.push('text has a server reply beside an address');
  // Amazon SES notifications (JSON) are machine-written by construction.
  const ses = sesNotificationType(ctx);
  if (ses) reasons.push(`Amazon SES ${ses} notification`);
  // A person's forward of a bounce ("FW: Undeliverable") keeps the subject; the phrase decides.
  return {
    systemMessage: ses !== null || reasons.length >= 2 || (ctx.mail.headerless && p !== undefined),
    failureWords: p !== undefined || reply,
    bounceSubject: s !== undefined,
    ordinary:
      personal === 'a reply' && !markedBySystem(reasons) && quotesBelowOwnText(ctx)
        ? 'a reply written above a quoted notice'
        : (recallReport(ctx) ??
          autoReplyReason(ctx, replyPrefix) ??
          (s === undefined ? quarantineDigest(ctx) : null)),
    autoReplyFirst: replyPrefix !== undefined,
    reasons,
  };
}

const AUTO_REPLY_SUBJECTS = [
  'auto:',
  'automatic reply',
  'auto reply',
  'autoreply',
  'auto-reply',
  'auto response',
  'autoresponse',
  'out of office',
  'out of the office',
  'vacation',
  'abwesenheit',
  'absence',
  'risposta automatica',
  'automatische antwort',
  'automatisch antwoord',
  'autosvar',
  'fuera de la oficina',
  'automatyczna odpowiedz',
  'automaattinen vastaus',
  // SpamAssassin's VBounce rules (rules/20_vbounce.cf) and Discourse's auto-reply subjects
  // (lib/email/receiver.rb), in English, Danish/Norwegian, Italian and Swedish.
  'automatically generated response',
  'automated response',
  'automatisk svar',
  'risposta non al computer',
  'fuori sede',
];
const autoReplySubjects = withLocalized(AUTO_REPLY_SUBJECTS, (words) => words.autoReplySubjects);

/** An auto-reply's subject prefix ("Automatic reply: Undeliverable: ..."): its own words come first. */
function autoReplySubject(ctx: BounceContext): string | undefined {
  const subject = ctx.subjectLower.trimStart();
  return autoReplySubjects(ctx.localized).find((p) => subject.startsWith(p));
}

export function autoReplySignals(ctx: BounceContext): string | null {
  const as = (ctx.headers.get('auto-submitted') ?? '').toLowerCase();
  if (as.startsWith('auto-replied')) return 'Auto-Submitted: auto-replied';
  // Exchange's automatic replies say "auto-generated" and ask for no reply in return with
  // X-Auto-Response-Suppress (sisimai 4.25 lib/Sisimai/RFC3834.pm counts that field's OOF and
  // AutoReply). Its other notices suppress replies too ("All"): only a reply to a message counts.
  const suppress = (ctx.headers.get('x-auto-response-suppress') ?? '').toLowerCase();
  if (
    as.startsWith('auto-generated') &&
    (suppress.includes('oof') ||
      suppress.includes('autoreply') ||
      (suppress && ctx.headers.has('in-reply-to')))
  )
    return 'Auto-Submitted: auto-generated, X-Auto-Response-Suppress';
  if (ctx.headers.has('x-autoreply') || ctx.headers.has('x-autorespond')) return 'X-Autoreply header';
  // procmail's autoreply recipes (procmailex(5): formail -r -I"Precedence: junk" -A"X-Loop: ...";
  // formail -r writes In-Reply-To): the three together, where each alone is common.
  if (
    ctx.headers.get('precedence')?.trim().toLowerCase() === 'junk' &&
    ctx.headers.has('x-loop') &&
    ctx.headers.has('in-reply-to')
  )
    return 'Precedence: junk, X-Loop and In-Reply-To (a procmail autoreply)';
  // cPanel/Exim autoresponders and some webmail vacation filters mark their replies so.
  if ((ctx.headers.get('x-autogenerated') ?? '').toLowerCase().startsWith('reply'))
    return 'X-Autogenerated: Reply';
  if (ctx.headers.has('x-autoreply-from') || ctx.headers.has('x-mail-autoreply'))
    return 'autoresponder header';
  for (const h of ['Precedence', 'X-Precedence']) {
    const prec = (ctx.headers.get(h.toLowerCase()) ?? '').toLowerCase();
    if (prec.includes('auto_reply') || prec.includes('auto-reply')) return `${h}: ${prec}`;
  }
  if ((ctx.headers.get('x-apple-action') ?? '').toLowerCase().includes('vacation'))
    return 'X-Apple-Action: vacation';
  // An autoresponder that names itself (SpamAssassin's VBounce: X-Mailer ...Autoresponder;
  // Discourse: HolidayReply).
  const mailer = (ctx.headers.get('x-mailer') ?? '').toLowerCase();
  if (mailer.includes('autoresponder') || mailer.includes('holidayreply'))
    return `X-Mailer: ${mailer.slice(0, 60)}`;
  const subject = ctx.subjectLower;
  const s = autoReplySubjects(ctx.localized).find((p) => subject.includes(p));
  if (s) return `subject mentions "${s}"`;
  return awaySubject(subject.trimStart());
}

// "I am away ...", "I'm on leave until ...": PHP-Bounce-Handler's $autorespondlist
// ('^(I am|I'm).{0,20}\s(away|on vacation|on leave|out of office|out of the office)').
const AWAY_STARTS = ['i am ', "i'm ", 'i’m '];
const AWAY_WORDS = [' away', ' on vacation', ' on leave', ' out of office', ' out of the office'];

function awaySubject(subject: string): string | null {
  const start = AWAY_STARTS.find((p) => subject.startsWith(p));
  if (!start) return null;
  const head = subject.slice(start.length - 1, start.length + 30);
  const w = AWAY_WORDS.find((a) => head.includes(a));
  return w ? `subject says "${start.trim()}...${w.trim()}"` : null;
}

// An address-change notice: the address moved and the message went on to the new one
// (Mail::DeliveryStatus::BounceParser, "informational address-change autoreply": "address ...
// changed" or "domain ... retired", then "has been / was / will be forwarded / delivered").
const MOVED_WORDS = ['address has changed', 'address changed', 'has changed to', 'domain has been retired'];
const FORWARDED_WORDS = [
  'has been forwarded',
  'was forwarded',
  'will be forwarded',
  'have been forwarded',
  'has been delivered',
  'was delivered',
  'will be delivered',
];

/** A short text notice that an address changed and the message was forwarded: why, or null. */
export function addressChangeNotice(ctx: BounceContext): string | null {
  if (ctx.deliveryStatus.length > 0 || ctx.body.length > 3000) return null;
  // headHas: the body's trigram index refuses most messages without a search.
  const moved = MOVED_WORDS.find((w) => ctx.headHas(w, 3000));
  if (!moved) return null;
  const forwarded = FORWARDED_WORDS.find((w) => ctx.headHas(w, 3000));
  if (!forwarded || findReplyCode(ctx.head(3000))) return null;
  return `an address-change notice ("${moved}", "${forwarded}"): the message went on`;
}
