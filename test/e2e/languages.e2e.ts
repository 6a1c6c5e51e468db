// The pane in the user's language: the stand-in Outlook reports a display language, and the
// answer (headline, who must act, the fix) comes in it, with axe clean. Layout holds for longer
// text (the pseudo-locale ?lang=qps at 320 px: no clipped or overlapping text) and for right to
// left (?lang=ar: dir=rtl, the path from sender to recipient mirrored, nothing overflowing).
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Page } from 'playwright-core';
import type { Catalog } from '../../src/i18n/catalogs/en';
import type { RuleAdviceCatalog } from '../../src/i18n/rule-advice/types';
import { axeViolations, expandAll, seriousOrCritical } from './a11y';
import { sample } from './fixtures';
import { messageItem } from './items';
import type { StubConfig } from './pane';
import { useE2E } from './suite';

const e2e = useE2E();
const CATALOG_DIR = path.join(__dirname, '..', '..', 'src', 'i18n', 'catalogs');

/** Outlook's display language, the catalog file and its export, the lang attribute expected. */
const LANGUAGES = [
  { display: 'de-DE', file: 'de', name: 'de', lang: 'de' },
  { display: 'fr-FR', file: 'fr', name: 'fr', lang: 'fr' },
  { display: 'ja-JP', file: 'ja', name: 'ja', lang: 'ja' },
  { display: 'zh-CN', file: 'zh-CN', name: 'zhCN', lang: 'zh-CN' },
] as const;

// A language is checked once its catalog ships (fr and zh-CN come from a translator's branch);
// German and Japanese always are.
const shipped = LANGUAGES.filter((l) => fs.existsSync(path.join(CATALOG_DIR, `${l.file}.ts`)));

/** A module's named export under src/i18n (a catalog, or Microsoft's rule advice). */
function i18nExport<T>(file: string, name: string): T {
  const module = jest.requireActual<Record<string, T>>(path.join(CATALOG_DIR, '..', `${file}.ts`));
  const found = module[name];
  if (!found) throw new Error(`${file}.ts exports no ${name}`);
  return found;
}

const catalog = (file: string, name: string) => i18nExport<Catalog>(`catalogs/${file}`, name);
/** Microsoft's rule advice in the language (src/i18n/rule-advice/<file>.ts), by rule id. */
const ruleAdvice = (file: string, name: string) => i18nExport<RuleAdviceCatalog>(`rule-advice/${file}`, name);

// The sample's row: Microsoft's 5.2.2 mailbox-full row, whose own fix the pane shows in the
// language once that language's rule advice has loaded (after the answer is on screen).
const SAMPLE_RULE = 'exo.5.2.2-mailbox-full';

function fill(text: string | undefined, params: Record<string, string>): string {
  return (text ?? '').replace(/\{([A-Za-z]+)\}/g, (whole, key: string) => params[key] ?? whole);
}

const FULL = { address: 'lee@remote.example', domain: 'remote.example' };

function outlook(extra: Partial<StubConfig> = {}): StubConfig {
  return {
    host: 'Outlook',
    mailbox: '1.14',
    items: [messageItem(e2e.server(), sample('postfix-mailbox-full.eml'))],
    ...extra,
  };
}

/** Where a phrase is in a text, with what comes before it ('' when absent): a readable failure. */
function around(body: string, phrase: string): string {
  const at = body.indexOf(phrase);
  return at < 0 ? '' : body.slice(Math.max(0, at - 200), at + phrase.length + 40);
}

const text = (page: Page, selector: string) => page.locator(selector).first().innerText({ timeout: 60_000 });

test('German and Japanese are among the languages checked', () => {
  expect(shipped.map((l) => l.file)).toEqual(expect.arrayContaining(['de', 'ja']));
});

describe.each(shipped)('Outlook in $display', ({ display, file, name, lang }) => {
  test('the headline, who must act and the fix in that language; axe clean', async () => {
    const words = catalog(file, name);
    const pane = await e2e.open({ stub: outlook({ displayLanguage: display }) });
    expect(await pane.waitForDiagnoses()).toEqual([
      { kind: 'bounce', category: 'mailbox-full', owner: 'recipient' },
    ]);
    const page = pane.page;
    expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);
    expect(await page.evaluate(() => document.documentElement.dir)).toBe('ltr');
    // What happened: the category's summary, in the language, with the address.
    const summary = fill(words['advice.mailbox-full.summary'], FULL);
    expect((await text(page, '[data-testid=diagnosis] h2')).trim()).toBe(summary);
    // Who must act: the heading, the marked step and the line naming the recipient.
    const owner = page.locator('[data-testid=owner]').first();
    expect(await owner.locator('h3').innerText()).toBe(words['path.heading']);
    expect(await owner.locator('[aria-current=step]').innerText()).toContain(words['path.recipient']);
    expect(await owner.innerText()).toContain(fill(words['actor.recipient'], FULL));
    // The fix, and its heading: the row's own fix in the language, once its chunk is there.
    const fix = ruleAdvice(file, name)[SAMPLE_RULE]?.user;
    expect(fix).toBeTruthy();
    await page.waitForFunction(
      (want) => document.querySelector('[data-testid=fix]')?.textContent?.trim() === want,
      fix,
      { timeout: 60_000 },
    );
    expect(await page.locator('[data-testid=specific-fix]').count()).toBe(0);
    expect(await page.locator('text=' + (words['group.howToFix'] ?? '?')).count()).toBeGreaterThan(0);
    // No English of the answer is left on screen.
    const body = await page.locator('main').innerText();
    for (const phrase of ['Who must fix it', 'How to fix it', 'is full', 'must act'])
      expect([phrase, around(body, phrase)]).toEqual([phrase, '']);
    await expandAll(page);
    expect(seriousOrCritical(await axeViolations(page))).toEqual([]);
    expect(await pane.problems()).toEqual([]);
  });
});

