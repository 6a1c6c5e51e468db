// The pane people act from (issue 10), in Chromium with the stand-in Outlook: at a real task-pane
// size (320x600) the answer (who acts, the whole fix) needs no scrolling, several recipients start
// with the overview, typo'd domains get "Did you mean ...?" whose resend opens a new-message form
// to the corrected address, messages dragged onto the pane (DragAndDropEvent, .eml Blobs) each get
// a row; axe finds nothing serious in any of these states; nothing leaves the machine.
import { axeViolations, expandAll, seriousOrCritical } from './a11y';
import { fixture, sample } from './fixtures';
import { messageItem } from './items';
import type { Pane, PaneOptions, StubConfig } from './pane';
import { useE2E } from './suite';

const e2e = useE2E();
const USER = 'pat@example.com';

/** A bounce the project writes itself (RFC 3464, as Postfix sends it): one failed recipient. */
function dsn(failed: string, originalTo: string, from = `Pat Example <${USER}>`): string {
  return [
    'From: MAILER-DAEMON@mail.example.com (Mail Delivery System)',
    `To: ${USER}`,
    'Subject: Undelivered Mail Returned to Sender',
    'Date: Tue, 10 Nov 2026 09:00:00 +0000',
    'Message-ID: <bounce-e2e@mail.example.com>',
    'MIME-Version: 1.0',
    'Content-Type: multipart/report; report-type=delivery-status; boundary="b1"',
    '',
    '--b1',
    'Content-Type: text/plain',
    '',
    "I'm sorry to have to inform you that your message could not",
    'be delivered to one or more recipients.',
    '',
    `<${failed}>: host mx.example.net[192.0.2.25] said: 550 5.1.1 <${failed}>:`,
    '    Recipient address rejected: User unknown (in reply to RCPT TO command)',
    '',
    '--b1',
    'Content-Type: message/delivery-status',
    '',
    'Reporting-MTA: dns; mail.example.com',
    '',
    `Final-Recipient: rfc822; ${failed}`,
    'Action: failed',
    'Status: 5.1.1',
    'Remote-MTA: dns; mx.example.net',
    `Diagnostic-Code: smtp; 550 5.1.1 <${failed}>: Recipient address rejected: User unknown`,
    '',
    '--b1',
    'Content-Type: message/rfc822',
    '',
    `From: ${from}`,
    `To: ${originalTo}`,
    'Subject: Budget for March',
    'Date: Tue, 10 Nov 2026 08:59:00 +0000',
    'Message-ID: <budget-e2e@example.com>',
    '',
    'Here are the numbers for March.',
    '',
    '--b1--',
    '',
  ].join('\r\n');
}

function outlook(message: string, more: Omit<StubConfig, 'host' | 'items'> = {}): PaneOptions {
  return {
    stub: {
      host: 'Outlook',
      mailbox: '1.14',
      user: USER,
      ...more,
      items: [messageItem(e2e.server(), message)],
    },
    width: 320,
    height: 600,
  };
}

/** How far the element's box reaches out of the viewport (0: readable without scrolling). */
async function outOfView(pane: Pane, selector: string): Promise<number> {
  return pane.page.$eval(selector, (el) => {
    const r = el.getBoundingClientRect();
    return Math.max(0, -r.top, -r.left, r.bottom - window.innerHeight, r.right - window.innerWidth);
  });
}

async function noSeriousAxe(pane: Pane): Promise<void> {
  await expandAll(pane.page);
  expect(seriousOrCritical(await axeViolations(pane.page))).toEqual([]);
}

describe('answer first at 320x600', () => {
  // The signed-in user sent the original (their own bounce; no "someone else's bounce" note).
  test.each([
    [
      'a Microsoft 365 NDR',
      () => sample('exchange-online-recipnotfound.eml'),
      'ana.silva@contoso.com',
      'sender',
    ],
    [
      'a Postfix mailbox-full bounce',
      () => sample('postfix-mailbox-full.eml'),
      'kim@example.org',
      'recipient',
    ],
    [
      'the restricted group, in Exchange’s own words',
      () => fixture('e2e/m365-report-restricted-group.eml'),
      'dana@contoso.example',
      'recipient-admin',
    ],
    ['an authentication failure', () => sample('gmail-dmarc.txt'), USER, 'sender-admin'],
  ])('%s: who acts and the whole fix without scrolling', async (_name, message, user, owner) => {
    const pane = await e2e.open(outlook(message(), { user }));
    await pane.waitForDiagnoses();
    await pane.page.waitForSelector('[data-testid=fix]');
    expect(await pane.page.$('[data-testid=sender-relation]')).toBeNull();
    expect(await pane.page.getAttribute('[data-testid=owner]', 'data-owner')).toBe(owner);
    expect(await outOfView(pane, '[data-testid=owner]')).toBe(0);
    expect(await outOfView(pane, '[data-testid=fix]')).toBe(0);
    expect(await pane.page.$('[data-testid=overview]')).toBeNull();
    await noSeriousAxe(pane);
    expect(await pane.problems()).toEqual([]);
  });

  test('Exchange’s own sentence is the headline', async () => {
    const pane = await e2e.open(outlook(fixture('e2e/m365-report-restricted-group.eml')));
    await pane.waitForDiagnoses();
    expect(await pane.page.textContent('[data-testid=diagnosis] h2')).toContain(
      'The group only accepts messages from people in its organization',
    );
  });

  test('several recipients: the overview starts in view, a row each', async () => {
    const pane = await e2e.open(outlook(fixture('addin/dsn-three-recipients.eml')));
    await pane.waitForDiagnoses();
    await pane.page.waitForSelector('[data-testid=overview-row]');
    const box = await pane.page.$eval('[data-testid=overview]', (el) => el.getBoundingClientRect().top);
    expect(box).toBeGreaterThanOrEqual(0);
    expect(box).toBeLessThan(600);
    const rows = await pane.page.$$eval('[data-testid=overview-row]', (els) =>
      els.map((e) => [
        e.getAttribute('data-address'),
        e.getAttribute('data-category'),
        e.getAttribute('data-owner'),
      ]),
    );
    expect(rows).toEqual([
      ['ghost1@example.net', 'recipient-unknown', 'sender'],
      ['ghost2@example.net', 'recipient-unknown', 'sender'],
      ['packrat@example.org', 'mailbox-full', 'recipient'],
    ]);
    await noSeriousAxe(pane);
    expect(await pane.problems()).toEqual([]);
  });
});

