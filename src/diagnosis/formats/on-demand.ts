// The recognizers of formats few bounces come in (old or regional mail systems, gateways, list
// managers), which the pane loads on demand, and the signs that say when one may read a message.
// The registry (index.ts) holds each one's place in the order as an OnDemandFormat; its reader
// comes in as an argument (on-demand-readers.ts: the public entry passes them all, the pane once
// a message shows a sign). A sign is the reader's own first test, or a looser one: a message
// without it is one the reader refuses, so with or without the readers the answer is the same
// (test/engine/on-demand-formats.test.ts holds both to that). About 7 KB gzipped of the pane's
// engine chunk are these readers; an ordinary bounce (Microsoft, Gmail, Postfix, Exim, sendmail,
// qmail, a standard DSN) shows none of their signs. A sign repeats its reader's words rather than
// sharing them through an import: a module both chunks import keeps its export names, measured at
// 0.16 to 0.38 KB of the engine chunk, and the test above holds each pair in agreement.
import { isSieveRejection } from '../format-helpers/mdn-rejection';
import type { BounceContext, BounceFormat, FormatId } from './format';

export type OnDemandId = Extract<
  FormatId,
  | 'alias-service'
  | 'app-rejection'
  | 'aol'
  | 'apachejames'
  | 'chinese-text'
  | 'communigate'
  | 'compuserve'
  | 'courier'
  | 'delivery-errors'
  | 'domino'
  | 'dragonfly'
  | 'ezweb'
  | 'fml'
  | 'google-groups'
  | 'groupwise'
  | 'imailserver'
  | 'interscanmss'
  | 'kddi'
  | 'list-manager'
  | 'mailenable'
  | 'mailfoundry'
  | 'mailman'
  | 'mailmarshal'
  | 'mailru'
  | 'mailscanner'
  | 'mdaemon'
  | 'messagingserver'
  | 'mfilter'
  | 'mimedefang'
  | 'not-collected'
  | 'nullmailer'
  | 'opensmtpd'
  | 'postal'
  | 'sieve-reject'
  | 'smartermail'
  | 'technical-details'
  | 'trendmicro'
  | 'trouble-delivering'
  | 'verizon'
  | 'zoho'
>;

/** A recognizer's place in the order, without its reader. */
export interface OnDemandFormat {
  readonly name: OnDemandId;
  /** As BounceFormat.selfEvident (the reader's own; the test checks they agree). */
  readonly selfEvident?: boolean;
  /** False when the reader surely refuses the message. */
  signs(ctx: BounceContext): boolean;
}

/** Every on-demand reader, by name. */
export type OnDemandReaders = Readonly<Record<OnDemandId, BounceFormat>>;

const says =
  (phrase: string, chars: number) =>
  (ctx: BounceContext): boolean =>
    ctx.headHas(phrase, chars);

const JAMES = (ctx: BounceContext) =>
  ctx.headHas('message details:', 3000) &&
  (ctx.headHas('error message below:', 3000) ||
    ctx.headHas(
      'we were unable to deliver the attached message because of an error in the mail server',
      3000,
    ));
const COURIER = ['running the courier mail server', 'notice: mail delivery status', 'warning: delayed mail'];
const INTERSCAN = ['mail could not be delivered', 'メッセージを配信できません', 'メール配信に失敗しました'];
/** Han characters: the Chinese notices' words (chinese-text.ts MARKERS) are all written in them. */
const HAN = /[\u4e00-\u9fff]/;

const on = (
  name: OnDemandId,
  signs: (ctx: BounceContext) => boolean,
  selfEvident = true,
): OnDemandFormat => ({
  name,
  selfEvident,
  signs,
});

