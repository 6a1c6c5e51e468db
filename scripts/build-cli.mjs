#!/usr/bin/env node
// The CLI as two bundles with V8 code caches beside them (issue 11). tsc's output is many small
// CommonJS files (about 120 for the engine, tldts and the CLI): resolving, reading and compiling
// them, then compiling each function on its first call, was a large part of a run's start, paid
// again by each worker thread. So:
//   build/cli/bounce-lens.js, bounce-lens-worker.js   esbuild bundles of src/cli/main.ts and
//                                                     src/cli/worker.ts (one file per thread)
//   build/cli/*.js.cache                              V8's code cache of each bundle, made here
//                                                     after running it on samples/ and
//                                                     test/fixtures/, so that it holds the
//                                                     functions a run needs already compiled
//   build/cli/main.js (the bin), worker.js            loaders: compile the bundle with its cache
// A cache that does not fit (another Node version or V8 flags) is ignored by V8: the bundle is
// then compiled as usual. tsc still builds build/ first: it type-checks, and the scripts that
// load the engine alone (bench, eval) use its output.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const out = path.join(root, 'build/cli');
const MAIN = path.join(out, 'bounce-lens.js');
const WORKER = path.join(out, 'bounce-lens-worker.js');

await build({
  entryPoints: {
    'bounce-lens': path.join(root, 'src/cli/main.ts'),
    'bounce-lens-worker': path.join(root, 'src/cli/worker.ts'),
  },
  outdir: out,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  // msgreader (with iconv-lite's tables, half the bundle's size) is for .msg files only and is
  // loaded on the first one: left in node_modules, it costs a folder of .eml files no parsing.
  external: ['@kenjiuno/msgreader'],
  logLevel: 'warning',
});

// The loaders. The bundle runs as a CommonJS module of the loader's own (require, module and
// __dirname are the loader's), so `require.main === module` and the worker's path still hold.
const LOADER = `'use strict';
// Compiles a bundle of the CLI with the V8 code cache made for it at build time (scripts/build-cli.mjs).
const crypto = require('node:crypto');
const fs = require('node:fs');
const path = require('node:path');
const v8 = require('node:v8');
const vm = require('node:vm');

// TurboFan without inlining (issue 11). A run is mostly the JIT's warm-up: each thread optimizes
// the engine's large functions again (reportDiagnosis, buildContext, dsnReport...), some of them
// several times, and with inlining each compile takes in much of the engine. Without it, on 5,980
// corpus files, CPU time went down by about 10% with one thread and 20% with two (3 to 4 interleaved
// runs); the warm engine is up to 10% slower, so it pays below some 20,000 messages a thread.
// Set before any bundle is compiled, here and when the cache is made: V8 accepts a code cache only
// under the flags it was made with. The flags are the process's: worker threads share them.
v8.setFlagsFromString('--no-turbo-inlining');

// The cache file starts with the SHA-1 of the bundle it was made from: V8 itself checks only the
// source's length, and a cache of another bundle would run that bundle's code.
function compile(file) {
  const source = fs.readFileSync(file, 'utf8').replace(/^#![^\\n]*/, '');
  const hash = crypto.createHash('sha1').update(source).digest();
  let cachedData;
  try {
    const cache = fs.readFileSync(file + '.cache');
    if (cache.subarray(0, hash.length).equals(hash)) cachedData = cache.subarray(hash.length);
  } catch {
    cachedData = undefined; // no cache: compiled as usual
  }
  const wrapped = '(function (exports, require, module, __filename, __dirname) {' + source + '\\n})';
  return { script: new vm.Script(wrapped, { filename: file, cachedData }), hash, cached: cachedData !== undefined };
}

function run(compiled, file, mod, req) {
  compiled.script.runInThisContext().call(mod.exports, mod.exports, req, mod, file, path.dirname(file));
  return mod.exports;
}

module.exports = { compile, run };
`;
const entry = (bundle) => `'use strict';
const { compile, run } = require('./cached-load.js');
const file = require('node:path').join(__dirname, '${bundle}');
run(compile(file), file, module, require);
`;
fs.writeFileSync(path.join(out, 'cached-load.js'), LOADER);
fs.writeFileSync(path.join(out, 'main.js'), `#!/usr/bin/env node\n${entry('bounce-lens.js')}`);
fs.chmodSync(path.join(out, 'main.js'), 0o755);
fs.writeFileSync(path.join(out, 'worker.js'), entry('bounce-lens-worker.js'));

// The caches: each bundle run here on the project's own samples, then its compiled functions saved.
const require = createRequire(path.join(out, 'main.js'));
const { compile, run } = require('./cached-load.js');
const inputs = [path.join(root, 'samples'), path.join(root, 'test/fixtures')];
const quiet = { out: () => undefined, err: () => undefined, isTty: false };
for (const f of [MAIN, WORKER]) fs.rmSync(`${f}.cache`, { force: true });
try {
  const main = compile(MAIN);
  const cli = run(main, MAIN, { exports: {} }, require);
  for (const args of [
    ['diagnose', '--json'],
    ['diagnose'],
    ['diagnose', '--csv'],
    ['diagnose', '--addresses'],
    ['summarize'],
    ['summarize', '--json'],
  ])
    await cli.run([...args, '--jobs', '1', ...inputs], quiet);
  fs.writeFileSync(`${MAIN}.cache`, Buffer.concat([main.hash, main.script.createCachedData()]));

  // The worker bundle, with a stand-in for its parent port: it is sent each sample file as a task.
  const worker = compile(WORKER);
  let onTask = null;
  const port = { on: (_event, fn) => (onTask = fn), postMessage: () => undefined };
  const threads = { parentPort: port, workerData: { want: { out: 'json', record: true, addresses: true } } };
  run(worker, WORKER, { exports: {} }, (id) =>
    id === 'node:worker_threads' || id === 'worker_threads' ? threads : require(id),
  );
  if (!onTask) throw new Error('the worker bundle did not listen to its port');
  const files = inputs.flatMap((dir) =>
    fs.readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()),
  );
  files.forEach((e, id) =>
    onTask({ id, parts: [{ source: { file: path.join(e.parentPath ?? e.path, e.name), error: null } }] }),
  );
  fs.writeFileSync(`${WORKER}.cache`, Buffer.concat([worker.hash, worker.script.createCachedData()]));
} catch (e) {
  // The CLI works without the caches, only starts slower.
  console.warn(`build-cli: no code cache (${e instanceof Error ? e.message : String(e)})`);
}
