// A calm or warning message with a title and body, in the colours of Fluent's MessageBar. Drawn
// with plain elements: MessageBar, its intent icons and its motion took about 3.5 KB gzipped of the
// pane's first chunk, which an ordinary bounce's 150 KB can't spare
// (test/addin/bundle-budget.test.ts). The title says what the colour says, for those who can't see it.
import { makeStyles, mergeClasses, shorthands, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';

export interface NoticeProps {
  readonly intent: 'info' | 'success' | 'warning' | 'error';
  readonly title: string;
  readonly children?: ReactNode;
  readonly testId?: string;
}

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderInlineStartWidth: tokens.strokeWidthThicker,
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground1,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    overflowWrap: 'anywhere',
  },
  success: {
    backgroundColor: tokens.colorPaletteGreenBackground1,
    ...shorthands.borderColor(tokens.colorPaletteGreenBorder1),
  },
  warning: {
    backgroundColor: tokens.colorPaletteDarkOrangeBackground1,
    ...shorthands.borderColor(tokens.colorPaletteDarkOrangeBorder1),
  },
  error: {
    backgroundColor: tokens.colorPaletteRedBackground1,
    ...shorthands.borderColor(tokens.colorPaletteRedBorder1),
  },
  title: { fontWeight: tokens.fontWeightSemibold },
});

export function Notice({ intent, title, children, testId }: NoticeProps) {
  const s = useStyles();
  return (
    <div
      className={mergeClasses(s.root, intent !== 'info' && s[intent])}
      role={intent === 'error' ? 'alert' : 'status'}
      data-testid={testId}
      data-intent={intent}
    >
      <span className={s.title}>{title}</span>
      {children ? <div>{children}</div> : null}
    </div>
  );
}
