// The production build, checked: everything an ordinary bounce loads (the pane loaded up front,
// the engine chunk, the one theme and the one language the pane shows, the actions shown with the
// answer and the Copy summary text fetched once it is shown) stays within 150 KB gzipped, in every
// language and theme; what only some bounces need loads on demand in chunks of its own: the authentication analysis with the
// Public Suffix List (tldts), the .msg reader, the readers of rare formats (src/diagnosis/formats/
// on-demand.ts) with the fallback readings (fallback-recipients.ts), the rule table's phrases few bounces have (src/diagnosis/rules/rare-phrases.ts)
// with the words of other languages that have letters past ASCII (src/diagnosis/text/localized.ts),
// and in languages other than English the advice of the eight categories few
// bounces have (src/i18n/advice-rare.ts). office.js from Microsoft's CDN is the only thing
// loaded from outside; no polyfill bundle; the manifest's URLs are rewritten to ADDIN_URL. Builds
// once into a temporary folder (about 30 s on a quiet machine). The figures are printed for the README.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { gzipSync } from 'node:zlib';
import { RARE_KEY_HASHES } from '../../src/diagnosis/rules/rare-key-hashes';

const root = path.join(__dirname, '..', '..');
const BUDGET_KB = 150;
const ADDIN_URL = 'https://bounce-lens.example.net/pane/';
const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';

let out = '';
let html = '';

const gzipKb = (file: string) => gzipSync(fs.readFileSync(path.join(out, file)), { level: 9 }).length / 1024;
const scriptSrcs = () => [...html.matchAll(/<script[^>]*\ssrc="?([^\s">]+)/g)].map((m) => m[1] as string);
const jsFiles = () => fs.readdirSync(out).filter((f) => f.endsWith('.js'));
// includes(), not toContain(): a miss would print a whole chunk.
const has = (file: string, text: string) => fs.readFileSync(path.join(out, file), 'utf8').includes(text);

beforeAll(() => {
  out = fs.mkdtempSync(path.join(os.tmpdir(), 'bounce-lens-dist-'));
  execFileSync(
    process.execPath,
    [require.resolve('webpack-cli/bin/cli.js'), '--mode', 'production', '--env', `outDir=${out}`],
    {
      cwd: root,
      env: { ...process.env, ADDIN_URL },
      stdio: 'pipe',
      // About 30 s on a quiet machine, past 4 minutes on a loaded 2-core one: the limit is only
      // there so that a hung build ends the run.
      timeout: 1_200_000,
    },
  );
  html = fs.readFileSync(path.join(out, 'taskpane.html'), 'utf8');
}, 1_300_000);

afterAll(() => {
  if (out) fs.rmSync(out, { recursive: true, force: true });
});

