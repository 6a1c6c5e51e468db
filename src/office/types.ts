// What the Office adapter hands to the pane: messages to diagnose (as bytes), or a reason the item
// could not be read. Values only; the adapter never touches the UI.

/** Where a message came from: the selected item itself or one of its attachments. */
export type SourceOrigin = 'item' | 'attached-item' | 'eml-file' | 'msg-file' | 'pasted' | 'file';

export interface BounceSource {
  /** Shown to the user: "this message", or the attachment's name. */
  readonly label: string;
  readonly origin: SourceOrigin;
  /** The message as bytes (MIME, or plain text); the engine decodes charsets itself. */
  readonly bytes: Uint8Array;
}

/** How the item itself was read: the whole MIME (Mailbox 1.14), or headers and body (1.8). */
export type ReadVia = 'mime' | 'headers-and-body';

/**
 * no-office: not running inside Outlook. no-item: Outlook gives the pane no item (nothing
 * selected, or a pinned pane moved to a delivery report). restricted: a delivery report
 * (IPM.Report.*) whose content Outlook withholds. unsupported: this Outlook lacks the read APIs.
 * api-error: a read call failed. empty: the calls succeeded but returned nothing.
 */
export type ReadProblem = 'no-office' | 'no-item' | 'restricted' | 'unsupported' | 'api-error' | 'empty';

export interface ItemContext {
  /** The item's message class, e.g. "IPM.Note" or "IPM.Report.NDR". */
  readonly itemClass: string | null;
  readonly subject: string | null;
  /** The signed-in user's address, to tell their own bounces from someone else's. */
  readonly userAddress: string | null;
}

export type ItemRead =
  | {
      readonly ok: true;
      readonly via: ReadVia;
      readonly context: ItemContext;
      /** The item first, then each attached message. */
      readonly sources: readonly BounceSource[];
      /** Attachments that could not be read, in plain words. */
      readonly notes: readonly string[];
    }
  | {
      readonly ok: false;
      readonly problem: ReadProblem;
      readonly detail: string;
      readonly context: ItemContext | null;
    };
