// The CLI as a process, as an admin runs it: standard input, worker threads (--jobs) giving the
// same output in the same order as one thread, and the exit codes. The CLI is bundled with
// esbuild into a temporary folder (main.js and worker.js side by side, as tsc builds them).
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { gzipSync } from 'node:zlib';
import { buildSync } from 'esbuild';
import { dsn, FULL, LATER, mbox, UNKNOWN } from './fixtures';

const ROOT = path.join(__dirname, '..', '..');
// Made at load time: the tables below name files in it.
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'bounce-lens-process-'));
const bin = path.join(work, 'bin', 'main.js');
const folder = path.join(work, 'bounces');

const bounce = (i: number) =>
  dsn({
    id: `m${i}`,
    recipients: [
      i % 3 === 0
        ? FULL(`full${i}@d${i % 4}.example`)
        : i % 5 === 0
          ? LATER(`slow${i}@d${i % 4}.example`)
          : UNKNOWN(`gone${i}@d${i % 4}.example`),
    ],
    date: `Tue, ${1 + (i % 28)} Apr 2025 09:00:00 +0000`,
    reportingMta: `mta${i % 3}.example.net`,
  });

beforeAll(() => {
  buildSync({
    entryPoints: {
      main: path.join(ROOT, 'src/cli/main.ts'),
      worker: path.join(ROOT, 'src/cli/worker.ts'),
      pool: path.join(ROOT, 'src/cli/pool.ts'),
    },
    bundle: true,
    platform: 'node',
    target: 'node20',
    outdir: path.join(work, 'bin'),
    logLevel: 'silent',
  });
  // More files than the threshold for worker threads, of every kind, and one that fails.
  fs.mkdirSync(folder);
  for (let i = 0; i < 40; i++) {
    const name = path.join(folder, `m${String(i).padStart(2, '0')}.eml`);
    if (i === 7) fs.writeFileSync(name, '');
    else if (i % 10 === 4) fs.writeFileSync(`${name}.gz`, gzipSync(bounce(i)));
    else if (i === 20)
      fs.writeFileSync(name.replace(/\.eml$/, '.mbox'), mbox([bounce(i), bounce(i + 100), bounce(i + 200)]));
    else fs.writeFileSync(name, bounce(i));
  }
});
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

function cli(args: string[], input?: Uint8Array | string): { code: number | null; out: string; err: string } {
  const r = spawnSync(process.execPath, [bin, ...args], { input, encoding: 'utf8', timeout: 120_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('standard input', () => {
  it.each<[string, Uint8Array | string]>([
    ['a message', bounce(1)],
    ['a gzip-compressed message', gzipSync(bounce(1))],
    ['an mbox', mbox([bounce(1), bounce(2)])],
  ])('"-" reads %s', (_name, input) => {
    const r = cli(['diagnose', '--json', '-'], input);
    expect(r.code).toBe(0);
    const lines = r.out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { file: string; kind: string });
    expect(lines.map((l) => l.file)[0]).toMatch(/^-(#1)?$/);
    expect(lines.every((l) => l.kind === 'bounce')).toBe(true);
  });

  it('nothing on standard input: an error for "-", exit 1', () => {
    const r = cli(['diagnose', '-'], '');
    expect(r.code).toBe(1);
    expect(r.out).toBe('-\n  error: empty file (0 bytes)\n');
  });
});

describe('--jobs', () => {
  it.each([
    ['diagnose', '--json'],
    ['diagnose', '--csv'],
    ['diagnose', '--addresses'],
    ['summarize', '--json'],
    ['summarize', '--csv'],
  ])(
    '%s %s: the same output with 1 and 3 worker threads, in input order; exit 1 for the empty file',
    (cmd, format) => {
      const one = cli([cmd, format, '--jobs', '1', folder]);
      const three = cli([cmd, format, '--jobs', '3', folder]);
      expect(one.code).toBe(1);
      expect(three.code).toBe(1);
      expect(three.out).toBe(one.out);
      expect(one.out.length).toBeGreaterThan(100);
    },
  );

  it('input order: files sorted, then mbox messages in order', () => {
    const files = cli(['diagnose', '--json', '--jobs', '2', folder])
      .out.trim()
      .split('\n')
      .map((l) => path.basename((JSON.parse(l) as { file: string }).file));
    expect(files).toHaveLength(42);
    expect(files.slice(19, 24)).toEqual(['m19.eml', 'm20.mbox#1', 'm20.mbox#2', 'm20.mbox#3', 'm21.eml']);
    expect(files).toContain('m04.eml.gz');
  });
});

describe('one large mbox shared by the workers', () => {
  // The main thread splits an mbox above a size into batches of 256 messages for all workers; a
  // small threshold here stands in for the 8 MB of real runs.
  type Pool = typeof import('../../src/cli/pool');
  type Inputs = typeof import('../../src/cli/inputs');
  const box = () => path.join(work, 'list-bounces.mbox');

  it('the same results in the same order as one thread, each source ended once', async () => {
    const messages = Array.from({ length: 700 }, (_, i) => bounce(i));
    fs.writeFileSync(box(), mbox(messages));
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- the bundled pool, beside its worker.js
    const pool = require(path.join(work, 'bin', 'pool.js')) as Pool;
    const { sources } = jest.requireActual<Inputs>('../../src/cli/inputs');
    const list = [...sources([path.join(folder, 'm01.eml'), box(), path.join(folder, 'm02.eml')])];
    const want = { out: 'json', record: false, addresses: false, lang: 'en' } as const;
    const collect = async (split: boolean) => {
      const lines: string[] = [];
      let ended = 0;
      const sink = { result: (r: { out: string }) => lines.push(r.out), sourceDone: () => ended++ };
      if (split) await pool.runInWorkers(list, want, 3, path.join(work, 'bin', 'worker.js'), sink, 1024);
      else pool.runInProcess(list, want, sink);
      return { lines, ended };
    };
    const one = await collect(false);
    const split = await collect(true);
    expect(one.lines).toHaveLength(702);
    expect(split).toEqual(one);
    expect(one.ended).toBe(3);
  });

  it('plan: batches of 256 for the large mbox, whole sources otherwise', () => {
    const { plan } = jest.requireActual<Pool>('../../src/cli/pool');
    const { sources } = jest.requireActual<Inputs>('../../src/cli/inputs');
    const list = [...sources([path.join(folder, 'm01.eml'), box()])];
    const planned = [...plan(list, 1024)].map((t) => [
      'messages' in t.body ? t.body.messages.length : path.basename(t.body.source.file),
      t.endsSource,
    ]);
    expect(planned).toEqual([
      ['m01.eml', true],
      [256, false],
      [256, false],
      [188, true],
    ]);
  });
});

describe('exit codes and streams', () => {
  it.each<[string, string[], number]>([
    ['every input read', ['diagnose', path.join(folder, 'm01.eml')], 0],
    ['an input failed', ['diagnose', path.join(folder, 'm07.eml')], 1],
    ['a missing input', ['diagnose', path.join(folder, 'nothing-here.eml')], 1],
    ['a usage error', ['diagnose', '--frob', folder], 2],
    ['no command', [], 2],
  ])('%s (%j): exit %i', (_name, args, code) => {
    expect(cli(args).code).toBe(code);
  });

  it('a reader that stops early (| head) ends the run quietly', () => {
    const r = spawnSync(
      'sh',
      ['-c', `"${process.execPath}" "${bin}" diagnose --jobs 2 "${folder}" | head -n 1`],
      {
        encoding: 'utf8',
      },
    );
    expect(r.stderr).toBe('');
    expect(r.stdout.split('\n')).toHaveLength(2);
  });
});
