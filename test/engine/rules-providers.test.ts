// What mail security gateways, sending platforms and mail providers write when they refuse, from
// their own documentation (named per family), and the category each gets. Addresses, hosts and
// IPs around the vendors' words are invented. Same shape as rules-mta-families.test.ts.
import { classify } from '../../src/diagnosis/rules/classify';
import type { Category } from '../../src/diagnosis/types';

type Row = [line: string, status: string | null, category: Category];

const FAMILIES: Record<string, { source: string; rows: Row[] }> = {
  Mimecast: {
    source:
      'Mimecast SMTP Error Codes (community.mimecast.com/s/article/Mimecast-SMTP-Error-Codes-842605754); Managing Blocked Senders and Email Rejections',
    rows: [
      ['421 Sender address blocked', null, 'recipient-policy'],
      ['421 Unable to process connection at this time', null, 'recipient-system'],
      ['451 Internal resource temporarily unavailable', null, 'rate-limited'],
      ['451 IP temporarily blacklisted', null, 'reputation-block'],
      ['550 csi.mimecast.org Poor Reputation Sender.', null, 'reputation-block'],
      ['550 Policy level block list in force', null, 'recipient-policy'],
      ['550 DKIM Sender Invalid - envelope rejected', null, 'auth-failed'],
      ['550 DMARC Sender Invalid - envelope rejected', null, 'auth-failed'],
      ['550 Anti-Spoofing policy - Inbound not allowed', null, 'recipient-policy'],
      ['550 Message bounced due to content examination policy', null, 'recipient-policy'],
      ['554 Host network not allowed', null, 'recipient-policy'],
      ['550 Administrative prohibition - envelope blocked', null, 'recipient-policy'],
      ['550 Envelope blocked - User Domain Entry', null, 'recipient-policy'],
      [
        '550 Rejected by header-based Blocked Senders - Block policy for Header From',
        null,
        'recipient-policy',
      ],
      ['535 Incorrect authentication data', null, 'sender-blocked'],
      ['452 Too many recipients', null, 'rate-limited'],
    ],
  },
  'Proofpoint (PPS, Essentials)': {
    source:
      'Proofpoint PDR FAQ; Proofpoint Essentials SPF and unrecognized-user rejections (../shared/reference/provider-codes.tsv)',
    rows: [
      ["550 5.7.1 Message rejected per sender's SPF policy - OXSUS001_514", '5.7.1', 'auth-failed'],
      [
        '550 5.7.1 Service unavailable; client [192.0.2.9] blocked using Cloudmark Sender Intelligence',
        '5.7.1',
        'reputation-block',
      ],
      ['421 4.1.1 Recipient address rejected: unverified address', '4.1.1', 'recipient-system'],
      ['550 5.1.1 Recipient address rejected: undeliverable address', '5.1.1', 'recipient-unknown'],
    ],
  },
  'Barracuda (ESS, ESG)': {
    source: 'Barracuda campus: ESS/ESG bounce reasons (../shared/reference/provider-codes.tsv)',
    rows: [
      ['554 rejecting banned content', null, 'content-rejected'],
      [
        '450 4.7.1 <b@example.org>: Recipient address rejected: Policy Rejection- Abuse. Go away.',
        '4.7.1',
        'recipient-policy',
      ],
      ['420 deferred due to suspect content', null, 'content-rejected'],
    ],
  },
  'Cisco Secure Email (IronPort)': {
    source: 'Cisco ESA documents 118214 (REJECT), 214630 (ESMTP commands); AsyncOS bounce log reasons',
    rows: [
      ['421 Exceeded bad SMTP command limit, disconnecting', null, 'sender-infrastructure'],
      ['500 #5.5.1 command not recognized', null, 'sender-infrastructure'],
      ['452 Too many recipients received this hour', null, 'rate-limited'],
      ['5.1.0 - Unknown address error', null, 'recipient-unknown'],
    ],
  },
  'Trend Micro, Broadcom (MessageLabs)': {
    source:
      'Trend Micro Email Security recipient rejections; Broadcom KB 161393 (rejection errors from third-party servers)',
    rows: [
      ['550 5.7.1 Recipient address rejected: BLOCK-SEND-ER', '5.7.1', 'recipient-policy'],
      ['550 5.7.1 Recipient address rejected: Invalid-Recipient', '5.7.1', 'recipient-unknown'],
      ['550 5.7.1 Rejecting mail, 192.0.2.9 is blacklisted', '5.7.1', 'reputation-block'],
      ['550 Message rejected due to sender IP reputation ([192.0.2.9])', null, 'reputation-block'],
      ['553 Relay denied', null, 'relay-denied'],
      ['554 Too many Received: headers', null, 'mail-loop'],
    ],
  },
  'Sending platforms (SES, SendGrid, Mailgun, Postmark)': {
    source:
      'Amazon SES sending errors and sending quotas; SendGrid dropped-event reasons; Mailgun events and sandbox; Postmark inactive recipients',
    rows: [
      [
        '554 Message rejected: Email address is not verified. The following identities failed the check in region US-EAST-1: a@example.net',
        null,
        'sender-blocked',
      ],
      ['454 Throttling failure: Maximum sending rate exceeded.', null, 'rate-limited'],
      ['454 Throttling failure: Daily message quota exceeded.', null, 'rate-limited'],
      ['Bounced Address', null, 'suppressed'],
      ['Unsubscribed Address', null, 'suppressed'],
      ['Spam Reporting Address', null, 'suppressed'],
      ['Not delivering to a user who marked your messages as spam', null, 'suppressed'],
      [
        'Sandbox subdomains are for test purposes only. Please add your own domain or add the address to authorized recipients in Account Settings.',
        null,
        'sender-blocked',
      ],
      [
        'You tried to send to recipient(s) that have been marked as inactive. Found inactive addresses: b@example.org.',
        null,
        'suppressed',
      ],
    ],
  },
  'Hosting caps (cPanel, Emailit)': {
    source: 'cPanel max hourly emails per domain; emailit.com/docs/kb/429-rate-limit-exceeded',
    rows: [
      [
        'Domain example.net has exceeded the max emails per hour (750/600 (125%)) allowed. Message discarded.',
        null,
        'rate-limited',
      ],
      [
        '421 Domain example.net has exceeded the max emails per hour (101/100) allowed. Message will be reattempted later',
        null,
        'rate-limited',
      ],
      ['452 4.4.5 Messages per second limit exceeded', '4.4.5', 'rate-limited'],
    ],
  },
};

describe.each(Object.entries(FAMILIES))('%s', (_family, { rows }) => {
  test.each(rows)('%s', (line, status, category) => {
    const reply = /^[245]\d\d\b/.exec(line)?.[0] ?? null;
    const c = classify({ status, replyCode: reply, diagnostic: line, delayed: false });
    expect(c.category).toBe(category);
  });
});
