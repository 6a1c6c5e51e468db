// Who must fix it: the four parties on a message's way, the one who must act marked (by colour
// and by words, for screen readers and high contrast), and one line saying why.
import { Badge, makeStyles, mergeClasses, Text, tokens } from '@fluentui/react-components';
import { useId } from 'react';
import type { OwnerPathView } from '../owner-path';
import { OWNER_NAME } from '../strings';

export interface OwnerPathProps {
  readonly view: OwnerPathView;
}

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
  },
  step: {
    display: 'grid',
    gridTemplateColumns: '12px 1fr auto',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid transparent`,
    color: tokens.colorNeutralForeground2,
  },
  active: {
    backgroundColor: tokens.colorBrandBackground2,
    border: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke1}`,
    color: tokens.colorNeutralForeground1,
  },
  dot: {
    width: '10px',
    height: '10px',
    borderRadius: tokens.borderRadiusCircular,
    backgroundColor: tokens.colorNeutralStroke1,
  },
  activeDot: { backgroundColor: tokens.colorBrandForeground1 },
  label: { display: 'flex', flexDirection: 'column', minWidth: 0 },
  detail: { color: tokens.colorNeutralForeground3, overflowWrap: 'anywhere' },
  why: { color: tokens.colorNeutralForeground1 },
});

export function OwnerPath({ view }: OwnerPathProps) {
  const s = useStyles();
  const titleId = useId();
  return (
    <div className={s.root} role="group" aria-labelledby={titleId}>
      <Text id={titleId} weight="semibold">
        Who must fix it
      </Text>
      <ol className={s.list} aria-label="From the sender to the recipient">
        {view.steps.map((step) => (
          <li
            key={step.step}
            className={mergeClasses(s.step, step.active && s.active)}
            aria-current={step.active ? 'step' : undefined}
            data-step={step.step}
          >
            <span className={mergeClasses(s.dot, step.active && s.activeDot)} aria-hidden="true" />
            <span className={s.label}>
              <Text weight={step.active ? 'semibold' : 'regular'}>{step.label}</Text>
              {step.detail ? (
                <Text size={200} className={s.detail}>
                  {step.detail}
                </Text>
              ) : null}
            </span>
            {step.active ? (
              <Badge appearance="filled" color="brand">
                Must act
              </Badge>
            ) : null}
          </li>
        ))}
      </ol>
      {view.offPath ? (
        <Text weight="semibold">
          {view.offPath === 'provider' ? 'Must act: the mail service provider' : 'Nobody needs to act'}
        </Text>
      ) : null}
      <Text className={s.why}>
        <strong>Why {OWNER_NAME[view.owner]}:</strong> {view.why}
      </Text>
    </div>
  );
}
