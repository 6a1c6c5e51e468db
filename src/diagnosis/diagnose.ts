// The public entry point: any message (bytes or text) in, a Diagnosis out. Never throws on
// message content; every path ends in a Diagnosis whose evidence says why.
import { withAuth } from './auth/apply';
import type { AnalyzeAuth } from './auth/analyzer';
import { buildContext, isBodyText } from './context';
import type { BounceContext, BounceFormat, FoundRecipient, FoundReport } from './formats/format';
import { FORMATS } from './formats/index';
import type { OnDemandReaders } from './formats/on-demand';
import {
  addressChangeNotice,
  autoReplySignals,
  bounceSignals,
  listOrBulk,
  reportKind,
  textReadReceipt,
  type BounceSignals,
} from './kind';
import { daemonSender } from './format-helpers/daemon-sender';
import type { FallbackReadings } from './fallback-recipients';
import { binaryToBytes, bytesToBinary } from './mime/bytes';
import { limitMessage } from './mime/limit';
import { decodeHeaderText } from './mime/headers';
import {
  composedMail,
  leaves,
  normalizeLineEndBytes,
  normalizeLineEnds,
  scanMessage,
  type Mail,
  type Part,
} from './mime/structure';
import { forwardedBlock, forwardSubject } from './text/forwarded';
import { hasLocalLetter, type LocalizedWords } from './text/localized';
import { reportWords, subjectReason } from './text/report-section';
import { continuedReply, unwrapDiagnostic, WRAPPED_SEARCH } from './text/wrapped';
import { forwardedAuthFailure, senderParties, withinOneOrganization } from './same-organization';
import { findOriginal } from './format-helpers/original';
import { buildRecipient, cleanAddress, type Rules } from './recipient';
import { rulesWith } from './rules/classifier';
import type { RarePhrases } from './rules/rare-phrases';
import type { CategoryWordsTable, RuleAdvice } from './remediation';
import type { Action, Diagnosis, Evidence, Kind, RecipientDiagnosis } from './types';
import { isNullPath } from './text/addresses';
import { positiveNotice } from './format-helpers/positive-notice';

export interface DiagnoseOptions {
  /** Above this many bytes (50 MB by default) only the headers, the report parts and the start of
   *  every other part are read, and the notes say so. A whole number of at least 1: anything else
   *  is a usage error (diagnose() throws a RangeError, before reading the message). */
  readonly maxBytes?: number;
  /** The words of every category's summary and fixes, in one language (the public entry passes
   *  English, category-words.ts). Required: without words there is nothing to tell people. */
  readonly categoryWords?: CategoryWordsTable;
  /** Advice for rules narrower than their category, by rule id (the public entry passes
   *  advice/microsoft.ts; without it each recipient gets its category's advice). */
  readonly ruleAdvice?: RuleAdvice;
  /** The authentication analysis (auth/analyze.ts; the public entry passes it). Without it a
   *  message that needs it gets NOT_ANALYZED as its auth section. */
  readonly analyzeAuth?: AnalyzeAuth | undefined;
  /** Called when a message needed the authentication analysis and none was given: the pane then
   *  loads it and diagnoses that message again. */
  readonly onMissingAuthAnalysis?: (() => void) | undefined;
  /** The readers of the formats few bounces come in (formats/on-demand-readers.ts; the public
   *  entry passes them). Without them a message that shows the sign of one is read as if that
   *  recognizer had refused it. */
  readonly onDemandReaders?: OnDemandReaders | undefined;
  /** The weaker readings of a clear bounce no recognizer read (fallback-recipients.ts; the public
   *  entry passes them, the pane loads them with the on-demand readers). Without them such a
   *  bounce is said to have no failed recipient that could be read. */
  readonly fallbackReadings?: FallbackReadings | undefined;
  /** Called when a message showed the sign of an on-demand format, or needed the fallback
   *  readings, and they were not given: the pane then loads them and diagnoses that message again. */
  readonly onMissingReaders?: (() => void) | undefined;
  /** The phrases of the rule table few bounces have (rules/table-rare.ts; the public entry passes
   *  them). Without them a recipient whose words hold one is classified by the other rows. */
  readonly rarePhrases?: RarePhrases | undefined;
  /** Called when a recipient's words showed the sign of a rare phrase and none were given: the pane
   *  then loads them and diagnoses that message again. */
  readonly onMissingRarePhrases?: (() => void) | undefined;
  /** The words of other languages with letters past ASCII (localized-words.ts; the public entry
   *  passes them). Without them a message is read as if its lists had only their ASCII words. */
  readonly localizedWords?: LocalizedWords | undefined;
  /** Called when a message's subject or text had a letter past ASCII and no localized words were
   *  given: the pane then loads them and diagnoses that message again. */
  readonly onMissingLocalizedWords?: (() => void) | undefined;
}

