// Apache James. Its notify mailets (Bounce, NotifySender: james-project server/mailet/mailets
// .../redirect/NotifyMailetsMessage.java) write the notice (by default "We were unable to deliver the
// attached message because of an error in the mail server."), the error under "Error message below:"
// when the mail has one, and the envelope under "Message details:" ("  RCPT TO: " and one address
// per line after it, indented). Its remote delivery (remote/delivery/Bouncer.java, DSNBounce.java)
// writes "Hi. This is the James mail server at <host>.", then either each address and the server's
// words ("Remote mail server told me: ...") or "Failed recipient(s):" and "Error message:" beside a
// delivery-status part. Source: [SIS-LHOST] apachejames.rb (../shared/reference/formats.md).
// Brands: Apache James. Verizon Wireless's vtext.com gateway sends the same layout and has a
// recognizer of its own (verizon.ts) that reads it with jamesRecipients().
import { findAddresses } from '../text/addresses';
import { lineIndex, oneLine } from '../text/lines';
import type { BounceContext, BounceFormat, FoundRecipient } from './format';
import { reportWithDsn } from './rfc3464';

const NOTICE = 'we were unable to deliver the attached message because of an error in the mail server';
const SERVER = 'hi. this is the james mail server at';

/** The error's lines after a heading, to the next blank line (at most 8). */
function linesAfter(lines: readonly string[], at: number, stop = -1): string[] {
  const words: string[] = [];
  for (let i = at + 1; at >= 0 && i < lines.length && i !== stop && words.length < 8; i++) {
    const t = (lines[i] as string).trim();
    if (t === '' && words.length) break;
    if (t) words.push(t);
  }
  return words;
}

/**
 * Error message below:
 * 550 - Requested action not taken: no such user here
 *
 * Message details:
 *   Subject: Lunch
 *   MAIL FROM: alice@example.org
 *   RCPT TO: bob@example.net
 *            carol@example.net
 */
export function jamesRecipients(body: string): FoundRecipient[] {
  const lines = body.split('\n');
  const below = lineIndex(lines, ['error message below:']);
  const details = lineIndex(lines, ['message details:']);
  if (details < 0) return [];
  // The error runs to the next blank line ("Message details:" may come before or after it); a mail
  // without an error message has no such heading.
  const words = linesAfter(lines, below, details);
  const summary = (lines[lineIndex(lines, ['error:'])] ?? '').trim();
  const diagnostic = oneLine([...words, summary].join(' '));
  const out: FoundRecipient[] = [];
  let rcpt = false;
  for (let i = details + 1; i < lines.length && i < details + 30 + out.length; i++) {
    const t = (lines[i] as string).trim();
    if (t.toUpperCase().startsWith('RCPT TO:')) rcpt = true;
    // The further recipients: an address alone on an indented line, no label before it.
    else if (!rcpt || t.includes(':') || !(lines[i] as string).startsWith('  ')) rcpt = false;
    if (!rcpt) continue;
    for (const address of findAddresses(t))
      out.push({ address, diagnostic, command: 'RCPT', evidence: [...words, t] });
  }
  return out;
}

/**
 * Hi. This is the James mail server at mx.example.org.
 * ... your message.
 *
 * bob@example.net
 * Remote mail server told me: 550 5.1.1 ...      (Bouncer.java)
 *
 * or: Failed recipient(s): / bob@example.net, carol@example.net / Error message: / ...  (DSNBounce.java)
 */
function jamesServerRecipients(body: string): FoundRecipient[] {
  const lines = body.split('\n');
  const hi = lineIndex(lines, [SERVER]);
  if (hi < 0) return [];
  const listed = lineIndex(lines, ['recipient(s):'], hi);
  if (listed >= 0) {
    const words = linesAfter(lines, lineIndex(lines, ['error message:'], listed));
    const diagnostic = oneLine(words.join(' '));
    const addresses = linesAfter(lines, listed).flatMap((l) => findAddresses(l));
    return addresses.map((address) => ({ address, diagnostic, evidence: words }));
  }
  // Bouncer: the paragraph ends "your message."; then the addresses, one a line, then the reason.
  const block = linesAfter(lines, lineIndex(lines, ['your message.'], hi));
  const addresses: string[] = [];
  const words: string[] = [];
  for (const t of block) {
    const a = findAddresses(t)[0];
    if (a && a.length >= t.length - 2 && !words.length) addresses.push(a);
    else words.push(t);
  }
  const diagnostic = oneLine(words.join(' '));
  return addresses.map((address) => ({ address, diagnostic, evidence: words }));
}

/** The headings of the layout near the top. */
export function jamesLayout(ctx: BounceContext): boolean {
  return (
    ctx.headHas('message details:', 3000) &&
    (ctx.headHas('error message below:', 3000) || ctx.headHas(NOTICE, 3000))
  );
}

/** What it reads: Apache James bounces ("Error message below:" ... "Message details:", "Hi. This is the James mail server at ...") */
export const apacheJames: BounceFormat = {
  name: 'apachejames',
  selfEvident: true,
  parse(ctx) {
    if (jamesLayout(ctx)) {
      const recipients = jamesRecipients(ctx.body);
      return recipients.length ? { format: 'apachejames', recipients } : null;
    }
    if (!ctx.headHas(SERVER, 1000)) return null;
    return reportWithDsn(ctx, 'apachejames', jamesServerRecipients(ctx.body));
  },
};
