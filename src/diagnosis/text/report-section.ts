// The report part of a text bounce: everything before the returned original message, found by
// the fixed phrases MTAs write before it ("This is a copy of the message", "Original message
// follows" ...) or by its header block.

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

// A header block of the original ("Received:" or "Return-Path:" at a line start after a blank line).
const HEADER_MARKERS = ['\n\nreceived: ', '\n\nreturn-path: ', '\n\nreceived:\t'];

const LONGEST_MARKER = Math.max(
  ...ORIGINAL_MARKERS.map((m) => m.length),
  ...HEADER_MARKERS.map((m) => m.length),
);

/**
 * The report part of a text bounce: everything before the returned original message. `lower` is
 * the body's lower-case text when the caller has it; `mayHave` answers false only for markers that
 * the body cannot contain (BounceContext.mayHave), to skip their search.
 */
export function reportSection(
  body: string,
  lower = body.toLowerCase(),
  mayHave: (marker: string) => boolean = () => true,
): string {
  let cut = body.length;
  // Once a marker is found, the others are looked for only before it (in a slice, which is cheap).
  let hay = lower;
  for (const list of [ORIGINAL_MARKERS, HEADER_MARKERS]) {
    for (const m of list) {
      if (!mayHave(m)) continue;
      const i = hay.indexOf(m);
      if (i >= 0 && i < cut) {
        cut = i;
        hay = lower.slice(0, cut + LONGEST_MARKER - 1);
      }
    }
  }
  return body.slice(0, cut);
}
