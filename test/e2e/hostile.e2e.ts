// Hostile bounces in the built pane: nothing runs (window.__pwned stays unset, no dialog, no CSP
// violation: the markup is never even attempted), no request leaves loopback, the pane answers a
// click at once, and the text is shown as text. Plus the Content-Security-Policy itself.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { distDir } from './browser';
import { markupEverywhere, megabyteLine, tenThousandRecipients } from './hostile';
import { messageItem } from './items';
import { OFFICE_JS, type Pane } from './pane';
import { useE2E } from './suite';
import { expandAll } from './a11y';

const e2e = useE2E();
// A click must be answered, not frozen behind a payload: about 100-600 ms here, 10-20x that on a
// loaded 2-core machine. The bound catches a hang; speed itself is measured by npm run bench:pane.
const CLICK_BUDGET_MS = 8000;

/** Everything in the DOM that could run or load something the pane didn't write. */
async function activeContent(pane: Pane): Promise<string[]> {
  return pane.page.evaluate((officeJs) => {
    const bad: string[] = [];
    const pwned = (window as unknown as { __pwned?: unknown }).__pwned;
    if (pwned !== undefined) bad.push(`window.__pwned = ${String(pwned)}`);
    for (const s of Array.from(document.scripts)) {
      if (!s.src) bad.push(`inline <script>: ${s.text.slice(0, 60)}`);
      else if (!s.src.startsWith(`${location.origin}/`) && s.src !== officeJs)
        bad.push(`<script src=${s.src}>`);
    }
    for (const el of Array.from(
      document.querySelectorAll('img, iframe, frame, object, embed, video, audio, source, link[href]'),
    )) {
      bad.push(`<${el.tagName.toLowerCase()}>`);
    }
    for (const el of Array.from(document.querySelectorAll('*'))) {
      for (const a of Array.from(el.attributes)) {
        const value = a.value.trim().toLowerCase();
        if (a.name.startsWith('on')) bad.push(`${el.tagName.toLowerCase()} ${a.name}`);
        if (
          ['href', 'src', 'action', 'formaction', 'xlink:href'].includes(a.name) &&
          (value.startsWith('javascript:') || value.startsWith('data:'))
        ) {
          bad.push(`${el.tagName.toLowerCase()} ${a.name}=${value.slice(0, 40)}`);
        }
      }
    }
    for (const a of Array.from(document.querySelectorAll('a[href]'))) {
      // Vendors' documentation (https), or the pane's own mailto: actions (message text encoded).
      const href = (a as HTMLAnchorElement).href;
      if (!href.startsWith('https://') && !href.startsWith('mailto:'))
        bad.push(`link to ${(a as HTMLAnchorElement).href.slice(0, 60)}`);
    }
    return bad;
  }, OFFICE_JS);
}

/** Milliseconds from a click on a control to its visible answer: the native "Diagnose another
 *  bounce" toggle, then React's hint for an empty paste. */
async function clickLatency(pane: Pane): Promise<{ toggle: number; hint: number }> {
  const page = pane.page;
  const more = page.locator('main > details > summary');
  let toggle = 0;
  if ((await more.count()) > 0) {
    const wasOpen = await page.evaluate(
      () => document.querySelector('main > details')?.hasAttribute('open') ?? false,
    );
    const t0 = Date.now();
    await more.click({ timeout: 30_000 });
    await page.waitForFunction(
      (open) => document.querySelector('main > details')?.hasAttribute('open') === !open,
      wasOpen,
      { timeout: 30_000 },
    );
    toggle = Date.now() - t0;
    if (wasOpen) await more.click();
    await page.waitForSelector('main > details[open]');
  }
  await page.fill('[data-testid=paste-input]', '');
  const t1 = Date.now();
  await page.click('[data-testid=diagnose-button]', { timeout: 30_000 });
  await page.waitForSelector('text=Paste the text of a bounce first.', { timeout: 30_000 });
  return { toggle, hint: Date.now() - t1 };
}

async function expectInert(pane: Pane, budgetMs = CLICK_BUDGET_MS): Promise<void> {
  expect(await activeContent(pane)).toEqual([]);
  expect(await pane.problems()).toEqual([]);
  const latency = await clickLatency(pane);
  if (process.env['E2E_VERBOSE'])
    console.log(`click answered in ${latency.toggle} ms (toggle), ${latency.hint} ms (hint)`);
  expect(latency.toggle).toBeLessThan(budgetMs);
  expect(latency.hint).toBeLessThan(budgetMs);
  // A late payload (a timer, an image error) would show by now.
  await pane.page.waitForTimeout(100);
  expect(await activeContent(pane)).toEqual([]);
  expect(await pane.problems()).toEqual([]);
}

