// The header parsers on the shapes of RFC 8601's appendix and on real-world shapes (Microsoft 365,
// Gmail, Yahoo), written for this project with example.* names.
import {
  parseArcAuthenticationResults,
  parseAuthenticationResults,
  parseDkimSignature,
  parseReceivedSpf,
  type AuthResultsHeader,
} from '../../src/diagnosis/auth/authentication-results';

/** A compact view: "method=result" plus the properties asked for. */
function view(h: AuthResultsHeader, keys: readonly string[] = []): string[] {
  return h.results.map((r) => {
    const props = keys.filter((k) => r.props.has(k)).map((k) => ` ${k}=${r.props.get(k) ?? ''}`);
    return `${r.method}=${r.result}${r.reason !== null ? ` reason=${r.reason}` : ''}${props.join('')}`;
  });
}

const KEYS = [
  'smtp.mailfrom',
  'smtp.helo',
  'header.from',
  'header.d',
  'header.i',
  'header.s',
  'action',
  'policy.iprev',
  'smtp.auth',
  'policy.expired',
];

const CASES: [name: string, header: string, authservId: string | null, results: string[]][] = [
  ['RFC 8601 B.2: nothing done', 'example.org 1; none', 'example.org', []],
  [
    'RFC 8601 B.3: SPF only',
    'example.com; spf=pass smtp.mailfrom=example.net',
    'example.com',
    ['spf=pass smtp.mailfrom=example.net'],
  ],
  [
    'RFC 8601 B.4: SMTP AUTH and SPF, with a comment',
    'example.com;\r\n          auth=pass (cram-md5) smtp.auth=sender@example.net;\r\n          spf=pass smtp.mailfrom=example.net',
    'example.com',
    ['auth=pass smtp.auth=sender@example.net', 'spf=pass smtp.mailfrom=example.net'],
  ],
  [
    'RFC 8601 B.5: iprev with a policy property',
    'example.com; iprev=pass policy.iprev=192.0.2.200',
    'example.com',
    ['iprev=pass policy.iprev=192.0.2.200'],
  ],
  [
    'RFC 8601 B.6: two DKIM results, one failing',
    'example.com;\n  dkim=pass (good signature) header.d=mail-router.example.net;\n  dkim=fail (bad signature) header.d=newyork.example.com',
    'example.com',
    ['dkim=pass header.d=mail-router.example.net', 'dkim=fail header.d=newyork.example.com'],
  ],
  [
    'RFC 8601 B.7: comments everywhere, spaces around "/", "." and "="',
    "foo.example.net (foobar) 1 (baz);\n  dkim (Because I like it) / 1 (One yay) = (wait for it) fail\n  policy (A dot can go here) . (like that) expired\n  (this surprised me) = (as I wasn't expecting it) 1362471462",
    'foo.example.net',
    ['dkim=fail policy.expired=1362471462'],
  ],
  [
    'Microsoft 365: no authserv-id, compauth, action, folded lines',
    'spf=pass (sender IP is 192.0.2.10)\r\n smtp.mailfrom=bounces.mailer.example.net; dkim=pass (signature was verified)\r\n header.d=mailer.example.net;dmarc=fail action=oreject\r\n header.from=example.com;compauth=fail reason=000',
    null,
    [
      'spf=pass smtp.mailfrom=bounces.mailer.example.net',
      'dkim=pass header.d=mailer.example.net',
      'dmarc=fail header.from=example.com action=oreject',
      'compauth=fail reason=000',
    ],
  ],
  [
    'Microsoft 365: DKIM not signed, header.d=none, pct.quarantine',
    'spf=softfail (sender IP is 198.51.100.4) smtp.mailfrom=example.org; dkim=none (message not signed) header.d=none;dmarc=fail action=pct.quarantine header.from=example.org;compauth=softpass reason=201',
    null,
    [
      'spf=softfail smtp.mailfrom=example.org',
      'dkim=none header.d=none',
      'dmarc=fail header.from=example.org action=pct.quarantine',
      'compauth=softpass reason=201',
    ],
  ],
  [
    'Gmail: header.i/header.s, address in smtp.mailfrom, policy in a comment, base64 "=" in header.b',
    'mx.google.com;\n       dkim=pass header.i=@example.com header.s=s2024 header.b=Zm9vYmFy+/ab=;\n       spf=pass (google.com: domain of news@example.com designates 192.0.2.5 as permitted sender) smtp.mailfrom=news@example.com;\n       dmarc=pass (p=REJECT sp=REJECT dis=NONE) header.from=example.com',
    'mx.google.com',
    [
      'dkim=pass header.i=@example.com header.s=s2024',
      'spf=pass smtp.mailfrom=news@example.com',
      'dmarc=pass header.from=example.com',
    ],
  ],
  [
    'Yahoo: result glued to its comment, trailing semicolon',
    'atlas-baseline-production.v2.mail.example.net;\n dkim=pass header.i=@example.com header.s=sel1;\n spf=pass smtp.mailfrom=example.com;\n dmarc=pass(p=REJECT) header.from=example.com;',
    'atlas-baseline-production.v2.mail.example.net',
    [
      'dkim=pass header.i=@example.com header.s=sel1',
      'spf=pass smtp.mailfrom=example.com',
      'dmarc=pass header.from=example.com',
    ],
  ],
  [
    'quoted values and a quoted reason',
    'mx.example.net; dkim=fail reason="signature verification failed" header.d="example.com" header.s="k1"',
    'mx.example.net',
    ['dkim=fail reason=signature verification failed header.d=example.com header.s=k1'],
  ],
  [
    'SPF on the HELO identity',
    'mx.example.net; spf=pass smtp.helo=mail.example.com',
    'mx.example.net',
    ['spf=pass smtp.helo=mail.example.com'],
  ],
  [
    'nested comments',
    'mx.example.net (a (nested (deeply)) comment); spf=fail (sender (198.51.100.7) not permitted) smtp.mailfrom=example.com',
    'mx.example.net',
    ['spf=fail smtp.mailfrom=example.com'],
  ],
  [
    'upper-case method and result',
    'MX.EXAMPLE.NET; SPF=PASS smtp.mailfrom=Example.COM',
    'MX.EXAMPLE.NET',
    ['spf=pass smtp.mailfrom=Example.COM'],
  ],
];

