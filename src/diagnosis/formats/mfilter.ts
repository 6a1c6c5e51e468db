// m-FILTER, a Japanese mail gateway: the failed addresses after "以下のメールアドレスへの送信に失敗しました。",
// the server's reply under "-------server message", the SMTP step under "-------SMTP command".
// Brands: m-FILTER (Digital Arts).
import { findAddresses } from '../text/addresses';
import { lineIndex, oneLine } from '../text/lines';
import type { BounceFormat, FoundRecipient, SmtpCommand } from './format';

const MARKER = 'm-filter';
const LIST_START = '以下のメールアドレスへの送信に失敗しました';

function section(lines: readonly string[], name: string): string[] {
  const at = lineIndex(lines, [`-------${name}`]);
  if (at < 0) return [];
  const out: string[] = [];
  for (let i = at + 1; i < lines.length; i++) {
    const t = (lines[i] as string).trim();
    if (t.startsWith('-------')) break;
    if (t) out.push(t);
  }
  return out;
}

/**
 * 以下のメールアドレスへの送信に失敗しました。
 * bob@example.net
 *
 * -------server message
 * 550 5.1.1 <bob@example.net>... User unknown
 *
 * -------SMTP command
 * RCPT
 */
function mfilterRecipients(body: string): FoundRecipient[] {
  const lines = body.split('\n');
  const start = lineIndex(lines, [LIST_START]);
  if (start < 0) return [];
  const addresses: string[] = [];
  for (let i = start + 1; i < lines.length; i++) {
    const t = (lines[i] as string).trim();
    if (t.startsWith('-------')) break;
    const a = findAddresses(t)[0];
    if (a) addresses.push(a);
  }
  const reply = section(lines, 'server message');
  const step = (section(lines, 'smtp command')[0] ?? '').toUpperCase();
  const command: SmtpCommand | null = step.startsWith('RCPT')
    ? 'RCPT'
    : step.startsWith('MAIL')
      ? 'MAIL'
      : step.startsWith('DATA')
        ? 'DATA'
        : null;
  const diagnostic = oneLine(reply.join(' '));
  return addresses.map((address) => ({ address, diagnostic, command, evidence: reply }));
}

/** What it reads: m-FILTER gateway bounces ("-------server message", "-------SMTP command") */
export const mfilter: BounceFormat = {
  name: 'mfilter',
  selfEvident: true,
  parse(ctx) {
    if (!ctx.headHas(MARKER, 1000) || !ctx.body.includes('-------server message')) return null;
    const recipients = mfilterRecipients(ctx.body);
    return recipients.length ? { format: 'mfilter', recipients } : null;
  },
};