// Each sign is its reader's opening test (the reader's file names the source of the words).
// The providers few of our users' bounces come from (the pane's users are mostly in Microsoft's
// mail): Google Groups' refusals of a post (Gmail's own bounces carry no link to the groups), Zoho
// Mail and Mail.Ru, each known by its sender.
export const GOOGLE_GROUPS = on(
  'google-groups',
  (ctx) =>
    ['googlemail.com', 'google.com', 'googlegroups.com'].some((d) => ctx.from.includes(d)) &&
    (ctx.section.includes('groups.google.com') || ctx.section.includes('Google Groups')),
  false,
);
export const ZOHO = on('zoho', (ctx) => ctx.from.includes('zoho') || ctx.headers.has('x-zohomail'), false);
export const MAILRU = on(
  'mailru',
  (ctx) => ctx.from.includes('mail.ru') || ctx.from.includes('smailru.net'),
  false,
);
export const OPENSMTPD = on(
  'opensmtpd',
  says('this is the mailer-daemon, please do not reply to this', 2000),
);
export const NULLMAILER = on('nullmailer', says('this is the nullmailer delivery system.', 200), false);
export const POSTAL = on(
  'postal',
  says('this is the mail delivery service responsible for delivering mail to', 500),
);
export const COURIER_MTA = on('courier', (ctx) =>
  COURIER.some((m) => ctx.headHas(m, 2000) || ctx.subjectLower.startsWith(m)),
);
export const MESSAGING_SERVER = on(
  'messagingserver',
  says('this report relates to a message you sent', 2000),
);
export const DRAGONFLY = on('dragonfly', says('this is the dragonfly mail agent', 1000));
export const DOMINO = on(
  'domino',
  (ctx) => ctx.headHas('------- failure reasons', 2000) || ctx.headHas('was not delivered to:', 2000),
);
export const VERIZON = on(
  'verizon',
  (ctx) => ctx.from.includes('vzwpix.com') || (ctx.from.includes('@vtext.com') && JAMES(ctx)),
);
export const APACHE_JAMES = on(
  'apachejames',
  (ctx) => JAMES(ctx) || ctx.headHas('hi. this is the james mail server at', 1000),
);
export const DELIVERY_ERRORS = on(
  'delivery-errors',
  says('---the following addresses had delivery errors---', 2000),
);
export const TECHNICAL_DETAILS = on(
  'technical-details',
  says('this is an automatically generated delivery status notification', 2000),
);
export const TROUBLE_DELIVERING = on(
  'trouble-delivering',
  says('we had trouble delivering your message', 2000),
);
export const SMARTERMAIL = on(
  'smartermail',
  says('could not deliver message to the following recipient', 4000),
);
export const FML = on(
  'fml',
  (ctx) =>
    (ctx.headers.get('x-mlserver') ?? '').toLowerCase().startsWith('fml') ||
    ctx.subjectLower.includes(' are not member (') ||
    ctx.subjectLower.trimEnd().endsWith(' ml)') ||
    ctx.subjectLower.startsWith('reject mail '),
);
export const MAILMAN = on('mailman', (ctx) => ctx.from.includes('-owner@') || ctx.from.includes('-bounces@'));
/** ezmlm's and mlmmj's opening words, Sympa's subject, Sympa's report's opening without its report
 *  part (list-manager.ts OPENINGS, SYMPA_SUBJECT, SYMPA_DSN_OPENING). */
export const LIST_MANAGER = on(
  'list-manager',
  (ctx) =>
    ctx.headHas('this is the ezmlm program', 200) ||
    ctx.headHas('this is the mlmmj program', 200) ||
    ctx.subjectLower.startsWith('your message has been rejected') ||
    (ctx.deliveryStatus.length === 0 && ctx.headHas('sympa', 200)),
);
/** The alias services' brands: SimpleLogin's name, addy.io's Feedback-ID or From, Firefox Relay's
 *  name, in the notice's first 6,000 characters, all the reader reads (alias-service.ts carries). */
