// Office.onReady outside and inside Outlook, and the ItemChanged subscription.
import { onItemChanged } from '../../src/office/item-changed';
import { waitForOffice } from '../../src/office/ready';
import { installOutlook, SETS_114, uninstallOutlook } from './outlook-mock';

afterEach(uninstallOutlook);

test('no office.js at all (offline, blocked CDN): standalone', async () => {
  expect(await waitForOffice()).toEqual({ host: null });
});

test('office.js outside Office resolves with host null: standalone', async () => {
  (globalThis as { Office?: unknown }).Office = {
    onReady: () => Promise.resolve({ host: null, platform: null }),
  };
  expect(await waitForOffice()).toEqual({ host: null });
});

test('inside Outlook', async () => {
  (globalThis as { Office?: unknown }).Office = {
    onReady: () => Promise.resolve({ host: 'Outlook', platform: 'OfficeOnline' }),
  };
  expect(await waitForOffice()).toEqual({ host: 'outlook' });
});

test('an onReady that never settles times out into standalone', async () => {
  (globalThis as { Office?: unknown }).Office = { onReady: () => new Promise(() => undefined) };
  expect(await waitForOffice(20)).toEqual({ host: null });
});

test('ItemChanged: subscribe, receive, unsubscribe', async () => {
  const outlook = installOutlook({ sets: SETS_114, item: null });
  let changes = 0;
  const stop = await onItemChanged(() => changes++);
  outlook.changeItem(null);
  expect(changes).toBe(1);
  stop();
  outlook.changeItem(null);
  expect(changes).toBe(1);
  expect(outlook.calls).toEqual([
    'addHandlerAsync:olkItemSelectedChanged',
    'removeHandlerAsync:olkItemSelectedChanged',
  ]);
});

test('ItemChanged outside Office is a no-op', async () => {
  const stop = await onItemChanged(() => undefined);
  expect(() => stop()).not.toThrow();
});
