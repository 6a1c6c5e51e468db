// Turns what a recognizer found into a classified RecipientDiagnosis.
import { classify } from './classify/classify';
import type { FoundRecipient } from './formats/format';
import { findEnhancedStatus, findReplyCode, normalizeStatus, statusClass } from './report/codes';
import { oneLine } from './report/text';
import { remediationFor, summaryFor } from './remediation';
import type { Action, Evidence, RecipientDiagnosis } from './types';

const MAX_DIAGNOSTIC = 2000;
const MAX_EVIDENCE_LINE = 500;

export function cleanAddress(a: string): string {
  return a
    .trim()
    .replace(/^<+|>+$/g, '')
    .replace(/^["']|["']$/g, '')
    .trim();
}

/** A status that says nothing ("5.0.0") yields to a specific one in the server's words. */
export function pickStatus(declared: string | null, inText: string | null): string | null {
  if (!declared) return inText;
  if (inText && /^[45]\.0\.0$/.test(declared) && inText[0] === declared[0]) return inText;
  return declared;
}

export function buildRecipient(found: FoundRecipient, fallbackAction: Action): RecipientDiagnosis {
  const diagnostic = oneLine(found.diagnostic ?? '').slice(0, MAX_DIAGNOSTIC);
  const declared = normalizeStatus(found.status);
  const status = pickStatus(declared, findEnhancedStatus(diagnostic));
  const replyCode = found.replyCode ?? findReplyCode(diagnostic);
  const cls = statusClass(status, replyCode);
  let action: Action = found.action ?? (cls === '4' && fallbackAction === 'delayed' ? 'delayed' : fallbackAction);
  if (!found.action && cls === '2') action = 'delivered';
  const delayed = action === 'delayed';
  const c = classify({ status, replyCode, diagnostic, delayed });
  const permanent = delayed ? false : cls === '5' ? true : cls === '4' ? false : action === 'failed';
  const address = cleanAddress(found.address);
  const evidence: Evidence[] = [];
  for (const line of found.evidence ?? []) evidence.push({ role: 'report', text: line.slice(0, MAX_EVIDENCE_LINE) });
  evidence.push({
    role: 'rule',
    text: c.matched ? `${c.rule}: matched "${c.matched}"` : `${c.rule}: no specific evidence`,
  });
  return {
    address,
    action,
    status,
    replyCode,
    diagnostic,
    remoteMta: found.remoteMta ?? null,
    category: c.category,
    owner: c.owner,
    permanent,
    summary: summaryFor(c.category, address),
    remediation: remediationFor(c.category),
    rule: c.rule,
    evidence,
  };
}
