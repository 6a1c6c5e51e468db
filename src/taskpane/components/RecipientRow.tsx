// One recipient: the address, its status code and what happened to it. Carries the automation
// hooks (data-address, data-status, data-category, data-owner).
import { makeStyles, tokens } from '@fluentui/react-components';
import type { RecipientDiagnosis } from '../../diagnosis/types';
import { t, type MessageKey } from '../../i18n';
import { Words } from './Words';

export interface RecipientRowProps {
  readonly recipient: RecipientDiagnosis;
}

const useStyles = makeStyles({
  row: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalXXS} 0`,
  },
  address: { fontFamily: tokens.fontFamilyMonospace, overflowWrap: 'anywhere' },
  // Drawn like Fluent's outline Badge, with a plain element: the Badge component alone weighs
  // more than the pane's budget margin.
  status: {
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase200,
    fontWeight: tokens.fontWeightSemibold,
    lineHeight: tokens.lineHeightBase200,
    color: tokens.colorNeutralForeground2,
    border: `${tokens.strokeWidthThin} solid currentColor`,
    borderRadius: tokens.borderRadiusCircular,
    padding: `0 ${tokens.spacingHorizontalXS}`,
  },
});

// A DSN's "failed" is final whatever the status class (RFC 3464 §2.3.3): a 4.4.7 that gave up is
// not "failed for now".
function actionLabel(r: RecipientDiagnosis): string {
  return t(`action.${r.action}` as MessageKey);
}

export function RecipientRow({ recipient: r }: RecipientRowProps) {
  const s = useStyles();
  return (
    <li
      className={s.row}
      data-testid="recipient"
      data-address={r.address}
      data-status={r.status ?? ''}
      data-category={r.category}
      data-owner={r.owner}
    >
      <Words className={s.address}>{r.address}</Words>
      {r.status ? <span className={s.status}>{r.status}</span> : null}
      <Words size={200}>{actionLabel(r)}</Words>
    </li>
  );
}
