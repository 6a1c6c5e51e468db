// Amazon SES notifications sent by email (through SNS or as a plain JSON body):
//   {"notificationType":"Bounce","bounce":{"bounceType":"Permanent","bounceSubType":"General",
//    "bouncedRecipients":[{"emailAddress":"someone@example.org","action":"failed",
//    "status":"5.1.1","diagnosticCode":"smtp; 550 5.1.1 user unknown"}], ...}, "mail":{...}}
// SNS wraps that object as a JSON string in {"Type":"Notification","Message":"..."}; event
// publishing says "eventType" instead of "notificationType". Bounce, DeliveryDelay and Reject give
// failed or delayed recipients, Delivery gives delivered ones, Complaint makes the message a
// feedback report (see kind.ts). SES's own DSNs (multipart/report) are read by rfc3464.
// Brands: Amazon SES (its JSON notifications by email, through SNS or raw).
import { parseAction, splitTyped } from '../format-helpers/delivery-status';
import {
  isObject,
  objects,
  sesNotification,
  str,
  strings,
  type Json,
} from '../format-helpers/amazon-ses-notification';
import type { Action } from '../types';
import type { BounceFormat, FoundRecipient } from './format';

function recipient(
  r: Json,
  fallback: Action,
  suffix: string,
  reportingMta: string | null,
): FoundRecipient | null {
  const address = str(r, 'emailAddress');
  if (!address) return null;
  const code = splitTyped(str(r, 'diagnosticCode')).text ?? '';
  const diagnostic = `${code}${suffix}`.trim();
  return {
    address,
    action: parseAction(str(r, 'action')) ?? fallback,
    status: str(r, 'status'),
    diagnostic,
    remoteMta: reportingMta,
    evidence: [diagnostic, `status: ${str(r, 'status') ?? '(none)'}`],
  };
}

/**
 * What it reads: Amazon SES bounce, delivery, delay and reject notifications in JSON (SNS email or
 * raw)
 */
export const amazonSes: BounceFormat = {
  name: 'amazon-ses',
  parse(ctx) {
    const found = sesNotification(ctx);
    if (!found) return null;
    const { type, note } = found;
    const recipients: FoundRecipient[] = [];
    const mail = isObject(note['mail']) ? note['mail'] : {};
    if (type === 'bounce' && isObject(note['bounce'])) {
      const b = note['bounce'];
      // The bounce type and subtype are SES's own verdict ("Permanent", "Suppressed"): kept in the
      // diagnostic so the classifier can use them when the remote server said nothing.
      const suffix = ` (Amazon SES bounceType: ${str(b, 'bounceType') ?? '?'}, bounceSubType: ${str(b, 'bounceSubType') ?? '?'})`;
      for (const r of objects(b['bouncedRecipients'])) {
        const f = recipient(r, 'failed', suffix, str(b, 'reportingMTA'));
        if (f) recipients.push(f);
      }
    } else if (type === 'delay' && isObject(note['deliveryDelay'])) {
      const d = note['deliveryDelay'];
      const suffix = ` (Amazon SES delayType: ${str(d, 'delayType') ?? '?'})`;
      for (const r of objects(d['delayedRecipients'])) {
        const f = recipient(r, 'delayed', suffix, str(d, 'reportingMTA'));
        if (f) recipients.push({ ...f, action: 'delayed' });
      }
    } else if (type === 'delivery' && isObject(note['delivery'])) {
      // "delivery":{"recipients":["someone@example.org"],"smtpResponse":"250 2.6.0 Message received"}
      const d = note['delivery'];
      const diagnostic = str(d, 'smtpResponse') ?? '';
      for (const address of strings(d['recipients'])) {
        recipients.push({
          address,
          action: 'delivered',
          diagnostic,
          remoteMta: str(d, 'reportingMTA'),
          evidence: [diagnostic],
        });
      }
    } else if (type === 'reject' && isObject(note['reject'])) {
      // SES refused to send at all (e.g. a virus): every destination failed for the same reason.
      const diagnostic = `Amazon SES rejected the message: ${str(note['reject'], 'reason') ?? 'no reason given'}`;
      for (const address of strings(mail['destination'])) {
        recipients.push({ address, action: 'failed', diagnostic, evidence: [diagnostic] });
      }
    }
    return recipients.length ? { format: 'amazon-ses', reportingMta: null, recipients } : null;
  },
};
