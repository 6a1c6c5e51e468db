// The compiled phrase index must give exactly the answers of ruleMatches(), for every rule, on
// texts that contain the rules' own phrases, pieces of them, and junk; and classify() must pick the
// rule a plain search would: the first one with a phrase in the text that no longer phrase of
// another category's matching rule holds.
import fc from 'fast-check';
import { classify, RULE_TIERS } from '../../src/diagnosis/rules/classify';
import { REFUSAL_CAUSES } from '../../src/diagnosis/rules/classifier';
import { cueCategory } from '../../src/diagnosis/rules/cue-words';
import { compiledMatch, compileRule } from '../../src/diagnosis/rules/compiled-rule';
import { PhraseIndex } from '../../src/diagnosis/text/phrase-index';
import type { Rule } from '../../src/diagnosis/rules/rule';
import { oracleClassify, oracleMatch, ruleMatches } from './rule-oracle';
import { commandOf, STAGE_PHRASES, type SmtpCommand } from '../../src/diagnosis/text/smtp-command';

const rules = RULE_TIERS.flat();
const index = new PhraseIndex(true);
const compiled = rules.map((r) => compileRule(index, r));
const phrases = [...new Set(rules.flatMap((r) => [...(r.phrases ?? []), ...(r.also ?? [])]))];
const statuses = [null, ...new Set(rules.flatMap((r) => r.status ?? []).filter((s) => !s.endsWith('.')))];
// Reply codes and remote hosts the rows name, plus ones they don't: `reply` and `hosts` rows must
// read the same in the index and in the plain search, matching or not.
const replies = [
  null,
  '550',
  '554',
  ...new Set(rules.flatMap((r) => r.reply ?? []).filter((c) => c.length === 3)),
];
const hosts = [
  null,
  'mx.example.net',
  ...new Set(rules.flatMap((r) => r.hosts ?? []).map((h) => `mx1.${h}`)),
];

function agree(
  text: string,
  status: string | null,
  replyCode: string | null = null,
  host: string | null = null,
  command: SmtpCommand | null = null,
): void {
  const present = index.scan(text);
  const input = { text, status, replyCode, host, command, senderDomains: [], recipientDomain: null };
  rules.forEach((rule, i) => {
    const want = ruleMatches(rule, input);
    const got = compiledMatch(index, compiled[i]!, present, input);
    if (got !== want)
      throw new Error(`${rule.id} on ${JSON.stringify(text.slice(0, 80))}: ${got} != ${want}`);
  });
  // classify() tries only the rules whose phrases the scan found: the first rule that matches must
  // still be the first in order.
  const first = oracleClassify(rules, { text: text.toLowerCase(), status, replyCode, host, command }); // what classify() reads
  // A bare refusal word of broad.policy gives way to a cause's cue word beside it (classifier.ts
  // REFUSAL_CAUSES): the first rule is still the one the index must find.
  const cause =
    first?.startsWith('broad.policy ') && first !== 'broad.policy policy'
      ? cueCategory(text.toLowerCase(), null, REFUSAL_CAUSES)
      : null;
  const want = cause ? `${cause.rule.id} ${cause.matched}` : first;
  const c = classify({ status, replyCode, host, command, diagnostic: text, delayed: false });
  // "+sender-address": the X.1.7/X.1.8 reading after the match (classify.ts decide), not another rule.
  const got = `${c.rule.replace(/\+sender-address$/, '')} ${c.matched}`;
  if (want !== null && got !== want)
    throw new Error(`classify on ${JSON.stringify(text.slice(0, 80))}: ${c.rule} ${c.matched} != ${want}`);
}

describe('phrase index', () => {
  it('agrees with ruleMatches on each phrase, alone and inside text', () => {
    for (const p of phrases) {
      agree(p, null);
      agree(`550 5.7.1 ${p} (in reply to RCPT TO)`, '5.7.1');
      for (const reply of replies) agree(`${reply ?? ''} ${p}`, null, reply);
      agree(p, null, '554', 'mx.example.net');
      agree(p, null, '550', null, 'DATA');
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
      fc.property(
        fc.array(piece, { maxLength: 12 }),
        fc.constantFrom(...statuses),
        fc.constantFrom(...replies),
        fc.constantFrom(...hosts),
        fc.constantFrom<SmtpCommand | null>(null, 'RCPT', 'DATA', 'MAIL'),
        (ps, status, reply, host, command) => {
          agree(ps.join(''), status, reply, host, command);
        },
      ),
      { numRuns: 300 },
    );
  });
});

// Made-up rows (not the table): a longer phrase of another category shadows a shorter one only when
// its row applies as a whole; a row whose reply, host, code or "also" condition fails shadows nothing.
describe('the oracle reads a row as the engine does', () => {
  const short: Rule = {
    id: 't.short',
    category: 'recipient-domain-invalid',
    phrases: ['domain does not exist'],
  };
  const longer = (extra: Partial<Rule>): Rule => ({
    id: 't.long',
    category: 'sender-infrastructure',
    phrases: ['sender domain does not exist'],
    ...extra,
  });
  const text = '554 sender domain does not exist';
  const cases: [
    string,
    Partial<Rule>,
    { status?: string; replyCode?: string; host?: string; command?: SmtpCommand },
    string,
  ][] = [
    ['no conditions: shadowed', {}, {}, 't.long sender domain does not exist'],
    ['reply kept: shadowed', { reply: ['554'] }, { replyCode: '554' }, 't.long sender domain does not exist'],
    [
      'reply not kept: not shadowed',
      { reply: ['501'] },
      { replyCode: '554' },
      't.short domain does not exist',
    ],
    ['no reply given: not shadowed', { reply: ['501'] }, {}, 't.short domain does not exist'],
    [
      'host kept',
      { hosts: ['example.net'] },
      { host: 'mx.example.net' },
      't.long sender domain does not exist',
    ],
    ['host not kept', { hosts: ['example.net'] }, { host: 'mx.other.org' }, 't.short domain does not exist'],
    ['code not kept', { status: ['5.1.8'] }, { status: '5.1.1' }, 't.short domain does not exist'],
    ['also not kept', { also: ['helo'] }, {}, 't.short domain does not exist'],
    ['step kept', { stages: ['MAIL'] }, { command: 'MAIL' }, 't.long sender domain does not exist'],
    ['step not kept', { stages: ['MAIL'] }, { command: 'RCPT' }, 't.short domain does not exist'],
    ['no step given: not shadowed', { stages: ['MAIL'] }, {}, 't.short domain does not exist'],
  ];
  it.each(cases)('%s', (_name, extra, given, want) => {
    // The longer row is listed after the shorter one: only shadowing lets it win.
    const table = [short, longer(extra)];
    const input = {
      text,
      status: given.status ?? null,
      replyCode: given.replyCode ?? null,
      host: given.host ?? null,
      command: given.command ?? null,
    };
    expect(oracleClassify(table, input)).toBe(want);
    expect(oracleMatch(table, short, input)).toBe(
      want.startsWith('t.short') ? 'domain does not exist' : null,
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
