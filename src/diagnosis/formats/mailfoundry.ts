// MailFoundry gateway: subject "Message delivery has failed", "Unable to deliver message to:
// <address>", then "Delivery failed for the following reason:" and the remote server's reply.
// Brands: MailFoundry.
import { commandOf } from '../text/smtp-command';
import { findAddresses } from '../text/addresses';
import { lineIndex, oneLine } from '../text/lines';
import type { BounceFormat, FoundRecipient } from './format';

const TO = 'unable to deliver message to:';
const REASON = 'delivery failed for the following reason:';

/**
 * Unable to deliver message to: <bob@example.net>
 * Delivery failed for the following reason:
 * mx.example.net[192.0.2.2] responded with failure: 552 sorry, mailbox is over quota (#5.2.2)
 */
function mailfoundryRecipients(body: string): FoundRecipient[] {
  const lines = body.split('\n');
  const to = lineIndex(lines, [TO]);
  const reason = lineIndex(lines, [REASON], Math.max(to, 0));
  if (to < 0 || reason < 0) return [];
  const words: string[] = [];
  for (let i = reason + 1; i < lines.length && words.length < 8; i++) {
    const t = (lines[i] as string).trim();
    if (t === '' && words.length) break;
    if (t.toLowerCase().startsWith('this has been a permanent failure')) break;
    if (t) words.push(t);
  }
  const text = oneLine(words.join(' '));
  const said = text.indexOf('responded with failure: ');
  const host = said > 0 ? text.slice(0, said).trim() : '';
  const diagnostic = said >= 0 ? text.slice(said + 24) : text;
  const bracket = host.indexOf('[');
  return findAddresses(lines[to] as string).map((address) => ({
    address,
    diagnostic,
    remoteMta: host ? (bracket > 0 ? host.slice(0, bracket) : host) : null,
    command: commandOf(text),
    evidence: words,
  }));
}

/**
 * What it reads: MailFoundry gateway bounces ("Unable to deliver message to:", "Delivery failed
 * for the following reason:")
 */
export const mailfoundry: BounceFormat = {
  name: 'mailfoundry',
  selfEvident: true,
  parse(ctx) {
    if (!ctx.headHas(TO, 1500) || !ctx.headHas(REASON, 1500)) return null;
    const recipients = mailfoundryRecipients(ctx.body);
    return recipients.length ? { format: 'mailfoundry', recipients } : null;
  },
};
