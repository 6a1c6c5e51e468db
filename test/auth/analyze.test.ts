// analyzeAuth on header blocks written for this project (example.* names): each verdict, the hard
// alignment cases, several hops, and hostile text.
import fc from 'fast-check';
import { analyzeAuth } from '../../src/diagnosis/auth/analyze';
import { Headers } from '../../src/diagnosis/mime/headers';
import type { AuthAnalysis, OriginalMessage } from '../../src/diagnosis/types';

/** An OriginalMessage from a header block, the way findOriginal builds one. */
function original(block: string): OriginalMessage {
  const h = Headers.parse(block);
  return {
    from: h.text('from'),
    to: h.get('to'),
    subject: h.get('subject'),
    messageId: h.get('message-id'),
    date: h.get('date'),
    returnPath: h.get('return-path'),
    authenticationResults: h.getAll('authentication-results'),
    received: h.getAll('received'),
    rawHeaders: block,
  };
}

function run(block: string, diagnostic = ''): AuthAnalysis {
  const a = analyzeAuth(original(block), diagnostic);
  if (!a) throw new Error('no analysis');
  return a;
}

const M365_UNALIGNED = `Authentication-Results: spf=pass (sender IP is 192.0.2.10)
 smtp.mailfrom=bounces.mailer.example.net; dkim=pass (signature was verified)
 header.d=mailer.example.net;dmarc=fail action=oreject
 header.from=example.com;compauth=fail reason=000
Return-Path: bounce-42@bounces.mailer.example.net
From: Example Shop <news@example.com>
To: someone@example.org
Subject: Spring offers
`;

const M365_UNAUTHENTICATED = `Authentication-Results: spf=none (sender IP is 198.51.100.20)
 smtp.mailfrom=example.com; dkim=none (message not signed)
 header.d=none;dmarc=fail action=oreject header.from=example.com;compauth=fail
 reason=001
From: billing@example.com
Subject: Invoice
`;

const GMAIL_PASS = `Authentication-Results: mx.google.com;
       dkim=pass header.i=@example.com header.s=s2024 header.b=QUJD;
       spf=pass (google.com: domain of news@example.com designates 192.0.2.5 as permitted sender) smtp.mailfrom=news@example.com;
       dmarc=pass (p=REJECT sp=REJECT dis=NONE) header.from=example.com
From: news@example.com
`;

const FORWARDED_ARC = `Authentication-Results: mx.example.net;
 spf=fail (mx.example.net: domain of alice@example.com does not designate 203.0.113.9 as permitted sender) smtp.mailfrom=alice@example.com;
 dkim=fail (body hash did not verify) header.d=example.com header.s=k1;
 dmarc=fail (p=REJECT) header.from=example.com
ARC-Seal: i=1; a=rsa-sha256; d=forwarder.example.org; s=arc; cv=none; b=QUJD
ARC-Message-Signature: i=1; a=rsa-sha256; d=forwarder.example.org; s=arc; b=REVG
ARC-Authentication-Results: i=1; mx.forwarder.example.org;
 spf=pass smtp.mailfrom=alice@example.com;
 dkim=pass header.d=example.com;
 dmarc=pass header.from=example.com
From: Alice <alice@example.com>
`;

const MAILING_LIST = `Authentication-Results: mx.example.net;
 spf=pass smtp.mailfrom=list-bounces@lists.example.org;
 dkim=fail (body hash did not verify) header.d=example.com;
 dmarc=fail (p=QUARANTINE) header.from=example.com
List-Id: Friends of Example <friends.lists.example.org>
From: Alice <alice@example.com>
`;

interface Case {
  readonly name: string;
  readonly block: string;
  readonly diagnostic?: string;
  readonly verdict: AuthAnalysis['verdict'];
  readonly expect?: Partial<
    Pick<AuthAnalysis, 'fromDomain' | 'mailFromDomain' | 'spf' | 'dkim' | 'dmarc' | 'forwarded'>
  >;
  /** Phrases the explanation must contain. */
  readonly says: readonly string[];
}

