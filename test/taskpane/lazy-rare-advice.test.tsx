/** @jest-environment jsdom */
// The advice of the categories few bounces have (src/i18n/advice-rare.ts) is a chunk per language
// in the pane: a bounce of such a category, read in a language other than English, has it loaded
// and is diagnosed again, so the pane shows that language's fix, never a key. An ordinary bounce
// never asks for it; English never needs it. The tests run in order: once loaded, it stays.
import { ja } from '../../src/i18n/advice-rare/ja';
import { loadLanguage, t } from '../../src/i18n';
import { lacksRareAdvice, loadRareAdvice, RARE_ADVICE } from '../../src/i18n/advice-rare';
import { enCatalog } from '../../src/i18n/catalogs/en';
import { analyzeComplete } from '../../src/taskpane/analyze';
import { decide } from '../../src/taskpane/decision';
import { countingEngine, source } from './counting-engine';

afterAll(() => loadLanguage('en'));

describe("rare categories' advice, loaded on demand", () => {
  test('English has every category in its catalog: nothing to load', async () => {
    await loadLanguage('en');
    expect(lacksRareAdvice(['message-too-large'])).toBe(false);
    const load = jest.fn(loadRareAdvice);
    const { diagnose, count } = await countingEngine();
    await analyzeComplete([source('too-large.eml')], diagnose, undefined, undefined, load);
    expect(load).not.toHaveBeenCalled();
    expect(count()).toBe(1);
  });

  test('an ordinary category in Japanese does not ask for it', async () => {
    await loadLanguage('ja');
    const load = jest.fn(loadRareAdvice);
    const { diagnose, count } = await countingEngine();
    const [shown] = await analyzeComplete(
      [source('dsn-user-unknown.eml')],
      diagnose,
      undefined,
      undefined,
      load,
    );
    expect(shown?.diagnosis.recipients[0]?.category).toBe('recipient-unknown');
    expect(load).not.toHaveBeenCalled();
    expect(count()).toBe(1);
  });

  test("when its chunk cannot load, the fix is the category's English, not a key", async () => {
    await loadLanguage('ja');
    const failing = jest.spyOn(RARE_ADVICE, 'ja').mockRejectedValue(new Error('chunk load failed'));
    try {
      const { diagnose } = await countingEngine();
      const [shown] = await analyzeComplete([source('too-large.eml')], diagnose);
      const r = shown?.diagnosis.recipients[0];
      expect(r?.category).toBe('message-too-large');
      expect(failing).toHaveBeenCalledTimes(1);
      expect(r?.remediation.user).toBe(enCatalog['advice.message-too-large.user']);
    } finally {
      failing.mockRestore();
    }
  });

  test('a rare category in Japanese loads it once and shows its Japanese fix', async () => {
    await loadLanguage('ja');
    const first = await countingEngine();
    const [shown] = await analyzeComplete([source('too-large.eml')], first.diagnose);
    expect(first.count()).toBe(2);
    const r = shown?.diagnosis.recipients[0];
    expect(r?.remediation.user).toBe(ja['advice.message-too-large.user']);
    expect(decide(shown!.diagnosis, r!, null, { isSender: false }).fix).toBe(
      ja['advice.message-too-large.user'],
    );
    expect(t('advice.message-too-large.admin')).toBe(ja['advice.message-too-large.admin']);
    // Loaded once: the next one is diagnosed with it at once.
    const next = await countingEngine();
    await analyzeComplete([source('too-large.eml')], next.diagnose);
    expect(next.count()).toBe(1);
  });
});
