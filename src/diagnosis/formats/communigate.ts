// CommuniGate Pro: a text part "Failed to deliver to '<address>'", then the module that failed
// and its words ("SMTP module(domain example.net) reports:" / "LOCAL module(account bob)
// reports:", the remote host's reply indented below), beside a message/delivery-status part that
// often carries only the per-message fields. Delays read "Delivery to '<address>' delayed".
// Source: CommuniGate Pro guide, "E-Mail Transfer" (Transfer.html: addresses are routed as
// module(queue)address, and each module reports its own errors); RFC 3464.
// Brands: CommuniGate Pro.
import { findEnhancedStatus, findReplyCode } from '../text/reply-codes';
import { commandOf } from '../text/smtp-command';
import { findAddresses } from '../text/addresses';
import { oneLine } from '../text/lines';
import type { BounceContext, BounceFormat, FoundRecipient } from './format';
import { reportWithDsn } from './rfc3464';

const FAILED = "failed to deliver to '";
const DELAYED = "delivery to '";
const MAX_REASON_LINES = 8;

function communigateRecipients(lines: readonly string[]): FoundRecipient[] {
  const out: FoundRecipient[] = [];
  for (let i = 0; i < lines.length; i++) {
    const t = (lines[i] as string).trim();
    const lower = t.toLowerCase();
    const failed = lower.startsWith(FAILED);
    if (!failed && !(lower.startsWith(DELAYED) && lower.includes('delayed'))) continue;
    const address = findAddresses(t)[0];
    if (!address) continue;
    const reason: string[] = [];
    for (let j = i + 1; j < lines.length && reason.length < MAX_REASON_LINES; j++) {
      const r = (lines[j] as string).trim();
      if (r === '' || r.toLowerCase().startsWith(FAILED)) break;
      reason.push(r);
    }
    // "SMTP module(domain x) reports:" and "host x says:" name who spoke; the words follow.
    const words = reason.filter((r) => !/(?:module\(.{0,200}\) reports|says):$/.test(r));
    const diagnostic = oneLine((words.length ? words : reason).join(' ')) || t;
    out.push({
      address,
      action: failed ? 'failed' : 'delayed',
      status: findEnhancedStatus(diagnostic),
      replyCode: findReplyCode(diagnostic),
      diagnostic,
      command: commandOf(diagnostic),
      remoteMta: /host (\S{1,255}) says:/.exec(reason.join('\n'))?.[1] ?? null,
      evidence: [t, ...reason],
    });
  }
  return out;
}

/**
 * What it reads: CommuniGate Pro notices ("Failed to deliver to '<address>'", "... module(...)
 * reports:")
 */
export const communigate: BounceFormat = {
  name: 'communigate',
  selfEvident: true,
  parse(ctx: BounceContext) {
    if (!ctx.headHas(FAILED, 4000) && !ctx.headHas(') reports:', 4000)) return null;
    if (!ctx.headHas('module(', 4000)) return null;
    const text = communigateRecipients(ctx.sectionLines);
    return text.length ? reportWithDsn(ctx, 'communigate', text) : null;
  },
};
