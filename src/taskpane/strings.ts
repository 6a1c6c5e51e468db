// Every sentence the pane shows that is not the engine's own advice, in one place.
import type { Category, Kind, Owner } from '../diagnosis/types';
import type { ReadProblem } from '../office/types';

/** Short headline per category, for a group of recipients that share the cause. */
export const CATEGORY_TITLE: Readonly<Record<Category, string>> = {
  'recipient-unknown': 'The address does not exist',
  'recipient-domain-invalid': 'The domain does not exist or takes no email',
  'mailbox-inactive': 'The mailbox is disabled or no longer used',
  'mailbox-full': 'The mailbox is full',
  'recipient-policy': "Refused by the recipient organization's rules",
  'recipient-system': 'The receiving mail server has a problem',
  'auth-failed': 'The message failed sender authentication (SPF, DKIM, DMARC)',
  'sender-infrastructure': "The sending server's setup was refused",
  'message-noncompliant': 'The message breaks email format rules',
  'reputation-block': 'The sending server is blocklisted or distrusted',
  'rate-limited': 'The receiving server is throttling the sender',
  'content-rejected': 'The content was refused (spam, malware or attachment)',
  'message-too-large': 'The message is too large',
  'sender-blocked': "The sender's own account or service is stopped",
  'relay-denied': 'A server refused to relay the message',
  delayed: 'Delivery is delayed; the servers keep trying',
  expired: 'Delivery gave up after retrying',
  'mail-loop': 'The message went round in a loop',
  suppressed: 'The sending service did not try (suppression list)',
  unknown: 'The reason is not clear',
};

/** One line: why this party, when the engine kept the category's usual owner. */
export const CATEGORY_WHY: Readonly<Record<Category, string>> = {
  'recipient-unknown':
    'Only the sender can find the right address; nobody else can fix a typo or an old address.',
  'recipient-domain-invalid': 'The part after the @ is wrong, and only the sender can correct it.',
  'mailbox-inactive': 'The person has probably moved on; the sender needs another way to reach them.',
  'mailbox-full': 'Only the mailbox owner can make room; the message itself was fine.',
  'recipient-policy':
    "A rule of the recipient's organization blocked it; only that organization can let the sender through.",
  'recipient-system': "The fault is in the recipient's mail system; only its admins can repair it.",
  'auth-failed':
    "SPF, DKIM and DMARC live in the sender's domain DNS and mail services; only its admin can change them.",
  'sender-infrastructure': "Reverse DNS, the HELO name and TLS belong to the sender's mail servers.",
  'message-noncompliant': 'The sending software built a malformed message; whoever runs it must fix it.',
  'reputation-block':
    "The block is about the sender's servers or domain; their admin must clean up and ask for delisting.",
  'rate-limited': "Sending volume and retries are set on the sender's servers.",
  'content-rejected': 'The content triggered a filter; the sender can change it and send again.',
  'message-too-large': 'Only the sender can make the message smaller (share big files by link).',
  'sender-blocked': 'The sending account or organization is restricted; its admin must lift that.',
  'relay-denied': "Relay permissions and connectors are set up on the sender's side.",
  delayed: 'Nothing to do yet: the servers are still retrying.',
  expired: 'The destination could not be reached for a long time; its admins need to look at their servers.',
  'mail-loop': "Forwarding or routing rules on the sender's side send the message in a circle.",
  suppressed:
    'The sending service stopped mailing this address after earlier bounces or complaints; the sender must check it.',
  unknown: 'The bounce does not say enough; this is the most likely party.',
};

/** Why this party, when evidence moved the fix away from the category's usual owner. */
export const OWNER_WHY: Readonly<Record<Owner, string>> = {
  sender: 'The evidence points to something the sender can change.',
  'sender-admin': "The cause is in the sending organization's mail setup.",
  recipient: 'Only the recipient can change this.',
  'recipient-admin': "The cause is in the receiving organization's mail system or rules.",
  provider: 'The mail service itself reports a fault: wait, or contact its support.',
  none: 'Nothing needs fixing.',
};

export const STEP_LABEL = {
  sender: 'Sender',
  'sender-admin': "Sender's organization",
  'recipient-admin': "Recipient's organization",
  recipient: 'Recipient',
} as const;

