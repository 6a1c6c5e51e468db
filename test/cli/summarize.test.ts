// bounce-lens summarize and the list-cleaning outputs on a folder of bounces written here: the
// counts by owner > category > domain, worst first, with MTAs, dates, an example and the distinct
// addresses; the CSV (RFC 4180, no formula injection); the addresses to remove; the HTML page's
// escaping of hostile text.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { csvCell } from '../../src/cli/csv';
import { run } from '../../src/cli/main';
import type { SummaryReport } from '../../src/cli/summary';
import { dsn, FULL, LATER, UNKNOWN } from './fixtures';

const HOSTILE_LINE = '550 5.1.1 <img src=x onerror=alert(1)> no such user </td><script>alert(2)</script>';

// file name -> content; sorted order is the input order
const FOLDER: Record<string, string> = {
  'a1.eml': dsn({
    id: 'a1',
    recipients: [UNKNOWN('gone1@big.example')],
    date: 'Tue, 4 Mar 2025 09:12:40 +0000',
    reportingMta: 'mta1.example.net',
  }),
  'a2.eml': dsn({
    id: 'a2',
    recipients: [UNKNOWN('gone2@big.example'), UNKNOWN('Gone1@Big.example')],
    date: 'Thu, 6 Mar 2025 18:00:00 +0100',
    reportingMta: 'mta2.example.net',
  }),
  'a3.eml': dsn({
    id: 'a3',
    recipients: [UNKNOWN('again@big.example')],
    date: null,
    reportingMta: 'mta2.example.net',
  }),
  'b.eml': dsn({
    id: 'b',
    recipients: [FULL('full@small.example')],
    date: 'Wed, 5 Mar 2025 10:00:00 +0000',
    reportingMta: 'mta1.example.net',
  }),
  'c.eml': dsn({
    id: 'c',
    recipients: [LATER('slow@slow.example')],
    date: 'Wed, 5 Mar 2025 11:00:00 +0000',
    reportingMta: 'mta1.example.net',
  }),
  'd-empty.eml': '',
  'e.eml': dsn({
    id: 'e',
    recipients: [{ address: 'hostile@evil.example', status: '5.1.1', diagnostic: HOSTILE_LINE }],
    date: 'Fri, 7 Mar 2025 08:00:00 +0000',
    reportingMta: 'mta1.example.net',
  }),
};

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bounce-lens-summarize-'));
  for (const [name, text] of Object.entries(FOLDER)) fs.writeFileSync(path.join(dir, name), text);
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function cli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await run(argv, { out: (s) => (out += s), err: (s) => (err += s), isTty: false });
  return { code, out, err };
}

describe('summarize --json', () => {
  let report: SummaryReport;
  let code: number;
  beforeAll(async () => {
    const r = await cli('summarize', '--json', dir);
    code = r.code;
    report = JSON.parse(r.out) as SummaryReport;
  });

  it('exits 1: the empty file could not be read', () => expect(code).toBe(1));

  it.each<[string, (r: SummaryReport) => unknown, unknown]>([
    ['messages read', (r) => r.messages, 7],
    ['kinds', (r) => r.kinds, { bounce: 5, delay: 1 }],
    [
      'errors',
      (r) => r.errorFiles.map((e) => [path.basename(e.file), e.error]),
      [['d-empty.eml', 'empty file (0 bytes)']],
    ],
    ['failed and delayed recipients', (r) => [r.recipients, r.delayed], [7, 1]],
    ['distinct addresses (case folded)', (r) => r.distinctAddresses, 6],
    [
      'first and last report dates (UTC)',
      (r) => [r.first, r.last],
      ['2025-03-04T09:12:40.000Z', '2025-03-07T08:00:00.000Z'],
    ],
    [
      'failures per day; the undated one counted apart',
      (r) => [r.days, r.undated],
      [
        [
          { day: '2025-03-04', count: 1 },
          { day: '2025-03-05', count: 2 },
          { day: '2025-03-06', count: 2 },
          { day: '2025-03-07', count: 1 },
        ],
        1,
      ],
    ],
    [
      'owners, worst first, with their counts',
      (r) => r.owners.map((o) => [o.owner, o.count]),
      [
        ['sender', 5],
        ['recipient', 1],
        ['recipient-admin', 1],
      ],
    ],
    [
      "the sender's categories and domains, worst first",
      (r) =>
        r.owners[0]?.categories.map((c) => [c.category, c.count, c.domains.map((d) => [d.domain, d.count])]),
      [
        [
          'recipient-unknown',
          5,
          [
            ['big.example', 4],
            ['evil.example', 1],
          ],
        ],
      ],
    ],
  ])('%s', (_name, pick, expected) => expect(pick(report)).toEqual(expected));

  it('a domain group: distinct addresses, MTAs by count, first and last, the first example', () => {
    const big = report.owners[0]?.categories[0]?.domains[0];
    expect(big).toEqual({
      domain: 'big.example',
      count: 4,
      delayed: 0,
      permanent: 4,
      distinctAddresses: 3,
      addressesComplete: true,
      addresses: ['again@big.example', 'gone1@big.example', 'gone2@big.example'],
      reportingMtas: [
        { mta: 'mta2.example.net', count: 3 },
        { mta: 'mta1.example.net', count: 1 },
      ],
      first: '2025-03-04T09:12:40.000Z',
      last: '2025-03-06T17:00:00.000Z',
      example:
        '550 5.1.1 <gone1@big.example>: Recipient address rejected: User unknown in local recipient table',
    });
  });
});

