/** @jest-environment jsdom */
// The pane with its real engine loader: the engine chunk diagnoses without the authentication
// analysis, which carries the Public Suffix List (tldts), until a message needs it. An ordinary
// bounce never asks for it; a DMARC bounce has it loaded once and shows the same auth section as
// the CLI. The tests run in order: the analysis, once loaded, is passed to every later diagnosis.
// (That the analysis and tldts sit in a chunk of their own in the build is
// test/addin/bundle-budget.test.ts's; here every module is in one process.)
import '@testing-library/jest-dom';
import { webLightTheme } from '@fluentui/react-components';
import { ThemeRoot } from '../../src/taskpane/components/ThemeRoot';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { NOT_ANALYZED, type Diagnosis } from '../../src/diagnosis';
import { analyzeComplete } from '../../src/taskpane/analyze';
import { App } from '../../src/taskpane/App';
import { loadAuthAnalysis, loadEngine } from '../../src/taskpane/engine';
import { fixture } from '../office/fixtures';
import { openAdminDetails } from './render';

// Counts the analysis's calls; `mock` names may be used in jest.mock factories.
const mockCalls = { analysis: 0 };
jest.mock('../../src/diagnosis/auth/analyze', () => {
  const actual = jest.requireActual<typeof import('../../src/diagnosis/auth/analyze')>(
    '../../src/diagnosis/auth/analyze',
  );
  return {
    ...actual,
    analyzeAuth: (...args: Parameters<typeof actual.analyzeAuth>) => {
      mockCalls.analysis++;
      return actual.analyzeAuth(...args);
    },
  };
});

// Not ./render.tsx: its engineNow is the engine chunk loaded at once, not the pane's loader.
const renderPane = (ui: JSX.Element) =>
  render(
    <ThemeRoot theme={webLightTheme} dir="ltr">
      {ui}
    </ThemeRoot>,
  );

async function paste(text: string) {
  const user = userEvent.setup();
  const view = renderPane(<App host={null} copy={async () => true} />);
  await user.click(await screen.findByTestId('paste-input'));
  await user.paste(text);
  await user.click(await screen.findByTestId('diagnose-button'));
  await screen.findByTestId('diagnosis');
  return view;
}

const source = (name: string) => ({
  label: name,
  origin: 'pasted' as const,
  bytes: new TextEncoder().encode(fixture(name)),
});

describe('the authentication analysis, loaded on demand', () => {
  test('an ordinary bounce is diagnosed without it: no auth section, no tldts', async () => {
    const view = await paste(fixture('dsn-user-unknown.eml'));
    expect(screen.getByTestId('diagnosis')).toHaveAttribute('data-category', 'recipient-unknown');
    expect(screen.queryByTestId('auth')).toBeNull();
    expect(mockCalls.analysis).toBe(0);
    view.unmount();
  });

  test('when it cannot load, the diagnosis stands and its auth part says it was not analyzed', async () => {
    const diagnose = await loadEngine();
    const failing = jest.fn(() => Promise.reject(new Error('chunk load failed')));
    const [shown] = await analyzeComplete([source('dmarc-reject.eml')], diagnose, failing);
    expect(failing).toHaveBeenCalledTimes(1);
    const d = shown?.diagnosis as Diagnosis;
    // The pane shows a copy (invisible characters made visible) of the engine's NOT_ANALYZED.
    expect(d.auth).toEqual(NOT_ANALYZED);
    expect(d.auth?.verdict).toBe('unknown');
    expect(d.auth?.explanation).toContain('not analyzed');
    // The recipient keeps the general advice for its category rather than a guess.
    expect(d.recipients[0]?.category).toBe('auth-failed');
    expect(mockCalls.analysis).toBe(0);
  });

  test('a DMARC bounce loads it once and shows what the CLI shows', async () => {
    const view = await paste(fixture('dmarc-reject.eml'));
    await openAdminDetails();
    const auth = await screen.findByTestId('auth');
    expect(mockCalls.analysis).toBe(1);
    // The Node entry passes the same analysis; its diagnosis is the reference.
    const { diagnose } = jest.requireActual<typeof import('../../src/diagnosis')>('../../src/diagnosis');
    const expected = diagnose(fixture('dmarc-reject.eml')).auth;
    expect(expected).not.toBeNull();
    expect(expected?.verdict).not.toBe('unknown');
    expect(auth).toHaveAttribute('data-verdict', expected?.verdict);
    expect(auth.textContent).toContain(expected?.explanation);
    view.unmount();

    // Loaded once: the next DMARC bounce is diagnosed with it at once, without asking again.
    const paneDiagnose = await loadEngine();
    const load = jest.fn(loadAuthAnalysis);
    const [shown] = await analyzeComplete([source('dmarc-reject.eml')], paneDiagnose, load);
    expect(load).not.toHaveBeenCalled();
    expect(shown?.diagnosis.auth?.verdict).toBe(expected?.verdict);
  });
});
