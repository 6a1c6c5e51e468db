// One decision per cause drives everything the pane says about it: the headline, the party who
// must act, why, the fix and which actions make sense. Each is derived from the same owner and
// the same finality, so the screen can't say "recipient's rules" and "ask your IT team" at once.
import type { Category, Diagnosis, Owner, RecipientDiagnosis } from '../diagnosis/types';
import type { ReportExtras } from '../diagnosis/extras/report-extras';
import { DEFAULT_OWNER } from '../diagnosis/taxonomy';
import { bareAddress, domainOf, sameAddress } from './addresses';
import { date, localAdvice, t } from '../i18n';
import { categoryTitle, categoryWhy, ownerName, ownerWhy } from './strings';

/** Who is looking: the signed-in user when the pane runs in Outlook. */
export interface Viewer {
  /** The original message was sent by the signed-in user: say "You" and "Your IT team". */
  readonly isSender: boolean;
}

export interface Decision {
  /** Short title for the cause (group headings, the overview). */
  readonly title: string;
  /** What happened, one sentence: the report's own words when it has them. */
  readonly happened: string;
  readonly owner: Owner;
  readonly why: string;
  /** The whole fix, for the person who sent the message. */
  readonly fix: string;
  /** A rule's own fix in English, shown next to the localized category fix when the pane isn't
   *  in English and the rule advice's translation is not loaded (yet, or at all: rule-advice-text.ts);
   *  null otherwise (once loaded, `fix` is the rule's own, translated). */
  readonly specificFix: string | null;
  /** The fix for an email admin, in the pane's language; specificAdmin as specificFix. */
  readonly admin: string;
  readonly specificAdmin: string | null;
  /** Sending again can work (now, or after the fix); never for a delay. */
  readonly resend: boolean;
  /** The sender's IT team has something to do or to look at. */
  readonly emailIt: boolean;
  /** The receiving domain's postmaster has something to do. */
  readonly postmaster: string | null;
  /** A delay: when the servers give up, if the report says. */
  readonly retryUntil: string | null;
  readonly delayed: boolean;
  /** The failed address is in the sender's own domain. */
  readonly sameOrganization: boolean;
  /** A vague cause: listed last in the overview. */
  readonly vague: boolean;
}

/** After a fix (or at once, for a transient cause) sending again can succeed. */
const RESEND_HELPS: ReadonlySet<Category> = new Set<Category>([
  'mailbox-full',
  'recipient-system',
  'rate-limited',
  'content-rejected',
  'message-too-large',
  'expired',
]);

const VAGUE: ReadonlySet<Category> = new Set<Category>(['unknown', 'expired']);

export function senderOf(d: Diagnosis): string | null {
  return bareAddress(d.original?.from) ?? bareAddress(d.original?.returnPath);
}

export function viewerOf(d: Diagnosis, userAddress: string | null): Viewer {
  return { isSender: sameAddress(senderOf(d), userAddress) };
}

function delayed(d: Diagnosis, r: RecipientDiagnosis): boolean {
  return r.action === 'delayed' || (d.kind === 'delay' && r.action !== 'failed');
}

/** "Wed, 12 Mar 2025 14:00:00 +0000" as the reader's local date and time, in the pane's
 *  language; the text itself if odd. */
export const readableDate = date;

function delayFix(until: string | null): string {
  return until ? t('decision.delayFixUntil', { date: readableDate(until) }) : t('decision.delayFix');
}

function cap(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

function sentence(text: string): string {
  const t = text.trim();
  return /[.!?…。！？]$/.test(t) ? t : `${t}.`;
}

export function decide(
  d: Diagnosis,
  r: RecipientDiagnosis,
  extras: ReportExtras | null,
  viewer: Viewer,
): Decision {
  const senderDomain = domainOf(senderOf(d)) ?? d.auth?.fromDomain ?? null;
  const recipientDomain = domainOf(r.address);
  const sameOrganization = senderDomain !== null && senderDomain === recipientDomain;
  const isDelay = delayed(d, r);
  const retryUntil = extras?.retryUntil[r.address.toLowerCase()] ?? null;
  const title = isDelay ? t('title.delayed') : categoryTitle(r.category);
  const advice = localAdvice(r);

  if (isDelay) {
    return {
      title,
      happened: retryUntil
        ? t('decision.delayedUntil', { date: readableDate(retryUntil) })
        : t('decision.delayed'),
      owner: 'none',
      why: t('decision.delayedWhy'),
      fix: delayFix(retryUntil),
      specificFix: null,
      admin: advice.admin,
      specificAdmin: advice.specificAdmin,
      resend: false,
      emailIt: false,
      postmaster: null,
      retryUntil,
      delayed: true,
      sameOrganization,
      vague: false,
    };
  }

  // The engine moves a rejection inside the sender's own domain to the sender's admin; the
  // words must follow (TAXONOMY.md: within one organization the sender's admin owns it).
  const owner: Owner = sameOrganization && r.owner === 'recipient-admin' ? 'sender-admin' : r.owner;
  const usual = DEFAULT_OWNER[r.category] === owner;
  const yourIt = viewer.isSender ? t('decision.yourIt') : t('decision.senderIt');
  let fix = advice.user;
  let specificFix = advice.specificUser;
  // An unclear cause keeps the "does not say enough" line: a confident "the cause is in ..." next
  // to "the reason is not clear" contradicts itself.
  let why = usual ? categoryWhy(r.category) : ownerWhy(owner);
  if (sameOrganization && DEFAULT_OWNER[r.category] === 'recipient-admin') {
    why = recipientDomain
      ? t('decision.sameOrgWhy', { domain: recipientDomain, it: yourIt })
      : t('decision.sameOrgWhyNoDomain', { it: yourIt });
    fix = t('decision.sameOrgFix', { it: yourIt, address: r.address });
    specificFix = null;
  }
  // The server's own sentence beats our category text when the report has one (Exchange).
  const own = extras?.explanation ?? null;
  const happened = own
    ? sentence(own)
    : r.category === 'unknown' && r.diagnostic
      ? t('decision.serverSaid', { text: cap(r.diagnostic, 240) })
      : sentence(advice.summary);
  // Resending as it is helps only where the refusal was not final (a later try may get through).
  const final = r.final && r.action === 'failed';
  const resend = RESEND_HELPS.has(r.category) || (!final && r.category !== 'unknown');
  return {
    title: r.category === 'unknown' && own ? t('title.failed') : title,
    happened,
    owner,
    why,
    fix,
    specificFix,
    admin: advice.admin,
    specificAdmin: advice.specificAdmin,
    resend,
    emailIt: owner === 'sender-admin',
    postmaster: owner === 'recipient-admin' ? recipientDomain : null,
    retryUntil,
    delayed: false,
    sameOrganization,
    vague: VAGUE.has(r.category),
  };
}

/** One line for a summary or a draft: who, what, who acts. */
export function verdictLine(recipients: readonly RecipientDiagnosis[], decision: Decision): string {
  const who =
    recipients.length === 1
      ? (recipients[0]?.address ?? '')
      : t('verdict.recipients', { count: recipients.length });
  const acts =
    decision.owner === 'none'
      ? t('verdict.nobody')
      : t('verdict.mustAct', { owner: ownerName(decision.owner) });
  return t('verdict.line', { who, title: decision.title, acts });
}
