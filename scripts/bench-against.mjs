#!/usr/bin/env node
// npm run bench:against -- REF: the engine's throughput on ../shared/corpus/maildir, this checkout
// against an earlier commit (or another checkout's folder), in alternating child processes on the
// same machine in the same minutes. A shared machine's speed changes from one day to the next (the
// commit that measured 13,000 messages/s on 2026-11-23 measured 4,660 on 2026-12-03), so a figure
// from another day says little; the ratio of two engines measured side by side is what tells
// whether the engine got slower.
//
//   node scripts/bench-against.mjs REF|DIR [--rounds N] [--keep] [--interleaved SECONDS]
//
// --interleaved: both engines in one child process instead, passes over the corpus alternating
// (A B, then B A) for SECONDS, and the median of the pairs' CPU-time ratios: both passes of a pair
// see the same moment of a shared machine, so the ratio moves by about 2% between runs where the
// separate processes' moved by 10% or more.
//
// REF is built in a temporary git worktree (tsc only: build/diagnosis is what is timed), with this
// checkout's node_modules linked in; --keep leaves it for the next run. Each child warms its engine
// up for four seconds, then times five passes over the corpus; the figures are medians over rounds.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
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

/** The diagnose() of the build in `dir`. */
const engineAt = (dir) => createRequire(import.meta.url)(path.join(dir, 'build/diagnosis/index.js')).diagnose;
const corpusMessages = () => files(corpus).map((f) => fs.readFileSync(f));

// ---- child: one engine, warmed up, five timed passes --------------------------------------------

if (args[0] === '--child') {
  const diagnose = engineAt(args[1]);
  const msgs = corpusMessages();
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

// ---- child: two engines, interleaved ------------------------------------------------------------

if (args[0] === '--pairs') {
  const [a, b] = [args[1], args[2]].map(engineAt);
  const msgs = corpusMessages();
  const pass = (diagnose) => {
    const c = process.cpuUsage();
    for (const m of msgs) diagnose(m);
    const used = process.cpuUsage(c);
    return used.user + used.system;
  };
  const warm = Date.now() + 3000;
  while (Date.now() < warm) {
    pass(a);
    pass(b);
  }
  const ta = [];
  const tb = [];
  const until = Date.now() + Number(args[3]) * 1000;
  while (Date.now() < until) {
    // Alternate which goes first, so that neither always runs in the other's wake.
    if (ta.length % 2) {
      ta.push(pass(a));
      tb.push(pass(b));
    } else {
      tb.push(pass(b));
      ta.push(pass(a));
    }
  }
  const perSecond = (t) => msgs.length / (median(t) / 1e6);
  process.stdout.write(
    JSON.stringify({
      a: perSecond(ta),
      b: perSecond(tb),
      ratio: median(ta.map((t, i) => t / tb[i])),
      pairs: ta.length,
    }),
  );
  process.exit(0);
}

// ---- parent --------------------------------------------------------------------------------------

const ref = args.find(
  (a) => !a.startsWith('--') && a !== opt('--rounds', null) && a !== opt('--interleaved', null),
);
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
const interleaved = opt('--interleaved', null);
if (interleaved !== null) {
  console.log(`corpus ${corpus}, ${interleaved} s interleaved, load average before: ${load()}`);
  const out = execFileSync(
    process.execPath,
    [fileURLToPath(import.meta.url), '--pairs', other, root, String(Number(interleaved) || 20)],
    { encoding: 'utf8' },
  );
  const r = JSON.parse(out);
  console.log(`  ${ref.padEnd(16)} ${fmt(r.a).padStart(7)} messages per CPU second (median pass)`);
  console.log(
    `  ${'this checkout'.padEnd(16)} ${fmt(r.b).padStart(7)} messages per CPU second (median pass)`,
  );
  console.log(`  this checkout / ${ref}: ${fmt(r.ratio, 3)}x (median of ${r.pairs} pairs of passes)`);
  console.log(`  load average after: ${load()}`);
  process.exit(0);
}
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
