// The Office adapter against office-addin-mock, one test per read path: Mailbox 1.14 (whole
// MIME), 1.8 only (headers and body), attached items, .eml and .msg attachments, restricted
// items and Outlook errors.
import { diagnose } from '../../src/diagnosis';
import { readItem } from '../../src/office/read-item';
import { analyzeSources } from '../../src/taskpane/analyze';
import { fixture } from './fixtures';
import { buildMsg } from './msg-fixture';
import {
  installOutlook,
  SETS_114,
  SETS_18,
  toBase64,
  uninstallOutlook,
  type MockAttachment,
} from './outlook-mock';

afterEach(uninstallOutlook);

const text = (bytes: Uint8Array) => Buffer.from(bytes).toString('utf8');
/** The Mailbox 1.8 view of the text bounce fixture: its headers and its body, apart. */
const textBounce = () => ({
  headers: fixture('text-bounce-headers.txt'),
  body: fixture('text-bounce-body.txt'),
});
const firstRecipient = (bytes: Uint8Array) => diagnose(bytes).recipients[0];

function attachment(
  over: Partial<MockAttachment> & Pick<MockAttachment, 'id' | 'name' | 'content'>,
): MockAttachment {
  return {
    attachmentType: 'file',
    contentType: 'application/octet-stream',
    size: 2000,
    isInline: false,
    ...over,
  };
}

