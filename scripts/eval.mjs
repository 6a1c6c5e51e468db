#!/usr/bin/env node
// npm run eval: runs the CLI on ../shared/corpus and scores it with ../shared/eval/score.mjs.
// Skips (exit 0) with a message when ../shared is absent, as in a user's clone.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const shared = path.resolve(root, process.env.BOUNCE_LENS_SHARED ?? '../shared');
const corpus = path.join(shared, 'corpus', 'maildir');
if (!fs.existsSync(corpus)) {
  console.log(`eval skipped: no corpus at ${corpus} (it lives in ../shared beside the project)`);
  process.exit(0);
}
const out = path.join(root, '.eval', 'out.jsonl');
fs.mkdirSync(path.dirname(out), { recursive: true });
const json = execFileSync('node', [path.join(root, 'build/cli/main.js'), 'diagnose', '--json', corpus], {
  maxBuffer: 1 << 28,
}).toString();
fs.writeFileSync(out, json);
const misses = process.argv.includes('--misses') ? process.argv[process.argv.indexOf('--misses') + 1] : '0';
const score = execFileSync('node', [
  path.join(shared, 'eval', 'score.mjs'),
  '--labels',
  path.join(shared, 'corpus', 'labels.jsonl'),
  '--out',
  out,
  '--misses',
  misses,
]).toString();
process.stdout.write(score);
