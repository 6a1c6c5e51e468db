// The summary as aligned text for a terminal: totals, then owner > category > domain, worst
// first, with counts, distinct addresses, first and last dates, reporting MTAs and one example.
import type { SummaryReport } from './summary';

const n = (x: number) => x.toLocaleString('en-US');
const day = (t: string | null) => (t ? t.slice(0, 10) : '');

/** Message text is hostile: no control characters (terminal escapes) reach the terminal. */
export function printable(text: string, max: number): string {
  // eslint-disable-next-line no-control-regex -- the point is to remove them
  const clean = text.replace(/[\u0000-\u001f\u007f-\u009f]+/g, ' ');
  return clean.length > max ? clean.slice(0, max - 1) + '…' : clean;
}

function plural(count: number, one: string, many = `${one}s`): string {
  return `${n(count)} ${count === 1 ? one : many}`;
}

export function summaryText(r: SummaryReport, top: number): string {
  const lines: string[] = [];
  const kinds = Object.entries(r.kinds)
    .map(([k, c]) => `${k} ${n(c)}`)
    .join(', ');
  lines.push(
    `${plural(r.messages, 'message')} read${kinds ? `: ${kinds}` : ''}${r.errors ? `; ${n(r.errors)} could not be read` : ''}.`,
  );
  const span = r.first ? `, reported ${day(r.first)} to ${day(r.last)}` : '';
  lines.push(
    `${plural(r.recipients, 'failed recipient')}${r.delayed ? ` (${n(r.delayed)} delayed, still being retried)` : ''}, ` +
      `${plural(r.distinctAddresses, 'distinct address', 'distinct addresses')}${r.addressesComplete ? '' : ' at least'}${span}.`,
  );
  if (r.owners.length > 0) {
    const rows: string[][] = [
      ['WHO MUST FIX IT / CATEGORY / DOMAIN', 'FAILED', 'ADDRESSES', 'FIRST', 'LAST', 'REPORTED BY'],
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
          if (d.example) examples.set(rows.length - 1, `      e.g. ${printable(d.example, 110)}`);
        }
        const rest = c.domains.slice(shown.length);
        if (rest.length > 0)
          more.set(
            rows.length - 1,
            `    ... ${plural(rest.length, 'more domain')} (${n(rest.reduce((s, d) => s + d.count, 0))} failed; --top 0 lists all)`,
          );
      }
    }
    const widths = rows[0]!.map((_, i) => Math.max(...rows.map((row) => (row[i] ?? '').length)));
    lines.push('');
    rows.forEach((row, k) => {
      const cells = row.map((cell, i) =>
        i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(i < 3 ? (widths[i] ?? 0) : 0),
      );
      const dates = `${(row[3] ?? '').padEnd(widths[3] ?? 0)}  ${(row[4] ?? '').padEnd(widths[4] ?? 0)}`;
      lines.push(`${cells[0]}  ${cells[1]}  ${cells[2]}  ${dates}  ${row[5] ?? ''}`.trimEnd());
      const ex = examples.get(k);
      if (ex) lines.push(ex);
      const m = more.get(k);
      if (m) lines.push(m);
    });
  }
  if (r.errorFiles.length > 0) {
    lines.push('', 'Could not be read:');
    for (const e of r.errorFiles) lines.push(`  ${printable(e.file, 200)}: ${printable(e.error, 200)}`);
    if (r.errors > r.errorFiles.length) lines.push(`  ... and ${n(r.errors - r.errorFiles.length)} more`);
  }
  return lines.join('\n') + '\n';
}
