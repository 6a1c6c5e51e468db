/** @jest-environment jsdom */
// Standalone mode: paste, file picker (.eml, .txt, .msg), the automation hooks, grouping,
// calm states, Copy summary, and message text kept as text.
import '@testing-library/jest-dom';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../src/taskpane/App';
import { fixture } from '../office/fixtures';
import { buildMsg } from '../office/msg-fixture';
import { engineNow, openAdminDetails, renderPane } from './render';

async function pasteAndDiagnose(text: string) {
  const user = userEvent.setup();
  renderPane(<App host={null} loadEngine={engineNow} copy={async () => true} />);
  await user.click(await screen.findByTestId('paste-input'));
  await user.paste(text);
  await user.click(await screen.findByTestId('diagnose-button'));
  return { user, diagnosis: await screen.findByTestId('diagnosis') };
}

describe('standalone pane', () => {
  test('starts with the paste box, the file picker and the diagnose button', async () => {
    renderPane(<App host={null} loadEngine={engineNow} />);
    expect((await screen.findByTestId('paste-input')).tagName).toBe('TEXTAREA');
    expect((await screen.findByTestId('diagnose-button')).tagName).toBe('BUTTON');
    const file = await screen.findByTestId('file-input');
    expect(file).toHaveAttribute('type', 'file');
    expect(file.getAttribute('accept')).toContain('.msg');
    expect(screen.queryByTestId('diagnosis')).toBeNull();
  });

  test('an empty paste asks for text instead of diagnosing nothing', async () => {
    const user = userEvent.setup();
    renderPane(<App host={null} loadEngine={engineNow} />);
    await user.click(await screen.findByTestId('diagnose-button'));
    expect(screen.getByText('Paste the text of a bounce first.')).toBeInTheDocument();
    expect(screen.queryByTestId('diagnosis')).toBeNull();
  });

  test('a pasted bounce: hooks, owner path, advice and admin details', async () => {
    const { diagnosis } = await pasteAndDiagnose(fixture('dsn-user-unknown.eml'));
    expect(diagnosis).toHaveAttribute('data-kind', 'bounce');
    expect(diagnosis).toHaveAttribute('data-category', 'recipient-unknown');
    expect(diagnosis).toHaveAttribute('data-owner', 'sender');
    const [row] = screen.getAllByTestId('recipient');
    expect(row).toHaveAttribute('data-address', 'nobody@example.net');
    expect(row).toHaveAttribute('data-status', '5.1.1');
    expect(row).toHaveAttribute('data-category', 'recipient-unknown');
    expect(row).toHaveAttribute('data-owner', 'sender');
    // The party who must act is marked for assistive technology too.
    const current = diagnosis.querySelector('[aria-current="step"]');
    expect(current).toHaveAttribute('data-step', 'sender');
    expect(within(current as HTMLElement).getByText('(must act)')).toBeInTheDocument();
    const owner = within(diagnosis).getByTestId('owner');
    expect(owner).toHaveAttribute('data-owner', 'sender');
    expect(owner.textContent).toContain('The sender (alice@example.com) must act.');
    expect(within(diagnosis).getByRole('heading', { name: 'Who must fix it' })).toBeInTheDocument();
    expect(within(diagnosis).getByRole('heading', { name: 'How to fix it' })).toBeInTheDocument();
    expect(within(diagnosis).getByTestId('fix').textContent).toContain('Check the spelling');
    // Focus moved to the answer.
    expect(document.activeElement?.tagName).toBe('H2');
    const admin = await openAdminDetails();
    // No internal ids for the admin either.
    expect(admin.textContent).not.toContain('recipient-unknown');
    expect(within(admin).getByText('For your email admin')).toBeInTheDocument();
    expect(within(admin).getByText("Minutes of Monday's meeting")).toBeInTheDocument();
    expect(within(admin).getByText('mx.example.net')).toBeInTheDocument();
    // The status code in the server's words is marked as evidence.
    expect([...admin.querySelectorAll('mark')].map((m) => m.textContent)).toContain('5.1.1');
  });

  test('several recipients: one row each, grouped by shared cause', async () => {
    const { diagnosis } = await pasteAndDiagnose(fixture('dsn-three-recipients.eml'));
    expect(screen.getAllByTestId('recipient').map((r) => r.getAttribute('data-address'))).toEqual([
      'ghost1@example.net',
      'ghost2@example.net',
      'packrat@example.org',
    ]);
    const groups = within(diagnosis).getAllByTestId('cause-group');
    expect(groups.map((g) => g.getAttribute('data-category'))).toEqual(['recipient-unknown', 'mailbox-full']);
    expect(within(groups[0]!).getAllByTestId('recipient')).toHaveLength(2);
    expect(within(groups[1]!).getAllByTestId('recipient')).toHaveLength(1);
    expect(groups[1]!.querySelector('[aria-current="step"]')).toHaveAttribute('data-step', 'recipient');
  });

  test('a delay: nobody acts, until when it is retried, and no resend', async () => {
    const { diagnosis } = await pasteAndDiagnose(fixture('delay.eml'));
    expect(diagnosis).toHaveAttribute('data-kind', 'delay');
    expect(diagnosis).toHaveAttribute('data-owner', 'none');
    expect(within(diagnosis).getByRole('heading', { level: 2 }).textContent).toContain('Not delivered yet');
    expect(within(diagnosis).getByTestId('fix').textContent).toContain('Do not send it again');
    expect(diagnosis.querySelector('[aria-current="step"]')).toBeNull();
    expect(screen.queryByText('Must act')).toBeNull();
    await waitFor(() => expect(screen.getByTestId('admin-details')).toBeInTheDocument());
    expect(screen.queryByTestId('action-resend')).toBeNull();
  });

  test.each([
    ['auto-reply.eml', 'auto-reply', 'An automatic reply, not a bounce'],
    ['plain-note.eml', 'not-a-bounce', 'This does not look like a bounce'],
  ])('%s gets its calm state', async (file, kind, title) => {
    const { diagnosis } = await pasteAndDiagnose(fixture(file));
    expect(diagnosis).toHaveAttribute('data-kind', kind);
    expect(within(screen.getByTestId('calm-state')).getByText(title)).toBeInTheDocument();
  });

  test('the authentication explanation is shown when the engine has one', async () => {
    await pasteAndDiagnose(fixture('dmarc-reject.eml'));
    await openAdminDetails();
    const auth = await screen.findByTestId('auth');
    expect(auth.textContent).toContain('example.com');
    expect(auth.textContent).toContain('DMARC');
  });

  test('Copy summary puts a plain-text summary on the clipboard', async () => {
    const copied: string[] = [];
    const user = userEvent.setup();
    renderPane(<App host={null} loadEngine={engineNow} copy={async (t) => (copied.push(t), true)} />);
    await user.click(await screen.findByTestId('paste-input'));
    await user.paste(fixture('dsn-user-unknown.eml'));
    await user.click(await screen.findByTestId('diagnose-button'));
    await user.click(await screen.findByTestId('copy-summary'));
    expect(copied).toHaveLength(1);
    expect(copied[0]).toContain('Recipient: nobody@example.net (5.1.1 / 550)');
    expect(copied[0]?.split('\n')[0]).toBe(
      'nobody@example.net: The address does not exist; the sender must act.',
    );
    expect(copied[0]).toContain('Who must act: the sender\n');
    expect(copied[0]).toContain('Original Message-ID: <orig-7001@example.com>');
    expect(await screen.findByText('Summary copied.')).toBeInTheDocument();
  });

  test('message text stays text: markup and links in a bounce are not rendered', async () => {
    const hostile = fixture('dsn-user-unknown.eml').replace(
      'User unknown in\n    virtual mailbox table (in reply to RCPT TO command)',
      'User unknown <img src=x onerror="alert(1)"> see https://evil.example.com/fix',
    );
    const { diagnosis } = await pasteAndDiagnose(hostile);
    await openAdminDetails();
    expect(document.querySelector('img')).toBeNull();
    const hrefs = [...document.querySelectorAll('a')].map((a) => a.getAttribute('href') ?? '');
    expect(hrefs.every((h) => !h.includes('evil.example.com'))).toBe(true);
    expect(hrefs.every((h) => h.startsWith('https://') || h.startsWith('mailto:'))).toBe(true);
    expect(diagnosis.textContent).toContain('recipient');
  });

  test.each([
    ['bounce.eml', 'message/rfc822'],
    ['bounce.txt', 'text/plain'],
  ])('a picked %s file is diagnosed', async (name, type) => {
    const user = userEvent.setup();
    renderPane(<App host={null} loadEngine={engineNow} />);
    await user.upload(
      await screen.findByTestId('file-input'),
      new File([fixture('dsn-user-unknown.eml')], name, { type }),
    );
    expect(await screen.findByTestId('diagnosis')).toHaveAttribute('data-category', 'recipient-unknown');
  });

  test('a picked .msg file is read with msgreader', async () => {
    const user = userEvent.setup();
    const msg = buildMsg({
      subject: 'Undelivered Mail Returned to Sender',
      headers: fixture('text-bounce-headers.txt') + '\r\n',
      body: fixture('text-bounce-body.txt'),
    });
    renderPane(<App host={null} loadEngine={engineNow} />);
    await user.upload(
      await screen.findByTestId('file-input'),
      new File([msg], 'bounce.msg', { type: 'application/vnd.ms-outlook' }),
    );
    const diagnosis = await screen.findByTestId('diagnosis');
    expect(diagnosis).toHaveAttribute('data-kind', 'bounce');
    expect(screen.getByTestId('recipient')).toHaveAttribute('data-address', 'lost@example.org');
  });

  test('a file that is not a message still gets an answer', async () => {
    const user = userEvent.setup();
    renderPane(<App host={null} loadEngine={engineNow} />);
    await user.upload(
      await screen.findByTestId('file-input'),
      new File([new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 1, 2, 3])], 'broken.msg'),
    );
    await waitFor(() =>
      expect(screen.queryByTestId('input-error') ?? screen.queryByTestId('diagnosis')).not.toBeNull(),
    );
  });
});

