// recipient-system: destination down, overloaded, misconfigured, TLS/DANE/MTA-STS broken (../shared/TAXONOMY.md). Every phrase and code of the category, by tier.
import { inCategory, type Rule } from '../rule';
import { daneRows } from '../codes';

export const RECIPIENT_SYSTEM: readonly Rule[] = inCategory('recipient-system', [
  {
    id: 'exo.4.4.316-connection-refused',
    tier: 'provider',
    codeAlone: true,
    status: ['4.4.316'],
    phrases: ['connection refused', 'socket error', 'refused'],
  },
  {
    id: 'exo.4.4.317-untrusted-root',
    tier: 'provider',
    status: ['4.4.317', '5.4.317'],
    phrases: ['untrustedroot', 'certificate'],
  },
  {
    // hMailServer ExternalDelivery.cpp HandleNoRecipientServers_: the MX query itself failed (a
    // missing domain is "No mail servers appear to exists", recipient-domain-invalid)
    id: 'hmailserver.dns-query-failed',
    tier: 'fixed',
    phrases: ["unable to find the recipient's email server"],
  },
  {
    id: 'exo.4.4.312-dns-query-failed',
    tier: 'provider',
    codeAlone: ['4.4.312'],
    status: ['4.4.312', '5.4.312'],
    phrases: ['dns query failed'],
  },
  {
    id: 'exo.4.4.8-mta-sts-mx',
    tier: 'provider',
    status: ['4.4.8'],
    phrases: ['mta-sts', 'sts policy'],
  },
  {
    id: 'exo.4.7.5-mta-sts-certificate',
    tier: 'provider',
    status: ['4.7.5'],
    phrases: ['mta-sts', 'certificate'],
  },
  ...daneRows(),
  {
    id: 'exo.5.3.190-journaling',
    tier: 'provider',
    codeAlone: true,
    owner: 'sender-admin',
    status: ['5.3.190'],
    phrases: ['journaling', 'journal'],
    // journal reports come from the same organization; its Microsoft 365 admin must enable Journaling Archive
  },
  {
    id: 'exo.5.4.8-mta-sts-mx',
    tier: 'provider',
    status: ['5.4.8'],
    phrases: ['mta-sts', 'sts policy'],
  },
  {
    id: 'exo.5.7.5-mta-sts-certificate',
    tier: 'provider',
    status: ['5.7.5'],
    phrases: ['mta-sts', 'certificate'],
  },
  {
    id: 'exo.5.7.510-no-ipv6',
    tier: 'provider',
    codeAlone: true,
    owner: 'sender-admin',
    status: ['5.7.510'],
    phrases: ['ipv6', 'access denied'],
    // the recipient system takes mail over IPv4 only; the sending side is the one that can switch to IPv4
  },
  {
    id: 'exchange.storedrv-no-mdb',
    tier: 'provider',
    phrases: ['there is no mdb'],
    // the recipient's mailbox database is not mounted: the server's fault, not the address
  },
  {
    id: 'exchange.4.3.1-insufficient-resources',
    tier: 'provider',
    status: ['4.3.1'],
    phrases: ['insufficient system resources'],
  },
  // Mail security gateways and other providers (Proofpoint, Barracuda, Trend Micro, Mimecast, Apple,
  // Comcast): their fixed texts, from ../shared/reference/provider-codes.tsv
  {
    id: 'text.gateway-verify-pending',
    tier: 'fixed',
    phrases: ['recipient address rejected: unverified address'],
    // Proofpoint could not yet verify the recipient downstream: not the sender domain
  },
  {
    id: 'text.gateway-license',
    tier: 'fixed',
    phrases: ['license expired'],
  },
  {
    id: 'text.mimecast-busy',
    tier: 'fixed',
    owner: 'provider',
    phrases: ['unable to process connection at this time'],
    // Mimecast at its maximum load (Mimecast KB): the hosted service recovers, not the recipient's admin
  },
  {
    id: 'text.remote-no-tls',
    tier: 'fixed',
    phrases: ['does not support tls', 'does not offer starttls', 'tls is not supported'],
  },
  // Orange and La Poste end their replies with a code (OFR005_505, LPN004_510, OFR_999): the last three
  // digits tell apart replies that share the words "Service refused, please try later".
  {
    id: 'text.orange-refused-system',
    tier: 'fixed',
    phrases: ['_505'],
    also: ['service refus*'],
  },
  {
    // Domino's router finds no route to the person's mail server (go-sisimai lhost/via-domino.go
    // messagesof "Cannot route mail to user"): the recipient organization's routing must change
    id: 'domino.cannot-route',
    tier: 'fixed',
    phrases: ['cannot route mail to user'],
  },
  {
    id: 'text.mta-system',
    tier: 'fixed',
    phrases: [
      'host not found, try again',
      "can't create user output file",
      // vpopmail vdelivermail: "can not open new email file errno=13 file=..." (the server's own
      // Maildir)
      'can not open new email file',
      // Cyrus imap/imap_err.et IMAP_MAILBOX_MOVED, sent by lmtpd as "451 4.2.1" (imap/lmtpengine.c
      // send_lmtp_error): the mailbox went to another backend of the murder, not the person away
      'mailbox has been moved to another server',
      'remote server closed connection',
      'unable to change to home directory',
      'home directory owned by wrong user',
      'invalid dnssec records',
      'deferred, database down',
      'does not specify a valid notes mail file',
      'unable to open mailbox file',
      'not a notes database',
      'file is not a database',
      'closed connection in response to',
      'closed connection while',
      'smtp timeout after',
      'is down',
      'a tls session is required',
      'failed to start tls session',
      'cannot start tls',
      'tls error from',
      'dane failed to authenticate',
      'name server loop for',
      'address resolver failure',
      'is not owned by recipient',
      'create maildir file',
      'cannot access home directory',
      'unable to create lock file',
      'failed to lock mailbox',
      'has wrong uid',
      'mailbox file format unrecognized',
      'lost input channel',
      'table lookup failure',
      'no system resources',
      'local verification problem',
      'filter process failure',
      'forward: no home',
      'message has wrong owner',
      'queue size too big',
      'could not dial',
      'mda delivery failed',
      'tls connection to the mx server',
      'dns server returned general failure',
      'with any of the mail exchange',
      'connection to the mail exchange (mx) server',
      'dane tlsa lookup failed',
      'failed to process recipient',
      'failed to store message',
      'has zero forwarded addresses configured',
      'multiple verification txt records',
      // Forward Email's refusal when the recipient domain's "forward-email" TXT record names a bad
      // target (helpers/get-forwarding-addresses.js: '... has an invalid "forward-email" TXT record due
      // to an invalid email address of ...' / '... due to an invalid regular expression email address
      // match'): the recipient domain's forwarding setup, not the address
      'txt record due to an invalid',
      // A forwarding service that cannot work out where the alias forwards to, or whose alias
      // forwards to more addresses than it allows (ImprovMX's 5.9.5 "Forwarding Configuration Issue -
      // Unable to correctly read the forwarding recipient", its error-codes guide; Forward Email's
      // 421 "The address ... is attempted to be forwarded to (n) addresses which exceeds the maximum
      // of (m)", get-forwarding-addresses.js): the recipient domain's forwarding setup, not the address
      'forwarding configuration',
      'attempted to be forwarded to',
      'mailbox domain problem',
      'cannot reach mailbox',
      'procmail: lock failure',
      // procmail: 'No space left to finish writing "/var/mail/bob"' (ENOSPC: the server's file system is
      // full, go-sisimai lda/lib.go "systemfull"), not the mailbox's quota ("no space left")
      'no space left to finish writing',
      // strerror(ENOSPC), quoted by a delivery agent that could not write its spool or temporary file
      // (cyrus-imapd lmtpengine.c "451 4.3.1 cannot create temporary file: %s"): the server's disk
      'no space left on device',
      'in progress by another thread',
      'pipe process failed to exec',
      'timeout while contacting dns servers',
    ],
    // "Host not found, try again" is a DNS lookup that failed for now, not a missing domain
  },
  {
    id: 'text.mta-dns-lookup',
    tier: 'fixed',
    phrases: ['host name lookup failure', 'malformed or unexpected name server reply'],
    // a DNS lookup that failed (SERVFAIL, timeout), not a domain that does not exist; Postfix puts
    // it after its general "Host or domain name not found. Name service error for name=... type=MX:"
    // (sisimai Lhost/Aol.pm: 'notaccept'), so it goes first
    before: ['text.host-not-found-permanent'],
  },
  {
    // Exim transports/smtp.c "all host address lookups%s failed temporarily" (%s: " for '<domain>'"):
    // the domain's DNS fails for now (SERVFAIL, timeout), it is not missing
    id: 'exim.host-lookups-failed-temporarily',
    tier: 'fixed',
    phrases: ['host address lookups'],
    also: ['failed temporarily'],
  },
  {
    id: 'text.mta-directory-down',
    tier: 'fixed',
    phrases: ['unable to contact ldap server', 'ldap server is down', 'temporary ldap error'],
    // qmail-ldap: the recipient's directory is unreachable, whatever the queue time says after it
  },
  {
    id: 'text.recipient-system',
    tier: 'words',
    phrases: [
      'connection refused',
      'connection timed out',
      'connection reset',
      'no route to host',
      'lost connection',
      'conversation with',
      'failed to connect',
      "can't connect to",
      'connect to host',
      'service unavailable',
      'service currently unavailable',
      'service not available',
      'system error',
      'internal error',
      'local error',
      'server error',
      'system failure',
      // gromox data/local_bounce/ascii/BOUNCE_OPERATION_ERROR: "some error occurred in our mail system"
      'error occurred in our mail system',

      'system full',
      'disk full',
      'temporarily unavailable',
      'temporary problem',
      'mailer error',
      'mailbox delivery failed',
      'pipe to',
      'command output',
      'misconfigured',
      'starttls',
      'certificate',
      'mta-sts',
      'dane validation',
      'dane verification',
      'dane required',
      'tlsa record',
      'could not complete',
      'i/o error',
      'transaction failed',
      'unable to connect',
      'cannot connect',
      'could not connect',
      'server is busy',
      // Exchange Server's NDR table: "4.4.2 Connection dropped" (network or server problems)
      'connection dropped',
      // Gmail's "421 4.4.5 Server busy, try again later." (support.google.com/a/answer/3726730)
      'server busy, try again later',
      // Haraka plugins/toobusy.js "Too busy; please try again later" (its event loop lags), Exim's
      // ratelimit example "Sorry, too busy": words of the reply, ahead of Postfix's "refused to talk to me"
      'too busy',
      'exception',

      'could not load',
    ],
  },
  {
    id: 'broad.system',
    tier: 'broad',
    phrases: ['timeout', 'timed out', 'temporary failure'],
  },
  // --- local delivery agents' exit statuses (sysexits.h numbers behind "X-Unix;")
  {
    // The bare number only says the program failed: the Status, when specific, came from the
    // program's own words (mail.local's "552 5.2.2" on a full quota exits EX_UNAVAILABLE, 69), and
    // a delay's EX_TEMPFAIL (75) names no cause.
    id: 'broad.sysexits',
    tier: 'broad',
    phrases: [
      'x-unix; 64',
      'x-unix; 66',
      'x-unix; 69',
      'x-unix; 70',
      'x-unix; 71',
      'x-unix; 72',
      'x-unix; 73',
      'x-unix; 74',
      'x-unix; 75',
      'x-unix; 76',
      'x-unix; 78',
    ],
  },
  {
    id: 'sysexits.system',
    tier: 'fixed',
    phrases: [
      'command line usage error',
      'internal software error',
      'system resource problem',
      'remote error in protocol',
    ],
  },
  {
    id: 'opensmtpd.destination-errors',
    tier: 'fixed',
    phrases: [
      'destination seem to reject all mails',
      'network error on destination mxs',
      'no valid route to destination',
      'no valid route to remote mx',
      'temporary failure in mx lookup',
    ],
  },
  // --- MTA families from source code, third pass (issue 9): Courier
  {
    id: 'courier.esmtp-connection',
    tier: 'fixed',
    phrases: [
      'connection closed by remote host',
      'connection unexpectedly closed',
      'dns lookup failed',
      'tls not available',
    ],
    // Courier's ESMTP client (libesmtp.C) and server (courieresmtpd.C): the far end dropped the
    // connection, its DNS failed for now, or it requires TLS it cannot offer ("closed" is not an account)
  },
  // --- MTA families from source code, third pass (issue 9): Apache James
  {
    id: 'james.remote-delivery',
    tier: 'fixed',
    phrases: ['the receiving server does not support starttls', 'temporary error deliver message'],
    // James RemoteDelivery (MailDelivrer, SmtpSenderProvider): the recipient's DNS failed for now or its
    // server lacks STARTTLS; LMTP/mailbox delivery failed for now
  },
  // --- MTA families from source code, third pass (issue 9): Zimbra
  {
    id: 'zimbra.lmtp-permanent-failure',
    tier: 'fixed',
    phrases: ['permanent message delivery failure'],
    // Zimbra LmtpReply.PERMANENT_FAILURE (554 5.0.0): the mailstore could not file the message
  },
  // --- MTA families from source code, third pass (issue 9): Haraka
  {
    id: 'haraka.outbound-and-scanner',
    tier: 'fixed',
    phrases: ['temporary mx lookup error', 'tried all mxs'],
    // Haraka outbound/hmail.js (the recipient's MX cannot be reached or fails TLS) and haraka-plugin-clamd
    // (the receiving server's own virus scanner failed: not a virus in the message)
  },
  // --- MTA families from source code, third pass (issue 9): OpenSMTPD
  {
    id: 'opensmtpd.remote-session',
    tier: 'fixed',
    phrases: [
      'tls required but not supported by remote host',
      'remote host sent too much data',
      'connection closed unexpectedly',
      'bad response:',
    ],
    // OpenSMTPD mta_session.c: the recipient's MX lacks TLS, keeps failing or breaks the protocol;
    // lka_session.c: a list or alias of the recipient's domain could not be expanded (X.2.4)
  },
  {
    id: 'opensmtpd.temporary-error',
    tier: 'broad',
    phrases: ['temporary error'],
    // OpenSMTPD smtp_session.c "421 <host> Temporary Error": the receiving server failed for now
  },
  // --- MTA families from source code, third pass (issue 9): hMailServer
  {
    id: 'hmailserver.not-saved',
    tier: 'fixed',
    phrases: ['rejected - no data saved', 'your message was received but it could not be saved'],
    // hMailServer SMTPConnection.cpp: the receiving server could not store the message
  },
  // --- MTA families from source code, third pass (issue 9): Postfix
  {
    id: 'postfix.tls-not-offered',
    tier: 'fixed',
    phrases: ['refused to start tls'],
    // Postfix smtp/smtp_proto.c: the sender's policy requires TLS and the recipient's MX does not offer
    // it or refuses it ("TLS is required" alone is the receiving side asking the sender for TLS)
  },
  // --- MTA families from source code, third pass (issue 9): Postfix
  {
    id: 'postfix.delivery-agents',
    tier: 'fixed',
    phrases: ['command time limit exceeded', 'server unavailable or unable to receive mail'],
    // Postfix global/pipe_command.c (the delivery command ran too long) and smtp/smtp_connect.c (no
    // MX of the recipient's domain took the mail): the recipient's system, not a queue timeout
  },
  {
    id: 'postfix.local-mailbox',
    tier: 'words',
    phrases: [
      'cannot update mailbox',
      'cannot open file',
      'alias database unavailable',
      'error reading forwarding file',
      'user lookup error',
    ],
    // Postfix local/mailbox.c and dotforward.c: the recipient's mailbox file could not be written
    // (a quota given after it still decides: "Disk quota exceeded" is mailbox-full); local/alias.c,
    // token.c, mailbox.c: its alias table, .forward file or user database failed for now
  },
  // --- Postfix: the reporting server's own delivery agent (issue 9, fifth pass)
  // --- MTA families from source code, third pass (issue 9): Exim
  {
    id: 'exim.host-lookup-incomplete',
    tier: 'fixed',
    phrases: ['host lookup did not complete'],
    // Exim routers/dnslookup.c: the DNS lookup of the recipient's domain failed for now (not NXDOMAIN)
  },
  // --- MTA families from source code, third pass (issue 9): qmail (notqmail)
  {
    id: 'qmail.local-delivery',
    tier: 'fixed',
    phrases: [
      'timeout on maildir delivery',
      'temporary error on maildir delivery',
      'has file delivery but has x bit set',
      // temp_chdir: "Unable to switch to <dir>: input/output error. (#4.3.0)" (not the errno's words
      // alone: Postfix's local delivery says "input/output error" of a full mailbox too)
      'unable to switch to',
      'qqt failure',
      'unable to forward message',
      'qq out of memory',
      'qq internal bug',
      'nfs failure in qmail-local',
      'unable to run qmail-local',
      'unable to exec qq',
    ],
    // qmail-local.c and qmail-smtpd.c: the recipient's host could not file the message (its maildir,
    // home directory or .qmail file is broken, or its queue failed): not the mailbox's owner
  },
  {
    id: 'qmail.local-open-failed',
    tier: 'words',
    phrases: ['unable to open'],
    before: ['text.mta-queue-timeout', 'text.expired'],
    // qmail-local.c mailfile(): "Unable to open <mbox>: <errno>. (#4.2.1)" until qmail-send gives up
    // (a quota's words, in mailbox-full, still come first)
  },
  {
    id: 'qmail.remote-session',
    tier: 'broad',
    phrases: ['giving up on'],
    // qmail-remote.c: how far the session got. "<ip> failed on DATA command." and "<ip> failed after I
    // sent the message." only frame the remote's refusal after "Remote host said:" (a bare "554 5.0.0"
    // after them is unknown, not a broken destination): no phrase here. "Giving up on <ip>" follows
    // every permanent refusal: it is kept here only so that it is not read as a queue that expired
  },
  // --- MTA families from source code, third pass (issue 9): Exim (pipe and smtp transports)
  {
    id: 'exim.transport-failures',
    tier: 'fixed',
    phrases: [
      'could mean usage or syntax error',
      'could mean error in input data',
      'could mean input data missing',
      'could mean internal software error',
      'could mean system file missing',
      'could mean input/output error',
      'could mean protocol error',
      'could mean permission denied',
      "could mean can't create output file",
      'could mean service or program unavailable',
      'could mean temporary error',
      'tls support not available',
      'could mean unable to exec or command does not exist',
    ],
    // Exim os.c os_strexit() behind a pipe transport's "Child process ... returned N", and
    // transports/pipe.c, smtp.c: the recipient's delivery program or TLS failed ("does not exist" here
    // is the command, not the address)
  },
  {
    id: 'exim.local-delivery-failed',
    tier: 'words',
    phrases: ['local delivery failed'],
    before: ['text.mta-queue-timeout'],
    // Exim pipe.c's bland cover for any pipe failure: a tier below the fixed rows, so that the
    // agent's own words (return_output) decide when the bounce quotes them; still the failure
    // itself when retry.c appends ": retry timeout exceeded"
  },
  // --- by provider (issue 9, second pass)
  {
    id: 'cn-host.network',
    tier: 'fixed',
    phrases: ['rcpt handle timeout'],
  },
  {
    id: 'zimbra.lmtp-mailstore',
    tier: 'fixed',
    phrases: [
      'server accepts messages only on tls connection',
      'mailbox is not on this server',
      'temporary message delivery failure try again',
    ],
    // Zimbra's LMTP server (its own MTA hands mail to the mailstore): the recipient's system
  },
  // --- Mimecast (issue 9, rules4): the recipient's Mimecast account or MX set-up
  {
    id: 'mimecast.recipient-side',
    tier: 'fixed',
    phrases: ['unable to process an email at this time', 'unable to process command'],
  },
  // --- Sendmail (issue 9, fifth pass): sendmail 8.17 sendmail/*.c, libsm/strexit.c, cf/m4/proto.m4
  {
    id: 'sendmail.unsafe-forward',
    tier: 'fixed',
    phrases: ['cannot mail to files'],
    // recipient.c: the recipient's alias or .forward names a program or file its owner may not
    // use (unknown UID, no valid shell, unsafe path): the recipient's setup, not an unknown user
  },
  {
    id: 'sendmail.include-open',
    tier: 'fixed',
    status: ['5.2.4', '4.2.4'],
    phrases: ['cannot open'],
    // recipient.c include(): a mailing list's :include: file can't be read (X.2.4 list expansion)
  },
  {
    id: 'sendmail.mailfile-open',
    tier: 'fixed',
    status: ['5.3.0', '4.3.0'],
    phrases: ['cannot open'],
    // deliver.c mailfile(): the recipient's mailbox file can't be opened (554 5.3.0 / 454 4.3.0
    // "cannot open %s: %s"), a permission or lock problem on the receiving host
  },
  {
    id: 'sendmail.local-resources',
    tier: 'fixed',
    phrases: ['alias line too long', 'reply: read error'],
    // alias.c (a broken aliases file) and collect.c (452 4.3.1, the receiving host's queue disk
    // is full): the receiving system, not the message's lines or the recipient's mailbox; usersmtp.c
    // "451 4.4.1 reply: read error from <host>": the receiving host dropped the session
  },
  {
    id: 'sendmail.dns-temporary',
    tier: 'fixed',
    phrases: ['mx lookup failure for', 'can not check mx records'],
    // cf/m4/proto.m4 (<TEMP> from the MX lookup, 450 4.1.2 / 4.4.0) and domain.c (a CNAME loop):
    // the recipient's DNS did not answer cleanly, not a domain that does not exist
  },
  {
    id: 'sendmail.tls-policy',
    tier: 'fixed',
    phrases: ['dane check failed'],
    // cf/m4/proto.m4 tls_server / MTA-STS rulesets: the destination's DANE or MTA-STS check failed
  },
  {
    id: 'sendmail.exit-cantcreat',
    tier: 'fixed',
    phrases: ["can't create output"],
    // libsm/strexit.c: EX_CANTCREAT (73), the text of "X-Unix; 73" (sysexits.system)
  },
  // --- Sophos Central Email: the recipient's licence expired, its domain is not set up there
  // --- Facebook mail: the recipient is not available for now (an internal issue)
  {
    id: 'facebook.rcp-t1',
    tier: 'provider',
    phrases: ['rcp-t1'],
    hosts: ['facebook.com'],
  },
  // --- Momentum / Ecelerity (Message Systems, SparkPost): the sending MTA's own [internal] results
  {
    id: 'momentum.remote-unusable',
    tier: 'fixed',
    phrases: ['no mxs for this domain could be reached'],
  },
  {
    // sisimai's reason list: the receiving side's DNS or host failing.
    id: 'sisimai.systemerror',
    tier: 'fixed',
    phrases: ['malformed name server reply', 'temporary local problem'],
  },
  {
    // Gmail: Google's own side failed for now; a retry gets through
    id: 'gmail.temporary-system-problem',
    tier: 'provider',
    phrases: ['temporary system problem', 'mail server temporarily rejected message'],
    hosts: ['google.com', 'gmail.com', 'googlemail.com'],
  },
  {
    // Facebook's own servers have too many connections open
    id: 'facebook.con-t1',
    tier: 'provider',
    phrases: ['con-t1'],
    hosts: ['facebook.com'],
  },
  {
    // the receiving system failed or is misconfigured: DNS, disk, a delivery program, qmail's locals, amavis' next hop, Exim's forbidden file/pipe delivery, Courier's broken-DNS domain
    id: 'sisimai.lhost-system',
    tier: 'fixed',
    phrases: [
      'bad dns lookup error code',
      'not enough free space',
      'temporary mta failure on relaying',
      'unable to relay message back to mta',
    ],
  },
  {
    // amavisd-new's 'id=%n - Rejected by next-hop MTA on relaying' (%smtp_reason_by_ccat, CC_MTA,2):
    // the next hop refused, and its own reply, quoted after "from MTA(...):", says why
    id: 'amavis.next-hop-refused',
    tier: 'broad',
    phrases: ['rejected by next-hop mta on relaying'],
  },
  {
    id: 'parsers.recipient-system',
    tier: 'words',
    phrases: ['temporary lookup failure', 'system load is too high', 'too much load'],
    // the receiving server's own trouble: its lookup tables (Postfix) or its load
  },
  {
    id: 'parsers.delivery-suspended',
    tier: 'broad',
    phrases: ['delivery temporarily suspended'],
    // Postfix's queue manager marks a dead destination so; the reason after it decides when it has words
  },
  {
    id: 'bounce-email.recipient-system',
    tier: 'fixed',
    phrases: ['connection was dropped by remote host'],
    // Gmail's "Technical details of ... failure" when the recipient's servers would not talk
  },
  {
    // the local delivery program failed (sisimai: mailererror); specific words win
    id: 'sisimai5.mailer-program',
    tier: 'broad',
    phrases: ['x-unix', 'command failed', 'bin/procmail'],
  },
  {
    // qmail-ldap: the receiving system's own directory or home-directory setup failed
    id: 'qmail-ldap.lookup-errors',
    tier: 'fixed',
    phrases: ['into ldap server'],
  },
  // --- policy daemons, filters and mailbox stores behind the MTA (issue 9, policy)
  {
    id: 'opendkim.internal-error',
    tier: 'fixed',
    phrases: ['internal dkim error'],
    // the receiving side's DKIM milter failed, not the signature
  },
  {
    id: 'mimedefang.tempfail-default',
    tier: 'fixed',
    status: ['4.3.0', '4.3.2'],
    phrases: ['please try again later'],
    // a milter's tempfail without text (MIMEDefang's default, Sendmail's MSG_TEMPFAIL): the filter is busy or failing
  },
  {
    id: 'cyrus.mailbox-badformat',
    tier: 'fixed',
    phrases: ['mailbox has an invalid format'],
  },
  {
    id: 'postfix.defer-all',
    tier: 'fixed',
    phrases: ['address rejected: try again later', 'host rejected: try again later'],
    // Postfix's defer (defer_all) restriction: the receiving side holds all mail for now
  },
  {
    id: 'maildrop.timeout-quota',
    tier: 'fixed',
    phrases: ['timeout quota exceeded'],
    // maildrop's time limit for one delivery, not a mailbox quota
  },
  // --- session 9
  {
    id: 'sendmail.dnsbl-lookup-failure',
    tier: 'fixed',
    phrases: ['temporary lookup failure of', 'rbl lookup error'],
    // FEATURE(dnsbl)'s temporary answer: the blocklist lookup itself failed, the IP is not listed; so
    // rblsmtpd's and qmail-smtpd's (sagredo's RBL patch) "451 temporary RBL lookup error" when run
    // fail-closed (-c, control/dnsblfailclosed): not "rbl" as a listing
  },
  {
    // Cox: its own servers cannot take mail for now
    id: 'cox.server-unavailable',
    tier: 'provider',
    hosts: ['cox.net'],
    phrases: ['esmtp server temporarily not available'],
  },
  // SmarterMail gave up connecting to the recipient's server
  {
    id: 'smartermail.connect-attempts',
    tier: 'fixed',
    phrases: [
      'attempts to connect to recipients mail server',
      'failed all attempts to connect to the recipients mail server',
    ],
  },
  { id: 'postal.no-smtp-servers', tier: 'fixed', phrases: ['no smtp servers were available for'] },
  { id: 'cyrus.mailbox-reserved', tier: 'fixed', phrases: ['mailbox is currently reserved'] },
  { id: 'spamhaus.resolver-refused', tier: 'provider', phrases: ['error: open resolver'] },
  {
    id: 'mta.server-storage',
    tier: 'fixed',
    phrases: [
      'try again later, insufficient storage',
      'insufficient disk space; try again later',
      'content filter timeout',
    ],
  },
  // A reply-by-email application's address that cannot take messages for now (app-rejection.ts;
  // Odoo sends it when the alias is misconfigured): its admin mends it
  { id: 'app.address-unavailable', tier: 'fixed', phrases: ['please try again later or contact'] },
]);
