// The HTML report in a real browser (Debian's Chromium through playwright-core, fenced to
// loopback as the e2e suite is): axe finds no serious or critical violation, the page asks for
// nothing but itself, its CSP lets its own style and script run (and nothing else), and the table
// sorts and filters. Skips with a message when Chromium is absent.
import * as fs from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { run } from '../../src/cli/main';
import { axeViolations, seriousOrCritical } from '../e2e/a11y';
import { CHROMIUM, launchOptions, startRecordingProxy, type RecordingProxy } from '../e2e/browser';
import { dsn, FULL, LATER, UNKNOWN } from './fixtures';

const HAVE_CHROMIUM = fs.existsSync(CHROMIUM);
const CORPUS = path.resolve(
  __dirname,
  '..',
  '..',
  process.env['BOUNCE_LENS_SHARED'] ?? '../shared',
  'corpus',
  'maildir',
);

let work: string;
let browser: Browser;
let proxy: RecordingProxy;
let server: Server;
let base: string;
const pages = new Map<string, string>();

async function report(name: string, target: string): Promise<void> {
  const file = path.join(work, `${name}.html`);
  await run(['summarize', '--addresses', '--html', file, target], {
    out: () => {},
    err: () => {},
    isTty: false,
  });
  pages.set(`/${name}.html`, fs.readFileSync(file, 'utf8'));
}

beforeAll(async () => {
  if (!HAVE_CHROMIUM) return;
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'bounce-lens-html-'));
  const folder = path.join(work, 'bounces');
  fs.mkdirSync(folder);
  const files: Record<string, string> = {
    'a.eml': dsn({
      id: 'a',
      recipients: [UNKNOWN('gone@big.example'), UNKNOWN('left@big.example')],
      date: 'Tue, 4 Mar 2025 09:00:00 +0000',
      reportingMta: 'mta1.example.net',
    }),
    'b.eml': dsn({
      id: 'b',
      recipients: [FULL('full@small.example')],
      date: 'Wed, 5 Mar 2025 09:00:00 +0000',
      reportingMta: 'mta1.example.net',
    }),
    'c.eml': dsn({
      id: 'c',
      recipients: [LATER('slow@slow.example')],
      date: 'Fri, 7 Mar 2025 09:00:00 +0000',
      reportingMta: 'mta2.example.net',
    }),
    'd.eml': dsn({
      id: 'd',
      recipients: [
        {
          address: 'x@evil.example',
          status: '5.1.1',
          diagnostic:
            '550 5.1.1 <img src="http://tracker.example/p.gif"> <a href="https://evil.example">no such user</a>',
        },
      ],
      date: 'Fri, 7 Mar 2025 10:00:00 +0000',
      reportingMta: 'mta2.example.net',
    }),
    'e.eml': '',
  };
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(folder, name), text);
  await report('fixtures', folder);
  if (fs.existsSync(CORPUS)) await report('corpus', CORPUS);
  server = createServer((req, res) => {
    const body = pages.get(req.url ?? '');
    res.writeHead(body ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' });
    res.end(body ?? '');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  proxy = await startRecordingProxy();
  browser = await chromium.launch(launchOptions(proxy.url));
  // Summarizing the corpus and starting Chromium: seconds here, minutes on a loaded machine.
}, 600_000);

afterAll(async () => {
  if (!HAVE_CHROMIUM) return;
  await browser?.close();
  await proxy?.close();
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  fs.rmSync(work, { recursive: true, force: true });
});

interface Opened {
  page: Page;
  requests: string[];
  problems: string[];
}

async function open(name: string): Promise<Opened> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const requests: string[] = [];
  const problems: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(m.text());
  });
  page.on('pageerror', (e) => problems.push(e.message));
  await page.goto(`${base}/${name}.html`);
  return { page, requests, problems };
}

const cases = (): string[] => ['fixtures', ...(fs.existsSync(CORPUS) ? ['corpus'] : [])];

(HAVE_CHROMIUM ? describe : describe.skip)('the HTML report in Chromium', () => {
  if (!fs.existsSync(CORPUS)) console.log(`the corpus report is skipped: no corpus at ${CORPUS}`);

  it.each(cases())(
    '%s: under 500 KB, axe 0 serious/critical, no request but the page, no CSP error',
    async (name) => {
      const html = pages.get(`/${name}.html`) as string;
      expect(Buffer.byteLength(html)).toBeLessThan(500 * 1024);
      const { page, requests, problems } = await open(name);
      await page.locator('details > summary').first().click(); // an address list open, checked too
      expect(seriousOrCritical(await axeViolations(page))).toEqual([]);
      expect(requests).toEqual([`${base}/${name}.html`]);
      expect(problems).toEqual([]);
      // Whatever reached the refusing proxy came from the browser, not the page (whose requests are
      // all above); Chromium's component updater asks update.googleapis.com on its own despite
      // --disable-component-update, and is refused there like everything else.
      expect(proxy.attempts.filter((a) => !a.includes('update.googleapis.com'))).toEqual([]);
      await page.context().close();
    },
  );

  it('hostile markup in a server line stays text: no image, no link', async () => {
    const { page } = await open('fixtures');
    expect(await page.locator('table img, table a').count()).toBe(0);
    await expect(
      page.locator('td.example').filter({ hasText: '<img src="http://tracker.example/p.gif">' }).count(),
    ).resolves.toBe(1);
    await page.context().close();
  });

  it.each<[string, (p: Page) => Promise<void>, string, string[]]>([
    [
      'as written: worst first',
      async () => {},
      '4 of 4 groups shown',
      ['big.example', 'evil.example', 'small.example', 'slow.example'],
    ],
    [
      'sorted by domain',
      (p) => p.getByRole('button', { name: 'Domain' }).click(),
      '4 of 4 groups shown',
      ['big.example', 'evil.example', 'slow.example', 'small.example'],
    ],
    [
      'filtered by text',
      (p) => p.getByLabel('Filter (any text in a row, addresses too)').fill('left@'),
      '1 of 4 groups shown',
      ['big.example'],
    ],
    [
      'filtered by owner',
      async (p) => {
        await p.getByLabel('Who must fix it', { exact: true }).selectOption('recipient');
      },
      '1 of 4 groups shown',
      ['small.example'],
    ],
  ])('the table %s', async (_name, act, status, domains) => {
    const { page, problems } = await open('fixtures');
    await act(page);
    await expect(page.locator('#shown').textContent()).resolves.toBe(status);
    const shown = await page.locator('#groups tbody tr:not([hidden]) td:nth-child(3)').allTextContents();
    expect(shown).toEqual(domains);
    expect(problems).toEqual([]);
    await page.context().close();
  });
});
