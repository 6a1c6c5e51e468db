// Renders the pane the way index.tsx does (inside its ThemeRoot), for the component tests.
import { webLightTheme } from '@fluentui/react-components';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import type { ReactElement } from 'react';
import { diagnose } from '../../src/taskpane/engine-chunk';
import type { Diagnose } from '../../src/taskpane/engine';
import { ThemeRoot } from '../../src/taskpane/components/ThemeRoot';

export function renderPane(ui: ReactElement) {
  return render(
    <ThemeRoot theme={webLightTheme} dir="ltr">
      {ui}
    </ThemeRoot>,
  );
}

/** The engine, loaded at once (the pane loads it lazily); its on-demand parts load as in the pane. */
export const engineNow = (): Promise<Diagnose> =>
  Promise.resolve((input, lacking) => diagnose(input, lacking));

/** Opens every "For your email admin" fold, as a click on its summary does; their content is
 *  made only once opened (components/Fold.tsx). Resolves with the first fold. */
export async function openAdminDetails(): Promise<HTMLElement> {
  const folds = await screen.findAllByTestId('admin-details');
  for (const fold of folds) fireEvent.click(fold.querySelector('summary') as HTMLElement);
  // Until each fold's chunk came and its content replaced the pending mark (components/Pending.tsx).
  await waitFor(() => {
    for (const fold of folds) {
      expect(fold.querySelector('summary + *')).not.toBeNull();
      expect(fold.querySelector('[data-pending]')).toBeNull();
    }
  });
  return folds[0] as HTMLElement;
}
