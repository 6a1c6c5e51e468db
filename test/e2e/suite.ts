// Per test file: the shared browser (or one of its own when run without the global setup), a
// loopback server for dist/, and panes that are closed after each test.
import type { Browser } from 'playwright-core';
import { connectBrowser, distDir, ensureDist, WS_ENV, type RecordingProxy } from './browser';
import { openPane, type Pane, type PaneOptions } from './pane';
import { startPaneServer, type PaneServer } from './server';

export interface E2E {
  readonly server: () => PaneServer;
  readonly open: (options: PaneOptions) => Promise<Pane>;
}

export function useE2E(): E2E {
  let browser: Browser | null = null;
  let proxy: RecordingProxy | null = null;
  let server: PaneServer | null = null;
  const open: Pane[] = [];

  beforeAll(async () => {
    const dist = distDir();
    // The global setup has built it already; checking again could rebuild mid-run on a checkout
    // whose sources are being edited.
    if (!process.env[WS_ENV]) ensureDist(dist);
    server = await startPaneServer(dist);
    ({ browser, proxy } = await connectBrowser());
  }, 1_300_000);

  afterEach(async () => {
    await Promise.all(open.splice(0).map((p) => p.close().catch(() => undefined)));
  });

  afterAll(async () => {
    // Closing a connected browser only disconnects; the global teardown closes the shared one.
    await browser?.close().catch(() => undefined);
    await server?.close();
    await proxy?.close();
    // Only a browser of our own has its proxy here; the global teardown checks the shared one's.
    if (proxy && proxy.attempts.length > 0)
      throw new Error(`the browser tried to leave loopback: ${proxy.attempts.join(', ')}`);
  });

  return {
    server: () => {
      if (!server) throw new Error('the e2e server is not started');
      return server;
    },
    open: async (options) => {
      if (!browser || !server) throw new Error('the e2e browser is not started');
      const pane = await openPane(browser, server, options);
      open.push(pane);
      return pane;
    },
  };
}
