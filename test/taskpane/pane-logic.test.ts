// The pane's pure parts: the owner path, grouping, which diagnoses to show, highlighting, the
// sender relation, theme choice, vendor links and the copied summary.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { diagnose, type Diagnosis, type RecipientDiagnosis } from '../../src/diagnosis';
import { utf8Bytes } from '../../src/office/bytes';
import type { BounceSource } from '../../src/office/types';
import { analyzeSources } from '../../src/taskpane/analyze';
import { bareAddress, domainOf } from '../../src/taskpane/addresses';
import { linkLabel, safeLinks } from '../../src/taskpane/components/VendorLinks';
import { groupRecipients, leadRecipient } from '../../src/taskpane/grouping';
import { highlightSegments, matchedPhrase } from '../../src/taskpane/highlight';
import { decide } from '../../src/taskpane/decision';
import { ownerPath } from '../../src/taskpane/owner-path';
import { senderRelation } from '../../src/taskpane/sender-relation';
import { categoryWhy, ownerWhy } from '../../src/taskpane/strings';
import { summaryText } from '../../src/taskpane/summary-text';
import { luminance, pickTheme } from '../../src/taskpane/theme';
import { fixture } from '../office/fixtures';

const d = (file: string) => diagnose(utf8Bytes(fixture(file)));
const source = (file: string, origin: BounceSource['origin'] = 'item'): BounceSource => ({
  label: file,
  origin,
  bytes: utf8Bytes(fixture(file)),
});
const withOwner = (r: RecipientDiagnosis, owner: RecipientDiagnosis['owner']): RecipientDiagnosis => ({
  ...r,
  owner,
});

describe('ownerPath', () => {
  const bounce = d('dsn-user-unknown.eml');
  const r = bounce.recipients[0] as RecipientDiagnosis;
  const path = (rec: RecipientDiagnosis, isSender = false) =>
    ownerPath(bounce, rec, decide(bounce, rec, null, { isSender }), { isSender });

  test('one row from sender to recipient, the owner active, the category’s why', () => {
    const view = path(r);
    expect(view.steps.map((s) => [s.step, s.label, s.active])).toEqual([
      ['sender', 'Sender', true],
      ['sender-admin', "Sender's IT", false],
      ['recipient-admin', "Recipient's IT", false],
      ['recipient', 'Recipient', false],
    ]);
    expect(view.why).toBe(categoryWhy('recipient-unknown'));
    expect(view.actor).toBe('The sender (alice@example.com) must act.');
  });

  test('the signed-in sender reads "You" and "Your IT"', () => {
    const view = path(withOwner(r, 'sender-admin'), true);
    expect(view.steps.map((s) => s.label).slice(0, 2)).toEqual(['You', 'Your IT']);
    expect(view.actor).toBe('Your IT team (example.com) must act.');
    expect(view.why).toBe(ownerWhy('sender-admin'));
  });

  test('a provider that must act is named on the path', () => {
    const view = path(withOwner(r, 'provider'));
    expect(view.steps.map((s) => s.step)).toEqual([
      'sender',
      'sender-admin',
      'provider',
      'recipient-admin',
      'recipient',
    ]);
    expect(view.steps.find((s) => s.active)?.step).toBe('provider');
  });

  test('nobody: no step active', () => {
    const view = path(withOwner(r, 'none'));
    expect(view.steps.some((s) => s.active)).toBe(false);
    expect(view.actor).toBe('Nobody needs to act now.');
  });
});

