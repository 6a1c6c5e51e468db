// Provider-specific codes and tokens (Exchange Online, Exchange Server, Outlook.com, Gmail, Yahoo ...).
// Facts from ../shared/seeds/001_* (Exchange Online's NDR table, one rule per row) and
// ../shared/reference/provider-codes.tsv; the ids name the provider ("exo.<code>-<name>").
//
// Two tiers (see classify.ts):
//   PROVIDER_PHRASE_RULES run before the generic server words: each one needs a provider's own code
//     together with its wording, or a token only that provider writes (RESOLVER.ADR.RecipNotFound,
//     S3150), so it is narrower than any generic phrase. "550 5.7.513 ... Customer Block list" is the
//     recipient's own block list, not a public blocklist, whatever the words "block list" suggest.
//   PROVIDER_RULES run after the generic words: the code alone, for codes that only Microsoft (or
//     only one provider) uses, so they never shadow the IANA meaning of a registered code.
import type { Rule } from './rule';

/** "4.7.", 500, 699 -> "4.7.500" ... "4.7.699": Microsoft documents some codes as ranges. */
export function codeRange(prefix: string, from: number, to: number): string[] {
  const out: string[] = [];
  for (let n = from; n <= to; n++) out.push(`${prefix}${n}`);
  return out;
}

// DANE and MTA-STS failures at the destination (Exchange Online rows 4.7.321..325, 5.7.321..325).
const DANE: readonly [detail: string, name: string, token: string][] = [
  ['321', 'starttls-not-supported', 'starttls-not-supported'],
  ['322', 'certificate-expired', 'certificate-expired'],
  ['323', 'tlsa-invalid', 'tlsa-invalid'],
  ['324', 'dnssec-invalid', 'dnssec-invalid'],
  ['325', 'certificate-host-mismatch', 'certificate-host-mismatch'],
];

function daneRules(): Rule[] {
  const out: Rule[] = [];
  for (const [detail, name, token] of DANE) {
    for (const cls of ['4', '5']) {
      out.push({
        id: `exo.${cls}.7.${detail}-${name}`,
        category: 'recipient-system',
        status: [`${cls}.7.${detail}`],
        phrases: [token, 'dane', 'dnssec', 'certificate', 'starttls', 'tls'],
      });
    }
  }
  return out;
}

