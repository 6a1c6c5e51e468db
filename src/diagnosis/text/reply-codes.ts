// SMTP replies in free text: reply codes (RFC 5321), enhanced status codes (RFC 3463), and the
// repeated codes of a multi-line reply. The patterns use bounded quantifiers only, so they run in
// linear time on any input.

// Not global: only the first match is wanted (matchAll() built a new RegExp per call).
// Not after a letter or a slash either: "v2.0.13" in "X-Mailer: <SMTP32 v2.0.13>" is a version.
const ENHANCED = /(?<![\w./])([245])\.(\d{1,3})\.(\d{1,3})(?![\d]|\.\d)/;
const REPLY = /(?<![\d.\w-])([245][0-5]\d)(?=[ -]|$)/m;

/** The first enhanced status code in the text ("5.1.1"), skipping "0.0.0"-style noise. */
export function findEnhancedStatus(text: string): string | null {
  const m = ENHANCED.exec(text.slice(0, 20000));
  return m ? `${m[1]}.${Number(m[2])}.${Number(m[3])}` : null;
}

/** The first basic reply code that looks like one ("550 ", "421-"). */
export function findReplyCode(text: string): string | null {
  const m = REPLY.exec(text.slice(0, 20000));
  return m ? (m[1] ?? null) : null;
}

/** Normalizes "5.01.001" and "#5.1.1" to "5.1.1"; null when it is not a status code. */
export function normalizeStatus(s: string | null | undefined): string | null {
  if (!s) return null;
  const m = /([245])\.(\d{1,3})\.(\d{1,3})/.exec(s);
  return m ? `${m[1]}.${Number(m[2])}.${Number(m[3])}` : null;
}

export function statusClass(status: string | null, reply: string | null): '2' | '4' | '5' | null {
  const c = (status ?? reply ?? '')[0];
  return c === '2' || c === '4' || c === '5' ? c : null;
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
  // Most replies never repeat their code: then there is nothing to drop, and no pattern to build.
  if (text.indexOf(code, start) < 0) return text;
  const status = m[2] ? m[2].replace(/\./g, '\\.') : null;
  const repeat = new RegExp(`\\s${code}[ -]${status ? `(?:#?${status}[ ]+)?` : ''}(?=\\S)`, 'g');
  return text.slice(0, start) + text.slice(start).replace(repeat, ' ');
}
