// HTML to plain text for bounces that only have an HTML body. A single pass over the characters;
// the text is only searched, never rendered, so a rough conversion is enough. What it keeps is
// what a reader sees: a line per block (<br>, <p>, <hr>, rows, quotes; Word's margin-less paragraphs
// one line each, not a line and an empty one), cells of a row apart, the
// white space of <pre> as written, and no white space of the source at the start of a line (the
// newline after a <br> is not a space on the next line).

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };
const BLOCK = /^\/?(br|p|div|tr|li|h[1-6]|table|pre|blockquote|hr|dt|dd)\b/i;
// A division has no margin: its start or end where a line already ended adds no empty line (Apple
// Mail and web mails write a line per <div>). Nor does a paragraph of Word's HTML (Outlook's
// messages, and a plain-text notice Outlook forwards as HTML: a paragraph per line, margin 0).
const DIV = /^\/?div\b/i;
const PARAGRAPH = /^\/?p\b/i;
const CELL = /^(td|th)\b/i;

export function htmlToText(html: string): string {
  // Word's paragraph styles (p.MsoNormal, p.MsoPlainText) set margin 0.
  const word = html.indexOf('MsoNormal') >= 0 || html.indexOf('MsoPlainText') >= 0;
  const out: string[] = [];
  let i = 0;
  let skipUntil: string | null = null;
  let pre = 0;
  let lineStart = true;
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    const textEnd = lt < 0 ? html.length : lt;
    if (!skipUntil && textEnd > i) {
      const raw = html.slice(i, textEnd);
      const text: string =
        pre > 0 ? decodeEntities(raw, false) : decodeEntities(lineStart ? trimStartWs(raw) : raw, true);
      if (text) {
        out.push(text);
        lineStart = text.endsWith('\n');
      }
    }
    if (lt < 0) break;
    const gt = html.indexOf('>', lt);
    if (gt < 0) break;
    const tag = html.slice(lt + 1, gt);
    const lower = tag.slice(0, 8).toLowerCase();
    if (skipUntil) {
      if (lower.startsWith(skipUntil)) skipUntil = null;
    } else if (lower.startsWith('style') || lower.startsWith('script')) {
      skipUntil = lower.startsWith('style') ? '/style' : '/script';
    } else if (BLOCK.test(tag.slice(0, 12))) {
      if (/^pre\b/i.test(lower)) pre++;
      else if (/^\/pre\b/i.test(lower) && pre > 0) pre--;
      if (!(lineStart && (DIV.test(lower) || (word && PARAGRAPH.test(lower))))) out.push('\n');
      lineStart = true;
    } else if (CELL.test(lower) && !lineStart && !(out[out.length - 1] ?? '').endsWith(' ')) {
      out.push(' ');
    }
    i = gt + 1;
  }
  // Per line trimEnd, not a regex: a regex like /[ \t]+\n/ is quadratic on long runs of spaces.
  return out
    .join('')
    .split('\n')
    .map((l) => l.trimEnd())
    .join('\n');
}

function trimStartWs(s: string): string {
  let k = 0;
  while (k < s.length && (s[k] === ' ' || s[k] === '\n' || s[k] === '\t' || s[k] === '\r')) k++;
  return k === 0 ? s : s.slice(k);
}

function decodeEntities(s: string, collapse: boolean): string {
  const t = collapse ? s.replace(/\s+/g, ' ') : s;
  if (t.indexOf('&') < 0) return t;
  return t.replace(/&(#x[0-9a-f]{1,6}|#[0-9]{1,7}|[a-z]{2,6});/gi, (m, e: string) => {
    if (e[0] === '#') {
      const n = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return n > 0 && n < 0x110000 ? String.fromCodePoint(n) : m;
    }
    return ENTITIES[e.toLowerCase()] ?? m;
  });
}
