// The CLI's text output in English (src/cli/format.ts, summary-text.ts): keys the pane never
// shows, kept out of the pane's catalogs so that no pane download carries them. The CLI loads
// them beside a language's catalog (loadLanguage's second argument); each language translates
// them in a file of its own here.
export const cli = {
  'cli.noCode': 'no code',
  'cli.serverSaid': 'server said',
  'cli.fix': 'fix',
  'cli.admin': 'admin',
  'cli.error': 'error',
  'cli.authentication': 'authentication',
  'cli.note': 'note',
  'cli.summary.read.one': '{count} message read',
  'cli.summary.read.other': '{count} messages read',
  'cli.summary.withKinds': '{text}: {kinds}',
  'cli.summary.withUnreadable': '{text}; {count} could not be read',
  'cli.summary.failed.one': '{count} failed recipient',
  'cli.summary.failed.other': '{count} failed recipients',
  'cli.summary.withDelayed': '{text} ({count} delayed, still being retried)',
  'cli.summary.addresses.one': '{count} distinct address',
  'cli.summary.addresses.other': '{count} distinct addresses',
  'cli.summary.addressesAtLeast.one': '{count} distinct address at least',
  'cli.summary.addressesAtLeast.other': '{count} distinct addresses at least',
  'cli.summary.reported': 'reported {first} to {last}',
  'cli.summary.separator': ', ',
  'cli.summary.sentence': '{text}.',
  'cli.summary.colGroup': 'WHO MUST FIX IT / CATEGORY / DOMAIN',
  'cli.summary.colFailed': 'FAILED',
  'cli.summary.colAddresses': 'ADDRESSES',
  'cli.summary.colFirst': 'FIRST',
  'cli.summary.colLast': 'LAST',
  'cli.summary.colReportedBy': 'REPORTED BY',
  'cli.summary.example': 'e.g. {text}',
  'cli.summary.moreDomains.one': '... {count} more domain ({failed} failed; --top 0 lists all)',
  'cli.summary.moreDomains.other': '... {count} more domains ({failed} failed; --top 0 lists all)',
  'cli.summary.unreadableHeading': 'Could not be read:',
  'cli.summary.andMore': '... and {count} more',
} as const;

export type CliKey = keyof typeof cli;
export type CliCatalog = Readonly<Record<CliKey, string>>;
