/** @jest-environment jsdom */
// The offline manifest check of `npm test`: our own rules on manifest.xml (read with the DOM's
// XML parser), then the unified-manifest schema check of scripts/validate-manifest-offline.mjs
// (office-addin-manifest-converter + the JSON schema bundled with office-addin-manifest). The
// online check is `npm run validate`.
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

const root = path.join(__dirname, '..', '..');
const xml = fs.readFileSync(path.join(root, 'manifest.xml'), 'utf8');
const doc = new DOMParser().parseFromString(xml, 'application/xml');

const all = (name: string) => [...doc.getElementsByTagNameNS('*', name)];
const one = (name: string) => {
  const found = all(name);
  expect(found).toHaveLength(1);
  return found[0] as Element;
};
const XSI = 'http://www.w3.org/2001/XMLSchema-instance';

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): [number, number] {
  const b = fs.readFileSync(file);
  expect(b.subarray(1, 4).toString('latin1')).toBe('PNG');
  return [b.readUInt32BE(16), b.readUInt32BE(20)];
}

function assetFor(url: string): string {
  const prefix = 'https://localhost:3000/';
  expect(url.startsWith(prefix)).toBe(true);
  return path.join(root, url.slice(prefix.length));
}

describe('manifest.xml', () => {
  test('is well-formed XML', () => {
    expect(all('parsererror')).toHaveLength(0);
    expect(doc.documentElement.localName).toBe('OfficeApp');
  });

  test('is a mail add-in with a GUID id', () => {
    expect(doc.documentElement.getAttributeNS(XSI, 'type')).toBe('MailApp');
    expect(one('Id').textContent).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(all('Host').map((h) => h.getAttribute('Name') ?? h.getAttributeNS(XSI, 'type'))).toEqual([
      'Mailbox',
      'MailHost',
    ]);
  });

  // The languages of issue 12: what Outlook shows before the pane opens speaks the user's language.
  const LOCALES = ['de-DE', 'fr-FR', 'es-ES', 'pt-BR', 'it-IT', 'nl-NL', 'ja-JP', 'zh-CN', 'ko-KR'];
  test.each([
    ['the description', () => doc.documentElement.getElementsByTagNameNS('*', 'Description')[0]],
    ['the button label', () => all('String').find((s) => s.getAttribute('id') === 'TaskpaneButton.Label')],
    [
      'the button tooltip',
      () => all('String').find((s) => s.getAttribute('id') === 'TaskpaneButton.Tooltip'),
    ],
  ])('%s has an Override for every language, each translated', (_what, element) => {
    const el = element() as Element;
    const english = el.getAttribute('DefaultValue') ?? '';
    const overrides = [...el.getElementsByTagNameNS('*', 'Override')];
    expect(overrides.map((o) => o.getAttribute('Locale'))).toEqual(LOCALES);
    for (const o of overrides) {
      const value = o.getAttribute('Value') ?? '';
      expect(value.trim().length).toBeGreaterThan(0);
      expect(value).not.toBe(english);
      // The unified manifest's short description holds 80 characters (the offline check below).
      expect(value.length).toBeLessThanOrEqual(el.localName === 'Description' ? 80 : 250);
    }
  });

  test('asks for ReadItem and nothing more', () => {
    expect(one('Permissions').textContent?.trim()).toBe('ReadItem');
  });

  test('requires Mailbox 1.8', () => {
    const set = all('Set').find((s) => s.getAttribute('Name') === 'Mailbox' && s.hasAttribute('MinVersion'));
    expect(set?.getAttribute('MinVersion')).toBe('1.8');
    const overrides = all('Sets').find((s) => s.hasAttribute('DefaultMinVersion'));
    expect(overrides?.getAttribute('DefaultMinVersion')).toBe('1.8');
  });

  test('activates on messages in read mode, with a pinnable task pane button', () => {
    const rule = all('Rule').find((r) => r.getAttributeNS(XSI, 'type') === 'ItemIs');
    expect(rule?.getAttribute('ItemType')).toBe('Message');
    expect(rule?.getAttribute('FormType')).toBe('Read');
    expect(one('ExtensionPoint').getAttributeNS(XSI, 'type')).toBe('MessageReadCommandSurface');
    expect(one('Action').getAttributeNS(XSI, 'type')).toBe('ShowTaskpane');
    expect(one('SupportsPinning').textContent).toBe('true');
  });

  test('every URL is https and points at the pane’s own host', () => {
    const urls = [...xml.matchAll(/DefaultValue="(https?:[^"]*)"/g)].map((m) => m[1] as string);
    expect(urls.length).toBeGreaterThan(5);
    for (const url of urls) expect(url.startsWith('https://localhost:3000/')).toBe(true);
  });

  test('every resid names a resource', () => {
    const ids = new Set(
      [...doc.getElementsByTagNameNS('*', 'Resources')].flatMap((r) =>
        [...r.querySelectorAll('*')].map((e) => e.getAttribute('id')),
      ),
    );
    const refs = [...doc.querySelectorAll('*')]
      .map((e) => e.getAttribute('resid'))
      .filter((r): r is string => r !== null);
    expect(refs.length).toBeGreaterThan(0);
    for (const ref of refs) expect(ids.has(ref)).toBe(true);
  });

  test('icons exist at 16, 32, 64, 80 and 128 px with the pixel size they claim', () => {
    expect(pngSize(assetFor(one('IconUrl').getAttribute('DefaultValue') ?? ''))).toEqual([64, 64]);
    expect(pngSize(assetFor(one('HighResolutionIconUrl').getAttribute('DefaultValue') ?? ''))).toEqual([
      128, 128,
    ]);
    const images = new Map(
      all('Image')
        .filter((i) => i.hasAttribute('id'))
        .map((i) => [i.getAttribute('id'), i.getAttribute('DefaultValue') ?? '']),
    );
    const sizes = all('Image').filter((i) => i.hasAttribute('size'));
    expect(sizes.map((i) => i.getAttribute('size'))).toEqual(['16', '32', '80']);
    for (const img of sizes) {
      const n = Number(img.getAttribute('size'));
      expect(pngSize(assetFor(images.get(img.getAttribute('resid')) ?? ''))).toEqual([n, n]);
    }
    for (const n of [16, 32, 64, 80, 128])
      expect(pngSize(path.join(root, 'assets', `icon-${n}.png`))).toEqual([n, n]);
  });

  test('the task pane and support pages named in the manifest exist in the sources', () => {
    expect(fs.existsSync(path.join(root, 'src/taskpane/taskpane.html'))).toBe(true);
    expect(fs.existsSync(path.join(root, 'src/taskpane/support.html'))).toBe(true);
  });

  test('converts to a unified manifest that passes the bundled JSON schema', () => {
    let out: string;
    try {
      out = execFileSync(
        process.execPath,
        [path.join(root, 'scripts/validate-manifest-offline.mjs'), path.join(root, 'manifest.xml')],
        { encoding: 'utf8', timeout: 60_000 },
      );
    } catch (e) {
      out = String((e as { stdout?: string }).stdout ?? e);
    }
    const result = JSON.parse(out.trim().split('\n').pop() ?? '{}') as {
      ok: boolean;
      errors: string[];
      permissions?: { resourceSpecific: { name: string }[] };
    };
    expect(result.errors).toEqual([]);
    expect(result.ok).toBe(true);
    expect(result.permissions?.resourceSpecific.map((p) => p.name)).toEqual(['MailboxItem.Read.User']);
  });
});
