// Debian's Chromium driven by playwright-core (no browser download), fenced to loopback:
// - the pane's own requests go through Playwright routing (pane.ts), which blocks and records
//   anything that is not loopback;
// - the browser's background services (accounts, GCM; Chromium calls them even with
//   --disable-background-networking) are pointed at a closed loopback port, every host name but
//   loopback fails to resolve, and whatever still tries goes to a recording proxy that refuses it.
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import * as path from 'node:path';
import { chromium, type Browser, type LaunchOptions } from 'playwright-core';
import chromiumFlags from '../../scripts/chromium-flags.json';

export const ROOT = path.join(__dirname, '..', '..');
// Debian's binary itself, not its /usr/bin/chromium wrapper: the wrapper adds the flags of
// /etc/chromium.d (Google API keys, --enable-remote-extensions, --load-extension), each one more
// reason for the browser to call out.
const DEBIAN_BINARY = '/usr/lib/chromium/chromium';
export const CHROMIUM =
  process.env['CHROMIUM_PATH'] ?? (fs.existsSync(DEBIAN_BINARY) ? DEBIAN_BINARY : '/usr/bin/chromium');
// The flags live in scripts/chromium-flags.json, shared with scripts/screenshot.mjs. Beyond the usual
// headless ones: every host name but loopback fails to resolve, and Google's account, GCM and autofill
// services (autofill asks about every page with a form, like the paste box) and the component
// updater (Chromium 156 asks update.googleapis.com at start despite --disable-component-update)
// are pointed at 127.0.0.1:9, the discard port, where nothing listens. Not --disable-features:
// Chromium keeps only the last one, and Playwright passes its own.
export const CHROMIUM_FLAGS: readonly string[] = chromiumFlags;

/** Where the built pane is: E2E_DIST, else dist/. */
export function distDir(): string {
  return path.resolve(process.env['E2E_DIST'] ?? path.join(ROOT, 'dist'));
}

function newestMtime(entry: string): number {
  const stat = fs.statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return fs
    .readdirSync(entry)
    .reduce((max, name) => Math.max(max, newestMtime(path.join(entry, name))), stat.mtimeMs);
}

/** Builds the pane (production) into `dist` when it is missing or older than its sources. */
export function ensureDist(dist: string): void {
  const page = path.join(dist, 'taskpane.html');
  const sources = ['src', 'webpack.config.js', 'tsconfig.pane.json', 'assets']
    .map((p) => path.join(ROOT, p))
    .filter((p) => fs.existsSync(p));
  if (fs.existsSync(page) && fs.statSync(page).mtimeMs >= Math.max(...sources.map(newestMtime))) return;
  process.stderr.write(`e2e: building the pane into ${dist} (missing or older than src/)\n`);
  execFileSync(
    process.execPath,
    [require.resolve('webpack-cli/bin/cli.js'), '--mode', 'production', '--env', `outDir=${dist}`],
    {
      cwd: ROOT,
      stdio: ['ignore', 'ignore', 'inherit'],
      timeout: 1_200_000,
    },
  );
}

/** A proxy that refuses everything and remembers what was asked (host:port or URL). */
export interface RecordingProxy {
  readonly url: string;
  readonly attempts: string[];
  close(): Promise<void>;
}

export async function startRecordingProxy(): Promise<RecordingProxy> {
  const attempts: string[] = [];
  const server: Server = createServer((req, res) => {
    attempts.push(req.url ?? '?');
    res.writeHead(403);
    res.end();
  });
  server.on('connect', (req: { url?: string }, socket: { destroy(): void }) => {
    attempts.push(`CONNECT ${req.url ?? '?'}`);
    socket.destroy();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    attempts,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export function launchOptions(proxyUrl: string): LaunchOptions {
  return {
    executablePath: CHROMIUM,
    args: [...CHROMIUM_FLAGS],
    proxy: { server: proxyUrl, bypass: '127.0.0.1,localhost' },
  };
}

/** Set by test/e2e/global-setup.ts: one browser for every test file. */
export const WS_ENV = 'BOUNCE_LENS_E2E_WS';

/** The shared browser when the global setup launched one, else a browser of our own. */
export async function connectBrowser(): Promise<{ browser: Browser; proxy: RecordingProxy | null }> {
  const ws = process.env[WS_ENV];
  if (ws) return { browser: await chromium.connect(ws), proxy: null };
  const proxy = await startRecordingProxy();
  return { browser: await chromium.launch(launchOptions(proxy.url)), proxy };
}
