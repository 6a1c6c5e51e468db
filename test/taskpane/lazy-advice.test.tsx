/** @jest-environment jsdom */
// Microsoft's rule-specific advice (advice/microsoft.ts) is a chunk of its own in the pane: a bounce
// whose rule it refines has it loaded once and is diagnosed again, so that the pane shows the same
// fix as the CLI; other bounces never ask for it. The tests run in order: once loaded, it stays.
// (That the chunk is apart from the engine's in the build is test/addin/bundle-budget.test.ts's.)
import '@testing-library/jest-dom';
import { MICROSOFT_ADVICE } from '../../src/diagnosis/advice/microsoft';
import { analyzeComplete } from '../../src/taskpane/analyze';
import { loadRuleAdvice } from '../../src/taskpane/engine';
import { countingEngine, source } from './counting-engine';

describe('rule-specific advice, loaded on demand', () => {
  test('a bounce no Microsoft rule decided is diagnosed once, without asking for it', async () => {
    const { diagnose, count } = await countingEngine();
    const load = jest.fn(loadRuleAdvice);
    const [shown] = await analyzeComplete([source('dsn-user-unknown.eml')], diagnose, undefined, load);
    expect(shown?.diagnosis.recipients[0]?.rule.startsWith('exo.')).toBe(false);
    expect(load).not.toHaveBeenCalled();
    expect(count()).toBe(1);
  });

  test('when it cannot load, the category advice stands', async () => {
    const { diagnose, count } = await countingEngine();
    const failing = jest.fn(() => Promise.reject(new Error('chunk load failed')));
    const [shown] = await analyzeComplete([source('exo-restricted-group.eml')], diagnose, undefined, failing);
    const r = shown?.diagnosis.recipients[0];
    expect(r?.rule).toBe('exo.5.7.1-delivery-not-authorized');
    expect(r?.remediation.user).not.toBe(MICROSOFT_ADVICE['exo.5.7.1-delivery-not-authorized']?.user);
    expect(failing).toHaveBeenCalledTimes(1);
    expect(count()).toBe(1);
  });

  test('an Exchange bounce loads it once and shows the fix the CLI shows', async () => {
    const first = await countingEngine();
    const [shown] = await analyzeComplete([source('exo-restricted-group.eml')], first.diagnose);
    // Diagnosed without the advice, then again with it.
    expect(first.count()).toBe(2);
    const advice = MICROSOFT_ADVICE['exo.5.7.1-delivery-not-authorized'];
    expect(advice).toBeDefined();
    expect(shown?.diagnosis.recipients[0]?.remediation).toEqual({
      ...advice,
      links: [...(advice?.links ?? [])],
    });
    // Loaded once: the next Exchange bounce is diagnosed with it at once.
    const next = await countingEngine();
    const [again] = await analyzeComplete([source('exo-restricted-group.eml')], next.diagnose);
    expect(next.count()).toBe(1);
    expect(again?.diagnosis.recipients[0]?.remediation).toEqual(shown?.diagnosis.recipients[0]?.remediation);
  });
});
