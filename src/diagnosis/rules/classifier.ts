// Classification: the rows of the rule table (table.ts) in the order of evidence, first match wins,
// except that a longer phrase of another category shadows a shorter one it holds:
//   0. a provider's code with its own words, or its own tokens (RESOLVER.ADR.RecipNotFound)
//   1. fixed sentences of one MTA or provider   2. specific words   3. provider codes alone
//   4. specific registry codes   5. broad words   6. generic registry codes
// then the cue words of each category, then the reply class (550, 552 ...), then unknown.
import { DEFAULT_OWNER } from '../taxonomy';
import type { Category, Owner } from '../types';
import { cueCategory } from './cue-words';
import { compileRule, conditionsHold, type CompiledRule, type MatchInput } from './compiled-rule';
import { PhraseIndex } from '../text/phrase-index';
import { GENERIC_REGISTRY_RULES, SPECIFIC_REGISTRY_RULES } from './registry';
import { replyClassRule, replyCueCategory } from './reply-class';
import { containsPhrase } from '../text/phrase';
import type { RarePhrases } from './rare-phrases';
import type { SmtpCommand } from '../text/smtp-command';
import { type Rule } from './rule';
import { BASE_TABLE, orderedTiers, withRarePhrases } from './table';

export interface ClassifyInput {
  readonly status: string | null;
  readonly replyCode: string | null;
  readonly diagnostic: string;
  readonly delayed: boolean;
  /** The remote MTA's name, when the report gives one (rows with `hosts` check it). */
  readonly host?: string | null;
  /** The sender's domains (From, envelope sender) and the failed recipient's (rows with
   *  `namesSender` check them). */
  readonly senderDomains?: readonly string[];
  readonly recipientDomain?: string | null;
  /** The MTA that wrote the report (rows with `ownDomain` check it). */
  readonly reportingMta?: string | null;
  /** The SMTP step the server refused, when the report names it (rows with `stages` check it). */
  readonly command?: SmtpCommand | null;
}

export interface Classification {
  readonly category: Category;
  readonly owner: Owner;
  readonly rule: string;
  /** The phrase or code that matched, for the evidence. */
  readonly matched: string | null;
}

/** The rows to classify with, in the order of evidence, tier by tier (the registry's codes among
 *  them); `complete` when they have the phrases few bounces have (rare-phrases.ts). */
export interface RuleSet {
  /** The table's rows as given, in file order. */
  readonly rows: readonly Rule[];
  readonly tiers: readonly (readonly Rule[])[];
  readonly complete: boolean;
}

function ruleSet(rows: readonly Rule[], complete: boolean): RuleSet {
  const [provider, fixed, words, code, broad] = orderedTiers(rows) as [
    Rule[],
    Rule[],
    Rule[],
    Rule[],
    Rule[],
  ];
  return {
    rows,
    tiers: [provider, fixed, words, code, SPECIFIC_REGISTRY_RULES, broad, GENERIC_REGISTRY_RULES],
    complete,
  };
}

/** Tiers from here on (broad words, generic codes) say "refused", not why. */
const FIRST_BROAD_TIER = 5;

let baseRules: RuleSet | null = null;
const withRare = new WeakMap<RarePhrases, RuleSet>();

/** The table's rows, with the phrases few bounces have when they are given; made once for each. */
export function rulesWith(rare: RarePhrases | undefined): RuleSet {
  if (!rare) return (baseRules ??= ruleSet(BASE_TABLE, false));
  let rules = withRare.get(rare);
  if (!rules) withRare.set(rare, (rules = ruleSet(withRarePhrases(BASE_TABLE, rare), true)));
  return rules;
}

/**
 * The rules in order with their phrases indexed, built on first use (same answers as ruleMatches).
 * A rule with phrases can only match when one of them is in the text: the scan says which are, so
 * only their rules and those without phrases are tried, not all four hundred.
 */
interface CompiledRules {
  readonly index: PhraseIndex;
  readonly rules: readonly CompiledRule[];
  /** Tier of each rule. */
  readonly tier: Uint8Array;
  /** Rules (by position) that name each phrase id among their phrases. */
  readonly byPhrase: readonly (readonly number[])[];
  /** Longer phrases that hold each phrase id on token boundaries ("not listed in" for "listed in"). */
  readonly longer: readonly (readonly number[])[];
  /** 1 for the rules without phrases: candidates whatever the text. */
  readonly always: Uint8Array;
  /** Scratch: the candidates of one classification. */
  readonly candidate: Uint8Array;
}

const compiledSets = new WeakMap<RuleSet, CompiledRules>();
const NONE: readonly number[] = [];
const NO_DOMAINS: readonly string[] = [];

