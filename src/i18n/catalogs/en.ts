// English: the source catalog. Every string a person reads in the pane, keyed; the CLI's own text
// output is in ../cli-catalogs/, which only the CLI loads. Other catalogs translate these keys;
// each is complete (test/taskpane/i18n-catalogs.test.ts), so a language other than English loads
// its own catalog only.
// Placeholders are {name}; keys ending in .one/.other are plural forms (format.ts: plural()).
// The per-category advice ("advice.<category>.summary/user/admin") is the engine's own English
// (src/diagnosis/category-words.ts), made into keys here (../advice-words.ts): one copy of it,
// not two. A chunk of its own, as every language (../load.ts).
import { CATEGORY_WORDS } from '../../diagnosis/category-words';
import { adviceCatalog, type AdviceKey } from '../advice-catalog';
import type { CliKey } from '../cli-catalogs/en';

export const en = {
  // Boot, loading and the live region
  'app.starting': 'Starting Bounce Lens…',
  'app.reading': 'Reading the message…',
  'app.readingProgress': 'Reading {current} of {total}…',
  'app.cannotRead': 'The message could not be read.',
  'app.ready.one': 'Diagnosis ready.',
  'app.ready.other': '{count} diagnoses ready.',
  'app.failedTitle': 'Bounce Lens could not read that',
  'app.fileError': '{label} could not be read',
  'app.skippedAttachment': 'An attachment was skipped',
  'app.results': 'Results',
  'app.sourceFile': 'File: {label}',
  'app.sourceAttachment': 'Attachment: {label}',
  'app.another': 'Diagnose another bounce',
  'app.pastedText': 'pasted text',
  'app.readerMissing': 'Part of Bounce Lens could not be loaded',
  'app.readerMissingBody':
    'This message comes from a less common mail system whose reader did not load, so it was read the general way and the answer may be less exact.',
  'app.phrasesMissingBody':
    'Some of the rarer wordings Bounce Lens recognizes did not load, so this message was read without them and the answer may be less exact.',
  'app.readAgain': 'Read again',
  'app.partUnavailable': 'This part could not be loaded. Close and reopen the pane to try again.',

  // Headline of one message
  'headline.failedMany': '{count} recipients could not be reached',
  'headline.outcomes': '{recipients} recipients, {groups} different outcomes',
  'relation.backscatterTitle': 'You may not have sent this message',
  'relation.forwardedTitle': 'Someone else’s bounce',
  'relation.forwarded':
    'This bounce is about a message sent by {sender}, not by you ({user}). If you are helping them, for example as their email admin, the advice below is for {sender}.',
  'relation.backscatter':
    'The original message came from {sender}, not from you ({user}). If that is not one of your addresses, this is probably backscatter: a bounce for mail someone else sent in your name. You can delete it; if many arrive, tell your email admin.',
  'list.recipients': 'Recipients',
  'list.evidence': 'What Bounce Lens read',

  // Short headline per category
  'title.recipient-unknown': 'The address does not exist',
  'title.recipient-domain-invalid': 'The domain does not exist or takes no email',
  'title.mailbox-inactive': 'The mailbox is disabled or no longer used',
  'title.mailbox-full': 'The mailbox is full',
  'title.recipient-policy': "Refused by the recipient organization's rules",
  'title.recipient-system': 'The receiving mail server has a problem',
  'title.auth-failed': 'The message failed sender authentication (SPF, DKIM, DMARC)',
  'title.sender-infrastructure': "The sending server's setup was refused",
  'title.message-noncompliant': 'The message breaks email format rules',
  'title.reputation-block': 'The sending server is blocklisted or distrusted',
  'title.rate-limited': 'The receiving server is throttling the sender',
  'title.content-rejected': 'The content was refused (spam, malware or attachment)',
  'title.message-too-large': 'The message is too large',
  'title.sender-blocked': "The sender's own account or service is stopped",
  'title.relay-denied': 'A server refused to relay the message',
  'title.delayed': 'Delivery is delayed; the servers keep trying',
  'title.expired': 'Delivery gave up after retrying',
  'title.mail-loop': 'The message went round in a loop',
  'title.suppressed': 'The sending service did not try (suppression list)',
  'title.unknown': 'The reason is not clear',
  'title.failed': 'Delivery failed',

  // Why this party, when it is the category's usual owner
  'why.recipient-unknown':
    'Only the sender can find the right address; nobody else can fix a typo or an old address.',
  'why.recipient-domain-invalid': 'The part after the @ is wrong, and only the sender can correct it.',
  'why.mailbox-inactive': 'The person has probably moved on; the sender needs another way to reach them.',
  'why.mailbox-full': 'Only the mailbox owner can make room; the message itself was fine.',
  'why.recipient-policy':
    "A rule of the recipient's organization blocked it; only that organization can let the sender through.",
  'why.recipient-system': "The fault is in the recipient's mail system; only its admins can repair it.",
  'why.auth-failed':
    "SPF, DKIM and DMARC live in the sender's domain DNS and mail services; only its admin can change them.",
  'why.sender-infrastructure': "Reverse DNS, the HELO name and TLS belong to the sender's mail servers.",
  'why.message-noncompliant': 'The sending software built a malformed message; whoever runs it must fix it.',
  'why.reputation-block':
    "The block is about the sender's servers or domain; their admin must clean up and ask for delisting.",
  'why.rate-limited': "Sending volume and retries are set on the sender's servers.",
  'why.content-rejected': 'The content triggered a filter; the sender can change it and send again.',
  'why.message-too-large': 'Only the sender can make the message smaller (share big files by link).',
  'why.sender-blocked': 'The sending account or organization is restricted; its admin must lift that.',
  'why.relay-denied': "Relay permissions and connectors are set up on the sender's side.",
  'why.delayed': 'Nothing to do yet: the servers are still retrying.',
  'why.expired':
    'The destination could not be reached for a long time; its admins need to look at their servers.',
  'why.mail-loop': "Forwarding or routing rules on the sender's side send the message in a circle.",
  'why.suppressed':
    'The sending service stopped mailing this address after earlier bounces or complaints; the sender must check it.',
  'why.unknown': 'The bounce does not say enough; this is the most likely party.',

  // Why this party, when evidence moved the fix away from the usual owner
  'ownerWhy.sender': 'The evidence points to something the sender can change.',
  'ownerWhy.sender-admin': "The cause is in the sending organization's mail setup.",
  'ownerWhy.recipient': 'Only the recipient can change this.',
  'ownerWhy.recipient-admin': "The cause is in the receiving organization's mail system or rules.",
  'ownerWhy.provider': 'The mail service itself reports a fault: wait, or contact its support.',
  'ownerWhy.none': 'Nothing needs fixing.',

  // Owner names, in a sentence ("... must act")
  'owner.sender': 'the sender',
  'owner.sender-admin': "the sender's email admin",
  'owner.recipient': 'the recipient',
  'owner.recipient-admin': "the recipient's email admin",
  'owner.provider': 'the mail service provider',
  'owner.none': 'nobody',

  // Who must fix it: the path and the line under it
  'path.heading': 'Who must fix it',
  'path.label': 'From the sender to the recipient',
  'path.mustAct': ' (must act)',
  'path.you': 'You',
  'path.sender': 'Sender',
  'path.yourIt': 'Your IT',
  'path.senderIt': "Sender's IT",
  'path.provider': 'Provider',
  'path.recipientIt': "Recipient's IT",
  'path.recipient': 'Recipient',
  'actor.you': 'You must act.',
  'actor.sender': 'The sender must act.',
  'actor.senderNamed': 'The sender ({address}) must act.',
  'actor.yourIt': 'Your IT team must act.',
  'actor.yourItDomain': 'Your IT team ({domain}) must act.',
  'actor.senderIt': "The sender's IT team must act.",
  'actor.senderItDomain': "The sender's IT team ({domain}) must act.",
  'actor.recipientIt': "The recipient's IT team must act.",
  'actor.recipientItDomain': "The recipient's IT team ({domain}) must act.",
  'actor.recipient': 'The recipient ({address}) must act.',
  'actor.provider': 'The mail service provider must act.',
  'actor.providerDomain': 'The mail service provider ({domain}) must act.',
  'actor.none': 'Nobody needs to act now.',

  // The decision: delays and causes inside the sender's own organization
  'decision.delayedUntil': 'Not delivered yet: the servers keep trying until {date}.',
  'decision.delayed': 'Not delivered yet: the servers keep trying.',
  'decision.delayedWhy': 'Nobody needs to act while the servers retry.',
  'decision.delayFix':
    'Nothing to do now: the servers keep trying to deliver it. Do not send it again, that would deliver it twice. If they give up, you will get a bounce saying why.',
  'decision.delayFixUntil':
    'Nothing to do now: the servers keep trying to deliver it until {date}. Do not send it again, that would deliver it twice. If they give up, you will get a bounce saying why.',
  'decision.yourIt': 'your IT team',
  'decision.senderIt': "the sender's IT team",
  'decision.sameOrgWhy': "{domain} is the sender's own organization, so its mail rules are run by {it}.",
  'decision.sameOrgWhyNoDomain':
    "This domain is the sender's own organization, so its mail rules are run by {it}.",
  'decision.sameOrgFix':
    'The address is in your own organization. Ask {it} why {address} refused the message; they can check the rule or the address and let it through.',
  'decision.serverSaid': 'The server said: “{text}”',
  'verdict.line': '{who}: {title}; {acts}.',
  'verdict.recipients': '{count} recipients',
  'verdict.mustAct': '{owner} must act',
  'verdict.nobody': 'nobody needs to act now',

  // A cause group
  'group.howToFix': 'How to fix it',
  'group.specificAdvice': 'For this exact error (in English):',

  // Calm states
  'calm.delay.title': 'Not bounced: delivery is delayed',
  'calm.delay.body':
    'The servers are still trying to deliver the message. Nothing to do now; if they finally give up, a bounce will follow.',
  'calm.delivered.title': 'Delivered',
  'calm.delivered.body': "This is a delivery confirmation: the message reached the recipient's mail server.",
  'calm.auto-reply.title': 'An automatic reply, not a bounce',
  'calm.auto-reply.body':
    'The message was delivered; this is an out-of-office or autoresponder reply. Nothing to fix.',
  'calm.read-receipt.title': 'A read receipt, not a bounce',
  'calm.read-receipt.body':
    'This reports what happened to the message after delivery (for example that it was read or deleted). Nothing to fix.',
  'calm.feedback.title': 'A spam complaint report',
  'calm.feedback.body':
    'A recipient or their mail provider reported a message as spam or abuse. It is not a delivery failure; your email admin may want to stop mailing this address.',
  'calm.not-a-bounce.title': 'This does not look like a bounce',
  'calm.not-a-bounce.body':
    'Bounce Lens found no delivery report in this message. If a bounce is quoted or attached somewhere else, paste its text or drop the file below.',
  'noRecipients.title': 'A bounce, but no recipient could be read',
  'noRecipients.body':
    'The message says delivery failed, but not clearly for which address. The technical details show what Bounce Lens read.',

  // When Outlook can't hand over the item
  'problem.no-item.title': 'Outlook gave Bounce Lens no message to read',
  'problem.no-item.body':
    'Either nothing is selected, or the selected item is a delivery report: Outlook keeps add-ins away from those.',
  'problem.restricted.title': 'Outlook keeps add-ins away from delivery reports',
  'problem.restricted.body':
    'This is a delivery report (a bounce in Outlook’s own format), and Outlook does not let add-ins read it.',
  'problem.unsupported.title': 'This Outlook cannot hand the message to add-ins',
  'problem.unsupported.body':
    'It lacks the message-reading features Bounce Lens needs (Mailbox 1.8), as in Outlook for iOS and Android.',
  'problem.api-error.title': 'Outlook could not hand over the message',
  'problem.api-error.body': 'Reading the message failed. Trying again may help.',
  'problem.empty.title': 'The message is empty',
  'problem.empty.body': 'Outlook handed over a message without text.',
  'problem.outlookSaid': 'Outlook said: {detail}',
  'problem.whatToDo': 'What to do',
  'workaround.drag':
    'Pin this pane (the pin at its top), then drag the bounce from the message list onto it. Several at once work too.',
  'workaround.forward':
    'Or forward the bounce to yourself as an attachment (in Outlook: More actions, then Forward as attachment), open that forward and open Bounce Lens on it.',
  'workaround.paste':
    'Or copy the text of the bounce and paste it below, or save it as a file (.eml or .msg) and drop it below.',
  'dropTip.title': 'Pin this pane and drag bounces onto it',
  'dropTip.body':
    'Outlook keeps add-ins away from most bounces. Pin Bounce Lens (the pin at the top of this pane), then drag a bounce from the message list onto the pane; several at once give an overview.',

  // Recipient rows
  'action.failed': 'failed',
  'action.delayed': 'still being retried',
  'action.delivered': 'delivered',
  'action.relayed': 'relayed',
  'action.expanded': 'expanded',

  // One-click actions
  'actions.didYouMean': 'Did you mean {address}?',
  'actions.resendTo': 'Send again to {address}',
  'actions.resend': 'Send again',
  'actions.emailYourIt': 'Email your IT team',
  'actions.emailSenderIt': "Email the sender's IT team",
  'actions.postmaster': "Tell {domain}'s postmaster",

  // Drafts the actions prefill
  'draft.noOriginal':
    '(Bounce Lens: the bounce does not carry the original text; paste it here or forward the original from Sent Items.)',
  'draft.itSubject': 'Bounce to check: {subject}',
  'draft.aMessage': 'a message',
  'draft.itBody':
    'Hello,\n\nA message I sent bounced and the cause looks like it is on our side. Could you look into it?\n\n{summary}\n',
  'draft.postmasterSubject': 'Delivery to {domain} refused: {subject}',
  'draft.postmasterBody':
    'Hello postmaster of {domain},\n\nYour mail system refused a message for {recipients}. Could you check why, and let it through if it should be accepted?\n\n{summary}\n',
  'draft.suggestedCheck': 'Suggested check: {text}',

  // Labels of facts (the pane's admin details, the Copy summary text, the drafts)
  'fact.originalSubject': 'Original subject',
  'fact.originalDate': 'Original date',
  'fact.originalSender': 'Original sender',
  'fact.originalRecipients': 'Original recipients',
  'fact.originalMessageId': 'Original Message-ID',
  'fact.reportedBy': 'Reported by',
  'fact.recipient': 'Recipient',
  'fact.whatHappened': 'What happened',
  'fact.whoMustAct': 'Who must act',
  'fact.serverSaid': 'Server said',
  'fact.remoteServer': 'Remote server',
  'fact.howToFix': 'How to fix it',
  'fact.forAdmin': 'For the email admin',
  'fact.authentication': 'Authentication',
  'fact.status': 'Status',
  'fact.replyCode': 'Reply code',
  'fact.subject': 'Subject',
  'fact.date': 'Date',
  'fact.from': 'From',
  'fact.to': 'To',

  // Copy summary
  'copy.button': 'Copy summary',
  'copy.done': 'Summary copied.',
  'copy.blocked': 'Copying is blocked here; select the text and copy it by hand.',
  'copy.noRecipients': 'A bounce, but no recipient could be read.',
  'copy.partOf': '--- {index} of {total}: {label} ---',

  // For your email admin
  'admin.heading': 'For your email admin',
  'admin.technical': 'Technical details for {address}',
  'admin.original': 'The original message',
  'admin.documentation': 'Documentation',

  // Sender authentication
  'auth.heading': 'Sender authentication: {verdict}',
  'auth.results': 'Authentication results',
  'auth.verdict.pass': 'Authentication passed and aligned',
  'auth.verdict.unaligned': "Authentication passed, but only for another organization's domain",
  'auth.verdict.unauthenticated': 'Nothing passed authentication',
  'auth.verdict.forwarding': 'A forwarder or mailing list broke authentication',
  'auth.verdict.unknown': 'The headers do not show which check failed',
  'auth.aligned': 'aligned',
  'auth.notAligned': 'not aligned',
  'auth.for': 'for {domain}',
  'auth.policy': 'policy {policy}',
  'auth.fromDomain': 'From domain',
  'auth.mailFromDomain': 'MAIL FROM domain',
  'auth.forwarded': 'Forwarded',
  'auth.forwardedYes': 'yes: a forwarder or list was on the path',

  // The overview of several recipients
  'overview.heading.one': '{count} recipient needs attention',
  'overview.heading.other': '{count} recipients need attention',
  'overview.recipient': 'Recipient',
  'overview.whatHappened': 'What happened',
  'overview.whoActs': 'Who acts',
  'overview.more.one': 'and {count} more, listed below',
  'overview.more.other': 'and {count} more, listed below',
  'overview.fixIt': 'How to fix it',
  'overview.fixThese.one': 'How to fix it',
  'overview.fixThese.other': 'How to fix these {count}',
  'who.you': 'You',
  'who.sender': 'Sender',
  'who.yourIt': 'Your IT team',
  'who.senderIt': "Sender's IT",
  'who.recipientIt': "Recipient's IT",
  'who.recipient': 'Recipient',
  'who.provider': 'Mail provider',
  'who.none': 'Nobody (wait)',

  // Standalone input
  'input.heading': 'Diagnose a bounce',
  'input.sample': 'Try a sample bounce',
  'input.chooseSample': 'Choose a sample…',
  'input.paste': 'Paste the bounce (the whole message, or just its text)',
  'input.pasteFirst': 'Paste the text of a bounce first.',
  'input.diagnose': 'Diagnose',
  'input.drop': 'Drop .eml, .msg or .txt files here, or',
  'input.choose': 'Choose a file…',
  'input.files': 'Bounce files (.eml, .msg or .txt)',

  // What the engine says beyond a category's advice (src/diagnosis/recipient.ts).
  'advice.noAddress': 'the recipient',
  'advice.noDomain': 'the recipient domain',
  'advice.succeeded.summary': 'The message was {action} to {address}; nothing failed.',
  'advice.succeeded.user': 'Nothing to do: this is a delivery confirmation, not a failure.',
  'advice.succeeded.admin':
    'A positive delivery status notification (the sender asked for one, or the platform sends them).',
  'advice.delayedAlso': 'Delivery to {address} is delayed and still being retried. {summary}',
} as const;

/** The English catalog: the strings above and the engine's advice per category. */
export const enCatalog: Catalog = { ...en, ...adviceCatalog(CATEGORY_WORDS) };

export type MessageKey = keyof typeof en | AdviceKey | CliKey;
/** A translation: any key it lacks falls back to English. */
export type Catalog = Partial<Record<MessageKey, string>>;
