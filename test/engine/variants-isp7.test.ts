// National ISPs and mailbox providers, seventh sweep: what Telstra BigPond (its outbound relay and its
// inbound servers), Andrews & Arnold's smarthost (UK), Wirtualna Polska (wp.pl), Telenor's online.no,
// SingNet (Singtel) and Skyway West (Canada) reply when they refuse or defer mail, quoted by the
// sender's Postfix, Exim, sendmail, qmail or Exchange Online in a bounce or a delay notice. Words from
// the providers' help pages and from threads that quote their replies; where a page gives the words
// but not the reply code, the code is ours and the words decide. Fixtures: test/fixtures/variants/isp7.
import { checkFixture, delayedRecipient, variantCases, type FixtureCase } from './fixture-cases';

const c = variantCases('isp7/');

const CASES: FixtureCase[] = [
  // Telstra CrowdSupport wiki, "Why is my email being blacklisted?" (crowdsupport.telstra.com.au
  // .../ta-p/76234): "The mail server sent an incorrect greeting: nschwcmgw08p BigPond Outbound [OB105.
  // Connection refused. (ip:address) is listed on the Exploits Block List (XBL)." BigPond's outbound
  // relay refuses the customer's own IP in its greeting; Postfix through it as relayhost (the 554 is ours)
  c('01-postfix-relayhost-bigpond-outbound-554-ob105-xbl.eml', 'bounce', 'postfix', [
    'hana@example.org',
    '5.0.0',
    'reputation-block',
    'sender-admin',
  ]),
  // The same greeting (CrowdSupport wiki 76234), Exim's smarthost transport "after initial connection"
  c('02-exim-relayhost-bigpond-outbound-554-ob105-xbl-initial-connection.eml', 'bounce', 'exim', [
    'liam@example.net',
    '5.0.0',
    'reputation-block',
    'sender-admin',
  ]),
  // Outlook to BigPond, 5.7.1 IB309 (es.ittrip.xyz/?p=8126 and it.ittrip.xyz/python/outlook-bigpond-blocco-
  // email, the bounce as senders quote it): "Remote Server returned '550 5.7.1 Sender rejected. Sender
  // domain is blacklisted. IB309'"; the sender's domain on BigPond's list, at MAIL FROM, quoted by Postfix
  c('03-postfix-bigpond-550-5.7.1-sender-domain-blacklisted-ib309.eml', 'bounce', 'postfix', [
    'mia.k@bigpond.com',
    '5.7.1',
    'reputation-block',
    'sender-admin',
  ]),
  // The same reply (ittrip.xyz, IB309) in Exchange Online's NDR, as that page shows it
  c('04-exchange-online-bigpond-550-5.7.1-ib309-sender-domain-blacklisted.eml', 'bounce', 'exchange', [
    'oscar.w@bigpond.com',
    '5.7.1',
    'reputation-block',
    'sender-admin',
  ]),
  // The same reply (ittrip.xyz, IB309), qmail-remote's "Connected to ... but sender was rejected"
  c('05-qmail-bigpond-550-5.7.1-sender-domain-blacklisted-ib309.eml', 'bounce', 'qmail', [
    'ella.t@bigpond.com',
    '5.7.1',
    'reputation-block',
    'sender-admin',
  ]),
  // suped.com, "Why are Bigpond emails bouncing with a content-based spam reason?": "Message content
  // rejected due to suspected spam. IB703 5.7.1" (the 558 as the IB704x reply of variants/isp6 has it);
  // nsff.no/cms/hjelp.php?nh_id=526 quoting Exim: "host mx.online.no [...]: 550 5.1.1 <xxxxxx@online.no>...
  // User unknown" (Telenor's online.no); one Postfix bounce, one reason each
  c(
    '06-postfix-two-bigpond-ib703-content-and-telenor-user-unknown.eml',
    'bounce',
    'postfix',
    ['zoe.h@bigpond.com', '5.7.1', 'content-rejected', 'sender'],
    ['kari.n@online.no', '5.1.1', 'recipient-unknown', 'sender'],
  ),
  // Andrews & Arnold support wiki, "Sending Email Errors" (support.aa.net.uk): "CA2: An IP address has been
  // blocked from sending email through smtp.aa.net.uk due to the IP sending a number of high spam scoring
  // messages ... We reject the message with: Error CA2 see: http://wiki.aa.org.uk/Sending_Email_Errors
  // x.x.x.x is blocked from sending. Probably due to sending spam messages." The ISP's relay stops its own
  // customer's IP (no content verdict on this message); Postfix through smtp.aa.net.uk (the 550 is ours)
  c('07-postfix-relayhost-aaisp-550-ca2-ip-blocked-from-sending.eml', 'bounce', 'postfix', [
    'freya@example.org',
    '5.0.0',
    'sender-blocked',
    'sender-admin',
  ]),
  // The same refusal (support.aa.net.uk, CA2) for two recipients, in Exim's bounce
  c(
    '08-exim-relayhost-aaisp-550-ca2-two-recipients.eml',
    'bounce',
    'exim',
    ['george@example.net', '5.0.0', 'sender-blocked', 'sender-admin'],
    ['harriet@example.org', '5.0.0', 'sender-blocked', 'sender-admin'],
  ),
  // boostorg/geometry issue 728 (comment of 2020-06-19 quoting Gmail's delay notice for a wp.pl
  // recipient): "Diagnostic-Code: smtp; 451 BLAD SPF - zobacz strone / SPF Error: Please see
  // http://www.openspf.org/Why?id=...&ip=...&receiver=smtp.wp.pl Jesli jestes uzytkownikiem poczta.wp.pl
  // sprawdz poprawnosc autoryzacji SMTP / If you are a poczta.wp.pl user check SMTP configuration:
  // http://poczta.wp.pl/autoryzacja/", Remote-MTA mx.wp.pl; a Postfix delay notice
  c(
    '09-postfix-delay-wp-451-blad-spf.eml',
    'delay',
    'postfix',
    delayedRecipient('tomek.z@wp.pl', '4.0.0', 'auth-failed', 'sender-admin'),
  ),
  // The same deferral (boostorg/geometry#728), Exim's 24-hour warning
  c(
    '10-exim-delay-wp-451-blad-spf.eml',
    'delay',
    'exim',
    delayedRecipient('marta.k@wp.pl', '4.0.0', 'auth-failed', 'sender-admin'),
  ),
  // The same deferral (boostorg/geometry#728) until Postfix gave up: retries ran out, the cause is named
  c('11-postfix-expired-wp-451-blad-spf.eml', 'bounce', 'postfix', [
    'piotr.w@wp.pl',
    '4.0.0',
    'auth-failed',
    'sender-admin',
  ]),
  // nsff.no/cms/hjelp.php?nh_id=526 (Exim's bounce as the page shows it): "SMTP error from remote mail
  // server after RCPT TO:<xxxxxx@online.no>: host mx.online.no [193.213.115.10]: 550 5.1.1
  // <xxxxxx@online.no>... User unknown" (Telenor)
  c('12-exim-telenor-online-550-5.1.1-user-unknown.eml', 'bounce', 'exim', [
    'ola.n@online.no',
    '5.1.1',
    'recipient-unknown',
    'sender',
  ]),
  // The same reply (nsff.no, mx.online.no), in sendmail's bounce
  c('13-sendmail-telenor-online-550-5.1.1-user-unknown.eml', 'bounce', 'sendmail', [
    'ingrid.h@online.no',
    '5.1.1',
    'recipient-unknown',
    'sender',
  ]),
  // SingNet email FAQ, Outgoing Anti-Spam Enhancement (singnet.com.sg/technical/email/faq.htm): "Your
  // email has been identified by SingNet as a potential spam. Your email was not sent." (the outgoing
  // gateway scans each message); Postfix through SingNet's relay (the 554 is ours): the sender's content
  c('14-postfix-relayhost-singnet-554-identified-as-potential-spam.eml', 'bounce', 'postfix', [
    'daniel@example.net',
    '5.0.0',
    'content-rejected',
    'sender',
  ]),
  // The same refusal (SingNet FAQ) after end of data, Exim returning the whole message
  c('15-exim-relayhost-singnet-potential-spam-message-returned.eml', 'bounce', 'exim', [
    'priya@example.org',
    '5.0.0',
    'content-rejected',
    'sender',
  ]),
  // Skyway West, "What to do if Skyway West bounces email to accounts we host" (skywaywest.com/2014/06):
  // "451 Domain of sender address does not resolve" ("we refuse E-mail if we cannot confirm or resolve the
  // domain of the sender"); a Postfix delay notice
  c(
    '16-postfix-delay-skyway-451-domain-of-sender-address-does-not-resolve.eml',
    'delay',
    'postfix',
    delayedRecipient('brent@example.ca', '4.0.0', 'sender-infrastructure', 'sender-admin'),
  ),
  // One Postfix delay notice, two causes: wp.pl's SPF deferral (boostorg/geometry#728) and Skyway West's
  // unresolvable sender domain (skywaywest.com/2014/06)
  c(
    '17-postfix-delay-two-wp-spf-and-skyway-sender-domain.eml',
    'delay',
    'postfix',
    delayedRecipient('jan.k@wp.pl', '4.0.0', 'auth-failed', 'sender-admin'),
    delayedRecipient('dana@example.ca', '4.0.0', 'sender-infrastructure', 'sender-admin'),
  ),
  // suped.com (BigPond content-based spam reason): "Message content rejected due to suspected spam. IB703",
  // Exim after end of data
  c('18-exim-bigpond-558-5.7.1-content-rejected-suspected-spam-ib703.eml', 'bounce', 'exim', [
    'lucas.p@bigpond.com',
    '5.7.1',
    'content-rejected',
    'sender',
  ]),
  // BigPond Outbound's OB105 greeting (CrowdSupport wiki 76234), sendmail through the relay
  c('19-sendmail-relayhost-bigpond-outbound-554-ob105-xbl.eml', 'bounce', 'sendmail', [
    'tom.b@example.net',
    '5.0.0',
    'reputation-block',
    'sender-admin',
  ]),
  // One Exim bounce, two reasons: BigPond's IB309 at MAIL FROM (ittrip.xyz) and Telenor's unknown user
  // (nsff.no)
  c(
    '20-exim-two-bigpond-ib309-and-telenor-user-unknown.eml',
    'bounce',
    'exim',
    ['chloe.r@bigpond.com', '5.7.1', 'reputation-block', 'sender-admin'],
    ['sindre.l@online.no', '5.1.1', 'recipient-unknown', 'sender'],
  ),
];

describe('national ISPs and mailbox providers, seventh sweep (test/fixtures/variants/isp7)', () => {
  it.each(CASES)('$file', (c) => checkFixture(c));
});
