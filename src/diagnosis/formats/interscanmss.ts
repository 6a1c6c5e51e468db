// Trend Micro InterScan Messaging Security Suite (IMSS) and InterScan VirusWall gateways: From
// "InterScan MSS", Subject "Mail could not be delivered" (Japanese editions:
// "メッセージを配信できません。", "メール配信に失敗しました"), and the SMTP exchange that failed:
//   Sent <<< RCPT TO:<bob@example.net>
//   Received >>> 550 5.1.1 <bob@example.net>... User unknown
// (Japanese editions write 送信 and 受信 for Sent and Received.)
// Source: sisimai, Sisimai::Lhost::InterScanMSS (github.com/sisimai/p5-sisimai,
// lib/Sisimai/Lhost/InterScanMSS.pm).
// Brands: Trend Micro InterScan Messaging Security Suite (IMSS), InterScan VirusWall.
import { findEnhancedStatus, findReplyCode } from '../text/reply-codes';
import { findAddresses } from '../text/addresses';
import { oneLine } from '../text/lines';
import type { BounceContext, BounceFormat, FoundRecipient, SmtpCommand } from './format';

const SUBJECTS = ['mail could not be delivered', 'メッセージを配信できません', 'メール配信に失敗しました'];

function stepOf(sent: string): SmtpCommand | null {
  const u = sent.trim().slice(0, 4).toUpperCase();
  return u === 'RCPT' ? 'RCPT' : u === 'MAIL' ? 'MAIL' : u === 'DATA' ? 'DATA' : null;
}

/** Where the arrow ("<<< " or ">>> ") of a transcript line ends, near its start; -1 without one. */
function arrowEnd(t: string): number {
  const s = t.indexOf('<<< ');
  const r = t.indexOf('>>> ');
  const at = s >= 0 && (r < 0 || s < r) ? s : r;
  return at >= 0 && at < 12 ? at + 4 : -1;
}

function interscanRecipients(lines: readonly string[]): FoundRecipient[] {
  const out: FoundRecipient[] = [];
  let sent: { line: string; address: string | null; step: SmtpCommand | null } | null = null;
  for (const raw of lines) {
    const t = raw.trim();
    const end = arrowEnd(t);
    if (end < 0) continue;
    // The English notice writes "Sent <<< RCPT TO:..." and "Received >>> 550 ...", the Japanese one
    // the arrows the other way ("送信 >>> RCPT TO:...", "受信 <<< 550 ...": go-sisimai
    // lhost/via-interscanmss.go reads both): a reply starts with its code, a command does not.
    const reply = oneLine(t.slice(end));
    const code = findReplyCode(reply.slice(0, 4));
    if (!code) {
      sent = { line: t, address: findAddresses(reply)[0] ?? null, step: stepOf(reply) };
      continue;
    }
    if (code[0] === '2' || code[0] === '3') continue;
    const address = sent?.address ?? findAddresses(reply)[0];
    if (!address) continue;
    out.push({
      address,
      replyCode: code,
      status: findEnhancedStatus(reply),
      diagnostic: reply,
      command: sent?.step ?? null,
      evidence: [sent?.line ?? '', t].filter(Boolean),
    });
    sent = null;
  }
  return out;
}

/** What it reads: Trend Micro InterScan MSS notices ("Sent <<< RCPT TO:", "Received >>> 550 ...") */
export const interscan: BounceFormat = {
  name: 'interscanmss',
  selfEvident: true,
  parse(ctx: BounceContext) {
    const marked = ctx.from.includes('interscan') || SUBJECTS.some((s) => ctx.subjectLower.startsWith(s));
    if (!marked || !ctx.headHas('>>> ', 6000)) return null;
    const recipients = interscanRecipients(ctx.sectionLines);
    return recipients.length ? { format: 'interscanmss', recipients } : null;
  },
};
