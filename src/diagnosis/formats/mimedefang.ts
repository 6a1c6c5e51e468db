// MIMEDefang's notices to the sender (action_notify_sender). Mail::MIMEDefang signal_complete
// (modules/lib/Mail/MIMEDefang.pm) opens each with a preamble unless $NotifyNoPreamble is set:
// "An e-mail you sent with message-id <id>" / "was modified by our mail scanning software." /
// "The recipients were: <a> <b>" / "Here are the details of the modification:", then the filter's
// own text. A filter that sets $NotifyNoPreamble lists the envelope in its text instead, as the
// contrib/linuxorg/filter details() block does ("Sender     : <a>", one "Recipient  : <b>" line
// each). The notice is a failure only when the filter's text says the message went nowhere
// (linuxorg virus(): "This message was not delivered to the intended recipient, it has been
// discarded."); its "Executable discarded" notice ("Your email has been sent to the intended
// recipient without this file included.") goes with a delivered message, so this reader refuses it.
// Brands: MIMEDefang (Roaring Penguin, The McGrail Foundation).
import { findAddresses } from '../text/addresses';
import { oneLine } from '../text/lines';
import type { BounceFormat, FoundRecipient } from './format';

/** The preamble's line and the details block's recipient label, padded to the other labels' width
 *  or with its spaces run together (an HTML copy, a forward): on-demand.ts MIMEDEFANG repeats them. */
const PREAMBLE = 'was modified by our mail scanning software';
const RECIPIENT = ['recipient  :', 'recipient :'];
const RECIPIENTS_WERE = 'the recipients were:';
const DETAILS = 'here are the details of the modification:';
/** Words that say the whole message went nowhere (linuxorg virus() and the family of its wording). */
const FAILED = [
  'not delivered to the intended recipient',
  'message was not delivered',
  'message has been discarded',
  'message was discarded',
  'message has been rejected',
  'message was rejected',
];
/** Where the filter's own words end: details() opens with a dashed line, headers() with this. */
const END = ['----', 'original headers:', 'postmaster'];

/** The filter's text: after the preamble's "details" line, or from the top without a preamble. */
function noticeLines(lines: readonly string[]): string[] {
  const at = lines.findIndex((l) => l.trim().toLowerCase() === DETAILS);
  const out: string[] = [];
  for (let i = at + 1; i < lines.length && out.length < 16; i++) {
    const t = (lines[i] as string).trim();
    if (END.some((p) => t.toLowerCase().startsWith(p))) break;
    if (t) out.push(t);
  }
  return out;
}

/** "The recipients were: <a> <b>" (preamble), or each "Recipient  : <b>" (details block). */
function envelopeRecipients(lines: readonly string[]): string[] {
  const out: string[] = [];
  for (const raw of lines) {
    const t = raw.trim().toLowerCase();
    if (t.startsWith(RECIPIENTS_WERE)) return findAddresses(raw);
    if (RECIPIENT.some((p) => t.startsWith(p))) out.push(...findAddresses(raw));
  }
  return out;
}

/**
 * This message was not delivered to the intended recipient, it has
 * been discarded.  ...
 * Recipient  : <bob@example.org>
 * Virus      : W32/Example.A@mm
 */
function mimedefangRecipients(body: string): FoundRecipient[] {
  const lines = body.split('\n');
  const evidence = noticeLines(lines);
  const diagnostic = oneLine(evidence.join(' '));
  const lower = diagnostic.toLowerCase();
  if (!FAILED.some((p) => lower.includes(p))) return [];
  const virus = lines.find((l) => /^virus +:/.test(l.trim().toLowerCase()));
  if (virus) evidence.push(virus.trim());
  return envelopeRecipients(lines).map((address) => ({ address, diagnostic, evidence }));
}

/** What it reads: MIMEDefang's notices to the sender that say the message was not delivered */
export const mimedefang: BounceFormat = {
  name: 'mimedefang',
  selfEvident: true,
  parse(ctx) {
    if (!ctx.headHas(PREAMBLE, 300) && !RECIPIENT.some((p) => ctx.headHas(p, 3000))) return null;
    const recipients = mimedefangRecipients(ctx.body);
    return recipients.length ? { format: 'mimedefang', recipients } : null;
  },
};
