// Screenshots of the pane for the README: the demo (standalone pane, built dist/) on a sample
// bounce, light and dark, and in German and Japanese (?lang=; a bounce whose headline is the
// engine's own, not the server's English sentence), in Debian's Chromium driven by playwright-core.
// Japanese needs a CJK font on the machine (Debian: fonts-ipafont-gothic or fonts-noto-cjk). Every request that
// would leave loopback is refused and counted; the run fails if there is any.
// Usage: npm run build && node scripts/screenshot.mjs [sample-file]
import { chromium } from 'playwright-core';
import { existsSync, readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startDemo } from './demo.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const sample = process.argv[2] ?? 'exchange-online-recipnotfound.eml';
// Debian's binary, not its wrapper (whose /etc/chromium.d flags enable extension updates): see
// test/e2e/browser.ts.
const CHROMIUM =
  process.env.CHROMIUM_PATH ??
  (existsSync('/usr/lib/chromium/chromium') ? '/usr/lib/chromium/chromium' : '/usr/bin/chromium');
// The same flags as the browser tests: headless, and fenced to loopback.
const FLAGS = JSON.parse(readFileSync(join(root, 'scripts', 'chromium-flags.json'), 'utf8'));

const server = await startDemo({ port: 0 });
const { port } = server.address();
const browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
const outside = [];
const shots = [
  { file: 'pane-light', theme: 'light', query: '', sample },
  { file: 'pane-dark', theme: 'dark', query: '', sample },
  { file: 'pane-de', theme: 'light', query: '&lang=de', sample: 'postfix-mailbox-full.eml' },
  { file: 'pane-ja', theme: 'light', query: '&lang=ja', sample: 'postfix-mailbox-full.eml' },
];
try {
  for (const shot of shots) {
    const { theme } = shot;
    // About the size of Outlook's task pane (the answer fits its first screen; the admin details
    // stay folded).
    const context = await browser.newContext({
      viewport: { width: 360, height: 720 },
      deviceScaleFactor: 1.5,
      colorScheme: theme,
    });
    await context.route('**/*', (route) => {
      const host = new URL(route.request().url()).hostname;
      if (host === 'localhost' || host === '127.0.0.1') return route.continue();
      outside.push(route.request().url());
      return route.abort();
    });
    const page = await context.newPage();
    await page.goto(
      `http://localhost:${port}/taskpane.html?demo&theme=${theme}${shot.query}&sample=${encodeURIComponent(shot.sample)}`,
    );
    await page.waitForSelector('[data-testid=diagnosis]');
    // The actions and the admin details are chunks of their own: wait until they are drawn.
    await page.waitForSelector('[data-testid=admin-details]');
    // Focus went to the answer: drop it so that no focus ring is drawn.
    await page.locator('[data-testid=diagnosis] h2').evaluate((el) => el.blur());
    const file = join(root, 'docs', `${shot.file}.png`);
    await page.screenshot({ path: file });
    console.log(`docs/${shot.file}.png`);
    await context.close();
  }
} finally {
  await browser.close();
  server.close();
}
if (outside.length > 0) {
  console.error(`requests that tried to leave loopback:\n  ${outside.join('\n  ')}`);
  process.exitCode = 1;
}
