// au by KDDI (ezweb.ne.jp) returned mail: subject "Mail System Error - Returned Mail", a Japanese
// and English explanation, then per recipient either a Postfix-like line ("<bob@ezweb.ne.jp>: 550
// user unknown (in reply to RCPT TO command)") or a "Recipient:" block with the SMTP dialogue.
// Brands: au by KDDI (ezweb.ne.jp).
import { commandOf } from '../text/smtp-command';
import { bareAddress, findAddresses } from '../text/addresses';
import { oneLine } from '../text/lines';
import type { BounceContext, BounceFormat, FoundRecipient } from './format';
import { reportWithDsn } from './rfc3464';

const REJECTED_BY_REMOTE = 'each of the following recipients was rejected by a remote';

function fromAu(ctx: BounceContext): boolean {
  return (
    ctx.from.includes('@ezweb.ne.jp') ||
    (ctx.subject === 'Mail System Error - Returned Mail' && ctx.from.includes('postmaster'))
  );
}

/**
 * The English sentence au puts above the recipients says which failure it is ("The user(s)
 * account is disabled."); it is kept with each recipient's words.
 */
function headline(lines: readonly string[]): string {
  for (const l of lines) {
    const t = l.trim();
    if (
      /^The [a-z]/.test(t) &&
      t.endsWith('.') &&
      t.length < 200 &&
      !t.toLowerCase().startsWith(REJECTED_BY_REMOTE)
    )
      return t;
  }
  return '';
}

/**
 *     Recipient: <bob@ezweb.ne.jp>
 *     >>> RCPT TO:<bob@ezweb.ne.jp>
 *     <<< 550 <bob@ezweb.ne.jp>: User unknown
 * or
 * <bob@ezweb.ne.jp>: 550 user unknown (in reply to RCPT TO command)
 * in the report section's lines.
 */
function ezwebRecipients(lines: readonly string[]): FoundRecipient[] {
  const head = headline(lines);
  const out: FoundRecipient[] = [];
  let block: { address: string; lines: string[] } | null = null;
  const cause: string[] = [];
  const close = () => {
    if (!block) return;
    const replies = block.lines.filter((l) => l.startsWith('<<<')).map((l) => l.slice(3).trim());
    const words = oneLine([replies.join(' ') || block.lines.join(' '), head].join(' '));
    out.push({
      address: block.address,
      diagnostic: words,
      command: commandOf(block.lines.join(' ')),
      evidence: block.lines,
    });
    block = null;
  };
  for (const raw of lines) {
    const t = raw.trim();
    if (t.toLowerCase().startsWith('recipient:')) {
      close();
      const a = findAddresses(t)[0];
      if (a) block = { address: a, lines: [] };
      continue;
    }
    if (block && (t.startsWith('>>>') || t.startsWith('<<<'))) {
      block.lines.push(t);
      continue;
    }
    const colon = t.indexOf('>: ');
    if (!t.startsWith('<<') && t.startsWith('<') && t.endsWith('>') && colon < 0) {
      // A bare "<bob@example.ne.jp>" under the cause (go-sisimai lhost/via-ezweb.go reads lines
      // that begin with "<"): "Your message was not delivered within 0 days and 1 hours." and
      // "Remote host is not responding." are the paragraph above it.
      close();
      const address = bareAddress(t);
      if (findAddresses(address)[0] === address)
        out.push({ address, diagnostic: oneLine(`${cause.join(' ')} ${head}`), evidence: [...cause, t] });
      continue;
    }
    if (t.startsWith('Your message ') || t.startsWith('Remote host ')) cause.push(t);
    if (t.startsWith('<') && colon > 0) {
      close();
      const address = bareAddress(t.slice(0, colon + 1));
      const words = t.slice(colon + 3);
      if (findAddresses(address)[0] === address) {
        out.push({
          address,
          diagnostic: oneLine(`${words} ${head}`),
          command: commandOf(words),
          evidence: [t],
        });
      }
    }
  }
  close();
  return out;
}

/** What it reads: au by KDDI (ezweb.ne.jp) returned mail ("Mail System Error - Returned Mail") */
export const ezweb: BounceFormat = {
  name: 'ezweb',
  selfEvident: true,
  parse(ctx) {
    if (!fromAu(ctx)) return null;
    return reportWithDsn(ctx, 'ezweb', ezwebRecipients(ctx.sectionLines));
  },
};
