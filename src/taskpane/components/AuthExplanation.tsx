// SPF, DKIM and DMARC as the original message's headers show them, with the engine's plain-words
// explanation of what failed and what to change.
import { makeStyles, tokens } from '@fluentui/react-components';
import type { AuthAnalysis } from '../../diagnosis/types';
import { t } from '../../i18n';
import { verdictText } from '../strings';
import { Facts } from './Facts';

export interface AuthExplanationProps {
  readonly auth: AuthAnalysis;
  readonly headingLevel?: 3 | 4;
}

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  text: { margin: 0 },
  heading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
});

function aligned(a: boolean): string {
  return a ? t('auth.aligned') : t('auth.notAligned');
}

export function authRows(auth: AuthAnalysis): [string, string | null][] {
  const spf = auth.spf
    ? `${auth.spf.result}${auth.spf.domain ? ` ${t('auth.for', { domain: auth.spf.domain })}` : ''} (${aligned(auth.spf.aligned)})`
    : null;
  const dkim =
    auth.dkim.length > 0
      ? auth.dkim
          .map((d) => `${d.result}${d.domain ? ` d=${d.domain}` : ''} (${aligned(d.aligned)})`)
          .join('; ')
      : null;
  const dmarc = auth.dmarc
    ? `${auth.dmarc.result}${auth.dmarc.policy ? `, ${t('auth.policy', { policy: auth.dmarc.policy })}` : ''}`
    : null;
  return [
    [t('auth.fromDomain'), auth.fromDomain],
    [t('auth.mailFromDomain'), auth.mailFromDomain],
    ['SPF', spf],
    ['DKIM', dkim],
    ['DMARC', dmarc],
    [t('auth.forwarded'), auth.forwarded ? t('auth.forwardedYes') : null],
  ];
}

export function AuthExplanation({ auth, headingLevel = 3 }: AuthExplanationProps) {
  const s = useStyles();
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  return (
    <section className={s.root} data-testid="auth" data-verdict={auth.verdict}>
      <Heading className={s.heading}>{t('auth.heading', { verdict: verdictText(auth.verdict) })}</Heading>
      <p className={s.text}>{auth.explanation}</p>
      <Facts rows={authRows(auth)} label={t('auth.results')} />
    </section>
  );
}
