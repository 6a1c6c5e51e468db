// Variants of the refusals that hosting control panels' own mail configurations write: cPanel's Exim
// (its ACL blocks etc/exim/acls/*, the router fail_remote_domains in etc/exim/distconfig/exim.conf.dist,
// the Perl enforce_mail_permissions checks in etc/exim/perl/mail_permissions and the relay refusal
// scripts/update_exim_rejects writes to /etc/eximrejects, read in the public copy asmrdevelop/cpanel)
// and iRedMail's policy server iRedAPD (iredmail/iRedAPD). Incoming refusals are quoted by the
// sending side's Postfix (bounce(8), "host %s[%s] said: %s (in reply to %s command)" or "refused to
// talk to me") or Exim (deliver.c "SMTP error from remote mail server after ..."); outgoing ones are
// the panel host's own Exim bounce or delay warning to its user, or a relaying Postfix quoting the
// panel host. Exim's ACL replies carry no enhanced code, so Postfix reports 5.0.0 / 4.0.0.
// Fixtures: test/fixtures/variants/hosting-panels. The comment above each row names the source.
import { checkFixture, delayCases, delayedRecipient, variantCases, type FixtureCase } from './fixture-cases';

const c = variantCases('hosting-panels/');
const delay = delayCases('hosting-panels/');

