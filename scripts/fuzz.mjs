#!/usr/bin/env node
// npm run fuzz -- --runs N [--seed S]: the property-based tests of test/robustness/fuzz.test.ts
// with N runs per property (200 in `npm test`). A failure prints fast-check's seed and path;
// pass the seed back with --seed to replay it.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const opt = (name) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const runs = opt('--runs') ?? '5000';
if (!/^[0-9]+$/.test(runs)) {
  console.error(`usage: npm run fuzz -- --runs N [--seed S]   (got --runs ${runs})`);
  process.exit(2);
}
const seed = opt('--seed');
const env = { ...process.env, FUZZ_RUNS: runs, ...(seed ? { FUZZ_SEED: seed } : {}) };
console.log(`fuzz: ${runs} runs per property${seed ? `, seed ${seed}` : ''}`);
const jest = path.join(root, 'node_modules', 'jest', 'bin', 'jest.js');
const r = spawnSync(process.execPath, [jest, '--runTestsByPath', 'test/robustness/fuzz.test.ts'], {
  cwd: root,
  env,
  stdio: 'inherit',
});
process.exit(r.status ?? 1);
