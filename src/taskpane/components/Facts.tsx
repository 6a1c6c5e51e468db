// A short label/value list (a <dl>); rows without a value are left out.
import { makeStyles, tokens } from '@fluentui/react-components';

export interface FactsProps {
  readonly rows: readonly (readonly [label: string, value: string | null | undefined])[];
  readonly label?: string;
}

const useStyles = makeStyles({
  list: {
    display: 'grid',
    gridTemplateColumns: 'minmax(90px, auto) 1fr',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXXS,
    margin: 0,
  },
  term: { color: tokens.colorNeutralForeground3 },
  value: { margin: 0, overflowWrap: 'anywhere' },
  pair: { display: 'contents' },
});

export function Facts({ rows, label }: FactsProps) {
  const s = useStyles();
  const shown = rows.filter(
    (r): r is readonly [string, string] => typeof r[1] === 'string' && r[1].length > 0,
  );
  if (shown.length === 0) return null;
  return (
    <dl className={s.list} aria-label={label}>
      {shown.map(([term, value]) => (
        <div key={term} className={s.pair}>
          <dt className={s.term}>{term}</dt>
          <dd className={s.value}>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
