// US regional ISPs and European mail providers, eighth sweep: what mailbox.org, Posteo, Tuta,
// freenet.de, Cable One and United Online (NetZero, Juno) reply when they defer or refuse mail
// (greylisting, a spam verdict, an unknown or inactive user, a full mailbox, the sender's DNS, a
// forged sender), each quoted by the sender's Postfix, Exim, sendmail, qmail or Exchange in a bounce
// or a delay notice. Words from the providers' help pages and from issue threads that quote their
// servers; where a page gives only the words, the reply code is ours and the words decide. No words
// of their own servers were found for CenturyLink/Lumen, Frontier, Windstream, Optimum/Altice,
// Mediacom, WOW!, A1, Telenet, Eircom, Sapo/MEO, OTE or Hrvatski Telekom. Fixtures:
// test/fixtures/variants/isp8.
import { checkFixture, delayedRecipient, variantCases, type FixtureCase } from './fixture-cases';

const c = variantCases('isp8/');

const CASES: FixtureCase[] = [
  // mailbox.org: "450 4.2.0 <greasyforktest@mailbox.org>: Recipient address rejected: Greylisted, see
  // http://postgrey.schweikert.ch/help/mailbox.org.html (in reply to RCPT TO command)" from
  // mx2.mailbox.org (greasyfork-org/greasyfork issue 1117, a Postfix log); a Postfix delay notice
  c(
    '01-postfix-delay-mailbox-org-450-4.2.0-greylisted.eml',
    'delay',
    'postfix',
    delayedRecipient('jonas.b@mailbox.org', '4.2.0', 'rate-limited', 'sender-admin'),
  ),
  // The same greylisting reply (greasyfork-org/greasyfork#1117), Exim's 24-hour warning
  c(
    '02-exim-delay-mailbox-org-450-4.2.0-greylisted.eml',
    'delay',
    'exim',
    delayedRecipient('lena.w@mailbox.org', '4.2.0', 'rate-limited', 'sender-admin'),
  ),
  // Posteo: "host mx01.posteo.de[185.67.36.61] said: 550 5.7.1 Command rejected (in reply to end of
  // DATA command)" (chatmail/core issue 2422, "Posteo doesn't want our read receipts"): Postfix's words
  // for a milter's reject (src/milter/milter8.c "550 5.7.1 Command rejected"), and Posteo refuses what
  // its spam filter scores as spam while accepting it (posteo.de/hilfe, "Wie funktioniert der
  // Posteo-Spamfilter?"); the original message returned whole
  c('03-postfix-posteo-550-5.7.1-command-rejected-end-of-data.eml', 'bounce', 'postfix', [
    'c.reuter@posteo.de',
    '5.7.1',
    'content-rejected',
    'sender',
  ]),
  // The same refusal (chatmail/core#2422), Exim's "SMTP error from remote mail server after end of data"
  c('04-exim-posteo-550-5.7.1-command-rejected-end-of-data.eml', 'bounce', 'exim', [
    'm.albers@posteo.net',
    '5.7.1',
    'content-rejected',
    'sender',
  ]),
  // Posteo's sending server: "Send error: permanent: 5.7.1 message content rejected" (chatmail/core
  // issue 8150, "Posteo rejects initial non-e2ee messages"), Postfix's words for a content check's
  // REJECT (src/cleanup "5.7.1 message content rejected"); quoted by the sender's Postfix that relays
  // through Posteo
  c('05-postfix-relayhost-posteo-550-5.7.1-message-content-rejected.eml', 'bounce', 'postfix', [
    'kim@example.org',
    '5.7.1',
    'content-rejected',
    'sender',
  ]),
  // Cable One: "554 Failure message looks like spam" (support.cableone.net, "Error: 554 Failure Message
  // Looks Like Spam": Cable One's spam control on mail to its customers and from them), quoted by
  // Postfix after end of DATA, the original message returned whole
  c('06-postfix-cableone-554-failure-message-looks-like-spam.eml', 'bounce', 'postfix', [
    'rwilson@cableone.net',
    '5.0.0',
    'content-rejected',
    'sender',
  ]),
  // The same reply (support.cableone.net OE_554Error), sendmail's transcript
  c('07-sendmail-cableone-554-failure-message-looks-like-spam.eml', 'bounce', 'sendmail', [
    'dgarcia@cableone.net',
    '5.0.0',
    'content-rejected',
    'sender',
  ]),
  // The same reply (support.cableone.net OE_554Error), qmail-remote's "failed after I sent the message":
  // no enhanced code anywhere
  c('08-qmail-cableone-554-failure-message-looks-like-spam.eml', 'bounce', 'qmail', [
    'jparker@cableone.net',
    null,
    'content-rejected',
    'sender',
  ]),
  // NetZero: a message to a NetZero member "returned with the message 'Mail quota exceeded'": the
  // member's mailbox is full (help.netzero.net/support/email/no-deliver.html); the reply code is ours,
  // quoted by sendmail at RCPT
  c('09-sendmail-netzero-552-5.2.2-mail-quota-exceeded.eml', 'bounce', 'sendmail', [
    'hmiller@netzero.net',
    '5.2.2',
    'mailbox-full',
    'recipient',
  ]),
  // NetZero (United Online, also Juno): 'If your email message is returned to you with the comment
  // "User unknown," then that email address is invalid' and "Mail quota exceeded" for a full mailbox
  // (help.netzero.net no-deliver.html; help.netzero.com u-understand-mdf.html "Mail Quota Exceeded");
  // two recipients failing for different reasons, quoted by Postfix
  c(
    '10-postfix-two-netzero-user-unknown-and-juno-mail-quota-exceeded.eml',
    'bounce',
    'postfix',
    ['bthompson@netzero.com', '5.1.1', 'recipient-unknown', 'sender'],
    ['gwright@juno.com', '5.2.2', 'mailbox-full', 'recipient'],
  ),
  // freenet.de: "550 unrouteable address" for a recipient that is unknown or no longer exists
  // (sitepackage.de, "Typische Fehlermeldungen bei Unzustellbarkeit", Freenet row): the MX's own domain,
  // a user it does not know; quoted by Exim at RCPT
  c('11-exim-freenet-550-unrouteable-address.eml', 'bounce', 'exim', [
    'petra.k@freenet.de',
    '5.0.0',
    'recipient-unknown',
    'sender',
  ]),
  // The same reply (sitepackage.de, Freenet), quoted by Postfix
  c('12-postfix-freenet-550-unrouteable-address.eml', 'bounce', 'postfix', [
    'uwe.h@freenet.de',
    '5.0.0',
    'recipient-unknown',
    'sender',
  ]),
  // Tuta: its servers refuse "Sender address rejected: Domain not found (Lookup if MX or A entry for
  // sender domain exists)" (tutao/tutanota issue 2082); the words as Postfix gives them
  // (src/smtpd/smtpd_check.c "<%s>: %s rejected: Domain not found"): the sender's DNS
  c('13-postfix-tutanota-550-5.1.8-sender-address-rejected-domain-not-found.eml', 'bounce', 'postfix', [
    'anna.s@tutanota.com',
    '5.1.8',
    'sender-infrastructure',
    'sender-admin',
  ]),
  // Tuta: "Client host rejected because reverse host name lookup failed" (tutao/tutanota#2082), in
  // Postfix's words (smtpd_check.c "Client host rejected: cannot find your reverse hostname, [%s]",
  // 450 4.7.1); a Postfix delay notice
  c(
    '14-postfix-delay-tutanota-450-4.7.1-cannot-find-your-reverse-hostname.eml',
    'delay',
    'postfix',
    delayedRecipient('felix.m@tuta.io', '4.7.1', 'sender-infrastructure', 'sender-admin'),
  ),
  // Tuta: "Sender address rejected: Tutanota sender from external" (tutao/tutanota#2082): mail from
  // outside Tuta that claims a Tuta sender address, as the Bluewin case of variants/isp5 (Cleanmail's
  // "Forged sender domain from this server"); the code is ours, quoted by Exim
  c(
    '15-exim-tutanota-554-5.7.1-sender-address-rejected-tutanota-sender-from-external.eml',
    'bounce',
    'exim',
    ['jan.p@tutanota.de', '5.7.1', 'auth-failed', 'sender-admin'],
  ),
  // freenet's "550 unrouteable address" (sitepackage.de) at RCPT and Cable One's "554 Failure message
  // looks like spam" (support.cableone.net) after end of data, one Exim bounce with the message returned
  c(
    '16-exim-two-freenet-unrouteable-and-cableone-looks-like-spam.eml',
    'bounce',
    'exim',
    ['sabine.r@freenet.de', '5.0.0', 'recipient-unknown', 'sender'],
    ['mhall@cableone.net', '5.0.0', 'content-rejected', 'sender'],
  ),
  // Three recipients failing for three reasons, one Postfix bounce: NetZero's "Mail quota exceeded"
  // (help.netzero.net), freenet's "550 unrouteable address" (sitepackage.de), Posteo's "550 5.7.1
  // Command rejected" after end of DATA (chatmail/core#2422)
  c(
    '17-postfix-three-netzero-quota-freenet-unrouteable-posteo-command-rejected.eml',
    'bounce',
    'postfix',
    ['lcarter@netzero.net', '5.2.2', 'mailbox-full', 'recipient'],
    ['dieter.b@freenet.de', '5.0.0', 'recipient-unknown', 'sender'],
    ['ines.v@posteo.de', '5.7.1', 'content-rejected', 'sender'],
  ),
  // mailbox.org's greylisting (greasyfork-org/greasyfork#1117) and Tuta's reverse-hostname check
  // (tutao/tutanota#2082, Postfix smtpd_check.c words), one Postfix delay notice for both
  c(
    '18-postfix-delay-two-mailbox-org-greylisted-and-tutanota-reverse-hostname.eml',
    'delay',
    'postfix',
    delayedRecipient('ruth.e@mailbox.org', '4.2.0', 'rate-limited', 'sender-admin'),
    delayedRecipient('karl.d@tutanota.com', '4.7.1', 'sender-infrastructure', 'sender-admin'),
  ),
  // mailbox.org's greylisting (greasyfork-org/greasyfork#1117) until Postfix gave up: retries ran out,
  // the cause is named
  c('19-postfix-expired-mailbox-org-450-4.2.0-greylisted.eml', 'bounce', 'postfix', [
    'olaf.t@mailbox.org',
    '4.2.0',
    'rate-limited',
    'sender-admin',
  ]),
  // Cable One's "554 Failure message looks like spam" (support.cableone.net OE_554Error), quoted by an
  // Exchange NDR ("Remote server returned")
  c('20-exchange-cableone-554-failure-message-looks-like-spam.eml', 'bounce', 'exchange', [
    'srobinson@cableone.net',
    '5.0.0',
    'content-rejected',
    'sender',
  ]),
  // NetZero: "Account Inactive: This indicates that the recipient's account is currently inactive"
  // (help.netzero.com/support/webmail/u-understand-mdf.html, errors in the transcript); the reply code
  // is ours, quoted by qmail: no enhanced code, the one Bounce Lens gives inactive mailboxes
  c('21-qmail-netzero-550-account-inactive.eml', 'bounce', 'qmail', [
    'tbaker@netzero.net',
    '5.2.1',
    'mailbox-inactive',
    'sender',
  ]),
  // mailbox.org's greylisting (greasyfork-org/greasyfork#1117), sendmail's 4-hour warning
  c(
    '22-sendmail-delay-mailbox-org-450-4.2.0-greylisted.eml',
    'delay',
    'sendmail',
    delayedRecipient('greta.n@mailbox.org', '4.2.0', 'rate-limited', 'sender-admin'),
  ),
  // NetZero's "Mail quota exceeded" (help.netzero.net no-deliver.html), quoted by an Exchange NDR
  c('23-exchange-netzero-552-5.2.2-mail-quota-exceeded.eml', 'bounce', 'exchange', [
    'jlewis@netzero.com',
    '5.2.2',
    'mailbox-full',
    'recipient',
  ]),
];

describe('US regional ISPs and European providers, eighth sweep (test/fixtures/variants/isp8)', () => {
  it.each(CASES)('$file', (c) => checkFixture(c));
});
