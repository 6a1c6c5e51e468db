// The contract every registered recognizer keeps: it refuses a message that is not its report.
// An empty message and a plain personal email must come back null from each of them.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { buildContext } from '../../src/diagnosis/context';
import type { BounceFormat } from '../../src/diagnosis/formats/format';
import { FORMATS } from '../../src/diagnosis/formats/index';
import { ON_DEMAND_READERS } from '../../src/diagnosis/formats/on-demand-readers';
import { normalizeLineEnds, scanMessage } from '../../src/diagnosis/mime/structure';

const EMPTY = '';

const PERSONAL = `From: Alice Example <alice@example.com>
To: Bob Example <bob@example.net>
Subject: Lunch on Friday?
Date: Tue, 14 May 2024 09:10:00 +0000
Message-ID: <lunch-2291@example.com>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8

Hi Bob,

Are you free for lunch on Friday? The new place near the station opens at noon.
If you cannot make it, write to me at alice@example.com or call the office.

Thanks,
Alice
`;

const PERSONAL_HTML = `From: Carol <carol@example.org>
To: dan@example.net
Subject: Photos from the trip
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="alt-1"

--alt-1
Content-Type: text/plain; charset=utf-8

Here are the photos. The hotel was lovely.
--alt-1
Content-Type: text/html; charset=utf-8

<p>Here are the <b>photos</b>. The hotel was lovely.</p>
--alt-1--
`;

const MESSAGES: readonly (readonly [string, string])[] = [
  ['an empty message', EMPTY],
  ['a plain personal email', PERSONAL],
  ['a personal email in HTML', PERSONAL_HTML],
];

// The registry's entries with their readers: those the pane loads on demand come from their module.
const RECOGNIZERS: readonly BounceFormat[] = FORMATS.map((f) =>
  'parse' in f ? f : ON_DEMAND_READERS[f.name],
);

describe('every registered format', () => {
  const cases = RECOGNIZERS.flatMap((f) => MESSAGES.map(([what, src]) => [f.name, what, f, src] as const));
  test.each(cases)('%s returns null on %s', (_name, _what, format, src) => {
    const ctx = buildContext(scanMessage(normalizeLineEnds(src)));
    expect(format.parse(ctx)).toBeNull();
  });

  test('each one says what it reads, in the comment above it', () => {
    const dir = path.join(__dirname, '../../src/diagnosis/formats');
    const silent = FORMATS.filter(
      (f) => !/What it reads: \S.{9}/.test(fs.readFileSync(path.join(dir, `${f.name}.ts`), 'utf8')),
    ).map((f) => f.name);
    expect(silent).toEqual([]);
    expect(new Set(FORMATS.map((f) => f.name)).size).toBe(FORMATS.length);
  });

  test('the registry lists every recognizer file once, each under its file name', () => {
    const dir = path.join(__dirname, '../../src/diagnosis/formats');
    const files = fs
      .readdirSync(dir)
      .filter(
        (f) =>
          f.endsWith('.ts') && !['index.ts', 'format.ts', 'on-demand.ts', 'on-demand-readers.ts'].includes(f),
      )
      .map((f) => f.slice(0, -3))
      .sort();
    expect(FORMATS.map((f) => f.name).sort()).toEqual(files);
  });
});
