// Which diagnoses the pane shows for one item: the item itself and every attached message are
// diagnosed; attached bounces are shown one by one, and the item's own diagnosis only when it
// adds something (it is a bounce and not the same one as an attachment).
import { lacksAuthAnalysis } from '../diagnosis/auth/analyzer';
import { mayHaveRuleAdvice } from '../diagnosis/extras/rule-advice';
import type { Diagnosis } from '../diagnosis/types';
import type { BounceSource } from '../office/types';
import { loadAuthAnalysis, loadRuleAdvice, type Diagnose } from './engine';
import { revealInvisible, revealInvisibleDeep } from './reveal-invisible';

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
  // What the pane shows comes from the message: its invisible controls become visible marks.
  const all = sources.map((source) => ({
    source: { ...source, label: revealInvisible(source.label) },
    diagnosis: revealInvisibleDeep(diagnose(source.bytes)),
  }));
  const item = all.find((m) => m.source.origin === 'item') ?? null;
  const attached = all.filter((m) => m !== item && isReport(m.diagnosis));
  if (attached.length === 0) return item ? [item] : all.slice(0, 1);
  const shown: AnalyzedMessage[] = [];
  // The whole-MIME read also contains the attached bounces; the engine may find one of them.
  const duplicate =
    item !== null &&
    attached.some(
      (m) => m.diagnosis.kind === item.diagnosis.kind && addresses(m.diagnosis) === addresses(item.diagnosis),
    );
  if (item && isReport(item.diagnosis) && !duplicate && item.diagnosis.recipients.length > 0)
    shown.push(item);
  shown.push(...attached);
  return shown;
}

/**
 * analyzeSources, complete: when a diagnosis shown needed a part the pane loads on demand (the
 * authentication analysis; Microsoft's rule-specific advice), it is loaded and everything diagnosed
 * again (a few milliseconds). Should a part fail to load, the first diagnoses stand: their auth part
 * says it was not analyzed, their advice is the category's.
 */
export async function analyzeComplete(
  sources: readonly BounceSource[],
  diagnose: Diagnose,
  loadAuth: () => Promise<void> = loadAuthAnalysis,
  loadAdvice: () => Promise<boolean> = loadRuleAdvice,
): Promise<AnalyzedMessage[]> {
  // Checked on the engine's own results: the pane shows copies (revealInvisibleDeep).
  let lackingAuth = false;
  let advisable = false;
  const watched: Diagnose = (input) => {
    const d = diagnose(input);
    if (lacksAuthAnalysis(d)) lackingAuth = true;
    if (mayHaveRuleAdvice(d)) advisable = true;
    return d;
  };
  const first = analyzeSources(sources, watched);
  if (!lackingAuth && !advisable) return first;
  const loads = await Promise.allSettled([
    lackingAuth ? loadAuth().then(() => true) : Promise.resolve(false),
    advisable ? loadAdvice() : Promise.resolve(false),
  ]);
  const gained = loads.some((r) => r.status === 'fulfilled' && r.value);
  return gained ? analyzeSources(sources, diagnose) : first;
}
