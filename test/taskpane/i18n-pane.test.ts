// The pane's words in the chosen language: the decision (headline, owner, fix), the owner path
// and the copied summary, the engine given the language's words as the pane gives them
// (localWords); a rule's own advice stays English beside the localized fix; English shows the
// engine's text as it is.
import { diagnose, type RecipientDiagnosis } from '../../src/diagnosis';
import { de } from '../../src/i18n/catalogs/de';
import { ja } from '../../src/i18n/catalogs/ja';
import { loadLanguage, localWords } from '../../src/i18n';
import { utf8Bytes } from '../../src/office/bytes';
import { decide } from '../../src/taskpane/decision';
import { ownerPath } from '../../src/taskpane/owner-path';
import { summaryText } from '../../src/taskpane/summary-text';
import { fixture } from '../office/fixtures';

/** The bounce as the pane diagnoses it, in the active language's words. */
const diagnoseHere = () =>
  diagnose(utf8Bytes(fixture('dsn-user-unknown.eml')), { categoryWords: localWords() });
let bounce = diagnoseHere();
let r = bounce.recipients[0] as RecipientDiagnosis;
const viewer = { isSender: false };
const fill = (text: string | undefined, params: Record<string, string>) =>
  (text ?? '').replace(/\{([A-Za-z]+)\}/g, (whole, k: string) => params[k] ?? whole);
const domain = r.address.slice(r.address.lastIndexOf('@') + 1);

afterAll(() => loadLanguage('en'));

test('the fixture is an unknown address with the category’s own advice', () => {
  expect(r.category).toBe('recipient-unknown');
  expect(r.owner).toBe('sender');
});

describe.each([
  ['de', de],
  ['ja', ja],
] as const)('in %s', (lang, words) => {
  beforeAll(async () => {
    await loadLanguage(lang);
    bounce = diagnoseHere();
    r = bounce.recipients[0] as RecipientDiagnosis;
  });

  test('headline, why and fix come from the catalog by category id', () => {
    const decision = decide(bounce, r, null, viewer);
    expect(decision.title).toBe(words['title.recipient-unknown']);
    expect(decision.happened).toBe(
      fill(words['advice.recipient-unknown.summary'], { address: r.address, domain }),
    );
    expect(decision.why).toBe(words['why.recipient-unknown']);
    expect(decision.fix).toBe(words['advice.recipient-unknown.user']);
    expect(decision.admin).toBe(words['advice.recipient-unknown.admin']);
    expect(decision.specificFix).toBeNull();
    expect(decision.specificAdmin).toBeNull();
  });

  test('a rule’s own advice (not the category’s) stays, in English, beside the localized fix', () => {
    const specific = { ...r, remediation: { user: 'Ask the sender.', admin: 'Check X.', links: [] } };
    const decision = decide(bounce, specific, null, viewer);
    expect(decision.fix).toBe(words['advice.recipient-unknown.user']);
    expect([decision.specificFix, decision.specificAdmin]).toEqual(['Ask the sender.', 'Check X.']);
  });

  test('the owner path and the copied summary', () => {
    const decision = decide(bounce, r, null, viewer);
    const view = ownerPath(bounce, r, decision, viewer);
    expect(view.steps.map((s) => s.label)).toEqual([
      words['path.sender'],
      words['path.senderIt'],
      words['path.recipientIt'],
      words['path.recipient'],
    ]);
    const text = summaryText([
      { diagnosis: bounce, source: { label: 'x', origin: 'item', bytes: new Uint8Array() } },
    ]);
    expect(text).toContain(`${words['fact.whoMustAct']}: ${words['owner.sender']}`);
    expect(text).toContain(`${words['fact.howToFix']}: ${words['advice.recipient-unknown.user']}`);
    expect(text).not.toContain('How to fix it');
  });
});

test('in English the engine’s own words are shown as they are', async () => {
  await loadLanguage('en');
  bounce = diagnoseHere();
  r = bounce.recipients[0] as RecipientDiagnosis;
  const decision = decide(bounce, r, null, viewer);
  expect(decision.fix).toBe(r.remediation.user);
  expect(decision.admin).toBe(r.remediation.admin);
  expect(decision.happened).toBe(r.summary);
  expect(decision.specificFix).toBeNull();
});
