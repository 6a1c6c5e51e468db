// The pane inside Outlook (the stand-in host): one scenario per way a bounce reaches a user,
// each checked through the automation hooks, the Office calls the pane made, and the fence
// (no request beyond loopback, no dialog, no script error, no CSP violation).
import { expectBounce, expectTwoRecipients, TOO_LARGE, tooLargeMsg } from './expected';
import { fixture, sample } from './fixtures';
import { attachedItem, fileAttachment, forwardMessage, messageItem, type ItemSpec } from './items';
import { DARK_THEME, type PaneOptions, type RecipientHook, type StubConfig } from './pane';
import type { PaneServer } from './server';
import { useE2E } from './suite';

const e2e = useE2E();

/** The stand-in Outlook showing `items` (the first selected). */
function outlook(items: readonly ItemSpec[], more: Omit<StubConfig, 'host' | 'items'> = {}): PaneOptions {
  return { stub: { host: 'Outlook', mailbox: '1.14', ...more, items } };
}

/** One selected item, read from a single message: the row's item and what the pane must show. */
interface Scenario {
  readonly name: string;
  readonly mailbox?: StubConfig['mailbox'];
  readonly item: (server: PaneServer) => ItemSpec;
  readonly kind: string;
  /** The failed recipients; the one diagnosis takes its category and owner from the first. */
  readonly recipients: readonly RecipientHook[];
  /** Office calls the pane must have made, and must not have. */
  readonly calls?: readonly string[];
  readonly notCalls?: readonly string[];
  /** A test id that must be visible once diagnosed. */
  readonly visible?: string;
  /** Who the pane says must act, when not the first recipient's owner (a delay: nobody). */
  readonly acts?: string;
}

const UNKNOWN_ROBIN: RecipientHook = {
  address: 'robin.ash@fabrikam.example',
  status: '5.1.1',
  category: 'recipient-unknown',
  owner: 'sender',
};
const GMAIL_UNKNOWN: RecipientHook = {
  address: 'robin.nobody@example.org',
  status: '5.1.1',
  category: 'recipient-unknown',
  owner: 'sender',
};
const POSTFIX_FULL: RecipientHook = {
  address: 'lee@remote.example',
  status: '5.2.2',
  category: 'mailbox-full',
  owner: 'recipient',
};
const REPORT_SUBJECT = 'Undeliverable: Project kickoff';