describe('readItem', () => {
  test('outside Office: no-office', async () => {
    const read = await readItem();
    expect(read).toMatchObject({ ok: false, problem: 'no-office' });
  });

  test('Mailbox 1.14: the whole message through getAsFileAsync', async () => {
    const eml = fixture('dsn-user-unknown.eml');
    const outlook = installOutlook({
      sets: SETS_114,
      item: { file: { base64: toBase64(eml) }, headers: 'unused', body: 'unused' },
    });
    const read = await readItem();
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.via).toBe('mime');
    expect(outlook.calls).toEqual(['getAsFileAsync']);
    expect(read.sources).toHaveLength(1);
    expect(text(read.sources[0]!.bytes)).toBe(eml);
    expect(read.context.userAddress).toBe('alice@example.com');
    expect(firstRecipient(read.sources[0]!.bytes)).toMatchObject({
      address: 'nobody@example.net',
      status: '5.1.1',
      category: 'recipient-unknown',
      owner: 'sender',
    });
  });

  test('Mailbox 1.8 only: headers and body put back together, no getAsFileAsync', async () => {
    const outlook = installOutlook({
      sets: SETS_18,
      item: {
        file: { base64: 'should not be used' },
        ...textBounce(),
      },
    });
    const read = await readItem();
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.via).toBe('headers-and-body');
    expect(outlook.calls).toEqual(['getAllInternetHeadersAsync', 'body.getAsync']);
    const composed = text(read.sources[0]!.bytes);
    // The original multipart Content-Type is gone: the body is plain text now.
    expect(composed).not.toContain('multipart/report');
    expect(composed).toContain('Subject: Undelivered Mail Returned to Sender');
    const d = diagnose(read.sources[0]!.bytes);
    expect(d.kind).toBe('bounce');
    expect(d.recipients[0]).toMatchObject({
      address: 'lost@example.org',
      status: '5.1.1',
      category: 'recipient-unknown',
    });
  });

  test('Mailbox 1.8 only: a delivery-status part listed as an attachment is added back', async () => {
    const dsn = [
      'Reporting-MTA: dns; mail.example.com',
      '',
      'Final-Recipient: rfc822; full@example.org',
      'Action: failed',
      'Status: 5.2.2',
      'Diagnostic-Code: smtp; 552 5.2.2 mailbox full',
      '',
    ].join('\r\n');
    installOutlook({
      sets: SETS_18,
      item: {
        headers: fixture('text-bounce-headers.txt'),
        body: 'Your message could not be delivered.',
        attachments: [
          attachment({
            id: 'ds',
            name: 'details.txt',
            contentType: 'message/delivery-status',
            content: { format: 'base64', content: toBase64(dsn) },
          }),
        ],
      },
    });
    const read = await readItem();
    if (!read.ok) throw new Error(read.detail);
    expect(text(read.sources[0]!.bytes)).toContain('multipart/report; report-type=delivery-status');
    expect(firstRecipient(read.sources[0]!.bytes)).toMatchObject({
      address: 'full@example.org',
      status: '5.2.2',
      category: 'mailbox-full',
      owner: 'recipient',
    });
  });

  test('Mailbox 1.8 only: the returned message, an attached item, is added back', async () => {
    // Gmail's "Send mail as" notice names the recipient only in the returned message's To.
    const returned = [
      'From: Pat Sender <pat@example.com>',
      'To: board@example.org',
      'Subject: Quarterly numbers',
      'Date: Tue, 04 Mar 2025 09:12:00 +0000',
      '',
      'Agenda attached.',
      '',
    ].join('\r\n');
    const outlook = installOutlook({
      sets: SETS_18,
      item: {
        headers: [
          'From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>',
          'To: pat@example.com',
          'Subject: Delivery Status Notification (Failure)',
          '',
        ].join('\r\n'),
        body: [
          '** Message not delivered **',
          '',
          "You're sending this from a different address or alias using the 'Send mail as' feature.",
          '',
        ].join('\r\n'),
        attachments: [
          attachment({
            id: 'orig',
            name: 'Quarterly numbers',
            attachmentType: 'item',
            contentType: 'message/rfc822',
            content: { format: 'eml', content: returned },
          }),
        ],
      },
    });
    const read = await readItem();
    if (!read.ok) throw new Error(read.detail);
    expect(read.via).toBe('headers-and-body');
    expect(outlook.calls).toContain('getAttachmentContentAsync:orig');
    expect(text(read.sources[0]!.bytes)).toContain('Content-Type: message/rfc822');
    expect(firstRecipient(read.sources[0]!.bytes)).toMatchObject({ address: 'board@example.org' });
  });

  test('1.14 failing falls back to 1.8', async () => {
    const outlook = installOutlook({
      sets: SETS_114,
      item: {
        file: { error: 'Internal error' },
        ...textBounce(),
      },
    });
    const read = await readItem();
    expect(read).toMatchObject({ ok: true, via: 'headers-and-body' });
    expect(outlook.calls).toEqual(['getAsFileAsync', 'getAllInternetHeadersAsync', 'body.getAsync']);
  });

  test('empty headers (Sent Items quirk) become headers from the item itself', async () => {
    installOutlook({
      sets: SETS_18,
      item: { subject: 'Undeliverable: Lunch', headers: '', body: fixture('text-bounce-body.txt') },
    });
    const read = await readItem();
    if (!read.ok) throw new Error(read.detail);
    expect(text(read.sources[0]!.bytes)).toContain('Subject: Undeliverable: Lunch');
  });

  test('an attached item (a bounce forwarded as attachment), Eml format', async () => {
    const outlook = installOutlook({
      sets: SETS_114,
      item: {
        subject: 'FW: Undelivered Mail Returned to Sender',
        file: { base64: toBase64(fixture('plain-note.eml')) },
        attachments: [
          attachment({
            id: 'att1',
            name: 'Undelivered Mail Returned to Sender',
            attachmentType: 'item',
            contentType: 'message/rfc822',
            content: { format: 'eml', content: fixture('dsn-user-unknown.eml') },
          }),
        ],
      },
    });
    const read = await readItem();
    if (!read.ok) throw new Error(read.detail);
    expect(outlook.calls).toContain('getAttachmentContentAsync:att1');
    expect(read.sources.map((s) => s.origin)).toEqual(['item', 'attached-item']);
    const shown = analyzeSources(read.sources, (bytes) => diagnose(bytes));
    expect(shown).toHaveLength(1);
    expect(shown[0]!.source.origin).toBe('attached-item');
    expect(shown[0]!.diagnosis.recipients[0]?.address).toBe('nobody@example.net');
  });

  test('a forward carrying several bounces shows each of them', async () => {
    installOutlook({
      sets: SETS_114,
      item: {
        file: { base64: toBase64(fixture('plain-note.eml')) },
        attachments: [
          attachment({
            id: 'a',
            name: 'first.eml',
            contentType: 'message/rfc822',
            content: { format: 'base64', content: toBase64(fixture('dsn-user-unknown.eml')) },
          }),
          attachment({
            id: 'b',
            name: 'second',
            attachmentType: 'item',
            content: { format: 'eml', content: fixture('dmarc-reject.eml') },
          }),
          attachment({
            id: 'c',
            name: 'photo.jpg',
            contentType: 'image/jpeg',
            content: { format: 'base64', content: 'AAAA' },
          }),
        ],
      },
    });
    const read = await readItem();
    if (!read.ok) throw new Error(read.detail);
    const shown = analyzeSources(read.sources, (bytes) => diagnose(bytes));
    expect(shown.map((m) => m.source.label)).toEqual(['first.eml', 'second']);
    expect(shown.map((m) => m.diagnosis.recipients[0]?.category)).toEqual([
      'recipient-unknown',
      'auth-failed',
    ]);
  });

  test('a .msg file attachment goes through msgreader', async () => {
    const msg = buildMsg({
      subject: 'Undelivered Mail Returned to Sender',
      messageClass: 'IPM.Note',
      headers: fixture('text-bounce-headers.txt') + '\r\n',
      body: fixture('text-bounce-body.txt'),
    });
    installOutlook({
      sets: SETS_114,
      item: {
        file: { base64: toBase64(fixture('plain-note.eml')) },
        attachments: [
          attachment({
            id: 'm',
            name: 'bounce.msg',
            contentType: 'application/vnd.ms-outlook',
            content: { format: 'base64', content: toBase64(msg) },
          }),
        ],
      },
    });
    const read = await readItem();
    if (!read.ok) throw new Error(read.detail);
    const source = read.sources.find((s) => s.origin === 'msg-file');
    expect(source).toBeDefined();
    const d = diagnose(source!.bytes);
    expect(d.kind).toBe('bounce');
    expect(d.recipients[0]).toMatchObject({ address: 'lost@example.org', category: 'recipient-unknown' });
  });

  test('an unreadable attachment is a note, not a failure', async () => {
    installOutlook({
      sets: SETS_114,
      item: {
        file: { base64: toBase64(fixture('dsn-user-unknown.eml')) },
        attachments: [
          attachment({
            id: 'x',
            name: 'broken.msg',
            content: { format: 'base64', content: toBase64('not an OLE file at all') },
          }),
          attachment({ id: 'y', name: 'gone.eml', content: { error: 'The attachment was removed' } }),
        ],
      },
    });
    const read = await readItem();
    if (!read.ok) throw new Error(read.detail);
    expect(read.sources).toHaveLength(1);
    expect(read.notes).toHaveLength(2);
    expect(read.notes[1]).toContain('gone.eml');
  });

  test('a delivery report (IPM.Report.*) whose calls fail: restricted', async () => {
    installOutlook({
      sets: SETS_114,
      item: {
        itemClass: 'IPM.Report.NDR',
        file: { error: 'Restricted item' },
        headers: { error: 'Restricted item' },
        body: { error: 'Restricted item' },
      },
    });
    const read = await readItem();
    expect(read).toMatchObject({
      ok: false,
      problem: 'restricted',
      context: { itemClass: 'IPM.Report.NDR' },
    });
  });

  test('an ordinary message whose calls fail: api-error with Outlook’s words', async () => {
    installOutlook({
      sets: SETS_114,
      item: { file: { error: 'Internal error' }, headers: { error: 'Mailbox busy' }, body: 'x' },
    });
    const read = await readItem();
    expect(read).toMatchObject({ ok: false, problem: 'api-error' });
    if (read.ok) return;
    expect(read.detail).toContain('Internal error');
    expect(read.detail).toContain('Mailbox busy');
  });

  test('no item (nothing selected, or a pinned pane on a report): no-item', async () => {
    installOutlook({ sets: SETS_114, item: null });
    expect(await readItem()).toMatchObject({ ok: false, problem: 'no-item' });
  });

  test('an Outlook without Mailbox 1.8 (mobile): unsupported', async () => {
    installOutlook({ sets: ['1.1', '1.5'], item: { file: { base64: toBase64('x') } } });
    expect(await readItem()).toMatchObject({ ok: false, problem: 'unsupported' });
  });
});
