#!/usr/bin/env node
// npm run bench:cli: the CLI as a whole process (start-up, reading files, diagnosis, output), as
// an admin runs it, on ../shared/corpus/maildir copied N times into a temporary folder: default
// options, --jobs 1 against --jobs 2, summarize, and Debian's sisimai (libsisimai-perl) on the
// same files side by side when it is installed. Then the memory of `summarize` over a generated
// set of many messages (mbox files of 1,000, deleted afterwards). The machine is shared: every
// figure is the median of several runs, and the load average is printed with them.
//
//   node scripts/bench-cli.mjs [--copies N] [--runs N] [--memory MESSAGES] [--skip-sisimai]
//                              [--skip-throughput]
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generatedBounce } from './generated-bounces.mjs';
import { median, fmt, load, files } from './bench-helpers.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const cli = path.join(root, 'build', 'cli', 'main.js');
const args = process.argv.slice(2);
const opt = (name, dflt) => (args.includes(name) ? args[args.indexOf(name) + 1] : dflt);
const COPIES = Number(opt('--copies', '20'));
const RUNS = Number(opt('--runs', '3'));
const MEMORY = Number(opt('--memory', '100000'));
// ../shared/corpus/maildir (BOUNCE_LENS_SHARED names another ../shared).
const corpus = path.join(
  path.resolve(root, process.env.BOUNCE_LENS_SHARED ?? '../shared'),
  'corpus',
  'maildir',
);

if (!fs.existsSync(cli)) {
  console.error('build/cli/main.js is missing: run npm run build:cli (npm run bench:cli does)');
  process.exit(1);
}

/**
 * Wall-clock and CPU seconds (user + system, all threads) of one command, its output thrown away;
 * the exit status is checked. CPU time is the figure that a shared machine disturbs least.
 */
function time(cmd, argv) {
  const t = process.hrtime.bigint();
  const r = spawnSync('/usr/bin/time', ['-f', '%U %S', cmd, ...argv], {
    stdio: ['ignore', 'ignore', 'pipe'],
    maxBuffer: 64 * 1024 * 1024,
    encoding: 'utf8',
  });
  const wall = Number(process.hrtime.bigint() - t) / 1e9;
  if (r.status !== 0 && r.status !== 1)
    throw new Error(`${cmd} ${argv.join(' ')}: exit ${r.status}\n${r.stderr}`);
  const [user, sys] = r.stderr.trim().split('\n').pop().split(' ').map(Number);
  return { wall, cpu: user + sys };
}

// sisimai 4.25's own way to turn a folder of bounces into JSON (Sisimai->dump), as our --json.
const SISIMAI = ['-MSisimai', '-e', 'my $j = Sisimai->dump($ARGV[0], delivered => 1); print $j;'];

function haveSisimai() {
  if (args.includes('--skip-sisimai')) return false;
  return spawnSync('perl', ['-MSisimai', '-e', '1'], { stdio: 'ignore' }).status === 0;
}

// How much parallel CPU the machine gives right now: a busy loop alone, then two at once. On a
// machine shared with other jobs, two loops may do no more than one; --jobs 2 cannot beat that.
function parallelCapacity() {
  return pairRatio('let t = Date.now(), n = 0; while (Date.now() - t < 2000) n++; console.log(n);');
}

/** The work two node processes running `script` (which prints a count) do, over one's alone. */
function pairRatio(script) {
  const run = () => spawn(process.execPath, ['-e', script], { stdio: ['ignore', 'pipe', 'ignore'] });
  const count = (child) =>
    new Promise((resolve) => {
      let out = '';
      child.stdout.on('data', (d) => (out += d));
      child.on('close', () => resolve(Number(out)));
    });
  return count(run()).then(async (one) => {
    const two = await Promise.all([count(run()), count(run())]);
    return (two[0] + two[1]) / one;
  });
}

