/** @jest-environment jsdom */
// ThemeRoot: the theme's tokens as CSS variables on the pane's root (what the pane used of
// FluentProvider), replaced when the theme changes, and only plain values.
import { webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { render } from '@testing-library/react';
import { THEME_ROOT_CLASS, ThemeRoot, themeRule } from '../../src/taskpane/components/ThemeRoot';

const styleTags = () =>
  [...document.head.querySelectorAll('style')].filter((s) =>
    s.textContent?.startsWith(`.${THEME_ROOT_CLASS} {`),
  );

test.each([
  ['a colour', { colorNeutralForeground1: '#242424' }, '--colorNeutralForeground1: #242424;'],
  ['a number', { fontWeightRegular: 400 }, '--fontWeightRegular: 400;'],
  ['a font list', { fontFamilyBase: "'Segoe UI', sans-serif" }, "--fontFamilyBase: 'Segoe UI', sans-serif;"],
])('themeRule sets %s as a custom property', (_, theme, expected) => {
  expect(themeRule(theme)).toContain(expected);
});

test.each([
  ['a rule break', { colorNeutralForeground1: 'red; } body { display: none' }],
  ['markup', { colorNeutralForeground1: '</style><script>' }],
])('themeRule leaves out %s', (_, theme) => {
  expect(themeRule(theme)).toBe(`.${THEME_ROOT_CLASS} { }`);
});

test('one style tag per mounted theme, replaced when the theme changes, removed on unmount', () => {
  const view = render(
    <ThemeRoot theme={webLightTheme} dir="ltr">
      <p>pane</p>
    </ThemeRoot>,
  );
  expect(styleTags()).toHaveLength(1);
  expect(styleTags()[0]?.textContent).toContain(
    `--colorNeutralBackground1: ${webLightTheme.colorNeutralBackground1};`,
  );
  view.rerender(
    <ThemeRoot theme={webDarkTheme} dir="rtl">
      <p>pane</p>
    </ThemeRoot>,
  );
  expect(styleTags()).toHaveLength(1);
  expect(styleTags()[0]?.textContent).toContain(
    `--colorNeutralBackground1: ${webDarkTheme.colorNeutralBackground1};`,
  );
  expect(view.container.firstElementChild?.getAttribute('dir')).toBe('rtl');
  expect(view.container.firstElementChild?.classList.contains(THEME_ROOT_CLASS)).toBe(true);
  view.unmount();
  expect(styleTags()).toHaveLength(0);
});
