// The summary as aligned text for a terminal: totals, then owner > category > domain, worst
// first, with counts, distinct addresses, first and last dates, reporting MTAs and one example.
// Its words follow --lang / LANG (../i18n); ids, codes, dates and host names stay as they are.
import { number as n, plural, t } from '../i18n';
import type { SummaryReport } from './summary';

const day = (t: string | null) => (t ? t.slice(0, 10) : '');

/** Message text is hostile: no control characters (terminal escapes) reach the terminal. */
export function printable(text: string, max: number): string {
  // eslint-disable-next-line no-control-regex -- the point is to remove them
  const clean = text.replace(/[\u0000-\u001f\u007f-\u009f]+/g, ' ');
  return clean.length > max ? clean.slice(0, max - 1) + '…' : clean;
}

/** Columns a terminal gives the text: East Asian wide and full-width characters take two (the
 *  Japanese, Chinese and Korean headings), everything else one. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0) ?? 0;
    const wide =
      (c >= 0x1100 && c <= 0x115f) ||
      (c >= 0x2e80 && c <= 0xa4cf) ||
      (c >= 0xac00 && c <= 0xd7a3) ||
      (c >= 0xf900 && c <= 0xfaff) ||
      (c >= 0xfe30 && c <= 0xfe4f) ||
      (c >= 0xff00 && c <= 0xff60) ||
      (c >= 0xffe0 && c <= 0xffe6) ||
      (c >= 0x20000 && c <= 0x3fffd);
    width += wide ? 2 : 1;
  }
  return width;
}

const padEnd = (text: string, width: number) => text + ' '.repeat(Math.max(0, width - displayWidth(text)));
const padStart = (text: string, width: number) => ' '.repeat(Math.max(0, width - displayWidth(text))) + text;

export function summaryText(r: SummaryReport, top: number): string {
  const lines: string[] = [];
  const kinds = Object.entries(r.kinds)
    .map(([k, c]) => `${k} ${n(c)}`)
    .join(', ');
  let read = plural('cli.summary.read', r.messages);
  if (kinds) read = t('cli.summary.withKinds', { text: read, kinds });
  if (r.errors) read = t('cli.summary.withUnreadable', { text: read, count: r.errors });
  lines.push(t('cli.summary.sentence', { text: read }));
  let failed = plural('cli.summary.failed', r.recipients);
  if (r.delayed) failed = t('cli.summary.withDelayed', { text: failed, count: r.delayed });
  const parts = [
    failed,
    plural(
      r.addressesComplete ? 'cli.summary.addresses' : 'cli.summary.addressesAtLeast',
      r.distinctAddresses,
    ),
  ];
  if (r.first) parts.push(t('cli.summary.reported', { first: day(r.first), last: day(r.last) }));
  lines.push(t('cli.summary.sentence', { text: parts.join(t('cli.summary.separator')) }));
  if (r.owners.length > 0) {
    const rows: string[][] = [
      [
        t('cli.summary.colGroup'),
        t('cli.summary.colFailed'),
        t('cli.summary.colAddresses'),
        t('cli.summary.colFirst'),
        t('cli.summary.colLast'),
        t('cli.summary.colReportedBy'),
      ],
    ];
    const examples = new Map<number, string>();
    const more = new Map<number, string>();
    for (const o of r.owners) {
      rows.push([o.owner, n(o.count), '', '', '', '']);
      for (const c of o.categories) {
        rows.push([`  ${c.category}`, n(c.count), '', '', '', '']);
        const shown = top > 0 ? c.domains.slice(0, top) : c.domains;
        for (const d of shown) {
          const mtas = d.reportingMtas.map((m) => m.mta);
          rows.push([
            `    ${printable(d.domain, 40)}`,
            n(d.count),
            `${n(d.distinctAddresses)}${d.addressesComplete ? '' : '+'}`,
            day(d.first),
            day(d.last),
            mtas.length > 0
              ? `${printable(mtas[0] as string, 40)}${mtas.length > 1 ? ` (+${mtas.length - 1})` : ''}`
              : '',
          ]);
          if (d.example)
            examples.set(
              rows.length - 1,
              `      ${t('cli.summary.example', { text: printable(d.example, 110) })}`,
            );
        }
        const rest = c.domains.slice(shown.length);
        if (rest.length > 0)
          more.set(
            rows.length - 1,
            `    ${plural('cli.summary.moreDomains', rest.length, { failed: n(rest.reduce((s, d) => s + d.count, 0)) })}`,
          );
      }
    }
    const widths = rows[0]!.map((_, i) => Math.max(...rows.map((row) => displayWidth(row[i] ?? ''))));
    lines.push('');
    rows.forEach((row, k) => {
      const cells = row.map((cell, i) =>
        i === 0 ? padEnd(cell, widths[i] ?? 0) : padStart(cell, i < 3 ? (widths[i] ?? 0) : 0),
      );
      const dates = `${padEnd(row[3] ?? '', widths[3] ?? 0)}  ${padEnd(row[4] ?? '', widths[4] ?? 0)}`;
      lines.push(`${cells[0]}  ${cells[1]}  ${cells[2]}  ${dates}  ${row[5] ?? ''}`.trimEnd());
      const ex = examples.get(k);
      if (ex) lines.push(ex);
      const m = more.get(k);
      if (m) lines.push(m);
    });
  }
  if (r.errorFiles.length > 0) {
    lines.push('', t('cli.summary.unreadableHeading'));
    for (const e of r.errorFiles) lines.push(`  ${printable(e.file, 200)}: ${printable(e.error, 200)}`);
    if (r.errors > r.errorFiles.length)
      lines.push(`  ${t('cli.summary.andMore', { count: r.errors - r.errorFiles.length })}`);
  }
  return lines.join('\n') + '\n';
}