async function shownText(pane: Pane): Promise<string> {
  return pane.page.evaluate(() => document.querySelector('main')?.textContent ?? '');
}

describe('hostile bounces', () => {
  test('markup, javascript: and data: URLs, bidi overrides and zero-width characters everywhere (Mailbox 1.14)', async () => {
    const pane = await e2e.open({
      stub: { host: 'Outlook', mailbox: '1.14', items: [messageItem(e2e.server(), markupEverywhere())] },
    });
    expect(await pane.waitForDiagnoses()).toEqual([
      { kind: 'bounce', category: 'recipient-unknown', owner: 'sender' },
    ]);
    const recipients = await pane.recipients();
    expect(recipients.map((r) => `${r.status} ${r.category} ${r.owner}`).sort()).toEqual([
      '5.1.1 recipient-unknown sender',
      '5.1.1 recipient-unknown sender',
      '5.2.2 mailbox-full recipient',
    ]);
    await expandAll(pane.page);
    const text = await shownText(pane);
    // The markup is on screen as characters.
    expect(text).toContain(`<script>window.__pwned='script'`);
    expect(text).toContain('onerror=');
    expect(text).toContain('javascript:window.__pwned');
    expect(text).toContain('data:text/html;base64,');
    await expectInert(pane);
  });

  test('bidi overrides and zero-width characters are shown as visible marks, not applied', async () => {
    const pane = await e2e.open({
      stub: { host: 'Outlook', mailbox: '1.14', items: [messageItem(e2e.server(), markupEverywhere())] },
    });
    await pane.waitForDiagnoses();
    await expandAll(pane.page);
    const text = await shownText(pane);
    for (const c of ['\u202E', '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF'])
      expect(text).not.toContain(c);
    expect(text).toContain('[U+202E]');
    expect(text).toContain('ghost[U+200B][U+200C][U+200D][U+2060][U+FEFF]@example.net');
    expect((await pane.recipients()).map((r) => r.address)).toContain('inv[U+202E]fdp.exe@example.org');
    await expectInert(pane);
  });

  test('the same through Mailbox 1.8 (headers and body text)', async () => {
    const pane = await e2e.open({
      stub: { host: 'Outlook', mailbox: '1.8', items: [messageItem(e2e.server(), markupEverywhere())] },
    });
    expect((await pane.waitForDiagnoses())[0]?.kind).toBe('bounce');
    await expectInert(pane);
  });

  test('the same pasted into the standalone pane', async () => {
    const pane = await e2e.open({ stub: { host: null } });
    await pane.page.fill('[data-testid=paste-input]', markupEverywhere());
    await pane.page.click('[data-testid=diagnose-button]');
    expect(await pane.waitForDiagnoses()).toEqual([
      { kind: 'bounce', category: 'recipient-unknown', owner: 'sender' },
    ]);
    await expandAll(pane.page);
    expect(await shownText(pane)).toContain(`<script>window.__pwned='script'`);
    await expectInert(pane);
  });

  test('a 1 MB single line of markup', async () => {
    const pane = await e2e.open({
      stub: { host: 'Outlook', mailbox: '1.14', items: [messageItem(e2e.server(), megabyteLine())] },
    });
    expect(await pane.waitForDiagnoses()).toEqual([
      { kind: 'bounce', category: 'recipient-unknown', owner: 'sender' },
    ]);
    expect(await pane.recipients()).toEqual([
      { address: 'long@example.net', status: '5.1.1', category: 'recipient-unknown', owner: 'sender' },
    ]);
    await expandAll(pane.page);
    await expectInert(pane);
  });

  test('a 1 MB single line pasted', async () => {
    const pane = await e2e.open({ stub: { host: null } });
    await pane.page.fill('[data-testid=paste-input]', megabyteLine());
    await pane.page.click('[data-testid=diagnose-button]');
    expect(await pane.waitForDiagnoses()).toEqual([
      { kind: 'bounce', category: 'recipient-unknown', owner: 'sender' },
    ]);
    await expectInert(pane);
  });

  test('10,000 recipients', async () => {
    const pane = await e2e.open({
      stub: { host: 'Outlook', mailbox: '1.14', items: [messageItem(e2e.server(), tenThousandRecipients())] },
    });
    const [diagnosis] = await pane.waitForDiagnoses(1, 120_000);
    expect(diagnosis?.kind).toBe('bounce');
    const recipients = await pane.recipients();
    expect(recipients.length).toBeGreaterThan(100);
    expect(new Set(recipients.map((r) => `${r.category}/${r.owner}`))).toEqual(
      new Set(['recipient-unknown/sender', 'mailbox-full/recipient']),
    );
    // Thousands of rows make every style recalculation slower (about 600 ms here, 2 cores).
    await expectInert(pane, 2 * CLICK_BUDGET_MS);
  }, 300_000);
});

