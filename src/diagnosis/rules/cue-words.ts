// Before "unknown": the words that point at a cause even when no rule's phrase is in the text. Each
// category has a few indicative words; the category with the most of them in the text wins (ties:
// the one listed first). Matched on token boundaries like the rules; "*" marks a stem. Cue words
// never contradict a code: classify tries them only after every registry code (and after a bare
// refusal word of broad.policy, to name its cause: classifier.ts REFUSAL_CAUSES), and when the reply
// code has a narrow meaning (552: storage exceeded) and the text holds a cue word of that meaning,
// that meaning wins ("552 Quota limit exceeded" is a full mailbox, not a rate limit).
import type { Category } from '../types';
import { PhraseIndex } from '../text/phrase-index';
import type { Rule } from './rule';

const CUES: readonly (readonly [Category, readonly string[]])[] = [
  ['rate-limited', ['limit*', 'frequen*', 'throttl*', 'too many', 'too fast', 'rate']],
  ['mailbox-full', ['quota*', 'full', 'storage', 'space', 'capacity']],
  ['mailbox-inactive', ['disabled', 'suspend*', 'locked', 'inactive', 'deactivat*', 'frozen', 'closed']],
  ['reputation-block', ['blocked', 'blacklist*', 'blocklist*', 'listed', 'reputation', 'banned', 'rbl']],
  ['relay-denied', ['relay*']],
  ['recipient-domain-invalid', ['dns', 'mx', 'domain', 'host']],
  [
    'recipient-system',
    [
      'timeout',
      'timed out',
      'refused',
      'unreachable',
      'connect*',
      'dropped',
      'reset',
      'unavailable',
      'busy',
      'error',
    ],
  ],
  ['mail-loop', ['loop*', 'hops']],
  // The sender's own submission: SMTP AUTH and logins (TAXONOMY E1 "not authenticated for
  // submission"), before the address words and the SPF/DKIM/DMARC "authentication".
  [
    'sender-blocked',
    ['smtp auth*', 'login', 'logged in', 'not authenticated', 'authentication required', 'sasl'],
  ],
  ['recipient-unknown', ['user', 'mailbox', 'recipient', 'address', 'account']],
  ['auth-failed', ['spf', 'dkim', 'dmarc', 'authenticat*']],
  ['sender-infrastructure', ['ptr', 'rdns', 'reverse dns', 'reverse lookup']],
  ['content-rejected', ['spam*', 'virus*', 'content', 'attachment*', 'malware', 'phish*', 'infected']],
  ['message-too-large', ['size', 'large', 'big']],
  [
    'recipient-policy',
    ['policy', 'denied', 'rejected', 'not allowed', 'prohibited', 'permission', 'not permitted'],
  ],
];

const RULES = new Map<Category, Rule>(
  CUES.map(([category]) => [category, { id: `broad.cue-${category}`, category }]),
);

const INDEX = new PhraseIndex(true);
const IDS = CUES.map(([, words]) => words.map((w) => INDEX.id(w)));
const CATEGORIES = CUES.map(([category]) => category);

// A report's framing is not a cause: a field name ("Original-Recipient:", "Error-For:"), an address
// and "addressed to" name the recipient, not what went wrong with it (GNU Sympa's anabounce lists
// notices that give nothing but these; their recipients are "unknown", not a missing mailbox).
const FIELD_NAME = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)+:$/;
// A host name is framing too: the server a notice names ("mx.example.net #550 5.0.0 ##", Exchange's
// "Diagnostic information for administrators"; "relay.example.com") is where, not why: its "mx" or
// "relay" label is no cue. Its last label is a top-level domain's letters (Exchange's dotted
// "RESOLVER.ADR.Recipient..." components end in longer words and keep their cues).
function hostName(t: string): boolean {
  const labels = (t.endsWith('.') ? t.slice(0, -1) : t).split('.');
  const top = labels[labels.length - 1] as string;
  return labels.length > 1 && labels.every((l) => LABEL.test(l)) && TOP_LABEL.test(top);
}
const LABEL = /^[a-z0-9-]+$/;
const TOP_LABEL = /^[a-z]{2,7}$/;

function withoutFraming(lowerText: string): string {
  const words = lowerText.split(/\s+/);
  const kept: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const t = words[i] as string;
    if (t.includes('@') || FIELD_NAME.test(t) || hostName(t) || (t === 'addressed' && words[i + 1] === 'to'))
      continue;
    kept.push(t);
  }
  return kept.join(' ');
}

/** The category whose cue words the text holds most (its framing aside), or null when it holds
 *  none; `coded` is the category the reply code means, which wins when the text holds any of its
 *  cue words; `among`, when given, the only categories to weigh. */
export function cueCategory(
  lowerText: string,
  coded: Category | null = null,
  among?: ReadonlySet<Category>,
): { rule: Rule; matched: string } | null {
  // Exchange 2000/2003's #5.0.0 says outright that it knows no cause, then gives canned advice
  // ("Check the address and try again"): no cue stands (Microsoft KB 284945).
  if (lowerText.includes('did not report a specific reason')) return null;
  const present = INDEX.scan(withoutFraming(lowerText));
  if (INDEX.found.length === 0) return null;
  let best = -1;
  let score = 0;
  let matched = '';
  IDS.forEach((ids, k) => {
    const category = CATEGORIES[k] as Category;
    if (among && !among.has(category)) return;
    let n = 0;
    let first = '';
    for (const id of ids)
      if (present[id] === 1) {
        n++;
        first ||= INDEX.phrase(id);
      }
    if (n > 0 && category === coded) n += IDS.length;
    if (n > score) {
      score = n;
      best = k;
      matched = first;
    }
  });
  if (best < 0) return null;
  return { rule: RULES.get(CATEGORIES[best] as Category) as Rule, matched };
}
