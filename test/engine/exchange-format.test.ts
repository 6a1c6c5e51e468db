// The Microsoft recognizer (src/diagnosis/formats/exchange.ts) on reports written for this test in
// the layouts Exchange and Microsoft 365 use (test/fixtures/exchange, invented addresses).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { diagnose } from '../../src/diagnosis';
import { buildContext } from '../../src/diagnosis/context';
import { exchange, pickDiagnostic } from '../../src/diagnosis/formats/exchange';
import {
  bareAddress,
  parseAngleForm,
  readAdminBlock,
  readLegacy,
  recipientLine,
  type TextRecipient,
} from '../../src/diagnosis/format-helpers/exchange-text';
import { FORMATS } from '../../src/diagnosis/formats/index';
import { normalizeLineEnds, scanMessage } from '../../src/diagnosis/mime/structure';
import type { Category, Kind, Owner } from '../../src/diagnosis/types';

const dir = path.join(__dirname, '../fixtures/exchange');

interface Want {
  address: string;
  status: string;
  category: Category;
  owner: Owner;
  remoteMta?: string | null;
  rule?: string;
}

const CASES: [file: string, kind: Kind, wants: Want[]][] = [
  [
    'fw-undeliverable-inline.eml',
    'bounce',
    [
      {
        address: 'robin.ash@fabrikam.example',
        status: '5.1.1',
        category: 'recipient-unknown',
        owner: 'sender',
      },
    ],
  ],
  [
    'm365-modern.eml',
    'bounce',
    [
      {
        address: 'lee.park@northwind.example',
        status: '5.1.10',
        category: 'recipient-unknown',
        owner: 'sender',
        rule: 'exo.5.1.10-recipient-not-found',
      },
    ],
  ],
  [
    'exchange2007-recipnotfound.eml',
    'bounce',
    // The DSN says only 5.0.0; the "#550 5.1.1 ... ##" line says which failure.
    [
      {
        address: 'sam.ortiz@tailspin.example',
        status: '5.1.1',
        category: 'recipient-unknown',
        owner: 'sender',
      },
    ],
  ],
  [
    'exchange2003-dsn.eml',
    'bounce',
    [
      {
        address: 'pat.lee@adventure-works.example',
        status: '5.1.1',
        category: 'recipient-unknown',
        owner: 'sender',
        remoteMta: 'mx.adventure-works.example',
      },
    ],
  ],
  [
    'exchange2003-relay.eml',
    'bounce',
    [
      {
        address: 'kim.nguyen@wingtip.example',
        status: '5.7.1',
        category: 'relay-denied',
        owner: 'sender-admin',
      },
    ],
  ],
  [
    'unzustellbar-de.eml',
    'bounce',
    [
      {
        address: 'jonas.berg@litware.example',
        status: '5.2.2',
        category: 'mailbox-full',
        owner: 'recipient',
      },
    ],
  ],
  [
    'haishin-funou-ja.eml',
    'bounce',
    [
      {
        address: 'aoi.mori@proseware.example',
        status: '5.4.1',
        category: 'relay-denied',
        owner: 'recipient-admin',
        rule: 'exo.5.4.1-relay-access-denied',
      },
    ],
  ],
  [
    '571-dmarc.eml',
    'bounce',
    [
      {
        address: 'casey@wideworld.example',
        status: '5.7.1',
        category: 'auth-failed',
        owner: 'sender-admin',
        remoteMta: 'mx1.wideworld.example',
      },
    ],
  ],
  [
    '571-unable-to-relay.eml',
    'bounce',
    [
      {
        address: 'morgan@relecloud.example',
        status: '5.7.1',
        category: 'relay-denied',
        owner: 'sender-admin',
        remoteMta: 'smtp.relecloud.example',
      },
    ],
  ],
  [
    '571-blocked-using.eml',
    'bounce',
    // DSN status 5.0.0, the server's words carry 5.7.1 and the blocklist.
    [
      {
        address: 'jordan@fourthcoffee.example',
        status: '5.7.1',
        category: 'reputation-block',
        owner: 'sender-admin',
      },
    ],
  ],
  [
    '571-not-authenticated.eml',
    'bounce',
    [
      {
        address: 'alex@treyresearch.example',
        status: '5.7.1',
        category: 'recipient-policy',
        owner: 'recipient-admin',
        remoteMta: 'mail.treyresearch.example',
        rule: 'exo.5.7.1-client-not-authenticated',
      },
      {
        address: 'all-staff@treyresearch.example',
        status: '5.7.1',
        category: 'recipient-policy',
        owner: 'recipient-admin',
        rule: 'exo.5.7.1-client-not-authenticated',
      },
    ],
  ],
  [
    '571-restricted-group.eml',
    'bounce',
    [
      {
        address: 'board@contoso.example',
        status: '5.7.1',
        category: 'recipient-policy',
        owner: 'sender-admin', // dana and the group are both at contoso.example: her own admin
        rule: 'exo.5.7.1-delivery-not-authorized',
      },
    ],
  ],
  [
    'delay-exo.eml',
    'delay',
    [
      {
        address: 'riley@margies.example',
        status: '4.4.316',
        category: 'recipient-system',
        owner: 'recipient-admin',
        remoteMta: 'mx.margies.example',
      },
    ],
  ],
];

