// Microsoft's non-delivery reports: Exchange Server (5.5 to 2019), Exchange Online / Microsoft 365
// and Outlook.com. The text (exchange-text.ts) says more than Exchange's delivery-status part, whose
// Status is often a bare 5.0.0 and whose Diagnostic-Code is often missing; when both exist the DSN's
// recipients are kept and the text fills in the server's words, a specific status and the remote MTA.
// Brands: Microsoft Exchange Server, Exchange Online / Microsoft 365, Outlook.com (Hotmail, Live, MSN).
import { parseDeliveryStatus } from '../format-helpers/delivery-status';
import { findEnhancedStatus } from '../text/reply-codes';
import { oneLine } from '../text/lines';
import type { Action } from '../types';
import { findAddresses } from '../text/addresses';
import { findOriginal, originalRecipients } from '../format-helpers/original';
import { excludedAddresses } from '../format-helpers/text-recipients';
import { MICROSOFT_POSITIVE_SENTENCES } from '../format-helpers/positive-notice';
import {
  bodyMarkers,
  type Has,
  parseAngleForm,
  readAdminBlock,
  readLegacy,
  readNewStyle,
  readUserInfo,
  type TextRecipient,
  type TextReport,
} from '../format-helpers/exchange-text';
import type { BounceContext, BounceFormat, FoundRecipient, FoundReport } from './format';
import { withLocalized, type LocalizedWords } from '../text/localized';
import { dsnReport } from './rfc3464';

const HEAD_CHARS = 60000;

// Subjects of Microsoft's reports in the languages Outlook and Exchange use ("Undeliverable: ...").
const LOCALIZED_SUBJECTS = [
  'undeliverable:',
  'unzustellbar:',
  'non remis',
  'non recapitabile:',
  'no se puede entregar:',
  'onbestelbaar:',
  'kan niet worden bezorgd:',
  'olevererbart:',
  'kan ikke leveres:',
  'ei voi toimittaa:',
  'sin entregar:',
  'delivery delayed:',
  'delayed:',
];
const localizedSubjects = withLocalized(LOCALIZED_SUBJECTS, (words) => words.exchangeSubjects);

// Words of Microsoft's delay notices (a warning, not a failure).
const DELAY_MARKERS = [
  'delivery is delayed to these recipients',
  'delivery to the following recipients has been delayed',
  'this is a warning message only',
  'delivery status notification (delay)',
];
const delayMarkers = withLocalized(DELAY_MARKERS, (words) => words.exchangeDelayMarkers);

/** Cheap: does anything say Microsoft wrote this report? */
function looksMicrosoft(ctx: BounceContext): boolean {
  const h = ctx.headers;
  if (h.has('x-ms-exchange-message-is-ndr') || h.has('x-ms-embedded-report')) return true;
  const mailer = (h.get('x-mailer') ?? '').toLowerCase();
  if (mailer.includes('internet mail service') || mailer.includes('microsoft exchange')) return true;
  if (ctx.from.includes('microsoftexchange')) return true;
  if (bodyMarkers(ctx.localized).some((m) => ctx.headHas(m, HEAD_CHARS))) return true;
  if (ctx.deliveryStatus.some((d) => d.slice(0, HEAD_CHARS).toLowerCase().includes('x-supplementary-info:')))
    return true;
  // A localized subject alone is not enough (other systems say "Undeliverable" too): it needs a
  // Microsoft host in the report as well.
  const subject = ctx.subjectLower;
  return (
    localizedSubjects(ctx.localized).some((s) => subject.includes(s)) &&
    ctx.deliveryStatus.some((d) => /\.(outlook|hotmail|office365)\.com\b/i.test(d.slice(0, 2000)))
  );
}

function isDelayNotice(ctx: BounceContext): boolean {
  const subject = ctx.subjectLower;
  if (
    subject.startsWith('delayed:') ||
    subject.startsWith('delivery delayed:') ||
    subject.includes('(delay)')
  )
    return true;
  return delayMarkers(ctx.localized).some((m) => ctx.headHas(m, 8000));
}

