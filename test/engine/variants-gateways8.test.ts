// Variants of what open-source filters and gateways reply when they refuse or defer a message, in whole
// bounces and delay notices as Postfix, Exim, sendmail or qmail return them: rspamd (its milter's and
// proxy's default reject and soft-reject texts, greylist, ratelimit, multimap and the external scanners'
// default messages), Proxmox Mail Gateway (pmg-api's SMTP filter and policy daemon), MIMEDefang (its
// defaults and shipped filters), spamass-milter, pypolicyd-spf, amavisd-new (its reasons by contents
// category and its own processing failures), MailCleaner's Exim stage-1 ACL and Postfix's postscreen.
// Fixtures: test/fixtures/variants/gateways8. The comment above each row names the source of the wording.
import { checkFixture, delayCases, delayedRecipient, variantCases, type FixtureCase } from './fixture-cases';

const c = variantCases('gateways8/');
const delay = delayCases('gateways8/');

const CASES: FixtureCase[] = [
  // rspamd/rspamd src/libserver/milter_internal.h: RSPAMD_MILTER_RCODE_REJECT "554", XCODE "5.7.1",
  // RSPAMD_MILTER_REJECT_MESSAGE "Spam message rejected" (also conf/worker-proxy.inc reject_message)
  c('01-postfix-rspamd-milter-spam-message-rejected.eml', 'bounce', 'postfix', [
    'bob@example.net',
    '5.7.1',
    'content-rejected',
    'sender',
  ]),
  // rspamd/rspamd src/libserver/milter_internal.h: "554" "5.7.1" "Spam message rejected"
  c(
    '02-sendmail-rspamd-milter-spam-message-rejected-two.eml',
    'bounce',
    'sendmail',
    ['carol@example.org', '5.7.1', 'content-rejected', 'sender'],
    ['dave@example.org', '5.7.1', 'content-rejected', 'sender'],
  ),
  // rspamd/rspamd conf/modules.d/greylist.conf: message = "Try again later" (the milter's soft reject,
  // RSPAMD_MILTER_RCODE_TEMPFAIL "451", XCODE_TEMPFAIL "4.7.1")
  delay(
    '03-postfix-delay-rspamd-greylist-try-again-later.eml',
    'postfix',
    delayedRecipient('erin@example.net', '4.7.1', 'rate-limited', 'sender-admin'),
  ),
  // rspamd/rspamd src/plugins/lua/ratelimit.lua message_func: 'Ratelimit "%s" exceeded' (soft reject)
  delay(
    '04-exim-delay-rspamd-ratelimit-to-ip-from-exceeded.eml',
    'exim',
    delayedRecipient('frank@example.net', '4.7.1', 'rate-limited', 'sender-admin'),
  ),
  // rspamd/rspamd src/plugins/lua/multimap.lua: set_pre_result(rule.action, 'Matched map: ' ..
  // rule.symbol); the reply "554 5.7.1 Matched map: FORBIDDEN_FILE_EXTENSION" quoted in NethServer/dev#5811
  c('05-postfix-rspamd-multimap-matched-map-forbidden-file-extension.eml', 'bounce', 'postfix', [
    'grace@example.org',
    '5.7.1',
    'content-rejected',
    'sender',
  ]),
  // rspamd/rspamd lualib/lua_scanners/clamav.lua: default_message '${SCANNER}: virus found: "${VIRUS}"'
  c('06-exim-rspamd-clamav-virus-found.eml', 'bounce', 'exim', [
    'heidi@example.net',
    '5.7.1',
    'content-rejected',
    'sender',
  ]),
  // rspamd/rspamd conf/modules.d/mx_check.conf: reject_null_mx_message = "Domain published RFC 7505 Null MX"
  // (the sender's domain)
  c('07-qmail-rspamd-sender-null-mx.eml', 'bounce', 'qmail', [
    'ivan@example.org',
    '5.7.1',
    'sender-infrastructure',
    'sender-admin',
  ]),
  // rspamd/rspamd src/plugins/lua/ratelimit.lua message_func: 'Ratelimit "%s" exceeded'
  delay(
    '08-postfix-delay-rspamd-ratelimit-to-exceeded-two.eml',
    'postfix',
    delayedRecipient('kate@example.net', '4.7.1', 'rate-limited', 'sender-admin'),
    delayedRecipient('liam@example.net', '4.7.1', 'rate-limited', 'sender-admin'),
  ),
  // proxmox/pmg-api src/bin/pmgpolicy: $defer_res = "defer_if_permit Service is unavailable (try later)"
  // (greylisting; Postfix's 450 4.7.1 Recipient address rejected)
  delay(
    '09-postfix-delay-pmg-greylist-service-is-unavailable-try-later.eml',
    'postfix',
    delayedRecipient('judy@example.net', '4.7.1', 'rate-limited', 'sender-admin'),
  ),
  // proxmox/pmg-api src/PMG/SMTP.pm: "451 4.4.0 detected undelivered mail ($queueid)"
  delay(
    '10-exim-delay-pmg-detected-undelivered-mail.eml',
    'exim',
    delayedRecipient('ken@example.org', '4.4.0', 'recipient-system', 'recipient-admin'),
  ),
  // proxmox/pmg-api src/PMG/SMTP.pm: "451 4.5.0 Local delivery failed: unfinished data"
  delay(
    '11-postfix-delay-pmg-local-delivery-failed-unfinished-data.eml',
    'postfix',
    delayedRecipient('laura@example.net', '4.5.0', 'recipient-system', 'recipient-admin'),
  ),
  // The-McGrail-Foundation/MIMEDefang modules/lib/Mail/MIMEDefang/Actions.pm action_bounce: default reply
  // "Forbidden for policy reasons", 554, 5.7.1 (mimedefang.c set_reply too)
  c('12-postfix-mimedefang-forbidden-for-policy-reasons.eml', 'bounce', 'postfix', [
    'mallory@example.org',
    '5.7.1',
    'recipient-policy',
    'recipient-admin',
  ]),
  // The-McGrail-Foundation/MIMEDefang modules/lib/Mail/MIMEDefang/Actions.pm action_tempfail: default
  // reply "Try again later", 451, 4.3.0
  delay(
    '13-exim-delay-mimedefang-try-again-later.eml',
    'exim',
    delayedRecipient('nina@example.net', '4.3.0', 'recipient-system', 'recipient-admin'),
  ),
  // The-McGrail-Foundation/MIMEDefang examples/suggested-minimum-filter-for-windows-clients:
  // action_tempfail("Problem running virus-scanner")
  delay(
    '14-sendmail-delay-mimedefang-problem-running-virus-scanner.eml',
    'sendmail',
    delayedRecipient('oscar@example.org', '4.3.0', 'recipient-system', 'recipient-admin'),
  ),
  // The-McGrail-Foundation/MIMEDefang mimedefang.c: set_reply(ctx, "5", "554", "5.4.0", "Overlong line in
  // RESULTS file") (its own filter's output was broken)
  c('15-postfix-mimedefang-overlong-line-in-results-file.eml', 'bounce', 'postfix', [
    'peggy@example.net',
    '5.4.0',
    'recipient-system',
    'recipient-admin',
  ]),
  // The-McGrail-Foundation/MIMEDefang contrib/greylisting/mimedefang-filter: return('TEMPFAIL', "Email
  // greylisted, please come back later")
  delay(
    '16-exim-delay-mimedefang-email-greylisted-please-come-back-later.eml',
    'exim',
    delayedRecipient('quentin@example.net', '4.3.0', 'rate-limited', 'sender-admin'),
  ),
  // The-McGrail-Foundation/MIMEDefang contrib/greylisting/mimedefang-filter: return('REJECT', "Go away or
  // deliver email faster") (action_greylist: the retry came after the greylist window)
  c('17-postfix-mimedefang-greylist-go-away-or-deliver-email-faster.eml', 'bounce', 'postfix', [
    'rupert@example.org',
    '5.7.1',
    'rate-limited',
    'sender-admin',
  ]),
  // The-McGrail-Foundation/MIMEDefang mimedefang.c set_reply: a 4xx without text is "Please try again
  // later", 451, 4.3.0
  delay(
    '18-postfix-delay-mimedefang-please-try-again-later.eml',
    'postfix',
    delayedRecipient('sybil@example.net', '4.3.0', 'recipient-system', 'recipient-admin'),
  ),
  // The-McGrail-Foundation/MIMEDefang modules/lib/Mail/MIMEDefang/Mail.pm get_smtp_return_code:
  // ('TEMPFAIL', "451", "4.3.0", "get_smtp_return_code: Empty response from SMTP server")
  delay(
    '19-exim-delay-mimedefang-smtp-check-empty-response.eml',
    'exim',
    delayedRecipient('trent@example.org', '4.3.0', 'recipient-system', 'recipient-admin'),
  ),
  // andybalholm/spamass-milter spamass-milter.cpp: rejecttext "Blocked by SpamAssassin", rejectcode "5.7.1",
  // reject_reply_code "550"
  c('20-postfix-spamass-milter-blocked-by-spamassassin.eml', 'bounce', 'postfix', [
    'ursula@example.net',
    '5.7.1',
    'content-rejected',
    'sender',
  ]),
  // andybalholm/spamass-milter spamass-milter.cpp: the defer reply, to_nonpermanent() of the reject code
  // and status with the same "Blocked by SpamAssassin"
  delay(
    '21-exim-delay-spamass-milter-blocked-by-spamassassin.eml',
    'exim',
    delayedRecipient('victor@example.org', '4.7.1', 'content-rejected', 'sender'),
  ),
  // andybalholm/spamass-milter spamass-milter.cpp: "550" "5.7.1" "Blocked by SpamAssassin"
  c(
    '22-qmail-spamass-milter-blocked-by-spamassassin-two.eml',
    'bounce',
    'qmail',
    ['wendy@example.net', '5.7.1', 'content-rejected', 'sender'],
    ['xavier@example.net', '5.7.1', 'content-rejected', 'sender'],
  ),
  // pypolicyd-spf spf_engine/__init__.py _rejectmessage (Reason_Message "Message {rejectdefer} due to:
  // {spf}. Please see {url}") with pyspf's fail explanation; the 550 5.7.23 reply as mail logs show it
  c('23-postfix-policyd-spf-fail-not-authorized.eml', 'bounce', 'postfix', [
    'walter@example.net',
    '5.7.23',
    'auth-failed',
    'sender-admin',
  ]),
  // pypolicyd-spf spf_engine/__init__.py _get_resultcodes: 'Receiver policy for SPF ' + result
  // (Reject_Not_Pass_Domains); apache.org's mail rejection policy page quotes the reply
  c('24-exim-policyd-spf-receiver-policy-for-spf-softfail.eml', 'bounce', 'exim', [
    'xena@example.org',
    '5.7.23',
    'auth-failed',
    'sender-admin',
  ]),
  // pypolicyd-spf (older pyspf fail explanation "domain owner discourages use of this host", HELO
  // scope), as a Postfix log line quotes it with 550 5.7.1
  c('25-sendmail-policyd-spf-helo-domain-owner-discourages-use.eml', 'bounce', 'sendmail', [
    'yves@example.net',
    '5.7.1',
    'auth-failed',
    'sender-admin',
  ]),
  // pypolicyd-spf spf_engine/__init__.py (PermError_reject) with pyspf spf.py: 'SPF Permanent Error: ' +
  // str(x) ("Too many DNS lookups")
  c('26-postfix-policyd-spf-permanent-error-too-many-dns-lookups.eml', 'bounce', 'postfix', [
    'zoe@example.org',
    '5.7.1',
    'auth-failed',
    'sender-admin',
  ]),
  // pypolicyd-spf spf_engine/__init__.py _rejectmessage ("deferred", TempError_Defer) with pyspf
  // spf.py: 'SPF Temporary Error: ' + str(x)
  delay(
    '27-postfix-delay-policyd-spf-temporary-error-dns-timeout.eml',
    'postfix',
    delayedRecipient('adam@example.net', '4.7.1', 'auth-failed', 'sender-admin'),
  ),
  // tajohnson/amavisd-new amavisd: %smtp_reason_by_ccat CC_BADH,8 'id=%n - BAD HEADER: duplicate header
  // field', status "554 5.6.0"
  c('28-postfix-amavis-bad-header-duplicate-header-field.eml', 'bounce', 'postfix', [
    'alan@example.net',
    '5.6.0',
    'message-noncompliant',
    'sender-admin',
  ]),
  // tajohnson/amavisd-new amavisd: CC_BADH,7 'id=%n - BAD HEADER: missing required header field'
  c('29-exim-amavis-bad-header-missing-required-header-field.eml', 'bounce', 'exim', [
    'beth@example.org',
    '5.6.0',
    'message-noncompliant',
    'sender-admin',
  ]),
  // tajohnson/amavisd-new amavisd: CC_BADH,5 'id=%n - BAD HEADER: line longer than RFC 5322 limit'
  c('30-sendmail-amavis-bad-header-line-longer-than-rfc-5322-limit.eml', 'bounce', 'sendmail', [
    'chris@example.net',
    '5.6.0',
    'message-noncompliant',
    'sender-admin',
  ]),
  // tajohnson/amavisd-new amavisd: CC_BADH,3 'id=%n - BAD HEADER: contains invalid control character'
  c('31-qmail-amavis-bad-header-invalid-control-character.eml', 'bounce', 'qmail', [
    'dana@example.org',
    '5.6.0',
    'message-noncompliant',
    'sender-admin',
  ]),
  // tajohnson/amavisd-new amavisd: CC_UNCHECKED,2 'id=%n - UNCHECKED: over limits', status "554 5.7.0"
  c('32-postfix-amavis-unchecked-over-limits.eml', 'bounce', 'postfix', [
    'ed@example.net',
    '5.7.0',
    'content-rejected',
    'sender',
  ]),
  // tajohnson/amavisd-new amavisd: "451 4.5.0 Error in processing, id=$am_id, $msg" with $msg
  // "virus_scan FAILED: ALL VIRUS SCANNERS FAILED" (the receiving gateway's own scanners)
  delay(
    '33-postfix-delay-amavis-error-in-processing-all-virus-scanners-failed.eml',
    'postfix',
    delayedRecipient('fay@example.org', '4.5.0', 'recipient-system', 'recipient-admin'),
  ),
  // tajohnson/amavisd-new amavisd: sprintf("450 4.4.2 Timed out during %s, MTA(%s), id=%s", ...)
  delay(
    '34-exim-delay-amavis-timed-out-during-fwd-connect.eml',
    'exim',
    delayedRecipient('gus@example.net', '4.4.2', 'recipient-system', 'recipient-admin'),
  ),
  // tajohnson/amavisd-new amavisd: sprintf("554 5.4.6 Reject: %s, id=%s", ...) with "Too many hops:
  // $received_cnt 'Received:' header fields"
  c('35-postfix-amavis-too-many-hops-received-header-fields.eml', 'bounce', 'postfix', [
    'hal@example.org',
    '5.4.6',
    'mail-loop',
    'sender-admin',
  ]),
  // tajohnson/amavisd-new amavisd: "451 4.5.0 Giving up due to previous temporary failures, id=" .
  // $msginfo->log_id
  delay(
    '36-exim-delay-amavis-giving-up-due-to-previous-temporary-failures.eml',
    'exim',
    delayedRecipient('iris@example.net', '4.5.0', 'recipient-system', 'recipient-admin'),
  ),
  // tajohnson/amavisd-new amavisd: $msg = "452 4.5.3 Too many recipients"
  delay(
    '37-postfix-delay-amavis-too-many-recipients-two.eml',
    'postfix',
    delayedRecipient('jack@example.org', '4.5.3', 'rate-limited', 'sender-admin'),
    delayedRecipient('jill@example.org', '4.5.3', 'rate-limited', 'sender-admin'),
  ),
  // vdukhovni/postfix postfix/src/postscreen/postscreen.c: "421 4.7.0 Error: too many connections"
  delay(
    '38-postfix-delay-postscreen-too-many-connections.eml',
    'postfix',
    delayedRecipient('kim@example.net', '4.7.0', 'rate-limited', 'sender-admin'),
  ),
  // vdukhovni/postfix postfix/src/postscreen/postscreen.c: "421 4.3.2 All server ports are busy"
  delay(
    '39-exim-delay-postscreen-all-server-ports-are-busy.eml',
    'exim',
    delayedRecipient('lou@example.org', '4.3.2', 'recipient-system', 'recipient-admin'),
  ),
  // vdukhovni/postfix postfix/src/postscreen/postscreen.c: "421 4.3.2 All screening ports are busy"
  delay(
    '40-postfix-delay-postscreen-all-screening-ports-are-busy.eml',
    'postfix',
    delayedRecipient('max@example.net', '4.3.2', 'recipient-system', 'recipient-admin'),
  ),
  // tajohnson/amavisd-new amavisd: the soft_bounce response, sprintf("%s %s%s%s", "450 4.7.0", "Reject",
  // " (soft_bounce)", ", id=%n - spam")
  delay(
    '41-postfix-delay-amavis-soft-bounce-spam.eml',
    'postfix',
    delayedRecipient('nell@example.org', '4.7.0', 'content-rejected', 'sender'),
  ),
  // tajohnson/amavisd-new amavisd: CC_MTA 'id=%n - Unable to relay message back to MTA' (D_TEMPFAIL:
  // "Temporary failure", 450 4.3.5)
  delay(
    '42-exim-delay-amavis-unable-to-relay-message-back-to-mta.eml',
    'exim',
    delayedRecipient('otto@example.net', '4.3.5', 'recipient-system', 'recipient-admin'),
  ),
  // tajohnson/amavisd-new amavisd: CC_MTA,1 'id=%n - Temporary MTA failure on relaying'
  delay(
    '43-postfix-delay-amavis-temporary-mta-failure-on-relaying.eml',
    'postfix',
    delayedRecipient('pam@example.org', '4.3.5', 'recipient-system', 'recipient-admin'),
  ),
  // tajohnson/amavisd-new amavisd: sprintf("450 4.4.1 %s, MTA(%s), id=%s", $err, ...) with $err "Can't
  // connect to %s"
  delay(
    '44-sendmail-delay-amavis-cant-connect-to-mta.eml',
    'sendmail',
    delayedRecipient('rob@example.net', '4.4.1', 'recipient-system', 'recipient-admin'),
  ),
  // rspamd/rspamd lualib/lua_scanners/dcc.lua: message '${SCANNER}: bulk message found: "${VIRUS}"'
  c('45-exim-rspamd-dcc-bulk-message-found.eml', 'bounce', 'exim', [
    'sam@example.org',
    '5.7.1',
    'content-rejected',
    'sender',
  ]),
  // rspamd/rspamd lualib/lua_scanners/pyzor.lua: message '${SCANNER}: Pyzor bulk message found: "${VIRUS}"'
  c('46-postfix-rspamd-pyzor-bulk-message-found.eml', 'bounce', 'postfix', [
    'tess@example.net',
    '5.7.1',
    'content-rejected',
    'sender',
  ]),
  // rspamd/rspamd lualib/lua_scanners/icap.lua: message '${SCANNER}: threat found with icap scanner:
  // "${VIRUS}"'
  c('47-sendmail-rspamd-icap-threat-found-with-icap-scanner.eml', 'bounce', 'sendmail', [
    'uma@example.org',
    '5.7.1',
    'content-rejected',
    'sender',
  ]),
  // MailCleaner/MailCleaner etc/exim/exim_stage1.conf_template: deny domains = +domains_to_preventspoof,
  // !spf = pass, message = This domain does not accept mail from itself (spoofing)
  c('48-exim-mailcleaner-does-not-accept-mail-from-itself-spoofing.eml', 'bounce', 'exim', [
    'vera@example.org',
    '5.0.0',
    'auth-failed',
    'sender-admin',
  ]),
  // MailCleaner/MailCleaner etc/exim/exim_stage1.conf_template (REJECTBADRDNS): message = Reverse DNS lookup
  // failed for $sender_host_address
  c('49-postfix-mailcleaner-reverse-dns-lookup-failed.eml', 'bounce', 'postfix', [
    'will@example.net',
    '5.0.0',
    'sender-infrastructure',
    'sender-admin',
  ]),
  // MailCleaner/MailCleaner etc/exim/exim_stage1.conf_template: dnslists = __BSRBLS__, message =
  // backscatterer blacklisted: $dnslist_text
  c('50-sendmail-mailcleaner-backscatterer-blacklisted.eml', 'bounce', 'sendmail', [
    'xia@example.org',
    '5.0.0',
    'reputation-block',
    'sender-admin',
  ]),
  // MailCleaner/MailCleaner etc/exim/exim_stage1.conf_template: domains = +relayrefuseddomains, message =
  // Relaying to this domain is forbidden
  c('51-exim-mailcleaner-relaying-to-this-domain-is-forbidden.eml', 'bounce', 'exim', [
    'yan@example.net',
    '5.0.0',
    'relay-denied',
    'sender-admin',
  ]),
  // MailCleaner/MailCleaner etc/exim/exim_stage1.conf_template: deny authenticated = * (USERBLACKLIST),
  // message = refused user due to massive abuse (the sender's own relay refusing its account)
  c('52-postfix-mailcleaner-refused-user-due-to-massive-abuse.eml', 'bounce', 'postfix', [
    'zed@example.org',
    '5.0.0',
    'sender-blocked',
    'sender-admin',
  ]),
];

describe('filters and gateways (rspamd, PMG, MIMEDefang, spamass-milter, pypolicyd-spf, amavis, MailCleaner, postscreen): variants', () => {
  test.each(CASES.map((x) => [x.file, x] as const))('%s', (_file, x) => checkFixture(x));
});