// Exchange Online wording that only Exchange Online writes, with the code it comes with. Ordered so
// that the narrower of two rules sharing a code comes first (5.2.2 submission quota before 5.2.2
// mailbox full; 5.7.57 before the 5.7.1 "client was not authenticated").
const EXO_PHRASE_RULES: readonly Rule[] = [
  // --- 4.x.x: transient
  {
    id: 'exo.4.3.2-recipient-thread-limit',
    category: 'rate-limited',
    owner: 'none',
    status: ['4.3.2'],
    phrases: ['recipient thread limit', 'thread limit exceeded'],
    // by-design throttling of one busy mailbox; Exchange retries on its own
  },
  {
    id: 'exo.4.3.2-folder-item-limit',
    category: 'mailbox-full',
    phrases: ['mapiexceptionmaxobjsexceeded'],
    // a folder of the recipient mailbox holds the maximum number of items
  },
  {
    id: 'exo.4.4.316-connection-refused',
    category: 'recipient-system',
    status: ['4.4.316'],
    phrases: ['connection refused', 'socket error', 'refused'],
  },
  {
    id: 'exo.5.4.316-expired-connection-refused',
    category: 'expired',
    status: ['5.4.316'],
    phrases: ['message expired', 'expired'],
    // the final NDR after 4.4.316 retries; the cause (connection refused) is in the evidence
  },
  {
    id: 'exo.4.4.317-untrusted-root',
    category: 'recipient-system',
    status: ['4.4.317', '5.4.317'],
    phrases: ['untrustedroot', 'untrusted root', 'certificate'],
  },
  {
    id: 'exo.5.4.312-expired-dns-query-failed',
    category: 'expired',
    status: ['5.4.312'],
    phrases: ['message expired', 'expired'],
  },
  {
    id: 'exo.4.4.312-dns-query-failed',
    category: 'recipient-system',
    status: ['4.4.312', '5.4.312'],
    phrases: ['dns query failed'],
  },
  {
    id: 'exo.4.4.7-message-expired',
    category: 'expired',
    status: ['4.4.7', '5.4.7'],
    phrases: ['queue.expired', 'message expired', 'expired'],
  },
  {
    id: 'exo.4.4.8-mta-sts-mx',
    category: 'recipient-system',
    status: ['4.4.8'],
    phrases: ['mta-sts', 'sts policy'],
  },
  {
    id: 'exo.4.5.3-too-many-recipients',
    category: 'rate-limited',
    status: ['4.5.3'],
    phrases: ['too many recipients'],
    // more than 200 envelope recipients of one domain: the sending server must split them
  },
  {
    id: 'exo.4.7.5-mta-sts-certificate',
    category: 'recipient-system',
    status: ['4.7.5'],
    phrases: ['mta-sts', 'certificate'],
  },
  {
    id: 'exo.4.7.26-ipv6-unauthenticated',
    category: 'auth-failed',
    status: ['4.7.26'],
    phrases: ['ipv6', 'must pass either spf or dkim', 'spf or dkim'],
  },
  ...daneRules(),
  {
    id: 'outlook.4.7.650-ip-reputation',
    category: 'reputation-block',
    status: ['4.7.650', '4.7.651'],
    phrases: ['ip reputation', 's775', 'reputation'],
  },
  {
    id: 'outlook.4.7.652-too-many-connections',
    category: 'rate-limited',
    status: ['4.7.652'],
    phrases: ['maximum number of connections', 's3115', 'connections'],
  },
  {
    id: 'exo.4.7.500-699-try-again-later',
    category: 'reputation-block',
    status: codeRange('4.7.', 500, 699),
    phrases: ['try again later', 'server busy', 'access denied'],
    // the sending IP is held back while its suspicious or changed traffic is evaluated; lifted by itself when valid
  },
  {
    id: 'exo.4.7.850-899-ip-restricted',
    category: 'reputation-block',
    status: codeRange('4.7.', 850, 899),
    phrases: ['try again later', 'access denied'],
    // suspicious activity seen from the sending IP; temporarily restricted while evaluated
  },
  // --- 5.0.x .. 5.6.x
  {
    id: 'exo.5.0.350-x-dg-ref-too-long',
    category: 'message-noncompliant',
    phrases: ['x-dg-ref header is too long', 'x-dg-ref'],
    // a Rich Text (TNEF) message carried outside the organization
  },
  {
    id: 'exo.5.0.350-nested-attachments',
    category: 'content-rejected',
    status: ['5.0.350'],
    phrases: ['as345', 'policy violation detected'],
  },
  {
    id: 'exo.5.1.0-sender-denied',
    category: 'recipient-unknown',
    status: ['5.1.0'],
    phrases: ['sender denied', 'legacyexchangedn'],
    // Exchange could not resolve the recipient (often a reply to a saved or offline message)
  },
  {
    id: 'exo.5.1.1-bad-destination-mailbox',
    category: 'recipient-unknown',
    status: ['5.1.1'],
    phrases: ['bad destination mailbox address', 'recipnotfound', 'recipientnotfound', 'not found'],
  },
  {
    id: 'exo.5.1.8-bad-outbound-sender',
    category: 'sender-blocked',
    status: ['5.1.8'],
    phrases: ['bad outbound sender'],
    // the sending account was blocked for sending spam, usually because it was compromised
  },
  {
    id: 'smtp.5.1.8-sender-address-rejected',
    category: 'sender-infrastructure',
    status: ['5.1.8'],
    phrases: ['sender address rejected', 'sender rejected', 'sender address'],
    // 5.1.8 is "bad sender's system address": the generic "address rejected" words mean the sender here
  },
  {
    id: 'exo.5.1.10-recipient-not-found',
    category: 'recipient-unknown',
    status: ['5.1.10'],
    phrases: ['recipientnotfound', 'recipient not found', 'not found'],
    // Exchange Online's own 5.1.10; the IANA 5.1.10 (null MX) comes with other words
  },
  {
    id: 'exo.5.1.20-multiple-from',
    category: 'message-noncompliant',
    status: ['5.1.20'],
    phrases: ['multiple from', 'sender address'],
  },
  {
    id: 'exo.5.1.90-daily-recipient-limit',
    category: 'sender-blocked',
    status: ['5.1.90'],
    phrases: ['daily limit', 'limit for message recipients'],
  },
  {
    id: 'exo.5.2.2-submission-quota',
    category: 'sender-blocked',
    status: ['5.2.2'],
    phrases: ['submission quota', 'submissionquotaexceeded'],
    // the sender went over the recipient or message rate limit of Exchange Online
  },
  {
    id: 'exo.5.2.2-mailbox-full',
    category: 'mailbox-full',
    status: ['5.2.2', '4.2.2'],
    phrases: ['quotaexceeded', 'mailbox full', 'mailbox is full', 'mailbox size limit', 'over quota'],
  },
  {
    id: 'exo.5.2.121-per-sender-hourly-limit',
    category: 'rate-limited',
    owner: 'sender',
    status: ['5.2.121'],
    phrases: ['per hour message receive limit from specific sender', 'per hour'],
    // Microsoft: the sender or automated mailer should send fewer messages per hour to this recipient
  },
  {
    id: 'exo.5.2.122-recipient-hourly-limit',
    category: 'rate-limited',
    owner: 'sender',
    status: ['5.2.122'],
    phrases: ['per hour message receive limit', 'per hour'],
    // Microsoft: the sender or automated mailer should try again later
  },
  {
    id: 'exo.5.3.190-journaling',
    category: 'recipient-system',
    owner: 'sender-admin',
    status: ['5.3.190'],
    phrases: ['journaling', 'journal'],
    // journal reports come from the same organization; its Microsoft 365 admin must enable Journaling Archive
  },
  {
    id: 'exo.5.4.1-relay-access-denied',
    category: 'relay-denied',
    owner: 'recipient-admin',
    status: ['5.4.1'],
    phrases: ['relay access denied', 'relay'],
    // the recipient domain is not an accepted domain where its MX points: the recipient side must fix MX or accepted domains
  },
  {
    id: 'exo.5.4.1-recipient-access-denied',
    category: 'recipient-unknown',
    status: ['5.4.1'],
    phrases: ['recipient address rejected', 'access denied'],
    // Directory-Based Edge Blocking: the address does not exist in the recipient tenant
  },
  {
    id: 'exo.5.4.14-routing-loop',
    category: 'mail-loop',
    status: ['5.4.6', '5.4.14'],
    phrases: ['routing loop', 'hop count exceeded', 'loop'],
  },
  {
    id: 'exo.5.4.8-mta-sts-mx',
    category: 'recipient-system',
    status: ['5.4.8'],
    phrases: ['mta-sts', 'sts policy'],
  },
  {
    id: 'exo.5.4.300-message-expired',
    category: 'expired',
    status: ['5.4.300'],
    phrases: ['expired'],
  },
  {
    id: 'exo.5.5.0-mailbox-unavailable',
    category: 'recipient-unknown',
    status: ['5.5.0'],
    phrases: ['requested action not taken: mailbox unavailable', 'mailbox unavailable'],
    // an outlook.com or hotmail.com address that does not exist
  },
  {
    id: 'exo.5.6.11-invalid-characters',
    category: 'message-noncompliant',
    status: ['5.6.11'],
    phrases: ['invalid characters', 'bare line feed', 'bare linefeed', 'barelinefeed', 'bare lf'],
  },
  // --- 5.7.x: security and policy. 5.7.1 is a catch-all: the words decide.
  {
    id: 'exo.5.7.57-client-not-authenticated-anonymous',
    category: 'sender-blocked',
    status: ['5.7.57'],
    phrases: ['client was not authenticated', 'anonymous mail', 'not authenticated'],
    // a device or application relays through smtp.office365.com without signing in
  },
  {
    id: 'exo.5.7.57-client-not-authenticated-anonymous',
    category: 'sender-blocked',
    phrases: ['client was not authenticated to send anonymous mail'],
  },
  {
    id: 'exo.5.7.1-client-not-authenticated',
    category: 'recipient-policy',
    phrases: ['client was not authenticated', 'resolver.rst.authrequired'],
    // the recipient (server or group) accepts only authenticated senders: its admin decides (TAXONOMY.md)
  },
  {
    id: 'exchange.5.7.900-999-transport-rule',
    category: 'recipient-policy',
    status: codeRange('5.7.', 900, 999),
    phrases: ['delivery not authorized', 'message refused', 'refused', 'rejected'],
  },
  {
    id: 'exo.5.7.1-delivery-not-authorized',
    category: 'recipient-policy',
    phrases: ['delivery not authorized', 'resolver.rst.notauthorized'],
    // a restricted group, a transport rule or a sender restriction of the recipient
  },
  {
    id: 'exo.5.7.1-unable-to-relay',
    category: 'relay-denied',
    status: ['5.7.1', '5.7.0', '5.4.1'],
    phrases: ['unable to relay'],
  },
  {
    id: 'exo.5.7.5-mta-sts-certificate',
    category: 'recipient-system',
    status: ['5.7.5'],
    phrases: ['mta-sts', 'certificate'],
  },
  {
    id: 'exo.5.7.12-sender-not-authenticated-by-organization',
    category: 'recipient-policy',
    status: ['5.7.12'],
    phrases: ['not authenticated by organization', 'sender was not authenticated', 'not authenticated'],
    // the recipient refuses mail from outside its organization (not the IANA "password transition")
  },
  {
    id: 'exo.5.7.23-spf-violation',
    category: 'auth-failed',
    status: ['5.7.23'],
    phrases: ['sender policy framework', 'spf'],
  },
  {
    id: 'exo.5.7.25-ipv6-reverse-dns',
    category: 'sender-infrastructure',
    status: ['5.7.25'],
    phrases: ['reverse dns', 'ptr'],
  },
  {
    id: 'exo.5.7.60-send-as-denied',
    category: 'sender-blocked',
    phrases: ['sendasdenied', 'does not have permissions to send as'],
  },
  {
    id: 'exo.5.7.64-tenant-attribution',
    category: 'relay-denied',
    status: ['5.7.64'],
    phrases: ['tenantattribution', 'relay access denied'],
    // the inbound connector for the on-premises servers no longer matches them
  },
  {
    id: 'exo.5.7.124-not-in-allowed-senders',
    category: 'recipient-policy',
    status: ['5.7.124'],
    phrases: ['allowed-senders', 'allowed senders'],
  },
  {
    id: 'exo.5.7.133-group-external-senders',
    category: 'recipient-policy',
    status: ['5.7.133'],
    phrases: ['not authenticated for group', 'sendernotauthenticatedforgroup', 'not authenticated'],
  },
  {
    id: 'exo.5.7.134-mailbox-external-senders',
    category: 'recipient-policy',
    status: ['5.7.134'],
    phrases: ['not authenticated for mailbox', 'sendernotauthenticatedformailbox', 'not authenticated'],
  },
  {
    id: 'exo.5.7.135-public-folder-external-senders',
    category: 'recipient-policy',
    status: ['5.7.13', '5.7.135'],
    phrases: ['public folder', 'sendernotauthenticatedforpublicfolder'],
    // the IANA 5.7.13 ("user account disabled") comes with other words
  },
  {
    id: 'exo.5.7.136-mail-user-external-senders',
    category: 'recipient-policy',
    status: ['5.7.136'],
    phrases: ['sender was not authenticated', 'not authenticated'],
  },
  {
    id: 'exo.5.7.193-group-external-senders',
    category: 'recipient-policy',
    status: ['5.7.193'],
    phrases: ['unifiedgroupagent', 'group member', 'external senders'],
  },
  {
    id: 'exo.5.7.367-not-permitted-to-relay',
    category: 'relay-denied',
    status: ['5.7.367'],
    phrases: ['not permitted to relay', 'relay'],
    // forwarded mail left from the relay pool and a downstream gateway refused it
  },
  {
    id: 'exo.5.7.501-spam-abuse',
    category: 'sender-blocked',
    status: ['5.7.501'],
    phrases: ['spam abuse detected', 'access denied'],
  },
  {
    id: 'exo.5.7.502-banned-sender',
    category: 'sender-blocked',
    status: ['5.7.502'],
    phrases: ['banned sender', 'access denied'],
  },
  {
    id: 'exo.5.7.503-banned-sender',
    category: 'sender-blocked',
    status: ['5.7.503'],
    phrases: ['banned sender', 'access denied'],
  },
  {
    id: 'exo.5.7.504-recipient-rejected',
    category: 'recipient-unknown',
    status: ['5.7.504'],
    phrases: ['recipient address rejected', 'access denied'],
  },
  {
    id: 'exo.5.7.505-banned-recipient',
    category: 'recipient-unknown',
    status: ['5.7.505'],
    phrases: ['banned recipient', 'access denied'],
  },
  {
    id: 'exo.5.7.506-bad-helo',
    category: 'sender-infrastructure',
    status: ['5.7.506'],
    phrases: ['bad helo', 'helo'],
  },
  {
    id: 'exo.5.7.507-rejected-by-recipient',
    category: 'recipient-policy',
    status: ['5.7.507'],
    phrases: ['rejected by recipient', 'access denied'],
    // the recipient's organization blocked the sending IP
  },
  {
    id: 'exo.5.7.508-ipv6-range-limit',
    category: 'rate-limited',
    status: ['5.7.508'],
    phrases: ['exceeded permitted limits', 'access denied'],
  },
  {
    id: 'exo.5.7.509-dmarc',
    category: 'auth-failed',
    status: ['5.7.509'],
    phrases: ['dmarc', 'access denied'],
  },
  {
    id: 'exo.5.7.510-no-ipv6',
    category: 'recipient-system',
    owner: 'sender-admin',
    status: ['5.7.510'],
    phrases: ['ipv6', 'access denied'],
    // the recipient system takes mail over IPv4 only; the sending side is the one that can switch to IPv4
  },
  {
    id: 'exo.5.7.511-banned-sender-ip',
    category: 'reputation-block',
    status: ['5.7.511'],
    phrases: ['banned sender', 'access denied'],
  },
  {
    id: 'exo.5.7.512-rfc5322-from',
    category: 'message-noncompliant',
    status: ['5.7.512'],
    phrases: ['5322', 'access denied'],
  },
  {
    id: 'exo.5.7.513-customer-block-list',
    category: 'recipient-policy',
    status: ['5.7.513'],
    phrases: ['customer block list', 'block list', 'blocked by'],
    // the recipient domain's own block list, not a public one
  },
  {
    id: 'outlook.5.7.515-authentication-level',
    category: 'auth-failed',
    status: ['5.7.515'],
    phrases: ['required authentication level', 'authentication', 'access denied'],
  },
  {
    id: 'exo.5.7.520-external-forwarding',
    category: 'sender-blocked',
    status: ['5.7.520'],
    phrases: ['external forwarding', 'forwarding', 'access denied'],
    // the forwarding mailbox's organization blocks automatic forwarding to outside addresses
  },
  {
    id: 'exo.5.7.606-649-banned-sending-ip',
    category: 'reputation-block',
    status: codeRange('5.7.', 606, 649),
    phrases: ['banned sending ip', 'access denied'],
  },
  {
    id: 'exo.5.7.703-tenant-allow-block-list',
    category: 'sender-blocked',
    status: ['5.7.703'],
    phrases: ['tenant allow block list', 'blocked by your organization'],
    // the sender's own organization blocks the recipient in its Tenant Allow/Block List
  },
  {
    id: 'exo.5.7.705-tenant-threshold',
    category: 'sender-blocked',
    status: ['5.7.705'],
    phrases: ['tenant has exceeded threshold', 'access denied'],
  },
  {
    id: 'exo.5.7.708-ip-not-accepted',
    category: 'reputation-block',
    status: ['5.7.708'],
    phrases: ['traffic not accepted from this ip', 'access denied'],
  },
  {
    id: 'exo.5.7.750-unregistered-domains',
    category: 'sender-blocked',
    status: ['5.7.750'],
    phrases: ['unregistered domains', 'client blocked'],
  },
  {
    id: 'exo.5.7.800-banned-sender-domain',
    category: 'sender-blocked',
    status: ['5.7.800'],
    phrases: ['banned sender', 'access denied'],
  },
  {
    id: 'exo.5.7.703-tenant-allow-block-list',
    category: 'sender-blocked',
    phrases: [
      'tenant allow block list',
      "blocked by your organization's tenant",
      'tenant recipient block policy',
    ],
  },
  {
    id: 'exo.5.7.513-customer-block-list',
    category: 'recipient-policy',
    phrases: ['customer block list', '(as16012607)'],
  },
  {
    id: 'exo.5.7.139-smtp-auth-disabled',
    category: 'sender-blocked',
    phrases: ['smtpclientauthentication is disabled'],
    // SMTP AUTH is turned off for the tenant or the mailbox: an admin setting
  },
  {
    id: 'exo.5.7.3-smtp-auth-failed',
    category: 'sender-blocked',
    owner: 'sender',
    status: ['5.7.3', '5.7.8', '5.7.139', '4.7.3'],
    phrases: ['authentication unsuccessful'],
    // a mail program or device signing in for SMTP submission gave wrong credentials
  },
  {
    id: 'exo.4.7.66-old-tls',
    category: 'sender-infrastructure',
    phrases: ['tls 1.0 and 1.1 are not supported'],
  },
  {
    id: 'exo.4.4.4-no-mail-enabled-subscriptions',
    category: 'recipient-system',
    phrases: ['no mail-enabled subscriptions'],
    // the recipient domain sits in a Microsoft 365 tenant without any Exchange Online license
  },
  {
    id: 'exo.submission-quota-exceeded',
    category: 'sender-blocked',
    phrases: ["sender's submission quota was exceeded", 'submission quota was exceeded'],
    // the row without a code: more than 10,000 recipients a day, often a compromised account
  },
];

