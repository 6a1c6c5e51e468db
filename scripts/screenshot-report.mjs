// The screenshot of `bounce-lens summarize --html` for the README: a report on 600 generated
// bounces (scripts/generated-bounces.mjs: no real message text), opened in Debian's Chromium
// with the browser tests' flags, every request but the page itself refused and counted.
// Usage: npm run build:cli && node scripts/screenshot-report.mjs
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { generatedBounce } from './generated-bounces.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const FLAGS = JSON.parse(readFileSync(join(root, 'scripts', 'chromium-flags.json'), 'utf8'));

const work = mkdtempSync(join(tmpdir(), 'bounce-lens-report-shot-'));
const outside = [];
try {
  const folder = join(work, 'bounces');
  execFileSync('mkdir', [folder]);
  for (let i = 0; i < 600; i++)
    writeFileSync(join(folder, `${String(i).padStart(4, '0')}.eml`), generatedBounce(i, { distinct: false }));
  const page = join(work, 'report.html');
  execFileSync(
    process.execPath,
    [join(root, 'build', 'cli', 'main.js'), 'summarize', '--html', page, folder],
    {
      stdio: 'ignore',
    },
  );
  const html = readFileSync(page);
  const server = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(html);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${server.address().port}/report.html`;
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
  try {
    const context = await browser.newContext({
      viewport: { width: 1280, height: 1500 },
      deviceScaleFactor: 1,
    });
    const tab = await context.newPage();
    tab.on('request', (r) => {
      if (r.url() !== url) outside.push(r.url());
    });
    await tab.goto(url);
    await tab.getByLabel('Filter (any text in a row, addresses too)').fill('mail.example.com');
    await tab.screenshot({ path: join(root, 'docs', 'report.png') });
    console.log('docs/report.png');
  } finally {
    await browser.close();
    server.close();
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
if (outside.length > 0) {
  console.error(`requests beyond the page:\n  ${outside.join('\n  ')}`);
  process.exitCode = 1;
}
