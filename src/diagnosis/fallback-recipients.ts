// A clear bounce whose report structure names no recipient (a format nobody reads yet, a report
// cut short) still says who failed, less directly: the X-Failed-Recipients header Exim and others
// add, the addresses the text names beside an SMTP reply, and at last the To and Cc of the
// returned original message, or the address the notice's own subject names. Each is said in the
// notes, as it is a weaker reading. The pane loads these readings on demand with the readers of
// rare formats (rare-readers.ts): about 1.5 KB gzipped that an ordinary bounce, read by
// its recognizer, never needs.
import type { BounceContext, FoundRecipient } from './formats/format';
import { excludedAddresses, WRITER_FIELDS } from './format-helpers/text-recipients';
import { findEnhancedStatus, findReplyCode } from './text/reply-codes';
import { findAddresses, isSystemAddress } from './text/addresses';
import { oneLine } from './text/lines';
import { isWordChar } from './text/phrase';
import { originalRecipients } from './format-helpers/original';
import { failedRecipientsHeader } from './format-helpers/provider-text';
import { verpRecipient } from './text/verp';
import { domainOf } from './same-organization';
import type { OriginalMessage } from './types';

export interface FallbackRecipients {
  readonly recipients: FoundRecipient[];
  readonly note: string;
  /** The recipients are the returned message's, none named beside words of its own. */
  readonly oneReason?: boolean;
}

const MAX = 100;
const NEAR_LINES = 2;
const MAX_LINE = 1000;

function hasCode(line: string): boolean {
  return findReplyCode(line) !== null || findEnhancedStatus(line) !== null;
}

/** The first line of the report section that quotes a server reply: the failure's words. */
function firstReply(lines: readonly string[]): string | null {
  for (const l of lines) {
    const t = l.length > MAX_LINE ? l.slice(0, MAX_LINE) : l;
    if (hasCode(t)) return oneLine(t);
  }
  return null;
}

/** Addresses on a line with an SMTP reply or status code, or within two lines of one. */
function nearReplies(lines: readonly string[], exclude: ReadonlySet<string>): FoundRecipient[] {
  const out: FoundRecipient[] = [];
  const seen = new Set<string>();
  const cut = (k: number): string => {
    const l = lines[k] as string;
    return l.length > MAX_LINE ? l.slice(0, MAX_LINE) : l;
  };
  // Whether a line quotes a reply, looked up only near a line with an address (0: not yet asked,
  // 1: yes, 2: no): a long report of other text costs no search per line.
  const coded = new Uint8Array(lines.length);
  const hasReply = (k: number): boolean => {
    if (coded[k] === 0) coded[k] = hasCode(cut(k)) ? 1 : 2;
    return coded[k] === 1;
  };
  for (let i = 0; i < lines.length && out.length < MAX; i++) {
    const line = cut(i);
    if (line.indexOf('@') < 0) continue;
    let j = -1;
    for (let k = Math.max(0, i - NEAR_LINES); k <= Math.min(lines.length - 1, i + NEAR_LINES); k++)
      if (hasReply(k) && (j < 0 || Math.abs(k - i) < Math.abs(j - i))) j = k;
    if (j < 0) continue;
    for (const a of findAddresses(line)) {
      const key = a.toLowerCase();
      if (seen.has(key) || exclude.has(key) || isSystemAddress(a)) continue;
      seen.add(key);
      const reply = oneLine(cut(j));
      out.push({
        address: a,
        diagnostic: reply,
        evidence: [line.trim(), reply].filter((x, n, all) => all.indexOf(x) === n),
      });
    }
  }
  return out;
}

const RETURNED_MAIL = 'returned mail:';

/** The reason sendmail states in its subject and nowhere else in an old report ("Returned mail:
 *  Cannot send message for 5 days": savemail.c returns the message with "Returned mail: %s" and
 *  the queue run's error); it joins the first reply's words. */
function withSubjectReason(ctx: BounceContext, reply: string | null): string | null {
  if (!ctx.subjectLower.startsWith(RETURNED_MAIL)) return reply;
  const reason = oneLine(ctx.subject.slice(RETURNED_MAIL.length, MAX_LINE)).trim();
  if (!reason) return reply;
  return reply ? `${reply} ${reason}` : reason;
}

