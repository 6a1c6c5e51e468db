// axe-core on every state the pane can be in (no serious or critical violation), and a
// keyboard-only walk through the busiest states.
import { axeViolations, expandAll, keyboardWalk, seriousOrCritical, type AxeFinding } from './a11y';
import { fixture, sample } from './fixtures';
import { messageItem } from './items';
import { DARK_THEME, type Pane, type StubConfig } from './pane';
import { useE2E } from './suite';

const e2e = useE2E();
const seen: Record<string, AxeFinding[]> = {};

afterAll(() => {
  // E2E_VERBOSE=1 lists the minor and moderate findings too (they don't fail the run).
  if (process.env['E2E_VERBOSE']) console.log(JSON.stringify(seen, null, 2));
});

function outlook(message: string, extra: Partial<StubConfig> = {}, itemClass?: string): StubConfig {
  const options = itemClass ? { itemClass, restricted: true } : {};
  return { host: 'Outlook', mailbox: '1.14', items: [messageItem(e2e.server(), message, options)], ...extra };
}

async function check(name: string, pane: Pane): Promise<void> {
  await expandAll(pane.page);
  const findings = await axeViolations(pane.page);
  seen[name] = findings;
  expect(seriousOrCritical(findings)).toEqual([]);
  expect(await pane.problems()).toEqual([]);
}

describe('axe-core: no serious or critical violation', () => {
  test.each([
    ['a bounce (light)', () => outlook(sample('exchange-online-recipnotfound.eml'))],
    ['a bounce (dark)', () => outlook(sample('exchange-online-recipnotfound.eml'), { theme: DARK_THEME })],
    ['two causes', () => outlook(fixture('postfix/two-recipients.eml'))],
    [
      'three recipients (dark)',
      () => outlook(fixture('addin/dsn-three-recipients.eml'), { theme: DARK_THEME }),
    ],
    ['an authentication failure', () => outlook(sample('gmail-dmarc.txt'))],
    ['a delay', () => outlook(fixture('addin/delay.eml'))],
    ['an out-of-office reply', () => outlook(fixture('addin/auto-reply.eml'))],
    ['not a bounce (dark)', () => outlook(fixture('e2e/person-mentions-550.eml'), { theme: DARK_THEME })],
  ])('%s', async (name, config) => {
    const pane = await e2e.open({ stub: config() });
    await pane.waitForDiagnoses();
    await check(name, pane);
  });

  test('a restricted item', async () => {
    const pane = await e2e.open({
      stub: outlook(sample('exchange-online-recipnotfound.eml'), {}, 'IPM.Report.NDR'),
    });
    await pane.page.waitForSelector('[data-testid=read-problem]');
    await check('restricted', pane);
  });

  test.each([
    ['standalone, light', ''],
    ['standalone, dark', '?theme=dark'],
    ['standalone, high contrast', '?theme=high-contrast'],
  ])('%s: waiting for input', async (name, query) => {
    const pane = await e2e.open({ stub: { host: null }, query });
    await pane.page.waitForSelector('[data-testid=paste-input]');
    await check(name, pane);
  });

  test('standalone: an empty paste and an unreadable file', async () => {
    const pane = await e2e.open({ stub: { host: null } });
    await pane.page.click('[data-testid=diagnose-button]'); // nothing pasted: a hint
    await check('empty paste hint', pane);
    await pane.page.setInputFiles('[data-testid=file-input]', {
      name: 'broken.msg',
      mimeType: 'application/vnd.ms-outlook',
      buffer: Buffer.from('not an OLE file'),
    });
    await pane.page.waitForSelector('[data-testid=input-error]');
    await check('input error', pane);
  });
});

describe('keyboard only', () => {
  test.each([
    ['a bounce with its details open', () => outlook(fixture('postfix/two-recipients.eml'))],
    [
      'a bounce in dark mode',
      () => outlook(sample('exchange-online-recipnotfound.eml'), { theme: DARK_THEME }),
    ],
  ])('Tab reaches every control of %s, in order, with a visible focus', async (_name, config) => {
    const pane = await e2e.open({ stub: config() });
    await pane.waitForDiagnoses();
    await expandAll(pane.page);
    const walk = await keyboardWalk(pane.page);
    expect(walk.controls.length).toBeGreaterThan(4);
    expect(walk.steps.map((s) => s.index)).toEqual(walk.controls.map((_, i) => i));
    expect(walk.steps.filter((s) => !s.indicator || !s.onScreen)).toEqual([]);
  });

  test('standalone: Tab reaches the paste box, Diagnose and Choose a file; Enter diagnoses', async () => {
    const pane = await e2e.open({ stub: { host: null } });
    await pane.page.waitForSelector('[data-testid=paste-input]');
    const walk = await keyboardWalk(pane.page);
    expect(walk.steps.map((s) => s.index)).toEqual(walk.controls.map((_, i) => i));
    expect(walk.steps.filter((s) => !s.indicator || !s.onScreen)).toEqual([]);
    expect(walk.controls.join(' ')).toContain('textarea');
    // The whole flow without a mouse: focus the paste box, type, Tab to Diagnose, Enter.
    await pane.page.focus('[data-testid=paste-input]');
    await pane.page.keyboard.insertText(fixture('addin/text-bounce-body.txt'));
    await pane.page.keyboard.press('Tab');
    expect(await pane.page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe(
      'diagnose-button',
    );
    await pane.page.keyboard.press('Enter');
    expect(await pane.waitForDiagnoses()).toEqual([
      { kind: 'bounce', category: 'recipient-unknown', owner: 'sender' },
    ]);
    expect(await pane.problems()).toEqual([]);
  });
});
