// The shared pieces behind the MTA recognizers: joined multi-line replies, the SMTP step, which
// status code wins, codes inferred from a clear cause, DSN/text merging, and broken multiparts.
import { buildContext } from '../../src/diagnosis/context';
import { normalizeLineEnds, scanMessage } from '../../src/diagnosis/mime/structure';
import { byStage, inferredStatus, leadingStatus, pickStatus } from '../../src/diagnosis/recipient';
import { mergeTextIntoDsn } from '../../src/diagnosis/format-helpers/merge';
import { commandOf } from '../../src/diagnosis/text/smtp-command';
import { dropRepeatedReplyCodes } from '../../src/diagnosis/text/reply-codes';

describe('dropRepeatedReplyCodes', () => {
  test.each([
    [
      '550-5.7.1 The sender 550-5.7.1 is not allowed 550 5.7.1 here.',
      '550-5.7.1 The sender is not allowed here.',
    ],
    ['421-Try 421-again 421 later', '421-Try again later'],
    ['550 5.1.1 <bob@example.net>... User unknown', '550 5.1.1 <bob@example.net>... User unknown'],
    ['no code at all', 'no code at all'],
  ])('%s', (input, want) => expect(dropRepeatedReplyCodes(input)).toBe(want));

  test('keeps a different code that follows', () => {
    expect(dropRepeatedReplyCodes('450 4.7.1 greylisted 554 5.5.1 no valid recipients')).toContain(
      '554 5.5.1',
    );
  });
});

describe('commandOf', () => {
  test.each([
    ['host mx said: 550 no (in reply to RCPT TO command)', 'RCPT'],
    ['SMTP error from remote mail server after MAIL FROM:<a@example.com>:', 'MAIL'],
    ['SMTP error from remote mail server after end of data:', 'DATA'],
    ['Connected to 192.0.2.1 but greeting failed.', 'CONN'],
    ['192.0.2.1 does not like recipient.', 'RCPT'],
    ['nothing about a step', null],
  ])('%s', (text, want) => expect(commandOf(text)).toBe(want));
});

describe('status codes', () => {
  test('the code opening the reply beats a Status of the same class', () => {
    expect(pickStatus('4.4.7', '4.7.1', leadingStatus('450 4.7.1 Client host rejected'))).toBe('4.7.1');
    expect(pickStatus('5.1.1', '5.7.1', leadingStatus('550 5.7.1 IP address listed'))).toBe('5.7.1');
  });

  test('a Status of another class stays', () => {
    expect(pickStatus('5.0.0', '4.2.2', leadingStatus('450 4.2.2 Mailbox full'))).toBe('5.0.0');
  });

  test('X.0.0 yields to a code anywhere in the words', () => {
    expect(pickStatus('5.0.0', '5.1.1', null)).toBe('5.0.0'.replace('5.0.0', '5.1.1'));
  });

  test.each([
    ['550 #5.1.0 Address rejected', '5.1.0'],
    ['550-5.7.26 Unauthenticated', '5.7.26'],
    ['5.3.0 - Other mail system problem', '5.3.0'],
    // Cisco AsyncOS: the quoted reply's own code of the same class says more than its summary
    ['5.1.0 - Unknown address error 550-"5.1.1 The email account does not exist', '5.1.1'],
    ["5.3.0 - Other mail system problem 550-'Unknown user'", '5.3.0'],
    ["5.1.0 - Unknown address error 550-'4.2.2 odd'", '5.1.0'],
    ['host said: 550 5.1.1 no', null],
  ])('leadingStatus(%s)', (text, want) => expect(leadingStatus(text)).toBe(want));

  test('a clear cause without a code gets its registry code', () => {
    expect(inferredStatus('recipient-unknown', null, false)).toBe('5.1.1');
    expect(inferredStatus('expired', '421', false)).toBe('4.4.7');
    expect(inferredStatus('mailbox-full', null, true)).toBe('4.2.2');
    expect(inferredStatus('recipient-policy', '550', false)).toBeNull();
  });
});