// Exchange's component tokens say which subsystem refused; they are words, not numbers.
const EXCHANGE_TOKEN_RULES: readonly Rule[] = [
  {
    id: 'exchange.resolver-adr-recipnotfound',
    category: 'recipient-unknown',
    phrases: ['resolver.adr.recipnotfound', 'resolver.adr.exrecipnotfound', 'resolver.adr.recipientnotfound'],
  },
  {
    id: 'exchange.resolver-adr-reciplimit',
    category: 'rate-limited',
    owner: 'sender',
    phrases: ['resolver.adr.reciplimit'],
    // too many recipients in one message: the sender splits the list
  },
  {
    id: 'exchange.resolver-adr-unresolvable',
    category: 'recipient-system',
    phrases: ['resolver.adr.invalidinsmtp', 'resolver.adr.ambiguous'],
    // the recipient's directory entry has no usable SMTP address, or several entries share it
  },
  {
    id: 'exchange.resolver-adr-badprimary',
    category: 'recipient-system',
    phrases: ['resolver.adr.badprimary'],
  },
  {
    id: 'exchange.resolver-rst-size-limit',
    category: 'message-too-large',
    phrases: ['resolver.rst.recipsizelimit', 'resolver.rst.sendsizelimit'],
  },
  {
    id: 'exchange.storedrv-submission-quota',
    category: 'sender-blocked',
    phrases: ['submissionquotaexceededexception'],
  },
  {
    id: 'exchange.storedrv-quota-exceeded',
    category: 'mailbox-full',
    phrases: ['quotaexceededexception', 'storedrv.deliver; mailbox full'],
  },
  {
    id: 'exchange.storedrv-submit-invalid-recipient',
    category: 'recipient-unknown',
    phrases: ['storedrv.submit; invalid recipient'],
  },
  {
    id: 'exchange.storedrv-conversion-failed',
    category: 'message-noncompliant',
    phrases: ['conversionfailedexception', 'corrupt message content'],
  },
  {
    id: 'exchange.smtpsend-dns-nonexistent-domain',
    category: 'recipient-domain-invalid',
    phrases: ['smtpsend.dns.nonexistentdomain', 'nonexistent domain', 'infodomainnonexistent'],
  },
  {
    id: 'exchange.smtpsend-dns-mxloopback',
    category: 'recipient-system',
    phrases: ['smtpsend.dns.mxloopback'],
  },
  { id: 'exchange.queue-expired', category: 'expired', phrases: ['queue.expired'] },
  // Exchange 5.5 / 2000 / 2003 Internet Mail Service codes after "MSEXCH:IMS:".
  { id: 'exchange-ims.000c05a6-unknown-recipient', category: 'recipient-unknown', phrases: ['(000c05a6)'] },
  { id: 'exchange-ims.000c0595-ambiguous-recipient', category: 'recipient-unknown', phrases: ['(000c0595)'] },
  { id: 'exchange-ims.00120270-too-many-hops', category: 'mail-loop', phrases: ['(00120270)'] },
  {
    id: 'exchange-ims.00010256-too-many-recipients',
    category: 'recipient-system',
    phrases: ['(00010256)'],
    // a recipient limit inside the receiving Exchange 5.5 site's own connector
  },
  { id: 'exchange-ims.000d06b5-no-proxy', category: 'recipient-system', phrases: ['(000d06b5)'] },
  {
    id: 'exchange-ims.000b0981-auth-not-supported',
    category: 'sender-infrastructure',
    phrases: ['(000b0981)'],
    // the sending connector insists on SMTP AUTH that the next server does not offer
  },
  {
    id: 'exchange-ims.00050311-conversion-failed',
    category: 'message-noncompliant',
    phrases: ['(00050311)', '(000502cc)'],
  },
];

