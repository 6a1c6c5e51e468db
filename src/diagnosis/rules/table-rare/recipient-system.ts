// recipient-system: the phrases of its rows (table/recipient-system.ts) that few bounces have, and its rows all of
// whose phrases are such, loaded on demand (rare-phrases.ts says when). Sources and examples are
// in provenance.ts, by row id.
import { rareRows, type RarePhraseMap } from '../rare-phrases';

export const RECIPIENT_SYSTEM_RARE: RarePhraseMap = {
  // Discourse server.en.yml email_reject_unrecognized_error: the forum failed on the message itself
  'app.address-unavailable': ['there was an unrecognized error while processing your email'],
  'exo.4.4.317-untrusted-root': ['untrusted root'],
  'text.mta-system': [
    'interrupted system call',
    'arguments in the recipient was detected as being invalid',
    'local configuration error',
    'mail system configuration error',
    'quota calculation error',
    'creation of maildir failed',
    'vauth_getpw',
    'insufficient privileges to deliver',
    "couldn't create or rename temp file",
    'maildrop: unable to open mailbox',
    'maildrop: temporary authentication failure',
    'invalid home directory permissions',
    'congestion in the message transfer service',
    'cannot be personalized',
    'generellen überlastsituation',
    'router message queue is full',
    'database has been corrupted',
    'currently being replicated or copied',
    'remote system no longer responding',
    'mandatory tls session not started',
    'unable to find primary relay',
    'cannot append message to file',
    'server configuration problem',
    'transport filter process failed',
    'failed repeatedly to write data',
    'world writable directory',
    'group writable file',
    'file creation outside the home directory',
    ': irregular file',
    ': wrong ownership',
    'unable to rewind message',
    'aack, child crashed',
    'unable to run qmail-getpw',
    'cname loop: recipient domain',
    'too many cname records',
    'all mxs returned transient failures',
    'responded with code servfail',
    'corresponds to a local interface',
    'allocated resources exceeded',
    // Forward Email refuses mail to a free-plan domain whose extension needs a paid plan
    // (helpers/get-forwarding-addresses.js: '{address} requires an upgrade to Enhanced Protection at
    // https://forwardemail.net ; Please read .../faq#what-domain-name-extensions-can-be-used-for-free'):
    // the recipient domain's owner must upgrade its forwarding account
    'requires an upgrade to enhanced protection',
  ],
  // Postfix smtp_addr.c "unable to look up host %s: %s" with getaddrinfo's EAI_AGAIN text (4.4.4): the
  // destination's DNS did not answer for now, the name is not known to be missing
  'text.mta-dns-lookup': ['temporary failure in name resolution'],
  'text.recipient-system': [
    // Postfix smtp_tls_policy.c "TLSA lookup error for %s:%u" (4.7.5), Exim transports/smtp.c "DANE
    // error: tlsa lookup %s": the destination's DNSSEC/DANE records cannot be read
    'tlsa lookup',
    // postfwd doc/postfwd3.txt (time-based rules): "action=450 4.7.1 maintenance ongoing, try again later":
    // the receiving side holds mail during its own maintenance window
    'maintenance ongoing',
    'network is unreachable',
    'host is unreachable',
    'command died',
    'configuration error',
    'tls handshake',
    'overloaded',
    "isn't in my control/locals file",
    'server is not responding',
    '连接收件方',
    // gromox data/local_bounce/{gb2312,big5,euc-jp}/BOUNCE_OPERATION_ERROR: "我们的邮件系统出错",
    // "システムエラーがあったため" (the delivering server's own failure, as "system error")
    '邮件系统出错',
    '郵件系統出錯',
    'システムエラー',
  ],
  'sysexits.system': ['critical os file missing'],
  'opensmtpd.destination-errors': [
    'address family mismatch on destination mxs',
    'all routes to destination blocked',
  ],
  'courier.esmtp-connection': [
    'network connection shut down by the remote mail server',
    'disconnected after receiving the starttls command',
    'did not find a suitable mx for a connection',
  ],
  'james.remote-delivery': ['temporary problem looking up mail server for host'],
  'haraka.outbound-and-scanner': [
    'no tls available but required by configuration',
    'host failed tls verification required by configuration',
    'unrecognized response from upstream server',
    'error connecting to virus scanner',
    'virus scanner timed out',
    'virus scanner error',
    'error running virus scanner',
    'spamd scan error',
    'spamd connect timeout',
    'spamd scan timeout',
    'rspamd scan error',
    'rspamd scan timeout',
    'error unpacking archive',
  ],
  'opensmtpd.remote-session': [
    'too many consecutive errors, closing connection',
    'mailing list expansion problem',
  ],
  'postfix.tls-not-offered': ['tls is required, but was not offered by host'],
  'qmail.local-delivery': [
    'first line of .qmail file is blank',
    'unable to chdir to maildir',
    'home directory is writable',
    'home directory is sticky',
    '.qmail file is writable',
    'has prog delivery but has x bit set',
    'unable to stat home directory',
    'file has been locked for 30 seconds straight',
    'qq waitpid surprise',
    'qq crashed',
    'qq unable to read configuration',
    'qq trouble in home directory',
    'qq trouble creating files in queue',
    'qmail-local crashed',
    'trouble reading users/cdb',
    'cname lookup failed temporarily',
  ],
  'qmail.remote-session': ['but greeting failed', 'but connection died'],
  'exim.transport-failures': ['could mean internal operating system error', 'could mean configuration error'],
  'mimecast.recipient-side': ['the incorrect hostname used for inbounds', 'account inbounds disabled'],
  'sendmail.unsafe-forward': [
    'cannot mail to programs',
    'valid shell for mailing to programs',
    'valid shell for mailing to files',
    'unsafe for mailing to programs',
    'unsafe for mailing to files',
  ],
  'sendmail.local-resources': ['out of disk space for temp file'],
  'sendmail.dns-temporary': ['dns failure: cname loop'],
  'sendmail.tls-policy': ['sts lookup temp fail', 'not listed in sans'],
  'momentum.remote-unusable': ['starttls required but not advertised', 'private/loopback address'],
  'sisimai.lhost-system': [
    'bad interpreter',
    "although i'm listed as a best-preference mx or a for that host",
    'delivery to file forbidden',
    'delivery to pipe forbidden',
    "this domain's dns violates rfc 1035",
  ],
  'bounce-email.recipient-system': ['could not initiate smtp conversation'],
  'sisimai5.mailer-program': ['bin/maildrop'],
  'qmail-ldap.lookup-errors': ['homedir creator', 'ldap attribute', 'needs to be unique'],
  'spamhaus.resolver-refused': ['spamhaus.org/returnc/', 'exceeding the query limit', 'uribl.com/refused'],
  'mta.server-storage': ['mandated tls security mode not available'],
  'cn-host.network': ['网络异常'],
};

