// Trustwave Secure Email Gateway, formerly MailMarshal SMTP: Subject 'Undeliverable Mail: "<the
// original subject>"', then "Your message:" (its From and Subject), "Could not be delivered
// because of", the server's reply, "The following recipients were affected:" and one indented
// address per line, then "Additional Information" (Original Sender, Sender-MTA, Remote-MTA,
// Reporting-MTA).
// Source: sisimai, Sisimai::Lhost::MailMarshalSMTP (github.com/sisimai/p5-sisimai,
// lib/Sisimai/Lhost/MailMarshalSMTP.pm).
// Brands: Trustwave Secure Email Gateway, MailMarshal SMTP.
import { findEnhancedStatus, findReplyCode } from '../text/reply-codes';
import { commandOf } from '../text/smtp-command';
import { findAddresses } from '../text/addresses';
import { oneLine } from '../text/lines';
import type { BounceContext, BounceFormat, FoundRecipient } from './format';

const BECAUSE = 'could not be delivered because of';
const AFFECTED = 'the following recipients were affected:';
const MAX_REASON_LINES = 10;

function mailmarshalRecipients(lines: readonly string[]): FoundRecipient[] {
  const lower = lines.map((l) => l.trim().toLowerCase());
  const because = lower.indexOf(BECAUSE);
  const affected = lower.indexOf(AFFECTED);
  if (affected < 0) return [];
  const reason: string[] = [];
  if (because >= 0)
    for (let i = because + 1; i < affected && reason.length < MAX_REASON_LINES; i++) {
      const t = (lines[i] as string).trim();
      if (t) reason.push(t);
    }
  const diagnostic = oneLine(reason.join(' '));
  const remote = lines.find((l) => l.startsWith('Remote-MTA:'));
  const out: FoundRecipient[] = [];
  for (let i = affected + 1; i < lines.length; i++) {
    const t = (lines[i] as string).trim();
    if (t === '') {
      if (out.length) break;
      continue;
    }
    const address = findAddresses(t)[0];
    if (!address || address.length < t.length - 2) break;
    out.push({
      address,
      diagnostic,
      status: findEnhancedStatus(diagnostic),
      replyCode: findReplyCode(diagnostic),
      command: commandOf(diagnostic),
      remoteMta: remote ? (findAddresses(remote)[0] ?? remote.slice(11).trim().replace(/^<|>$/g, '')) : null,
      evidence: [...reason, t],
    });
  }
  return out;
}

/**
 * What it reads: Trustwave (MailMarshal SMTP) notices ("Could not be delivered because of", "The
 * following recipients were affected:")
 */
export const mailmarshal: BounceFormat = {
  name: 'mailmarshal',
  selfEvident: true,
  parse(ctx: BounceContext) {
    if (!ctx.subject.startsWith('Undeliverable Mail: "') && !ctx.headHas(BECAUSE, 3000)) return null;
    if (!ctx.headHas(AFFECTED, 6000)) return null;
    const recipients = mailmarshalRecipients(ctx.sectionLines);
    return recipients.length ? { format: 'mailmarshal', recipients } : null;
  },
};
