// The messages the pane's actions prefill: send the original again (to the same or a corrected
// address), tell the sender's IT team, tell the receiving domain's postmaster. Plain text with a
// short technical summary; the message's own words are quoted as text.
import type { Draft } from '../office';
import type { Diagnosis, RecipientDiagnosis } from '../diagnosis/types';
import { list, t } from '../i18n';
import { verdictLine, type Decision } from './decision';

const MAX_QUOTED = 600;

function cap(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

function originalSubject(d: Diagnosis): string {
  return (
    d.original?.subject ??
    d.subject?.replace(/^(undeliverable|undelivered|returned mail|failure notice)[:\s-]*/i, '') ??
    ''
  );
}

/** A plain technical summary of one cause for an email admin. */
export function technicalSummary(
  d: Diagnosis,
  recipients: readonly RecipientDiagnosis[],
  decision: Decision,
): string {
  const lines = [verdictLine(recipients, decision), ''];
  if (d.original) {
    const o = d.original;
    for (const [label, value] of [
      [t('fact.originalSubject'), o.subject],
      [t('fact.originalSender'), o.from],
      [t('fact.originalDate'), o.date],
      [t('fact.originalMessageId'), o.messageId],
    ] as const)
      if (value) lines.push(`${label}: ${value}`);
  }
  if (d.reportingMta) lines.push(`${t('fact.reportedBy')}: ${d.reportingMta}`);
  for (const r of recipients) {
    const codes = [r.status, r.replyCode].filter((c) => c !== null).join(' / ');
    lines.push('', `${t('fact.recipient')}: ${r.address}${codes ? ` (${codes})` : ''}`);
    if (r.remoteMta) lines.push(`${t('fact.remoteServer')}: ${r.remoteMta}`);
    if (r.diagnostic) lines.push(`${t('fact.serverSaid')}: ${cap(r.diagnostic, MAX_QUOTED)}`);
  }
  lines.push('', t('draft.suggestedCheck', { text: decision.admin }));
  if (decision.specificAdmin) lines.push(decision.specificAdmin);
  return lines.join('\n');
}

export function resendDraft(d: Diagnosis, to: readonly string[]): Draft {
  const text = d.extras?.originalText ?? null;
  const body = text ? text : t('draft.noOriginal');
  return { to, subject: originalSubject(d), body };
}

export function emailItDraft(
  d: Diagnosis,
  recipients: readonly RecipientDiagnosis[],
  decision: Decision,
): Draft {
  return {
    to: [],
    subject: t('draft.itSubject', {
      subject: originalSubject(d) || recipients[0]?.address || t('draft.aMessage'),
    }),
    body: t('draft.itBody', { summary: technicalSummary(d, recipients, decision) }),
  };
}

export function postmasterDraft(
  d: Diagnosis,
  recipients: readonly RecipientDiagnosis[],
  decision: Decision,
  domain: string,
): Draft {
  return {
    to: [`postmaster@${domain}`],
    subject: t('draft.postmasterSubject', {
      domain,
      subject: originalSubject(d) || recipients[0]?.address || '',
    }).trim(),
    body: t('draft.postmasterBody', {
      domain,
      recipients: list(recipients.map((r) => r.address)),
      summary: technicalSummary(d, recipients, decision),
    }),
  };
}

/** A mailto: URL for standalone mode (no Outlook to open a form); the body is kept short. */
export function mailtoUrl(draft: Draft): string {
  const to = draft.to.map((a) => encodeURIComponent(a)).join(',');
  const query = `subject=${encodeURIComponent(draft.subject)}&body=${encodeURIComponent(cap(draft.body, 1500))}`;
  return `mailto:${to}?${query}`;
}