// Rows every phrase of which is rare: each ships whole here, after the row it follows in
// table/recipient-system.ts.
export const RECIPIENT_SYSTEM_RARE_ROWS = rareRows('recipient-system', [
  {
    id: 'exchange-ims.00010256-too-many-recipients',
    after: 'exo.5.7.510-no-ipv6',
    tier: 'provider',
    phrases: ['(00010256)'],
    // a recipient limit inside the receiving Exchange 5.5 site's own connector
  },
  {
    id: 'exchange-ims.000d06b5-no-proxy',
    after: 'exchange-ims.00010256-too-many-recipients',
    tier: 'provider',
    phrases: ['(000d06b5)'],
  },
  {
    // Spectrum can't process the message now, or takes no IPv6 connection
    id: 'spectrum.system',
    after: 'sisimai.systemerror',
    tier: 'provider',
    phrases: ['1090', '1260'],
    also: ['aup#'],
    hosts: ['charter.net', 'spectrum.net', 'rr.com', 'twc.com'],
  },
  {
    id: 'vade.oxsus-backend',
    after: 'spamhaus.resolver-refused',
    tier: 'provider',
    phrases: ['oxsus0001_102'],
  },
  {
    // Microsoft Learn "Mail flow intelligence in EOP": "450 4.4.318 Connection was closed abruptly"
    // (the destination's server, firewall or network dropped the session): not a closed mailbox
    id: 'exo.4.4.318-connection-closed-abruptly',
    after: 'exo.4.4.312-dns-query-failed',
    tier: 'provider',
    status: ['4.4.318', '5.4.318'],
    phrases: ['closed abruptly'],
  },
  {
    // Exim transports/smtp.c: "some host address lookups failed and retry time not reached for other
    // hosts or connection limit reached": the destination's hosts, not a rate (its tail names a limit)
    id: 'exim.host-lookups-and-retry',
    after: 'opensmtpd.destination-errors',
    tier: 'fixed',
    phrases: ['some host address lookups failed'],
  },
  // PowerMTA's own category of the reply (X-PowerMTA-BounceCategory, format-helpers/delivery-status.ts):
  // below the server's specific words, above a bare registry code.
  {
    id: 'powermta.host-and-routing',
    after: 'cox.server-unavailable',
    tier: 'code',
    phrases: [
      'powermta bounce category: no-answer-from-host',
      'powermta bounce category: bad-connection',
      'powermta bounce category: routing-errors',
      'powermta bounce category: bad-configuration',
    ],
  },
  {
    id: 'exo.4.4.4-no-mail-enabled-subscriptions',
    after: 'exo.5.7.510-no-ipv6',
    tier: 'provider',
    phrases: ['no mail-enabled subscriptions'],
    // the recipient domain sits in a Microsoft 365 tenant without any Exchange Online license
  },
  {
    id: 'exchange.resolver-adr-unresolvable',
    after: 'exo.4.4.4-no-mail-enabled-subscriptions',
    tier: 'provider',
    phrases: ['resolver.adr.invalidinsmtp', 'resolver.adr.ambiguous'],
    // the recipient's directory entry has no usable SMTP address, or several entries share it
  },
  {
    // RFC 3463 X.1.4's own words, which Exchange writes for two directory objects sharing the
    // address: the recipient organization's directory to fix (Exchange sends 5.1.4 NDRs to its
    // administrators by default), not a typo of the sender's
    id: 'exchange.5.1.4-address-ambiguous',
    after: 'exchange.resolver-adr-unresolvable',
    tier: 'fixed',
    phrases: ['destination mailbox address ambiguous'],
  },
  {
    id: 'exchange.resolver-adr-badprimary',
    after: 'exchange.5.1.4-address-ambiguous',
    tier: 'provider',
    phrases: ['resolver.adr.badprimary'],
  },
  {
    id: 'exchange.smtpsend-dns-mxloopback',
    after: 'exchange.resolver-adr-badprimary',
    tier: 'provider',
    phrases: ['smtpsend.dns.mxloopback'],
  },
  {
    // Exchange transport's own misconfiguration replies (AckReason): no connector, broken DNS data, a
    // mail contact or moderated group set up wrong; their words ("unroutable") mislead the text rows
    id: 'exchange.transport-misconfigured',
    after: 'exchange.smtpsend-dns-mxloopback',
    tier: 'provider',
    phrases: [
      'routing.noconnectorforaddresstype',
      'smtpsend.dns.invaliddata',
      'resolver.con.unencaptarget',
      'resolver.con.chaindisabled',
      'resolver.con.chaininvalid',
      'resolver.con.invalidtarget',
      'resolver.con.notarget',
      'resolver.mt.noarbitrationaddress',
      'resolver.mt.nomoderatoraddresses',
      'approval.invalidexpiry',
    ],
  },
  {
    id: 'courier.filters-and-local-setup',
    after: 'opensmtpd.destination-errors',
    tier: 'fixed',
    phrases: [
      'out of memory when processing mail filters',
      'mail filters temporarily unavailable',
      'invalid homedir or maildir for',
    ],
    // Courier cdfilters.C (432) and module.local: the receiving server's filters or mailbox setup failed
  },
  {
    id: 'postfix.mail-transport',
    after: 'postfix.local-mailbox',
    tier: 'fixed',
    owner: 'provider',
    phrases: ['unknown mail transport error', 'mail transport unavailable'],
    // Postfix qmgr/qmgr_deliver.c and global/deliver_pass.c (4.3.0): a delivery agent of the server
    // that wrote the report crashed or is not configured (master.cf, content filter): that server's
    // own fault, not the recipient's domain; whoever runs it must fix it
  },
  {
    id: 'sophos.xgemail-system',
    after: 'sendmail.exit-cantcreat',
    tier: 'provider',
    phrases: ['xgemail_0007', 'xgemail_0010'],
  },
  {
    id: 'mimedefang.virus-scanner-problem',
    after: 'mimedefang.tempfail-default',
    tier: 'fixed',
    phrases: ['problem running virus-scanner'],
  },
  {
    // EarthLink (Vade's postmaster pages): ELNK_103, "The server is temporarily unavailable", its
    // own MX, whatever "4.2.1" says in the registry
    id: 'earthlink.server-unavailable',
    after: 'cox.server-unavailable',
    tier: 'provider',
    phrases: ['elnk_103'],
  },
  {
    id: 'exim.space-shortage',
    after: 'postal.no-smtp-servers',
    tier: 'fixed',
    phrases: ['space shortage, please try later'],
  },
  {
    id: 'zmailer.bounce-forms',
    after: 'mta.server-storage',
    tier: 'fixed',
    phrases: ['could not be expanded properly'],
  },
  {
    // Mailu's rspamd soft reject while its scanners are down (force_actions.conf ANTIVIRUS_FAILED): the
    // receiving side's own scanner is not ready; nothing in the message was judged
    id: 'mailu.scanner-not-ready',
    after: 'zmailer.bounce-forms',
    tier: 'fixed',
    phrases: ['oletools not ready'],
  },
  {
    // amavisd-new: check_mail died in one of its sections ("451 4.5.0 Error in processing, id=%n,
    // virus_scan FAILED: ALL VIRUS SCANNERS FAILED"): the receiving gateway's own scanners are down
    // or broken; nothing in the message was judged, whatever "virus" says
    id: 'amavis.processing-error',
    after: 'mailu.scanner-not-ready',
    tier: 'fixed',
    phrases: ['all virus scanners failed', 'no virus scanners available'],
  },
  {
    // Postfix local(8): the recipient's alias or .forward names a file or a command that the
    // receiving host's allow_mail_to_files / allow_mail_to_commands forbid, or an executable file:
    // the recipient's setup, whoever sends (its "5.7.1" is no refusal of the sender)
    id: 'postfix.local-delivery-restricted',
    after: 'sendmail.unsafe-forward',
    tier: 'fixed',
    phrases: ['mail to file is restricted', 'mail to command is restricted', 'file is executable'],
  },
]);