const CASES: readonly Case[] = [
  {
    name: 'Microsoft 365: SPF and DKIM pass for the mailing service, DMARC fails (unaligned)',
    block: M365_UNALIGNED,
    verdict: 'unaligned',
    expect: {
      fromDomain: 'example.com',
      mailFromDomain: 'bounces.mailer.example.net',
      spf: { result: 'pass', domain: 'bounces.mailer.example.net', aligned: false },
      dkim: [{ result: 'pass', domain: 'mailer.example.net', aligned: false }],
      dmarc: { result: 'fail', policy: 'reject' },
      forwarded: false,
    },
    says: [
      'example.com',
      'mailer.example.net',
      'sign with d=example.com',
      'CNAME',
      'p=none',
      'compauth=fail reason=000',
    ],
  },
  {
    name: 'Microsoft 365 5.7.509: no SPF record, not signed (unauthenticated)',
    block: M365_UNAUTHENTICATED,
    verdict: 'unauthenticated',
    expect: {
      spf: { result: 'none', domain: 'example.com', aligned: true },
      dkim: [{ result: 'none', domain: null, aligned: false }],
      dmarc: { result: 'fail', policy: 'reject' },
    },
    says: [
      'example.com has no SPF record',
      'no DKIM signature',
      'SPF record of example.com',
      'sign with d=example.com',
      'p=none',
      'reason=001 (implicit failure',
    ],
  },
  {
    name: 'Gmail: all aligned (pass)',
    block: GMAIL_PASS,
    verdict: 'pass',
    expect: {
      dmarc: { result: 'pass', policy: 'reject' },
      dkim: [{ result: 'pass', domain: 'example.com', aligned: true }],
    },
    says: ['DMARC pass for example.com', 'not why this message bounced'],
  },
  {
    name: 'forwarded with an ARC set: SPF and DKIM passed at the forwarder, failed at the last hop',
    block: FORWARDED_ARC,
    verdict: 'forwarding',
    expect: { forwarded: true, spf: { result: 'fail', domain: 'example.com', aligned: true } },
    says: [
      'ARC sets added by mx.forwarder.example.org',
      'DMARC passed at mx.forwarder.example.org',
      'SRS',
      'ARC',
      'not at the sender',
      'p=none',
    ],
  },
  {
    name: 'mailing list: List-Id and a broken body hash',
    block: MAILING_LIST,
    verdict: 'forwarding',
    expect: { forwarded: true, dmarc: { result: 'fail', policy: 'quarantine' } },
    says: ['List-Id', 'body hash', 'example.com'],
  },
  {
    name: 'several DKIM signatures, one aligned and passing',
    block: `Authentication-Results: mx.example.net; dkim=pass header.d=mailer.example.net; dkim=pass header.d=example.com; spf=pass smtp.mailfrom=mailer.example.net
From: a@example.com
`,
    verdict: 'pass',
    expect: {
      dkim: [
        { result: 'pass', domain: 'mailer.example.net', aligned: false },
        { result: 'pass', domain: 'example.com', aligned: true },
      ],
    },
    says: ['DKIM for d=example.com'],
  },
  {
    name: 'several DKIM signatures, the aligned one failing (key not published)',
    block: `Authentication-Results: mx.example.net; dkim=pass header.d=mailer.example.net; dkim=fail (no key for signature) header.d=example.com header.s=mk1; spf=pass smtp.mailfrom=mailer.example.net; dmarc=fail header.from=example.com
From: a@example.com
`,
    verdict: 'unaligned',
    says: ['mailer.example.net', 'sign with d=example.com'],
  },
  {
    name: 'subdomain Return-Path, relaxed alignment (pass)',
    block: `Authentication-Results: mx.example.net; spf=pass smtp.mailfrom=bounce@em.example.com; dkim=none
From: a@example.com
`,
    verdict: 'pass',
    expect: { spf: { result: 'pass', domain: 'em.example.com', aligned: true } },
    says: ['aligned pass for example.com'],
  },
  {
    name: 'subdomain signature under strict alignment (adkim=s)',
    block: `Authentication-Results: mx.example.net; dkim=pass header.d=mail.example.com; spf=pass smtp.mailfrom=mailer.example.net; dmarc=fail (p=reject adkim=s) header.from=example.com
From: a@example.com
`,
    verdict: 'unaligned',
    expect: { dkim: [{ result: 'pass', domain: 'mail.example.com', aligned: false }] },
    says: ['example.com publishes strict alignment', 'exactly d=example.com'],
  },
  {
    name: 'relaxed-aligned pass the receiver still failed (strict alignment not shown)',
    block: `Authentication-Results: mx.example.net; spf=pass smtp.mailfrom=bounce.example.com; dmarc=fail header.from=example.com
From: a@example.com
`,
    verdict: 'unaligned',
    says: ['strict alignment', 'aspf=r'],
  },
  {
    name: 'co.uk: a subdomain of the same organization aligns',
    block: `Authentication-Results: mx.example.net; spf=pass smtp.mailfrom=mail.example.co.uk; dkim=none
From: a@example.co.uk
`,
    verdict: 'pass',
    expect: { spf: { result: 'pass', domain: 'mail.example.co.uk', aligned: true } },
    says: ['example.co.uk'],
  },
  {
    name: 'com.au: another organization under the same suffix does not align',
    block: `Authentication-Results: mx.example.net; dkim=pass header.d=other.com.au; spf=pass smtp.mailfrom=other.com.au; dmarc=fail header.from=example.com.au
From: a@shop.example.com.au
`,
    verdict: 'unaligned',
    says: ['other.com.au', 'example.com.au'],
  },
  {
    name: 'upper case and trailing dots',
    block: `Authentication-Results: MX.EXAMPLE.NET; DKIM=PASS header.d=Example.COM.; dmarc=pass header.from=EXAMPLE.com.
From: A <A@EXAMPLE.COM.>
`,
    verdict: 'pass',
    expect: { fromDomain: 'example.com', dkim: [{ result: 'pass', domain: 'example.com', aligned: true }] },
    says: ['example.com'],
  },
  {
    name: 'punycode signature, Unicode From',
    block: `Authentication-Results: mx.example.net; dkim=pass header.d=xn--mnchen-3ya.de; spf=fail smtp.mailfrom=mailer.example.net
From: =?utf-8?q?M=C3=BCnchen?= <info@münchen.de>
`,
    verdict: 'pass',
    expect: {
      fromDomain: 'xn--mnchen-3ya.de',
      dkim: [{ result: 'pass', domain: 'xn--mnchen-3ya.de', aligned: true }],
    },
    says: ['xn--mnchen-3ya.de'],
  },
  {
    name: 'SPF on the HELO identity (empty MAIL FROM), aligned',
    block: `Return-Path: <>
Authentication-Results: mx.example.net; spf=pass smtp.helo=mta1.example.com
From: postmaster@example.com
`,
    verdict: 'pass',
    expect: { spf: { result: 'pass', domain: 'mta1.example.com', aligned: true } },
    says: ['example.com'],
  },
  {
    name: 'SPF on the HELO identity of a service (unaligned)',
    block: `Return-Path: <>
Authentication-Results: mx.example.net; spf=pass smtp.helo=out.mailer.example.net; dmarc=fail header.from=example.com
From: notices@example.com
`,
    verdict: 'unaligned',
    expect: { spf: { result: 'pass', domain: 'out.mailer.example.net', aligned: false } },
    says: ['HELO name out.mailer.example.net', 'example.com'],
  },
  {
    name: 'Received-SPF and DKIM-Signature only (no Authentication-Results)',
    block: `Received-SPF: pass (mx.example.net: domain of b@bounce.mailer.example.net designates 192.0.2.8 as permitted sender) envelope-from="b@bounce.mailer.example.net"; helo=out.mailer.example.net;
DKIM-Signature: v=1; a=rsa-sha256; d=mailer.example.net; s=m1; b=QUJD
From: a@example.com
`,
    verdict: 'unaligned',
    expect: {
      spf: { result: 'pass', domain: 'bounce.mailer.example.net', aligned: false },
      dkim: [{ result: 'unknown', domain: 'mailer.example.net', aligned: false }],
    },
    says: ['bounce.mailer.example.net', 'sign with d=example.com'],
  },
  {
    name: 'no results, but nothing aligns (predicted unaligned)',
    block: `Return-Path: <bounce@mailer.example.net>
DKIM-Signature: v=1; d=mailer.example.net; s=m1; b=QUJD
From: a@example.com
`,
    diagnostic: '550 5.7.1 Email rejected per DMARC policy',
    verdict: 'unaligned',
    expect: { dmarc: { result: 'fail', policy: null } },
    says: ["does not show the receiver's results", 'mailer.example.net', 'sign with d=example.com'],
  },
  {
    name: 'no results, an aligned signature: cannot tell, check the selector',
    block: `Return-Path: <bounce@mailer.example.net>
DKIM-Signature: v=1; d=example.com; s=sel9; b=QUJD
From: a@example.com
`,
    verdict: 'unknown',
    says: ['sel9._domainkey.example.com', 'aligned with example.com'],
  },
  {
    name: 'no results, aligned Return-Path, no signature, DMARC failed: SPF must have failed',
    block: `Return-Path: <billing@example.com>
From: billing@example.com
`,
    diagnostic:
      '550 5.7.509 Access denied, sending domain [example.com] does not pass DMARC verification and has a DMARC policy of reject.',
    verdict: 'unauthenticated',
    expect: {
      spf: { result: 'unknown', domain: 'example.com', aligned: true },
      dmarc: { result: 'fail', policy: 'reject' },
    },
    says: [
      'SPF cannot have passed for the Return-Path example.com',
      'no DKIM signature',
      'sign with d=example.com',
    ],
  },
  {
    name: "Gmail's SPF words name the MAIL FROM domain and its failure",
    block: `From: a@example.com
`,
    diagnostic:
      '550-5.7.26 The MAIL FROM domain [bounce.example.com] has an SPF record with a hard fail policy (-all) but it fails to pass SPF checks with the ip: [192.0.2.24].',
    verdict: 'unauthenticated',
    expect: {
      mailFromDomain: 'bounce.example.com',
      spf: { result: 'fail', domain: 'bounce.example.com', aligned: true },
    },
    says: ['the sending server is not in the SPF record of bounce.example.com'],
  },
  {
    name: "Gmail's listed results: DKIM and SPF did not pass",
    block: `Return-Path: <a@relay.example.com>
From: a@example.com
`,
    diagnostic:
      '550-5.7.26 This mail has been blocked because the sender is unauthenticated. Gmail requires all senders to authenticate with either SPF or DKIM. 550-5.7.26 Authentication results: DKIM = did not pass SPF [relay.example.com] with ip: [192.0.2.22] = did not pass',
    verdict: 'unauthenticated',
    expect: { spf: { result: 'fail', domain: 'relay.example.com', aligned: true } },
    says: ['the sending server is not in the SPF record of relay.example.com', 'sign with d=example.com'],
  },
  {
    name: 'Yahoo 5.7.9 "sender is unauthenticated", no results in the headers',
    block: `Return-Path: <a@example.com>
From: a@example.com
`,
    diagnostic:
      '550 5.7.9 This mail has been blocked because the sender is unauthenticated. Yahoo requires all senders to authenticate with either SPF or DKIM.',
    verdict: 'unauthenticated',
    says: ['SPF did not pass for the Return-Path example.com', 'no DKIM signature'],
  },
  {
    name: "a subdomain From: Gmail's sp= is the policy that applied",
    block: `Authentication-Results: mx.google.com; spf=pass smtp.mailfrom=b@mailer.example.net; dmarc=fail (p=REJECT sp=QUARANTINE dis=QUARANTINE) header.from=news.example.com
From: a@news.example.com
`,
    verdict: 'unaligned',
    expect: { dmarc: { result: 'fail', policy: 'quarantine' } },
    says: ['news.example.com', 'mailer.example.net'],
  },
  {
    name: 'several Authentication-Results disagree: the topmost counts',
    block: `Authentication-Results: mx.example.net; spf=pass smtp.mailfrom=mailer.example.net; dkim=fail header.d=example.com; dmarc=fail header.from=example.com
Authentication-Results: relay.example.org; dkim=pass header.d=example.com
From: a@example.com
`,
    verdict: 'unaligned',
    says: ['disagree', 'dkim=fail at the last hop but dkim=pass at relay.example.org', 'by mx.example.net'],
  },
  {
    name: 'Microsoft Authentication-Results-Original is an earlier hop',
    block: `Authentication-Results: spf=fail (sender IP is 203.0.113.4) smtp.mailfrom=example.com; dkim=none (message not signed) header.d=none; dmarc=fail action=oreject header.from=example.com
Authentication-Results-Original: mx.relay.example.org; spf=pass smtp.mailfrom=example.com
From: a@example.com
`,
    verdict: 'forwarding',
    says: [
      'SPF failed at the last hop after passing at an earlier one',
      'SPF passed at mx.relay.example.org',
    ],
  },
  {
    name: "the receiver's own ARC set is not forwarding",
    block: `Authentication-Results: mx.example.net; spf=none smtp.mailfrom=example.com; dkim=none; dmarc=fail header.from=example.com
ARC-Seal: i=1; a=rsa-sha256; d=example.net; s=arc; cv=none; b=QUJD
ARC-Authentication-Results: i=1; mx.example.net; spf=none smtp.mailfrom=example.com; dkim=none; dmarc=fail header.from=example.com
From: a@example.com
`,
    verdict: 'unauthenticated',
    expect: { forwarded: false },
    says: ['example.com has no SPF record'],
  },
];

