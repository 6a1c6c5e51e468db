// Closes the shared browser; fails the run when Chromium itself tried to reach anything beyond
// loopback (the pane's own requests are checked per test).
import { SHARED_KEY, type SharedBrowser } from './global-setup';

export default async function globalTeardown(): Promise<void> {
  const shared = (globalThis as Record<string, unknown>)[SHARED_KEY] as SharedBrowser | undefined;
  if (!shared) return;
  await shared.server.close();
  await shared.proxy.close();
  if (shared.proxy.attempts.length > 0)
    throw new Error(`Chromium tried to leave loopback: ${shared.proxy.attempts.join(', ')}`);
}
