// The rule table compiles clean: sources on every row, one category per id and per phrase, no
// phrase shadowed by an earlier row of another category, every example on its own row, every
// `before` kept (src/diagnosis/rules/check.ts); sources and examples stay out of what ships.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { tableProblems } from '../../src/diagnosis/rules/check';
import { RULE_TIERS } from '../../src/diagnosis/rules/classify';
import type { Rule } from '../../src/diagnosis/rules/rule';
import { TABLE } from '../../src/diagnosis/rules/full-table';

describe('rule table', () => {
  it('has no problems', () => {
    expect(tableProblems()).toEqual([]);
  });

  it('catches a shadowed phrase, a misplaced example, a missing source, a broken before and an id used twice', () => {
    const rows: Rule[] = [
      { id: 't.short', category: 'recipient-unknown', tier: 'words', phrases: ['user unknown'] },
      { id: 't.example', category: 'mailbox-full', tier: 'words', phrases: ['mailbox is full'] },
      { id: 't.nosource', category: 'mailbox-full', tier: 'words', phrases: ['zz-no-such-words'] },
      { id: 't.before', category: 'expired', tier: 'words', before: ['text.dmarc'] },
      { id: 't.before', category: 'expired', tier: 'words', phrases: ['zz-twice'] },
    ];
    const provenance = {
      't.short': { source: 'test' },
      't.example': {
        source: 'test',
        examples: [{ line: '550 5.1.1 user unknown', status: '5.1.1', source: 'test' }],
      },
      't.nosource': { source: ' ' },
      't.before': { source: 'test' },
      't.gone': { source: 'test' },
    };
    const problems = tableProblems(rows, provenance).join('\n');
    expect(problems).toContain('t.gone: provenance of no row');
    expect(problems).toContain('t.example: example "550 5.1.1 user unknown" lands on');
    expect(problems).toContain('t.nosource: no source');
    expect(problems).toContain('t.before: not before text.dmarc');
    expect(problems).toContain('t.before: id used for two rows');
    expect(problems).toContain('t.nosource: phrase "zz-no-such-words" lands on');
    expect(problems).toContain('t.gone: provenance of no row');
  });

  it('orders every row of the table, a codeAlone row twice', () => {
    const ordered = RULE_TIERS.flat();
    for (const r of TABLE) expect(ordered).toContain(r);
    const codeOnly = ordered.filter((r) => r.tier === 'code');
    expect(codeOnly.length).toBeGreaterThanOrEqual(TABLE.filter((r) => r.codeAlone).length);
  });

  it('keeps the sources and examples out of what ships: only check.ts imports provenance.ts, and no source module imports check.ts', () => {
    const src = path.join(__dirname, '..', '..', 'src');
    const files = (fs.readdirSync(src, { recursive: true }) as string[]).filter((f) => /\.tsx?$/.test(f));
    const importing = (name: string) =>
      files.filter((f) =>
        new RegExp(`from '[./a-z-]*/?rules/${name}'|from '\\./${name}'`).test(
          fs.readFileSync(path.join(src, f), 'utf8'),
        ),
      );
    expect(importing('provenance').map((f) => path.basename(f))).toEqual(['check.ts']);
    expect(importing('check')).toEqual([]);
  });
});
