// Pathological shapes of input for `npm run bench` (issue 6): each builds a message as bytes, at a
// scale (1 = full size) so that the engine can be warmed on a small copy first. All addresses and
// wording are invented.

const MB = 1024 * 1024;
const enc = (s) => Buffer.from(s, 'latin1');
const n = (full, scale) => Math.max(1, Math.round(full * scale));

const BOUNCE_HEAD = [
  'From: Mail Delivery System <MAILER-DAEMON@mx.example.net>',
  'To: sender@example.com',
  'Subject: Undelivered Mail Returned to Sender',
  'Date: Mon, 3 Feb 2025 10:00:00 +0000',
  'Message-ID: <bench.1@mx.example.net>',
].join('\n');

/** A text bounce whose body is the given text. */
const textBounce = (body, extraHead = '') =>
  `${BOUNCE_HEAD}\n${extraHead}Content-Type: text/plain; charset=us-ascii\n\n` +
  `This is the mail system at host mx.example.net.\n\nI'm sorry to have to inform you that your message could not be delivered.\n\n` +
  body;

const DSN_HEAD = `${BOUNCE_HEAD}\nMIME-Version: 1.0\nContent-Type: multipart/report; report-type=delivery-status; boundary="b1"\n\n`;

/** A multipart/report with the given delivery-status groups and an optional extra part. */
const dsn = (groups, extraPart = '') =>
  DSN_HEAD +
  '--b1\nContent-Type: text/plain\n\nDelivery to the following recipients failed.\n\n' +
  `--b1\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; mx.example.net\n\n${groups}\n` +
  extraPart +
  '--b1--\n';

const group = (addr, status = '5.1.1', diag = '550 5.1.1 user unknown') =>
  `Final-Recipient: rfc822; ${addr}\nAction: failed\nStatus: ${status}\nDiagnostic-Code: smtp; ${diag}\n`;

/** Deterministic bytes (xorshift), so every run measures the same input. */
function noise(len, lo = 0, hi = 256) {
  const out = Buffer.alloc(len);
  let x = 0x9e3779b9;
  for (let i = 0; i < len; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    out[i] = lo + ((x >>> 0) % (hi - lo));
  }
  return out;
}

function base64Lines(bytes) {
  const b64 = bytes.toString('base64');
  const lines = [];
  for (let i = 0; i < b64.length; i += 76) lines.push(b64.slice(i, i + 76));
  return lines.join('\n');
}

export const WARM_SAMPLE = enc(
  dsn(
    group('alice@example.org') + '\n' + group('bob@example.org', '4.2.2', '452 4.2.2 mailbox full'),
    '--b1\nContent-Type: text/rfc822-headers\n\nFrom: sender@example.com\nTo: alice@example.org\nSubject: hello\n\n',
  ),
);