describe('decide: one decision, no contradictions', () => {
  const unknown = d('dsn-user-unknown.eml');
  const r = unknown.recipients[0] as RecipientDiagnosis;
  const viewer = { isSender: false };

  test('a refusal inside the sender’s own domain goes to the sender’s IT, in every word', () => {
    const rec: RecipientDiagnosis = {
      ...r,
      address: 'team@example.com',
      category: 'recipient-policy',
      owner: 'recipient-admin',
    };
    const decision = decide(unknown, rec, null, { isSender: true });
    expect(decision.owner).toBe('sender-admin');
    expect(decision.sameOrganization).toBe(true);
    expect(decision.fix).toContain('your IT team');
    expect(decision.fix).not.toMatch(/recipient or their IT/i);
    expect(decision.emailIt).toBe(true);
    expect(decision.postmaster).toBeNull();
  });

  test('a delay: nobody acts, no resend, and until when it is retried', () => {
    const delay = diagnose(utf8Bytes(fixture('delay.eml')));
    const rec = delay.recipients[0] as RecipientDiagnosis;
    const decision = decide(
      delay,
      rec,
      {
        retryUntil: { [rec.address.toLowerCase()]: 'Wed, 12 Mar 2025 14:00:00 +0000' },
        explanation: null,
        originalText: null,
      },
      viewer,
    );
    expect(decision).toMatchObject({ owner: 'none', resend: false, delayed: true, emailIt: false });
    expect(decision.happened).toContain('2025');
    expect(decision.fix).toContain('Do not send it again');
  });

  test('the report’s own sentence is what happened', () => {
    const decision = decide(
      unknown,
      r,
      {
        retryUntil: {},
        explanation: 'The group only accepts messages from people in its organization',
        originalText: null,
      },
      viewer,
    );
    expect(decision.happened).toBe('The group only accepts messages from people in its organization.');
  });

  test('an unclear cause never claims a cause', () => {
    const decision = decide(unknown, { ...r, category: 'unknown', owner: 'sender-admin' }, null, viewer);
    expect(decision.why).toBe(categoryWhy('unknown'));
    expect(decision.happened).toContain('The server said');
  });

  test('resend only where it can help', () => {
    expect(decide(unknown, r, null, viewer).resend).toBe(false);
    expect(decide(unknown, { ...r, category: 'mailbox-full', owner: 'recipient' }, null, viewer).resend).toBe(
      true,
    );
    expect(
      decide(unknown, { ...r, category: 'auth-failed', owner: 'sender-admin' }, null, viewer).resend,
    ).toBe(false);
  });
});

describe('groupRecipients', () => {
  test('shared causes are grouped, failures first', () => {
    const groups = groupRecipients(d('dsn-three-recipients.eml').recipients);
    expect(groups.map((g) => g.recipients.map((r) => r.address))).toEqual([
      ['ghost1@example.net', 'ghost2@example.net'],
      ['packrat@example.org'],
    ]);
    expect(groups[0]?.lead.address).toBe('ghost1@example.net');
  });
  test('the lead recipient is the first failure', () => {
    const rs = d('dsn-three-recipients.eml').recipients;
    const delayed = {
      ...(rs[0] as RecipientDiagnosis),
      address: 'late@example.org',
      action: 'delayed' as const,
    };
    expect(leadRecipient([delayed, ...rs])?.address).toBe('ghost1@example.net');
    expect(leadRecipient([])).toBeNull();
  });
});

describe('analyzeSources', () => {
  test('an ordinary item with no attachments is shown as it is (a calm not-a-bounce)', () => {
    const shown = analyzeSources([source('plain-note.eml')], (bytes) => diagnose(bytes));
    expect(shown.map((m) => m.diagnosis.kind)).toEqual(['not-a-bounce']);
  });
  test('the item’s own diagnosis is dropped when it repeats an attached bounce', () => {
    const shown = analyzeSources(
      [source('dsn-user-unknown.eml'), source('dsn-user-unknown.eml', 'attached-item')],
      (bytes) => diagnose(bytes),
    );
    expect(shown.map((m) => m.source.origin)).toEqual(['attached-item']);
  });
  test('a bounce item with a different attached bounce shows both', () => {
    const shown = analyzeSources(
      [source('dsn-user-unknown.eml'), source('dmarc-reject.eml', 'eml-file')],
      (bytes) => diagnose(bytes),
    );
    expect(shown.map((m) => m.source.origin)).toEqual(['item', 'eml-file']);
  });
});

describe('highlight', () => {
  test('the matched phrase and the status code are marked, case-insensitively', () => {
    const r = d('dsn-user-unknown.eml').recipients[0] as RecipientDiagnosis;
    const phrase = matchedPhrase(r);
    expect(phrase).not.toBeNull();
    const marked = highlightSegments(r.diagnostic, [phrase, r.status]).filter((s) => s.marked);
    expect(marked.map((s) => s.text.toLowerCase())).toEqual(
      expect.arrayContaining(['5.1.1', (phrase as string).toLowerCase()]),
    );
  });
  test('segments always join back to the text; overlaps keep the first mark', () => {
    const text = 'Mailbox full: quota exceeded';
    const segs = highlightSegments(text, ['mailbox full', 'full: quota', 'x']);
    expect(segs.map((s) => s.text).join('')).toBe(text);
    expect(segs.filter((s) => s.marked).map((s) => s.text)).toEqual(['Mailbox full']);
  });
  test('text whose lower case changes length is left unmarked', () => {
    expect(highlightSegments('İstanbul 5.1.1', ['5.1.1'])).toEqual([
      { text: 'İstanbul 5.1.1', marked: false },
    ]);
  });
});

