// The recognizers the pane loads on demand (src/diagnosis/formats/on-demand.ts), with the fallback
// readings of a clear bounce no recognizer read (fallback-recipients.ts): with or without them,
// every message gets the same answer, or the diagnosis says it lacks them (the pane
// then loads them and reads the message again); each sign holds wherever its reader reads; and an
// ordinary bounce never asks for them. Run over every fixture, and the shared corpus when present.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CATEGORY_WORDS, diagnose, diagnoseWith } from '../../src/diagnosis';
import { buildContext } from '../../src/diagnosis/context';
import { FORMATS } from '../../src/diagnosis/formats/index';
import type { OnDemandFormat } from '../../src/diagnosis/formats/on-demand';
import { ON_DEMAND_READERS } from '../../src/diagnosis/formats/on-demand-readers';
import { bytesToBinary } from '../../src/diagnosis/mime/bytes';
import { normalizeLineEnds, scanMessage } from '../../src/diagnosis/mime/structure';
import { emlFiles } from './fixture-cases';

const FIXTURES = path.join(__dirname, '../fixtures');
const CORPUS = path.join(__dirname, '../../../shared/corpus');

const files = [...emlFiles(FIXTURES), ...emlFiles(CORPUS)];
const ON_DEMAND = FORMATS.filter((f): f is OnDemandFormat => !('parse' in f));
/** Fixture folders of the formats most bounces come in: none may need the readers. */
const ORDINARY = [
  'exchange',
  'gmail',
  'postfix',
  'exim',
  'sendmail',
  'qmail',
  'rfc3464',
  'yahoo',
  'amazon-ses',
];

/** The pane's engine before it has loaded the formats chunk: the public entry's parts but the
 *  readers and the fallback readings. */
function withoutReaders(bytes: Buffer): { lacking: boolean; d: ReturnType<typeof diagnose> } {
  let lacking = false;
  const d = diagnose(bytes, {
    onDemandReaders: undefined,
    fallbackReadings: undefined,
    onMissingReaders: () => {
      lacking = true;
    },
  });
  return { lacking, d };
}

describe('the recognizers loaded on demand', () => {
  test('each has its place in the order once, and its entry says what its reader says of itself', () => {
    expect(ON_DEMAND.map((f) => f.name).sort()).toEqual(Object.keys(ON_DEMAND_READERS).sort());
    for (const f of ON_DEMAND) {
      const reader = ON_DEMAND_READERS[f.name];
      expect([f.name, reader.name, Boolean(f.selfEvident)]).toEqual([
        f.name,
        f.name,
        Boolean(reader.selfEvident),
      ]);
    }
  });

  test('diagnoseWith without the readers still reads a message that shows no sign', () => {
    const d = diagnoseWith(
      fs.readFileSync(
        path.join(FIXTURES, 'postfix', fs.readdirSync(path.join(FIXTURES, 'postfix'))[0] as string),
      ),
      {
        categoryWords: CATEGORY_WORDS,
      },
    );
    expect(d.kind).toBe('bounce');
  });

  test('a clear bounce only the fallback reads calls for the formats chunk, then reads its recipient', () => {
    // A mail system's notice in no format a recognizer knows: only X-Failed-Recipients names who failed.
    const notice = Buffer.from(
      [
        'From: Mail Delivery System <mailer-daemon@mx.example.org>',
        'To: alice@example.com',
        'Subject: Undelivered Mail',
        'X-Failed-Recipients: bob@example.net',
        '',
        'Your message could not be delivered.',
        '',
      ].join('\r\n'),
    );
    const { lacking, d } = withoutReaders(notice);
    expect([lacking, d.kind, d.recipients.length]).toEqual([true, 'not-a-bounce', 0]);
    const full = diagnose(notice);
    expect([full.kind, full.recipients.map((r) => r.address)]).toEqual(['bounce', ['bob@example.net']]);
  });

  test(`over ${files.length} messages: the same answer without the readers, or a call for them`, () => {
    const differ: string[] = [];
    const ordinaryLacking: string[] = [];
    let lackingCount = 0;
    for (const file of files) {
      const bytes = fs.readFileSync(file);
      const { lacking, d } = withoutReaders(bytes);
      const rel = path.relative(FIXTURES, file);
      if (lacking) {
        lackingCount++;
        if (ORDINARY.includes(rel.split(path.sep)[0] as string)) ordinaryLacking.push(rel);
        continue;
      }
      if (JSON.stringify(d) !== JSON.stringify(diagnose(bytes))) differ.push(rel);
    }
    expect(differ).toEqual([]);
    expect(ordinaryLacking).toEqual([]);
    // The signs are not so loose that every message calls for the readers.
    expect(lackingCount).toBeLessThan(files.length / 4);
  });

  test('each sign holds wherever its reader finds recipients', () => {
    const missed: string[] = [];
    for (const file of files) {
      const ctx = buildContext(scanMessage(normalizeLineEnds(bytesToBinary(fs.readFileSync(file)))));
      for (const f of ON_DEMAND) {
        const r = ON_DEMAND_READERS[f.name].parse(ctx);
        if (r && r.recipients.length && !f.signs(ctx)) missed.push(`${f.name}: ${path.basename(file)}`);
      }
    }
    expect(missed).toEqual([]);
  });
});
