// The leave-one-out measure on our own fixtures: each fixture a specific recognizer reads is read
// once with every recognizer and once without that one (the RFC 3464 and generic text readers
// stay, as for a bounce of a format we have no recognizer for). The full reading stands as the
// expected one (the fixtures' tables check it); the measure says how often the leave-one-out
// reading agrees with it on kind, recipients (the address set), status and category, per format.
// Shared by test/engine/unseen-fixtures.test.ts and scripts/eval-unseen-fixtures.mjs (which
// compiles this file with esbuild): no runtime import, the engine comes in as arguments.
import type { Diagnosis } from '../../src/diagnosis/types';

/** What a measure can narrow: a recognizer's name. */
export interface NamedRecognizer {
  readonly name: string;
}

export interface Engine {
  diagnose(bytes: Uint8Array): Diagnosis;
  /** Runs f with only the recognizers keep accepts in the registry. */
  withRecognizers<T>(keep: (r: NamedRecognizer) => boolean, f: () => T): T;
}

export const FIELDS = ['kind', 'recipients', 'status', 'category'] as const;
export type Field = (typeof FIELDS)[number];

export interface Disagreement {
  readonly file: string;
  readonly format: string;
  readonly field: Field;
  readonly full: string;
  readonly unseen: string;
}

export interface FormatAgreement {
  readonly format: string;
  messages: number;
  /** Per field, how many of the messages agree. */
  readonly agree: Record<Field, number>;
}

export interface Measure {
  readonly formats: FormatAgreement[];
  readonly total: FormatAgreement;
  readonly disagreements: Disagreement[];
}

/** The readers every unfamiliar bounce falls to. */
export const GENERIC: ReadonlySet<string> = new Set(['rfc3464', 'text']);

/**
 * The engine the measures need, from the engine's own pieces (src/ in the tests, build/ in the
 * scripts): its diagnose() and its recognizer registry (formats/index.ts FORMATS), a plain array
 * at run time, narrowed in place for one call and put back.
 */
export function registryEngine(
  diagnose: (bytes: Uint8Array) => Diagnosis,
  registry: NamedRecognizer[],
): Engine {
  const all = [...registry];
  return {
    diagnose,
    withRecognizers(keep, f) {
      registry.splice(0, registry.length, ...all.filter(keep));
      try {
        return f();
      } finally {
        registry.splice(0, registry.length, ...all);
      }
    },
  };
}

const addressSet = (d: Diagnosis): string =>
  [...new Set(d.recipients.map((r) => r.address.toLowerCase()))].sort().join(', ');

/**
 * One field per recipient of the full reading, in its order: the leave-one-out reading's
 * recipient of the same address, or, when the address sets differ but the counts are equal, the
 * one in the same place (a reading that takes another address still gets the cause right or not).
 */
function perRecipient(full: Diagnosis, unseen: Diagnosis, field: 'status' | 'category'): [string, string] {
  const byAddress = new Map(unseen.recipients.map((r) => [r.address.toLowerCase(), r]));
  const same = full.recipients.length === unseen.recipients.length;
  const got = full.recipients.map(
    (r, i) => byAddress.get(r.address.toLowerCase()) ?? (same ? unseen.recipients[i] : undefined),
  );
  const want = full.recipients.map((r) => String(r[field])).join(', ');
  const have = full.recipients.length
    ? got.map((r) => (r ? String(r[field]) : '-')).join(', ')
    : unseen.recipients.map((r) => String(r[field])).join(', ');
  return [want, have];
}

function fields(full: Diagnosis, unseen: Diagnosis): Record<Field, [string, string]> {
  return {
    kind: [full.kind, unseen.kind],
    recipients: [addressSet(full), addressSet(unseen)],
    status: perRecipient(full, unseen, 'status'),
    category: perRecipient(full, unseen, 'category'),
  };
}

const zero = (): Record<Field, number> => ({ kind: 0, recipients: 0, status: 0, category: 0 });

/** The measure over the messages (name and bytes) a specific recognizer reads; others skipped. */
export function measureUnseen(engine: Engine, messages: Iterable<[string, Uint8Array]>): Measure {
  const byFormat = new Map<string, FormatAgreement>();
  const total: FormatAgreement = { format: 'all', messages: 0, agree: zero() };
  const disagreements: Disagreement[] = [];
  for (const [file, bytes] of messages) {
    const full = engine.diagnose(bytes);
    const own = full.format;
    if (!own || GENERIC.has(own)) continue;
    const unseen = engine.withRecognizers(
      (r) => r.name !== own,
      () => engine.diagnose(bytes),
    );
    let row = byFormat.get(own);
    if (!row) byFormat.set(own, (row = { format: own, messages: 0, agree: zero() }));
    row.messages++;
    total.messages++;
    const f = fields(full, unseen);
    for (const k of FIELDS) {
      const [want, have] = f[k];
      if (want === have) {
        row.agree[k]++;
        total.agree[k]++;
      } else disagreements.push({ file, format: own, field: k, full: want, unseen: have });
    }
  }
  const formats = [...byFormat.values()].sort(
    (a, b) => b.messages - a.messages || (a.format < b.format ? -1 : 1),
  );
  return { formats, total, disagreements };
}

/** Agreement on a field as a percentage, one decimal. */
export function percent(row: FormatAgreement, field: Field): number {
  return row.messages ? Math.round((1000 * row.agree[field]) / row.messages) / 10 : 100;
}
