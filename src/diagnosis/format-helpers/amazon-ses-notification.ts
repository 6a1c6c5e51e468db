// Amazon SES notifications sent by email as JSON (through SNS or as a plain body): which one a
// message carries, parsed once per message. The amazon-ses recognizer reads its recipients;
// kind.ts reads its type (a Complaint is a feedback report). Source: Amazon SES Developer Guide,
// "Contents of notifications for Amazon SES" and "Event publishing" (notificationType, eventType).
import { memoKey, type BounceContext } from '../formats/format';

export type Json = Record<string, unknown>;
type SesNotificationType = 'bounce' | 'complaint' | 'delivery' | 'delay' | 'reject';

interface SesNotification {
  readonly type: SesNotificationType;
  readonly note: Json;
}

const MAX_JSON = 256 * 1024;
const NOTIFICATION = memoKey<SesNotification | null>('amazon-ses notification');

export function isObject(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
export function str(o: Json, key: string): string | null {
  const v = o[key];
  return typeof v === 'string' ? v : null;
}
export function objects(v: unknown): Json[] {
  return Array.isArray(v) ? v.filter(isObject) : [];
}
export function strings(v: unknown): string[] {
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
export function sesNotification(ctx: BounceContext): SesNotification | null {
  return ctx.memo(NOTIFICATION, () => readNotification(ctx));
}

function readNotification(ctx: BounceContext): SesNotification | null {
  let found: SesNotification | null = null;
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
  return found;
}

export function sesNotificationType(ctx: BounceContext): SesNotificationType | null {
  return sesNotification(ctx)?.type ?? null;
}
