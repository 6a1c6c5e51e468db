// Kinds that don't misfire, and recipients for a clear bounce whose report structure names none.
import { diagnose } from '../../src/diagnosis';
import { x400ToAddress, isX400 } from '../../src/diagnosis/text/x400';

const DAEMON = 'From: Mail Delivery System <MAILER-DAEMON@mx.example.net>\nTo: kim@example.org\n';

describe('a 5xx is a failure, never a delay', () => {
  test.each([
    [
      'a "Warning:" subject',
      `${DAEMON}Subject: Warning: could not send message\n\nThis is a permanent error.\n\n<ann@remote.example>: 550 5.1.1 User unknown\n`,
    ],
    [
      '"delayed" in the notice',
      `${DAEMON}Subject: Undeliverable\n\nYour message was delayed and then refused.\n\nann@remote.example\n  554 5.7.1 Message rejected\n`,
    ],
    [
      'Action: delayed with a 5.x.x status',
      `${DAEMON}Subject: Delivery Status Notification\nContent-Type: multipart/report; report-type=delivery-status; boundary=B\n\n--B\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; mx.example.net\n\nFinal-Recipient: rfc822; ann@remote.example\nAction: delayed\nStatus: 5.2.2\n\n--B--\n`,
    ],
  ])('%s', (_name, msg) => {
    const d = diagnose(msg);
    expect(d.kind).toBe('bounce');
    expect(d.recipients.map((r) => [r.address, r.action, r.final])).toEqual([
      ['ann@remote.example', 'failed', true],
    ]);
  });

  test('a 4xx under delay words stays a delay', () => {
    const d = diagnose(
      `${DAEMON}Subject: Delivery delayed\n\nDelivery has been delayed; we will retry.\n\n<ann@remote.example>: 451 4.4.1 No answer from host\n`,
    );
    expect(d.kind).toBe('delay');
  });
});

describe('subjects and senders', () => {
  test.each([
    ['NDR as a word', 'Subject: Undeliverable (NDR)', 'bounce'],
    ['NDR inside an order number', 'Subject: Order NDR-44821 update', 'not-a-bounce'],
  ])('%s', (_name, subject, kind) => {
    const d = diagnose(
      `From: postmaster@mx.example.net\nTo: kim@example.org\n${subject}\n\nann@remote.example\n  550 5.1.1 User unknown\n`,
    );
    expect(d.kind).toBe(kind);
  });

  test('a noreply notification naming addresses is no bounce', () => {
    const d = diagnose(
      'From: Parcels <no-reply@parcels.example.com>\nTo: kim@example.org\nSubject: Delivery notification\n\nDelivery failed: nobody was home. Contact help@parcels.example.com.\n',
    );
    expect(d.kind).toBe('not-a-bounce');
  });
});

describe('localized notices', () => {
  test.each([
    [
      'German, from a postmaster',
      'From: postmaster@mail.example.de\nSubject: Zustellung fehlgeschlagen\n\nIhre Nachricht konnte nicht zugestellt werden.\n\nulf@remote.example.de\n    Postfach voll\n',
      'bounce',
    ],
    [
      'Polish, from a postmaster',
      'From: postmaster@poczta.example.pl\nSubject: Nie można dostarczyć: raport\n\nulf@remote.example.pl\n    550 5.1.1 User unknown\n',
      'bounce',
    ],
    [
      'German, a person asking',
      'From: Ulf <ulf@example.de>\nSubject: Zustellung fehlgeschlagen?\n\nMeine Mail an anna@example.com konnte nicht zugestellt werden.\n',
      'not-a-bounce',
    ],
  ])('%s', (_name, msg, kind) => {
    expect(diagnose(`To: kim@example.org\n${msg}`).kind).toBe(kind);
  });
});

