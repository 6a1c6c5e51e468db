// Fluent's button look, drawn on a plain <button> or <a>: Fluent's Button brings every variant's
// styles (about 4.6 KB gzipped) into the chunk that uses it, and the pane's first chunk must stay
// small (test/addin/bundle-budget.test.ts). Used by the actions and the Copy summary button.
import { makeStyles, tokens } from '@fluentui/react-components';

export const useButtonStyles = makeStyles({
  // Fluent's small button.
  button: {
    display: 'inline-flex',
    alignItems: 'center',
    minHeight: '24px',
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}`,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase200,
    fontWeight: tokens.fontWeightSemibold,
    lineHeight: tokens.lineHeightBase200,
    textDecorationLine: 'none',
    overflowWrap: 'anywhere',
    textAlign: 'start',
    cursor: 'pointer',
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
    ':focus-visible': {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: '1px',
    },
  },
  primary: {
    backgroundColor: tokens.colorBrandBackground,
    color: tokens.colorNeutralForegroundOnBrand,
    border: `${tokens.strokeWidthThin} solid transparent`,
    ':hover': {
      backgroundColor: tokens.colorBrandBackgroundHover,
      color: tokens.colorNeutralForegroundOnBrand,
    },
  },
});
