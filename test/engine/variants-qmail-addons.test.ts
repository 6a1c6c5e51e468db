// Variants of the replies of the qmail world's add-ons, in whole bounces and delay notices as qmail-send,
// Postfix or Exim return them: chkuser (its old "(#5.x.x - chkuser)" strings and sagredo's newer
// "5.x.x ... (chkuser)" ones), simscan (qmail-smtpd sends its "D" reply after "554 "), rblsmtpd (the
// list's TXT record or its fail-closed words, after 451 or 553), spamdyke (REJECT_SEVERITY_PERMANENT
// "554 ", REJECT_SEVERITY_TEMPORARY "421 ") and greylite (greylisting disguised as a storage or queue
// fault), and IndiMail's own qmail-smtpd (smtpd.c). qmail-remote shows a reply without enhanced code,
// so its status is null unless the text has one. Fixtures: test/fixtures/variants/qmail-addons. The comment above each row names the source.
import { checkFixture, delayCases, delayedRecipient, variantCases, type FixtureCase } from './fixture-cases';

const c = variantCases('qmail-addons/');
const delay = delayCases('qmail-addons/');

const CASES: FixtureCase[] = [
  // chkuser 2.0 chkuser_settings.h as shipped in denislemire/netqmail: CHKUSER_NORCPT_STRING "511 sorry,
  // no mailbox here by that name (#5.1.1 - chkuser)"
  c('01-qmail-chkuser-no-mailbox-here-by-that-name.eml', 'bounce', 'qmail', [
    'rin@example.net',
    '5.1.1',
    'recipient-unknown',
    'sender',
  ]),
  // sagredo-dev/qmail chkuser_settings.h: CHKUSER_NORCPT_STRING "550 5.1.1 sorry, no mailbox here by
  // that name (chkuser)"
  c('02-postfix-chkuser-550-no-mailbox-here-by-that-name.eml', 'bounce', 'postfix', [
    'bob@example.net',
    '5.1.1',
    'recipient-unknown',
    'sender',
  ]),
  // chkuser 2.0 chkuser_settings.h as shipped in denislemire/netqmail: CHKUSER_MBXFULL_STRING "522
  // sorry, recipient mailbox is full (#5.2.2 - chkuser)"
  c('03-qmail-chkuser-recipient-mailbox-is-full.eml', 'bounce', 'qmail', [
    'carol@example.net',
    '5.2.2',
    'mailbox-full',
    'recipient',
  ]),
  // sagredo-dev/qmail chkuser_settings.h: CHKUSER_MBXFULL_STRING "552 5.2.2 sorry, recipient mailbox is
  // full (chkuser)"
  c('04-postfix-chkuser-552-recipient-mailbox-is-full.eml', 'bounce', 'postfix', [
    'dave@example.net',
    '5.2.2',
    'mailbox-full',
    'recipient',
  ]),
  // chkuser 2.0 chkuser_settings.h as shipped in denislemire/netqmail: CHKUSER_MAXRCPT_STRING "571
  // sorry, reached maximum number of recipients for one session (#5.7.1 - chkuser)"
  c('05-qmail-chkuser-maximum-recipients-for-one-session.eml', 'bounce', 'qmail', [
    'erin@example.net',
    '5.7.1',
    'rate-limited',
    'sender-admin',
  ]),
  // sagredo-dev/qmail chkuser_settings.h: CHKUSER_MAXRCPT_STRING "550 5.5.3 sorry, reached maximum
  // number of recipients allowed in one session (chkuser)"
  c('06-exim-chkuser-maximum-recipients-allowed-in-one-session.eml', 'bounce', 'exim', [
    'frank@example.net',
    '5.5.3',
    'rate-limited',
    'sender-admin',
  ]),
  // chkuser 2.0 chkuser_settings.h as shipped in denislemire/netqmail: CHKUSER_INTRUSIONTHRESHOLD_STRING
  // "571 sorry, you are violating our security policies (#5.7.1 - chkuser)"
  c('07-qmail-chkuser-violating-our-security-policies.eml', 'bounce', 'qmail', [
    'grace@example.net',
    '5.7.1',
    'recipient-policy',
    'recipient-admin',
  ]),
  // sagredo-dev/qmail chkuser_settings.h: CHKUSER_MAXWRONGRCPT_STRING "550 5.5.3 sorry, you are
  // violating our security policies (chkuser)"
  c('08-postfix-chkuser-550-violating-our-security-policies.eml', 'bounce', 'postfix', [
    'heidi@example.net',
    '5.5.3',
    'recipient-policy',
    'recipient-admin',
  ]),
  // chkuser 2.0 chkuser_settings.h as shipped in denislemire/netqmail: CHKUSER_RCPTFORMAT_STRING "511
  // sorry, recipient address has invalid format (#5.1.1 - chkuser)"
  c('09-qmail-chkuser-recipient-address-has-invalid-format.eml', 'bounce', 'qmail', [
    'ivan..x@example.net',
    '5.1.1',
    'recipient-unknown',
    'sender',
  ]),
  // sagredo-dev/qmail chkuser_settings.h: CHKUSER_RCPTFORMAT_STRING "553 5.1.3 sorry, rcpt syntax not
  // allowed (chkuser)"
  c('10-postfix-chkuser-rcpt-syntax-not-allowed.eml', 'bounce', 'postfix', [
    'judy..y@example.net',
    '5.1.3',
    'recipient-unknown',
    'sender',
  ]),
  // chkuser 2.0 chkuser_settings.h as shipped in denislemire/netqmail: CHKUSER_RCPTMX_STRING "511 sorry,
  // can't find a valid MX for rcpt domain (#5.1.1 - chkuser)"
  c('11-qmail-chkuser-no-valid-mx-for-rcpt-domain.eml', 'bounce', 'qmail', [
    'ken@example.org',
    '5.1.1',
    'recipient-domain-invalid',
    'sender',
  ]),
  // sagredo-dev/qmail chkuser_settings.h: CHKUSER_RCPTMX_STRING "550 5.1.2 sorry, can't find a valid MX
  // for rcpt domain (chkuser)"
  c('12-postfix-chkuser-no-valid-mx-for-rcpt-domain.eml', 'bounce', 'postfix', [
    'lena@example.org',
    '5.1.2',
    'recipient-domain-invalid',
    'sender',
  ]),
  // chkuser 2.0 chkuser_settings.h as shipped in denislemire/netqmail: CHKUSER_SENDERFORMAT_STRING "571
  // sorry, sender address has invalid format (#5.7.1 - chkuser)"
  c('13-qmail-chkuser-sender-address-has-invalid-format.eml', 'bounce', 'qmail', [
    'mike@example.net',
    '5.7.1',
    'sender-infrastructure',
    'sender',
  ]),
  // sagredo-dev/qmail chkuser_settings.h: CHKUSER_SENDERFORMAT_STRING "553 5.1.7 sorry, sender syntax
  // not allowed (chkuser)"
  c('14-postfix-chkuser-sender-syntax-not-allowed.eml', 'bounce', 'postfix', [
    'nina@example.net',
    '5.1.7',
    'sender-infrastructure',
    'sender',
  ]),
  // chkuser 2.0 chkuser_settings.h as shipped in denislemire/netqmail: CHKUSER_SENDERMX_STRING "511
  // sorry, can't find a valid MX for sender domain (#5.1.1 - chkuser)"
  c('15-qmail-chkuser-no-valid-mx-for-sender-domain.eml', 'bounce', 'qmail', [
    'oscar@example.net',
    '5.1.1',
    'sender-infrastructure',
    'sender-admin',
  ]),
  // sagredo-dev/qmail chkuser_settings.h: CHKUSER_SENDERMX_STRING "550 5.1.8 sorry, can't find a valid
  // MX for sender domain (chkuser)"
  c('16-exim-chkuser-no-valid-mx-for-sender-domain.eml', 'bounce', 'exim', [
    'paul@example.net',
    '5.1.8',
    'sender-infrastructure',
    'sender-admin',
  ]),
  // sagredo-dev/qmail chkuser_settings.h: CHKUSER_NORELAY_STRING "553 5.7.1 sorry, that domain isn't in
  // my list of allowed rcpthosts (chkuser)"
  c('17-postfix-chkuser-allowed-rcpthosts.eml', 'bounce', 'postfix', [
    'quinn@example.org',
    '5.7.1',
    'relay-denied',
    'sender-admin',
  ]),
  // sagredo-dev/qmail chkuser_settings.h: CHKUSER_RESOURCE_STRING "451 4.3.0 system temporary
  // unavailable, try again later (chkuser)"
  delay(
    '18-postfix-delay-chkuser-system-temporary-unavailable.eml',
    'postfix',
    delayedRecipient('rose@example.net', '4.3.0', 'recipient-system', 'recipient-admin'),
  ),
  // chkuser 2.0 chkuser_settings.h as shipped in denislemire/netqmail: CHKUSER_RESOURCE_STRING "430
  // system temporary unavailable, try again later (#4.3.0 - chkuser)"
  delay(
    '19-postfix-delay-chkuser-430-system-temporary-unavailable.eml',
    'postfix',
    delayedRecipient('sam@example.net', '4.3.0', 'recipient-system', 'recipient-admin'),
  ),
  // qmail/simscan simscan.c: "DYour email was rejected because it contains the %s virus" (sagredo-
  // dev/qmail qmail-smtpd.c writes a "D" reply after "554 ")
  c('20-qmail-simscan-contains-the-virus.eml', 'bounce', 'qmail', [
    'tina@example.net',
    null,
    'content-rejected',
    'sender',
  ]),
  // qmail/simscan simscan.c: "DYour email is considered spam (%.2f spam-hits)" (SpamAssassin)
  c('21-postfix-simscan-considered-spam-spam-hits.eml', 'bounce', 'postfix', [
    'uma@example.net',
    '5.0.0',
    'content-rejected',
    'sender',
  ]),
  // qmail/simscan simscan.c: "DYour email was rejected because it contains a bad attachment: %s"
  c('22-exim-simscan-bad-attachment.eml', 'bounce', 'exim', [
    'victor@example.net',
    null,
    'content-rejected',
    'sender',
  ]),
  // qmail/simscan simscan.c: "DYour email was rejected because it matches a filter (%s)" (ENABLE_REGEX)
  c('23-postfix-simscan-matches-a-filter.eml', 'bounce', 'postfix', [
    'wendy@example.net',
    '5.0.0',
    'content-rejected',
    'sender',
  ]),
  // qmail/simscan simscan.c: "DYour email is considered spam (%.4f probability)" (DSPAM)
  c('24-qmail-simscan-dspam-spam-probability.eml', 'bounce', 'qmail', [
    'xavier@example.net',
    null,
    'content-rejected',
    'sender',
  ]),
  // qmail/simscan simscan.c: "DYou are not authorized to send email to this address" (the DSPAM training
  // addresses spam@ / nospam@)
  c('25-qmail-simscan-not-authorized-to-send-to-this-address.eml', 'bounce', 'qmail', [
    'spam@example.net',
    null,
    'recipient-policy',
    'recipient-admin',
  ]),
  // notes.sagredo.eu/files/qmail/patches/rbl.README (rblsmtpd logic): "553
  // http://www.spamhaus.org/query/bl?ip=30.50.20.3" for "-zen.spamhaus.org" (the list's TXT record)
  c('26-qmail-rblsmtpd-553-spamhaus-query-url.eml', 'bounce', 'qmail', [
    'yves@example.net',
    null,
    'reputation-block',
    'sender-admin',
  ]),
  // notes.sagredo.eu/files/qmail/patches/rbl.README (rblsmtpd logic): "451
  // http://www.spamhaus.org/query/bl?ip=30.50.20.3" for "zen.spamhaus.org"
  delay(
    '27-postfix-delay-rblsmtpd-451-spamhaus-query-url.eml',
    'postfix',
    delayedRecipient('zoe@example.net', '4.0.0', 'reputation-block', 'sender-admin'),
  ),
  // ucspi-tcp rblsmtpd.c (as in indimail): fail-closed (-c) lookup failure, "451 " + "temporary RBL
  // lookup error"
  delay(
    '28-postfix-delay-rblsmtpd-temporary-rbl-lookup-error.eml',
    'postfix',
    delayedRecipient('amy@example.net', '4.0.0', 'recipient-system', 'recipient-admin'),
  ),
  // chrisboulton/spamdyke spamdyke/spamdyke.h: ERROR_IP_IN_NAME "Refused. Your reverse DNS entry
  // contains your IP address and a banned keyword." (REJECT_SEVERITY_PERMANENT "554 ")
  c('29-postfix-spamdyke-rdns-ip-and-banned-keyword.eml', 'bounce', 'postfix', [
    'ben@example.net',
    '5.0.0',
    'sender-infrastructure',
    'sender-admin',
  ]),
  // chrisboulton/spamdyke spamdyke/spamdyke.h: ERROR_IP_IN_NAME_CC "Refused. Your reverse DNS entry
  // contains your IP address and a country code." (PERMANENT)
  c('30-qmail-spamdyke-rdns-ip-and-country-code.eml', 'bounce', 'qmail', [
    'cleo@example.net',
    null,
    'sender-infrastructure',
    'sender-admin',
  ]),
  // chrisboulton/spamdyke spamdyke/spamdyke.h: ERROR_RDNS_MISSING "Refused. You have no reverse DNS
  // entry." (REJECT_SEVERITY_TEMPORARY "421 ")
  delay(
    '31-postfix-delay-spamdyke-no-reverse-dns-entry.eml',
    'postfix',
    delayedRecipient('dan@example.net', '4.0.0', 'sender-infrastructure', 'sender-admin'),
  ),
  // chrisboulton/spamdyke spamdyke/spamdyke.h: ERROR_RDNS_RESOLVE "Refused. Your reverse DNS entry does
  // not resolve." (TEMPORARY)
  delay(
    '32-postfix-delay-spamdyke-rdns-does-not-resolve.eml',
    'postfix',
    delayedRecipient('eve@example.net', '4.0.0', 'sender-infrastructure', 'sender-admin'),
  ),
  // chrisboulton/spamdyke spamdyke/spamdyke.h: ERROR_BLACKLIST_IP "Refused. Your IP address is
  // blacklisted." (PERMANENT)
  c('33-exim-spamdyke-ip-address-is-blacklisted.eml', 'bounce', 'exim', [
    'fay@example.net',
    null,
    'reputation-block',
    'sender-admin',
  ]),
  // chrisboulton/spamdyke spamdyke/spamdyke.h: ERROR_BLACKLIST_NAME "Refused. Your domain name is
  // blacklisted." (PERMANENT; the sending host's rDNS name)
  c('34-postfix-spamdyke-domain-name-is-blacklisted.eml', 'bounce', 'postfix', [
    'gus@example.net',
    '5.0.0',
    'reputation-block',
    'sender-admin',
  ]),
  // chrisboulton/spamdyke spamdyke/spamdyke.h: ERROR_SENDER_BLACKLISTED "Refused. Your sender address
  // has been blacklisted." (PERMANENT)
  c('35-qmail-spamdyke-sender-address-blacklisted.eml', 'bounce', 'qmail', [
    'hana@example.net',
    null,
    'reputation-block',
    'sender-admin',
  ]),
  // chrisboulton/spamdyke spamdyke/spamdyke.h: ERROR_RECIPIENT_BLACKLISTED "Refused. Mail is not being
  // accepted at this address." (PERMANENT; the receiving admin's recipient blacklist)
  c('36-postfix-spamdyke-mail-not-accepted-at-this-address.eml', 'bounce', 'postfix', [
    'igor@example.net',
    '5.0.0',
    'recipient-policy',
    'recipient-admin',
  ]),
  // chrisboulton/spamdyke spamdyke/spamdyke.h: ERROR_SENDER_NO_MX "Refused. The domain of your sender
  // address has no mail exchanger (MX)." (TEMPORARY)
  delay(
    '37-postfix-delay-spamdyke-sender-domain-no-mx.eml',
    'postfix',
    delayedRecipient('jill@example.net', '4.0.0', 'sender-infrastructure', 'sender-admin'),
  ),
  // chrisboulton/spamdyke spamdyke/spamdyke.h: ERROR_RBL "Refused. Your IP address is listed in the RBL
  // at " + the list (PERMANENT)
  c('38-postfix-spamdyke-listed-in-the-rbl.eml', 'bounce', 'postfix', [
    'kai@example.net',
    '5.0.0',
    'reputation-block',
    'sender-admin',
  ]),
  // chrisboulton/spamdyke spamdyke/spamdyke.h: ERROR_RHSBL "Refused. Your domain name is listed in the
  // RHSBL at " + the list (PERMANENT)
  c('39-qmail-spamdyke-listed-in-the-rhsbl.eml', 'bounce', 'qmail', [
    'lia@example.net',
    null,
    'reputation-block',
    'sender-admin',
  ]),
  // chrisboulton/spamdyke spamdyke/spamdyke.h: ERROR_GRAYLISTED "Your address has been graylisted. Try
  // again later." (TEMPORARY)
  delay(
    '40-postfix-delay-spamdyke-graylisted.eml',
    'postfix',
    delayedRecipient('max@example.net', '4.0.0', 'rate-limited', 'sender-admin'),
  ),
  // chrisboulton/spamdyke spamdyke/spamdyke.h: ERROR_RELAYING_DENIED "Refused. Sending to remote
  // addresses (relaying) is not allowed." (PERMANENT)
  c('41-exim-spamdyke-relaying-not-allowed.eml', 'bounce', 'exim', [
    'ned@example.org',
    null,
    'relay-denied',
    'sender-admin',
  ]),
  // chrisboulton/spamdyke spamdyke/spamdyke.h: ERROR_IDENTICAL_FROM_TO "Refused. Identical sender and
  // recipient addresses are not allowed." (PERMANENT)
  c('42-postfix-spamdyke-identical-sender-and-recipient.eml', 'bounce', 'postfix', [
    'alice@example.net',
    '5.0.0',
    'recipient-policy',
    'recipient-admin',
  ]),
  // chrisboulton/spamdyke spamdyke/spamdyke.h: ERROR_UNCONDITIONAL "Refused. Mail is not being
  // accepted." (PERMANENT; reject-all, the admin's setting)
  c('43-qmail-spamdyke-mail-is-not-being-accepted.eml', 'bounce', 'qmail', [
    'olga@example.net',
    null,
    'recipient-policy',
    'recipient-admin',
  ]),
  // chrisboulton/spamdyke spamdyke/spamdyke.h: ERROR_RCPT_TO "Too many recipients. Try the remaining
  // addresses again later." (TEMPORARY)
  delay(
    '44-postfix-delay-spamdyke-too-many-recipients.eml',
    'postfix',
    delayedRecipient('pat@example.net', '4.0.0', 'rate-limited', 'sender-admin'),
  ),
  // chrisboulton/spamdyke spamdyke/spamdyke.h: ERROR_ACCESS_DENIED "Refused. Access is denied."
  // (PERMANENT; the admin's access file)
  c('45-postfix-spamdyke-access-is-denied.eml', 'bounce', 'postfix', [
    'rex@example.net',
    '5.0.0',
    'recipient-policy',
    'recipient-admin',
  ]),
  // chrisboulton/spamdyke spamdyke/spamdyke.h: ERROR_EARLYTALKER "Refused. You are not following the
  // SMTP protocol." (PERMANENT)
  c('46-exim-spamdyke-not-following-the-smtp-protocol.eml', 'bounce', 'exim', [
    'sue@example.net',
    null,
    'sender-infrastructure',
    'sender-admin',
  ]),
  // OlliL/greylite greylite.c: a first attempt is refused with "452 insufficient system storage" (or the
  // next), disguising the greylisting; the words say the receiver's storage
  delay(
    '47-postfix-delay-greylite-insufficient-system-storage.eml',
    'postfix',
    delayedRecipient('tom@example.net', '4.0.0', 'recipient-system', 'recipient-admin'),
  ),
  // OlliL/greylite greylite.c: "451 qqt failure (#4.3.0)" (qmail-smtpd's own queue-fault words, as
  // greylite's disguise)
  delay(
    '48-postfix-delay-greylite-qqt-failure.eml',
    'postfix',
    delayedRecipient('ulla@example.net', '4.3.0', 'recipient-system', 'recipient-admin'),
  ),
  // indimail/indimail-mta indimail-mta-x/smtpd.c err_hmf: "553 Bad sender's system address (#5.1.8)" (the sender domain has no MX)
  c('49-qmail-indimail-bad-senders-system-address.eml', 'bounce', 'qmail', [
    'vera@example.net',
    '5.1.8',
    'sender-infrastructure',
    'sender-admin',
  ]),
  // indimail/indimail-mta indimail-mta-x/smtpd.c err_hmf: "553 sorry, helo domain must exist (#5.1.8)"
  c('50-postfix-indimail-helo-domain-must-exist.eml', 'bounce', 'postfix', [
    'walt@example.net',
    '5.1.8',
    'sender-infrastructure',
    'sender-admin',
  ]),
  // indimail/indimail-mta indimail-mta-x/smtpd.c err_hostaccess: "553 sorry, your host has been denied (#5.7.1)" (the admin's host access list)
  c('51-qmail-indimail-your-host-has-been-denied.eml', 'bounce', 'qmail', [
    'xena@example.net',
    '5.7.1',
    'recipient-policy',
    'recipient-admin',
  ]),
  // indimail/indimail-mta indimail-mta-x/smtpd.c err_acl: "553 sorry, sites access list denies transaction (#5.7.1)"
  c('52-postfix-indimail-sites-access-list-denies-transaction.eml', 'bounce', 'postfix', [
    'yuri@example.net',
    '5.7.1',
    'recipient-policy',
    'recipient-admin',
  ]),
  // indimail/indimail-mta indimail-mta-x/smtpd.c err_mrc: "557 sorry, too many recipients (#5.7.1)" (control/maxrecipients)
  c('53-exim-indimail-too-many-recipients.eml', 'bounce', 'exim', [
    'zack@example.net',
    '5.7.1',
    'rate-limited',
    'sender-admin',
  ]),
  // indimail/indimail-mta indimail-mta-x/smtpd.c: "451 greylist temporary failure (#4.3.0)"
  delay(
    '54-postfix-delay-indimail-greylist-temporary-failure.eml',
    'postfix',
    delayedRecipient('abe@example.net', '4.3.0', 'rate-limited', 'sender-admin'),
  ),
  // indimail/indimail-mta indimail-mta-x/smtpd.c smtp_rcpt (CUGMAIL): "553 sorry, this MTA is a closed user group system (#5.7.1)"
  c('55-qmail-indimail-closed-user-group-system.eml', 'bounce', 'qmail', [
    'bea@example.net',
    '5.7.1',
    'recipient-policy',
    'recipient-admin',
  ]),
  // indimail/indimail-mta indimail-mta-x/smtpd.c: "421 too many invalid addresses, goodbye (#4.7.1)"
  delay(
    '56-postfix-delay-indimail-too-many-invalid-addresses.eml',
    'postfix',
    delayedRecipient('cal@example.net', '4.7.1', 'rate-limited', 'sender-admin'),
  ),
];

describe('qmail add-ons (chkuser, simscan, rblsmtpd, spamdyke, greylite): variants', () => {
  test.each(CASES.map((x) => [x.file, x] as const))('%s', (_file, x) => checkFixture(x));
});
