// One recipient: the address, its status code and what happened to it. Carries the automation
// hooks (data-address, data-status, data-category, data-owner).
import { Badge, makeStyles, Text, tokens } from '@fluentui/react-components';
import type { RecipientDiagnosis } from '../../diagnosis/types';

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
});

// A DSN's "failed" is final whatever the status class (RFC 3464 §2.3.3): a 4.4.7 that gave up is
// not "failed for now".
function actionLabel(r: RecipientDiagnosis): string {
  if (r.action === 'delayed') return 'still being retried';
  return r.action;
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
      <Text className={s.address}>{r.address}</Text>
      {r.status ? (
        <Badge appearance="outline" color="informative">
          {r.status}
        </Badge>
      ) : null}
      <Text size={200}>{actionLabel(r)}</Text>
    </li>
  );
}
