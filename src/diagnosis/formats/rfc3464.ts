// RFC 3464 delivery-status reports and RFC 6533 global ones, whoever wrote them (Postfix, Sendmail,
// Exchange, Gmail, SES ...). The per-recipient groups give address, action, status, remote MTA and
// the Diagnostic-Code (types smtp, X-Postfix, X-Unix ...).
// Brands: any MTA that writes an RFC 3464 / RFC 6533 report (Postfix, Sendmail, Exchange, Gmail, Amazon SES, XWall ...).
import { decodeCharset } from '../mime/bytes';
import { findOriginal, originalRecipients } from '../format-helpers/original';
import { parseDeliveryStatus, type DsnRecipient } from '../format-helpers/delivery-status';
import { isX400, x400ToAddress } from '../text/x400';
import { mergeTextIntoDsn } from '../format-helpers/merge';
import { commandOf } from '../text/smtp-command';
import { findEnhancedStatus, findReplyCode } from '../text/reply-codes';
import { findAddresses, isSystemAddress } from '../text/addresses';
import { excludedAddresses } from '../format-helpers/text-recipients';
import { indentOf, oneLine } from '../text/lines';
import {
  memoKey,
  type BounceContext,
  type BounceFormat,
  type FormatId,
  type FoundRecipient,
  type FoundReport,
} from './format';

interface DsnReport {
  readonly reportingMta: string | null;
  readonly recipients: FoundRecipient[];
}

/**
 * The recipient's address; for an X.400 one (report/x400.ts), the Internet address the report or
 * the returned message gives, else the X.400 address as written.
 */
function internetAddress(ctx: BounceContext, final: string | null, original: string | null): string | null {
  const f = final ? tidyAddress(final) : null;
  const o = original ? tidyAddress(original) : null;
  // A Final-Recipient without a domain ("LOCAL; ann", an X.400 name) yields to an Internet Original-Recipient.
  if (f && !f.includes('@') && o?.includes('@')) return o;
  const address = f || o;
  if (!address || address.includes('@')) return address;
  if (isX400(address)) return x400ToAddress(address, x400Candidates(ctx)) ?? address;
  // A bare local part ("unknown; ann"): the one returned-message or notice address that is its.
  const local = address.toLowerCase();
  const same = x400Candidates(ctx).filter((c) => c.slice(0, c.lastIndexOf('@')).toLowerCase() === local);
  return same.length === 1 ? (same[0] as string) : address;
}

/**
 * The address as some MTAs write the field, bare: "mailto:ann@example.com", "ann@example.com (Ann
 * Smith)" with an RFC 5322 comment, "ann@example.com." with the root's dot or a stray separator.
 */
export function tidyAddress(a: string): string {
  let t = a.trim();
  if (t.toLowerCase().startsWith('mailto:')) t = t.slice(7);
  const paren = t.indexOf(' (');
  if (paren > 0 && t.endsWith(')') && t.slice(0, paren).includes('@')) t = t.slice(0, paren);
  if (!t.includes('@')) return t;
  let end = t.length;
  while (end > 1 && '.;,'.includes(t.charAt(end - 1))) end--;
  return t.slice(0, end).trim();
}

/**
 * The Internet addresses an X.400 name or a bare local part may stand for: the returned message's To and Cc, then the
 * addresses the notice's own text names (a gateway often writes the address it failed beside the
 * O/R name), without the bounce's own sender and recipient.
 */
function x400Candidates(ctx: BounceContext): string[] {
  return ctx.memo(X400_CANDIDATES, () => candidateAddresses(ctx));
}

const X400_CANDIDATES = memoKey<string[]>('addresses an X.400 name may stand for');

function candidateAddresses(ctx: BounceContext): string[] {
  const exclude = excludedAddresses(ctx);
  const out = new Map<string, string>();
  const text = ctx.section.length > 20000 ? ctx.section.slice(0, 20000) : ctx.section;
  for (const a of [...originalRecipients(findOriginal(ctx, ctx.section.length)), ...findAddresses(text)]) {
    const key = a.toLowerCase();
    if (!exclude.has(key) && !out.has(key) && !isSystemAddress(a)) out.set(key, a);
  }
  return [...out.values()];
}

/**
 * A report of one recipient whose X.400 name matched no address: when the returned message and the
 * notice name one Internet address between them, that is the recipient (said in the evidence).
 */
