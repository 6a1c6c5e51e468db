// Oracle (Sun ONE, iPlanet) Messaging Server and its PMDF ancestor: "This report relates to a
// message you sent with the following header fields:", then one labelled block per recipient.
// A delivery-status part usually follows; the text adds the original address and the reason.
// Brands: Oracle Communications Messaging Server, Sun Java System / Sun ONE / iPlanet Messaging Server, PMDF.
import { commandOf } from '../text/smtp-command';
import { findAddresses } from '../text/addresses';
import { lineIndex, oneLine } from '../text/lines';
import type { BounceFormat, FoundRecipient } from './format';
import { reportWithDsn } from './rfc3464';

const OPENING = 'this report relates to a message you sent';
const LIST_STARTS = ['cannot be delivered to the following recipients', 'following recipients'];

function label(line: string, name: string): string | null {
  const t = line.trim();
  return t.toLowerCase().startsWith(name) ? t.slice(name.length).trim() : null;
}

/**
 *   Recipient address: bob@example.net
 *   Original address: bob@example.org
 *   Reason: Remote SMTP server has rejected address
 *   Diagnostic code: smtp;550 5.1.1 <bob@example.net>... User unknown
 *   Remote system: dns;mx.example.net (TCP|192.0.2.1|25|192.0.2.2|34567)
 */
function messagingServerRecipients(body: string): FoundRecipient[] {
  const lines = body.split('\n');
  const start = lineIndex(lines, LIST_STARTS);
  if (start < 0) return [];
  const out: FoundRecipient[] = [];
  let cur: { address: string; reason: string; diag: string; remote: string | null; lines: string[] } | null =
    null;
  const close = () => {
    if (!cur) return;
    const diagnostic = oneLine(cur.diag ? `${cur.diag} ${cur.reason}` : cur.reason);
    out.push({
      address: cur.address,
      diagnostic,
      remoteMta: cur.remote,
      command: commandOf(cur.reason),
      evidence: cur.lines,
    });
    cur = null;
  };
  for (let i = start + 1; i < lines.length; i++) {
    const line = lines[i] as string;
    const recipient = label(line, 'recipient address:');
    if (recipient !== null) {
      close();
      // "@relay.example.net:bob@server" is a source route: the original address is clearer.
      cur = {
        address: findAddresses(recipient)[0] ?? recipient,
        reason: '',
        diag: '',
        remote: null,
        lines: [line.trim()],
      };
      continue;
    }
    if (!cur) continue;
    if (line.trim() === '' && cur.lines.length > 1) {
      close();
      continue;
    }
    cur.lines.push(line.trim());
    const original = label(line, 'original address:');
    const reason = label(line, 'reason:');
    const diag = label(line, 'diagnostic code:');
    const remote = label(line, 'remote system:');
    if (original !== null && findAddresses(original).length)
      cur.address = findAddresses(original)[0] as string;
    else if (reason !== null) cur.reason = reason;
    else if (diag !== null) cur.diag = diag.slice(diag.indexOf(';') + 1).trim();
    else if (remote !== null)
      cur.remote =
        (remote
          .slice(remote.indexOf(';') + 1)
          .trim()
          .split(/\s/, 1)[0] ??
          '') ||
        null;
  }
  close();
  return out;
}

/**
 * What it reads: Oracle/Sun Messaging Server and PMDF reports ("This report relates to a message
 * you sent ...")
 */
export const messagingServer: BounceFormat = {
  name: 'messagingserver',
  selfEvident: true,
  parse(ctx) {
    if (!ctx.headHas(OPENING, 2000)) return null;
    return reportWithDsn(ctx, 'messagingserver', messagingServerRecipients(ctx.body));
  },
};