describe('summarize (text)', () => {
  it.each([
    ['the totals', /^7 messages read: bounce 5, delay 1; 1 could not be read\.\n/],
    [
      'the recipients line',
      /\n7 failed recipients \(1 delayed, still being retried\), 6 distinct addresses, reported 2025-03-04 to 2025-03-07\.\n/,
    ],
    ['an owner row', /\nsender +5\n/],
    [
      'a domain row, aligned, with its MTAs',
      /\n {4}big\.example +4 +3 +2025-03-04 +2025-03-06 +mta2\.example\.net \(\+1\)\n/,
    ],
    ['its example', /\n {6}e\.g\. 550 5\.1\.1 <gone1@big\.example>: Recipient address rejected/],
    ['the unreadable file', /\nCould not be read:\n {2}\S*d-empty\.eml: empty file \(0 bytes\)\n$/],
  ])('%s', async (_name, pattern) => {
    const r = await cli('summarize', dir);
    expect(r.out).toMatch(pattern);
  });

  it('--top 1 shows one domain per category and says how many more', async () => {
    const r = await cli('summarize', '--top', '1', dir);
    expect(r.out).not.toContain('evil.example');
    expect(r.out).toContain('    ... 1 more domain (1 failed; --top 0 lists all)');
  });
});

/** A small RFC 4180 reader for checking our output (quoted fields may hold commas and newlines). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const endCell = () => {
    row.push(cell);
    cell = '';
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') endCell();
    else if (c === '\r' && text[i + 1] === '\n') {
      endCell();
      rows.push(row);
      row = [];
      i++;
    } else cell += c;
  }
  return rows;
}

describe('CSV', () => {
  it.each<[string | number | boolean | null, string]>([
    ['plain', 'plain'],
    [null, ''],
    [true, 'true'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['=HYPERLINK("http://x.example","y")', `"'=HYPERLINK(""http://x.example"",""y"")"`],
    ['+1 555', "'+1 555"],
    ['-2', "'-2"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tindent', "'\tindent"],
    ['550 = fine inside', '550 = fine inside'],
  ])('%j -> %s', (value, cell) => expect(csvCell(value)).toBe(cell));

  it('summarize --csv: a header, then one row per failed or delayed recipient, 16 columns each', async () => {
    const r = await cli('summarize', '--csv', dir);
    const rows = parseCsv(r.out);
    expect(rows[0]).toEqual([
      'file',
      'date',
      'kind',
      'address',
      'domain',
      'action',
      'status',
      'reply_code',
      'category',
      'owner',
      'permanent',
      'reporting_mta',
      'remote_mta',
      'diagnostic',
      'summary',
      'error',
    ]);
    expect(rows.slice(1).map((row) => [path.basename(row[0] ?? ''), row[3], row[5], row[9]])).toEqual([
      ['a1.eml', 'gone1@big.example', 'failed', 'sender'],
      ['a2.eml', 'gone2@big.example', 'failed', 'sender'],
      ['a2.eml', 'Gone1@Big.example', 'failed', 'sender'],
      ['a3.eml', 'again@big.example', 'failed', 'sender'],
      ['b.eml', 'full@small.example', 'failed', 'recipient'],
      ['c.eml', 'slow@slow.example', 'delayed', 'recipient-admin'],
      ['e.eml', 'hostile@evil.example', 'failed', 'sender'],
    ]);
    for (const row of rows) expect(row).toHaveLength(16);
  });

  it('diagnose --csv: every message, the unreadable one with its error', async () => {
    const rows = parseCsv((await cli('diagnose', '--csv', dir)).out);
    expect(rows.slice(1).map((row) => [path.basename(row[0] ?? ''), row[2], row[3], row[15]])).toEqual([
      ['a1.eml', 'bounce', 'gone1@big.example', ''],
      ['a2.eml', 'bounce', 'gone2@big.example', ''],
      ['a2.eml', 'bounce', 'Gone1@Big.example', ''],
      ['a3.eml', 'bounce', 'again@big.example', ''],
      ['b.eml', 'bounce', 'full@small.example', ''],
      ['c.eml', 'delay', 'slow@slow.example', ''],
      ['d-empty.eml', '', '', 'empty file (0 bytes)'],
      ['e.eml', 'bounce', 'hostile@evil.example', ''],
    ]);
  });
});

describe('--addresses', () => {
  it.each(['diagnose', 'summarize'])(
    '%s --addresses: permanent failures of the address only, lower-cased, each once, in input order',
    async (command) => {
      const r = await cli(command, '--addresses', dir);
      expect(r.out).toBe(
        ['gone1@big.example', 'gone2@big.example', 'again@big.example', 'hostile@evil.example', ''].join(
          '\n',
        ),
      );
      expect(r.code).toBe(1);
    },
  );
});

describe('summarize --html', () => {
  let page: string;
  beforeAll(async () => {
    const file = path.join(dir, '..', `${path.basename(dir)}-report.html`);
    const r = await cli('summarize', '--json', '--html', file, dir);
    expect(r.err).toMatch(/^wrote .*-report\.html \(\d+ KB\)\n$/);
    page = fs.readFileSync(file, 'utf8');
    fs.rmSync(file);
  });

  it.each<[string, (p: string) => unknown, unknown]>([
    [
      'hostile text is escaped, never markup',
      (p) => p.includes('<img') || p.includes('<script>alert'),
      false,
    ],
    ['the hostile line is there, as text', (p) => p.includes('&lt;img src=x onerror=alert(1)&gt;'), true],
    ['one script: our own', (p) => p.split('<script').length - 1, 1],
    ['no element loads anything', (p) => /<[a-z][^<>]*\s(?:src|href|srcset|data)=/i.test(p), false],
    [
      'a CSP that forbids everything but our hashed style and script',
      (p) =>
        /<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'sha256-[A-Za-z0-9+/=]+'; script-src 'sha256-[A-Za-z0-9+/=]+'/.test(
          p,
        ),
      true,
    ],
    ['four charts', (p) => p.split('<svg role="img"').length - 1, 4],
    ['one table row per group', (p) => p.split('<tr data-owner=').length - 1, 4],
  ])('%s', (_name, check, expected) => expect(check(page)).toEqual(expected));
});

describe('text on a terminal', () => {
  const ESCAPES = '550 5.1.1 no such user\u001b]0;owned\u0007\u001b[2J\u009b31m';
  it.each(['diagnose', 'summarize'])(
    "%s: a bounce's control characters never reach the terminal",
    async (command) => {
      const file = path.join(dir, '..', `${path.basename(dir)}-escapes.eml`);
      fs.writeFileSync(
        file,
        dsn({
          recipients: [{ address: 'esc@evil.example', status: '5.1.1', diagnostic: ESCAPES }],
          date: null,
          reportingMta: 'mta.example.net',
        }),
      );
      const r = await cli(command, file);
      fs.rmSync(file);
      expect(r.out).toContain('no such user');
      // eslint-disable-next-line no-control-regex -- looking for them
      expect(r.out).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
    },
  );
});
