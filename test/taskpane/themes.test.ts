// The pane's three themes are Fluent's, written out token by token (scripts/make-themes.mjs) so that
// a theme chunk carries values, not Fluent's palettes and the code that builds a theme from them.
// Each must equal Fluent's own theme of the installed version, token for token.
import { teamsHighContrastTheme, webDarkTheme, webLightTheme, type Theme } from '@fluentui/react-components';
import { theme as dark } from '../../src/taskpane/themes/dark';
import { theme as highContrast } from '../../src/taskpane/themes/high-contrast';
import { theme as light } from '../../src/taskpane/themes/light';

test.each([
  ['light', light, webLightTheme],
  ['dark', dark, webDarkTheme],
  ['high-contrast', highContrast, teamsHighContrastTheme],
] as [string, Theme, Theme][])('the %s theme is Fluent’s (else: npm run themes)', (_name, ours, fluent) => {
  expect(ours).toEqual(fluent);
  expect(Object.keys(ours)).toEqual(Object.keys(fluent));
});
