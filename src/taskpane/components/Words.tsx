// Text in Fluent's type ramp (body 300, caption 200; regular or semibold), as Fluent's Text draws
// it, on a plain <span>: Fluent's Text brought the styles of every size, weight, font and
// alignment (about 1.3 KB gzipped) into the pane's first chunk, which an ordinary bounce's
// 150 KB can't spare (test/addin/bundle-budget.test.ts).
import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { HTMLAttributes } from 'react';

const useStyles = makeStyles({
  base: {
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    fontWeight: tokens.fontWeightRegular,
  },
  small: { fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200 },
  semibold: { fontWeight: tokens.fontWeightSemibold },
  block: { display: 'block' },
});

export interface WordsProps extends HTMLAttributes<HTMLSpanElement> {
  /** Fluent's caption size (200); body (300) otherwise. */
  readonly size?: 200 | 300;
  readonly weight?: 'regular' | 'semibold';
  /** On a line of its own. */
  readonly block?: boolean;
  readonly 'data-testid'?: string;
}

export function Words({ size, weight, block, className, ...rest }: WordsProps) {
  const s = useStyles();
  return (
    <span
      {...rest}
      className={mergeClasses(
        s.base,
        size === 200 && s.small,
        weight === 'semibold' && s.semibold,
        block && s.block,
        className,
      )}
    />
  );
}
