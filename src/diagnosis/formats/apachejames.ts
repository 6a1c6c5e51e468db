// Apache James: the server's error under "Error message below:", the envelope under "Message
// details:". Source: [SIS-LHOST] apachejames.rb (../shared/reference/formats.md).
// Brands: Apache James. Verizon Wireless's vtext.com gateway sends the same layout and has a
// recognizer of its own (verizon.ts) that reads it with jamesRecipients().
import { findAddresses } from '../text/addresses';
import { lineIndex, oneLine } from '../text/lines';
import type { BounceContext, BounceFormat, FoundRecipient } from './format';

/**
 * Error message below:
 * 550 - Requested action not taken: no such user here
 *
 * Message details:
 *   Subject: Lunch
 *   MAIL FROM: alice@example.org
 *   RCPT TO: bob@example.net
 */
export function jamesRecipients(body: string): FoundRecipient[] {
  const lines = body.split('\n');
  const below = lineIndex(lines, ['error message below:']);
  const details = lineIndex(lines, ['message details:']);
  if (below < 0 || details < 0) return [];
  // The error runs to the next blank line ("Message details:" may come before or after it).
  const words: string[] = [];
  for (let i = below + 1; i < lines.length && i !== details && words.length < 8; i++) {
    const t = (lines[i] as string).trim();
    if (t === '' && words.length) break;
    if (t) words.push(t);
  }
  const summary = (lines[lineIndex(lines, ['error:'])] ?? '').trim();
  const out: FoundRecipient[] = [];
  for (let i = details + 1; i < lines.length && i < details + 30; i++) {
    const t = (lines[i] as string).trim();
    if (!t.toUpperCase().startsWith('RCPT TO:')) continue;
    for (const address of findAddresses(t)) {
      out.push({
        address,
        diagnostic: oneLine([...words, summary].join(' ')),
        command: 'RCPT',
        evidence: [...words, t],
      });
    }
  }
  return out;
}

/** The two headings of the layout near the top. */
export function jamesLayout(ctx: BounceContext): boolean {
  return ctx.headHas('error message below:', 3000) && ctx.headHas('message details:', 3000);
}

/** What it reads: Apache James rejections ("Error message below:" ... "Message details:") */
export const apacheJames: BounceFormat = {
  name: 'apachejames',
  selfEvident: true,
  parse(ctx) {
    if (!jamesLayout(ctx)) return null;
    const recipients = jamesRecipients(ctx.body);
    return recipients.length ? { format: 'apachejames', recipients } : null;
  },
};
