// Several failed recipients or bounces at a glance, at the top: recipient, what happened, who
// acts; grouped by cause (vague causes last), each group folding open to its fix. Loaded as a
// chunk of its own: a bounce with one recipient never needs it.
import { makeStyles, tokens } from '@fluentui/react-components';
import { useId } from 'react';
import type { Owner } from '../../diagnosis/types';
import { plural, t } from '../../i18n';
import type { OverviewGroup } from '../overview';

export interface OverviewProps {
  readonly groups: readonly OverviewGroup[];
  readonly isSender: boolean;
}

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  table: {
    width: '100%',
    borderCollapse: 'collapse',
    tableLayout: 'fixed',
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
  },
  th: {
    textAlign: 'start',
    fontWeight: tokens.fontWeightSemibold,
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
  },
  td: {
    verticalAlign: 'top',
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`,
    overflowWrap: 'anywhere',
  },
  group: { borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}` },
  address: { fontFamily: tokens.fontFamilyMonospace },
  summary: { cursor: 'pointer', color: tokens.colorBrandForeground1 },
  colAddress: { width: '42%' },
  colWho: { width: '24%' },
});

function who(owner: Owner, isSender: boolean): string {
  switch (owner) {
    case 'sender':
      return isSender ? t('who.you') : t('who.sender');
    case 'sender-admin':
      return isSender ? t('who.yourIt') : t('who.senderIt');
    case 'recipient-admin':
      return t('who.recipientIt');
    case 'recipient':
      return t('who.recipient');
    case 'provider':
      return t('who.provider');
    case 'none':
      return t('who.none');
  }
}

/** Rows shown per cause: a report can list thousands; the rest are counted (and listed below). */
const MAX_ROWS = 25;

export function Overview({ groups, isSender }: OverviewProps) {
  const s = useStyles();
  const headingId = useId();
  const count = groups.reduce((n, g) => n + g.rows.length, 0);
  return (
    <section className={s.root} data-testid="overview" aria-labelledby={headingId}>
      <h2 id={headingId} className={s.heading}>
        {plural('overview.heading', count)}
      </h2>
      <table className={s.table}>
        <colgroup>
          <col className={s.colAddress} />
          <col />
          <col className={s.colWho} />
        </colgroup>
        <thead>
          <tr>
            <th className={s.th} scope="col">
              {t('overview.recipient')}
            </th>
            <th className={s.th} scope="col">
              {t('overview.whatHappened')}
            </th>
            <th className={s.th} scope="col">
              {t('overview.whoActs')}
            </th>
          </tr>
        </thead>
        {groups.map((g) => (
          <tbody key={g.key} className={s.group}>
            {g.rows.slice(0, MAX_ROWS).map((row) => (
              <tr
                key={`${row.message}:${row.address}`}
                data-testid="overview-row"
                data-address={row.address}
                data-category={row.recipient.category}
                data-owner={row.decision.owner}
              >
                <td className={s.td}>
                  <span className={s.address}>{row.address}</span>
                </td>
                <td className={s.td}>{row.decision.title}</td>
                <td className={s.td}>{who(row.decision.owner, isSender)}</td>
              </tr>
            ))}
            {g.rows.length > MAX_ROWS ? (
              <tr>
                <td className={s.td} colSpan={3}>
                  {plural('overview.more', g.rows.length - MAX_ROWS)}
                </td>
              </tr>
            ) : null}
            <tr>
              <td className={s.td} colSpan={3}>
                <details>
                  <summary className={s.summary}>{plural('overview.fixThese', g.rows.length)}</summary>
                  {g.decision.fix}
                </details>
              </td>
            </tr>
          </tbody>
        ))}
      </table>
    </section>
  );
}
