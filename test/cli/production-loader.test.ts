// The CLI as it ships: build/cli/main.js, the loader that compiles the esbuild bundles with their
// V8 code caches and sets the loader's V8 flags (scripts/build-cli.mjs; `npm run build:cli` makes
// it, `npm test` and `npm ci` run that first). Its output on the project's fixtures must be what
// the TypeScript sources give in this process, with one thread and with worker threads; and V8
// must accept the caches (a cache made under other flags is silently ignored: right output, slow
// start). No timing here: speed is `npm run bench:cli`'s.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { sources } from '../../src/cli/inputs';
import { processSource, type Want } from '../../src/cli/process-source';
import { CSV_HEADER } from '../../src/cli/record';

const ROOT = path.join(__dirname, '..', '..');
const OUT = path.join(ROOT, 'build', 'cli');
const BIN = path.join(OUT, 'main.js');
// A few fixture folders of different formats (more than the CLI's threshold for worker threads,
// 16 sources) and the samples.
const INPUTS = ['samples', 'test/fixtures/postfix', 'test/fixtures/exchange', 'test/fixtures/robust'].map(
  (d) => path.join(ROOT, d),
);

beforeAll(() => {
  if (!fs.existsSync(BIN)) throw new Error(`${BIN} is missing: run npm run build:cli first`);
});

/** What the sources in this process print for `want`. */
function inProcess(want: Want): string {
  let out = want.out === 'csv' ? CSV_HEADER : '';
  for (const s of sources(INPUTS)) for (const r of processSource(s, want)) out += r.out;
  return out;
}

function shipped(args: string[]): { code: number | null; out: string; err: string } {
  const r = spawnSync(process.execPath, [BIN, ...args, ...INPUTS], {
    encoding: 'utf8',
    timeout: 120_000,
    maxBuffer: 64 * 1024 * 1024,
    // English text output whatever the machine's locale.
    env: { ...process.env, LC_ALL: 'C', LC_MESSAGES: '', LANG: '' },
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('build/cli/main.js gives what the sources give', () => {
  it('has more sources than the threshold for worker threads', () => {
    expect([...sources(INPUTS)].length).toBeGreaterThan(16);
  });

  it.each<[string, Want['out'], string[]]>([
    ['JSON, one thread', 'json', ['diagnose', '--json', '--jobs', '1']],
    ['JSON, two worker threads', 'json', ['diagnose', '--json', '--jobs', '2']],
    ['text, one thread', 'text', ['diagnose', '--jobs', '1']],
    ['CSV, two worker threads', 'csv', ['diagnose', '--csv', '--jobs', '2']],
  ])('%s', (_name, out, args) => {
    const r = shipped(args);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toBe(inProcess({ out, record: false, addresses: false, lang: 'en' }));
  });
});

describe('the code caches', () => {
  it.each(['bounce-lens.js', 'bounce-lens-worker.js'])('V8 accepts the cache of %s', (bundle) => {
    // In a child process: the loader sets V8 flags, which are the whole process's.
    const script = `const { compile } = require(${JSON.stringify(path.join(OUT, 'cached-load.js'))});
      const c = compile(${JSON.stringify(path.join(OUT, bundle))});
      process.stdout.write(JSON.stringify({ cached: c.cached, rejected: c.script.cachedDataRejected }));`;
    const r = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8', timeout: 60_000 });
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout)).toEqual({ cached: true, rejected: false });
  });
});