test('?lang= overrides Outlook: Japanese in a German Outlook', async () => {
  const pane = await e2e.open({ stub: outlook({ displayLanguage: 'de-DE' }), query: '?lang=ja' });
  await pane.waitForDiagnoses();
  expect(await pane.page.evaluate(() => document.documentElement.lang)).toBe('ja');
  await pane.page.waitForFunction(
    (want) => document.querySelector('[data-testid=fix]')?.textContent?.trim() === want,
    ruleAdvice('ja', 'ja')[SAMPLE_RULE]?.user,
    { timeout: 60_000 },
  );
});

interface LayoutFault {
  readonly what: string;
  readonly text: string;
}

/** Text that overflows its box, boxes wider than the pane, and sibling boxes that overlap. */
function layoutFaults(page: Page): Promise<LayoutFault[]> {
  return page.evaluate(() => {
    const faults: { what: string; text: string }[] = [];
    const visible = (e: Element) => {
      const r = e.getBoundingClientRect();
      const style = getComputedStyle(e);
      // Visually hidden text for screen readers is a 1 px box on purpose.
      return r.width > 2 && r.height > 2 && style.visibility !== 'hidden' && style.position !== 'absolute';
    };
    const label = (e: Element) => `${e.tagName.toLowerCase()}: ${(e.textContent ?? '').slice(0, 60)}`;
    const width = document.documentElement.clientWidth;
    if (document.documentElement.scrollWidth > width + 1)
      faults.push({ what: 'the page scrolls sideways', text: String(document.documentElement.scrollWidth) });
    const root = document.querySelector('main');
    if (!root) return [{ what: 'no main', text: '' }];
    for (const e of root.querySelectorAll('*')) {
      if (!visible(e)) continue;
      const r = e.getBoundingClientRect();
      if (r.left < -1 || r.right > width + 1) faults.push({ what: 'outside the pane', text: label(e) });
      const style = getComputedStyle(e);
      const clips = style.overflowX !== 'visible' || style.textOverflow === 'ellipsis';
      // A box that cuts its own text off (a textarea scrolls by design).
      if (clips && e.tagName !== 'TEXTAREA' && e.tagName !== 'SELECT' && e.scrollWidth > e.clientWidth + 1)
        faults.push({ what: 'clipped text', text: label(e) });
      // Boxes laid out side by side or one under another must not cover each other (inline
      // text runs share lines by nature: a wrapped run's box spans the lines it is on).
      const kids = [...e.children].filter((k) => visible(k) && getComputedStyle(k).display !== 'inline');
      for (let i = 0; i < kids.length; i++)
        for (let j = i + 1; j < kids.length; j++) {
          const a = (kids[i] as Element).getBoundingClientRect();
          const b = (kids[j] as Element).getBoundingClientRect();
          const x = Math.min(a.right, b.right) - Math.max(a.left, b.left);
          const y = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
          if (x > 1 && y > 1)
            faults.push({
              what: 'overlapping',
              text: `${label(kids[i] as Element)} | ${label(kids[j] as Element)}`,
            });
        }
    }
    return faults;
  });
}

describe('layout in longer and right-to-left text, at 320 px', () => {
  test('the pseudo-locale (+40%, accented): nothing clipped, overlapping or wider than the pane', async () => {
    const pane = await e2e.open({ stub: outlook(), query: '?lang=qps', width: 320 });
    await pane.waitForDiagnoses();
    expect(await pane.page.evaluate(() => document.documentElement.lang)).toBe('en-XA');
    // The pseudo text is on screen: accented, longer.
    const heading = await pane.page.locator('[data-testid=owner] h3').first().innerText();
    expect(heading).toMatch(/^Ŵĥö ɱúšţ ƒíẋ íţ ŵ/);
    await expandAll(pane.page);
    expect(await layoutFaults(pane.page)).toEqual([]);
    expect(await pane.problems()).toEqual([]);
  });

  test('?lang=ar: right to left, the path mirrored, nothing clipped or overflowing', async () => {
    const pane = await e2e.open({ stub: outlook(), query: '?lang=ar', width: 320 });
    await pane.waitForDiagnoses();
    const page = pane.page;
    expect(await page.evaluate(() => [document.documentElement.dir, document.documentElement.lang])).toEqual([
      'rtl',
      'ar-XB',
    ]);
    // The path runs from the sender on the right to the recipient on the left.
    const steps = await page
      .locator('[data-testid=owner] li')
      .evaluateAll((els) => els.map((e) => e.getBoundingClientRect().left));
    expect(steps.length).toBeGreaterThan(2);
    expect(steps[0]).toBeGreaterThan(steps[steps.length - 1] ?? Infinity);
    await expandAll(page);
    expect(await layoutFaults(page)).toEqual([]);
    expect(seriousOrCritical(await axeViolations(page))).toEqual([]);
    expect(await pane.problems()).toEqual([]);
  });

  test('the check finds clipped, overlapping and overflowing text when there is some', async () => {
    const pane = await e2e.open({ stub: outlook(), query: '?lang=qps', width: 320 });
    await pane.waitForDiagnoses();
    await pane.page.addStyleTag({
      content: [
        '[data-testid=fix] { display: block; white-space: nowrap; overflow: hidden; }',
        '[data-testid=owner] ol { margin-top: -30px; }',
        '[data-testid=recipient] { width: 600px; }',
      ].join('\n'),
    });
    const found = (await layoutFaults(pane.page)).map((f) => f.what);
    expect(found).toEqual(expect.arrayContaining(['clipped text', 'overlapping', 'outside the pane']));
  });
});
