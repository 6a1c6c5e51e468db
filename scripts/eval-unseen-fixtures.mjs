#!/usr/bin/env node
// npm run eval:unseen-fixtures: eval-unseen's leave-one-out on our own fixtures. Every .eml under
// test/fixtures/ that a recognizer other than the RFC 3464 and generic text readers reads is
// diagnosed with all recognizers and with that one removed; per format, how often the second
// reading agrees with the first on kind, recipients (address set), status and category (the
// measure is test/engine/unseen-measure.ts, compiled here with esbuild; the engine is build/'s).
// With scripts/eval-unseen-fixtures.baseline.json (written by --save), each figure is printed
// beside the baseline's.
//
//   node scripts/eval-unseen-fixtures.mjs [--list] [--save] [--field kind|recipients|status|category]
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { files, importTs } from './bench-helpers.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const fixtures = path.join(root, 'test/fixtures');
const baselineFile = path.join(root, 'scripts/eval-unseen-fixtures.baseline.json');
const args = process.argv.slice(2);
const only = args.includes('--field') ? args[args.indexOf('--field') + 1] : null;

const { measureUnseen, percent, FIELDS, registryEngine } = await importTs(
  path.join(root, 'test/engine/unseen-measure.ts'),
);
const require = createRequire(import.meta.url);
const build = (p) => require(path.join(root, 'build/diagnosis', p));
const engine = registryEngine(build('index.js').diagnose, build('formats/index.js').FORMATS);
const messages = files(fixtures)
  .filter((f) => f.endsWith('.eml'))
  .map((f) => [path.relative(fixtures, f), fs.readFileSync(f)]);
const m = measureUnseen(engine, messages);

const figures = (row) => Object.fromEntries(FIELDS.map((f) => [f, percent(row, f)]));
const now = Object.fromEntries(
  [...m.formats, m.total].map((r) => [r.format, { n: r.messages, ...figures(r) }]),
);
const before = fs.existsSync(baselineFile) ? JSON.parse(fs.readFileSync(baselineFile, 'utf8')) : null;

const cell = (format, field) => {
  const a = now[format][field].toFixed(1);
  const b = before?.[format]?.[field];
  return b === undefined || b === now[format][field] ? a : `${b.toFixed(1)}->${a}`;
};
const pad = (s, n) => String(s).padEnd(n);
console.log(`${pad('format', 18)}${pad('n', 6)}${FIELDS.map((f) => pad(f, 16)).join('')}`);
for (const r of [...m.formats, m.total])
  console.log(
    `${pad(r.format, 18)}${pad(r.messages, 6)}${FIELDS.map((f) => pad(cell(r.format, f), 16)).join('')}`,
  );
if (before) console.log('(before->after: against scripts/eval-unseen-fixtures.baseline.json)');

if (args.includes('--list')) {
  console.log('\ndisagreements (full reading | without its recognizer):');
  for (const d of m.disagreements)
    if (!only || d.field === only)
      console.log(`${d.format}\t${d.field}\t${d.file}\n\t${d.full} | ${d.unseen}`);
}
if (args.includes('--save')) fs.writeFileSync(baselineFile, JSON.stringify(now, null, 2) + '\n');
