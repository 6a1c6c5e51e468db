// Variants of refusals for a DNS blocklist, a trap or a greylisting daemon, in the words the daemons
// and the lists' operators write: OpenBSD spamd (greylisting, its traps and lists), gross, tumgreyspf,
// policyd-rate-limit, Spamhaus DQS's reply map for Postfix (DBL on the sender, the HELO name and the
// client's name; ZRD), Exim dnslists ACL messages, sendmail's FEATURE(dnsbl) and
// Outlook's S8002. Each reply is put in a whole bounce or delay notice as Postfix (bounce(8)), Exim
// (deliver.c) or sendmail (savemail.c) returns it. An IP, host name or sender domain on a list is a
// reputation-block; greylisting and rate limits are rate-limited (a delay names them as its cause).
// Fixtures: test/fixtures/variants/dnsbl2. The comment above each row names where the words come from.
import { checkFixture, delayedRecipient, recipient, type FixtureCase } from './fixture-cases';

const row = (
  file: string,
  kind: string,
  format: string,
  ...recipients: FixtureCase['recipients']
): FixtureCase => ({
  file: `variants/dnsbl2/${file}`,
  kind,
  format,
  recipients,
});

const CASES: FixtureCase[] = [
  // openbsd/src libexec/spamd/spamd.c build_reply: a greylisted (not listed) client gets "451 Temporary
  // failure, please try again later." after DATA
  row(
    '01-postfix-delay-openbsd-spamd-greylist-temporary-failure.eml',
    'delay',
    'postfix',
    delayedRecipient('bob@example.org', '4.0.0', 'rate-limited', 'sender-admin'),
  ),
  // openbsd/src etc/mail/spamd.conf, list uatraps: msg="Your address %A has sent mail to a ualberta.ca
  // spamtrap\n within the last 24 hours" (spamd's default reply code, 450, on each line)
  row(
    '02-postfix-delay-openbsd-spamd-uatraps-ualberta-spamtrap.eml',
    'delay',
    'postfix',
    delayedRecipient('carol@example.org', '4.0.0', 'reputation-block', 'sender-admin'),
  ),
  // openbsd/src etc/mail/spamd.conf, list nixspam: msg="Your address %A is in the nixspam list\n See
  // http://www.heise.de/ix/nixspam/dnsbl_en/ for details" (spamd -5 answers 550)
  row(
    '03-exim-openbsd-spamd-nixspam-list.eml',
    'bounce',
    'exim',
    recipient('dave@example.org', '5.0.0', 'reputation-block', 'sender-admin'),
  ),
  // openbsd/src libexec/spamd/grey.c: traplist_name "spamd-greytrap", traplist_msg "Your address %A has
  // mailed to spamtraps here\n"
  row(
    '04-postfix-openbsd-spamd-greytrap-mailed-to-spamtraps.eml',
    'bounce',
    'postfix',
    recipient('erin@example.org', '5.0.0', 'reputation-block', 'sender-admin'),
  ),
  // openbsd/src libexec/spamd/spamd.c build_reply: "%s-Sorry %s\n%s-You are trying to send mail from an
  // address listed by one\n%s or more IP-based registries as being a SPAM source.\n"
  row(
    '05-sendmail-openbsd-spamd-generic-listed-ip-based-registries.eml',
    'bounce',
    'sendmail',
    recipient('frank@example.org', '5.0.0', 'reputation-block', 'sender-admin'),
  ),
  // mikhirev/gross include/conf.h: postfix_response_block "action=reject %reason%", block_reason "Bad
  // reputation" (Postfix: "554 5.7.1 <rcpt>: Recipient address rejected: Bad reputation")
  row(
    '06-postfix-gross-policy-bad-reputation.eml',
    'bounce',
    'postfix',
    recipient('grace@example.org', '5.7.1', 'reputation-block', 'sender-admin'),
  ),
  // mikhirev/gross src/worker_milter.c: STATUS_GREY -> smfi_setreply("452", "4.4.3", "Please try again
  // later") (grey_reason's default)
  row(
    '07-sendmail-delay-gross-milter-please-try-again-later.eml',
    'delay',
    'sendmail',
    delayedRecipient('heidi@example.org', '4.4.3', 'rate-limited', 'sender-admin'),
  ),
  // linsomniac/tumgreyspf tumgreyspf greylistcheck: ('defer', 'Service unavailable, greylisted
  // (http://projects.puremagic.com/greylisting/).') written as action=defer_if_permit
  row(
    '08-postfix-delay-tumgreyspf-service-unavailable-greylisted.eml',
    'delay',
    'postfix',
    delayedRecipient('ivan@example.org', '4.7.1', 'rate-limited', 'sender-admin'),
  ),
  // linsomniac/tumgreyspf tumgreyspf blackholecheck: ('reject', 'Service unavailable, blackholed.'),
  // written as action=550: the client IP mailed one of the site's blackhole addresses
  row(
    '09-postfix-tumgreyspf-service-unavailable-blackholed.eml',
    'bounce',
    'postfix',
    recipient('judy@example.org', '5.7.1', 'reputation-block', 'sender-admin'),
  ),
  // nitmir/policyd-rate-limit policyd_rate_limit/policyd-rate-limit.yaml: fail_action "defer_if_permit
  // Rate limit reach, retry later" (the sender's own relay limits it)
  row(
    '10-postfix-delay-policyd-rate-limit-reach-retry-later.eml',
    'delay',
    'postfix',
    delayedRecipient('karl@example.org', '4.7.1', 'rate-limited', 'sender-admin'),
  ),
  // simple-login/app docs/spamhaus-dqs.md dnsbl-reply-map.cf (after docs.spamhaus.com's Postfix page):
  // "554 $rbl_class $rbl_what blocked using DBL - see $rbl_txt for details", reject_rhsbl_sender
  // ($rbl_class "Sender address": postfix smtpd_check.c SMTPD_NAME_SENDER)
  row(
    '11-postfix-spamhaus-dqs-dbl-sender-address.eml',
    'bounce',
    'postfix',
    recipient('laura@example.org', '5.7.1', 'reputation-block', 'sender-admin'),
  ),
  // the same map line for reject_rhsbl_helo ($rbl_class "Helo command"): the sending host's name is listed
  row(
    '12-postfix-spamhaus-dqs-dbl-helo-command.eml',
    'bounce',
    'postfix',
    recipient('mallory@example.org', '5.7.1', 'reputation-block', 'sender-admin'),
  ),
  // simple-login/app docs/spamhaus-dqs.md: "554 $rbl_class $rbl_what blocked using ZRD - domain too
  // young" (Zero Reputation Domains: newly registered or long-dormant domains)
  row(
    '13-postfix-spamhaus-dqs-zrd-domain-too-young.eml',
    'bounce',
    'postfix',
    recipient('nina@example.org', '5.7.1', 'reputation-block', 'sender-admin'),
  ),
  // the DBL map line for reject_rhsbl_reverse_client ($rbl_class "Unverified Client host":
  // postfix smtpd_check.c SMTPD_NAME_REV_CLIENT)
  row(
    '14-postfix-spamhaus-dqs-dbl-unverified-client-host.eml',
    'bounce',
    'postfix',
    recipient('oscar@example.org', '5.7.1', 'reputation-block', 'sender-admin'),
  ),
  // github.com/Exim/exim/wiki/BlackLists: "REJECTED - ${sender_address_domain} is blacklisted at
  // ${dnslist_domain}; ${dnslist_text}" (the sender's domain on an RHSBL)
  row(
    '15-exim-wiki-rhsbl-sender-domain-blacklisted-at-dbl.eml',
    'bounce',
    'exim',
    recipient('peggy@example.org', '5.0.0', 'reputation-block', 'sender-admin'),
  ),
  // the widely copied Exim ACL "deny message = JunkMail rejected - $sender_fullhost is in an RBL, see
  // $dnslist_text", as users quote its reply ("JunkMail rejected - host... [86.169.86.150]:41784 is in
  // an RBL, see http://www.spamhaus.org/query/bl?ip=...")
  row(
    '16-exim-acl-junkmail-rejected-is-in-an-rbl.eml',
    'bounce',
    'exim',
    recipient('quentin@example.org', '5.0.0', 'reputation-block', 'sender-admin'),
  ),
  // sendmail cf/m4/proto.m4 (_RBL_): $#error $@ 5.7.1 $: "550 Rejected: " $&{client_addr} " listed at
  // _RBL_", with the list psbl.surriel.com/howto/ tells sendmail users to give FEATURE(`dnsbl')
  row(
    '17-sendmail-dnsbl-feature-rejected-listed-at-psbl.eml',
    'bounce',
    'sendmail',
    recipient('rupert@example.org', '5.7.1', 'reputation-block', 'sender-admin'),
  ),
  // github.com/DigitalPlatDev/FreeDomain/discussions/80090: Outlook's "550 5.7.1 Service unavailable,
  // MailFrom domain listed in Spamhaus (S8002)" for a sender domain on the DBL
  row(
    '18-postfix-outlook-mailfrom-domain-listed-in-spamhaus-s8002.eml',
    'bounce',
    'postfix',
    recipient('sybil@example.org', '5.7.1', 'reputation-block', 'sender-admin'),
  ),
];

describe('DNS blocklists, traps and greylisting daemons, second sweep: variants', () => {
  test.each(CASES.map((x) => [x.file, x] as const))('%s', (_file, x) => checkFixture(x));
});