describe('analyzeAuth', () => {
  test.each(CASES.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const a = run(c.block, c.diagnostic ?? '');
    expect(a.verdict).toBe(c.verdict);
    if (c.expect) expect(a).toMatchObject(c.expect);
    for (const phrase of c.says) expect(a.explanation).toContain(phrase);
  });

  // A forwarder or list that checked the message wrote a pass, and the next server refused it for
  // authentication (variants/auth-failures2/30-32): the pass is the intermediary's, so forwarding.
  const RELAYED = `Authentication-Results: mail.example.org; spf=pass smtp.mailfrom=alice@example.com; dkim=pass header.d=example.com; dmarc=pass header.from=example.com
Return-Path: <alice@example.com>
From: Alice <alice@example.com>
`;

  test('a pass written by a third party before an authentication refusal is forwarding', () => {
    const a = analyzeAuth(original(RELAYED), '550 Reject due to SPF policy', true);
    expect(a?.verdict).toBe('forwarding');
    expect(a?.explanation).toContain('passed at mail.example.org');
  });

  test('the same pass stays a pass when the refusal is not about authentication', () => {
    expect(analyzeAuth(original(RELAYED), '550 spam; set up SPF records', false)?.verdict).toBe('pass');
  });

  test("a pass written inside the sender's organization is not forwarding", () => {
    const own = RELAYED.replace('mail.example.org;', 'relay.example.com;');
    expect(analyzeAuth(original(own), '550 5.7.1 DMARC check failed', true)?.verdict).toBe('pass');
  });

  test('the explanation never recommends p=none except to warn against it', () => {
    for (const c of CASES) {
      const e = run(c.block, c.diagnostic ?? '').explanation;
      if (e.includes('p=none')) expect(e).toMatch(/(not|never) retreat to p=none/i);
    }
  });

  test('without an original message, only auth words in the diagnostic give an analysis', () => {
    expect(analyzeAuth(null, '550 5.1.1 user unknown')).toBeNull();
    const a = analyzeAuth(
      null,
      '550 5.7.509 Access denied, sending domain [Example.COM] does not pass DMARC verification and has a DMARC policy of reject.',
    );
    expect(a).toMatchObject({
      fromDomain: 'example.com',
      dmarc: { result: 'fail', policy: 'reject' },
      verdict: 'unknown',
    });
    expect(a?.explanation).toContain('example.com');
  });

  test("Gmail 5.7.26 names the From domain; its results can't be told apart", () => {
    const a = analyzeAuth(
      null,
      "550-5.7.26 Unauthenticated email from example.com is not accepted due to domain's DMARC policy. Please contact the administrator of example.com domain if this was a legitimate mail.",
    );
    expect(a).toMatchObject({ fromDomain: 'example.com', verdict: 'unknown', dmarc: { result: 'fail' } });
  });

  test('results quoted in the server words are read when the headers have none', () => {
    const a = analyzeAuth(
      null,
      '550 5.7.1 rejected: spf=pass smtp.mailfrom=mailer.example.net; dkim=none; dmarc=fail action=oreject header.from=example.com',
    );
    expect(a).toMatchObject({
      fromDomain: 'example.com',
      verdict: 'unaligned',
      dmarc: { result: 'fail', policy: 'reject' },
    });
  });
});

