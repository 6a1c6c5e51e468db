// src/diagnosis/extras: what the pane shows beyond the diagnosis (Will-Retry-Until, the report's
// own sentence, the original's text) and the "Did you mean ...?" domain suggestion.
import { slipDistance, suggestAddress, suggestDomain } from '../../src/diagnosis/extras/domain-suggestion';
import { explanationIn, readReportExtras } from '../../src/diagnosis/extras/report-extras';
import { utf8Bytes } from '../../src/office/bytes';
import { fixture } from '../office/fixtures';

describe('suggestDomain', () => {
  test.each([
    ['gmial.com', [], 'gmail.com'],
    ['hotmial.com', [], 'hotmail.com'],
    ['outlok.com', [], 'outlook.com'],
    ['yaho.com', [], 'yahoo.com'],
    ['fabrikan.example', ['fabrikam.example'], 'fabrikam.example'],
    ['contosso.com', ['contoso.com'], 'contoso.com'],
    // Right already, too far from anything, or too short to tell a slip from another domain.
    ['gmail.com', [], null],
    ['example.net', ['example.com'], null],
    ['yahoo.de', [], null],
    ['mx.io', ['mx.com'], null],
    ['', [], null],
  ] as const)('%s (known %j) -> %s', (domain, known, expected) => {
    expect(suggestDomain(domain, known)).toBe(expected);
  });

  test('the message’s own domains come before the providers', () => {
    expect(suggestDomain('gmaii.com', ['gmaii.co'])).toBe('gmaii.co');
  });

  test('addresses keep their local part; odd input gets no answer', () => {
    expect(suggestAddress('Sam.Lee@gmial.com', [])).toBe('Sam.Lee@gmail.com');
    expect(suggestAddress('no-at-sign', [])).toBeNull();
    expect(suggestAddress('trailing@', [])).toBeNull();
  });

  test('distance: transpositions count once; long inputs are refused at once', () => {
    expect(slipDistance('gmial', 'gmail')).toBe(1);
    expect(slipDistance('abc', 'xyz')).toBe(Infinity);
    expect(slipDistance('a'.repeat(5000), 'a'.repeat(5000))).toBe(Infinity);
  });
});

describe('readReportExtras', () => {
  test('Will-Retry-Until per recipient (RFC 3464 2.3.9)', () => {
    const delay = fixture('delay.eml').replace(
      'Action: delayed',
      'Action: delayed\nWill-Retry-Until: Wed, 12 Mar 2025 14:00:00 +0000',
    );
    expect(readReportExtras(utf8Bytes(delay)).retryUntil).toEqual({
      'slow@example.org': 'Wed, 12 Mar 2025 14:00:00 +0000',
    });
    expect(readReportExtras(utf8Bytes(fixture('delay.eml'))).retryUntil).toEqual({});
  });

  test('an Exchange NDR’s own sentence; nothing for other MTAs’ transcripts', () => {
    expect(
      explanationIn(
        "Your message to a@b.example couldn't be delivered.\n\nThe group only accepts messages from people in its organization.\n\nDiagnostic information for administrators:\n",
      ),
    ).toBe('The group only accepts messages from people in its organization.');
    expect(
      explanationIn(
        "I'm sorry to have to inform you that your message could not\nbe delivered.\n\n<a@b.example>: host mx said: 550 5.1.1 unknown\n",
      ),
    ).toBeNull();
    expect(readReportExtras(utf8Bytes(fixture('dsn-user-unknown.eml'))).explanation).toBeNull();
  });

  test.each([
    ['empty', new Uint8Array()],
    ['binary', new Uint8Array(4096).map((_, i) => (i * 7) % 256)],
    ['a line of 200 000 letters', utf8Bytes(`Your message couldn't be delivered.\n${'x'.repeat(200_000)}`)],
  ])('%s: an answer, never a crash', (_name, bytes) => {
    const extras = readReportExtras(bytes);
    expect(extras.retryUntil).toBeDefined();
  });
});
