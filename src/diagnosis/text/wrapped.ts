// Server words hard-wrapped by a client or a relay (Outlook's plain-text forward wraps at 76
// columns, some gateways at 72): a recognizer that reads the server's line gets its first piece,
// "550 5.7.1 Unable" without "to relay". The continuation is read back from the text: only when
// the words end a line mid-sentence that a wrap at 72 or more columns broke (the next line's first
// word would not have fitted), and only lines that go on with the sentence (lower case first).

/** Lines at least this long can have been broken by a wrap; no wrapped line is longer than 78. */
const WRAPPED_LINE = 60;
const MAX_WRAPPED = 78;
const MIN_WIDTH = 72;
const MAX_MORE = 3;
const TAIL = 40;
/** The report's own text is at the body's start: callers pass this much of it (a search per
 *  recipient, up to 2,000 of them). */
export const WRAPPED_SEARCH = 64 * 1024;

/** The diagnostic with the lines that continue it, when the text shows it wrapped; else itself. */
export function unwrapDiagnostic(diagnostic: string, text: string): string {
  const words = diagnostic.trimEnd();
  if (words.length < 8 || endsSentence(words)) return diagnostic;
  const tail = words.slice(-TAIL);
  const at = text.indexOf(tail);
  if (at < 0) return diagnostic;
  let end = at + tail.length;
  if (text.charCodeAt(end) !== 10) return diagnostic; // not where its line ends
  const lineStart = text.lastIndexOf('\n', at) + 1;
  const more: string[] = [];
  let prevLen = end - lineStart;
  while (more.length < MAX_MORE && prevLen >= WRAPPED_LINE && prevLen <= MAX_WRAPPED) {
    const next = text.indexOf('\n', end + 1);
    const line = text.slice(end + 1, next < 0 ? text.length : next);
    if (!continues(line) || prevLen + 1 + firstWordLength(line) <= MIN_WIDTH) break;
    more.push(line.trim());
    if (endsSentence(line.trimEnd())) break;
    prevLen = line.length;
    if (next < 0) break;
    end = next;
  }
  return more.length ? `${words} ${more.join(' ')}` : diagnostic;
}

function endsSentence(s: string): boolean {
  const c = s[s.length - 1];
  return c === '.' || c === '!' || c === '?' || c === ':' || c === ']' || c === '>';
}

/**
 * A line that goes on with the sentence: it starts with a lower-case word ("to relay>", "same
 * domain)."), not a new item, field, log line or reply, which start otherwise.
 */
function continues(line: string): boolean {
  const t = line.trim();
  if (t === '' || t.length > MAX_WRAPPED) return false;
  const c = t[0] as string;
  // An address literal goes on with the sentence too: Postfix's "Client host [%s] blocked using %s"
  // (smtpd_check.c reject_rbl_addr) broken after "host".
  const literal = c === '[' && t.charCodeAt(1) >= 48 && t.charCodeAt(1) <= 57;
  if (!literal && (c === c.toUpperCase() || c !== c.toLowerCase())) return false;
  // An address or a label ("bob@example.org: 5.1.1 ...") starts the next recipient's line.
  const word = t.slice(0, firstWordLength(t));
  return !word.includes('@') && !word.endsWith(':');
}

function firstWordLength(line: string): number {
  const t = line.trimStart();
  const sp = t.indexOf(' ');
  return sp < 0 ? t.length : sp;
}

// A multi-line SMTP reply ("550-5.7.1 ... / 550 5.7.1 ...", RFC 5321 4.2.1) of which the report's
// field kept the first line only: sendmail's Diagnostic-Code holds the first line, its transcript
// ("<<< 550-5.7.1 ...") the rest, where Gmail's reason goes on. The lines are read back from the
// text: those after a copy of the first line that carry the same code, up to the last one ("550 ").
const MAX_REPLY_LINES = 12;
const MAX_FIRST_LINE = 200;
const MAX_COPIES = 4;

/** The diagnostic with the rest of the multi-line reply it starts, when the text holds it. */
export function continuedReply(diagnostic: string, text: string): string {
  // Most diagnostics are no multi-line reply's first line: said before any copy is made.
  if (diagnostic.charCodeAt(3) !== 45) return diagnostic;
  const d = diagnostic.trimEnd();
  if (d.length < 8 || d.length > MAX_FIRST_LINE || !/^[245]\d\d-/.test(d)) return diagnostic;
  const code = d.slice(0, 3);
  // The first copy can be another quote of the first line (sendmail's "(reason: 550-5.7.1 ...)").
  for (let at = text.indexOf(d), n = 0; at >= 0 && n < MAX_COPIES; at = text.indexOf(d, at + 1), n++) {
    const end = text.indexOf('\n', at);
    // Only the whole first line: a diagnostic the recognizer already joined is longer than it.
    if (end >= 0 && end - at <= d.length + 2) {
      const more = replyLines(text, end, code);
      if (more.length) return `${d} ${more.join(' ')}`;
    }
  }
  return diagnostic;
}

/** The lines after `end` (a line's end) that go on with a reply of this code, up to its last. */
function replyLines(text: string, end: number, code: string): string[] {
  const more: string[] = [];
  while (end >= 0 && more.length < MAX_REPLY_LINES) {
    const next = text.indexOf('\n', end + 1);
    const line = text.slice(end + 1, next < 0 ? text.length : next).trim();
    const t = line.startsWith('<<<') ? line.slice(3).trimStart() : line;
    if (!t.startsWith(code) || (t[3] !== '-' && t[3] !== ' ')) break;
    more.push(t);
    if (t[3] === ' ') break;
    end = next;
  }
  return more;
}
