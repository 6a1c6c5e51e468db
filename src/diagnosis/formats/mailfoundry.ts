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
 *
 * One such block per failed address (go-sisimai lhost/via-mailfoundry.go starts a recipient at each
 * "Unable to deliver message to: <"); the server is named "<host>[<ip>] responded with failure:" or
 * "Server <host>[<ip>] failed with:".
 */
function mailfoundryRecipients(body: string): FoundRecipient[] {
  const lines = body.split('\n');
  const out: FoundRecipient[] = [];
  for (let to = lineIndex(lines, [TO]); to >= 0; to = lineIndex(lines, [TO], to + 1)) {
    const reason = lineIndex(lines, [REASON], to);
    if (reason < 0) break;
    const words: string[] = [];
    for (let i = reason + 1; i < lines.length && words.length < 8; i++) {
      const t = (lines[i] as string).trim();
      if (t === '' && words.length) break;
      if (t.toLowerCase().startsWith('this has been a permanent failure')) break;
      if (t) words.push(t);
    }
    const text = oneLine(words.join(' '));
    const said = serverSaid(text);
    const host = said
      ? text
          .slice(0, said.at)
          .replace(/^Server /, '')
          .trim()
      : '';
    const diagnostic = said ? text.slice(said.at + said.label.length) : text;
    const bracket = host.indexOf('[');
    for (const address of findAddresses(lines[to] as string))
      out.push({
        address,
        diagnostic,
        remoteMta: host ? (bracket > 0 ? host.slice(0, bracket) : host) : null,
        command: commandOf(text),
        evidence: words,
      });
  }
  return out;
}

const SAID = ['responded with failure: ', 'failed with: '];

function serverSaid(text: string): { at: number; label: string } | null {
  for (const label of SAID) {
    const at = text.indexOf(label);
    if (at >= 0) return { at, label };
  }
  return null;
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
