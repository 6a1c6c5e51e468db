// "For your email admin": the advice for admins, the authentication analysis when the cause is
// authentication or the sending setup, the technical facts per recipient (codes, servers, the
// server's words with the evidence marked), the original message, what the engine read, and
// vendors' documentation. No internal ids (category, rule): they mean nothing to an admin.
// Loaded as a chunk of its own when its fold is first opened (CauseGroup.tsx). Lazy chunks use plain elements, no Fluent
// components: a component shared with the first chunk can't be inlined there, and keeps the whole
// token table alive (about 4 KB gzipped).
import { makeStyles, tokens } from '@fluentui/react-components';
import type { Category, Diagnosis, Evidence } from '../../diagnosis/types';
import { t } from '../../i18n';
import type { Decision } from '../decision';
import type { RecipientGroup } from '../grouping';
import { AuthExplanation } from './AuthExplanation';
import { Facts } from './Facts';
import { ServerWords } from './ServerWords';
import { VendorLinks } from './VendorLinks';

export interface AdminDetailsProps {
  readonly diagnosis: Diagnosis;
  readonly group: RecipientGroup;
  readonly decision: Decision;
}

const useStyles = makeStyles({
  body: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    paddingTop: tokens.spacingVerticalS,
  },
  text: { margin: 0 },
  sub: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  evidence: {
    margin: 0,
    paddingInlineStart: tokens.spacingHorizontalL,
    fontSize: tokens.fontSizeBase200,
    overflowWrap: 'anywhere',
  },
});

/** Causes the authentication analysis speaks to. */
const AUTH_CAUSES: ReadonlySet<Category> = new Set<Category>([
  'auth-failed',
  'sender-infrastructure',
  'reputation-block',
]);

/** "text.recipient-unknown: matched ..." -> "matched ...": rule ids are internal. */
function withoutRuleId(e: Evidence): string {
  const at = e.text.indexOf(': ');
  return e.role === 'rule' && at > 0 ? e.text.slice(at + 2) : e.text;
}

export function AdminDetails({ diagnosis: d, group, decision }: AdminDetailsProps) {
  const s = useStyles();
  const links = group.recipients.flatMap((r) => r.remediation.links);
  const auth = d.auth && AUTH_CAUSES.has(group.lead.category) ? d.auth : null;
  return (
    <div className={s.body}>
      <p className={s.text}>{decision.admin}</p>
      {decision.specificAdmin ? (
        <p className={s.text} data-testid="specific-admin">
          {t('group.specificAdvice')} <span lang="en">{decision.specificAdmin}</span>
        </p>
      ) : null}
      {auth ? <AuthExplanation auth={auth} headingLevel={4} /> : null}
      {group.recipients.map((r) => (
        <section key={r.address} aria-label={t('admin.technical', { address: r.address })}>
          <h4 className={s.sub}>{r.address}</h4>
          <Facts
            rows={[
              [t('fact.status'), r.status],
              [t('fact.replyCode'), r.replyCode],
              [t('fact.remoteServer'), r.remoteMta],
              [t('fact.reportedBy'), d.reportingMta],
            ]}
          />
          {r.diagnostic ? <ServerWords recipient={r} /> : null}
          <ul className={s.evidence} aria-label={t('list.evidence')}>
            {r.evidence.map((e, i) => (
              <li key={i}>{withoutRuleId(e)}</li>
            ))}
          </ul>
        </section>
      ))}
      {d.original ? (
        // Not a named section: with several cause groups the name would repeat (axe landmark-unique).
        <div>
          <h4 className={s.sub}>{t('admin.original')}</h4>
          <Facts
            rows={[
              [t('fact.subject'), d.original.subject],
              [t('fact.date'), d.original.date],
              [t('fact.from'), d.original.from],
              [t('fact.to'), d.original.to],
              ['Message-ID', d.original.messageId],
            ]}
          />
        </div>
      ) : null}
      <VendorLinks links={links} diagnosis={d} status={group.lead.status} />
    </div>
  );
}
