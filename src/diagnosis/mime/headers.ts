// RFC 5322 header blocks: unfolding, lookup, and Content-Type style parameters.
import { decodeCharset, isAscii } from './bytes';
import { decodeEncodedWords } from './encoded-words';

export interface HeaderField {
  /** Lower-case field name. */
  readonly name: string;
  /** The unfolded value, as bytes of the message (binary string), trimmed. */
  readonly value: string;
}

export class Headers {
  constructor(readonly fields: readonly HeaderField[]) {}

  static parse(block: string): Headers {
    return new Headers(parseHeaderBlock(block));
  }

  get(name: string): string | null {
    for (const f of this.fields) if (f.name === name) return f.value;
    return null;
  }

  getAll(name: string): string[] {
    const out: string[] = [];
    for (const f of this.fields) if (f.name === name) out.push(f.value);
    return out;
  }

  has(name: string): boolean {
    return this.get(name) !== null;
  }

  /** The value with RFC 2047 encoded words and 8-bit UTF-8 decoded, for display. */
  text(name: string): string | null {
    const v = this.get(name);
    return v === null ? null : decodeHeaderText(v);
  }
}

// The parsed header block travels with the object that carries it (the returned message), under a
// symbol of this module, not enumerable: the authentication analysis and the recipient lookups read
// it again, in the same diagnosis, after the finder parsed it. Kept on the object rather than in a
// WeakMap (which cost more per message than the parse it saved) or in module state (which would
// outlive the call and tie diagnoses together); JSON, structured clones and toEqual don't see it.
const PARSED: unique symbol = Symbol('parsed header block');

/** Attaches `headers` to `owner` as what Headers.parse() gives for the header block it carries. */
export function attachParsed(owner: object, headers: Headers): void {
  Object.defineProperty(owner, PARSED, { value: headers, enumerable: false });
}

/** Headers.parse(block), where `block` is the header block that `owner` carries. */
export function parsedFor(owner: object, block: string): Headers {
  const attached = (owner as { [PARSED]?: unknown })[PARSED];
  return attached instanceof Headers ? attached : Headers.parse(block);
}

const MAX_HEADER_FIELDS = 20000;

/** Header lines are "\n"-terminated here: the scanner normalizes line ends first. */
export function parseHeaderBlock(block: string): HeaderField[] {
  const fields: HeaderField[] = [];
  let name = '';
  // The first line's value; an array of it and the continuation lines only when there are some
  // (most fields have none, and an array per field was a good part of the scan's garbage).
  let first = '';
  let more: string[] | null = null;
  // Lines are read in place, by offsets. The first ":" at or after the line, block.length when
  // none: looked for again only once passed, so lines without one do not each search the block.
  // One loop with no helper calls: the CLI runs TurboFan without inlining (scripts/build-cli.mjs),
  // and a call per line (a closure to flush a field, a check of the name) was a third of its time.
  let nextColon = -1;
  let pos = 0;
  const length = block.length;
  while (pos < length && fields.length < MAX_HEADER_FIELDS) {
    const start = pos;
    let end = block.indexOf('\n', start);
    if (end < 0) end = length;
    pos = end + 1;
    const c = block.charCodeAt(start);
    if (c === 32 || c === 9) {
      if (name) (more ??= [first]).push(block.slice(start, end).trim());
      continue;
    }
    if (name) {
      fields.push({ name, value: more === null ? first : more.join(' ').trim() });
      name = '';
      more = null;
    }
    if (nextColon < start) {
      const i = block.indexOf(':', start);
      nextColon = i < 0 ? length : i;
    }
    const colon = nextColon < end ? nextColon : -1;
    if (colon <= start || colon - start >= 80) continue;
    // A field name is printable ASCII without spaces; anything else is not a header line.
    let k = start;
    while (k < colon) {
      const n = block.charCodeAt(k);
      if (n <= 32 || n >= 127) break;
      k++;
    }
    if (k < colon) continue;
    name = block.slice(start, colon).toLowerCase();
    first = block.slice(colon + 1, end).trim();
  }
  if (name) fields.push({ name, value: more === null ? first : more.join(' ').trim() });
  return fields;
}

