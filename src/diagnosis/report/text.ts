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
  'returned message follows',
  'the headers of the original',
  'headers of your message',
  'header of the original message',
  'text of the original message',
  'the original message was',
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
