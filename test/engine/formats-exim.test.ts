// Exim bounces and delay warnings, and the Exim-like reports of MXLogic and GMX (invented
// fixtures in test/fixtures/exim).
import { checkFixture, diagnoseFixture, type FixtureCase } from './fixture-cases';

const CASES: FixtureCase[] = [
  {
    file: 'exim/two-recipients.eml',
    kind: 'bounce',
    format: 'exim',
    recipients: [
      { address: 'nora@example.net', status: '5.1.1', category: 'recipient-unknown', owner: 'sender' },
      { address: 'omar@example.org', status: '5.3.4', category: 'message-too-large', owner: 'sender' },
    ],
  },
  {
    // no code at all: "retry timeout exceeded" is an expiry, 5.4.7 by the registry
    file: 'exim/retry-timeout.eml',
    kind: 'bounce',
    format: 'exim',
    recipients: [
      { address: 'pat@old.example.net', status: '5.4.7', category: 'expired', owner: 'recipient-admin' },
    ],
  },
  {
    // refused at the greeting: only the sending host can have been refused
    file: 'exim/initial-connection.eml',
    kind: 'bounce',
    format: 'exim',
    recipients: [
      {
        address: 'quin@example.org',
        status: null,
        category: 'reputation-block',
        owner: 'sender-admin',
        rule: 'stage.conn',
      },
    ],
  },
  {
    // to an errors address: "A message sent by <sender>" names the sender, and "(ultimately
    // generated from ...)" the address the failed one was redirected from (deliver.c)
    file: 'exim/redirected-errors-to.eml',
    kind: 'bounce',
    format: 'exim',
    recipients: [
      { address: 'sam@new.example.net', status: '5.4.7', category: 'expired', owner: 'recipient-admin' },
    ],
  },
  {
    file: 'exim/pipe-generated.eml',
    kind: 'bounce',
    format: 'exim',
    recipients: [
      { address: 'rosa@example.com', status: null, category: 'recipient-system', owner: 'sender-admin' }, // same domain as the sender,
    ],
  },
  {
    // a delay is "delayed" whatever its cause; the cause stays in the evidence
    file: 'exim/delay-warning.eml',
    kind: 'delay',
    format: 'exim',
    recipients: [
      {
        address: 'sam@example.net',
        status: '4.7.1',
        category: 'sender-infrastructure',
        owner: 'sender-admin',
        action: 'delayed',
      },
    ],
  },
  {
    file: 'exim/mxlogic-blocklist.eml',
    kind: 'bounce',
    format: 'exim',
    recipients: [
      { address: 'tess@example.org', status: '5.7.1', category: 'reputation-block', owner: 'sender-admin' },
    ],
  },
  {
    file: 'exim/gmx-style.eml',
    kind: 'bounce',
    format: 'gmx',
    recipients: [
      { address: 'uma@example.net', status: '5.2.2', category: 'mailbox-full', owner: 'recipient' },
    ],
  },
];

describe('Exim bounces', () => {
  test.each(CASES.map((c) => [c.file, c] as const))('%s', (_file, c) => checkFixture(c));

  test('the remote host comes from "host NAME [ip]"', () => {
    const d = diagnoseFixture('exim/two-recipients.eml');
    expect(d.recipients.map((r) => r.remoteMta)).toEqual(['mx.example.net', 'mail.example.org']);
  });

  test('a delay warning is not a bounce and is not a final refusal', () => {
    const r = diagnoseFixture('exim/delay-warning.eml').recipients[0];
    expect(r?.final).toBe(false);
  });
});