export const OWNER_NAME: Readonly<Record<Owner, string>> = {
  sender: 'the sender',
  'sender-admin': "the sender's email admin",
  recipient: 'the recipient',
  'recipient-admin': "the recipient's email admin",
  provider: 'the mail service provider',
  none: 'nobody',
};

/** Kinds that are not failures get a calm state instead of a fix-it panel. */
export const CALM_STATE: Readonly<Record<Exclude<Kind, 'bounce'>, { title: string; body: string }>> = {
  delay: {
    title: 'Not bounced: delivery is delayed',
    body: 'The servers are still trying to deliver the message. Nothing to do now; if they finally give up, a bounce will follow.',
  },
  delivered: {
    title: 'Delivered',
    body: "This is a delivery confirmation: the message reached the recipient's mail server.",
  },
  'auto-reply': {
    title: 'An automatic reply, not a bounce',
    body: 'The message was delivered; this is an out-of-office or autoresponder reply. Nothing to fix.',
  },
  'read-receipt': {
    title: 'A read receipt, not a bounce',
    body: 'This reports what happened to the message after delivery (for example that it was read or deleted). Nothing to fix.',
  },
  feedback: {
    title: 'A spam complaint report',
    body: 'A recipient or their mail provider reported a message as spam or abuse. It is not a delivery failure; your email admin may want to stop mailing this address.',
  },
  'not-a-bounce': {
    title: 'This does not look like a bounce',
    body: 'Bounce Lens found no delivery report in this message. If a bounce is quoted or attached somewhere else, paste its text or drop the file below.',
  },
};

export const NO_RECIPIENTS = {
  title: 'A bounce, but no recipient could be read',
  body: 'The message says delivery failed, but not clearly for which address. The technical details show what Bounce Lens read.',
};

export const PROBLEM_TEXT: Readonly<
  Record<Exclude<ReadProblem, 'no-office'>, { title: string; body: string }>
> = {
  'no-item': {
    title: 'Outlook gave Bounce Lens no message to read',
    body: 'Either nothing is selected, or the selected item is a delivery report: Outlook keeps add-ins away from those.',
  },
  restricted: {
    title: 'Outlook keeps add-ins away from delivery reports',
    body: 'This is a delivery report (a bounce in Outlook’s own format), and Outlook does not let add-ins read it.',
  },
  unsupported: {
    title: 'This Outlook cannot hand the message to add-ins',
    body: 'It lacks the message-reading features Bounce Lens needs (Mailbox 1.8), as in Outlook for iOS and Android.',
  },
  'api-error': {
    title: 'Outlook could not hand over the message',
    body: 'Reading the message failed. Trying again may help.',
  },
  empty: {
    title: 'The message is empty',
    body: 'Outlook handed over a message without text.',
  },
};

/** What to do whenever the item can't be read; numbered in the pane. Dragging comes first: it
 *  is the one way a delivery report Outlook withholds still reaches the pane. */
export const WORKAROUND_STEPS: readonly string[] = [
  'Pin this pane (the pin at its top), then drag the bounce from the message list onto it. Several at once work too.',
  'Or forward the bounce to yourself as an attachment (in Outlook: More actions, then Forward as attachment), open that forward and open Bounce Lens on it.',
  'Or copy the text of the bounce and paste it below, or save it as a file (.eml or .msg) and drop it below.',
];

export const DROP_TIP = {
  title: 'Pin this pane and drag bounces onto it',
  body: 'Outlook keeps add-ins away from most bounces. Pin Bounce Lens (the pin at the top of this pane), then drag a bounce from the message list onto the pane; several at once give an overview.',
};

export const RELATION_TEXT = {
  forwarded: (sender: string, user: string) =>
    `This bounce is about a message sent by ${sender}, not by you (${user}). If you are helping them, for example as their email admin, the advice below is for ${sender}.`,
  backscatter: (sender: string, user: string) =>
    `The original message came from ${sender}, not from you (${user}). If that is not one of your addresses, this is probably backscatter: a bounce for mail someone else sent in your name. You can delete it; if many arrive, tell your email admin.`,
};

export const VERDICT_TEXT: Readonly<Record<string, string>> = {
  pass: 'Authentication passed and aligned',
  unaligned: "Authentication passed, but only for another organization's domain",
  unauthenticated: 'Nothing passed authentication',
  forwarding: 'A forwarder or mailing list broke authentication',
  unknown: 'The headers do not show which check failed',
};
