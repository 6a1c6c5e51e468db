// The addresses of a text report read line by line: each new address starts a recipient, and the
// lines after it, up to the next address or a blank line, are its server's words. The generic text
// reader, the fallback readings and a few old formats (IMail, Chinese providers, not-collected
// notices) share it.
import { findAddresses, isSystemAddress } from '../text/addresses';
import { oneLine } from '../text/lines';
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

/** The addresses of the message's own headers (its sender, its recipient, the daemon): never a failed recipient. */
export function excludedAddresses(ctx: BounceContext): Set<string> {
  const out = new Set<string>();
  for (const h of ['to', 'from', 'reply-to', 'return-path', 'delivered-to', 'sender']) {
    for (const a of findAddresses(ctx.headers.get(h) ?? '')) out.add(a.toLowerCase());
  }
  return out;
}
