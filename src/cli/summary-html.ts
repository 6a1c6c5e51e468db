// The summary as one self-contained HTML page for offline reading: inline CSS and script allowed
// by hash in a Content-Security-Policy (nothing else may load: no CDN, no request at all), bar
// charts drawn here as plain SVG, and a table of groups that sorts and filters. Every piece of
// message text (addresses, domains, MTAs, server lines) is escaped: text, never markup.
import { createHash } from 'node:crypto';
import type { SummaryReport } from './summary';

// Caps that keep the page small on a huge run; the page says when it shows fewer.
const MAX_ROWS = 5_000;
const MAX_ADDRESSES_SHOWN = 20_000;
const ADDRESSES_PER_ROW = 100;
const TOP_BARS = 12;

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) =>
    c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : c === '"' ? '&quot;' : '&#39;',
  );
}

const n = (x: number) => x.toLocaleString('en-US');
const day = (t: string | null) => (t ? t.slice(0, 10) : '');

// One colour per owner, each dark enough for white text and for 3:1 against the white page.
const OWNER_COLOURS: Readonly<Record<string, string>> = {
  sender: '#0f5ea8',
  'sender-admin': '#6b3fa0',
  recipient: '#9a5800',
  'recipient-admin': '#a4262c',
  provider: '#0b6a5c',
  none: '#5c5c5c',
};
const BAR = '#0f5ea8';

interface Bar {
  readonly label: string;
  readonly value: number;
  readonly colour?: string;
}

let chartIds = 0;

/** A horizontal bar chart: label, bar, count on each line. */
function barChart(title: string, bars: readonly Bar[]): string {
  const id = `chart-${++chartIds}`;
  const rowH = 26;
  const labelW = 190;
  const barW = 250;
  const width = labelW + barW + 90;
  const height = Math.max(1, bars.length) * rowH + 8;
  const max = Math.max(1, ...bars.map((b) => b.value));
  const summary = bars.map((b) => `${b.label} ${n(b.value)}`).join('; ') || 'nothing to show';
  const rows = bars
    .map((b, i) => {
      const y = 4 + i * rowH;
      const w = Math.max(1, Math.round((b.value / max) * barW));
      const label = b.label.length > 30 ? b.label.slice(0, 29) + '…' : b.label;
      return (
        `<text x="${labelW - 8}" y="${y + 17}" text-anchor="end">${escapeHtml(label)}</text>` +
        `<rect x="${labelW}" y="${y + 4}" width="${w}" height="${rowH - 8}" fill="${b.colour ?? BAR}"></rect>` +
        `<text x="${labelW + w + 6}" y="${y + 17}">${n(b.value)}</text>`
      );
    })
    .join('');
  return (
    `<figure><figcaption id="${id}-cap">${escapeHtml(title)}</figcaption>` +
    `<svg role="img" aria-labelledby="${id}-cap ${id}-desc" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}">` +
    `<desc id="${id}-desc">${escapeHtml(summary)}</desc>${rows}</svg></figure>`
  );
}

/** Days when they are few, else months, with the empty ones in between shown as zero. */
function timeBins(days: SummaryReport['days']): Bar[] {
  if (days.length === 0) return [];
  const first = Date.parse(days[0]!.day);
  const last = Date.parse(days[days.length - 1]!.day);
  const spanDays = Math.round((last - first) / 86_400_000) + 1;
  const byDay = spanDays <= 92;
  const key = (d: string) => (byDay ? d : d.slice(0, 7));
  const counts = new Map<string, number>();
  for (const d of days) counts.set(key(d.day), (counts.get(key(d.day)) ?? 0) + d.count);
  const bins: Bar[] = [];
  if (byDay) {
    for (let t = first; t <= last; t += 86_400_000) {
      const k = new Date(t).toISOString().slice(0, 10);
      bins.push({ label: k, value: counts.get(k) ?? 0 });
    }
  } else {
    const start = new Date(first);
    let y = start.getUTCFullYear();
    let m = start.getUTCMonth();
    const endKey = key(days[days.length - 1]!.day);
    for (let guard = 0; guard < 2400; guard++) {
      const k = `${y}-${String(m + 1).padStart(2, '0')}`;
      bins.push({ label: k, value: counts.get(k) ?? 0 });
      if (k >= endKey) break;
      m++;
      if (m === 12) {
        m = 0;
        y++;
      }
    }
  }
  return bins;
}

