// The Office adapter: everything the pane needs from Outlook, as plain values. The UI imports
// this module (or a stand-in in tests) and never calls Office.js itself.
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
}

export const outlookHost: MailHost = {
  readItem,
  onItemChanged,
  themeBackground: officeBodyBackground,
};

export { waitForOffice, type HostInfo } from './ready';
export { msgToMime } from './msg-file';
export { isCompoundFile, utf8Bytes } from './bytes';
export { isReportClass } from './read-item';
export type { BounceSource, ItemContext, ItemRead, ReadProblem, ReadVia, SourceOrigin } from './types';