describe('Content-Security-Policy', () => {
  test('the built page declares it before any script', () => {
    const html = fs.readFileSync(path.join(distDir(), 'taskpane.html'), 'utf8');
    // The production build minifies the page: attribute quotes may be gone.
    const meta = html.indexOf('Content-Security-Policy');
    expect(meta).toBeGreaterThan(0);
    expect(meta).toBeLessThan(html.indexOf('<script'));
    const start = html.indexOf('content="', meta) + 'content="'.length;
    const policy = html.slice(start, html.indexOf('"', start));
    const directives = new Map(
      policy.split(';').map((d) => {
        const [name = '', ...values] = d.trim().split(' ');
        return [name, values] as const;
      }),
    );
    expect(directives.get('script-src')).toEqual(["'self'", 'https://appsforoffice.microsoft.com']);
    expect(directives.get('connect-src')).toEqual(["'self'", 'https://appsforoffice.microsoft.com']);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('base-uri')).toEqual(["'none'"]);
    expect(policy).not.toContain('unsafe-eval');
    expect(directives.get('script-src')).not.toContain("'unsafe-inline'");
  });

  test('in force: inline scripts, handlers, javascript: links, string timers, foreign scripts, images and connections are refused', async () => {
    const pane = await e2e.open({ stub: { host: null } });
    await pane.page.waitForSelector('[data-testid=paste-input]');
    // Code run over CDP is exempt from the policy's eval rule, so every attempt is planted here
    // and set off by the page itself (a real click, a timer, an element load).
    const outcome = await pane.page.evaluate(async () => {
      const inline = document.createElement('script');
      inline.textContent = "window.__pwned = 'inline'";
      document.head.append(inline);
      const handler = document.createElement('button');
      handler.id = 'e2e-handler';
      handler.textContent = 'handler';
      handler.setAttribute('onclick', "window.__pwned = 'handler'");
      const link = document.createElement('a');
      link.id = 'e2e-js-link';
      link.textContent = 'link';
      link.href = "javascript:window.__pwned = 'js-url'";
      const image = document.createElement('img');
      image.src = 'data:image/gif;base64,R0lGODlhAQABAAAAACw=';
      image.setAttribute('onerror', "window.__pwned = 'img'");
      document.body.append(handler, link, image);
      (window.setTimeout as unknown as (code: string, ms: number) => number)("window.__pwned = 'timer'", 0);
      const foreign = document.createElement('script');
      foreign.src = 'https://cdn.example.net/evil.js';
      const foreignLoaded = await new Promise<boolean>((resolve) => {
        foreign.onload = () => resolve(true);
        foreign.onerror = () => resolve(false);
        document.head.append(foreign);
      });
      const fetched = await fetch('https://collector.example.net/x').then(
        () => true,
        () => false,
      );
      return { foreignLoaded, fetched };
    });
    await pane.page.click('#e2e-handler');
    await pane.page.click('#e2e-js-link');
    await pane.page.waitForTimeout(100);
    expect(outcome).toEqual({ foreignLoaded: false, fetched: false });
    expect(
      await pane.page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned ?? null),
    ).toBeNull();
    const refused = new Set((await pane.violations()).map((v) => `${v.directive} ${v.blocked}`));
    expect([...refused].sort()).toEqual(
      [
        'connect-src https://collector.example.net/x',
        'img-src data',
        'script-src-attr inline',
        'script-src-elem https://cdn.example.net/evil.js',
        'script-src-elem inline',
        'script-src eval',
      ].sort(),
    );
    // The policy stopped them before the network: the loopback fence saw nothing.
    expect(pane.outside).toEqual([]);
    expect(pane.dialogs).toEqual([]);
  });
});