export function fallbackRecipients(
  ctx: BounceContext,
  original: OriginalMessage | null,
): FallbackRecipients | null {
  const reply = withSubjectReason(ctx, firstReply(ctx.sectionLines));
  const failed = failedRecipientsHeader(ctx).slice(0, MAX);
  if (failed.length) {
    return {
      recipients: failed.map((address) => ({
        address,
        diagnostic: reply ?? '',
        evidence: [`X-Failed-Recipients: ${address}`],
      })),
      note: 'The report names no recipient in a form Bounce Lens reads; the recipients are those of the X-Failed-Recipients header.',
    };
  }
  const others = nearReplies(ctx.sectionLines, excludedAddresses(ctx));
  // A notice sent to the address that failed (a mailbox's own bounce, qmail's to a forwarder's
  // target): the only address beside the reply is the one the notice is addressed to.
  const near = others.length ? others : nearReplies(ctx.sectionLines, excludedAddresses(ctx, WRITER_FIELDS));
  if (near.length) {
    return {
      recipients: near,
      note: 'The report names no recipient in a form Bounce Lens reads; the recipients are the addresses its text names beside a server reply.',
    };
  }
  const verp = fromVerp(ctx, reply);
  if (verp) return verp;
  const to = originalRecipients(original);
  if (!to.length) return fromSummary(ctx) ?? fromSubject(ctx);
  const words = reply ?? '';
  const open = opening(ctx.sectionLines);
  const named = to.map((address) => localPartLine(open, address));
  // Some writers name each recipient by its local part alone (GroupWise's GWIA "mbathal (User not
  // on post office)"): only those, with their own line's words, when the report names any.
  const listed = named.some(Boolean);
  // A notice that names the domain it could not deliver to (MailEnable's "Your message addressed to
  // the target domain (example.net) could not be delivered") failed that domain's recipients only.
  const domains = listed ? null : namedDomains(open, to);
  return {
    recipients: to.flatMap((address, i) => {
      const line = named[i];
      if (listed && !line) return [];
      if (domains && !domains.has(domainOf(address) ?? '')) return [];
      return [
        line
          ? { address, diagnostic: line, evidence: [line, 'the returned message was addressed to it'] }
          : { address, diagnostic: words, evidence: ['the returned message was addressed to it'] },
      ];
    }),
    note: listed
      ? 'The report names its recipients without their domain; the recipients are the To and Cc of the returned original message whose names it gives.'
      : domains
        ? 'The report names no recipient, only a domain; the recipients are the To and Cc of the returned original message at that domain.'
        : 'The report names no recipient; the recipients are the To and Cc of the returned original message, which may include addresses that did receive it.',
    oneReason: !listed,
  };
}

/** The fallback's readings as diagnose() takes them in (DiagnoseOptions.fallbackReadings). */
export type FallbackReadings = typeof fallbackRecipients;

const isDomainChar = (c: number) => isWordChar(c) || c === 45 || c === 46; // - .

/** The recipients' domains the report's opening lines name as words of their own (not inside a
 *  longer host name or an address), when they name some of them but not all; else null. */
function namedDomains(open: Opening, to: readonly string[]): ReadonlySet<string> | null {
  const all = new Set(to.map(domainOf));
  const named = new Set<string>();
  for (const d of all) {
    if (!d) continue;
    const hit = open.lowers.some((l) => {
      for (let at = l.indexOf(d); at >= 0; at = l.indexOf(d, at + 1)) {
        const end = at + d.length;
        const before = at > 0 ? l.charCodeAt(at - 1) : 32;
        if (before === 64 || isDomainChar(before)) continue;
        const after = l.charCodeAt(end);
        const sentenceEnd = after === 46 && !isWordChar(l.charCodeAt(end + 1));
        if (end < l.length && isDomainChar(after) && !sentenceEnd) continue;
        return true;
      }
      return false;
    });
    if (hit) named.add(d);
  }
  return named.size > 0 && named.size < all.size ? named : null;
}

// Where the bounce's own envelope recipient shows: the header the delivering MTA adds, then To.
const RETURN_FIELDS = ['x-original-to', 'delivered-to', 'envelope-to', 'to'];

/**
 * A bounce that came back to a VERP return address (a list's or a bulk sender's, text/verp.ts):
 * that address names the recipient it was sent for, where the returned message's To is the list's.
 */
function fromVerp(ctx: BounceContext, reply: string | null): FallbackRecipients | null {
  for (const field of RETURN_FIELDS)
    for (const a of findAddresses(ctx.headers.get(field) ?? '')) {
      const address = verpRecipient(a);
      if (!address) continue;
      return {
        recipients: [{ address, diagnostic: reply ?? '', evidence: [`${field}: ${a}`] }],
        note: 'The report names no recipient; the recipient is the one its VERP return address encodes (the address the bounce came back to).',
        oneReason: true,
      };
    }
  return null;
}

const NAME_LINES = 60;
const MIN_LOCAL_PART = 3;
const isJoiner = (c: number) => c === 46 || c === 95 || c === 45; // . _ -

