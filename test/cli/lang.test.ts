// The text output in the language --lang or LC_ALL / LC_MESSAGES / LANG asks for; JSON keeps ids
// and English, with a "lang" field when another language was asked for.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { run } from '../../src/cli/main';
import { displayWidth } from '../../src/cli/summary-text';
import { MICROSOFT_ADVICE } from '../../src/diagnosis/advice/microsoft';
import { loadLanguage } from '../../src/i18n';
import { CLI_CATALOGS } from '../../src/i18n/cli-catalogs';
import { de } from '../../src/i18n/rule-advice/de';
import { ja } from '../../src/i18n/rule-advice/ja';
import { dsn, FULL, UNKNOWN } from './fixtures';

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'bounce-lens-lang-'));
const file = path.join(work, 'bounce.eml');
fs.writeFileSync(
  file,
  dsn({
    id: 'l',
    recipients: [UNKNOWN('gone@example.org'), FULL('full@example.org')],
    date: 'Tue, 4 Mar 2025 09:12:40 +0000',
    reportingMta: 'mta.example.net',
  }),
);

afterAll(() => fs.rmSync(work, { recursive: true, force: true }));
// Each run sets the language for the process: leave English behind for the other tests.
afterEach(() => loadLanguage('en', CLI_CATALOGS));

async function cli(argv: string[], env: Record<string, string> = {}) {
  let out = '';
  const code = await run(argv, { out: (s) => (out += s), err: () => undefined, isTty: false, env });
  return { code, out };
}

const ENGLISH = 'The address gone@example.org does not exist at example.org.';
const GERMAN = 'Die Adresse gone@example.org gibt es bei example.org nicht.';
const JAPANESE = 'example.org にアドレス gone@example.org は存在しません。';

describe('text output', () => {
  test.each([
    ['--lang de', ['--lang', 'de'], {}, GERMAN, 'Lösung: '],
    ['LANG=de_DE.UTF-8', [], { LANG: 'de_DE.UTF-8' }, GERMAN, 'Lösung: '],
    ['LC_ALL=ja_JP.UTF-8 over LANG=de_DE', [], { LC_ALL: 'ja_JP.UTF-8', LANG: 'de_DE' }, JAPANESE, '対処: '],
    ['--lang ja over LANG=de_DE', ['--lang', 'ja'], { LANG: 'de_DE.UTF-8' }, JAPANESE, '対処: '],
    ['no language set', [], {}, ENGLISH, 'fix: '],
    ['LANG=C', [], { LANG: 'C' }, ENGLISH, 'fix: '],
    ['a language not shipped', ['--lang', 'sv'], {}, ENGLISH, 'fix: '],
  ] as const)('%s', async (_name, flags, env, summary, fixLabel) => {
    const { code, out } = await cli(['diagnose', ...flags, file], env);
    expect(code).toBe(0);
    expect(out).toContain(summary);
    expect(out).toContain(`    ${fixLabel}`);
    // Ids and codes stay as they are.
    expect(out).toContain('gone@example.org  550 5.1.1  recipient-unknown  -> sender');
  });

  test('German text has no English advice left for a category it translates', async () => {
    const { out } = await cli(['diagnose', '--lang', 'de', file]);
    expect(out).not.toContain('does not exist');
    expect(out).not.toContain('fix: ');
    expect(out).toContain('Das Postfach von full@example.org ist voll.');
  });
});

describe('Microsoft’s rule-specific advice', () => {
  const exchange = path.join(__dirname, '..', 'fixtures', 'addin', 'exo-group-external-de.eml');
  const rule = 'exo.5.7.133-group-external-senders';

  test.each([
    ['de', de[rule]?.user],
    ['ja', ja[rule]?.user],
  ] as const)('--lang %s: the rule’s own fix in that language, no English', async (lang, fix) => {
    const { code, out } = await cli(['diagnose', '--lang', lang, exchange]);
    expect(code).toBe(0);
    expect(fix).toBeDefined();
    expect(out).toContain(`: ${fix}`);
    expect(out).not.toContain(MICROSOFT_ADVICE[rule]?.user);
    expect(out).toContain('recipient-policy  -> recipient-admin');
  });

  test('in English, the engine’s own text; JSON stays English in any language', async () => {
    expect((await cli(['diagnose', exchange])).out).toContain(`fix: ${MICROSOFT_ADVICE[rule]?.user}`);
    const json = JSON.parse((await cli(['diagnose', '--json', '--lang', 'de', exchange])).out) as {
      recipients: { remediation: { user: string; links: string[] } }[];
    };
    expect(json.recipients[0]?.remediation.user).toBe(MICROSOFT_ADVICE[rule]?.user);
    expect(json.recipients[0]?.remediation.links).toEqual(MICROSOFT_ADVICE[rule]?.links);
  });
});

describe('summarize (text)', () => {
  test.each([
    [
      'de',
      '1 Nachricht gelesen: bounce 1.',
      '2 fehlgeschlagene Empfänger, 2 verschiedene Adressen',
      'z. B. ',
    ],
    ['fr', '1 message lu : bounce 1.', '2 destinataires en échec, 2 adresses distinctes', 'ex. : '],
    ['ja', '読み込んだメッセージ 1 件（bounce 1）。', '失敗した受信者 2 人、異なるアドレス 2 件', '例: '],
  ] as const)(
    '--lang %s: totals, headings and notes in the language, ids as they are',
    async (lang, read, failed, eg) => {
      const { out } = await cli(['summarize', '--lang', lang, file]);
      expect(out).toContain(read);
      expect(out).toContain(failed);
      expect(out).toContain(`      ${eg}550 5.1.1`);
      for (const english of [
        'messages read',
        'message read',
        'failed recipient',
        'WHO MUST FIX IT',
        'REPORTED BY',
        'e.g. ',
      ])
        expect(out).not.toContain(english);
      expect(out).toMatch(/\nsender +1\n/);
      expect(out).toMatch(/\n {2}recipient-unknown +1\n/);
    },
  );

  test('columns line up by the terminal width of the text: a wide character takes two', async () => {
    const { out } = await cli(['summarize', '--lang', 'ja', file]);
    const lines = out.split('\n');
    const header = lines.find((l) => l.startsWith('対処する人')) ?? '';
    const owner = lines.find((l) => l.startsWith('sender ')) ?? '';
    // The FAILED column is right-aligned: its heading and the owner's count end in the same column.
    expect(displayWidth(header.slice(0, header.indexOf('失敗') + 2))).toBe(displayWidth(owner.trimEnd()));
  });

  test.each([
    ['abc', 3],
    ['失敗', 4],
    ['報告元 x', 8],
    ['메시지', 6],
    ['（）', 4],
    ['é', 1],
  ] as const)('displayWidth(%j) = %d', (text, width) => expect(displayWidth(text)).toBe(width));
});

describe('JSON output', () => {
  test('stays English with ids, and says which language was asked for', async () => {
    const german = JSON.parse((await cli(['diagnose', '--json', '--lang', 'de', file])).out) as {
      lang?: string;
      recipients: { summary: string; category: string }[];
    };
    expect(german.lang).toBe('de');
    expect(german.recipients[0]?.summary).toBe(ENGLISH);
    expect(german.recipients[0]?.category).toBe('recipient-unknown');

    const english = JSON.parse((await cli(['diagnose', '--json', file])).out) as Record<string, unknown>;
    expect('lang' in english).toBe(false);
  });
});
