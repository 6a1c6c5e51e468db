// Renders the pane the way index.tsx does (inside a FluentProvider), for the component tests.
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { diagnose } from '../../src/taskpane/engine-chunk';
import type { Diagnose } from '../../src/taskpane/engine';

export function renderPane(ui: ReactElement) {
  return render(<FluentProvider theme={webLightTheme}>{ui}</FluentProvider>);
}

/** The engine, loaded at once (the pane loads it lazily); its on-demand parts load as in the pane. */
export const engineNow = (): Promise<Diagnose> =>
  Promise.resolve((input, lacking) => diagnose(input, lacking));