test('a file dropped on the drop zone is diagnosed', async () => {
  renderPane(<App host={null} loadEngine={engineNow} />);
  const file = new File([fixture('dsn-three-recipients.eml')], 'dropped.eml', { type: 'message/rfc822' });
  fireEvent.drop(screen.getByTestId('drop-zone'), { dataTransfer: { files: [file] } });
  expect(await screen.findAllByTestId('recipient')).toHaveLength(3);
  expect(screen.getByText('File: dropped.eml')).toBeInTheDocument();
  // Three failed recipients: the overview at the top.
  const rows = await screen.findAllByTestId('overview-row');
  expect(rows.map((r) => [r.getAttribute('data-address'), r.getAttribute('data-owner')])).toEqual([
    ['ghost1@example.net', 'sender'],
    ['ghost2@example.net', 'sender'],
    ['packrat@example.org', 'recipient'],
  ]);
});

test('several files dropped at once: one overview row per bounce, a clear error per unreadable file', async () => {
  renderPane(<App host={null} loadEngine={engineNow} />);
  const files = [
    new File([fixture('dsn-user-unknown.eml')], 'one.eml', { type: 'message/rfc822' }),
    new File([fixture('delay.eml')], 'two.eml', { type: 'message/rfc822' }),
    new File([], 'empty.eml', { type: 'message/rfc822' }),
  ];
  fireEvent.drop(screen.getByTestId('drop-zone'), { dataTransfer: { files } });
  const rows = await screen.findAllByTestId('overview-row');
  expect(rows.map((r) => r.getAttribute('data-address'))).toEqual(['nobody@example.net', 'slow@example.org']);
  expect(screen.getAllByTestId('diagnosis')).toHaveLength(2);
  expect(screen.getByTestId('file-error').textContent).toContain('empty.eml');
});

test('a mistyped provider domain: "Did you mean ...?" and a resend to the corrected address', async () => {
  const typo = fixture('dsn-user-unknown.eml').split('nobody@example.net').join('nobody@gmial.com');
  const user = userEvent.setup();
  renderPane(<App host={null} loadEngine={engineNow} />);
  await user.click(await screen.findByTestId('paste-input'));
  await user.paste(typo);
  await user.click(await screen.findByTestId('diagnose-button'));
  const suggestion = await screen.findByTestId('suggestion');
  expect(suggestion).toHaveAttribute('data-address', 'nobody@gmail.com');
  // Standalone: a mailto: link for the user's own mail app.
  expect(screen.getByTestId('action-resend').getAttribute('href')).toMatch(/^mailto:nobody%40gmail\.com\?/);
});