/** The best text reading: the admin block, else the new layout, else Exchange 2003, else the user part. */
function readText(body: string, lower: string, has: Has, words: LocalizedWords): TextReport {
  const admin = readAdminBlock(body, lower, has, words);
  const found = admin.recipients.some((r) => r.diagnostic)
    ? admin
    : ([readNewStyle(body, lower, has), readLegacy(body, lower, has, words), admin].find(
        (t) => t.recipients.length > 0,
      ) ?? admin);
  // The sentence under each address in the user part helps when the server gave no words.
  const info = readUserInfo(body, lower, has, words).recipients;
  if (found.recipients.length === 0) return { generatingServer: found.generatingServer, recipients: info };
  // The admin reader keeps only lines with a status code: in hMailServer's list (SMTPDeliverer.cpp,
  // one block per address) a local "Error Description: Inbox is full" (LocalDelivery.cpp) beside a
  // remote "Remote server replied: 550 5.1.1 ..." would be left with no words; the legacy reader
  // keeps each block's lines.
  const bare = found.recipients.filter((r) => !r.diagnostic);
  if (bare.length === 0) return found;
  const legacy = found === admin ? readLegacy(body, lower, has, words).recipients : [];
  const others = [...legacy, ...info];
  for (const r of bare) {
    const a = r.address.toLowerCase();
    const s = others.find((i) => i.diagnostic && i.address.toLowerCase() === a);
    if (s?.diagnostic) {
      r.diagnostic = s.diagnostic;
      r.fromServer = s.fromServer;
    }
  }
  return found;
}

function norm(s: string): string {
  return oneLine(s).toLowerCase();
}

const GENERIC_STATUS = /^[45]\.0\.0$/;

/** The DSN's own words or the text's: whichever says more, the text when the DSN is generic. */
export function pickDiagnostic(dsn: string, text: string, dsnStatus: string | null): string {
  const d = norm(dsn);
  const t = norm(text);
  if (!t) return dsn;
  if (!d || t.includes(d)) return text;
  if (d.includes(t)) return dsn;
  return dsnStatus && GENERIC_STATUS.test(dsnStatus) ? text : dsn;
}

function sameClassSpecific(
  declared: string | null | undefined,
  found: string | null | undefined,
): string | null {
  if (!found || GENERIC_STATUS.test(found)) return null;
  if (!declared) return found;
  return GENERIC_STATUS.test(declared) && declared[0] === found[0] ? found : null;
}

/** "#5.0.0" beside "550 5.1.1 ...": the code inside the server's reply says more. */
function specificStatus(status: string | null | undefined, reply: string): string | null {
  if (status && !GENERIC_STATUS.test(status)) return status;
  const inReply = findEnhancedStatus(reply);
  return sameClassSpecific(status, inReply) ?? status ?? inReply;
}

function matchText(
  r: FoundRecipient,
  text: readonly TextRecipient[],
  dsnCount: number,
): TextRecipient | undefined {
  const a = r.address.toLowerCase();
  const exact = text.find((t) => t.address.toLowerCase() === a);
  if (exact) return exact;
  // "IMCEAEX-..._CN=pat@example.com" in the text, "pat@example.com" in the DSN (or a display name).
  const suffix = text.find((t) => t.address.toLowerCase().endsWith(`=${a}`));
  if (suffix) return suffix;
  return dsnCount === 1 && text.length === 1 ? text[0] : undefined;
}

/** X-Supplementary-Info: <mx.example.net #5.1.1 smtp;550 5.1.1 User unknown>, per DSN address. */
function supplementaryInfo(ctx: BounceContext): Map<string, string> {
  const out = new Map<string, string>();
  for (const text of ctx.deliveryStatus) {
    if (!text.toLowerCase().includes('x-supplementary-info:')) continue;
    for (const r of parseDeliveryStatus(text).recipients) {
      const address = (r.finalRecipient ?? r.originalRecipient ?? '').toLowerCase();
      const line = r.lines.find((l) => l.toLowerCase().startsWith('x-supplementary-info:'));
      if (address && line) out.set(address, line.slice('x-supplementary-info:'.length).trim());
    }
  }
  return out;
}

function mergeOne(r: FoundRecipient, t: TextRecipient | undefined, supp: string | undefined): FoundRecipient {
  const merged: FoundRecipient = { ...r, evidence: [...(r.evidence ?? [])] };
  // With no Diagnostic-Code, the DSN parser keeps X-Supplementary-Info's raw "<host #x.x.x smtp;...>".
  if (merged.diagnostic?.startsWith('<') && parseAngleForm(merged.diagnostic)) merged.diagnostic = '';
  const angle = supp ? parseAngleForm(supp) : null;
  if (supp) merged.evidence?.push(`X-Supplementary-Info: ${supp}`);
  if (angle) {
    if (angle.reply)
      merged.diagnostic = pickDiagnostic(merged.diagnostic ?? '', angle.reply, merged.status ?? null);
    merged.status =
      sameClassSpecific(merged.status, specificStatus(angle.status, angle.reply)) ??
      merged.status ??
      angle.status;
    merged.remoteMta ??= angle.outerHost ?? angle.host;
  }
  if (t) {
    // A plain sentence of the user part never replaces a server's reply in the DSN.
    const text = t.diagnostic ?? '';
    if (t.fromServer || !merged.diagnostic)
      merged.diagnostic = pickDiagnostic(merged.diagnostic ?? '', text, merged.status ?? null);
    merged.status = sameClassSpecific(merged.status, specificStatus(t.status, text)) ?? merged.status ?? null;
    merged.remoteMta ??= t.remoteMta ?? null;
    for (const e of t.evidence ?? []) if (!merged.evidence?.includes(e)) merged.evidence?.push(e);
  }
  return merged;
}

