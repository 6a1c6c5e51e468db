// Finding SMTP reply codes and enhanced status codes inside free text. The patterns use bounded
// quantifiers only, so they run in linear time on any input.

const ENHANCED = /(?<![\d.])([245])\.(\d{1,3})\.(\d{1,3})(?![\d]|\.\d)/g;
const REPLY = /(?<![\d.\w-])([245][0-5]\d)(?=[ -]|$)/gm;

/** The first enhanced status code in the text ("5.1.1"), skipping "0.0.0"-style noise. */
export function findEnhancedStatus(text: string): string | null {
  ENHANCED.lastIndex = 0;
  for (const m of text.slice(0, 20000).matchAll(ENHANCED)) {
    return `${m[1]}.${Number(m[2])}.${Number(m[3])}`;
  }
  return null;
}

/** The first basic reply code that looks like one ("550 ", "421-"). */
export function findReplyCode(text: string): string | null {
  for (const m of text.slice(0, 20000).matchAll(REPLY)) return m[1] ?? null;
  return null;
}

/** Normalizes "5.01.001" and "#5.1.1" to "5.1.1"; null when it is not a status code. */
export function normalizeStatus(s: string | null | undefined): string | null {
  if (!s) return null;
  ENHANCED.lastIndex = 0;
  const m = /([245])\.(\d{1,3})\.(\d{1,3})/.exec(s);
  return m ? `${m[1]}.${Number(m[2])}.${Number(m[3])}` : null;
}

export function statusClass(status: string | null, reply: string | null): '2' | '4' | '5' | null {
  const c = (status ?? reply ?? '')[0];
  return c === '2' || c === '4' || c === '5' ? c : null;
}
