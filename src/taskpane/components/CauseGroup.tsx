// Recipients that share one cause: who must fix it, what happened, the recipients, what the
// sender can do, and the details for an email admin.
import { makeStyles, Text, tokens } from '@fluentui/react-components';
import type { Diagnosis } from '../../diagnosis/types';
import type { RecipientGroup } from '../grouping';
import { ownerPath } from '../owner-path';
import { CATEGORY_TITLE } from '../strings';
import { AdminDetails } from './AdminDetails';
import { OwnerPath } from './OwnerPath';
import { RecipientRow } from './RecipientRow';

export interface CauseGroupProps {
  readonly diagnosis: Diagnosis;
  readonly group: RecipientGroup;
  /** With one group the message heading already names the cause. */
  readonly showTitle: boolean;
}

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  sub: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  block: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  list: { listStyleType: 'none', margin: 0, padding: 0 },
});

export function CauseGroup({ diagnosis, group, showTitle }: CauseGroupProps) {
  const s = useStyles();
  const { lead, recipients } = group;
  // Headings go one level at a time (axe heading-order): h2 headline, h3 group title when shown.
  const Sub = showTitle ? 'h4' : 'h3';
  const happened =
    recipients.length === 1
      ? lead.summary
      : `${CATEGORY_TITLE[lead.category]}: ${recipients.length} recipients.`;
  return (
    <section
      className={s.root}
      aria-label={CATEGORY_TITLE[lead.category]}
      data-testid="cause-group"
      data-category={lead.category}
      data-owner={lead.owner}
    >
      {showTitle ? <h3 className={s.heading}>{CATEGORY_TITLE[lead.category]}</h3> : null}
      <div className={s.block}>
        <Sub className={s.sub}>What happened</Sub>
        <Text>{happened}</Text>
        <ul className={s.list} aria-label="Recipients">
          {recipients.map((r) => (
            <RecipientRow key={r.address} recipient={r} />
          ))}
        </ul>
      </div>
      {lead.owner === 'none' && lead.action !== 'failed' ? null : (
        <OwnerPath view={ownerPath(diagnosis, lead)} />
      )}
      <div className={s.block}>
        <Sub className={s.sub}>What you can do</Sub>
        <Text>{lead.remediation.user}</Text>
      </div>
      <AdminDetails diagnosis={diagnosis} group={group} />
    </section>
  );
}