/** The word goes on at i, stepping by step (-1 or 1): a letter or digit, or a joiner before one
 *  ("bob.smith", but not sendmail's "bob... Mailbox unknown"); or an address's "@". */
function continues(lower: string, i: number, step: number): boolean {
  const c = lower.charCodeAt(i);
  if (isWordChar(c) || c === 64) return true;
  return isJoiner(c) && isWordChar(lower.charCodeAt(i + step));
}

/** The line names the local part as a word of its own: not inside another word or an address. */
function namesLocalPart(lower: string, local: string): boolean {
  for (let at = lower.indexOf(local); at >= 0; at = lower.indexOf(local, at + 1)) {
    const end = at + local.length;
    if (at > 0 && continues(lower, at - 1, -1)) continue;
    if (end < lower.length && continues(lower, end, 1)) continue;
    return true;
  }
  return false;
}

/** The report's opening lines, cut, as written and lower-cased: read once for every address. */
interface Opening {
  readonly lines: readonly string[];
  readonly lowers: readonly string[];
}

function opening(lines: readonly string[]): Opening {
  const cut = lines.slice(0, NAME_LINES).map((l) => (l.length > MAX_LINE ? l.slice(0, MAX_LINE) : l));
  return { lines: cut, lowers: cut.map((l) => l.toLowerCase()) };
}

/**
 * Of the report's opening lines that name the address's local part, the first with a server reply
 * ("550 5.1.1 bob... Mailbox unknown" under a list of "bob  Mailbox unknown"), else the first;
 * trimmed; null if none does. Short local parts ("jo") are words of ordinary text too.
 */
function localPartLine(open: Opening, address: string): string | null {
  const local = address.slice(0, address.lastIndexOf('@')).toLowerCase();
  if (local.length < MIN_LOCAL_PART) return null;
  let first: string | null = null;
  for (let i = 0; i < open.lines.length; i++) {
    if (!namesLocalPart(open.lowers[i] as string, local)) continue;
    const line = open.lines[i] as string;
    if (hasCode(line)) return oneLine(line).trim();
    first ??= oneLine(line).trim();
  }
  return first;
}

const SUMMARY_LINES = 60;
const SUMMARY_NEAR = 2;
const fieldValue = (line: string, name: string): string | null => {
  const t = line.trimStart();
  return t.length > name.length && t.slice(0, name.length).toLowerCase() === name
    ? t.slice(name.length)
    : null;
};

/**
 * Without the original message: the addresses of a "To:" line in the notice's own summary of the
 * message it refused, a "To:" beside a "Subject:" (MailScanner's "a message you sent:- / To: ... /
 * Subject: ... / Date: ..." in its rejection reports, MailScanner.conf's reports/en/*.txt; content
 * filters and virus scanners write the same block). The notice's own words are then its reason.
 */
function fromSummary(ctx: BounceContext): FallbackRecipients | null {
  const lines = ctx.sectionLines.slice(0, SUMMARY_LINES);
  const exclude = excludedAddresses(ctx);
  for (let i = 0; i < lines.length; i++) {
    const value = fieldValue(lines[i] as string, 'to:');
    if (value === null || value.length > MAX_LINE) continue;
    let subject = false;
    for (let k = Math.max(0, i - SUMMARY_NEAR); k <= Math.min(lines.length - 1, i + SUMMARY_NEAR); k++)
      subject ||= k !== i && fieldValue(lines[k] as string, 'subject:') !== null;
    if (!subject) continue;
    const named = findAddresses(value).filter((a) => !exclude.has(a.toLowerCase()) && !isSystemAddress(a));
    if (!named.length) continue;
    const line = oneLine(lines[i] as string).trim();
    return {
      recipients: named.slice(0, MAX).map((address) => ({ address, diagnostic: '', evidence: [line] })),
      note: 'The report names no recipient beside a reason; the recipients are the To of its summary of the refused message.',
      oneReason: true,
    };
  }
  return null;
}

/**
 * Without the original message: the address the notice's own subject names, its words the reason
 * ("Returned mail: Quota exceeded for user <bob>", "Returned mail: message not deliverable: <bob>",
 * the subjects GNU Sympa's anabounce read the recipient from).
 */
function fromSubject(ctx: BounceContext): FallbackRecipients | null {
  const subject = oneLine(ctx.subject.slice(0, MAX_LINE));
  const exclude = excludedAddresses(ctx);
  const named = findAddresses(subject).filter((a) => !exclude.has(a.toLowerCase()) && !isSystemAddress(a));
  if (named.length !== 1) return null;
  return {
    recipients: [{ address: named[0] as string, diagnostic: subject, evidence: [`Subject: ${subject}`] }],
    note: "The report names no recipient in its text; the recipient is the address the notice's subject names.",
  };
}
