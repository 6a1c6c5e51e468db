// A small spinning ring and its label, announced as a progress bar, as Fluent's Spinner (size
// small) draws it. Fluent's own brought the styles of every size and its Label component (about
// 3 KB gzipped) into the pane's first chunk, which an ordinary bounce's 150 KB can't spare
// (test/addin/bundle-budget.test.ts).
import { makeStyles, tokens } from '@fluentui/react-components';
import { useId } from 'react';

const useStyles = makeStyles({
  root: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
  ring: {
    boxSizing: 'border-box',
    flexShrink: 0,
    width: '20px',
    height: '20px',
    borderRadius: tokens.borderRadiusCircular,
    border: `${tokens.strokeWidthThicker} solid ${tokens.colorBrandStroke2}`,
    borderTopColor: tokens.colorBrandStroke1,
    animationName: { from: { transform: 'rotate(0deg)' }, to: { transform: 'rotate(360deg)' } },
    animationDuration: '1s',
    animationIterationCount: 'infinite',
    animationTimingFunction: 'linear',
    // Slower for people who asked for less motion; still turning, so that it reads as busy.
    '@media screen and (prefers-reduced-motion: reduce)': { animationDuration: '3s' },
    '@media (forced-colors: active)': { borderTopColor: 'Highlight' },
  },
  label: {
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    color: tokens.colorNeutralForeground1,
  },
});

export function Busy({ label }: { readonly label: string }) {
  const s = useStyles();
  const id = useId();
  return (
    <div className={s.root} role="progressbar" aria-labelledby={id}>
      <span className={s.ring} aria-hidden="true" />
      <span className={s.label} id={id}>
        {label}
      </span>
    </div>
  );
}