describe('senderRelation', () => {
  const bounce = d('dsn-user-unknown.eml');
  test('the user’s own bounce, or no user known: nothing to say', () => {
    expect(senderRelation(bounce, 'ALICE@example.com', 'item', null).kind).toBe('own-or-unknown');
    expect(senderRelation(bounce, null, 'item', null).kind).toBe('own-or-unknown');
  });
  test('someone else’s bounce: forwarded (attachment or FW: subject) or backscatter', () => {
    expect(senderRelation(bounce, 'admin@example.com', 'attached-item', null).kind).toBe('forwarded');
    expect(senderRelation(bounce, 'admin@example.com', 'item', 'Fwd: Undelivered').kind).toBe('forwarded');
    expect(senderRelation(bounce, 'erin@example.com', 'item', 'Undelivered Mail').kind).toBe('backscatter');
  });
});

describe('theme', () => {
  test('Office background decides light or dark; forced colours give high contrast; a request wins', () => {
    expect(luminance('#ffffff')).toBeCloseTo(1);
    expect(luminance('nonsense')).toBeNull();
    expect(pickTheme({ officeBackground: '#1f1f1f', forcedColors: false, prefersDark: false })).toBe('dark');
    expect(pickTheme({ officeBackground: '#ffffff', forcedColors: false, prefersDark: true })).toBe('light');
    expect(pickTheme({ officeBackground: null, forcedColors: false, prefersDark: true })).toBe('dark');
    expect(pickTheme({ officeBackground: '#ffffff', forcedColors: true, prefersDark: false })).toBe(
      'high-contrast',
    );
    expect(
      pickTheme({ requested: 'dark', officeBackground: '#ffffff', forcedColors: false, prefersDark: false }),
    ).toBe('dark');
  });
});

test('vendor links: https only, deduplicated, human labels, Microsoft’s only on Microsoft bounces', () => {
  const microsoft = { ...d('dsn-user-unknown.eml'), format: 'exchange' };
  const other = { ...d('dsn-user-unknown.eml'), format: 'postfix', reportingMta: 'mx.example.net' };
  const links = [
    'https://learn.microsoft.com/a/b/fix-error-code-550-5-1-1-through-5-1-20-in-exchange-online',
    'http://insecure.example',
    'javascript:alert(1)',
    'https://learn.microsoft.com/a/b/fix-error-code-550-5-1-10-in-exchange-online',
    'https://support.google.com/a/answer/81126',
  ];
  expect(safeLinks(links, microsoft, '5.1.10')).toEqual([
    'https://learn.microsoft.com/a/b/fix-error-code-550-5-1-10-in-exchange-online',
    'https://learn.microsoft.com/a/b/fix-error-code-550-5-1-1-through-5-1-20-in-exchange-online',
    'https://support.google.com/a/answer/81126',
  ]);
  expect(safeLinks(links, other, '5.1.1')).toEqual(['https://support.google.com/a/answer/81126']);
  expect(linkLabel('https://learn.microsoft.com/a/b/fix-error-code-550-5-7-1-in-exchange-online')).toBe(
    'Microsoft: Fix error code 550 5.7.1 in Exchange Online',
  );
});

test('addresses', () => {
  expect(bareAddress('Alice Example <alice@example.com>')).toBe('alice@example.com');
  expect(bareAddress('not an address')).toBeNull();
  expect(domainOf('a@Example.COM')).toBe('example.com');
});

test('the summary: a verdict first, every recipient, who must act, the Message-ID, no internal ids', () => {
  const diagnosis = d('dsn-three-recipients.eml') as Diagnosis;
  const text = summaryText([{ source: source('dsn-three-recipients.eml'), diagnosis }]);
  const [first] = text.split('\n');
  expect(first).toContain('2 recipients: The address does not exist; the sender must act.');
  expect(text).toContain('Recipient: packrat@example.org (5.2.2 / 552)');
  expect(text).toContain('Original subject: Party on Friday');
  if (diagnosis.original?.messageId)
    expect(text).toContain(`Original Message-ID: ${diagnosis.original.messageId}`);
  for (const r of diagnosis.recipients) {
    expect(text).not.toContain(r.rule);
    expect(text).not.toContain(`${r.category} -`);
  }
});

test('the pane never injects HTML', () => {
  const dir = path.join(__dirname, '..', '..', 'src', 'taskpane');
  const files = fs
    .readdirSync(dir, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.tsx') || f.endsWith('.ts'));
  for (const f of files) {
    const code = fs.readFileSync(path.join(dir, f), 'utf8');
    expect(code).not.toContain('dangerouslySetInnerHTML');
    expect(code).not.toContain('innerHTML');
  }
});
