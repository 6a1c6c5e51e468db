// "Copy summary": a plain-text account of the diagnosis for a helpdesk ticket. Plain text only;
// the message's own words are quoted as they are.
import type { Diagnosis } from '../diagnosis/types';
import type { AnalyzedMessage } from './analyze';
import { CALM_STATE, OWNER_NAME } from './strings';

function line(label: string, value: string | null | undefined): string[] {
  return value ? [`${label}: ${value}`] : [];
}

function diagnosisLines(d: Diagnosis): string[] {
  const out: string[] = [];
  out.push(`Kind: ${d.kind}${d.format ? ` (read as ${d.format})` : ''}`);
  if (d.kind !== 'bounce') out.push(CALM_STATE[d.kind].title);
  if (d.original) {
    out.push(...line('Original subject', d.original.subject), ...line('Original date', d.original.date));
    out.push(...line('Original sender', d.original.from), ...line('Original recipients', d.original.to));
  }
  out.push(...line('Reported by', d.reportingMta));
  for (const r of d.recipients) {
    const codes = [r.status, r.replyCode].filter((c) => c !== null).join(' / ');
    out.push('', `Recipient: ${r.address}${codes ? ` (${codes})` : ''}`);
    out.push(`  What went wrong: ${r.category} - ${r.summary}`);
    out.push(`  Who must act: ${OWNER_NAME[r.owner]} (${r.owner})`);
    if (r.diagnostic) out.push(`  Server said: ${r.diagnostic}`);
    if (r.remoteMta) out.push(`  Remote server: ${r.remoteMta}`);
    out.push(`  What the sender can do: ${r.remediation.user}`);
    out.push(`  For the email admin: ${r.remediation.admin}`);
  }
  if (d.auth) out.push('', `Authentication (${d.auth.verdict}): ${d.auth.explanation}`);
  return out;
}

export function summaryText(messages: readonly AnalyzedMessage[]): string {
  const out = ['Bounce Lens summary'];
  messages.forEach((m, i) => {
    if (messages.length > 1) out.push('', `--- ${i + 1} of ${messages.length}: ${m.source.label} ---`);
    out.push(...diagnosisLines(m.diagnosis));
  });
  return out.join('\n') + '\n';
}
