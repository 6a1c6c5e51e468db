// Which diagnoses the pane shows for one item: the item itself and every attached message are
// diagnosed; attached bounces are shown one by one, and the item's own diagnosis only when it
// adds something (it is a bounce and not the same one as an attachment).
import type { Diagnosis } from '../diagnosis/types';
import type { BounceSource } from '../office/types';
import type { Diagnose } from './engine';

export interface AnalyzedMessage {
  readonly source: BounceSource;
  readonly diagnosis: Diagnosis;
}

function addresses(d: Diagnosis): string {
  return d.recipients
    .map((r) => r.address.toLowerCase())
    .sort()
    .join(' ');
}

function isReport(d: Diagnosis): boolean {
  return d.kind !== 'not-a-bounce';
}

export function analyzeSources(sources: readonly BounceSource[], diagnose: Diagnose): AnalyzedMessage[] {
  const all = sources.map((source) => ({ source, diagnosis: diagnose(source.bytes) }));
  const item = all.find((m) => m.source.origin === 'item') ?? null;
  const attached = all.filter((m) => m !== item && isReport(m.diagnosis));
  if (attached.length === 0) return item ? [item] : all.slice(0, 1);
  const shown: AnalyzedMessage[] = [];
  // The whole-MIME read also contains the attached bounces; the engine may find one of them.
  const duplicate = item !== null && attached.some((m) => m.diagnosis.kind === item.diagnosis.kind && addresses(m.diagnosis) === addresses(item.diagnosis));
  if (item && isReport(item.diagnosis) && !duplicate && item.diagnosis.recipients.length > 0) shown.push(item);
  shown.push(...attached);
  return shown;
}