/** Failures over time: vertical bars, the first and last period named below. */
function timeChart(days: SummaryReport['days'], undated: number): string {
  const id = `chart-${++chartIds}`;
  const bins = timeBins(days);
  const unit = bins[0] && bins[0].label.length === 7 ? 'month' : 'day';
  const title = `Failed recipients per ${unit} (report date, UTC)${undated ? `; ${n(undated)} undated not shown` : ''}`;
  if (bins.length === 0)
    return `<figure><figcaption>${escapeHtml(title)}</figcaption><p>No dated reports.</p></figure>`;
  const width = 1000;
  const height = 210;
  const plotH = 160;
  const max = Math.max(1, ...bins.map((b) => b.value));
  const step = (width - 20) / bins.length;
  const barW = Math.max(1, step * 0.8);
  const peak = bins.reduce((a, b) => (b.value > a.value ? b : a));
  const desc = `${bins.length} ${unit}s from ${bins[0]!.label} to ${bins[bins.length - 1]!.label}; the most, ${n(peak.value)}, on ${peak.label}.`;
  const rects = bins
    .map((b, i) => {
      const h = b.value === 0 ? 0 : Math.max(1, Math.round((b.value / max) * plotH));
      return `<rect x="${(10 + i * step).toFixed(1)}" y="${10 + plotH - h}" width="${barW.toFixed(1)}" height="${h}" fill="${BAR}"></rect>`;
    })
    .join('');
  return (
    `<figure class="wide"><figcaption id="${id}-cap">${escapeHtml(title)}</figcaption>` +
    `<svg role="img" aria-labelledby="${id}-cap ${id}-desc" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}">` +
    `<desc id="${id}-desc">${escapeHtml(desc)}</desc>` +
    `<line x1="10" y1="${10 + plotH}" x2="${width - 10}" y2="${10 + plotH}" stroke="#595959"></line>${rects}` +
    `<text x="10" y="${height - 8}">${escapeHtml(bins[0]!.label)}</text>` +
    `<text x="${width - 10}" y="${height - 8}" text-anchor="end">${escapeHtml(bins[bins.length - 1]!.label)}</text>` +
    `<text x="${width / 2}" y="${height - 8}" text-anchor="middle">most: ${n(peak.value)} (${escapeHtml(peak.label)})</text>` +
    `</svg></figure>`
  );
}

const STYLE = `
:root { color-scheme: light; --fg: #1b1b1b; --muted: #4a4a4a; --line: #c8c8c8; --head: #f0f0f0; --focus: #0f5ea8; }
* { box-sizing: border-box; }
body { font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--fg); background: #fff; margin: 0 auto; padding: 1.5rem; max-width: 1400px; }
h1 { font-size: 1.6rem; margin: 0 0 .5rem; } h2 { font-size: 1.25rem; margin: 2rem 0 .75rem; }
.totals { display: flex; flex-wrap: wrap; gap: .5rem 2rem; margin: 0; padding: 0; }
.totals div { min-width: 9rem; } .totals dt { color: var(--muted); font-size: .85rem; } .totals dd { margin: 0; font-size: 1.3rem; font-weight: 600; }
.charts { display: flex; flex-wrap: wrap; gap: 1.5rem 2.5rem; }
figure { margin: 0; } figure.wide { flex-basis: 100%; } figcaption { font-weight: 600; margin-bottom: .25rem; }
svg { max-width: 100%; height: auto; font-size: 13px; } svg text { fill: var(--fg); }
.controls { display: flex; flex-wrap: wrap; gap: 1rem; align-items: end; margin-bottom: .75rem; }
label { display: block; font-size: .9rem; color: var(--muted); }
input, select { font: inherit; padding: .3rem .5rem; border: 1px solid #767676; border-radius: 4px; min-width: 16rem; }
input:focus-visible, select:focus-visible, button:focus-visible, summary:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
.table-wrap { overflow-x: auto; }
table { border-collapse: collapse; width: 100%; }
caption { text-align: left; font-weight: 600; padding: .25rem 0; }
th, td { border-bottom: 1px solid var(--line); padding: .35rem .5rem; text-align: left; vertical-align: top; }
th { background: var(--head); white-space: nowrap; }
th button { font: inherit; font-weight: 600; background: none; border: 0; padding: 0; color: var(--fg); cursor: pointer; }
th[aria-sort="ascending"] button::after { content: " ▲"; } th[aria-sort="descending"] button::after { content: " ▼"; }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
td.nowrap { white-space: nowrap; }
td.example { max-width: 34rem; overflow-wrap: anywhere; font-family: ui-monospace, Menlo, Consolas, monospace; font-size: .85rem; }
.owner { display: inline-block; padding: 0 .4rem; border-radius: 3px; color: #fff; }
${Object.entries(OWNER_COLOURS)
  .map(([o, c]) => `.owner-${o} { background: ${c}; }`)
  .join('\n')}
details ul { margin: .25rem 0; padding-left: 1.2rem; max-height: 14rem; overflow-y: auto; }
.note { color: var(--muted); }
`;

