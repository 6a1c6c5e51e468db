// The pane inside Outlook (the stand-in host): one scenario per way a bounce reaches a user,
// each checked through the automation hooks, the Office calls the pane made, and the fence
// (no request beyond loopback, no dialog, no script error, no CSP violation).
import { buildMsg } from '../office/msg-fixture';
import { fixture, sample } from './fixtures';
import { attachedItem, fileAttachment, forwardMessage, messageItem, splitMessage } from './items';
import { DARK_THEME } from './pane';
import { useE2E } from './suite';

const e2e = useE2E();

describe('inside Outlook', () => {
  test('a Microsoft 365 NDR forwarded inline (Mailbox 1.14: the whole message)', async () => {
    const pane = await e2e.open({
      stub: {
        host: 'Outlook',
        mailbox: '1.14',
        items: [messageItem(e2e.server(), fixture('exchange/fw-undeliverable-inline.eml'))],
      },
    });
    expect(await pane.waitForDiagnoses()).toEqual([
      { kind: 'bounce', category: 'recipient-unknown', owner: 'sender' },
    ]);
    expect(await pane.recipients()).toEqual([
      {
        address: 'robin.ash@fabrikam.example',
        status: '5.1.1',
        category: 'recipient-unknown',
        owner: 'sender',
      },
    ]);
    const calls = await pane.calls();
    expect(calls).toContain('getAsFileAsync');
    expect(calls).not.toContain('getAllInternetHeadersAsync');
    expect(await pane.problems()).toEqual([]);
  });

  test('the same with only Mailbox 1.8: headers and body text', async () => {
    const pane = await e2e.open({
      stub: {
        host: 'Outlook',
        mailbox: '1.8',
        items: [messageItem(e2e.server(), fixture('exchange/fw-undeliverable-inline.eml'))],
      },
    });
    expect(await pane.waitForDiagnoses()).toEqual([
      { kind: 'bounce', category: 'recipient-unknown', owner: 'sender' },
    ]);
    expect(await pane.recipients()).toEqual([
      {
        address: 'robin.ash@fabrikam.example',
        status: '5.1.1',
        category: 'recipient-unknown',
        owner: 'sender',
      },
    ]);
    const calls = await pane.calls();
    expect(calls).toEqual(
      expect.arrayContaining([
        'isSetSupported(Mailbox 1.14)',
        'getAllInternetHeadersAsync',
        'body.getAsync(text)',
      ]),
    );
    expect(calls).not.toContain('getAsFileAsync');
    expect(await pane.problems()).toEqual([]);
  });

  test('a bounce forwarded as an attached item', async () => {
    const report = fixture('e2e/m365-report-restricted-group.eml');
    const server = e2e.server();
    const outer = forwardMessage('FW: Undeliverable: Project kickoff', 'See the attached bounce.', [
      { contentType: 'message/rfc822', name: 'Undeliverable: Project kickoff', body: report },
    ]);
    const item = messageItem(server, outer, {
      attachments: [attachedItem(server, 'att-1', 'Undeliverable: Project kickoff', report)],
      bodyText: 'See the attached bounce.',
    });
    const pane = await e2e.open({ stub: { host: 'Outlook', mailbox: '1.14', items: [item] } });
    expect(await pane.waitForDiagnoses()).toEqual([
      { kind: 'bounce', category: 'recipient-policy', owner: 'recipient-admin' },
    ]);
    expect(await pane.recipients()).toEqual([
      {
        address: 'all-engineering@fabrikam.example',
        status: '5.7.1',
        category: 'recipient-policy',
        owner: 'recipient-admin',
      },
    ]);
    expect(await pane.calls()).toContain('getAttachmentContentAsync(att-1)');
    expect(await pane.problems()).toEqual([]);
  });

  test('a .msg attachment (read by the lazily loaded .msg reader)', async () => {
    const server = e2e.server();
    const { headers, body } = splitMessage(fixture('e2e/sendmail-too-large.txt'));
    const msg = buildMsg({
      subject: 'Returned mail: see transcript for details',
      headers,
      body,
      messageClass: 'IPM.Note',
      senderName: 'Mail Delivery Subsystem',
      senderEmail: 'MAILER-DAEMON@mx.example.net',
    });
    const outer = forwardMessage('FW: Returned mail', 'This came back, see attached.', [
      {
        contentType: 'application/vnd.ms-outlook',
        name: 'Returned mail.msg',
        body: Buffer.from(msg).toString('base64'),
        base64: true,
      },
    ]);
    const item = messageItem(server, outer, {
      attachments: [
        fileAttachment(server, 'att-msg', 'Returned mail.msg', 'application/vnd.ms-outlook', msg),
      ],
      bodyText: 'This came back, see attached.',
    });
    const pane = await e2e.open({ stub: { host: 'Outlook', mailbox: '1.14', items: [item] } });
    expect(await pane.waitForDiagnoses()).toEqual([
      { kind: 'bounce', category: 'message-too-large', owner: 'sender' },
    ]);
    expect(await pane.recipients()).toEqual([
      { address: 'quinn@example.net', status: '5.3.4', category: 'message-too-large', owner: 'sender' },
    ]);
    expect(await pane.calls()).toContain('getAttachmentContentAsync(att-msg)');
    expect(await pane.problems()).toEqual([]);
  });

  test.each([
    [
      'a Gmail bounce',
      () => fixture('gmail/classic-user-unknown.eml'),
      {
        address: 'robin.nobody@example.org',
        status: '5.1.1',
        category: 'recipient-unknown',
        owner: 'sender',
      },
    ],
    [
      'a Postfix bounce',
      () => sample('postfix-mailbox-full.eml'),
      { address: 'lee@remote.example', status: '5.2.2', category: 'mailbox-full', owner: 'recipient' },
    ],
  ])('%s', async (_name, message, recipient) => {
    const pane = await e2e.open({
      stub: { host: 'Outlook', mailbox: '1.14', items: [messageItem(e2e.server(), message())] },
    });
    expect(await pane.waitForDiagnoses()).toEqual([
      { kind: 'bounce', category: recipient.category, owner: recipient.owner },
    ]);
    expect(await pane.recipients()).toEqual([recipient]);
    expect(await pane.problems()).toEqual([]);
  });

  test('two recipients with different causes', async () => {
    const pane = await e2e.open({
      stub: {
        host: 'Outlook',
        mailbox: '1.14',
        items: [messageItem(e2e.server(), fixture('postfix/two-recipients.eml'))],
      },
    });
    const [diagnosis] = await pane.waitForDiagnoses();
    expect(diagnosis?.kind).toBe('bounce');
    expect(await pane.recipients()).toEqual(
      expect.arrayContaining([
        {
          address: 'ben.missing@example.net',
          status: '5.1.1',
          category: 'recipient-unknown',
          owner: 'sender',
        },
        { address: 'carla@example.org', status: '5.2.2', category: 'mailbox-full', owner: 'recipient' },
      ]),
    );
    // One group per cause, each with its own owner.
    const groups = await pane.page.$$eval('[data-testid=cause-group]', (els) =>
      els.map((e) => `${e.getAttribute('data-category')}/${e.getAttribute('data-owner')}`),
    );
    expect(groups.sort()).toEqual(['mailbox-full/recipient', 'recipient-unknown/sender']);
    expect(await pane.problems()).toEqual([]);
  });

  test('a delay: a calm state, still retrying', async () => {
    const pane = await e2e.open({
      stub: {
        host: 'Outlook',
        mailbox: '1.14',
        items: [messageItem(e2e.server(), fixture('addin/delay.eml'))],
      },
    });
    expect(await pane.waitForDiagnoses()).toEqual([
      { kind: 'delay', category: 'recipient-system', owner: 'recipient-admin' },
    ]);
    expect(await pane.recipients()).toEqual([
      {
        address: 'slow@example.org',
        status: '4.4.1',
        category: 'recipient-system',
        owner: 'recipient-admin',
      },
    ]);
    await expect(pane.page.locator('[data-testid=calm-state]').isVisible()).resolves.toBe(true);
    expect(await pane.problems()).toEqual([]);
  });

  test('an out-of-office reply', async () => {
    const pane = await e2e.open({
      stub: {
        host: 'Outlook',
        mailbox: '1.14',
        items: [messageItem(e2e.server(), fixture('addin/auto-reply.eml'))],
      },
    });
    expect(await pane.waitForDiagnoses()).toEqual([{ kind: 'auto-reply', category: '', owner: '' }]);
    expect(await pane.recipients()).toEqual([]);
    await expect(pane.page.locator('[data-testid=calm-state]').isVisible()).resolves.toBe(true);
    expect(await pane.problems()).toEqual([]);
  });

  test('a person\'s mail that mentions "550 5.1.1" is not a bounce', async () => {
    const pane = await e2e.open({
      stub: {
        host: 'Outlook',
        mailbox: '1.14',
        items: [messageItem(e2e.server(), fixture('e2e/person-mentions-550.eml'))],
      },
    });
    expect(await pane.waitForDiagnoses()).toEqual([{ kind: 'not-a-bounce', category: '', owner: '' }]);
    expect(await pane.recipients()).toEqual([]);
    // Nothing found in the item: the paste box is offered right away.
    await expect(pane.page.locator('[data-testid=paste-input]').isVisible()).resolves.toBe(true);
    expect(await pane.problems()).toEqual([]);
  });

  test('a restricted item (every item call fails): guidance and the paste box, which works', async () => {
    const item = messageItem(e2e.server(), sample('exchange-online-recipnotfound.eml'), {
      itemClass: 'IPM.Report.NDR',
      restricted: true,
    });
    const pane = await e2e.open({ stub: { host: 'Outlook', mailbox: '1.14', items: [item] } });
    await pane.page.waitForSelector('[data-testid=read-problem]');
    expect(await pane.diagnoses()).toEqual([]);
    const calls = await pane.calls();
    expect(calls).toEqual(expect.arrayContaining(['getAsFileAsync', 'getAllInternetHeadersAsync']));
    await pane.page.fill('[data-testid=paste-input]', fixture('addin/text-bounce-body.txt'));
    await pane.page.click('[data-testid=diagnose-button]');
    expect(await pane.waitForDiagnoses()).toEqual([
      { kind: 'bounce', category: 'recipient-unknown', owner: 'sender' },
    ]);
    expect(await pane.recipients()).toEqual([
      { address: 'lost@example.org', status: '5.1.1', category: 'recipient-unknown', owner: 'sender' },
    ]);
    expect(await pane.problems()).toEqual([]);
  });

  test('the pinned pane follows the selection (ItemChanged)', async () => {
    const server = e2e.server();
    const items = [
      messageItem(server, fixture('gmail/classic-user-unknown.eml')),
      messageItem(server, sample('postfix-mailbox-full.eml')),
      messageItem(server, fixture('addin/plain-note.eml')),
    ];
    const pane = await e2e.open({ stub: { host: 'Outlook', mailbox: '1.14', items } });
    expect(await pane.waitForDiagnoses()).toEqual([
      { kind: 'bounce', category: 'recipient-unknown', owner: 'sender' },
    ]);
    expect(await pane.calls()).toContain('addHandlerAsync(olkItemSelectedChanged)');

    await pane.select(1);
    await pane.page.waitForSelector('[data-testid=diagnosis][data-category=mailbox-full]');
    expect(await pane.diagnoses()).toEqual([
      { kind: 'bounce', category: 'mailbox-full', owner: 'recipient' },
    ]);
    expect(await pane.recipients()).toEqual([
      { address: 'lee@remote.example', status: '5.2.2', category: 'mailbox-full', owner: 'recipient' },
    ]);

    await pane.select(2);
    await pane.page.waitForSelector('[data-testid=diagnosis][data-kind=not-a-bounce]');
    expect(await pane.diagnoses()).toEqual([{ kind: 'not-a-bounce', category: '', owner: '' }]);
    expect((await pane.calls()).filter((c) => c === 'getAsFileAsync')).toHaveLength(3);
    expect(await pane.problems()).toEqual([]);
  });

  test('dark theme: follows the Office theme', async () => {
    const pane = await e2e.open({
      stub: {
        host: 'Outlook',
        mailbox: '1.14',
        theme: DARK_THEME,
        items: [messageItem(e2e.server(), sample('gmail-dmarc.txt'))],
      },
    });
    expect(await pane.waitForDiagnoses()).toEqual([
      { kind: 'bounce', category: 'auth-failed', owner: 'sender-admin' },
    ]);
    expect(await pane.recipients()).toEqual([
      { address: 'sam@example.net', status: '5.7.26', category: 'auth-failed', owner: 'sender-admin' },
    ]);
    const look = await pane.page.evaluate(() => {
      const provider = document.querySelector('.fui-FluentProvider');
      const style = provider ? getComputedStyle(provider) : null;
      return {
        scheme: document.documentElement.style.colorScheme,
        background: style?.backgroundColor ?? '',
        color: style?.color ?? '',
      };
    });
    expect(look.scheme).toBe('dark');
    expect(luminance(look.background)).toBeLessThan(0.1);
    expect(luminance(look.color)).toBeGreaterThan(0.7);
    expect(await pane.problems()).toEqual([]);
  });
});

/** Relative luminance of a computed "rgb(r, g, b)" colour. */
function luminance(rgb: string): number {
  const parts = rgb
    .slice(rgb.indexOf('(') + 1, rgb.indexOf(')'))
    .split(',')
    .map((p) => Number(p.trim()) / 255);
  const lin = (c: number) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  const [r = 0, g = 0, b = 0] = parts.map(lin);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
