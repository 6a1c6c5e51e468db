/// <reference types="office-js" />
// The one place that finds Office.js. Outside Office (standalone pane, demo, tests without a
// mock) the global is missing and everything here answers "nothing".

// The manifest activates the pane on messages in read mode only.
export type MailboxItem = Office.MessageRead;

export function officeGlobal(): typeof Office | null {
  const g = globalThis as { Office?: typeof Office };
  return g.Office ?? null;
}

export function mailbox(): Office.Mailbox | null {
  return officeGlobal()?.context?.mailbox ?? null;
}

/** The item the pane shows, or null (nothing selected, or an item Outlook withholds). */
export function currentItem(): MailboxItem | null {
  return mailbox()?.item ?? null;
}

/** Mailbox requirement set check; false when the host cannot say. */
export function supportsMailbox(version: string): boolean {
  const requirements = officeGlobal()?.context?.requirements;
  if (!requirements || typeof requirements.isSetSupported !== 'function') return false;
  try {
    return requirements.isSetSupported('Mailbox', version);
  } catch {
    return false;
  }
}

export function userAddress(): string | null {
  const address = mailbox()?.userProfile?.emailAddress;
  return typeof address === 'string' && address.length > 0 ? address : null;
}

/** Outlook's UI language (Office.context.displayLanguage, e.g. "de-DE"), when the host says. */
export function officeDisplayLanguage(): string | null {
  const lang = officeGlobal()?.context?.displayLanguage;
  return typeof lang === 'string' && lang.length > 0 ? lang : null;
}

/** The Office theme's body background, e.g. "#1f1f1f" in dark mode, when the host shares it. */
export function officeBodyBackground(): string | null {
  try {
    const color = officeGlobal()?.context?.officeTheme?.bodyBackgroundColor;
    return typeof color === 'string' && color.length > 0 ? color : null;
  } catch {
    return null; // some hosts throw on officeTheme instead of leaving it undefined
  }
}