describe('"Did you mean ...?" and its resend', () => {
  test.each([
    ['gmial.com', 'sam@gmial.com', 'sam@gmial.com', 'sam@gmail.com'],
    ['hotmial.com', 'sam@hotmial.com', 'sam@hotmial.com', 'sam@hotmail.com'],
    ['outlok.com', 'sam@outlok.com', 'sam@outlok.com', 'sam@outlook.com'],
    [
      'a slip of another recipient’s domain',
      'lee@fabrikan.example',
      'lee@fabrikan.example, kim@fabrikam.example',
      'lee@fabrikam.example',
    ],
  ])('%s', async (_name, failed, to, corrected) => {
    const pane = await e2e.open(outlook(dsn(failed, to)));
    await pane.waitForDiagnoses();
    const suggestion = await pane.page.waitForSelector('[data-testid=suggestion]');
    expect(await suggestion.getAttribute('data-address')).toBe(corrected);
    // The signed-in user sent the original: "You".
    expect(await pane.page.textContent('[data-testid=owner]')).toContain('You must act.');
    await noSeriousAxe(pane);
    await pane.page.click('[data-testid=action-resend]');
    const forms = await pane.forms();
    expect(forms).toHaveLength(1);
    expect(forms[0]?.toRecipients).toEqual([corrected]);
    expect(forms[0]?.subject).toBe('Budget for March');
    expect(forms[0]?.htmlBody).toContain('Here are the numbers for March.');
    expect(await pane.problems()).toEqual([]);
  });

  test('a real domain gets no suggestion and no resend', async () => {
    const pane = await e2e.open(outlook(dsn('sam@example.net', 'sam@example.net')));
    await pane.waitForDiagnoses();
    await pane.page.waitForSelector('[data-testid=fix]');
    expect(await pane.page.$('[data-testid=suggestion]')).toBeNull();
    expect(await pane.page.$('[data-testid=action-resend]')).toBeNull();
  });
});

describe('drafts for the people who can fix it', () => {
  test('an authentication failure: "Email your IT team" with a technical summary', async () => {
    const pane = await e2e.open(outlook(sample('gmail-dmarc.txt')));
    await pane.waitForDiagnoses();
    await pane.page.click('[data-testid=action-email-it]');
    const [form] = await pane.forms();
    expect(form?.htmlBody).toContain('5.7.26');
    expect(await pane.page.$('[data-testid=action-resend]')).toBeNull();
  });

  test('a refusal by the recipient’s rules: "Tell fabrikam.example’s postmaster"', async () => {
    const pane = await e2e.open(outlook(fixture('e2e/m365-report-restricted-group.eml')));
    await pane.waitForDiagnoses();
    await pane.page.click('[data-testid=action-postmaster]');
    const [form] = await pane.forms();
    expect(form?.toRecipients).toEqual(['postmaster@fabrikam.example']);
    expect(form?.htmlBody).toContain('Original Message-ID: &lt;kickoff-1@contoso.example&gt;');
  });
});

test('three bounces dragged onto the pinned pane: one overview row each', async () => {
  const pane = await e2e.open(outlook(fixture('e2e/person-mentions-550.eml')));
  await pane.waitForDiagnoses();
  // The first-run advice leads with pinning and dragging.
  expect(await pane.page.textContent('[data-testid=drop-tip]')).toContain('drag');
  await expect(
    pane.drop([
      { name: 'one.eml', text: sample('exchange-online-recipnotfound.eml') },
      { name: 'two.eml', text: sample('postfix-mailbox-full.eml') },
      { name: 'three.eml', text: fixture('e2e/m365-report-restricted-group.eml') },
    ]),
  ).resolves.toBe(1);
  await pane.page.waitForSelector('[data-testid=overview-row]');
  const rows = await pane.page.$$eval('[data-testid=overview-row]', (els) =>
    els.map((e) => e.getAttribute('data-address')),
  );
  expect(rows.sort()).toEqual([
    'all-engineering@fabrikam.example',
    'jon.doe@fabrikam.example',
    'lee@remote.example',
  ]);
  expect(await pane.page.$$('[data-testid=diagnosis]')).toHaveLength(3);
  const box = await pane.page.$eval('[data-testid=overview]', (el) => el.getBoundingClientRect().top);
  expect(box).toBeLessThan(600);
  await noSeriousAxe(pane);
  expect(await pane.calls()).toContain('addHandlerAsync(olkDragAndDropEvent)');
  expect(await pane.problems()).toEqual([]);
});
