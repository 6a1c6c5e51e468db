// The leave-one-out measure on our fixtures (unseen-measure.ts; `node
// scripts/eval-unseen-fixtures.mjs --list` prints it per format with its disagreements): how the
// RFC 3464 and generic text readers read the fixtures of every other format, as they would read a
// bounce of a format we have no recognizer for. A floor under the agreement reached, so that a
// change to the generic readers that loses a family shows here.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { diagnose } from '../../src/diagnosis';
import { FORMATS, type FormatEntry } from '../../src/diagnosis/formats';
import { emlFiles } from './fixture-cases';
import { FIELDS, measureUnseen, percent, registryEngine } from './unseen-measure';

const ROOT = path.join(__dirname, '../fixtures');

const registry = FORMATS as FormatEntry[];
const ALL = [...registry];
const engine = registryEngine((bytes) => diagnose(bytes), registry);

// Reached: kind 92.6, recipients 92.4, status 91.9, category 90.0 (over 1,365 fixtures).
const FLOOR = { kind: 90, recipients: 90, status: 89, category: 87 };

test('the generic readers agree with the recognizers on their fixtures, each left out in turn', () => {
  const files = emlFiles(ROOT).sort();
  const m = measureUnseen(
    engine,
    files.map((f): [string, Uint8Array] => [path.relative(ROOT, f), fs.readFileSync(f)]),
  );
  expect(m.total.messages).toBeGreaterThan(1000);
  expect(registry).toEqual(ALL);
  // Each field under its floor, with the agreement reached: none.
  const low = FIELDS.filter((f) => percent(m.total, f) < FLOOR[f]).map((f) => `${f} ${percent(m.total, f)}%`);
  expect(low).toEqual([]);
});
