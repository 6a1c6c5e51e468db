// The shape of a classification row, and the plain (unindexed) matching the index must agree with.
import type { SmtpCommand } from '../text/smtp-command';
import type { Category, Owner } from '../types';

/**
 * Where a row stands in the order of evidence (../shared/TAXONOMY.md, issue 9), strongest first:
 *   provider  a provider's code with its own words, or a token only it writes (RESOLVER.ADR...)
 *   fixed     a fixed sentence one MTA, gateway or provider writes ("Relay access denied")
 *   words     specific words of a cause ("mailbox is full", "blocked using")
 *   code      a provider's code alone (made from `codeAlone` rows)
 *   broad     words that only say "refused" or "unknown"
 * The registry's specific codes sit between `code` and `broad`, its generic ones after `broad`; then
 * the cue words and the reply class (classify.ts).
 */
export type Tier = 'provider' | 'fixed' | 'words' | 'code' | 'broad';

/** A real line a server wrote, with where it comes from; the compile test classifies it. */
export interface Example {
  readonly line: string;
  /** The enhanced status code the report gives with it, when the row needs one. */
  readonly status?: string;
  /** The sender's domain of the bounce, for a `namesSender` row. */
  readonly sender?: string;
  /** The failed recipient's domain and the reporting MTA, for an `ownDomain` row. */
  readonly recipientDomain?: string;
  readonly reportingMta?: string;
  /** The SMTP step refused, for a `stages` row whose line does not name it. */
  readonly command?: SmtpCommand;
  readonly source: string;
}

export interface Rule {
  /** Stable id, shown to admins and used by tests: "<family>.<name>". */
  readonly id: string;
  readonly category: Category;
  /** Overrides the category's default owner when the evidence names someone else. */
  readonly owner?: Owner;
  /** The row's tier; absent on rules the engine makes itself (registry, reply class, cue words). */
  readonly tier?: Tier;
  /** Lower-case phrases matched on token boundaries; any one is enough. A trailing "*" is a stem. */
  readonly phrases?: readonly string[];
  /** Every one of these must occur too (narrows a phrase). */
  readonly also?: readonly string[];
  /** Enhanced status codes or prefixes ("5.7.509", "5.1.") the rule applies to; any when absent. */
  readonly status?: readonly string[];
  /** Basic reply codes or classes ("550", "5") the rule applies to; any when absent. */
  readonly reply?: readonly string[];
  /** A provider's own code or token applies only when the remote MTA (or the text) names one of
   *  these hosts; a report that names no remote MTA is not held to it. */
  readonly hosts?: readonly string[];
  /** The code alone is enough (tier `code`) as well as with the phrases: true for all of `status`,
   *  or the codes that are. */
  readonly codeAlone?: true | readonly string[];
  /** Ids of rows of other categories this row must precede (checked by the compile step). */
  readonly before?: readonly string[];
  /** Only when the text names the sender's own domain (or a host under it) and not the failed
   *  recipient's: "host sender.example does not exist" is the sender's DNS, not the recipient's. */
  readonly namesSender?: true;
  /** Only when the failed recipient's domain is the reporting MTA's own, or the replying remote
   *  MTA's (its host name is the domain or under it): "Unrouteable address" from mx.example.com for bob@example.com is a user the
   *  MTA does not know, not a domain it cannot reach. */
  readonly ownDomain?: true;
  /** Only when the report names the refused SMTP step and it is one of these (a report that names
   *  none does not match: the step is the row's point). docomo's "550 Unknown user" after end of
   *  data is its user's reception filter; at RCPT, an address that does not exist. */
  readonly stages?: readonly SmtpCommand[];
  /** The cause to name when the report is only a delay (e.g. "gave up connecting" is a down server). */
  readonly whenDelayed?: Category;
  // Where the row's wording comes from, and real lines that land on it, are in provenance.ts, by
  // id: as fields they would ship to the pane for nobody to read.
}

/** A row as a category file writes it: the file says the category once (inCategory), not every
 *  row, as the table ships in the pane's engine chunk. */
export type Row = Omit<Rule, 'category'>;

/** The rows of one category file, each given the file's category. */
export function inCategory<R extends Row>(
  category: Category,
  rows: readonly R[],
): readonly (R & { readonly category: Category })[] {
  return rows.map((r) => ({ ...r, category }));
}

