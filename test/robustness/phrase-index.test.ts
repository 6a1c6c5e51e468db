// The compiled phrase index must give exactly the answers of ruleMatches(), for every rule, on
// texts that contain the rules' own phrases, pieces of them, and junk; and classify() must pick the
// rule a plain search would: the first one with a phrase in the text that no longer phrase of
// another category's matching rule holds.
import fc from 'fast-check';
import { classify, RULE_TIERS } from '../../src/diagnosis/rules/classify';
import { compiledMatch, compileRule } from '../../src/diagnosis/rules/compiled-rule';
import { PhraseIndex } from '../../src/diagnosis/text/phrase-index';
import { containsPhrase, phraseText } from '../../src/diagnosis/text/phrase';
import { senderMatches, statusMatches, type Rule } from '../../src/diagnosis/rules/rule';
import { ruleMatches } from './rule-oracle';
import { commandOf, STAGE_PHRASES } from '../../src/diagnosis/text/smtp-command';

const rules = RULE_TIERS.flat();
const index = new PhraseIndex(true);
const compiled = rules.map((r) => compileRule(index, r));
const phrases = [...new Set(rules.flatMap((r) => [...(r.phrases ?? []), ...(r.also ?? [])]))];
const statuses = [null, ...new Set(rules.flatMap((r) => r.status ?? []).filter((s) => !s.endsWith('.')))];

function agree(text: string, status: string | null): void {
  const present = index.scan(text);
  rules.forEach((rule, i) => {
    const want = ruleMatches(rule, { text, status });
    const got = compiledMatch(index, compiled[i]!, present, {
      text,
      status,
      replyCode: null,
      host: null,
      senderDomains: [],
      recipientDomain: null,
    });
    if (got !== want)
      throw new Error(`${rule.id} on ${JSON.stringify(text.slice(0, 80))}: ${got} != ${want}`);
  });
  // classify() tries only the rules whose phrases the scan found: the first rule that matches must
  // still be the first in order.
  const lower = text.toLowerCase(); // what classify() reads
  let want: string | null = null;
  for (const rule of rules) {
    const hit = oracleMatch(rule, lower, status);
    if (hit !== null) {
      want = `${rule.id} ${hit}`;
      break;
    }
  }
  const c = classify({ status, replyCode: null, diagnostic: text, delayed: false });
  // "+sender-address": the X.1.7/X.1.8 reading after the match (classify.ts decide), not another rule.
  const got = `${c.rule.replace(/\+sender-address$/, '')} ${c.matched}`;
  if (want !== null && got !== want)
    throw new Error(`classify on ${JSON.stringify(text.slice(0, 80))}: ${c.rule} ${c.matched} != ${want}`);
}

/** Rule's phrase in the text that no longer phrase of a matching rule of another category holds. */
function oracleMatch(rule: Rule, text: string, status: string | null): string | null {
  if (ruleMatches(rule, { text, status }) === null) return null;
  if (!rule.phrases) return status;
  for (const p of rule.phrases) {
    if (!containsPhrase(text, p)) continue;
    const beaten = rules.some(
      (other) =>
        other !== rule &&
        other.category !== rule.category &&
        !(rule.status && !other.status) &&
        (other.phrases ?? []).some(
          (q) =>
            phraseText(q).length > phraseText(p).length &&
            containsPhrase(phraseText(q), p) &&
            containsPhrase(text, q),
        ) &&
        statusMatches(other, status) &&
        senderMatches(other, text, null, null) &&
        (other.also ?? []).every((q) => containsPhrase(text, q)),
    );
    if (!beaten) return phraseText(p);
  }
  return null;
}

describe('phrase index', () => {
  it('agrees with ruleMatches on each phrase, alone and inside text', () => {
    for (const p of phrases) {
      agree(p, null);
      agree(`550 5.7.1 ${p} (in reply to RCPT TO)`, '5.7.1');
      agree(p.slice(0, -1), null);
      agree(p.slice(1), '5.1.1');
    }
  });

  it('agrees on random mixes of phrases, pieces and junk', () => {
    const piece = fc.oneof(
      fc.constantFrom(...phrases),
      fc.constantFrom(...phrases).map((p) => p.slice(0, Math.max(1, p.length >> 1))),
      fc.string({ maxLength: 6 }),
      fc.constantFrom(' ', '  ', '.', ': ', 'é', '\u3042'),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), fc.constantFrom(...statuses), (ps, status) => {
        agree(ps.join(''), status);
      }),
      { numRuns: 300 },
    );
  });
});

describe('commandOf', () => {
  // The search per phrase it replaced, kept as the oracle.
  function oracle(text: string): string | null {
    const lower = text.slice(0, 20000).toLowerCase();
    let best: string | null = null;
    let at = Infinity;
    for (const [phrase, command] of STAGE_PHRASES) {
      const i = lower.indexOf(phrase);
      if (i >= 0 && i < at) {
        at = i;
        best = command;
      }
    }
    return best;
  }

  it('names the step of the earliest phrase, as a search per phrase did', () => {
    const piece = fc.oneof(
      fc.constantFrom(...STAGE_PHRASES.map(([p]) => p)),
      fc.constantFrom(...STAGE_PHRASES.map(([p]) => p.toUpperCase().slice(0, 12))),
      fc.constantFrom(' ', '550 5.1.1 ', 'RCPT', 'after ', 'data'),
      fc.string({ maxLength: 5 }),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 10 }), (ps) => {
        const text = ps.join('');
        expect(commandOf(text)).toBe(oracle(text));
      }),
      { numRuns: 1000 },
    );
  });
});
