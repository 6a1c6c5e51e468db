// Once per `npm run test:e2e`: build the pane when dist/ is missing or stale, then launch one
// Chromium that every test file connects to (WS_ENV), behind the recording proxy.
import { chromium, type BrowserServer } from 'playwright-core';
import {
  distDir,
  ensureDist,
  launchOptions,
  startRecordingProxy,
  WS_ENV,
  type RecordingProxy,
} from './browser';

export interface SharedBrowser {
  readonly server: BrowserServer;
  readonly proxy: RecordingProxy;
}

// The teardown runs in the same process: it finds the browser here.
export const SHARED_KEY = '__bounceLensE2EBrowser';

export default async function globalSetup(): Promise<void> {
  ensureDist(distDir());
  const proxy = await startRecordingProxy();
  const server = await chromium.launchServer({ ...launchOptions(proxy.url), host: '127.0.0.1' });
  process.env[WS_ENV] = server.wsEndpoint();
  (globalThis as Record<string, unknown>)[SHARED_KEY] = { server, proxy } satisfies SharedBrowser;
}
