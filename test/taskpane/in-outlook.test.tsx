/** @jest-environment jsdom */
// The pane inside Outlook, through the real adapter on office-addin-mock: reading the item,
// following ItemChanged in a pinned pane, turning failures into advice, and saying when the
// bounce is about someone else's message.
import '@testing-library/jest-dom';
import { act, screen, within } from '@testing-library/react';
import axe from 'axe-core';
import { outlookHost } from '../../src/office';
import { App } from '../../src/taskpane/App';
import { fixture } from '../office/fixtures';
import { installOutlook, SETS_114, toBase64, uninstallOutlook } from '../office/outlook-mock';
import { engineNow, renderPane } from './render';

afterEach(uninstallOutlook);

const bounceItem = (file: string, subject = 'Undelivered Mail Returned to Sender') => ({
  subject,
  file: { base64: toBase64(fixture(file)) },
});

describe('pane in Outlook', () => {
  test('reads the selected bounce and shows its diagnosis, no input box in the way', async () => {
    installOutlook({ sets: SETS_114, item: bounceItem('dsn-user-unknown.eml') });
    renderPane(<App host={outlookHost} loadEngine={engineNow} />);
    const diagnosis = await screen.findByTestId('diagnosis');
    expect(diagnosis).toHaveAttribute('data-category', 'recipient-unknown');
    expect(screen.queryByTestId('sender-relation')).toBeNull();
    // The paste box is still there, folded away under "Diagnose another bounce".
    expect(screen.getByText('Diagnose another bounce').closest('details')).not.toHaveAttribute('open');
  });

  test('pinned pane: ItemChanged diagnoses the newly selected message', async () => {
    const outlook = installOutlook({ sets: SETS_114, item: bounceItem('dsn-user-unknown.eml') });
    renderPane(<App host={outlookHost} loadEngine={engineNow} />);
    expect(await screen.findByTestId('diagnosis')).toHaveAttribute('data-category', 'recipient-unknown');
    expect(outlook.calls).toContain('addHandlerAsync:olkItemSelectedChanged');
    await act(async () => outlook.changeItem(bounceItem('dsn-three-recipients.eml')));
    expect(await screen.findAllByTestId('recipient')).toHaveLength(3);
    await act(async () => outlook.changeItem(bounceItem('delay.eml', 'Delayed Mail')));
    expect(await screen.findByText(/Not delivered yet/)).toBeInTheDocument();
    expect(screen.getByTestId('diagnosis')).toHaveAttribute('data-kind', 'delay');
  });

  test('a restricted delivery report: what happened and what to do, with the paste box open', async () => {
    installOutlook({
      sets: SETS_114,
      item: {
        itemClass: 'IPM.Report.NDR',
        file: { error: 'Restricted item' },
        headers: { error: 'Restricted item' },
      },
    });
    renderPane(<App host={outlookHost} loadEngine={engineNow} />);
    const problem = await screen.findByTestId('read-problem');
    expect(within(problem).getByText('Outlook keeps add-ins away from delivery reports')).toBeInTheDocument();
    expect(problem.textContent).toMatch(/^.*What to doPin this pane.*drag the bounce/);
    expect(problem.textContent).toContain('forward the bounce to yourself as an attachment');
    expect(problem.textContent).toContain('.eml or .msg');
    expect(await screen.findByTestId('paste-input')).toBeVisible();
  });

  test('no item (pinned pane moved to a report): never a blank pane', async () => {
    const outlook = installOutlook({ sets: SETS_114, item: bounceItem('dsn-user-unknown.eml') });
    renderPane(<App host={outlookHost} loadEngine={engineNow} />);
    await screen.findByTestId('diagnosis');
    await act(async () => outlook.changeItem(null));
    expect(await screen.findByTestId('read-problem')).toBeInTheDocument();
    expect(screen.queryByTestId('diagnosis')).toBeNull();
  });

  test('a bounce forwarded by someone else, as an attachment: "someone else’s bounce"', async () => {
    installOutlook({
      sets: SETS_114,
      user: 'helpdesk@example.com',
      item: {
        subject: 'FW: can you look at this?',
        file: { base64: toBase64(fixture('plain-note.eml')) },
        attachments: [
          {
            id: 'a',
            name: 'Undelivered Mail',
            attachmentType: 'item',
            contentType: 'message/rfc822',
            size: 3000,
            isInline: false,
            content: { format: 'eml', content: fixture('dsn-user-unknown.eml') },
          },
        ],
      },
    });
    renderPane(<App host={outlookHost} loadEngine={engineNow} />);
    const notice = await screen.findByTestId('sender-relation');
    expect(notice.textContent).toContain('alice@example.com');
    expect(notice.textContent).toContain('helpdesk@example.com');
    expect(notice.textContent).toContain('email admin');
    expect(screen.getByText('Attachment: Undelivered Mail')).toBeInTheDocument();
  });

  test('a bounce received directly for mail the user did not send: backscatter', async () => {
    installOutlook({ sets: SETS_114, user: 'erin@example.com', item: bounceItem('dsn-user-unknown.eml') });
    renderPane(<App host={outlookHost} loadEngine={engineNow} />);
    const notice = await screen.findByTestId('sender-relation');
    expect(notice.textContent).toContain('backscatter');
  });

  test('the engine failing to load is said, not swallowed', async () => {
    installOutlook({ sets: SETS_114, item: bounceItem('dsn-user-unknown.eml') });
    renderPane(
      <App host={outlookHost} loadEngine={() => Promise.reject(new Error('Loading chunk engine failed'))} />,
    );
    expect((await screen.findByTestId('input-error')).textContent).toContain('Loading chunk engine failed');
  });

  // Only the WCAG 2.x A/AA rules, with a timeout of its own: every rule takes 3-7 s in jsdom on a
  // loaded 2-core machine, past jest's 5 s default. The Chromium suite (test/e2e) runs all of axe on
  // every state, colour contrast included (jsdom has no layout for it).
  test('axe (WCAG 2.x A/AA) finds no accessibility violations in a full diagnosis', async () => {
    installOutlook({ sets: SETS_114, item: bounceItem('dsn-three-recipients.eml') });
    const { container } = renderPane(<App host={outlookHost} loadEngine={engineNow} />);
    await screen.findAllByTestId('recipient');
    const result = await axe.run(container, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
      rules: { 'color-contrast': { enabled: false } },
    });
    expect(
      result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    ).toEqual([]);
  }, 60_000);
});
