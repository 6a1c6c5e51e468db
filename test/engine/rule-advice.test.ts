// The pane loads Microsoft's rule advice only for diagnoses whose rule ids carry one of
// RULE_ADVICE_PREFIXES: every id with advice must, or the pane would never show that advice.
import { MICROSOFT_ADVICE } from '../../src/diagnosis/advice/microsoft';
import { RULE_ADVICE_PREFIXES } from '../../src/diagnosis/extras/rule-advice';

test.each(Object.keys(MICROSOFT_ADVICE))('%s starts with a prefix the pane looks for', (id) => {
  expect(RULE_ADVICE_PREFIXES.some((p) => id.startsWith(p))).toBe(true);
});
