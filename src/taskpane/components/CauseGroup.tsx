// Recipients that share one cause, answer first: what happened (unless the message heading
// already says it), who must fix it, how (with the one-click actions), then the recipients and
// the details for an email admin. Everything comes from one Decision (../decision.ts).
import { makeStyles, tokens } from '@fluentui/react-components';
import { lazy, Suspense } from 'react';
import type { Diagnosis } from '../../diagnosis/types';
import type { Decision, Viewer } from '../decision';
import type { RecipientGroup } from '../grouping';
import { t } from '../../i18n';
import { ownerPath } from '../owner-path';
import type { OpenDraft } from './Actions';
import { Fold } from './Fold';
import { OwnerPath } from './OwnerPath';
import { PartBoundary } from './PartBoundary';
import { Pending } from './Pending';
import { RecipientRow } from './RecipientRow';
import { Words } from './Words';

// Chunks of their own: neither is needed for the answer's first paint, and the admin's details
// only once their fold is opened.
const Actions = lazy(() =>
  import(/* webpackChunkName: "actions" */ './Actions.js').then((m) => ({ default: m.Actions })),
);
const AdminDetails = lazy(() =>
  import(/* webpackChunkName: "admin" */ './AdminDetails.js').then((m) => ({ default: m.AdminDetails })),
);

export interface CauseGroupProps {
  readonly diagnosis: Diagnosis;
  readonly group: RecipientGroup;
  readonly decision: Decision;
  readonly viewer: Viewer;
  /** With one group the message heading already says what happened. */
  readonly showTitle: boolean;
  readonly openDraft: OpenDraft;
}

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  sub: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  block: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  list: { listStyleType: 'none', margin: 0, padding: 0 },
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
});

export function CauseGroup({ diagnosis, group, decision, viewer, showTitle, openDraft }: CauseGroupProps) {
  const s = useStyles();
  const { lead, recipients } = group;
  // Headings go one level at a time (axe heading-order): h2 headline, h3 group title when shown.
  const Sub = showTitle ? 'h4' : 'h3';
  return (
    <section
      className={s.root}
      aria-label={decision.title}
      data-testid="cause-group"
      data-category={lead.category}
      data-owner={decision.owner}
    >
      {showTitle ? (
        <div className={s.block}>
          <h3 className={s.heading}>{decision.title}</h3>
          {recipients.length === 1 ? <Words data-testid="what">{decision.happened}</Words> : null}
        </div>
      ) : null}
      <OwnerPath view={ownerPath(diagnosis, lead, decision, viewer)} headingLevel={showTitle ? 4 : 3} />
      <div className={s.block}>
        <Sub className={s.sub}>{t('group.howToFix')}</Sub>
        <Words data-testid="fix">{decision.fix}</Words>
        {decision.specificFix ? (
          <Words data-testid="specific-fix">
            {t('group.specificAdvice')} <span lang="en">{decision.specificFix}</span>
          </Words>
        ) : null}
      </div>
      <PartBoundary fallback={null}>
        <Suspense fallback={<Pending />}>
          <Actions
            diagnosis={diagnosis}
            recipients={recipients}
            decision={decision}
            openDraft={openDraft}
            isSender={viewer.isSender}
          />
        </Suspense>
      </PartBoundary>
      <ul className={s.list} aria-label={t('list.recipients')}>
        {recipients.map((r) => (
          <RecipientRow key={r.address} recipient={r} />
        ))}
      </ul>
      <Fold
        className={s.details}
        summaryClassName={s.summary}
        testId="admin-details"
        summary={t('admin.heading')}
        unavailable={t('app.partUnavailable')}
      >
        {() => <AdminDetails diagnosis={diagnosis} group={group} decision={decision} />}
      </Fold>
    </section>
  );
}
