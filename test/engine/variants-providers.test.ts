// Documented variants of the providers' own bounce formats (Gmail, Google Workspace, Google Groups,
// Amazon SES, Zoho, Verizon, BIGLOBE, au EZweb, KDDI, fml) and of the providers' reply tables, one
// invented fixture each in test/fixtures/variants/<format>/. Each row names where the variant is
// documented; the expected values are what the message's own words mean (../shared/TAXONOMY.md).
import { checkFixture, type FixtureCase } from './fixture-cases';

const CASES: FixtureCase[] = [
  // go-sisimai lhost/via-amazonses.go Permanent/Suppressed (SES notification-contents bounce types)
  {
    file: 'variants/amazonses/01-permanent-suppressed.eml',
    kind: 'bounce',
    format: 'amazon-ses',
    recipients: [{ address: 'ghost@example.org', status: '5.1.1', category: 'suppressed', owner: 'sender' }],
  },
  // go-sisimai lhost/via-amazonses.go Transient/MailboxFull
  {
    file: 'variants/amazonses/02-transient-mailbox-full.eml',
    kind: 'bounce',
    format: 'amazon-ses',
    recipients: [
      { address: 'full@example.org', status: '5.2.2', category: 'mailbox-full', owner: 'recipient' },
    ],
  },
  // go-sisimai lhost/via-amazonses.go Transient/MessageTooLarge
  {
    file: 'variants/amazonses/03-transient-message-too-large.eml',
    kind: 'bounce',
    format: 'amazon-ses',
    recipients: [
      { address: 'small@example.org', status: '5.3.4', category: 'message-too-large', owner: 'sender' },
    ],
  },
  // go-sisimai lhost/via-amazonses.go Transient/ContentRejected
  {
    file: 'variants/amazonses/04-transient-content-rejected.eml',
    kind: 'bounce',
    format: 'amazon-ses',
    recipients: [
      { address: 'picky@example.org', status: '5.7.1', category: 'content-rejected', owner: 'sender' },
    ],
  },
  // go-sisimai lhost/via-amazonses.go Transient/AttachmentRejected
  {
    file: 'variants/amazonses/05-transient-attachment-rejected.eml',
    kind: 'bounce',
    format: 'amazon-ses',
    recipients: [
      { address: 'careful@example.org', status: '5.7.1', category: 'content-rejected', owner: 'sender' },
    ],
  },
  // go-sisimai lhost/via-amazonses.go Undetermined/Undetermined: SES could not tell, and neither can we (the JSON's "Message-ID" header is no reason)
  {
    file: 'variants/amazonses/06-undetermined.eml',
    kind: 'bounce',
    format: 'amazon-ses',
    recipients: [
      { address: 'mystery@example.org', status: null, category: 'unknown', owner: 'sender-admin' },
    ],
  },
  // go-sisimai lhost/via-amazonses.go Transient/General with the remote server's 4.2.1 rate reply
  {
    file: 'variants/amazonses/07-transient-general-rate.eml',
    kind: 'bounce',
    format: 'amazon-ses',
    recipients: [{ address: 'busy@example.org', status: '4.2.1', category: 'rate-limited', owner: 'sender' }],
  },
  // go-sisimai lhost/via-amazonses.go Permanent/General, several bouncedRecipients
  {
    file: 'variants/amazonses/08-permanent-general-two-recipients.eml',
    kind: 'bounce',
    format: 'amazon-ses',
    recipients: [
      { address: 'left@example.org', status: '5.1.1', category: 'recipient-unknown', owner: 'sender' },
      { address: 'moved@example.net', status: '5.2.1', category: 'mailbox-inactive', owner: 'sender' },
    ],
  },
  // SES event publishing eventType Reject ("Bad content"): SES refused to send
  {
    file: 'variants/amazonses/09-event-reject-virus.eml',
    kind: 'bounce',
    format: 'amazon-ses',
    recipients: [
      { address: 'anyone@example.org', status: null, category: 'content-rejected', owner: 'sender' },
    ],
  },
  // go-sisimai lhost/via-amazonses.go OnAccountSuppressionList, sent by event publishing (eventType)
  {
    file: 'variants/amazonses/10-event-account-suppression.eml',
    kind: 'bounce',
    format: 'amazon-ses',
    recipients: [{ address: 'listed@example.org', status: '5.1.1', category: 'suppressed', owner: 'sender' }],
  },
  // go-sisimai lhost/via-biglobe.go messagesof mailboxfull "The number of messages in recipient's mailbox exceeded the local limit."
  {
    file: 'variants/biglobe/01-mailbox-full.eml',
    kind: 'bounce',
    format: 'text',
    recipients: [
      { address: 'hanako@mail.biglobe.ne.jp', status: '5.2.2', category: 'mailbox-full', owner: 'recipient' },
    ],
  },
  // go-sisimai lhost/via-biglobe.go messagesof "Mail Delivery Failed... User unknown" (inacatv.ne.jp, a BIGLOBE-hosted provider)
  {
    file: 'variants/biglobe/02-user-unknown.eml',
    kind: 'bounce',
    format: 'text',
    recipients: [
      { address: 'jiro@inacatv.ne.jp', status: '5.1.1', category: 'recipient-unknown', owner: 'sender' },
    ],
  },
  // go-sisimai lhost/via-ezweb.go messagesof suspend "The user(s) account is disabled."
  {
    file: 'variants/ezweb/01-account-disabled.eml',
    kind: 'bounce',
    format: 'ezweb',
    recipients: [
      { address: 'hanako@ezweb.ne.jp', status: '5.2.1', category: 'mailbox-inactive', owner: 'sender' },
    ],
  },
  // go-sisimai lhost/via-ezweb.go messagesof suspend "The user(s) account is temporarily limited."
  {
    file: 'variants/ezweb/02-account-temporarily-limited.eml',
    kind: 'bounce',
    format: 'ezweb',
    recipients: [
      { address: 'ichiro@ezweb.ne.jp', status: '5.2.1', category: 'mailbox-inactive', owner: 'sender' },
    ],
  },
  // go-sisimai lhost/via-ezweb.go messagesof mailboxfull "The user(s) account is temporarily over quota"
  {
    file: 'variants/ezweb/03-over-quota.eml',
    kind: 'bounce',
    format: 'ezweb',
    recipients: [
      { address: 'jun@ezweb.ne.jp', status: '5.2.2', category: 'mailbox-full', owner: 'recipient' },
    ],
  },
  // go-sisimai lhost/via-ezweb.go messagesof expired "Your message was not delivered within ", a bare "<address>" line
  {
    file: 'variants/ezweb/04-not-delivered-within.eml',
    kind: 'bounce',
    format: 'ezweb',
    recipients: [
      { address: 'kenji@example.ne.jp', status: '5.4.7', category: 'expired', owner: 'recipient-admin' },
    ],
  },
  // go-sisimai lhost/via-ezweb.go From Postmaster@au.com, Message-Id .au.com
  {
    file: 'variants/ezweb/05-au-com-disabled.eml',
    kind: 'bounce',
    format: 'ezweb',
    recipients: [{ address: 'mai@au.com', status: '5.2.1', category: 'mailbox-inactive', owner: 'sender' }],
  },
  // go-sisimai lhost/via-ezweb.go: a non-au recipient's "<address>: 550 ..." line (userunknown)
  {
    file: 'variants/ezweb/07-non-au-user-unknown.eml',
    kind: 'bounce',
    format: 'ezweb',
    recipients: [
      { address: 'osamu@example.jp', status: '5.1.1', category: 'recipient-unknown', owner: 'sender' },
    ],
  },
  // go-sisimai lhost/via-fml.go "Loop Alert: ", "has detected a loop condition so that"; fml4 kern/fml.pl
  {
    file: 'variants/fml/01-loop-alert-dup-x-ml-info.eml',
    kind: 'bounce',
    format: 'fml',
    recipients: [
      { address: 'cats@lists.example.org', status: '5.4.6', category: 'mail-loop', owner: 'sender-admin' },
    ],
  },
  // go-sisimai lhost/via-fml.go "Duplicated Message-ID"; fml4 kern/fml.pl ("Loop Alert: $s", "$s in <$MAIL_LIST>.")
  {
    file: 'variants/fml/02-loop-alert-duplicated-message-id.eml',
    kind: 'bounce',
    format: 'fml',
    recipients: [
      { address: 'cats@lists.example.org', status: '5.4.6', category: 'mail-loop', owner: 'sender-admin' },
    ],
  },
  // go-sisimai lhost/via-fml.go "reject mail ", " header may cause mail loop"; fml4 kern/fml.pl
  {
    file: 'variants/fml/03-reject-mail-may-cause-loop.eml',
    kind: 'bounce',
    format: 'fml',
    recipients: [
      { address: 'cats@lists.example.org', status: '5.4.6', category: 'mail-loop', owner: 'sender-admin' },
    ],
  },
  // go-sisimai lhost/via-fml.go "NOT MEMBER article from "; fml4 kern/fml.pl RejectHandler (the maintainer's copy)
  {
    file: 'variants/fml/04-not-member-article-admin.eml',
    kind: 'bounce',
    format: 'fml',
    recipients: [
      {
        address: 'cats@lists.example.org',
        status: null,
        category: 'recipient-policy',
        owner: 'sender-admin',
      },
    ],
  },
  // go-sisimai lhost/via-fml.go "Spam mail from a spammer is rejected"; fml4 kern/fml.pl ($REJECT_ADDR_LIST)
  {
    file: 'variants/fml/05-spammer-rejected.eml',
    kind: 'bounce',
    format: 'fml',
    recipients: [
      {
        address: 'cats@lists.example.org',
        status: null,
        category: 'recipient-policy',
        owner: 'sender-admin',
      },
    ],
  },
  // go-sisimai lhost/via-gmail.go statetable "6" (500 Remote server does not support TLS): the destination's TLS is broken
  {
    file: 'variants/gmail/01-state6-remote-no-tls.eml',
    kind: 'bounce',
    format: 'gmail',
    recipients: [
      {
        address: 'ops@notls.example.net',
        status: null,
        category: 'recipient-system',
        owner: 'recipient-admin',
      },
    ],
  },
  // go-sisimai lhost/via-gmail.go statetable "8" (535 SMTP AUTH failed with the remote server): the sender's 'Send mail as' login
  {
    file: 'variants/gmail/02-state8-smtp-auth-failed.eml',
    kind: 'bounce',
    format: 'gmail',
    recipients: [{ address: 'ana@example.org', status: null, category: 'sender-blocked', owner: 'sender' }],
  },
  // go-sisimai lhost/via-gmail.go statetable "9" (454 TLS missing certificate) in the 'has been delayed' warning form
  {
    file: 'variants/gmail/03-state9-tls-certificate-delayed.eml',
    kind: 'delay',
    format: 'gmail',
    recipients: [
      {
        address: 'ben@example.org',
        status: '4.3.0',
        category: 'delayed',
        owner: 'none',
        action: 'delayed',
        cause: { category: 'recipient-system', owner: 'recipient-admin' },
      },
    ],
  },
  // go-sisimai lhost/via-gmail.go statetable "12" (500 Remote server does not support SMTP Authenticated Relay)
  {
    file: 'variants/gmail/04-state12-no-authenticated-relay.eml',
    kind: 'bounce',
    format: 'gmail',
    recipients: [
      { address: 'cy@example.org', status: null, category: 'relay-denied', owner: 'sender-admin' },
    ],
  },
  // go-sisimai lhost/via-gmail.go statetable "13" (550 5.7.1 <addr>... Access denied): sendmail's access map refusing this address
  {
    file: 'variants/gmail/05-state13-access-denied.eml',
    kind: 'bounce',
    format: 'gmail',
    recipients: [
      { address: 'dee@example.org', status: '5.7.1', category: 'recipient-policy', owner: 'recipient-admin' },
    ],
  },
  // go-sisimai lhost/via-gmail.go statetable "15" (550 5.7.1 SPF unauthorized mail is prohibited)
  {
    file: 'variants/gmail/06-state15-spf-unauthorized.eml',
    kind: 'bounce',
    format: 'gmail',
    recipients: [
      { address: 'eve@example.org', status: '5.7.1', category: 'auth-failed', owner: 'sender-admin' },
    ],
  },
  // go-sisimai lhost/via-gmail.go statetable "17" (550 <addr> No such user here)
  {
    file: 'variants/gmail/07-state17-no-such-user.eml',
    kind: 'bounce',
    format: 'gmail',
    recipients: [
      { address: 'fay@example.org', status: '5.1.1', category: 'recipient-unknown', owner: 'sender' },
    ],
  },
  // go-sisimai lhost/via-gmail.go statetable "14" (550 5.2.2 <addr>... Mailbox Full): the words, not sisimai's state reason
  {
    file: 'variants/gmail/08-state14-mailbox-full.eml',
    kind: 'bounce',
    format: 'gmail',
    recipients: [
      { address: 'gus@example.org', status: '5.2.2', category: 'mailbox-full', owner: 'recipient' },
    ],
  },
  // go-sisimai lhost/via-gmail.go messagesof expired "DNS Error: Could not contact DNS servers"
  {
    file: 'variants/gmail/09-dns-could-not-contact.eml',
    kind: 'bounce',
    format: 'gmail',
    recipients: [
      { address: 'hal@lame.example.net', status: '5.4.7', category: 'expired', owner: 'recipient-admin' },
    ],
  },
  // go-sisimai lhost/via-gmail.go messagesof hostunknown "DNS Error: DNS server returned answer with no data"
  {
    file: 'variants/gmail/10-dns-no-data.eml',
    kind: 'bounce',
    format: 'gmail',
    recipients: [
      {
        address: 'ivy@nodata.example.net',
        status: '5.1.2',
        category: 'recipient-domain-invalid',
        owner: 'sender',
      },
    ],
  },
  // go-sisimai lhost/via-gmail.go messagesof hostunknown "DNS Error: Domain name not found"
  {
    file: 'variants/gmail/11-dns-domain-not-found.eml',
    kind: 'bounce',
    format: 'gmail',
    recipients: [
      {
        address: 'jo@nowhere.example.net',
        status: '5.1.2',
        category: 'recipient-domain-invalid',
        owner: 'sender',
      },
    ],
  },
  // go-sisimai lhost/via-gmail.go 'THIS IS A WARNING MESSAGE ONLY' form with "The recipient server did not accept our requests to connect"
  {
    file: 'variants/gmail/12-delayed-no-connection.eml',
    kind: 'delay',
    format: 'gmail',
    recipients: [
      {
        address: 'kai@slow.example.net',
        status: null,
        category: 'delayed',
        owner: 'none',
        action: 'delayed',
      },
    ],
  },
  // go-sisimai lhost/via-gmail.go statetable "17" (550 #5.1.0 Address rejected)
  {
    file: 'variants/gmail/13-state17-address-rejected.eml',
    kind: 'bounce',
    format: 'gmail',
    recipients: [
      { address: 'lou@example.org', status: '5.1.0', category: 'recipient-unknown', owner: 'sender' },
    ],
  },
  // go-sisimai lhost/via-gmail.go statetable "18" (550 Unknown user)
  {
    file: 'variants/gmail/14-state18-unknown-user.eml',
    kind: 'bounce',
    format: 'gmail',
    recipients: [
      { address: 'max@example.org', status: '5.1.1', category: 'recipient-unknown', owner: 'sender' },
    ],
  },
  // go-sisimai lhost/via-gmail.go statetable "15" (554 Error: no valid recipients)
  {
    file: 'variants/gmail/15-state15-no-valid-recipients.eml',
    kind: 'bounce',
    format: 'gmail',
    recipients: [
      { address: 'ned@example.org', status: '5.1.1', category: 'recipient-unknown', owner: 'sender' },
    ],
  },
  // go-sisimai lhost/via-gmail.go quoted-printable layout ("failure:=20", soft breaks) with 554 5.7.0 Header error (state 18)
  {
    file: 'variants/gmail/16-qp-header-error-state18.eml',
    kind: 'bounce',
    format: 'gmail',
    recipients: [
      { address: 'ola@example.org', status: '5.7.0', category: 'recipient-policy', owner: 'recipient-admin' },
    ],
  },
  // go-sisimai lhost/via-gmail.go 'rejected by the server for the recipient domain ... by mx' layout, two recipients
  {
    file: 'variants/gmail/17-qp-server-for-domain-two-recipients.eml',
    kind: 'bounce',
    format: 'gmail',
    recipients: [
      { address: 'pia@example.jp', status: '5.1.1', category: 'recipient-unknown', owner: 'sender' },
      { address: 'quy@example.jp', status: '5.1.1', category: 'recipient-unknown', owner: 'sender' },
    ],
  },
  // go-sisimai lhost/via-googlegroups.go: four "\n*" bullets (rejected), boundary "Content-Type: message/rfc822"
  {
    file: 'variants/googlegroups/01-four-bullets-mime.eml',
    kind: 'bounce',
    format: 'google-groups',
    recipients: [
      {
        address: 'hiking-club@googlegroups.com',
        status: null,
        category: 'recipient-policy',
        owner: 'recipient-admin',
      },
    ],
  },
  // go-sisimai lhost/via-googlegroups.go: a Google Workspace domain group, four "\n *" bullets
  {
    file: 'variants/googlegroups/02-workspace-group.eml',
    kind: 'bounce',
    format: 'google-groups',
    recipients: [
      {
        address: 'board@groups.example.com',
        status: null,
        category: 'recipient-policy',
        owner: 'recipient-admin',
      },
    ],
  },
  // go-sisimai lhost/via-googlegroups.go: the notice in the sender's language (Spanish), X-Failed-Recipients
  {
    file: 'variants/googlegroups/03-spanish.eml',
    kind: 'bounce',
    format: 'google-groups',
    recipients: [
      {
        address: 'club-lectura@googlegroups.com',
        status: null,
        category: 'recipient-policy',
        owner: 'recipient-admin',
      },
    ],
  },
  // go-sisimai lhost/via-googleworkspace.go messagesof userunknown "because the address couldn't be found. Check for typos ..."
  {
    file: 'variants/googleworkspace/01-address-not-found-local.eml',
    kind: 'bounce',
    format: 'gmail',
    recipients: [
      { address: 'gone@gmail.example.com', status: '5.1.1', category: 'recipient-unknown', owner: 'sender' },
    ],
  },
  // go-sisimai lhost/via-googleworkspace.go startingof error "The response from the remote server was:"
  {
    file: 'variants/googleworkspace/02-address-not-found-remote.eml',
    kind: 'bounce',
    format: 'gmail',
    recipients: [
      { address: 'nobody@example.org', status: '5.1.1', category: 'recipient-unknown', owner: 'sender' },
    ],
  },
  // go-sisimai lhost/via-googleworkspace.go messagesof networkerror " responded with code NXDOMAIN": the domain does not exist
  {
    file: 'variants/googleworkspace/03-domain-nxdomain.eml',
    kind: 'bounce',
    format: 'gmail',
    recipients: [
      {
        address: 'sam@nosuch.example.net',
        status: '5.1.2',
        category: 'recipient-domain-invalid',
        owner: 'sender',
      },
    ],
  },
  // go-sisimai lhost/via-googleworkspace.go messagesof networkerror " had no relevant answers.": no MX and no address
  {
    file: 'variants/googleworkspace/04-dns-no-relevant-answers.eml',
    kind: 'bounce',
    format: 'gmail',
    recipients: [
      {
        address: 'tia@nomx.example.net',
        status: '5.1.2',
        category: 'recipient-domain-invalid',
        owner: 'sender',
      },
    ],
  },
  // go-sisimai lhost/via-googleworkspace.go messagesof notaccept "Null MX" (RFC 7505)
  {
    file: 'variants/googleworkspace/05-null-mx.eml',
    kind: 'bounce',
    format: 'gmail',
    recipients: [
      {
        address: 'uma@nullmx.example.net',
        status: '5.1.2',
        category: 'recipient-domain-invalid',
        owner: 'sender',
      },
    ],
  },
  // go-sisimai lhost/via-googleworkspace.go "** " heading, the delay form ("** Delivery incomplete **", Gmail will retry)
  {
    file: 'variants/googleworkspace/06-delivery-incomplete-delay.eml',
    kind: 'delay',
    format: 'gmail',
    recipients: [
      {
        address: 'vic@slow.example.net',
        status: null,
        category: 'delayed',
        owner: 'none',
        action: 'delayed',
      },
    ],
  },
  // go-sisimai lhost/via-googleworkspace.go boundary "Content-Type: text/rfc822-headers"
  {
    file: 'variants/googleworkspace/07-message-too-large-rfc822-headers.eml',
    kind: 'bounce',
    format: 'gmail',
    recipients: [
      { address: 'wes@example.org', status: '5.3.4', category: 'message-too-large', owner: 'sender' },
    ],
  },
  // go-sisimai lhost/via-googleworkspace.go: no recipient in the text, the original's To: names it
  {
    file: 'variants/googleworkspace/08-no-failed-recipients-header.eml',
    kind: 'bounce',
    format: 'gmail',
    recipients: [
      { address: 'xia@example.org', status: '5.7.1', category: 'content-rejected', owner: 'sender' },
    ],
  },
  // go-sisimai lhost/via-googleworkspace.go "** Message not delivered **" with a remote server's quota reply
  {
    file: 'variants/googleworkspace/09-mailbox-full-remote.eml',
    kind: 'bounce',
    format: 'gmail',
    recipients: [
      { address: 'yul@example.org', status: '5.2.2', category: 'mailbox-full', owner: 'recipient' },
    ],
  },
  // go-sisimai lhost/via-googleworkspace.go comment: 'Send mail as' misconfigured, SENT_SECOND_EHLO
  {
    file: 'variants/googleworkspace/10-send-mail-as-auth.eml',
    kind: 'bounce',
    format: 'gmail',
    recipients: [{ address: 'zed@example.org', status: null, category: 'sender-blocked', owner: 'sender' }],
  },
  // go-sisimai lhost/via-kddi.go messagesof hostunknown "As the remote domain doesnt exist"
  {
    file: 'variants/kddi/01-remote-domain-doesnt-exist.eml',
    kind: 'bounce',
    format: 'kddi',
    recipients: [
      {
        address: 'yuki@nodomain.example.jp',
        status: '5.1.2',
        category: 'recipient-domain-invalid',
        owner: 'sender',
      },
    ],
  },
  // go-sisimai lhost/via-kddi.go messagesof "Due to the following SMTP relay error": the relay's own reply decides
  {
    file: 'variants/kddi/02-smtp-relay-error.eml',
    kind: 'bounce',
    format: 'kddi',
    recipients: [
      { address: 'aki@example.org', status: '5.1.1', category: 'recipient-unknown', owner: 'sender' },
    ],
  },
  // go-sisimai lhost/via-kddi.go startingof "Your mail attempted to be delivered on:"
  {
    file: 'variants/kddi/03-attempted-mailbox-full.eml',
    kind: 'bounce',
    format: 'kddi',
    recipients: [
      { address: 'rin@au.example.jp', status: '5.2.2', category: 'mailbox-full', owner: 'recipient' },
    ],
  },
  // go-sisimai rhost/for-franceptt.go code "103" (blocked): Orange's MX writes "ME Service refuse." without the code
  {
    file: 'variants/rhost/01-orange-me-service-refuse.eml',
    kind: 'bounce',
    format: 'postfix',
    recipients: [
      {
        address: 'claire@orange.example.fr',
        status: '5.0.0',
        category: 'reputation-block',
        owner: 'sender-admin',
      },
    ],
  },
  // go-sisimai rhost/for-google.go syntaxerror "503 5.5.1 No DATA after BDAT": the sending MTA's SMTP, not the message
  {
    file: 'variants/rhost/02-gmail-no-data-after-bdat.eml',
    kind: 'bounce',
    format: 'postfix',
    recipients: [
      {
        address: 'dana@gmail.example.com',
        status: '5.5.1',
        category: 'sender-infrastructure',
        owner: 'sender-admin',
      },
    ],
  },
  // go-sisimai lhost/via-verizon.go: From sysadmin@ ... .vzwpix.com, "Error: ", boundary "Original Message:", recipient from "To: "
  {
    file: 'variants/verizon/01-vzwpix-no-valid-recipients.eml',
    kind: 'bounce',
    format: 'verizon',
    recipients: [
      { address: '5550100123@vzwpix.com', status: '5.1.1', category: 'recipient-unknown', owner: 'sender' },
    ],
  },
  // go-sisimai lhost/via-zoho.go comment: "ERROR_CODE :550, ERROR_CODE :Requested action not taken: mailbox unavailable"
  {
    file: 'variants/zoho/01-no-enhanced-code-mailbox-unavailable.eml',
    kind: 'bounce',
    format: 'zoho',
    recipients: [
      { address: 'shironeko@example.org', status: '5.1.1', category: 'recipient-unknown', owner: 'sender' },
    ],
  },
  // go-sisimai lhost/via-zoho.go comment: quoted-printable "ERROR_CODE :5.1.=" soft break
  {
    file: 'variants/zoho/02-qp-declared-user-unknown.eml',
    kind: 'bounce',
    format: 'zoho',
    recipients: [
      { address: 'kijitora@example.co.jp', status: '5.1.1', category: 'recipient-unknown', owner: 'sender' },
    ],
  },
  // go-sisimai lhost/via-zoho.go messagesof expired "Host not reachable" in a permanent report ("[Status: " line)
  {
    file: 'variants/zoho/03-host-not-reachable-final.eml',
    kind: 'bounce',
    format: 'zoho',
    recipients: [
      {
        address: 'kuro@unreachable.example.net',
        status: '4.4.7',
        category: 'expired',
        owner: 'recipient-admin',
      },
    ],
  },
  // go-sisimai lhost/via-zoho.go per-recipient "ERROR_CODE :" line with a DNSBL refusal
  {
    file: 'variants/zoho/04-blocklisted.eml',
    kind: 'bounce',
    format: 'zoho',
    recipients: [
      { address: 'mike@example.org', status: '5.7.1', category: 'reputation-block', owner: 'sender-admin' },
    ],
  },
  // go-sisimai lhost/via-zoho.go per-recipient "ERROR_CODE :" line with a size refusal
  {
    file: 'variants/zoho/05-too-large.eml',
    kind: 'bounce',
    format: 'zoho',
    recipients: [
      { address: 'nina@example.org', status: '5.3.4', category: 'message-too-large', owner: 'sender' },
    ],
  },
];

describe('provider format variants', () => {
  test.each(CASES.map((c) => [c.file, c] as const))('%s', (_file, c) => checkFixture(c));
});
