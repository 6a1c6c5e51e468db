// qmail bounces and their descendants (netqmail, notqmail, vpopmail, qmail-ldap, and the qmail-like
// gateways sisimai calls X2 and X4). One entry per address, "<bob@example.net>:" on a line of its
// own, followed by qmail-remote's words; no delivery-status part.
// Brands: qmail, netqmail, notqmail, vpopmail, qmail-ldap; the qmail-like gateways sisimai calls X2 and X4.
import { commandOf } from '../text/smtp-command';
import { bareAddress, findAddresses } from '../text/addresses';
import { oneLine } from '../text/lines';
import type { BounceContext, BounceFormat, FoundRecipient } from './format';

const OPENINGS = [
  'this is the qmail-send program',
  "wasn't able to deliver your message to the following address",
  'unable to deliver message to the following address',
  'message to the following address(es) could not be delivered',
];

// Openings of qmail clones (go-sisimai lhost/via-qmail.go, startingof "message"): too plain to be
// trusted alone, so read only with qmail's own signs (its "failure notice" subject, or a Received
// line "(qmail <pid> invoked for bounce)").
const CLONE_OPENINGS = [
  'he/her is not ',
  'unable to deliver your message to the following addresses',
  'su mensaje no pudo ser entregado',
  'sorry, we were unable to deliver your message to the following address',
  'this is the machine generated message from mail service',
  'this is the mail delivery agent at',
  'unfortunately, your mail was not delivered to the following address',
  'your mail message to the following address',
  'your message to the following addresses',
  "we're sorry.",
];

function hasQmailSigns(ctx: BounceContext): boolean {
  // sisimai Lhost/X4.pm: the clones' subjects start "failure notice" or "Permanent Delivery Failure".
  if (ctx.subjectLower === 'failure notice' || ctx.subjectLower.startsWith('permanent delivery failure'))
    return true;
  // Text pasted without its headers: qmail's copy marker below the list is the sign left.
  if (ctx.mail.headerless) return ENDS.some((m) => ctx.headHas(m, 8000));
  return ctx.headers.getAll('received').some((r) => r.startsWith('(qmail ') && r.includes(' invoked '));
}

const ENDS = [
  '--- below this line is a copy of the message',
  '--- enclosed is a copy of the message',
  '--- original message follows',
  '--- below the next line is a copy of the message',
  '--- the original message follows',
  '--- enclosed are the original headers of the message',
  '--- below this line is the original bounce',
  '--- below this line is a copy of the mail header',
  '--- mensaje original adjunto',
];

/** "<bob@example.net>:" alone on its line (a trailing space is common); a clone may put "To:" before
 *  it (sisimai Lhost/X4.pm: /\A(?:To[ ]*:)?[<](.+[@].+)[>]:/). */
function entryAddress(line: string): string | null {
  const t = line.startsWith('To:') ? line.slice(3).trim() : line.trim();
  if (!t.startsWith('<') || !t.endsWith('>:') || line.startsWith(' ')) return null;
  const a = bareAddress(t);
  return a.includes('@') && findAddresses(a).length === 1 ? a : null;
}

/**
 * The lines after an address:
 *   192.0.2.25 does not like recipient.
 *   Remote host said: 550 5.1.1 <bob@example.net>... User unknown
 *   Giving up on 192.0.2.25.
 * "Giving up on <host>" only says qmail stopped trying that host: it is evidence, not a cause.
 */
function recipientOf(address: string, lines: string[]): FoundRecipient {
  const said = lines.findIndex((l) => l.toLowerCase().startsWith('remote host said:'));
  const reply = said >= 0 ? (lines[said] as string).slice(17).trim() : '';
  const rest = lines.filter((l, i) => i !== said && !l.toLowerCase().startsWith('giving up on '));
  // The words before the reply ("does not like recipient.") locate the step, not the cause.
  const words = reply
    ? [reply, ...rest.filter((l) => !/^\S+ (?:does not like|failed after|but )/.test(l))]
    : rest;
  const connected = /^Connected to (\S+)|^(\S+) does not like|^(\S+) failed after/.exec(lines[0] ?? '');
  return {
    address,
    diagnostic: oneLine(words.join(' ')),
    remoteMta: connected ? (connected[1] ?? connected[2] ?? connected[3] ?? null) : null,
    command: commandOf(lines.join(' ')),
    evidence: lines,
  };
}

function qmailRecipients(body: string): FoundRecipient[] {
  const lower = body.toLowerCase();
  let end = body.length;
  for (const m of ENDS) {
    const i = lower.indexOf(m);
    if (i >= 0 && i < end) end = i;
  }
  const out: FoundRecipient[] = [];
  let cur: { address: string; lines: string[] } | null = null;
  for (const line of body.slice(0, end).split('\n')) {
    const address = entryAddress(line);
    if (address) {
      if (cur) out.push(recipientOf(cur.address, cur.lines));
      cur = { address, lines: [] };
    } else if (cur && line.trim() !== '') {
      cur.lines.push(line.trim());
    }
  }
  if (cur) out.push(recipientOf(cur.address, cur.lines));
  return out;
}

/**
 * What it reads: qmail-send bounces ("Hi. This is the qmail-send program at ...") and qmail-like
 * gateways, and qmail clones' own openings when the subject or a Received line shows qmail
 */
export const qmail: BounceFormat = {
  name: 'qmail',
  selfEvident: true,
  parse(ctx) {
    if (!OPENINGS.some((o) => ctx.headHas(o, 3000))) {
      // qmail's signs first: they rule out nearly every message in one look.
      if (!hasQmailSigns(ctx) || !CLONE_OPENINGS.some((o) => ctx.headHas(o, 3000))) return null;
    }
    const recipients = qmailRecipients(ctx.body);
    return recipients.length ? { format: 'qmail', recipients } : null;
  },
};
