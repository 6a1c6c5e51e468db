// What the e2e tests expect of the pane, shared by the Outlook and standalone suites: the same
// fixtures reach the pane both ways, so they are built and checked in one place.
import { buildMsg, type MsgProps } from '../office/msg-fixture';
import { fixture } from './fixtures';
import { splitMessage } from './items';
import type { Pane, RecipientHook } from './pane';

/** The one failed recipient of e2e/sendmail-too-large.txt. */
export const TOO_LARGE: RecipientHook = {
  address: 'quinn@example.net',
  status: '5.3.4',
  category: 'message-too-large',
  owner: 'sender',
};

/** The two failed recipients of postfix/two-recipients.eml, each with its own cause. */
export const TWO_RECIPIENTS: readonly RecipientHook[] = [
  { address: 'ben.missing@example.net', status: '5.1.1', category: 'recipient-unknown', owner: 'sender' },
  { address: 'carla@example.org', status: '5.2.2', category: 'mailbox-full', owner: 'recipient' },
];

/** e2e/sendmail-too-large.txt as an Outlook .msg file (the sender fields only where given). */
export function tooLargeMsg(
  sender: Pick<MsgProps, 'senderName' | 'senderEmail'> = {},
): ReturnType<typeof buildMsg> {
  const { headers, body } = splitMessage(fixture('e2e/sendmail-too-large.txt'));
  return buildMsg({
    subject: 'Returned mail: see transcript for details',
    headers,
    body,
    messageClass: 'IPM.Note',
    ...sender,
  });
}

/** One bounce on screen whose only failed recipient is `recipient`. */
export async function expectBounce(pane: Pane, recipient: RecipientHook): Promise<void> {
  expect(await pane.waitForDiagnoses()).toEqual([
    { kind: 'bounce', category: recipient.category, owner: recipient.owner },
  ]);
  expect(await pane.recipients()).toEqual([recipient]);
}

/** postfix/two-recipients.eml diagnosed: a bounce with both recipients listed. */
export async function expectTwoRecipients(pane: Pane): Promise<void> {
  const [diagnosis] = await pane.waitForDiagnoses();
  expect(diagnosis?.kind).toBe('bounce');
  expect(await pane.recipients()).toEqual(expect.arrayContaining([...TWO_RECIPIENTS]));
}