describe('the SMTP step', () => {
  const weakPolicy = {
    category: 'recipient-policy',
    owner: 'recipient-admin',
    rule: 'broad.policy',
    matched: 'denied',
  } as const;
  const specific = {
    category: 'mailbox-full',
    owner: 'recipient',
    rule: 'text.mailbox-full',
    matched: 'quota',
  } as const;

  test('a refusal at the greeting with only broad words is about the sending host', () => {
    expect(byStage(weakPolicy, 'CONN').category).toBe('reputation-block');
    expect(byStage(weakPolicy, 'MAIL').category).toBe('sender-infrastructure');
    expect(byStage(weakPolicy, 'RCPT')).toBe(weakPolicy);
    expect(byStage(specific, 'CONN')).toBe(specific);
  });

  test.each([
    ['rate-limited', 'limit*'],
    ['auth-failed', 'spf'],
    ['message-too-large', 'size'],
  ] as const)(
    'a cue word for %s names a cause any step can refuse for: the step keeps it',
    (category, cue) => {
      const c = { category, owner: 'sender-admin', rule: `broad.cue-${category}`, matched: cue } as const;
      for (const step of ['CONN', 'HELO', 'MAIL'] as const) expect(byStage(c, step)).toBe(c);
      const other = { ...c, category: 'recipient-system', rule: 'broad.cue-recipient-system' } as const;
      expect(byStage(other, 'MAIL').category).toBe('sender-infrastructure');
    },
  );

  test.each([
    ['recipient-unknown', 'text.recipient-unknown', 'sender-infrastructure'],
    ['recipient-domain-invalid', 'text.recipient-domain-invalid', 'sender-infrastructure'],
    ['mailbox-inactive', 'text.mailbox-inactive', 'sender-infrastructure'],
    ['recipient-policy', 'text.recipient-policy', 'recipient-policy'],
    ['reputation-block', 'text.reputation-block', 'reputation-block'],
  ] as const)(
    'words about an address (%s) in reply to MAIL FROM are about the sender',
    (category, rule, want) => {
      const c = { category, owner: 'sender', rule, matched: 'address rejected' } as const;
      expect(byStage(c, 'MAIL').category).toBe(want);
      expect(byStage(c, 'RCPT').category).toBe(category);
    },
  );
});

describe('mergeTextIntoDsn', () => {
  test('fills an empty Diagnostic-Code from the text of the same address', () => {
    const out = mergeTextIntoDsn(
      [{ address: 'Bob@Example.net', status: '4.4.7', diagnostic: '' }],
      [
        {
          address: 'bob@example.net',
          diagnostic: 'Deferred: Connection refused by mx.example.net',
          command: 'CONN',
        },
      ],
    );
    expect(out).toEqual([
      expect.objectContaining({
        address: 'Bob@Example.net',
        status: '4.4.7',
        diagnostic: 'Deferred: Connection refused by mx.example.net',
        command: 'CONN',
      }),
    ]);
  });

  test('the text wins when it has the whole reply the DSN cut short', () => {
    const out = mergeTextIntoDsn(
      [{ address: 'a@example.net', diagnostic: '550-5.7.1 This message does not' }],
      [{ address: 'a@example.net', diagnostic: '550-5.7.1 This message does not 550-5.7.1 pass DMARC' }],
    );
    expect(out[0]?.diagnostic).toContain('DMARC');
  });

  test('the DSN reply stays when the text only summarises', () => {
    const out = mergeTextIntoDsn(
      [{ address: 'a@example.net', diagnostic: '550 5.1.1 user unknown' }],
      [{ address: 'a@example.net', diagnostic: 'delivery failed' }],
    );
    expect(out[0]?.diagnostic).toBe('550 5.1.1 user unknown');
  });

  test('a DSN that names a file takes the address the text gives', () => {
    const out = mergeTextIntoDsn(
      [{ address: '/var/mail/bob' }],
      [{ address: 'bob@example.net', diagnostic: 'mailbox is full' }],
    );
    expect(out[0]?.address).toBe('bob@example.net');
  });

  test('without DSN recipients the text stands alone', () => {
    expect(mergeTextIntoDsn([], [{ address: 'a@example.net' }])).toEqual([{ address: 'a@example.net' }]);
  });
});

describe('broken multiparts', () => {
  test('a boundary that never occurs leaves the body readable as text', () => {
    const src =
      'From: a@example.com\nContent-Type: multipart/report; boundary="nowhere"\n\nReporting-MTA: dns; mx.example.net\n\nFinal-Recipient: rfc822; bob@example.net\nAction: failed\nStatus: 5.1.1\n';
    const ctx = buildContext(scanMessage(normalizeLineEnds(src)));
    expect(ctx.body).toContain('Final-Recipient');
    expect(ctx.deliveryStatus.length).toBe(1);
  });

  test('a boundary lost from an unfolded Content-Type is found in the body', () => {
    const src =
      'From: a@example.com\nContent-Type: multipart/alternative;\nboundary="b1"\n\n--b1\nContent-Type: text/plain\n\nhello there\n--b1--\n';
    const ctx = buildContext(scanMessage(normalizeLineEnds(src)));
    expect(ctx.body.trim()).toBe('hello there');
  });
});

describe('hostile input stays fast', () => {
  test('long runs of digits, dashes and angle brackets', () => {
    const junk = '550-'.repeat(20000) + '5.1.1 '.repeat(20000) + '<'.repeat(20000);
    // They complete (speed on such shapes is measured in npm run bench, not here).
    expect(typeof dropRepeatedReplyCodes(junk)).toBe('string');
    leadingStatus(junk);
    commandOf(junk);
  });
});