// Exchange Server (on-premises) wording that needs its code.
const EXCHANGE_SERVER_RULES: readonly Rule[] = [
  {
    id: 'exchange.4.3.1-insufficient-resources',
    category: 'recipient-system',
    status: ['4.3.1'],
    phrases: ['insufficient system resources'],
  },
  {
    id: 'exchange.5.1.4-reserved-domain',
    category: 'recipient-domain-invalid',
    status: ['5.1.4', '5.1.5'],
    phrases: ['reserved by rfc 2606', 'rfc 2606'],
  },
  {
    id: 'exchange.5.1.6-single-label-domain',
    category: 'recipient-domain-invalid',
    status: ['5.1.6'],
    phrases: ['single label domain'],
  },
  {
    id: 'exchange.5.2.1-content-filter-quarantine',
    category: 'content-rejected',
    owner: 'recipient-admin',
    status: ['5.2.1'],
    phrases: ['content filter agent'],
    // held in the receiving organization's quarantine, not dropped: its admin reviews and releases it (Microsoft)
  },
  {
    id: 'exchange.5.3.5-system-incorrectly-configured',
    category: 'mail-loop',
    status: ['5.3.5'],
    phrases: ['system incorrectly configured'],
  },
  {
    id: 'exchange.5.5.3-too-many-recipients',
    category: 'rate-limited',
    owner: 'sender',
    status: ['5.5.3', '4.5.3'],
    phrases: ['too many recipients'],
  },
];

