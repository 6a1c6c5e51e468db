// The last resort for text bounces no specific recognizer claimed: recipients are the addresses of
// the report section (not the sender, not a daemon), and each one's diagnostic is the lines that
// follow it up to the next recipient or a blank line.
import { findEnhancedStatus, findReplyCode } from '../text/reply-codes';
import { findAddresses, isSystemAddress } from '../text/addresses';
import { oneLine } from '../text/lines';
import { daemonSender } from '../format-helpers/daemon-sender';
import type { BounceContext, BounceFormat, FoundRecipient } from './format';

const MAX_LINES_PER_RECIPIENT = 8;
const MAX_LINE = 4000;

/** The report section's lines: each new address starts a recipient. */
export function textRecipients(ls: readonly string[], exclude: ReadonlySet<string>): FoundRecipient[] {
  const found: FoundRecipient[] = [];
  const seen = new Set<string>();
  let current: { r: FoundRecipient; lines: string[] } | null = null;
  const close = () => {
    if (!current) return;
    // A line can be megabytes long (junk, an unwrapped attachment): the server's words are shorter.
    const cut = current.lines.map((l) => (l.length > MAX_LINE ? l.slice(0, MAX_LINE) : l));
    const text = oneLine(cut.join(' '));
    current.r.diagnostic = text;
    current.r.evidence = cut.map((l) => l.trim()).filter(Boolean);
    current = null;
  };
  for (const line of ls) {
    const addrs =
      line.indexOf('@') < 0
        ? []
        : findAddresses(line).filter((a) => !exclude.has(a.toLowerCase()) && !isSystemAddress(a));
    const fresh = addrs.filter((a) => !seen.has(a.toLowerCase()));
    if (fresh.length > 0) {
      close();
      for (const a of fresh) seen.add(a.toLowerCase());
      const r: FoundRecipient = { address: fresh[0] as string };
      found.push(r);
      current = { r, lines: [line] };
      for (const extra of fresh.slice(1)) found.push({ address: extra });
      continue;
    }
    if (!current) continue;
    if (line.trim() === '') {
      if (current.lines.length > 1) close();
      continue;
    }
    if (current.lines.length < MAX_LINES_PER_RECIPIENT) current.lines.push(line);
  }
  close();
  return found;
}

export function excludedAddresses(ctx: BounceContext): Set<string> {
  const out = new Set<string>();
  for (const h of ['to', 'from', 'reply-to', 'return-path', 'delivered-to', 'sender']) {
    for (const a of findAddresses(ctx.headers.get(h) ?? '')) out.add(a.toLowerCase());
  }
  return out;
}

function plainlySystem(ctx: BounceContext): boolean {
  if (ctx.headers.has('x-failed-recipients')) return true;
  const rp = ctx.headers.get('return-path');
  return daemonSender(ctx) !== undefined || (rp !== null && rp.replace(/\s/g, '') === '<>');
}

export const genericText: BounceFormat = {
  name: 'text',
  recognizes: 'any text bounce: addresses in the report section and the server lines after them',
  parse(ctx) {
    const found = textRecipients(ctx.sectionLines, excludedAddresses(ctx));
    const withCodes = found.filter(
      (r) => findReplyCode(r.diagnostic ?? '') || findEnhancedStatus(r.diagnostic ?? ''),
    );
    // An address with no server reply near it is a recipient only when a mail system plainly wrote
    // the message: a notification from a shop or a carrier names addresses too.
    const recipients = withCodes.length ? withCodes : plainlySystem(ctx) ? found : [];
    return recipients.length ? { format: 'text', recipients } : null;
  },
};