describe('recipients of a clear bounce with no readable structure', () => {
  test('the X-Failed-Recipients header', () => {
    const d = diagnose(
      `${DAEMON}Subject: Mail delivery failed\nX-Failed-Recipients: bo@remote.example\n\nA message that you sent could not be delivered.\n\n550 rejected\n`,
    );
    expect(d.recipients.map((r) => r.address)).toEqual(['bo@remote.example']);
    expect(d.notes.join(' ')).toMatch(/X-Failed-Recipients/);
  });

  test('the original message To and Cc, said in the notes', () => {
    const d = diagnose(
      `${DAEMON}Subject: Undeliverable\nContent-Type: multipart/report; report-type=delivery-status; boundary=B\n\n--B\nContent-Type: text/plain\n\nYour message could not be delivered.\n\n--B\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; mx.example.net\n\n--B\nContent-Type: text/rfc822-headers\n\nFrom: kim@example.org\nTo: cy@remote.example\nCc: di@remote.example\nSubject: hi\n\n--B--\n`,
    );
    expect(d.kind).toBe('bounce');
    expect(d.recipients.map((r) => r.address)).toEqual(['cy@remote.example', 'di@remote.example']);
    expect(d.notes.join(' ')).toMatch(/To and Cc of the returned original message/);
  });

  test.each([
    // A content filter's own summary of the message it refused (the layout of MailScanner's reports).
    [
      'Subject: Message rejected\n\nYour message has been rejected by the content filter:\n  To: cy@remote.example\n  Subject: offer\n  Date: Wed Nov  5 10:00:09 2025\nIt contained a virus.\n',
      ['cy@remote.example'],
      'content-rejected',
    ],
    // "To:" with no "Subject:" beside it is no summary of a message.
    [
      'Subject: Mail delivery failed\n\nYour message could not be delivered.\nTo: cy@remote.example\n\nPlease check.\n',
      [],
      null,
    ],
  ] as const)("the To of the notice's summary of the refused message (%#)", (text, addresses, category) => {
    const d = diagnose(`${DAEMON}${text}`);
    expect(d.recipients.map((r) => r.address)).toEqual(addresses);
    if (category) {
      expect(d.recipients[0]?.category).toBe(category);
      expect(d.notes.join(' ')).toMatch(/To of its summary/);
    }
  });

  test('the original message To and Cc at the one domain the report names', () => {
    const d = diagnose(
      `${DAEMON}Subject: Undeliverable mail\nContent-Type: multipart/mixed; boundary=B\n\n--B\nContent-Type: text/plain\n\nDelivery to remote.example failed permanently: the server said\n550 5.7.1 blocked using zen.spamhaus.org\n\n--B\nContent-Type: message/rfc822\n\nFrom: kim@example.org\nTo: cy@remote.example, di@remote.example\nCc: ed@other.example\nSubject: hi\n\nhello\n--B--\n`,
    );
    expect(d.recipients.map((r) => r.address)).toEqual(['cy@remote.example', 'di@remote.example']);
    expect(d.notes.join(' ')).toMatch(/at that domain/);
  });

  test('no sign of a mail system: nothing is made up', () => {
    const d = diagnose(
      'From: lee@example.net\nTo: kim@example.org\nSubject: hello\n\nWrite to sam@example.com.\n',
    );
    expect(d.kind).toBe('not-a-bounce');
    expect(d.notes).toEqual([]);
  });
});

test("XWall's message/xdelivery-status part is read as a delivery-status part", () => {
  const d = diagnose(
    `${DAEMON}Subject: Undeliverable\nContent-Type: multipart/report; report-type=delivery-status; boundary=B\n\n--B\nContent-Type: message/xdelivery-status\n\nReporting-MTA: dns; xwall.example.net\n\nFinal-Recipient: rfc822; eve@remote.example\nAction: failed\nStatus: 5.1.1\n\n--B--\n`,
  );
  expect(d.format).toBe('rfc3464');
  expect(d.recipients.map((r) => [r.address, r.status])).toEqual([['eve@remote.example', '5.1.1']]);
});

describe('X.400 addresses', () => {
  test.each([
    ['/C=DE/ADMD=X/PRMD=ACME/DDA:RFC-822=paula(a)acme.example.de/', [], 'paula@acme.example.de'],
    [
      '/C=DE/ADMD=X/O=Sales/S=Berger/G=Paula/',
      ['kim@example.org', 'paula.berger@acme.example.de'],
      'paula.berger@acme.example.de',
    ],
    ['/C=DE/ADMD=X/O=Sales/S=Berger/G=Paula/', ['kim@example.org'], null],
    ['c=US;a= ;p=NDC;o=ORANGE;s=Park;g=Sam;', ['s.park@orange.example.com'], 's.park@orange.example.com'],
  ])('%s', (x400, candidates, want) => {
    expect(isX400(x400)).toBe(true);
    expect(x400ToAddress(x400, candidates)).toBe(want);
  });

  test('an Internet address is no X.400 one', () => expect(isX400('bob@example.net')).toBe(false));
});