describe('parseAuthenticationResults', () => {
  test.each(CASES)('%s', (_name, header, authservId, results) => {
    const h = parseAuthenticationResults(header);
    expect(h.authservId).toBe(authservId);
    expect(view(h, KEYS)).toEqual(results);
  });

  test('Gmail policy and Yahoo policy are read from comments', () => {
    const gmail = parseAuthenticationResults(
      'mx.google.com; dmarc=fail (p=QUARANTINE sp=NONE dis=QUARANTINE) header.from=example.com',
    );
    expect(gmail.results[0]?.commentProps.get('p')).toBe('QUARANTINE');
    expect(gmail.results[0]?.commentProps.get('sp')).toBe('NONE');
    const yahoo = parseAuthenticationResults(
      'mta.example.net; dmarc=fail(p=REJECT,aspf=s) header.from=example.com',
    );
    expect(yahoo.results[0]?.commentProps.get('aspf')).toBe('s');
  });

  test('comments are kept with their result (body hash)', () => {
    const h = parseAuthenticationResults(
      'mx.example.net; dkim=neutral (body hash did not verify) header.d=example.com',
    );
    expect(h.results[0]?.comments).toEqual(['body hash did not verify']);
  });

  const BAD: [string, string][] = [
    [
      'unbalanced "("',
      'mx.example.net; spf=pass (unclosed smtp.mailfrom=example.com; dkim=pass header.d=example.com',
    ],
    ['stray ")"', 'mx.example.net; spf=pass ) smtp.mailfrom=example.com )'],
    ['unterminated quote', 'mx.example.net; dkim=pass header.d="example.com'],
    ['only punctuation', ';;;===((( ))) " \\'],
    ['empty', ''],
    ['100 KB of "("', '('.repeat(100 * 1024)],
    ['100 KB of "a=" pairs', 'a=b '.repeat(25 * 1024)],
    ['100 KB of semicolons and equals', ';='.repeat(50 * 1024)],
    ['100 KB of backslashes in a quote', `"${'\\'.repeat(100 * 1024)}`],
  ];
  test.each(BAD)('never throws on bad text: %s', (_name, header) => {
    expect(() => parseAuthenticationResults(header)).not.toThrow();
    expect(() => parseArcAuthenticationResults(header)).not.toThrow();
    expect(() => parseReceivedSpf(header)).not.toThrow();
    expect(() => parseDkimSignature(header)).not.toThrow();
  });

  test('an unclosed comment swallows the rest of the header, as RFC 5322 says', () => {
    expect(view(parseAuthenticationResults(BAD[0]?.[1] ?? ''), KEYS)).toEqual(['spf=pass']);
  });
});

