/** @jest-environment jsdom */
// Microsoft's rule-specific advice in the pane's language: a German Exchange Online bounce (5.7.133,
// a group that takes mail only from inside its organization) shows the rule's fix in German once
// the German rule-advice chunk is there, with no "(in English)" note; if the chunk can't load, the
// rule's English fix stays beside the German category advice, marked so (today's behaviour).
// The tests run in order: the failed load is forgotten, the next answer loads it.
import '@testing-library/jest-dom';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MICROSOFT_ADVICE } from '../../src/diagnosis/advice/microsoft';
import { loadLanguage } from '../../src/i18n';
import { de as deCatalog } from '../../src/i18n/catalogs/de';
import { de } from '../../src/i18n/rule-advice/de';
import { App } from '../../src/taskpane/App';
import { fixture } from '../office/fixtures';
import { engineNow, openAdminDetails, renderPane } from './render';

const RULE = 'exo.5.7.133-group-external-senders';
const english = MICROSOFT_ADVICE[RULE];
const german = de[RULE];
const inEnglish = deCatalog['group.specificAdvice'] ?? '';

beforeAll(() => loadLanguage('de'));
afterAll(() => loadLanguage('en'));

async function diagnoseGermanBounce() {
  const user = userEvent.setup();
  const view = renderPane(<App host={null} loadEngine={engineNow} copy={async () => true} />);
  await user.click(await screen.findByTestId('paste-input'));
  await user.paste(fixture('exo-group-external-de.eml'));
  await user.click(await screen.findByTestId('diagnose-button'));
  const diagnosis = await screen.findByTestId('diagnosis');
  return { view, diagnosis };
}

test('the fixture and the texts compared', () => {
  expect(english?.user).toBeDefined();
  expect(german?.user).toBeDefined();
  expect(german?.user).not.toBe(english?.user);
  expect(inEnglish).toContain('Englisch');
});

test('when the German rule advice cannot load, its English stays beside the German category fix', async () => {
  jest.doMock('../../src/i18n/rule-advice/de', () => {
    throw new Error('chunk load failed');
  });
  const { view, diagnosis } = await diagnoseGermanBounce();
  expect(diagnosis).toHaveAttribute('data-category', 'recipient-policy');
  const specific = await within(diagnosis).findByTestId('specific-fix');
  expect(specific.textContent).toContain(inEnglish);
  expect(specific.querySelector('[lang="en"]')?.textContent).toBe(english?.user);
  expect(within(diagnosis).getByTestId('fix').textContent).toBe(deCatalog['advice.recipient-policy.user']);
  // The load was tried and failed: the answer stays as it is.
  await new Promise((resolve) => setTimeout(resolve, 50));
  expect(within(diagnosis).getByTestId('specific-fix')).toBeInTheDocument();
  view.unmount();
  jest.dontMock('../../src/i18n/rule-advice/de');
});

test('once loaded, the rule’s own fix shows in German, for the user and the admin, without the note', async () => {
  const { diagnosis } = await diagnoseGermanBounce();
  await waitFor(() => expect(within(diagnosis).getByTestId('fix').textContent).toBe(german?.user));
  expect(within(diagnosis).queryByTestId('specific-fix')).toBeNull();
  expect(diagnosis.textContent).not.toContain(inEnglish);
  expect(diagnosis.textContent).not.toContain(english?.user ?? '');
  const admin = await openAdminDetails();
  await waitFor(() => expect(admin.textContent).toContain(german?.admin ?? ''));
  expect(within(admin).queryByTestId('specific-admin')).toBeNull();
  // Microsoft's own page stays the link.
  expect(admin.querySelector('a[href*="fix-error-code-5-7-133"]')).not.toBeNull();
});
