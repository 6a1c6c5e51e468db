// Every row of Exchange Online's NDR table (../shared/seeds/001_*: "Email non-delivery reports and
// SMTP errors in Exchange Online") gets the category and fix-it owner of TAXONOMY.md when the server
// sends a reply of that kind. The reply lines are written for this test in the shape Exchange Online
// uses (reply code, enhanced code, text, sometimes a server tag); addresses are invented.
import { CATEGORY_WORDS } from '../../src/diagnosis/category-words';
import { classify } from '../../src/diagnosis/rules/classify';
import { TABLE } from '../../src/diagnosis/rules/full-table';
import { MICROSOFT_ADVICE } from '../../src/diagnosis/advice/microsoft';
import { remediationFor } from '../../src/diagnosis/remediation';
import { findEnhancedStatus, findReplyCode } from '../../src/diagnosis/text/reply-codes';
import type { Category, Owner } from '../../src/diagnosis/types';

type Row = [seedCode: string, reply: string, category: Category, owner: Owner, rule: string];

const HOST = '[BN8PR01MB1234.namprd01.prod.outlook.com 2026-03-02T10:11:12.000Z 08DC1234ABCD5678]';

const ROWS: Row[] = [
  [
    '4.3.2',
    '432 4.3.2 STOREDRV.Deliver; recipient thread limit exceeded',
    'rate-limited',
    'none',
    'exo.4.3.2-recipient-thread-limit',
  ],
  [
    '4.4.316',
    '451 4.4.316 Connection refused [Message=Socket error code 10061] [LastAttemptedServerName=mx.fabrikam.example]',
    'recipient-system',
    'recipient-admin',
    'exo.4.4.316-connection-refused',
  ],
  [
    '4.4.7',
    '550 4.4.7 QUEUE.Expired; message expired',
    'expired',
    'recipient-admin',
    'exo.4.4.7-message-expired',
  ],
  [
    '4.4.8',
    '451 4.4.8 MX hosts of fabrikam.example failed MTA-STS validation',
    'recipient-system',
    'recipient-admin',
    'exo.4.4.8-mta-sts-mx',
  ],
  ['4.5.3', '452 4.5.3 Too many recipients', 'rate-limited', 'sender-admin', 'exo.4.5.3-too-many-recipients'],
  [
    '4.7.5',
    '451 4.7.5 Remote certificate failed MTA-STS validation. Reason: NameMismatch',
    'recipient-system',
    'recipient-admin',
    'exo.4.7.5-mta-sts-certificate',
  ],
  [
    '4.7.26',
    '450 4.7.26 Access denied, a message sent over IPv6 [2001:db8::25] must pass either SPF or DKIM validation, this message is not signed',
    'auth-failed',
    'sender-admin',
    'exo.4.7.26-ipv6-unauthenticated',
  ],
  [
    '4.7.321',
    '451 4.7.321 starttls-not-supported: Destination mail server must support TLS to receive mail.',
    'recipient-system',
    'recipient-admin',
    'exo.4.7.321-starttls-not-supported',
  ],
  [
    '4.7.322',
    "451 4.7.322 certificate-expired: Destination mail server's certificate is expired.",
    'recipient-system',
    'recipient-admin',
    'exo.4.7.322-certificate-expired',
  ],
  [
    '4.7.323',
    '451 4.7.323 tlsa-invalid: The domain failed DANE validation.',
    'recipient-system',
    'recipient-admin',
    'exo.4.7.323-tlsa-invalid',
  ],
  [
    '4.7.324',
    '451 4.7.324 dnssec-invalid: Destination domain returned invalid DNSSEC records',
    'recipient-system',
    'recipient-admin',
    'exo.4.7.324-dnssec-invalid',
  ],
  [
    '4.7.325',
    '451 4.7.325 certificate-host-mismatch: Remote certificate MUST have a common name or subject alternative name matching the hostname (DANE)',
    'recipient-system',
    'recipient-admin',
    'exo.4.7.325-certificate-host-mismatch',
  ],
  [
    '4.7.500-699',
    `451 4.7.550 Access denied, please try again later. (AS7231) ${HOST}`,
    'reputation-block',
    'sender-admin',
    'exo.4.7.500-699-try-again-later',
  ],
  [
    '4.7.850-899',
    `451 4.7.870 Access denied, please try again later. ${HOST}`,
    'reputation-block',
    'sender-admin',
    'exo.4.7.850-899-ip-restricted',
  ],
  [
    '5.0.350',
    '550 5.0.350 Remote server returned an error -> 550 x-dg-ref header is too long',
    'message-noncompliant',
    'sender-admin',
    'exo.5.0.350-x-dg-ref-too-long',
  ],
  ['5.1.0', '550 5.1.0 Sender denied', 'recipient-unknown', 'sender', 'exo.5.1.0-sender-denied'],
  [
    '5.1.1',
    '550 5.1.1 Bad destination mailbox address',
    'recipient-unknown',
    'sender',
    'exo.5.1.1-bad-destination-mailbox',
  ],
  [
    '5.1.8',
    `550 5.1.8 Access denied, bad outbound sender. AS(42004) ${HOST}`,
    'sender-blocked',
    'sender-admin',
    'exo.5.1.8-bad-outbound-sender',
  ],
  [
    '5.1.10',
    '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup',
    'recipient-unknown',
    'sender',
    'exo.5.1.10-recipient-not-found',
  ],
  [
    '5.1.90',
    "550 5.1.90 Your message can't be sent because you've reached your daily limit for message recipients",
    'sender-blocked',
    'sender-admin',
    'exo.5.1.90-daily-recipient-limit',
  ],
  [
    '5.2.2',
    '554 5.2.2 mailbox full; STOREDRV.Submission.Exception:SubmissionQuotaExceededException; Submission quota exceeded',
    'sender-blocked',
    'sender-admin',
    'exo.5.2.2-submission-quota',
  ],
  [
    '5.2.121',
    "554 5.2.121 Recipient's per hour message receive limit from specific sender exceeded",
    'rate-limited',
    'sender',
    'exo.5.2.121-per-sender-hourly-limit',
  ],
  [
    '5.2.122',
    "554 5.2.122 Recipient's per hour message receive limit exceeded",
    'rate-limited',
    'sender',
    'exo.5.2.122-recipient-hourly-limit',
  ],
  [
    '5.3.190',
    '550 5.3.190 Journaling on-premises messages to Microsoft 365 not supported when Journaling Archive is disabled',
    'recipient-system',
    'sender-admin',
    'exo.5.3.190-journaling',
  ],
  [
    '5.4.1 (relay)',
    `550 5.4.1 Relay Access Denied ${HOST}`,
    'relay-denied',
    'recipient-admin',
    'exo.5.4.1-relay-access-denied',
  ],
  [
    '5.4.1 (recipient)',
    `550 5.4.1 Recipient address rejected: Access denied. AS(201806281) ${HOST}`,
    'recipient-unknown',
    'sender',
    'exo.5.4.1-recipient-access-denied',
  ],
  [
    '5.4.6 / 5.4.14',
    '554 5.4.14 Hop count exceeded - possible mail loop ATTR34',
    'mail-loop',
    'sender-admin',
    'exo.5.4.14-routing-loop',
  ],
  [
    '5.4.8',
    '550 5.4.8 MX hosts of fabrikam.example failed MTA-STS validation',
    'recipient-system',
    'recipient-admin',
    'exo.5.4.8-mta-sts-mx',
  ],
  ['5.4.300', '550 5.4.300 Message expired', 'expired', 'recipient-admin', 'exo.5.4.300-message-expired'],
  [
    '5.5.0',
    '550 5.5.0 Requested action not taken: mailbox unavailable (S2017062302)',
    'recipient-unknown',
    'sender',
    'exo.5.5.0-mailbox-unavailable',
  ],
  [
    '5.6.11',
    '550 5.6.11 SMTPSEND.BareLinefeedsAreIllegal; message contains bare linefeeds, invalid characters',
    'message-noncompliant',
    'sender-admin',
    'exo.5.6.11-invalid-characters',
  ],
  [
    '5.7.1 (delivery not authorized)',
    '550 5.7.1 RESOLVER.RST.NotAuthorized; not authorized; Delivery not authorized',
    'recipient-policy',
    'recipient-admin',
    'exo.5.7.1-delivery-not-authorized',
  ],
  [
    '5.7.1 (unable to relay)',
    '550 5.7.1 Unable to relay',
    'relay-denied',
    'sender-admin',
    'exo.5.7.1-unable-to-relay',
  ],
  [
    '5.7.1 (client not authenticated)',
    '530 5.7.1 Client was not authenticated',
    'recipient-policy',
    'recipient-admin',
    'exo.5.7.1-client-not-authenticated',
  ],
  [
    '5.7.5',
    '550 5.7.5 Remote certificate failed MTA-STS validation. Reason: Expired',
    'recipient-system',
    'recipient-admin',
    'exo.5.7.5-mta-sts-certificate',
  ],
  [
    '5.7.12',
    '550 5.7.12 RESOLVER.RST.SenderNotAuthenticatedForOrg; Sender was not authenticated by organization',
    'recipient-policy',
    'recipient-admin',
    'exo.5.7.12-sender-not-authenticated-by-organization',
  ],
  [
    '5.7.23',
    '550 5.7.23 The message was rejected because of Sender Policy Framework violation',
    'auth-failed',
    'sender-admin',
    'exo.5.7.23-spf-violation',
  ],
  [
    '5.7.57',
    '530 5.7.57 Client not authenticated to send mail. Error: 535 5.7.3 Authentication unsuccessful; Client was not authenticated to send anonymous mail during MAIL FROM',
    'sender-blocked',
    'sender-admin',
    'exo.5.7.57-client-not-authenticated-anonymous',
  ],
  [
    '5.7.64',
    '550 5.7.64 TenantAttribution; Relay Access Denied',
    'relay-denied',
    'sender-admin',
    'exo.5.7.64-tenant-attribution',
  ],
  [
    '5.7.124',
    '550 5.7.124 RESOLVER.RST.SenderNotInAllowedSendersList; Sender not in allowed-senders list',
    'recipient-policy',
    'recipient-admin',
    'exo.5.7.124-not-in-allowed-senders',
  ],
  [
    '5.7.133',
    '550 5.7.133 RESOLVER.RST.SenderNotAuthenticatedForGroup; authentication required; Sender not authenticated for group',
    'recipient-policy',
    'recipient-admin',
    'exo.5.7.133-group-external-senders',
  ],
  [
    '5.7.134',
    '550 5.7.134 RESOLVER.RST.SenderNotAuthenticatedForMailbox; authentication required; Sender was not authenticated for mailbox',
    'recipient-policy',
    'recipient-admin',
    'exo.5.7.134-mailbox-external-senders',
  ],
  [
    '5.7.13 / 5.7.135',
    '550 5.7.135 RESOLVER.RST.SenderNotAuthenticatedForPublicFolder; authentication required; Sender was not authenticated for public folder',
    'recipient-policy',
    'recipient-admin',
    'exo.5.7.135-public-folder-external-senders',
  ],
  [
    '5.7.136',
    '550 5.7.136 RESOLVER.RST.SenderNotAuthenticated; authentication required; Sender was not authenticated',
    'recipient-policy',
    'recipient-admin',
    'exo.5.7.136-mail-user-external-senders',
  ],
  [
    '5.7.25',
    '550 5.7.25 Access denied, the sending IPv6 address [2001:db8::25] must have a reverse DNS record',
    'sender-infrastructure',
    'sender-admin',
    'exo.5.7.25-ipv6-reverse-dns',
  ],
  [
    '5.7.321',
    '550 5.7.321 starttls-not-supported: Destination mail server must support TLS to receive mail.',
    'recipient-system',
    'recipient-admin',
    'exo.5.7.321-starttls-not-supported',
  ],
  [
    '5.7.322',
    "550 5.7.322 certificate-expired: Destination mail server's certificate is expired.",
    'recipient-system',
    'recipient-admin',
    'exo.5.7.322-certificate-expired',
  ],
  [
    '5.7.323',
    '550 5.7.323 tlsa-invalid: The domain failed DANE validation.',
    'recipient-system',
    'recipient-admin',
    'exo.5.7.323-tlsa-invalid',
  ],
  [
    '5.7.324',
    '550 5.7.324 dnssec-invalid: Destination domain returned invalid DNSSEC records',
    'recipient-system',
    'recipient-admin',
    'exo.5.7.324-dnssec-invalid',
  ],
  [
    '5.7.325',
    '550 5.7.325 certificate-host-mismatch: Remote certificate MUST have a common name or subject alternative name matching the hostname (DANE)',
    'recipient-system',
    'recipient-admin',
    'exo.5.7.325-certificate-host-mismatch',
  ],
  [
    '5.7.501',
    `550 5.7.501 Access denied, spam abuse detected. AS(42004) ${HOST}`,
    'sender-blocked',
    'sender-admin',
    'exo.5.7.501-spam-abuse',
  ],
  [
    '5.7.502',
    `550 5.7.502 Access denied, banned sender. ${HOST}`,
    'sender-blocked',
    'sender-admin',
    'exo.5.7.502-banned-sender',
  ],
  [
    '5.7.503',
    `550 5.7.503 Access denied, banned sender. ${HOST}`,
    'sender-blocked',
    'sender-admin',
    'exo.5.7.503-banned-sender',
  ],
  [
    '5.7.504',
    `550 5.7.504 [pat@fabrikam.example]: Recipient address rejected: Access denied ${HOST}`,
    'recipient-unknown',
    'sender',
    'exo.5.7.504-recipient-rejected',
  ],
  [
    '5.7.505',
    `550 5.7.505 Access denied, banned recipient ${HOST}`,
    'recipient-unknown',
    'sender',
    'exo.5.7.505-banned-recipient',
  ],
  [
    '5.7.506',
    `550 5.7.506 Access Denied, Bad HELO ${HOST}`,
    'sender-infrastructure',
    'sender-admin',
    'exo.5.7.506-bad-helo',
  ],
  [
    '5.7.507',
    `550 5.7.507 Access denied, rejected by recipient ${HOST}`,
    'recipient-policy',
    'recipient-admin',
    'exo.5.7.507-rejected-by-recipient',
  ],
  [
    '5.7.508',
    '550 5.7.508 Access denied, [2001:db8::25] has exceeded permitted limits within /64 range',
    'rate-limited',
    'sender-admin',
    'exo.5.7.508-ipv6-range-limit',
  ],
  [
    '5.7.509',
    `550 5.7.509 Access denied, sending domain [CONTOSO.EXAMPLE] does not pass DMARC verification and has a DMARC policy of reject. ${HOST}`,
    'auth-failed',
    'sender-admin',
    'exo.5.7.509-dmarc',
  ],
  [
    '5.7.510',
    '550 5.7.510 Access denied, [fabrikam.example] does not accept email over IPv6',
    'recipient-system',
    'sender-admin',
    'exo.5.7.510-no-ipv6',
  ],
  [
    '5.7.511',
    `550 5.7.511 Access denied, banned sender [192.0.2.25]. ${HOST}`,
    'reputation-block',
    'sender-admin',
    'exo.5.7.511-banned-sender-ip',
  ],
  [
    '5.7.512',
    '550 5.7.512 Access denied, message must be RFC 5322 section 3.6.2 compliant',
    'message-noncompliant',
    'sender-admin',
    'exo.5.7.512-rfc5322-from',
  ],
  [
    '5.7.513',
    '550 5.7.513 Service unavailable, Client host [192.0.2.25] blocked by fabrikam.example using Customer Block list (AS16012607)',
    'recipient-policy',
    'recipient-admin',
    'exo.5.7.513-customer-block-list',
  ],
  [
    '5.7.606-649',
    `550 5.7.606 Access denied, banned sending IP [192.0.2.25]. To request removal from this list please visit the delist portal. ${HOST}`,
    'reputation-block',
    'sender-admin',
    'exo.5.7.606-649-banned-sending-ip',
  ],
  [
    '5.7.703',
    "550 5.7.703 Your message can't be delivered because messages to pat@fabrikam.example are blocked by your organization using Tenant Allow Block List.",
    'sender-blocked',
    'sender-admin',
    'exo.5.7.703-tenant-allow-block-list',
  ],
  [
    '5.7.705 / 5.7.708',
    `550 5.7.705 Access denied, tenant has exceeded threshold ${HOST}`,
    'sender-blocked',
    'sender-admin',
    'exo.5.7.705-tenant-threshold',
  ],
  [
    '5.7.750',
    '550 5.7.750 Service unavailable. Client blocked from sending from unregistered domains.',
    'sender-blocked',
    'sender-admin',
    'exo.5.7.750-unregistered-domains',
  ],
  [
    'n/a',
    "The message can't be submitted because the sender's submission quota was exceeded.",
    'sender-blocked',
    'sender-admin',
    'exo.submission-quota-exceeded',
  ],
];

