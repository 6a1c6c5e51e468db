/// <reference types="office-js" />
// A pinned pane stays open while the user selects other messages: Outlook raises ItemChanged
// (Mailbox 1.5) and the pane reads the new item. Outlook does not raise it when the selection
// moves to a delivery report (office-js #974); the pane then still shows the previous item.
import { officeCall } from './async-result';
import { mailbox, officeGlobal } from './office-host';

/** Calls `handler` on every item change; resolves to a function that stops listening. */
export async function onItemChanged(handler: () => void): Promise<() => void> {
  const office = officeGlobal();
  const box = mailbox();
  const eventType = office?.EventType?.ItemChanged;
  if (!box || !eventType || typeof box.addHandlerAsync !== 'function') return () => undefined;
  const added = await officeCall<void>((cb) => box.addHandlerAsync(eventType, handler, cb));
  if (!added.ok) return () => undefined;
  return () => {
    if (typeof box.removeHandlerAsync === 'function') box.removeHandlerAsync(eventType, () => undefined);
  };
}
