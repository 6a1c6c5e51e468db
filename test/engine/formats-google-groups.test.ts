// Google Groups' refusals, in English and in other languages, as sent (X-Failed-Recipients names the
// group) and forwarded inline.
import { checkFixture, diagnoseFixture, type FixtureCase } from './fixture-cases';

const CASES: FixtureCase[] = [
  {
    file: 'google-groups/no-permission-en.eml',
    kind: 'bounce',
    format: 'google-groups',
    recipients: [
      {
        address: 'book-club@googlegroups.com',
        status: null,
        category: 'recipient-policy',
        owner: 'recipient-admin',
        rule: 'text.google-groups-no-permission',
      },
    ],
  },
  {
    file: 'google-groups/no-permission-de.eml',
    kind: 'bounce',
    format: 'google-groups',
    recipients: [
      {
        address: 'vorstand@groups.example.de',
        status: null,
        category: 'recipient-policy',
        owner: 'recipient-admin',
      },
    ],
  },
  // Forwarded inline: no X-Failed-Recipients, so the group is the returned message's To address
  // whose name the notice gives in brackets, which Japanese writes full-width and Chinese in corner
  // brackets.
  ...[
    ['google-groups/forwarded-ja.eml', 'eigyo-bu@groups.example.jp'],
    ['google-groups/forwarded-zh.eml', 'yewu@groups.example.tw'],
  ].map(([file, address]): FixtureCase => ({
    file: file as string,
    kind: 'bounce',
    format: 'google-groups',
    recipients: [
      {
        address: address as string,
        status: null,
        category: 'recipient-policy',
        owner: 'recipient-admin',
        rule: 'text.google-groups-no-permission',
      },
    ],
  })),
];

describe('Google Groups notices', () => {
  test.each(CASES.map((c) => [c.file, c] as const))('%s', (_file, c) => checkFixture(c));

  test('a localized notice keeps its own words after the English meaning', () => {
    const r = diagnoseFixture('google-groups/no-permission-de.eml').recipients[0];
    expect(r?.diagnostic).toContain('permission to post');
    expect(r?.diagnostic).toContain('Gruppe');
  });
});
