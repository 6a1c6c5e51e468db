// AOL's AirMail notices (the plain-text ones of the 1990s and 2000s, header "Mailer: AirMail"):
//   Your mail to the following recipients could not be delivered[ because they are not accepting
//   mail from <sender>]:
//       <screen name>[ (<reason>)]
// One screen name (an AOL user name, no domain) or address per line.
// Source: Mail::DeliveryStatus::BounceParser, p_aol_senderblock()
// (github.com/rjbs/Mail-DeliveryStatus-BounceParser, lib/Mail/DeliveryStatus/BounceParser.pm).
// Brands: AOL (AirMail notices).
import { addressOrName, domainOf } from '../text/names';
import { oneLine } from '../text/lines';
import type { BounceContext, BounceFormat, FoundRecipient } from './format';

const LEAD = 'your mail to the following recipients could not be delivered';
const MAX_ENTRIES = 2000;

/** The listed recipients after the lead line; each is "<name or address>[ (<reason>)]". */
export function listedRecipients(
  lines: readonly string[],
  leadIndex: number,
  domain: string | null,
  headline: string,
): FoundRecipient[] {
  const out: FoundRecipient[] = [];
  for (let i = leadIndex + 1; i < lines.length && out.length < MAX_ENTRIES; i++) {
    const t = (lines[i] as string).trim();
    if (t === '') {
      if (out.length) break;
      continue;
    }
    if (t.startsWith('---')) break;
    const open = t.indexOf(' (');
    const token = open > 0 ? t.slice(0, open) : t;
    const reason = open > 0 && t.endsWith(')') ? t.slice(open + 2, -1).trim() : '';
    const address = addressOrName(token, domain);
    if (!address) break;
    out.push({
      address,
      diagnostic: oneLine(reason ? `${reason}: ${headline}` : headline),
      evidence: [headline, t],
    });
  }
  return out;
}

/**
 * What it reads: AOL AirMail plain-text notices ("Your mail to the following recipients could not
 * be delivered")
 */
export const aol: BounceFormat = {
  name: 'aol',
  selfEvident: true,
  parse(ctx: BounceContext) {
    const mailer = (ctx.headers.get('mailer') ?? ctx.headers.get('x-mailer') ?? '').toLowerCase();
    const fromAol = ctx.from.includes('@aol.com');
    if (!mailer.includes('airmail') && !fromAol) return null;
    if (!ctx.headHas(LEAD, 4000)) return null;
    const lines = ctx.sectionLines;
    const lead = lines.findIndex((l) => l.toLowerCase().includes(LEAD));
    if (lead < 0) return null;
    // "Sorry kim@example.org. " opens the line: the sender's address, not a recipient.
    const line = (lines[lead] as string).trim();
    const at = line.toLowerCase().indexOf(LEAD);
    const headline = line.slice(at).replace(/:$/, '');
    const recipients = listedRecipients(
      lines,
      lead,
      domainOf(ctx.headers.get('from')) ?? 'aol.com',
      headline,
    );
    return recipients.length ? { format: 'aol', recipients } : null;
  },
};