describe('analyzeAuth on bad header text', () => {
  const BAD: [string, string][] = [
    [
      'unbalanced parentheses',
      'Authentication-Results: mx.example.net; spf=pass ((((( smtp.mailfrom=example.com\nFrom: a@example.com\n',
    ],
    ['only closing parentheses', `Authentication-Results: ${')'.repeat(5000)}\nFrom: a@example.com\n`],
    [
      '100 KB of junk in one header',
      `Authentication-Results: ${'x(y"z;=\\'.repeat(12800)}\nFrom: a@example.com\n`,
    ],
    ['100 KB of junk lines', `${'(=;"junk\n'.repeat(11000)}From: a@example.com\n`],
    ['100 KB of "a=b;" pairs', `Authentication-Results: ${'a=b; '.repeat(20480)}\nFrom: a@example.com\n`],
    [
      '100 KB of nested parentheses',
      `Authentication-Results: mx.example.net; ${'('.repeat(51200)}${')'.repeat(51200)}\nFrom: a@example.com\n`,
    ],
    ['binary noise', `Authentication-Results: \u0000\u0001\uffff\ud800 spf=\u0000\nFrom: a@example.com\n`],
    ['no From at all', 'Authentication-Results: mx.example.net; spf=pass smtp.mailfrom=example.com\n'],
  ];
  test.each(BAD)('%s: verdict unknown, no exception', (_name, block) => {
    let a: AuthAnalysis | null = null;
    expect(() => {
      a = analyzeAuth(original(block), '550 5.7.1 dmarc');
    }).not.toThrow();
    expect(a).not.toBeNull();
    expect((a as AuthAnalysis | null)?.verdict).toBe('unknown');
    expect((a as AuthAnalysis | null)?.explanation.length).toBeGreaterThan(20);
  });

  test('100 KB of junk in many Authentication-Results headers completes', () => {
    const block = `${'Authentication-Results: ((( spf=pass dkim=( dmarc=\n'.repeat(2000)}From: a@example.com\n`;
    const a = analyzeAuth(original(block), '');
    expect(a?.verdict).toBe('unknown');
  });
});

describe('analyzeAuth on random text', () => {
  const VERDICTS = ['pass', 'unaligned', 'unauthenticated', 'forwarding', 'unknown'];
  // Pieces of real headers glued at random, so the parser sees near-valid shapes too.
  const piece = fc.constantFrom(
    'Authentication-Results: ',
    'ARC-Authentication-Results: i=1; ',
    'Received-SPF: ',
    'DKIM-Signature: v=1; d=',
    'From: a@example.com\n',
    'Return-Path: <>\n',
    'List-Id: <l.example.org>\n',
    'spf=pass ',
    'dkim=fail ',
    'dmarc=fail ',
    'smtp.mailfrom=',
    'header.d=',
    'header.from=',
    'example.com',
    '(',
    ')',
    '"',
    '\\',
    ';',
    '=',
    '\n ',
    '\n',
    'münchen.de',
  );
  test('never throws, always a known verdict', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(piece, fc.string({ maxLength: 8 })), { maxLength: 80 }),
        fc.string({ maxLength: 60 }),
        (parts, words) => {
          const a = analyzeAuth(original(parts.join('')), words);
          return a !== null && VERDICTS.includes(a.verdict) && a.explanation.length > 0;
        },
      ),
      { numRuns: 400 },
    );
  });
});
