// What each MTA family really writes when it refuses or gives up, and the category each gets. The
// strings are taken from the MTAs' source code or their vendors' documentation (named per family);
// the addresses and hosts around them are invented.
import { classify } from '../../src/diagnosis/rules/classify';
import type { Category } from '../../src/diagnosis/types';

type Row = [line: string, status: string | null, category: Category];

const FAMILIES: Record<string, { source: string; rows: Row[] }> = {
  Postfix: {
    source:
      'postfix src/smtpd/smtpd_check.c, src/smtpd/smtpd.c, src/postscreen/, src/global/sys_exits.c, src/dns/dns_lookup.c, src/local/, src/smtp/',
    rows: [
      ['554 5.7.1 <b@example.org>: Relay access denied', '5.7.1', 'relay-denied'],
      [
        '550 5.1.1 <b@example.org>: Recipient address rejected: User unknown in local recipient table',
        '5.1.1',
        'recipient-unknown',
      ],
      [
        '550 5.1.1 <b@example.org>: Recipient address rejected: User unknown in virtual mailbox table',
        '5.1.1',
        'recipient-unknown',
      ],
      [
        '450 4.1.2 <b@nowhere.example>: Recipient address rejected: Domain not found',
        '4.1.2',
        'recipient-domain-invalid',
      ],
      [
        '450 4.1.8 <a@nowhere.example>: Sender address rejected: Domain not found',
        '4.1.8',
        'sender-infrastructure',
      ],
      [
        '550 5.1.8 <a@nowhere.example>: Sender address rejected: Domain not found',
        '5.1.8',
        'sender-infrastructure',
      ],
      [
        '450 4.7.1 Client host rejected: cannot find your hostname, [192.0.2.9]',
        '4.7.1',
        'sender-infrastructure',
      ],
      [
        '450 4.7.1 Client host rejected: cannot find your reverse hostname, [192.0.2.9]',
        '4.7.1',
        'sender-infrastructure',
      ],
      [
        '504 5.5.2 <mail>: Helo command rejected: need fully-qualified hostname',
        '5.5.2',
        'sender-infrastructure',
      ],
      ['450 4.7.1 <mail.example>: Helo command rejected: Host not found', '4.7.1', 'sender-infrastructure'],
      ['501 5.5.2 <bad_name>: Helo command rejected: Invalid name', '5.5.2', 'sender-infrastructure'],
      [
        '504 5.5.2 <a>: Sender address rejected: need fully-qualified address',
        '5.5.2',
        'sender-infrastructure',
      ],
      [
        '554 5.7.1 Service unavailable; Client host [192.0.2.9] blocked using zen.spamhaus.org',
        '5.7.1',
        'reputation-block',
      ],
      ['552 5.3.4 Message size exceeds fixed limit', '5.3.4', 'message-too-large'],
      ['452 4.5.3 Error: too many recipients', '4.5.3', 'rate-limited'],
      ['554 5.5.0 Error: improper use of SMTP command pipelining', '5.5.0', 'sender-infrastructure'],
      ['mail for example.org loops back to myself', '5.4.6', 'mail-loop'],
      ['unknown user: "bob"', '5.1.1', 'recipient-unknown'],
      ['Domain example.org does not accept mail (nullMX)', '5.1.10', 'recipient-domain-invalid'],
      [
        'Host or domain name not found. Name service error for name=nowhere.example type=MX: Host not found',
        '5.4.4',
        'recipient-domain-invalid',
      ],
      ['connect to mx.example.org[192.0.2.1]:25: Connection refused', '4.4.1', 'expired'],
      [
        'conversation with mx.example.org[192.0.2.1] timed out while receiving the initial server greeting',
        '4.4.2',
        'expired',
      ],
      ['user unknown. Command output: no such user', '5.1.1', 'recipient-unknown'],
      ['554 5.7.1 <b@example.org>: Recipient address rejected: Access denied', '5.7.1', 'recipient-policy'],
      ['550 5.5.1 Protocol error', null, 'sender-infrastructure'],
      ['530 5.7.0 Must issue a STARTTLS command first', '5.7.0', 'sender-infrastructure'],
      ['malformed or unexpected name server reply', null, 'recipient-system'],
      [
        '550 5.7.27 <a@nowhere.example>: Sender address rejected: Domain nowhere.example does not accept mail (nullMX)',
        '5.7.27',
        'sender-infrastructure',
      ],
      [
        '556 5.1.10 <b@nowhere.example>: Recipient address rejected: Domain nowhere.example does not accept mail (nullMX)',
        '5.1.10',
        'recipient-domain-invalid',
      ],
    ],
  },
  Exim: {
    source:
      'exim src/routers/dnslookup.c, src/transports/appendfile.c, src/transports/smtp.c, src/deliver.c, src/acl.c, src/smtp_in.c, src/configure.default',
    rows: [
      ['Unrouteable address', null, 'recipient-domain-invalid'],
      ['all relevant MX records point to non-existent hosts', null, 'recipient-domain-invalid'],
      ['an MX or SRV record indicated no SMTP service', null, 'recipient-domain-invalid'],
      ['retry timeout exceeded', null, 'expired'],
      [
        'mailbox is full (MTA-imposed quota exceeded while writing to file /var/mail/bob)',
        null,
        'mailbox-full',
      ],
      ['Too many "Received" headers - suspected mail loop', null, 'mail-loop'],
      ['550 relay not permitted', null, 'relay-denied'],
      ['message has lines too long for transport', null, 'message-noncompliant'],
      ['550 Sender verify failed', null, 'sender-infrastructure'],
      ['550 Unknown user', null, 'recipient-unknown'],
      [
        '421 mx.example.org Too many concurrent SMTP connections; please try again later.',
        null,
        'rate-limited',
      ],
      ['550 Rejected for too many bad recipients', null, 'rate-limited'],
      ['550 Restricted characters in address', null, 'recipient-unknown'],
      ['550 maximum allowed line length is 998 octets, got 1200', null, 'message-noncompliant'],
      ['550 header syntax', null, 'message-noncompliant'],
      ['550 This message contains a virus (Eicar-Test-Signature).', null, 'content-rejected'],
    ],
  },
  Sendmail: {
    source: 'sendmail sendmail/deliver.c, sendmail/srvrsmtp.c, sendmail/parseaddr.c, cf/m4/proto.m4',
    rows: [
      ['550 5.1.1 <bob@example.org>... User unknown', '5.1.1', 'recipient-unknown'],
      [
        '550 5.1.2 <bob@nowhere.example>... Host unknown (Name server: nowhere.example: host not found)',
        '5.1.2',
        'recipient-domain-invalid',
      ],
      ['550 5.7.1 <bob@example.org>... Relaying denied', '5.7.1', 'relay-denied'],
      [
        '553 5.1.8 <a@nowhere.example>... Domain of sender address a@nowhere.example does not exist',
        '5.1.8',
        'sender-infrastructure',
      ],
      ['554 5.4.6 Too many hops 26 (25 max)', '5.4.6', 'mail-loop'],
      ['552 5.2.3 Message size exceeds maximum value', '5.2.3', 'message-too-large'],
      ['X-Unix; 67', null, 'recipient-unknown'],
      ['X-Unix; 68', null, 'recipient-domain-invalid'],
      ['X-Unix; 75', null, 'recipient-system'],
      ['X-Unix; 77', null, 'recipient-policy'],
    ],
  },
  'qmail / netqmail': {
    source: 'netqmail qmail-remote.c, qmail-local.c, qmail-send.c, qmail-smtpd.c',
    rows: [
      ['Sorry, no mailbox here by that name. (#5.1.1)', '5.1.1', 'recipient-unknown'],
      [
        "Sorry, I couldn't find any host named nowhere.example. (#5.1.2)",
        '5.1.2',
        'recipient-domain-invalid',
      ],
      [
        "Sorry, I couldn't find a mail exchanger or IP address. (#5.4.4)",
        '5.4.4',
        'recipient-domain-invalid',
      ],
      ['This message is looping: it already has my Delivered-To line. (#5.4.6)', '5.4.6', 'mail-loop'],
      ["I'm not going to try again; this message has been in the queue too long.", null, 'expired'],
      ["Sorry, I wasn't able to establish an SMTP connection. (#4.4.1)", '4.4.1', 'expired'],
      ["553 sorry, that domain isn't in my list of allowed rcpthosts (#5.7.1)", null, 'relay-denied'],
      ["553 we don't relay (#5.7.1)", null, 'relay-denied'],
      ['552 sorry, that message size exceeds my databytes limit (#5.3.4)', null, 'message-too-large'],
      ['554 too many hops, this message is looping (#5.4.6)', null, 'mail-loop'],
      ['451 See http://pobox.com/~djb/docs/smtplf.html.', null, 'message-noncompliant'],
      ['535 authentication failed (#5.7.1)', null, 'sender-blocked'],
    ],
  },
  OpenSMTPD: {
    source: 'OpenSMTPD usr.sbin/smtpd/mta.c (relay->failstr) and queue.c',
    rows: [
      ['Envelope expired', null, 'expired'],
      ['Domain does not exist', null, 'recipient-domain-invalid'],
      ['Invalid domain name', null, 'recipient-domain-invalid'],
      ['No MX found for destination', null, 'recipient-domain-invalid'],
      ['Destination seem to reject all mails', null, 'recipient-system'],
      ['Network error on destination MXs', null, 'recipient-system'],
      ['Temporary failure in MX lookup', null, 'recipient-system'],
      ['No valid route to destination', null, 'recipient-system'],
      ['Loop detected', null, 'mail-loop'],
      ['550 Invalid recipient', null, 'recipient-unknown'],
      ['Permanent failure in user lookup', null, 'recipient-unknown'],
      ['Temporary failure in user lookup', null, 'recipient-system'],
      ['All routes to destination blocked', null, 'recipient-system'],
      ['Domain does not accept mail', null, 'recipient-domain-invalid'],
      ['TLS required for relaying', null, 'sender-infrastructure'],
      ['550 5.7.1 Message is not RFC 2822 compliant', null, 'message-noncompliant'],
      ['554 5.3.4 Transaction failed, message too big', null, 'message-too-large'],
      ['452 4.5.3 Too many messages sent', null, 'rate-limited'],
      ['500 5.5.1 Line too long', null, 'message-noncompliant'],
    ],
  },
  Haraka: {
    source:
      'Haraka plugins/helo.checks.js, plugins/dnsbl.js, plugins/relay.js, plugins/max_unrecognized_commands.js, connection.js, plugins/data.signatures.js, plugins/queue/smtp_forward.js, plugins/auth/auth_base.js, plugins/rcpt_to.host_list_base.js, plugins/toobusy.js',
    rows: [
      ['550 HELO must have a dot', null, 'sender-infrastructure'],
      ['550 Invalid address format in HELO', null, 'sender-infrastructure'],
      ['550 HELO is dynamic', null, 'sender-infrastructure'],
      ['550 BAD HELO', null, 'sender-infrastructure'],
      ['550 I cannot deliver mail for <b@example.org>', null, 'relay-denied'],
      ['550 Message too big!', null, 'message-too-large'],
      ['550 Too many received headers - possible mail loop', null, 'mail-loop'],
      ['550 Mail matches a known spam signature', null, 'content-rejected'],
      ['550 Spoofed MAIL FROM', null, 'sender-blocked'],
      ["550 Envelope domain 'example.net' doesn't match AUTH domain 'example.com'", null, 'sender-blocked'],
      ["550 Mail from domain 'example.net' is not allowed from your host", null, 'sender-blocked'],
      ['421 Too busy; please try again later', null, 'recipient-system'],
    ],
  },
  'Stalwart Mail Server': {
    source: 'stalwartlabs/mail-server crates/smtp/src/inbound/rcpt.rs, mail.rs, data.rs, auth.rs',
    rows: [
      ['550 5.1.2 Mailbox does not exist.', '5.1.2', 'recipient-unknown'],
      ['550 5.1.2 Relay not allowed.', '5.1.2', 'relay-denied'],
      ['455 4.5.3 Too many recipients.', '4.5.3', 'rate-limited'],
      ['452 4.2.2 Greylisted, please try again in a few moments.', '4.2.2', 'rate-limited'],
      ['452 4.4.5 Rate limit exceeded, try again later.', '4.4.5', 'rate-limited'],
      ['451 4.4.3 Unable to verify address at this time.', '4.4.3', 'recipient-system'],
      ['503 5.5.1 MAIL is required first.', '5.5.1', 'sender-infrastructure'],
      ['550 5.1.2 Mailing list not found.', '5.1.2', 'recipient-unknown'],
      ['452 4.4.5 Maximum number of messages per session exceeded.', '4.4.5', 'rate-limited'],
      ['452 4.7.28 mx.example.org Session exceeded transfer quota.', '4.7.28', 'rate-limited'],
      ['450 4.4.6 Too many Received headers. Possible loop detected.', '4.4.6', 'mail-loop'],
      ['550 5.7.1 Email rejected per DMARC policy.', '5.7.1', 'auth-failed'],
      ['550 5.7.20 No passing DKIM signatures found.', '5.7.20', 'auth-failed'],
      ['550 5.7.23 SPF validation failed, status: fail.', '5.7.23', 'auth-failed'],
      ['550 5.7.25 Reverse DNS validation failed.', '5.7.25', 'sender-infrastructure'],
      ['550 5.7.29 ARC validation failed.', '5.7.29', 'auth-failed'],
      ['452 4.3.1 Mail system full, try again later.', '4.3.1', 'recipient-system'],
      ['550 5.7.1 Message rejected due to excessive spam score.', '5.7.1', 'content-rejected'],
      ['552 5.3.4 Message too big for system.', '5.3.4', 'message-too-large'],
      ['554 5.3.4 Line is too long.', '5.3.4', 'message-noncompliant'],
      ['550 5.5.0 Invalid EHLO domain.', '5.5.0', 'sender-infrastructure'],
      ['550 5.7.1 Your account is not authorized to use this service.', '5.7.1', 'sender-blocked'],
      ['501 5.5.4 You are not allowed to send from this address.', '5.5.4', 'sender-blocked'],
    ],
  },
  Courier: {
    source:
      'svarshavchik/courier courier/submit.C, submit2.C, cdfilters.C, filters/ (dupfilter, ratefilter, verifyfilter), module.esmtp/esmtp.C, libesmtp.C, courieresmtpd.C, module.local/ (local.C, deliver.C)',
    rows: [
      ['513 Relaying denied.', null, 'relay-denied'],
      ['550 User unknown.', null, 'recipient-unknown'],
      ['Maildir over quota.', null, 'mailbox-full'],
      ['Domain does not receive mail.', null, 'recipient-domain-invalid'],
      ["This domain's DNS violates RFC 1035.", null, 'recipient-domain-invalid'],
      ['517-Domain does not exist: a@nowhere.example.', null, 'sender-infrastructure'],
      [
        '517-MX records for a@nowhere.example violate section 3.3.9 of RFC 1035.',
        null,
        'sender-infrastructure',
      ],
      ['517 Mail server at 192.0.2.1 is blocked.', null, 'sender-infrastructure'],
      ['417 DNS lookup failure: a@nowhere.example.  Try again later.', null, 'sender-infrastructure'],
      ['546 Routing loop detected -- too many Received: headers.', null, 'mail-loop'],
      ['534 SIZE=Message too big.', null, 'message-too-large'],
      ['523 Message length (40960000 bytes) exceeds administrative limit.', null, 'message-too-large'],
      ['531 Too many recipients.', null, 'rate-limited'],
      ['431 Mail system full.', null, 'recipient-system'],
      ['550 Spam refused.', null, 'content-rejected'],
      ['554 Syntax error - your mail software violates RFC 821.', null, 'message-noncompliant'],
      ['412 You are not whitelisted by this recipient, please try again later.', null, 'recipient-policy'],
      // third pass: courier/cdfilters.C, filters/, module.esmtp/libesmtp.C, courieresmtpd.C, module.local/
      ['432 Out of memory when processing mail filters.', null, 'recipient-system'],
      ['432 Mail filters temporarily unavailable.', null, 'recipient-system'],
      ['500 Duplicate message rejected.', null, 'recipient-policy'],
      ['500 Number of messages exceeded administrative limit.', null, 'rate-limited'],
      ['530 <a@example.net> verification failed.', null, 'sender-infrastructure'],
      ['417 DNS lookup on HELO mail.example failed.  Try again later.', null, 'sender-infrastructure'],
      ['517 RFC 1035 violation: recursive CNAME records for mail.example.', null, 'sender-infrastructure'],
      ['517 Sender rejected: a@example.net', null, 'sender-infrastructure'],
      ['517 SPF fail a@example.net: Rejected by the Sender Policy Framework.', null, 'auth-failed'],
      ['400 STARTTLS is required first.', null, 'sender-infrastructure'],
      ["440 TLS not available,  but it's required for this connection.", null, 'recipient-system'],
      ['535 Authentication rejected', null, 'sender-blocked'],
      ['535 Authentication failed.', null, 'sender-blocked'],
      ['535 Authentication required.', null, 'sender-blocked'],
      ['553 Unable to deliver Unicode E-mail to a non-Unicode mail server.', null, 'message-noncompliant'],
      [
        "550-The addressee's mail server does not support the sender's international E-mail address.",
        null,
        'message-noncompliant',
      ],
      ['556 Address unavailable.', null, 'suppressed'],
      ['456 Address temporarily unavailable.', null, 'suppressed'],
      ['500 Invalid address', null, 'recipient-unknown'],
      ['511 Headers specify no receipients.', null, 'message-noncompliant'],
      ['534 Message header size exceeds policy limit.', null, 'message-too-large'],
      ['571 Delivery not authorized, message refused.', null, 'recipient-policy'],
      ['Unknown user.', null, 'recipient-unknown'],
      ['550 User <bob> unknown', null, 'recipient-unknown'],
      ['Mail loop - already have my Delivered-To: header.', null, 'mail-loop'],
      ['configuration error: mail loops back to myself (MX problem).', null, 'mail-loop'],
      ['Invalid homedir or maildir for bob - has \\n, !, is null.', null, 'recipient-system'],
      ['Connection closed by remote host', null, 'recipient-system'],
      ['Connection unexpectedly closed by remote host.', null, 'recipient-system'],
      ['Remote mail server disconnected after receiving the STARTTLS command', null, 'recipient-system'],
      ['Compatible SASL authentication not available.', null, 'sender-infrastructure'],
      ['No such domain.', null, 'recipient-domain-invalid'],
      ['DNS lookup failed.', null, 'recipient-system'],
      ['Did not find a suitable MX for a connection', null, 'recipient-system'],
    ],
  },
  'Apache James': {
    source:
      'apache/james-project protocols/smtp/src/main/java/org/apache/james/protocols/smtp/core/ (RcptCmdHandler, AbstractAuthRequiredToRelayRcptHook, AbstractSenderAuthIdentifyVerificationHook, fastfail/*), server/protocols/protocols-smtp/.../fastfail/ (SPFHandler, URIRBLHandler, AllowedUnauthenticatedSender)',
    rows: [
      ['550 5.1.1 Unknown user: b@example.org', '5.1.1', 'recipient-unknown'],
      ['550 5.7.1 Requested action not taken: relaying denied', '5.7.1', 'relay-denied'],
      ['530 5.7.1 Authentication Required', '5.7.1', 'sender-blocked'],
      ['503 5.7.1 Incorrect Authentication for Specified Email Address', '5.7.1', 'sender-blocked'],
      [
        '530 5.7.1 Sender <a@example.net> is not allowed for unauthenticated connection from 192.0.2.9',
        '5.7.1',
        'sender-blocked',
      ],
      [
        '554 5.7.1 Rejected: unauthenticated e-mail from 192.0.2.9 is restricted.  Contact the postmaster for details.',
        '5.7.1',
        'reputation-block',
      ],
      [
        '554 5.7.1 Rejected: message contains domain bad.example listed by multi.surbl.org',
        '5.7.1',
        'content-rejected',
      ],
      ['452 5.5.3 Requested action not taken: max recipients reached', '5.5.3', 'rate-limited'],
      ['501 5.5.4 Provided EHLO/HELO mail.example can not resolved.', '5.5.4', 'sender-infrastructure'],
      [
        '501 5.1.7 sender a@nowhere.example contains a domain with no valid MX records',
        '5.1.7',
        'sender-infrastructure',
      ],
      ['552 5.2.2 Over Quota error when delivering message to <b@example.org>', '5.2.2', 'mailbox-full'],
      ['552 5.3.4 Message size exceeds fixed maximum message size', '5.3.4', 'message-too-large'],
      ['451 4.7.1 Temporary rejected: Reconnect to fast. Please try again later', '4.7.1', 'rate-limited'],
      ['451 4.4.3 Temporarily rejected: Problem on SPF lookup', '4.4.3', 'auth-failed'],
      ['550 5.7.1 Block caused by an invalid SPF record', '5.7.1', 'auth-failed'],
    ],
  },
  hMailServer: {
    source:
      'hmailserver/hmailserver hmailserver/source/Server/SMTP/ (SMTPConnection.cpp, RecipientParser.cpp, ExternalDelivery.cpp, LocalDelivery.cpp), Server/Common/AntiSpam/',
    rows: [
      ['550 Unknown user', null, 'recipient-unknown'],
      ['550 Delivery is not allowed to this address.', null, 'relay-denied'],
      ['530 SMTP authentication is required.', null, 'sender-blocked'],
      ['550 Too many recipients.', null, 'rate-limited'],
      ["554 Rejected - Message containing bare LF's.", null, 'message-noncompliant'],
      [
        '554 Rejected - Message size exceeds fixed maximum message size. Size: 20480 KB, Max size: 10240 KB',
        null,
        'message-too-large',
      ],
      ['550 Sender domain does not have any MX records.', null, 'sender-infrastructure'],
      ['550 Blocked by SPF. (The sender is not authorized)', null, 'auth-failed'],
      ['550 Rejected by DKIM.', null, 'auth-failed'],
      [
        "Error Description: No mail servers appear to exists for the recipient's address.",
        null,
        'recipient-domain-invalid',
      ],
      [
        'Error Description: Inbox is full Additional information: The recipients inbox is full.',
        null,
        'mailbox-full',
      ],
      ['Mail server configuration error. Too many recursive forwards.', null, 'mail-loop'],
    ],
  },
  'Mail security gateways (Mimecast, Proofpoint, Barracuda, Trend Micro, Cisco, MessageLabs)': {
    source:
      "../shared/reference/provider-codes.tsv (vendors' published codes: Mimecast SMTP error codes KB, Barracuda campus, Proofpoint PDR FAQ, Cisco AsyncOS bounce log, smtp-field-manual)",
    rows: [
      ['550 SPF Sender Invalid - envelope rejected', null, 'auth-failed'],
      ['550 Local CT IP Reputation - (reject)', null, 'reputation-block'],
      ['553 This route requires encryption (TLS)', null, 'sender-infrastructure'],
      ['554 Maximum email size exceeded', null, 'message-too-large'],
      ['554 Mail loop detected', null, 'mail-loop'],
      ['451 Open relay not allowed', null, 'relay-denied'],
      ['550 Rejected by header-based Anti-Spoofing policy', null, 'recipient-policy'],
      ['550 Envelope blocked - User Entry', null, 'recipient-policy'],
      ['451 Unable to process connection at this time', null, 'recipient-system'],
      ['550 Invalid Recipient', null, 'recipient-unknown'],
      ['554 Email rejected due to security policies', null, 'content-rejected'],
      [
        '550 5.7.1 Service unavailable; client [192.0.2.9] blocked using prs.proofpoint.com',
        '5.7.1',
        'reputation-block',
      ],
      ["550 5.7.0 Email rejected per sender's DMARC policy", '5.7.0', 'auth-failed'],
      ['550 5.1.8 Sender address rejected: Domain not found', '5.1.8', 'sender-infrastructure'],
      [
        '550 5.7.1 Recipient address rejected: User email address is marked as invalid.',
        '5.7.1',
        'recipient-unknown',
      ],
      ['550 cuda_nsu 5.1.1 <b@example.org>... User unknown', null, 'recipient-unknown'],
      ['550 rejecting spoofed message', null, 'auth-failed'],
      ['554 rejected due to spam URL in content', null, 'content-rejected'],
      ['422 License Expired', null, 'recipient-system'],
      [
        '451 4.7.1 <b@example.org>: Recipient address rejected: Greylisted for 5 minutes',
        '4.7.1',
        'rate-limited',
      ],
      ['550 5.7.1 Recipient address rejected: ERS-Customized-Block', '5.7.1', 'reputation-block'],
      ['550 5.7.1 Recipient address rejected: NO-DOMAIN', '5.7.1', 'recipient-domain-invalid'],
      ['451 4.1.0 - Unknown address error', '4.1.0', 'recipient-unknown'],
      ['553 5.7.1 you are trying to use me as a relay', '5.7.1', 'relay-denied'],
      ['550 5.7.26 ETP205 DMARC Failure for domain example.net', '5.7.26', 'auth-failed'],
      [
        "554 Your access to this mail system has been rejected due to the sending MTA's poor reputation. If you believe that this failure is in error, please contact the intended recipient via alternate means.",
        null,
        'reputation-block',
      ],
    ],
  },
  Zimbra: {
    source:
      'Zimbra/zm-mailbox store/src/java/com/zimbra/cs/lmtpserver/LmtpReply.java (its MTA is Postfix: see Postfix)',
    rows: [
      ['550 5.1.1 No such user here', '5.1.1', 'recipient-unknown'],
      ['552 5.2.2 Over quota', '5.2.2', 'mailbox-full'],
      ['452 4.2.2 Over quota', '4.2.2', 'mailbox-full'],
      ['450 4.2.1 Mailbox disabled, not accepting messages', '4.2.1', 'mailbox-inactive'],
      ['450 4.2.0 Mailbox is not on this server', '4.2.0', 'recipient-system'],
      ['451 4.2.2 Server accepts messages only on TLS connection', '4.2.2', 'recipient-system'],
      ['500 5.5.2 Syntax error in recipient address', '5.5.2', 'recipient-unknown'],
      ['500 Maximum line length exceeded', null, 'message-noncompliant'],
    ],
  },
  'HCL Domino / Lotus Notes': {
    source:
      'Notes/Domino non-delivery text (../shared/reference/provider-codes.tsv); Domino administrator help (routing failures)',
    rows: [
      ['User bob (bob@example.org) not listed in Domino Directory', null, 'recipient-unknown'],
      ['User not listed in public Name & Address Book', null, 'recipient-unknown'],
      [
        'Router: No route found to domain example.org from server MAIL1/Example',
        null,
        'recipient-domain-invalid',
      ],
    ],
  },
  IceWarp: {
    source:
      'IceWarp, Interpretation of 5xx Errors in IceWarp SMTP (docs.icewarp.com/Content/IceWarp-Server/Administration-Nodes/Status/Logs/)',
    rows: [
      ['501 5.7.1 Message is too long', '5.7.1', 'message-too-large'],
      ['501 5.5.2 Domain name required', '5.5.2', 'sender-infrastructure'],
      ['501 5.5.1 HELO/EHLO requires domain address', '5.5.1', 'sender-infrastructure'],
      ['501 5.7.0 Authentication failed', '5.7.0', 'sender-blocked'],
    ],
  },
  'Kerio Connect': {
    source:
      'GFI Kerio Connect outbound delivery troubleshooting, support.kerioconnect.gfi.com/hc/en-us/articles/4416310418706',
    rows: [
      ['550 5.7.1 Relaying is denied', '5.7.1', 'relay-denied'],
      ['4.4.1 Cannot connect to host', '4.4.1', 'recipient-system'],
    ],
  },
  'Comcast (provider)': {
    source: 'Comcast postmaster error codes (../shared/reference/provider-codes.tsv)',
    rows: [
      [
        '550 5.2.0 Message rejected due to DMARC. Please see http://postmaster.comcast.net/smtp-error-codes.php#DM',
        '5.2.0',
        'auth-failed',
      ],
      ['554 Comcast block for spam', null, 'reputation-block'],
    ],
  },
  'T-Online (provider)': {
    source:
      'postmaster.t-online.de; T-Online quoted at spamresource.com/2020/06/whoops-t-onlinede-not-accepting-mail.html',
    rows: [
      [
        '554 IP=192.0.2.9 - A problem occurred. (Ask your postmaster for help or to contact tosa@rx.t-online.de to clarify.) (BL)',
        null,
        'reputation-block',
      ],
      [
        '554 IP=192.0.2.9 - None/bad reputation. Ask your postmaster for help or to contact tobr@rx.t-online.de for reset. (NOWL)',
        null,
        'reputation-block',
      ],
    ],
  },
  'Gmail (provider)': {
    source: 'Gmail SMTP error reference, support.google.com/a/answer/3726730',
    rows: [
      [
        '550 5.7.1 Messages with multiple addresses in From: header are not accepted.',
        '5.7.1',
        'message-noncompliant',
      ],
      [
        '553 5.1.7 The sender address <a@b> is not a valid RFC 5321 address.',
        '5.1.7',
        'sender-infrastructure',
      ],
      ['550 5.1.1 The email account that you tried to reach does not exist.', '5.1.1', 'recipient-unknown'],
      ["552 5.2.2 The recipient's inbox is out of storage space.", '5.2.2', 'mailbox-full'],
    ],
  },
  'Yahoo / AOL (provider)': {
    source: 'Yahoo Sender Hub error codes (senders.yahooinc.com/smtp-error-codes), help.yahoo.com/kb/SLN7253',
    rows: [
      [
        '554 5.7.9 Message not accepted for policy reasons. See https://senders.yahooinc.com/error-codes',
        '5.7.9',
        'auth-failed',
      ],
      [
        '421 4.7.0 [TSS04] Messages from 192.0.2.9 temporarily deferred due to unexpected volume or user complaints',
        '4.7.0',
        'reputation-block',
      ],
      [
        "554 delivery error: dd This user doesn't have a yahoo.com account (b@yahoo.com) [0]",
        null,
        'recipient-unknown',
      ],
    ],
  },
  'Sending platforms (SES, Mailgun, Postmark)': {
    source: 'Amazon SES notification contents; Mailgun events; Postmark API error codes',
    rows: [
      [
        'Amazon SES has suppressed sending to this address because it has a recent history of bouncing as an invalid address.',
        '5.1.1',
        'suppressed',
      ],
      ['Not delivering to previously bounced address', null, 'suppressed'],
      ['You tried to send to recipient(s) that have been marked as inactive.', null, 'suppressed'],
    ],
  },
  'NetEase / QQ (provider)': {
    source: 'NetEase SMTP error codes (help.163.com); Tencent QQ Mail postmaster help',
    rows: [
      ['451 MI:SFQ 163mx.example', null, 'rate-limited'],
      ['550 RP:TRC 163mx.example', null, 'rate-limited'],
      ['554 DT:SPM 163mx.example', null, 'content-rejected'],
      ['550 Ip frequency limited', null, 'rate-limited'],
      ['550 Connection frequency limited', null, 'rate-limited'],
      ['550 Mail content denied', null, 'content-rejected'],
      ['421 HL:REP 163mx.example', null, 'reputation-block'],
      ['421 HL:ICC 163mx.example', null, 'rate-limited'],
      ['450 DT:RBL 163mx.example', null, 'reputation-block'],
      ['451 Requested mail action not taken: too much fail authentication', null, 'sender-blocked'],
    ],
  },
  'Chinese hosts and Coremail': {
    source:
      'emailhost.com.cn/service.html (bounce labels); Coremail support bounce prompts (icoremail.vip/support, cate_id=84); 023dns.com/mail_send/728.html',
    rows: [
      ['[退信] 发信数超限制:sending quota exceeded', null, 'sender-blocked'],
      ['[退信] 网络异常:rcpt handle timeout', null, 'recipient-system'],
      ['[退信] 邮件过大:exceeded mailsize limit', null, 'message-too-large'],
      ['[退信] 域名不存在:DNS query error', null, 'recipient-domain-invalid'],
      ['[退信] 收件人不存在:user not exist', null, 'recipient-unknown'],
      ['[退信] 收件容量满:Quota exceeded', null, 'mailbox-full'],
      ['550 unavailable mail user', null, 'recipient-unknown'],
      ["550 local server don't exists that user", null, 'recipient-unknown'],
      ['550 not user of this server', null, 'recipient-unknown'],
      ["receiptor's mailbox is full(#5.5.4)", null, 'mailbox-full'],
      ['550 Requested mail action not taken: Fake sender', null, 'auth-failed'],
      ['550 Requested action not taken: Local user only', null, 'relay-denied'],
      ['550 Requested action not taken: NULL sender is not allowed', null, 'sender-infrastructure'],
      ['550 IP is rejected', null, 'reputation-block'],
      ['550 User suspended', null, 'mailbox-inactive'],
      ['550 User in blacklist', null, 'recipient-policy'],
    ],
  },
  'Interia (provider)': {
    source: 'Interia mail help, pomoc.poczta.interia.pl (why a message was not delivered)',
    rows: [
      ['550 5.1.1 Account not found', '5.1.1', 'recipient-unknown'],
      ["550 5.7.1 Recipient doesn't want your mail", '5.7.1', 'recipient-policy'],
      [
        '550 5.7.0 [SPF] host 192.0.2.9 is not allowed to send mail from domain example.net',
        '5.7.0',
        'auth-failed',
      ],
    ],
  },
  'AT&T (provider)': {
    source: 'AT&T replies as collected at smtp.codes/550',
    rows: [
      [
        '550 5.7.1 Connections not accepted from servers without a valid sender domain.',
        '5.7.1',
        'sender-infrastructure',
      ],
      ['550 5.2.1 <b@prodigy.net>... Addressee unknown, relay=[192.0.2.9]', '5.2.1', 'recipient-unknown'],
    ],
  },
  'Japanese carriers (WILLCOM)': {
    source:
      'WILLCOM pdx.ne.jp bounce, nobuneko.com/blog/archives/2012/03/undelivered_mail_returned_to_s.html',
    rows: [
      [
        "552 We failed to deliver mail because the volume of recipient's mailbox exceeded the local limit.",
        null,
        'mailbox-full',
      ],
    ],
  },
};

describe.each(Object.entries(FAMILIES))('%s', (_family, { rows }) => {
  test.each(rows)('%s', (line, status, category) => {
    const reply = /^[245]\d\d\b/.exec(line)?.[0] ?? null;
    const c = classify({ status, replyCode: reply, diagnostic: line, delayed: false });
    expect(c.category).toBe(category);
  });
});
