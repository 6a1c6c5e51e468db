// The addresses of a text report read line by line: each new address starts a recipient, and the
// lines after it, up to the next address or a blank line, are its server's words. The generic text
// reader, the fallback readings and a few old formats (IMail, Chinese providers, not-collected
// notices) share it.
import { findAddresses, isSystemAddress } from '../text/addresses';
import { oneLine } from '../text/lines';
import { messageField } from '../text/report-section';
import type { BounceContext, FoundRecipient } from '../formats/format';

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
    // A quoted header field (Message-ID, From, Received) names the message's parties, not a
    // failed recipient, and is not a server's words.
    if (messageField(line)) {
      close();
      continue;
    }
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

// A label that introduces the reason for every recipient of the notice, on its own line:
// Netscape Messaging Server's "This Message was undeliverable due to the following reason:" above
// the addresses, a gateway's "... could not be delivered / because:" below them (flufl.bounce
// netscape.py and simplematch.py).
const REASON_LABEL_ENDS = ['following reason:', 'following reasons:', 'because:'];
const MAX_REASON_LINES = 4;

/**
 * The paragraph after a reason label ("...due to the following reason:", "because:") that names no
 * address: the notice's one reason, which its recipients' own lines may not repeat.
 */
export function sharedReason(ls: readonly string[]): string | null {
  for (let i = 0; i < ls.length; i++) {
    const t = (ls[i] as string).trim().toLowerCase();
    if (t.indexOf('@') >= 0 || !REASON_LABEL_ENDS.some((e) => t.endsWith(e))) continue;
    let j = i + 1;
    while (j < ls.length && (ls[j] as string).trim() === '') j++;
    const para: string[] = [];
    for (; j < ls.length && para.length < MAX_REASON_LINES; j++) {
      const l = (ls[j] as string).trim();
      if (l === '') break;
      para.push(l.length > MAX_LINE ? l.slice(0, MAX_LINE) : l);
    }
    const text = oneLine(para.join(' '));
    if (text && text.indexOf('@') < 0) return text;
  }
  return null;
}

/** The addresses of the message's own headers (its sender, its recipient, the daemon): never a failed recipient. */
export function excludedAddresses(ctx: BounceContext): Set<string> {
  const out = new Set<string>();
  for (const h of ['to', 'from', 'reply-to', 'return-path', 'delivered-to', 'sender']) {
    for (const a of findAddresses(ctx.headers.get(h) ?? '')) out.add(a.toLowerCase());
  }
  return out;
}
