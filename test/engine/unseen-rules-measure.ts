// The leave-one-row-out measure on our fixtures: every failed recipient whose category a row of
// tier 'provider' or 'fixed' decides (a provider's or a product's own wording) is diagnosed again
// with that row out of the rule table, as a bounce whose wording no row knows would be. What then
// decides is the fallback (the broad words, the registry's meaning of the enhanced code, the cue
// words, the reply class); the measure says how often it keeps the category, per category and per
// tier. Shared by test/engine/unseen-rules.test.ts and scripts/eval-unseen-rules.mjs (which
// compiles this file with esbuild): no runtime import, the engine comes in as arguments.
import type { Diagnosis } from '../../src/diagnosis/types';
import type { RarePhrases, RareRow } from '../../src/diagnosis/rules/rare-phrases';
import type { Rule, Tier } from '../../src/diagnosis/rules/rule';

export interface RuleEngine {
  diagnose(bytes: Uint8Array): Diagnosis;
  /** The tier of the row of this id, undefined for the rules the engine makes (registry, cue
   *  words, reply class). */
  tierOf(rowId: string): Tier | undefined;
  /** Runs f with the row of this id out of the rule table. */
  withoutRow<T>(rowId: string, f: () => T): T;
}

/** The tiers whose rows are one provider's or product's wording. */
export const MEASURED_TIERS: readonly Tier[] = ['provider', 'fixed'];

export interface Disagreement {
  readonly file: string;
  readonly address: string;
  readonly row: string;
  readonly tier: Tier;
  readonly full: string;
  readonly unseen: string;
  /** The rule that decided without the row. */
  readonly unseenRule: string;
  readonly status: string | null;
  readonly replyCode: string | null;
  readonly words: string;
}

export interface Agreement {
  readonly name: string;
  recipients: number;
  agree: number;
}

export interface RulesMeasure {
  readonly total: Agreement;
  readonly byCategory: Agreement[];
  readonly byTier: Agreement[];
  readonly disagreements: Disagreement[];
  /** Rows taken out that still decided a recipient: the narrowing did not hold (must be none). */
  readonly leaks: string[];
}

/** A recipient's rule id less the classifier's suffixes ("+delayed", "+sender-address"). */
export const rowOf = (rule: string): string => rule.split('+')[0] as string;

interface Case {
  readonly file: string;
  readonly bytes: Uint8Array;
  readonly address: string;
  readonly category: string;
}

/** The failed recipients a measured row decides, by row id (rows and their cases in order). */
function casesByRow(engine: RuleEngine, messages: Iterable<[string, Uint8Array]>): Map<string, Case[]> {
  const byRow = new Map<string, Case[]>();
  for (const [file, bytes] of messages) {
    for (const r of engine.diagnose(bytes).recipients) {
      if (r.action !== 'failed') continue;
      const row = rowOf(r.rule);
      const tier = engine.tierOf(row);
      if (!tier || !MEASURED_TIERS.includes(tier)) continue;
      let list = byRow.get(row);
      if (!list) byRow.set(row, (list = []));
      list.push({ file, bytes, address: r.address.toLowerCase(), category: r.category });
    }
  }
  return byRow;
}

function count(map: Map<string, Agreement>, name: string, same: boolean): void {
  let a = map.get(name);
  if (!a) map.set(name, (a = { name, recipients: 0, agree: 0 }));
  a.recipients++;
  if (same) a.agree++;
}

const sorted = (map: Map<string, Agreement>): Agreement[] =>
  [...map.values()].sort((a, b) => b.recipients - a.recipients || (a.name < b.name ? -1 : 1));

