// Variants of the refusals of mail filters and milters behind Postfix, Exim, sendmail or Courier:
// rspamd's own modules (GTUBE, DMARC action, oletools, contextal), authentication_milter, DSPAM, spampd,
// the smf-* milters (smf-spf, smf-sav, smf-grey), milter-regex's documented rules, Exim's documented
// content-scanning and rate-limit ACL messages, Postfix header_checks/body_checks examples and
// courier-pythonfilter's filters. Each reply is put in a whole bounce or delay notice as the sending
// MTA (Postfix bounce(8), Exim deliver.c, sendmail) would return it. A milter's smfi_setreply code is
// the remote reply's; an Exim ACL "message =" or a Courier filter sends "<code> <text>" without an
// enhanced code, so Postfix and Exim report 5.0.0 / 4.0.0. Fixtures: test/fixtures/variants/filters2.
// The comment above each row names where the words come from.
import { checkFixture, delayCases, delayedRecipient, variantCases, type FixtureCase } from './fixture-cases';

const c = variantCases('filters2/');
const delay = delayCases('filters2/');

const CASES: FixtureCase[] = [
  // rspamd src/libmime/message.c: a GTUBE string rejects with the passthrough message "Gtube pattern";
  // src/libserver/milter_internal.h RSPAMD_MILTER_RCODE_REJECT 554, XCODE_REJECT 5.7.1
  c('01-postfix-rspamd-gtube-pattern.eml', 'bounce', 'postfix', [
    'bob@example.net',
    '5.7.1',
    'content-rejected',
    'sender',
  ]),
  // rspamd src/plugins/lua/dmarc.lua maybe_force_action: set_pre_result(force_action, 'Action set by DMARC')
  c('02-exim-rspamd-action-set-by-dmarc.eml', 'bounce', 'exim', [
    'carol@example.net',
    '5.7.1',
    'auth-failed',
    'sender-admin',
  ]),
  // rspamd lualib/lua_scanners/oletools.lua: message = '${SCANNER}: Oletools threat message found:
  // "${VIRUS}"', the threat 'AutoExec + Suspicious (<keywords>)'
  c('03-postfix-rspamd-oletools-threat-message-found.eml', 'bounce', 'postfix', [
    'dave@example.org',
    '5.7.1',
    'content-rejected',
    'sender',
  ]),
  // rspamd src/plugins/lua/contextal.lua: defer_message = 'Awaiting deep scan - try again later' (a
  // soft reject: 451 4.7.1 from the milter)
  delay(
    '04-postfix-delay-rspamd-contextal-awaiting-deep-scan.eml',
    'postfix',
    delayedRecipient('erin@example.org', '4.7.1', 'recipient-system', 'recipient-admin'),
  ),
  // fastmail/authentication_milter lib/Mail/Milter/Authentication/Handler/DMARC.pm:
  // reject_mail('550 5.7.0 DMARC policy violation')
  c('05-postfix-authentication-milter-dmarc-policy-violation.eml', 'bounce', 'postfix', [
    'frank@example.net',
    '5.7.0',
    'auth-failed',
    'sender-admin',
  ]),
  // fastmail/authentication_milter lib/Mail/Milter/Authentication/Handler/Blocker.pm, its example
  // block: with = "451 4.7.28 flood policy violation (HOTtest)"
  delay(
    '06-exim-delay-authentication-milter-blocker-flood-policy-violation.eml',
    'exim',
    delayedRecipient('grace@example.net', '4.7.28', 'rate-limited', 'sender-admin'),
  ),
  // DSPAM src/dspam.c: STATUS("A virus was detected in the message contents") with ClamAVResponse
  // reject; src/daemon.c: "%d 5.3.0 <%s> %s" with LMTP_FAILURE 530 (Postfix's LMTP content filter)
  c('07-postfix-dspam-lmtp-virus-was-detected.eml', 'bounce', 'postfix', [
    'heidi@example.org',
    '5.3.0',
    'content-rejected',
    'sender',
  ]),
  // mpaperno/spampd spampd.pl: reply("450 Temporary failure processing message, please try again later")
  // (SpamAssassin failed and --dose is set)
  delay(
    '08-postfix-delay-spampd-temporary-failure-processing-message.eml',
    'postfix',
    delayedRecipient('ivan@example.net', '4.0.0', 'recipient-system', 'recipient-admin'),
  ),
  // jcbf/smf-spf smf-spf.c: REJECT_REASON "Message was rejected during SPF policy evaluation.
  // sender:%1$s client-ip:%2$s", smfi_setreply(ctx, "550", "5.7.23", reject)
  c('09-postfix-smf-spf-rejected-during-spf-policy-evaluation.eml', 'bounce', 'postfix', [
    'judy@example.net',
    '5.7.23',
    'auth-failed',
    'sender-admin',
  ]),
  // jcbf/smf-spf smf-spf.c: "Sorry %s, we only accept mail from SPF enabled domains." (550 5.7.1)
  c('10-sendmail-smf-spf-we-only-accept-mail-from-spf-enabled-domains.eml', 'bounce', 'sendmail', [
    'kim@example.net',
    '5.7.1',
    'auth-failed',
    'sender-admin',
  ]),
  // jcbf/smf-spf smf-spf.c: "Found a problem processing SFP for %s. Error: (no reason)" (451 4.4.3,
  // an SPF temperror)
  delay(
    '11-postfix-delay-smf-spf-found-a-problem-processing-sfp.eml',
    'postfix',
    delayedRecipient('leo@example.org', '4.4.3', 'auth-failed', 'sender-admin'),
  ),
  // kouk/smf-sav smf-sav.c: smfi_setreply(ctx, "550", "5.1.8", "Sender address verification failed,
  // check your MX")
  c('12-postfix-smf-sav-sender-address-verification-failed-check-your-mx.eml', 'bounce', 'postfix', [
    'mallory@example.net',
    '5.1.8',
    'sender-infrastructure',
    'sender-admin',
  ]),
  // kouk/smf-sav smf-sav.c: smfi_setreply(ctx, "451", "4.1.8", "Temporary failure in sender address
  // verification")
  delay(
    '13-exim-delay-smf-sav-temporary-failure-in-sender-address-verification.eml',
    'exim',
    delayedRecipient('nina@example.net', '4.1.8', 'sender-infrastructure', 'sender-admin'),
  ),
  // kouk/smf-sav smf-sav.c: smfi_setreply(ctx, "550", "5.1.1", "Sorry, no mailbox here by that name or
  // mailbox is over quota") (its recipient callout: the 5.1.1 decides)
  c(
    '14-postfix-smf-sav-no-mailbox-here-by-that-name-or-over-quota.eml',
    'bounce',
    'postfix',
    ['oscar@example.org', '5.1.1', 'recipient-unknown', 'sender'],
    ['peggy@example.org', '5.1.1', 'recipient-unknown', 'sender'],
  ),
  // mahatma-kaganovich/smf-grey- smf-grey.c: smfi_setreply(ctx, "550", "5.1.3", "Too many block lists -
  // check http://www.robtex.com/rbls.html")
  c('15-postfix-smf-grey-too-many-block-lists.eml', 'bounce', 'postfix', [
    'quinn@example.net',
    '5.1.3',
    'reputation-block',
    'sender-admin',
  ]),
  // mahatma-kaganovich/smf-grey- smf-grey.c: smfi_setreply(ctx, "451", "4.2.1", "Mailbox busy, try again
  // later") (its greylisting reply)
  delay(
    '16-postfix-delay-smf-grey-mailbox-busy-try-again-later.eml',
    'postfix',
    delayedRecipient('rose@example.org', '4.2.1', 'rate-limited', 'sender-admin'),
  ),
  // milter-regex milter-regex.8 (MACROS): reject "executable attachment from non-friends";
  // milter-regex.c RCODE_REJECT "554", XCODE_REJECT "5.7.1"
  c('17-sendmail-milter-regex-executable-attachment-from-non-friends.eml', 'bounce', 'sendmail', [
    'sam@example.net',
    '5.7.1',
    'content-rejected',
    'sender',
  ]),
  // milter-regex milter-regex.8 (EXAMPLES): reject "Malformed HELO (not a domain, no dot)"
  c('18-postfix-milter-regex-malformed-helo-not-a-domain-no-dot.eml', 'bounce', 'postfix', [
    'tina@example.org',
    '5.7.1',
    'sender-infrastructure',
    'sender-admin',
  ]),
  // milter-regex milter-regex.8 (EXAMPLES): tempfail "Sender IP address not resolving" (RCODE_TEMPFAIL
  // "451", XCODE_TEMPFAIL "4.7.1")
  delay(
    '19-postfix-delay-milter-regex-sender-ip-address-not-resolving.eml',
    'postfix',
    delayedRecipient('uma@example.org', '4.7.1', 'sender-infrastructure', 'sender-admin'),
  ),
  // milter-regex milter-regex.8 (EXAMPLES): reject "HTML mail not accepted"
  c('20-exim-milter-regex-html-mail-not-accepted.eml', 'bounce', 'exim', [
    'victor@example.net',
    '5.7.1',
    'content-rejected',
    'sender',
  ]),
  // milter-regex milter-regex.8 (EXAMPLES): reject "Email is not sent from the country" (a country
  // lookup of the client's address: the receiving admin's geographic block)
  c('21-postfix-milter-regex-email-is-not-sent-from-the-country.eml', 'bounce', 'postfix', [
    'wendy@example.net',
    '5.7.1',
    'recipient-policy',
    'recipient-admin',
  ]),
  // Exim doc/doc-docbook/spec.xfpt (Scanning for viruses): deny malware = * message = This message
  // contains malware ($malware_name)
  c('22-postfix-exim-acl-this-message-contains-malware.eml', 'bounce', 'postfix', [
    'xavier@example.org',
    '5.0.0',
    'content-rejected',
    'sender',
  ]),
  // Exim doc/doc-docbook/spec.xfpt (Calling SpamAssassin from an Exim ACL): message = This message was
  // classified as SPAM
  c('23-postfix-exim-acl-this-message-was-classified-as-spam.eml', 'bounce', 'postfix', [
    'yara@example.org',
    '5.0.0',
    'content-rejected',
    'sender',
  ]),
  // Exim doc/doc-docbook/spec.xfpt (regex condition): message = contains blacklisted regex
  // ($regex_match_string)
  c('24-postfix-exim-acl-contains-blacklisted-regex.eml', 'bounce', 'postfix', [
    'zoe@example.net',
    '5.0.0',
    'content-rejected',
    'sender',
  ]),
  // Exim doc/doc-docbook/spec.xfpt (DKIM, dkim_status): message = Mail from Paypal with invalid/missing
  // signature
  c('25-postfix-exim-acl-mail-from-paypal-with-invalid-missing-signature.eml', 'bounce', 'postfix', [
    'bob@example.net',
    '5.0.0',
    'auth-failed',
    'sender-admin',
  ]),
  // Exim doc/doc-docbook/spec.xfpt (Proxies): defer ratelimit ... message = Too many connections from
  // this IP right now
  delay(
    '26-postfix-delay-exim-acl-too-many-connections-from-this-ip.eml',
    'postfix',
    delayedRecipient('carol@example.net', '4.0.0', 'rate-limited', 'sender-admin'),
  ),
  // Exim doc/doc-docbook/spec.xfpt (ratelimit): message = Sender rate exceeds $sender_rate_limit
  // messages per $sender_rate_period
  delay(
    '27-postfix-delay-exim-acl-sender-rate-exceeds.eml',
    'postfix',
    delayedRecipient('dave@example.org', '4.0.0', 'rate-limited', 'sender-admin'),
  ),
  // Exim src/src/configure.default acl_check_data: deny !verify = header_syntax message = header syntax
  c('28-postfix-exim-configure-default-header-syntax.eml', 'bounce', 'postfix', [
    'erin@example.org',
    '5.0.0',
    'message-noncompliant',
    'sender-admin',
  ]),
  // Exim doc/doc-docbook/spec.xfpt (ratelimit): defer ratelimit = 10 / 1s / $primary_hostname message =
  // Sorry, too busy. Try again later.
  delay(
    '29-postfix-delay-exim-acl-sorry-too-busy.eml',
    'postfix',
    delayedRecipient('frank@example.net', '4.0.0', 'recipient-system', 'recipient-admin'),
  ),
  // Postfix proto/header_checks (EXAMPLES): REJECT Attachment name "$2" may not end with ".$4"; the
  // cleanup's dsn_prepend("5.7.1", text) and smtpd's 550
  c('30-exim-postfix-header-checks-attachment-name-may-not-end-with.eml', 'bounce', 'exim', [
    'grace@example.net',
    '5.7.1',
    'content-rejected',
    'sender',
  ]),
  // Postfix proto/header_checks (EXAMPLES, body_checks): REJECT IFRAME vulnerability exploit
  c('31-sendmail-postfix-body-checks-iframe-vulnerability-exploit.eml', 'bounce', 'sendmail', [
    'heidi@example.org',
    '5.7.1',
    'content-rejected',
    'sender',
  ]),
  // szepeviktor/courier-pythonfilter filters/attachments.py: "554 The extension of the attached file is
  // blacklisted"
  c('32-postfix-courier-pythonfilter-attached-file-extension-blacklisted.eml', 'bounce', 'postfix', [
    'ivan@example.net',
    '5.0.0',
    'content-rejected',
    'sender',
  ]),
  // szepeviktor/courier-pythonfilter filters/clamav.py: "554 Virus found - Signature is %s"
  c('33-postfix-courier-pythonfilter-virus-found-signature.eml', 'bounce', 'postfix', [
    'judy@example.net',
    '5.0.0',
    'content-rejected',
    'sender',
  ]),
  // szepeviktor/courier-pythonfilter filters/comeagain.py: "421 Please send the message again to prove you
  // are not spamware or virusware." (a greylisting of the first message)
  delay(
    '34-postfix-delay-courier-pythonfilter-comeagain-spamware-virusware.eml',
    'postfix',
    delayedRecipient('kim@example.net', '4.0.0', 'rate-limited', 'sender-admin'),
  ),
  // szepeviktor/courier-pythonfilter filters/deliveredto.py: "501 Mail loop - already have my
  // Delivered-To: header."
  c('35-postfix-courier-pythonfilter-mail-loop-delivered-to.eml', 'bounce', 'postfix', [
    'leo@example.org',
    '5.0.0',
    'mail-loop',
    'sender-admin',
  ]),
  // szepeviktor/courier-pythonfilter filters/dialback.py: "517 Sender does not exist: %s" (its callback
  // to the sender domain's MX refused the address)
  c('36-exim-courier-pythonfilter-dialback-sender-does-not-exist.eml', 'bounce', 'exim', [
    'mallory@example.net',
    '5.0.0',
    'sender-infrastructure',
    'sender-admin',
  ]),
  // szepeviktor/courier-pythonfilter filters/localsenders.py: "517 Policy requires local senders to
  // authenticate." (mail in the server's own domain that did not log in)
  c('37-postfix-courier-pythonfilter-local-senders-must-authenticate.eml', 'bounce', 'postfix', [
    'nina@example.net',
    '5.0.0',
    'sender-blocked',
    'sender-admin',
  ]),
  // szepeviktor/courier-pythonfilter filters/privateaddr.py: "517 Sender is not allowed by privacy settings."
  c('38-postfix-courier-pythonfilter-not-allowed-by-privacy-settings.eml', 'bounce', 'postfix', [
    'oscar@example.org',
    '5.0.0',
    'recipient-policy',
    'recipient-admin',
  ]),
  // szepeviktor/courier-pythonfilter filters/spamassassin.py: '554 Mail rejected - spam detected: ' +
  // the X-Spam-Status header
  c('39-postfix-courier-pythonfilter-spam-detected.eml', 'bounce', 'postfix', [
    'peggy@example.org',
    '5.0.0',
    'content-rejected',
    'sender',
  ]),
  // szepeviktor/courier-pythonfilter filters/spfcheck.py: "517 SPF returns deny"
  c('40-exim-courier-pythonfilter-spf-returns-deny.eml', 'bounce', 'exim', [
    'quinn@example.net',
    '5.0.0',
    'auth-failed',
    'sender-admin',
  ]),
  // szepeviktor/courier-pythonfilter filters/quota.py: 'User "%s" is over quota' returned as '421 %s'
  delay(
    '41-postfix-delay-courier-pythonfilter-user-over-quota.eml',
    'postfix',
    delayedRecipient('rose@example.org', '4.0.0', 'mailbox-full', 'recipient'),
  ),
  // szepeviktor/courier-pythonfilter filters/dialback.py: '421 DNS failure resolving %s' (the sender's
  // domain, for its callback)
  delay(
    '42-postfix-delay-courier-pythonfilter-dialback-dns-failure.eml',
    'postfix',
    delayedRecipient('sam@example.net', '4.0.0', 'sender-infrastructure', 'sender-admin'),
  ),
];

describe('mail filters and milters, second sweep: variants', () => {
  test.each(CASES.map((x) => [x.file, x] as const))('%s', (_file, x) => checkFixture(x));
});
