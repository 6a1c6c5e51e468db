// CSV for spreadsheets: RFC 4180 (CRLF line ends; a field with a comma, quote or line break is
// quoted, its quotes doubled), and no formula injection: a cell that starts with = + - @ (or a
// tab or carriage return, which some spreadsheets skip before reading a formula) gets a leading
// apostrophe, as OWASP's "CSV Injection" advises, so that a hostile bounce's text stays text.

const FORMULA_START = new Set(['=', '+', '-', '@', '\t', '\r']);

export function csvCell(value: string | number | boolean | null): string {
  if (value === null) return '';
  let s = String(value);
  if (typeof value === 'string' && s.length > 0 && FORMULA_START.has(s[0] as string)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csvRow(cells: readonly (string | number | boolean | null)[]): string {
  return cells.map(csvCell).join(',') + '\r\n';
}
