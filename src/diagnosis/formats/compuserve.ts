// CompuServe's postmaster notices (From: CompuServe Postmaster <postmaster@compuserve.com>,
// Subject: Undeliverable Message): "Receiver not found: <user name>", then "Your message could not
// be delivered as addressed.", then "--- Returned Message ---". The name is a CompuServe user.
// Source: Mail::DeliveryStatus::BounceParser, p_compuserve()
// (github.com/rjbs/Mail-DeliveryStatus-BounceParser, lib/Mail/DeliveryStatus/BounceParser.pm).
// Brands: CompuServe.
import { addressOrName, domainOf } from '../text/names';
import type { BounceContext, BounceFormat, FoundRecipient } from './format';

const NOT_FOUND = 'receiver not found:';
const AS_ADDRESSED = 'could not be delivered as addressed';

function compuserveRecipients(lines: readonly string[], domain: string): FoundRecipient[] {
  const out: FoundRecipient[] = [];
  for (const raw of lines) {
    const t = raw.trim();
    const lower = t.toLowerCase();
    if (lower.includes(AS_ADDRESSED) || lower.startsWith('---')) break;
    if (!lower.startsWith(NOT_FOUND)) continue;
    const address = addressOrName(t.slice(NOT_FOUND.length).trim().split(/\s/)[0] ?? '', domain);
    // The wording names one cause: no such user (RFC 3463 X.1.1).
    if (address) out.push({ address, status: '5.1.1', diagnostic: t, evidence: [t] });
  }
  return out;
}

/** What it reads: CompuServe postmaster notices ("Receiver not found: <name>") */
export const compuserve: BounceFormat = {
  name: 'compuserve',
  selfEvident: true,
  parse(ctx: BounceContext) {
    // CompuServe 2000 moved its users to cs.com.
    if (!ctx.from.includes('compuserve.com') && !ctx.from.includes('@cs.com')) return null;
    if (!ctx.headHas(NOT_FOUND, 3000)) return null;
    const from = domainOf(ctx.headers.get('from')) ?? 'compuserve.com';
    // Users are addressed at compuserve.com, whichever host of it wrote the notice.
    const domain = from.endsWith('.compuserve.com') ? 'compuserve.com' : from;
    const recipients = compuserveRecipients(ctx.body.split('\n', 200), domain);
    return recipients.length ? { format: 'compuserve', recipients } : null;
  },
};
