// Fluent's themes, only the tokens the pane uses (scripts/theme-tokens.mjs), one chunk each: a pane
// shows one of them. boot() starts loading the one it needs with the engine.
import type { Theme } from '@fluentui/react-components';
import type { ThemeName } from './theme';

const loading = new Map<ThemeName, Promise<Partial<Theme>>>();

function importTheme(name: ThemeName): Promise<{ theme: Partial<Theme> }> {
  if (name === 'dark') return import(/* webpackChunkName: "theme-dark" */ './themes/dark.js');
  if (name === 'high-contrast')
    return import(/* webpackChunkName: "theme-high-contrast" */ './themes/high-contrast.js');
  return import(/* webpackChunkName: "theme-light" */ './themes/light.js');
}

export function loadTheme(name: ThemeName): Promise<Partial<Theme>> {
  let p = loading.get(name);
  if (!p) {
    p = importTheme(name).then((m) => m.theme);
    loading.set(name, p);
    p.catch(() => loading.delete(name)); // a failed chunk load is tried again next time
  }
  return p;
}