// The same question asked of the engine itself: one process diagnosing the corpus over and over
// (warm, after five passes) for 3 s, then two such processes at once. A busy loop scales with
// the cores; the engine's work (memory, caches) may not, and --jobs 2 cannot beat this ratio.
function engineCapacity() {
  if (!fs.existsSync(corpus)) return Promise.resolve(null);
  const script = [
    `const { diagnose } = require(${JSON.stringify(path.join(root, 'build/diagnosis/index.js'))});`,
    `const bufs = ${JSON.stringify(files(corpus))}.map((f) => require('node:fs').readFileSync(f));`,
    'for (let i = 0; i < 5; i++) for (const b of bufs) diagnose(b);',
    'let n = 0; const t = Date.now();',
    'while (Date.now() - t < 3000) for (const b of bufs) { diagnose(b); n++; }',
    'console.log(n);',
  ].join('\n');
  return pairRatio(script);
}

function throughput() {
  if (!fs.existsSync(corpus)) {
    console.log(`whole process: skipped, no corpus at ${corpus}\n`);
    return;
  }
  const list = files(corpus);
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'bounce-lens-bench-cli-'));
  try {
    // A maildir, so that sisimai reads the same files as a folder of messages.
    const dir = path.join(tmp, 'Maildir');
    for (const sub of ['cur', 'new', 'tmp']) fs.mkdirSync(path.join(dir, sub), { recursive: true });
    let n = 0;
    for (let c = 0; c < COPIES; c++)
      for (const f of list)
        fs.copyFileSync(f, path.join(dir, 'new', `${String(n++).padStart(6, '0')}.bench`));
    console.log(
      `whole process on ${fmt(n)} files (the corpus's ${list.length} copied ${COPIES} times), ` +
        `${os.availableParallelism()} cores, median of ${RUNS} runs; load average before: ${load()}`,
    );
    const cases = [
      [
        'bounce-lens diagnose --json (default: --jobs ' + os.availableParallelism() + ')',
        ['diagnose', '--json', dir],
      ],
      ['bounce-lens diagnose --json --jobs 1', ['diagnose', '--json', '--jobs', '1', dir]],
      ['bounce-lens diagnose --json --jobs 2', ['diagnose', '--json', '--jobs', '2', dir]],
      ['bounce-lens summarize (default)', ['summarize', dir]],
    ].map(([name, argv]) => ({ name, cmd: process.execPath, argv: [cli, ...argv], times: [] }));
    // sisimai reads a folder of message files: the maildir's new/, where the copies are.
    if (haveSisimai())
      cases.push({
        name: 'sisimai 4.25 (Sisimai->dump)',
        cmd: 'perl',
        argv: [...SISIMAI, path.join(dir, 'new')],
        times: [],
      });
    else console.log('  sisimai: not installed (apt-get install libsisimai-perl); no side-by-side ratio');
    // Interleaved, so that a burst of load from elsewhere hits every case alike.
    for (let r = 0; r < RUNS; r++)
      for (const c of cases) {
        const { wall, cpu } = time(c.cmd, c.argv);
        c.times.push(wall);
        (c.cpu ??= []).push(cpu);
      }
    const width = Math.max(...cases.map((c) => c.name.length));
    for (const c of cases) {
      const t = median(c.times);
      console.log(
        `  ${c.name.padEnd(width)}  ${fmt(t, 2)} s  ${fmt(n / t)} msg/s  CPU ${fmt(median(c.cpu), 2)} s  ` +
          `(runs ${c.times.map((x) => fmt(x, 2)).join(', ')})`,
      );
    }
    const m = (prefix) => median(cases.find((c) => c.name.startsWith(prefix)).times);
    const cpu = (prefix) => median(cases.find((c) => c.name.startsWith(prefix)).cpu);
    // On a shared machine the wall-time ratio says more about the other jobs than about us; the
    // CPU that the second thread adds bounds what two idle cores could give.
    const cpuRatio =
      cpu('bounce-lens diagnose --json --jobs 2') / cpu('bounce-lens diagnose --json --jobs 1');
    console.log(
      `  --jobs 1 -> 2: ${fmt(m('bounce-lens diagnose --json --jobs 1') / m('bounce-lens diagnose --json --jobs 2'), 2)}x; ` +
        `two threads use ${fmt(cpuRatio, 2)}x the CPU of one, so at most ${fmt(2 / cpuRatio, 2)}x on two idle cores`,
    );
    if (cases.some((c) => c.name.startsWith('sisimai')))
      console.log(
        `  sisimai / bounce-lens (default options): ${fmt(m('sisimai') / m('bounce-lens diagnose --json (default'), 1)}x wall, ` +
          `${fmt(cpu('sisimai') / cpu('bounce-lens diagnose --json (default'), 1)}x CPU`,
      );
    console.log(`  load average after: ${load()}\n`);
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

function memory() {
  if (MEMORY <= 0) return;
  // Half corpus messages (real shapes), half generated ones with distinct addresses.
  const real = fs.existsSync(corpus) ? files(corpus).map((f) => fs.readFileSync(f, 'latin1')) : [];
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'bounce-lens-bench-mem-'));
  try {
    const PER_FILE = 1000;
    let written = 0;
    for (let f = 0; written < MEMORY; f++) {
      const parts = [];
      for (let k = 0; k < PER_FILE && written < MEMORY; k++, written++) {
        if (real.length > 0 && written % 2 === 1) {
          const text = real[written % real.length];
          parts.push(`From MAILER-DAEMON Tue Mar  4 09:12:40 2025\n${text.replace(/^From /gm, '>From ')}\n`);
        } else
          // a distinct address each time: the worst case for the summary's sets
          parts.push(`From MAILER-DAEMON Tue Mar  4 09:12:40 2025\n${generatedBounce(written)}`);
      }
      fs.writeFileSync(path.join(tmp, `part-${String(f).padStart(4, '0')}.mbox`), parts.join('\n'), 'latin1');
    }
    const bytes = fs.readdirSync(tmp).reduce((s, f) => s + fs.statSync(path.join(tmp, f)).size, 0);
    console.log(
      `memory: summarize over ${fmt(written)} messages (${fmt(bytes / 1024 / 1024)} MB in mbox files of ${PER_FILE}); load average ${load()}`,
    );
    for (const jobs of [String(os.availableParallelism()), '1']) {
      const t = process.hrtime.bigint();
      const r = spawnSync(
        '/usr/bin/time',
        ['-f', '%M', process.execPath, cli, 'summarize', '--json', '--jobs', jobs, tmp],
        {
          encoding: 'utf8',
          maxBuffer: 256 * 1024 * 1024,
        },
      );
      const s = Number(process.hrtime.bigint() - t) / 1e9;
      const rssKb = Number(r.stderr.trim().split('\n').pop());
      const report = JSON.parse(r.stdout);
      console.log(
        `  --jobs ${jobs}: max RSS ${fmt(rssKb / 1024)} MB, ${fmt(s, 1)} s (${fmt(written / s)} msg/s); ` +
          `${fmt(report.messages)} messages, ${fmt(report.recipients)} failed recipients, ${fmt(report.distinctAddresses)} distinct addresses`,
      );
    }
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

if (!fs.existsSync('/usr/bin/time')) console.log('memory: /usr/bin/time is missing; skipped');
console.log(
  `parallel capacity now: two busy threads do ${fmt(await parallelCapacity(), 2)}x the work of one ` +
    `(2.00 on an idle 2-core machine)\n`,
);
const engines = await engineCapacity();
if (engines !== null)
  console.log(
    `engine capacity now: two processes diagnosing the corpus (warm) do ${fmt(engines, 2)}x the work of one; ` +
      `--jobs 2 cannot do better than that\n`,
  );
if (!args.includes('--skip-throughput')) throughput();
if (fs.existsSync('/usr/bin/time')) memory();
