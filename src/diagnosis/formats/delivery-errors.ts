// An unnamed MTA (sisimai's "X1"): subject "Returned Mail: <reason>", and under
// "---The following addresses had delivery errors---" one line per address with its reason.
// Brands: none known: the layout sisimai calls X1.
import { findAddresses } from '../text/addresses';
import { lineIndex } from '../text/lines';
import type { BounceFormat, FoundRecipient } from './format';

const MARKER = '---the following addresses had delivery errors---';

/** bob@example.net [User unknown] */
function deliveryErrorsRecipients(body: string): FoundRecipient[] {
  const lines = body.split('\n');
  const start = lineIndex(lines, [MARKER]);
  if (start < 0) return [];
  const out: FoundRecipient[] = [];
  for (let i = start + 1; i < lines.length; i++) {
    const t = (lines[i] as string).trim();
    if (t === '') {
      if (out.length) break;
      continue;
    }
    const address = findAddresses(t)[0];
    if (!address) break;
    const open = t.indexOf('[');
    const close = t.lastIndexOf(']');
    const diagnostic =
      open >= 0 && close > open
        ? t.slice(open + 1, close)
        : t.slice(t.indexOf(address) + address.length).trim();
    out.push({ address, diagnostic, evidence: [t] });
  }
  return out;
}

/**
 * What it reads: an unnamed MTA: "---The following addresses had delivery errors---", "address
 * [reason]"
 */
export const deliveryErrors: BounceFormat = {
  name: 'delivery-errors',
  selfEvident: true,
  parse(ctx) {
    if (!ctx.headHas(MARKER, 2000)) return null;
    const recipients = deliveryErrorsRecipients(ctx.body);
    return recipients.length ? { format: 'delivery-errors', recipients } : null;
  },
};