function compiled(set: RuleSet): CompiledRules {
  const done = compiledSets.get(set);
  if (done) return done;
  const index = new PhraseIndex(true);
  const rules: CompiledRule[] = [];
  const tiers: number[] = [];
  set.tiers.forEach((tier, t) => {
    for (const r of tier) {
      rules.push(compileRule(index, r));
      tiers.push(t);
    }
  });
  const byPhrase: number[][] = [];
  const always = new Uint8Array(rules.length);
  rules.forEach((c, i) => {
    if (!c.phrases) always[i] = 1;
    for (const id of c.phrases ?? []) {
      const list = (byPhrase[id] ??= []);
      if (list[list.length - 1] !== i) list.push(i);
    }
  });
  const compiledRules: CompiledRules = {
    index,
    rules,
    tier: Uint8Array.from(tiers),
    byPhrase,
    longer: longerPhrases(index),
    always,
    candidate: new Uint8Array(rules.length),
  };
  compiledSets.set(set, compiledRules);
  return compiledRules;
}

/** For each phrase id, the ids of the longer phrases that contain it on token boundaries. */
function longerPhrases(index: PhraseIndex): number[][] {
  const texts: string[] = [];
  for (let id = 0; id < index.size; id++) texts.push(index.phrase(id));
  // Only the phrases that hold a phrase's first three characters can hold the phrase: checking
  // those (about 57,000 pairs) instead of all two million pairs of 1,500 phrases halves what this
  // costs each CLI process and worker thread at start, in code not yet compiled (~100 ms; issue 11).
  const holding = new Map<string, number[]>();
  texts.forEach((b, other) => {
    for (let i = 0; i + 3 <= b.length; i++) {
      const key = b.slice(i, i + 3);
      const list = holding.get(key);
      if (!list) holding.set(key, [other]);
      else if (list[list.length - 1] !== other) list.push(other);
    }
  });
  const all = texts.map((_, other) => other);
  return texts.map((a, id) => {
    const out: number[] = [];
    const candidates = a.length < 3 ? all : (holding.get(a.slice(0, 3)) ?? []);
    for (const other of candidates) {
      const b = texts[other] as string;
      // includes() first: a native search rules out nearly every pair before the boundary check.
      if (b.length > a.length && b.includes(a) && containsPhrase(b, index.written(id))) out.push(other);
    }
    return out;
  });
}

/**
 * Rule i's phrase p is shadowed when a longer phrase holding it is in the text too and belongs to a
 * rule of another category whose other conditions hold: "sender domain does not exist" is about
 * the sender, whatever "domain does not exist" of the recipient's rule says. A rule that needs a
 * code is only shadowed by another rule that needs one.
 */
function shadowed(cr: CompiledRules, present: Uint8Array, i: number, p: number, input: MatchInput): boolean {
  const own = cr.rules[i] as CompiledRule;
  for (const q of cr.longer[p] ?? NONE) {
    if (present[q] !== 1) continue;
    for (const r of cr.byPhrase[q] ?? NONE) {
      const other = cr.rules[r] as CompiledRule;
      // A code with its words (5.7.511 "banned sender") is narrower than any words alone.
      if (r === i || other.rule.category === own.rule.category || (own.status && !other.status)) continue;
      if (conditionsHold(other, present, input)) return true;
    }
  }
  return false;
}

/** The phrase of rule i that decides, or its code; null when it does not apply. */
function matchOf(cr: CompiledRules, present: Uint8Array, i: number, input: MatchInput): string | null {
  const c = cr.rules[i] as CompiledRule;
  if (!conditionsHold(c, present, input)) return null;
  const phrases = c.phrases;
  if (!phrases) return c.rule.status ? input.status : null;
  for (let k = 0; k < phrases.length; k++) {
    const id = phrases[k] as number;
    if (present[id] !== 1) continue;
    if ((cr.longer[id] as readonly number[]).length === 0 || !shadowed(cr, present, i, id, input))
      return cr.index.phrase(id);
  }
  return null;
}

/** The first rule whose conditions hold on the text, decided; null when none does. */
function firstRule(cr: CompiledRules, text: string, input: ClassifyInput): Classification | null {
  const { index, rules, tier, byPhrase, always, candidate } = cr;
  const present = index.scan(text);
  const match: MatchInput = {
    text,
    status: input.status,
    replyCode: input.replyCode,
    host: input.host ? input.host.toLowerCase() : null,
    senderDomains: input.senderDomains ? input.senderDomains.map((d) => d.toLowerCase()) : NO_DOMAINS,
    recipientDomain: input.recipientDomain ? input.recipientDomain.toLowerCase() : null,
    reportingMta: input.reportingMta ? input.reportingMta.toLowerCase() : null,
    command: input.command ?? null,
  };
  candidate.set(always);
  for (const id of index.found) for (const i of byPhrase[id] ?? NONE) candidate[i] = 1;
  for (let i = 0; i < rules.length; i++) {
    if (candidate[i] === 0) continue;
    const hit = matchOf(cr, present, i, match);
    if (hit !== null)
      return decide((rules[i] as CompiledRule).rule, hit, input, (tier[i] as number) < FIRST_BROAD_TIER);
  }
  return null;
}

/** The text with its addresses taken out: a server may name the mailbox inside its sentence
 *  ("The destination mailbox <bob@example.org> is unavailable"), between a phrase's words. An SMTP
 *  command's "from:" or "to:" stays: without it Exim's "after MAIL FROM:<a@b> SIZE=2188" would
 *  read "mail size". */
