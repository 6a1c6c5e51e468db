// The phrases few bounces have (src/diagnosis/rules/table-rare/) stay out of the pane's engine chunk
// and load on demand. That is only safe when the sign never misses: a text that holds one of those
// phrases holds its key word (rules/rare-phrases.ts), and a text without a key word is classified
// the same with them and without them. Checked on every phrase and every example line of the table.
import { CATEGORY_WORDS, diagnose, diagnoseWith } from '../../src/diagnosis';
import { classifyBy, rulesWith, type ClassifyInput } from '../../src/diagnosis/rules/classifier';
import { PROVENANCE } from '../../src/diagnosis/rules/provenance';
import { RARE_KEY_HASHES } from '../../src/diagnosis/rules/rare-key-hashes';
import { RARE_KEYS } from '../../src/diagnosis/rules/rare-keys';
import { encodeKeyHashes, keyHash, mayNeedRarePhrases } from '../../src/diagnosis/rules/rare-phrases';
import { BASE_TABLE, withRarePhrases } from '../../src/diagnosis/rules/table';
import { RARE_PHRASES } from '../../src/diagnosis/rules/table-rare';
import { hasLocalLetter } from '../../src/diagnosis/text/localized';
import { isWordChar, phraseText } from '../../src/diagnosis/text/phrase';

const BASE = rulesWith(undefined);
const FULL = rulesWith(RARE_PHRASES);

/** The words of a phrase a matching text holds whole: every run of word chars but a stem's last. */
function wholeWords(phrase: string): string[] {
  const text = phraseText(phrase);
  const words: string[] = [];
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    const word = i < text.length && isWordChar(text.charCodeAt(i));
    if (word && start < 0) start = i;
    else if (!word && start >= 0) {
      words.push(text.slice(start, i));
      start = -1;
    }
  }
  if (phrase.endsWith('*') && isWordChar(text.charCodeAt(text.length - 1))) words.pop();
  return words;
}

const rare = [
  ...Object.entries(RARE_PHRASES.phrases).flatMap(([id, list]) => list.map((p) => ({ id, p }))),
  ...RARE_PHRASES.rows.flatMap(({ id, phrases }) => (phrases ?? []).map((p) => ({ id, p }))),
];
const baseIds = new Set(BASE_TABLE.map((r) => r.id));