describe('parseArcAuthenticationResults', () => {
  const ARC: [string, string, number | null, string | null, string[]][] = [
    [
      'Google',
      'i=1; mx.google.com; dkim=pass header.i=@example.com; spf=pass smtp.mailfrom=example.com; dmarc=pass header.from=example.com',
      1,
      'mx.google.com',
      ['dkim=pass', 'spf=pass', 'dmarc=pass'],
    ],
    [
      'Microsoft (with a version)',
      'i=2; mx.microsoft.com 1; spf=pass smtp.mailfrom=example.com; dmarc=pass action=none header.from=example.com; dkim=pass header.d=example.com; arc=pass 0 32 2 1',
      2,
      'mx.microsoft.com',
      ['spf=pass', 'dmarc=pass', 'dkim=pass', 'arc=pass'],
    ],
    [
      'no instance tag',
      'mx.example.net; spf=fail smtp.mailfrom=example.com',
      null,
      'mx.example.net',
      ['spf=fail'],
    ],
  ];
  test.each(ARC)('%s', (_name, header, instance, id, results) => {
    const h = parseArcAuthenticationResults(header);
    expect(h.instance).toBe(instance);
    expect(h.authservId).toBe(id);
    expect(view(h)).toEqual(results);
  });
});

describe('parseReceivedSpf', () => {
  test('RFC 7208 shape', () => {
    const r = parseReceivedSpf(
      'pass (mybox.example.org: domain of myname@example.com designates 192.0.2.1 as permitted sender)\r\n receiver=mybox.example.org; client-ip=192.0.2.1;\r\n envelope-from="myname@example.com"; helo=foo.example.com;',
    );
    expect(r).toMatchObject({
      result: 'pass',
      envelopeFrom: 'myname@example.com',
      helo: 'foo.example.com',
      clientIp: '192.0.2.1',
      receiver: 'mybox.example.org',
    });
  });
  test('HELO identity and an empty envelope', () => {
    expect(
      parseReceivedSpf(
        'Fail (example.net: domain of mail.example.com does not designate 198.51.100.3 as permitted sender) envelope-from=""; helo=mail.example.com; identity=helo;',
      ),
    ).toMatchObject({
      result: 'fail',
      envelopeFrom: '',
      helo: 'mail.example.com',
      identity: 'helo',
    });
  });
  test('nothing readable', () => expect(parseReceivedSpf('   ')).toBeNull());
});

describe('parseDkimSignature', () => {
  const SIGS: [string, string, string | null, string | null][] = [
    [
      'plain',
      'v=1; a=rsa-sha256; c=relaxed/relaxed; d=example.com; s=sel1; h=from:to:subject; bh=YWJj=; b=ZGVm',
      'example.com',
      'sel1',
    ],
    [
      'folded, upper-case tags, spaces',
      'v=1; a=rsa-sha256;\r\n D = Mailer.Example.NET ;\r\n S = s1024 ; b=ab\r\n cd==',
      'Mailer.Example.NET',
      's1024',
    ],
    ['no selector', 'v=1; d=example.org; b=x', 'example.org', null],
  ];
  test.each(SIGS)('%s', (_name, header, d, s) => {
    expect(parseDkimSignature(header)).toMatchObject({ domain: d, selector: s });
  });
  test('no d= nor s=', () => expect(parseDkimSignature('v=1; a=rsa-sha256; b=zz')).toBeNull());
});