export const SHAPES = [
  { name: 'one-char-line-1mb', build: (s) => enc(textBounce('a'.repeat(n(MB, s)))) },
  { name: 'raw-one-char-1mb', build: (s) => enc('x'.repeat(n(MB, s))) },
  {
    name: 'header-lines-100k',
    build: (s) => {
      const h = [];
      for (let i = 0; i < n(100000, s); i++) h.push(`X-Filler-${i}: value ${i}`);
      return enc(textBounce('<user@example.org>: 550 5.1.1 user unknown\n', h.join('\n') + '\n'));
    },
  },
  {
    name: 'folded-header-100k',
    build: (s) =>
      enc(
        textBounce(
          '<user@example.org>: 550 5.1.1 user unknown\n',
          `X-Folded: start\n${'\tmore words here\n'.repeat(n(100000, s))}`,
        ),
      ),
  },
  {
    name: 'dsn-10k-recipients',
    build: (s) => {
      const g = [];
      for (let i = 0; i < n(10000, s); i++) g.push(group(`user${i}@example.org`));
      return enc(dsn(g.join('\n')));
    },
  },
  {
    name: 'text-10k-recipients',
    build: (s) => {
      const g = [];
      for (let i = 0; i < n(10000, s); i++)
        g.push(`<user${i}@example.org>: host mx${i}.example.org said: 550 5.1.1 user unknown\n`);
      return enc(textBounce(g.join('\n')));
    },
  },
  {
    name: 'base64-attachment-25mb',
    build: (s) =>
      enc(
        dsn(
          group('user@example.org'),
          `--b1\nContent-Type: application/octet-stream; name="big.bin"\nContent-Transfer-Encoding: base64\n\n${base64Lines(noise(n(25 * MB * 0.75, s)))}\n`,
        ),
      ),
  },
  {
    name: 'base64-text-part-5mb',
    build: (s) =>
      enc(
        `${BOUNCE_HEAD}\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n\n` +
          base64Lines(
            Buffer.from(
              `<user@example.org>: 550 5.1.1 user unknown\n${'Delivery failed. '.repeat(n(5 * MB * 0.75, s) / 17)}`,
            ),
          ),
      ),
  },
  {
    name: 'returned-message-25mb',
    build: (s) =>
      enc(
        dsn(
          group('user@example.org'),
          `--b1\nContent-Type: message/rfc822\n\nFrom: sender@example.com\nTo: user@example.org\nSubject: big\nContent-Type: text/plain\n\n${'The quick brown fox jumps.\n'.repeat(n((25 * MB) / 27, s))}\n`,
        ),
      ),
  },
  {
    name: 'nested-multipart-10k',
    build: (s) => {
      const depth = n(10000, s);
      let open = '';
      let close = '';
      for (let i = 0; i < depth; i++) {
        open += `--n${i}\nContent-Type: multipart/mixed; boundary="n${i + 1}"\n\n`;
        close = `\n--n${i}--\n` + close;
      }
      return enc(
        `${BOUNCE_HEAD}\nContent-Type: multipart/mixed; boundary="n0"\n\n${open}--n${depth}\nContent-Type: text/plain\n\n<user@example.org>: 550 5.1.1 user unknown\n--n${depth}--${close}`,
      );
    },
  },
  {
    name: 'nested-forwards-1k',
    build: (s) => {
      let m = textBounce('<user@example.org>: 550 5.1.1 user unknown\n');
      for (let i = 0; i < n(1000, s); i++) {
        m = `From: person${i}@example.com\nSubject: Fwd: bounce\nContent-Type: multipart/mixed; boundary="f${i}"\n\n--f${i}\nContent-Type: text/plain\n\nsee below\n--f${i}\nContent-Type: message/rfc822\n\n${m}\n--f${i}--\n`;
      }
      return enc(m);
    },
  },
  { name: 'at-signs-1mb', build: (s) => enc(textBounce('a@'.repeat(n(MB / 2, s)))) },
  {
    name: 'address-runs-1mb',
    build: (s) => enc(textBounce(`${'a'.repeat(63)}@${'b.'.repeat(30)}`.repeat(n(MB / 124, s)))),
  },
  { name: 'spaces-1mb', build: (s) => enc(textBounce(`<user@example.org>: 550${' '.repeat(n(MB, s))}x\n`)) },
  { name: 'tabs-blank-lines-1mb', build: (s) => enc(textBounce(` \t\n`.repeat(n(MB / 3, s)) + 'x')) },
  {
    name: 'spaces-in-header-1mb',
    build: (s) =>
      enc(textBounce('<user@example.org>: 550 5.1.1 no\n', `X-Spaces: a${' '.repeat(n(MB, s))}b\n`)),
  },
  {
    name: 'digits-dots-1mb',
    build: (s) =>
      enc(textBounce(`<user@example.org>: ${'5.5.'.repeat(n(MB / 8, s))}${'550 '.repeat(n(MB / 8, s))}\n`)),
  },
  {
    name: 'encoded-words-1mb',
    build: (s) =>
      enc(
        textBounce(
          '<user@example.org>: 550 5.1.1 no\n',
          `X-Long: ${'=?utf-8?q?a=C3=A9?= '.repeat(n(MB / 20, s))}\n`,
        ).replace('Subject: Undelivered', `Subject: ${'=?utf-8?b?w6k=?= '.repeat(n(MB / 34, s))}Undelivered`),
      ),
  },
  {
    name: 'angle-brackets-1mb',
    build: (s) =>
      enc(
        dsn(
          `Final-Recipient: rfc822; ${'<'.repeat(n(MB / 2, s))}x${'>'.repeat(n(MB / 2, s))}y\nAction: failed\nStatus: 5.1.1\n`,
        ),
      ),
  },
  { name: 'newlines-1mb', build: (s) => enc(textBounce('\n'.repeat(n(MB, s)))) },
  { name: 'cr-only-1mb', build: (s) => enc(textBounce('\r'.repeat(n(MB, s))).replace(/\n/g, '\r')) },
  {
    name: 'many-parts-100k',
    build: (s) =>
      enc(
        `${BOUNCE_HEAD}\nContent-Type: multipart/mixed; boundary="p"\n\n${'--p\nContent-Type: text/plain\n\nx\n'.repeat(n(100000, s))}--p--\n`,
      ),
  },
  {
    name: 'html-tags-1mb',
    build: (s) =>
      enc(
        `${BOUNCE_HEAD}\nContent-Type: text/html\n\n${'<p>a &amp; <b '.repeat(n(MB / 14, s))}${'<'.repeat(n(MB / 4, s))}`,
      ),
  },
  { name: 'quote-marks-1mb', build: (s) => enc(textBounce(`> x\n> y\n> z\n${'> '.repeat(n(MB / 2, s))}\n`)) },
  {
    name: 'quoted-printable-1mb',
    build: (s) =>
      enc(
        `${BOUNCE_HEAD}\nContent-Type: text/plain\nContent-Transfer-Encoding: quoted-printable\n\n${'==4=\n=ZZ'.repeat(n(MB / 8, s))}`,
      ),
  },
  {
    name: 'dsn-blank-lines-1mb',
    build: (s) =>
      enc(dsn(`${group('user@example.org')}${' \n\t\n'.repeat(n(MB / 4, s))}${group('other@example.org')}`)),
  },
  {
    name: 'dsn-fields-100k',
    build: (s) =>
      enc(dsn(`${'Final-Recipient: rfc822; x@example.org\n'.repeat(n(30000, s))}Action: failed\n`)),
  },
  {
    // A vzwpix.com notice whose original's To is a megabyte of addresses (verizon.ts joined its
    // diagnostic once per address: quadratic, out of memory at 1.3 MB).
    name: 'vzwpix-to-line-1mb',
    build: (s) =>
      enc(
        `From: sysadmin@mms.vzwpix.com\nSubject: x\n\nMessage could not be delivered to mobile.\nError: ${'a@example.org '.repeat(n(MB / 28, s))}\nOriginal Message:\nTo: ${'a@example.org '.repeat(n(MB / 28, s))}\n`,
      ),
  },
  {
    // An ezmlm notice of a megabyte of one-letter paragraphs before its refusal (list-manager.ts).
    name: 'list-paragraphs-1mb',
    build: (s) =>
      enc(
        `From: list-owner@lists.example.org\nSubject: Returned post\n\nHi! This is the ezmlm program. I'm managing the\n${'x\n\n'.repeat(n(MB / 3, s))}list@lists.example.org\n\nonly subscribers may post\n`,
      ),
  },
  {
    name: 'eight-bit-junk-1mb',
    build: (s) =>
      Buffer.concat([
        enc(`${BOUNCE_HEAD}\nContent-Type: text/plain; charset=x-unknown-charset\n\n`),
        noise(n(MB, s), 128, 256),
      ]),
  },
  {
    name: 'control-bytes-1mb',
    build: (s) =>
      Buffer.concat([
        enc(`${BOUNCE_HEAD}\nContent-Type: text/plain; charset=utf-8\n\n`),
        noise(n(MB, s), 0, 128),
      ]),
  },
];
