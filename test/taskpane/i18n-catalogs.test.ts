// Every shipped catalog: complete (every English key), the same placeholders as English, plural
// forms in pairs, and translated (no English sentence left but names, codes and a short list of
// words that are the same in that language).
import { CATALOGS } from '../../src/i18n/load';
import { enCatalog, type Catalog, type MessageKey } from '../../src/i18n/catalogs/en';
import { CLI_CATALOGS } from '../../src/i18n/cli-catalogs';
import { cli } from '../../src/i18n/cli-catalogs/en';
import { LANGUAGES } from '../../src/i18n/language';
import { RARE_ADVICE, RARE_ADVICE_CATEGORIES } from '../../src/i18n/advice-rare';

/** The whole English catalog: the pane's strings, the per-category advice (the engine's) and the
 *  CLI's own output. */
const en = { ...enCatalog, ...cli } as Readonly<Record<MessageKey, string>>;

const placeholders = (text: string) => [...text.matchAll(/\{([A-Za-z]+)\}/g)].map((m) => m[1]).sort();
const keys = Object.keys(en) as MessageKey[];

/** Values a translation may share with English: names, codes, and words spelled alike. */
const SAME_AS_ENGLISH: ReadonlySet<string> = new Set([
  'Bounce Lens',
  'Status',
  'Admin',
  'admin',
  'Documentation',
  'Dokumentation',
  ' (must act)',
  '--- {index} of {total}: {label} ---',
  '{who}: {title}; {acts}.',
  'Recipient',
  'Message-ID',
]);

/** Words that are the same in one language and English, allowed in that language only: the
 *  natural word there, not a leftover. */
const SAME_IN: Readonly<Record<string, ReadonlySet<string>>> = {
  es: new Set(['error']),
  it: new Set(['File: {label}', 'Provider']),
  nl: new Set(['Provider']),
};

/** Keys whose English text is only a layout of placeholders and punctuation. */
const LAYOUT_ONLY: ReadonlySet<MessageKey> = new Set<MessageKey>([
  'verdict.line',
  'copy.partOf',
  'cli.summary.withKinds',
  'cli.summary.separator',
  'cli.summary.sentence',
]);

const loaded: [string, Catalog][] = [];

beforeAll(async () => {
  for (const [lang, load] of Object.entries(CATALOGS))
    if (lang !== 'en') {
      const cliWords = CLI_CATALOGS[lang as keyof typeof CLI_CATALOGS];
      loaded.push([lang, { ...(await load()), ...(cliWords ? await cliWords() : {}) }]);
    }
});

test("the CLI's output ships in the same languages as the pane, and the pane's catalogs leave it out", async () => {
  expect(Object.keys(CLI_CATALOGS).sort()).toEqual(Object.keys(CATALOGS).sort());
  for (const load of Object.values(CATALOGS))
    expect(Object.keys(await load()).filter((k) => k.startsWith('cli.'))).toEqual([]);
});

test("the rare categories' advice is in its own chunk per language, not in the pane's catalogs", async () => {
  const rareKeys = [...RARE_ADVICE_CATEGORIES]
    .flatMap((c) => ['summary', 'user', 'admin'].map((part) => `advice.${c}.${part}`))
    .sort();
  expect(Object.keys(RARE_ADVICE).sort()).toEqual(
    Object.keys(CATALOGS)
      .filter((l) => l !== 'en')
      .sort(),
  );
  for (const [lang, load] of Object.entries(RARE_ADVICE)) {
    expect([lang, Object.keys(await load()).sort()]).toEqual([lang, rareKeys]);
    const own = await (CATALOGS[lang as keyof typeof CATALOGS] as () => Promise<Catalog>)();
    expect([lang, Object.keys(own).filter((k) => rareKeys.includes(k))]).toEqual([lang, []]);
  }
});

test('English, at least German and Japanese ship, and only languages the issue names', () => {
  expect(Object.keys(CATALOGS)).toEqual(expect.arrayContaining(['en', 'de', 'ja']));
  for (const lang of Object.keys(CATALOGS)) expect(LANGUAGES).toContain(lang);
});

test('every catalog has every key, and no key English lacks', () => {
  for (const [lang, catalog] of loaded) {
    expect([lang, keys.filter((k) => typeof catalog[k] !== 'string' || catalog[k] === '')]).toEqual([
      lang,
      [],
    ]);
    expect([lang, Object.keys(catalog).filter((k) => !(k in en))]).toEqual([lang, []]);
  }
});

test('every translation has the placeholders of the English text', () => {
  for (const [lang, catalog] of loaded) {
    const wrong = keys.filter((k) => {
      const text = catalog[k];
      return text !== undefined && placeholders(text).join() !== placeholders(en[k]).join();
    });
    expect([lang, wrong]).toEqual([lang, []]);
  }
});

test('no English text is left in a translated catalog', () => {
  for (const [lang, catalog] of loaded) {
    const english = keys.filter(
      (k) =>
        !LAYOUT_ONLY.has(k) &&
        catalog[k] === en[k] &&
        !SAME_AS_ENGLISH.has(en[k]) &&
        !SAME_IN[lang]?.has(en[k]),
    );
    expect([lang, english]).toEqual([lang, []]);
  }
});

test('the check itself finds a missing key, a lost placeholder and an untranslated sentence', () => {
  const broken: Catalog = { 'actions.resendTo': 'Erneut senden', 'actions.resend': 'Send again' };
  expect(keys.filter((k) => broken[k] === undefined).length).toBe(keys.length - 2);
  expect(placeholders(broken['actions.resendTo'] ?? '')).not.toEqual(placeholders(en['actions.resendTo']));
  expect(broken['actions.resend']).toBe(en['actions.resend']);
});