// Variants the table mentions inside one row, and the code alone (no wording) for codes only
// Microsoft uses.
const VARIANTS: Row[] = [
  [
    '5.0.350 (AS345)',
    '550 5.0.350 Requested action not taken: policy violation detected (AS345)',
    'content-rejected',
    'sender',
    'exo.5.0.350-nested-attachments',
  ],
  [
    '5.0.350 (generic)',
    '550 5.0.350 Remote server returned an error',
    'recipient-policy',
    'recipient-admin',
    'exo.5.0.350-generic',
  ],
  [
    '5.7.708',
    `550 5.7.708 Access denied, traffic not accepted from this IP ${HOST}`,
    'reputation-block',
    'sender-admin',
    'exo.5.7.708-ip-not-accepted',
  ],
  [
    '5.4.6',
    '554 5.4.6 Hop count exceeded - possible mail loop',
    'mail-loop',
    'sender-admin',
    'exo.5.4.14-routing-loop',
  ],
  [
    '5.7.13',
    '550 5.7.13 RESOLVER.RST.SenderNotAuthenticatedForPublicFolder; Sender was not authenticated for public folder',
    'recipient-policy',
    'recipient-admin',
    'exo.5.7.135-public-folder-external-senders',
  ],
  [
    '5.7.133 (code only)',
    '550 5.7.133',
    'recipient-policy',
    'recipient-admin',
    'exo.5.7.133-group-external-senders',
  ],
  ['5.7.509 (code only)', '550 5.7.509', 'auth-failed', 'sender-admin', 'exo.5.7.509-dmarc'],
  ['5.7.640 (range)', '550 5.7.640', 'reputation-block', 'sender-admin', 'exo.5.7.606-649-banned-sending-ip'],
  [
    '5.2.2 (mailbox full)',
    '554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException',
    'mailbox-full',
    'recipient',
    'exo.5.2.2-mailbox-full',
  ],
  [
    '5.7.1 (tenant block policy)',
    "550 5.7.1 Your message can't be delivered because one or more recipients are blocked by your organization's tenant recipient block policy.",
    'sender-blocked',
    'sender-admin',
    'exo.5.7.703-tenant-allow-block-list',
  ],
  [
    '5.7.1 (customer block list)',
    '550 5.7.1 Service unavailable; Client host [192.0.2.1] blocked using Customer Block list (AS16012607)',
    'recipient-policy',
    'recipient-admin',
    'exo.5.7.513-customer-block-list',
  ],
  [
    '5.7.3 (SMTP AUTH)',
    '535 5.7.3 Authentication unsuccessful',
    'sender-blocked',
    'sender',
    'exo.5.7.3-smtp-auth-failed',
  ],
  [
    '5.6.0 (conversion)',
    '554 5.6.0 Corrupt message content; STOREDRV.Deliver.Exception:ConversionFailedException',
    'message-noncompliant',
    'sender-admin',
    'exchange.storedrv-conversion-failed',
  ],
  [
    '5.4.4 (no such domain)',
    '554 5.4.4 SMTPSEND.DNS.NonExistentDomain; nonexistent domain',
    'recipient-domain-invalid',
    'sender',
    'exchange.smtpsend-dns-nonexistent-domain',
  ],
  [
    '5.2.3 (size)',
    '550 5.2.3 RESOLVER.RST.RecipSizeLimit; message too large for this recipient',
    'message-too-large',
    'sender',
    'exchange.resolver-rst-size-limit',
  ],
  [
    '5.1.8 (remote)',
    '501 5.1.8 Sender address rejected',
    'sender-infrastructure',
    'sender-admin',
    'smtp.5.1.8-sender-address-rejected',
  ],
];

