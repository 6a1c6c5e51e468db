// The messages the pane's actions prefill: send the original again (to the same or a corrected
// address), tell the sender's IT team, tell the receiving domain's postmaster. Plain text with a
// short technical summary; the message's own words are quoted as text.
import type { Draft } from '../office';
import type { Diagnosis, RecipientDiagnosis } from '../diagnosis/types';
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
      ['Original subject', o.subject],
      ['Original sender', o.from],
      ['Original date', o.date],
      ['Original Message-ID', o.messageId],
    ] as const)
      if (value) lines.push(`${label}: ${value}`);
  }
  if (d.reportingMta) lines.push(`Reported by: ${d.reportingMta}`);
  for (const r of recipients) {
    const codes = [r.status, r.replyCode].filter((c) => c !== null).join(' / ');
    lines.push('', `Recipient: ${r.address}${codes ? ` (${codes})` : ''}`);
    if (r.remoteMta) lines.push(`Remote server: ${r.remoteMta}`);
    if (r.diagnostic) lines.push(`Server said: ${cap(r.diagnostic, MAX_QUOTED)}`);
  }
  lines.push('', `Suggested check: ${recipients[0]?.remediation.admin ?? ''}`);
  return lines.join('\n');
}

export function resendDraft(d: Diagnosis, to: readonly string[]): Draft {
  const text = d.extras?.originalText ?? null;
  const body = text
    ? text
    : `(Bounce Lens: the bounce does not carry the original text; paste it here or forward the original from Sent Items.)`;
  return { to, subject: originalSubject(d), body };
}

export function emailItDraft(
  d: Diagnosis,
  recipients: readonly RecipientDiagnosis[],
  decision: Decision,
): Draft {
  return {
    to: [],
    subject: `Bounce to check: ${originalSubject(d) || recipients[0]?.address || 'a message'}`,
    body: `Hello,\n\nA message I sent bounced and the cause looks like it is on our side. Could you look into it?\n\n${technicalSummary(d, recipients, decision)}\n`,
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
    subject: `Delivery to ${domain} refused: ${originalSubject(d) || recipients[0]?.address || ''}`.trim(),
    body: `Hello postmaster of ${domain},\n\nYour mail system refused a message for ${recipients.map((r) => r.address).join(', ')}. Could you check why, and let it through if it should be accepted?\n\n${technicalSummary(d, recipients, decision)}\n`,
  };
}

/** A mailto: URL for standalone mode (no Outlook to open a form); the body is kept short. */
export function mailtoUrl(draft: Draft): string {
  const to = draft.to.map((a) => encodeURIComponent(a)).join(',');
  const query = `subject=${encodeURIComponent(draft.subject)}&body=${encodeURIComponent(cap(draft.body, 1500))}`;
  return `mailto:${to}?${query}`;
}
