// SPF, DKIM and DMARC as the original message's headers show them, with the engine's plain-words
// explanation of what failed and what to change.
import { makeStyles, tokens } from '@fluentui/react-components';
import type { AuthAnalysis } from '../../diagnosis/types';
import { VERDICT_TEXT } from '../strings';
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
  return a ? 'aligned' : 'not aligned';
}

export function authRows(auth: AuthAnalysis): [string, string | null][] {
  const spf = auth.spf
    ? `${auth.spf.result}${auth.spf.domain ? ` for ${auth.spf.domain}` : ''} (${aligned(auth.spf.aligned)})`
    : null;
  const dkim =
    auth.dkim.length > 0
      ? auth.dkim
          .map((d) => `${d.result}${d.domain ? ` d=${d.domain}` : ''} (${aligned(d.aligned)})`)
          .join('; ')
      : null;
  const dmarc = auth.dmarc
    ? `${auth.dmarc.result}${auth.dmarc.policy ? `, policy ${auth.dmarc.policy}` : ''}`
    : null;
  return [
    ['From domain', auth.fromDomain],
    ['MAIL FROM domain', auth.mailFromDomain],
    ['SPF', spf],
    ['DKIM', dkim],
    ['DMARC', dmarc],
    ['Forwarded', auth.forwarded ? 'yes: a forwarder or list was on the path' : null],
  ];
}

export function AuthExplanation({ auth, headingLevel = 3 }: AuthExplanationProps) {
  const s = useStyles();
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  return (
    <section className={s.root} data-testid="auth" data-verdict={auth.verdict}>
      <Heading className={s.heading}>
        Sender authentication: {VERDICT_TEXT[auth.verdict] ?? auth.verdict}
      </Heading>
      <p className={s.text}>{auth.explanation}</p>
      <Facts rows={authRows(auth)} label="Authentication results" />
    </section>
  );
}
