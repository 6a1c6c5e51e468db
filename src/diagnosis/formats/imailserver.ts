// Ipswitch IMail Server: subject "Undeliverable Mail", X-Mailer "<SMTP32 v...>", one line per
// recipient "<reason>: <address>" (also "Delivery failed 3 attempts: <address>") or
// "undeliverable to <address>", or the remote server's words after "Body of message generated
// response:"; the original message follows "Original message follows.".
// Source: sisimai, Sisimai::Lhost::IMailServer (github.com/sisimai/p5-sisimai,
// lib/Sisimai/Lhost/IMailServer.pm): the "undeliverable to" and "Delivery failed" variants.
// Brands: Ipswitch IMail Server (SMTP32).
import { findAddresses } from '../text/addresses';
import { oneLine } from '../text/lines';
import { findOriginal, originalRecipients } from '../format-helpers/original';
import type { BounceContext, BounceFormat, FoundRecipient } from './format';
import { excludedAddresses } from '../format-helpers/text-recipients';

const GENERATED = 'body of message generated response:';
const UNDELIVERABLE_TO = 'undeliverable to ';

/**
 * Unknown user: bob@example.net
 * User mailbox exceeds allowed size: bob@example.net
 */
function imailRecipients(sectionLines: readonly string[]): FoundRecipient[] {
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
    // A label is not a reason: "Failed Recipient: bob@example.net" (SmarterMail), "To:", "Cc:".
    // IMail's reasons are phrases ("Unknown user", "Delivery failed 3 attempts").
    if (!reason.includes(' ') || /^(?:failed |final-|original-)?recipients?$/i.test(reason)) continue;
    out.push({ address, diagnostic: generated ? `${generated} ${reason}` : reason, evidence: [l] });
  }
  return out;
}

/**
 * "Unknown host: nowhere.example.net" names a domain, not an address: the recipients are the
 * returned message's To and Cc addresses at that domain.
 */
function hostRecipients(ctx: BounceContext): FoundRecipient[] {
  const hosts: { host: string; line: string }[] = [];
  for (const raw of ctx.sectionLines) {
    const l = raw.trim();
    const colon = l.lastIndexOf(': ');
    if (colon <= 0 || l.length > 300) continue;
    const host = l
      .slice(colon + 2)
      .trim()
      .toLowerCase();
    if (/^[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){1,8}$/.test(host)) hosts.push({ host, line: l });
  }
  if (!hosts.length) return [];
  const addresses = originalRecipients(findOriginal(ctx, ctx.section.length));
  const out: FoundRecipient[] = [];
  for (const a of addresses) {
    const domain = a.slice(a.indexOf('@') + 1).toLowerCase();
    const hit = hosts.find((x) => domain === x.host || domain.endsWith(`.${x.host}`));
    if (hit)
      out.push({
        address: a,
        diagnostic: hit.line,
        evidence: [hit.line, `the returned message was addressed to ${a}`],
      });
  }
  return out;
}

/** What it reads: Ipswitch IMail Server bounces (X-Mailer: <SMTP32 ...>, "Undeliverable Mail") */
export const imail: BounceFormat = {
  name: 'imailserver',
  selfEvident: true,
  parse(ctx) {
    const mailer = ctx.headers.get('x-mailer') ?? '';
    if (!mailer.startsWith('<SMTP32 v') && !ctx.subject.startsWith('Undeliverable Mail')) return null;
    if (!ctx.from.includes('postmaster') && !mailer.startsWith('<SMTP32 v')) return null;
    // Quoted header lines ("From: kim@example.org") name the sender, not a recipient.
    const exclude = excludedAddresses(ctx);
    const listed = imailRecipients(ctx.sectionLines).filter((r) => !exclude.has(r.address.toLowerCase()));
    const recipients = listed.length ? listed : hostRecipients(ctx);
    return recipients.length ? { format: 'imailserver', recipients } : null;
  },
};
