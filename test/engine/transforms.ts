// The shapes a bounce reaches Bounce Lens in (issue 9), each a small pure function from a message's
// bytes to the same bounce in another shape, or null when the shape does not apply to it (a
// charset that cannot hold its text). Each is modelled on what a client or a relay really writes;
// the source is named above it. The metamorphic test (metamorphic.test.ts) checks that the
// diagnosis does not change with the shape.
import iconv from 'iconv-lite';
import { composeMessage, type ComposedPart } from '../../src/office/compose-mime';

// ---------------------------------------------------------------------------------------------
// A small raw-preserving MIME tree: what the transforms rebuild. Independent of the engine's
// scanner, so that a bug there does not hide itself in the inputs.

export interface Node {
  /** Header fields as written: name and unfolded value. */
  headers: [string, string][];
  type: string;
  params: Record<string, string>;
  /** The body as bytes (binary string), still transfer-encoded; "" for a multipart. */
  body: string;
  children: Node[];
  /** What a multipart has before its first boundary. */
  preamble: string;
}

const bin = (b: Uint8Array): string => Buffer.from(b).toString('latin1');
const bytes = (s: string): Buffer => Buffer.from(s, 'latin1');

export function header(n: Node, name: string): string | null {
  const f = n.headers.find(([k]) => k.toLowerCase() === name);
  return f ? f[1] : null;
}

function parseParams(v: string | null): { value: string; params: Record<string, string> } {
  if (!v) return { value: 'text/plain', params: {} };
  const [first, ...rest] = v.split(';');
  const params: Record<string, string> = {};
  for (const p of rest) {
    const eq = p.indexOf('=');
    if (eq < 0) continue;
    params[p.slice(0, eq).trim().toLowerCase()] = p
      .slice(eq + 1)
      .trim()
      .replace(/^"(.*)"$/, '$1');
  }
  const value = (first ?? '').trim().toLowerCase();
  return { value: value.includes('/') ? value : 'text/plain', params };
}

export function parse(raw: string): Node {
  const src = raw.replace(/\r\n?/g, '\n');
  const end = src.startsWith('\n') ? 0 : src.indexOf('\n\n');
  const head = end < 0 ? src : src.slice(0, end);
  const body = end < 0 ? '' : src.slice(end + 2);
  const headers: [string, string][] = [];
  for (const line of head.split('\n')) {
    const last = headers[headers.length - 1];
    if ((line.startsWith(' ') || line.startsWith('\t')) && last) last[1] += ' ' + line.trim();
    else if (line.indexOf(':') > 0)
      headers.push([line.slice(0, line.indexOf(':')), line.slice(line.indexOf(':') + 1).trim()]);
  }
  const ct = parseParams(headerOf(headers, 'content-type'));
  const node: Node = { headers, type: ct.value, params: ct.params, body, children: [], preamble: '' };
  const boundary = ct.params['boundary'];
  // A multipart whose boundary never occurs (a broken report) stays the text it is.
  if (ct.value.startsWith('multipart/') && boundary && body.includes(`--${boundary}`)) {
    const chunks = body.split(new RegExp(`^--${escapeRe(boundary)}(?:--)?[ \\t]*$`, 'm'));
    node.preamble = chunks[0] ?? '';
    // The chunks between the first boundary and the closing one; each starts with the line end.
    const closing = body.indexOf(`--${boundary}--`);
    const inner = closing < 0 ? chunks.slice(1) : chunks.slice(1, -1);
    node.children = inner.map((c) => parse(c.replace(/^\n/, '').replace(/\n$/, '')));
    node.body = '';
  }
  return node;
}

