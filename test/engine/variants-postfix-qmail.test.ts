// Bounce variants of Postfix, qmail and its clones, Courier, OpenSMTPD, DragonFly dma and the local
// delivery agents inside them (procmail, maildrop, mail.local, vpopmail, vmailmgr), one invented
// fixture per variant the parsers and the MTAs' sources describe (test/fixtures/variants/<format>/).
// Each row names where its wording comes from.
import { checkFixture, type FixtureCase } from './fixture-cases';

const CASES: FixtureCase[] = [
  // go-sisimai lhost/via-postfix.go boundaries 'Content-Type: text/rfc822-headers'; postfix bounce_templates.c postmaster subject 'Postmaster Copy: Undelivered Mail'
  {
    file: 'variants/postfix/01-postmaster-copy-headers.eml',
    kind: 'bounce',
    format: 'postfix',
    recipients: [
      { address: 'nadia@example.net', status: '5.1.1', category: 'recipient-unknown', owner: 'sender' },
    ],
  },
  // go-sisimai lhost/via-postfix.go 'refused to talk to me:' (HELO); postfix smtp_proto.c greeting refusal naming a DNSBL
  {
    file: 'variants/postfix/02-refused-to-talk-blocklist.eml',
    kind: 'bounce',
    format: 'postfix',
    recipients: [
      { address: 'omar@example.org', status: '5.7.1', category: 'reputation-block', owner: 'sender-admin' },
    ],
  },
  // go-sisimai lhost/via-postfix.go '(expanded from <'; postfix local/mailbox.c 'cannot update mailbox', X-Unix diagnostic
  {
    file: 'variants/postfix/03-alias-local-mailbox-file-too-large.eml',
    kind: 'bounce',
    format: 'postfix',
    recipients: [
      { address: 'bruno@example.com', status: '5.2.2', category: 'mailbox-full', owner: 'recipient' },
    ],
  },
  // postfix dns/dns_lookup.c 'Domain %s does not accept mail (nullMX)', 5.1.10
  {
    file: 'variants/postfix/04-null-mx.eml',
    kind: 'bounce',
    format: 'postfix',
    recipients: [
      {
        address: 'info@parked.example.net',
        status: '5.1.10',
        category: 'recipient-domain-invalid',
        owner: 'sender',
      },
    ],
  },
  // postfix smtp/smtp_addr.c dsb_simple(why, "5.4.6", "mail for %s loops back to myself")
  {
    file: 'variants/postfix/05-loops-back-to-myself.eml',
    kind: 'bounce',
    format: 'postfix',
    recipients: [
      { address: 'pia@branch.example.com', status: '5.4.6', category: 'mail-loop', owner: 'sender-admin' },
    ],
  },
  // postfix smtp/smtp_proto.c 'message size %lu exceeds size limit %.0f of server %s'
  {
    file: 'variants/postfix/06-exceeds-server-size-limit.eml',
    kind: 'bounce',
    format: 'postfix',
    recipients: [
      { address: 'quinn@example.net', status: '5.3.4', category: 'message-too-large', owner: 'sender' },
    ],
  },
  // postfix smtp/smtp_proto.c 'TLS is required, but was not offered by host %s' (4.7.4, the queue lifetime over)
  {
    file: 'variants/postfix/07-tls-required-not-offered.eml',
    kind: 'bounce',
    format: 'postfix',
    recipients: [
      {
        address: 'rhea@legacy.example.org',
        status: '4.7.4',
        category: 'recipient-system',
        owner: 'recipient-admin',
      },
    ],
  },
  // postfix smtp/smtp_proto.c 'message requires SMTPUTF8, but no server was found that supports SMTPUTF8' (fake 5.6.7)
  {
    file: 'variants/postfix/08-smtputf8-required.eml',
    kind: 'bounce',
    format: 'postfix',
    recipients: [
      {
        address: 'sam@example.net',
        status: '5.6.7',
        category: 'message-noncompliant',
        owner: 'sender-admin',
      },
    ],
  },
  // go-sisimai lhost/via-postfix.go '--- Delivery report unavailable ---'; postfix bounce/bounce_notify_util.c: the recipient is the returned message's To:
  {
    file: 'variants/postfix/09-delivery-report-unavailable.eml',
    kind: 'bounce',
    recipients: [{ address: 'tara@example.net', status: null, category: 'unknown', owner: 'sender-admin' }],
  },
  // go-sisimai lhost/via-postfix.go '(in reply to MAIL FROM command)'; postfix smtpd 'Sender address rejected: Domain not found'
  {
    file: 'variants/postfix/10-sender-domain-not-found-mail-from.eml',
    kind: 'bounce',
    format: 'postfix',
    recipients: [
      {
        address: 'uma@example.org',
        status: '5.1.8',
        category: 'sender-infrastructure',
        owner: 'sender-admin',
      },
    ],
  },
  // postfix smtp/smtp_proto.c 'lost connection with %s while sending end of data -- message may be sent more than once'
  // (Action: failed with 4.4.2: Postfix returns a soft error only when the queue lifetime ran out, so
  // expired, as its "connect to ...: Connection timed out" in the same shape)
  {
    file: 'variants/postfix/11-lost-connection-end-of-data.eml',
    kind: 'bounce',
    format: 'postfix',
    recipients: [
      { address: 'vic@example.net', status: '4.4.2', category: 'expired', owner: 'recipient-admin' },
    ],
  },
  // go-sisimai lhost/via-postfix.go startingof 'This is the Postfix' and 'The Postfix program'; postfix before 2.3, local(8) 'unknown user'
  {
    file: 'variants/postfix/12-postfix-program-unknown-user.eml',
    kind: 'bounce',
    format: 'postfix',
    recipients: [
      { address: 'wendy@example.com', status: '5.0.0', category: 'recipient-unknown', owner: 'sender' },
    ],
  },
  // postfix bounce_templates.c delay template 'Delayed Mail (still being retried)', Action: delayed, two recipients
  {
    file: 'variants/postfix/13-delay-two-recipients.eml',
    kind: 'delay',
    format: 'postfix',
    recipients: [
      {
        address: 'xavi@example.net',
        status: '4.4.1',
        category: 'delayed',
        owner: 'none',
        cause: { category: 'recipient-system', owner: 'recipient-admin' },
        action: 'delayed',
      },
      {
        address: 'yara@example.org',
        status: '4.2.0',
        category: 'delayed',
        owner: 'none',
        cause: { category: 'rate-limited', owner: 'sender-admin' },
        action: 'delayed',
      },
    ],
  },
  // go-sisimai lhost/via-postfix.go startingof 'The mail system'; postfix bounce(5) bounce_template_file with the site's own opening
  {
    file: 'variants/postfix/14-custom-template.eml',
    kind: 'bounce',
    format: 'rfc3464',
    recipients: [
      { address: 'zeno@example.net', status: '5.2.2', category: 'mailbox-full', owner: 'recipient' },
    ],
  },
  // go-sisimai lhost/via-postfix.go '(in reply to end of DATA command)'; a 4.x.x reply kept until the queue lifetime ran out
  {
    file: 'variants/postfix/15-greylist-expired.eml',
    kind: 'bounce',
    format: 'postfix',
    recipients: [
      {
        address: 'abel@example.org',
        status: '4.7.1',
        category: 'recipient-system',
        owner: 'recipient-admin',
      },
    ],
  },
  // postfix virtual/maildir.c 'maildir delivery failed: create maildir file %s: %m' with EDQUOT (go-sisimai lhost/via-postfix.go X-Unix diagnostic)
  {
    file: 'variants/postfix/16-virtual-maildir-disk-quota.eml',
    kind: 'bounce',
    format: 'postfix',
    recipients: [
      { address: 'cleo@example.org', status: '5.2.2', category: 'mailbox-full', owner: 'recipient' },
    ],
  },
  // postfix bounce_templates.c delay template, postmaster subject 'Postmaster Warning: Delayed Mail', headers only
  {
    file: 'variants/postfix/17-postmaster-warning-delayed.eml',
    kind: 'delay',
    format: 'postfix',
    recipients: [
      {
        address: 'dino@example.net',
        status: '4.4.1',
        category: 'delayed',
        owner: 'none',
        cause: { category: 'recipient-system', owner: 'recipient-admin' },
        action: 'delayed',
      },
    ],
  },
  // go-sisimai lhost/via-qmail.go commandset CONN ' but greeting failed.' and hasexpired; notqmail qmail-remote.c quit("ZConnected to "," but greeting failed"), qmail-send.c
  {
    file: 'variants/qmail/01-greeting-failed-queue-too-long.eml',
    kind: 'bounce',
    format: 'qmail',
    recipients: [
      { address: 'beth@example.net', status: '4.3.2', category: 'expired', owner: 'recipient-admin' },
    ],
  },
  // go-sisimai lhost/via-qmail.go commandset EHLO ' but my name was rejected.' (blocked); notqmail qmail-remote.c
  {
    file: 'variants/qmail/02-my-name-rejected.eml',
    kind: 'bounce',
    format: 'qmail',
    recipients: [
      {
        address: 'carl@example.net',
        status: '5.5.2',
        category: 'sender-infrastructure',
        owner: 'sender-admin',
      },
    ],
  },
  // go-sisimai lhost/via-qmail.go commandset DATA ' failed after I sent the message'; notqmail qmail-remote.c
  {
    file: 'variants/qmail/03-failed-after-sent-size.eml',
    kind: 'bounce',
    format: 'qmail',
    recipients: [
      { address: 'dora@example.org', status: '5.2.3', category: 'message-too-large', owner: 'sender' },
    ],
  },
  // go-sisimai lhost/via-qmail.go commandset DATA ' failed on DATA command'; notqmail qmail-remote.c
  {
    file: 'variants/qmail/04-failed-on-data-command.eml',
    kind: 'bounce',
    format: 'qmail',
    recipients: [
      { address: 'emil@example.org', status: '5.7.1', category: 'reputation-block', owner: 'sender-admin' },
    ],
  },
  // go-sisimai lhost/via-qmail.go hostunknown 'Sorry, I couldn't find any host '; notqmail qmail-remote.c perm_dns() (#5.1.2)
  {
    file: 'variants/qmail/05-no-host-named.eml',
    kind: 'bounce',
    format: 'qmail',
    recipients: [
      {
        address: 'fay@nonexistent.example.net',
        status: '5.1.2',
        category: 'recipient-domain-invalid',
        owner: 'sender',
      },
    ],
  },
  // go-sisimai lhost/via-qmail.go notaccept 'Sorry, I couldn't find a mail exchanger or IP address'; notqmail qmail-remote.c perm_nomx() (#5.4.4)
  {
    file: 'variants/qmail/06-null-mx-notqmail.eml',
    kind: 'bounce',
    format: 'qmail',
    recipients: [
      {
        address: 'gus@parked.example.org',
        status: '5.4.4',
        category: 'recipient-domain-invalid',
        owner: 'sender',
      },
    ],
  },
  // go-sisimai lhost/via-qmail.go networkerror 'Sorry. Although I'm listed as a best-preference MX'; notqmail qmail-remote.c perm_ambigmx() (#5.4.6)
  {
    file: 'variants/qmail/07-best-preference-mx.eml',
    kind: 'bounce',
    format: 'qmail',
    recipients: [
      {
        address: 'hal@branch.example.com',
        status: '5.4.6',
        category: 'recipient-system',
        owner: 'recipient-admin',
      },
    ],
  },
  // notqmail qmail-local.c 'This message is looping: it already has my Delivered-To line. (#5.4.6)'
  {
    file: 'variants/qmail/08-looping-delivered-to.eml',
    kind: 'bounce',
    format: 'qmail',
    recipients: [
      { address: 'ivy@example.com', status: '5.4.6', category: 'mail-loop', owner: 'sender-admin' },
    ],
  },
  // go-sisimai lhost/via-qmail.go networkerror 'Sorry, I wasn't able to establish an SMTP connection' and hasexpired; notqmail qmail-remote.c temp_noconn()
  {
    file: 'variants/qmail/09-no-smtp-connection-queue-too-long.eml',
    kind: 'bounce',
    format: 'qmail',
    recipients: [
      { address: 'jon@example.net', status: '4.4.1', category: 'expired', owner: 'recipient-admin' },
    ],
  },
  // go-sisimai lhost/via-qmail.go hostunknown 'Sorry, I couldn't find any host '; notqmail qmail-remote.c temp_dns() (#4.1.2), then qmail-send gives up
  {
    file: 'variants/qmail/10-dns-temporary-queue-too-long.eml',
    kind: 'bounce',
    format: 'qmail',
    recipients: [
      {
        address: 'kai@slowdns.example.org',
        status: '4.1.2',
        category: 'recipient-domain-invalid',
        owner: 'sender',
      },
    ],
  },
  // go-sisimai lhost/via-qmail.go onholdpair (' does not like recipient.' + 'this message has been in the queue too long.')
  {
    file: 'variants/qmail/11-soft-recipient-refusal-expired.eml',
    kind: 'bounce',
    format: 'qmail',
    recipients: [
      { address: 'lea@example.net', status: '4.2.0', category: 'rate-limited', owner: 'sender-admin' },
    ],
  },
  // notqmail qmail-send.c 'I tried to deliver a bounce message to this address, but the bounce bounced!' and '--- Below this line is the original bounce.'
  {
    file: 'variants/qmail/12-double-bounce.eml',
    kind: 'bounce',
    format: 'qmail',
    recipients: [
      { address: 'gone@example.org', status: '5.1.1', category: 'recipient-unknown', owner: 'sender' },
    ],
  },
  // go-sisimai lhost/via-qmail.go failonldap suspend 'Mailaddress is administrativley disabled' (qmail-ldap patch, #5.2.1)
  {
    file: 'variants/qmail/13-qmail-ldap-disabled.eml',
    kind: 'bounce',
    format: 'qmail',
    recipients: [
      { address: 'mia@example.org', status: '5.2.1', category: 'mailbox-inactive', owner: 'sender' },
    ],
  },
  // go-sisimai lhost/via-qmail.go failonldap exceedlimit 'The message exeeded the maximum size the user accepts' (#5.2.3)
  {
    file: 'variants/qmail/14-qmail-ldap-user-size.eml',
    kind: 'bounce',
    format: 'qmail',
    recipients: [
      { address: 'ned@example.org', status: '5.2.3', category: 'message-too-large', owner: 'sender' },
    ],
  },
  // go-sisimai lhost/via-qmail.go failonldap systemerror 'Too many results returned but needs to be unique' (#5.3.5)
  {
    file: 'variants/qmail/15-qmail-ldap-not-unique.eml',
    kind: 'bounce',
    format: 'qmail',
    recipients: [
      { address: 'ola@example.org', status: '5.3.5', category: 'recipient-system', owner: 'recipient-admin' },
    ],
  },
  // go-sisimai lhost/via-qmail.go mailboxfull 'disk quota exceeded' (error_str.c EDQUOT); notqmail qmail-local.c 'Unable to write'
  {
    file: 'variants/qmail/16-disk-quota-exceeded.eml',
    kind: 'bounce',
    format: 'qmail',
    recipients: [
      { address: 'pam@example.com', status: '4.3.0', category: 'mailbox-full', owner: 'recipient' },
    ],
  },
  // go-sisimai lhost/via-qmail.go emailtitle 'Failure Notice' and startingof 'Sorry, we were unable to deliver your message to the following address' (Yahoo's wording: the Yahoo reader may take it)
  {
    file: 'variants/qmail/17-clone-sorry-we-were-unable.eml',
    kind: 'bounce',
    recipients: [
      { address: 'rin@example.net', status: '5.1.1', category: 'recipient-unknown', owner: 'sender' },
    ],
  },
  // go-sisimai lhost/via-qmail.go startingof 'This is the machine generated message from mail service', boundary 'Original message follows.'
  {
    file: 'variants/qmail/18-clone-machine-generated.eml',
    kind: 'bounce',
    format: 'qmail',
    recipients: [
      { address: 'sho@example.net', status: '5.2.2', category: 'mailbox-full', owner: 'recipient' },
    ],
  },
  // go-sisimai lhost/via-qmail.go startingof 'Your message to the following addresses', boundary '--- Below the next line is a copy of the message.'
  {
    file: 'variants/qmail/19-clone-your-message-to.eml',
    kind: 'bounce',
    format: 'qmail',
    recipients: [
      { address: 'tom@example.org', status: '5.1.1', category: 'recipient-unknown', owner: 'sender' },
      { address: 'una@example.org', status: '5.1.2', category: 'recipient-domain-invalid', owner: 'sender' },
    ],
  },
  // go-sisimai lhost/via-qmail.go boundary '--- Below this line is a copy of the mail header.', error 'Remote host said:' with a multi-line reply
  {
    file: 'variants/qmail/20-header-copy-remote-host-said-wrapped.eml',
    kind: 'bounce',
    format: 'qmail',
    recipients: [
      { address: 'vera@example.net', status: '5.1.1', category: 'recipient-unknown', owner: 'sender' },
    ],
  },
  // go-sisimai lhost/via-qmail.go startingof 'unable to deliver your message to the following addresses' with relayedvia '(qmail ... invoked for bounce)'
  {
    file: 'variants/qmail/21-clone-unable-to-deliver-addresses.eml',
    kind: 'bounce',
    format: 'qmail',
    recipients: [
      { address: 'emi@example.net', status: '5.7.1', category: 'recipient-policy', owner: 'recipient-admin' },
    ],
  },
  // go-sisimai lhost/via-courier.go hostunknown 'No such domain.'; courier module.esmtp/libesmtp.C RFC1035_MX_HARDERR, module.dsn/dsn.C
  {
    file: 'variants/courier/01-no-such-domain.eml',
    kind: 'bounce',
    format: 'courier',
    recipients: [
      {
        address: 'bob@nowhere.example.net',
        status: '5.0.0',
        category: 'recipient-domain-invalid',
        owner: 'sender',
      },
    ],
  },
  // courier module.esmtp/libesmtp.C RFC1035_MX_NONE 'Domain does not receive mail.'
  {
    file: 'variants/courier/02-domain-does-not-receive-mail.eml',
    kind: 'bounce',
    format: 'courier',
    recipients: [
      {
        address: 'info@parked.example.org',
        status: '5.0.0',
        category: 'recipient-domain-invalid',
        owner: 'sender',
      },
    ],
  },
  // go-sisimai lhost/via-courier.go systemerror 'This domain's DNS violates RFC 1035.'; courier libesmtp.C RFC1035_MX_BADDNS
  {
    file: 'variants/courier/03-dns-violates-rfc1035.eml',
    kind: 'bounce',
    format: 'courier',
    recipients: [
      {
        address: 'carl@badmx.example.com',
        status: '5.0.0',
        category: 'recipient-system',
        owner: 'recipient-admin',
      },
    ],
  },
  // go-sisimai lhost/via-courier.go networkerror 'DNS lookup failed.' and subject 'WARNING: delayed mail.'; courier module.dsn/dsndelayed.txt
  {
    file: 'variants/courier/04-dns-lookup-failed-delayed.eml',
    kind: 'delay',
    format: 'courier',
    recipients: [
      {
        address: 'dana@slowdns.example.org',
        status: '4.0.0',
        category: 'delayed',
        owner: 'none',
        cause: { category: 'recipient-system', owner: 'recipient-admin' },
        action: 'delayed',
      },
    ],
  },
  // go-sisimai lhost/via-courier.go '>>> ' command lines, boundary 'Content-Type: message/rfc822'; courier dsn.C format_del_info
  {
    file: 'variants/courier/05-mail-from-refused-full.eml',
    kind: 'bounce',
    format: 'courier',
    recipients: [
      { address: 'eve@example.net', status: '5.7.1', category: 'recipient-policy', owner: 'recipient-admin' },
    ],
  },
  // go-sisimai lhost/via-courier.go startingof 'UNDELIVERABLE MAIL', two recipients, a multi-line '<<< ' reply
  {
    file: 'variants/courier/06-two-recipients-rcpt-and-data.eml',
    kind: 'bounce',
    format: 'courier',
    recipients: [
      { address: 'finn@example.net', status: '5.2.2', category: 'mailbox-full', owner: 'recipient' },
      { address: 'gwen@example.net', status: '5.7.1', category: 'content-rejected', owner: 'sender' },
    ],
  },
  // OpenSMTPD smtpd/mta.c DNS_NULLMX relay->failstr = "Domain does not accept mail"; smtpd/bounce.c
  {
    file: 'variants/opensmtpd/01-domain-does-not-accept-mail.eml',
    kind: 'bounce',
    format: 'opensmtpd',
    recipients: [
      {
        address: 'info@parked.example.net',
        status: '5.0.0',
        category: 'recipient-domain-invalid',
        owner: 'sender',
      },
    ],
  },
  // go-sisimai lhost/via-opensmtpd.go hostunknown 'Invalid domain name'; OpenSMTPD smtpd/mta.c DNS_EINVAL
  {
    file: 'variants/opensmtpd/02-invalid-domain-name.eml',
    kind: 'bounce',
    format: 'opensmtpd',
    recipients: [
      { address: 'bob@example..net', status: '5.0.0', category: 'recipient-domain-invalid', owner: 'sender' },
    ],
  },
  // go-sisimai lhost/via-opensmtpd.go networkerror 'Loop detected'; OpenSMTPD smtpd/queue.c IMSG_MTA_DELIVERY_LOOP (TEMPFAIL class, B_FAILED)
  {
    file: 'variants/opensmtpd/03-loop-detected.eml',
    kind: 'bounce',
    format: 'opensmtpd',
    recipients: [
      { address: 'carol@example.org', status: '4.4.6', category: 'mail-loop', owner: 'sender-admin' },
    ],
  },
  // go-sisimai lhost/via-opensmtpd.go securityerror 'Could not retrieve credentials'; OpenSMTPD smtpd/mta.c mta_on_secret, bounce.c notice_warning
  {
    file: 'variants/opensmtpd/04-credentials-delayed.eml',
    kind: 'delay',
    format: 'opensmtpd',
    recipients: [
      {
        address: 'dave@example.net',
        status: '4.0.0',
        category: 'delayed',
        owner: 'none',
        cause: { category: 'sender-infrastructure', owner: 'sender-admin' },
        action: 'delayed',
      },
    ],
  },
  // go-sisimai lhost/via-opensmtpd.go notaccept 'Destination seem to reject all mails'; OpenSMTPD smtpd/mta.c CONNECTOR_ERROR_ROUTE_SMTP
  {
    file: 'variants/opensmtpd/05-destination-rejects-all-delayed.eml',
    kind: 'delay',
    format: 'opensmtpd',
    recipients: [
      {
        address: 'erin@example.org',
        status: '4.0.0',
        category: 'delayed',
        owner: 'none',
        cause: { category: 'recipient-system', owner: 'recipient-admin' },
        action: 'delayed',
      },
    ],
  },
  // go-sisimai lhost/via-opensmtpd.go notaccept 'No MX found for domain'; OpenSMTPD smtpd/mta.c DNS_ENOTFOUND
  {
    file: 'variants/opensmtpd/06-no-mx-found-delayed.eml',
    kind: 'delay',
    format: 'opensmtpd',
    recipients: [
      {
        address: 'fred@nomx.example.com',
        status: '4.0.0',
        category: 'delayed',
        owner: 'none',
        cause: { category: 'recipient-domain-invalid', owner: 'sender' },
        action: 'delayed',
      },
    ],
  },
  // OpenSMTPD smtpd/bounce.c notice_relay 'Your message was relayed to these recipients.' (action_str 'relayed')
  {
    file: 'variants/opensmtpd/07-relayed.eml',
    kind: 'delivered',
    format: 'opensmtpd',
    recipients: [{ address: 'gina@example.net', status: '2.0.0', category: 'unknown', owner: 'none' }],
  },
  // go-sisimai lhost/via-opensmtpd.go 'kijitora@example.jp: 550 ...' lines; OpenSMTPD smtpd/bounce.c, two recipients
  {
    file: 'variants/opensmtpd/08-rcpt-and-data-refusals.eml',
    kind: 'bounce',
    format: 'opensmtpd',
    recipients: [
      { address: 'hugo@example.net', status: '5.1.1', category: 'recipient-unknown', owner: 'sender' },
      { address: 'ines@example.net', status: '5.7.1', category: 'content-rejected', owner: 'sender' },
    ],
  },
  // go-sisimai lhost/via-opensmtpd.go startingof '... DO NOT REPLY to this e-mail' (opensmtpd-5.4 bounce.c) and expired 'Envelope expired' (queue.c), no delivery-status part
  {
    file: 'variants/opensmtpd/09-old-envelope-expired.eml',
    kind: 'bounce',
    format: 'opensmtpd',
    recipients: [
      { address: 'fumi@slow.example.org', status: '5.4.7', category: 'expired', owner: 'recipient-admin' },
    ],
  },
  // go-sisimai lhost/via-dragonfly.go expired 'Could not deliver for the last '; dma dma.c deliver() MAX_TIMEOUT, mail.c bounce()
  {
    file: 'variants/dragonfly/01-gave-up-after-timeout.eml',
    kind: 'bounce',
    format: 'dragonfly',
    recipients: [
      { address: 'kim@slow.example.net', status: '5.4.7', category: 'expired', owner: 'recipient-admin' },
    ],
  },
  // go-sisimai lhost/via-dragonfly.go boundary 'Original message follows.'; dma net.c READ_REMOTE_CHECK("final DATA", 2)
  {
    file: 'variants/dragonfly/02-full-bounce-data-refused.eml',
    kind: 'bounce',
    format: 'dragonfly',
    recipients: [
      { address: 'lou@example.org', status: '5.3.4', category: 'message-too-large', owner: 'sender' },
    ],
  },
  // go-sisimai lda/lib.go procmail mailboxfull 'quota exceeded while writing'; postfix global/pipe_command.c, sys_exits.c EX_CANTCREAT
  {
    file: 'variants/lda/01-postfix-procmail-quota.eml',
    kind: 'bounce',
    format: 'postfix',
    recipients: [
      { address: 'amy@example.com', status: '5.2.0', category: 'mailbox-full', owner: 'recipient' },
    ],
  },
  // go-sisimai lda/lib.go procmail systemfull 'no space left to finish writing' (ENOSPC: the server's disk)
  {
    file: 'variants/lda/02-postfix-procmail-no-space.eml',
    kind: 'bounce',
    format: 'postfix',
    recipients: [
      { address: 'ben@example.com', status: '5.2.0', category: 'recipient-system', owner: 'sender-admin' },
    ],
  },
  // go-sisimai lda/lib.go maildrop userunknown 'invalid user specified.'; postfix sys_exits.c EX_NOUSER
  {
    file: 'variants/lda/03-postfix-maildrop-invalid-user.eml',
    kind: 'bounce',
    format: 'postfix',
    recipients: [
      { address: 'cid@example.com', status: '5.1.1', category: 'recipient-unknown', owner: 'sender' },
    ],
  },
  // go-sisimai lda/lib.go maildrop userunknown 'cannot find system user'; postfix pipe_command.c 'Command died with status %d'
  {
    file: 'variants/lda/04-postfix-maildrop-cannot-find-user.eml',
    kind: 'bounce',
    format: 'postfix',
    recipients: [
      { address: 'dee@example.com', status: '5.3.0', category: 'recipient-unknown', owner: 'sender' },
    ],
  },
  // go-sisimai lda/lib.go procmail with no known wording: mailererror ('procmail: Couldn't create')
  {
    file: 'variants/lda/05-postfix-procmail-couldnt-create.eml',
    kind: 'bounce',
    format: 'postfix',
    recipients: [
      { address: 'eli@example.com', status: '5.2.0', category: 'recipient-system', owner: 'sender-admin' },
    ],
  },
  // go-sisimai lda/lib.go vpopmail mailboxfull 'user is over quota'
  {
    file: 'variants/lda/06-qmail-vpopmail-over-quota.eml',
    kind: 'bounce',
    format: 'qmail',
    recipients: [
      { address: 'fox@example.org', status: '5.2.2', category: 'mailbox-full', owner: 'recipient' },
    ],
  },
  // go-sisimai lda/lib.go vpopmail suspend 'account is locked email bounced'
  {
    file: 'variants/lda/07-qmail-vpopmail-account-locked.eml',
    kind: 'bounce',
    format: 'qmail',
    recipients: [
      { address: 'gil@example.org', status: '5.2.1', category: 'mailbox-inactive', owner: 'sender' },
    ],
  },
  // go-sisimai lda/lib.go vmailmgr userunknown 'invalid or unknown virtual user'
  {
    file: 'variants/lda/08-qmail-vmailmgr-unknown-virtual-user.eml',
    kind: 'bounce',
    format: 'qmail',
    recipients: [
      { address: 'hana@example.org', status: '5.1.1', category: 'recipient-unknown', owner: 'sender' },
    ],
  },
  // go-sisimai lda/lib.go vmailmgr mailboxfull 'delivery failed due to system quota violation'
  {
    file: 'variants/lda/09-qmail-vmailmgr-system-quota.eml',
    kind: 'bounce',
    format: 'qmail',
    recipients: [
      { address: 'ian@example.org', status: '5.2.2', category: 'mailbox-full', owner: 'recipient' },
    ],
  },
  // go-sisimai lda/lib.go mail.local ': user unknown'; sendmail mail.local.c mailerr("550 5.1.1", "%s: User unknown"), flush_error()
  {
    file: 'variants/lda/10-sendmail-mail-local-user-unknown.eml',
    kind: 'bounce',
    format: 'sendmail',
    recipients: [
      { address: 'jay@gw.example.com', status: '5.1.1', category: 'recipient-unknown', owner: 'sender' },
    ],
  },
  // go-sisimai lda/lib.go mail.local 'disc quota exceeded'; sendmail mail.local.c 'Write %s: %s' (EDQUOT, -b), libsm/strexit.c EX_UNAVAILABLE
  {
    file: 'variants/lda/11-sendmail-mail-local-disc-quota.eml',
    kind: 'bounce',
    format: 'sendmail',
    recipients: [
      { address: 'kit@gw.example.com', status: '5.5.0', category: 'mailbox-full', owner: 'recipient' },
    ],
  },
  // go-sisimai lda/lib.go procmail; exim transports/pipe.c 'Child process of %s transport returned %d', deliver.c 'The following text was generated during the delivery attempt'
  {
    file: 'variants/lda/12-exim-procmail-return-output.eml',
    kind: 'bounce',
    format: 'exim',
    recipients: [
      { address: 'nora@example.com', status: '5.0.0', category: 'mailbox-full', owner: 'recipient' },
    ],
  },
  // go-sisimai lda/lib.go procmail 'quota exceeded while writing'; sendmail deliver.c markfailure (X-Unix; 73), libsm/strexit.c "Can't create output"
  {
    file: 'variants/lda/13-sendmail-procmail-cant-create-output.eml',
    kind: 'bounce',
    format: 'sendmail',
    recipients: [
      { address: 'otto@gw.example.com', status: '5.3.0', category: 'mailbox-full', owner: 'recipient' },
    ],
  },
];

describe('Postfix, qmail, Courier, OpenSMTPD, dma and local-agent variants', () => {
  test.each(CASES.map((c) => [c.file, c] as const))('%s', (_file, c) => checkFixture(c));
});