function read(file: string): Buffer {
  return fs.readFileSync(path.join(dir, file));
}

describe('Microsoft reports, end to end', () => {
  test.each(CASES)('%s', (file, kind, wants) => {
    const d = diagnose(read(file));
    expect(d.kind).toBe(kind);
    expect(d.format).toBe('exchange');
    expect(d.recipients).toHaveLength(wants.length);
    wants.forEach((w, i) => {
      const r = d.recipients[i];
      expect(r).toBeDefined();
      expect({ address: r?.address, status: r?.status, category: r?.category, owner: r?.owner }).toEqual({
        address: w.address,
        status: w.status,
        category: w.category,
        owner: w.owner,
      });
      if (w.remoteMta !== undefined) expect(r?.remoteMta).toBe(w.remoteMta);
      if (w.rule) expect(r?.rule).toBe(w.rule);
      expect(r?.diagnostic.length).toBeGreaterThan(0);
    });
  });

  test('the Japanese subject is decoded from its encoded word', () => {
    expect(diagnose(read('haishin-funou-ja.eml')).subject).toBe('配信不能: 打ち合わせの件');
  });

  test('the reporting MTA is the generating server when there is no DSN', () => {
    expect(diagnose(read('571-unable-to-relay.eml')).reportingMta).toBe(
      'PH0PR03MB3333.namprd03.prod.outlook.com',
    );
  });

  test('rule-specific advice reaches the recipient (DMARC, relay to an unaccepted domain)', () => {
    const ja = diagnose(read('haishin-funou-ja.eml')).recipients[0];
    expect(ja?.remediation.admin).toContain('accepted domain');
    for (const link of ja?.remediation.links ?? [])
      expect(link).toMatch(/^https:\/\/(learn|support)\.microsoft\.com\//);
  });

  test('the recognizer comes before rfc3464 and the generic text reader', () => {
    const names = FORMATS.map((f) => f.name);
    expect(names.indexOf('exchange')).toBeGreaterThanOrEqual(0);
    expect(names.indexOf('exchange')).toBeLessThan(names.indexOf('rfc3464'));
    expect(names.indexOf('exchange')).toBeLessThan(names.indexOf('text'));
  });
});

function ctxOf(raw: string) {
  return buildContext(scanMessage(normalizeLineEnds(raw)));
}

describe('not Microsoft: the recognizer steps aside', () => {
  test.each<[name: string, lines: string[]]>([
    [
      'a Postfix bounce',
      [
        'From: MAILER-DAEMON@mx.example.org (Mail Delivery System)',
        'To: dana@example.com',
        'Subject: Undelivered Mail Returned to Sender',
        '',
        'This is the mail system at host mx.example.org.',
        '',
        '<pat@example.net>: host mx.example.net[192.0.2.1] said: 550 5.1.1 <pat@example.net>: Recipient address rejected: User unknown (in reply to RCPT TO command)',
        '',
      ],
    ],
    [
      'a Sendmail bounce that quotes an Exchange Online rejection',
      [
        'From: Mail Delivery Subsystem <MAILER-DAEMON@relay.example.org>',
        'To: dana@example.org',
        'Subject: Returned mail: see transcript for details',
        '',
        '   ----- The following addresses had permanent fatal errors -----',
        '<pat@outlook.example>',
        '    (reason: 550 5.7.509 Access denied, sending domain [EXAMPLE.ORG] does not pass DMARC verification)',
        '',
      ],
    ],
    [
      'a person writing about an error code',
      [
        'From: pat@example.net',
        'To: dana@example.com',
        'Subject: question',
        '',
        'What does 550 5.7.1 mean?',
        '',
      ],
    ],
  ])('%s', (_name, lines) => {
    expect(exchange.parse(ctxOf(lines.join('\n')))).toBeNull();
  });
});

const READERS = { readAdminBlock, readLegacy };

/** A plain-text reader on a report body: what it must find (only the fields given are checked). */
interface ReaderCase {
  reader: keyof typeof READERS;
  name: string;
  lines: string[];
  generatingServer?: string;
  count?: number;
  first: Partial<TextRecipient>;
}

describe('pieces', () => {
  test.each([
    ['pat@example.net', 'pat@example.net'],
    ['  <pat@example.net>  ', 'pat@example.net'],
    [
      'IMCEAEX-_O=CONTOSO_OU=EXCHANGE+20ADMINISTRATIVE+20GROUP_CN=RECIPIENTS_CN=pat@contoso.example',
      'IMCEAEX-_O=CONTOSO_OU=EXCHANGE+20ADMINISTRATIVE+20GROUP_CN=RECIPIENTS_CN=pat@contoso.example',
    ],
    ['Pat<mailto:pat@example.net>', null],
    ['pat@example.net (pat@example.net)', null],
    ['Generating server: mx.example.net', null],
  ])('bareAddress(%j)', (line, want) => {
    expect(bareAddress(line)).toBe(want);
  });

  test.each([
    ['Pat Lee <pat@example.net>', 'pat@example.net'],
    ['pat@example.net', 'pat@example.net'],
    ['mx.example.net #<mx.example.net #5.7.1 smtp;550 5.7.1 Unable to relay> #SMTP#', null],
    ['From: Pat <pat@example.net>', null],
  ])('recipientLine(%j)', (line, want) => {
    expect(recipientLine(line)).toBe(want);
  });

  test.each<[name: string, lines: string[], first: Partial<Want>]>([
    [
      'Exchange 2010: a generic #5.0.0 around a remote reply that says 5.1.0',
      [
        'From: Microsoft Outlook <MicrosoftExchange1a2b@contoso.example>',
        'To: dana@contoso.example',
        'Subject: Undeliverable: Offer',
        '',
        'Delivery has failed to these recipients or groups:',
        '',
        'Pat Lee (pat@example.net)',
        "The e-mail address you entered couldn't be found.",
        '',
        'Diagnostic information for administrators:',
        '',
        'Generating server: ex10.contoso.example',
        '',
        'Pat Lee <pat@example.net>',
        "#< #5.0.0 smtp; 5.1.0 - Unknown address error 550-'No such user here' (delivery attempts: 0)> #SMTP#",
        '',
        'Original message headers:',
        '',
      ],
      { address: 'pat@example.net', status: '5.1.0', category: 'recipient-unknown', owner: 'sender' },
    ],
    [
      'only the user part survived a forward: the sentence is the evidence',
      [
        'From: Dana <dana@contoso.example>',
        'To: helpdesk@contoso.example',
        'Subject: FW: Undeliverable: Offer',
        '',
        'Delivery has failed to these recipients or groups:',
        '',
        'pat@example.net (pat@example.net)',
        "Your message wasn't delivered because the recipient's mailbox is full.",
        '',
      ],
      { address: 'pat@example.net', category: 'mailbox-full', owner: 'recipient' },
    ],
  ])('%s', (_name, lines, first) => {
    const d = diagnose(lines.join('\n'));
    expect(d.format).toBe('exchange');
    expect(d.recipients[0]).toMatchObject(first);
  });

  test('parseAngleForm: the #SMTP# form', () => {
    expect(
      parseAngleForm(
        'mx.example.net #<ex1.example.net #5.7.1 smtp;530 5.7.1 Client was not authenticated> #SMTP#',
      ),
    ).toEqual({
      status: '5.7.1',
      host: 'ex1.example.net',
      outerHost: 'mx.example.net',
      reply: '530 5.7.1 Client was not authenticated',
    });
  });

  test('parseAngleForm: a code only, and not a code at all', () => {
    expect(parseAngleForm('<mx.example.net #5.1.1>')).toMatchObject({ status: '5.1.1', reply: '' });
    expect(parseAngleForm('<pat@example.net>')).toBeNull();
  });

  test.each<ReaderCase>([
    {
      reader: 'readAdminBlock',
      name: 'several attempts, the last one first; the remote is outside Microsoft',
      lines: [
        'Diagnostic information for administrators:',
        '',
        'Generating server: BY5PR01MB0001.namprd01.prod.outlook.com',
        '',
        'pat@example.net',
        "3/2/2026 2:00:00 PM - Server at BY5PR01MB0001.namprd01.prod.outlook.com returned '550 4.4.7 QUEUE.Expired; message expired'",
        '3/1/2026 2:00:00 PM - Server at mx.example.net (192.0.2.9) returned \'451 4.4.0 Primary target IP address responded with: "421 4.4.2 Connection dropped."\'',
        '',
        'Original message headers:',
        'Received: from x by y',
      ],
      generatingServer: 'BY5PR01MB0001.namprd01.prod.outlook.com',
      count: 1,
      first: {
        address: 'pat@example.net',
        diagnostic: '550 4.4.7 QUEUE.Expired; message expired',
        remoteMta: 'mx.example.net',
      },
    },
    {
      reader: 'readAdminBlock',
      name: 'a reply wrapped by a mail program',
      lines: [
        'Diagnostic information for administrators:',
        'pat@example.net',
        "Remote Server returned '550 5.7.1 Service unavailable; Client host [192.0.2.7]",
        "blocked using bl.example.org'",
        '',
      ],
      first: {
        diagnostic: '550 5.7.1 Service unavailable; Client host [192.0.2.7] blocked using bl.example.org',
      },
    },
    {
      reader: 'readLegacy',
      name: 'Exchange 5.5 with its MTS-ID noise dropped',
      lines: [
        'did not reach the following recipient(s):',
        '',
        'pat@example.net on Mon, 2 Mar 2026 10:00:00 +0000',
        '    The recipient name is not recognized',
        '\tThe MTS-ID of the original message is: c=us;a= ;p=example',
        ';l=HOST-0000',
        '    MSEXCH:IMS:EXAMPLE:SITE:HOST 0 (000C05A6) Unknown Recipient',
        '',
      ],
      count: 1,
      first: {
        diagnostic:
          'The recipient name is not recognized MSEXCH:IMS:EXAMPLE:SITE:HOST 0 (000C05A6) Unknown Recipient',
      },
    },
    {
      reader: 'readLegacy',
      name: 'Exchange 2003 naming the recipient only by display name',
      lines: [
        'Your message did not reach some or all of the intended recipients.',
        '',
        'The following recipient(s) could not be reached:',
        '',
        '      Pat Lee on Monday, March 2, 2026 10:00 AM',
        "            The recipient's mailbox is full and can't accept messages now.",
        '            <mx.example.net #5.2.2 smtp;552 5.2.2 Mailbox full>',
        '',
      ],
      count: 1,
      first: {
        address: 'Pat Lee',
        status: '5.2.2',
        diagnostic: '552 5.2.2 Mailbox full',
        remoteMta: 'mx.example.net',
      },
    },
  ])('$reader: $name', ({ reader, lines, generatingServer, count, first }) => {
    const report = READERS[reader](lines.join('\n'));
    if (generatingServer !== undefined) expect(report.generatingServer).toBe(generatingServer);
    if (count !== undefined) expect(report.recipients).toHaveLength(count);
    expect(report.recipients[0]).toMatchObject(first);
  });

  test('pickDiagnostic keeps the fuller of two replies, and the text over a generic DSN', () => {
    expect(
      pickDiagnostic(
        '550 5.4.312 Message expired',
        '550 5.4.312 Message expired, DNS query failed',
        '5.4.312',
      ),
    ).toBe('550 5.4.312 Message expired, DNS query failed');
    expect(pickDiagnostic('550 5.1.1 User unknown here', '550 5.1.1 User unknown', '5.1.1')).toBe(
      '550 5.1.1 User unknown here',
    );
    expect(pickDiagnostic('failed', '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found', '5.0.0')).toBe(
      '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found',
    );
  });

  // Completes with an answer; its speed on such shapes is measured in npm run bench, not here.
  test('hostile input gets an answer', () => {
    const junk =
      'Diagnostic information for administrators:\n' +
      ('a@b.cd\n' + "returned '" + '<#'.repeat(2000) + '\n').repeat(200);
    const d = diagnose(
      `From: postmaster@example.com\nSubject: Undeliverable: x\nX-MS-Exchange-Message-Is-Ndr:\n\n${junk}`,
    );
    expect(d.evidence.some((e) => e.role === 'error')).toBe(false);
  });
});
