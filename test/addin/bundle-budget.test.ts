// The production build, checked: the JavaScript the pane loads up front stays within 150 KB
// gzipped; the engine and the .msg reader are separate chunks loaded on demand; office.js from
// Microsoft's CDN is the only thing loaded from outside; no polyfill bundle; the manifest's URLs
// are rewritten to ADDIN_URL. Builds once into a temporary folder (about 20 s).
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { gzipSync } from 'node:zlib';

const root = path.join(__dirname, '..', '..');
const BUDGET_KB = 150;
const ADDIN_URL = 'https://bounce-lens.example.net/pane/';
const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';

let out = '';
let html = '';

const gzipKb = (file: string) => gzipSync(fs.readFileSync(path.join(out, file)), { level: 9 }).length / 1024;
const scriptSrcs = () => [...html.matchAll(/<script[^>]*\ssrc="?([^\s">]+)/g)].map((m) => m[1] as string);
const jsFiles = () => fs.readdirSync(out).filter((f) => f.endsWith('.js'));

beforeAll(() => {
  out = fs.mkdtempSync(path.join(os.tmpdir(), 'bounce-lens-dist-'));
  execFileSync(process.execPath, [require.resolve('webpack-cli/bin/cli.js'), '--mode', 'production', '--env', `outDir=${out}`], {
    cwd: root,
    env: { ...process.env, ADDIN_URL },
    stdio: 'pipe',
    timeout: 240_000,
  });
  html = fs.readFileSync(path.join(out, 'taskpane.html'), 'utf8');
}, 300_000);

afterAll(() => {
  if (out) fs.rmSync(out, { recursive: true, force: true });
});

describe('production build', () => {
  test(`the pane's up-front JavaScript is at most ${BUDGET_KB} KB gzipped`, () => {
    const local = scriptSrcs().filter((src) => !src.startsWith('https://'));
    expect(local.length).toBeGreaterThan(0);
    const total = local.reduce((sum, src) => sum + gzipKb(src), 0);
    expect(total).toBeLessThanOrEqual(BUDGET_KB);
  });

  test('the engine and the .msg reader are chunks loaded on demand, not up front', () => {
    const chunks = jsFiles();
    const engine = chunks.find((f) => f.startsWith('engine.'));
    const msgreader = chunks.find((f) => f.startsWith('msgreader.'));
    expect(engine).toBeDefined();
    expect(msgreader).toBeDefined();
    expect(scriptSrcs()).not.toContain(engine);
    expect(scriptSrcs()).not.toContain(msgreader);
    const main = scriptSrcs().filter((s) => !s.startsWith('https://'));
    for (const file of main) {
      const code = fs.readFileSync(path.join(out, file), 'utf8');
      expect(code).not.toContain('__substg1.0_'); // msgreader's property stream prefix
    }
    // Everything a diagnosis needs (pane + engine) stays well below a full-library mistake such
    // as `import * as F from '@fluentui/react-components'` (370 KB on its own).
    const firstDiagnosis = main.reduce((sum, f) => sum + gzipKb(f), 0) + gzipKb(engine as string);
    expect(firstDiagnosis).toBeLessThan(300);
  });

  test('office.js from its CDN is the only script from outside, and there is no polyfill bundle', () => {
    expect(scriptSrcs().filter((s) => s.startsWith('http'))).toEqual([OFFICE_JS]);
    expect(html).not.toMatch(/<link[^>]*href="?https?:/);
    for (const file of jsFiles()) {
      const code = fs.readFileSync(path.join(out, file), 'utf8');
      expect(code).not.toContain('core-js');
      expect(code).not.toContain('regeneratorRuntime');
    }
  });

  test('dist has the manifest with ADDIN_URL, the icons and the support page', () => {
    const manifest = fs.readFileSync(path.join(out, 'manifest.xml'), 'utf8');
    expect(manifest).not.toContain('localhost');
    expect(manifest).toContain(`${ADDIN_URL}taskpane.html`);
    for (const n of [16, 32, 64, 80, 128]) {
      expect(fs.existsSync(path.join(out, 'assets', `icon-${n}.png`))).toBe(true);
      expect(manifest).toContain(`${ADDIN_URL}assets/icon-${n}.png`);
    }
    expect(fs.existsSync(path.join(out, 'support.html'))).toBe(true);
  });
});

describe('npm run demo (scripts/demo.mjs) on that build', () => {
  let demo: ChildProcess | null = null;
  let base = '';

  beforeAll(async () => {
    demo = spawn(process.execPath, [path.join(root, 'scripts/demo.mjs')], { env: { ...process.env, BOUNCE_LENS_DIST: out, PORT: '0' }, stdio: ['ignore', 'pipe', 'pipe'] });
    base = await new Promise<string>((resolve, reject) => {
      let text = '';
      demo?.stdout?.on('data', (chunk: Buffer) => {
        text += chunk.toString();
        const at = text.indexOf('http://localhost:');
        const end = at >= 0 ? text.indexOf('/taskpane.html', at) : -1;
        if (end > 0) resolve(text.slice(at, end));
      });
      demo?.once('exit', (code) => reject(new Error(`demo exited with ${code}`)));
    });
  }, 30_000);

  afterAll(() => {
    demo?.kill();
  });

  test('prints its URL and serves the pane without office.js, under a same-origin CSP', async () => {
    const response = await fetch(`${base}/taskpane.html?demo`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
    const page = await response.text();
    expect(page).not.toMatch(/<script[^>]*appsforoffice/);
    expect(page).toContain('<script');
  });

  test('lists and serves the samples, and nothing outside its folders', async () => {
    const list = (await (await fetch(`${base}/samples/index.json`)).json()) as { name: string; title: string }[];
    expect(list.map((s) => s.name)).toEqual(expect.arrayContaining(['exchange-online-recipnotfound.eml']));
    expect((await fetch(`${base}/samples/${list[0]?.name ?? ''}`)).status).toBe(200);
    expect((await fetch(`${base}/samples/..%2fpackage.json`)).status).toBe(404);
    expect((await fetch(`${base}/..%2fpackage.json`)).status).toBe(404);
  });
});
