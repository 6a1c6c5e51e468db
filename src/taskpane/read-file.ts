// Files dropped or picked in standalone mode: .eml and .txt go to the engine as bytes, .msg (an
// OLE compound file, whatever its name) through msgreader first.
import { isCompoundFile, msgToMime } from '../office';
import type { BounceSource } from '../office/types';

const MAX_FILE_BYTES = 25 * 1024 * 1024;

function fileBytes(file: Blob): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error ?? new Error('the file could not be read'));
    reader.readAsArrayBuffer(file);
  });
}

/** A picked or dropped file, or a message Outlook dragged onto the pane (a Blob and its name). */
export async function sourceFromFile(
  file: Blob,
  name = file instanceof File ? file.name : 'message.eml',
): Promise<BounceSource> {
  if (file.size > MAX_FILE_BYTES) throw new Error(`${name} is larger than 25 MB; a bounce is much smaller.`);
  if (file.size === 0) throw new Error(`${name} is empty.`);
  const bytes = await fileBytes(file);
  if (isCompoundFile(bytes) || name.toLowerCase().endsWith('.msg')) {
    return { label: name, origin: 'file', bytes: await msgToMime(bytes) };
  }
  return { label: name, origin: 'file', bytes };
}
