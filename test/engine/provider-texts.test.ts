// Providers' documented reply kinds (reference/provider-codes.tsv), in our own words: category and
// owner, including replies that arrive without their enhanced code.
import { classify } from '../../src/diagnosis/rules/classify';

const CASES: [text: string, status: string | null, category: string, owner: string][] = [
  // A hosted gateway at its maximum load: the service recovers, not the recipient's admin.
  ['451 Unable to process connection at this time (gw1.example.net)', null, 'recipient-system', 'provider'],
  // Exchange's content filter holds the message in the receiving organization's quarantine.
  [
    '550 5.2.1 Content Filter agent quarantined this message for review',
    '5.2.1',
    'content-rejected',
    'recipient-admin',
  ],
  // Microsoft's abuse bans, also when the enhanced code is missing.
  [
    '550 Access denied, spam abuse detected. AS(12345) [mx1.example.net]',
    null,
    'sender-blocked',
    'sender-admin',
  ],
  ['550 Access denied, banned sender. [mx2.example.net]', null, 'sender-blocked', 'sender-admin'],
  [
    '550 5.7.511 Access denied, banned sender [192.0.2.44]. [mx3.example.net]',
    '5.7.511',
    'reputation-block',
    'sender-admin',
  ],
  // The sender's own sign-in to its submission server.
  ['534 Application-specific password required for this account', null, 'sender-blocked', 'sender'],
  ['454 4.7.0 Too many login attempts from this client, try later', '4.7.0', 'sender-blocked', 'sender'],
  ['534 5.7.9 Please log in with your web browser, then retry', '5.7.9', 'sender-blocked', 'sender'],
  // Cases the documentation settles and that must stay as they are.
  [
    '550 5.7.26 Unauthenticated email from example.com is not accepted',
    '5.7.26',
    'auth-failed',
    'sender-admin',
  ],
  [
    '550 5.1.10 RESOLVER.ADR.RecipientNotFound; nobody@example.net not found by SMTP address lookup',
    '5.1.10',
    'recipient-unknown',
    'sender',
  ],
  [
    '550 5.7.133 RESOLVER.RST.SenderNotAuthenticatedForGroup; sign in before mailing this group',
    '5.7.133',
    'recipient-policy',
    'recipient-admin',
  ],
  ['452 4.2.2 The mailbox of bob@example.net is out of storage space', '4.2.2', 'mailbox-full', 'recipient'],
  [
    '421 4.7.0 [TSS04] Mail from 192.0.2.8 deferred for now: unusual volume or complaints',
    '4.7.0',
    'reputation-block',
    'sender-admin',
  ],
  ['554 5.4.6 Hop count exceeded - possible mail loop', '5.4.6', 'mail-loop', 'sender-admin'],
  ['550 4.4.7 Message expired before it could be delivered', '4.4.7', 'expired', 'recipient-admin'],
  ['552 5.3.4 Message size exceeds fixed limit', '5.3.4', 'message-too-large', 'sender'],
];

describe("classify: providers' documented replies", () => {
  test.each(CASES)('%s', (text, status, category, owner) => {
    const c = classify({ status, replyCode: text.slice(0, 3), diagnostic: text, delayed: false });
    expect([c.category, c.owner]).toEqual([category, owner]);
  });
});
