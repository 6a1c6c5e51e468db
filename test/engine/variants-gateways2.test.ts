// Variants of the gateways', sending services' and filters' bounces (McAfee, MessageLabs, Amazon SES
// sending and receiving, Amazon WorkMail, amavisd-new, Barracuda, PowerMTA, SendGrid, SurfControl,
// BIGLOBE), of local delivery agents' words inside bounces (sisimai's MDA.pm), and the non-bounce
// kinds sisimai reads beside them: feedback reports (ARF.pm) and auto-replies (RFC3834.pm), with the
// bounces that only look like auto-replies. Each fixture is invented, written as the system words it
// (test/fixtures/variants/<sisimai module name>/); the comment above each row names its source.
import { checkFixture, recipientRows, type FixtureCase, type RecipientRow } from './fixture-cases';

type R = RecipientRow;

const c = (file: string, format: string, ...recipients: R[]): FixtureCase => ({
  file: `variants/${file}`,
  kind: 'bounce',
  format,
  recipients: recipientRows(recipients),
});

/** A message of another kind: a feedback report or an auto-reply names no failed recipient. */
const k = (file: string, kind: string, format?: string, ...recipients: R[]): FixtureCase => ({
  file: `variants/${file}`,
  kind,
  ...(format ? { format } : {}),
  recipients: recipientRows(recipients),
});

