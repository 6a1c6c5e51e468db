// An unnamed MTA (sisimai's "X6"): "We had trouble delivering your message. Full details follow:",
// then one sentence per error naming the server, the recipient, the SMTP step and the reply.
// Brands: none known: the layout sisimai calls X6.
import { commandOf } from '../text/smtp-command';
import { findAddresses } from '../text/addresses';
import type { BounceFormat, FoundRecipient } from './format';

const OPENING = 'we had trouble delivering your message';
const PERMANENT = 'The following recipients returned permanent errors:';

/**
 * SMTP Server <mx.example.net> rejected recipient <bob@example.net> (Error following RCPT command).
 * It responded as follows: [550 5.1.1 User unknown]
 */
function troubleDeliveringRecipients(body: string): FoundRecipient[] {
  const out: FoundRecipient[] = [];
  const lines = body.split('\n');
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i] as string;
    // "The following recipients returned permanent errors: bob@example.net." (go-sisimai
    // lhost/via-x6.go): the addresses, and no reply of a server (its "errors" is not a reason)
    if (line.startsWith(PERMANENT)) {
      for (const address of findAddresses(line.slice(PERMANENT.length)))
        out.push({ address, diagnostic: '', evidence: [line.trim()] });
      continue;
    }
    const at = line.indexOf(' rejected recipient <');
    if (at < 0) continue;
    // The sentence goes on on the next lines (go-sisimai lhost/via-x6.go: "SMTP Server <...>
    // rejected recipient <...>", then "  (Error following RCPT command). It responded as ...") up
    // to the reply's "]"; a blank line or the next sentence ends it.
    for (let n = 0; n < 4 && !line.trimEnd().endsWith(']'); n++) {
      const next = (lines[i + 1] ?? '').trim();
      if (!next || next.startsWith('SMTP Server <')) break;
      line += ` ${next}`;
      i++;
    }
    const end = line.indexOf('>', at + 21);
    if (end < 0) continue;
    const address = line.slice(at + 21, end);
    const server = /SMTP Server <([^>]{1,255})>/.exec(line)?.[1] ?? null;
    const open = line.indexOf('responded as follows: [');
    const close = line.lastIndexOf(']');
    const diagnostic = open >= 0 && close > open ? line.slice(open + 23, close) : line.trim();
    out.push({ address, diagnostic, remoteMta: server, command: commandOf(line), evidence: [line.trim()] });
  }
  return out;
}

/** What it reads: an unnamed MTA: "We had trouble delivering your message. Full details follow:" */
export const troubleDelivering: BounceFormat = {
  name: 'trouble-delivering',
  selfEvident: true,
  parse(ctx) {
    if (!ctx.headHas(OPENING, 2000)) return null;
    const recipients = troubleDeliveringRecipients(ctx.body);
    return recipients.length ? { format: 'trouble-delivering', recipients } : null;
  },
};
