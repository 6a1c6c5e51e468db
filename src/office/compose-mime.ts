// Puts a message back together from the pieces Office or a .msg file gives us (a header block,
// a body, report parts, embedded messages) as one MIME message the engine can read.

export interface ComposedPart {
  /** Full Content-Type value, e.g. "text/plain; charset=utf-8" or "message/delivery-status". */
  readonly contentType: string;
  /** The body: text as is, or Base64 when `base64` is set (a file attachment's content). */
  readonly body: string;
  readonly base64?: boolean;
}

// Our own content headers replace these: the pieces no longer have their original structure.
const CONTENT_FIELDS = new Set(['content-type', 'content-transfer-encoding', 'mime-version']);

/** The header block without its content fields (folded continuation lines go with their field). */
export function withoutContentFields(headerBlock: string): string[] {
  const kept: string[] = [];
  let dropping = false;
  for (const line of headerBlock.split('\n')) {
    const l = line.endsWith('\r') ? line.slice(0, -1) : line;
    if (l === '') break; // RFC 5322 section 2.1: the header ends at the first empty line
    if (l.startsWith(' ') || l.startsWith('\t')) {
      if (!dropping && kept.length > 0) kept.push(l);
      continue;
    }
    const colon = l.indexOf(':');
    const name = colon > 0 ? l.slice(0, colon).trim().toLowerCase() : '';
    dropping = name === '' || CONTENT_FIELDS.has(name);
    if (!dropping) kept.push(l);
  }
  return kept;
}

function boundaryFor(parts: readonly ComposedPart[]): string {
  for (let n = 0; ; n++) {
    const b = `=_bounce-lens_${n}`;
    if (!parts.some((p) => p.body.includes(b))) return b;
  }
}

function partLines(p: ComposedPart): string[] {
  return [
    `Content-Type: ${p.contentType}`,
    ...(p.base64 ? ['Content-Transfer-Encoding: base64'] : ['Content-Transfer-Encoding: 8bit']),
  ];
}

/**
 * One MIME message: the given headers (minus content fields), then a single part or a multipart
 * with all parts. `multipart/report` when a delivery-status part is among them (RFC 6522).
 */
export function composeMessage(headerBlock: string, parts: readonly ComposedPart[]): string {
  const headers = withoutContentFields(headerBlock);
  const first = parts[0];
  if (parts.length === 1 && first) {
    return [...headers, 'MIME-Version: 1.0', ...partLines(first), '', first.body].join('\r\n');
  }
  const boundary = boundaryFor(parts);
  const isReport = parts.some((p) => p.contentType.toLowerCase().startsWith('message/delivery-status'));
  const type = isReport
    ? `multipart/report; report-type=delivery-status; boundary="${boundary}"`
    : `multipart/mixed; boundary="${boundary}"`;
  const out = [...headers, 'MIME-Version: 1.0', `Content-Type: ${type}`, ''];
  for (const p of parts) out.push(`--${boundary}`, ...partLines(p), '', p.body);
  out.push(`--${boundary}--`, '');
  return out.join('\r\n');
}

/** Headers for a message we only know from its properties (no transport headers available). */
export function syntheticHeaders(fields: {
  from?: string | null;
  to?: string | null;
  subject?: string | null;
  date?: string | null;
}): string {
  const lines: string[] = [];
  // Header values come from the message itself: keep them on one line so they cannot add fields.
  const oneLine = (v: string) => v.split('\r').join(' ').split('\n').join(' ');
  if (fields.from) lines.push(`From: ${oneLine(fields.from)}`);
  if (fields.to) lines.push(`To: ${oneLine(fields.to)}`);
  if (fields.subject) lines.push(`Subject: ${oneLine(fields.subject)}`);
  if (fields.date) lines.push(`Date: ${oneLine(fields.date)}`);
  return lines.join('\r\n');
}
