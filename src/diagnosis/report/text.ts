// Helpers shared by the plain-text recognizers: finding addresses, cutting off the returned
// original message, and gathering the lines that explain one recipient's failure.

// Bounded quantifiers only: linear on any input.
const ADDRESS = /[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}\.){1,8}[A-Za-z]{2,24}/g;

export function findAddresses(line: string): string[] {
  const out: string[] = [];
  for (const m of line.matchAll(ADDRESS)) out.push(m[0].replace(/^[.'`]+|[.'`]+$/g, ''));
  return out;
}

export function firstAddress(text: string | null): string | null {
  if (!text) return null;
  return findAddresses(text)[0] ?? null;
}

// Lines that start the returned original message in the text bounces of common MTAs.
const ORIGINAL_MARKERS = [
  'this is a copy of the message',
  'below this line is a copy of the message',
  'original message follows',
  'original message headers',
  '----- original message -----',
  '------ original message ------',
  '--- original message ---',
  'undelivered message follows',
  'unsent message below',
  'unsent message follows',
  'returned message follows',
  'the headers of the original',
  'headers of your message',
  'header of the original message',
  'text of the original message',
  'message headers follow',
  'original message header',
  'copy of the original message',
  'content-type: message/rfc822',
  'the message that you sent',
  'following is a copy of the message',
  'a copy of the original',
  'your message reads',
  'original text follows',
  '--- message body',
  'returned mail follows',
];

/** The report part of a text bounce: everything before the returned original message. */
export function reportSection(body: string): string {
  const lower = body.toLowerCase();
  let cut = body.length;
  for (const m of ORIGINAL_MARKERS) {
    const i = lower.indexOf(m);
    if (i >= 0 && i < cut) cut = i;
  }
  // A header block of the original ("Received:" or "Return-Path:" at a line start after a blank line).
  for (const h of ['\n\nreceived: ', '\n\nreturn-path: ', '\n\nreceived:\t']) {
    const i = lower.indexOf(h);
    if (i >= 0 && i < cut) cut = i;
  }
  return body.slice(0, cut);
}

export function lines(text: string): string[] {
  return text.split('\n');
}

export function isSystemAddress(addr: string): boolean {
  const local = addr.slice(0, addr.indexOf('@')).toLowerCase();
  return (
    local === 'mailer-daemon' ||
    local === 'postmaster' ||
    local === 'mail-daemon' ||
    local === 'mailerdaemon' ||
    local === 'root' ||
    local === 'noreply' ||
    local === 'no-reply' ||
    local === 'mdaemon' ||
    local === 'bounce' ||
    local === 'bounces' ||
    local.startsWith('mailer-daemon') ||
    local.startsWith('bounce-')
  );
}

/** Collapses runs of white space: the server's words, on one line. */
export function oneLine(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/**
 * A multi-line SMTP reply read as one line repeats its code on every line ("550-5.7.1 This
 * message 550-5.7.1 does not ..."). Later repeats of the first code are dropped, so the server's
 * sentence reads whole and phrase rules can match across the original line breaks.
 */
export function dropRepeatedReplyCodes(text: string): string {
  const m = /(?<![\d.])([245]\d\d)[ -](?:#?([245]\.\d{1,3}\.\d{1,3})[ ]+)?/.exec(text.slice(0, 2000));
  if (!m) return text;
  const start = m.index + m[0].length;
  const code = m[1] as string;
  const status = m[2] ? m[2].replace(/\./g, '\\.') : null;
  const repeat = new RegExp(`\\s${code}[ -]${status ? `(?:#?${status}[ ]+)?` : ''}(?=\\S)`, 'g');
  return text.slice(0, start) + text.slice(start).replace(repeat, ' ');
}

/** "<bob@example.net>", "bob@example.net:" or '"bob@example.net"' -> bob@example.net. */
export function bareAddress(s: string): string {
  let t = s.trim();
  if (t.endsWith(':')) t = t.slice(0, -1).trim();
  if (t.startsWith('<') && t.endsWith('>')) t = t.slice(1, -1).trim();
  if (t.length > 1 && t.startsWith('"') && t.endsWith('"') && t.indexOf('"', 1) === t.length - 1) t = t.slice(1, -1);
  return t;
}

/** Index of the first line whose lower-case text includes one of the phrases, or -1. */
export function lineIndex(ls: readonly string[], phrases: readonly string[], from = 0): number {
  for (let i = from; i < ls.length; i++) {
    const l = (ls[i] as string).toLowerCase();
    if (phrases.some((p) => l.includes(p))) return i;
  }
  return -1;
}
