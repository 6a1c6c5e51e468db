// An Outlook for the adapter tests, built with office-addin-mock (host "outlook"): requirement
// sets, the selected item with its async read calls, the user's profile, and the ItemChanged
// handler list. Each test says which calls succeed and what they return.
import { OfficeMockObject } from 'office-addin-mock';

export type Callback<T> = (result: {
  status: string;
  value: T;
  error?: { name: string; message: string; code: number };
}) => void;

export interface MockAttachment {
  readonly id: string;
  readonly name: string;
  readonly attachmentType: 'file' | 'item' | 'cloud';
  readonly contentType: string;
  readonly size: number;
  readonly isInline: boolean;
  /** What getAttachmentContentAsync returns for it. */
  readonly content: { format: 'base64' | 'eml' | 'url'; content: string } | { error: string };
}

export interface MockItem {
  readonly itemClass?: string;
  readonly subject?: string;
  /** Base64 of the whole message for getAsFileAsync, or an error message. */
  readonly file?: { base64: string } | { error: string };
  readonly headers?: string | { error: string };
  readonly body?: string | { error: string };
  readonly attachments?: readonly MockAttachment[];
}

export interface MockOutlook {
  readonly office: unknown;
  /** Calls every registered ItemChanged handler (a pinned pane moved to another message). */
  changeItem(item: MockItem | null): void;
  readonly calls: string[];
}

function ok<T>(value: T) {
  return { status: 'succeeded', value };
}

function failed(message: string) {
  return { status: 'failed', value: undefined, error: { name: 'GenericResponseError', message, code: 9020 } };
}

export function toBase64(text: string | Uint8Array): string {
  return Buffer.from(typeof text === 'string' ? Buffer.from(text, 'utf8') : text).toString('base64');
}

/** Builds the mock and installs it as the global Office; returns handles for the test. */
export function installOutlook(options: {
  sets: readonly string[];
  item: MockItem | null;
  user?: string;
}): MockOutlook {
  const calls: string[] = [];
  const handlers: (() => void)[] = [];
  const supported = new Set(options.sets);

  const itemObject = (item: MockItem) => ({
    itemClass: item.itemClass ?? 'IPM.Note',
    subject: item.subject ?? 'A message',
    attachments: [...(item.attachments ?? [])].map(({ content: _content, ...details }) => details),
    getAsFileAsync(cb: Callback<string>) {
      calls.push('getAsFileAsync');
      const f = item.file ?? { error: 'no file' };
      cb('base64' in f ? ok(f.base64) : (failed(f.error) as never));
    },
    getAllInternetHeadersAsync(cb: Callback<string>) {
      calls.push('getAllInternetHeadersAsync');
      const h = item.headers ?? '';
      cb(typeof h === 'string' ? ok(h) : (failed(h.error) as never));
    },
    body: {
      getAsync(_type: string, cb: Callback<string>) {
        calls.push('body.getAsync');
        const b = item.body ?? '';
        cb(typeof b === 'string' ? ok(b) : (failed(b.error) as never));
      },
    },
    getAttachmentContentAsync(id: string, cb: Callback<{ format: string; content: string }>) {
      calls.push(`getAttachmentContentAsync:${id}`);
      const att = (item.attachments ?? []).find((a) => a.id === id);
      if (!att) return cb(failed('no such attachment') as never);
      cb('error' in att.content ? (failed(att.content.error) as never) : ok(att.content));
    },
  });

  const mock = new OfficeMockObject({
    host: 'outlook',
    AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
    EventType: { ItemChanged: 'olkItemSelectedChanged' },
    context: {
      requirements: {
        isSetSupported(name: string, version: string) {
          return name === 'Mailbox' && supported.has(version);
        },
      },
      mailbox: {
        userProfile: { emailAddress: options.user ?? 'alice@example.com', displayName: 'Alice Example' },
        addHandlerAsync(type: string, handler: () => void, cb?: Callback<void>) {
          calls.push(`addHandlerAsync:${type}`);
          handlers.push(handler);
          cb?.(ok(undefined));
        },
        removeHandlerAsync(type: string) {
          calls.push(`removeHandlerAsync:${type}`);
          handlers.length = 0;
        },
      },
    },
  });
  const office = mock as unknown as { context: { mailbox: { item: unknown } } };
  // office-addin-mock turns plain objects into mock objects but cannot hold null: set the item
  // by hand.
  office.context.mailbox.item = options.item ? itemObject(options.item) : null;
  (globalThis as { Office?: unknown }).Office = office;
  return {
    office,
    calls,
    changeItem(item) {
      office.context.mailbox.item = item ? itemObject(item) : null;
      for (const h of handlers) h();
    },
  };
}

export function uninstallOutlook(): void {
  delete (globalThis as { Office?: unknown }).Office;
}

/** Every set up to 1.14, or up to 1.8 only. */
export const SETS_114 = [
  '1.1',
  '1.2',
  '1.3',
  '1.4',
  '1.5',
  '1.6',
  '1.7',
  '1.8',
  '1.9',
  '1.10',
  '1.11',
  '1.12',
  '1.13',
  '1.14',
];
export const SETS_18 = ['1.1', '1.2', '1.3', '1.4', '1.5', '1.6', '1.7', '1.8'];
