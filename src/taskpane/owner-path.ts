// The fix-it path in one row: sender -> sender's IT -> (the provider, when it acts) ->
// recipient's IT -> recipient, the party who must act marked, and one line naming it.
import type { Diagnosis, Owner, RecipientDiagnosis } from '../diagnosis/types';
import { domainOf } from './addresses';
import { t } from '../i18n';
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
  const sender = senderOf(d);
  switch (owner) {
    case 'sender':
      if (viewer.isSender) return t('actor.you');
      return sender ? t('actor.senderNamed', { address: sender }) : t('actor.sender');
    case 'sender-admin':
      if (viewer.isSender)
        return senderDomain ? t('actor.yourItDomain', { domain: senderDomain }) : t('actor.yourIt');
      return senderDomain ? t('actor.senderItDomain', { domain: senderDomain }) : t('actor.senderIt');
    case 'recipient-admin':
      return recipientDomain
        ? t('actor.recipientItDomain', { domain: recipientDomain })
        : t('actor.recipientIt');
    case 'recipient':
      return t('actor.recipient', { address: r.address });
    case 'provider': {
      const provider = providerName(d.reportingMta);
      return provider ? t('actor.providerDomain', { domain: provider }) : t('actor.provider');
    }
    case 'none':
      return t('actor.none');
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
    sender: viewer.isSender ? t('path.you') : t('path.sender'),
    'sender-admin': viewer.isSender ? t('path.yourIt') : t('path.senderIt'),
    provider: providerName(d.reportingMta) ?? t('path.provider'),
    'recipient-admin': t('path.recipientIt'),
    recipient: t('path.recipient'),
  };
  return {
    steps: steps.map((step) => ({ step, label: label[step], active: step === owner })),
    owner,
    actor: actorText(owner, viewer, d, r),
    why: decision.why,
  };
}