function run(reply: string) {
  return classify({
    status: findEnhancedStatus(reply),
    replyCode: findReplyCode(reply),
    diagnostic: reply,
    delayed: false,
  });
}

describe('Exchange Online NDR table (seed 001): one row per code', () => {
  test.each(ROWS)('%s', (_code, reply, category, owner, rule) => {
    const c = run(reply);
    expect({ category: c.category, owner: c.owner }).toEqual({ category, owner });
    expect(c.rule).toBe(rule);
  });
});

describe('variants inside a row and codes alone', () => {
  test.each(VARIANTS)('%s', (_code, reply, category, owner, rule) => {
    const c = run(reply);
    expect({ category: c.category, owner: c.owner }).toEqual({ category, owner });
    expect(c.rule).toBe(rule);
  });
});

describe('the rule list itself', () => {
  test('every rule named by the table exists', () => {
    const ids = new Set(TABLE.map((r) => r.id));
    for (const [, , , , rule] of [...ROWS, ...VARIANTS]) expect(ids).toContain(rule);
  });

  test('the table has 68 rows, as seed 001 does', () => {
    expect(ROWS).toHaveLength(68);
  });

  test('ids follow "<provider>.<code>-<name>" in lower case', () => {
    for (const r of TABLE) expect(r.id).toMatch(/^[a-z0-9-]{2,20}\.[a-z0-9./-]{3,80}$/);
  });

  test('phrases are lower case (the text is lower-cased before matching)', () => {
    for (const r of TABLE) {
      for (const p of [...(r.phrases ?? []), ...(r.also ?? [])]) expect(p).toBe(p.toLowerCase());
    }
  });

  test('rule advice names existing rules, speaks to both people and links only to Microsoft', () => {
    const rules = TABLE;
    for (const [id, advice] of Object.entries(MICROSOFT_ADVICE)) {
      const rule = rules.find((r) => r.id === id);
      expect(rule).toBeDefined();
      expect(advice.user.length).toBeGreaterThan(40);
      expect(advice.admin.length).toBeGreaterThan(40);
      for (const link of advice.links) expect(link).toMatch(/^https:\/\/(learn|support)\.microsoft\.com\//);
      // remediationFor prefers the rule's advice for the rule's own category.
      expect(remediationFor(CATEGORY_WORDS, rule?.category ?? 'unknown', id, MICROSOFT_ADVICE).admin).toBe(
        advice.admin,
      );
    }
  });

  test('a delayed message keeps the advice for delays', () => {
    expect(
      remediationFor(CATEGORY_WORDS, 'delayed', 'exo.4.4.7-message-expired', MICROSOFT_ADVICE).user,
    ).not.toBe(MICROSOFT_ADVICE['exo.4.4.7-message-expired']?.user);
  });
});
