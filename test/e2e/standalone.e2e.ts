// The pane outside Outlook (office.js loaded in a plain browser tab: onReady says host null):
// paste, drop a file, pick a file.
import { expectBounce, expectTwoRecipients, TOO_LARGE, tooLargeMsg } from './expected';
import { fixture, sample } from './fixtures';
import { useE2E } from './suite';

const e2e = useE2E();

describe('standalone', () => {
  test('paste a bounce', async () => {
    const pane = await e2e.open({ stub: { host: null } });
    await pane.page.waitForSelector('[data-testid=paste-input]');
    expect(await pane.diagnoses()).toEqual([]);
    await pane.page.fill('[data-testid=paste-input]', sample('exchange-online-recipnotfound.eml'));
    await pane.page.click('[data-testid=diagnose-button]');
    await expectBounce(pane, {
      address: 'jon.doe@fabrikam.example',
      status: '5.1.1',
      category: 'recipient-unknown',
      owner: 'sender',
    });
    // Outside Outlook the pane never asks for an item.
    expect((await pane.calls()).filter((c) => c.startsWith('get'))).toEqual([]);
    expect(await pane.problems()).toEqual([]);
  });

  test('drop a .eml file on the drop zone', async () => {
    const pane = await e2e.open({ stub: { host: null } });
    await pane.page.waitForSelector('[data-testid=drop-zone]');
    const dataTransfer = await pane.page.evaluateHandle((text) => {
      const dt = new DataTransfer();
      dt.items.add(new File([text], 'two-recipients.eml', { type: 'message/rfc822' }));
      return dt;
    }, fixture('postfix/two-recipients.eml'));
    await pane.page.dispatchEvent('[data-testid=drop-zone]', 'dragover', { dataTransfer });
    await pane.page.dispatchEvent('[data-testid=drop-zone]', 'drop', { dataTransfer });
    await expectTwoRecipients(pane);
    expect(await pane.problems()).toEqual([]);
  });

  test('pick a .msg file', async () => {
    const pane = await e2e.open({ stub: { host: null } });
    const msg = tooLargeMsg();
    await pane.page.setInputFiles('[data-testid=file-input]', {
      name: 'Returned mail.msg',
      mimeType: 'application/vnd.ms-outlook',
      buffer: Buffer.from(msg),
    });
    await expectBounce(pane, TOO_LARGE);
    expect(await pane.problems()).toEqual([]);
  });
});