// Sorting and filtering of the groups table; reads the page, writes only attributes, `hidden`
// and textContent (never markup).
const SCRIPT = `
(function () {
  var table = document.getElementById('groups');
  if (!table) return;
  var body = table.tBodies[0];
  var rows = Array.prototype.slice.call(body.rows);
  var text = rows.map(function (r) { return r.textContent.toLowerCase(); });
  var filter = document.getElementById('filter');
  var owner = document.getElementById('owner-filter');
  var shown = document.getElementById('shown');
  function apply() {
    var q = filter.value.trim().toLowerCase();
    var o = owner.value;
    var count = 0;
    rows.forEach(function (r, i) {
      var ok = (!o || r.getAttribute('data-owner') === o) && (!q || text[i].indexOf(q) >= 0);
      r.hidden = !ok;
      if (ok) count++;
    });
    shown.textContent = count + ' of ' + rows.length + ' groups shown';
  }
  filter.addEventListener('input', apply);
  owner.addEventListener('change', apply);
  var heads = Array.prototype.slice.call(table.tHead.rows[0].cells);
  heads.forEach(function (th, col) {
    var button = th.querySelector('button');
    if (!button) return;
    button.addEventListener('click', function () {
      var numeric = th.getAttribute('data-type') === 'num';
      var dir = th.getAttribute('aria-sort') === 'descending' ? 'ascending' : 'descending';
      if (!th.hasAttribute('aria-sort') && !numeric) dir = 'ascending';
      heads.forEach(function (h) { h.removeAttribute('aria-sort'); });
      th.setAttribute('aria-sort', dir);
      var sign = dir === 'ascending' ? 1 : -1;
      var keyed = rows.map(function (r, i) {
        var cell = r.cells[col];
        var v = cell.getAttribute('data-v');
        if (v === null) v = cell.textContent;
        return { r: r, i: i, k: numeric ? Number(v) : v.toLowerCase() };
      });
      keyed.sort(function (a, b) { return a.k < b.k ? -sign : a.k > b.k ? sign : a.i - b.i; });
      keyed.forEach(function (x) { body.appendChild(x.r); });
    });
  });
  apply();
})();
`;

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

function groupsTable(r: SummaryReport): { html: string; rows: number; total: number } {
  let rows = 0;
  let total = 0;
  let addressesLeft = MAX_ADDRESSES_SHOWN;
  const out: string[] = [];
  for (const o of r.owners)
    for (const c of o.categories)
      for (const d of c.domains) {
        total++;
        if (rows >= MAX_ROWS) continue;
        rows++;
        const shown = d.addresses.slice(0, Math.min(ADDRESSES_PER_ROW, addressesLeft));
        addressesLeft -= shown.length;
        const hidden = d.distinctAddresses - shown.length;
        const list =
          shown.length > 0
            ? `<details><summary>${n(d.distinctAddresses)}${d.addressesComplete ? '' : '+'}</summary><ul>${shown
                .map((a) => `<li>${escapeHtml(a)}</li>`)
                .join(
                  '',
                )}${hidden > 0 ? `<li class="note">and ${n(hidden)} more (see --csv)</li>` : ''}</ul></details>`
            : n(d.distinctAddresses);
        out.push(
          `<tr data-owner="${escapeHtml(o.owner)}">` +
            `<td data-v="${escapeHtml(o.owner)}"><span class="owner owner-${escapeHtml(o.owner)}">${escapeHtml(o.owner)}</span></td>` +
            `<td class="nowrap">${escapeHtml(c.category)}</td>` +
            `<td>${escapeHtml(d.domain)}</td>` +
            `<td class="num" data-v="${d.count}">${n(d.count)}</td>` +
            `<td class="num" data-v="${d.delayed}">${n(d.delayed)}</td>` +
            `<td class="num" data-v="${d.distinctAddresses}">${list}</td>` +
            `<td class="nowrap">${day(d.first)}</td><td class="nowrap">${day(d.last)}</td>` +
            `<td>${d.reportingMtas.map((m) => escapeHtml(m.mta)).join('<br>')}</td>` +
            `<td class="example">${escapeHtml(d.example ?? '')}</td></tr>`,
        );
      }
  return { html: out.join('\n'), rows, total };
}

