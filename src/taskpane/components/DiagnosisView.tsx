// One diagnosed message, answer first: the headline says what happened (for one cause, in one
// sentence), then per cause who must fix it and how. A note when the original sender isn't the
// user; a calm state for auto-replies, receipts and non-bounces.
import { makeStyles, tokens } from '@fluentui/react-components';
import { forwardRef } from 'react';
import type { Diagnosis, Kind } from '../../diagnosis/types';
import { decide, type Viewer } from '../decision';
import { groupRecipients, leadRecipient } from '../grouping';
import type { SenderRelation } from '../sender-relation';
import { t } from '../../i18n';
import { calmState, noRecipients, relationText } from '../strings';
import type { OpenDraft } from './Actions';
import { CauseGroup } from './CauseGroup';
import { Notice } from './Notice';
import { RecipientRow } from './RecipientRow';
import { Words } from './Words';

export interface DiagnosisViewProps {
  readonly diagnosis: Diagnosis;
  /** The file it came from, shown when the pane shows several messages or a file's. */
  readonly sourceLabel: string | null;
  readonly relation: SenderRelation;
  readonly viewer: Viewer;
  readonly openDraft: OpenDraft;
}

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  top: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  heading: {
    margin: 0,
    fontSize: tokens.fontSizeBase400,
    fontWeight: tokens.fontWeightSemibold,
    lineHeight: tokens.lineHeightBase400,
    overflowWrap: 'anywhere',
    ':focus': { outline: 'none' },
    ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
  source: { color: tokens.colorNeutralForeground3, overflowWrap: 'anywhere' },
  list: { listStyleType: 'none', margin: 0, padding: 0 },
  divider: { borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`, margin: 0 },
});

const CALM_INTENT: Readonly<Record<Exclude<Kind, 'bounce'>, 'info' | 'success' | 'warning'>> = {
  delay: 'info',
  delivered: 'success',
  'auto-reply': 'info',
  'read-receipt': 'info',
  feedback: 'info',
  'not-a-bounce': 'info',
};

export const DiagnosisView = forwardRef<HTMLHeadingElement, DiagnosisViewProps>(function DiagnosisView(
  { diagnosis: d, sourceLabel, relation, viewer, openDraft },
  headingRef,
) {
  const s = useStyles();
  const lead = leadRecipient(d.recipients);
  const groups = groupRecipients(d.recipients);
  const fixable = d.kind === 'bounce' || d.kind === 'delay';
  const decisions = groups.map((g) => decide(d, g.lead, d.extras ?? null, viewer));
  const failed = d.recipients.filter((r) => r.action === 'failed').length;
  const headline = !fixable
    ? calmState(d.kind).title
    : !lead || !decisions[0]
      ? d.kind === 'delay'
        ? calmState('delay').title
        : noRecipients().title
      : groups.length === 1
        ? decisions[0].happened
        : failed > 1
          ? t('headline.failedMany', { count: failed })
          : t('headline.outcomes', { recipients: d.recipients.length, groups: groups.length });
  return (
    <article
      className={s.root}
      data-testid="diagnosis"
      data-kind={d.kind}
      data-category={lead?.category ?? ''}
      data-owner={decisions[0]?.owner ?? lead?.owner ?? ''}
      aria-label={headline}
    >
      <div className={s.top}>
        {sourceLabel ? (
          <Words size={200} className={s.source}>
            {sourceLabel}
          </Words>
        ) : null}
        <h2 className={s.heading} ref={headingRef} tabIndex={-1}>
          {headline}
        </h2>
      </div>
      {relation.kind !== 'own-or-unknown' ? (
        <Notice
          intent={relation.kind === 'backscatter' ? 'warning' : 'info'}
          title={
            relation.kind === 'backscatter' ? t('relation.backscatterTitle') : t('relation.forwardedTitle')
          }
          testId="sender-relation"
        >
          {relationText(relation.kind, relation.sender, relation.user)}
        </Notice>
      ) : null}
      {d.kind !== 'bounce' && (!fixable || !lead) ? (
        <Notice intent={CALM_INTENT[d.kind]} title={calmState(d.kind).title} testId="calm-state">
          {calmState(d.kind).body}
        </Notice>
      ) : null}
      {d.kind === 'bounce' && !lead ? (
        <Notice intent="warning" title={noRecipients().title} testId="no-recipients">
          {noRecipients().body}
        </Notice>
      ) : null}
      {fixable
        ? groups.map((g, i) => {
            const decision = decisions[i];
            return decision ? (
              <div key={g.key} className={s.root}>
                {i > 0 ? <hr className={s.divider} /> : null}
                <CauseGroup
                  diagnosis={d}
                  group={g}
                  decision={decision}
                  viewer={viewer}
                  showTitle={groups.length > 1}
                  openDraft={openDraft}
                />
              </div>
            ) : null;
          })
        : d.recipients.length > 0 && (
            <ul className={s.list} aria-label={t('list.recipients')}>
              {d.recipients.map((r) => (
                <RecipientRow key={r.address} recipient={r} />
              ))}
            </ul>
          )}
      {d.kind === 'bounce' && !lead ? (
        <ul aria-label={t('list.evidence')}>
          {d.evidence.map((e, i) => (
            <li key={i}>{e.text}</li>
          ))}
        </ul>
      ) : null}
    </article>
  );
});
