/// <reference types="office-js" />
// Messages dragged onto a pinned pane in Outlook on the web and new Outlook: Outlook raises
// DragAndDropEvent (Mailbox 1.5; office-js-docs-pr, "Drag and drop messages and attachments into
// the task pane"), each dragged message an .eml file Blob, several at once. Classic Outlook on
// Windows and Mac use the HTML drop event instead (the pane's drop zone).
import { officeCall } from './async-result';
import { mailbox, officeGlobal, supportsMailbox } from './office-host';

export interface DroppedFile {
  readonly name: string;
  readonly blob: Blob;
}

interface DropData {
  readonly type?: string;
  readonly dataTransfer?: { readonly files?: readonly { name?: unknown; fileContent?: unknown }[] };
}

function droppedFiles(event: unknown): DroppedFile[] | null {
  const data = (event as { dragAndDropEventData?: DropData } | null)?.dragAndDropEventData;
  if (!data || data.type !== 'drop') return null;
  const out: DroppedFile[] = [];
  for (const f of data.dataTransfer?.files ?? []) {
    if (f.fileContent instanceof Blob)
      out.push({ name: typeof f.name === 'string' && f.name ? f.name : 'message.eml', blob: f.fileContent });
  }
  return out;
}

/** Calls `handler` with the files of every drop; resolves to a function that stops listening. */
export async function onDropFiles(handler: (files: DroppedFile[]) => void): Promise<() => void> {
  const eventType = (officeGlobal()?.EventType as { DragAndDropEvent?: Office.EventType } | undefined)
    ?.DragAndDropEvent;
  const box = mailbox();
  if (!box || !eventType || !supportsMailbox('1.5') || typeof box.addHandlerAsync !== 'function')
    return () => undefined;
  const listener = (event: unknown) => {
    const files = droppedFiles(event);
    if (files && files.length > 0) handler(files);
  };
  const added = await officeCall<void>((cb) => box.addHandlerAsync(eventType, listener, cb));
  if (!added.ok) return () => undefined;
  return () => {
    if (typeof box.removeHandlerAsync === 'function') box.removeHandlerAsync(eventType, () => undefined);
  };
}
