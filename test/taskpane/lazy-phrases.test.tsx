/** @jest-environment jsdom */
// The rule table's phrases few bounces have (src/diagnosis/rules/rare-phrases.ts) are a chunk of
// their own in the pane, with the words of other languages that have letters past ASCII
// (src/diagnosis/text/localized.ts): a bounce whose words show the sign of one has them loaded once and is
// diagnosed again, so that the pane shows what the CLI shows; an ordinary bounce never asks for
// them. The tests run in order: once loaded, they stay. (That the chunk is apart from the engine's
// in the build is test/addin/bundle-budget.test.ts's; that a text without the sign is classified
// the same either way is test/engine/rare-phrases.test.ts's.)
import '@testing-library/jest-dom';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { diagnose as cliDiagnose } from '../../src/diagnosis';
import { analyzeComplete } from '../../src/taskpane/analyze';
import { loadRarePhrases } from '../../src/taskpane/engine';
import { countingEngine, source } from './counting-engine';

const SUPPRESSED = fs.readFileSync(path.join(__dirname, '../fixtures/amazon-ses/suppressed.eml'));
const suppressed = { label: 'ses', origin: 'pasted' as const, bytes: new Uint8Array(SUPPRESSED) };
const noLoad = () => Promise.resolve(false);
const noFormats = () => Promise.resolve();

describe("the rule table's phrases few bounces have, loaded on demand", () => {
  test('an ordinary bounce is diagnosed once, without asking for them', async () => {
    const { diagnose, count } = await countingEngine();
    const load = jest.fn(loadRarePhrases);
    const [shown] = await analyzeComplete(
      [source('dsn-user-unknown.eml')],
      diagnose,
      undefined,
      noLoad,
      noLoad,
      noFormats,
      load,
    );
    expect(shown?.diagnosis.recipients[0]?.category).toBe('recipient-unknown');
    expect(load).not.toHaveBeenCalled();
    expect(count()).toBe(1);
  });

  test('when they cannot load, the recipient is classified by the other phrases', async () => {
    const { diagnose, count } = await countingEngine();
    const failing = jest.fn(() => Promise.reject(new Error('chunk load failed')));
    const [shown] = await analyzeComplete(
      [suppressed],
      diagnose,
      undefined,
      noLoad,
      noLoad,
      noFormats,
      failing,
    );
    expect(failing).toHaveBeenCalledTimes(1);
    expect(count()).toBe(1);
    expect(shown?.diagnosis.recipients.length).toBeGreaterThan(0);
    expect(shown?.diagnosis.recipients[0]?.category).not.toBe('suppressed');
    // The pane says so (test/taskpane/reader-missing.test.tsx).
    expect(shown?.phrasesMissing).toBe(true);
  });

  test("Amazon SES's suppression-list notice loads them once and shows what the CLI shows", async () => {
    const expected = cliDiagnose(SUPPRESSED);
    expect(expected.recipients.map((r) => r.category)).toEqual(['suppressed']);
    const first = await countingEngine();
    const [shown] = await analyzeComplete([suppressed], first.diagnose, undefined, noLoad, noLoad, noFormats);
    // Diagnosed without the phrases, then again with them.
    expect(first.count()).toBe(2);
    expect(shown?.phrasesMissing).toBeUndefined();
    expect(shown?.diagnosis.recipients.map((r) => [r.address, r.category, r.rule])).toEqual(
      expected.recipients.map((r) => [r.address, r.category, r.rule]),
    );
    // Loaded once: the next one is read at once.
    const next = await countingEngine();
    const load = jest.fn(loadRarePhrases);
    await analyzeComplete([suppressed], next.diagnose, undefined, noLoad, noLoad, noFormats, load);
    expect(load).not.toHaveBeenCalled();
    expect(next.count()).toBe(1);
  });

  test("a Polish forward of a bounce (its 'Wiadomość oryginalna' block) is read as the CLI reads it", async () => {
    const bytes = fs.readFileSync(
      path.join(
        __dirname,
        '../fixtures/variants/forward-langs/01-outlook-pl-wiadomosc-oryginalna-user-unknown.eml',
      ),
    );
    const expected = cliDiagnose(bytes);
    expect(expected.recipients.map((r) => r.category)).toEqual(['recipient-unknown']);
    const polish = { label: 'pl', origin: 'pasted' as const, bytes: new Uint8Array(bytes) };
    const { diagnose } = await countingEngine();
    const [shown] = await analyzeComplete([polish], diagnose, undefined, noLoad, noLoad, noFormats);
    expect(shown?.diagnosis.kind).toBe('bounce');
    expect(shown?.diagnosis.recipients.map((r) => [r.address, r.category, r.rule])).toEqual(
      expected.recipients.map((r) => [r.address, r.category, r.rule]),
    );
  });
});
