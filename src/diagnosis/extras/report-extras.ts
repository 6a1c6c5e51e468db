// What the pane shows beyond the diagnosis, read from the same message: when the servers retry a
// delayed message until (RFC 3464 §2.3.9 Will-Retry-Until), the report's own plain explanation
// (Exchange's NDR puts one sentence for the sender under "Your message to X couldn't be
// delivered.", see Microsoft's "Non-delivery reports in Exchange Online"), and the original
// message's text when the report carries the whole original (RFC 3462 message/rfc822 part).
// Kept out of diagnose() so the CLI and the classification stay as they are.
import { buildContext } from '../context';
import { parseHeaderBlock } from '../mime/headers';
import { bytesToBinary } from '../mime/bytes';
import { leaves, normalizeLineEndBytes, scanMessage, type Mail } from '../mime/structure';
import { fieldGroups, stripType } from '../format-helpers/delivery-status';
import type { ReportExtras } from '../types';

export type { ReportExtras };

const NONE: ReportExtras = { retryUntil: {}, explanation: null, originalText: null };
const MAX_EXPLANATION = 400;
const MAX_ORIGINAL_TEXT = 4000;
/** A report never carries more groups than this that matter to the pane. */
const MAX_GROUPS = 200;

// Exchange Online, Exchange Server and Outlook.com open the user part with one of these lines;
// the paragraph after it is the explanation (same source as above).
const LEAD_INS = ["couldn't be delivered", 'could not be delivered', "wasn't delivered", 'was not delivered'];
const STOP_LINES = ['diagnostic information', 'how to fix it', 'more info', 'original message details'];

function retryDates(deliveryStatus: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  let seen = 0;
  for (const report of deliveryStatus) {
    for (const group of fieldGroups(report)) {
      if (++seen > MAX_GROUPS) return out;
      const fields = parseHeaderBlock(group);
      const find = (name: string) => fields.find((f) => f.name.toLowerCase() === name)?.value ?? null;
      const until = find('will-retry-until');
      const recipient = stripType(find('final-recipient') ?? find('original-recipient'));
      if (until && recipient) out[recipient.trim().toLowerCase()] = until.trim();
    }
  }
  return out;
}

/** The paragraph after the lead-in line, joined into one line; null when there is none. */
export function explanationIn(body: string): string | null {
  const lines = body.slice(0, 20_000).split('\n');
  // Exchange's own opening ("Your message to X couldn't be delivered."): other MTAs' similar
  // sentences are followed by the transcript, not by an explanation.
  const at = lines.findIndex((l) => {
    const low = l.trim().toLowerCase();
    return low.startsWith('your message') && LEAD_INS.some((p) => low.includes(p));
  });
  if (at < 0) return null;
  const words: string[] = [];
  let i = at + 1;
  while (i < lines.length && (lines[i] ?? '').trim() === '') i++;
  for (; i < lines.length; i++) {
    const line = (lines[i] ?? '').trim();
    if (line === '') break;
    const low = line.toLowerCase();
    if (STOP_LINES.some((s) => low.startsWith(s))) break;
    // Outlook.com puts the address (and its display name) on a line of its own: not a sentence.
    if (line.includes('@') && line.split(' ').length < 4) continue;
    words.push(line);
  }
  const text = words.join(' ').replace(/\s+/g, ' ').trim();
  // A lone status line or a server name is no explanation for a person.
  if (
    /\d\.\d{1,3}\.\d/.test(text) ||
    text.length < 20 ||
    text.split(' ').filter((w) => /^[a-z]{3,}[,.]?$/i.test(w)).length < 3
  )
    return null;
  return text.length > MAX_EXPLANATION ? `${text.slice(0, MAX_EXPLANATION - 1)}…` : text;
}

function originalText(mail: Mail): string | null {
  for (const part of leaves(mail.root)) {
    if (!part.message) continue;
    const text = leaves(part.message.root).find((p) => p.type === 'text/plain' && p.text.trim() !== '');
    if (text) return text.text.trim().slice(0, MAX_ORIGINAL_TEXT);
  }
  return null;
}

/** Never throws: a message the scanner can't read has no extras. */
export function readReportExtras(bytes: Uint8Array): ReportExtras {
  try {
    const mail = scanMessage(bytesToBinary(normalizeLineEndBytes(bytes)));
    const ctx = buildContext(mail);
    return {
      retryUntil: retryDates(ctx.deliveryStatus),
      explanation: explanationIn(ctx.body),
      originalText: originalText(mail),
    };
  } catch {
    return NONE;
  }
}
