#!/usr/bin/env node
// npm run bench: engine throughput on ../shared/corpus/maildir, and time and memory on pathological
// shapes of input (issue 6). The machine is shared and noisy, so every figure is the median of
// several runs after a warm-up. Each shape runs in a child process of its own so that its memory
// figure is not muddied by the others.
//
//   node scripts/bench.mjs [--runs N] [--only corpus|shapes] [--shape NAME] [--quick] [--formats]
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import v8 from 'node:v8';
import vm from 'node:vm';
import { SHAPES, WARM_SAMPLE } from './bench-shapes.mjs';
import { median, fmt, files } from './bench-helpers.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const { diagnose } = require(path.join(root, 'build/diagnosis/index.js'));

const MB = 1024 * 1024;
const args = process.argv.slice(2);
const opt = (name, dflt) => (args.includes(name) ? args[args.indexOf(name) + 1] : dflt);
const quick = args.includes('--quick');
const RUNS = Number(opt('--runs', quick ? '3' : '7'));

const pct = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

function gcFn() {
  v8.setFlagsFromString('--expose-gc');
  return vm.runInNewContext('gc');
}

// ---- corpus throughput -------------------------------------------------------------------------

function benchCorpus() {
  const shared = path.resolve(root, process.env.BOUNCE_LENS_SHARED ?? '../shared');
  const corpus = path.join(shared, 'corpus', 'maildir');
  if (!fs.existsSync(corpus)) {
    console.log(`corpus: skipped, no corpus at ${corpus} (it lives in ../shared beside the project)\n`);
    return;
  }
  const msgs = files(corpus).map((f) => ({ file: path.relative(corpus, f), bytes: fs.readFileSync(f) }));
  const totalBytes = msgs.reduce((s, m) => s + m.bytes.length, 0);
  // Warm-up: let the JIT see and optimize every path before anything is timed (a few passes are
  // not enough: the optimizing compiler is still at work and its pauses land in the timings).
  const warmUntil = Date.now() + (quick ? 1500 : 4000);
  while (Date.now() < warmUntil) for (const m of msgs) diagnose(m.bytes);
  const rate = [];
  const cpuRate = [];
  const p50 = [];
  const p99 = [];
  const perMessage = new Map();
  for (let r = 0; r < RUNS; r++) {
    const times = [];
    const t0 = process.hrtime.bigint();
    const c0 = process.cpuUsage();
    for (const m of msgs) {
      const a = process.hrtime.bigint();
      diagnose(m.bytes);
      const us = Number(process.hrtime.bigint() - a) / 1000;
      times.push(us);
      (perMessage.get(m.file) ?? perMessage.set(m.file, []).get(m.file)).push(us);
    }
    const total = Number(process.hrtime.bigint() - t0) / 1e9;
    const cpu = process.cpuUsage(c0);
    rate.push(msgs.length / total);
    // CPU time (all of the process's threads, GC helpers included) is what a shared machine does
    // not inflate by descheduling us.
    cpuRate.push(msgs.length / ((cpu.user + cpu.system) / 1e6));
    times.sort((a, b) => a - b);
    p50.push(pct(times, 50));
    p99.push(pct(times, 99));
  }
  const largest = msgs.reduce((a, b) => (b.bytes.length > a.bytes.length ? b : a));
  const slowest = [...perMessage]
    .map(([f, ts]) => [f, median(ts)])
    .sort((a, b) => b[1] - a[1])
    .slice(0, 3);
  console.log(`corpus: ${msgs.length} messages, ${fmt(totalBytes / 1024)} KB, ${RUNS} runs after a warm-up`);
  console.log(
    `  throughput      ${fmt(median(rate))} messages/s wall clock (median; runs ${fmt(Math.min(...rate))}..${fmt(Math.max(...rate))})`,
  );
  console.log(
    `                  ${fmt(median(cpuRate))} messages per CPU second (median; runs ${fmt(Math.min(...cpuRate))}..${fmt(Math.max(...cpuRate))})`,
  );
  console.log(
    `  per message     p50 ${fmt(median(p50), 1)} µs, p99 ${fmt(median(p99), 1)} µs (medians over runs)`,
  );
  console.log(
    `  largest         ${largest.file}, ${fmt(largest.bytes.length / 1024, 1)} KB, ${fmt(median(perMessage.get(largest.file)), 1)} µs`,
  );
  console.log(`  slowest         ${slowest.map(([f, us]) => `${f} ${fmt(us, 1)} µs`).join(', ')}`);
  if (args.includes('--formats')) benchFormats(msgs);
  console.log('');
}