const scenarios: readonly Scenario[] = [
  {
    name: 'a Microsoft 365 NDR forwarded inline (Mailbox 1.14: the whole message)',
    item: (server) => messageItem(server, fixture('exchange/fw-undeliverable-inline.eml')),
    kind: 'bounce',
    recipients: [UNKNOWN_ROBIN],
    calls: ['getAsFileAsync'],
    notCalls: ['getAllInternetHeadersAsync'],
  },
  {
    name: 'the same with only Mailbox 1.8: headers and body text',
    mailbox: '1.8',
    item: (server) => messageItem(server, fixture('exchange/fw-undeliverable-inline.eml')),
    kind: 'bounce',
    recipients: [UNKNOWN_ROBIN],
    calls: ['isSetSupported(Mailbox 1.14)', 'getAllInternetHeadersAsync', 'body.getAsync(text)'],
    notCalls: ['getAsFileAsync'],
  },
  {
    name: 'a bounce forwarded as an attached item',
    item: (server) => {
      const report = fixture('e2e/m365-report-restricted-group.eml');
      const outer = forwardMessage(`FW: ${REPORT_SUBJECT}`, 'See the attached bounce.', [
        { contentType: 'message/rfc822', name: REPORT_SUBJECT, body: report },
      ]);
      return messageItem(server, outer, {
        attachments: [attachedItem(server, 'att-1', REPORT_SUBJECT, report)],
        bodyText: 'See the attached bounce.',
      });
    },
    kind: 'bounce',
    recipients: [
      {
        address: 'all-engineering@fabrikam.example',
        status: '5.7.1',
        category: 'recipient-policy',
        owner: 'recipient-admin',
      },
    ],
    calls: ['getAttachmentContentAsync(att-1)'],
  },
  {
    name: 'a .msg attachment (read by the lazily loaded .msg reader)',
    item: (server) => {
      const msg = tooLargeMsg({
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
      return messageItem(server, outer, {
        attachments: [
          fileAttachment(server, 'att-msg', 'Returned mail.msg', 'application/vnd.ms-outlook', msg),
        ],
        bodyText: 'This came back, see attached.',
      });
    },
    kind: 'bounce',
    recipients: [TOO_LARGE],
    calls: ['getAttachmentContentAsync(att-msg)'],
  },
  {
    name: 'a Gmail bounce',
    item: (server) => messageItem(server, fixture('gmail/classic-user-unknown.eml')),
    kind: 'bounce',
    recipients: [GMAIL_UNKNOWN],
  },
  {
    name: 'a Postfix bounce',
    item: (server) => messageItem(server, sample('postfix-mailbox-full.eml')),
    kind: 'bounce',
    recipients: [POSTFIX_FULL],
  },
  {
    name: 'a delay: a calm state, still retrying',
    item: (server) => messageItem(server, fixture('addin/delay.eml')),
    kind: 'delay',
    recipients: [
      {
        address: 'slow@example.org',
        status: '4.4.1',
        category: 'recipient-system',
        owner: 'recipient-admin',
      },
    ],
    // Still being retried: nobody needs to act, and the fix says so.
    acts: 'none',
    visible: 'fix',
  },
  {
    name: 'an out-of-office reply',
    item: (server) => messageItem(server, fixture('addin/auto-reply.eml')),
    kind: 'auto-reply',
    recipients: [],
    visible: 'calm-state',
  },
  {
    name: 'a person\'s mail that mentions "550 5.1.1" is not a bounce',
    item: (server) => messageItem(server, fixture('e2e/person-mentions-550.eml')),
    kind: 'not-a-bounce',
    recipients: [],
    // Nothing found in the item: the paste box is offered right away.
    visible: 'paste-input',
  },
];

describe('inside Outlook', () => {
  test.each(scenarios)('$name', async (row) => {
    const mailbox = row.mailbox ?? '1.14';
    const pane = await e2e.open(outlook([row.item(e2e.server())], { mailbox }));
    const [first] = row.recipients;
    expect(await pane.waitForDiagnoses()).toEqual([
      { kind: row.kind, category: first?.category ?? '', owner: row.acts ?? first?.owner ?? '' },
    ]);
    expect(await pane.recipients()).toEqual(row.recipients);
    const calls = await pane.calls();
    expect(calls).toEqual(expect.arrayContaining([...(row.calls ?? [])]));
    for (const call of row.notCalls ?? []) expect(calls).not.toContain(call);
    if (row.visible !== undefined)
      await expect(pane.page.locator(`[data-testid=${row.visible}]`).isVisible()).resolves.toBe(true);
    expect(await pane.problems()).toEqual([]);
  });

  test('two recipients with different causes', async () => {
    const pane = await e2e.open(outlook([messageItem(e2e.server(), fixture('postfix/two-recipients.eml'))]));
    await expectTwoRecipients(pane);
    // One group per cause, each with its own owner.
    const groups = await pane.page.$$eval('[data-testid=cause-group]', (els) =>
      els.map((e) => `${e.getAttribute('data-category')}/${e.getAttribute('data-owner')}`),
    );
    expect(groups.sort()).toEqual(['mailbox-full/recipient', 'recipient-unknown/sender']);
    expect(await pane.problems()).toEqual([]);
  });

  test('a restricted item (every item call fails): guidance and the paste box, which works', async () => {
    const item = messageItem(e2e.server(), sample('exchange-online-recipnotfound.eml'), {
      itemClass: 'IPM.Report.NDR',
      restricted: true,
    });
    const pane = await e2e.open(outlook([item]));
    await pane.page.waitForSelector('[data-testid=read-problem]');
    expect(await pane.diagnoses()).toEqual([]);
    const calls = await pane.calls();
    expect(calls).toEqual(expect.arrayContaining(['getAsFileAsync', 'getAllInternetHeadersAsync']));
    await pane.page.fill('[data-testid=paste-input]', fixture('addin/text-bounce-body.txt'));
    await pane.page.click('[data-testid=diagnose-button]');
    await expectBounce(pane, {
      address: 'lost@example.org',
      status: '5.1.1',
      category: 'recipient-unknown',
      owner: 'sender',
    });
    expect(await pane.problems()).toEqual([]);
  });

  test('the pinned pane follows the selection (ItemChanged)', async () => {
    const server = e2e.server();
    const items = [
      messageItem(server, fixture('gmail/classic-user-unknown.eml')),
      messageItem(server, sample('postfix-mailbox-full.eml')),
      messageItem(server, fixture('addin/plain-note.eml')),
    ];
    const pane = await e2e.open(outlook(items));
    expect(await pane.waitForDiagnoses()).toEqual([
      { kind: 'bounce', category: 'recipient-unknown', owner: 'sender' },
    ]);
    expect(await pane.calls()).toContain('addHandlerAsync(olkItemSelectedChanged)');

    await pane.select(1);
    await pane.page.waitForSelector('[data-testid=diagnosis][data-category=mailbox-full]');
    expect(await pane.diagnoses()).toEqual([
      { kind: 'bounce', category: 'mailbox-full', owner: 'recipient' },
    ]);
    expect(await pane.recipients()).toEqual([POSTFIX_FULL]);

    await pane.select(2);
    await pane.page.waitForSelector('[data-testid=diagnosis][data-kind=not-a-bounce]');
    expect(await pane.diagnoses()).toEqual([{ kind: 'not-a-bounce', category: '', owner: '' }]);
    expect((await pane.calls()).filter((c) => c === 'getAsFileAsync')).toHaveLength(3);
    expect(await pane.problems()).toEqual([]);
  });

  test('dark theme: follows the Office theme', async () => {
    const pane = await e2e.open(
      outlook([messageItem(e2e.server(), sample('gmail-dmarc.txt'))], { theme: DARK_THEME }),
    );
    await expectBounce(pane, {
      address: 'sam@example.net',
      status: '5.7.26',
      category: 'auth-failed',
      owner: 'sender-admin',
    });
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
