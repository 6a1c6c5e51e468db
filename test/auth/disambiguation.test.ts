// "550 5.7.1" is a catch-all "refused by policy": the words after it decide (seed 002, TAXONOMY.md
// "Reading the evidence"). Each line below is written for this project in the providers' shapes.
import { classify } from '../../src/diagnosis/rules/classify';
import type { Category, Owner } from '../../src/diagnosis/types';

const CASES: [name: string, status: string | null, diagnostic: string, category: Category, owner: Owner][] = [
  // DMARC and other authentication failures: the sending side's admin
  [
    '5.7.1 with DMARC words',
    '5.7.1',
    '550 5.7.1 Email rejected per DMARC policy for example.com',
    'auth-failed',
    'sender-admin',
  ],
  [
    '5.7.1 with dmarc=fail action=oreject',
    '5.7.1',
    '550 5.7.1 Message rejected: Authentication-Results: dmarc=fail action=oreject header.from=example.com',
    'auth-failed',
    'sender-admin',
  ],
  [
    'Exchange Online 5.7.509',
    '5.7.509',
    '550 5.7.509 Access denied, sending domain [example.com] does not pass DMARC verification and has a DMARC policy of reject.',
    'auth-failed',
    'sender-admin',
  ],
  [
    'Exchange Online 5.7.23 SPF',
    '5.7.23',
    '550 5.7.23 The message was rejected because of Sender Policy Framework violation',
    'auth-failed',
    'sender-admin',
  ],
  [
    'Outlook.com 5.7.515',
    '5.7.515',
    "550 5.7.515 Access denied, sending domain example.com doesn't meet the required authentication level.",
    'auth-failed',
    'sender-admin',
  ],
  [
    '5.7.1 with SPF words',
    '5.7.1',
    '550 5.7.1 SPF check failed: 192.0.2.1 is not designated as permitted sender for example.com',
    'auth-failed',
    'sender-admin',
  ],
  [
    '5.7.1 with DKIM words',
    '5.7.1',
    "550 5.7.1 The sender's domain failed DKIM verification",
    'auth-failed',
    'sender-admin',
  ],
  [
    'Gmail 5.7.26, DMARC',
    '5.7.26',
    "550-5.7.26 Unauthenticated email from example.com is not accepted due to domain's DMARC policy. Please contact the administrator of example.com domain if this was a legitimate mail. - gsmtp",
    'auth-failed',
    'sender-admin',
  ],
  [
    'Gmail 5.7.26, neither SPF nor DKIM',
    '5.7.26',
    '550-5.7.26 This mail has been blocked because the sender is unauthenticated. Gmail requires all senders to authenticate with either SPF or DKIM. - gsmtp',
    'auth-failed',
    'sender-admin',
  ],
  [
    'Yahoo 5.7.9, unauthenticated',
    '5.7.9',
    '550 5.7.9 This mail has been blocked because the sender is unauthenticated. Yahoo requires all senders to authenticate with either SPF or DKIM.',
    'auth-failed',
    'sender-admin',
  ],
  // Relay: the sending side's admin, but not an authentication record
  [
    '5.7.1 Unable to relay',
    '5.7.1',
    '550 5.7.1 Unable to relay for bob@example.net',
    'relay-denied',
    'sender-admin',
  ],
  ['5.7.1 Relaying denied', '5.7.1', '550 5.7.1 Relaying denied', 'relay-denied', 'sender-admin'],
  // Blocklist: the sending IP's reputation
  [
    '5.7.1 blocked using a list',
    '5.7.1',
    '550 5.7.1 Service unavailable; Client host [192.0.2.7] blocked using Blocklist 1; To request removal from this list please forward this message to delist@example.net',
    'reputation-block',
    'sender-admin',
  ],
  [
    '5.7.1 blocked using a DNSBL',
    '5.7.1',
    '554 5.7.1 Service unavailable; Client host [192.0.2.9] blocked using zen.spamhaus.example',
    'reputation-block',
    'sender-admin',
  ],
  // The recipient accepts only authenticated senders: the recipient's admin decides
  [
    '5.7.1 Client was not authenticated',
    '5.7.1',
    '530 5.7.1 Client was not authenticated',
    'recipient-policy',
    'recipient-admin',
  ],
  [
    'Exchange chain with Client was not authenticated',
    '5.7.1',
    'mail.example.net #<exchange.example.net #5.7.1 smtp;530 5.7.1 Client was not authenticated> #SMTP#',
    'recipient-policy',
    'recipient-admin',
  ],
  [
    'RESOLVER.RST.AuthRequired',
    '5.7.1',
    '550 5.7.1 RESOLVER.RST.AuthRequired; authentication required [Stage: CreateMessage]',
    'recipient-policy',
    'recipient-admin',
  ],
  // A restricted group or recipient permission
  [
    'restricted group',
    '5.7.1',
    '550 5.7.1 RESOLVER.RST.NotAuthorized; not authorized [Stage: CreateMessage]',
    'recipient-policy',
    'recipient-admin',
  ],
  [
    'group open to its organization only',
    '5.7.1',
    '550 5.7.1 Delivery not authorized, message refused: the group allstaff@example.net only accepts messages from people in its organization',
    'recipient-policy',
    'recipient-admin',
  ],
  [
    'restricted to recipients permission',
    '5.7.1',
    "550 5.7.1 RESOLVER.RST.RestrictedToRecipientsPermission; you're not allowed to send to this group",
    'recipient-policy',
    'recipient-admin',
  ],
  // Submission without signing in is the sender's own account, not the recipient's rule
  [
    '5.7.57 anonymous submission',
    '5.7.57',
    '530 5.7.57 Client was not authenticated to send anonymous mail during MAIL FROM',
    'sender-blocked',
    'sender-admin',
  ],
];

describe('550 5.7.1 disambiguation (seed 002)', () => {
  test.each(CASES)('%s', (_name, status, diagnostic, category, owner) => {
    const c = classify({ status, replyCode: diagnostic.slice(0, 3), diagnostic, delayed: false });
    expect({ category: c.category, owner: c.owner }).toEqual({ category, owner });
  });

  test('each 5.7.1 flavour lands in its own category', () => {
    const flavours = CASES.filter(([, s]) => s === '5.7.1').map(
      ([, s, d]) => classify({ status: s, replyCode: '550', diagnostic: d, delayed: false }).category,
    );
    expect(new Set(flavours)).toEqual(
      new Set(['auth-failed', 'relay-denied', 'reputation-block', 'recipient-policy']),
    );
  });
});
