// Parsers for the headers that carry authentication verdicts: Authentication-Results (RFC 8601),
// ARC-Authentication-Results (RFC 8617), Received-SPF (RFC 7208 §9.1) and the d=/s= tags of
// DKIM-Signature (RFC 6376). Header text is hostile: one linear pass of a tokenizer, no regular
// expressions, bounded sizes, and never an exception; what cannot be read is left out.

/** One `method=result` with its reason, properties and comments. */
export interface MethodResult {
  /** Lower-case method name without its version ("dkim" for "dkim/1"). */
  readonly method: string;
  /** Lower-case result ("pass", "fail", "bestguesspass" ...). */
  readonly result: string;
  readonly reason: string | null;
  /** Lower-case keys: "smtp.mailfrom", "header.from", "header.d", and bare ones such as "action". */
  readonly props: ReadonlyMap<string, string>;
  /** key=value pairs written inside comments, e.g. Gmail's "(p=REJECT sp=REJECT dis=NONE)". */
  readonly commentProps: ReadonlyMap<string, string>;
  readonly comments: readonly string[];
}

export interface AuthResultsHeader {
  /** The host that wrote the header; null when absent (Microsoft 365 omits it). */
  readonly authservId: string | null;
  /** ARC instance (i=), null for a plain Authentication-Results. */
  readonly instance: number | null;
  readonly results: readonly MethodResult[];
}

export interface ReceivedSpf {
  readonly result: string;
  readonly envelopeFrom: string | null;
  readonly helo: string | null;
  /** "mailfrom" or "helo" when the header says which identity was checked. */
  readonly identity: string | null;
  readonly clientIp: string | null;
  readonly receiver: string | null;
  readonly comment: string | null;
}

export interface DkimSignature {
  readonly domain: string | null;
  readonly selector: string | null;
  /** The i= agent identity, when present. */
  readonly identity: string | null;
}

// Bounds: a real header is a few hundred bytes; junk beyond these is ignored, so work stays linear.
const MAX_HEADER = 32 * 1024;
const MAX_RESULTS = 64;
const MAX_COMMENTS = 16;
const MAX_COMMENT_PROPS = 16;

type Tok =
  | { readonly t: 'word'; readonly v: string }
  | { readonly t: 'quoted'; readonly v: string }
  | { readonly t: 'comment'; readonly v: string }
  | { readonly t: 'semi' };

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13;
}

/** Words, quoted strings, (nested) comments and semicolons. An unclosed comment or quote runs to
 *  the end; a stray ")" is dropped. Each character is visited once. */
function tokenize(input: string): Tok[] {
  const s = input.length > MAX_HEADER ? input.slice(0, MAX_HEADER) : input;
  const out: Tok[] = [];
  const n = s.length;
  let i = 0;
  while (i < n) {
    const c = s.charCodeAt(i);
    if (isSpace(c) || c === 41 /* ) */) {
      i++;
    } else if (c === 59 /* ; */) {
      out.push({ t: 'semi' });
      i++;
    } else if (c === 40 /* ( */) {
      let depth = 1;
      let j = i + 1;
      while (j < n && depth > 0) {
        const d = s.charCodeAt(j);
        if (d === 92 /* \ */) j++;
        else if (d === 40) depth++;
        else if (d === 41) depth--;
        j++;
      }
      const end = depth === 0 ? j - 1 : n;
      out.push({ t: 'comment', v: s.slice(i + 1, Math.min(end, n)).trim() });
      i = j;
    } else if (c === 34 /* " */) {
      let j = i + 1;
      let buf = '';
      let from = j;
      while (j < n && s.charCodeAt(j) !== 34) {
        if (s.charCodeAt(j) === 92 && j + 1 < n) {
          buf += s.slice(from, j);
          from = j + 1;
          j += 2;
        } else j++;
      }
      buf += s.slice(from, Math.min(j, n));
      out.push({ t: 'quoted', v: buf });
      i = j + 1;
    } else {
      let j = i;
      while (j < n) {
        const d = s.charCodeAt(j);
        if (isSpace(d) || d === 59 || d === 40 || d === 41 || d === 34) break;
        j++;
      }
      out.push({ t: 'word', v: s.slice(i, j) });
      i = j;
    }
  }
  return out;
}

interface Pair {
  readonly key: string;
  readonly value: string;
  readonly comments: string[];
}

