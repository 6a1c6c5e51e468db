/** @jest-environment jsdom */
// The readers of rare formats (src/diagnosis/formats/on-demand.ts) are a chunk of their own in the
// pane: a bounce that shows the sign of one has them loaded once and is diagnosed again, so that
// the pane shows what the CLI shows; an ordinary bounce never asks for them. The tests run in
// order: once loaded, they stay. (That the chunk is apart from the engine's in the build is
// test/addin/bundle-budget.test.ts's; that every message reads the same either way is
// test/engine/on-demand-formats.test.ts's.)
import '@testing-library/jest-dom';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { diagnose as cliDiagnose } from '../../src/diagnosis';
import { analyzeComplete } from '../../src/taskpane/analyze';
import { loadFormatReaders } from '../../src/taskpane/engine';
import { countingEngine, source } from './counting-engine';

const GROUPWISE = fs.readFileSync(path.join(__dirname, '../fixtures/groupwise/user-not-found.eml'));
const groupwise = { label: 'groupwise', origin: 'pasted' as const, bytes: new Uint8Array(GROUPWISE) };
const noLoad = () => Promise.resolve(false);

describe('the readers of rare formats, loaded on demand', () => {
  test('an ordinary bounce is diagnosed once, without asking for them', async () => {
    const { diagnose, count } = await countingEngine();
    const load = jest.fn(loadFormatReaders);
    const [shown] = await analyzeComplete(
      [source('dsn-user-unknown.eml')],
      diagnose,
      undefined,
      noLoad,
      noLoad,
      load,
    );
    expect(shown?.diagnosis.recipients[0]?.category).toBe('recipient-unknown');
    expect(load).not.toHaveBeenCalled();
    expect(count()).toBe(1);
  });

  test('when they cannot load, the message is read as the other recognizers read it', async () => {
    const { diagnose, count } = await countingEngine();
    const failing = jest.fn(() => Promise.reject(new Error('chunk load failed')));
    const [shown] = await analyzeComplete([groupwise], diagnose, undefined, noLoad, noLoad, failing);
    expect(failing).toHaveBeenCalledTimes(1);
    expect(count()).toBe(1);
    expect(shown?.diagnosis.format).not.toBe('groupwise');
    // The pane says so (test/taskpane/reader-missing.test.tsx).
    expect(shown?.readerMissing).toBe(true);
  });

  test('a GroupWise notice loads them once and shows what the CLI shows', async () => {
    const expected = cliDiagnose(GROUPWISE);
    expect(expected.format).toBe('groupwise');
    const first = await countingEngine();
    const [shown] = await analyzeComplete([groupwise], first.diagnose, undefined, noLoad, noLoad);
    // Diagnosed without the readers, then again with them.
    expect(first.count()).toBe(2);
    expect(shown?.diagnosis.format).toBe('groupwise');
    expect(shown?.readerMissing).toBeUndefined();
    expect(shown?.diagnosis.recipients.map((r) => [r.address, r.category, r.status])).toEqual(
      expected.recipients.map((r) => [r.address, r.category, r.status]),
    );
    // Loaded once: the next one is read at once.
    const next = await countingEngine();
    const load = jest.fn(loadFormatReaders);
    await analyzeComplete([groupwise], next.diagnose, undefined, noLoad, noLoad, load);
    expect(load).not.toHaveBeenCalled();
    expect(next.count()).toBe(1);
  });
});
