// A report with both a delivery-status part and a human-readable text (Postfix, Sendmail, Courier,
// Sun Messaging Server ...): the DSN gives the recipients and their fields, the text often gives
// more of the server's words ("host ... said: ... (in reply to RCPT TO command)", a Sendmail
// transcript). The DSN stays the backbone; the text fills what it leaves out.
import type { FoundRecipient } from '../formats/format';
import { findEnhancedStatus, findReplyCode, dropRepeatedReplyCodes } from '../text/reply-codes';
import { findAddresses } from '../text/addresses';
import { oneLine } from '../text/lines';

/** The address trimmed, without one "<" at its start and one ">" at its end, in lower case. */
function key(address: string): string {
  const a = address.trim();
  const from = a.startsWith('<') ? 1 : 0;
  const to = a.endsWith('>') ? a.length - 1 : a.length;
  return a.slice(from, Math.max(from, to)).toLowerCase();
}

/** True when the text carries a server reply (a reply or status code), not just a summary. */
function hasCode(text: string | undefined): boolean {
  return !!text && (findReplyCode(text) !== null || findEnhancedStatus(text) !== null);
}

function isPlain(address: string): boolean {
  const a = key(address);
  return findAddresses(a)[0] === a;
}

function normalized(s: string): string {
  return dropRepeatedReplyCodes(oneLine(s)).toLowerCase();
}

function enrich(dsn: FoundRecipient, text: FoundRecipient): FoundRecipient {
  const dsnDiag = dsn.diagnostic ?? '';
  const textDiag = text.diagnostic ?? '';
  // The DSN's Diagnostic-Code is the server's reply; the text wins when the DSN has none, when the
  // DSN's line is a bare summary and the text quotes the server, or when the DSN kept only the
  // first line of a reply the text has in full.
  const d = normalized(dsnDiag);
  const t = normalized(textDiag);
  // A success reply ("250 OK") as the Diagnostic-Code of a recipient that failed says nothing of why
  // (the last reply the MTA saw, not the refusal); the text's refusal of that recipient does.
  const successOnly = dsn.action !== 'delivered' && /^2\d\d$/.test(findReplyCode(dsnDiag) ?? '');
  const useText =
    t !== '' &&
    (d === '' ||
      (!hasCode(dsnDiag) && hasCode(textDiag)) ||
      (t.length > d.length && t.includes(d)) ||
      (successOnly && hasCode(textDiag)));
  // Every field written out, not `...dsn`: V8 copies a spread object slowly (a third of a
  // merge's time), and a DSN record has these fields only (rfc3464.ts dsnReport).
  return {
    // A DSN that names a file, a pipe or a source route ("/var/mail/bob", "@relay:bob@host") takes
    // the plain address the text gives.
    address: isPlain(dsn.address) || !isPlain(text.address) ? dsn.address : text.address,
    action: dsn.action ?? null,
    diagnostic: useText ? textDiag : dsnDiag,
    status: dsn.status ?? text.status ?? null,
    replyCode: (useText && successOnly ? text.replyCode : dsn.replyCode) ?? text.replyCode ?? null,
    remoteMta: dsn.remoteMta ?? text.remoteMta ?? null,
    command: dsn.command ?? text.command ?? null,
    evidence: [...(text.evidence ?? []), ...(dsn.evidence ?? [])],
  };
}

/**
 * Recipients of the DSN, each enriched by the text's record for the same address. With no DSN
 * recipient the text's records stand alone; a single record on each side is paired even when the
 * addresses differ (an alias expanded, a pipe delivered for a local user).
 */
export function mergeTextIntoDsn(
  dsn: readonly FoundRecipient[],
  text: readonly FoundRecipient[],
): FoundRecipient[] {
  if (dsn.length === 0) return [...text];
  if (text.length === 0) return [...dsn];
  const byAddress = new Map<string, FoundRecipient>();
  for (const t of text) if (!byAddress.has(key(t.address))) byAddress.set(key(t.address), t);
  return dsn.map((d) => {
    const t = byAddress.get(key(d.address)) ?? (dsn.length === 1 && text.length === 1 ? text[0] : undefined);
    return t ? enrich(d, t) : d;
  });
}
