// The pane's sentences by what they are about, in the active language (src/i18n): the words live
// in the catalogs, this module only picks the key.
import type { Category, Kind, Owner } from '../diagnosis/types';
import { t, type MessageKey } from '../i18n';
import type { ReadProblem } from '../office/types';

/** Short headline per category, for a group of recipients that share the cause. */
export const categoryTitle = (c: Category): string => t(`title.${c}` as MessageKey);

/** One line: why this party, when the engine kept the category's usual owner. */
export const categoryWhy = (c: Category): string => t(`why.${c}` as MessageKey);

/** Why this party, when evidence moved the fix away from the category's usual owner. */
export const ownerWhy = (o: Owner): string => t(`ownerWhy.${o}` as MessageKey);

/** The party in a sentence: "the sender's email admin". */
export const ownerName = (o: Owner): string => t(`owner.${o}` as MessageKey);

export interface TitledText {
  readonly title: string;
  readonly body: string;
}

/** Kinds that are not failures get a calm state instead of a fix-it panel. */
export function calmState(kind: Exclude<Kind, 'bounce'>): TitledText {
  return { title: t(`calm.${kind}.title` as MessageKey), body: t(`calm.${kind}.body` as MessageKey) };
}

export function noRecipients(): TitledText {
  return { title: t('noRecipients.title'), body: t('noRecipients.body') };
}

export function problemText(problem: Exclude<ReadProblem, 'no-office'>): TitledText {
  return {
    title: t(`problem.${problem}.title` as MessageKey),
    body: t(`problem.${problem}.body` as MessageKey),
  };
}

/** What to do whenever the item can't be read; numbered in the pane. Dragging comes first: it
 *  is the one way a delivery report Outlook withholds still reaches the pane. */
export function workaroundSteps(): string[] {
  return [t('workaround.drag'), t('workaround.forward'), t('workaround.paste')];
}

export function dropTip(): TitledText {
  return { title: t('dropTip.title'), body: t('dropTip.body') };
}

export function relationText(kind: 'forwarded' | 'backscatter', sender: string, user: string): string {
  return t(kind === 'forwarded' ? 'relation.forwarded' : 'relation.backscatter', { sender, user });
}

const VERDICTS: ReadonlySet<string> = new Set([
  'pass',
  'unaligned',
  'unauthenticated',
  'forwarding',
  'unknown',
]);

export function verdictText(verdict: string): string {
  return VERDICTS.has(verdict) ? t(`auth.verdict.${verdict}` as MessageKey) : verdict;
}
