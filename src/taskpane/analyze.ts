// Which diagnoses the pane shows for one item: the item itself and every attached message are
// diagnosed; attached bounces are shown one by one, and the item's own diagnosis only when it
// adds something (it is a bounce and not the same one as an attachment).
import { mayHaveRuleAdvice } from '../diagnosis/extras/rule-advice';
import type { Diagnosis } from '../diagnosis/types';
import { lacksRareAdvice, loadRareAdvice } from '../i18n/advice-rare';
import type { BounceSource } from '../office/types';
import {
  loadAuthAnalysis,
  loadFormatReaders,
  loadRarePhrases,
  loadRuleAdvice,
  type Diagnose,
} from './engine';
import { revealInvisible, revealInvisibleDeep } from './reveal-invisible';

export interface AnalyzedMessage {
  readonly source: BounceSource;
  readonly diagnosis: Diagnosis;
  /** The message showed the sign of a rare format whose reader could not be loaded: it was read
   *  as the other recognizers read it, and the pane says so (with a way to try again). */
  readonly readerMissing?: true;
  /** Its words showed the sign of a phrase few bounces have and those phrases could not be
   *  loaded: it was classified by the other phrases, and the pane says so (with a way to try again). */
  readonly phrasesMissing?: true;
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
  return pick(
    sources,
    sources.map((s) => diagnose(s.bytes)),
  );
}

/** What is shown of the sources, given each one's diagnosis (same order); `readerMissing` and
 *  `phrasesMissing` hold the indexes of those read without the rare format's reader or the rare
 *  phrases they called for. */
function pick(
  sources: readonly BounceSource[],
  diagnoses: readonly Diagnosis[],
  readerMissing: ReadonlySet<number> = new Set(),
  phrasesMissing: ReadonlySet<number> = new Set(),
): AnalyzedMessage[] {
  // What the pane shows comes from the message: its invisible controls become visible marks.
  const all: AnalyzedMessage[] = sources.map((source, i) => ({
    source: { ...source, label: revealInvisible(source.label) },
    diagnosis: revealInvisibleDeep(diagnoses[i] as Diagnosis),
    ...(readerMissing.has(i) ? { readerMissing: true as const } : {}),
    ...(phrasesMissing.has(i) ? { phrasesMissing: true as const } : {}),
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
 * analyzeSources, complete: when a diagnosis needed a part the pane loads on demand (the engine
 * says so for the readers of rare formats, the rule table's phrases few bounces have and the
 * authentication analysis; Microsoft's rule-specific advice is told by the rule; the advice of a
 * rare category, in a language other than English, by the category), the part is loaded and that
 * message alone is diagnosed again (a few milliseconds). Should a part fail to load, the first
 * diagnoses stand: their auth part says it was not analyzed, their advice is the category's (a
 * rare category's in English), a recipient is classified by the other phrases (marked
 * `phrasesMissing`), and a rare format's message is read as the other recognizers read it (marked
 * `readerMissing`): the pane says so.
 */
export async function analyzeComplete(
  sources: readonly BounceSource[],
  diagnose: Diagnose,
  loadAuth: () => Promise<void> = loadAuthAnalysis,
  loadAdvice: () => Promise<boolean> = loadRuleAdvice,
  loadRare: () => Promise<boolean> = loadRareAdvice,
  loadFormats: () => Promise<void> = loadFormatReaders,
  loadPhrases: () => Promise<void> = loadRarePhrases,
): Promise<AnalyzedMessage[]> {
  const lacking = { auth: new Set<number>(), formats: new Set<number>(), phrases: new Set<number>() };
  const diagnoseAt = (i: number) =>
    diagnose((sources[i] as BounceSource).bytes, (part) => lacking[part].add(i));
  let diagnoses = sources.map((_, i) => diagnoseAt(i));
  let readerMissing: ReadonlySet<number> = new Set();
  let phrasesMissing: ReadonlySet<number> = new Set();
  // A rare format's readers and the rare phrases first: the message read with them may need the
  // other parts.
  if (lacking.formats.size || lacking.phrases.size) {
    const loaded = (need: boolean, load: () => Promise<void>) =>
      need
        ? load().then(
            () => true,
            () => false,
          )
        : Promise.resolve(false);
    const [formats, phrases] = await Promise.all([
      loaded(lacking.formats.size > 0, loadFormats),
      loaded(lacking.phrases.size > 0, loadPhrases),
    ]);
    if (!formats) readerMissing = new Set(lacking.formats);
    if (!phrases) phrasesMissing = new Set(lacking.phrases);
    const again = (i: number) => (formats && lacking.formats.has(i)) || (phrases && lacking.phrases.has(i));
    for (const i of lacking.auth) if (again(i)) lacking.auth.delete(i);
    diagnoses = diagnoses.map((d, i) => (again(i) ? diagnoseAt(i) : d));
  }
  const advisable = new Set(diagnoses.flatMap((d, i) => (mayHaveRuleAdvice(d) ? [i] : [])));
  const rare = new Set(
    diagnoses.flatMap((d, i) => (lacksRareAdvice(d.recipients.map((r) => r.category)) ? [i] : [])),
  );
  if (lacking.auth.size === 0 && advisable.size === 0 && rare.size === 0)
    return pick(sources, diagnoses, readerMissing, phrasesMissing);
  const [auth, advice, rareAdvice] = await Promise.allSettled([
    lacking.auth.size ? loadAuth().then(() => true) : Promise.resolve(false),
    advisable.size ? loadAdvice() : Promise.resolve(false),
    rare.size ? loadRare() : Promise.resolve(false),
  ]);
  const gainedAuth = auth.status === 'fulfilled' && auth.value;
  const gainedAdvice = advice.status === 'fulfilled' && advice.value;
  const gainedRare = rareAdvice.status === 'fulfilled' && rareAdvice.value;
  const again = (i: number) =>
    (gainedAuth && lacking.auth.has(i)) || (gainedAdvice && advisable.has(i)) || (gainedRare && rare.has(i));
  return pick(
    sources,
    diagnoses.map((d, i) => (again(i) ? diagnose((sources[i] as BounceSource).bytes) : d)),
    readerMissing,
    phrasesMissing,
  );
}