const CASES: FixtureCase[] = [
  // cPanel etc/exim/acls/ACL_RBL_BLOCK/spamhaus_rbl: "deny message = JunkMail rejected - $sender_fullhost is
  // in an RBL: $dnslist_text" (Spamhaus' TXT is its query URL): the sending IP is on a public DNSBL
  c('01-postfix-cpanel-junkmail-rejected-spamhaus-rbl.eml', 'bounce', 'postfix', [
    'bob@example.net',
    '5.0.0',
    'reputation-block',
    'sender-admin',
  ]),
  // cPanel etc/exim/acls/ACL_RBL_BLOCK/spamcop_rbl: the same "JunkMail rejected - ... is in an RBL:" with
  // SpamCop's TXT "Blocked - see https://www.spamcop.net/bl.shtml?<ip>"
  c('02-exim-cpanel-junkmail-rejected-spamcop-rbl.eml', 'bounce', 'exim', [
    'carol@example.org',
    '5.0.0',
    'reputation-block',
    'sender-admin',
  ]),
  // cPanel etc/exim/acls/ACL_CONNECT_BLOCK/blockedcountryips: "message = Your country is not allowed to
  // connect to this server." (WHM's country block, /etc/blocked_incoming_email_country_ips): the
  // receiving host's own geographic rule, not the sender's reputation
  c('03-postfix-cpanel-your-country-is-not-allowed-to-connect.eml', 'bounce', 'postfix', [
    'dave@example.net',
    '5.0.0',
    'recipient-policy',
    'recipient-admin',
  ]),
  // cPanel etc/exim/acls/ACL_CONNECT_BLOCK/spammerlist (and ACL_RECIPIENT_BLOCK/blockeddomains): "message =
  // Your host is not allowed to connect to this server." for the admin's /etc/spammeripblocks: the sending
  // IP is on a block list (a local one), which its admin has to get lifted
  c('04-exim-cpanel-your-host-is-not-allowed-to-connect.eml', 'bounce', 'exim', [
    'erin@example.org',
    '5.0.0',
    'reputation-block',
    'sender-admin',
  ]),
  // cPanel etc/exim/acls/ACL_CONNECT_BLOCK/ratelimit: "defer ... message = The server has reached its limit
  // for processing requests from your host.  Please try again later." (port 25 connection rate; Exim's
  // defer is 451)
  delay(
    '05-postfix-delay-cpanel-server-reached-its-limit-from-your-host.eml',
    'postfix',
    delayedRecipient('frank@example.net', '4.0.0', 'rate-limited', 'sender-admin'),
  ),
  // cPanel etc/exim/acls/ACL_GREYLISTING_BLOCK/greylisting: "defer message = Temporarily unable to process your
  // email. Please try again later." (cpgreylistd), in Exim's delay warning
  delay(
    '06-exim-delay-cpanel-greylisting-temporarily-unable-to-process.eml',
    'exim',
    delayedRecipient('grace@example.org', '4.0.0', 'rate-limited', 'sender-admin'),
  ),
  // cPanel etc/exim/acls/ACL_EXISCAN_BLOCK/default_exiscan: "deny message = This message contains a virus or
  // other harmful content ($malware_name)"
  c('07-postfix-cpanel-virus-or-other-harmful-content.eml', 'bounce', 'postfix', [
    'heidi@example.net',
    '5.0.0',
    'content-rejected',
    'sender',
  ]),
  // cPanel etc/exim/acls/ACL_SPAM_BLOCK/deny_spam_score_over_int: "message = "The mail server detected your
  // message as spam and has prevented delivery.""
  c('08-exim-cpanel-detected-your-message-as-spam.eml', 'bounce', 'exim', [
    'ivan@example.org',
    '5.0.0',
    'content-rejected',
    'sender',
  ]),
  // cPanel etc/exim/acls/ACL_SPAM_BLOCK/no_forward_outbound_spam: "message = "This mail cannot be forwarded
  // because it was detected as spam."" (the recipient's forwarder scores it)
  c('09-postfix-cpanel-mail-cannot-be-forwarded-detected-as-spam.eml', 'bounce', 'postfix', [
    'judy@example.net',
    '5.0.0',
    'content-rejected',
    'sender',
  ]),
  // cPanel etc/exim/acls/ACL_RECIPIENT_BLOCK/default_recipient ("suspend incoming email" feature): "message =
  // 525 5.7.13 Disabled recipient address"
  c('10-exim-cpanel-525-disabled-recipient-address.eml', 'bounce', 'exim', [
    'ken@example.org',
    '5.7.13',
    'mailbox-inactive',
    'sender',
  ]),
  // cPanel etc/exim/acls/ACL_RBL_BLOCK/primary_hostname_bl: "deny message = You do not have sufficient
  // privileges to send mail to this address.  Please authenticate and try again." (mail from outside to
  // the server's own host name): the receiving host's rule, not an unknown user
  c('11-postfix-cpanel-no-sufficient-privileges-to-send-mail-to-this-address.eml', 'bounce', 'postfix', [
    'root@server.example.net',
    '5.0.0',
    'recipient-policy',
    'recipient-admin',
  ]),
  // cPanel etc/exim/acls/ACL_MAIL_BLOCK/requirehelonoforge: "message = "REJECTED - Bad HELO - Host
  // impersonating [$sender_helo_name]"" (a HELO naming one of the server's own domains)
  c('12-exim-cpanel-rejected-bad-helo-host-impersonating.eml', 'bounce', 'exim', [
    'liam@example.org',
    '5.0.0',
    'sender-infrastructure',
    'sender-admin',
  ]),
  // cPanel etc/exim/acls/ACL_MAIL_BLOCK/requirehelonoforge: "message = "REJECTED - Interface:
  // $interface_address is _my_ address"" (a HELO giving the receiving server's own IP)
  c('13-postfix-cpanel-rejected-interface-is-my-address.eml', 'bounce', 'postfix', [
    'mia@example.net',
    '5.0.0',
    'sender-infrastructure',
    'sender-admin',
  ]),
  // cPanel etc/exim/acls/ACL_POST_RECP_VERIFY_BLOCK/dictionary_attack: "drop ... message = "Number of failed
  // recipients exceeded.  Come back in a few hours."" (more than 4 bad RCPTs in one connection): the
  // sending host is throttled, whatever this one address is
  c('14-exim-cpanel-number-of-failed-recipients-exceeded.eml', 'bounce', 'exim', [
    'nina@example.org',
    '5.0.0',
    'rate-limited',
    'sender-admin',
  ]),
  // cPanel etc/exim/acls/ACL_RCPT_HARD_LIMIT_BLOCK/deny_rcpt_hard_limit: "message = Too many recipients
  // specified.  Come back in a few hours."
  c('15-postfix-cpanel-too-many-recipients-specified-come-back.eml', 'bounce', 'postfix', [
    'pat@example.net',
    '5.0.0',
    'rate-limited',
    'sender-admin',
  ]),
  // cPanel etc/exim/acls/ACL_RCPT_SOFT_LIMIT_BLOCK/deny_rcpt_soft_limit: "message = 452 too many recipients"
  // (Postfix retries the refused recipients later: both delayed)
  delay(
    '16-postfix-delay-cpanel-452-too-many-recipients.eml',
    'postfix',
    delayedRecipient('quinn@example.net', '4.0.0', 'rate-limited', 'sender-admin'),
    delayedRecipient('rita@example.net', '4.0.0', 'rate-limited', 'sender-admin'),
  ),
  // cPanel etc/exim/acls/ACL_SMTP_DKIM_BLOCK/dkim_bl: "deny message = DKIM: encountered the following problem
  // validating $dkim_cur_signer: $dkim_verify_reason"
  c('17-postfix-cpanel-dkim-encountered-problem-validating.eml', 'bounce', 'postfix', [
    'sam@example.net',
    '5.0.0',
    'auth-failed',
    'sender-admin',
  ]),
  // cPanel scripts/update_exim_rejects writes /etc/eximrejects "host_accept_relay: Please turn on SMTP
  // Authentication in your mail client.  $sender_fullhost is not permitted to relay through this server
  // without authentication." (ACL_RECIPIENT_POST_BLOCK/default_recipient_post): a client that did not
  // sign in, the sending side's setting (the table's row for the sentence says sender-blocked)
  c('18-postfix-relay-cpanel-turn-on-smtp-authentication-not-permitted-to-relay.eml', 'bounce', 'postfix', [
    'tom@example.org',
    '5.0.0',
    'sender-blocked',
    'sender-admin',
  ]),
  // cPanel etc/exim/distconfig/exim.conf.dist, router fail_remote_domains in sender verification: ":fail: The
  // mail server does not recognize $local_part@$domain as a valid sender." (Exim's "Verification failed
  // for <...>" / "Sender verify failed")
  c('19-exim-cpanel-sender-verify-does-not-recognize-as-a-valid-sender.eml', 'bounce', 'exim', [
    'uma@example.org',
    '5.0.0',
    'sender-infrastructure',
    'sender-admin',
  ]),
  // cPanel etc/exim/perl/mail_permissions: ":fail: Sender $sender has an outgoing mail suspension.  Message
  // discarded." (one mailbox's outgoing mail suspended by the host)
  c('20-exim-cpanel-sender-has-an-outgoing-mail-suspension.eml', 'bounce', 'exim', [
    'victor@example.net',
    '5.0.0',
    'sender-blocked',
    'sender-admin',
  ]),
  // cPanel etc/exim/perl/mail_permissions: _check_mail_permission_defer_with_message("Sender $sender has an
  // outgoing mail hold.  $reattempt_message") with 'Message will be reattempted later'
  delay(
    '21-exim-delay-cpanel-sender-has-an-outgoing-mail-hold.eml',
    'exim',
    delayedRecipient('wendy@example.net', '4.0.0', 'sender-blocked', 'sender-admin'),
  ),
  // cPanel etc/exim/perl/mail_permissions: ":fail: Domain $domain has exceeded the max emails per hour
  // ($currentmail/$maxmails ($percentage%)) allowed.  Message discarded." (two recipients)
  c(
    '22-exim-cpanel-max-emails-per-hour-message-discarded.eml',
    'bounce',
    'exim',
    ['xena@example.net', '5.0.0', 'rate-limited', 'sender-admin'],
    ['yusuf@example.org', '5.0.0', 'rate-limited', 'sender-admin'],
  ),
  // cPanel etc/exim/perl/mail_permissions: ":fail: Archive Users are not permitted to send email.  Message
  // discarded." (the sending account is an archive user): the sender's own account may not send
  c('23-exim-cpanel-archive-users-are-not-permitted-to-send.eml', 'bounce', 'exim', [
    'zoe@example.net',
    '5.0.0',
    'sender-blocked',
    'sender-admin',
  ]),
  // cPanel etc/exim/perl/mail_permissions: ":fail: User with uid $uid is a demo user.  You cannot send mail if
  // your account is in demo mode."
  c('24-exim-cpanel-demo-user-cannot-send-mail.eml', 'bounce', 'exim', [
    'adam@example.net',
    '5.0.0',
    'sender-blocked',
    'sender-admin',
  ]),
  // cPanel etc/exim/perl/mail_permissions: ":fail: Gid $gid is not permitted to relay mail, or has directly
  // called /usr/sbin/exim instead of /usr/sbin/sendmail." (a web script's group may not send): the host
  // refuses to relay for it
  c('25-exim-cpanel-gid-not-permitted-to-relay-mail.eml', 'bounce', 'exim', [
    'beth@example.net',
    '5.0.0',
    'relay-denied',
    'sender-admin',
  ]),
  // cPanel etc/exim/perl/mail_permissions: ":fail: This server does not relay mail."
  c('26-exim-cpanel-this-server-does-not-relay-mail.eml', 'bounce', 'exim', [
    'chris@example.net',
    '5.0.0',
    'relay-denied',
    'sender-admin',
  ]),
  // cPanel etc/exim/perl/mail_permissions get_outgoing_mail_suspended_message: "Outgoing mail from
  // \"$real_domain\" has been suspended." (ACL_RECIPIENT_BLOCK/default_recipient denies the RCPT): the
  // sending domain is stopped, not the recipient's mailbox
  c('27-postfix-relay-cpanel-outgoing-mail-from-domain-has-been-suspended.eml', 'bounce', 'postfix', [
    'dora@example.org',
    '5.0.0',
    'sender-blocked',
    'sender-admin',
  ]),
  // cPanel etc/exim/acls/ACL_IDENTIFY_SENDER_BLOCK/default_message_submission: "message = SMTP AUTH is required
  // for message submission on port 587"
  c('28-postfix-relay-cpanel-smtp-auth-required-for-submission-port-587.eml', 'bounce', 'postfix', [
    'eli@example.org',
    '5.0.0',
    'sender-blocked',
    'sender-admin',
  ]),
  // cPanel etc/exim/acls/ACL_OUTGOING_SMTP_CHECKALL_BLOCK/outgoing_spam_scan: "message = This message was
  // classified as SPAM and may not be delivered" (the host scans its users' outgoing mail)
  c('29-postfix-relay-cpanel-classified-as-spam-may-not-be-delivered.eml', 'bounce', 'postfix', [
    'fay@example.org',
    '5.0.0',
    'content-rejected',
    'sender',
  ]),
  // iRedAPD libs/__init__.py SMTP_ACTIONS 'reject_sender_login_mismatch': 'REJECT Sender is not same as SMTP
  // authenticate username' (plugins/reject_sender_login_mismatch.py), to a relaying Postfix
  c('30-postfix-relay-iredapd-sender-is-not-same-as-smtp-authenticate-username.eml', 'bounce', 'postfix', [
    'gus@example.org',
    '5.7.1',
    'sender-blocked',
    'sender-admin',
  ]),
  // iRedAPD libs/default_settings.py CHANGE_PASSWORD_MESSAGE 'Password expired or never changed, please change
  // your password in webmail before sending email' (plugins/sql_force_change_password.py 'REJECT ' + it)
  c('31-exim-iredapd-password-expired-change-password-in-webmail.eml', 'bounce', 'exim', [
    'hana@example.org',
    '5.7.1',
    'sender-blocked',
    'sender-admin',
  ]),
];

describe('hosting control panels: variants', () => {
  test.each(CASES.map((x) => [x.file, x] as const))('%s', (_file, x) => checkFixture(x));
});
