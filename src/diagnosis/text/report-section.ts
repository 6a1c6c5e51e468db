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
  'following is a copy of the message',
  'a copy of the original',
  'your message reads',
  'original text follows',
  '--- message body',
  'returned mail follows',
  // SmarterMail: "-- The header and top 20 lines of the message follows --"
  'lines of the message follows',
  // go-sisimai's boundaries: lhost/via-notes.go "------- Returned Message --------", lhost/via-x6.go
  // "The attachment contains the original mail headers"
  '------- returned message',
  'the attachment contains the original mail headers',
  // Exim moan.c (its own refusals: too big, too many recipients, a bad header): "------ This is a
  // copy of your message, including all the headers." or, without the body, "------ This is a copy
  // of the headers that were received before the error\n       was detected."
  'this is a copy of your message',
  'this is a copy of the headers that were received',
  // Verizon's MMS gateway (vzwpix) heads the returned headers with a line of its own: "Original
  // Message:" (the layout go-sisimai's lhost/via-verizon.go reads); at a line's start only, as
  // prose says "a copy of the original message:" too.
  '\noriginal message:\n',
  // Smail 3.2 notify.c text_banner: "|------------------------- Message text follows: ---...|"
  '|------------------------- message text follows',
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

// Header fields of a message, which a report section holds when it quotes the returned message's
// header block without a marker before it (RFC 5322 3.6, RFC 2045, RFC 6376, RFC 8601). Their
// values (a Message-ID, a Subject) are the sender's words, not the report's.
const MESSAGE_FIELDS: ReadonlySet<string> = new Set([
  'received',
  'return-path',
  'message-id',
  // XMail's notice (QueueUtils.cpp): "ID:        <message-id>", "Message ID:" of others
  'id',
  'message id',
  'date',
  'from',
  'to',
  'cc',
  'bcc',
  'subject',
  'sender',
  'reply-to',
  'references',
  'in-reply-to',
  'mime-version',
  'content-type',
  'content-transfer-encoding',
  'content-disposition',
  'dkim-signature',
  'domainkey-signature',
  'authentication-results',
  'received-spf',
  'thread-index',
  'thread-topic',
  'importance',
  'user-agent',
]);

/** A line that starts one of a message's header fields ("Message-ID: <...>"). */
export function messageField(line: string): boolean {
  const colon = line.indexOf(':');
  if (colon < 1 || colon > 40) return false;
  // Indented too: notices quote the original's fields under "Your message" (Exchange 2003); MIMEDefang
  // writes "Message-Id : <...>" with a space before the colon.
  const name = line.slice(0, colon).trim().toLowerCase();
  return (
    MESSAGE_FIELDS.has(name) || name.startsWith('x-') || name.startsWith('arc-') || name.startsWith('list-')
  );
}

// Sendmail's summary of any permanent reply its mailer got (sysexits.c SysExMsg, EX_UNAVAILABLE:
// " 554 5.0.0 Service unavailable"; before 8.x "554 Service unavailable"; with the recipient,
// "554 5.0.0 <bob@example.net>... Service unavailable", err.c): the reply above it in the
// transcript says why, the line itself names no cause (not a destination that is down).
const SYSEXITS_TEXT = 'service unavailable';
const SYSEXITS_CODES: ReadonlySet<string> = new Set(['554 5.0.0', '554']);

function sysexitsLine(lower: string): boolean {
  const t = lower.trim();
  if (!t.endsWith(SYSEXITS_TEXT)) return false;
  let rest = t.slice(0, -SYSEXITS_TEXT.length).trimEnd();
  if (rest.endsWith('...')) {
    const space = rest.lastIndexOf(' ');
    rest = space < 0 ? '' : rest.slice(0, space).trimEnd();
  }
  return SYSEXITS_CODES.has(rest);
}

// A notice's headings that name no cause but hold a rule's words: Exchange 2007's "Delivery has
// failed to these recipients or distribution lists:" (not a refusal by a list's rules), and the
// delay intro "There was a temporary problem delivering your message to ..." of Gmail ("Delivery
// incomplete"), ZoneMTA and Stalwart (not a destination that is down). Taken out of the line.
const FRAMING = ['recipients or distribution lists', 'there was a temporary problem delivering'];

// Office 365's advice on what the server's error may say, in its Dutch and German notices: "Ga naar
// de foutmelding voor informatie over het probleem. ... Bijvoorbeeld: als er staat dat het bericht
// is geblokkeerd vanwege een mogelijk virus, ..." and, for admins, "... vanwege een SPF-probleem"
// (pastebin.com/27RYDbGs); "Überprüfen Sie die Fehlermeldung auf Informationen zu dem Problem. ...
// wegen eines potenziellen Virus gesperrt wurde, ..." (pastebin.com/7uyQfD4d). An example, not
// the reason: its paragraph is left out, to the blank line (a forward may have wrapped it).
const ADVICE = [
  'ga naar de foutmelding voor informatie over het probleem',
  'die fehlermeldung auf informationen zu dem problem',
];
const BLANK = /^[\s>]*$/;

/** Whether the (lower-case) line is in an advice paragraph, given whether the line before it was. */
function inAdvice(lower: string, before: boolean): boolean {
  if (before) return !BLANK.test(lower);
  return ADVICE.some((a) => lower.includes(a));
}

function withoutFraming(line: string, lower: string): string {
  for (const f of FRAMING) {
    const i = lower.indexOf(f);
    if (i >= 0) return line.slice(0, i) + line.slice(i + f.length);
  }
  return line;
}

/**
 * The report's own words: the section's first `limit` characters without the header fields of a
 * quoted message (and their folded lines) or a heading's framing, for a recipient whose own lines
 * give no reason.
 */
export function reportWords(section: string, limit: number): string {
  const text = section.length > limit ? section.slice(0, limit) : section;
  const kept: string[] = [];
  let folded = false;
  let advice = false;
  // Lower-cased once: lower-casing keeps the line breaks, so the two splits pair line by line.
  const lines = text.split('\n');
  const lowers = text.toLowerCase().split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    if (folded && (line.startsWith(' ') || line.startsWith('\t'))) continue;
    const lower = lowers[i] ?? line.toLowerCase();
    advice = inAdvice(lower, advice);
    if (advice) continue;
    folded = messageField(line);
    if (!folded && !sysexitsLine(lower)) kept.push(withoutFraming(line, lower));
  }
  return kept.join('\n');
}

// sendmail's savemail.c puts the first error in the subject it writes ("Returned mail: User
// unknown", "Returned mail: Data format error"), or "see transcript for details" when it has none.
const REASON_SUBJECT = 'returned mail:';

/** The reason a notice's lower-case subject states, without the original subject; "" when none. */
export function subjectReason(subjectLower: string): string {
  const t = subjectLower.trim();
  if (!t.startsWith(REASON_SUBJECT)) return '';
  const reason = t.slice(REASON_SUBJECT.length).trim();
  // "Returned mail: Service unavailable" is the sysexits text above (EX_UNAVAILABLE): no cause.
  return reason.startsWith('see transcript') || reason === 'service unavailable' ? '' : reason;
}