interface Segment {
  /** Words that are not part of a key=value pair, in order (authserv-id, version, "none"). */
  readonly loose: string[];
  readonly pairs: Pair[];
  /** Comments before the first pair. */
  readonly leadingComments: string[];
}

function segments(tokens: readonly Tok[]): Segment[] {
  const out: Segment[] = [];
  let seg: Segment = { loose: [], pairs: [], leadingComments: [] };
  let pendingKey: string | null = null; // "key=" seen, value to come
  let pendingName: string | null = null; // a bare word that may be followed by "=value"
  const addPair = (key: string, value: string) => {
    if (key) seg.pairs.push({ key, value, comments: [] });
  };
  const flushName = () => {
    if (pendingName !== null) seg.loose.push(pendingName);
    pendingName = null;
  };
  for (const tok of tokens) {
    if (tok.t === 'semi') {
      if (pendingKey !== null) addPair(pendingKey, '');
      pendingKey = null;
      flushName();
      out.push(seg);
      seg = { loose: [], pairs: [], leadingComments: [] };
    } else if (tok.t === 'comment') {
      const last = seg.pairs[seg.pairs.length - 1];
      const list = last ? last.comments : seg.leadingComments;
      if (list.length < MAX_COMMENTS) list.push(tok.v);
    } else if (tok.t === 'quoted') {
      if (pendingKey !== null) addPair(pendingKey, tok.v);
      else {
        flushName();
        seg.loose.push(tok.v);
      }
      pendingKey = null;
    } else {
      let w = tok.v;
      // "dkim / 1" and "policy . expired": RFC 8601 allows CFWS around "/" and ".", so a name
      // may arrive in pieces; glue them back.
      if (
        pendingKey === null &&
        pendingName !== null &&
        (isJoiner(pendingName, true) || isJoiner(w, false))
      ) {
        w = pendingName + w;
        pendingName = null;
      }
      const eq = w.indexOf('=');
      if (pendingKey !== null) {
        addPair(pendingKey, w);
        pendingKey = null;
      } else if (eq === 0) {
        // "method = result" written with spaces: the bare word before is the key.
        const key: string = pendingName ?? '';
        pendingName = null;
        if (w.length > 1) addPair(key, w.slice(1));
        else pendingKey = key;
      } else if (eq > 0) {
        flushName();
        const rest = w.slice(eq + 1);
        if (rest) addPair(w.slice(0, eq), rest);
        else pendingKey = w.slice(0, eq);
      } else {
        flushName();
        pendingName = w;
      }
    }
  }
  if (pendingKey !== null) addPair(pendingKey, '');
  flushName();
  out.push(seg);
  return out;
}

function isJoiner(w: string, atEnd: boolean): boolean {
  const c = atEnd ? w.charCodeAt(w.length - 1) : w.charCodeAt(0);
  return c === 46 /* . */ || c === 47; /* / */
}

/** "k=v" words inside a comment, split on spaces and commas: "(p=REJECT sp=REJECT dis=NONE)". */
function commentProps(comments: readonly string[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const text of comments) {
    let start = 0;
    for (let i = 0; i <= text.length && out.size < MAX_COMMENT_PROPS; i++) {
      const c = i < text.length ? text.charCodeAt(i) : 32;
      if (isSpace(c) || c === 44 /* , */ || c === 59) {
        const w = text.slice(start, i);
        const eq = w.indexOf('=');
        if (eq > 0 && eq < w.length - 1) {
          const k = w.slice(0, eq).toLowerCase();
          if (!out.has(k)) out.set(k, w.slice(eq + 1));
        }
        start = i + 1;
      }
    }
  }
  return out;
}

function methodResult(seg: Segment): MethodResult | null {
  const first = seg.pairs[0];
  if (!first) return null;
  const slash = first.key.indexOf('/');
  const method = (slash >= 0 ? first.key.slice(0, slash) : first.key).trim().toLowerCase();
  if (!method) return null;
  const props = new Map<string, string>();
  const comments: string[] = [...seg.leadingComments];
  let reason: string | null = null;
  for (const c of first.comments) comments.push(c);
  for (let k = 1; k < seg.pairs.length; k++) {
    const p = seg.pairs[k] as Pair;
    const key = p.key.toLowerCase();
    if (key === 'reason' && reason === null) reason = p.value;
    else if (!props.has(key)) props.set(key, p.value);
    for (const c of p.comments) if (comments.length < MAX_COMMENTS) comments.push(c);
  }
  return {
    method,
    result: first.value.toLowerCase(),
    reason,
    props,
    commentProps: commentProps(comments),
    comments,
  };
}