// Outlook.com (consumer) reputation tokens: "550 SC-001 (BAY004-MC5F4) Unfortunately, messages ...".
const OUTLOOK_COM_RULES: readonly Rule[] = [
  { id: 'outlook.s3150-network-blocklisted', category: 'reputation-block', phrases: ['(s3150)', 's3150'] },
  { id: 'outlook.s775-ip-reputation', category: 'reputation-block', phrases: ['(s775)'] },
  { id: 'outlook.s3115-connection-limit', category: 'rate-limited', phrases: ['(s3115)'] },
  { id: 'outlook.rp-rate-limit', category: 'rate-limited', phrases: ['rp-001 ', 'rp-002 ', 'rp-003 '] },
  {
    id: 'outlook.sc-reputation',
    category: 'reputation-block',
    phrases: ['sc-001 ', 'sc-002 ', 'sc-003 ', 'sc-004 '],
    // spam-like mail, namespace mining, open proxy or complaints from the sending IP
  },
  { id: 'outlook.dy-001-dynamic-ip', category: 'sender-infrastructure', phrases: ['dy-001 '] },
  { id: 'outlook.dy-002-compromised-host', category: 'reputation-block', phrases: ['dy-002 '] },
  { id: 'outlook.ou-policy-block', category: 'reputation-block', phrases: ['ou-001 ', 'ou-002 '] },
  {
    id: 'outlook.access-denied-abuse',
    category: 'sender-blocked',
    phrases: ['access denied, spam abuse detected', 'access denied, banned sender'],
    // Microsoft's wording for a sender banned for abuse (5.7.501..503, 5.7.800), also when the code is missing
  },
  {
    id: 'outlook.sender-id-failure',
    category: 'auth-failed',
    phrases: ['sender id validation failure'],
  },
];

