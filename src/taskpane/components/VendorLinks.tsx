// Documentation links: only those the engine's remediation tables carry (vendors' pages), never
// a link taken from the message. Only https links are shown.
import { Link, makeStyles, tokens } from '@fluentui/react-components';

export interface VendorLinksProps {
  readonly links: readonly string[];
}

const useStyles = makeStyles({
  list: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
  },
});

/** "learn.microsoft.com: non delivery reports in exchange online" from the URL. */
export function linkLabel(href: string): string {
  try {
    const url = new URL(href);
    const segments = url.pathname.split('/').filter((p) => p.length > 0);
    const last = segments[segments.length - 1] ?? '';
    const words = decodeURIComponent(last).split('-').join(' ');
    return words ? `${url.hostname}: ${words}` : url.hostname;
  } catch {
    return href;
  }
}

export function safeLinks(links: readonly string[]): string[] {
  return [...new Set(links)].filter((l) => l.startsWith('https://'));
}

export function VendorLinks({ links }: VendorLinksProps) {
  const s = useStyles();
  const shown = safeLinks(links);
  if (shown.length === 0) return null;
  return (
    <ul className={s.list} aria-label="Documentation">
      {shown.map((href) => (
        <li key={href}>
          <Link href={href} target="_blank" rel="noopener noreferrer">
            {linkLabel(href)}
          </Link>
        </li>
      ))}
    </ul>
  );
}
