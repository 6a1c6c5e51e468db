/** @jest-environment jsdom */
// Microsoft's rule-specific advice (advice/microsoft.ts) is a chunk of its own in the pane: a bounce
// whose rule it refines loads it once and is diagnosed again, so that the pane shows the same fix
// as the CLI; other bounces never load it. The tests run in order: once loaded, it stays.
import '@testing-library/jest-dom';
import { analyzeComplete } from '../../src/taskpane/analyze';
import { loadEngine } from '../../src/taskpane/engine';
import { fixture } from '../office/fixtures';

// Counts the first (and only) load of the module; `mock` names may be used in jest.mock factories.
const mockLoads = { advice: 0 };
jest.mock('../../src/diagnosis/advice/microsoft', () => {
  mockLoads.advice++;
  return jest.requireActual('../../src/diagnosis/advice/microsoft');
});

const source = (name: string) => ({
  label: name,
  origin: 'pasted' as const,
  bytes: new TextEncoder().encode(fixture(name)),
});

/** The advice the CLI gives for a rule (requireActual: not counted as the pane's load). */
function advised(rule: string) {
  const { MICROSOFT_ADVICE } = jest.requireActual<typeof import('../../src/diagnosis/advice/microsoft')>(
    '../../src/diagnosis/advice/microsoft',
  );
  return MICROSOFT_ADVICE[rule];
}

describe('rule-specific advice, loaded on demand', () => {
  test('a bounce no Microsoft rule decided is diagnosed without it', async () => {
    const diagnose = await loadEngine();
    const [shown] = await analyzeComplete([source('dsn-user-unknown.eml')], diagnose);
    expect(shown?.diagnosis.recipients[0]?.rule.startsWith('exo.')).toBe(false);
    expect(mockLoads.advice).toBe(0);
  });

  test('when it cannot load, the category advice stands', async () => {
    const diagnose = await loadEngine();
    const failing = () => Promise.reject(new Error('chunk load failed'));
    const [shown] = await analyzeComplete([source('exo-restricted-group.eml')], diagnose, undefined, failing);
    const r = shown?.diagnosis.recipients[0];
    expect(r?.rule).toBe('exo.5.7.1-delivery-not-authorized');
    expect(r?.remediation.user).not.toBe(advised('exo.5.7.1-delivery-not-authorized')?.user);
    expect(mockLoads.advice).toBe(0);
  });

  test('an Exchange bounce loads it once and shows the fix the CLI shows', async () => {
    const diagnose = await loadEngine();
    const [shown] = await analyzeComplete([source('exo-restricted-group.eml')], diagnose);
    expect(mockLoads.advice).toBe(1);
    const advice = advised('exo.5.7.1-delivery-not-authorized');
    expect(advice).toBeDefined();
    expect(shown?.diagnosis.recipients[0]?.remediation).toEqual({
      ...advice,
      links: [...(advice?.links ?? [])],
    });
    // Loaded once: the next Exchange bounce is diagnosed with it at once.
    await analyzeComplete([source('exo-restricted-group.eml')], diagnose);
    expect(mockLoads.advice).toBe(1);
  });
});
