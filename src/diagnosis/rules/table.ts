// The rule table: every category's rows (table/<category>.ts), put in the order of evidence. The
// phrases few bounces have are kept apart (table-rare/<category>.ts, rare-phrases.ts says why), with
// the rows all of whose phrases are such, and joined to the rest by withRarePhrases(); full-table.ts is the whole table. Rows
// are ordered by tier, then by the precedence of their category below, then as written in their
// file; a row's `before` moves it ahead of the named rows of other categories. A `codeAlone` row
// also yields a code-only copy in the `code` tier. test/engine/rules-table.test.ts checks the result.
import type { Category } from '../types';
import type { RarePhrases } from './rare-phrases';
import type { Rule, Tier } from './rule';
import { AUTH_FAILED } from './table/auth-failed';
import { CONTENT_REJECTED } from './table/content-rejected';
import { EXPIRED } from './table/expired';
import { MAIL_LOOP } from './table/mail-loop';
import { MAILBOX_FULL } from './table/mailbox-full';
import { MAILBOX_INACTIVE } from './table/mailbox-inactive';
import { MESSAGE_NONCOMPLIANT } from './table/message-noncompliant';
import { MESSAGE_TOO_LARGE } from './table/message-too-large';
import { RATE_LIMITED } from './table/rate-limited';
import { RECIPIENT_DOMAIN_INVALID } from './table/recipient-domain-invalid';
import { RECIPIENT_POLICY } from './table/recipient-policy';
import { RECIPIENT_SYSTEM } from './table/recipient-system';
import { RECIPIENT_UNKNOWN } from './table/recipient-unknown';
import { RELAY_DENIED } from './table/relay-denied';
import { REPUTATION_BLOCK } from './table/reputation-block';
import { SENDER_BLOCKED } from './table/sender-blocked';
import { SENDER_INFRASTRUCTURE } from './table/sender-infrastructure';
import { SUPPRESSED } from './table/suppressed';

/** When two rows of one tier both match, the category earlier here wins: a cause before its
 *  symptom (DMARC before "rejected", a relay refusal before "unknown user"). */
const CATEGORY_PRECEDENCE: readonly Category[] = [
  'suppressed',
  'auth-failed',
  'relay-denied',
  'sender-infrastructure',
  'reputation-block',
  'mailbox-full',
  'message-too-large',
  'content-rejected',
  'rate-limited',
  'mailbox-inactive',
  'recipient-unknown',
  'recipient-domain-invalid',
  'recipient-policy',
  'expired',
  'mail-loop',
  'recipient-system',
  'message-noncompliant',
  'sender-blocked',
];

const TIER_ORDER: readonly Tier[] = ['provider', 'fixed', 'words', 'code', 'broad'];

/** Every row as written, category by category, without the phrases few bounces have. */
export const BASE_TABLE: readonly Rule[] = [
  ...SUPPRESSED,
  ...AUTH_FAILED,
  ...RELAY_DENIED,
  ...SENDER_INFRASTRUCTURE,
  ...REPUTATION_BLOCK,
  ...MAILBOX_FULL,
  ...MESSAGE_TOO_LARGE,
  ...CONTENT_REJECTED,
  ...RATE_LIMITED,
  ...MAILBOX_INACTIVE,
  ...RECIPIENT_UNKNOWN,
  ...RECIPIENT_DOMAIN_INVALID,
  ...RECIPIENT_POLICY,
  ...EXPIRED,
  ...MAIL_LOOP,
  ...RECIPIENT_SYSTEM,
  ...MESSAGE_NONCOMPLIANT,
  ...SENDER_BLOCKED,
];

/** The code-only copy of a codeAlone row. */
function codeOnly(row: Rule): Rule {
  const status = (row.codeAlone === true ? row.status : row.codeAlone) ?? [];
  return {
    id: row.id,
    category: row.category,
    ...(row.owner ? { owner: row.owner } : {}),
    ...(row.hosts ? { hosts: row.hosts } : {}),
    ...(row.reply ? { reply: row.reply } : {}),
    ...(row.whenDelayed ? { whenDelayed: row.whenDelayed } : {}),
    tier: 'code',
    status,
  };
}

/** The rows of each tier, in order. */
export function orderedTiers(table: readonly Rule[]): Rule[][] {
  const rows = [...table, ...table.filter((r) => r.codeAlone).map(codeOnly)];
  const rank = (r: Rule) => CATEGORY_PRECEDENCE.indexOf(r.category);
  return TIER_ORDER.map((tier) => {
    const list = rows.filter((r) => (r.tier ?? 'words') === tier);
    // Array.prototype.sort is stable: rows of one category keep their file order.
    list.sort((a, b) => rank(a) - rank(b));
    for (const row of list.filter((r) => r.before)) {
      const at = list.indexOf(row);
      const first = Math.min(
        ...(row.before ?? []).map((id) => list.findIndex((r) => r.id === id)).filter((i) => i >= 0),
      );
      if (first < at) {
        list.splice(at, 1);
        list.splice(first, 0, row);
      }
    }
    return list;
  });
}

/** The rows with the phrases few bounces have put back, after each row's own, and the rows all of
 *  whose phrases are rare, each right after the row it follows in its file. */
export function withRarePhrases(rows: readonly Rule[], rare: RarePhrases): Rule[] {
  const all = rows.map((r) => {
    const more = rare.phrases[r.id];
    return more ? { ...r, phrases: [...(r.phrases ?? []), ...more] } : r;
  });
  for (const { after, ...row } of rare.rows) all.splice(all.findIndex((r) => r.id === after) + 1, 0, row);
  return all;
}
