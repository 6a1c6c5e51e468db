// The fix-it path in one row: sender -> sender's IT -> (the provider, when it acts) ->
// recipient's IT -> recipient, the party who must act marked, and one line naming it.
import type { Diagnosis, Owner, RecipientDiagnosis } from '../diagnosis/types';
import { domainOf } from './addresses';
import { senderOf, type Decision, type Viewer } from './decision';

export type PathStep = 'sender' | 'sender-admin' | 'provider' | 'recipient-admin' | 'recipient';

export interface OwnerPathView {
  readonly steps: readonly {
    readonly step: PathStep;
    readonly label: string;
    readonly active: boolean;
  }[];
  readonly owner: Owner;
  /** Who must act, in words with the domain: "Your IT team (contoso.com) must act." */
  readonly actor: string;
  readonly why: string;
}

/** "mx1.mail.example.net" -> "example.net": a name for the provider on the path (no PSL here). */
export function providerName(host: string | null): string | null {
  if (!host) return null;
  const labels = host.toLowerCase().replace(/\.+$/, '').split('.');
  return labels.length >= 2 ? labels.slice(-2).join('.') : null;
}

function actorText(owner: Owner, viewer: Viewer, d: Diagnosis, r: RecipientDiagnosis): string {
  const senderDomain = domainOf(senderOf(d)) ?? d.auth?.fromDomain ?? null;
  const recipientDomain = domainOf(r.address);
  const within = (name: string, domain: string | null) => (domain ? `${name} (${domain})` : name);
  switch (owner) {
    case 'sender':
      return viewer.isSender
        ? 'You must act.'
        : `The sender${senderOf(d) ? ` (${senderOf(d)})` : ''} must act.`;
    case 'sender-admin':
      return `${within(viewer.isSender ? 'Your IT team' : "The sender's IT team", senderDomain)} must act.`;
    case 'recipient-admin':
      return `${within("The recipient's IT team", recipientDomain)} must act.`;
    case 'recipient':
      return `The recipient (${r.address}) must act.`;
    case 'provider':
      return `${within('The mail service provider', providerName(d.reportingMta))} must act.`;
    case 'none':
      return 'Nobody needs to act now.';
  }
}

export function ownerPath(
  d: Diagnosis,
  r: RecipientDiagnosis,
  decision: Decision,
  viewer: Viewer,
): OwnerPathView {
  const owner = decision.owner;
  const steps: PathStep[] = ['sender', 'sender-admin'];
  if (owner === 'provider') steps.push('provider');
  steps.push('recipient-admin', 'recipient');
  const label: Record<PathStep, string> = {
    sender: viewer.isSender ? 'You' : 'Sender',
    'sender-admin': viewer.isSender ? 'Your IT' : "Sender's IT",
    provider: providerName(d.reportingMta) ?? 'Provider',
    'recipient-admin': "Recipient's IT",
    recipient: 'Recipient',
  };
  return {
    steps: steps.map((step) => ({ step, label: label[step], active: step === owner })),
    owner,
    actor: actorText(owner, viewer, d, r),
    why: decision.why,
  };
}
