// The project's own bounces (test/fixtures, samples/), read as text for the stand-in host.
import * as fs from 'node:fs';
import * as path from 'node:path';

const ROOT = path.join(__dirname, '..', '..');

/** A file under test/fixtures (e.g. "gmail/classic-user-unknown.eml"). */
export function fixture(name: string): string {
  return fs.readFileSync(path.join(ROOT, 'test', 'fixtures', name), 'utf8');
}

/** A file under samples/. */
export function sample(name: string): string {
  return fs.readFileSync(path.join(ROOT, 'samples', name), 'utf8');
}
