// Property-based tests of the public API (issue 6): for any string or bytes, and for damaged and
// forwarded copies of the bounces in test/fixtures/robust/, diagnose() returns a Diagnosis that
// conforms to schema/diagnosis.schema.json, never reaches its internal-error path, and gives the
// same answer twice. A short run here; `npm run fuzz -- --runs N` for long ones (FUZZ_RUNS,
// FUZZ_SEED).
import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { toJson } from '../../src/cli/format';
import { diagnose, type Diagnosis } from '../../src/diagnosis/index';
import { forwardNest, mutation, quoteInline } from './mutate';
import { check, DIAGNOSIS } from './schema-check';

const RUNS = Number(process.env['FUZZ_RUNS'] ?? 200);
const SEED = process.env['FUZZ_SEED'];
const params = { numRuns: RUNS, ...(SEED ? { seed: Number(SEED) } : {}) };
// Long runs (npm run fuzz) take minutes; the short one takes seconds.
jest.setTimeout(Math.max(30_000, RUNS * 500));

const FIXTURE_ROOT = path.join(__dirname, '../fixtures');
const emls = (dir: string): string[] =>
  fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) =>
      e.isDirectory()
        ? emls(path.join(dir, e.name))
        : e.name.endsWith('.eml')
          ? [path.join(dir, e.name)]
          : [],
    )
    .sort();
const load = (f: string) => ({
  name: path.relative(FIXTURE_ROOT, f),
  text: fs.readFileSync(f).toString('latin1'),
});
/** Bounces written for these tests: each names one failed recipient. */
const FIXTURES = emls(path.join(FIXTURE_ROOT, 'robust')).map(load);
/** Every fixture of the project, for the mutations: more formats for the damage to reach. */
const ALL_FIXTURES = emls(FIXTURE_ROOT).map(load);

/** Diagnoses the input twice and holds the result to the contract; returns it. */
function sound(input: string | Uint8Array): Diagnosis {
  const d = diagnose(input);
  const errors = [
    ...check(d, DIAGNOSIS),
    ...check(JSON.parse(JSON.stringify(toJson('fuzz.eml', d, null))) as unknown),
  ];
  if (errors.length) throw new Error(`not a valid diagnosis:\n${errors.slice(0, 8).join('\n')}`);
  const internal = d.evidence.find((e) => e.role === 'error');
  if (internal) throw new Error(internal.text);
  const again = diagnose(typeof input === 'string' ? input : input.slice());
  if (JSON.stringify(again) !== JSON.stringify(d)) throw new Error('two runs gave different diagnoses');
  return d;
}

const toBytes = (s: string) => new Uint8Array(Buffer.from(s, 'latin1'));

// Pieces of mail, so that random input reaches past the first "is this a header?" test.
const PIECES = [
  'From: MAILER-DAEMON@example.net\n',
  'Subject: Undeliverable: hello\n',
  'Content-Type: multipart/report; report-type=delivery-status; boundary="b"\n',
  'Content-Type: message/delivery-status\n',
  'Content-Type: message/rfc822\n',
  'Content-Type: text/html; charset=iso-2022-jp\n',
  'Content-Transfer-Encoding: base64\n',
  'Content-Transfer-Encoding: quoted-printable\n',
  '\n',
  '--b\n',
  '--b--\n',
  'Final-Recipient: rfc822; user@example.org\n',
  'Action: failed\n',
  'Status: 5.1.1\n',
  'Diagnostic-Code: smtp; 550 5.1.1 user unknown\n',
  '<user@example.org>: host mx.example.org[192.0.2.1] said: 550 5.7.1 blocked\n',
  'Remote host said: 554 ',
  '#550 5.1.1 RESOLVER.ADR.RecipNotFound; not found ##\n',
  '> ',
  '=?utf-8?b?5pel5pys?=',
  '=C3=A9=\n',
  '\r\n',
  '\x1b$B',
  'aGVsbG8=\n',
  '@',
  ' ',
];

describe('diagnose() on anything', () => {
  it('any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 2000 }), (s) => {
        sound(s);
      }),
      params,
    );
  });

  it('any bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 4000 }), (b) => {
        sound(b);
      }),
      params,
    );
  });

  it('any mix of mail pieces and junk', () => {
    const piece = fc.oneof(fc.constantFrom(...PIECES), fc.string({ unit: 'binary-ascii', maxLength: 20 }));
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }), (ps) => {
        const s = ps.join('');
        sound(s);
        sound(toBytes(s));
      }),
      params,
    );
  });
});

describe('diagnose() on damaged bounces', () => {
  it.each(FIXTURES.map((f) => [f.name, f.text] as const))('%s as it is', (_name, text) => {
    const d = sound(toBytes(text));
    expect(d.recipients.length).toBeGreaterThan(0);
  });

  it('any chain of mutations of any fixture', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ALL_FIXTURES),
        fc.array(mutation, { minLength: 1, maxLength: 4 }),
        (f, ms) => {
          const damaged = ms.reduce((s, m) => m.apply(s), f.text);
          sound(toBytes(damaged));
        },
      ),
      params,
    );
  });

  it('finds the same failure through ten forwards, plain or base64 at any level', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...FIXTURES),
        fc.integer({ min: 1, max: 10 }),
        fc.nat(),
        (f, depth, mask) => {
          const plain = sound(toBytes(f.text));
          const nested = sound(toBytes(forwardNest(f.text, depth, (level) => ((mask >> level) & 1) === 1)));
          expect(nested.kind).toBe(plain.kind);
          expect(nested.recipients.map((r) => [r.address, r.status, r.category])).toEqual(
            plain.recipients.map((r) => [r.address, r.status, r.category]),
          );
        },
      ),
      { ...params, numRuns: Math.max(20, Math.floor(RUNS / 4)) },
    );
  });

  it('reads a bounce quoted inline in a forward', () => {
    for (const f of FIXTURES) {
      const d = sound(toBytes(quoteInline(f.text)));
      expect(d.kind).not.toBe('not-a-bounce');
    }
  });
});