const GMAIL_RULES: readonly Rule[] = [
  {
    id: 'gmail.5.7.26-unauthenticated',
    category: 'auth-failed',
    status: ['5.7.26', '4.7.26'],
    phrases: ['unauthenticated', 'dmarc', 'spf', 'dkim'],
  },
  {
    id: 'gmail.5.7.27-spf-bulk',
    category: 'auth-failed',
    status: ['5.7.27', '4.7.27'],
    phrases: ['spf'],
    // not the IANA 5.7.27 (sender null MX): Gmail uses it for SPF of bulk senders
  },
  { id: 'gmail.5.7.30-dkim-bulk', category: 'auth-failed', status: ['5.7.30', '4.7.30'], phrases: ['dkim'] },
  {
    id: 'gmail.5.7.32-dmarc-alignment',
    category: 'auth-failed',
    status: ['5.7.32', '4.7.32'],
    phrases: ['aligned', 'alignment'],
  },
  {
    id: 'gmail.5.7.40-auth-mechanism',
    category: 'sender-blocked',
    owner: 'sender',
    phrases: ['xoauth is no longer supported', 'unrecognized authentication type'],
  },
  {
    id: 'gmail.5.7.40-no-dmarc-record',
    category: 'auth-failed',
    status: ['5.7.40', '4.7.40'],
    phrases: ['dmarc'],
  },
  {
    id: 'gmail.5.7.29-tls-bulk',
    category: 'sender-infrastructure',
    status: ['5.7.29', '4.7.29'],
    phrases: ['tls'],
  },
  {
    id: 'gmail.5.7.28-unsolicited-rate',
    category: 'reputation-block',
    status: ['5.7.28'],
    phrases: ['unusual rate of unsolicited'],
  },
  {
    id: 'gmail.5.7.14-web-login',
    category: 'sender-blocked',
    owner: 'sender',
    status: ['5.7.14', '5.7.9'],
    phrases: [
      'log in through your web browser',
      'log in with your web browser',
      'application-specific password',
    ],
  },
  {
    id: 'gmail.5.7.8-bad-credentials',
    category: 'sender-blocked',
    owner: 'sender',
    phrases: ['username and password not accepted'],
  },
  {
    id: 'gmail.5.4.5-daily-sending-limit',
    category: 'sender-blocked',
    owner: 'sender',
    phrases: ['daily user sending limit exceeded', 'daily smtp relay limit exceeded'],
  },
  {
    id: 'gmail.4.2.1-receiving-too-quickly',
    category: 'rate-limited',
    owner: 'sender',
    phrases: ['receiving mail too quickly', 'receiving mail at a rate', 'receiving email at a rate'],
  },
  {
    id: 'gmail.5.2.1-inactive-account',
    category: 'mailbox-inactive',
    phrases: ['account that you tried to reach is inactive', 'account that you tried to reach is disabled'],
  },
  {
    id: 'gmail.4.7.0-ip-not-allowlisted',
    category: 'recipient-policy',
    phrases: ['ip not in whitelist for rcpt domain'],
  },
  {
    id: 'gmail.gcdp-admin-policy',
    category: 'recipient-policy',
    phrases: ['- gcdp ', ' gcdp '],
    // a Google Workspace admin's own rule (Google Custom Domain Policies)
  },
];

