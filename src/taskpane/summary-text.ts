// "Copy summary": a plain-text account of the diagnosis for a helpdesk ticket, starting with a
// one-line verdict and carrying the original Message-ID (what a message trace needs). Plain text
// only, no internal ids (category or rule); the message's own words are quoted as they are.
import type { Diagnosis } from '../diagnosis/types';
import type { AnalyzedMessage } from './analyze';
import { decide, verdictLine, viewerOf } from './decision';
import { groupRecipients } from './grouping';
import { CALM_STATE, OWNER_NAME } from './strings';

function line(label: string, value: string | null | undefined): string[] {
  return value ? [`${label}: ${value}`] : [];
}

/** One line: the first cause's verdict, or the calm state. */
export function verdict(d: Diagnosis): string {
  if (d.kind !== 'bounce' && d.kind !== 'delay') return CALM_STATE[d.kind].title;
  const groups = groupRecipients(d.recipients);
  const first = groups[0];
  if (!first)
    return d.kind === 'delay' ? CALM_STATE.delay.title : 'A bounce, but no recipient could be read.';
  const lines = groups.map((g) =>
    verdictLine(g.recipients, decide(d, g.lead, d.extras ?? null, viewerOf(d, null))),
  );
  return lines.join(' ');
}

function diagnosisLines(d: Diagnosis): string[] {
  const out: string[] = [];
  if (d.original) {
    out.push(...line('Original subject', d.original.subject), ...line('Original date', d.original.date));
    out.push(...line('Original sender', d.original.from), ...line('Original recipients', d.original.to));
    out.push(...line('Original Message-ID', d.original.messageId));
  }
  out.push(...line('Reported by', d.reportingMta));
  for (const r of d.recipients) {
    const decision = decide(d, r, d.extras ?? null, viewerOf(d, null));
    const codes = [r.status, r.replyCode].filter((c) => c !== null).join(' / ');
    out.push('', `Recipient: ${r.address}${codes ? ` (${codes})` : ''}`);
    out.push(`  What happened: ${decision.happened}`);
    out.push(`  Who must act: ${OWNER_NAME[decision.owner]}`);
    if (r.diagnostic) out.push(`  Server said: ${r.diagnostic}`);
    if (r.remoteMta) out.push(`  Remote server: ${r.remoteMta}`);
    out.push(`  How to fix it: ${decision.fix}`);
    if (!decision.delayed) out.push(`  For the email admin: ${r.remediation.admin}`);
  }
  if (d.auth) out.push('', `Authentication: ${d.auth.explanation}`);
  return out;
}

export function summaryText(messages: readonly AnalyzedMessage[]): string {
  const out = [messages.map((m) => verdict(m.diagnosis)).join(' ')];
  messages.forEach((m, i) => {
    out.push('', messages.length > 1 ? `--- ${i + 1} of ${messages.length}: ${m.source.label} ---` : '---');
    out.push(...diagnosisLines(m.diagnosis));
  });
  return out.join('\n') + '\n';
}
