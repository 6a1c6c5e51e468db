// Variants of DNS block lists' own texts as receivers quote them, and of shared-hosting mail stacks'
// refusals, in whole bounces and delay notices as Postfix, Exim, qmail-send or sendmail return them.
// The lists' TXT answers reach the sender three ways: framed by the receiver ("blocked using <zone>;
// <TXT>", Exim's "is in a black list at <zone>\n<TXT>"), bare as the whole reply (ucspi-tcp rblsmtpd
// and qpsmtpd's dnsbl plugin send "553 "/"451 " + the TXT record; Barracuda and Abusix receivers a
// bare lookup URL), or as the receiver's own words naming the zone (Haraka dns-list, qpsmtpd's
// "Blocked by <zone>" for lists without TXT records). rblsmtpd accepts MAIL and refuses each RCPT
// (ucspi-tcp rblsmtpd.c, as in indimail-mta ucspi-tcp-x/rblsmtpd.c: rblsmtp_rcpt). qmail-remote shows
// a reply without enhanced code, so its status is null unless the text has one.
// Fixtures: test/fixtures/variants/dnsbl3. The comment above each row names the source.
import { checkFixture, delayCases, delayedRecipient, variantCases, type FixtureCase } from './fixture-cases';

const c = variantCases('dnsbl3/');
const delay = delayCases('dnsbl3/');

