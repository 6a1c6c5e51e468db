// Builds small Outlook .msg files (OLE compound files) for the tests with msgreader's own CFB
// writer, so no binary fixture has to be checked in. Properties as MS-OXMSG names them:
// __substg1.0_<tag><type>, type 001F = UTF-16LE string.
import { burn } from '@kenjiuno/msgreader/lib/Burner';
import { TypeEnum } from '@kenjiuno/msgreader/lib/Reader';

export interface MsgProps {
  readonly subject?: string;
  readonly body?: string;
  readonly headers?: string;
  readonly messageClass?: string;
  readonly senderName?: string;
  readonly senderEmail?: string;
  /** Embedded messages (attachments of type "item"). */
  readonly embedded?: readonly MsgProps[];
}

const TAGS: Readonly<Record<Exclude<keyof MsgProps, 'embedded'>, string>> = {
  subject: '0037',
  body: '1000',
  headers: '007D',
  messageClass: '001A',
  senderName: '0C1A',
  senderEmail: '0C1F',
};

interface Entry {
  name: string;
  type: TypeEnum;
  length: number;
  children?: number[];
  binaryProvider?: () => ArrayLike<number>;
}

function utf16(text: string): Uint8Array {
  return new Uint8Array(Buffer.from(text, 'utf16le'));
}

function addStream(entries: Entry[], parent: number, name: string, data: Uint8Array): void {
  entries[parent]?.children?.push(entries.length);
  entries.push({ name, type: TypeEnum.DOCUMENT, length: data.length, binaryProvider: () => data });
}

function addStorage(entries: Entry[], parent: number, name: string): number {
  const index = entries.length;
  entries[parent]?.children?.push(index);
  entries.push({ name, type: TypeEnum.DIRECTORY, length: 0, children: [] });
  return index;
}

function addMessage(entries: Entry[], parent: number, props: MsgProps): void {
  for (const [key, tag] of Object.entries(TAGS) as [keyof typeof TAGS, string][]) {
    const value = props[key];
    if (value !== undefined) addStream(entries, parent, `__substg1.0_${tag}001F`, utf16(value));
  }
  // The fixed-size property stream; msgreader reads its header even when it holds no property.
  addStream(entries, parent, '__properties_version1.0', new Uint8Array(parent === 0 ? 32 : 24));
  (props.embedded ?? []).forEach((inner, i) => {
    const attach = addStorage(
      entries,
      parent,
      `__attach_version1.0_#${i.toString(16).toUpperCase().padStart(8, '0')}`,
    );
    addStream(entries, attach, '__properties_version1.0', new Uint8Array(8));
    const object = addStorage(entries, attach, '__substg1.0_3701000D');
    addMessage(entries, object, inner);
  });
}

export function buildMsg(props: MsgProps): Uint8Array<ArrayBuffer> {
  const entries: Entry[] = [{ name: 'Root Entry', type: TypeEnum.ROOT, length: 0, children: [] }];
  addMessage(entries, 0, props);
  return new Uint8Array(burn(entries));
}