function soleX400(ctx: BounceContext, recipients: FoundRecipient[]): void {
  const only = recipients.length === 1 ? recipients[0] : undefined;
  if (!only || !isX400(only.address)) return;
  const candidates = x400Candidates(ctx);
  if (candidates.length !== 1) return;
  const address = candidates[0] as string;
  only.evidence = [
    ...(only.evidence ?? []),
    `X.400 recipient ${only.address} taken as ${address}, the one address the returned message and the notice name`,
  ];
  only.address = address;
}

/**
 * Sendmail names an alias's members by the alias in Final-Recipient (recipient.c gives each the
 * parent's q_finalrcpt) and each member in X-Actual-Recipient (savemail.c): groups that repeat a
 * Final-Recipient are told apart by the member's Internet address.
 */
function memberOf(r: DsnRecipient, count: ReadonlyMap<string | undefined, number>): string | null {
  if ((count.get(r.finalRecipient?.toLowerCase()) ?? 0) < 2) return r.finalRecipient;
  return r.actualRecipient ?? r.finalRecipient;
}

/** The recipients of the message's delivery-status parts; none when it has no such part. */
export function dsnReport(ctx: BounceContext): DsnReport {
  let reportingMta: string | null = null;
  const recipients: FoundRecipient[] = [];
  for (const text of ctx.deliveryStatus) {
    const ds = parseDeliveryStatus(text);
    reportingMta ??= ds.reportingMta;
    const count = new Map<string | undefined, number>();
    for (const r of ds.recipients) {
      const k = r.finalRecipient?.toLowerCase();
      count.set(k, (count.get(k) ?? 0) + 1);
    }
    for (const r of ds.recipients) {
      const address = internetAddress(ctx, memberOf(r, count), r.originalRecipient);
      if (!address) continue;
      // Japanese servers (Domino, au) write the field in raw ISO-2022-JP: 7-bit, escape-led.
      const raw = r.diagnostic?.includes('\x1b$') ? decodeCharset(r.diagnostic, 'iso-2022-jp') : r.diagnostic;
      const diagnostic = r.diagnosticType === 'x-unix' && raw ? `X-Unix; ${raw}` : (raw ?? '');
      recipients.push({
        address,
        action: r.action,
        status: r.status,
        diagnostic,
        remoteMta: r.remoteMta,
        command: commandOf(diagnostic),
        evidence: r.lines.filter((l) =>
          /^(action|status|diagnostic-code|final-recipient|remote-mta):/.test(l),
        ),
      });
    }
  }
  soleX400(ctx, recipients);
  return { reportingMta, recipients };
}

/**
 * Recipients whose group has no Diagnostic-Code take the lines the notice's text gives under the
 * same address when they quote a server's reply (OpenSMTPD lists "rcpt: 550 5.1.1 ..." in its
 * text and only "Status: 5.0.0" in its DSN), as the MTA recognizers merge their own text. Only
 * the same address: any other one could be the sender's. A Diagnostic-Code that names no SMTP
 * step takes the step from those lines: Postfix-like writers say it only in the text ("(in reply
 * to MAIL FROM command)", bounce_notify_util.c), and the step says whose problem a bare "550" is.
 */
function withTextReasons(ctx: BounceContext, recipients: FoundRecipient[]): FoundRecipient[] {
  if (recipients.every((r) => r.diagnostic && r.command)) return recipients;
  const n = ctx.section.length;
  const lower = ctx.head(n);
  return recipients.map((r) => {
    if (r.diagnostic && r.command) return r;
    const found = reasonLines(ctx.section, lower, r.address.toLowerCase());
    if (!found) return r;
    const { lines, text } = found;
    if (r.diagnostic) {
      const command = commandOf(text);
      return command ? { ...r, command } : r;
    }
    return {
      ...r,
      diagnostic: text,
      command: commandOf(text),
      evidence: [...lines.map((l) => l.trim()), ...(r.evidence ?? [])],
    };
  });
}

const MAX_REASON_LINES = 4;
// A text copy of the DSN's own fields ("Final-Recipient: rfc822; ...", "Status: 4.4.7") is not a
// server's reply.
const DSN_FIELD =
  /^\s*(?:final-recipient|original-recipient|action|status|remote-mta|reporting-mta|last-attempt-date|will-retry-until|x-[a-z-]{1,40}):/i;

// How a line that starts with the address goes on: [before, after] it.
const OWN_LINE = [
  ['<', '> ('],
  ['<', '>:'],
  ['', ':'],
  ['<', '>...'],
  ['', '...'],
] as const;

/**
 * The first lines of the text that name the address on a line of its own words (not a DSN field)
 * and give its reason; none if no such lines. A bare list of the failed addresses comes before
 * the reasons in some notices (Sendmail's "The following addresses had permanent fatal errors"
 * above its transcript): the next place that names the address is tried then.
 */