/** What one call carries down: its options and its notes. Nothing of it outlives the call. */
interface Call {
  readonly notes: string[];
  readonly words: CategoryWordsTable;
  readonly ruleAdvice: RuleAdvice;
  readonly analyzeAuth: AnalyzeAuth | undefined;
  readonly onMissingAuthAnalysis: (() => void) | undefined;
  readonly readers: OnDemandReaders | undefined;
  readonly fallback: FallbackReadings | undefined;
  readonly onMissingReaders: (() => void) | undefined;
  readonly rules: Rules;
  readonly localized: LocalizedWords | undefined;
  readonly onMissingLocalized: (() => void) | undefined;
}

const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;
const MAX_NESTED_FORWARDS = 10;
/** Four times what a real report lists (Exchange and Gmail allow 500 recipients per message); each
 *  recipient costs a classification and an object several times its size in the report. */
const MAX_RECIPIENTS = 2000;

export function diagnose(input: string | Uint8Array, options: DiagnoseOptions = {}): Diagnosis {
  // A wrong option is the caller's bug, not the message's: said at once, not as a diagnosis.
  const maxBytes = validMaxBytes(options.maxBytes);
  const words = options.categoryWords;
  if (!words) throw new TypeError('diagnose: options.categoryWords is required');
  const notes: string[] = [];
  try {
    let mail: Mail;
    if (typeof input === 'string' && input.length <= maxBytes && !WIDE_CHAR.test(input)) {
      // A binary string (one char per byte, as the CLI reads a file) is scanned as it is: the
      // round trip through bytes below gives the same string.
      mail = scanMessage(normalizeLineEnds(input));
    } else {
      let bytes = toBytes(input);
      if (bytes.length > maxBytes) {
        const limited = limitMessage(bytes, maxBytes);
        bytes = limited.bytes;
        notes.push(limited.note);
      }
      mail = scanMessage(bytesToBinary(normalizeLineEndBytes(bytes)));
    }
    const call: Call = {
      notes,
      words,
      ruleAdvice: options.ruleAdvice ?? {},
      analyzeAuth: options.analyzeAuth,
      onMissingAuthAnalysis: options.onMissingAuthAnalysis,
      readers: options.onDemandReaders,
      fallback: options.fallbackReadings,
      onMissingReaders: options.onMissingReaders,
      rules: { set: rulesWith(options.rarePhrases), onMissingRare: options.onMissingRarePhrases },
      localized: options.localizedWords,
      onMissingLocalized: options.onMissingLocalizedWords,
    };
    return diagnoseMail(mail, 0, call);
  } catch (e) {
    // A bug of ours must not take the pane or a CLI run down: report it as evidence.
    return emptyDiagnosis('not-a-bounce', [{ role: 'error', text: `internal error: ${String(e)}` }], notes);
  }
}

function validMaxBytes(maxBytes: number | undefined): number {
  if (maxBytes === undefined) return DEFAULT_MAX_BYTES;
  if (typeof maxBytes !== 'number' || !Number.isSafeInteger(maxBytes) || maxBytes < 1)
    throw new RangeError(`maxBytes must be a whole number of bytes, at least 1 (got ${String(maxBytes)})`);
  return maxBytes;
}

