// Sendmail bounces ("Returned mail: see transcript for details") and the MTAs that copy its layout
// (Active!Hunter, V5 Sendmail without a DSN part). The text has a list of failed addresses with
// "(reason: ...)" lines and a session transcript; a delivery-status part, when present, stays the
// backbone and the text fills in the server's full words.
// Brands: Sendmail, V5 Sendmail, Active!Hunter.
import { findAddresses, bareAddress } from '../text/addresses';
import { dropRepeatedReplyCodes, findReplyCode } from '../text/reply-codes';
import { lineIndex, oneLine } from '../text/lines';
import type { BounceContext, BounceFormat, FoundRecipient, SmtpCommand } from './format';
import { reportWithDsn } from './rfc3464';

const LIST_MARKERS = [
  'the following addresses had permanent fatal errors',
  'the following addresses had transient non-fatal errors',
];
const TRANSCRIPT_MARKER = 'transcript of session follows';

interface Session {
  host: string | null;
  command: string | null;
  rcpt: string | null;
  replies: string[];
  /** The replies to each RCPT of the session (one session can carry several recipients). */
  rcptReplies: Map<string, string[]>;
  /** The replies to the other commands (MAIL, DATA, the end of data). */
  otherReplies: string[];
}

interface Transcript {
  sessions: Session[];
  /** Sendmail's own per-address lines: "550 5.1.1 <bob@example.net>... User unknown". */
  addressLines: Map<string, string[]>;
  order: string[];
  /** Lines that start with a reply code but name no address ("554 5.0.0 Service unavailable"). */
  codeLines: string[];
  /** Sendmail's own remarks ("Message could not be delivered for 8 hours"). */
  notes: string[];
}

/**
 * The failed-address list:
 *      ----- The following addresses had permanent fatal errors -----
 *   <bob@example.net>
 *       (reason: 550 5.1.1 <bob@example.net>... User unknown)
 *       (expanded from: <team@example.net>)
 */
function listed(lines: readonly string[]): { address: string; reason: string }[] {
  const start = lineIndex(lines, LIST_MARKERS);
  if (start < 0) return [];
  const out: { address: string; reason: string }[] = [];
  // A "(reason: ..." that a forward or a mail client wrapped goes on until the line that closes it.
  let open = false;
  for (let i = start + 1; i < lines.length; i++) {
    const t = (lines[i] as string).trim();
    if (t.startsWith('-----') || t.toLowerCase().includes(TRANSCRIPT_MARKER)) break;
    if (t === '') {
      open = false;
      continue;
    }
    const lower = t.toLowerCase();
    const last = out[out.length - 1];
    if (open) {
      open = !t.endsWith(')');
      if (last) last.reason = `${last.reason} ${open ? t : t.slice(0, -1)}`.trim();
      continue;
    }
    if (lower.startsWith('(reason:')) {
      open = !t.endsWith(')');
      if (last) last.reason = t.slice(8, open ? undefined : -1).trim();
      continue;
    }
    if (lower.startsWith('(')) continue; // (expanded from: ...)
    // Active!Hunter writes ">>> bob@example.net <bob@example.net>".
    const entry = t.startsWith('>>>') ? t.slice(3).trim() : t;
    // A local user is listed without a domain ("<bob>"); words with spaces are no address.
    const bare = bareAddress(entry);
    const address = findAddresses(entry)[0] ?? (/\s/.test(bare) ? '' : bare);
    if (address) out.push({ address, reason: '' });
  }
  return out;
}

/** An SMTP command V5 Sendmail wrote without ">>>" ("RCPT To:<bob@example.net>", "DATA"). */
function commandWord(line: string): string | null {
  const t = line.trim();
  return /^(?:RCPT TO|MAIL FROM|DATA|EHLO|HELO|QUIT|RSET)(?::|\s|$)/i.test(t) ? t : null;
}

/**
 * The transcript:
 *   ... while talking to mx.example.net.:
 *   >>> RCPT To:<bob@example.net>
 *   <<< 550 5.1.1 <bob@example.net>... User unknown
 *   550 5.1.1 <bob@example.net>... User unknown
 */