/** --formats: what each recognizer costs per message, in the order diagnose() tries them. */
function benchFormats(msgs) {
  const { FORMATS } = require(path.join(root, 'build/diagnosis/formats/index.js'));
  const { scanMessage, normalizeLineEnds } = require(path.join(root, 'build/diagnosis/mime/structure.js'));
  const { bytesToBinary } = require(path.join(root, 'build/diagnosis/mime/bytes.js'));
  const { buildContext } = require(path.join(root, 'build/diagnosis/context.js'));
  const cost = new Map(FORMATS.map((f) => [f.name, 0]));
  const reps = quick ? 10 : 30;
  for (let rep = 0; rep < reps; rep++) {
    for (const m of msgs) {
      const ctx = buildContext(scanMessage(normalizeLineEnds(bytesToBinary(m.bytes))));
      for (const f of FORMATS) {
        const t = process.hrtime.bigint();
        const r = f.parse(ctx);
        if (rep >= reps / 3) cost.set(f.name, cost.get(f.name) + Number(process.hrtime.bigint() - t));
        if (r && r.recipients.length) break;
      }
    }
  }
  const n = (reps - Math.ceil(reps / 3)) * msgs.length;
  const rows = [...cost].sort((a, b) => b[1] - a[1]);
  console.log(
    `  recognizers, µs per message: ${rows.map(([k, v]) => `${k} ${fmt(v / 1000 / n, 1)}`).join(', ')}`,
  );
  console.log(
    `  (all recognizers: ${fmt(rows.reduce((a, [, v]) => a + v, 0) / 1000 / n, 1)} µs per message; decoding a part, and the context's shared lower-case views and their index, are charged to the first that reads them)`,
  );
}

// ---- pathological shapes ------------------------------------------------------------------------

/**
 * Child side: builds one shape and either times it (median of RUNS calls after a warm-up) or
 * measures the memory of one call: the heap's growth over the call (process.memoryUsage, no GC in
 * between, so it counts what the call keeps and the garbage not yet collected), after two warm-up
 * calls of the same input. Memory runs with a 1 MB young generation, so that the figure is the
 * call's own data and not the garbage V8 lets pile up before its first scavenge.
 */
function runShape(name, mode) {
  const gc = gcFn();
  const shape = SHAPES.find((s) => s.name === name);
  if (!shape) throw new Error(`no shape ${name}`);
  // Warm the engine on a real-looking bounce and on a small copy of the shape, so that the memory
  // figure is the call's own and not the JIT's.
  for (let i = 0; i < 20; i++) diagnose(WARM_SAMPLE);
  diagnose(shape.build(1 / 32));
  const input = shape.build(1);
  const result = { name, bytes: input.length };
  if (mode === 'mem') {
    // Steady state, as in a CLI run over many files: the first full-size calls run in the
    // interpreter, which allocates what optimized code does not (iterator results, regexp matches).
    diagnose(input);
    diagnose(input);
    gc();
    const heap0 = process.memoryUsage().heapUsed;
    const d = diagnose(input);
    const heap1 = process.memoryUsage().heapUsed;
    gc();
    const kept = process.memoryUsage().heapUsed;
    Object.assign(result, {
      heap0,
      heapDelta: Math.max(0, heap1 - heap0),
      retained: Math.max(0, kept - heap0),
      kind: d.kind,
      recipients: d.recipients.length,
      notes: d.notes.length,
    });
  } else if (mode === 'fit') {
    // Run once under the heap limit the parent chose; running out of heap kills the process.
    gc();
    diagnose(input);
  } else {
    const times = [];
    for (let r = 0; r < RUNS; r++) {
      gc();
      const t = process.hrtime.bigint();
      diagnose(input);
      times.push(Number(process.hrtime.bigint() - t) / 1e6);
    }
    result.ms = median(times);
  }
  process.stdout.write(JSON.stringify(result));
}

/** Whether one call fits in baseline + factor x input of old-generation heap (V8 collects as
 *  much as it must to stay under the limit, so this bounds the call's live memory, not its garbage). */
