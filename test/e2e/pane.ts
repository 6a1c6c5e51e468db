// One pane in its own browser context: the office.js URL answered by the stand-in host, every
// request that would leave loopback blocked and recorded, dialogs, page errors and CSP
// violations recorded, and readers for the automation hooks.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { ItemSpec } from './items';
import type { PaneServer } from './server';

export const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
const STUB_SOURCE = fs.readFileSync(path.join(__dirname, 'office-stub.js'), 'utf8');

export interface OfficeTheme {
  readonly bodyBackgroundColor: string;
  readonly bodyForegroundColor: string;
  readonly controlBackgroundColor: string;
  readonly controlForegroundColor: string;
}

export const DARK_THEME: OfficeTheme = {
  bodyBackgroundColor: '#1f1f1f',
  bodyForegroundColor: '#ffffff',
  controlBackgroundColor: '#292929',
  controlForegroundColor: '#ffffff',
};

export interface StubConfig {
  /** 'Outlook': inside Outlook; null: office.js loaded in a plain browser tab. */
  readonly host: 'Outlook' | null;
  /** Highest Mailbox requirement set the host supports. */
  readonly mailbox?: '1.14' | '1.8' | '1.5';
  /** Office.context.displayLanguage (the stand-in says en-US when not given). */
  readonly displayLanguage?: string;
  readonly theme?: OfficeTheme;
  readonly user?: string;
  readonly current?: number;
  readonly items?: readonly ItemSpec[];
}

export interface PaneOptions {
  readonly stub: StubConfig;
  /** Appended to taskpane.html, e.g. "?theme=dark". */
  readonly query?: string;
  readonly width?: number;
  readonly height?: number;
  /** Run in the page before any of its scripts (the benchmark's timing hooks). */
  readonly initScripts?: readonly (() => void)[];
}

export interface DiagnosisHook {
  readonly kind: string;
  readonly category: string;
  readonly owner: string;
}

export interface RecipientHook {
  readonly address: string;
  readonly status: string;
  readonly category: string;
  readonly owner: string;
}

export interface Violation {
  readonly directive: string;
  readonly blocked: string;
  readonly sample: string;
}

interface StubWindow {
  __officeStubConfig?: StubConfig;
  __officeStub?: {
    calls: string[];
    violations: Violation[];
    contentArrivedAt: number | null;
    select(index: number): void;
    forms: NewMessageForm[];
    drop(files: { name: string; text: string }[]): number;
  };
}

/** What the pane passed to displayNewMessageForm. */
export interface NewMessageForm {
  readonly toRecipients?: string[];
  readonly subject?: string;
  readonly htmlBody?: string;
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}

export class Pane {
  /** Requests that tried to leave loopback (all blocked). */
  readonly outside: string[] = [];
  readonly dialogs: string[] = [];
  readonly errors: string[] = [];

  constructor(
    readonly context: BrowserContext,
    readonly page: Page,
  ) {}

  async diagnoses(): Promise<DiagnosisHook[]> {
    return this.page.$$eval('[data-testid=diagnosis]', (els) =>
      els.map((e) => ({
        kind: e.getAttribute('data-kind') ?? '',
        category: e.getAttribute('data-category') ?? '',
        owner: e.getAttribute('data-owner') ?? '',
      })),
    );
  }

  async recipients(): Promise<RecipientHook[]> {
    return this.page.$$eval('[data-testid=recipient]', (els) =>
      els.map((e) => ({
        address: e.getAttribute('data-address') ?? '',
        status: e.getAttribute('data-status') ?? '',
        category: e.getAttribute('data-category') ?? '',
        owner: e.getAttribute('data-owner') ?? '',
      })),
    );
  }

  /** Waits until `count` diagnoses are on screen and returns them. */
  async waitForDiagnoses(count = 1, timeout = 60_000): Promise<DiagnosisHook[]> {
    await this.page.waitForFunction(
      (n) =>
        document.querySelectorAll('[data-testid=diagnosis]').length >= n &&
        !document.querySelector('main[aria-busy=true]'),
      count,
      { timeout },
    );
    return this.diagnoses();
  }

  /** The Office calls the pane made, in order. */
  async calls(): Promise<string[]> {
    return this.page.evaluate(() => (window as unknown as StubWindow).__officeStub?.calls ?? []);
  }

  async violations(): Promise<Violation[]> {
    return this.page.evaluate(() => (window as unknown as StubWindow).__officeStub?.violations ?? []);
  }

  /** The pinned pane moves to another item (ItemChanged). */
  async select(index: number): Promise<void> {
    await this.page.evaluate((i) => (window as unknown as StubWindow).__officeStub?.select(i), index);
  }

  /** The new-message forms the pane asked Outlook to open. */
  async forms(): Promise<NewMessageForm[]> {
    return this.page.evaluate(() => (window as unknown as StubWindow).__officeStub?.forms ?? []);
  }

  /** Drags messages onto the pinned pane (DragAndDropEvent); how many handlers received them. */
  async drop(files: { name: string; text: string }[]): Promise<number> {
    return this.page.evaluate((f) => (window as unknown as StubWindow).__officeStub?.drop(f) ?? 0, files);
  }

  /** Everything that should never happen: requests out, dialogs, script errors, CSP violations. */
  async problems(): Promise<string[]> {
    const violations = await this.violations();
    return [
      ...this.outside.map((u) => `request left loopback: ${u}`),
      ...this.dialogs.map((d) => `dialog: ${d}`),
      ...this.errors.map((e) => `page error: ${e}`),
      ...violations.map((v) => `CSP violation: ${v.directive} ${v.blocked} ${v.sample}`),
    ];
  }

  async close(): Promise<void> {
    await this.context.close();
  }
}

export async function openPane(browser: Browser, server: PaneServer, options: PaneOptions): Promise<Pane> {
  const context = await browser.newContext({
    viewport: { width: options.width ?? 360, height: options.height ?? 800 },
    serviceWorkers: 'block',
  });
  const page = await context.newPage();
  const pane = new Pane(context, page);
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url === OFFICE_JS)
      return route.fulfill({ status: 200, contentType: 'text/javascript; charset=utf-8', body: STUB_SOURCE });
    if (LOOPBACK.has(hostOf(url))) return route.continue();
    pane.outside.push(url);
    return route.abort('blockedbyclient');
  });
  page.on('websocket', (ws) => pane.outside.push(`websocket ${ws.url()}`));
  page.on('dialog', (dialog) => {
    pane.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss().catch(() => undefined);
  });
  page.on('pageerror', (error) => pane.errors.push(error.message));
  await context.addInitScript((config) => {
    (window as unknown as StubWindow).__officeStubConfig = config;
  }, options.stub);
  for (const script of options.initScripts ?? []) await context.addInitScript(script);
  await page.goto(`${server.origin}/taskpane.html${options.query ?? ''}`);
  return pane;
}
