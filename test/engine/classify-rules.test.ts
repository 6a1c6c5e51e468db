// Rules whose answer depends on the code's subject or on the report being a delay.
import { classify } from '../../src/diagnosis/rules/classify';

const CASES: [text: string, status: string | null, delayed: boolean, category: string, owner: string][] = [
  ['554 5.7.0 Header error', '5.7.0', false, 'recipient-policy', 'recipient-admin'],
  ['554 5.6.0 Header error: duplicate Date', '5.6.0', false, 'message-noncompliant', 'sender-admin'],
  ['550 5.2.0 Message Filtered', '5.2.0', false, 'recipient-policy', 'recipient-admin'],
  ['550 5.2.1 <filtered@example.jp>... User Unknown', '5.2.1', false, 'recipient-unknown', 'sender'],
  ['450 service permits 2 unverifyable sending IPs', null, true, 'sender-infrastructure', 'sender-admin'],
  ['452 4.2.2 Mailbox full', '4.2.2', true, 'mailbox-full', 'recipient'],
  ['421 4.4.1 connection timed out', '4.4.1', true, 'recipient-system', 'recipient-admin'],
  ['421 4.4.1 connection timed out', '4.4.1', false, 'expired', 'recipient-admin'],
  ['451 4.3.0 please wait', '4.3.0', true, 'delayed', 'none'],
  ['550 5.7.27 Sender address has null MX', '5.7.27', false, 'sender-infrastructure', 'sender-admin'],
];

describe('classify: code subject and delays', () => {
  test.each(CASES)('%s (%s, delayed=%s)', (text, status, delayed, category, owner) => {
    const c = classify({ status, replyCode: text.slice(0, 3), diagnostic: text, delayed });
    expect([c.category, c.owner]).toEqual([category, owner]);
  });
});

// "dialup" names a client only as a word about it; in a host name or an address it says nothing.
const DIALUP: [text: string, status: string | null, category: string][] = [
  [
    'host dialup-1-2.example.net[192.0.2.1] said: 550 5.1.1 <b@example.org>: User unknown',
    '5.1.1',
    'recipient-unknown',
  ],
  ['550 5.1.1 <b@dialup.example.org>... User unknown', '5.1.1', 'recipient-unknown'],
  ['552 dial-up.example.net refused: mailbox full', null, 'mailbox-full'],
  ['550 5.7.1 Mail from dialup IP range 192.0.2.0/24 refused', '5.7.1', 'sender-infrastructure'],
  ['554 Mail from dial-up/dynamic IP not accepted', null, 'sender-infrastructure'],
  ['550 Mail from dynamic/dialup IP addresses not accepted', null, 'sender-infrastructure'],
  ['554 Your IP looks like a dialup host', null, 'sender-infrastructure'],
];

describe('classify: dialup as a word, not a host name', () => {
  test.each(DIALUP)('%s', (text, status, category) => {
    const c = classify({ status, replyCode: text.slice(0, 3), diagnostic: text, delayed: false });
    expect(c.category).toBe(category);
  });
});

// "limit exceeded" alone says nothing about which limit: the words before it decide.
const LIMITS: [text: string, status: string | null, category: string][] = [
  ['552 5.2.2 Mailbox size limit exceeded', '5.2.2', 'mailbox-full'],
  ['552 5.3.4 Message size limit exceeded', '5.3.4', 'message-too-large'],
  ['452 4.4.5 Rate limit exceeded, try again later.', '4.4.5', 'rate-limited'],
  ['550 Ip frequency limited', null, 'rate-limited'],
];

// A DMARC refusal names the header From domain: it is an authentication failure, not a bad header.
const FROM_HEADER: [text: string, status: string | null, category: string][] = [
  ['550 5.7.1 Email rejected: From: header fails DMARC', '5.7.1', 'auth-failed'],
  [
    '550 5.7.1 Messages with multiple addresses in From: header are not accepted.',
    '5.7.1',
    'message-noncompliant',
  ],
];

describe('classify: the From header in DMARC and in syntax refusals', () => {
  test.each(FROM_HEADER)('%s', (text, status, category) => {
    const c = classify({ status, replyCode: text.slice(0, 3), diagnostic: text, delayed: false });
    expect(c.category).toBe(category);
  });
});

describe('classify: which limit was exceeded', () => {
  test.each(LIMITS)('%s', (text, status, category) => {
    const c = classify({ status, replyCode: text.slice(0, 3), diagnostic: text, delayed: false });
    expect(c.category).toBe(category);
  });
});
