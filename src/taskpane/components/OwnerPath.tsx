// Who must fix it: one compact row from the sender to the recipient, the party who must act
// marked by a solid thick border and bold text (not by colour alone, so it stays distinct in
// Windows high contrast, where backgrounds are dropped), then one line naming it and why.
import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { t } from '../../i18n';
import type { OwnerPathView } from '../owner-path';
import { Words } from './Words';
import { useVisuallyHidden } from './visually-hidden';

export interface OwnerPathProps {
  readonly view: OwnerPathView;
  readonly headingLevel: 3 | 4;
}

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  heading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    alignItems: 'stretch',
    gap: '2px',
  },
  step: {
    flex: '1 1 0',
    minWidth: 0,
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'center',
    textAlign: 'center',
    padding: `${tokens.spacingVerticalXXS} 2px`,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} dashed ${tokens.colorNeutralStroke1}`,
    color: tokens.colorNeutralForeground2,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    overflowWrap: 'anywhere',
  },
  active: {
    border: `${tokens.strokeWidthThickest} solid ${tokens.colorBrandStroke1}`,
    backgroundColor: tokens.colorBrandBackground2,
    color: tokens.colorNeutralForeground1,
    fontWeight: tokens.fontWeightBold,
    '@media (forced-colors: active)': {
      forcedColorAdjust: 'none',
      backgroundColor: 'Highlight',
      color: 'HighlightText',
      border: `${tokens.strokeWidthThickest} solid CanvasText`,
    },
  },
  actor: { fontWeight: tokens.fontWeightSemibold },
});

export function OwnerPath({ view, headingLevel }: OwnerPathProps) {
  const s = useStyles();
  const { hidden } = useVisuallyHidden();
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  return (
    <div className={s.root} data-testid="owner" data-owner={view.owner}>
      <Heading className={s.heading}>{t('path.heading')}</Heading>
      <ol className={s.list} aria-label={t('path.label')}>
        {view.steps.map((step) => (
          <li
            key={step.step}
            className={mergeClasses(s.step, step.active && s.active)}
            aria-current={step.active ? 'step' : undefined}
            data-step={step.step}
          >
            {step.label}
            {step.active ? <span className={hidden}>{t('path.mustAct')}</span> : null}
          </li>
        ))}
      </ol>
      <Words size={200}>
        <span className={s.actor}>{view.actor}</span> {view.why}
      </Words>
    </div>
  );
}
