// Gmail's own bounce text, for the Gmail bounces that carry no usable delivery-status part (those
// that do are read by rfc3464). Two generations:
//  - classic: "Delivery to the following recipient failed permanently:" (or "has been delayed:"),
//    the addresses, then "Technical details of permanent failure:" and, when a remote server
//    refused, its words after "The error that the other server returned was:";
//  - current: a "** Message not delivered **" style heading, an explanation, then "The response
//    was:" / "The response from the remote server was:"; the address is in X-Failed-Recipients.
// Brands: Gmail, Google Workspace.
import { findOriginal } from '../format-helpers/original';
import type { BounceContext, BounceFormat, FoundRecipient, SmtpCommand } from './format';
import {
  failedRecipientsHeader,
  fromMentions,
  hasDsnRecipients,
  headSays,
  linesUntil,
  recipientAddresses,
} from '../format-helpers/provider-text';
import { lineIndex } from '../text/lines';
import { hasLocalLetter } from '../text/localized';

const CLASSIC_START = 'delivery to the following recipient';
const DETAILS = 'technical details of ';
const SERVER_SAID = 'the error that the other server returned was:';
const RESPONSE = ['the response from the remote server was:', 'the response was:'];

function isOriginalMarker(line: string): boolean {
  return line.trimStart().startsWith('-----');
}