export const ALIAS_SERVICE = on(
  'alias-service',
  (ctx) =>
    ctx.headHas('simplelogin', 6000) ||
    ctx.from.includes('simplelogin') ||
    (ctx.headers.get('feedback-id') ?? '').toLowerCase().endsWith(':anonaddy') ||
    ctx.from.includes('addy') ||
    (ctx.headHas('firefox', 6000) && ctx.headHas('relay', 6000)),
);
/** The applications' openings, RT's loop header, Zammad's subjects and mailer (app-rejection.ts reader()). */
export const APP_REJECTION = on(
  'app-rejection',
  (ctx) =>
    ctx.headHas('your email message to', 600) ||
    ctx.headHas('follow-up has been rejected', 600) ||
    ctx.headHas("a mail you sent to launchpad's email", 300) ||
    [
      'accepted by the address',
      'a private email address',
      'to collect replies',
      'has not been created because',
    ].some((w) => ctx.headHas(w, 600)) ||
    ctx.headers.get('x-rt-loop-prevention') !== null ||
    ctx.subjectLower.startsWith('[un') ||
    (ctx.headers.get('x-mailer') ?? '').toLowerCase().includes('zammad mail service'),
);
export const MAILMARSHAL = on('mailmarshal', says('the following recipients were affected:', 6000));
/** MailScanner's notices' opening lines (mailscanner.ts OPENINGS). */
const MAILSCANNER_OPENINGS = [
  'triggered by a message you sent',
  'which was not requested and has been',
  'wurden durch eine nachricht von ihnen ausgelöst',
];
export const MAILSCANNER = on('mailscanner', (ctx) => MAILSCANNER_OPENINGS.some((p) => ctx.headHas(p, 600)));
/** MIMEDefang's preamble line and its filters' recipient label (mimedefang.ts PREAMBLE, RECIPIENT). */
export const MIMEDEFANG = on(
  'mimedefang',
  (ctx) =>
    ctx.headHas('was modified by our mail scanning software', 300) ||
    ctx.headHas('recipient  :', 3000) ||
    ctx.headHas('recipient :', 3000),
);
export const IMAIL = on(
  'imailserver',
  (ctx) =>
    (ctx.headers.get('x-mailer') ?? '').startsWith('<SMTP32 v') ||
    ctx.subject.startsWith('Undeliverable Mail'),
);
export const MFILTER = on('mfilter', says('m-filter', 1000));
export const MAILFOUNDRY = on('mailfoundry', says('unable to deliver message to:', 1500));
export const MAILENABLE = on('mailenable', says('target domain', 2000));
export const KDDI = on(
  'kddi',
  (ctx) =>
    ctx.headHas('your mail sent on', 1000) || ctx.headHas('your mail attempted to be delivered on', 1000),
);
export const EZWEB = on(
  'ezweb',
  (ctx) => ctx.from.includes('@ezweb.ne.jp') || ctx.subject === 'Mail System Error - Returned Mail',
);
export const INTERSCAN_MSS = on(
  'interscanmss',
  (ctx) =>
    (ctx.from.includes('interscan') || INTERSCAN.some((s) => ctx.subjectLower.startsWith(s))) &&
    ctx.headHas('>>> ', 6000),
);
export const TRENDMICRO = on('trendmicro', says('message from interscan messaging security suite', 2000));
export const MDAEMON = on('mdaemon', says('session transcript', 4000));
export const COMMUNIGATE = on('communigate', says('module(', 4000));
export const GROUPWISE = on('groupwise', says('was undeliverable to the following', 3000));
export const AOL = on('aol', says('your mail to the following recipients could not be delivered', 4000));
export const COMPUSERVE = on(
  'compuserve',
  (ctx) => ctx.from.includes('compuserve.com') || ctx.from.includes('@cs.com'),
);
export const NOT_COLLECTED = on('not-collected', says('collected', 4000), false);
export const CHINESE_TEXT = on(
  'chinese-text',
  (ctx) => HAN.test(ctx.subject) || HAN.test(ctx.head(3000)),
  false,
);
export const SIEVE_REJECT = on(
  'sieve-reject',
  (ctx) => ctx.mayHave('automatically rejected', 4000) && isSieveRejection(ctx),
);
