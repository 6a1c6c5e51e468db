// TAXONOMY.md: "a rejection generated inside the sender's own organization belongs to the
// sender-admin whatever the category". When the failed address is in the sender's own domain, the
// recipient's admin is the sender's admin: say so, so that the user asks the right person.
// Exact domains only: the core engine carries no Public Suffix List (the pane loads it lazily), and
// a subdomain is often a separately run system anyway.
import type { OriginalMessage, RecipientDiagnosis } from './types';
import { parseDeliveryStatus } from './format-helpers/delivery-status';
import { firstAddress } from './text/addresses';

export function domainOf(address: string | null): string | null {
  if (!address) return null;
  const at = address.lastIndexOf('@');
  if (at < 0) return null;
  const d = address
    .slice(at + 1)
    .trim()
    .toLowerCase();
  // Trailing dots cut by index, not by a regex replace (three times per message).
  let end = d.length;
  while (end > 0 && d.charCodeAt(end - 1) === 46) end--;
  const name = end === d.length ? d : d.slice(0, end);
  return name.includes('.') ? name : null;
}

/**
 * The sender's domain (`sender`: the original message's From, else whom the bounce was sent to) and
 * every domain the sender is known by (`senders`: the original From, its Return-Path, the envelope
 * sender, and whom the bounce was sent to: the envelope sender again, or a forwarder). One
 * function: each address is read once.
 */
export function senderParties(
  original: OriginalMessage | null,
  bounceTo: string | null,
): { readonly sender: string | null; readonly senders: string[] } {
  const from = domainOf(firstAddress(original?.from ?? null));
  const returnPath = domainOf(firstAddress(original?.returnPath ?? null));
  const to = domainOf(firstAddress(bounceTo));
  const senders: string[] = [];
  for (const d of [from, returnPath, to]) if (d && !senders.includes(d)) senders.push(d);
  return { sender: from ?? to, senders };
}

export function withinOneOrganization(
  recipients: readonly RecipientDiagnosis[],
  sender: string | null,
): RecipientDiagnosis[] {
  return recipients.map((r) =>
    sender && r.owner === 'recipient-admin' && domainOf(r.address) === sender
      ? {
          ...r,
          owner: 'sender-admin',
          evidence: [
            ...r.evidence,
            {
              role: 'owner',
              text: `sender and recipient are both at ${sender}: the recipient's admin is your own`,
            },
          ],
        }
      : r,
  );
}

// TAXONOMY.md: "a DMARC failure on mail that was forwarded belongs to the forwarder's admin". The
// delivery-status part shows the forward: the sender wrote to the Original-Recipient, the report's
// Final-Recipient is on another domain, and the forwarder's own MTA (Reporting-MTA under the original
// domain) was refused. Its admin fixes it (SRS, ARC, or not forwarding), not the sender's.
/** The Original-Recipient of the delivery-status group of `address` (its Final-Recipient or
 *  X-Actual-Recipient), or null: read by the parser the RFC 3464 reader uses. */
function originalRecipient(deliveryStatus: readonly string[], address: string): string | null {
  const a = address.toLowerCase();
  for (const part of deliveryStatus)
    for (const r of parseDeliveryStatus(part).recipients)
      if ([r.finalRecipient, r.actualRecipient].some((x) => firstAddress(x)?.toLowerCase() === a))
        return firstAddress(r.originalRecipient);
  return null;
}

export function forwardedAuthFailure(
  recipients: readonly RecipientDiagnosis[],
  deliveryStatus: readonly string[],
  reportingMta: string | null | undefined,
): readonly RecipientDiagnosis[] {
  const mta = reportingMta?.toLowerCase() ?? '';
  let forwardEmail: boolean | undefined;
  return recipients.map((r) => {
    if (r.category !== 'auth-failed') return r;
    forwardEmail ??= deliveryStatus.some(isForwardEmailReport);
    // Forward Email's own report (helpers/create-bounce.js) masks the forward target: its Final-Recipient
    // is the alias written to, and it is only sent when the next hop (its Remote-MTA) refused the
    // forwarded copy; its refusals of the sender's own mail are SMTP replies, not this report.
    if (forwardEmail && r.remoteMta) {
      const text =
        "forwarded by Forward Email (X-ForwardEmail-ID): the forwarder's admin fixes its authentication";
      return { ...r, owner: 'recipient-admin', evidence: [...r.evidence, { role: 'owner', text }] };
    }
    if (!mta) return r;
    const forwarder = domainOf(originalRecipient(deliveryStatus, r.address));
    if (
      !forwarder ||
      forwarder === domainOf(r.address) ||
      !(mta === forwarder || mta.endsWith(`.${forwarder}`))
    )
      return r;
    const text = `forwarded by ${forwarder} (Original-Recipient): the forwarder's admin fixes its authentication`;
    return { ...r, owner: 'recipient-admin', evidence: [...r.evidence, { role: 'owner', text }] };
  });
}

/** Whether a delivery-status part is Forward Email's: it names the forwarded copy's id in a field of
 *  its own ('X-ForwardEmail-ID: ...', forwardemail/forwardemail.net helpers/create-bounce.js). */
function isForwardEmailReport(part: string): boolean {
  return part.toLowerCase().includes('\nx-forwardemail-id:');
}

/** The sender's domain alone (senderParties().sender). */
export function senderDomain(original: OriginalMessage | null, bounceTo: string | null): string | null {
  return senderParties(original, bounceTo).sender;
}
