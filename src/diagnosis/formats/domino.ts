// IBM (Lotus) Domino and Notes. Domino: "Your message ... was not delivered to: <address>
// because: <reason>", subject "DELIVERY FAILURE: ...", with a delivery-status part. Notes (the old
// Lotus SMTP MTA): "------- Failure Reasons --------", the reason, then the address, then
// "------- Returned Message --------".
// Brands: IBM Domino, Lotus Notes (HCL Domino).
import { findAddresses } from '../text/addresses';
import { findOriginal, originalRecipients } from '../format-helpers/original';
import { lineIndex, oneLine } from '../text/lines';
import type { BounceContext, BounceFormat, FoundRecipient } from './format';
import { reportWithDsn } from './rfc3464';

/**
 * Your message
 *   Subject: Quarterly figures
 * was not delivered to:
 *   bob@example.net
 * because:
 *   User bob (bob@example.net) not listed in Domino Directory
 */
function dominoRecipients(body: string): FoundRecipient[] {
  const lines = body.split('\n');
  const to = lineIndex(lines, ['was not delivered to:']);
  if (to < 0) return [];
  const because = lineIndex(lines, ['because:'], to + 1);
  const addresses: string[] = [];
  // "was not delivered to:   bob@example.net" (Notes' Delivery Failure Report) or the lines below.
  const after = (line: string, label: string) =>
    line.slice(line.toLowerCase().indexOf(label) + label.length).trim();
  const onLabel = findAddresses(after(lines[to] as string, 'was not delivered to:'))[0];
  if (onLabel) addresses.push(onLabel);
  for (let i = to + 1; i < (because < 0 ? lines.length : because); i++) {
    const a = findAddresses(lines[i] as string)[0];
    if (a) addresses.push(a);
  }
  const reason: string[] = [];
  if (because >= 0) {
    const sameLine = after(lines[because] as string, 'because:');
    if (sameLine) reason.push(sameLine);
    for (let i = because + 1; i < lines.length && reason.length < 6; i++) {
      const t = (lines[i] as string).trim();
      if (t === '' && reason.length) break;
      if (t) reason.push(t);
    }
  }
  const diagnostic = oneLine(reason.join(' '));
  const status = classlessStatus(diagnostic);
  // "was not delivered to" is a failure whatever its reason quotes: Domino R5 could give the last
  // reply it had, "250 Message received OK." (HCL technote 1100477), which is no delivery.
  return addresses.map((address) => ({
    address,
    action: 'failed' as const,
    diagnostic,
    evidence: reason,
    ...(status ? { status } : {}),
  }));
}

/**
 * Domino R5's "Enhanced Mail System Status Code (RFC1893): .1.2" drops the class digit (HCL technote
 * 1100477, fixed in Domino 6); a Delivery Failure Report is a permanent failure, so the class is 5.
 */
function classlessStatus(diagnostic: string): string | null {
  const m = /status code \(rfc ?1893\): *\.(\d{1,3})\.(\d{1,3})(?![\d.])/i.exec(diagnostic);
  return m ? `5.${m[1]}.${m[2]}` : null;
}

/**
 * ------- Failure Reasons  --------
 * User not listed in public Name & Address Book
 * bob@example.net
 * ------- Returned Message --------
 */
function notesRecipients(ctx: BounceContext): FoundRecipient[] {
  const lines = ctx.body.split('\n');
  const start = lineIndex(lines, ['------- failure reasons']);
  if (start < 0) return [];
  const out: FoundRecipient[] = [];
  let reason: string[] = [];
  for (let i = start + 1; i < lines.length; i++) {
    const t = (lines[i] as string).trim();
    if (t.startsWith('-------')) break;
    if (t === '') continue;
    const a = findAddresses(t)[0];
    if (a && a.length >= t.length - 2) {
      out.push({ address: a, diagnostic: oneLine(reason.join(' ')), evidence: [...reason, t] });
      reason = [];
    } else {
      reason.push(t);
    }
  }
  return out.length || !reason.length ? out : returnedTo(ctx, reason);
}

/**
 * Reasons without an address under them: the one recipient of the returned message is the one that
 * failed (go-sisimai lhost/via-notes.go takes the returned message's "To:" then); with several, the
 * report does not say which.
 */
function returnedTo(ctx: BounceContext, reason: string[]): FoundRecipient[] {
  const at = ctx.bodyLower.indexOf('------- returned message');
  const to = at < 0 ? [] : originalRecipients(findOriginal(ctx, at));
  if (to.length !== 1) return [];
  const address = to[0] as string;
  return [
    {
      address,
      diagnostic: oneLine(reason.join(' ')),
      evidence: [...reason, `the returned message was addressed to ${address}`],
    },
  ];
}

function isDomino(ctx: BounceContext): boolean {
  const s = ctx.subject.toUpperCase();
  return (
    s.startsWith('DELIVERY FAILURE:') || s.startsWith('DELIVERY_FAILURE:') || s.startsWith('DELIVERY REPORT:')
  );
}

/**
 * What it reads: IBM Domino ("DELIVERY FAILURE: ...") and Lotus Notes ("------- Failure Reasons")
 * bounces
 */
export const domino: BounceFormat = {
  name: 'domino',
  selfEvident: true,
  parse(ctx) {
    let text: FoundRecipient[];
    if (ctx.headHas('------- failure reasons', 2000)) text = notesRecipients(ctx);
    else if (
      ctx.headHas('was not delivered to:', 2000) &&
      // Older Notes servers title it "Delivery Failure Report" or keep the original subject; the
      // "Your message/document ... was not delivered to: ... because:" frame is theirs alone.
      (isDomino(ctx) || ctx.headHas('because:', 3000))
    )
      text = dominoRecipients(ctx.body);
    else return null;
    return reportWithDsn(ctx, 'domino', text);
  },
};
