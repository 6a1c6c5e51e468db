// The pane's engine counting its diagnoses, and an add-in fixture as a pasted source: for the
// tests of what the pane loads on demand and diagnoses again.
import { loadEngine, type Diagnose } from '../../src/taskpane/engine';
import { fixture } from '../office/fixtures';

export const source = (name: string) => ({
  label: name,
  origin: 'pasted' as const,
  bytes: new TextEncoder().encode(fixture(name)),
});

export async function countingEngine(): Promise<{ diagnose: Diagnose; count: () => number }> {
  const diagnose = await loadEngine();
  let n = 0;
  return {
    diagnose: (input, lacking) => {
      n++;
      return diagnose(input, lacking);
    },
    count: () => n,
  };
}
