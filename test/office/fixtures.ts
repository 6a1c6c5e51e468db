// The add-in tests' own bounces (test/fixtures/addin, invented addresses), read as text.
import * as fs from 'node:fs';
import * as path from 'node:path';

export function fixture(name: string): string {
  return fs.readFileSync(path.join(__dirname, '..', 'fixtures', 'addin', name), 'utf8');
}
