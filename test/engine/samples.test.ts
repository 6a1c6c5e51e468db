// The bundled samples (written for this project) give the diagnosis the README promises.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { diagnose } from '../../src/diagnosis';

const dir = path.join(__dirname, '../../samples');

const CASES: [
  file: string,
  kind: string,
  address: string,
  status: string,
  category: string,
  owner: string,
][] = [
  [
    'exchange-online-recipnotfound.eml',
    'bounce',
    'jon.doe@fabrikam.example',
    '5.1.1',
    'recipient-unknown',
    'sender',
  ],
  ['postfix-mailbox-full.eml', 'bounce', 'lee@remote.example', '5.2.2', 'mailbox-full', 'recipient'],
  ['gmail-dmarc.txt', 'bounce', 'sam@example.net', '5.7.26', 'auth-failed', 'sender-admin'],
];

describe('bundled samples', () => {
  test.each(CASES)('%s', (file, kind, address, status, category, owner) => {
    const d = diagnose(fs.readFileSync(path.join(dir, file)));
    expect(d.kind).toBe(kind);
    const r = d.recipients[0];
    expect(r).toBeDefined();
    expect(r?.address).toBe(address);
    expect(r?.status).toBe(status);
    expect(r?.category).toBe(category);
    expect(r?.owner).toBe(owner);
    expect(r?.summary.length).toBeGreaterThan(10);
  });
});