function reasonLines(
  section: string,
  lower: string,
  address: string,
): { lines: string[]; text: string } | null {
  for (let at = lower.indexOf(address), tries = 0; at >= 0 && tries < 5; tries++) {
    const start = lower.lastIndexOf('\n', at) + 1;
    const lines = DSN_FIELD.test(lower.slice(start, at)) ? [] : linesAt(section, at, address);
    const text = oneLine(lines.join(' '));
    if (givesReason(lines, text, address)) return { lines, text };
    at = lower.indexOf(address, at + address.length);
  }
  return null;
}

/** Lines (and their text, on one line) that quote a server's reply (a code), or that start with
 *  the address: its reason. */
function givesReason(lines: readonly string[], text: string, address: string): boolean {
  // Sendmail's summary of its mailer's failure (sysexits.c SysExMsg EX_UNAVAILABLE: "554 5.0.0
  // <%s>... Service unavailable") names no cause: the mailer's own line above it, or the report's
  // words, say why.
  if (!text || text.toLowerCase().endsWith('... service unavailable')) return false;
  // A line that starts with the address is its reason, even without a code: Stalwart's DNS or
  // connection failure, whose DSN gives none at all (crates/smtp/src/queue/dsn.rs: "<{addr}>
  // (failed to lookup '{domain}': {err})"), Postfix's "<%s>: %s" (bounce_notify_util.c),
  // OpenSMTPD's "%s@%s: %s" (bounce.c: "Envelope expired"), Sendmail's "<%s>... Deferred: ..."
  // in a transcript (err.c, SM_ADDR_DELIM "... ").
  const first = lines[0]?.trimStart().toLowerCase() ?? '';
  const own = OWN_LINE.some((s) => first.startsWith(s[0] + address + s[1]));
  return (
    own ||
    underBareAddress(lines, address) ||
    findReplyCode(text) !== null ||
    findEnhancedStatus(text) !== null
  );
}

/** The address alone on its line and the lines under it indented further: Exim's deliver.c writes
 *  each failed address so, its reason below ("  bob@example.org" then "    Domain example.com has
 *  exceeded the max emails per hour"), with or without a server's code. */
function underBareAddress(lines: readonly string[], address: string): boolean {
  const first = lines[0] ?? '';
  const t = first.trim().toLowerCase();
  if (t !== address && t !== `<${address}>`) return false;
  const next = lines[1];
  return next !== undefined && next.trim() !== '' && indentOf(next) > indentOf(first);
}

/**
 * The line holding offset `at` and the lines after it, up to a blank line or another address. A
 * line that names the same address goes on: Courier quotes the dialogue under the address
 * (module.dsn/dsn.C " >>> RCPT TO:<%s>", " <<< 452 4.2.2 <%s>: ..."), and Postfix wraps a long
 * reply that repeats it (bounce_notify_util.c bounce_print_wrap).
 */
function linesAt(section: string, at: number, address: string): string[] {
  const out: string[] = [];
  let start = section.lastIndexOf('\n', at) + 1;
  while (start < section.length && out.length < MAX_REASON_LINES) {
    const nl = section.indexOf('\n', start);
    const line = section.slice(start, nl < 0 ? section.length : nl);
    const other = line.includes('@') && !line.toLowerCase().includes(address);
    if (line.trim() === '' || (out.length > 0 && (other || DSN_FIELD.test(line)))) break;
    out.push(line.length > 1000 ? line.slice(0, 1000) : line);
    if (nl < 0) break;
    start = nl + 1;
  }
  return out;
}

/** A text recognizer's report: its recipients merged into the message's own DSN part, if any. */
export function reportWithDsn(
  ctx: BounceContext,
  format: FormatId,
  text: readonly FoundRecipient[],
): FoundReport | null {
  const dsn = dsnReport(ctx);
  const recipients = mergeTextIntoDsn(dsn.recipients, text);
  return recipients.length ? { format, reportingMta: dsn.reportingMta, recipients } : null;
}

/**
 * What it reads: message/delivery-status and message/global-delivery-status parts (RFC 3464, RFC
 * 6533)
 */
export const rfc3464: BounceFormat = {
  name: 'rfc3464',
  parse(ctx) {
    if (ctx.deliveryStatus.length === 0) return null;
    const { reportingMta, recipients } = dsnReport(ctx);
    if (!recipients.length) return null;
    return { format: 'rfc3464', reportingMta, recipients: withTextReasons(ctx, recipients) };
  },
};
