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
import { ownerPath } from '../../src/taskpane/owner-path';
import { senderRelation } from '../../src/taskpane/sender-relation';
import { CATEGORY_WHY, OWNER_WHY } from '../../src/taskpane/strings';
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

  test('sender -> sender org -> recipient org -> recipient, the owner active, the category’s why', () => {
    const view = ownerPath(bounce, r);
    expect(view.steps.map((s) => [s.step, s.detail, s.active])).toEqual([
      ['sender', 'alice@example.com', true],
      ['sender-admin', 'example.com', false],
      ['recipient-admin', 'example.net', false],
      ['recipient', 'nobody@example.net', false],
    ]);
    expect(view.why).toBe(CATEGORY_WHY['recipient-unknown']);
    expect(view.offPath).toBeNull();
  });

  test('evidence that moved the owner gets the owner’s why, not the category’s', () => {
    const view = ownerPath(bounce, withOwner(r, 'sender-admin'));
    expect(view.steps.find((s) => s.active)?.step).toBe('sender-admin');
    expect(view.why).toBe(OWNER_WHY['sender-admin']);
  });

  test.each(['provider', 'none'] as const)('%s is off the path: no step active', (owner) => {
    const view = ownerPath(bounce, withOwner(r, owner));
    expect(view.steps.some((s) => s.active)).toBe(false);
    expect(view.offPath).toBe(owner);
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
    const shown = analyzeSources([source('plain-note.eml')], diagnose);
    expect(shown.map((m) => m.diagnosis.kind)).toEqual(['not-a-bounce']);
  });
  test('the item’s own diagnosis is dropped when it repeats an attached bounce', () => {
    const shown = analyzeSources(
      [source('dsn-user-unknown.eml'), source('dsn-user-unknown.eml', 'attached-item')],
      diagnose,
    );
    expect(shown.map((m) => m.source.origin)).toEqual(['attached-item']);
  });
  test('a bounce item with a different attached bounce shows both', () => {
    const shown = analyzeSources(
      [source('dsn-user-unknown.eml'), source('dmarc-reject.eml', 'eml-file')],
      diagnose,
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

test('vendor links: https only, deduplicated, labelled by host and page', () => {
  expect(
    safeLinks([
      'https://learn.microsoft.com/a/b/fix-error-550',
      'http://insecure.example',
      'javascript:alert(1)',
      'https://learn.microsoft.com/a/b/fix-error-550',
    ]),
  ).toEqual(['https://learn.microsoft.com/a/b/fix-error-550']);
  expect(linkLabel('https://learn.microsoft.com/a/b/fix-error-550')).toBe(
    'learn.microsoft.com: fix error 550',
  );
});

test('addresses', () => {
  expect(bareAddress('Alice Example <alice@example.com>')).toBe('alice@example.com');
  expect(bareAddress('not an address')).toBeNull();
  expect(domainOf('a@Example.COM')).toBe('example.com');
});

test('the summary names every recipient, its cause and who must act', () => {
  const messages = [
    { source: source('dsn-three-recipients.eml'), diagnosis: d('dsn-three-recipients.eml') as Diagnosis },
  ];
  const text = summaryText(messages);
  expect(text).toContain('Recipient: packrat@example.org (5.2.2 / 552)');
  expect(text).toContain('What went wrong: mailbox-full');
  expect(text).toContain('Original subject: Party on Friday');
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
