// DMARC alignment on the hard cases: subdomains, multi-label public suffixes, case, trailing dots,
// punycode, private suffixes, and the domain of a From / Return-Path value.
import {
  addressDomain,
  isAligned,
  normalizeDomain,
  organizationalDomain,
  parseAlignMode,
} from '../../src/diagnosis/auth/alignment';

describe('normalizeDomain', () => {
  const CASES: [string | null, string | null][] = [
    ['Example.COM', 'example.com'],
    ['example.com.', 'example.com'],
    ['example.com..', 'example.com'],
    ['  <bounce@Mail.Example.com>  ', 'mail.example.com'],
    ['@example.com', 'example.com'],
    ['user@example.com', 'example.com'],
    ['münchen.example', 'xn--mnchen-3ya.example'],
    ['MÜNCHEN.example.', 'xn--mnchen-3ya.example'],
    ['xn--mnchen-3ya.example', 'xn--mnchen-3ya.example'],
    ['none', null],
    ['', null],
    [null, null],
    ['<>', null],
    ['exa mple.com', null],
    ['example.com/path', null],
    ['a..b.com', null],
    ['.example.com', null],
    ['x'.repeat(300), null],
  ];
  test.each(CASES)('%p -> %p', (raw, out) => expect(normalizeDomain(raw)).toBe(out));
});

describe('organizationalDomain', () => {
  const CASES: [string, string][] = [
    ['mail.example.com', 'example.com'],
    ['a.b.c.example.com', 'example.com'],
    ['mail.example.co.uk', 'example.co.uk'],
    ['example.co.uk', 'example.co.uk'],
    ['news.shop.example.com.au', 'example.com.au'],
    ['co.uk', 'co.uk'],
    ['192.0.2.1', '192.0.2.1'],
    // Private section of the list: each github.io site is its own organization.
    ['alice.github.io', 'alice.github.io'],
    ['xn--mnchen-3ya.de', 'xn--mnchen-3ya.de'],
    ['mail.xn--mnchen-3ya.de', 'xn--mnchen-3ya.de'],
  ];
  test.each(CASES)('%s -> %s', (d, org) => expect(organizationalDomain(d)).toBe(org));
});

describe('isAligned', () => {
  const CASES: [
    name: string,
    auth: string | null,
    from: string | null,
    mode: 'relaxed' | 'strict',
    aligned: boolean,
  ][] = [
    ['same name', 'example.com', 'example.com', 'relaxed', true],
    ['subdomain, relaxed', 'bounces.example.com', 'example.com', 'relaxed', true],
    ['parent of a subdomain From, relaxed', 'example.com', 'news.example.com', 'relaxed', true],
    ['sibling subdomains, relaxed', 'mail.example.com', 'news.example.com', 'relaxed', true],
    ['subdomain, strict', 'bounces.example.com', 'example.com', 'strict', false],
    ['same name, strict, other case and trailing dot', 'EXAMPLE.com.', 'example.COM', 'strict', true],
    ['co.uk: same organization', 'mail.example.co.uk', 'example.co.uk', 'relaxed', true],
    ['co.uk: two organizations under one suffix', 'example.co.uk', 'other.co.uk', 'relaxed', false],
    ['com.au: same organization', 'bounce.shop.example.com.au', 'example.com.au', 'relaxed', true],
    ['com.au: different organizations', 'example.com.au', 'example.net.au', 'relaxed', false],
    ['service domain', 'mailer.example.net', 'example.com', 'relaxed', false],
    ['look-alike suffix', 'example.com.evil.example', 'example.com', 'relaxed', false],
    ['punycode vs Unicode', 'mail.xn--mnchen-3ya.de', 'münchen.de', 'relaxed', true],
    ['Unicode vs punycode, strict', 'MÜNCHEN.de', 'xn--mnchen-3ya.de', 'strict', true],
    ['private suffix: two github.io sites', 'bob.github.io', 'alice.github.io', 'relaxed', false],
    ['address forms', 'bounce@Mail.Example.com', '<someone@example.com>', 'relaxed', true],
    ['missing From', 'example.com', null, 'relaxed', false],
    ['missing identifier', null, 'example.com', 'relaxed', false],
    ['header.d=none', 'none', 'example.com', 'relaxed', false],
  ];
  test.each(CASES)('%s', (_name, auth, from, mode, aligned) =>
    expect(isAligned(auth, from, mode)).toBe(aligned),
  );
});

describe('parseAlignMode', () => {
  test.each([
    ['s', 'strict'],
    ['S', 'strict'],
    ['r', 'relaxed'],
    ['x', null],
    [undefined, null],
  ] as const)('%p', (tag, mode) => expect(parseAlignMode(tag)).toBe(mode));
});

describe('addressDomain', () => {
  const CASES: [string | null, string | null][] = [
    ['Alice Example <alice@Example.COM>', 'example.com'],
    ['"Bob, at <fake@evil.example>" <bob@example.org>', 'example.org'],
    ['bob@example.org (Bob)', 'example.org'],
    ['(comment with a@b.example) bob@example.org', 'example.org'],
    ['<bounce+123@bounces.example.net>', 'bounces.example.net'],
    ['<>', null],
    ['a@example.com, b@example.net', 'example.com'],
    ['=?utf-8?q?Caf=C3=A9?= <cafe@example.fr>', 'example.fr'],
    ['<unclosed@example.com', 'example.com'],
    ['undisclosed-recipients:;', null],
    ['', null],
    [null, null],
  ];
  test.each(CASES)('%p -> %p', (value, domain) => expect(addressDomain(value)).toBe(domain));
});
