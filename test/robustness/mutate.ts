// Ways a real bounce gets damaged on its way to us, as fast-check arbitraries over the message's
// binary string (one char per byte): truncation, lost or repeated lines, other line ends, broken
// MIME boundaries, wrong charsets, base64 with junk, stray bytes, and forwarding, up to ten levels.
import fc from 'fast-check';

export type Mutation = { readonly name: string; apply(s: string): string };

const lines = (s: string) => s.split('\n');

/** A bounce forwarded as an attachment, `depth` times; base64-encoded at the levels in `b64`. */
export function forwardNest(s: string, depth: number, b64: (level: number) => boolean = () => false): string {
  let m = s;
  for (let i = 0; i < depth; i++) {
    const encoded = b64(i);
    const body = encoded
      ? (
          Buffer.from(m, 'latin1')
            .toString('base64')
            .match(/.{1,76}/g) ?? []
        ).join('\n')
      : m;
    m = [
      `From: person${i}@example.com`,
      `To: helpdesk${i}@example.net`,
      `Subject: Fwd: what does this mean? (${i})`,
      'MIME-Version: 1.0',
      `Content-Type: multipart/mixed; boundary="fwd-${i}"`,
      '',
      `--fwd-${i}`,
      'Content-Type: text/plain; charset=utf-8',
      '',
      'Can you look at the message below? I got it after sending.',
      '',
      `--fwd-${i}`,
      'Content-Type: message/rfc822',
      ...(encoded ? ['Content-Transfer-Encoding: base64'] : []),
      '',
      body,
      `--fwd-${i}--`,
      '',
    ].join('\n');
  }
  return m;
}

/** Quoted inline the way a mail program forwards as text ("> " on every line). */
export function quoteInline(s: string): string {
  return [
    'From: person@example.com',
    'Subject: FW: Undeliverable',
    '',
    '---------- Forwarded message ----------',
    ...lines(s).map((l) => `> ${l}`),
  ].join('\n');
}

function boundaries(s: string): string[] {
  const out: string[] = [];
  for (const m of s.matchAll(/boundary="?([^";\n]{1,70})"?/gi)) if (m[1]) out.push(m[1]);
  return out;
}

const pick = <T>(xs: readonly T[], k: number): T | undefined => (xs.length ? xs[k % xs.length] : undefined);

const CHARSETS = [
  'x-unknown',
  'utf-7',
  'iso-2022-jp',
  'shift_jis',
  'utf-16',
  'no-such-charset',
  'koi8-r',
  'windows-1252',
  '',
  '"',
];

export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.double({ min: 0, max: 1, noNaN: true }).map((f) => ({
    name: `truncate ${f.toFixed(3)}`,
    apply: (s: string) => s.slice(0, Math.floor(s.length * f)),
  })),
  fc.nat().map((k) => ({
    name: `delete line ${k}`,
    apply: (s: string) => {
      const ls = lines(s);
      ls.splice(k % ls.length, 1);
      return ls.join('\n');
    },
  })),
  fc.tuple(fc.nat(), fc.integer({ min: 1, max: 5 })).map(([k, times]) => ({
    name: `duplicate line ${k} x${times}`,
    apply: (s: string) => {
      const ls = lines(s);
      const i = k % ls.length;
      ls.splice(i, 0, ...Array<string>(times).fill(ls[i] ?? ''));
      return ls.join('\n');
    },
  })),
  fc.constantFrom('\r\n', '\r', 'mixed').map((end) => ({
    name: `line ends ${JSON.stringify(end)}`,
    apply: (s: string) =>
      end === 'mixed'
        ? lines(s)
            .map((l, i) => l + ['\n', '\r\n', '\r'][i % 3])
            .join('')
        : s.split('\n').join(end),
  })),
  fc.tuple(fc.nat(), fc.constantFrom('drop-close', 'mangle', 'lose-param', 'swap')).map(([k, how]) => ({
    name: `boundary ${how} ${k}`,
    apply: (s: string) => {
      const b = pick(boundaries(s), k);
      if (!b) return s;
      if (how === 'drop-close') return s.split(`--${b}--`).join('');
      if (how === 'lose-param') return s.replace(/boundary="?[^";\n]{1,70}"?/i, 'boundary=');
      if (how === 'swap') return s.split(`--${b}`).join(`--${b}x`);
      const at = s.indexOf(`\n--${b}`, (k * 7919) % Math.max(1, s.length));
      return at < 0 ? s : `${s.slice(0, at + 3)}${s.slice(at + 4)}`;
    },
  })),
  fc.tuple(fc.constantFrom(...CHARSETS), fc.boolean()).map(([cs, everywhere]) => ({
    name: `charset ${cs}${everywhere ? ' everywhere' : ''}`,
    apply: (s: string) => {
      const re = /charset="?[\w.:-]{0,40}"?/i;
      const out = everywhere
        ? s.split(/charset="?[\w.:-]{0,40}"?/i).join(`charset=${cs}`)
        : s.replace(re, `charset=${cs}`);
      return out === s
        ? s.replace(/Content-Type: text\/plain/i, `Content-Type: text/plain; charset=${cs}`)
        : out;
    },
  })),
  fc.tuple(fc.nat(), fc.string({ unit: 'binary-ascii', minLength: 1, maxLength: 12 })).map(([k, junk]) => ({
    name: `base64 junk ${JSON.stringify(junk)}`,
    apply: (s: string) => {
      const at = s.search(/Content-Transfer-Encoding: base64\n\n/i);
      if (at < 0)
        return s.replace(
          /Content-Type: text\/plain[^\n]*\n/i,
          (m) => `${m}Content-Transfer-Encoding: base64\n`,
        );
      const start = s.indexOf('\n\n', at) + 2;
      const pos = start + (k % 200);
      return s.slice(0, pos) + junk + s.slice(pos);
    },
  })),
  fc.tuple(fc.nat(), fc.uint8Array({ minLength: 1, maxLength: 64 })).map(([k, bytes]) => ({
    name: `insert ${bytes.length} bytes`,
    apply: (s: string) => {
      const pos = k % (s.length + 1);
      return s.slice(0, pos) + Buffer.from(bytes).toString('latin1') + s.slice(pos);
    },
  })),
  fc.tuple(fc.integer({ min: 1, max: 10 }), fc.nat()).map(([depth, mask]) => ({
    name: `forward ${depth} deep`,
    apply: (s: string) => forwardNest(s, depth, (level) => ((mask >> level) & 1) === 1),
  })),
  fc.constant({ name: 'quoted inline', apply: quoteInline }),
);
