// MDaemon (Alt-N / MDaemon Technologies): "The attached message had PERMANENT fatal delivery
// errors!" (or a warning for a delay), then the SMTP session transcript, one timestamped line per
// event: "*  To: <address>" for each recipient, "--> RCPT To:<address>" for what MDaemon sent and
// "<-- 550 5.1.1 ..." for what the remote server answered. The refused step and its reply say who
// failed: a refused RCPT that recipient, a refused MAIL, DATA or greeting every recipient.
// Sources: MDaemon manual, "DSN Settings" (session transcripts are included in DSN messages unless
// "Do not include session transcripts" is set; mdaemon 17.5 help, queues_dsn-options.htm) and its
// DELERR.DAT/DELWARN.DAT templates named in "Retry Queue"; RFC 5321 for the replies.
// Brands: MDaemon (Alt-N, MDaemon Technologies).
import { findEnhancedStatus, findReplyCode } from '../text/reply-codes';
import { findAddresses } from '../text/addresses';
import { oneLine } from '../text/lines';
import type { BounceContext, BounceFormat, FoundRecipient, SmtpCommand } from './format';

const TRANSCRIPT = 'session transcript';
const MAX_LINES = 5000;

/** The event of a transcript line, after its "Mon 2026-11-09 10:31:05.123: " stamp. */
function eventOf(line: string): string {
  const t = line.trim();
  // The stamp ends at the first ": " after a time of day (hh:mm:ss).
  const m = /^[A-Za-z]{3} \d{4}-\d\d-\d\d \d\d:\d\d:\d\d(?:\.\d{1,3})?: /.exec(t);
  return m ? t.slice(m[0].length) : t;
}

function commandName(sent: string): SmtpCommand | null {
  const u = sent.slice(0, 10).toUpperCase();
  if (u.startsWith('RCPT')) return 'RCPT';
  if (u.startsWith('MAIL')) return 'MAIL';
  if (u.startsWith('DATA') || u.startsWith('BDAT')) return 'DATA';
  if (u.startsWith('EHLO') || u.startsWith('HELO')) return 'HELO';
  return null;
}

function mdaemonRecipients(lines: readonly string[], headline: string): FoundRecipient[] {
  const listed: string[] = [];
  const accepted: string[] = [];
  const out: FoundRecipient[] = [];
  let step: SmtpCommand | null = 'CONN';
  let rcpt: string | null = null;
  let afterData = false;
  for (const raw of lines.slice(0, MAX_LINES)) {
    const e = eventOf(raw);
    if (e.startsWith('*  To:') || e.startsWith('* To:')) {
      for (const a of findAddresses(e)) listed.push(a);
      continue;
    }
    if (e.startsWith('--> ')) {
      const sent = e.slice(4);
      step = commandName(sent) ?? step;
      rcpt = step === 'RCPT' ? (findAddresses(sent)[0] ?? null) : rcpt;
      continue;
    }
    if (!e.startsWith('<-- ')) continue;
    const reply = e.slice(4);
    const code = findReplyCode(reply.slice(0, 4));
    if (!code) continue;
    if (code === '354') {
      afterData = true;
      continue;
    }
    if (code[0] === '2' || code[0] === '3') {
      if (step === 'RCPT' && rcpt) accepted.push(rcpt);
      continue;
    }
    const diagnostic = oneLine(reply);
    const failed = (address: string, command: SmtpCommand | null) =>
      out.push({
        address,
        replyCode: code,
        status: findEnhancedStatus(diagnostic),
        diagnostic,
        command,
        evidence: [headline, e].filter(Boolean),
      });
    if (step === 'RCPT' && rcpt && !afterData) {
      failed(rcpt, 'RCPT');
      continue;
    }
    // A refusal of the whole message: every recipient of the attempt.
    const all = afterData || step === 'DATA' ? accepted : [];
    for (const a of all.length ? all : listed) failed(a, afterData ? 'DATA' : step);
    break;
  }
  if (out.length || !listed.length) return out;
  // No refusal in the transcript (no MX, no connection): the last line that says what went wrong.
  const said = lines
    .slice(0, MAX_LINES)
    .map(eventOf)
    .filter((e) => /error|fail|unable|could not|no mx|timed out|refused/i.test(e.slice(0, 300)))
    .pop();
  const diagnostic = oneLine(said ?? headline);
  return listed.map((address) => ({ address, diagnostic, evidence: [headline, said ?? ''].filter(Boolean) }));
}

/** What it reads: MDaemon notices with their SMTP session transcript ("<-- 550 ...") */
export const mdaemon: BounceFormat = {
  name: 'mdaemon',
  selfEvident: true,
  parse(ctx: BounceContext) {
    if (!ctx.headHas(TRANSCRIPT, 4000)) return null;
    // Its headers, or (a notice relayed without them) its transcript's own arrows.
    const marked =
      ctx.from.includes('mdaemon') ||
      ctx.headers.has('x-mdaemon-deliver-to') ||
      ctx.headers.has('x-mdremoteip') ||
      (ctx.headHas(': --> rcpt to:') && ctx.headHas(': <-- '));
    if (!marked) return null;
    const lines = ctx.body.split('\n', MAX_LINES);
    const first = lines.find((l) => l.trim() !== '')?.trim() ?? '';
    const recipients = mdaemonRecipients(lines, first.length < 200 ? first : '');
    return recipients.length ? { format: 'mdaemon', recipients } : null;
  },
};
