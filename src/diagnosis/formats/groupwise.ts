// Novell (Micro Focus) GroupWise Internet Agent: X-Mailer "Novell GroupWise Internet Agent ...",
// Subject "Message status - undeliverable", body "The message that you sent was undeliverable to
// the following:", then one "<user or address> (<reason>)" per line, then "Possibly truncated
// original message follows:". A user of the same system is named without domain.
// Sources: Mail::DeliveryStatus::BounceParser, p_novell_groupwise_5_2()
// (github.com/rjbs/Mail-DeliveryStatus-BounceParser); GroupWise troubleshooting guide, "Message Has
// Undeliverable Status" (novell.com/documentation/gw7/gw7_tsh2).
// Brands: Novell / Micro Focus GroupWise.
import { domainOf } from '../text/names';
import { listedRecipients } from './aol';
import type { BounceContext, BounceFormat } from './format';

const LEAD = 'was undeliverable to the following';

/**
 * What it reads: Novell GroupWise notices ("The message that you sent was undeliverable to the
 * following:")
 */
export const groupwise: BounceFormat = {
  name: 'groupwise',
  selfEvident: true,
  parse(ctx: BounceContext) {
    const mailer = (ctx.headers.get('x-mailer') ?? '').toLowerCase();
    if (!mailer.includes('groupwise') && !ctx.subjectLower.startsWith('message status - undeliverable'))
      return null;
    if (!ctx.headHas(LEAD, 3000)) return null;
    // The report section ends at "the message that you sent" (a marker of returned text in other
    // formats): read the body itself, whose first lines are the report.
    const lines = ctx.body.split('\n', 2100);
    const lead = lines.findIndex((l) => l.toLowerCase().includes(LEAD));
    if (lead < 0) return null;
    const domain = domainOf(ctx.headers.get('from'));
    const recipients = listedRecipients(lines, lead, domain, 'undeliverable').map((r) => ({
      ...r,
      // "(user not found)" is the server's word; "undeliverable" adds nothing to it.
      diagnostic: (r.diagnostic ?? '').replace(/: undeliverable$/, ''),
    }));
    return recipients.length ? { format: 'groupwise', recipients } : null;
  },
};
