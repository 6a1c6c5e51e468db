// The recognizer registry of the compiled engine, narrowed for one call: how the leave-one-out
// measures (eval-unseen.mjs on the shared corpus, eval-unseen-fixtures.mjs on our fixtures) read a
// message as if the engine had no recognizer for its format.
import { createRequire } from 'node:module';
import path from 'node:path';

/** The readers every unfamiliar bounce falls to. */
export const GENERIC = new Set(['rfc3464', 'text']);

/** diagnose() of build/ and a way to run it with only the recognizers `keep` accepts. */
export function compiledEngine(root) {
  const require = createRequire(import.meta.url);
  const { diagnose } = require(path.join(root, 'build/diagnosis/index.js'));
  // The registry is a plain array once compiled: a measurement may narrow it for one call.
  const registry = require(path.join(root, 'build/diagnosis/formats/index.js')).FORMATS;
  const all = [...registry];
  function withRecognizers(keep, f) {
    registry.length = 0;
    registry.push(...all.filter(keep));
    try {
      return f();
    } finally {
      registry.length = 0;
      registry.push(...all);
    }
  }
  return { diagnose, withRecognizers };
}
