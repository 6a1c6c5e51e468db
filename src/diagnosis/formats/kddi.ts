// KDDI (au, dion.ne.jp): "Your mail sent on: <date>" (or "Your mail attempted to be delivered on:
// <date>", go-sisimai lhost/via-kddi.go startingof), "Could not be delivered to: <address>", then
// one sentence of cause ("As their mailbox is full.").
// Brands: KDDI (au, dion.ne.jp).
import { findAddresses } from '../text/addresses';
import { oneLine } from '../text/lines';
import type { BounceFormat, FoundRecipient } from './format';

const TO = 'could not be delivered to: <';
const ATTEMPTED = 'your mail attempted to be delivered on';

/**
 * Your mail sent on: Thu, 29 Apr 2021 10:00:00 +0900
 *      Could not be delivered to: <bob@example.ne.jp>
 *      As their mailbox is full.
 */
function kddiRecipients(body: string): FoundRecipient[] {
  const lines = body.split('\n').map((l) => l.trim());
  const out: FoundRecipient[] = [];
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i] as string;
    if (!l.toLowerCase().startsWith(TO)) continue;
    const address = findAddresses(l)[0];
    if (!address) continue;
    const cause: string[] = [];
    for (let j = i + 1; j < lines.length && j < i + 4; j++) {
      const t = lines[j] as string;
      if (t === '' || t.toLowerCase().startsWith('could not be delivered')) break;
      cause.push(t);
    }
    out.push({ address, diagnostic: oneLine(cause.join(' ')), evidence: [l, ...cause] });
  }
  return out;
}

/** What it reads: KDDI/au bounces ("Your mail sent on: ...", "Could not be delivered to: <...>") */
export const kddi: BounceFormat = {
  name: 'kddi',
  selfEvident: true,
  parse(ctx) {
    const opening = ctx.headHas('your mail sent on', 1000) || ctx.headHas(ATTEMPTED, 1000);
    if (!opening || !ctx.headHas(TO, 1000)) return null;
    const recipients = kddiRecipients(ctx.body);
    return recipients.length ? { format: 'kddi', recipients } : null;
  },
};
