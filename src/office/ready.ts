/// <reference types="office-js" />
// Office.onReady, bounded: outside Office it resolves with host null, and when office.js never
// loaded (offline demo, blocked CDN) there is no Office at all. Either way: standalone mode.
import { officeGlobal } from './office-host';

export type HostInfo = { readonly host: 'outlook' | 'other' | null };

export async function waitForOffice(timeoutMs = 5000): Promise<HostInfo> {
  const office = officeGlobal();
  if (!office || typeof office.onReady !== 'function') return { host: null };
  const ready = office.onReady().then(
    (info): HostInfo => {
      if (!info || info.host === null || info.host === undefined) return { host: null };
      return { host: String(info.host).toLowerCase() === 'outlook' ? 'outlook' : 'other' };
    },
    (): HostInfo => ({ host: null }),
  );
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<HostInfo>((resolve) => {
    timer = setTimeout(() => resolve({ host: null }), timeoutMs);
  });
  try {
    return await Promise.race([ready, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
