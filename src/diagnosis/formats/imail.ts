// Ipswitch IMail Server: subject "Undeliverable Mail", X-Mailer "<SMTP32 v...>", one line per
// recipient "<reason>: <address>" (also "Delivery failed 3 attempts: <address>") or
// "undeliverable to <address>", or the remote server's words after "Body of message generated
// response:"; the original message follows "Original message follows.".
// Source: sisimai, Sisimai::Lhost::IMailServer (github.com/sisimai/p5-sisimai,
// lib/Sisimai/Lhost/IMailServer.pm): the "undeliverable to" and "Delivery failed" variants.
import { findAddresses, oneLine } from '../report/text';
import type { BounceFormat, FoundRecipient } from './format';
import { excludedAddresses } from './generic-text';

const GENERATED = 'body of message generated response:';
const UNDELIVERABLE_TO = 'undeliverable to ';

/**
 * Unknown user: bob@example.net
 * User mailbox exceeds allowed size: bob@example.net
 */
export function imailRecipients(sectionLines: readonly string[]): FoundRecipient[] {
  const lines = sectionLines.map((l) => l.trim());
  const gen = lines.findIndex((l) => l.toLowerCase().startsWith(GENERATED));
  const generated = gen >= 0 ? oneLine(lines.slice(gen + 1, gen + 6).join(' ')) : '';
  const out: FoundRecipient[] = [];
  for (const l of lines) {
    if (l.toLowerCase().startsWith(UNDELIVERABLE_TO)) {
      const address = findAddresses(l)[0];
      if (address) out.push({ address, diagnostic: generated ? `${generated} ${l}` : l, evidence: [l] });
      continue;
    }
    const colon = l.lastIndexOf(': ');
    if (colon <= 0) continue;
    const tail = l.slice(colon + 2).trim();
    const address = findAddresses(tail)[0];
    if (!address || address.length < tail.length - 2) continue;
    const reason = l.slice(0, colon).trim();
    out.push({ address, diagnostic: generated ? `${generated} ${reason}` : reason, evidence: [l] });
  }
  return out;
}

export const imail: BounceFormat = {
  name: 'imailserver',
  recognizes: 'Ipswitch IMail Server bounces (X-Mailer: <SMTP32 ...>, "Undeliverable Mail")',
  selfEvident: true,
  parse(ctx) {
    const mailer = ctx.headers.get('x-mailer') ?? '';
    if (!mailer.startsWith('<SMTP32 v') && !ctx.subject.startsWith('Undeliverable Mail')) return null;
    if (!ctx.from.includes('postmaster') && !mailer.startsWith('<SMTP32 v')) return null;
    // Quoted header lines ("From: kim@example.org") name the sender, not a recipient.
    const exclude = excludedAddresses(ctx);
    const recipients = imailRecipients(ctx.sectionLines).filter((r) => !exclude.has(r.address.toLowerCase()));
    return recipients.length ? { format: 'imailserver', recipients } : null;
  },
};