const CASES: FixtureCase[] = [
  // SpamRATS' TXT answer "SPAMRATS IP Addresses See: http://www.spamrats.com/bl?<ip>" (dyna.spamrats.com,
  // as DNS answers captured in a PowerShell DNSBL module's help and tests, find_string "spamrats.com/bl?"),
  // sent bare by rblsmtpd ("553 " + TXT)
  c('01-qmail-rblsmtpd-spamrats-ip-addresses-see.eml', 'bounce', 'qmail', [
    'rin@example.net',
    null,
    'reputation-block',
    'sender-admin',
  ]),
  // SORBS DUL's TXT "Dynamic IP Addresses See: http://www.sorbs.net/lookup.shtml?<ip>" (multi-rblcheck
  // README, TXT answers captured for 127.0.0.2), sent bare by qpsmtpd plugins/dnsbl (get_reject($result)):
  // a dynamic (end-user) address sending direct, which the sender fixes by relaying through a real server
  c('02-postfix-qpsmtpd-sorbs-dynamic-ip-addresses-see.eml', 'bounce', 'postfix', [
    'bob@example.net',
    '5.0.0',
    'sender-infrastructure',
    'sender-admin',
  ]),
  // qpsmtpd plugins/dnsbl: a zone without TXT records: get_reject("Blocked by $dnsbl")
  c('03-exim-qpsmtpd-blocked-by-dronebl.eml', 'bounce', 'exim', [
    'carol@example.net',
    '5.0.0',
    'reputation-block',
    'sender-admin',
  ]),
  // NiX Spam's TXT "Latest spam received via gollum.manitu.net at <date>, see
  // http://www.dnsbl.manitu.net/lookup.php?value=<ip>" (chrisboulton/spamdyke tests, dnsrbl TXT record)
  c('04-postfix-rblsmtpd-nixspam-latest-spam-received-via.eml', 'bounce', 'postfix', [
    'dave@example.net',
    '5.0.0',
    'reputation-block',
    'sender-admin',
  ]),
  // SORBS spam zone's TXT "Spam Received See: http://www.sorbs.net/lookup.shtml?<ip>" (multi-rblcheck
  // README), bare from qpsmtpd plugins/dnsbl
  c('05-sendmail-qpsmtpd-sorbs-spam-received-see.eml', 'bounce', 'sendmail', [
    'erin@example.org',
    '5.0.0',
    'reputation-block',
    'sender-admin',
  ]),
  // SORBS new.spam's TXT "Currently Sending Spam See: http://www.sorbs.net/lookup.shtml?<ip>" (a
  // PowerShell DNSBL module's mocked DNS answers), rblsmtpd's temporary "451 " + TXT
  delay(
    '06-postfix-delay-rblsmtpd-sorbs-currently-sending-spam.eml',
    'postfix',
    delayedRecipient('frank@example.net', '4.0.0', 'reputation-block', 'sender-admin'),
  ),
  // UCEPROTECT Level 1's TXT "IP <ip> is UCEPROTECT-Level 1 listed. See
  // http://www.uceprotect.net/rblcheck.php?ipr=<ip>" (an RBL checker's README output), after Postfix
  // reject_rbl_client's "Service unavailable; Client host [<ip>] blocked using <zone>; "
  c('07-postfix-reject-rbl-uceprotect-level1-listed.eml', 'bounce', 'postfix', [
    'grace@example.org',
    '5.7.1',
    'reputation-block',
    'sender-admin',
  ]),
  // UCEPROTECT Level 2's TXT "Net <net> is UCEPROTECT-Level2 listed because <n> abusers are hosted by
  // <AS> there. See: ..." (a blacklist report quoting the list's answers), in Exim's
  // src/src/configure.default dnslists message "rejected because $sender_host_address is in a black
  // list at $dnslist_domain\n$dnslist_text"
  c('08-exim-default-black-list-uceprotect-level2-abusers-hosted.eml', 'bounce', 'exim', [
    'heidi@example.org',
    '5.0.0',
    'reputation-block',
    'sender-admin',
  ]),
  // UCEPROTECT Level 3's TXT "Your ISP <AS> is UCEPROTECT-Level3 listed for hosting a total of <n>
  // abusers. See: ..." (same report), bare from rblsmtpd
  c('09-qmail-rblsmtpd-uceprotect-level3-your-isp.eml', 'bounce', 'qmail', [
    'ivan@example.org',
    null,
    'reputation-block',
    'sender-admin',
  ]),
  // haraka/haraka-plugin-dns-list index.js: DENY at connect, "host [${ip}] is listed on ${zones}"
  c('10-postfix-haraka-dns-list-host-is-listed-on-mailspike.eml', 'bounce', 'postfix', [
    'judy@example.net',
    '5.0.0',
    'reputation-block',
    'sender-admin',
  ]),
  // haraka/haraka-plugin-dns-list index.js: "Host ${host} [${ip}] is listed by ips.backscatterer.org"
  c('11-exim-haraka-dns-list-listed-by-backscatterer.eml', 'bounce', 'exim', [
    'karl@example.net',
    '5.0.0',
    'reputation-block',
    'sender-admin',
  ]),
  // Barracuda BRBL's TXT answer "http://www.barracudanetworks.com/reputation/?pr=1&ip=<ip>" (an RBL
  // lookup tool's README output for b.barracudacentral.org), which Barracuda receivers send bare
  c('12-postfix-barracuda-bare-reputation-url.eml', 'bounce', 'postfix', [
    'leo@example.org',
    '5.0.0',
    'reputation-block',
    'sender-admin',
  ]),
  // the same URL as a Barracuda receiver's temporary greeting ("451 http://www.barracudanetworks.com/
  // reputation/?pr=1&ip=<ip>", as a user quotes it in a help forum)
  delay(
    '13-exim-delay-barracuda-greeting-reputation-url.eml',
    'exim',
    delayedRecipient('mia@example.org', '4.0.0', 'reputation-block', 'sender-admin'),
  ),
  // Abusix Mail Intelligence: receivers that reply with the list's lookup URL alone, "550
  // https://lookup.abusix.com/search?q=<ip>" (quoted in an address-verifier's source comment)
  c('14-postfix-abusix-bare-lookup-url.eml', 'bounce', 'postfix', [
    'nick@example.net',
    '5.0.0',
    'reputation-block',
    'sender-admin',
  ]),
  // Postfix reject_rbl_client (postconf(5) default_rbl_reply) with Abusix's zone and lookup URL
  c('15-postfix-reject-rbl-abusix-mail-intelligence.eml', 'bounce', 'postfix', [
    'olga@example.net',
    '5.7.1',
    'reputation-block',
    'sender-admin',
  ]),
  // sendmail cf/feature/enhdnsbl.m4 (and dnsbl.m4) with the "t" argument: _EDNSBL_MSG_TMP_ "451 Temporary
  // lookup failure of " $&{client_addr} " at <zone>", $#error $@ 4.4.3: the receiver's own DNS fault
  delay(
    '16-sendmail-delay-enhdnsbl-temporary-lookup-failure.eml',
    'sendmail',
    delayedRecipient('pat@example.org', '4.4.3', 'recipient-system', 'recipient-admin'),
  ),
  // Exim's test suite, test/confs/0080: "deny message = host is listed in $dnslist_domain"
  c('17-postfix-exim-acl-host-is-listed-in-s5h.eml', 'bounce', 'postfix', [
    'quinn@example.org',
    '5.0.0',
    'reputation-block',
    'sender-admin',
  ]),
  // WPBL's TXT "Spam source - http://wpbl.info/record?ip=<ip>" (multi-rblcheck README), bare from qpsmtpd
  c('18-postfix-qpsmtpd-wpbl-spam-source.eml', 'bounce', 'postfix', [
    'rob@example.net',
    '5.0.0',
    'reputation-block',
    'sender-admin',
  ]),
  // blocklist.de's TXT "Infected System, see http://www.blocklist.de/en/view.html?ip=<ip>"
  // (multi-rblcheck README), bare from rblsmtpd
  c('19-qmail-rblsmtpd-blocklist-de-infected-system.eml', 'bounce', 'qmail', [
    'sam@example.net',
    null,
    'reputation-block',
    'sender-admin',
  ]),
  // InterServer RBL's TXT "Blocked at http://sigs.interserver.net/ip?ip=<ip>" (multi-rblcheck README)
  c('20-postfix-qpsmtpd-interserver-blocked-at.eml', 'bounce', 'postfix', [
    'tina@example.net',
    '5.0.0',
    'reputation-block',
    'sender-admin',
  ]),
  // korea.services.net's TXT "Blocked due to spam, see http://korea.services.net/blocked.phtml?addr=<ip>"
  // (multi-rblcheck README): the sending IP's listing, not a verdict on this message
  c('21-exim-qpsmtpd-korea-services-blocked-due-to-spam.eml', 'bounce', 'exim', [
    'uma@example.org',
    '5.0.0',
    'reputation-block',
    'sender-admin',
  ]),
  // SORBS' TXT "Exploitable Server See: http://www.sorbs.net/lookup.shtml?<ip>" (multi-rblcheck README)
  // in Exim's configure.default dnslists message
  c('22-exim-default-black-list-sorbs-exploitable-server.eml', 'bounce', 'exim', [
    'vic@example.org',
    '5.0.0',
    'reputation-block',
    'sender-admin',
  ]),
  // SORBS' TXT "Hijacked/Disused Netblocks See: ..." (multi-rblcheck README) after reject_rbl_client
  c('23-postfix-reject-rbl-sorbs-hijacked-disused-netblocks.eml', 'bounce', 'postfix', [
    'walt@example.org',
    '5.7.1',
    'reputation-block',
    'sender-admin',
  ]),
  // Postfix postscreen(8): "550 5.7.1 Service unavailable; client [<ip>] blocked using <zone>" for
  // Spam Eating Monkey's bl.spameatingmonkey.net (rspamd conf/modules.d/rbl.conf names the zone)
  c('24-postfix-postscreen-blocked-using-spameatingmonkey.eml', 'bounce', 'postfix', [
    'xena@example.net',
    '5.7.1',
    'reputation-block',
    'sender-admin',
  ]),
  // PSBL's TXT "Listed in PSBL, see http://psbl.org/listing?ip=<ip>" (multi-rblcheck README), bare from
  // rblsmtpd, for three recipients on one host
  c(
    '25-postfix-multi-rblsmtpd-psbl-listing.eml',
    'bounce',
    'postfix',
    ['yann@example.org', '5.0.0', 'reputation-block', 'sender-admin'],
    ['zoe@example.org', '5.0.0', 'reputation-block', 'sender-admin'],
    ['abe@example.org', '5.0.0', 'reputation-block', 'sender-admin'],
  ),
  // CBL's TXT "Blocked - see http://www.abuseat.org/lookup.cgi?ip=<ip>" (multi-rblcheck README), bare
  // from qpsmtpd, for two recipients
  c(
    '26-exim-multi-qpsmtpd-cbl-blocked-see-abuseat.eml',
    'bounce',
    'exim',
    ['bea@example.net', '5.0.0', 'reputation-block', 'sender-admin'],
    ['cal@example.net', '5.0.0', 'reputation-block', 'sender-admin'],
  ),
  // NiX Spam's test-point TXT "Test entry, see http://www.dnsbl.manitu.net/lookup.php?value=<ip>"
  // (multi-rblcheck README), bare from rblsmtpd
  c('27-qmail-rblsmtpd-nixspam-test-entry.eml', 'bounce', 'qmail', [
    'dan@example.net',
    null,
    'reputation-block',
    'sender-admin',
  ]),
  // qpsmtpd plugins/dnsbl with "reject_type temp" (450) and SpamRATS' TXT as in row 01
  delay(
    '28-postfix-delay-qpsmtpd-temp-spamrats-noptr.eml',
    'postfix',
    delayedRecipient('eve@example.net', '4.0.0', 'reputation-block', 'sender-admin'),
  ),
  // cPanel's Exim relay refusal as quoted by bobcares.com ("2 non-obvious reasons for 550-Please turn on
  // SMTP Authentication error in cPanel"): "550-Please turn on SMTP Authentication in your mail client.
  // 550-(host) [ip]:port is not permitted to relay through 550 this server without authentication." The
  // client did not log in to its own submission server (TAXONOMY: not authenticated for submission)
  c('29-exim-cpanel-please-turn-on-smtp-authentication-not-permitted-to-relay.eml', 'bounce', 'exim', [
    'fay@example.org',
    '5.0.0',
    'sender-blocked',
    'sender-admin',
  ]),
  // cPanel's Exim with SpamAssassin rejection on (go-sisimai reason list comment "CPanel/Exim with SA
  // rejections on"): "The mail server detected your message as spam and has prevented delivery."
  c('30-postfix-cpanel-detected-your-message-as-spam.eml', 'bounce', 'postfix', [
    'gil@example.net',
    '5.0.0',
    'content-rejected',
    'sender',
  ]),
  // cPanel's outgoing spam scan (quantumwarp.com, "Divi contact form will not send if using a free email
  // address"): Exim's "Mail failure - rejected by local scanning code ... This message was classified as
  // SPAM and may not be delivered"
  c('31-exim-cpanel-rejected-by-local-scanning-code-classified-as-spam.eml', 'bounce', 'exim', [
    'hank@example.org',
    null,
    'content-rejected',
    'sender',
  ]),
];

describe('DNS block lists\u2019 own texts and shared-hosting stacks, third sweep: variants', () => {
  test.each(CASES.map((x) => [x.file, x] as const))('%s', (_file, x) => checkFixture(x));
});
