// Boot: start loading the engine at once, wait for Office (bounded), then render the pane with
// the Fluent theme that matches Outlook's (or the browser's), each theme a chunk of its own
// (themes.ts), in Outlook's display language (or the browser's; ../i18n), each language but
// English a chunk of its own. ?theme=, ?lang=, ?demo and ?sample= are for the standalone demo,
// its screenshots and layout checks (?lang=qps, ?lang=ar).
import type { Theme } from '@fluentui/react-components';
import { createRoot } from 'react-dom/client';
import {
  chooseLanguage,
  currentLanguage,
  currentTag,
  loadLanguage,
  t,
  textDirection,
  type Language,
} from '../i18n';
import { officeDisplayLanguage, outlookHost, waitForOffice, type MailHost } from '../office';
import { App } from './App';
import { Busy } from './components/Busy';
import { ThemeRoot } from './components/ThemeRoot';
import type { SampleRef } from './components/StandaloneInput';
import { loadEngine } from './engine';
import { browserThemeSignals, pickTheme, type ThemeName } from './theme';
import { loadTheme } from './themes';

async function demoSamples(): Promise<SampleRef[]> {
  try {
    const response = await fetch('samples/index.json');
    if (!response.ok) return [];
    const list: unknown = await response.json();
    return Array.isArray(list)
      ? list.filter((s): s is SampleRef => typeof s?.name === 'string' && typeof s?.title === 'string')
      : [];
  } catch {
    return [];
  }
}

async function loadSample(name: string): Promise<Uint8Array> {
  const response = await fetch(`samples/${encodeURIComponent(name)}`);
  if (!response.ok) throw new Error(`sample ${name} not found`);
  return new Uint8Array(await response.arrayBuffer());
}

/** The theme, or none when its chunk can't load: the pane still works, in the browser's colours. */
function themeOrNone(name: ThemeName): Promise<Partial<Theme>> {
  return loadTheme(name).catch(() => ({}));
}

/** The language in effect on the page: lang and dir on <html> (ThemeRoot takes dir as a prop). */
async function applyLanguage(lang: Language): Promise<'ltr' | 'rtl'> {
  const shown = await loadLanguage(lang);
  const dir = textDirection(shown);
  document.documentElement.lang = currentTag();
  document.documentElement.dir = dir;
  return dir;
}

// office.js settles onReady quickly inside and outside Office; the bound only guards a broken load.
const OFFICE_READY_TIMEOUT_MS = 10_000;

async function boot(container: HTMLElement) {
  void loadEngine().catch(() => undefined); // fetched while Office starts; errors surface on use
  const params = new URLSearchParams(window.location.search);
  const root = createRoot(container);
  const browserLanguages = [...(navigator.languages ?? []), navigator.language];
  const earlyDir = await applyLanguage(
    chooseLanguage({ requested: params.get('lang'), preferred: browserLanguages }),
  );
  const early = pickTheme({
    requested: params.get('theme'),
    officeBackground: null,
    ...browserThemeSignals(),
  });
  root.render(
    <ThemeRoot
      theme={await themeOrNone(early)}
      dir={earlyDir}
      style={{ minHeight: '100vh', padding: '16px' }}
    >
      <Busy label={t('app.starting')} />
    </ThemeRoot>,
  );
  const [office, samples] = await Promise.all([
    waitForOffice(OFFICE_READY_TIMEOUT_MS),
    params.has('demo') ? demoSamples() : Promise.resolve([]),
  ]);
  const host: MailHost | null = office.host === 'outlook' ? outlookHost : null;
  const lang = chooseLanguage({
    requested: params.get('lang'),
    office: host ? officeDisplayLanguage() : null,
    preferred: browserLanguages,
  });
  const dir = lang === currentLanguage() ? earlyDir : await applyLanguage(lang);
  const theme = pickTheme({
    requested: params.get('theme'),
    officeBackground: host ? host.themeBackground() : null,
    ...browserThemeSignals(),
  });
  document.documentElement.style.colorScheme = theme === 'dark' ? 'dark' : 'light';
  root.render(
    <ThemeRoot theme={await themeOrNone(theme)} dir={dir} style={{ minHeight: '100vh' }}>
      <App
        host={host}
        samples={samples}
        loadSample={params.has('demo') ? loadSample : undefined}
        initialSample={params.get('sample')}
      />
    </ThemeRoot>,
  );
}

/** When even the English catalog can't be fetched (the site is unreachable, or a new version
 *  replaced the files under an open pane): say so rather than leave the pane blank. No catalog,
 *  hence English. */
function bootFailed(container: HTMLElement): void {
  const p = document.createElement('p');
  p.setAttribute('role', 'alert');
  p.textContent = 'Bounce Lens could not load. Close the pane and open it again.';
  container.replaceChildren(p);
}

const container = document.getElementById('root');
if (container) boot(container).catch(() => bootFailed(container));
