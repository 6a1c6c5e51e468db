// Microsoft's rule-specific advice in every shipped language (src/i18n/rule-advice/): an entry for
// every rule id the engine has advice for and for no other, each translated (no English left, as
// the catalog test checks), links left to the engine (Microsoft's own pages), and the table of
// shared pieces in step with the engine's sharing.
import { MICROSOFT_ADVICE } from '../../src/diagnosis/advice/microsoft';
import { CATALOGS } from '../../src/i18n/load';
import { RULE_ADVICE, type RuleAdviceCatalog } from '../../src/i18n/rule-advice';
import { RULE_ADVICE_PIECES } from '../../src/i18n/rule-advice/ids';

const ids = Object.keys(MICROSOFT_ADVICE).sort();
const loaded: [string, RuleAdviceCatalog][] = [];

beforeAll(async () => {
  for (const [lang, load] of Object.entries(RULE_ADVICE)) loaded.push([lang, await load()]);
});

/** Words that show a sentence was left in English; none is a word in the shipped languages ("From",
 *  the header, is kept: it is not here). */
const ENGLISH_WORDS = /\b(?:the|your|you|with|this|that|only|must|cannot|sending|should)\b/i;

test('every language with a catalog has Microsoft’s rule advice too (English: the engine’s own)', () => {
  expect(Object.keys(RULE_ADVICE).sort()).toEqual(
    Object.keys(CATALOGS)
      .filter((lang) => lang !== 'en')
      .sort(),
  );
});

test('the shared pieces cover exactly the rules with advice, and share only equal English', () => {
  expect(Object.keys(RULE_ADVICE_PIECES).sort()).toEqual(ids);
  const english = new Map<string, string>();
  for (const [id, piece] of Object.entries(RULE_ADVICE_PIECES)) {
    const advice = MICROSOFT_ADVICE[id];
    const text = `${advice?.user}\n${advice?.admin}`;
    expect([id, english.get(piece) ?? text]).toEqual([id, text]);
    english.set(piece, text);
  }
  // Two pieces with the same English would be one piece.
  expect(new Set(english.values()).size).toBe(english.size);
});

describe.each(Object.keys(RULE_ADVICE))('%s', (lang) => {
  const catalog = () => loaded.find(([l]) => l === lang)?.[1] ?? {};

  test('an entry for every rule id with advice, none for another id, none empty', () => {
    expect(Object.keys(catalog()).sort()).toEqual(ids);
    const empty = ids.filter((id) => !catalog()[id]?.user.trim() || !catalog()[id]?.admin.trim());
    expect(empty).toEqual([]);
  });

  test('no English left', () => {
    const left = ids.flatMap((id) => {
      const own = catalog()[id];
      const en = MICROSOFT_ADVICE[id];
      return (['user', 'admin'] as const)
        .filter((part) => own?.[part] === en?.[part] || ENGLISH_WORDS.test(own?.[part] ?? ''))
        .map((part) => `${id}.${part}`);
    });
    expect(left).toEqual([]);
  });

  test('no link in the text: the engine’s links to Microsoft are shown as they are', () => {
    const linked = ids.filter((id) => /https?:|learn\.microsoft/.test(JSON.stringify(catalog()[id])));
    expect(linked).toEqual([]);
  });
});

test('the check itself finds an English sentence and a missing id', () => {
  const en = MICROSOFT_ADVICE['exo.5.2.2-mailbox-full'];
  expect(ENGLISH_WORDS.test(en?.user ?? '')).toBe(true);
  expect(ENGLISH_WORDS.test(en?.admin ?? '')).toBe(true);
  const partial: RuleAdviceCatalog = { 'exo.5.2.2-mailbox-full': { user: 'x', admin: 'y' } };
  expect(Object.keys(partial)).not.toEqual(ids);
});
