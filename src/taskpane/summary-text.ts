// "Copy summary": a plain-text account of the diagnosis for a helpdesk ticket, starting with a
// one-line verdict and carrying the original Message-ID (what a message trace needs). Plain text
// only, no internal ids (category or rule); the message's own words are quoted as they are.
import type { Diagnosis } from '../diagnosis/types';
import type { AnalyzedMessage } from './analyze';
import { decide, verdictLine, viewerOf } from './decision';
import { groupRecipients } from './grouping';
import { t } from '../i18n';
import { calmState, ownerName } from './strings';

function line(label: string, value: string | null | undefined): string[] {
  return value ? [`${label}: ${value}`] : [];
}

/** One line: the first cause's verdict, or the calm state. */
export function verdict(d: Diagnosis): string {
  if (d.kind !== 'bounce' && d.kind !== 'delay') return calmState(d.kind).title;
  const groups = groupRecipients(d.recipients);
  const first = groups[0];
  if (!first) return d.kind === 'delay' ? calmState('delay').title : t('copy.noRecipients');
  const lines = groups.map((g) =>
    verdictLine(g.recipients, decide(d, g.lead, d.extras ?? null, viewerOf(d, null))),
  );
  return lines.join(' ');
}

function diagnosisLines(d: Diagnosis): string[] {
  const out: string[] = [];
  if (d.original) {
    out.push(
      ...line(t('fact.originalSubject'), d.original.subject),
      ...line(t('fact.originalDate'), d.original.date),
    );
    out.push(
      ...line(t('fact.originalSender'), d.original.from),
      ...line(t('fact.originalRecipients'), d.original.to),
    );
    out.push(...line(t('fact.originalMessageId'), d.original.messageId));
  }
  out.push(...line(t('fact.reportedBy'), d.reportingMta));
  for (const r of d.recipients) {
    const decision = decide(d, r, d.extras ?? null, viewerOf(d, null));
    const codes = [r.status, r.replyCode].filter((c) => c !== null).join(' / ');
    out.push('', `${t('fact.recipient')}: ${r.address}${codes ? ` (${codes})` : ''}`);
    out.push(`  ${t('fact.whatHappened')}: ${decision.happened}`);
    out.push(`  ${t('fact.whoMustAct')}: ${ownerName(decision.owner)}`);
    if (r.diagnostic) out.push(`  ${t('fact.serverSaid')}: ${r.diagnostic}`);
    if (r.remoteMta) out.push(`  ${t('fact.remoteServer')}: ${r.remoteMta}`);
    out.push(`  ${t('fact.howToFix')}: ${decision.fix}`);
    if (decision.specificFix) out.push(`  ${decision.specificFix}`);
    if (!decision.delayed) {
      out.push(`  ${t('fact.forAdmin')}: ${decision.admin}`);
      if (decision.specificAdmin) out.push(`  ${decision.specificAdmin}`);
    }
  }
  if (d.auth) out.push('', `${t('fact.authentication')}: ${d.auth.explanation}`);
  return out;
}

export function summaryText(messages: readonly AnalyzedMessage[]): string {
  const out = [messages.map((m) => verdict(m.diagnosis)).join(' ')];
  messages.forEach((m, i) => {
    out.push(
      '',
      messages.length > 1
        ? t('copy.partOf', { index: i + 1, total: messages.length, label: m.source.label })
        : '---',
    );
    out.push(...diagnosisLines(m.diagnosis));
  });
  return out.join('\n') + '\n';
}
