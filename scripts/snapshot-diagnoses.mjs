#!/usr/bin/env node
// Writes the diagnosis of every message the tests and benches read, as JSON, so that a change
// meant to move code without changing results can be checked: take a snapshot before, rebuild
// (npm run build:cli), take one after, compare.
//
//   node scripts/snapshot-diagnoses.mjs OUT.json          write a snapshot
//   node scripts/snapshot-diagnoses.mjs --compare A B [--renamed OLD=NEW,...]
//                                                         list the entries that differ (exit 1 if any);
//                                                         --renamed: format ids or fixture folders
//                                                         renamed between A and B ("x1=delivery-errors")
//
// Inputs: test/fixtures/**, samples/, ../shared/corpus/maildir (skipped when absent), 300 generated
// bounces (scripts/generated-bounces.mjs), and the pathological shapes of scripts/bench-shapes.mjs
// at a tenth of their size, each once as is and once cut by a small maxBytes (the limit path).
import fs from 'node:fs';
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);

if (args[0] === '--compare') {
  const [a, b] = [args[1], args[2]].map((f) => JSON.parse(fs.readFileSync(f, 'utf8')));
  const at = args.indexOf('--renamed');
  const renames = at > 0 ? args[at + 1].split(',').map((r) => r.split('=')) : [];
  // A renamed format id is renamed where the diagnosis names it: its format and "read as" evidence.
  const renamed = (k, d) => {
    let key = k;
    let text = JSON.stringify(d);
    for (const [from, to] of renames) {
      key = key.replace(`fixtures/${from}/`, `fixtures/${to}/`);
      text = text
        ?.replaceAll(`"format":"${from}"`, `"format":"${to}"`)
        .replaceAll(`"read as ${from}"`, `"read as ${to}"`)
        .replaceAll(`"read as ${from};`, `"read as ${to};`);
    }
    return [key, text];
  };
  const before = Object.fromEntries(Object.entries(a).map(([k, d]) => renamed(k, d)));
  const keys = new Set([...Object.keys(before), ...Object.keys(b)]);
  let differ = 0;
  for (const k of keys) {
    const x = before[k];
    const y = JSON.stringify(b[k]);
    if (x === y) continue;
    differ++;
    console.log(`differs: ${k}`);
    if (x && y) console.log(`  before: ${x.slice(0, 400)}\n  after:  ${y.slice(0, 400)}`);
    else console.log(x ? '  missing after' : '  new after');
  }
  console.log(`${keys.size} entries, ${differ} differ`);
  process.exit(differ ? 1 : 0);
}

const out = args[0];
if (!out) {
  console.error('usage: snapshot-diagnoses.mjs OUT.json | --compare BEFORE.json AFTER.json');
  process.exit(2);
}

const require = createRequire(import.meta.url);
const { diagnose } = require(path.join(root, 'build/diagnosis/index.js'));
const { generatedBounce } = await import('./generated-bounces.mjs');
const { SHAPES } = await import('./bench-shapes.mjs');

function files(dir) {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : 1))
    .flatMap((e) => (e.isDirectory() ? files(path.join(dir, e.name)) : [path.join(dir, e.name)]));
}

const snapshot = {};
const shared = path.resolve(root, process.env.BOUNCE_LENS_SHARED ?? '../shared');
const corpus = path.join(shared, 'corpus', 'maildir');
if (!fs.existsSync(corpus)) console.log(`no corpus at ${corpus}: skipped`);
for (const f of [
  ...files(path.join(root, 'test/fixtures')),
  ...files(path.join(root, 'samples')),
  ...files(corpus),
]) {
  const name = f.startsWith(root) ? path.relative(root, f) : `corpus/${path.relative(corpus, f)}`;
  snapshot[name] = diagnose(fs.readFileSync(f));
}
for (let i = 0; i < 300; i++) snapshot[`generated/${i}`] = diagnose(generatedBounce(i));
// The shapes' results can be large (thousands of recipients): kept as a digest and a count.
const digest = (d) => ({
  sha256: createHash('sha256').update(JSON.stringify(d)).digest('hex'),
  kind: d.kind,
  recipients: d.recipients.length,
  notes: d.notes,
});
for (const s of SHAPES) {
  const bytes = s.build(0.1);
  snapshot[`shape/${s.name}`] = digest(diagnose(bytes));
  snapshot[`shape/${s.name}/maxBytes`] = digest(diagnose(bytes, { maxBytes: 16 * 1024 }));
}
fs.writeFileSync(out, JSON.stringify(snapshot, null, 1));
console.log(`${Object.keys(snapshot).length} diagnoses written to ${out}`);