/**
 * Exchange 5.5 names a recipient it resolved in its directory by display name only ("Charles Kane
 * on 9/11/96 10:55:36 AM", Microsoft KB 156710): when that is the report's one recipient and the
 * returned message went to one address, that address is the one that failed (as Domino's reader does).
 */
function byAddress(ctx: BounceContext, text: TextRecipient[]): TextRecipient[] {
  const t = text[0];
  if (text.length !== 1 || !t || t.address.includes('@')) return text;
  const to = originalRecipients(findOriginal(ctx, ctx.section.length));
  if (to.length !== 1) return text;
  return [{ ...t, address: to[0] as string, evidence: [...(t.evidence ?? []), `${t.address}: ${to[0]}`] }];
}

function textOnly(t: TextRecipient, delay: boolean): FoundRecipient {
  const status = specificStatus(t.status, t.diagnostic ?? '');
  const action: Action = delay && (!status || status.startsWith('4')) ? 'delayed' : 'failed';
  const r: FoundRecipient = {
    address: t.address,
    action,
    diagnostic: t.diagnostic ?? '',
    evidence: t.evidence ?? [],
  };
  if (status) r.status = status;
  if (t.remoteMta) r.remoteMta = t.remoteMta;
  return r;
}

// Exchange's positive notices in text ("Delivered: <subject>", "Relayed: <subject>"): the sentence,
// then one line per recipient ("Sam Park (sam@example.org)"), then "Subject: ...". They name
// addresses beside delivery words, and are no failure. Wording of Exchange 2010 to Exchange Online
// (the relay one also as Exchange 2007 wrote it); RFC 3464 2.3.3 for what "relayed" means. The
// Windows SMTP service under Exchange 2000/2003 and IIS wrote "This is an automatically generated
// Delivery Status Notification." and then one of four sentences (its delay one, as support.epidirect.com
// KB a16 shows it, is read by the delay markers): two of them say nothing failed.
function positiveRecipients(ctx: BounceContext): FoundRecipient[] {
  if (ctx.deliveryStatus.length > 0) return [];
  for (const [sentence, action] of MICROSOFT_POSITIVE_SENTENCES) {
    if (!ctx.headHas(sentence, 4000)) continue;
    const exclude = excludedAddresses(ctx);
    const from = ctx.head(4000).indexOf(sentence) + sentence.length;
    const lines = ctx.body.slice(from, from + 6000).split('\n', 60);
    const out: FoundRecipient[] = [];
    for (const whole of lines.slice(1)) {
      const line = whole.length > 1000 ? whole.slice(0, 1000) : whole;
      if (/^\s*subject:/i.test(line)) break;
      for (const address of findAddresses(line))
        if (!exclude.has(address.toLowerCase()) && !out.some((r) => r.address === address))
          out.push({ address, action, status: '2.0.0', diagnostic: '', evidence: [line.trim()] });
    }
    return out;
  }
  return [];
}

/**
 * What it reads: Microsoft Exchange 5.5-2019, Microsoft 365 and Outlook.com NDRs: the
 * administrators' block ("Remote Server returned", "#SMTP#", "##"), the newer "Reported error"
 * layout, Exchange 2003 text, X-Supplementary-Info; merged with the DSN part
 */
export const exchange: BounceFormat = {
  name: 'exchange',
  parse(ctx): FoundReport | null {
    const positive = positiveRecipients(ctx);
    if (positive.length) return { format: 'exchange', reportingMta: null, recipients: positive };
    if (!looksMicrosoft(ctx)) return null;
    const text = readText(ctx.body, ctx.bodyLower, (phrase) => ctx.mayHave(phrase), ctx.localized);
    const dsn = ctx.deliveryStatus.length ? dsnReport(ctx) : null;
    if (dsn && dsn.recipients.length) {
      const supp = supplementaryInfo(ctx);
      const n = dsn.recipients.length;
      const recipients = dsn.recipients.map((r) =>
        mergeOne(r, matchText(r, text.recipients, n), supp.get(r.address.toLowerCase())),
      );
      return { format: 'exchange', reportingMta: dsn.reportingMta ?? text.generatingServer, recipients };
    }
    if (text.recipients.length === 0) return null;
    const delay = isDelayNotice(ctx);
    return {
      format: 'exchange',
      reportingMta: text.generatingServer,
      recipients: byAddress(ctx, text.recipients).map((t) => textOnly(t, delay)),
    };
  },
};