export function decodeHeaderText(value: string): string {
  let v = value;
  if (!isAscii(v)) v = decodeCharset(v, 'utf-8');
  if (v.includes('=?')) v = decodeEncodedWords(v);
  return v;
}

export interface ParamValue {
  /** The main value, lower-cased (e.g. "multipart/report"). */
  readonly value: string;
  readonly params: Readonly<Record<string, string>>;
}

/** Parses `type/subtype; a=b; c="d;e"` in one pass. Parameter names are lower-cased. */
export function parseParams(header: string | null): ParamValue {
  const params: Record<string, string> = {};
  if (!header) return { value: '', params };
  let i = header.indexOf(';');
  const value = (i < 0 ? header : header.slice(0, i)).trim().toLowerCase();
  const escapes = header.includes('\\');
  // RFC 2231 sections ("name*0", "name*1") are joined only when a key has a star left.
  let sectioned = false;
  while (i >= 0 && i < header.length) {
    i++;
    const eq = header.indexOf('=', i);
    if (eq < 0) break;
    let key = header.slice(i, eq).trim().toLowerCase();
    // RFC 2231's "name*" is read as "name" (a regex replace per parameter was most of this loop).
    const extended = key.endsWith('*');
    if (extended) key = key.slice(0, -1);
    let j = eq + 1;
    while (header.charCodeAt(j) === 32 || header.charCodeAt(j) === 9) j++;
    let val: string;
    if (header[j] === '"' && !escapes) {
      // No backslash anywhere: the value is the text up to the closing quote, sliced at once.
      const close = header.indexOf('"', j + 1);
      const k = close < 0 ? header.length : close;
      val = header.slice(j + 1, k);
      i = header.indexOf(';', k);
    } else if (header[j] === '"') {
      let k = j + 1;
      let buf = '';
      while (k < header.length && header[k] !== '"') {
        if (header[k] === '\\' && k + 1 < header.length) k++;
        buf += header[k];
        k++;
      }
      val = buf;
      i = header.indexOf(';', k);
    } else {
      const semi = header.indexOf(';', j);
      val = (semi < 0 ? header.slice(j) : header.slice(j, semi)).trim();
      i = semi;
    }
    // RFC 2231 4: an extended value is %-encoded, its first section led by "charset'language'".
    if (extended && (val.includes('%') || val.includes("'")))
      val = extendedValue(val, !key.includes('*') || key.endsWith('*0'));
    if (key && !(key in params)) params[key] = val;
    if (extended || key.includes('*')) sectioned = true;
  }
  if (sectioned) joinSections(params);
  return { value, params };
}

/** An RFC 2231 extended value as bytes (a binary string, like every header value here). */
function extendedValue(val: string, first: boolean): string {
  const q = first ? val.indexOf("'") : -1;
  const q2 = q < 0 ? -1 : val.indexOf("'", q + 1);
  if (q2 >= 0) val = val.slice(q2 + 1);
  let out = '';
  for (let k = 0; k < val.length; k++) {
    const hex = val.slice(k + 1, k + 3);
    if (val[k] === '%' && /^[0-9a-f]{2}$/i.test(hex)) {
      out += String.fromCharCode(parseInt(hex, 16));
      k += 2;
    } else out += val[k];
  }
  return out;
}

/**
 * RFC 2231 3: "name*0", "name*1", ... are one value in sections, joined in number order (a gateway
 * re-folds a long boundary so; Outlook writes a long attachment name so, "filename*0*=utf-8''...").
 */
function joinSections(params: Record<string, string>): void {
  for (const key of Object.keys(params)) {
    const star = key.indexOf('*');
    const base = key.slice(0, star);
    if (star <= 0 || base in params || !(`${base}*0` in params)) continue;
    let joined = '';
    for (let n = 0; `${base}*${n}` in params; n++) joined += params[`${base}*${n}`];
    params[base] = joined;
  }
}