/** "... rejected by the server for the recipient domain example.org by mx.example.org. [192.0.2.2]." */
function remoteHost(text: string): string | null {
  const m = /recipient domain [\w.-]{1,255} by ([\w.-]{1,255}?)\.? \[/i.exec(text);
  return m ? (m[1] ?? null) : null;
}

// Gmail's classic reports end the remote reply with the SMTP state it failed in: "(state 14)".
const STATES: Record<string, SmtpCommand> = {
  '14': 'RCPT',
  '15': 'DATA',
  '17': 'DATA',
  '18': 'DATA',
};

function stateCommand(text: string): SmtpCommand | null {
  const m = /\(state (\d{1,2})\)/.exec(text);
  return m ? (STATES[m[1] ?? ''] ?? null) : null;
}

/** The remote's words after "The error that the other server returned was:", also when a client
 *  or a forward wrapped that sentence across lines (its framing alone is no reason); null without. */
function serverSaid(text: string): string | null {
  const said = text.toLowerCase().indexOf(SERVER_SAID);
  if (said >= 0) return text.slice(said + SERVER_SAID.length).trim();
  const flat = text.replace(/\s+/g, ' ');
  const at = flat.toLowerCase().indexOf(SERVER_SAID);
  return at >= 0 ? flat.slice(at + SERVER_SAID.length).trim() : null;
}

function classic(ctx: BounceContext, lines: readonly string[], start: number): FoundRecipient[] {
  // Delivery to the following recipient failed permanently:
  //
  //      someone@example.org
  //
  // Technical details of permanent failure:
  // Google tried to deliver your message, but it was rejected by the server for the recipient
  // domain example.org by mx.example.org. [192.0.2.7].
  //
  // The error that the other server returned was:
  // 550 5.1.1 <someone@example.org>... User unknown
  const intro = (lines[start] as string).toLowerCase();
  const detailsAt = lineIndex(lines, [DETAILS], start + 1);
  const addrLines = linesUntil(lines, start + 1, (l) => l.toLowerCase().includes(DETAILS), 200);
  const addresses: string[] = [];
  for (const l of addrLines)
    for (const a of recipientAddresses(l)) if (!addresses.includes(a)) addresses.push(a);
  if (addresses.length === 0) addresses.push(...failedRecipientsHeader(ctx));
  const details = detailsAt < 0 ? [] : linesUntil(lines, detailsAt + 1, isOriginalMarker, 40);
  const text = details.join('\n').trim();
  const said = serverSaid(text);
  const diagnostic = said === null ? text : said;
  const temporary =
    intro.includes('delayed') ||
    (detailsAt >= 0 && (lines[detailsAt] as string).toLowerCase().includes('temporary'));
  const evidence = [(lines[start] as string).trim(), ...details.map((l) => l.trim()).filter(Boolean)];
  return addresses.map((address) => ({
    address,
    action: temporary ? 'delayed' : 'failed',
    diagnostic,
    remoteMta: remoteHost(text),
    command: stateCommand(diagnostic),
    evidence,
  }));
}

/**
 * A heading in the user's language (" (No se ha encontrado la dirección)"), to add to the explanation:
 * in a forwarded copy it may be all that names the cause in words the tables know. An English one
 * only repeats the explanation ("Address not found" heads even the notice of a domain that does
 * not exist), so it is left out; "" without.
 */
function localHeading(line: string): string {
  const words = line.trim().slice(3, -3);
  return hasLocalLetter(words) ? ` (${words})` : '';
}

function current(ctx: BounceContext, section: string, lines: readonly string[]): FoundRecipient[] {
  // ** Message not delivered **
  //
  // There was a problem delivering your message to someone@example.org. See the technical
  // details below.
  //
  // The response was:
  //
  // 550 5.7.1 Relaying denied
  const headAt = lines.findIndex((l) => /^\*\* [^*\n]{3,80} \*\*$/.test(l.trim()));
  if (headAt < 0) return [];
  const body = linesUntil(lines, headAt + 1, isOriginalMarker, 60).filter(
    (l) => !l.toLowerCase().startsWith('learn more'),
  );
  const text = body.join('\n').trim();
  let addresses = failedRecipientsHeader(ctx);
  if (addresses.length === 0) addresses = recipientAddresses(body.slice(0, 6).join(' ')).slice(0, 1);
  // Without either, the returned message says whom it was for.
  if (addresses.length === 0) addresses = recipientAddresses(findOriginal(ctx, section.length)?.to ?? '');
  if (addresses.length === 0) return [];
  const lower = text.toLowerCase();
  const respAt = RESPONSE.map((p) => lower.indexOf(p)).find((i) => i >= 0) ?? -1;
  // The explanation and the server's words both matter: Gmail's explanation names the cause when the
  // response is only an internal token ("SENT_SECOND_EHLO").
  const explained = `${respAt >= 0 ? text.slice(0, respAt).trim() : text}${localHeading(lines[headAt] as string)}`;
  const diagnostic =
    respAt >= 0
      ? `${text
          .slice(respAt)
          .replace(/^[^:]{1,60}:/, '')
          .trim()} (${explained})`
      : explained;
  const heading = (lines[headAt] as string).toLowerCase();
  const temporary =
    heading.includes('incomplete') || heading.includes('delayed') || lower.includes('will retry');
  return addresses.map((address) => ({
    address,
    action: temporary ? 'delayed' : 'failed',
    diagnostic,
    evidence: [(lines[headAt] as string).trim(), ...body.map((l) => l.trim()).filter(Boolean)].slice(0, 12),
  }));
}

/**
 * What it reads: Gmail text bounces without a delivery-status part: "Delivery to the following
 * recipient failed permanently" and "** Message not delivered **"
 */
export const gmail: BounceFormat = {
  name: 'gmail',
  parse(ctx) {
    if (hasDsnRecipients(ctx)) return null;
    const fromGoogle = fromMentions(ctx, ['googlemail.com', 'gmail.com', 'google.com']);
    // Without Google's sender, only Gmail's two fixed phrases together will do (a forwarded copy).
    if (!fromGoogle && !(headSays(ctx, CLASSIC_START) && headSays(ctx, DETAILS))) return null;
    const section = ctx.section;
    if (section.includes('groups.google.com')) return null; // Google Groups has its own recognizer
    const lines = ctx.sectionLines;
    const at = lineIndex(lines, [CLASSIC_START]);
    const recipients = at >= 0 ? classic(ctx, lines, at) : fromGoogle ? current(ctx, section, lines) : [];
    return recipients.length ? { format: 'gmail', reportingMta: null, recipients } : null;
  },
};
