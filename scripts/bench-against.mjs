#!/usr/bin/env node
// npm run bench:against -- REF: the engine's throughput on ../shared/corpus/maildir, this checkout
// against an earlier commit (or another checkout's folder), in alternating child processes on the
// same machine in the same minutes. A shared machine's speed changes from one day to the next (the
// commit that measured 13,000 messages/s on 2026-11-23 measured 4,660 on 2026-12-03), so a figure
// from another day says little; the ratio of two engines measured side by side is what tells
// whether the engine got slower.
//
//   node scripts/bench-against.mjs REF|DIR [--rounds N] [--keep]
//
// REF is built in a temporary git worktree (tsc only: build/diagnosis is what is timed), with this
// checkout's node_modules linked in; --keep leaves it for the next run. Each child warms its engine
// up for four seconds, then times five passes over the corpus; the figures are medians over rounds.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { median, fmt, load, files } from './bench-helpers.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const opt = (name, dflt) => (args.includes(name) ? args[args.indexOf(name) + 1] : dflt);

const corpus = path.join(
  path.resolve(root, process.env.BOUNCE_LENS_SHARED ?? '../shared'),
  'corpus',
  'maildir',
);

// ---- child: one engine, warmed up, three timed passes -------------------------------------------

if (args[0] === '--child') {
  const { createRequire } = await import('node:module');
  const { diagnose } = createRequire(import.meta.url)(path.join(args[1], 'build/diagnosis/index.js'));
  const msgs = files(corpus).map((f) => fs.readFileSync(f));
  const until = Date.now() + 4000;
  while (Date.now() < until) for (const m of msgs) diagnose(m);
  const wall = [];
  const cpu = [];
  for (let r = 0; r < 5; r++) {
    const t = process.hrtime.bigint();
    const c = process.cpuUsage();
    for (const m of msgs) diagnose(m);
    const used = process.cpuUsage(c);
    wall.push(msgs.length / (Number(process.hrtime.bigint() - t) / 1e9));
    cpu.push(msgs.length / ((used.user + used.system) / 1e6));
  }
  process.stdout.write(JSON.stringify({ wall: median(wall), cpu: median(cpu), messages: msgs.length }));
  process.exit(0);
}

// ---- parent --------------------------------------------------------------------------------------

const ref = args.find((a) => !a.startsWith('--') && a !== opt('--rounds', null));
if (!ref) {
  console.error('usage: node scripts/bench-against.mjs REF|DIR [--rounds N] [--keep]');
  process.exit(2);
}
if (!fs.existsSync(corpus)) {
  console.log(`skipped: no corpus at ${corpus} (it lives in ../shared beside the project)`);
  process.exit(0);
}
if (!fs.existsSync(path.join(root, 'build/diagnosis/index.js'))) {
  console.error('build/diagnosis is missing: run npm run build:cli first (npm run bench:against does)');
  process.exit(1);
}

/** A folder holding REF's build/diagnosis: REF itself when it is one, else a built worktree. */
function refDir() {
  if (fs.existsSync(path.join(ref, 'build/diagnosis/index.js'))) return path.resolve(ref);
  const sha = execFileSync('git', ['rev-parse', '--verify', `${ref}^{commit}`], {
    cwd: root,
    encoding: 'utf8',
  }).trim();
  const dir = path.join(os.tmpdir(), `bounce-lens-bench-${sha.slice(0, 12)}`);
  if (!fs.existsSync(path.join(dir, 'build/diagnosis/index.js'))) {
    if (fs.existsSync(dir)) execFileSync('git', ['worktree', 'remove', '--force', dir], { cwd: root });
    console.log(`building ${ref} (${sha.slice(0, 12)}) in ${dir}`);
    execFileSync('git', ['worktree', 'add', '--detach', '--quiet', dir, sha], {
      cwd: root,
      stdio: 'inherit',
    });
    fs.symlinkSync(path.join(root, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
    execFileSync(
      process.execPath,
      [path.join(root, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.cli.json'],
      {
        cwd: dir,
        stdio: 'inherit',
      },
    );
  }
  return dir;
}

const other = refDir();
const rounds = Number(opt('--rounds', '5'));
const engines = [
  { name: `${ref}`, dir: other, runs: [] },
  { name: 'this checkout', dir: root, runs: [] },
];
console.log(`corpus ${corpus}, ${rounds} rounds, load average before: ${load()}`);
for (let r = 0; r < rounds; r++) {
  // Alternate which goes first, so that neither always runs in the other's wake.
  const order = r % 2 ? [...engines].reverse() : engines;
  for (const e of order) {
    const out = execFileSync(process.execPath, [fileURLToPath(import.meta.url), '--child', e.dir], {
      encoding: 'utf8',
    });
    e.runs.push(JSON.parse(out));
  }
  process.stdout.write(`  round ${r + 1}/${rounds} done\r`);
}
console.log('');
for (const e of engines) {
  const wall = e.runs.map((x) => x.wall);
  const cpu = e.runs.map((x) => x.cpu);
  console.log(
    `  ${e.name.padEnd(16)} ${fmt(median(wall)).padStart(7)} messages/s (runs ${fmt(Math.min(...wall))}..${fmt(Math.max(...wall))}), ${fmt(median(cpu))} per CPU second`,
  );
}
const [a, b] = engines.map((e) => ({
  wall: median(e.runs.map((x) => x.wall)),
  cpu: median(e.runs.map((x) => x.cpu)),
}));
console.log(
  `  this checkout / ${ref}: ${fmt(b.wall / a.wall, 2)}x wall clock, ${fmt(b.cpu / a.cpu, 2)}x per CPU second`,
);
console.log(`  load average after: ${load()}`);
if (!args.includes('--keep') && other !== path.resolve(ref) && other.startsWith(os.tmpdir())) {
  execFileSync('git', ['worktree', 'remove', '--force', other], { cwd: root });
}
