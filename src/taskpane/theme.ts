// Light, dark or high contrast: from the Office theme when Outlook shares it, else from the
// browser (forced colours for Windows high contrast, prefers-color-scheme), else light.
export type ThemeName = 'light' | 'dark' | 'high-contrast';

/** Relative luminance of a #rrggbb colour, 0 (black) to 1 (white); null when unreadable. */
export function luminance(color: string): number | null {
  const hex = color.trim().startsWith('#') ? color.trim().slice(1) : color.trim();
  if (hex.length !== 6) return null;
  const n = Number.parseInt(hex, 16);
  if (Number.isNaN(n)) return null;
  const channel = (v: number) => {
    const c = v / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel((n >> 16) & 255) + 0.7152 * channel((n >> 8) & 255) + 0.0722 * channel(n & 255);
}

export interface ThemeSignals {
  readonly requested?: string | null;
  readonly officeBackground: string | null;
  readonly forcedColors: boolean;
  readonly prefersDark: boolean;
}

export function pickTheme(s: ThemeSignals): ThemeName {
  if (s.requested === 'light' || s.requested === 'dark' || s.requested === 'high-contrast')
    return s.requested;
  if (s.forcedColors) return 'high-contrast';
  const lum = s.officeBackground ? luminance(s.officeBackground) : null;
  if (lum !== null) return lum < 0.2 ? 'dark' : 'light';
  return s.prefersDark ? 'dark' : 'light';
}

export function browserThemeSignals(): { forcedColors: boolean; prefersDark: boolean } {
  const media = (q: string) => typeof window.matchMedia === 'function' && window.matchMedia(q).matches;
  return {
    forcedColors: media('(forced-colors: active)'),
    prefersDark: media('(prefers-color-scheme: dark)'),
  };
}
