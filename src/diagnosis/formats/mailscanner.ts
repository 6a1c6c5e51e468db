// MailScanner's own notices to the sender (MailScanner/v5 common/usr/share/MailScanner/reports/<lang>/):
// sender.spam*.report.txt ("Our UCE (spam) detectors have been triggered by a message you sent:-",
// "This message has been rejected." / "destroyed."), sender.size / sender.content.report.txt ("Our
// email content filters have been triggered by a message you sent:-", "This message has been
// rejected."), rejection.report.txt ("You have sent a mail message to us which was not requested and
// has been rejected."), each naming the recipients on one "  To: a, b" line (Message.pm:
// join(', ', sort keys %tolist)). Its virus, filename and error warnings ("Any infected parts of the
// message ... have not been delivered") go with a message delivered without those parts: no failure
// sentence, so this reader refuses them. Brands: MailScanner (and eFa, which sends its templates).
import { findAddresses } from '../text/addresses';
import { lineIndex, oneLine } from '../text/lines';
import type { BounceFormat, FoundRecipient } from './format';

/** The opening lines (en, de): on-demand.ts MAILSCANNER repeats them as its sign. */
const OPENINGS = [
  'triggered by a message you sent',
  'which was not requested and has been',
  'wurden durch eine nachricht von ihnen ausgelöst',
];
/** The sentences that say the message went nowhere (en sender.*.report.txt, de sender.spam*.report.txt). */
const FAILED = [
  'this message has been rejected',
  'this message has been destroyed',
  'which was not requested and has been',
  'diese nachricht wurde gelöscht',
];
/** The template's closing paragraph or signature: the reason ends before it. */
const END = ['if you have any questions', 'wenn sie fragen haben', 'mailscanner'];
/** The original message's lines the template quotes ("  To: $to", "  An: $to"). */
const TO = ['to:', 'an:'];
const QUOTED = ['to:', 'an:', 'subject:', 'betreff:', 'date:', 'datum:'];

function recipientLine(lines: readonly string[], from: number): string[] {
  for (let i = from; i < lines.length && i < from + 6; i++) {
    const t = (lines[i] as string).trim();
    if (TO.some((p) => t.toLowerCase().startsWith(p))) return findAddresses(t.slice(3));
  }
  return [];
}

/**
 * Our UCE (spam) detectors have been triggered by a message you sent:-
 *   To: bob@example.org, carol@example.org
 *   Subject: Meeting notes
 *   Date: Wed Nov  5 11:12:37 2025
 * This message has been destroyed. The detectors that were triggered are
 * spam, SPAMHAUS.
 */
function mailscannerRecipients(body: string): FoundRecipient[] {
  const lines = body.split('\n');
  const open = lineIndex(lines, OPENINGS);
  const failed = open < 0 ? -1 : lineIndex(lines, FAILED, open);
  if (failed < 0 || failed > open + 8) return [];
  const evidence: string[] = [];
  for (let i = failed; i < lines.length && evidence.length < 12; i++) {
    const t = (lines[i] as string).trim();
    const lower = t.toLowerCase();
    if (END.some((p) => lower.startsWith(p)) || t === '--') break;
    if (t && !QUOTED.some((p) => lower.startsWith(p))) evidence.push(t);
  }
  const diagnostic = oneLine(evidence.join(' '));
  return recipientLine(lines, open + 1).map((address) => ({ address, diagnostic, evidence }));
}

/** What it reads: MailScanner's spam, size, content and "unrequested mail" rejections */
export const mailscanner: BounceFormat = {
  name: 'mailscanner',
  selfEvident: true,
  parse(ctx) {
    if (!OPENINGS.some((p) => ctx.headHas(p, 600))) return null;
    const recipients = mailscannerRecipients(ctx.body);
    return recipients.length ? { format: 'mailscanner', recipients } : null;
  },
};
