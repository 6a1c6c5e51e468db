// Variants of the consumer mail services' and Microsoft's bounces, and of the unnamed layouts sisimai
// calls X4 (qmail clones) and X5 (a bounce forwarded to NotificationRecipients): Yahoo, AOL, Bigfoot,
// Facebook, Google Workspace, Mail.Ru, Yandex, Outlook.com, Office 365 and Exchange 2007, each
// written as the system words it (invented fixtures under test/fixtures/variants/<sisimai lhost
// name, lower case>/). The comment above each row names where the variant comes from.
import { checkFixture, recipientRows, type FixtureCase, type RecipientRow } from './fixture-cases';

type R = RecipientRow;

const c = (file: string, format: string, ...recipients: R[]): FixtureCase => ({
  file: `variants/${file}`,
  kind: 'bounce',
  format,
  recipients: recipientRows(recipients),
});

const CASES: FixtureCase[] = [
  // sisimai Lhost/Yahoo.pm: 'Remote host said:' alone, the reply on the next line, '[RCPT_TO]' after it
  c('yahoo/01-remote-host-said-wrapped-mailbox-full.eml', 'yahoo', [
    'hiro@example.jp',
    '5.2.2',
    'mailbox-full',
    'recipient',
  ]),
  // sisimai Lhost/Yahoo.pm: the refused step in brackets at the reply's end ('[DATA_END]')
  c('yahoo/02-data-stage-spam.eml', 'yahoo', ['accounts@example.net', '5.7.1', 'content-rejected', 'sender']),
  // sisimai Lhost/Yahoo.pm, one '<address>:' block per recipient; go-sisimai rhost/for-yahooinc.go 'this mailbox is disabled', 'dd this user doesn't have a'
  c(
    'yahoo/03-mailbox-disabled-two-recipients.eml',
    'yahoo',
    ['old.friend@aol.example.jp', '5.2.1', 'mailbox-inactive', 'sender'],
    ['nobody.here@example.org', '5.1.1', 'recipient-unknown', 'sender'],
  ),
  // sisimai Lhost/Aol.pm: X-AOL-IP, Postfix's text and message/delivery-status from omr-*.mx.aol.com
  c('aol/01-postfix-dsn-user-unknown.eml', 'postfix', [
    'june.h@example.org',
    '5.1.1',
    'recipient-unknown',
    'sender',
  ]),
  // sisimai Lhost/Aol.pm messagesof hostunknown 'Host or domain name not found'
  c('aol/02-host-or-domain-name-not-found.eml', 'postfix', [
    'carlos@exmaple.org',
    '5.4.4',
    'recipient-domain-invalid',
    'sender',
  ]),
  // sisimai Lhost/Aol.pm messagesof notaccept 'type=MX: Malformed or unexpected name server reply' (postfix dns_lookup.c): the domain's DNS is broken
  c('aol/03-mx-malformed-name-server-reply.eml', 'postfix', [
    'ivy@broken-dns.example.net',
    '5.4.4',
    'recipient-system',
    'recipient-admin',
  ]),
  // sisimai Lhost/Bigfoot.pm: indented '----- Transcript of session follows -----', '<<< 553 Invalid recipient ... (Mode: normal)', message/partial copy
  c('bigfoot/01-transcript-invalid-recipient.eml', 'sendmail', [
    'laura.m@bigfoot.com',
    '5.1.1',
    'recipient-unknown',
    'sender',
  ]),
  // sisimai Lhost/Bigfoot.pm: '>>> DATA' in the transcript, message/partial copy
  c('bigfoot/02-transcript-data-refused.eml', 'sendmail', [
    'oskar@bigfoot.com',
    '5.3.4',
    'message-too-large',
    'sender',
  ]),
  // sisimai Lhost/Facebook.pm errorcodes filtered RCP-P2 (postmaster.facebook.com/response_codes)
  c('facebook/01-rcp-p2-recipient-preferences.eml', 'rfc3464', [
    'maya.lind@facebook.com',
    '5.1.1',
    'recipient-policy',
    'recipient-admin',
  ]),
  // sisimai Lhost/Facebook.pm errorcodes userunknown RCP-P1
  c('facebook/02-rcp-p1-no-such-user.eml', 'rfc3464', [
    'not.a.user.9911@facebook.com',
    '5.1.1',
    'recipient-unknown',
    'sender',
  ]),
  // sisimai Lhost/Facebook.pm errorcodes blocked POL-P1 (Spamhaus PBL)
  c('facebook/03-pol-p1-spamhaus-pbl.eml', 'rfc3464', [
    'dana.w@facebook.com',
    '5.7.1',
    'reputation-block',
    'sender-admin',
  ]),
  // sisimai Lhost/Facebook.pm errorcodes mesgtoobig MSG-P1
  c('facebook/04-msg-p1-too-large.eml', 'rfc3464', [
    'eli.park@facebook.com',
    '5.3.4',
    'message-too-large',
    'sender',
  ]),
  // go-sisimai rhost/for-facebook.go requireptr DNS-P3 (no reverse DNS)
  c('facebook/05-dns-p3-no-reverse-dns.eml', 'rfc3464', [
    'fern.k@facebook.com',
    '5.7.1',
    'sender-infrastructure',
    'sender-admin',
  ]),
  // sisimai Lhost/Facebook.pm errorcodes suspend RCP-T4 (deactivated)
  c('facebook/06-rcp-t4-deactivated.eml', 'rfc3464', [
    'gus.h@facebook.com',
    '5.2.1',
    'mailbox-inactive',
    'sender',
  ]),
  // sisimai Lhost/Facebook.pm errorcodes virusdetected POL-P5
  c('facebook/07-pol-p5-virus.eml', 'rfc3464', [
    'hana.s@facebook.com',
    '5.7.1',
    'content-rejected',
    'sender',
  ]),
  // sisimai Lhost/GSuite.pm: a bare reply code in Diagnostic-Code, the status in 'The response from the remote server was: 550 #5.1.0 Address rejected.'
  c('gsuite/01-address-not-found-bare-reply-code.eml', 'rfc3464', [
    'ulrich@example.org',
    '5.1.0',
    'recipient-unknown',
    'sender',
  ]),
  // sisimai Lhost/GSuite.pm messagesof networkerror ' responded with code NXDOMAIN'
  c('gsuite/02-dns-nxdomain.eml', 'rfc3464', [
    'vic@nxdomain.example.net',
    '5.0.0',
    'recipient-domain-invalid',
    'sender',
  ]),
  // sisimai Lhost/GSuite.pm messagesof networkerror ' had no relevant answers.' (no MX, no address: nowhere to deliver)
  c('gsuite/03-dns-no-relevant-answers.eml', 'rfc3464', [
    'wes@nomail.example.net',
    '5.0.0',
    'recipient-domain-invalid',
    'sender',
  ]),
  // sisimai Lhost/GSuite.pm messagesof notaccept 'Null MX' (RFC 7505)
  c('gsuite/04-null-mx.eml', 'rfc3464', [
    'xena@parked.example.com',
    '5.0.0',
    'recipient-domain-invalid',
    'sender',
  ]),
  // go-sisimai lhost/via-googleworkspace.go startingof '** ' headings: '** Delivery incomplete **', Action: delayed
  {
    file: 'variants/gsuite/05-delivery-incomplete-delay.eml',
    kind: 'delay',
    format: 'rfc3464',
    recipients: [
      {
        address: 'yara@slow.example.org',
        status: '4.4.1',
        category: 'delayed',
        owner: 'none',
        action: 'delayed',
      },
    ],
  },
  // go-sisimai lhost/via-googleworkspace.go: '** Message blocked **' with 'The response from the remote server was:', text/rfc822-headers
  c('gsuite/06-message-blocked-content.eml', 'rfc3464', [
    'zach@example.org',
    '5.7.1',
    'content-rejected',
    'sender',
  ]),
  // sisimai Lhost/MailRu.pm messagesof expired 'retry timeout exceeded'
  c('mailru/01-retry-timeout-exceeded.eml', 'mailru', [
    'pavel@slow.example.org',
    '5.4.7',
    'expired',
    'recipient-admin',
  ]),
  // sisimai Lhost/MailRu.pm messagesof hostunknown 'Unrouteable address'
  c('mailru/02-unrouteable-address.eml', 'mailru', [
    'quinn@no-such-domain.example',
    '5.1.2',
    'recipient-domain-invalid',
    'sender',
  ]),
  // sisimai Lhost/MailRu.pm messagesof hostunknown 'all relevant MX records point to non-existent hosts'
  c('mailru/03-mx-point-to-non-existent-hosts.eml', 'mailru', [
    'rita@deadmx.example.net',
    '5.1.2',
    'recipient-domain-invalid',
    'sender',
  ]),
  // sisimai Lhost/MailRu.pm messagesof mailboxfull 'error: quota exceed'
  c('mailru/04-quota-exceed.eml', 'mailru', ['stas.m@example.ru', '5.2.2', 'mailbox-full', 'recipient']),
  // sisimai Lhost/MailRu.pm: 'SMTP error from remote mail server after MAIL FROM' (command MAIL)
  c('mailru/05-mail-from-rejected.eml', 'mailru', [
    'tanya@example.org',
    '5.7.1',
    'recipient-policy',
    'recipient-admin',
  ]),
  // sisimai Lhost/MailRu.pm messagesof contenterror 'Too many "Received" headers' (Exim: suspected mail loop)
  c('mailru/06-too-many-received-headers.eml', 'mailru', [
    'ural@example.org',
    '5.4.6',
    'mail-loop',
    'sender-admin',
  ]),
  // sisimai Lhost/MailRu.pm messagesof notaccept 'an MX or SRV record indicated no SMTP service'
  c('mailru/07-mx-no-smtp-service.eml', 'mailru', [
    'vera@nullmx.example.com',
    '5.1.2',
    'recipient-domain-invalid',
    'sender',
  ]),
  // sisimai Lhost/MailRu.pm messagesof hostunknown 'all host address lookups failed permanently', userunknown 'user not found'
  c(
    'mailru/08-host-lookups-failed-two-recipients.eml',
    'mailru',
    ['wim@gone.example.net', '5.1.2', 'recipient-domain-invalid', 'sender'],
    ['xan@example.org', '5.1.1', 'recipient-unknown', 'sender'],
  ),
  // sisimai Lhost/MailRu.pm messagesof systemerror 'local delivery failed' (sender and recipient both at mail.ru)
  c('mailru/09-local-delivery-failed.eml', 'mailru', [
    'yuri.b@mail.ru',
    null,
    'recipient-system',
    'sender-admin',
  ]),
  // sisimai Lhost/MailRu.pm subject 'Warning: message .+ delayed'; Exim deliver.c delay warning
  {
    file: 'variants/mailru/10-warning-delayed-24-hours.eml',
    kind: 'delay',
    format: 'mailru',
    recipients: [
      {
        address: 'zoya@slow.example.org',
        status: '4.3.0',
        category: 'delayed',
        owner: 'none',
        cause: { category: 'recipient-system', owner: 'recipient-admin' },
        action: 'delayed',
      },
    ],
  },
  // sisimai Lhost/MailRu.pm: no address alone on its line (Exim's 'pipe to |...' with 'generated by'), X-Failed-Recipients; Exim deliver.c 'The following text was generated during the delivery attempt'
  c('mailru/11-pipe-generated-by-x-failed-recipients.eml', 'mailru', [
    'yuri.b@mail.ru',
    null,
    'recipient-system',
    'sender-admin',
  ]),
  // sisimai Lhost/Yandex.pm: X-Yandex-Uniq, 'This is the mail system at host yandex.ru.', '(in reply to RCPT TO command)'
  c('yandex/01-user-unknown-rcpt.eml', 'postfix', [
    'anya@example.org',
    '5.1.1',
    'recipient-unknown',
    'sender',
  ]),
  // sisimai Lhost/Yandex.pm: one command per recipient ('end of DATA', 'RCPT TO')
  c(
    'yandex/02-two-recipients-data-and-rcpt.eml',
    'postfix',
    ['boris@example.net', '5.7.1', 'content-rejected', 'sender'],
    ['vlad@example.org', '5.2.2', 'mailbox-full', 'recipient'],
  ),
  // sisimai Lhost/Yandex.pm: '... MAIL FROM command)' on a continued line
  c('yandex/03-mail-from-rejected.eml', 'postfix', [
    'gleb@example.com',
    '5.7.1',
    'sender-infrastructure',
    'sender-admin',
  ]),
  // sisimai Lhost/Outlook.pm messagesof userunknown 'Requested action not taken: mailbox unavailable'
  c('outlook/01-mailbox-unavailable.eml', 'rfc3464', [
    'jonas@example.org',
    '5.5.0',
    'recipient-unknown',
    'sender',
  ]),
  // sisimai Lhost/Outlook.pm messagesof hostunknown 'the domain is not reachable'
  c('outlook/02-domain-not-reachable.eml', 'rfc3464', [
    'kurt@unreachable.example.net',
    '5.0.0',
    'recipient-domain-invalid',
    'sender',
  ]),
  // sisimai Lhost/Outlook.pm: Action delayed without a Diagnostic-Code ('Delivery to the following recipients has been delayed.')
  {
    file: 'variants/outlook/03-delayed-no-diagnostic.eml',
    kind: 'delay',
    format: 'rfc3464',
    recipients: [
      {
        address: 'lars@slow.example.org',
        status: '4.4.7',
        category: 'delayed',
        owner: 'none',
        action: 'delayed',
      },
    ],
  },
  // sisimai Lhost/Outlook.pm: Action failed without a Diagnostic-Code; Status 4.4.7 (retry time ran out)
  c('outlook/04-failed-expired-no-diagnostic.eml', 'rfc3464', [
    'mia@slow.example.org',
    '4.4.7',
    'expired',
    'recipient-admin',
  ]),
  // sisimai Lhost/Office365.pm: '<address><mailto:...>' lines, 'Remote Server returned', CrossTenant headers; statuslist 5.1.10
  c(
    'office365/01-remote-server-returned-two-recipients.eml',
    'exchange',
    ['lukas@example.com', '5.1.10', 'recipient-unknown', 'sender'],
    ['marta@example.com', '5.2.2', 'mailbox-full', 'recipient'],
  ),
  // sisimai Lhost/Office365.pm markingsof '.+ rejected your message to the following e-mail addresses:'
  c('office365/02-organization-rejected-your-message.eml', 'exchange', [
    'nadia@example.org',
    '5.1.1',
    'recipient-unknown',
    'sender',
  ]),
  // sisimai Lhost/Office365.pm 'Original Message Details', 'Recipient Address:', 'Error Details'; statuslist 5.4.316 expired
  c('office365/03-error-details-error-label-expired.eml', 'exchange', [
    'olaf@slow.example.net',
    '5.4.316',
    'expired',
    'recipient-admin',
  ]),
  // sisimai Lhost/Office365.pm statuslist 5.4.6 networkerror family: 5.4.14 hop count exceeded
  c('office365/04-hop-count-exceeded-loop.eml', 'exchange', [
    'pia@example.net',
    '5.4.14',
    'mail-loop',
    'sender-admin',
  ]),
  // sisimai Lhost/Office365.pm statuslist 5.7.124 rejected ('Reported error:' of the 2017 layout)
  c('office365/05-reported-error-allowed-senders.eml', 'exchange', [
    'announce@example.com',
    '5.7.124',
    'recipient-policy',
    'sender-admin',
  ]),
  // sisimai Lhost/Office365.pm reads the text alone: 'Error Details', 'Error:' and 'Message rejected by:' without a delivery-status part
  c('office365/06-error-label-no-dsn-part-remote-policy.eml', 'exchange', [
    'quentin@example.net',
    '5.7.1',
    'recipient-policy',
    'recipient-admin',
  ]),
  // go-sisimai lhost/via-exchange2007.go ndrsubject 'RESOLVER.ADR.InvalidInSmtp' (IMCEAINVALID encapsulation)
  c('exchange2007/09-resolver-invalidinsmtp.eml', 'exchange', [
    'IMCEAINVALID-wren+2Eito@contoso.example.com',
    '5.1.0',
    'recipient-system',
    'sender-admin',
  ]),
  // go-sisimai lhost/via-exchange2007.go ndrsubject 'RESOLVER.ADR.Ambiguous' (550 5.1.4)
  c('exchange2007/10-resolver-ambiguous.eml', 'exchange', [
    'finance@contoso.example.com',
    '5.1.4',
    'recipient-system',
    'sender-admin',
  ]),
  // go-sisimai lhost/via-exchange2007.go startingof 'Error Details', rhost 'DSN generated by:'; a bare 5.0.0 in the DSN
  c('exchange2007/11-error-details-dsn-generated-by-mailbox-full.eml', 'exchange', [
    'wade@example.net',
    '5.2.2',
    'mailbox-full',
    'recipient',
  ]),
  // sisimai Lhost/X4.pm markingsof 'He/Her is not .+ user'; qmail-local.c 'Sorry, no mailbox here by that name. (#5.1.1)'
  c('x4/01-he-her-is-not-user.eml', 'qmail', ['ben@example.jp', '5.1.1', 'recipient-unknown', 'sender']),
  // sisimai Lhost/X4.pm 'Su mensaje no pudo ser entregado'; go-sisimai via-qmail.go boundary '--- Mensaje original adjunto.'
  c('x4/02-es-su-mensaje-no-pudo.eml', 'qmail', [
    'mateo@example.net',
    '5.1.1',
    'recipient-unknown',
    'sender',
  ]),
  // sisimai Lhost/X4.pm 'This is the mail delivery agent at'; boundary '--- Below the next line is a copy of the message.'; qmail-remote.c 'failed after I sent the message'
  c('x4/03-mail-delivery-agent-below-next-line.eml', 'qmail', [
    'dai@example.org',
    '5.3.4',
    'message-too-large',
    'sender',
  ]),
  // sisimai Lhost/X4.pm 'Unfortunately, your mail was not delivered to the following address:' and its '(?:To[ ]*:)?<address>:' line
  c('x4/04-unfortunately-to-prefix.eml', 'qmail', [
    'finn@example.net',
    '5.1.2',
    'recipient-domain-invalid',
    'sender',
  ]),
  // sisimai Lhost/X4.pm 'Your mail message to the following address'; messagesof systemfull 'mailbox unavailable (not enough free space)'
  c('x4/05-your-mail-message-not-enough-space.eml', 'qmail', [
    'hana@example.org',
    null,
    'recipient-system',
    'recipient-admin',
  ]),
  // sisimai Lhost/X4.pm "We're sorry."; go-sisimai via-qmail.go boundary 'Original message follows.'
  c('x4/06-were-sorry-original-message-follows.eml', 'qmail', [
    'jade@example.com',
    '5.2.1',
    'mailbox-inactive',
    'sender',
  ]),
  // sisimai Lhost/X4.pm subject 'Permanent Delivery Failure', 'Hi. .+ unable to deliver your message to the following addresses'; failonldap exceedlimit
  c('x4/07-permanent-delivery-failure-ldap-size.eml', 'qmail', [
    'lea@example.it',
    '5.2.3',
    'message-too-large',
    'sender',
  ]),
  // sisimai Lhost/X4.pm 'This is the machine generated message from mail service'; qmail-remote.c 'but sender was rejected'; boundary '--- Below this line is a copy of the mail header.'
  c('x4/08-machine-generated-header-copy.eml', 'qmail', [
    'nao@example.com',
    '5.7.1',
    'sender-infrastructure',
    'sender-admin',
  ]),
  // sisimai Lhost/X5.pm: From 'Mail Delivery Subsystem' in ISO-2022-JP, To NotificationRecipients, the bounce nested in message/rfc822
  c('x5/01-nested-user-unknown.eml', 'sendmail', [
    'taku@example.net',
    '5.1.1',
    'recipient-unknown',
    'sender',
  ]),
  // sisimai Lhost/X5.pm: the nested bounce's delivery-status part with two recipients
  c(
    'x5/02-nested-two-recipients.eml',
    'sendmail',
    ['umi@example.org', '5.2.2', 'mailbox-full', 'recipient'],
    ['vivi@nowhere.example.net', '5.1.2', 'recipient-domain-invalid', 'sender'],
  ),
];

describe('consumer-service and Microsoft bounce variants', () => {
  test.each(CASES.map((k) => [k.file, k] as const))('%s', (_file, k) => checkFixture(k));
});
