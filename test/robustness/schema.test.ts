// schema/diagnosis.schema.json describes the CLI's JSON Lines and the engine's Diagnosis. Its ids
// must stay those of src/diagnosis/types.ts, and every fixture's diagnosis must conform to it.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { toJson } from '../../src/cli/format';
import { CATEGORIES, diagnose, KINDS, OWNERS } from '../../src/diagnosis/index';
import { check, DIAGNOSIS, SCHEMA } from './schema-check';

const defs = SCHEMA['$defs'] as Record<string, { enum?: unknown[] }>;

function fixtures(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) =>
      e.isDirectory()
        ? fixtures(path.join(dir, e.name))
        : e.name.endsWith('.eml')
          ? [path.join(dir, e.name)]
          : [],
    );
}

describe('diagnosis schema', () => {
  it('uses the ids of types.ts', () => {
    expect(defs['kind']?.enum).toEqual([...KINDS]);
    expect(defs['category']?.enum).toEqual([...CATEGORIES]);
    expect(defs['owner']?.enum).toEqual([...OWNERS]);
  });

  it('holds for every fixture, as a Diagnosis and as a CLI line', () => {
    const files = fixtures(path.join(__dirname, '../fixtures'));
    expect(files.length).toBeGreaterThan(10);
    for (const f of files) {
      const d = diagnose(fs.readFileSync(f));
      expect({ f, errors: check(d, DIAGNOSIS) }).toEqual({ f, errors: [] });
      const line = JSON.parse(JSON.stringify(toJson(f, d, null))) as unknown;
      expect({ f, errors: check(line) }).toEqual({ f, errors: [] });
    }
  });

  it('holds for a CLI error line', () => {
    expect(check(JSON.parse(JSON.stringify(toJson('x.eml', null, 'empty file (0 bytes)'))))).toEqual([]);
  });

  it('rejects what is not a diagnosis', () => {
    const d = diagnose('From: a@example.com\n\nhello\n');
    expect(check(d, DIAGNOSIS)).toEqual([]);
    expect(check({ ...d, kind: 'bounced' }, DIAGNOSIS)).not.toEqual([]);
    expect(check({ ...d, extra: 1 }, DIAGNOSIS)).not.toEqual([]);
    const withoutNotes: Record<string, unknown> = { ...d };
    delete withoutNotes['notes'];
    expect(check(withoutNotes, DIAGNOSIS)).not.toEqual([]);
    const r = diagnose(fs.readFileSync(path.join(__dirname, '../fixtures/robust/dsn-multipart.eml')))
      .recipients[0];
    expect(r).toBeDefined();
    expect(check({ ...d, recipients: [{ ...r, status: '5.1' }] }, DIAGNOSIS)).not.toEqual([]);
    expect(check({ ...d, recipients: [{ ...r, owner: 'nobody' }] }, DIAGNOSIS)).not.toEqual([]);
  });
});
