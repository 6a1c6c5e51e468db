// Documentation links: only those the engine's remediation tables carry (vendors' pages), never
// a link taken from the message. Only https links, with human labels; Microsoft's pages only on
// bounces Microsoft's servers wrote, the page for this very status code first.
import { makeStyles, tokens } from '@fluentui/react-components';
import type { Diagnosis } from '../../diagnosis/types';
import { t } from '../../i18n';

export interface VendorLinksProps {
  readonly links: readonly string[];
  readonly diagnosis: Diagnosis;
  readonly status: string | null;
}

const useStyles = makeStyles({
  list: {
    margin: 0,
    paddingInlineStart: tokens.spacingHorizontalL,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
  },
  link: {
    color: tokens.colorBrandForegroundLink,
    ':hover': { color: tokens.colorBrandForegroundLinkHover },
    ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
});

const SITE: Readonly<Record<string, string>> = {
  'learn.microsoft.com': 'Microsoft',
  'support.microsoft.com': 'Microsoft',
  'support.google.com': 'Google',
  'postmaster.google.com': 'Google',
  'help.yahoo.com': 'Yahoo',
  'senders.yahooinc.com': 'Yahoo',
  'docs.aws.amazon.com': 'Amazon',
  'www.rfc-editor.org': 'RFC',
  'datatracker.ietf.org': 'IETF',
};

const UPPER = new Set(['ndr', 'spf', 'dkim', 'dmarc', 'dns', 'smtp', 'tls', 'ip', 'mx', 'ses', 'arc']);
const PROPER: Readonly<Record<string, string>> = { exchange: 'Exchange', online: 'Online', office: 'Office' };

/** "Microsoft: Fix error code 550 5.7.1 in Exchange Online" from the URL. */
export function linkLabel(href: string): string {
  try {
    const url = new URL(href);
    const segments = url.pathname.split('/').filter((p) => p.length > 0);
    const last = decodeURIComponent(segments[segments.length - 1] ?? '').replace(/\.[a-z]+$/, '');
    const site = SITE[url.hostname] ?? url.hostname;
    if (!last || /^\d+$/.test(last)) return `${site}: ${url.hostname}${url.pathname}`;
    // "550-5-7-1" reads as "550 5.7.1": a reply code then an enhanced status code.
    const words = last
      .replace(/(\d)-(?=\d)/g, '$1.')
      .replace(/(\d{3})\.(\d)/g, '$1 $2')
      .split(/[-_]/);
    const text = words
      .map((w, i) => {
        const low = w.toLowerCase();
        if (UPPER.has(low)) return low.toUpperCase();
        if (PROPER[low]) return PROPER[low];
        return i === 0 ? low.charAt(0).toUpperCase() + low.slice(1) : low;
      })
      .join(' ');
    return `${site}: ${text}`;
  } catch {
    return href;
  }
}

/** Written by Exchange Online, Exchange Server or Outlook.com. */
export function isMicrosoftBounce(d: Diagnosis): boolean {
  const mta = (d.reportingMta ?? '').toLowerCase();
  return (
    (d.format ?? '').startsWith('exchange') ||
    mta.endsWith('.outlook.com') ||
    mta.endsWith('.outlook.office365.com') ||
    mta.endsWith('.hotmail.com')
  );
}

export function safeLinks(links: readonly string[], d: Diagnosis, status: string | null): string[] {
  const microsoft = isMicrosoftBounce(d);
  const code = status ? status.split('.').join('-') : null;
  const shown = [...new Set(links)].filter(
    (l) => l.startsWith('https://') && (microsoft || !l.startsWith('https://learn.microsoft.com/')),
  );
  // The page that names this status code comes first; the others keep the engine's order.
  const exact = (l: string) => (code !== null && l.includes(`-${code}-`) ? 0 : 1);
  return shown.sort((a, b) => exact(a) - exact(b));
}

export function VendorLinks({ links, diagnosis, status }: VendorLinksProps) {
  const s = useStyles();
  const shown = safeLinks(links, diagnosis, status);
  if (shown.length === 0) return null;
  return (
    <ul className={s.list} aria-label={t('admin.documentation')}>
      {shown.map((href) => (
        <li key={href}>
          <a className={s.link} href={href} target="_blank" rel="noopener noreferrer">
            {linkLabel(href)}
          </a>
        </li>
      ))}
    </ul>
  );
}
