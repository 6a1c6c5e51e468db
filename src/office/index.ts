// The Office adapter: everything the pane needs from Outlook, as plain values. The UI imports
// this module (or a stand-in in tests) and never calls Office.js itself.
import { openDraftInOutlook, type Draft } from './compose';
import { onDropFiles, type DroppedFile } from './drag-drop';
import { onItemChanged } from './item-changed';
import { officeBodyBackground } from './office-host';
import { readItem } from './read-item';
import type { ItemRead } from './types';

export interface MailHost {
  readItem(): Promise<ItemRead>;
  /** Resolves to an unsubscribe function. */
  onItemChanged(handler: () => void): Promise<() => void>;
  /** The Office theme's background colour, to follow light/dark mode. */
  themeBackground(): string | null;
  /** Messages dragged onto the pane (DragAndDropEvent); resolves to an unsubscribe function. */
  onDropFiles(handler: (files: DroppedFile[]) => void): Promise<() => void>;
  /** Opens a prefilled new message; false when this Outlook can't. */
  openDraft(draft: Draft): boolean;
}

export const outlookHost: MailHost = {
  readItem,
  onItemChanged,
  themeBackground: officeBodyBackground,
  onDropFiles,
  openDraft: openDraftInOutlook,
};

export type { Draft } from './compose';
export type { DroppedFile } from './drag-drop';
export { waitForOffice, type HostInfo } from './ready';
export { officeDisplayLanguage } from './office-host';
export { msgToMime } from './msg-file';
export { isCompoundFile, utf8Bytes } from './bytes';
export { isReportClass } from './read-item';
export type { BounceSource, ItemContext, ItemRead, ReadProblem, ReadVia, SourceOrigin } from './types';