/**
 * The message as bytes. A string is the binary string it usually is (one char per byte, as read
 * from a file); one with characters above U+00FF is text, pasted or typed, and is read as UTF-8.
 */
function toBytes(input: string | Uint8Array): Uint8Array {
  if (typeof input !== 'string') return input;
  return WIDE_CHAR.test(input) ? new TextEncoder().encode(input) : binaryToBytes(input);
}

/** A char above U+00FF (surrogates included): the string is text, not one char per byte. */
const WIDE_CHAR = /[\u0100-\uffff]/;

function emptyDiagnosis(kind: Kind, evidence: Evidence[], notes: string[], mail?: Mail): Diagnosis {
  return {
    kind,
    reportingMta: null,
    format: null,
    subject: mail ? decodeHeaderText(mail.headers.get('subject') ?? '') || null : null,
    from: mail ? decodeHeaderText(mail.headers.get('from') ?? '') || null : null,
    original: null,
    recipients: [],
    evidence,
    notes,
    auth: null,
  };
}

function kindOf(recipients: readonly RecipientDiagnosis[]): Kind {
  if (recipients.some((r) => r.action === 'failed')) return 'bounce';
  if (recipients.some((r) => r.action === 'delayed')) return 'delay';
  return 'delivered';
}

/** With no sign of a bounce, only recognizers whose own markers prove one are tried. */
function firstReport(ctx: BounceContext, signalled: boolean, call: Call): FoundReport | null {
  for (const entry of FORMATS) {
    if (!signalled && !entry.selfEvident) continue;
    let f: BounceFormat | undefined;
    if ('parse' in entry) f = entry;
    else if (entry.signs(ctx)) {
      f = call.readers?.[entry.name];
      if (!f) call.onMissingReaders?.();
    }
    const r = f?.parse(ctx);
    if (r && r.recipients.length) return r;
  }
  return null;
}

function diagnoseMail(mail: Mail, depth: number, call: Call): Diagnosis {
  const { notes } = call;
  const ctx = buildContext(mail, call.localized);
  // Only a letter past ASCII can match a localized word: without one, the answer is the same.
  if (!call.localized && call.onMissingLocalized && (hasLocalLetter(ctx.subject) || hasLocalLetter(ctx.body)))
    call.onMissingLocalized();
  const special = reportKind(ctx);
  const receipt = special ? null : textReadReceipt(ctx);
  if (special || receipt) {
    const d = emptyDiagnosis(
      special?.kind ?? 'read-receipt',
      [{ role: 'kind', text: special ? special.why : (receipt as string) }],
      notes,
      mail,
    );
    return { ...d, original: findOriginal(ctx, ctx.body.length) };
  }
  const moved = addressChangeNotice(ctx);
  if (moved) return emptyDiagnosis('auto-reply', [{ role: 'kind', text: moved }], notes, mail);
  const signals = bounceSignals(ctx);
  const hasReport = ctx.deliveryStatus.length > 0;
  // A person's forward of a bounce, inline: the forwarded message is read as the bounce it is.
  const inline = depth < MAX_NESTED_FORWARDS && !signals.ordinary ? forwardedInline(ctx) : null;
  if (inline) {
    const d = diagnoseMail(inline, depth + 1, call);
    if (d.kind !== 'not-a-bounce') {
      return {
        ...d,
        evidence: [{ role: 'kind', text: 'found in a message forwarded inline' }, ...d.evidence],
      };
    }
  }
  // A reply above a quoted notice or a quarantine digest: no recognizer reads what it quotes. Text
  // without a header block was pasted into the pane's box for a bounce ("or just its text"): every
  // recognizer may read it, as when a mail system's sender said so.
  const pasted = depth === 0 && mail.headers.fields.length === 0;
  const report = signals.ordinary
    ? null
    : firstReport(ctx, hasReport || signals.systemMessage || pasted, call);
  if (report) return reportDiagnosis(ctx, report, signals.reasons, call);
  const auto = autoReplySignals(ctx);
  // Exim and Postfix mark their bounces "Auto-Submitted: auto-replied" too: failure words win.
  const autoHeaderOnly = auto?.startsWith('Auto-Submitted') === true && signals.failureWords;
  // Pigeonhole's vacation reply comes from the postmaster when it knows no recipient address
  // (cmd-vacation.c, sieve_get_postmaster), with a null sender: a mail system's marks, but no report,
  // failure words or bounce subject; its "Auto-Submitted: auto-replied (vacation)" decides (Exim's
  // notices say a bare "auto-replied").
  const vacation = (ctx.headers.get('auto-submitted') ?? '').toLowerCase().includes('vacation');
  const quiet = vacation && !hasReport && !signals.failureWords && !signals.bounceSubject;
  // A person's auto-reply to a bounce ("Automatic reply: Undeliverable: ...") quotes its words.
  if (auto && ((!signals.systemMessage && !autoHeaderOnly) || signals.autoReplyFirst || quiet)) {
    return emptyDiagnosis('auto-reply', [{ role: 'kind', text: auto }], notes, mail);
  }
  // A bounce forwarded as an attachment: diagnose the carried message.
  if (depth < MAX_NESTED_FORWARDS) {
    for (const inner of carriedMessages(mail.root, ctx)) {
      const d = diagnoseMail(inner, depth + 1, call);
      if (d.kind !== 'not-a-bounce') {
        return { ...d, evidence: [{ role: 'kind', text: 'found in an attached message' }, ...d.evidence] };
      }
    }
  }
  // Last: the weaker readings of a clear bounce, once no attached message held the report.
  const fallback = signals.ordinary ? null : fallbackReport(ctx, hasReport || pasted, signals, call);
  if (fallback) return reportDiagnosis(ctx, fallback, signals.reasons, call);
  const why = signals.ordinary
    ? `${signals.ordinary}, not a report of its own`
    : signals.reasons.length
      ? `some signs of a bounce (${signals.reasons.join('; ')}) but no failed recipient could be read`
      : 'no delivery report, no bounce wording and no mail-system sender';
  return emptyDiagnosis('not-a-bounce', [{ role: 'kind', text: why }], notes, mail);
}

