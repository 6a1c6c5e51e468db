// Courier MTA: "NOTICE: mail delivery status." (or "WARNING: delayed mail."), a text part listing
// each recipient with the remote host and the SMTP dialogue, and a delivery-status part. Its
// delivery-status part says only 5.0.0 or 4.0.0, and a delay notice's has no Diagnostic-Code: the
// reply (" <<< ") or the network error (" *** ") is in the text part alone.
// Brands: Courier MTA.
// Source: svarshavchik/courier courier/module.dsn/dsn.C (format_del_info, the delivery-status
// fields) and dsnfailed.txt, dsndelayed.txt, dsnheader.txt.in.
import { commandOf } from '../text/smtp-command';
import { bareAddress, findAddresses } from '../text/addresses';
import { dropRepeatedReplyCodes } from '../text/reply-codes';
import { lineIndex, oneLine } from '../text/lines';
import type { BounceFormat, FoundRecipient } from './format';
import { reportWithDsn } from './rfc3464';

const MARKERS = ['running the courier mail server', 'notice: mail delivery status', 'warning: delayed mail'];
const LIST_STARTS = [
  'following recipients cannot be delivered',
  'following recipients has been delayed',
  'following recipients have been delayed',
  'following recipients has not been delivered',
  'delivery to the following recipients',
  // module.dsn/dsndelayed.txt: "This is an advisory notice for\nthe following addresses only:"
  'the following addresses only:',
];

/**
 * Your message to the following recipients cannot be delivered:
 *
 * <bob@example.net>:
 *     mx.example.net [192.0.2.45]:
 * >>> RCPT TO:<bob@example.net>
 * <<< 550 5.1.1 User unknown
 */
function courierRecipients(body: string): FoundRecipient[] {
  const lines = body.split('\n');
  const start = lineIndex(lines, LIST_STARTS);
  if (start < 0) return [];
  const out: FoundRecipient[] = [];
  let cur: { address: string; lines: string[] } | null = null;
  const close = () => {
    if (!cur) return;
    const replies = cur.lines.filter((l) => l.startsWith('<<<')).map((l) => l.slice(3).trim());
    const host = cur.lines.find((l) => !l.startsWith('<<<') && !l.startsWith('>>>') && l.endsWith(':'));
    const text = replies.length ? replies.join(' ') : cur.lines.join(' ');
    out.push({
      address: cur.address,
      diagnostic: dropRepeatedReplyCodes(oneLine(text)),
      remoteMta: host ? (host.split(/[\s[:]/, 1)[0] ?? null) : null,
      command: commandOf(cur.lines.join(' ')),
      evidence: cur.lines,
    });
    cur = null;
  };
  for (let i = start + 1; i < lines.length; i++) {
    const line = lines[i] as string;
    const t = line.trim();
    if (t.startsWith('-----') || t.toLowerCase().startsWith('if your message was also sent')) break;
    if (t === '') continue;
    if (!line.startsWith(' ') && t.startsWith('<') && t.endsWith('>:')) {
      const a = bareAddress(t);
      if (findAddresses(a).length) {
        close();
        cur = { address: a, lines: [] };
        continue;
      }
    }
    cur?.lines.push(t);
  }
  close();
  return out;
}

/** What it reads: Courier MTA delivery status notices ("NOTICE: mail delivery status.") */
export const courier: BounceFormat = {
  name: 'courier',
  selfEvident: true,
  parse(ctx) {
    if (!MARKERS.some((m) => ctx.headHas(m, 2000) || ctx.subjectLower.startsWith(m))) return null;
    return reportWithDsn(ctx, 'courier', courierRecipients(ctx.body));
  },
};
