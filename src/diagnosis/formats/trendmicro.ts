// Trend Micro InterScan Messaging Security Suite: "Message from InterScan Messaging Security
// Suite", then "Unable to deliver message to <address> ..." with its reason.
// Brands: Trend Micro InterScan Messaging Security Suite ("Unable to deliver" notices).
import { findAddresses } from '../text/addresses';
import { oneLine } from '../text/lines';
import type { BounceFormat, FoundRecipient } from './format';

const MARKER = 'message from interscan messaging security suite';
const TO = 'unable to deliver message to <';

/** Unable to deliver message to <bob@example.net> (and other recipients in the same domain). */
function trendmicroRecipients(body: string): FoundRecipient[] {
  const out: FoundRecipient[] = [];
  for (const raw of body.split('\n')) {
    const l = raw.trim();
    if (!l.toLowerCase().startsWith(TO)) continue;
    const address = findAddresses(l)[0];
    if (address) out.push({ address, diagnostic: oneLine(l), evidence: [l] });
  }
  return out;
}

/** What it reads: Trend Micro InterScan Messaging Security Suite notices */
export const trendmicro: BounceFormat = {
  name: 'trendmicro',
  selfEvident: true,
  parse(ctx) {
    if (!ctx.headHas(MARKER, 2000)) return null;
    const recipients = trendmicroRecipients(ctx.body);
    return recipients.length ? { format: 'trendmicro', recipients } : null;
  },
};
