// What the policy daemons, milters, filters and delivery agents behind an MTA write, as the MTA
// quotes it in a bounce, and the category each must get. Each family's wording is taken from its
// source code (named per family, non-test files only); the addresses and hosts around it are invented.
// A Postfix policy reply (DEFER_IF_PERMIT, 4xx/5xx text) is quoted by smtpd_check.c as
// "<reply> <status> <addr>: Recipient address rejected: <text>" (or Sender/Client/Helo by stage).
import { categoryOfLine, type LineRow } from './rule-lines';

const FAMILIES: Record<string, { source: string; rows: LineRow[] }> = {
  'Greylisting: postgrey, sqlgrey, milter-greylist, gld': {
    source:
      'schweikert/postgrey postgrey (greylist_text, DEFER_IF_PERMIT); mmatuska/sqlgrey sqlgrey (reject_text, connect_src_throttle); ryoqun/milter-greylist milter-greylist.c (log_and_report_greylisting); gld 1.7 (Salim Gasmi) cnf.c, server.c',
    rows: [
      [
        '450 4.2.0 <bob@example.org>: Recipient address rejected: Greylisted, see http://postgrey.schweikert.ch/help/example.org.html',
        '4.2.0',
        'rate-limited',
      ],
      [
        '450 4.7.1 <bob@example.org>: Recipient address rejected: Greylisted, see http://postgrey.schweikert.ch/help/example.org.html',
        '4.7.1',
        'rate-limited',
      ],
      [
        '450 4.7.1 <bob@example.org>: Recipient address rejected: Greylisted for 5 minutes',
        '4.7.1',
        'rate-limited',
      ],
      [
        '450 4.7.1 <bob@example.org>: Recipient address rejected: Greylisted for 5 minutes (7)',
        '4.7.1',
        'rate-limited',
      ],
      [
        '450 4.7.1 <bob@example.org>: Recipient address rejected: Throttling too many connections from new source -  Try again later.',
        '4.7.1',
        'rate-limited',
      ],
      ['451 4.7.1 Greylisting in action, please come back in 00:29:17', '4.7.1', 'rate-limited'],
      ['451 4.7.1 Greylisting in action, please come back later', '4.7.1', 'rate-limited'],
      // gld 1.7 (cnf.c: the default message "Greylisted"; server.c: action=defer_if_permit)
      ['450 4.7.1 <bob@example.org>: Recipient address rejected: Greylisted', '4.7.1', 'rate-limited'],
    ],
  },
  "iRedAPD (iRedMail's policy server), its replies as Postfix writes them": {
    source: 'iRedAPD 3.4 libs/__init__.py SMTP_ACTIONS (github.com/iredmail/iRedAPD)',
    rows: [
      [
        '554 5.7.1 <bob@example.org>: Recipient address rejected: Policy rejection',
        '5.7.1',
        'recipient-policy',
      ],
      [
        '554 5.7.1 <bob@example.org>: Recipient address rejected: Not authorized',
        '5.7.1',
        'recipient-policy',
      ],
      [
        '554 5.7.1 <bob@example.org>: Recipient address rejected: Sender is not same as SMTP authenticate username',
        '5.7.1',
        'sender-blocked',
      ],
      [
        '554 5.7.1 <bob@example.org>: Recipient address rejected: SMTP AUTH is required for users under this sender domain',
        '5.7.1',
        'sender-blocked',
      ],
      [
        '554 5.7.1 <bob@example.org>: Recipient address rejected: Message size exceed (maybe caused by big attachment file)',
        '5.7.1',
        'message-too-large',
      ],
      [
        '554 5.7.1 <bob@example.org>: Recipient address rejected: Blacklisted reverse DNS name of server IP address',
        '5.7.1',
        'sender-infrastructure',
      ],
      [
        '554 5.7.1 <bob@example.org>: Recipient address rejected: Server IP address has bad reputation. FYI: https://www.senderscore.org/lookup.php?lookup=192.0.2.1',
        '5.7.1',
        'reputation-block',
      ],
    ],
  },
  'Postfix postscreen': {
    source:
      'vdukhovni/postfix postfix/src/postscreen/postscreen.c, postscreen_early.c (PSC_DNSBL_FORMAT), postscreen_smtpd.c, postscreen_state.c',
    rows: [
      [
        '550 5.7.1 Service unavailable; client [192.0.2.9] blocked using zen.spamhaus.org',
        '5.7.1',
        'reputation-block',
      ],
      [
        '521 5.7.1 Service unavailable; client [192.0.2.9] blocked using b.barracudacentral.org',
        '5.7.1',
        'reputation-block',
      ],
      ['550 5.3.2 Service currently unavailable', '5.3.2', 'reputation-block'],
      ['521 5.3.2 Service currently unavailable', '5.3.2', 'reputation-block'],
      ['450 4.3.2 Service currently unavailable', '4.3.2', 'rate-limited'],
      ['421 4.3.2 Service currently unavailable', '4.3.2', 'rate-limited'],
      ['421 4.7.0 Error: too many connections', '4.7.0', 'rate-limited'],
      ['421 4.3.2 All server ports are busy', '4.3.2', 'recipient-system'],
      ['421 4.3.2 All screening ports are busy', '4.3.2', 'recipient-system'],
      ['421 4.3.2 No system resources', '4.3.2', 'recipient-system'],
      ['521 5.5.1 Protocol error', '5.5.1', 'sender-infrastructure'],
      ['521 5.7.0 Error: I can break rules, too. Goodbye.', '5.7.0', 'sender-infrastructure'],
      ['454 4.7.0 TLS not available due to local problem', '4.7.0', 'recipient-system'],
    ],
  },
  'Postfix smtpd restrictions (smtpd_check.c) and milter defaults': {
    source:
      'vdukhovni/postfix postfix/src/smtpd/smtpd_check.c, src/global/mail_params.h (DEF_DEF_RBL_REPLY), src/milter/milter8.c, src/cleanup/cleanup_milter.c',
    rows: [
      [
        '550 5.1.1 <bob@example.org>: Recipient address rejected: User unknown in relay recipient table',
        '5.1.1',
        'recipient-unknown',
      ],
      [
        '554 5.7.1 Service unavailable; Sender address [a@spam.example] blocked using dbl.spamhaus.org',
        '5.7.1',
        'reputation-block',
      ],
      [
        '554 5.7.1 Service unavailable; Client host [192.0.2.9] blocked using zen.spamhaus.org; https://www.spamhaus.org/query/ip/192.0.2.9',
        '5.7.1',
        'reputation-block',
      ],
      [
        '554 5.7.1 Service unavailable; Helo command [mail.spam.example] blocked using dbl.spamhaus.org',
        '5.7.1',
        'reputation-block',
      ],
      [
        '450 4.4.4 <a@example.net>: Sender address rejected: Unable to look up mail exchanger information: Host not found, try again',
        '4.4.4',
        'sender-infrastructure',
      ],
      [
        '450 4.1.7 <a@example.net>: Sender address rejected: unverified address: host mx.example.net[192.0.2.5] said: 550 5.1.1 <a@example.net>: Recipient address rejected: User unknown in virtual mailbox table',
        '4.1.7',
        'sender-infrastructure',
      ],
      [
        '550 5.1.7 <a@example.net>: Sender address rejected: undeliverable address: host mx.example.net[192.0.2.5] said: 550 5.1.1 User unknown',
        '5.1.7',
        'sender-infrastructure',
      ],
      [
        '450 4.1.1 <bob@example.org>: Recipient address rejected: unverified address: connect to mx.example.org[192.0.2.1]:25: Connection timed out',
        '4.1.1',
        'recipient-system',
      ],
      [
        '550 5.1.1 <bob@example.org>: Recipient address rejected: undeliverable address: host mx.example.org[192.0.2.1] said: 550 5.1.1 <bob@example.org>: User unknown',
        '5.1.1',
        'recipient-unknown',
      ],
      ['554 5.7.1 <a@example.net>: Sender address rejected: Access denied', '5.7.1', 'recipient-policy'],
      ['554 5.7.1 <unknown[192.0.2.9]>: Client host rejected: Access denied', '5.7.1', 'recipient-policy'],
      ['550 5.7.1 Command rejected', '5.7.1', 'recipient-policy'],
      ['554 5.7.1 message content rejected', '5.7.1', 'content-rejected'],
      ['451 4.7.1 Service unavailable - try again later', '4.7.1', 'recipient-system'],
      ['451 4.3.5 Server configuration problem - try again later', '4.3.5', 'recipient-system'],
      [
        '550 5.7.1 <a@example.net>: Data command rejected: Multi-recipient bounce',
        '5.7.1',
        'message-noncompliant',
      ],
      [
        '450 4.1.8 <a@example.net>: Sender address rejected: Domain not found',
        '4.1.8',
        'sender-infrastructure',
      ],
      [
        '450 4.3.2 <bob@example.org>: Recipient address rejected: Try again later',
        '4.3.2',
        'recipient-system',
      ],
    ],
  },
  'SPF policy daemons: pypolicyd-spf (spf-engine), postfix-policyd-spf-perl': {
    source:
      'spf-engine spf_engine/policydspfsupp.py (Reason_Message), spf_engine/__init__.py (_rejectmessage), spf_engine/policyd_spf.py (550 5.7.23/5.7.24); postfix-policyd-spf-perl (DEFER_IF_PERMIT SPF-Result, default_authority_explanation); Mail::SPF::Server default_default_authority_explanation',
    rows: [
      [
        '550 5.7.23 <bob@example.org>: Recipient address rejected: Message rejected due to: SPF fail - not authorized. Please see http://www.openspf.net/Why?s=mfrom;id=a@example.net;ip=192.0.2.9;r=<UNKNOWN>',
        '5.7.23',
        'auth-failed',
      ],
      [
        '550 5.7.1 <bob@example.org>: Recipient address rejected: Message rejected due to: SPF fail - not authorized. Please see http://www.openspf.net/Why?s=mfrom;id=a@example.net;ip=192.0.2.9;r=<UNKNOWN>',
        '5.7.1',
        'auth-failed',
      ],
      [
        '550 5.7.24 <bob@example.org>: Recipient address rejected: Message rejected due to: SPF Permanent Error: Void lookup limit of 2 exceeded. Please see http://www.openspf.net/Why?s=mfrom;id=a@example.net;ip=192.0.2.9;r=<UNKNOWN>',
        '5.7.24',
        'auth-failed',
      ],
      [
        '450 4.7.24 <bob@example.org>: Recipient address rejected: Message deferred due to: SPF Temporary Error: DNS Timeout. Please see http://www.openspf.net/Why?s=mfrom;id=a@example.net;ip=192.0.2.9;r=<UNKNOWN>',
        '4.7.24',
        'auth-failed',
      ],
      [
        '550 5.7.1 <bob@example.org>: Recipient address rejected: Message rejected due to: Receiver policy for SPF Softfail. Please see http://www.openspf.net/Why?s=mfrom;id=a@example.net;ip=192.0.2.9;r=<UNKNOWN>',
        '5.7.1',
        'auth-failed',
      ],
      [
        '550 5.7.1 <bob@example.org>: Recipient address rejected: Please see http://www.openspf.net/Why?s=mfrom;id=a@example.net;ip=192.0.2.9;r=bob@example.org',
        '5.7.1',
        'auth-failed',
      ],
      [
        '550 5.7.1 <bob@example.org>: Recipient address rejected: Please see http://www.openspf.org/Why?s=helo;id=mail.example.net;ip=192.0.2.9;r=mx.example.org',
        '5.7.1',
        'auth-failed',
      ],
      [
        '450 4.7.1 <bob@example.org>: Recipient address rejected: SPF-Result=mx.example.net: DNS error while looking up TXT records',
        '4.7.1',
        'auth-failed',
      ],
    ],
  },
  'DMARC and DKIM milters: OpenDMARC, OpenDKIM': {
    source:
      'trusteddomainproject/OpenDMARC opendmarc/opendmarc.c ("rejected by DMARC policy for %s"), opendmarc.h (DMARC_REJECT_SMTP/ESC); trusteddomainproject/OpenDKIM opendkim/opendkim.c (dkimf_libstatus replytxt, REPDENYTXT)',
    rows: [
      ['550 5.7.1 rejected by DMARC policy for example.net', '5.7.1', 'auth-failed'],
      ['550 5.7.0 bad DKIM signature data', '5.7.0', 'auth-failed'],
      ['550 5.7.0 no DKIM signature data', '5.7.0', 'auth-failed'],
      ['550 5.7.0 DKIM signature processing failed', '5.7.0', 'auth-failed'],
      ['550 5.7.0 DKIM signature syntax error', '5.7.0', 'auth-failed'],
      ['451 4.7.5 DKIM key retrieval failed', '4.7.5', 'auth-failed'],
      ['451 4.7.0 internal DKIM error', '4.7.0', 'recipient-system'],
      ['450 4.7.1 Message deferred for policy reasons', '4.7.1', 'recipient-policy'],
    ],
  },
  'rspamd (milter and proxy replies, its modules)': {
    source:
      'rspamd/rspamd src/libserver/milter_internal.h (RSPAMD_MILTER_REJECT_MESSAGE, _TEMPFAIL_MESSAGE), conf/worker-proxy.inc (reject_message), src/plugins/lua/ratelimit.lua (message_func), src/plugins/lua/greylist.lua, src/plugins/lua/dmarc.lua (Action set by DMARC), lualib/lua_scanners/clamav.lua (default_message), conf/modules.d/mx_check.conf',
    rows: [
      ['554 5.7.1 Spam message rejected', '5.7.1', 'content-rejected'],
      ['550 5.7.1 Spam message rejected', '5.7.1', 'content-rejected'],
      ['451 4.7.1 Ratelimit "to" exceeded', '4.7.1', 'rate-limited'],
      ['451 4.7.1 Ratelimit "bounce_to_ip" exceeded', '4.7.1', 'rate-limited'],
      // the milter's tempfail and its greylist module's default message: rspamd's soft reject
      ['451 4.7.1 Try again later', '4.7.1', 'rate-limited'],
      ['451 4.7.1 Try again later: Fri, 04 Dec 2026 14:25:10 GMT', '4.7.1', 'rate-limited'],
      ['550 5.7.1 Action set by DMARC', '5.7.1', 'auth-failed'],
      ['554 5.7.1 clamav: virus found: "Eicar-Signature"', '5.7.1', 'content-rejected'],
      ['554 5.7.1 sophos: virus found: "EICAR-AV-Test"', '5.7.1', 'content-rejected'],
      ['554 5.7.1 Domain published RFC 7505 Null MX', '5.7.1', 'sender-infrastructure'],
    ],
  },
  'SpamAssassin, ClamAV and MIMEDefang milters': {
    source:
      'andybalholm/spamass-milter spamass-milter.cpp (rejecttext "Blocked by SpamAssassin", 5.7.1, 550); Cisco-Talos/clamav clamav-milter/clamfi.c (action_reject_msg, RejectMsg "%v"), etc/clamav-milter.conf.sample; The-McGrail-Foundation/MIMEDefang mimedefang.c (default reply), mimedefang.pl.in, modules/lib/Mail/MIMEDefang/TLSPolicy.pm',
    rows: [
      ['550 5.7.1 Blocked by SpamAssassin', '5.7.1', 'content-rejected'],
      ['554 5.7.1 Forbidden for policy reasons', '5.7.1', 'recipient-policy'],
      ['451 4.3.0 Please try again later', '4.3.0', 'recipient-system'],
      [
        '554 5.7.1 Message contained too many MIME parts.  We do not accept such complicated messages.',
        '5.7.1',
        'message-noncompliant',
      ],
      ['554 5.7.1 MIME type message/partial not accepted here', '5.7.1', 'message-noncompliant'],
      ['451 4.3.0 Problem running virus-scanner', '4.3.0', 'recipient-system'],
      ['550 5.7.1 Virus found: Eicar-Signature', '5.7.1', 'content-rejected'],
    ],
  },
  'Dovecot LMTP and LDA': {
    source:
      'dovecot/core src/lmtp/lmtp-recipient.c, src/lmtp/lmtp-local.c (lmtp_local_rcpt_reply_overquota), src/lmtp/lmtp-proxy.c, src/lmtp/lmtp-commands.c, src/plugins/quota/quota-settings.c, src/lib-storage/mail-error.h, src/lib-lda/lda-settings.c (rejection_reason)',
    rows: [
      ['452 4.2.2 <bob@example.org> Quota exceeded (mailbox for user is full)', '4.2.2', 'mailbox-full'],
      ['550 5.3.5 <bob@example.org> Login disabled', '5.3.5', 'mailbox-inactive'],
      ['554 5.4.6 <bob@example.org> Proxying appears to be looping (TTL=0)', '5.4.6', 'mail-loop'],
      [
        '451 4.3.0 <bob@example.org> Internal error occurred. Refer to server log for more information.',
        '4.3.0',
        'recipient-system',
      ],
      [
        'Your message to <bob@example.org> was automatically rejected: Quota exceeded (mailbox for user is full)',
        '5.2.2',
        'mailbox-full',
      ],
    ],
  },
  'Cyrus IMAP lmtpd': {
    source: 'cyrusimap/cyrus-imapd imap/lmtp_err.et, imap/imap_err.et, imap/lmtpengine.c (send_lmtp_error)',
    rows: [
      ['550 5.1.1 User unknown', '5.1.1', 'recipient-unknown'],
      [
        '550-Mailbox unknown.  Either there is no mailbox associated with this 550-name or you do not have authorization to see it. 550 5.1.1 User unknown',
        '5.1.1',
        'recipient-unknown',
      ],
      ['452 4.2.2 Over quota SESSIONID=<cyrus-1234-1733330000-1-123456789>', '4.2.2', 'mailbox-full'],
      ['552 5.2.2 Over quota SESSIONID=<cyrus-1234-1733330000-1-123456789>', '5.2.2', 'mailbox-full'],
      ['451 4.2.1 Delivery to mailbox is disabled', '4.2.1', 'mailbox-inactive'],
      // a move between the backends of a Cyrus murder, not the person's address moving: the
      // receiving system's (like 'Mailbox is not on this server')
      ['451 4.2.1 Mailbox has been moved to another server', '4.2.1', 'recipient-system'],
      [
        '550-You do not have permission to post a message to this mailbox. 550-Please contact the owner of this mailbox in order to submit 550-your message, or postmaster if you believe you 550-received this message in error. 550 5.7.1 Permission denied',
        '5.7.1',
        'recipient-policy',
      ],
      ['554 5.6.0 Message contains bare newlines', '5.6.0', 'message-noncompliant'],
      ['554 5.6.0 Message contains invalid header', '5.6.0', 'message-noncompliant'],
      ['554 5.6.0 Message contains NUL characters', '5.6.0', 'message-noncompliant'],
      ['554 5.6.0 Message contains non-ASCII characters in headers', '5.6.0', 'message-noncompliant'],
      ['554 5.6.0 Message has no header/body separator', '5.6.0', 'message-noncompliant'],
      ['451 4.3.1 mail system storage has been exceeded', '4.3.1', 'recipient-system'],
      ['451 4.2.0 Mailbox has an invalid format', '4.2.0', 'recipient-system'],
      ['550 5.7.1 Message refused', '5.7.1', 'recipient-policy'],
    ],
  },
  'Local delivery: procmail, maildrop, sysexits.h via Postfix pipe/local and Sendmail': {
    source:
      'vdukhovni/postfix postfix/src/global/sys_exits.c, src/global/pipe_command.c; deepin-community/sendmail libsm/strexit.c (sm_sysexmsg), sendmail/deliver.c (markfailure: X-Unix diagnostic = exit status); BuGlessRB/procmail src/procmail.c; svarshavchik/courier-libs maildrop/main.C, maildrop/maildir.C',
    rows: [
      // EX_NOUSER (67): Sendmail writes "550 5.1.1 User unknown" and Diagnostic-Code "X-Unix; 67",
      // Postfix "5.1.1 user unknown": the addressee does not exist (sisimai's "mailererror" is not ours)
      ['X-Unix; 67', '5.1.1', 'recipient-unknown'],
      ['user unknown. Command output: Invalid user specified.', '5.1.1', 'recipient-unknown'],
      ['user unknown. Command output: procmail: Unknown user "bob"', '5.1.1', 'recipient-unknown'],
      ['temporary failure. Command output: maildrop: maildir over quota.', '4.3.0', 'mailbox-full'],
      [
        'Command died with status 75: "/usr/bin/maildrop". Command output: maildrop: Timeout quota exceeded.',
        '4.3.0',
        'recipient-system',
      ],
      ["can't create user output file", '5.2.0', 'recipient-system'],
      // dovecot-lda -e: the rejection on stderr and exit EX_NOPERM (src/lda/main.c)
      [
        'permission denied. Command output: Quota exceeded (mailbox for user is full)',
        '5.7.0',
        'mailbox-full',
      ],
      ['local configuration error', '5.3.5', 'recipient-system'],
      ['X-Unix; 75', '4.3.0', 'recipient-system'],
      ['X-Unix; 73', '5.0.0', 'recipient-system'],
    ],
  },
  'Postfix smtpd.c: rate limits (anvil), storage and protocol errors': {
    source: 'vdukhovni/postfix postfix/src/smtpd/smtpd.c (anvil limits, mail_open_stream, smtpd_proto)',
    rows: [
      ['450 4.7.1 Error: too many recipients from 192.0.2.20', '4.7.1', 'rate-limited'],
      ['450 4.7.1 Error: too much mail from 192.0.2.20', '4.7.1', 'rate-limited'],
      ['421 4.7.0 mx.example.org Error: too many connections from 192.0.2.20', '4.7.0', 'rate-limited'],
      ['452 4.3.1 Insufficient system storage', '4.3.1', 'recipient-system'],
      ['552 5.3.4 Message size exceeds file system imposed limit', '5.3.4', 'message-too-large'],
      ['554 5.5.0 Error: SMTP protocol synchronization', '5.5.0', 'sender-infrastructure'],
      ['553 5.6.7 Must declare SMTPUTF8 to send unicode address', '5.6.7', 'message-noncompliant'],
      ['421 4.3.0 mx.example.org Server local data error', '4.3.0', 'recipient-system'],
    ],
  },
  'More daemons: greylistd (Exim), policyd-weight, clamsmtp': {
    source:
      'eurovibes/greylistd program/greylistd-setup-exim4 (the ACL it installs); DavidGoodwin/policyd-weight src/policyd-weight.pl ($REJECTMSG, $MAXDNSBLMSG, $DNSERRMSG, the helo/hostname mismatch, RELAYMSG, DYN_DNS_MSG); beaujean/ClamSMTP-TLS src/clamsmtpd.c, common/smtppass.c',
    rows: [
      [
        '451 192.0.2.20 is not yet authorized to deliver mail from <alice@example.com> to <bob@example.org>. Please try later.',
        null,
        'rate-limited',
      ],
      [
        '550 192.0.2.20 is blacklisted from delivering mail from <alice@example.com> to <bob@example.org>.',
        null,
        'reputation-block',
      ],
      [
        '550 5.7.1 <bob@example.org>: Recipient address rejected: Mail appeared to be SPAM or forged. Ask your Mail/DNS-Administrator to correct HELO and DNS MX settings or to get removed from DNSBLs; MTA helo: localhost, MTA hostname: unknown[192.0.2.20] (helo/hostname mismatch)',
        '5.7.1',
        'reputation-block',
      ],
      [
        '550 5.7.1 <bob@example.org>: Recipient address rejected: Mail appeared to be SPAM or forged. Ask your Mail/DNS-Administrator to correct HELO and DNS MX settings or to get removed from DNSBLs; please relay via your ISP (example.com); Please use DynDNS',
        '5.7.1',
        'reputation-block',
      ],
      [
        '550 5.7.1 <bob@example.org>: Recipient address rejected: Your MTA is listed in too many DNSBLs; check http://www.robtex.com/rbl/192.0.2.20.html',
        '5.7.1',
        'reputation-block',
      ],
      [
        '450 4.7.1 <bob@example.org>: Recipient address rejected: No DNS entries for your MTA, HELO and Domain. Contact YOUR administrator',
        '4.7.1',
        'sender-infrastructure',
      ],
      ['550 Virus Detected; Content Rejected', null, 'content-rejected'],
      ['421 Server busy, too many connections', null, 'rate-limited'],
    ],
  },
  'Sendmail milter defaults (a milter that rejects or defers without text)': {
    source:
      'deepin-community/sendmail sendmail/milter.c (defresponse), sendmail/srvrsmtp.c (MSG_TEMPFAIL, nullserver)',
    rows: [
      // the milter named no reason: only "refused by policy" can be read
      ['550 5.7.1 Command rejected', '5.7.1', 'recipient-policy'],
      ['554 5.7.1 Command rejected', '5.7.1', 'recipient-policy'],
      ['451 4.3.2 Please try again later', '4.3.2', 'recipient-system'],
      ['450 4.3.0 Please try again later.', '4.3.0', 'recipient-system'],
    ],
  },
  "Exim's content scanning (SpamAssassin, rspamd, ClamAV through its ACLs)": {
    source:
      'Exim/exim doc/doc-docbook/spec.xfpt (content scanning: the malware and spam ACL examples), src/src/configure.default (the commented malware ACL)',
    rows: [
      ['550 This message scored 15.3 spam points.', null, 'content-rejected'],
      ['550 This message contains malware (Eicar-Test-Signature)', null, 'content-rejected'],
      ['550 This message contains a virus (Eicar-Test-Signature).', null, 'content-rejected'],
    ],
  },
  'Postfix virtual(8) with the VDA quota patch': {
    source:
      'the VDA patch for Postfix (vda.sf.net; FreeBSD ports mail/postfix211 files/extra-patch-vda: src/global/mail_params.h DEF_VIRT_MAILDIR_LIMIT_MESSAGE, src/virtual/maildir.c); vdukhovni/postfix postfix/src/virtual/mailbox.c ("mail system configuration error")',
    rows: [
      [
        "maildir delivery failed: Sorry, the user's maildir has overdrawn his diskspace quota, please try again later.",
        '5.2.2',
        'mailbox-full',
      ],
      [
        "maildir delivery failed: Sorry, the user's maildir has overdrawn his diskspace quota, please try again later.",
        null,
        'mailbox-full',
      ],
      ['mail system configuration error', '4.3.5', 'recipient-system'],
    ],
  },
};

describe.each(Object.entries(FAMILIES))('%s', (_family, { rows }) => {
  test.each(rows)('%s', (line, status, category) => {
    expect(categoryOfLine(line, status)).toBe(category);
  });
});
