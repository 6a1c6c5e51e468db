// Amazon SES notifications sent by email (through SNS or as a plain JSON body):
//   {"notificationType":"Bounce","bounce":{"bounceType":"Permanent","bounceSubType":"General",
//    "bouncedRecipients":[{"emailAddress":"someone@example.org","action":"failed",
//    "status":"5.1.1","diagnosticCode":"smtp; 550 5.1.1 user unknown"}], ...}, "mail":{...}}
// SNS wraps that object as a JSON string in {"Type":"Notification","Message":"..."}; event
// publishing says "eventType" instead of "notificationType". Bounce, DeliveryDelay and Reject give
// failed or delayed recipients, Delivery gives delivered ones, Complaint makes the message a
// feedback report (see kind.ts). SES's own DSNs (multipart/report) are read by rfc3464.
import { parseAction, splitTyped } from '../report/delivery-status';
import type { Action } from '../types';
import type { BounceContext, BounceFormat, FoundRecipient } from './format';

type Json = Record<string, unknown>;
export type SesNotificationType = 'bounce' | 'complaint' | 'delivery' | 'delay' | 'reject';

const MAX_JSON = 256 * 1024;
const cache = new WeakMap<BounceContext, { type: SesNotificationType; note: Json } | null>();

function isObject(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
function str(o: Json, key: string): string | null {
  const v = o[key];
  return typeof v === 'string' ? v : null;
}
function objects(v: unknown): Json[] {
  return Array.isArray(v) ? v.filter(isObject) : [];
}
function strings(v: unknown): string[] {
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
}

/** End index (inclusive) of the JSON object starting at `start`, tracking strings; -1 when unbalanced. */
function objectEnd(s: string, start: number): number {
  let depth = 0;
  let inString = false;
  for (let i = start; i < s.length; i++) {
    const c = s[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '{') depth++;
    else if (c === '}' && --depth === 0) return i;
  }
  return -1;
}

function parseObject(text: string): Json | null {
  const start = text.indexOf('{');
  if (start < 0) return null;
  const raw = text.slice(start, start + MAX_JSON);
  // Mail transport folds long lines: "!" + newline + space (SNS), newline + space, or a bare
  // newline inside a string. Undo it when the text does not parse as it is.
  const unfolded = [
    raw.replace(/!\n /g, '').replace(/\n /g, ''),
    raw.replace(/\n /g, ''),
    raw.replace(/\n/g, ''),
  ];
  for (const candidate of [raw, ...unfolded]) {
    const end = objectEnd(candidate, 0);
    if (end < 0) continue;
    try {
      const v: unknown = JSON.parse(candidate.slice(0, end + 1));
      if (isObject(v)) return v;
    } catch {
      // try the next way of unwrapping
    }
  }
  return null;
}

const TYPES: Record<string, SesNotificationType> = {
  bounce: 'bounce',
  complaint: 'complaint',
  delivery: 'delivery',
  deliverydelay: 'delay',
  reject: 'reject',
};

/** The SES notification the body carries, or null; parsed once per message. */
export function sesNotification(ctx: BounceContext): { type: SesNotificationType; note: Json } | null {
  const cached = cache.get(ctx);
  if (cached !== undefined) return cached;
  let found: { type: SesNotificationType; note: Json } | null = null;
  const start = ctx.body.slice(0, 4000);
  // Cheap refusal: both SNS-wrapped and plain notifications name their type near the top (the
  // lower-case look rules most messages out without a search).
  const names = (key: string) => ctx.headHas(key.toLowerCase(), 4000) && start.includes(key);
  if (names('notificationType') || names('eventType')) {
    let note = parseObject(ctx.body);
    const inner = note ? str(note, 'Message') : null;
    if (note && inner !== null && str(note, 'Type') === 'Notification') note = parseObject(inner);
    const t = note ? (str(note, 'notificationType') ?? str(note, 'eventType') ?? '').toLowerCase() : '';
    const type = TYPES[t];
    if (note && type && isObject(note['mail'])) found = { type, note };
  }
  cache.set(ctx, found);
  return found;
}

export function sesNotificationType(ctx: BounceContext): SesNotificationType | null {
  return sesNotification(ctx)?.type ?? null;
}

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

export const amazonSes: BounceFormat = {
  name: 'amazon-ses',
  recognizes: 'Amazon SES bounce, delivery, delay and reject notifications in JSON (SNS email or raw)',
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