describe('the phrases few bounces have', () => {
  it('are many, and each belongs to a row of the table', () => {
    expect(rare.length).toBeGreaterThan(700);
    const rowIds = new Set(RARE_PHRASES.rows.map((r) => r.id));
    expect(Object.keys(RARE_PHRASES.phrases).filter((id) => !baseIds.has(id))).toEqual([]);
    expect(RARE_PHRASES.rows.filter((r) => baseIds.has(r.id))).toEqual([]);
    expect(rare.filter(({ id }) => !baseIds.has(id) && !rowIds.has(id))).toEqual([]);
  });

  // A whole rare row goes back where its file wrote it, after a row of its own category; it needs
  // its phrases (a row without any never matches) and no code of its own to match on.
  it('come as whole rows only where every phrase is rare, each after a row that exists', () => {
    const full = withRarePhrases(BASE_TABLE, RARE_PHRASES);
    const lost = RARE_PHRASES.rows.filter((r) => full.findIndex((x) => x.id === r.after) < 0);
    expect(lost.map((r) => `${r.id} after ${r.after}`)).toEqual([]);
    // (a code-tier row with a status of its own matches on that code: it stays in the chunk)
    expect(
      RARE_PHRASES.rows.filter(
        (r) => !r.phrases?.length || r.codeAlone || (r.tier === 'code' && r.status?.length),
      ),
    ).toEqual([]);
    const strayed = RARE_PHRASES.rows.filter(
      (r) => full.find((x) => x.id === r.after)?.category !== r.category,
    );
    expect(strayed.map((r) => r.id)).toEqual([]);
    expect(full).toHaveLength(BASE_TABLE.length + RARE_PHRASES.rows.length);
  });

  // A row of the engine chunk with no phrase of its own only costs bytes there: it goes whole to
  // table-rare/ (its code-only copy needs it in the chunk, so a codeAlone row stays).
  it('leave no row in the engine chunk without a phrase of its own, unless its code alone matches', () => {
    const idle = BASE_TABLE.filter((r) => !r.phrases?.length && !r.codeAlone && r.tier !== 'code');
    expect(idle.map((r) => r.id)).toEqual([]);
  });

  it('each hold a key word whole or a letter past ASCII, so their sign never misses', () => {
    const missing = rare.filter(
      ({ p }) => !hasLocalLetter(p) && !wholeWords(p).some((w) => RARE_KEYS.has(w)),
    );
    expect(missing).toEqual([]);
    expect(rare.filter(({ p }) => !mayNeedRarePhrases(phraseText(p)))).toEqual([]);
  });

  it('have their key words hashed in step (npm run rules:keys), each to a hash of its own', () => {
    expect(RARE_KEY_HASHES).toBe(encodeKeyHashes(RARE_KEYS));
    expect(new Set([...RARE_KEYS].map(keyHash)).size).toBe(RARE_KEYS.size);
  });

  it('need every key word (none is left from a phrase that moved back)', () => {
    const used = new Set(rare.flatMap(({ p }) => wholeWords(p)));
    expect([...RARE_KEYS].filter((k) => !used.has(k))).toEqual([]);
  });

  // Every example line of the table (real server lines): those without the sign get the same
  // answer from the table without its rare phrases. Most ordinary lines have no sign.
  const examples = Object.values(PROVENANCE).flatMap((p) => p.examples ?? []);
  const input = (e: (typeof examples)[number]): ClassifyInput => ({
    status: e.status ?? null,
    replyCode: /^[245]\d\d\b/.exec(e.line)?.[0] ?? null,
    diagnostic: e.line,
    delayed: false,
    senderDomains: e.sender ? [e.sender] : [],
    recipientDomain: e.recipientDomain ?? null,
    reportingMta: e.reportingMta ?? null,
  });

  it('change no answer for a line without the sign', () => {
    const unsigned = examples.filter((e) => !mayNeedRarePhrases(e.line.toLowerCase()));
    expect(unsigned.length).toBeGreaterThan(300);
    const differ = unsigned.filter(
      (e) => classifyBy(BASE, input(e)).rule !== classifyBy(FULL, input(e)).rule,
    );
    expect(differ.map((e) => e.line)).toEqual([]);
  });

  it.each([
    ['550 5.1.1 <bob@example.org>: Recipient address rejected: User unknown in virtual mailbox table', false],
    ['552 5.2.2 Mailbox full', false],
    ['421 4.7.0 Try again later, closing connection.', false],
    ['This message is looping: it already has my Delivered-To line.', true],
    ['550 Benutzer unbekannt', true],
    ['550 blacklisted by spamcop.net', true],
  ])('sign of %j: %s', (line, sign) => {
    expect(mayNeedRarePhrases(line.toLowerCase())).toBe(sign);
  });
});

const bounce = (reason: string) =>
  [
    'From: Mail Delivery System <MAILER-DAEMON@mx.example.net>',
    'To: alice@example.com',
    'Subject: Undelivered Mail Returned to Sender',
    'Content-Type: text/plain',
    '',
    "I'm sorry to have to inform you that your message could not",
    'be delivered to one or more recipients.',
    '',
    `<bob@example.org>: host mx.example.org[192.0.2.1] said: ${reason} (in reply to RCPT TO command)`,
    '',
  ].join('\r\n');

describe('a diagnosis without the rare phrases', () => {
  it.each([
    ['550 5.1.1 User unknown', false],
    ['550 5.7.1 this message is looping', true],
  ])('of %j says it needs them: %s, and has them the public entry answers alike', (reason, needed) => {
    let told = 0;
    const without = diagnoseWith(bounce(reason), {
      categoryWords: CATEGORY_WORDS,
      onMissingRarePhrases: () => told++,
    });
    expect(told > 0).toBe(needed);
    const withThem = diagnoseWith(bounce(reason), {
      categoryWords: CATEGORY_WORDS,
      rarePhrases: RARE_PHRASES,
      onMissingRarePhrases: () => told++,
    });
    expect(withThem.recipients.map((r) => r.rule)).toEqual(
      diagnose(bounce(reason)).recipients.map((r) => r.rule),
    );
    if (!needed)
      expect(without.recipients.map((r) => r.rule)).toEqual(withThem.recipients.map((r) => r.rule));
  });
});
