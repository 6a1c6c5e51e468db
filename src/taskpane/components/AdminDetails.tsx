// "For your email admin": the advice for admins, then the technical facts per recipient (codes,
// servers, the server's words with the evidence marked), the original message, what the engine
// read, and vendors' documentation.
import { makeStyles, Text, tokens } from '@fluentui/react-components';
import type { Diagnosis } from '../../diagnosis/types';
import type { RecipientGroup } from '../grouping';
import { Facts } from './Facts';
import { ServerWords } from './ServerWords';
import { VendorLinks } from './VendorLinks';

export interface AdminDetailsProps {
  readonly diagnosis: Diagnosis;
  readonly group: RecipientGroup;
}

const useStyles = makeStyles({
  details: {
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingHorizontalS,
  },
  summary: {
    cursor: 'pointer',
    fontWeight: tokens.fontWeightSemibold,
    padding: `${tokens.spacingVerticalXXS} 0`,
  },
  body: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    paddingTop: tokens.spacingVerticalS,
  },
  sub: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  evidence: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
    fontSize: tokens.fontSizeBase200,
    overflowWrap: 'anywhere',
  },
});

export function AdminDetails({ diagnosis: d, group }: AdminDetailsProps) {
  const s = useStyles();
  const links = group.recipients.flatMap((r) => r.remediation.links);
  return (
    <details className={s.details} data-testid="admin-details">
      <summary className={s.summary}>For your email admin</summary>
      <div className={s.body}>
        <Text>{group.lead.remediation.admin}</Text>
        {group.recipients.map((r) => (
          <section key={r.address} aria-label={`Technical details for ${r.address}`}>
            <h4 className={s.sub}>{r.address}</h4>
            <Facts
              rows={[
                ['Status', r.status],
                ['Reply code', r.replyCode],
                ['Remote server', r.remoteMta],
                ['Reported by', d.reportingMta],
                ['Category', r.category],
                ['Rule', r.rule],
              ]}
            />
            {r.diagnostic ? <ServerWords recipient={r} /> : null}
            <ul className={s.evidence} aria-label="What Bounce Lens read">
              {r.evidence.map((e, i) => (
                <li key={i}>{e.text}</li>
              ))}
            </ul>
          </section>
        ))}
        {d.original ? (
          // Not a named section: with several cause groups the name would repeat (axe landmark-unique).
          <div>
            <h4 className={s.sub}>The original message</h4>
            <Facts
              rows={[
                ['Subject', d.original.subject],
                ['Date', d.original.date],
                ['From', d.original.from],
                ['To', d.original.to],
                ['Message-ID', d.original.messageId],
              ]}
            />
          </div>
        ) : null}
        <VendorLinks links={links} />
      </div>
    </details>
  );
}