function withoutAddresses(text: string): string {
  const out: string[] = [];
  for (const w of text.split(/\s+/)) {
    if (w.indexOf('@') < 0) out.push(w);
    else if (w.startsWith('from:') || w.startsWith('to:')) out.push(w.slice(0, w.indexOf(':') + 1));
  }
  return out.join(' ');
}

/** The category of a recipient's words and codes by the rows of `rules`. */
export function classifyBy(rules: RuleSet, input: ClassifyInput): Classification {
  const text = input.diagnostic.toLowerCase();
  const cr = compiled(rules);
  const found = firstRule(cr, text, input);
  if (found)
    return found.rule === 'broad.policy' && found.matched !== 'policy'
      ? (cueReading(text, input, null, REFUSAL_CAUSES) ?? found)
      : found;
  // Only when the whole text matched nothing: what matched before keeps its reading.
  if (text.indexOf('@') >= 0) {
    const bare = withoutAddresses(text);
    const again = bare === text ? null : firstRule(cr, bare, input);
    if (again) return again;
  }
  const cue = cueReading(text, input, replyCueCategory(input.replyCode));
  if (cue) return cue;
  const reply = replyClassRule(input.replyCode);
  if (reply) return decide(reply, input.replyCode as string, input, false);
  return {
    category: input.delayed ? 'delayed' : 'unknown',
    owner: input.delayed ? 'none' : DEFAULT_OWNER.unknown,
    rule: input.delayed ? 'class.delayed' : 'class.unknown',
    matched: null,
  };
}

// A bare refusal word of broad.policy ("rejected", "denied", "refused"; not "policy", which names
// the receiving side's own rule) names no cause: when the text also holds a cause's cue word
// ("Message rejected due to content restrictions", "denied: too many connections"), that cause is
// the better reading (issue 9: the words that say why beat the words that only say no). Only
// causes whose cue words are not a refusal's own framing: an address, a user, a domain or an error
// is what every refusal names. Measured by eval:unseen-rules (58.4 -> 58.9%); no fixture's full
// reading changes.
export const REFUSAL_CAUSES: ReadonlySet<Category> = new Set<Category>([
  'content-rejected',
  'reputation-block',
  'rate-limited',
  'mailbox-full',
  'message-too-large',
  'auth-failed',
  'sender-infrastructure',
  'relay-denied',
  'sender-blocked',
  'mail-loop',
]);

/** The cue words' reading of the text (cue-words.ts cueCategory), decided as a broad reading. */
function cueReading(
  text: string,
  input: ClassifyInput,
  coded: Category | null,
  among?: ReadonlySet<Category>,
): Classification | null {
  const cue = cueCategory(text, coded, among);
  return cue ? decide(cue.rule, cue.matched, input, false) : null;
}

// Categories that restate "late" rather than give a cause.
const NOT_A_CAUSE: ReadonlySet<Category> = new Set(['expired', 'delayed', 'unknown']);

// Whose address is it? X.1.7 and X.1.8 are about the sender's address (RFC 3463): words that say
// "unknown", "not found" or "does not exist" there are about the sender's mailbox or domain.
const SENDER_ADDRESS_CODE = /^[45]\.1\.[78]$/;
const RECIPIENT_ADDRESS: ReadonlySet<Category> = new Set([
  'recipient-unknown',
  'recipient-domain-invalid',
  'mailbox-inactive',
]);

function decide(rule: Rule, matched: string, input: ClassifyInput, specific: boolean): Classification {
  if (input.status && SENDER_ADDRESS_CODE.test(input.status) && RECIPIENT_ADDRESS.has(rule.category)) {
    // X.1.7 is the mailbox syntax the person set; X.1.8 the sending system's domain.
    const owner: Owner = input.status[4] === '7' ? 'sender' : 'sender-admin';
    return { category: 'sender-infrastructure', owner, rule: `${rule.id}+sender-address`, matched };
  }
  // A delay keeps kind "delay" (still retrying). Its category names the cause when the words or a
  // specific code give one (a full mailbox, a missing PTR): that is what the person can act on.
  // Without a cause it is simply "delayed", and nobody needs to act yet.
  if (input.delayed) {
    const cause = rule.whenDelayed ?? rule.category;
    if (!specific || NOT_A_CAUSE.has(cause))
      return { category: 'delayed', owner: 'none', rule: `${rule.id}+delayed`, matched };
    // The rule's own owner holds for its cause too (Gmail's 'receiving mail at a rate' is the
    // sender's to wait out, 4xx or 5xx alike); a separate whenDelayed cause takes its default.
    const owner = rule.whenDelayed ? DEFAULT_OWNER[cause] : (rule.owner ?? DEFAULT_OWNER[cause]);
    return { category: cause, owner, rule: `${rule.id}+delayed`, matched };
  }
  return {
    category: rule.category,
    owner: rule.owner ?? DEFAULT_OWNER[rule.category],
    rule: rule.id,
    matched,
  };
}
