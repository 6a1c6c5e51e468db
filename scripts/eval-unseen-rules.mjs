#!/usr/bin/env node
// npm run eval:unseen-rules: the leave-one-row-out measure on our fixtures. Every failed recipient
// of every .eml under test/fixtures/ whose category a row of tier 'provider' or 'fixed' decides is
// diagnosed again with that row out of the rule table: how the fallback (broad words, the
// registry's codes, the cue words, the reply class) reads a wording no row knows. Per category and
// per tier, how often the category stays (the measure is test/engine/unseen-rules-measure.ts,
// compiled here with esbuild; the engine is build/'s).
//
//   node scripts/eval-unseen-rules.mjs [--list] [--sample N]
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { files, importTs } from './bench-helpers.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const fixtures = path.join(root, 'test/fixtures');
const args = process.argv.slice(2);
const sample = args.includes('--sample') ? Number(args[args.indexOf('--sample') + 1]) : 1;

const { measureUnseenRules, tableEngine, percent } = await importTs(
  path.join(root, 'test/engine/unseen-rules-measure.ts'),
);
const require = createRequire(import.meta.url);
const build = (p) => require(path.join(root, 'build/diagnosis', p));
const engine = tableEngine(
  build('index.js').diagnose,
  build('rules/table.js').BASE_TABLE,
  build('rules/table-rare.js').RARE_PHRASES,
  build('rules/full-table.js').TABLE,
);

const messages = files(fixtures)
  .filter((f) => f.endsWith('.eml'))
  .map((f) => [path.relative(fixtures, f), fs.readFileSync(f)]);
const started = Date.now();
const m = measureUnseenRules(engine, messages, sample);

const pad = (s, n) => String(s).padEnd(n);
const table = (title, rows) => {
  console.log(`${pad(title, 28)}${pad('n', 7)}agree`);
  for (const r of rows) console.log(`${pad(r.name, 28)}${pad(r.recipients, 7)}${percent(r).toFixed(1)}%`);
};
table('tier', [...m.byTier, m.total]);
console.log();
table('category', m.byCategory);
console.log(`\n${m.total.recipients} recipients, ${((Date.now() - started) / 1000).toFixed(1)} s`);
if (m.leaks.length) console.log(`LEAKS (a row taken out still decided): ${m.leaks.join('; ')}`);

if (args.includes('--list')) {
  console.log('\ndisagreements (full -> without its row, by the rule that then decided):');
  const sortKey = (d) => `${d.full} ${d.unseen} ${d.row}`;
  for (const d of [...m.disagreements].sort((a, b) => (sortKey(a) < sortKey(b) ? -1 : 1)))
    console.log(
      `${d.full} -> ${d.unseen}\t${d.unseenRule}\t[${d.row}] ${d.file}\n\t${d.replyCode ?? ''} ${d.status ?? ''} ${d.words.slice(0, 300)}`,
    );
}