/** The measure over the messages (name and bytes); `sample` keeps every n-th measured row. */
export function measureUnseenRules(
  engine: RuleEngine,
  messages: Iterable<[string, Uint8Array]>,
  sample = 1,
): RulesMeasure {
  const total: Agreement = { name: 'all', recipients: 0, agree: 0 };
  const byCategory = new Map<string, Agreement>();
  const byTier = new Map<string, Agreement>();
  const disagreements: Disagreement[] = [];
  const leaks: string[] = [];
  const rows = [...casesByRow(engine, messages)].sort(([a], [b]) => (a < b ? -1 : 1));
  rows.forEach(([row, cases], k) => {
    if (k % sample !== 0) return;
    const tier = engine.tierOf(row) as Tier;
    engine.withoutRow(row, () => {
      // One diagnosis per message, however many of its recipients the row decides.
      const again = new Map<string, Diagnosis>();
      for (const c of cases) {
        let d = again.get(c.file);
        if (!d) again.set(c.file, (d = engine.diagnose(c.bytes)));
        const r = d.recipients.find((x) => x.address.toLowerCase() === c.address);
        const unseen = r ? r.category : '-';
        if (r && rowOf(r.rule) === row) leaks.push(`${row} ${c.file}`);
        const same = unseen === c.category;
        total.recipients++;
        if (same) total.agree++;
        count(byCategory, c.category, same);
        count(byTier, tier, same);
        if (!same)
          disagreements.push({
            file: c.file,
            address: c.address,
            row,
            tier,
            full: c.category,
            unseen,
            unseenRule: r ? r.rule : '-',
            status: r ? r.status : null,
            replyCode: r ? r.replyCode : null,
            words: r ? r.diagnostic : '',
          });
      }
    });
  });
  return { total, byCategory: sorted(byCategory), byTier: sorted(byTier), disagreements, leaks };
}

/** Agreement as a percentage, one decimal. */
export function percent(a: Agreement): number {
  return a.recipients ? Math.round((1000 * a.agree) / a.recipients) / 10 : 100;
}

/**
 * The engine the measure needs, from the engine's own pieces (src/ in the test, build/ in the
 * script): its diagnose(), the table's rows as written (rules/table.ts BASE_TABLE), the rare part
 * (rules/table-rare.ts) and the whole table for the rows' tiers (rules/full-table.ts TABLE).
 */
export function tableEngine(
  diagnose: (bytes: Uint8Array, options: { rarePhrases: RarePhrases }) => Diagnosis,
  baseTable: Rule[],
  rarePhrases: RarePhrases,
  table: readonly Rule[],
): RuleEngine {
  const tiers = new Map(table.map((r) => [r.id, r.tier ?? 'words']));
  let rare = rarePhrases;
  return {
    diagnose: (bytes) => diagnose(bytes, { rarePhrases: rare }),
    tierOf: (id) => tiers.get(id),
    withoutRow(id, f) {
      const narrowed = narrowTable(baseTable, rarePhrases, id);
      rare = narrowed.rare;
      try {
        return f();
      } finally {
        narrowed.restore();
        rare = rarePhrases;
      }
    },
  };
}

/**
 * The hook both callers use: the table's rows (rules/table.ts BASE_TABLE, a plain array at run
 * time) less the row, in place, and a fresh copy of the rare part less it. The classifier makes a
 * rule set once per rare part object (rules/classifier.ts rulesWith()), from the rows as they are
 * then: diagnosing with the copy (the public `rarePhrases` option) builds the narrowed set, and the
 * engine's own sets stay as they were. Returns the copy and the function that puts the row back.
 */
export function narrowTable(
  baseTable: Rule[],
  rare: RarePhrases,
  rowId: string,
): { rare: RarePhrases; restore: () => void } {
  const at = baseTable.findIndex((r) => r.id === rowId);
  const removed = at >= 0 ? baseTable.splice(at, 1) : [];
  // A rare row put back after the removed one goes where the removed one went instead.
  const own = rare.rows.find((r) => r.id === rowId);
  const previous = own ? own.after : at > 0 ? (baseTable[at - 1] as Rule).id : '';
  const rows: RareRow[] = rare.rows
    .filter((r) => r.id !== rowId)
    .map((r) => (r.after === rowId ? { ...r, after: previous } : r));
  const phrases = Object.fromEntries(Object.entries(rare.phrases).filter(([id]) => id !== rowId));
  return {
    rare: { phrases, rows },
    restore: () => {
      if (removed.length) baseTable.splice(at, 0, ...removed);
    },
  };
}