/**
 * A clear bounce (a delivery-status part, or a mail system's sender and failure words) from which
 * no recognizer read a recipient: the weaker readings of fallback-recipients.ts, said in the notes.
 */
function fallbackReport(
  ctx: BounceContext,
  hasReport: boolean,
  signals: BounceSignals,
  call: Call,
): FoundReport | null {
  const clear =
    hasReport ||
    ctx.headers.has('x-failed-recipients') ||
    (daemonSender(ctx) !== undefined && (signals.failureWords || signals.bounceSubject)) ||
    // A gateway signs with its own name (GroupWise's "<DOMAIN>.GWIA.GATEWAY@"), not a daemon's;
    // the empty Return-Path of a notice says a mail system sent it.
    (isNullPath(ctx.headers.get('return-path')) && signals.failureWords && signals.bounceSubject);
  if (!clear) return null;
  if (!call.fallback) {
    call.onMissingReaders?.();
    return null;
  }
  const found = call.fallback(ctx, findOriginal(ctx, ctx.section.length));
  if (!found) return null;
  call.notes.push(found.note);
  return { format: 'text', recipients: found.recipients, oneReason: found.oneReason === true };
}

/**
 * The message a person forwarded inline (text/forwarded.ts reads the client's header block), with
 * the forward's attachments (report parts, the returned message) as its own. Not for what a mail
 * system sent: a bounce's returned message can itself be a forward.
 */
function forwardedInline(ctx: BounceContext): Mail | null {
  if (daemonSender(ctx) !== undefined || ctx.headers.has('x-failed-recipients')) return null;
  const rp = ctx.headers.get('return-path');
  if (isNullPath(rp)) return null;
  const block = forwardedBlock(ctx.body, ctx.localized, forwardSubject(ctx.subject, ctx.localized));
  if (!block) return null;
  const fields: [string, string][] = [['from', block.from]];
  if (block.to) fields.push(['to', block.to]);
  if (block.cc) fields.push(['cc', block.cc]);
  if (block.subject) fields.push(['subject', block.subject]);
  if (block.date) fields.push(['date', block.date]);
  const attached = leaves(ctx.mail.root).filter((p) => p.message !== null || !isBodyText(p));
  return composedMail(fields, ctx.body.slice(block.bodyStart), attached);
}

