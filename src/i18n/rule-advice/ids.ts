// Which of Microsoft's rules share one piece of advice, as src/diagnosis/advice/microsoft.ts
// shares them: a translation writes each piece once (RuleAdviceTexts), and byRule() gives it to
// every rule id that uses it. test/taskpane/rule-advice-catalogs.test.ts checks this table against
// the engine's (every id with advice, no other id, the same English text within a piece).
import type { RuleAdviceCatalog, RuleAdviceText } from './types';

export const RULE_ADVICE_PIECES = {
  'exo.5.7.509-dmarc': 'dmarc',
  'outlook.5.7.515-authentication-level': 'outlookAuthLevel',
  'exo.5.7.23-spf-violation': 'spf',
  'exo.4.7.26-ipv6-unauthenticated': 'ipv6Unauthenticated',
  'exo.5.7.25-ipv6-reverse-dns': 'ipv6ReverseDns',
  'exo.5.7.12-sender-not-authenticated-by-organization': 'externalAddress',
  'exo.5.7.133-group-external-senders': 'externalGroup',
  'exo.5.7.134-mailbox-external-senders': 'externalMailbox',
  'exo.5.7.135-public-folder-external-senders': 'externalPublicFolder',
  'exo.5.7.136-mail-user-external-senders': 'externalMailUser',
  'exo.5.7.193-group-external-senders': 'externalM365Group',
  'exo.5.7.124-not-in-allowed-senders': 'notInAllowedSenders',
  'exo.5.7.1-delivery-not-authorized': 'deliveryNotAuthorized',
  'exchange.5.7.900-999-transport-rule': 'transportRule',
  'exo.5.7.1-client-not-authenticated': 'clientNotAuthenticated',
  'exo.5.7.1-unable-to-relay': 'unableToRelay',
  'exo.5.4.1-relay-access-denied': 'relayAccessDenied',
  'exo.5.4.1-recipient-access-denied': 'recipientAccessDenied',
  'exo.5.7.64-tenant-attribution': 'tenantAttribution',
  'exo.5.7.57-client-not-authenticated-anonymous': 'anonymousSubmission',
  'exo.5.1.10-recipient-not-found': 'recipientNotFound',
  'exo.5.1.1-bad-destination-mailbox': 'recipientNotFound',
  'exchange.resolver-adr-recipnotfound': 'recipientNotFound',
  'exo.5.5.0-mailbox-unavailable': 'outlookComNoAccount',
  'exo.5.1.0-sender-denied': 'unresolvedRecipient',
  'exo.5.2.2-mailbox-full': 'mailboxFull',
  'exchange.storedrv-quota-exceeded': 'mailboxFull',
  'exo.4.3.2-folder-item-limit': 'folderItemLimit',
  'exo.5.2.2-submission-quota': 'sendingLimit',
  'exo.submission-quota-exceeded': 'sendingLimit',
  'exo.5.1.90-daily-recipient-limit': 'sendingLimit',
  'exchange.storedrv-submission-quota': 'sendingLimit',
  'exo.5.1.8-bad-outbound-sender': 'bannedAccount',
  'exo.5.7.501-spam-abuse': 'bannedAccount',
  'exo.5.7.502-banned-sender': 'bannedAccount',
  'exo.5.7.503-banned-sender': 'bannedAccount',
  'exo.5.7.705-tenant-threshold': 'tenantBlocked',
  'exo.5.7.750-unregistered-domains': 'tenantBlocked',
  'exo.5.7.606-649-banned-sending-ip': 'bannedIp',
  'exo.5.7.511-banned-sender-ip': 'bannedIp',
  'exo.5.7.708-ip-not-accepted': 'ipNotAccepted',
  'exo.5.7.513-customer-block-list': 'customerBlockList',
  'exo.5.7.507-rejected-by-recipient': 'rejectedByRecipient',
  'exo.5.7.703-tenant-allow-block-list': 'tenantAllowBlockList',
  'exo.5.7.520-external-forwarding': 'externalForwarding',
  'exo.5.7.367-not-permitted-to-relay': 'downstreamRelay',
  'exo.4.4.7-message-expired': 'expired',
  'exo.5.4.300-message-expired': 'expired',
  'exchange.queue-expired': 'expired',
  'exo.5.4.316-expired-connection-refused': 'expiredConnectionRefused',
  'exo.5.4.312-expired-dns-query-failed': 'expiredDnsFailed',
  'exo.5.4.14-routing-loop': 'routingLoop',
  'exo.5.6.11-invalid-characters': 'bareLineFeeds',
  'exo.5.0.350-x-dg-ref-too-long': 'richText',
  'exo.5.0.350-nested-attachments': 'nestedAttachments',
  'exo.4.7.500-699-try-again-later': 'throttled',
  'exo.4.4.8-mta-sts-mx': 'mtaSts',
  'exo.5.4.8-mta-sts-mx': 'mtaSts',
  'exo.4.7.5-mta-sts-certificate': 'mtaSts',
  'exo.5.7.5-mta-sts-certificate': 'mtaSts',
  'exo.4.7.321-starttls-not-supported': 'dane',
  'exo.4.7.322-certificate-expired': 'dane',
  'exo.4.7.323-tlsa-invalid': 'dane',
  'exo.4.7.324-dnssec-invalid': 'dane',
  'exo.4.7.325-certificate-host-mismatch': 'dane',
  'exo.5.7.321-starttls-not-supported': 'dane',
  'exo.5.7.322-certificate-expired': 'dane',
  'exo.5.7.323-tlsa-invalid': 'dane',
  'exo.5.7.324-dnssec-invalid': 'dane',
  'exo.5.7.325-certificate-host-mismatch': 'dane',
} as const satisfies Readonly<Record<string, string>>;

export type RuleAdvicePiece = (typeof RULE_ADVICE_PIECES)[keyof typeof RULE_ADVICE_PIECES];

/** One language's advice: every piece, written once. */
export type RuleAdviceTexts = Readonly<Record<RuleAdvicePiece, RuleAdviceText>>;

/** The pieces of one language by rule id. */
export function byRule(texts: RuleAdviceTexts): RuleAdviceCatalog {
  const out: Record<string, RuleAdviceText> = {};
  for (const [rule, piece] of Object.entries(RULE_ADVICE_PIECES)) out[rule] = texts[piece];
  return out;
}