export function summaryHtml(r: SummaryReport, generated = new Date()): string {
  chartIds = 0;
  const owners = r.owners.map((o) => ({
    label: o.owner,
    value: o.count,
    colour: OWNER_COLOURS[o.owner] ?? BAR,
  }));
  const categories = new Map<string, number>();
  const domains = new Map<string, number>();
  for (const o of r.owners)
    for (const c of o.categories) {
      categories.set(c.category, (categories.get(c.category) ?? 0) + c.count);
      for (const d of c.domains) domains.set(d.domain, (domains.get(d.domain) ?? 0) + d.count);
    }
  const top = (m: Map<string, number>) =>
    [...m]
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .slice(0, TOP_BARS)
      .map(([label, value]) => ({ label, value }));
  const table = groupsTable(r);
  const kinds = Object.entries(r.kinds)
    .map(([k, c]) => `${k} ${n(c)}`)
    .join(', ');
  const ownerOptions = r.owners
    .map((o) => `<option value="${escapeHtml(o.owner)}">${escapeHtml(o.owner)}</option>`)
    .join('');
  const head = [
    ['Owner', 'text'],
    ['Category', 'text'],
    ['Domain', 'text'],
    ['Failed', 'num'],
    ['Delayed', 'num'],
    ['Addresses', 'num'],
    ['First', 'text'],
    ['Last', 'text'],
    ['Reported by', 'text'],
    ['Example server line', 'none'],
  ]
    .map(([name, type]) =>
      type === 'none'
        ? `<th scope="col">${name}</th>`
        : `<th scope="col" data-type="${type}"${name === 'Failed' ? ' aria-sort="descending"' : ''}><button type="button">${name}</button></th>`,
    )
    .join('');
  const errors =
    r.errorFiles.length > 0
      ? `<h2>Could not be read (${n(r.errors)})</h2><ul>${r.errorFiles
          .map((e) => `<li>${escapeHtml(e.file)}: ${escapeHtml(e.error)}</li>`)
          .join(
            '',
          )}</ul>${r.errors > r.errorFiles.length ? `<p class="note">and ${n(r.errors - r.errorFiles.length)} more</p>` : ''}`
      : '';
  const csp = `default-src 'none'; style-src ${sha256(STYLE)}; script-src ${sha256(SCRIPT)}; img-src data:; base-uri 'none'; form-action 'none'`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>Bounce Lens: summary of ${n(r.messages)} messages</title>
<style>${STYLE}</style>
</head>
<body>
<main>
<h1>Bounce summary</h1>
<p class="note">Written by bounce-lens summarize on ${escapeHtml(generated.toISOString().slice(0, 16).replace('T', ' '))} UTC. ${n(r.messages)} messages read${kinds ? `: ${escapeHtml(kinds)}` : ''}.</p>
<dl class="totals">
<div><dt>Failed recipients</dt><dd>${n(r.recipients)}</dd></div>
<div><dt>of them delayed</dt><dd>${n(r.delayed)}</dd></div>
<div><dt>Distinct addresses</dt><dd>${n(r.distinctAddresses)}${r.addressesComplete ? '' : '+'}</dd></div>
<div><dt>First report</dt><dd>${day(r.first) || '–'}</dd></div>
<div><dt>Last report</dt><dd>${day(r.last) || '–'}</dd></div>
<div><dt>Could not be read</dt><dd>${n(r.errors)}</dd></div>
</dl>
<h2>Charts</h2>
<div class="charts">
${barChart('Failed recipients by who must fix it', owners)}
${barChart(`Categories (top ${TOP_BARS})`, top(categories))}
${barChart(`Destination domains (top ${TOP_BARS})`, top(domains))}
${timeChart(r.days, r.undated)}
</div>
<h2>Groups: who must fix it, category, destination domain</h2>
<div class="controls">
<div><label for="filter">Filter (any text in a row, addresses too)</label><input id="filter" type="search" autocomplete="off"></div>
<div><label for="owner-filter">Who must fix it</label><select id="owner-filter"><option value="">everyone</option>${ownerOptions}</select></div>
<p id="shown" role="status"></p>
</div>
${table.rows < table.total ? `<p class="note">The ${n(table.rows)} largest of ${n(table.total)} groups are shown; --json or --csv has them all.</p>` : ''}
<div class="table-wrap">
<table id="groups">
<caption>Failed recipients per group, worst first. Choose a column heading to sort.</caption>
<thead><tr>${head}</tr></thead>
<tbody>
${table.html}
</tbody>
</table>
</div>
${errors}
</main>
<script>${SCRIPT}</script>
</body>
</html>
`;
}
