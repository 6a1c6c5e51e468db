// The fix-it path: sender -> sender's organization -> recipient's organization -> recipient, with
// the party who must act marked and one line saying why.
import type { Diagnosis, Owner, RecipientDiagnosis } from '../diagnosis/types';
import { DEFAULT_OWNER } from '../diagnosis/taxonomy';
import { bareAddress, domainOf } from './addresses';
import { CATEGORY_WHY, OWNER_WHY, STEP_LABEL } from './strings';

export type PathStep = keyof typeof STEP_LABEL;
export const PATH: readonly PathStep[] = ['sender', 'sender-admin', 'recipient-admin', 'recipient'];

export interface OwnerPathView {
  readonly steps: readonly {
    readonly step: PathStep;
    readonly label: string;
    readonly detail: string | null;
    readonly active: boolean;
  }[];
  /** provider or none: nobody on the path acts. */
  readonly offPath: Owner | null;
  readonly owner: Owner;
  readonly why: string;
}

export function ownerPath(diagnosis: Diagnosis, recipient: RecipientDiagnosis): OwnerPathView {
  const sender = bareAddress(diagnosis.original?.from) ?? bareAddress(diagnosis.original?.returnPath);
  const details: Record<PathStep, string | null> = {
    sender,
    // A text bounce may quote no original headers; the auth analysis may still know the From domain.
    'sender-admin': domainOf(sender) ?? diagnosis.auth?.fromDomain ?? null,
    'recipient-admin': domainOf(recipient.address),
    recipient: recipient.address,
  };
  const owner = recipient.owner;
  const steps = PATH.map((step) => ({
    step,
    label: STEP_LABEL[step],
    detail: details[step],
    active: step === owner,
  }));
  const why =
    DEFAULT_OWNER[recipient.category] === owner && recipient.category !== 'unknown'
      ? CATEGORY_WHY[recipient.category]
      : OWNER_WHY[owner];
  return { steps, offPath: owner === 'provider' || owner === 'none' ? owner : null, owner, why };
}
