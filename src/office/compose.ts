/// <reference types="office-js" />
// A prefilled new message, with ReadItem only: Office.context.mailbox.displayNewMessageForm
// (Mailbox 1.6). Outlook opens the form; nothing is sent until the user sends it.
import { mailbox, supportsMailbox } from './office-host';

export interface Draft {
  readonly to: readonly string[];
  readonly subject: string;
  /** Plain text; escaped here into the HTML body Outlook wants. */
  readonly body: string;
}

/** Message text is hostile: it goes into the form as text, never as markup. */
export function textToHtml(text: string): string {
  const escaped = text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
  return `<div style="font-family: Segoe UI, sans-serif; white-space: pre-wrap">${escaped.split('\n').join('<br>')}</div>`;
}

/** Whether this Outlook can open a prefilled form. */
export function canComposeInOutlook(): boolean {
  const box = mailbox();
  return box !== null && typeof box.displayNewMessageForm === 'function' && supportsMailbox('1.6');
}

/** Opens the form; false when this Outlook can't (the caller falls back). */
export function openDraftInOutlook(draft: Draft): boolean {
  const box = mailbox();
  if (!box || !canComposeInOutlook()) return false;
  try {
    box.displayNewMessageForm({
      toRecipients: [...draft.to],
      subject: draft.subject,
      htmlBody: textToHtml(draft.body),
    });
    return true;
  } catch {
    return false;
  }
}