function fits(name, heap0, bytes, factor) {
  const limitMb = Math.ceil((heap0 + factor * bytes) / MB);
  try {
    child(name, 'fit', ['--max-semi-space-size=1', `--max-old-space-size=${limitMb}`]);
    return true;
  } catch {
    return false;
  }
}

function child(name, mode, flags) {
  const out = execFileSync(
    process.execPath,
    [
      ...flags,
      fileURLToPath(import.meta.url),
      '--child',
      name,
      '--mode',
      mode,
      '--runs',
      String(Math.min(RUNS, 5)),
    ],
    // A shape that went quadratic must not hold the run (or the shared machine) for minutes.
    { maxBuffer: 1 << 20, timeout: 120_000, killSignal: 'SIGKILL', stdio: ['ignore', 'pipe', 'pipe'] },
  );
  return JSON.parse(out.toString());
}

function benchShapes(only) {
  const shapes = only ? SHAPES.filter((s) => s.name === only) : SHAPES;
  console.log(
    `pathological shapes: time is the median of ${Math.min(RUNS, 5)} runs. Memory, as multiples of the input: "fits"`,
  );
  console.log(
    `  is the smallest heap limit (baseline + 2x, 4x or 10x) one call runs in; "growth" is process.memoryUsage()`,
  );
  console.log(
    `  heapUsed after the call minus before (garbage not yet collected included); "kept" is what the result holds.`,
  );
  console.log(
    `  ${'shape'.padEnd(26)} ${'size'.padStart(9)} ${'ms'.padStart(9)} ${'ms/MB'.padStart(8)} ${'fits'.padStart(7)} ${'growth'.padStart(7)} ${'kept'.padStart(7)}  result`,
  );
  let worstRate = 0;
  let worstMem = 0;
  let overMemory = 0;
  for (const s of shapes) {
    let r;
    try {
      r = {
        ...child(s.name, 'time', ['--max-old-space-size=4096']),
        ...child(s.name, 'mem', ['--max-semi-space-size=1']),
      };
      // The smallest of 2x, 4x, 10x of the input that one call fits in.
      r.peak = fits(s.name, r.heap0, r.bytes, 10)
        ? fits(s.name, r.heap0, r.bytes, 4)
          ? fits(s.name, r.heap0, r.bytes, 2)
            ? '<= 2x'
            : '<= 4x'
          : '<= 10x'
        : '> 10x';
    } catch (e) {
      console.log(
        `  ${s.name.padEnd(26)} FAILED: ${String(e.stderr ?? e)
          .split('\n')
          .slice(0, 3)
          .join(' ')}`,
      );
      worstRate = Infinity;
      continue;
    }
    const mb = r.bytes / MB;
    const perMb = r.ms / mb;
    const heapX = r.heapDelta / r.bytes;
    worstRate = Math.max(worstRate, perMb);
    worstMem = Math.max(worstMem, heapX);
    if (r.peak === '> 10x') overMemory++;
    const flag = perMb > 200 || r.peak === '> 10x' ? '  <-- over budget' : '';
    console.log(
      `  ${s.name.padEnd(26)} ${`${fmt(mb, 2)} MB`.padStart(9)} ${fmt(r.ms, 1).padStart(9)} ${fmt(perMb, 1).padStart(8)} ${r.peak.padStart(7)} ${fmt(heapX, 1).padStart(7)} ${fmt(r.retained / r.bytes, 1).padStart(7)}  ${r.kind}, ${r.recipients} rcpt${r.notes ? ', notes' : ''}${flag}`,
    );
  }
  console.log(
    `  worst: ${fmt(worstRate, 1)} ms/MB (budget 200); ${overMemory} shape(s) need more than 10x the input (budget 0); largest heap growth ${fmt(worstMem, 1)}x`,
  );
  return worstRate <= 200 && overMemory === 0;
}

if (args.includes('--child')) {
  runShape(opt('--child', ''), opt('--mode', 'time'));
} else {
  const only = opt('--only', null);
  const shape = opt('--shape', null);
  if (only !== 'shapes' && !shape) benchCorpus();
  const ok = only === 'corpus' ? true : benchShapes(shape);
  process.exitCode = ok ? 0 : 1;
}