function transcript(lines: readonly string[]): Transcript {
  const t: Transcript = { sessions: [], addressLines: new Map(), order: [], codeLines: [], notes: [] };
  const start = lineIndex(lines, [TRANSCRIPT_MARKER]);
  if (start < 0) return t;
  let cur: Session | null = null;
  // The reply just read (with its continuation lines), until another line comes.
  let justRead: string[] = [];
  for (let i = start + 1; i < lines.length; i++) {
    const raw = lines[i] as string;
    const line = raw.trim();
    if (line.startsWith('-----')) break;
    if (line === '') continue;
    const previous = justRead;
    justRead = [];
    const lower = line.toLowerCase();
    // A report that lost its MIME structure runs on into the DSN fields and the returned headers.
    if (
      /^(reporting-mta|final-recipient|original-recipient|received-from-mta|arrival-date|return-path|received):/.test(
        lower,
      )
    )
      break;
    const talking = lower.indexOf('while talking to ');
    if (talking >= 0 && talking <= 4 && line.endsWith(':')) {
      let host = line.slice(talking + 17, -1).trim();
      if (host.endsWith('.')) host = host.slice(0, -1);
      cur = pushSession(t, host);
      continue;
    }
    if (line.startsWith('<<<')) {
      cur ??= pushSession(t);
      const reply = line.slice(3).trim();
      justRead = previous.length && (previous[previous.length - 1] as string)[3] === '-' ? previous : [];
      justRead.push(reply);
      cur.replies.push(reply);
      const own =
        cur.rcpt !== null && stage(cur.command) === 'RCPT' ? cur.rcptReplies.get(cur.rcpt) : undefined;
      (own ?? cur.otherReplies).push(reply);
      continue;
    }
    const cmd = line.startsWith('>>>') ? line.slice(3).trim() : commandWord(line);
    if (cmd !== null && !/^\d{3}/.test(line)) {
      cur ??= pushSession(t);
      cur.command = cmd;
      if (cmd.toUpperCase().startsWith('RCPT')) {
        cur.rcpt = findAddresses(cmd)[0]?.toLowerCase() ?? null;
        if (cur.rcpt !== null && !cur.rcptReplies.has(cur.rcpt)) cur.rcptReplies.set(cur.rcpt, []);
      }
      continue;
    }
    const dots = line.indexOf('... ');
    const who = dots > 0 ? line.slice(0, dots) : '';
    const address = findAddresses(who)[0];
    if (address) {
      const k = address.toLowerCase();
      if (!t.addressLines.has(k)) {
        t.addressLines.set(k, []);
        t.order.push(address);
      }
      t.addressLines.get(k)?.push(line);
      if (cur && pipelinedRcptReply(cur, previous, line)) {
        cur.rcptReplies.set(k, previous);
        cur.otherReplies = cur.otherReplies.filter((r) => !previous.includes(r));
      }
    } else if (/^[245]\d\d[ -]/.test(line)) {
      t.codeLines.push(line);
    } else {
      t.notes.push(line);
    }
  }
  return t;
}

/**
 * With PIPELINING Sendmail sends the RCPTs and DATA together and reads their replies after
 * ">>> DATA" (usersmtp.c smtpdata, smtprcptstat): a refusal it follows at once with its own line
 * for an address ("550 5.1.1 bob@example.net... User unknown", the same reply code) answered that
 * address's RCPT, not the DATA (live-mta/sendmail/sink-550-511.eml).
 */
function pipelinedRcptReply(session: Session, reply: readonly string[], line: string): boolean {
  const last = reply[reply.length - 1];
  return last !== undefined && stage(session.command) === 'DATA' && last.slice(0, 3) === line.slice(0, 3);
}

function pushSession(t: Transcript, host: string | null = null): Session {
  const s: Session = {
    host,
    command: null,
    rcpt: null,
    replies: [],
    rcptReplies: new Map(),
    otherReplies: [],
  };
  t.sessions.push(s);
  return s;
}

function stage(command: string | null): SmtpCommand | null {
  const u = (command ?? '').toUpperCase();
  if (u.startsWith('RCPT')) return 'RCPT';
  if (u.startsWith('MAIL')) return 'MAIL';
  if (u.startsWith('DATA') || u === '.') return 'DATA';
  if (u.startsWith('EHLO') || u.startsWith('HELO')) return 'HELO';
  return null;
}

function domainOf(address: string): string {
  return address.slice(address.lastIndexOf('@') + 1).toLowerCase();
}

/** The session that shows this recipient's failure, most specific evidence first. */
function sessionFor(t: Transcript, address: string, reason: string): Session | null {
  const k = address.toLowerCase();
  const withReplies = t.sessions.filter((s) => s.replies.length > 0);
  const r = reason.toLowerCase();
  return (
    (r && withReplies.find((s) => s.replies.join(' ').toLowerCase().includes(r))) ||
    withReplies.find((s) => s.rcptReplies.has(k)) ||
    withReplies.find((s) => s.host !== null && s.host.toLowerCase().endsWith(domainOf(address))) ||
    null
  );
}

/**
 * The session's refusal: its first 4xx/5xx reply with the continuation lines of that reply
 * ("550-5.7.1 ..." up to "550 5.7.1 ..."); what the server said after it (a "503 need RCPT" to
 * the DATA that followed) is an echo of the same failure.
 */
function refusal(replies: readonly string[]): string[] {
  const first = replies.findIndex((r) => r.startsWith('4') || r.startsWith('5'));
  if (first < 0) return [];
  const out = [replies[first] as string];
  for (let i = first; i < replies.length - 1 && (replies[i] as string)[3] === '-'; i++)
    out.push(replies[i + 1] as string);
  return out;
}

