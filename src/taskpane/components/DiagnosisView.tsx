// One diagnosed message: a headline, a note when the original sender isn't the user, then either
// the fix-it groups (bounces) or a calm state (delays, auto-replies, receipts, non-bounces), the
// authentication explanation when there is one, and how the engine read the message.
import { makeStyles, Text, tokens } from '@fluentui/react-components';
import type { Diagnosis, Kind } from '../../diagnosis/types';
import { groupRecipients, leadRecipient } from '../grouping';
import type { SenderRelation } from '../sender-relation';
import { CALM_STATE, CATEGORY_TITLE, NO_RECIPIENTS, RELATION_TEXT } from '../strings';
import { AuthExplanation } from './AuthExplanation';
import { CauseGroup } from './CauseGroup';
import { Notice } from './Notice';
import { RecipientRow } from './RecipientRow';

export interface DiagnosisViewProps {
  readonly diagnosis: Diagnosis;
  /** Where it came from, shown when the pane shows several messages. */
  readonly sourceLabel: string | null;
  readonly relation: SenderRelation;
}

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  heading: {
    margin: 0,
    fontSize: tokens.fontSizeBase500,
    fontWeight: tokens.fontWeightSemibold,
    lineHeight: tokens.lineHeightBase500,
  },
  source: { color: tokens.colorNeutralForeground3 },
  list: { listStyleType: 'none', margin: 0, padding: 0 },
  divider: { borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`, margin: 0 },
});

const CALM_INTENT: Readonly<Record<Exclude<Kind, 'bounce'>, 'info' | 'success' | 'warning'>> = {
  delay: 'warning',
  delivered: 'success',
  'auto-reply': 'info',
  'read-receipt': 'info',
  feedback: 'info',
  'not-a-bounce': 'info',
};

function headline(d: Diagnosis): string {
  if (d.kind !== 'bounce') return CALM_STATE[d.kind].title;
  const lead = leadRecipient(d.recipients);
  if (!lead) return NO_RECIPIENTS.title;
  const failed = d.recipients.filter((r) => r.action === 'failed').length;
  return failed > 1 ? `${failed} recipients could not be reached` : CATEGORY_TITLE[lead.category];
}

export function DiagnosisView({ diagnosis: d, sourceLabel, relation }: DiagnosisViewProps) {
  const s = useStyles();
  const lead = leadRecipient(d.recipients);
  const groups = groupRecipients(d.recipients);
  const isBounce = d.kind === 'bounce';
  return (
    <article
      className={s.root}
      data-testid="diagnosis"
      data-kind={d.kind}
      data-category={lead?.category ?? ''}
      data-owner={lead?.owner ?? ''}
      aria-label={headline(d)}
    >
      <div>
        {sourceLabel ? <Text className={s.source}>From “{sourceLabel}”</Text> : null}
        <h2 className={s.heading}>{headline(d)}</h2>
      </div>
      {relation.kind !== 'own-or-unknown' ? (
        <Notice
          intent={relation.kind === 'backscatter' ? 'warning' : 'info'}
          title={
            relation.kind === 'backscatter' ? 'You may not have sent this message' : 'Someone else’s bounce'
          }
          testId="sender-relation"
        >
          {relation.kind === 'backscatter'
            ? RELATION_TEXT.backscatter(relation.sender, relation.user)
            : RELATION_TEXT.forwarded(relation.sender, relation.user)}
        </Notice>
      ) : null}
      {!isBounce ? (
        <Notice intent={CALM_INTENT[d.kind]} title={CALM_STATE[d.kind].title} testId="calm-state">
          {CALM_STATE[d.kind].body}
        </Notice>
      ) : null}
      {isBounce && !lead ? (
        <Notice intent="warning" title={NO_RECIPIENTS.title} testId="no-recipients">
          {NO_RECIPIENTS.body}
        </Notice>
      ) : null}
      {isBounce || d.kind === 'delay'
        ? groups.map((g, i) => (
            <div key={g.key} className={s.root}>
              {i > 0 ? <hr className={s.divider} /> : null}
              <CauseGroup diagnosis={d} group={g} showTitle={groups.length > 1} />
            </div>
          ))
        : d.recipients.length > 0 && (
            <ul className={s.list} aria-label="Recipients">
              {d.recipients.map((r) => (
                <RecipientRow key={r.address} recipient={r} />
              ))}
            </ul>
          )}
      {d.auth && (isBounce || d.kind === 'delay') ? <AuthExplanation auth={d.auth} /> : null}
      {isBounce && !lead ? (
        <ul aria-label="What Bounce Lens read">
          {d.evidence.map((e, i) => (
            <li key={i}>{e.text}</li>
          ))}
        </ul>
      ) : null}
    </article>
  );
}