const YAHOO_RULES: readonly Rule[] = [
  {
    id: 'yahoo.5.7.9-unauthenticated',
    category: 'auth-failed',
    status: ['5.7.9'],
    phrases: ['sender is unauthenticated', 'authenticate with either spf or dkim'],
  },
  {
    id: 'yahoo.5.7.9-policy-reasons',
    category: 'auth-failed',
    status: ['5.7.9'],
    phrases: ['not accepted for policy reasons'],
    source: 'help.yahoo.com/kb/SLN7253 (554 5.7.9: failed DKIM, SPF or DMARC checks); seed 002',
  },
  {
    id: 'yahoo.tss04-deferred',
    category: 'reputation-block',
    phrases: ['[tss04]', '[tss05]'],
    // deferred for unexpected volume or user complaints
  },
  {
    id: 'yahoo.tss09-permanently-deferred',
    category: 'reputation-block',
    phrases: ['[tss09]', '[tss11]', '[tss12]'],
  },
  { id: 'yahoo.bl21-spamhaus', category: 'reputation-block', phrases: ['[bl21]', '[bl22]', '[bl23]'] },
  { id: 'yahoo.ph01-content', category: 'content-rejected', phrases: ['[ph01]'] },
];

const OTHER_PROVIDER_RULES: readonly Rule[] = [
  { id: 'icloud.hme1-spf-dkim', category: 'auth-failed', phrases: ['[hme1]'] },
  { id: 'mimecast.spf-sender-invalid', category: 'auth-failed', phrases: ['spf sender invalid'] },
  { id: 'mimecast.dkim-sender-invalid', category: 'auth-failed', phrases: ['dkim sender invalid'] },
  { id: 'mimecast.dmarc-sender-invalid', category: 'auth-failed', phrases: ['dmarc sender invalid'] },
  { id: 'mimecast.ip-reputation', category: 'reputation-block', phrases: ['local ct ip reputation'] },
  {
    id: 'mimecast.anti-spoofing',
    category: 'recipient-policy',
    phrases: ['anti-spoofing policy'],
  },
  {
    id: 'mimecast.user-block-entry',
    category: 'recipient-policy',
    owner: 'recipient',
    phrases: ['envelope blocked - user entry', 'envelope blocked - user domain entry'],
  },
  { id: 'proofpoint.pdr-blocked', category: 'reputation-block', phrases: ['prs.proofpoint.com'] },
  { id: 'barracuda.cuda-nsu', category: 'recipient-unknown', phrases: ['cuda_nsu 5.1.1'] },
];

/** Tier before the generic server words: a provider's code with its words, or its own tokens. */
export const PROVIDER_PHRASE_RULES: readonly Rule[] = [
  ...EXO_PHRASE_RULES,
  ...EXCHANGE_TOKEN_RULES,
  ...EXCHANGE_SERVER_RULES,
  ...OUTLOOK_COM_RULES,
  ...GMAIL_RULES,
  ...YAHOO_RULES,
  ...OTHER_PROVIDER_RULES,
];

