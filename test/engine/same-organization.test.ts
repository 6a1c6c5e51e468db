// TAXONOMY.md: a rejection inside the sender's own organization belongs to the sender-admin.
import {
  domainOf,
  senderDomain,
  senderParties,
  withinOneOrganization,
} from '../../src/diagnosis/same-organization';
import type { OriginalMessage } from '../../src/diagnosis/types';
import { diagnose } from '../../src/diagnosis';

const bounce = (from: string, rcpt: string) =>
  [
    'From: Mail Delivery System <MAILER-DAEMON@mx.example.org>',
    `To: ${from}`,
    'Subject: Undelivered Mail Returned to Sender',
    '',
    'This is the mail system at host mx.example.org.',
    '',
    `<${rcpt}>: host mx.example.org[192.0.2.1] said: 550 5.7.1 <${rcpt}>: sender not in the`,
    '    allowed list of this restricted group (in reply to RCPT TO command)',
    '',
  ].join('\n');

test.each([
  ['kim@example.org', 'staff@example.org', 'sender-admin'],
  ['kim@Example.ORG', 'staff@example.org.', 'sender-admin'],
  ['kim@example.org', 'staff@lists.example.org', 'recipient-admin'],
  ['kim@example.net', 'staff@example.org', 'recipient-admin'],
])('%s -> %s: %s', (from, rcpt, owner) => {
  const r = diagnose(bounce(from, rcpt)).recipients[0];
  expect([r?.category, r?.owner]).toEqual(['recipient-policy', owner]);
});

test('helpers', () => {
  expect(domainOf('a@Example.COM.')).toBe('example.com');
  expect(domainOf('local-only')).toBeNull();
  expect(senderDomain(null, 'Kim <kim@example.org>')).toBe('example.org');
  expect(withinOneOrganization([], 'example.org')).toEqual([]);
});

const original = (from: string | null, returnPath: string | null): OriginalMessage => ({
  from,
  to: null,
  subject: null,
  messageId: null,
  date: null,
  returnPath,
  authenticationResults: [],
  received: [],
  rawHeaders: '',
});

// sender: the original From's domain, else the bounce's To; senders: From, Return-Path, To, each once.
test.each([
  [null, null, null, null, []],
  [null, null, 'Kim <kim@example.org>', 'example.org', ['example.org']],
  [
    'Kim <kim@example.org>, lee@example.com',
    null,
    'bounces@example.net',
    'example.org',
    ['example.org', 'example.net'],
  ],
  [
    'no address here',
    '<bounce@mail.example.org>',
    'kim@example.org',
    'example.org',
    ['mail.example.org', 'example.org'],
  ],
  ['kim@Example.ORG', '<KIM@example.org>', 'kim@example.org.', 'example.org', ['example.org']],
  ['kim@localhost', '<>', 'x@example.com', 'example.com', ['example.com']],
])('senderParties(From %p, Return-Path %p, To %p)', (from, returnPath, to, sender, senders) => {
  const o = from === null && returnPath === null ? null : original(from, returnPath);
  expect(senderParties(o, to)).toEqual({ sender, senders });
  expect(senderDomain(o, to)).toBe(sender);
});

test.each([
  ['a@Example.COM.', 'example.com'],
  ['a@mail.example.org...', 'mail.example.org'],
  ['a@b..', null],
  ['a@...', null],
  ['a@ Example.NET ', 'example.net'],
  ['x@y@mx.example.com', 'mx.example.com'],
  ['no-at.example.com', null],
  ['', null],
])('domainOf(%p) = %p', (address, domain) => {
  expect(domainOf(address)).toBe(domain);
});
