// The pane's root: the theme's tokens as CSS variables and the base text style, which is what the
// pane used of Fluent's FluentProvider (about 5 KB gzipped off the first chunk, which must stay
// small: test/addin/bundle-budget.test.ts). FluentProvider also started Fluent's keyboard focus
// tracking (tabster, keyborg) for Fluent's own components, whose focus rings depend on it: the
// pane draws its controls as plain elements with :focus-visible rings. And it told the styles the
// text direction, to flip left and right: the pane's styles say start and end instead (logical
// properties), which the browser mirrors under dir="rtl".
import { makeStyles, mergeClasses, tokens, type Theme } from '@fluentui/react-components';
import { useInsertionEffect, useMemo, type CSSProperties, type ReactNode } from 'react';

/** The class the theme's variables are set on (Fluent's own name, which the browser tests read). */
export const THEME_ROOT_CLASS = 'fui-FluentProvider';

/** One CSS rule setting every token of the theme as a custom property. The values are Fluent's own
 *  theme objects' (no message text reaches here); anything but a plain string or number is left out. */
export function themeRule(theme: Partial<Theme>): string {
  let vars = '';
  for (const [name, value] of Object.entries(theme))
    if ((typeof value === 'string' && !/[;{}<]/.test(value)) || typeof value === 'number')
      vars += `--${name}: ${value}; `;
  return `.${THEME_ROOT_CLASS} { ${vars}}`;
}

const useStyles = makeStyles({
  root: {
    color: tokens.colorNeutralForeground1,
    backgroundColor: tokens.colorNeutralBackground1,
    textAlign: 'start',
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightRegular,
    lineHeight: tokens.lineHeightBase300,
  },
});

export interface ThemeRootProps {
  readonly theme: Partial<Theme>;
  readonly dir: 'ltr' | 'rtl';
  readonly style?: CSSProperties;
  readonly children: ReactNode;
}

export function ThemeRoot({ theme, dir, style, children }: ThemeRootProps) {
  const rule = useMemo(() => themeRule(theme), [theme]);
  // Inserted before the pane paints, and replaced when the theme changes.
  useInsertionEffect(() => {
    const tag = document.createElement('style');
    tag.textContent = rule;
    document.head.append(tag);
    return () => tag.remove();
  }, [rule]);
  const styles = useStyles();
  return (
    <div dir={dir} className={mergeClasses(THEME_ROOT_CLASS, styles.root)} style={style}>
      {children}
    </div>
  );
}
