#!/usr/bin/env node
// The CLI as two bundled scripts (build/cli/main.js and its worker thread, build/cli/worker.js),
// written over tsc's many small CommonJS files of the same names: Node then resolves, reads and
// compiles one file per thread instead of about 120 (the engine, tldts and the CLI), which was a
// large part of a short run's start-up (issue 11). tsc still builds build/ first: it type-checks,
// and the scripts that load the engine alone (bench, eval) use its output.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

await build({
  entryPoints: {
    main: path.join(root, 'src/cli/main.ts'),
    worker: path.join(root, 'src/cli/worker.ts'),
  },
  outdir: path.join(root, 'build/cli'),
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  // msgreader (with iconv-lite's tables, half the bundle's size) is for .msg files only and is
  // loaded on the first one: left in node_modules, it costs a folder of .eml files no parsing.
  external: ['@kenjiuno/msgreader'],
  logLevel: 'warning',
});
