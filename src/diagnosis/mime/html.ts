// HTML to plain text for bounces that only have an HTML body. A single pass over the characters;
// the text is only searched, never rendered, so a rough conversion is enough.

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };
const BLOCK = /^\/?(br|p|div|tr|li|h[1-6]|table|pre|blockquote)\b/i;

export function htmlToText(html: string): string {
  const out: string[] = [];
  let i = 0;
  let skipUntil: string | null = null;
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    const textEnd = lt < 0 ? html.length : lt;
    if (!skipUntil && textEnd > i) out.push(decodeEntities(html.slice(i, textEnd)));
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
      out.push('\n');
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

function decodeEntities(s: string): string {
  if (s.indexOf('&') < 0) return s.replace(/\s+/g, ' ');
  return s.replace(/\s+/g, ' ').replace(/&(#x[0-9a-f]{1,6}|#[0-9]{1,7}|[a-z]{2,6});/gi, (m, e: string) => {
    if (e[0] === '#') {
      const n = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return n > 0 && n < 0x110000 ? String.fromCodePoint(n) : m;
    }
    return ENTITIES[e.toLowerCase()] ?? m;
  });
}