describe('production build', () => {
  const chunk = (name: string) => {
    const found = jsFiles().filter((f) => f.startsWith(`${name}.`));
    expect(found).toHaveLength(1);
    return found[0] as string;
  };
  const upFront = () => scriptSrcs().filter((src) => !src.startsWith('https://'));
  const THEMES = ['theme-light', 'theme-dark', 'theme-high-contrast'];
  const LANGUAGES = [
    'lang-en',
    'lang-de',
    'lang-fr',
    'lang-es',
    'lang-pt-BR',
    'lang-it',
    'lang-nl',
    'lang-ja',
    'lang-zh-CN',
    'lang-ko',
  ];
  // Shown with every answer (the actions under the fix) or fetched once it is shown (Copy summary).
  const WITH_EVERY_ANSWER = ['actions', 'summary'];
  // Microsoft's rule advice in a language: only when a shown rule has advice of its own.
  const RULE_ADVICE = ['rule-advice-de', 'rule-advice-ja', 'rule-advice-zh-CN'];
  // The rare categories' advice in a language: only when a shown recipient has one of them.
  const RARE_ADVICE = ['advice-rare-de', 'advice-rare-ja', 'advice-rare-zh-CN', 'advice-rare-ko'];
  // tldts carries the Public Suffix List, hundreds of punycode ("xn--") names.
  const pslNames = (file: string) => fs.readFileSync(path.join(out, file), 'utf8').split('xn--').length - 1;

  test(`an ordinary bounce loads at most ${BUDGET_KB} KB gzipped: the pane, the engine, the actions, one theme and one language`, () => {
    expect(upFront().length).toBeGreaterThan(0);
    const pane = upFront().reduce((sum, src) => sum + gzipKb(src), 0);
    const engine = [chunk('engine'), ...WITH_EVERY_ANSWER.map(chunk)].reduce((sum, f) => sum + gzipKb(f), 0);
    const sizes = Object.fromEntries(
      jsFiles().map((f) => [f.slice(0, f.indexOf('.')), Number(gzipKb(f).toFixed(1))]),
    );
    console.log(`gzipped KB: ${JSON.stringify(sizes)}`);
    for (const theme of THEMES)
      for (const lang of LANGUAGES) {
        const total = pane + engine + gzipKb(chunk(theme)) + gzipKb(chunk(lang));
        expect([theme, lang, total <= BUDGET_KB ? 'within' : `${total.toFixed(1)} KB`]).toEqual([
          theme,
          lang,
          'within',
        ]);
      }
  });

  test('the engine, the themes, the languages, the authentication analysis (tldts), the .msg reader, the rare formats, the rule advice and the paste box load on demand', () => {
    for (const name of [
      'engine',
      'auth',
      'formats',
      'phrases',
      'msgreader',
      'advice',
      'input',
      'admin',
      'summary',
      'lang-pseudo',
      // Only older Outlooks (headers and body) and items with attached messages need these readers.
      'read-headers-body',
      'read-attachments',
      ...THEMES,
      ...LANGUAGES,
      ...RULE_ADVICE,
      ...RARE_ADVICE,
    ])
      expect(upFront()).not.toContain(chunk(name));
    // A language's chunk leaves the rare categories' advice to its own chunk.
    for (const lang of ['de', 'ja', 'zh-CN', 'ko']) {
      expect([lang, has(chunk(`lang-${lang}`), '"advice.rate-limited.user"')]).toEqual([lang, false]);
      expect([lang, has(chunk(`advice-rare-${lang}`), '"advice.rate-limited.user"')]).toEqual([lang, true]);
      expect([lang, gzipKb(chunk(`advice-rare-${lang}`)) < 3]).toEqual([lang, true]);
    }
    for (const name of RULE_ADVICE) expect([name, gzipKb(chunk(name)) < 12]).toEqual([name, true]);
    // Each language, English included, loads once the language is known.
    for (const name of LANGUAGES) expect([name, gzipKb(chunk(name)) < 12]).toEqual([name, true]);
    // The English strings, the engine's English advice per category included, are in no chunk
    // but English's: the pane's engine takes the words of the pane's language.
    for (const file of jsFiles().filter((f) => f !== chunk('lang-en')))
      expect([file, has(file, 'Who must fix it') || has(file, 'Check the spelling of the address')]).toEqual([
        file,
        false,
      ]);
    // The Public Suffix List is in the auth chunk alone: not in the pane, the engine or a theme.
    expect(pslNames(chunk('auth'))).toBeGreaterThan(100);
    for (const file of jsFiles().filter((f) => f !== chunk('auth'))) expect(pslNames(file)).toBe(0);
    // Nor is the analysis itself (its advice ends in these words), nor the .msg reader's code
    // (its property stream prefix).
    for (const file of [...upFront(), chunk('engine')]) {
      expect([file, has(file, 'Never retreat to p=none'), has(file, '__substg1.')]).toEqual([
        file,
        false,
        false,
      ]);
    }
    expect(has(chunk('auth'), 'Never retreat to p=none')).toBe(true);
    expect(has(chunk('msgreader'), '__substg1.')).toBe(true);
    // Microsoft's rule advice (its 5.7.133 fix page) is in its chunk, not in the engine.
    expect(has(chunk('engine'), 'fix-error-code-5-7-133')).toBe(false);
    expect(has(chunk('advice'), 'fix-error-code-5-7-133')).toBe(true);
    expect(gzipKb(chunk('auth'))).toBeLessThan(80);
    // The readers of rare formats (DragonFly's sentence) are in their chunk; their signs stay.
    expect(has(chunk('engine'), 'there was an error delivering your mail to ')).toBe(false);
    expect(has(chunk('formats'), 'there was an error delivering your mail to ')).toBe(true);
    expect(has(chunk('engine'), 'this is the dragonfly mail agent')).toBe(true);
    // The fallback readings of a clear bounce no recognizer read load with them (their note).
    const FALLBACK_NOTE = 'the recipients are the To and Cc of the returned original message';
    expect(has(chunk('engine'), FALLBACK_NOTE)).toBe(false);
    expect(has(chunk('formats'), FALLBACK_NOTE)).toBe(true);
    // So are the rule table's phrases few bounces have (Amazon SES's suppression list subtype); the
    // engine keeps their key words' hashes, not the words.
    expect(has(chunk('engine'), 'bouncesubtype: onaccountsuppressionlist')).toBe(false);
    expect(has(chunk('phrases'), 'bouncesubtype: onaccountsuppressionlist')).toBe(true);
    expect(has(chunk('engine'), '"onaccountsuppressionlist"')).toBe(false);
    expect(has(chunk('engine'), RARE_KEY_HASHES.slice(0, 40))).toBe(true);
    // The words of other languages with letters past ASCII load with them (Exchange's Japanese
    // "Diagnostic information for administrators"); their ASCII neighbours stay in the engine.
    expect(has(chunk('engine'), '管理者向けの診断情報')).toBe(false);
    expect(has(chunk('phrases'), '管理者向けの診断情報')).toBe(true);
    expect(has(chunk('engine'), 'diagnostische informatie voor beheerders')).toBe(true);
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
    demo = spawn(process.execPath, [path.join(root, 'scripts/demo.mjs')], {
      env: { ...process.env, BOUNCE_LENS_DIST: out, PORT: '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
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
  }, 120_000);

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
    const list = (await (await fetch(`${base}/samples/index.json`)).json()) as {
      name: string;
      title: string;
    }[];
    expect(list.map((s) => s.name)).toEqual(expect.arrayContaining(['exchange-online-recipnotfound.eml']));
    expect((await fetch(`${base}/samples/${list[0]?.name ?? ''}`)).status).toBe(200);
    expect((await fetch(`${base}/samples/..%2fpackage.json`)).status).toBe(404);
    expect((await fetch(`${base}/..%2fpackage.json`)).status).toBe(404);
  });
});
