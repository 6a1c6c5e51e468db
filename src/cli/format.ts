// Output of the CLI: JSON Lines (one object per message) or a readable summary. The text is in
// the language --lang / LANG chose (../i18n); JSON keeps ids and the engine's English, and says
// which language was asked for when it is not English.
import type { AuthAnalysis, Diagnosis } from '../diagnosis/index';
import { currentLanguage, isEnglish, localAdvice, t } from '../i18n';

export interface JsonResult {
  file: string;
  kind: string | null;
  format: string | null;
  reportingMta: string | null;
  original: {
    from: string | null;
    to: string | null;
    subject: string | null;
    messageId: string | null;
    date: string | null;
  } | null;
  recipients: {
    address: string;
    action: string;
    status: string | null;
    replyCode: string | null;
    diagnostic: string;
    remoteMta: string | null;
    category: string;
    owner: string;
    final: boolean;
    permanent: boolean;
    summary: string;
    remediation: { user: string; admin: string; links: readonly string[] };
    rule: string;
    evidence: readonly string[];
  }[];
  evidence: readonly string[];
  notes: readonly string[];
  /** SPF/DKIM/DMARC alignment from the original headers (issue 3), or null. */
  auth: AuthAnalysis | null;
  error: string | null;
  /** The language --lang / LANG asked for, when not English (the texts above stay English). */
  lang?: string;
}

export function toJson(file: string, d: Diagnosis | null, error: string | null): JsonResult {
  return {
    file,
    kind: d ? d.kind : null,
    format: d ? d.format : null,
    reportingMta: d ? d.reportingMta : null,
    original: d?.original
      ? {
          from: d.original.from,
          to: d.original.to,
          subject: d.original.subject,
          messageId: d.original.messageId,
          date: d.original.date,
        }
      : null,
    recipients: (d?.recipients ?? []).map((r) => ({
      address: r.address,
      action: r.action,
      status: r.status,
      replyCode: r.replyCode,
      diagnostic: r.diagnostic,
      remoteMta: r.remoteMta,
      category: r.category,
      owner: r.owner,
      final: r.final,
      permanent: r.permanent,
      summary: r.summary,
      remediation: r.remediation,
      rule: r.rule,
      evidence: r.evidence.map((e) => e.text),
    })),
    evidence: (d?.evidence ?? []).map((e) => e.text),
    notes: d?.notes ?? [],
    auth: d?.auth ?? null,
    error,
    ...(isEnglish() ? {} : { lang: currentLanguage() }),
  };
}

export function toText(file: string, d: Diagnosis | null, error: string | null): string {
  if (error || !d) return terminalSafe(`${file}\n  ${t('cli.error')}: ${error ?? 'unknown'}`) + '\n';
  const out = [`${file}: ${d.kind}${d.format ? ` (${d.format})` : ''}`];
  if (d.recipients.length === 0) out.push(`  ${d.evidence.map((e) => e.text).join('; ')}`);
  for (const r of d.recipients) {
    const code = [r.replyCode, r.status].filter(Boolean).join(' ') || t('cli.noCode');
    const advice = localAdvice(r);
    out.push(`  ${r.address}  ${code}  ${r.category}  -> ${r.owner}`);
    out.push(`    ${advice.summary}`);
    if (r.diagnostic) out.push(`    ${t('cli.serverSaid')}: ${r.diagnostic.slice(0, 300)}`);
    out.push(`    ${t('cli.fix')}: ${advice.user}`);
    // A rule's own advice without a translation loaded: its English follows the category's.
    if (advice.specificUser) out.push(`      ${advice.specificUser}`);
  }
  if (d.auth) out.push(`  ${t('cli.authentication')}: ${d.auth.verdict}. ${d.auth.explanation}`);
  for (const n of d.notes) out.push(`  ${t('cli.note')}: ${n}`);
  return terminalSafe(out.join('\n')) + '\n';
}

/** Message text is hostile: its control characters (terminal escape sequences among them) become
 *  spaces before they reach a terminal; the line breaks we write stay. */
export function terminalSafe(text: string): string {
  // eslint-disable-next-line no-control-regex -- the point is to remove them
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, ' ');
}