/** Tier after the generic server words: codes that only one provider uses, alone. */
export const PROVIDER_RULES: readonly Rule[] = [
  { id: 'exo.4.4.316-connection-refused', category: 'recipient-system', status: ['4.4.316'] },
  { id: 'exo.5.4.316-expired-connection-refused', category: 'expired', status: ['5.4.316'] },
  { id: 'exo.5.4.312-expired-dns-query-failed', category: 'expired', status: ['5.4.312'] },
  { id: 'exo.4.4.312-dns-query-failed', category: 'recipient-system', status: ['4.4.312'] },
  {
    id: 'exo.4.7.500-699-try-again-later',
    category: 'reputation-block',
    status: codeRange('4.7.', 500, 699),
  },
  { id: 'exo.4.7.850-899-ip-restricted', category: 'reputation-block', status: codeRange('4.7.', 850, 899) },
  { id: 'exo.5.0.350-generic', category: 'recipient-policy', status: ['5.0.350'] },
  { id: 'exo.5.1.90-daily-recipient-limit', category: 'sender-blocked', status: ['5.1.90'] },
  {
    id: 'exo.5.2.121-per-sender-hourly-limit',
    category: 'rate-limited',
    owner: 'sender',
    status: ['5.2.121'],
  },
  {
    id: 'exo.5.2.122-recipient-hourly-limit',
    category: 'rate-limited',
    owner: 'sender',
    status: ['5.2.122'],
  },
  { id: 'exo.5.3.190-journaling', category: 'recipient-system', owner: 'sender-admin', status: ['5.3.190'] },
  { id: 'exo.5.4.300-message-expired', category: 'expired', status: ['5.4.300'] },
  { id: 'exo.5.7.57-client-not-authenticated-anonymous', category: 'sender-blocked', status: ['5.7.57'] },
  { id: 'exo.5.7.64-tenant-attribution', category: 'relay-denied', status: ['5.7.64'] },
  { id: 'exo.5.7.124-not-in-allowed-senders', category: 'recipient-policy', status: ['5.7.124'] },
  { id: 'exo.5.7.133-group-external-senders', category: 'recipient-policy', status: ['5.7.133'] },
  { id: 'exo.5.7.134-mailbox-external-senders', category: 'recipient-policy', status: ['5.7.134'] },
  { id: 'exo.5.7.135-public-folder-external-senders', category: 'recipient-policy', status: ['5.7.135'] },
  { id: 'exo.5.7.136-mail-user-external-senders', category: 'recipient-policy', status: ['5.7.136'] },
  { id: 'exo.5.7.193-group-external-senders', category: 'recipient-policy', status: ['5.7.193'] },
  { id: 'exo.5.7.367-not-permitted-to-relay', category: 'relay-denied', status: ['5.7.367'] },
  { id: 'exo.5.7.501-spam-abuse', category: 'sender-blocked', status: ['5.7.501'] },
  { id: 'exo.5.7.502-banned-sender', category: 'sender-blocked', status: ['5.7.502'] },
  { id: 'exo.5.7.503-banned-sender', category: 'sender-blocked', status: ['5.7.503'] },
  { id: 'exo.5.7.504-recipient-rejected', category: 'recipient-unknown', status: ['5.7.504'] },
  { id: 'exo.5.7.505-banned-recipient', category: 'recipient-unknown', status: ['5.7.505'] },
  { id: 'exo.5.7.506-bad-helo', category: 'sender-infrastructure', status: ['5.7.506'] },
  { id: 'exo.5.7.507-rejected-by-recipient', category: 'recipient-policy', status: ['5.7.507'] },
  { id: 'exo.5.7.508-ipv6-range-limit', category: 'rate-limited', status: ['5.7.508'] },
  { id: 'exo.5.7.509-dmarc', category: 'auth-failed', status: ['5.7.509'] },
  { id: 'exo.5.7.510-no-ipv6', category: 'recipient-system', owner: 'sender-admin', status: ['5.7.510'] },
  { id: 'exo.5.7.511-banned-sender-ip', category: 'reputation-block', status: ['5.7.511'] },
  { id: 'exo.5.7.512-rfc5322-from', category: 'message-noncompliant', status: ['5.7.512'] },
  { id: 'exo.5.7.513-customer-block-list', category: 'recipient-policy', status: ['5.7.513'] },
  { id: 'outlook.5.7.515-authentication-level', category: 'auth-failed', status: ['5.7.515'] },
  { id: 'exo.5.7.520-external-forwarding', category: 'sender-blocked', status: ['5.7.520'] },
  {
    id: 'exo.5.7.606-649-banned-sending-ip',
    category: 'reputation-block',
    status: codeRange('5.7.', 606, 649),
  },
  { id: 'exo.5.7.703-tenant-allow-block-list', category: 'sender-blocked', status: ['5.7.703'] },
  { id: 'exo.5.7.705-tenant-threshold', category: 'sender-blocked', status: ['5.7.705'] },
  { id: 'exo.5.7.708-ip-not-accepted', category: 'reputation-block', status: ['5.7.708'] },
  { id: 'exo.5.7.750-unregistered-domains', category: 'sender-blocked', status: ['5.7.750'] },
  { id: 'exo.5.7.800-banned-sender-domain', category: 'sender-blocked', status: ['5.7.800'] },
  {
    id: 'exchange.5.7.900-999-transport-rule',
    category: 'recipient-policy',
    status: codeRange('5.7.', 900, 999),
  },
  { id: 'gmail.5.7.26-unauthenticated', category: 'auth-failed', status: ['5.7.26'] },
];
