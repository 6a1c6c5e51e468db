// Accessibility checks in the page: axe-core (serious and critical violations), and a
// keyboard-only walk (Tab reaches every control in document order; each shows a visible focus
// indicator that it does not show unfocused).
import * as fs from 'node:fs';
import type { Page } from 'playwright-core';

const AXE_SOURCE = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeFinding {
  readonly id: string;
  readonly impact: string;
  readonly help: string;
  readonly targets: string[];
}

interface AxeResultLike {
  violations: { id: string; impact?: string | null; help: string; nodes: { target: unknown[] }[] }[];
}

/** Opens every <details> so that what they hide is checked too (nested ones as they appear). */
/** Until no part of the answer is still loading from a chunk of its own (the actions, an opened
 *  fold's content: src/taskpane/components/Pending.tsx). A fold makes its content on the toggle
 *  event, a task queued after the click that opened it: until that task has run, an open
 *  <details> holds its summary alone and nothing is pending yet (on a loaded machine the walk
 *  once listed the controls before "Diagnose another bounce" had made its paste box). */
export async function settled(page: Page): Promise<void> {
  await page.waitForFunction(
    () =>
      document.querySelector('[data-pending]') === null &&
      [...document.querySelectorAll('details[open]')].every((d) => d.childNodes.length > 1),
    undefined,
    { timeout: 60_000 },
  );
}

export async function expandAll(page: Page): Promise<void> {
  const closed = page.locator('details:not([open]) > summary').filter({ visible: true });
  for (let i = 0; i < 50 && (await closed.count()) > 0; i++) await closed.first().click();
  await settled(page);
}

/** axe-core on the page as it is (evaluated over CDP: the pane's CSP forbids inline scripts). */
export async function axeViolations(page: Page): Promise<AxeFinding[]> {
  const loaded = await page.evaluate(
    () => typeof (window as unknown as { axe?: unknown }).axe !== 'undefined',
  );
  if (!loaded) await page.evaluate(AXE_SOURCE);
  const result = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(ctx: Document, opts: object): Promise<AxeResultLike> } })
      .axe;
    return axe.run(document, { resultTypes: ['violations'] });
  });
  return result.violations.map((v) => ({
    id: v.id,
    impact: v.impact ?? 'unknown',
    help: v.help,
    targets: v.nodes.map((n) => n.target.map(String).join(' ')),
  }));
}

export function seriousOrCritical(findings: readonly AxeFinding[]): AxeFinding[] {
  return findings.filter((f) => f.impact === 'serious' || f.impact === 'critical');
}

export interface WalkStep {
  readonly index: number;
  readonly label: string;
  readonly indicator: boolean;
  readonly onScreen: boolean;
}

export interface Walk {
  /** Every keyboard control on the page, in document order. */
  readonly controls: string[];
  /** What Tab reached, in order, until focus left the page or came back round. */
  readonly steps: WalkStep[];
}

const CONTROLS =
  'a[href], button:not([disabled]), textarea:not([disabled]), select:not([disabled]), summary, input:not([type=hidden]):not([disabled]), [tabindex]';

interface FocusProbe {
  /** The element's look (and its parent's, with ::before/::after): what a focus style changes. */
  signature(el: Element): string;
  /** Whether something visible is drawn: an outline, a shadow, a pseudo-element's border, or a
   *  double underline. */
  drawn(el: Element): boolean;
}

/** Installs the focus probe in the page (functions can't be passed to evaluate). */
async function installProbe(page: Page): Promise<void> {
  await page.evaluate(() => {
    const looks = (el: Element) => {
      const out: CSSStyleDeclaration[] = [];
      for (const target of [el, el.parentElement]) {
        if (!target) continue;
        for (const pseudo of [null, '::before', '::after']) {
          const cs = getComputedStyle(target, pseudo);
          if (pseudo === null || cs.content !== 'none') out.push(cs);
        }
      }
      return out;
    };
    const probe: FocusProbe = {
      signature: (el) =>
        looks(el)
          .map((cs) =>
            [
              cs.outlineStyle,
              cs.outlineWidth,
              cs.outlineColor,
              cs.boxShadow,
              cs.borderColor,
              cs.borderWidth,
              cs.transform,
              cs.textDecoration,
            ].join('|'),
          )
          .join(';'),
      drawn: (el) =>
        looks(el).some(
          (cs) =>
            (cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) >= 1) ||
            cs.boxShadow !== 'none' ||
            (parseFloat(cs.borderBottomWidth) >= 1 && cs.borderBottomStyle !== 'none') ||
            // Fluent's Link marks focus with a double underline instead of an outline.
            (cs.textDecorationLine.includes('underline') && cs.textDecorationStyle === 'double'),
        ),
    };
    (window as unknown as { __e2eFocus: FocusProbe }).__e2eFocus = probe;
  });
}

/** Tabs through the page from the top, checking each stop's focus indicator. */
export async function keyboardWalk(page: Page): Promise<Walk> {
  await settled(page);
  await installProbe(page);
  const controls = await page.evaluate((selector) => {
    const probe = (window as unknown as { __e2eFocus: FocusProbe }).__e2eFocus;
    (document.activeElement as HTMLElement | null)?.blur();
    const all = [...document.querySelectorAll(selector)].filter((el) => {
      const tabindex = el.getAttribute('tabindex');
      return (
        (tabindex === null || Number(tabindex) >= 0) &&
        el.checkVisibility({ contentVisibilityAuto: true, visibilityProperty: true })
      );
    });
    return all.map((el, i) => {
      el.setAttribute('data-e2e-control', String(i));
      el.setAttribute('data-e2e-unfocused', probe.signature(el));
      const text = (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40);
      return `${el.tagName.toLowerCase()} "${text}"`;
    });
  }, CONTROLS);
  // Start from the top of the page, wherever an earlier click left the focus.
  await page.evaluate(() => {
    const start = document.createElement('span');
    start.tabIndex = -1;
    start.setAttribute('data-e2e-start', '');
    document.body.prepend(start);
    start.focus();
  });
  const steps: WalkStep[] = [];
  for (let i = 0; i < controls.length + 3; i++) {
    await page.keyboard.press('Tab');
    const step = await page.evaluate(() => {
      const probe = (window as unknown as { __e2eFocus: FocusProbe }).__e2eFocus;
      const el = document.activeElement;
      if (!el || el === document.body) return null;
      // Visible = something is drawn now, and it differs from the unfocused look.
      const indicator = probe.drawn(el) && probe.signature(el) !== el.getAttribute('data-e2e-unfocused');
      const rect = el.getBoundingClientRect();
      const onScreen =
        rect.bottom > 0 && rect.top < window.innerHeight && rect.right > 0 && rect.left < window.innerWidth;
      const text = (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40);
      return {
        index: Number(el.getAttribute('data-e2e-control') ?? -1),
        label: `${el.tagName.toLowerCase()} "${text}"`,
        indicator,
        onScreen,
      };
    });
    if (!step || (steps.length > 0 && step.index === steps[0]?.index)) break;
    steps.push(step);
  }
  await page.evaluate(() => document.querySelector('[data-e2e-start]')?.remove());
  if (process.env['E2E_VERBOSE']) console.log(JSON.stringify({ controls, steps }, null, 1));
  return { controls, steps };
}