const CASES: FixtureCase[] = [
  // sisimai 4.25 Lhost/McAfee.pm: X-NAI-Header, Subject 'Delivery Status', '--- The following addresses had delivery problems ---', '550 Unknown user <addr>'
  c('mcafee/01-unknown-user-dsn.eml', 'rfc3464', [
    'kenta@example.co.jp',
    '5.0.0',
    'recipient-unknown',
    'sender',
  ]),
  // sisimai 4.25 Lhost/McAfee.pm refailures '550 <addr>... User not exist'
  c('mcafee/02-user-not-exist.eml', 'rfc3464', ['sora@example.jp', '5.0.0', 'recipient-unknown', 'sender']),
  // sisimai 4.25 Lhost/McAfee.pm refailures ' User (addr) unknown. ', a Diagnostic-Code continued on the next line
  c('mcafee/03-user-parenthesized-unknown-wrapped.eml', 'rfc3464', [
    'jonas@example.de',
    '5.1.1',
    'recipient-unknown',
    'sender',
  ]),
  // sisimai 4.25 Lhost/McAfee.pm '<addr>   (reason)' lines without a delivery-status part, refailures 'No such user'
  c(
    'mcafee/04-no-such-user-text-only-two.eml',
    'text',
    ['ray@example.com', '5.1.1', 'recipient-unknown', 'sender'],
    ['ruth@example.com', '5.1.1', 'recipient-unknown', 'sender'],
  ),
  // sisimai 4.25 Lhost/McAfee.pm, two recipients; Broadcom KB 162445 reply wordings (mailbox full, relay access denied)
  c(
    'mcafee/05-mailbox-full-and-relay.eml',
    'rfc3464',
    ['ann@example.com', '5.2.2', 'mailbox-full', 'recipient'],
    ['ben@partner.example.net', '5.7.1', 'relay-denied', 'sender-admin'],
  ),
  // sisimai 4.25 Lhost/MessageLabs.pm (X-Msg-Ref, MAILER-DAEMON@messagelabs.com, 'Mail Delivery Failure') refailures '542 .+ Rejected'; Broadcom KB 162445 'This is the mail delivery agent at messagelabs.com'
  c('messagelabs/01-542-rejected.eml', 'rfc3464', [
    'kiyoshi@example.jp',
    '5.1.1',
    'recipient-unknown',
    'sender',
  ]),
  // sisimai 4.25 Lhost/MessageLabs.pm refailures 'No such user'; Broadcom KB 162445 '554 5.7.1 Recipient address rejected: No such user'
  c('messagelabs/02-no-such-user.eml', 'rfc3464', [
    'pavel@example.com',
    '5.7.1',
    'recipient-unknown',
    'sender',
  ]),
  // sisimai 4.25 Lhost/MessageLabs.pm refailures 'Please turn on SMTP Authentication in your mail client' (securityerror)
  c('messagelabs/03-smtp-authentication.eml', 'rfc3464', [
    'laura@example.net',
    '5.0.0',
    'sender-blocked',
    'sender-admin',
  ]),
  // Broadcom KB 162445 '552 5.3.4 Message size exceeds fixed maximum message size'
  c('messagelabs/04-size-exceeds.eml', 'rfc3464', [
    'mario@example.it',
    '5.3.4',
    'message-too-large',
    'sender',
  ]),
  // Broadcom KB 162445 '550 5.7.1 Message rejected as spam by Content Filtering.'
  c('messagelabs/05-spam-content-filter.eml', 'rfc3464', [
    'chen@example.net',
    '5.7.1',
    'content-rejected',
    'sender',
  ]),
  // Broadcom KB 162445 '552 Requested mail action aborted: exceeded storage allocation', '550 5.7.1 Unable to Relay'; two recipients
  c(
    'messagelabs/06-two-full-and-relay.eml',
    'rfc3464',
    ['ines@example.com', '5.2.2', 'mailbox-full', 'recipient'],
    ['nora@example.net', '5.7.1', 'relay-denied', 'sender-admin'],
  ),
  // sisimai 4.25 Lhost/ReceivingSES.pm (X-SES-Outgoing, 'This message could not be delivered.') messagesof 'Mailbox does not exist'
  c('receivingses/01-mailbox-does-not-exist.eml', 'rfc3464', [
    'nobody@example.com',
    '5.1.1',
    'recipient-unknown',
    'sender',
  ]),
  // sisimai 4.25 Lhost/ReceivingSES.pm messagesof 'Message too large'
  c('receivingses/02-message-too-large.eml', 'rfc3464', [
    'support@example.com',
    '5.3.4',
    'message-too-large',
    'sender',
  ]),
  // sisimai 4.25 Lhost/ReceivingSES.pm messagesof 'Mailbox full'
  c('receivingses/03-mailbox-full.eml', 'rfc3464', [
    'inbox@example.com',
    '5.2.2',
    'mailbox-full',
    'recipient',
  ]),
  // sisimai 4.25 Lhost/ReceivingSES.pm messagesof 'Message content rejected'
  c('receivingses/04-message-content-rejected.eml', 'rfc3464', [
    'orders@example.com',
    '5.6.1',
    'content-rejected',
    'sender',
  ]),
  // sisimai 4.25 Lhost/AmazonWorkMail.pm (X-Mailer: Amazon WorkMail, X-SES-Outgoing, 'Technical report:', fields before '<!DOCTYPE HTML><html>')
  c('amazonworkmail/01-user-unknown.eml', 'rfc3464', [
    'felix@example.net',
    '5.1.1',
    'recipient-unknown',
    'sender',
  ]),
  // sisimai 4.25 Lhost/AmazonWorkMail.pm '554 4.4.7 Message expired: unable to deliver in 840 minutes.<421 4.4.2 Connection timed out>'
  c('amazonworkmail/02-message-expired-timeout.eml', 'rfc3464', [
    'gina@slow.example.com',
    '4.4.7',
    'expired',
    'recipient-admin',
  ]),
  // sisimai 4.25 Lhost/AmazonWorkMail.pm: the server's code quoted in SES's summary ('550-'5.7.1 ...'): the quoted code is the server's
  c('amazonworkmail/03-other-problem-quoted-spam.eml', 'rfc3464', [
    'omar@example.com',
    '5.7.1',
    'content-rejected',
    'sender',
  ]),
  // sisimai 4.25 Lhost/AmazonWorkMail.pm, two recipients (size limit, mailbox full)
  c(
    'amazonworkmail/04-two-recipients-size-and-full.eml',
    'rfc3464',
    ['pia@example.com', '5.3.4', 'message-too-large', 'sender'],
    ['quinn@example.net', '5.2.2', 'mailbox-full', 'recipient'],
  ),
  // sisimai 4.25 Lhost/AmazonSES.pm startingof 'An error occurred while trying to deliver the mail ' (X-SES-Outgoing)
  c('amazonses/01-error-occurred-user-unknown.eml', 'rfc3464', [
    'kai@example.jp',
    '5.1.1',
    'recipient-unknown',
    'sender',
  ]),
  // sisimai 4.25 Lhost/AmazonSES.pm startingof 'The following message to <'; status 5.1.0 with '550-'5.1.1 ...'' quoted (the server's code wins)
  c('amazonses/02-following-message-5.1.0-unknown-address.eml', 'rfc3464', [
    'lee@example.com',
    '5.1.1',
    'recipient-unknown',
    'sender',
  ]),
  // sisimai 4.25 Lhost/AmazonSES.pm messagesof 'Delivery expired' (X-AWS-Outgoing)
  c('amazonses/03-delivery-expired.eml', 'rfc3464', [
    'max@slow.example.net',
    '5.4.7',
    'expired',
    'recipient-admin',
  ]),
  // sisimai 4.25 Lhost/AmazonSES.pm: '5.3.0 - Other mail system problem' quoting the server's blocklist refusal
  c('amazonses/04-other-problem-blocklisted.eml', 'rfc3464', [
    'nia@example.com',
    '5.7.1',
    'reputation-block',
    'sender-admin',
  ]),
  // sisimai 4.25 Lhost/AmazonSES.pm, two recipients (no such domain, mailbox full)
  c(
    'amazonses/05-two-recipients-domain-and-full.eml',
    'rfc3464',
    ['oli@nodomain.example.net', '5.1.2', 'recipient-domain-invalid', 'sender'],
    ['pam@example.com', '5.2.2', 'mailbox-full', 'recipient'],
  ),
  // go-sisimai lhost/via-amazonses.go SNS 'Message' JSON, bounceType Transient / bounceSubType MailboxFull
  c('amazonses/06-sns-transient-mailbox-full.eml', 'amazon-ses', [
    'rosa@example.com',
    '5.2.2',
    'mailbox-full',
    'recipient',
  ]),
  // go-sisimai lhost/via-amazonses.go bounceSubType MessageTooLarge
  c('amazonses/07-sns-transient-message-too-large.eml', 'amazon-ses', [
    'sam@example.net',
    '5.3.4',
    'message-too-large',
    'sender',
  ]),
  // go-sisimai lhost/via-amazonses.go bounceSubType ContentRejected
  c('amazonses/08-sns-transient-content-rejected.eml', 'amazon-ses', [
    'tara@example.com',
    '5.7.1',
    'content-rejected',
    'sender',
  ]),
  // go-sisimai lhost/via-amazonses.go bounceSubType AttachmentRejected (raw JSON body)
  c('amazonses/09-raw-transient-attachment-rejected.eml', 'amazon-ses', [
    'uma@example.net',
    '5.7.1',
    'content-rejected',
    'sender',
  ]),
  // go-sisimai lhost/via-amazonses.go bounceType Undetermined: no status, no diagnostic
  c('amazonses/10-raw-undetermined-no-diagnostic.eml', 'amazon-ses', [
    'vic@example.com',
    null,
    'unknown',
    'sender-admin',
  ]),
  // Amazon SES event publishing ('eventType': 'Bounce') with two bouncedRecipients
  c(
    'amazonses/11-event-publishing-bounce-two.eml',
    'amazon-ses',
    ['wes@example.jp', '5.1.1', 'recipient-unknown', 'sender'],
    ['xia@example.jp', '5.1.1', 'recipient-unknown', 'sender'],
  ),
  // sisimai 4.25 Lhost/AmazonSES.pm bouncetype Permanent/NoEmail
  c('amazonses/12-raw-permanent-noemail.eml', 'amazon-ses', [
    'yan@example.org',
    '5.0.0',
    'recipient-unknown',
    'sender',
  ]),
  // sisimai 4.25 Lhost/Amavis.pm (''Content-filter at ', 'The message '); amavisd %smtp_reason_by_ccat CC_MTA,2 'Rejected by next-hop MTA on relaying' quoting the next hop's refusal
  c('amavis/01-mta-blocked-next-hop.eml', 'rfc3464', [
    'kaede@example.jp',
    '5.1.1',
    'recipient-unknown',
    'sender',
  ]),
  // amavisd %smtp_reason_by_ccat CC_OVERSIZED 'Message size exceeds recipient's size limit' (552 5.3.4)
  c('amavis/02-oversized.eml', 'rfc3464', ['minato@example.jp', '5.3.4', 'message-too-large', 'sender']),
  // amavisd CC_BADH,2 'BAD HEADER: nonencoded 8-bit character' (554 5.6.3), the 'invalid header section' subject
  c('amavis/03-invalid-header-8bit.eml', 'rfc3464', [
    'yui@example.jp',
    '5.6.3',
    'message-noncompliant',
    'sender-admin',
  ]),
  // amavisd notify_virus_sender_templ 'BANNED CONTENTS ALERT', CC_BANNED 'BANNED: %F'
  c('amavis/04-banned-contents.eml', 'rfc3464', ['haru@example.jp', '5.7.0', 'content-rejected', 'sender']),
  // amavisd notify_virus_sender_templ 'VIRUS ALERT', CC_VIRUS 'INFECTED: %V'
  c('amavis/05-virus-infected.eml', 'rfc3464', ['sakura@example.jp', '5.7.0', 'content-rejected', 'sender']),
  // amavisd notify_spam_sender_templ 'Considered UNSOLICITED BULK EMAIL, apparently from you', CC_SPAM ' - spam'; two recipients
  c(
    'amavis/06-spam-two-recipients.eml',
    'rfc3464',
    ['sota@example.jp', '5.7.0', 'content-rejected', 'sender'],
    ['mei@example.jp', '5.7.0', 'content-rejected', 'sender'],
  ),
  // amavisd CC_UNCHECKED,1 'UNCHECKED: encrypted' (554 5.7.0)
  c('amavis/07-unchecked-encrypted.eml', 'rfc3464', [
    'nao@example.jp',
    '5.7.0',
    'content-rejected',
    'sender',
  ]),
  // sisimai 4.25 Lhost/Barracuda.pm (Subject '**Message you sent blocked by our bulk email filter**', 'Your message to:')
  c('barracuda/01-spam-score.eml', 'rfc3464', ['kanon@example.jp', '5.7.1', 'content-rejected', 'sender']),
  // sisimai 4.25 Lhost/Barracuda.pm; Barracuda message log action 'Barracuda Reputation' (campus.barracuda.com)
  c('barracuda/02-barracuda-reputation.eml', 'rfc3464', [
    'lisa@example.com',
    '5.7.1',
    'reputation-block',
    'sender-admin',
  ]),
  // sisimai 4.25 Lhost/Barracuda.pm; Barracuda message log action 'Intent'
  c('barracuda/03-intent-url.eml', 'rfc3464', ['nell@example.com', '5.7.1', 'content-rejected', 'sender']),
  // sisimai 4.25 Lhost/Barracuda.pm, two recipients
  c(
    'barracuda/04-two-recipients-score.eml',
    'rfc3464',
    ['pete@example.com', '5.7.1', 'content-rejected', 'sender'],
    ['rita@example.com', '5.7.1', 'content-rejected', 'sender'],
  ),
  // sisimai 4.25 Lhost/PowerMTA.pm ('Delivery report', 'Hello, this is the mail server on ') X-PowerMTA-BounceCategory bad-domain
  c('powermta/01-bad-domain.eml', 'rfc3464', [
    'alba@nxdomain.example.com',
    '5.1.2',
    'recipient-domain-invalid',
    'sender',
  ]),
  // sisimai 4.25 Lhost/PowerMTA.pm category inactive-mailbox
  c('powermta/02-inactive-mailbox.eml', 'rfc3464', [
    'bruno@example.net',
    '5.2.1',
    'mailbox-inactive',
    'sender',
  ]),
  // sisimai 4.25 Lhost/PowerMTA.pm category message-expired: the last attempt's words name the cause
  c('powermta/03-message-expired.eml', 'rfc3464', [
    'carla@slow.example.com',
    '4.4.0',
    'recipient-system',
    'recipient-admin',
  ]),
  // sisimai 4.25 Lhost/PowerMTA.pm category no-answer-from-host
  c('powermta/04-no-answer-from-host.eml', 'rfc3464', [
    'dario@example.net',
    '4.4.1',
    'recipient-system',
    'recipient-admin',
  ]),
  // sisimai 4.25 Lhost/PowerMTA.pm category quota-issues
  c('powermta/05-quota-issues.eml', 'rfc3464', ['elena@example.com', '5.2.2', 'mailbox-full', 'recipient']),
  // sisimai 4.25 Lhost/PowerMTA.pm category routing-errors (the words say a loop)
  c('powermta/06-routing-errors.eml', 'rfc3464', ['fabio@example.net', '5.4.6', 'mail-loop', 'sender-admin']),
  // sisimai 4.25 Lhost/PowerMTA.pm category spam-related
  c('powermta/07-spam-related.eml', 'rfc3464', ['greta@example.com', '5.7.1', 'content-rejected', 'sender']),
  // sisimai 4.25 Lhost/PowerMTA.pm category bad-mailbox decides when the reply says little
  c('powermta/08-bad-mailbox-vague-text.eml', 'rfc3464', [
    'hans@example.net',
    '5.0.0',
    'recipient-unknown',
    'sender',
  ]),
  // sisimai 4.25 Lhost/SendGrid.pm (Return-Path apps@sendgrid.net, 'This is an automatically generated message from SendGrid.', '... in RCPT TO')
  c('sendgrid/01-user-unknown-rcpt-to.eml', 'rfc3464', [
    'ami@example.jp',
    '5.1.1',
    'recipient-unknown',
    'sender',
  ]),
  // sisimai 4.25 Lhost/SendGrid.pm: an empty Status and a Diagnostic-Code without its type
  c('sendgrid/02-untyped-diagnostic-empty-status.eml', 'rfc3464', [
    'bea@example.com',
    '5.2.1',
    'mailbox-inactive',
    'sender',
  ]),
  // sisimai 4.25 Lhost/SendGrid.pm 'Action: expired' with status 4.0.0: the last reply names the cause
  c('sendgrid/03-action-expired.eml', 'rfc3464', [
    'cody@slow.example.net',
    '4.4.2',
    'recipient-system',
    'recipient-admin',
  ]),
  // sisimai 4.25 Lhost/SendGrid.pm 'in End of DATA'
  c('sendgrid/04-spam-end-of-data.eml', 'rfc3464', [
    'dina@example.com',
    '5.7.1',
    'content-rejected',
    'sender',
  ]),
  // sisimai 4.25 Lhost/SendGrid.pm 'in MAIL FROM': the sender's domain
  c('sendgrid/05-mail-from-sender-domain.eml', 'rfc3464', [
    'eli@example.net',
    '5.1.8',
    'sender-infrastructure',
    'sender-admin',
  ]),
  // sisimai 4.25 Lhost/SurfControl.pm (X-SEF-Processed, X-Mailer SurfControl E-mail Filter, 'Addressed To:', '<addr>: [ip], reply')
  c('surfcontrol/01-no-such-user.eml', 'text', ['gabe@example.com', '5.1.1', 'recipient-unknown', 'sender']),
  // sisimai 4.25 Lhost/SurfControl.pm: two 'Addressed To:' lines, then each address's own reply line
  c(
    'surfcontrol/02-two-recipients-full-and-unknown.eml',
    'text',
    ['ian@example.com', '5.2.2', 'mailbox-full', 'recipient'],
    ['jill@example.com', '5.1.1', 'recipient-unknown', 'sender'],
  ),
  // sisimai 4.25 Lhost/SurfControl.pm, 'The number of attempts made: 3'
  c('surfcontrol/03-relay-denied-three-attempts.eml', 'text', [
    'kurt@partner.example.net',
    '5.7.1',
    'relay-denied',
    'sender-admin',
  ]),
  // sisimai 4.25 Lhost/Biglobe.pm (postmaster@biglobe.ne.jp, 'Returned mail:') messagesof 'The number of messages in recipient's mailbox exceeded the local limit.'
  c('biglobe/01-biglobe-mailbox-full.eml', 'text', [
    'chika@ab.biglobe.ne.jp',
    '5.2.2',
    'mailbox-full',
    'recipient',
  ]),
  // sisimai 4.25 Lhost/Biglobe.pm (inacatv.ne.jp) messagesof 'Mail Delivery Failed... User unknown'
  c('biglobe/02-inacatv-user-unknown.eml', 'text', [
    'daisuke@inacatv.ne.jp',
    '5.1.1',
    'recipient-unknown',
    'sender',
  ]),
  // go-sisimai lhost/via-biglobe.go (tmtv.ne.jp): two addresses, one 'Non-delivered information' for both
  c(
    'biglobe/03-tmtv-two-recipients.eml',
    'text',
    ['emi@tmtv.ne.jp', '5.1.1', 'recipient-unknown', 'sender'],
    ['fumi@tmtv.ne.jp', '5.1.1', 'recipient-unknown', 'sender'],
  ),
  // sisimai 4.25 Lhost/Biglobe.pm (ttv.ne.jp) mailboxfull
  c('biglobe/04-ttv-mailbox-full.eml', 'text', ['goro@ttv.ne.jp', '5.2.2', 'mailbox-full', 'recipient']),
  // sisimai 4.25 ARF.pm: Microsoft's JMRP, X-HmXmrOriginalRecipient in the returned message
  k('arf/01-microsoft-jmrp-hmxmr.eml', 'feedback'),
  // sisimai 4.25 ARF.pm is_arf: complaints@email-abuse.amazonses.com, 'complaint about message from', multipart/mixed
  k('arf/02-amazonses-complaint-by-email.eml', 'feedback'),
  // sisimai 4.25 ARF.pm: OpenDMARC 'This is an authentication failure report for an email message received from IP'
  k('arf/03-opendmarc-auth-failure.eml', 'feedback'),
  // sisimai 4.25 ARF.pm: Netease 'This is a spf/dkim authentication-failure report', text/rfc822-headers
  k('arf/04-spf-dkim-authentication-failure-report.eml', 'feedback'),
  // sisimai 4.25 ARF.pm: Abusix 'this is an autogenerated email abuse complaint regarding your network.'
  k('arf/05-abusix-autogenerated-complaint.eml', 'feedback'),
  // sisimai 4.25 ARF.pm: AOL 'Redacted-Address: localpart@'
  k('arf/06-aol-redacted-address.eml', 'feedback'),
  // sisimai 4.25 ARF.pm: 'This is an email abuse report for an email message received from IP'
  k('arf/07-yahoo-fw-abuse-report.eml', 'feedback'),
  // sisimai 4.25 ARF.pm: 'This is a <provider> email abuse report', Feedback-Type fraud, headers only
  k('arf/08-provider-fraud-report-headers-only.eml', 'feedback'),
  // sisimai 4.25 ARF.pm: 'This is a <type> report for', Feedback-Type virus
  k('arf/09-virus-report-dmarc-report-for.eml', 'feedback'),
  // sisimai 4.25 RFC3834.pm subject 'automatic reply:'; Exchange's Auto-Submitted: auto-generated and X-Auto-Response-Suppress
  k('rfc3834/01-exchange-automatic-reply.eml', 'auto-reply'),
  // sisimai 4.25 RFC3834.pm x-auto-response-suppress; Exchange's headers on a Czech OOF whose subject is in no list
  k('rfc3834/02-exchange-czech-automatic-reply.eml', 'auto-reply'),
  // sisimai 4.25 RFC3834.pm 'x-apple-action' => vacation
  k('rfc3834/03-icloud-x-apple-action-vacation.eml', 'auto-reply'),
  // sisimai 4.25 RFC3834.pm 'precedence' => auto_reply
  k('rfc3834/04-precedence-auto-reply.eml', 'auto-reply'),
  // sisimai 4.25 RFC3834.pm subject 'auto:' (Lotus Notes)
  k('rfc3834/05-notes-auto-subject.eml', 'auto-reply'),
  // sisimai 4.25 RFC3834.pm subject 'auto response:'
  k('rfc3834/06-auto-response-subject.eml', 'auto-reply'),
  // sisimai 4.25 RFC3834.pm subject 'out of the office:'
  k('rfc3834/07-out-of-the-office-subject.eml', 'auto-reply'),
  // sisimai 4.25 RFC3834.pm 'auto-submitted' => auto-replied
  k('rfc3834/08-auto-submitted-auto-replied-vacation.eml', 'auto-reply'),
  // sisimai 4.25 RFC3834.pm excludings subject 'security information for' (sudo): not an auto-reply
  k('rfc3834/09-sudo-security-information-not-auto-reply.eml', 'not-a-bounce'),
  // Exim's bounce carries Auto-Submitted: auto-replied (sisimai 4.25 RFC3834.pm excludes mailer-daemon@): a bounce
  c('rfc3834/10-exim-bounce-auto-submitted-is-bounce.eml', 'exim', [
    'lara@example.net',
    '5.1.1',
    'recipient-unknown',
    'sender',
  ]),
  // sisimai 4.25 RFC3834.pm excludings subject 'mail failure -' (Exim moan.c, rejected by local scanning code): a bounce
  c('rfc3834/11-exim-mail-failure-subject-is-bounce.eml', 'exim', [
    'mona@example.net',
    null,
    'content-rejected',
    'sender',
  ]),
  // a Postfix bounce (Auto-Submitted: auto-replied) returning an 'Automatic reply:': a bounce
  c('rfc3834/12-postfix-bounce-of-automatic-reply.eml', 'postfix', [
    'noreply@example.org',
    '5.1.1',
    'recipient-unknown',
    'sender',
  ]),
  // sisimai 4.25 MDA.pm vpopmail mailboxfull 'domain is over quota'
  c('mda/01-qmail-vpopmail-domain-over-quota.eml', 'qmail', [
    'tae@example.net',
    '5.2.2',
    'mailbox-full',
    'recipient',
  ]),
  // sisimai 4.25 MDA.pm vpopmail userunknown 'sorry, no mailbox here by that name.'
  c('mda/02-qmail-vpopmail-no-mailbox.eml', 'qmail', [
    'ugo@example.net',
    '5.1.1',
    'recipient-unknown',
    'sender',
  ]),
  // sisimai 4.25 MDA.pm vmailmgr userunknown 'invalid or unknown base user or domain'
  c('mda/03-qmail-vmailmgr-base-user.eml', 'qmail', [
    'val@example.net',
    '5.1.1',
    'recipient-unknown',
    'sender',
  ]),
  // sisimai 4.25 MDA.pm vmailmgr userunknown 'user name does not refer to a virtual user'
  c('mda/04-qmail-vmailmgr-not-virtual-user.eml', 'qmail', [
    'wim@example.net',
    '5.1.1',
    'recipient-unknown',
    'sender',
  ]),
  // sisimai 4.25 MDA.pm maildrop mailboxfull 'maildir over quota.'
  c('mda/05-postfix-maildrop-maildir-over-quota.eml', 'postfix', [
    'xena@example.com',
    '5.2.2',
    'mailbox-full',
    'recipient',
  ]),
  // go-sisimai lda/lib.go procmail mailboxfull 'user over quota'
  c('mda/06-postfix-procmail-user-over-quota.eml', 'postfix', [
    'yoko@example.com',
    '5.3.0',
    'mailbox-full',
    'recipient',
  ]),
  // go-sisimai lda/lib.go procmail systemerror 'service unavailable'
  c('mda/07-postfix-procmail-service-unavailable.eml', 'postfix', [
    'zeno@example.com',
    '5.3.0',
    'recipient-system',
    'recipient-admin',
  ]),
  // sisimai 4.25 MDA.pm mail.local systemerror 'temporary file write error' (sendmail's warning: a delay)
  k('mda/08-sendmail-mail-local-temp-write-error-delay.eml', 'delay', 'sendmail', [
    'ada@gw.example.com',
    '4.3.0',
    'delayed',
    'none',
  ]),
  // sisimai 4.25 MDA.pm mail.local userunknown ': invalid mailbox path'
  c('mda/09-sendmail-mail-local-invalid-mailbox-path.eml', 'sendmail', [
    'bob@gw.example.com',
    '5.1.1',
    'recipient-unknown',
    'sender',
  ]),
  // sisimai 4.25 MDA.pm mail.local mailboxfull 'mailbox full or quota exceeded'
  c('mda/10-sendmail-mail-local-quota-exceeded.eml', 'sendmail', [
    'cam@gw.example.com',
    '5.2.2',
    'mailbox-full',
    'recipient',
  ]),
  // sisimai 4.25 MDA.pm dovecot 'Your message to <...> was automatically rejected:' with 'quota exceeded (mailbox for user is full)'
  c('mda/11-dovecot-lda-quota-rejected.eml', 'sieve-reject', [
    'dan@example.net',
    '5.2.2',
    'mailbox-full',
    'recipient',
  ]),
];

describe('gateway, sending-service, MDA, feedback and auto-reply variants', () => {
  test.each(CASES.map((x) => [x.file, x] as const))('%s', (_file, x) => checkFixture(x));
});
