// The summary of many bounces, kept as aggregates only: counts by owner, category and destination
// domain, with the reporting MTAs, first and last dates and one example server line per group, and
// the distinct failed addresses up to a cap. Memory grows with the number of groups and distinct
// addresses, never with the number of messages.
import type { MessageRecord } from './record';

// Caps that keep memory bounded on any input; a capped list says so (`addressesComplete: false`).
export const MAX_ADDRESSES_PER_GROUP = 5_000;
export const MAX_DISTINCT_ADDRESSES = 500_000;
const MAX_MTAS_PER_GROUP = 10;
const MAX_ERROR_FILES = 100;

interface Group {
  owner: string;
  category: string;
  domain: string;
  count: number;
  delayed: number;
  permanent: number;
  addresses: Set<string>;
  addressesComplete: boolean;
  mtas: Map<string, number>;
  first: number | null;
  last: number | null;
  example: string | null;
}

export interface DomainSummary {
  readonly domain: string;
  readonly count: number;
  readonly delayed: number;
  readonly permanent: number;
  readonly distinctAddresses: number;
  readonly addressesComplete: boolean;
  readonly addresses: readonly string[];
  readonly reportingMtas: readonly { readonly mta: string; readonly count: number }[];
  readonly first: string | null;
  readonly last: string | null;
  readonly example: string | null;
}

export interface CategorySummary {
  readonly category: string;
  readonly count: number;
  readonly domains: readonly DomainSummary[];
}

export interface OwnerSummary {
  readonly owner: string;
  readonly count: number;
  readonly categories: readonly CategorySummary[];
}

export interface SummaryReport {
  readonly messages: number;
  readonly kinds: Readonly<Record<string, number>>;
  readonly errors: number;
  readonly errorFiles: readonly { readonly file: string; readonly error: string }[];
  /** Failed and delayed recipients counted in the groups (delayed ones also in `delayed`). */
  readonly recipients: number;
  readonly delayed: number;
  readonly distinctAddresses: number;
  readonly addressesComplete: boolean;
  readonly first: string | null;
  readonly last: string | null;
  /** Failed and delayed recipients per day (UTC) of the report's date; undated ones are left out. */
  readonly days: readonly { readonly day: string; readonly count: number }[];
  readonly undated: number;
  readonly owners: readonly OwnerSummary[];
}

const iso = (t: number | null) => (t === null ? null : new Date(t).toISOString());

/** Larger count first; ties by name so that the order is the same on every run. */
function worstFirst<T extends { count: number }>(items: T[], name: (t: T) => string): T[] {
  return items.sort((a, b) => b.count - a.count || (name(a) < name(b) ? -1 : name(a) > name(b) ? 1 : 0));
}

export class Summary {
  private messages = 0;
  private readonly kinds = new Map<string, number>();
  private errors = 0;
  private readonly errorFiles: { file: string; error: string }[] = [];
  private recipients = 0;
  private delayed = 0;
  private readonly distinct = new Set<string>();
  private addressesComplete = true;
  private first: number | null = null;
  private last: number | null = null;
  private readonly days = new Map<string, number>();
  private undated = 0;
  private readonly groups = new Map<string, Group>();

  add(m: MessageRecord): void {
    this.messages++;
    if (m.error !== null) {
      this.errors++;
      if (this.errorFiles.length < MAX_ERROR_FILES) this.errorFiles.push({ file: m.file, error: m.error });
      return;
    }
    const kind = m.kind ?? 'unknown';
    this.kinds.set(kind, (this.kinds.get(kind) ?? 0) + 1);
    if (m.failed.length === 0) return;
    if (m.date !== null) {
      if (this.first === null || m.date < this.first) this.first = m.date;
      if (this.last === null || m.date > this.last) this.last = m.date;
    }
    for (const r of m.failed) {
      this.recipients++;
      if (r.action === 'delayed') this.delayed++;
      if (m.date === null) this.undated++;
      else {
        const day = new Date(m.date).toISOString().slice(0, 10);
        this.days.set(day, (this.days.get(day) ?? 0) + 1);
      }
      if (!this.distinct.has(r.address)) {
        if (this.distinct.size < MAX_DISTINCT_ADDRESSES) this.distinct.add(r.address);
        else this.addressesComplete = false;
      }
      const g = this.group(r.owner, r.category, r.domain);
      g.count++;
      if (r.action === 'delayed') g.delayed++;
      if (r.permanent) g.permanent++;
      if (!g.addresses.has(r.address)) {
        if (g.addresses.size < MAX_ADDRESSES_PER_GROUP) g.addresses.add(r.address);
        else g.addressesComplete = false;
      }
      if (m.reportingMta) {
        const seen = g.mtas.get(m.reportingMta);
        if (seen !== undefined) g.mtas.set(m.reportingMta, seen + 1);
        else if (g.mtas.size < MAX_MTAS_PER_GROUP) g.mtas.set(m.reportingMta, 1);
      }
      if (m.date !== null) {
        if (g.first === null || m.date < g.first) g.first = m.date;
        if (g.last === null || m.date > g.last) g.last = m.date;
      }
      if (g.example === null && r.example) g.example = r.example;
    }
  }

  private group(owner: string, category: string, domain: string): Group {
    const key = `${owner}\u0000${category}\u0000${domain}`;
    let g = this.groups.get(key);
    if (!g) {
      g = {
        owner,
        category,
        domain,
        count: 0,
        delayed: 0,
        permanent: 0,
        addresses: new Set(),
        addressesComplete: true,
        mtas: new Map(),
        first: null,
        last: null,
        example: null,
      };
      this.groups.set(key, g);
    }
    return g;
  }

  report(): SummaryReport {
    const owners = new Map<string, Map<string, Group[]>>();
    for (const g of this.groups.values()) {
      const cats = owners.get(g.owner) ?? new Map<string, Group[]>();
      owners.set(g.owner, cats);
      const list = cats.get(g.category) ?? [];
      cats.set(g.category, list);
      list.push(g);
    }
    const ownerList: OwnerSummary[] = [...owners].map(([owner, cats]) => {
      const categories: CategorySummary[] = [...cats].map(([category, groups]) => {
        const domains = worstFirst(groups, (g) => g.domain).map((g): DomainSummary => ({
          domain: g.domain,
          count: g.count,
          delayed: g.delayed,
          permanent: g.permanent,
          distinctAddresses: g.addresses.size,
          addressesComplete: g.addressesComplete,
          addresses: [...g.addresses].sort(),
          reportingMtas: worstFirst(
            [...g.mtas].map(([mta, count]) => ({ mta, count })),
            (x) => x.mta,
          ),
          first: iso(g.first),
          last: iso(g.last),
          example: g.example,
        }));
        return { category, count: domains.reduce((s, d) => s + d.count, 0), domains };
      });
      return {
        owner,
        count: categories.reduce((s, c) => s + c.count, 0),
        categories: worstFirst(categories, (c) => c.category),
      };
    });
    return {
      messages: this.messages,
      kinds: Object.fromEntries([...this.kinds].sort((a, b) => b[1] - a[1])),
      errors: this.errors,
      errorFiles: this.errorFiles,
      recipients: this.recipients,
      delayed: this.delayed,
      distinctAddresses: this.distinct.size,
      addressesComplete: this.addressesComplete,
      first: iso(this.first),
      last: iso(this.last),
      days: [...this.days].sort((a, b) => (a[0] < b[0] ? -1 : 1)).map(([day, count]) => ({ day, count })),
      undated: this.undated,
      owners: worstFirst(ownerList, (o) => o.owner),
    };
  }
}