// Status lists can be long (Microsoft documents ranges such as 4.7.500-699): each list is split once
// into a set of exact codes and the few prefixes.
export interface StatusIndex {
  readonly exact: ReadonlySet<string>;
  readonly prefixes: readonly string[];
}

export function statusIndex(list: readonly string[]): StatusIndex {
  return {
    exact: new Set(list.filter((s) => !s.endsWith('.'))),
    prefixes: list.filter((s) => s.endsWith('.')),
  };
}

export function statusIn(index: StatusIndex, status: string): boolean {
  if (index.exact.has(status)) return true;
  // A loop, not some(): a closure per rule and recipient was most of classification's garbage.
  for (const p of index.prefixes) if (status.startsWith(p)) return true;
  return false;
}

const STATUS_INDEX = new WeakMap<readonly string[], StatusIndex>();

export function statusMatches(rule: Rule, status: string | null): boolean {
  if (!rule.status) return true;
  if (!status) return false;
  let index = STATUS_INDEX.get(rule.status);
  if (!index) {
    index = statusIndex(rule.status);
    STATUS_INDEX.set(rule.status, index);
  }
  return statusIn(index, status);
}

/** Whether the reply code is one of the rule's (a one-digit entry is a class). */
export function replyMatches(rule: Rule, replyCode: string | null | undefined): boolean {
  if (!rule.reply) return true;
  if (!replyCode) return false;
  for (const r of rule.reply) if (replyCode.startsWith(r)) return true;
  return false;
}

/** A `stages` row's condition: the report names the refused step and it is one of the row's. */
export function stageMatches(rule: Rule, command: SmtpCommand | null | undefined): boolean {
  return !rule.stages || (command != null && rule.stages.includes(command));
}

/** Whether host is domain itself or a name under it. */
function hostUnder(host: string, domain: string): boolean {
  return host === domain || host.endsWith(`.${domain}`);
}

/** Whether the row's provider is the one that answered: the remote MTA is one of its hosts or
 *  under one, or the text names one; a report without a remote MTA holds nobody to it (but a
 *  `stages` row). */
export function hostMatches(rule: Rule, text: string, host: string | null | undefined): boolean {
  if (!rule.hosts) return true;
  // A provider's reading of an SMTP step (`stages`) needs the provider named: "550 Unknown user"
  // after end of data is docomo's reception filter, anyone else's unknown user.
  if (!host && !rule.stages) return true;
  for (const h of rule.hosts) if ((host && hostUnder(host, h)) || text.includes(h)) return true;
  return false;
}

/** Whether `text` names `domain` or a host under it as a whole name: "sender.example" in
 *  "a@sender.example" or "mx.sender.example", not in "notsender.example" or "sender.example.net".
 *  indexOf and single-character looks: linear on hostile input. */
export function namesDomain(text: string, domain: string): boolean {
  for (let at = text.indexOf(domain); at >= 0; at = text.indexOf(domain, at + 1)) {
    const before = at > 0 ? text.charCodeAt(at - 1) : 32;
    const end = at + domain.length;
    const after = end < text.length ? text.charCodeAt(end) : 32;
    const next = end + 1 < text.length ? text.charCodeAt(end + 1) : 32;
    if (isNameChar(before) && before !== 46) continue;
    if (isNameChar(after) && !(after === 46 && !isNameChar(next))) continue;
    return true;
  }
  return false;
}

/** a-z, 0-9, "-", "." (the text is lower-cased) */
function isNameChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 45 || c === 46;
}

/** An `ownDomain` row's condition: the reporting MTA's host name is the recipient's domain or a
 *  name under it. */
export function ownDomainMatches(
  rule: Rule,
  recipient: string | null | undefined,
  reportingMta: string | null | undefined,
): boolean {
  if (!rule.ownDomain) return true;
  if (!recipient || !reportingMta) return false;
  return hostUnder(reportingMta, recipient);
}

/** A `namesSender` row's condition: the text names one of the sender's domains (its From, its
 *  envelope sender) that is not the recipient's, and does not name the recipient's. */
export function senderMatches(
  rule: Rule,
  text: string,
  senders: readonly string[] | null | undefined,
  recipient: string | null | undefined,
): boolean {
  if (!rule.namesSender) return true;
  if (!senders || senders.length === 0 || (recipient && namesDomain(text, recipient))) return false;
  for (const sender of senders) if (sender !== recipient && namesDomain(text, sender)) return true;
  return false;
}