function headerOf(headers: [string, string][], name: string): string | null {
  const f = headers.find(([k]) => k.toLowerCase() === name);
  return f ? f[1] : null;
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export function serialize(n: Node, eol = '\n'): string {
  const head = n.headers.map(([k, v]) => `${k}: ${v}`);
  let out: string;
  if (n.children.length) {
    const b = n.params['boundary'] as string;
    const parts = n.children.map((c) => `--${b}\n${serialize(c)}\n`).join('');
    out = `${head.join('\n')}\n\n${n.preamble}\n${parts}--${b}--\n`;
  } else out = `${head.join('\n')}\n\n${n.body}`;
  return eol === '\n' ? out : out.replace(/\n/g, eol);
}

function setHeader(n: Node, name: string, value: string | null): void {
  const i = n.headers.findIndex(([k]) => k.toLowerCase() === name.toLowerCase());
  if (value === null) {
    if (i >= 0) n.headers.splice(i, 1);
  } else if (i >= 0) n.headers[i] = [name, value];
  else n.headers.push([name, value]);
}

/** Every leaf in order, not descending into message/rfc822 (its body stays as it is). */
export function leaves(n: Node): Node[] {
  return n.children.length ? n.children.flatMap(leaves) : [n];
}

const TEXT_LEAF = (n: Node): boolean => n.type === 'text/plain' || n.type === 'text/html';
const REPORT_TYPES = new Set([
  'message/delivery-status',
  'message/global-delivery-status',
  'text/rfc822-headers',
]);

// ---------------------------------------------------------------------------------------------
// Transfer encodings and charsets.

function decodeQP(s: string): string {
  return s
    .replace(/=\n/g, '')
    .replace(/=([0-9A-Fa-f]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
}

/** A leaf's text, decoded (transfer encoding and charset). */
export function leafText(n: Node): string {
  const cte = (header(n, 'content-transfer-encoding') ?? '').trim().toLowerCase();
  const raw =
    cte === 'base64'
      ? bin(Buffer.from(n.body, 'base64'))
      : cte === 'quoted-printable'
        ? decodeQP(n.body)
        : n.body;
  const cs = (n.params['charset'] ?? 'us-ascii').toLowerCase();
  const text = decodeBytes(bytes(raw), cs);
  return text.replace(/\r\n?/g, '\n');
}

function decodeBytes(b: Buffer, cs: string): string {
  // iconv-lite has no ISO-2022-JP; the WHATWG decoder of Node's ICU has.
  if (cs.startsWith('iso-2022-jp')) return new TextDecoder('iso-2022-jp').decode(b);
  if (cs === 'us-ascii' || cs === 'ascii') {
    try {
      return new TextDecoder('utf-8', { fatal: true }).decode(b);
    } catch {
      return iconv.decode(b, 'windows-1252');
    }
  }
  return iconv.encodingExists(cs) ? iconv.decode(b, cs) : b.toString('latin1');
}

/**
 * ISO-2022-JP (RFC 1468): JIS X 0208 between ESC $ B and ESC ( B. iconv-lite has no encoder, so
 * from EUC-JP (the same code points with the high bit set). Null for what JIS cannot hold.
 */
function encodeIso2022jp(text: string): Buffer | null {
  const out: number[] = [];
  let jis = false;
  for (const ch of text) {
    const c = ch.codePointAt(0) as number;
    if (c < 0x80) {
      if (jis) out.push(0x1b, 0x28, 0x42);
      jis = false;
      out.push(c);
      continue;
    }
    const e = iconv.encode(ch, 'euc-jp');
    if (e.length !== 2 || (e[0] as number) < 0xa1 || iconv.decode(e, 'euc-jp') !== ch) return null;
    if (!jis) out.push(0x1b, 0x24, 0x42);
    jis = true;
    out.push((e[0] as number) - 0x80, (e[1] as number) - 0x80);
  }
  if (jis) out.push(0x1b, 0x28, 0x42);
  return Buffer.from(out);
}

/** The text in a charset, or null when the charset cannot hold it. */
export function encodeText(text: string, cs: string): Buffer | null {
  if (cs === 'iso-2022-jp') return encodeIso2022jp(text);
  const b = iconv.encode(text, cs);
  return iconv.decode(b, cs) === text ? b : null;
}

function base64Lines(b: Buffer): string {
  return (b.toString('base64').match(/.{1,76}/g) ?? []).join('\n');
}

/** RFC 2045 section 6.7: 76-char lines, soft breaks "=", trailing white space encoded. */
function encodeQP(b: Buffer): string {
  const out: string[] = [];
  for (const line of bin(b).split('\n')) {
    let cur = '';
    const chars = Array.from(line);
    chars.forEach((ch, i) => {
      const c = ch.charCodeAt(0);
      const last = i === chars.length - 1;
      const enc =
        (c >= 33 && c <= 126 && c !== 61) || ((c === 32 || c === 9) && !last)
          ? ch
          : `=${c.toString(16).toUpperCase().padStart(2, '0')}`;
      if (cur.length + enc.length > 75) {
        out.push(cur + '=');
        cur = '';
      }
      cur += enc;
    });
    out.push(cur);
  }
  return out.join('\n');
}

/** Each text leaf re-encoded: its text in `charset`, written with `cte`. Null if it cannot hold one. */
function reencode(
  raw: Uint8Array,
  cte: 'base64' | 'quoted-printable',
  charset: string | null,
): Uint8Array | null {
  const root = parse(bin(raw));
  for (const leaf of leaves(root)) {
    if (!TEXT_LEAF(leaf) && !REPORT_TYPES.has(leaf.type)) continue;
    const text = leafText(leaf);
    const cs = charset ?? leaf.params['charset'] ?? 'utf-8';
    // A report part is 7-bit US-ASCII (RFC 3464); it keeps its charset, only its encoding changes.
    const target = REPORT_TYPES.has(leaf.type) ? 'utf-8' : cs;
    const b = encodeText(text, target.toLowerCase());
    if (!b) return null;
    leaf.body = cte === 'base64' ? base64Lines(b) : encodeQP(b);
    setHeader(leaf, 'Content-Transfer-Encoding', cte);
    if (!REPORT_TYPES.has(leaf.type)) {
      leaf.params['charset'] = target;
      setHeader(leaf, 'Content-Type', contentType(leaf));
    }
  }
  return bytes(serialize(root));
}

function contentType(n: Node): string {
  return [n.type, ...Object.entries(n.params).map(([k, v]) => `${k}="${v}"`)].join('; ');
}

// ---------------------------------------------------------------------------------------------
// What a reader sees: the message's own text, and the parts a client shows as attachments.

interface Shown {
  /** The notice's text as a client shows it: its text/plain parts, else its HTML made text. */
  text: string;
  /** The other parts (report parts, the returned message, files), as they were. */
  attachments: Node[];
}

function shown(root: Node): Shown {
  // A multipart whose boundary never occurs is shown as the text it is.
  const all = leaves(root).map((n) => (n.type.startsWith('multipart/') ? { ...n, type: 'text/plain' } : n));
  // multipart/alternative: the plain twin; an HTML-only notice: its HTML, roughly as text.
  const plain = all.filter((n) => n.type === 'text/plain' && !isAttachment(n));
  const html = all.filter((n) => n.type === 'text/html' && !isAttachment(n));
  const text = plain.length
    ? plain.map(leafText).join('\n')
    : html.map((n) => roughText(leafText(n))).join('\n');
  const attachments = all.filter((n) => !TEXT_LEAF(n) || isAttachment(n));
  return { text, attachments };
}

function isAttachment(n: Node): boolean {
  return (header(n, 'content-disposition') ?? '').toLowerCase().startsWith('attachment');
}

/** The test's own HTML-to-text (a client's rendering, roughly): the source's white space
 *  collapsed as a browser does, tags dropped, breaks kept. */
function roughText(html: string): string {
  return html
    .replace(/\s+/g, ' ')
    .replace(/<(br|\/p|\/div|\/tr|\/li|hr)\b[^>]*> ?/gi, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&');
}

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Text as an HTML client writes it: one escaped line per <br>, leading spaces as &nbsp;. */
function textToHtml(text: string): string {
  return text
    .split('\n')
    .map((l) => escapeHtml(l).replace(/^ +/, (m) => '&nbsp;'.repeat(m.length)))
    .join('<br>\n');
}

// ---------------------------------------------------------------------------------------------
// Forwards. The person forwarding, and the date written in the forward's header block.

const FORWARDER = 'Alice Example <alice@example.com>';
const HELPDESK = 'helpdesk@example.org';
const FORWARD_DATE = 'Fri, 4 Dec 2026 14:02:11 +0000';

interface Original {
  from: string;
  to: string;
  subject: string;
  date: string;
}

function originalHeaders(root: Node): Original {
  return {
    from: decodeWords(header(root, 'from') ?? ''),
    to: decodeWords(header(root, 'to') ?? ''),
    subject: decodeWords(header(root, 'subject') ?? ''),
    date: header(root, 'date') ?? '',
  };
}

/** RFC 2047 encoded words, as a client shows a header. */
function decodeWords(v: string): string {
  return v.replace(/=\?([^?]+)\?([bBqQ])\?([^?]*)\?=\s*/g, (_, cs: string, enc: string, t: string) => {
    const b = enc.toLowerCase() === 'b' ? Buffer.from(t, 'base64') : bytes(decodeQP(t.replace(/_/g, ' ')));
    return decodeBytes(b, cs.toLowerCase());
  });
}

/** A header value for our own messages: RFC 2047 B-encoded UTF-8 when it is not ASCII. */
function headerValue(v: string): string {
  return /^[\x20-\x7e]*$/.test(v) ? v : `=?UTF-8?B?${Buffer.from(v, 'utf8').toString('base64')}?=`;
}

/** How a client writes the forward's header block and its separator, per language. */
export interface ForwardStyle {
  readonly id: string;
  /** The forward's subject prefix ("FW: ", "WG: ", "Fwd: "). */
  readonly prefix: string;
  /** The forward's text part, from the original's headers and shown text. */
  readonly plain: ((o: Original, text: string) => string) | null;
  /** The forward's HTML part (null: the client sends text/plain only). */
  readonly html: ((o: Original, text: string) => string) | null;
}

/** Outlook's labels (desktop and web), as its localized builds write them. */
interface OutlookWords {
  readonly lang: string;
  readonly prefix: string;
  readonly separator: string;
  readonly from: string;
  readonly sent: string;
  readonly to: string;
  readonly subject: string;
}

// Outlook for Windows and Outlook on the web, the localized header blocks (Sent/Gesendet/Envoyé
// ...), for the pane's ten languages. The separator is what Outlook's plain-text forward writes.
const OUTLOOK_WORDS: readonly OutlookWords[] = [
  {
    lang: 'en',
    prefix: 'FW: ',
    separator: '-----Original Message-----',
    from: 'From:',
    sent: 'Sent:',
    to: 'To:',
    subject: 'Subject:',
  },
  {
    lang: 'de',
    prefix: 'WG: ',
    separator: '-----Ursprüngliche Nachricht-----',
    from: 'Von:',
    sent: 'Gesendet:',
    to: 'An:',
    subject: 'Betreff:',
  },
  {
    lang: 'fr',
    prefix: 'TR: ',
    separator: "-----Message d'origine-----",
    from: 'De :',
    sent: 'Envoyé :',
    to: 'À :',
    subject: 'Objet :',
  },
  {
    lang: 'es',
    prefix: 'RV: ',
    separator: '-----Mensaje original-----',
    from: 'De:',
    sent: 'Enviado el:',
    to: 'Para:',
    subject: 'Asunto:',
  },
  {
    lang: 'pt',
    prefix: 'ENC: ',
    separator: '-----Mensagem original-----',
    from: 'De:',
    sent: 'Enviada em:',
    to: 'Para:',
    subject: 'Assunto:',
  },
  {
    lang: 'it',
    prefix: 'I: ',
    separator: '-----Messaggio originale-----',
    from: 'Da:',
    sent: 'Inviato:',
    to: 'A:',
    subject: 'Oggetto:',
  },
  {
    lang: 'nl',
    prefix: 'FW: ',
    separator: '-----Oorspronkelijk bericht-----',
    from: 'Van:',
    sent: 'Verzonden:',
    to: 'Aan:',
    subject: 'Onderwerp:',
  },
  {
    lang: 'ja',
    prefix: 'FW: ',
    separator: '-----Original Message-----',
    from: '差出人:',
    sent: '送信日時:',
    to: '宛先:',
    subject: '件名:',
  },
  {
    lang: 'zh',
    prefix: '转发: ',
    separator: '-----原始邮件-----',
    from: '发件人:',
    sent: '发送时间:',
    to: '收件人:',
    subject: '主题:',
  },
  {
    lang: 'ko',
    prefix: 'FW: ',
    separator: '-----Original Message-----',
    from: '보낸 사람:',
    sent: '보낸 날짜:',
    to: '받는 사람:',
    subject: '제목:',
  },
];

function outlookDesktop(w: OutlookWords): ForwardStyle {
  return {
    id: `outlook-desktop-${w.lang}`,
    prefix: w.prefix,
    // Outlook for Windows, plain-text forward: the separator, then the block, then the text.
    plain: (o, text) =>
      [
        '',
        '',
        w.separator,
        `${w.from} ${o.from}`,
        `${w.sent} ${o.date}`,
        `${w.to} ${o.to}`,
        `${w.subject} ${o.subject}`,
        '',
        text,
      ].join('\n'),
    html: null,
  };
}

function outlookWeb(w: OutlookWords): ForwardStyle {
  // Outlook on the web: HTML only; an <hr> (plain text "________________________________"), the
  // block in div#divRplyFwdMsg with bold labels, then the original's body.
  return {
    id: `outlook-web-${w.lang}`,
    prefix: w.prefix,
    plain: null,
    html: (o, text) =>
      [
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>',
        '<div style="font-family: Aptos, sans-serif; font-size: 12pt;"><br></div>',
        '<div id="appendonsend"></div>',
        '<hr style="display:inline-block;width:98%" tabindex="-1">',
        '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">',
        `<b>${escapeHtml(w.from)}</b> ${escapeHtml(o.from)}<br>`,
        `<b>${escapeHtml(w.sent)}</b> ${escapeHtml(o.date)}<br>`,
        `<b>${escapeHtml(w.to)}</b> ${escapeHtml(o.to)}<br>`,
        `<b>${escapeHtml(w.subject)}</b> ${escapeHtml(o.subject)}</font>`,
        '<div>&nbsp;</div></div>',
        `<div class="BodyFragment"><font size="2"><span style="font-size:11pt;"><div class="PlainText">${textToHtml(text)}</div></span></font></div>`,
        '</body></html>',
      ].join('\n'),
  };
}

// Gmail (web): the "---------- Forwarded message ---------" block of div.gmail_attr, in both the
// text/plain and the text/html twin of multipart/alternative. German Gmail writes
// "Weitergeleitete Nachricht" with "Von:" and the other labels in English.
function gmail(lang: 'en' | 'de'): ForwardStyle {
  const sep =
    lang === 'de'
      ? '---------- Weitergeleitete Nachricht ---------'
      : '---------- Forwarded message ---------';
  const from = lang === 'de' ? 'Von:' : 'From:';
  return {
    id: `gmail-${lang}`,
    prefix: 'Fwd: ',
    plain: (o, text) =>
      [
        '',
        '',
        sep,
        `${from} ${o.from}`,
        `Date: ${o.date}`,
        `Subject: ${o.subject}`,
        `To: ${o.to}`,
        '',
        '',
        text,
      ].join('\n'),
    html: (o, text) =>
      [
        '<div dir="ltr"><br><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">',
        `${sep}<br>${from} <strong class="gmail_sendername" dir="auto">${escapeHtml(o.from)}</strong><br>`,
        `Date: ${escapeHtml(o.date)}<br>Subject: ${escapeHtml(o.subject)}<br>To: ${escapeHtml(o.to)}<br></div><br><br>`,
        `${textToHtml(text)}</div></div>`,
      ].join('\n'),
  };
}

// Apple Mail (macOS): "Begin forwarded message:" and a block From/Subject/Date/To, the original
// inside <blockquote type="cite">; its text twin quotes each line with "> ".
function appleMail(lang: 'en' | 'de' | 'fr'): ForwardStyle {
  const words = {
    en: ['Begin forwarded message:', 'From:', 'Subject:', 'Date:', 'To:'],
    de: ['Anfang der weitergeleiteten Nachricht:', 'Von:', 'Betreff:', 'Datum:', 'An:'],
    fr: ['Début du message réexpédié :', 'De :', 'Objet :', 'Date :', 'À :'],
  }[lang];
  const [begin, from, subject, date, to] = words as [string, string, string, string, string];
  const block = (o: Original) => [
    `${from} ${o.from}`,
    `${subject} ${o.subject}`,
    `${date} ${o.date}`,
    `${to} ${o.to}`,
  ];
  return {
    id: `apple-mail-${lang}`,
    prefix: 'Fwd: ',
    plain: (o, text) =>
      [
        '',
        '',
        `${begin}`,
        '',
        ...[...block(o), '', ...text.split('\n')].map((l) => (l ? `> ${l}` : '>')),
      ].join('\n'),
    html: (o, text) =>
      [
        '<html><body style="overflow-wrap: break-word;"><br><div><br><blockquote type="cite">',
        `<div>${escapeHtml(begin)}</div><br class="Apple-interchange-newline">`,
        ...block(o).map(
          (l) =>
            `<div style="margin: 0px;"><span><b>${escapeHtml(l.slice(0, l.indexOf(':') + 1))}</b> ${escapeHtml(l.slice(l.indexOf(':') + 1).trim())}</span><br></div>`,
        ),
        `<br><div><div>${textToHtml(text)}</div></div></blockquote></div></body></html>`,
      ].join('\n'),
  };
}

// Thunderbird: "-------- Forwarded Message --------" and a two-column table
// (moz-email-headers-table) in HTML, tab-aligned lines in text.
function thunderbird(lang: 'en' | 'de' | 'fr'): ForwardStyle {
  const words = {
    en: ['-------- Forwarded Message --------', 'Subject:', 'Date:', 'From:', 'To:'],
    de: ['-------- Weitergeleitete Nachricht --------', 'Betreff:', 'Datum:', 'Von:', 'An:'],
    fr: ['-------- Message transféré --------', 'Sujet :', 'Date :', 'De :', 'Pour :'],
  }[lang];
  const [sep, subject, date, from, to] = words as [string, string, string, string, string];
  const rows = (o: Original): [string, string][] => [
    [subject, o.subject],
    [date, o.date],
    [from, o.from],
    [to, o.to],
  ];
  return {
    id: `thunderbird-${lang}`,
    prefix: 'Fwd: ',
    plain: (o, text) =>
      ['', '', '', sep, ...rows(o).map(([k, v]) => `${k} \t${v}`), '', '', '', text].join('\n'),
    html: (o, text) =>
      [
        '<html><body><p><br></p><div class="moz-forward-container"><br><br>',
        `${escapeHtml(sep)}`,
        '<table class="moz-email-headers-table" cellspacing="0" cellpadding="0" border="0"><tbody>',
        ...rows(o).map(
          ([k, v]) =>
            `<tr><th valign="BASELINE" nowrap="nowrap" align="RIGHT">${escapeHtml(k)} </th><td>${escapeHtml(v)}</td></tr>`,
        ),
        '</tbody></table><br><br>',
        `<pre class="moz-quote-pre" wrap="">${escapeHtml(text)}</pre></div></body></html>`,
      ].join('\n'),
  };
}

// Outlook for Mac, plain text: no separator line and no "Sent" field, only the block (From, Date,
// To, Subject) after an empty line; the forward's own subject says what it is.
const OUTLOOK_MAC: ForwardStyle = {
  id: 'outlook-mac-en',
  prefix: 'FW: ',
  plain: (o, text) =>
    ['', '', `From: ${o.from}`, `Date: ${o.date}`, `To: ${o.to}`, `Subject: ${o.subject}`, '', text].join(
      '\n',
    ),
  html: null,
};

// HCL (Lotus) Notes 8.5 and later, plain text: "----- Forwarded by <name> on <date> -----", then a
// tab-aligned block.
const NOTES: ForwardStyle = {
  id: 'notes-en',
  prefix: 'Fw: ',
  plain: (o, text) =>
    [
      '',
      '',
      '----- Forwarded by Alex Kim/Sales/Example on 03/12/2026 10:00 AM -----',
      '',
      `From:\t${o.from}`,
      `To:\t${o.to}`,
      `Date:\t${o.date}`,
      `Subject:\t${o.subject}`,
      '',
      '',
      text,
    ].join('\n'),
  html: null,
};

// Yahoo Mail (web), its text part: "----- Forwarded Message -----" and From/To/Sent/Subject.
const YAHOO: ForwardStyle = {
  id: 'yahoo-en',
  prefix: 'Fwd: ',
  plain: (o, text) =>
    [
      '',
      '',
      '----- Forwarded Message -----',
      `From: ${o.from}`,
      `To: ${o.to}`,
      `Sent: ${o.date}`,
      `Subject: ${o.subject}`,
      '',
      text,
    ].join('\n'),
  html: null,
};

export const FORWARD_STYLES: readonly ForwardStyle[] = [
  ...OUTLOOK_WORDS.map(outlookDesktop),
  ...OUTLOOK_WORDS.filter((w) => ['en', 'de', 'fr', 'es', 'ja'].includes(w.lang)).map(outlookWeb),
  gmail('en'),
  gmail('de'),
  appleMail('en'),
  appleMail('de'),
  appleMail('fr'),
  thunderbird('en'),
  thunderbird('de'),
  thunderbird('fr'),
  OUTLOOK_MAC,
  NOTES,
  YAHOO,
];

/**
 * The bounce forwarded inline by a person: the client's header block and the notice's text in
 * the body; the parts it showed as attachments (report parts, the returned message) go along as
 * attachments, as Outlook, Gmail, Apple Mail and Thunderbird forward them.
 */
export function forwardInline(raw: Uint8Array, style: ForwardStyle): Uint8Array {
  const root = parse(bin(raw));
  const o = originalHeaders(root);
  const { text, attachments } = shown(root);
  const head = [
    `From: ${FORWARDER}`,
    `To: ${HELPDESK}`,
    `Subject: ${headerValue(style.prefix + o.subject)}`,
    `Date: ${FORWARD_DATE}`,
    'Message-ID: <fwd.1@example.com>',
    'MIME-Version: 1.0',
  ];
  const bodyParts: string[] = [];
  const textPart = (type: string, body: string) =>
    [
      `Content-Type: ${type}; charset="utf-8"`,
      'Content-Transfer-Encoding: 8bit',
      '',
      bin(Buffer.from(body, 'utf8')),
    ].join('\n');
  if (style.plain) bodyParts.push(textPart('text/plain', style.plain(o, text)));
  if (style.html) bodyParts.push(textPart('text/html', style.html(o, text)));
  const body =
    bodyParts.length === 1 ? (bodyParts[0] as string) : multipart('alternative', 'alt-fwd-1', bodyParts);
  if (attachments.length === 0) return bytes([...head, body].join('\n'));
  const atts = attachments.map((a) => serialize(a).replace(/\n$/, ''));
  return bytes([...head, multipart('mixed', 'mixed-fwd-1', [body, ...atts])].join('\n'));
}

function multipart(sub: string, boundary: string, parts: string[]): string {
  return [
    `Content-Type: multipart/${sub}; boundary="${boundary}"`,
    '',
    ...parts.flatMap((p) => [`--${boundary}`, p]),
    `--${boundary}--`,
    '',
  ].join('\n');
}

/** Forwarded as an attachment (Outlook's "Forward as Attachment", Gmail's too): message/rfc822. */
export function forwardAsAttachment(raw: Uint8Array): Uint8Array {
  const o = originalHeaders(parse(bin(raw)));
  const inner = bin(raw).replace(/\r\n?/g, '\n');
  return bytes(
    [
      `From: ${FORWARDER}`,
      `To: ${HELPDESK}`,
      `Subject: ${headerValue('FW: ' + o.subject)}`,
      `Date: ${FORWARD_DATE}`,
      'MIME-Version: 1.0',
      multipart('mixed', 'att-fwd-1', [
        'Content-Type: text/plain; charset="us-ascii"\n\nCan you look at this one? It came back.\n',
        `Content-Type: message/rfc822\nContent-Disposition: attachment; filename="bounce.eml"\n\n${inner}`,
      ]),
    ].join('\n'),
  );
}

// ---------------------------------------------------------------------------------------------
// Re-encodings and re-wrappings of the notice itself.

export const crlf = (raw: Uint8Array): Uint8Array =>
  bytes(bin(raw).replace(/\r\n?/g, '\n').replace(/\n/g, '\r\n'));
export const lf = (raw: Uint8Array): Uint8Array => bytes(bin(raw).replace(/\r\n?/g, '\n'));
export const base64 = (raw: Uint8Array): Uint8Array | null => reencode(raw, 'base64', null);
export const quotedPrintable = (raw: Uint8Array): Uint8Array | null =>
  reencode(raw, 'quoted-printable', null);
/** A relay or an archive re-encoding the text in the region's legacy charset. */
export const inCharset =
  (cs: string) =>
  (raw: Uint8Array): Uint8Array | null =>
    reencode(raw, cs === 'iso-2022-jp' ? 'base64' : 'quoted-printable', cs);

/** Lines longer than `width` broken at a space before it, as a client's hard wrap does. */
export function wrapLine(line: string, width: number): string[] {
  const out: string[] = [];
  let rest = line;
  while (rest.length > width) {
    const at = rest.lastIndexOf(' ', width);
    if (at <= 0) break; // one long word: clients leave it
    out.push(rest.slice(0, at));
    rest = rest.slice(at + 1);
  }
  out.push(rest);
  return out;
}

function rewriteText(raw: Uint8Array, edit: (text: string, leaf: Node) => string | null): Uint8Array | null {
  const root = parse(bin(raw));
  let changed = false;
  for (const leaf of leaves(root)) {
    if (leaf.type !== 'text/plain' || isAttachment(leaf)) continue;
    const text = edit(leafText(leaf), leaf);
    if (text === null) continue;
    changed = true;
    leaf.body = bin(Buffer.from(text, 'utf8'));
    leaf.params['charset'] = 'utf-8';
    setHeader(leaf, 'Content-Type', contentType(leaf));
    setHeader(leaf, 'Content-Transfer-Encoding', '8bit');
  }
  return changed ? bytes(serialize(root)) : null;
}

/** The notice's own text hard-wrapped at `width` columns (a relay's or a client's re-wrap). */
export const wrapped =
  (width: number) =>
  (raw: Uint8Array): Uint8Array | null =>
    rewriteText(raw, (t) =>
      t.split('\n').some((l) => l.length > width)
        ? t
            .split('\n')
            .flatMap((l) => wrapLine(l, width))
            .join('\n')
        : null,
    );

/**
 * RFC 3676 format=flowed: long lines broken into lines that end with a space (soft breaks),
 * lines starting with a space, ">" or "From " space-stuffed. Thunderbird and Apple Mail send it.
 */
export const flowed = (raw: Uint8Array): Uint8Array | null =>
  rewriteText(raw, (t, leaf) => {
    leaf.params['format'] = 'flowed';
    return t
      .split('\n')
      .flatMap((line) => {
        const l = line.replace(/ +$/, ''); // hard lines lose trailing spaces (section 4.2)
        const pieces = wrapLine(l, 66);
        return pieces.map((p, i) => (i < pieces.length - 1 ? p + ' ' : p));
      })
      .map((l) => (l.startsWith(' ') || l.startsWith('>') || l.startsWith('From ') ? ' ' + l : l))
      .join('\n');
  });

/** Text as Apple Mail and web mails write it: a <div> per line, <div><br></div> for an empty one. */
function textToDivs(text: string): string {
  return text
    .split('\n')
    .map(
      (l) =>
        `<div>${l.trim() ? escapeHtml(l).replace(/^ +/, (m) => '&nbsp;'.repeat(m.length)) : '<br>'}</div>`,
    )
    .join('\n');
}

/** Text as Outlook forwards a plain-text message in HTML: a Word paragraph per line, margin 0. */
function textToWord(text: string): string {
  const style =
    '<style><!-- p.MsoPlainText, li.MsoPlainText, div.MsoPlainText {margin:0cm; font-size:11.0pt;} --></style>';
  const lines = text
    .split('\n')
    .map((l) =>
      l.trim()
        ? `<p class=MsoPlainText>${escapeHtml(l).replace(/^ +/, (m) => '&nbsp;'.repeat(m.length))}<o:p></o:p></p>`
        : '<p class=MsoPlainText><o:p>&nbsp;</o:p></p>',
    )
    .join('\n');
  return `${style}<div class=WordSection1>\n${lines}\n</div>`;
}

/** The notice's text parts replaced by one text/html part (a gateway or client that sends HTML only). */
export function htmlOnly(raw: Uint8Array, toHtml: (text: string) => string = textToHtml): Uint8Array | null {
  const root = parse(bin(raw));
  let changed = false;
  const visit = (n: Node): Node => {
    if (n.type === 'multipart/alternative') {
      const plain = n.children.find((c) => c.type === 'text/plain');
      if (plain) return visit(plain);
    }
    if (n.type === 'text/plain' && !isAttachment(n)) {
      changed = true;
      const html = `<html><body><div style="font-family:Calibri,sans-serif">${toHtml(leafText(n))}</div></body></html>`;
      return {
        headers: [
          ['Content-Type', 'text/html; charset="utf-8"'],
          ['Content-Transfer-Encoding', 'quoted-printable'],
        ],
        type: 'text/html',
        params: { charset: 'utf-8' },
        body: encodeQP(Buffer.from(html, 'utf8')),
        children: [],
        preamble: '',
      };
    }
    n.children = n.children.map(visit);
    return n;
  };
  const out = visit(root);
  if (!changed) return null;
  if (out !== root) {
    // The root itself was the text: keep its other headers.
    root.headers = root.headers.filter(([k]) => !/^content-/i.test(k)).concat(out.headers);
    root.body = out.body;
    root.type = out.type;
    root.params = out.params;
  }
  return bytes(serialize(root));
}

/**
 * What the pane assembles on older Outlook clients (src/office/read-headers-body.ts): the
 * transport headers, the body as text (Outlook's body.getAsync("text"): the notice's text, no
 * MIME), the report parts Outlook lists as attachments, and the returned message (an attached
 * item, in Eml).
 */
export function headersAndBody(raw: Uint8Array): Uint8Array {
  const root = parse(bin(raw));
  const { text, attachments } = shown(root);
  const headerBlock = root.headers.map(([k, v]) => `${k}: ${v}`).join('\r\n');
  const parts: ComposedPart[] = [{ contentType: 'text/plain; charset=utf-8', body: text }];
  for (const a of attachments) {
    // The returned message: an attached item, which Outlook gives as Eml text.
    if (a.type === 'message/rfc822')
      parts.push({ contentType: a.type, body: bytes(a.body).toString('utf8') });
    if (!REPORT_TYPES.has(a.type)) continue;
    parts.push({
      contentType: a.type,
      body: Buffer.from(leafText(a), 'utf8').toString('base64'),
      base64: true,
    });
  }
  return Buffer.from(composeMessage(headerBlock, parts), 'utf8');
}

/**
 * The notice's text alone, as pasted into the pane's box (no header block): for a notice of one
 * text part; a multipart notice's text alone would have lost its report part, which is no shape
 * of the same message.
 */
export function pastedText(raw: Uint8Array): Uint8Array | null {
  const root = parse(bin(raw));
  if (root.children.length > 0 || !root.type.startsWith('text/plain')) return null;
  return Buffer.from(leafText(root), 'utf8');
}

export interface Transform {
  readonly id: string;
  readonly apply: (raw: Uint8Array) => Uint8Array | null;
}

export const TRANSFORMS: readonly Transform[] = [
  { id: 'crlf', apply: crlf },
  { id: 'lf', apply: lf },
  { id: 'base64', apply: base64 },
  { id: 'quoted-printable', apply: quotedPrintable },
  { id: 'iso-8859-1', apply: inCharset('iso-8859-1') },
  { id: 'windows-1252', apply: inCharset('windows-1252') },
  { id: 'iso-2022-jp', apply: inCharset('iso-2022-jp') },
  { id: 'gb2312', apply: inCharset('gb2312') },
  { id: 'wrap-72', apply: wrapped(72) },
  { id: 'wrap-76', apply: wrapped(76) },
  { id: 'format-flowed', apply: flowed },
  { id: 'html-only', apply: htmlOnly },
  { id: 'html-only-div-lines', apply: (raw) => htmlOnly(raw, textToDivs) },
  { id: 'html-only-word-paragraphs', apply: (raw) => htmlOnly(raw, textToWord) },
  { id: 'forward-as-attachment', apply: forwardAsAttachment },
  { id: 'headers-and-body', apply: headersAndBody },
  { id: 'pasted-text', apply: pastedText },
  ...FORWARD_STYLES.map((s) => ({
    id: `forward-${s.id}`,
    apply: (raw: Uint8Array) => forwardInline(raw, s),
  })),
  // Outlook in Japanese sends its forward in ISO-2022-JP, in Chinese in GB2312 (their legacy
  // "encoding for outgoing messages" defaults).
  {
    id: 'forward-outlook-desktop-ja-iso-2022-jp',
    apply: (raw: Uint8Array) =>
      inCharset('iso-2022-jp')(
        forwardInline(raw, FORWARD_STYLES.find((f) => f.id === 'outlook-desktop-ja') as ForwardStyle),
      ),
  },
  {
    id: 'forward-outlook-desktop-zh-gb2312',
    apply: (raw: Uint8Array) =>
      inCharset('gb2312')(
        forwardInline(raw, FORWARD_STYLES.find((f) => f.id === 'outlook-desktop-zh') as ForwardStyle),
      ),
  },
  // Outlook's plain-text forward as sent: "Automatically wrap text at 76 characters" is its default
  // (File > Options > Mail > Message format), so the forwarded notice arrives wrapped too.
  {
    id: 'forward-outlook-desktop-en-wrapped-76',
    apply: (raw: Uint8Array) => {
      const fwd = forwardInline(raw, FORWARD_STYLES[0] as ForwardStyle);
      return wrapped(76)(fwd) ?? fwd;
    },
  },
];