/**
 * This recipient's refusal in the session: the reply to its own RCPT when the server refused it
 * there; when the server took its RCPT, the refusal of a later step (DATA, the end of data), not
 * another recipient's RCPT reply; the session's first refusal when it names no RCPT of this address.
 */
function sessionRefusal(session: Session, address: string): { lines: string[]; atRcpt: boolean } {
  const own = session.rcptReplies.get(address.toLowerCase());
  if (!own) return { lines: refusal(session.replies), atRcpt: false };
  const atRcpt = refusal(own);
  return atRcpt.length
    ? { lines: atRcpt, atRcpt: true }
    : { lines: refusal(session.otherReplies), atRcpt: false };
}

/**
 * Sendmail's "Message could not be delivered for 8 hours" (V5: the subject "Cannot send message
 * for 4 days"): the deferrals ran out of time.
 */
function expiryNote(t: Transcript, subject: string): string {
  const note = t.notes.find((n) => n.toLowerCase().includes('could not be delivered for'));
  if (note) return note;
  return subject.toLowerCase().includes('cannot send message for') ? subject : '';
}

function recipientFrom(t: Transcript, address: string, reason: string, expiry: string): FoundRecipient {
  const own = t.addressLines.get(address.toLowerCase()) ?? [];
  // A lone session is this recipient's only when Sendmail wrote no line of its own for it.
  const lone = t.sessions.filter((s) => s.replies.length > 0);
  const session =
    sessionFor(t, address, reason) ?? (own.length === 0 && lone.length === 1 ? (lone[0] as Session) : null);
  const refused = session ? sessionRefusal(session, address) : null;
  const replies = refused ? dropRepeatedReplyCodes(oneLine(refused.lines.join(' '))) : '';
  // The reason line is the first line of the reply; the transcript has all of it. A local
  // mailer's own words ("mail.local: unknown user: bob", "procmail: Quota exceeded while writing
  // ...") come before Sendmail's summary line ('550 5.0.0 "|/usr/bin/procmail"... Can't create
  // output'), and they say why: its "(reason: 73)" and "X-Unix; 73" are the exit code alone
  // (deliver.c markfailure, savemail.c).
  const mailer = t.notes.filter((n) => /^[\w.-]{1,40}: /.test(n) && !n.toLowerCase().startsWith('warning:'));
  const local = mailer.length
    ? oneLine([...mailer, ...(own.length ? own : t.codeLines.slice(0, 1))].join(' '))
    : '';
  let diagnostic = replies || local || reason || oneLine(own.join(' ')) || (t.codeLines[0] ?? '');
  // A permanent reply anywhere in it ("<ari@...>... 550 ...", its transcript line) is no timeout: in
  // RFC 3464's appendix report the subject "Cannot send message for 5 days" covers a delayed recipient.
  if (expiry && !diagnostic.startsWith('5') && !findReplyCode(diagnostic)?.startsWith('5'))
    diagnostic = oneLine(`${diagnostic} ${expiry}`);
  const evidence = [reason ? `(reason: ${reason})` : '', ...(session?.replies ?? []), ...own].filter(Boolean);
  return {
    address,
    diagnostic,
    remoteMta: session?.host ?? null,
    command: refused?.atRcpt ? 'RCPT' : stage(session?.command ?? null),
    evidence,
  };
}

/** V5 Sendmail names no address when the host never answered: the returned message's To: does. */
function returnedTo(body: string, lower: string): string[] {
  const at = lower.indexOf('unsent message follows');
  if (at < 0) return [];
  const ls = body.slice(at).split('\n');
  for (let i = 1; i < ls.length && i < 60; i++) {
    const l = ls[i] as string;
    if (l.trim() === '') break;
    if (l.toLowerCase().startsWith('to:')) {
      const found = findAddresses(l);
      return found.length === 1 ? found : [];
    }
  }
  return [];
}

function sendmailRecipients(ctx: BounceContext): FoundRecipient[] {
  const lines = ctx.sectionLines;
  const t = transcript(lines);
  const expiry = expiryNote(t, ctx.subject);
  const list = listed(lines);
  if (list.length) return list.map((l) => recipientFrom(t, l.address, l.reason, expiry));
  const named = t.order.length ? t.order : returnedTo(ctx.body, ctx.bodyLower);
  return named.map((a) => recipientFrom(t, a, '', expiry));
}

function looksLikeSendmail(ctx: BounceContext): boolean {
  return (
    ctx.headHas('----- ' + TRANSCRIPT_MARKER, 4000) ||
    LIST_MARKERS.some((m) => ctx.headHas(m, 4000)) ||
    ctx.headHas('----- unsent message follows', 4000)
  );
}

/**
 * What it reads: Sendmail, V5 Sendmail and Active!Hunter bounces (failed-address list, session
 * transcript)
 */
export const sendmail: BounceFormat = {
  name: 'sendmail',
  selfEvident: true,
  parse(ctx) {
    if (!looksLikeSendmail(ctx)) return null;
    return reportWithDsn(ctx, 'sendmail', sendmailRecipients(ctx));
  },
};