// A list's digest gathers its posts in a multipart/digest (RFC 2046 5.1.5; Mailman 2.1 ToDigest.py,
// Sympa's digest.tt2): a post carrying or quoting someone's bounce is the list's mail, not a report to
// the reader. (A person's own forward may use a multipart/digest too: only a list's is skipped.)
function carriedMessages(root: Part, ctx: BounceContext): Mail[] {
  const out: Mail[] = [];
  const walk = (p: Part) => {
    if (p.message) out.push(p.message);
    // The list's headers are looked at only when a digest is there: most messages have none.
    if (p.type === 'multipart/digest' && listOrBulk(ctx) !== null) return;
    p.children.forEach(walk);
  };
  walk(root);
  return out;
}

// Words of delay warnings (Postfix "It will be retried until ...", Sendmail "THIS IS A WARNING
// MESSAGE ONLY", OpenSMTPD "only a temporary failure report").
const DELAY_WORDS = [
  'delayed',
  'will continue',
  'will retry',
  'will be retried',
  'not yet been delivered',
  'still trying',
  'warning:',
  'warning only',
  'warning message only',
  'only a temporary failure',
  'do not need to resend',
  // XMail's retry notice (SMAILSvr.cpp): "This is a temporary error and you do not have to resend"
  'do not have to resend',
  // Exchange 2003's warning ("This is an advisory-only email ... has been postponed", flufl.bounce
  // simplewarning.py) and Microsoft's "Delivery Status Notification (Delay)" subject.
  'advisory-only',
  'has been postponed',
  '(delay)',
  // masqmail's warning (tpl/warnmsg.tpl and its German, French and Italian templates, each of which
  // keeps the English beside it but puts its own language first).
  'has been deferred',
  'will be tried again',
  'wird weiterhin versucht',
  "tentatives d'envoi vont",
  "la spedizione verra' ritentata",
  // Postfix's Dutch delay template as sites set it (bounce_template_file): "Dit is enkel een
  // waarschuwing, u hoeft uw mail niet opnieuw te verzenden."
  'dit is enkel een waarschuwing',
  // MMDF's warning (lib/mmdf/rtn_proc.c): "your message has not yet been fully delivered".
  'not yet been fully delivered',
];

// Words of a final failure: with them, delay words elsewhere in the notice ("Warning: ...", a
// "delayed" in the quoted reply) don't make a recipient without a code a delay.
const PERMANENT_WORDS = [
  'failed permanently',
  'permanent error',
  'permanent fatal',
  'permanently failed',
  'fatal delivery error',
  'fatal error',
  'has been removed from the mail queue',
  "i've given up",
  'giving up',
];

// How much of the report's text a recipient with no reason of its own is classified on: the
// reports' explanations sit in their first lines.
const REPORT_WORDS = 4000;

