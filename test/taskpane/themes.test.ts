// The pane's three themes are Fluent's, written out token by token (scripts/make-themes.mjs) so that
// a theme chunk carries values, not Fluent's palettes and the code that builds a theme from them;
// and only the tokens the pane uses (scripts/theme-tokens.mjs: its own styles' and those of the
// Fluent components it draws), since the others set CSS variables that nothing reads. Each must
// hold Fluent's own values of the installed version for exactly those tokens.
import { teamsHighContrastTheme, webDarkTheme, webLightTheme, type Theme } from '@fluentui/react-components';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { theme as dark } from '../../src/taskpane/themes/dark';
import { theme as highContrast } from '../../src/taskpane/themes/high-contrast';
import { theme as light } from '../../src/taskpane/themes/light';

// theme-tokens.mjs is an ES module (the build scripts are); jest runs CommonJS, so ask node.
const script = path.join(__dirname, '..', '..', 'scripts', 'theme-tokens.mjs');
const used: string[] = JSON.parse(
  execFileSync(
    process.execPath,
    [
      '--input-type=module',
      '-e',
      `import { usedTokens } from ${JSON.stringify(script)}; console.log(JSON.stringify(usedTokens()));`,
    ],
    { encoding: 'utf8' },
  ),
) as string[];

test('the pane uses some tokens, each one of Fluent’s', () => {
  expect(used.length).toBeGreaterThan(20);
  for (const t of used) expect(webLightTheme).toHaveProperty(t);
});

test.each([
  ['light', light, webLightTheme],
  ['dark', dark, webDarkTheme],
  ['high-contrast', highContrast, teamsHighContrastTheme],
] as [string, Partial<Theme>, Theme][])(
  'the %s theme is Fluent’s, for the tokens the pane uses (else: npm run themes)',
  (_name, ours, fluent) => {
    expect(Object.keys(ours)).toEqual(used);
    const theirs = fluent as unknown as Record<string, unknown>;
    expect(ours).toEqual(Object.fromEntries(used.map((t) => [t, theirs[t]])));
  },
);
