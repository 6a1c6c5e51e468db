// Turns what a recognizer found into a classified RecipientDiagnosis.
import { classifyBy, type Classification, type ClassifyInput, type RuleSet } from './rules/classifier';
import { mayNeedRarePhrases } from './rules/rare-phrases';
import { GENERIC_REGISTRY_RULES } from './rules/registry';
import type { FoundRecipient, SmtpCommand } from './formats/format';
import { DEFAULT_OWNER } from './taxonomy';
import {
  findEnhancedStatus,
  findReplyCode,
  normalizeStatus,
  statusClass,
  dropRepeatedReplyCodes,
} from './text/reply-codes';
import { oneLine, trimRuns } from './text/lines';
import { domainOf } from './same-organization';
import { remediationFor, summaryFor, type CategoryWordsTable, type RuleAdvice } from './remediation';
import type { Action, Category, Evidence, RecipientDiagnosis, Remediation } from './types';

const MAX_DIAGNOSTIC = 2000;
const MAX_EVIDENCE_LINE = 500;

export function cleanAddress(a: string): string {
  // Not /^<+|>+$/: quadratic on a long run of ">" that is not at the end.
  const bare = trimRuns(a.trim(), '<', '>');
  // One quote mark each side at most, as before; not the quotes of a quoted local part ("a b"@x).
  const quotedLocal = /^"[^"@]*"@/.test(bare);
  const i = !quotedLocal && (bare.startsWith('"') || bare.startsWith("'")) ? 1 : 0;
  const j = bare.length > i && (bare.endsWith('"') || bare.endsWith("'")) ? bare.length - 1 : bare.length;
  return withoutSourceRoute(bare.slice(i, j).trim());
}

/** "@relay.example.net:kay@example.org" is kay@example.org: a source route (RFC 5321 4.1.2's
 *  A-d-l, which 3.3 says to ignore) names the hosts on the way, not the mailbox. */
function withoutSourceRoute(a: string): string {
  if (a.charCodeAt(0) !== 64) return a;
  const colon = a.lastIndexOf(':');
  const rest = colon > 0 ? a.slice(colon + 1) : '';
  return rest.indexOf('@') > 0 ? rest : a;
}

