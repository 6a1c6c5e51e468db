// Variants of what Postfix policy servers, milters and distributions' default MTA configurations reply when
// they refuse or hold mail, in whole bounces and delay notices as Postfix, Exim or sendmail return them:
// policyd-weight, PolicyD v2 (cluebringer), sqlgrey, milter-greylist, OpenDKIM, OpenDMARC, postfwd, Exim's
// configure.default and Debian's exim4-config ACLs, and Postfix's own smtpd_check.c restrictions. A policy
// server's text reaches the client after Postfix's "<address>: Recipient address rejected: " (REJECT: 554
// 5.7.1, DEFER_IF_PERMIT: 450 4.7.1, a numeric action: its own code); a milter's reply is sent as it is.
// Fixtures: test/fixtures/variants/policy-daemons. The comment above each row names the source.
import { checkFixture, delayCases, delayedRecipient, variantCases, type FixtureCase } from './fixture-cases';

const c = variantCases('policy-daemons/');
const delay = delayCases('policy-daemons/');

const CASES: FixtureCase[] = [
  // DavidGoodwin/policyd-weight src/policyd-weight.pl: $REJECTMSG "550 Mail appeared to be SPAM or forged.
  // Ask your Mail/DNS-Administrator to correct HELO and DNS MX settings or to get removed from DNSBLs" with
  // $RHSBLMSG "; in <list>"
  c('01-postfix-policyd-weight-appeared-to-be-spam-or-forged.eml', 'bounce', 'postfix', [
    'bob@example.net',
    '5.7.1',
    'reputation-block',
    'sender-admin',
  ]),
  // DavidGoodwin/policyd-weight src/policyd-weight.pl: $REJECTMSG + "; MTA helo: <helo>, MTA hostname:
  // <name>[<ip>] (helo/hostname mismatch)" (the HELO was not OK)
  c('02-exim-policyd-weight-helo-hostname-mismatch.eml', 'bounce', 'exim', [
    'carl@example.net',
    '5.7.1',
    'reputation-block',
    'sender-admin',
  ]),
  // DavidGoodwin/policyd-weight src/policyd-weight.pl: $MAXDNSBLMSG "550 Your MTA is listed in too many
  // DNSBLs" + "; check http://www.robtex.com/rbl/$ip.html"
  c('03-postfix-policyd-weight-listed-in-too-many-dnsbls.eml', 'bounce', 'postfix', [
    'dora@example.net',
    '5.7.1',
    'reputation-block',
    'sender-admin',
  ]),
  // DavidGoodwin/policyd-weight src/policyd-weight.pl: $REJECTMSG with its code replaced by $DEFER_ACTION
  // "450" (score below $DEFER_LEVEL)
  delay(
    '04-postfix-delay-policyd-weight-450-appeared-to-be-spam.eml',
    'postfix',
    delayedRecipient('eli@example.net', '4.7.1', 'reputation-block', 'sender-admin'),
  ),
  // DavidGoodwin/policyd-weight src/policyd-weight.pl: $DNSERRMSG "450 No DNS entries for your MTA, HELO and
  // Domain. Contact YOUR administrator" + " Your HELO: <helo>, IP: <ip>"
  delay(
    '05-exim-delay-policyd-weight-no-dns-entries.eml',
    'exim',
    delayedRecipient('fay@example.net', '4.7.1', 'sender-infrastructure', 'sender-admin'),
  ),
  // hummermania/policyd (PolicyD v2 "cluebringer") cbp/modules/Greylisting.pm: PROTO_DEFER "451 4.7.1 " .
  // defer_message "Greylisting in effect, please come back later"
  delay(
    '06-postfix-delay-cbpolicyd-greylisting-in-effect.eml',
    'postfix',
    delayedRecipient('gus@example.net', '4.7.1', 'rate-limited', 'sender-admin'),
  ),
  // hummermania/policyd cbp/modules/Greylisting.pm: PROTO_REJECT blacklist_message "Greylisting in effect,
  // sending server blacklisted" (its auto-blacklist of the sending IP)
  c('07-postfix-cbpolicyd-greylisting-sending-server-blacklisted.eml', 'bounce', 'postfix', [
    'hal@example.net',
    '5.7.1',
    'reputation-block',
    'sender-admin',
  ]),
  // hummermania/policyd cbp/modules/CheckHelo.pm: "Invalid HELO/EHLO; Cannot resolve '<helo>', no such
  // domain" (RejectUnresolvable, NXDOMAIN)
  c('08-exim-cbpolicyd-invalid-helo-no-such-domain.eml', 'bounce', 'exim', [
    'ida@example.net',
    '5.7.1',
    'sender-infrastructure',
    'sender-admin',
  ]),
  // hummermania/policyd cbp/modules/CheckHelo.pm: "Invalid HELO/EHLO; Must be a FQDN or an address literal,
  // not '<helo>'"
  c('09-sendmail-cbpolicyd-invalid-helo-must-be-fqdn.eml', 'bounce', 'sendmail', [
    'jon@example.net',
    '5.7.1',
    'sender-infrastructure',
    'sender-admin',
  ]),
  // hummermania/policyd cbp/modules/CheckHelo.pm: "Invalid HELO/EHLO; No A or MX records found for '<helo>'"
  c('10-postfix-cbpolicyd-invalid-helo-no-a-or-mx.eml', 'bounce', 'postfix', [
    'kim@example.net',
    '5.7.1',
    'sender-infrastructure',
    'sender-admin',
  ]),
  // hummermania/policyd cbp/modules/CheckHelo.pm: "Invalid HELO/EHLO; HRP limit exceeded" (HELO randomization
  // prevention: too many HELO names from one IP)
  c('11-postfix-cbpolicyd-invalid-helo-hrp-limit-exceeded.eml', 'bounce', 'postfix', [
    'lea@example.net',
    '5.7.1',
    'sender-infrastructure',
    'sender-admin',
  ]),
  // hummermania/policyd cbp/modules/CheckSPF.pm: "Failed SPF check; $reason" ($reason: Mail::SPF
  // authority_explanation; local_explanation with its first ":" made ",")
  c('12-postfix-cbpolicyd-failed-spf-check.eml', 'bounce', 'postfix', [
    'max@example.net',
    '5.7.1',
    'auth-failed',
    'sender-admin',
  ]),
  // mmatuska/sqlgrey sqlgrey: $reject_text = reject_early . " Greylisted for " . reconnect_delay . " minutes"
  // (reject_early defaults to defer_if_permit: Postfix 450 4.7.1)
  delay(
    '13-postfix-delay-sqlgrey-greylisted-for-5-minutes.eml',
    'postfix',
    delayedRecipient('ned@example.net', '4.7.1', 'rate-limited', 'sender-admin'),
  ),
  // mmatuska/sqlgrey sqlgrey: reject_first . " Throttling too many connections from new source - " . " Try
  // again later." (connect_src_throttle)
  delay(
    '14-exim-delay-sqlgrey-throttling-too-many-connections.eml',
    'exim',
    delayedRecipient('ola@example.net', '4.7.1', 'rate-limited', 'sender-admin'),
  ),
  // ryoqun/milter-greylist milter-greylist.c: code "451", ecode "4.7.1", "Greylisting in action, please come
  // back in %R" (%R: remaining time as hh:mm:ss)
  delay(
    '15-postfix-delay-milter-greylist-come-back-in.eml',
    'postfix',
    delayedRecipient('pia@example.net', '4.7.1', 'rate-limited', 'sender-admin'),
  ),
  // ryoqun/milter-greylist milter-greylist.c: 451 4.7.1 "Greylisting in action, please come back later"
  // (quiet mode)
  delay(
    '16-exim-delay-milter-greylist-come-back-later-two-rcpts.eml',
    'exim',
    delayedRecipient('quin@example.net', '4.7.1', 'rate-limited', 'sender-admin'),
    delayedRecipient('rosa@example.net', '4.7.1', 'rate-limited', 'sender-admin'),
  ),
  // ryoqun/milter-greylist milter-greylist.c: a blacklist ACL's default reply code "551", ecode "5.7.1", msg
  // "Go away!"
  c('17-postfix-milter-greylist-go-away.eml', 'bounce', 'postfix', [
    'sam@example.net',
    '5.7.1',
    'recipient-policy',
    'recipient-admin',
  ]),
  // trusteddomainproject/OpenDKIM opendkim/opendkim.c dkimf_libstatus: DKIM_STAT_BADSIG replytxt "bad DKIM
  // signature data", SMFIS_REJECT "550" "5.7.0"
  c('18-postfix-opendkim-bad-dkim-signature-data.eml', 'bounce', 'postfix', [
    'tia@example.net',
    '5.7.0',
    'auth-failed',
    'sender-admin',
  ]),
  // trusteddomainproject/OpenDKIM opendkim/opendkim.c dkimf_libstatus: DKIM_STAT_NOSIG replytxt "no DKIM
  // signature data", 550 5.7.0
  c('19-sendmail-opendkim-no-dkim-signature-data.eml', 'bounce', 'sendmail', [
    'uma@example.net',
    '5.7.0',
    'auth-failed',
    'sender-admin',
  ]),
  // trusteddomainproject/OpenDKIM opendkim/opendkim.c dkimf_libstatus: DKIM_STAT_KEYFAIL replytxt "DKIM key
  // retrieval failed", SMFIS_TEMPFAIL "451" "4.7.5"
  delay(
    '20-postfix-delay-opendkim-key-retrieval-failed.eml',
    'postfix',
    delayedRecipient('vic@example.net', '4.7.5', 'auth-failed', 'sender-admin'),
  ),
  // trusteddomainproject/OpenDKIM opendkim/opendkim.c dkimf_libstatus: DKIM_STAT_CANTVRFY replytxt "DKIM
  // signature processing failed", 550 5.7.0
  c('21-exim-opendkim-signature-processing-failed.eml', 'bounce', 'exim', [
    'wes@example.net',
    '5.7.0',
    'auth-failed',
    'sender-admin',
  ]),
  // trusteddomainproject/OpenDKIM opendkim/opendkim.c dkimf_libstatus: DKIM_STAT_SYNTAX replytxt "DKIM
  // signature syntax error", 550 5.7.0
  c('22-postfix-opendkim-signature-syntax-error.eml', 'bounce', 'postfix', [
    'xia@example.net',
    '5.7.0',
    'auth-failed',
    'sender-admin',
  ]),
  // trusteddomainproject/OpenDMARC opendmarc/opendmarc.c: "rejected by DMARC policy for %s" with
  // DMARC_REJECT_SMTP "550", DMARC_REJECT_ESC "5.7.1" (opendmarc.h)
  c('23-postfix-opendmarc-rejected-by-dmarc-policy.eml', 'bounce', 'postfix', [
    'yan@example.net',
    '5.7.1',
    'auth-failed',
    'sender-admin',
  ]),
  // trusteddomainproject/OpenDMARC opendmarc/opendmarc.c: "rejected by DMARC policy for %s", 550 5.7.1, at
  // end of data for every recipient
  c(
    '24-exim-opendmarc-rejected-by-dmarc-policy-two-rcpts.eml',
    'bounce',
    'exim',
    ['zed@example.net', '5.7.1', 'auth-failed', 'sender-admin'],
    ['amy@example.net', '5.7.1', 'auth-failed', 'sender-admin'],
  ),
  // postfwd/postfwd doc/postfwd3.txt: "action=rcpt(client_address/3/3600/450 4.7.1 sorry, max 3 recipients
  // per hour)"
  delay(
    '25-postfix-delay-postfwd-max-3-recipients-per-hour.eml',
    'postfix',
    delayedRecipient('ben@example.net', '4.7.1', 'rate-limited', 'sender-admin'),
  ),
  // postfwd/postfwd doc/postfwd3.txt: "action=554 5.7.1 blocked using $$HIT_rbls RBLs [INFO: $$HIT_txt]"
  c('26-postfix-postfwd-blocked-using-rbls.eml', 'bounce', 'postfix', [
    'cat@example.net',
    '5.7.1',
    'reputation-block',
    'sender-admin',
  ]),
  // postfwd/postfwd doc/postfwd3.txt: "action=REJECT listed on zen.spamhaus.org"
  c('27-exim-postfwd-listed-on-zen.eml', 'bounce', 'exim', [
    'dan@example.net',
    '5.7.1',
    'reputation-block',
    'sender-admin',
  ]),
  // postfwd/postfwd doc/postfwd3.txt: "id=R-HELO ; helo_name=^[^\.]+$ ; action=REJECT invalid helo
  // '$$helo_name'"
  c('28-postfix-postfwd-invalid-helo.eml', 'bounce', 'postfix', [
    'eve@example.net',
    '5.7.1',
    'sender-infrastructure',
    'sender-admin',
  ]),
  // postfwd/postfwd doc/postfwd3.txt: "&&GOAWAY ; action=REJECT dynamic client and listed on RBL"
  c('29-sendmail-postfwd-dynamic-client-and-listed-on-rbl.eml', 'bounce', 'sendmail', [
    'fox@example.net',
    '5.7.1',
    'reputation-block',
    'sender-admin',
  ]),
  // postfwd/postfwd doc/postfwd3.txt: "time=04:00:00-05:00:00 ; action=450 4.7.1 maintenance ongoing, try
  // again later"
  delay(
    '30-postfix-delay-postfwd-maintenance-ongoing.eml',
    'postfix',
    delayedRecipient('gil@example.net', '4.7.1', 'recipient-system', 'recipient-admin'),
  ),
  // Exim src/src/configure.default (and Debian exim4-config's commented example): "message = rejected because
  // $sender_host_address is in a black list at $dnslist_domain\n$dnslist_text"
  c('31-postfix-exim-default-black-list.eml', 'bounce', 'postfix', [
    'hugo@example.net',
    '5.0.0',
    'reputation-block',
    'sender-admin',
  ]),
  // Debian exim4-config conf.d/acl/30_exim4-config_check_rcpt (and Exim configure.default): "require message
  // = relay not permitted"
  c('32-sendmail-exim4-config-relay-not-permitted.eml', 'bounce', 'sendmail', [
    'ines@example.net',
    '5.0.0',
    'relay-denied',
    'sender-admin',
  ]),
  // Debian exim4-config conf.d/acl/30_exim4-config_check_rcpt: "require condition = ${if
  // def:sender_helo_name} message = nice hosts say HELO first"
  c('33-postfix-exim4-config-nice-hosts-say-helo-first.eml', 'bounce', 'postfix', [
    'jack@example.net',
    '5.0.0',
    'sender-infrastructure',
    'sender-admin',
  ]),
  // Debian exim4-config conf.d/acl/30_exim4-config_check_rcpt (CHECK_RCPT_SPF): "message = [SPF]
  // $sender_host_address is not allowed to send mail from ${...sender_address_domain}."
  c('34-sendmail-exim4-config-spf-not-allowed.eml', 'bounce', 'sendmail', [
    'kai@example.net',
    '5.0.0',
    'auth-failed',
    'sender-admin',
  ]),
  // Debian exim4-config conf.d/acl/40_exim4-config_check_data (CHECK_DATA_VERIFY_HEADER_SENDER): "message =
  // No verifiable sender address in message headers"
  c('35-postfix-exim4-config-no-verifiable-sender-in-headers.eml', 'bounce', 'postfix', [
    'lou@example.net',
    '5.0.0',
    'message-noncompliant',
    'sender-admin',
  ]),
  // Exim src/src/configure.default (acl_check_data, commented example): "deny message = This message scored
  // $spam_score spam points."
  c('36-postfix-exim-default-scored-spam-points.eml', 'bounce', 'postfix', [
    'mia@example.net',
    '5.0.0',
    'content-rejected',
    'sender',
  ]),
  // Debian exim4-config conf.d/acl/30_exim4-config_check_rcpt: "message = sender IP address
  // $sender_host_address is locally blacklisted here. If you think this is wrong, get in touch with
  // postmaster"
  c('37-postfix-exim4-config-sender-ip-locally-blacklisted.eml', 'bounce', 'postfix', [
    'nat@example.net',
    '5.0.0',
    'recipient-policy',
    'recipient-admin',
  ]),
  // vdukhovni/postfix postfix/src/smtpd/smtpd_check.c: "User unknown" + " in virtual mailbox table"
  // (reject_unlisted_recipient)
  c('38-exim-smtpd-user-unknown-in-virtual-mailbox-table.eml', 'bounce', 'exim', [
    'otto@example.net',
    '5.1.1',
    'recipient-unknown',
    'sender',
  ]),
  // vdukhovni/postfix postfix/src/smtpd/smtpd_check.c: "<%s>: %s rejected: Domain %s does not accept mail
  // (nullMX)" (556 "4.1.10" made 5.1.10 for a recipient)
  c('39-sendmail-smtpd-recipient-domain-nullmx.eml', 'bounce', 'sendmail', [
    'pam@example.net',
    '5.1.10',
    'recipient-domain-invalid',
    'sender',
  ]),
  // vdukhovni/postfix postfix/src/smtpd/smtpd_check.c: "<%s>: %s rejected: Domain %s does not accept mail
  // (nullMX)" (550 "4.7.27" made 5.7.27 for a sender)
  c('40-exim-smtpd-sender-domain-nullmx.eml', 'bounce', 'exim', [
    'quentin@example.net',
    '5.7.27',
    'sender-infrastructure',
    'sender-admin',
  ]),
  // vdukhovni/postfix postfix/src/smtpd/smtpd_check.c check_table_result: REJECT without text, "<%s>: %s
  // rejected: %s" with "Access denied" (an access(5) entry for the sender)
  c(
    '41-postfix-smtpd-sender-access-denied-two-rcpts.eml',
    'bounce',
    'postfix',
    ['ray@example.net', '5.7.1', 'recipient-policy', 'recipient-admin'],
    ['sue@example.net', '5.7.1', 'recipient-policy', 'recipient-admin'],
  ),
  // vdukhovni/postfix postfix/src/smtpd/smtpd_check.c: REJECT without text "Recipient address rejected:
  // Access denied"; "User unknown in virtual mailbox table"
  c(
    '42-postfix-smtpd-recipient-access-denied-and-user-unknown.eml',
    'bounce',
    'postfix',
    ['ted@example.net', '5.7.1', 'recipient-policy', 'recipient-admin'],
    ['ulf@example.net', '5.1.1', 'recipient-unknown', 'sender'],
  ),
];

describe('policy daemons, milters and default MTA ACLs: variants', () => {
  test.each(CASES.map((x) => [x.file, x] as const))('%s', (_file, x) => checkFixture(x));
});
