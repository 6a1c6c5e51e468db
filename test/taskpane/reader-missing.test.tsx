/** @jest-environment jsdom */
// When a rare format's reader or the rule table's rare phrases cannot be loaded (a dropped
// connection), the pane shows what it read without them, says so, and offers to read the message
// again; a second try that loads them shows what the CLI shows, without the note.
import '@testing-library/jest-dom';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { diagnose as cliDiagnose } from '../../src/diagnosis';
import { App } from '../../src/taskpane/App';
import * as engine from '../../src/taskpane/engine';
import { engineNow, renderPane } from './render';

jest.mock('../../src/taskpane/engine', () => {
  const actual = jest.requireActual<typeof import('../../src/taskpane/engine')>('../../src/taskpane/engine');
  return {
    ...actual,
    loadFormatReaders: jest.fn(actual.loadFormatReaders),
    loadRarePhrases: jest.fn(actual.loadRarePhrases),
  };
});

const GROUPWISE = fs.readFileSync(path.join(__dirname, '../fixtures/groupwise/user-not-found.eml'), 'utf8');

test('a reader that failed to load is named, and Read again reads the message with it', async () => {
  const load = jest.mocked(engine.loadFormatReaders);
  load.mockRejectedValueOnce(new Error('Loading chunk formats failed'));
  const user = userEvent.setup();
  renderPane(<App host={null} loadEngine={engineNow} />);
  await user.click(await screen.findByTestId('paste-input'));
  await user.paste(GROUPWISE);
  await user.click(await screen.findByTestId('diagnose-button'));
  const note = await screen.findByTestId('reader-missing');
  expect(note).toHaveTextContent('Part of Bounce Lens could not be loaded');
  expect(screen.getByTestId('diagnosis')).toBeInTheDocument();

  await user.click(screen.getByTestId('read-again'));
  await waitFor(() => expect(screen.queryByTestId('reader-missing')).toBeNull());
  const expected = cliDiagnose(Buffer.from(GROUPWISE));
  expect(expected.format).toBe('groupwise');
  const rows = await screen.findAllByTestId('recipient');
  expect(rows.map((r) => [r.getAttribute('data-address'), r.getAttribute('data-category')])).toEqual(
    expected.recipients.map((r) => [r.address, r.category]),
  );
  expect(load).toHaveBeenCalledTimes(2);
});

const SUPPRESSED = fs.readFileSync(path.join(__dirname, '../fixtures/amazon-ses/suppressed.eml'), 'utf8');

test('rare phrases that failed to load are named, and Read again reads the message with them', async () => {
  const load = jest.mocked(engine.loadRarePhrases);
  load.mockRejectedValueOnce(new Error('Loading chunk phrases failed'));
  const user = userEvent.setup();
  renderPane(<App host={null} loadEngine={engineNow} />);
  await user.click(await screen.findByTestId('paste-input'));
  await user.paste(SUPPRESSED);
  await user.click(await screen.findByTestId('diagnose-button'));
  const note = await screen.findByTestId('reader-missing');
  expect(note).toHaveTextContent('Part of Bounce Lens could not be loaded');
  expect(note).toHaveTextContent('rarer wordings');

  await user.click(screen.getByTestId('read-again'));
  await waitFor(() => expect(screen.queryByTestId('reader-missing')).toBeNull());
  const expected = cliDiagnose(Buffer.from(SUPPRESSED));
  expect(expected.recipients.map((r) => r.category)).toEqual(['suppressed']);
  const rows = await screen.findAllByTestId('recipient');
  expect(rows.map((r) => [r.getAttribute('data-address'), r.getAttribute('data-category')])).toEqual(
    expected.recipients.map((r) => [r.address, r.category]),
  );
  expect(load).toHaveBeenCalledTimes(2);
});