/** The status code that opens the server's reply: "550 5.7.1 ...", "550-5.7.1", "550 #5.1.0", "5.3.0 - ...". */
export function leadingStatus(diagnostic: string): string | null {
  const m = /^(?:[245]\d\d[ -]+)?#?([245]\.\d{1,3}\.\d{1,3})(?![\d.])/.exec(diagnostic.slice(0, 40));
  if (!m) return null;
  // Cisco AsyncOS (IronPort), and Amazon SES which writes the same words, open with their own
  // summary, then quote the remote reply: "5.1.0 - Unknown address error 550-'5.1.1 ...'" (AsyncOS
  // DSNs' "The reason for the problem:"; sisimai 4.25 Lhost/AmazonSES.pm). The reply's own code of
  // the same class is the refusing server's; without one the summary stays.
  const quoted = diagnostic.startsWith(' - ', m[0].length)
    ? / [245]\d\d-['"]([245]\.\d{1,3}\.\d{1,3})(?![\d.])/.exec(diagnostic.slice(0, 120))
    : null;
  const own = quoted?.[1];
  return normalizeStatus(own && own[0] === m[1]?.[0] ? own : m[1]);
}

/**
 * The Status field is the reporting MTA's summary; the reply is what the refusing server said.
 * A status that says nothing ("5.0.0") yields to any code of the same class in the server's words,
 * and any status yields to a different code of the same class that opens the reply (Sendmail
 * reports a queue timeout "4.4.7" whose cause the server gave as "450 4.7.1 ...").
 */
export function pickStatus(
  declared: string | null,
  inText: string | null,
  leading: string | null = null,
): string | null {
  if (!declared) return inText;
  if (leading && leading[0] === declared[0]) return leading;
  if (inText && /^[45]\.0\.0$/.test(declared) && inText[0] === declared[0]) return inText;
  return declared;
}

/**
 * The first enhanced code of the refusing server's own words. Exim's sender call-out report then
 * quotes the server it probed (verify.c "Called:   %s\nSent:     %s\nResponse: %s"): in "550-Postmaster
 * verification failed ... Called: 192.0.2.25 Sent: RCPT TO:<postmaster@...> Response: 550 5.1.1 ..."
 * that code is the probed address's, not this recipient's, so it does not replace a "5.0.0" Status.
 */
function ownEnhancedStatus(diagnostic: string): string | null {
  const called = diagnostic.indexOf('Called: ');
  const own = called < 0 ? diagnostic : diagnostic.slice(0, called);
  const found = findEnhancedStatus(own);
  // A success code in a refusal is no status of it (RFC 3463 2: the class agrees with the reply's):
  // ZMailer's tcp-wrapper refusal "421 mx.example.net ZMailer Server 2.99.57 WILL NOT TALK TO YOU"
  // (smtpserver/smtpserver.c) names its version, which read as a status made a delay "delivered".
  const reply = found?.startsWith('2.') ? findReplyCode(own) : null;
  const first = reply && reply[0] !== '2' ? null : found;
  // A catch-all code, then the remote server's reply with its own: Exchange's "<mx.example.org
  // #5.0.0 smtp;550 5.1.1 ...>" (X-Supplementary-Info, the NDR's text). The reply's code says why.
  const at = first?.endsWith('.0.0') ? own.indexOf(first) : -1;
  const next = at < 0 || !first ? null : findEnhancedStatus(own.slice(at + first.length));
  return next && next[0] === first?.[0] ? next : first;
}

// Registry codes (RFC 3463) for causes that are clear from the words alone, used when the report
// gives no code at all (qmail's "no mailbox here by that name", Exim's "retry timeout exceeded").
// The class digit comes from the reply code, else from whether the failure is final.
const INFERRED_DETAIL: Partial<Record<Category, string>> = {
  'recipient-unknown': '1.1',
  'recipient-domain-invalid': '1.2',
  'mailbox-inactive': '2.1',
  'mailbox-full': '2.2',
  'message-too-large': '3.4',
  'mail-loop': '4.6',
  expired: '4.7',
};

export function inferredStatus(
  category: Category,
  replyCode: string | null,
  delayed: boolean,
): string | null {
  const detail = INFERRED_DETAIL[category];
  if (!detail) return null;
  const cls = replyCode?.[0] === '4' || replyCode?.[0] === '5' ? replyCode[0] : delayed ? '4' : '5';
  return `${cls}.${detail}`;
}

const GENERIC_RULE_IDS = new Set(GENERIC_REGISTRY_RULES.map((r) => r.id));

// Cue words that name a cause any SMTP step can refuse for: a rate ("Ip frequency limited" to MAIL
// FROM, QQ), an SPF/DKIM/DMARC check ("blocked by SPF", RFC 7208 section 2.5 checks MAIL FROM) or
// the size announced with MAIL FROM (RFC 1870 "SIZE="). The step does not overrule them.
const ANY_STEP_CUES: ReadonlySet<string> = new Set(
  (['rate-limited', 'auth-failed', 'message-too-large'] as const).map((c) => `broad.cue-${c}`),
);

/** A decision on broad words, a catch-all code or the reply class alone. */
function weak(c: Classification): boolean {
  return c.rule.startsWith('broad.') || c.rule.startsWith('class.') || GENERIC_RULE_IDS.has(c.rule);
}

// What the server could have refused at each step before it knew the recipient: at the greeting
// or HELO only the sending host, at MAIL FROM only the sender's address.
const STAGE_CATEGORY: Partial<Record<SmtpCommand, Category>> = {
  CONN: 'reputation-block',
  HELO: 'reputation-block',
  MAIL: 'sender-infrastructure',
};

// A final refusal in these categories is a hard bounce: the address itself does not exist or may
// not be sent to again (TAXONOMY A1, A2, G3). An inactive mailbox (A3) can be reactivated, unless
// it moved with no forwarding address (5.1.6, RFC 3463 3.2); every other cause is fixed without
// changing the address.
const HARD_BOUNCE: ReadonlySet<Category> = new Set<Category>([
  'recipient-unknown',
  'recipient-domain-invalid',
  'suppressed',
]);

// Words about an address or its domain, said in reply to MAIL FROM, are about the sender's: the
// server has not been told the recipient yet (RFC 5321 3.3), so "address rejected" or "domain not
// found" there is the envelope sender's (sisimai's "rejected" reason, Sisimai::Reason::Rejected);
// said to HELO/EHLO, about the client's own name (OpenSMTPD smtp_session.c "501 5.5.4 Invalid
// command arguments: Invalid domain name").
const ADDRESS_CATEGORIES: ReadonlySet<Category> = new Set<Category>([
  'recipient-unknown',
  'recipient-domain-invalid',
  'mailbox-inactive',
]);

/** When the words and codes only say "refused", the SMTP step says what was refused. */
export function byStage(c: Classification, command: SmtpCommand | null | undefined): Classification {
  const named = (command === 'MAIL' || command === 'HELO') && ADDRESS_CATEGORIES.has(c.category);
  // Weak words that already name the sending host's own setup (a PTR, reverse DNS) stay: the
  // step only says it is the sending side's.
  const category = named
    ? 'sender-infrastructure'
    : command && weak(c) && c.category !== 'sender-infrastructure' && !ANY_STEP_CUES.has(c.rule)
      ? STAGE_CATEGORY[command]
      : undefined;
  if (!category) return c;
  return {
    category,
    owner: DEFAULT_OWNER[category],
    rule: `stage.${command?.toLowerCase() ?? ''}`,
    matched: c.matched,
  };
}

/** What the report says besides the recipient's own lines. */
export interface ReportContext {
  /** The MTA that wrote the report (`ownDomain` rows compare the recipient's domain with it). */
  readonly reportingMta?: string | null;
  /** How many Received headers the returned message carries. */
  readonly hops?: number;
  /** The report's own text (its section before the returned message), for its one recipient
   *  when that recipient's lines give no reason at all; asked for only then. */
  readonly words?: (() => string) | undefined;
}

// MTAs refuse a message over a hop limit (sendmail MaxHopCount 25, Exim received_headers_max 30,
// Postfix hopcount_limit 50, qmail 100) and some, like Exim, hide the reason from the bounce: more
// Received headers than the lowest limit in the returned message is then the loop's only trace.
const LOOP_HOPS = 25;

/** A failure that gives no reason at all, of a message that travelled more hops than MTAs allow. */
export function byHops(c: Classification, diagnostic: string, hops: number): Classification {
  if (c.category !== 'unknown' || diagnostic !== '' || hops <= LOOP_HOPS) return c;
  return {
    category: 'mail-loop',
    owner: DEFAULT_OWNER['mail-loop'],
    rule: 'hops.received',
    matched: `${hops} Received headers`,
  };
}

/**
 * A recipient whose own lines give no reason (a format we read only in part, a reason printed
 * once for all recipients above or below them): the report's text decides when its words or
 * codes do, before "unknown" (issue 9). Its code stands in for a Status that says nothing
 * specific ("5.0.0") or is missing. Null when the text decides nothing better.
 */
function byReportWords(
  rules: Rules,
  own: Classification,
  input: ClassifyInput,
  words: string,
): { c: Classification; status: string | null } | null {
  const general = input.status === null || /^[45]\.0\.0$/.test(input.status);
  const stated = general ? findEnhancedStatus(words) : null;
  const status = stated && (input.status === null || stated[0] === input.status[0]) ? stated : input.status;
  const c = classifyWith(rules, { ...input, status, diagnostic: words });
  // Broad words and the reply class are the report's boilerplate as often as this failure's; a
  // catch-all code the report states is better than nothing at all.
  const usable =
    !c.rule.startsWith('broad.') &&
    !c.rule.startsWith('class.') &&
    (!GENERIC_RULE_IDS.has(c.rule) || own.rule === 'class.unknown');
  // "Expired" restates that delivery was given up, not why: a reply's code says more.
  if (!usable || (NOT_A_CAUSE.has(c.category) && own.category !== 'unknown')) return null;
  return { c, status };
}

const NOT_A_CAUSE: ReadonlySet<Category> = new Set<Category>(['expired', 'delayed']);

const SUCCESS_ACTIONS: ReadonlySet<Action> = new Set(['delivered', 'relayed', 'expanded']);

/** A recipient with no Action of its own: a 2xx reply was delivered; else the notice's words say,
 *  but its success words do not outweigh the recipient's own 4xx or 5xx reply. */
function noticeAction(cls: ReturnType<typeof statusClass>, notice: Action): Action {
  if (cls === '2') return 'delivered';
  if ((cls === '4' || cls === '5') && SUCCESS_ACTIONS.has(notice)) return 'failed';
  return notice;
}
const DELIVERED = { category: 'unknown', owner: 'none', rule: 'class.delivered', matched: null } as const;
const NOTHING_TO_DO = {
  user: 'Nothing to do: this is a delivery confirmation, not a failure.',
  admin: 'A positive delivery status notification (the sender asked for one, or the platform sends them).',
  links: [],
} as const;

/**
 * What to do. A delay is still being retried: the person waits (never "send again"), and the
 * cause's admin advice says what the admin may look at meanwhile.
 */
function remediationOf(
  words: CategoryWordsTable,
  c: Classification,
  delayed: boolean,
  ruleAdvice: RuleAdvice,
): Remediation {
  const own = remediationFor(words, c.category, c.rule, ruleAdvice);
  if (!delayed || c.category === 'delayed') return own;
  return { user: words.delayed.user, admin: own.admin, links: own.links };
}

/** The rows a recipient is classified by, and who hears that its words may hold a phrase few
 *  bounces have when the rows lack those (the pane then loads them: rules/rare-phrases.ts). */
export interface Rules {
  readonly set: RuleSet;
  readonly onMissingRare?: (() => void) | undefined;
}

function classifyWith(rules: Rules, input: ClassifyInput): Classification {
  if (!rules.set.complete && rules.onMissingRare && mayNeedRarePhrases(input.diagnostic.toLowerCase()))
    rules.onMissingRare();
  return classifyBy(rules.set, input);
}

export function buildRecipient(
  found: FoundRecipient,
  fallbackAction: Action,
  words: CategoryWordsTable,
  rules: Rules,
  ruleAdvice: RuleAdvice = {},
  senderDomains: readonly string[] = [],
  report: ReportContext = {},
): RecipientDiagnosis {
  const raw = found.diagnostic ?? '';
  // Cut before collapsing white space: a diagnostic can be megabytes of junk.
  const capped = raw.length > 4 * MAX_DIAGNOSTIC ? raw.slice(0, 4 * MAX_DIAGNOSTIC) : raw;
  const diagnostic = dropRepeatedReplyCodes(oneLine(capped)).slice(0, MAX_DIAGNOSTIC);
  const declared = normalizeStatus(found.status);
  let status = pickStatus(declared, ownEnhancedStatus(diagnostic), leadingStatus(diagnostic));
  const replyCode = found.replyCode ?? findReplyCode(diagnostic);
  const cls = statusClass(status, replyCode);
  let action: Action = found.action ?? noticeAction(cls, fallbackAction);
  // A 5xx reply or a 5.x.x status is a final refusal whatever the notice's words ("delayed",
  // "warning:") or Action field say: RFC 5321 4.2.1 and RFC 3463 2 (class 5, permanent failure).
  if (cls === '5' && action === 'delayed') action = 'failed';
  const delayed = action === 'delayed';
  const succeeded = SUCCESS_ACTIONS.has(action);
  const address = cleanAddress(found.address);
  // Whose host a "does not exist" names: the sender's domains are the bounce's context (issue 9).
  const parties = {
    senderDomains,
    recipientDomain: domainOf(address),
    reportingMta: report.reportingMta ?? null,
  };
  // A delay's category names its cause when the words give one (classify decides); a success has
  // nothing to classify, and nobody needs to act.
  const input = {
    status,
    replyCode,
    diagnostic,
    delayed,
    host: found.remoteMta ?? null,
    command: found.command ?? null,
    ...parties,
  };
  const classified = succeeded ? DELIVERED : classifyWith(rules, input);
  // A final failure's category may still come from the SMTP step or the returned message's hops.
  const staged =
    succeeded || delayed
      ? classified
      : byHops(byStage(classified, found.command), diagnostic, report.hops ?? 0);
  const fromReport =
    !succeeded && weak(staged) && report.words ? byReportWords(rules, staged, input, report.words()) : null;
  const c = fromReport?.c ?? staged;
  const statusFromReport = fromReport !== null && fromReport.status !== status;
  if (fromReport) status = fromReport.status;
  const final = delayed ? false : cls === '5' ? true : cls === '4' ? false : action === 'failed';
  const evidence: Evidence[] = [];
  for (const line of found.evidence ?? [])
    evidence.push({ role: 'report', text: line.slice(0, MAX_EVIDENCE_LINE) });
  if (found.command) evidence.push({ role: 'stage', text: `the server refused the ${found.command} step` });
  if (fromReport)
    evidence.push({
      role: 'report',
      text: "no reason on this recipient's own lines: read from the report's text",
    });
  if (statusFromReport)
    evidence.push({ role: 'status', text: `${status}: the code the report's text gives` });
  if (status === null) {
    status = inferredStatus(c.category, replyCode, delayed);
    if (status)
      evidence.push({
        role: 'status',
        text: `no status code in the report: ${status} is the registry code for ${c.category}`,
      });
  }
  evidence.push({
    role: 'rule',
    text: c.matched ? `${c.rule}: matched "${c.matched}"` : `${c.rule}: no specific evidence`,
  });
  return {
    address,
    action,
    status,
    replyCode,
    diagnostic,
    remoteMta: found.remoteMta ?? null,
    category: c.category,
    owner: c.owner,
    final,
    permanent:
      final && (HARD_BOUNCE.has(c.category) || (c.category === 'mailbox-inactive' && status === '5.1.6')),
    // A delay whose cause is known says both: it is late, and why.
    summary: succeeded
      ? `The message was ${action} to ${address}; nothing failed.`
      : delayed && c.category !== 'delayed'
        ? `Delivery to ${address} is delayed and still being retried. ${summaryFor(words, c.category, address)}`
        : summaryFor(words, c.category, address),
    remediation: succeeded ? NOTHING_TO_DO : remediationOf(words, c, delayed, ruleAdvice),
    rule: c.rule,
    evidence,
  };
}
