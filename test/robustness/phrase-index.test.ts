// The compiled phrase index must give exactly the answers of ruleMatches(), for every rule, on
// texts that contain the rules' own phrases, pieces of them, and junk.
import fc from 'fast-check';
import { classify, RULE_TIERS } from '../../src/diagnosis/classify/classify';
import { compiledMatch, PhraseIndex } from '../../src/diagnosis/classify/phrase-index';
import { ruleMatches } from '../../src/diagnosis/classify/rule';
import { commandOf, STAGE_PHRASES } from '../../src/diagnosis/report/smtp';

const rules = RULE_TIERS.flat();
const index = new PhraseIndex();
const compiled = rules.map((r) => index.compile(r));
const phrases = [...new Set(rules.flatMap((r) => [...(r.phrases ?? []), ...(r.also ?? [])]))];
const statuses = [null, ...new Set(rules.flatMap((r) => r.status ?? []).filter((s) => !s.endsWith('.')))];

function agree(text: string, status: string | null): void {
  const present = index.scan(text);
  rules.forEach((rule, i) => {
    const want = ruleMatches(rule, { text, status });
    const got = compiledMatch(index, compiled[i]!, present, status);
    if (got !== want)
      throw new Error(`${rule.id} on ${JSON.stringify(text.slice(0, 80))}: ${got} != ${want}`);
  });
  // classify() tries only the rules whose phrases the scan found: the first rule that matches must
  // still be the first in order.
  const lower = text.toLowerCase(); // what classify() reads
  const first = rules.find((rule) => ruleMatches(rule, { text: lower, status }) !== null);
  const c = classify({ status, replyCode: null, diagnostic: text, delayed: false });
  const want = first ? `${first.id} ${ruleMatches(first, { text: lower, status })}` : 'class.unknown null';
  if (`${c.rule} ${c.matched}` !== want)
    throw new Error(`classify on ${JSON.stringify(text.slice(0, 80))}: ${c.rule} ${c.matched} != ${want}`);
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
