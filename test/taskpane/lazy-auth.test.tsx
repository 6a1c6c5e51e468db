/** @jest-environment jsdom */
// The pane with its real engine loader, as the production build has it: diagnose.ts comes without
// the authentication analysis, which carries the Public Suffix List (tldts). An ordinary bounce
// never loads it; a DMARC bounce loads it once and shows the same auth section as the CLI.
// The tests run in order: the analysis, once loaded, stays plugged in.
import '@testing-library/jest-dom';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { NOT_ANALYZED } from '../../src/diagnosis/auth/analyzer';
import type { Diagnosis } from '../../src/diagnosis/types';
import { analyzeComplete } from '../../src/taskpane/analyze';
import { App } from '../../src/taskpane/App';
import { loadEngine } from '../../src/taskpane/engine';
import { fixture } from '../office/fixtures';

// Counts the first (and only) load of each module; `mock` names may be used in jest.mock factories.
const mockLoads = { analysis: 0, tldts: 0 };
jest.mock('../../src/diagnosis/auth/analyze', () => {
  mockLoads.analysis++;
  return jest.requireActual('../../src/diagnosis/auth/analyze');
});
jest.mock('tldts', () => {
  mockLoads.tldts++;
  return jest.requireActual('tldts');
});

// Not ./render.tsx: its engineNow imports the Node entry, which plugs the analysis in at once.
const renderPane = (ui: JSX.Element) => render(<FluentProvider theme={webLightTheme}>{ui}</FluentProvider>);

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
    expect(mockLoads).toEqual({ analysis: 0, tldts: 0 });
    view.unmount();
  });

  test('when it cannot load, the diagnosis stands and its auth part says it was not analyzed', async () => {
    const diagnose = await loadEngine();
    const failing = () => Promise.reject(new Error('chunk load failed'));
    const [shown] = await analyzeComplete([source('dmarc-reject.eml')], diagnose, failing);
    const d = shown?.diagnosis as Diagnosis;
    // The pane shows a copy (invisible characters made visible) of the engine's NOT_ANALYZED.
    expect(d.auth).toEqual(NOT_ANALYZED);
    expect(d.auth?.verdict).toBe('unknown');
    expect(d.auth?.explanation).toContain('not analyzed');
    // The recipient keeps the general advice for its category rather than a guess.
    expect(d.recipients[0]?.category).toBe('auth-failed');
    expect(mockLoads).toEqual({ analysis: 0, tldts: 0 });
  });

  test('a DMARC bounce loads it once and shows what the CLI shows', async () => {
    const view = await paste(fixture('dmarc-reject.eml'));
    const auth = await screen.findByTestId('auth');
    expect(mockLoads).toEqual({ analysis: 1, tldts: 1 });
    // The Node entry plugs in the same analysis; its diagnosis is the reference.
    const { diagnose } = jest.requireActual<typeof import('../../src/diagnosis')>('../../src/diagnosis');
    const expected = diagnose(fixture('dmarc-reject.eml')).auth;
    expect(expected).not.toBeNull();
    expect(expected?.verdict).not.toBe('unknown');
    expect(auth).toHaveAttribute('data-verdict', expected?.verdict);
    expect(auth.textContent).toContain(expected?.explanation);
    view.unmount();

    await paste(fixture('dmarc-reject.eml'));
    await screen.findByTestId('auth');
    expect(mockLoads).toEqual({ analysis: 1, tldts: 1 });
  });
});
