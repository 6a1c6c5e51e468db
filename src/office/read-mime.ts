/// <reference types="office-js" />
// Mailbox 1.14: item.getAsFileAsync hands over the whole message as Base64 of its .eml; the best
// input there is, with every header and part as sent.
import { officeCall, type Outcome } from './async-result';
import { base64Bytes } from './bytes';
import type { MailboxItem } from './office-host';

export async function readWholeMessage(item: MailboxItem): Promise<Outcome<Uint8Array>> {
  if (typeof item.getAsFileAsync !== 'function')
    return { ok: false, error: 'getAsFileAsync is not available' };
  const result = await officeCall<string>((cb) => item.getAsFileAsync(cb));
  if (!result.ok) return result;
  const bytes = base64Bytes(result.value);
  if (!bytes) return { ok: false, error: 'getAsFileAsync returned data that is not Base64' };
  if (bytes.length === 0) return { ok: false, error: 'getAsFileAsync returned an empty message' };
  return { ok: true, value: bytes };
}
