#!/usr/bin/env node
// npm run rules:keys: writes src/diagnosis/rules/rare-key-hashes.ts, the hashes of the rare phrases'
// key words (rare-keys.ts) that the pane's engine carries instead of the words. Run after adding a
// key word; test/engine/rare-phrases.test.ts fails while the file is out of step.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const { RARE_KEYS } = require(path.join(root, 'build/diagnosis/rules/rare-keys.js'));
const { encodeKeyHashes } = require(path.join(root, 'build/diagnosis/rules/rare-phrases.js'));
const encoded = encodeKeyHashes(RARE_KEYS);
const lines = encoded.match(/.{1,96}/g) ?? [];
const out = path.join(root, 'src/diagnosis/rules/rare-key-hashes.ts');
fs.writeFileSync(
  out,
  [
    "// Made by `npm run rules:keys` from rare-keys.ts: the 24-bit hashes of the rare phrases' key",
    '// words, sorted and Rice-coded (rare-phrases.ts reads them). Do not edit by hand.',
    'export const RARE_KEY_HASHES =',
    ...lines.map((l, i) => `  '${l}'${i === lines.length - 1 ? ';' : ' +'}`),
    '',
  ].join('\n'),
);
console.log(`${out}: ${RARE_KEYS.size} keys in ${encoded.length} characters`);