function parseResults(segs: readonly Segment[], startAt: number, instance: number | null): AuthResultsHeader {
  let authservId: string | null = null;
  const results: MethodResult[] = [];
  for (let k = startAt; k < segs.length && results.length < MAX_RESULTS; k++) {
    const seg = segs[k] as Segment;
    // The first segment names the authserv-id (and a version); Microsoft 365 writes none and
    // starts with the first result straight away.
    if (k === startAt && seg.loose.length > 0) authservId = seg.loose[0] ?? null;
    const r = methodResult(seg);
    if (r) results.push(r);
  }
  return { authservId, instance, results };
}

export function parseAuthenticationResults(value: string): AuthResultsHeader {
  try {
    return parseResults(segments(tokenize(value)), 0, null);
  } catch {
    return { authservId: null, instance: null, results: [] };
  }
}

/** ARC-Authentication-Results: "i=<n>; authserv-id; results..." (RFC 8617 §4.1.1). */
export function parseArcAuthenticationResults(value: string): AuthResultsHeader {
  try {
    const segs = segments(tokenize(value));
    const head = segs[0];
    const inst = head?.pairs.find((p) => p.key.toLowerCase() === 'i');
    if (!head || !inst) return parseResults(segs, 0, null);
    const n = Number.parseInt(inst.value, 10);
    return parseResults(segs, 1, Number.isFinite(n) && n >= 0 ? n : null);
  } catch {
    return { authservId: null, instance: null, results: [] };
  }
}

/** Received-SPF: "<result> (comment) key=value; key=value" (RFC 7208 §9.1). */
export function parseReceivedSpf(value: string): ReceivedSpf | null {
  try {
    const segs = segments(tokenize(value));
    const head = segs[0];
    const result = head?.loose[0]?.toLowerCase();
    if (!head || !result) return null;
    const kv = new Map<string, string>();
    for (const s of segs)
      for (const p of s.pairs) if (!kv.has(p.key.toLowerCase())) kv.set(p.key.toLowerCase(), p.value);
    return {
      result,
      envelopeFrom: kv.get('envelope-from') ?? null,
      helo: kv.get('helo') ?? null,
      identity: kv.get('identity')?.toLowerCase() ?? null,
      clientIp: kv.get('client-ip') ?? null,
      receiver: kv.get('receiver') ?? null,
      comment: head.leadingComments[0] ?? null,
    };
  } catch {
    return null;
  }
}

/** The d=, s= and i= tags of a DKIM-Signature tag list ("v=1; a=rsa-sha256; d=example.com; ..."). */
export function parseDkimSignature(value: string): DkimSignature | null {
  const s = value.length > MAX_HEADER ? value.slice(0, MAX_HEADER) : value;
  const tags = new Map<string, string>();
  let start = 0;
  while (start <= s.length) {
    let end = s.indexOf(';', start);
    if (end < 0) end = s.length;
    const part = s.slice(start, end);
    const eq = part.indexOf('=');
    if (eq > 0) {
      const k = part.slice(0, eq).trim().toLowerCase();
      // Folding white space may appear inside values; none of d, s, i contains a space. Only their
      // values are read: the long ones (b=, bh=, h=) are not copied char by char for nothing.
      if ((k === 'd' || k === 's' || k === 'i') && !tags.has(k)) tags.set(k, stripSpace(part.slice(eq + 1)));
    }
    start = end + 1;
  }
  if (!tags.has('d') && !tags.has('s')) return null;
  return { domain: tags.get('d') || null, selector: tags.get('s') || null, identity: tags.get('i') || null };
}

function stripSpace(v: string): string {
  let out = '';
  for (let i = 0; i < v.length; i++) {
    const c = v.charCodeAt(i);
    if (!isSpace(c)) out += v[i];
  }
  return out;
}

/** Shortcut for callers: the first result of a method in a header, or undefined. */
export function findMethod(h: AuthResultsHeader, method: string): MethodResult | undefined {
  return h.results.find((r) => r.method === method);
}