function reportDiagnosis(ctx: BounceContext, report: FoundReport, reasons: string[], call: Call): Diagnosis {
  const { notes } = call;
  const original = findOriginal(ctx, ctx.section.length);
  // The notice's own words: its report section (not the returned message, whose "Warning: order
  // delayed" is the sender's) and its subject without the original subject it repeats. The section
  // is the body's start, so its lower case is the context's lower-cased head.
  const wordChars = Math.min(ctx.section.length, 4000);
  const words = ctx.head(wordChars);
  const originalSubject = original?.subject?.toLowerCase().trim();
  const subject = originalSubject ? ctx.subjectLower.replace(originalSubject, ' ') : ctx.subjectLower;
  // Sendmail's warning lists "transient non-fatal errors": not a "fatal error" (BounceParser's
  // Not_An_Error, "transient.{0,20}\serror").
  const finalWords = words.includes('non-fatal') ? words.replaceAll('non-fatal', 'transient') : words;
  // The body's trigram index rules out nearly every word before a search of 4,000 chars
  // (forty of them were 4% of the engine's time): headHas() for the words as written, mayHave()
  // before the search of the words with "non-fatal" taken out.
  // A text delivery or relay notice (its DSN part lost in a forward) says so in its own words.
  const fallback: Action =
    DELAY_WORDS.some((w) => ctx.headHas(w, wordChars) || subject.includes(w)) &&
    !PERMANENT_WORDS.some((w) => ctx.mayHave(w) && finalWords.includes(w))
      ? 'delayed'
      : (positiveNotice(ctx) ?? 'failed');
  const { sender, senders } = senderParties(original, ctx.headers.get('to'));
  const reportText = ctx.body.length > WRAPPED_SEARCH ? ctx.body.slice(0, WRAPPED_SEARCH) : ctx.body;
  const reportContext = {
    reportingMta: report.reportingMta ?? null,
    hops: original?.received.length ?? 0,
    // With several recipients, the report's words may be any one's reason, unless the notice gives
    // one for all (the returned message's recipients, none named in it). An Amazon SES
    // notification is JSON: its words are the original's headers ("Message-ID"), not a reason
    // (SES's verdict is in each recipient's diagnostic already; an "Undetermined" bounce said none).
    // An alias service's notice gives its reason sentence as the diagnostic, or says it has none:
    // the rest is its advice and a list of what a failure "might mean" (formats/alias-service.ts).
    words:
      (report.recipients.length === 1 || report.oneReason) &&
      report.format !== 'amazon-ses' &&
      report.format !== 'alias-service'
        ? once(() => `${subjectReason(subject)}\n${reportWords(ctx.section, REPORT_WORDS)}`)
        : undefined,
  };
  const analyzed = withAuth(
    original,
    readable(uniqueFound(report.recipients), notes)
      .map((found) => {
        // Server words a client or relay hard-wrapped: the recognizer read the first piece. A copy
        // only when they were (a spread per recipient is measurable on the hot path).
        const d = found.diagnostic;
        if (!d) return found;
        const whole = unwrapDiagnostic(continuedReply(d, reportText), reportText);
        return whole === d ? found : { ...found, diagnostic: whole };
      })
      .map((r) =>
        buildRecipient(r, fallback, call.words, call.rules, call.ruleAdvice, senders, reportContext),
      ),
    call.analyzeAuth,
    call.onMissingAuthAnalysis,
  );
  const { auth } = analyzed;
  const recipients = withinOneOrganization(
    forwardedAuthFailure(analyzed.recipients, ctx.deliveryStatus, report.reportingMta),
    sender,
  );
  return {
    kind: kindOf(recipients),
    reportingMta: report.reportingMta ?? null,
    format: report.format,
    subject: ctx.subject || null,
    from: decodeHeaderText(ctx.headers.get('from') ?? '') || null,
    original,
    recipients,
    evidence: [
      { role: 'kind', text: `read as ${report.format}${reasons.length ? `; ${reasons.join('; ')}` : ''}` },
    ],
    notes,
    auth,
  };
}

/** f's value, computed on the first call only. */
function once<T>(f: () => T): () => T {
  let done = false;
  let value: T;
  return () => {
    if (!done) {
      value = f();
      done = true;
    }
    return value;
  };
}

/** The recipients diagnosed one by one; a report that lists more says so in the notes. */
function readable(rs: FoundRecipient[], notes: string[]): FoundRecipient[] {
  if (rs.length <= MAX_RECIPIENTS) return rs;
  // "More than": the report parsers stop counting at a few thousand too.
  notes.push(
    `The report names more than ${MAX_RECIPIENTS} recipients; the first ${MAX_RECIPIENTS} were diagnosed.`,
  );
  return rs.slice(0, MAX_RECIPIENTS);
}

/** One entry per address, the first; before classification, which is the costly step. */
function uniqueFound(rs: readonly FoundRecipient[]): FoundRecipient[] {
  const seen = new Set<string>();
  return rs.filter((r) => {
    const k = cleanAddress(r.address).toLowerCase();
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
