// Variants of the refusals that mailbox providers, ISPs and hosters publish on their postmaster and help
// pages (Road Runner/Spectrum, mail.com, EarthLink, Interia, Aruba, bytecamp, Strato, IONOS, Ru-Center,
// Cleanmail for Bluewin senders, OVH, Libero/Virgilio), in whole bounces and delay notices as Postfix,
// Exim, Sendmail, qmail-send or Exchange Online return them. The reply texts are the pages' own; the
// addresses and hosts around them are invented. Fixtures: test/fixtures/variants/isp5. The comment
// above each row names the page the wording comes from.
import { checkFixture, delayCases, delayedRecipient, variantCases, type FixtureCase } from './fixture-cases';

const c = variantCases('isp5/');
const delay = delayCases('isp5/');

const CASES: FixtureCase[] = [
  // Road Runner (Spectrum) postmaster, Inbound Error Messages (postmaster.rr.com/error_messages):
  // "550 5.7.1 - Message rejected; message contains virus."
  c('01-exim-roadrunner-550-5.7.1-message-rejected-contains-virus.eml', 'bounce', 'exim', [
    'dana.k@example.net',
    '5.7.1',
    'content-rejected',
    'sender',
  ]),
  // postmaster.rr.com/error_messages: "552 5.3.4 - Message too large; message rejected." (inbound limit 30 MB)
  c('02-postfix-roadrunner-552-5.3.4-message-too-large.eml', 'bounce', 'postfix', [
    'lee.park@example.net',
    '5.3.4',
    'message-too-large',
    'sender',
  ]),
  // postmaster.rr.com/error_messages, a problem of its servers: "421 4.3.2 - Connection refused. Server
  // is busy, please try back later"
  delay(
    '03-postfix-delay-roadrunner-421-4.3.2-server-busy-two-recipients.eml',
    'postfix',
    delayedRecipient('mo.ortiz@example.net', '4.3.2', 'recipient-system', 'recipient-admin'),
    delayedRecipient('jo.ortiz@example.net', '4.3.2', 'recipient-system', 'recipient-admin'),
  ),
  // postmaster.rr.com/error_messages: "550 5.1.1 - Invalid mailbox: RECIPIENT@SOMETHING.RR.COM"
  c('04-sendmail-roadrunner-550-5.1.1-invalid-mailbox.eml', 'bounce', 'sendmail', [
    'pat.quinn@example.net',
    '5.1.1',
    'recipient-unknown',
    'sender',
  ]),
  // postmaster.rr.com/error_messages, a problem of its servers: "451 4.3.0 - Internal error"
  delay(
    '05-exim-delay-roadrunner-451-4.3.0-internal-error.eml',
    'exim',
    delayedRecipient('sam.ruiz@example.net', '4.3.0', 'recipient-system', 'recipient-admin'),
  ),
  // postmaster.rr.com/error_messages: "553 5.1.2 - Recipient address not local. relaying denied"
  c('06-postfix-roadrunner-553-5.1.2-recipient-address-not-local-relaying-denied.eml', 'bounce', 'postfix', [
    'info@example.org',
    '5.1.2',
    'relay-denied',
    'sender-admin',
  ]),
  // mail.com postmaster, Error messages (postmaster.mail.com/en/error-messages): "4xy Administrative
  // reject": temporarily rejected due to a general system overload; the multi-line form is GMX's
  // (postmaster.gmx.com/en/error-messages, "554-gmx.net (mxgmx104) Nemesis ESMTP Service not available")
  delay(
    '07-postfix-delay-mailcom-421-administrative-reject.eml',
    'postfix',
    delayedRecipient('vera.h@example.net', '4.0.0', 'recipient-system', 'recipient-admin'),
  ),
  // postmaster.mail.com/en/error-messages: "4xy Rate limit reached. Please try again later"
  delay(
    '08-exim-delay-mailcom-421-rate-limit-reached.eml',
    'exim',
    delayedRecipient('nils.b@example.net', '4.0.0', 'rate-limited', 'sender-admin'),
  ),
  // postmaster.mail.com/en/error-messages: "5xy Reject due to SPF policy. The originating IP of the
  // message is not permitted by the domain owner"
  c('09-postfix-mailcom-550-reject-due-to-spf-policy.eml', 'bounce', 'postfix', [
    'ines.w@example.net',
    '5.0.0',
    'auth-failed',
    'sender-admin',
  ]),
  // EarthLink postmaster (Vade), Inbound SMTP error codes (postmaster-earthlink.vadesecure.com/
  // inbound_error_codes): "_105 550 5.7.1 Connection refused. Please check your reverse DNS configuration."
  c('10-postfix-earthlink-550-5.7.1-connection-refused-elnk-105.eml', 'bounce', 'postfix', [
    'rita.m@example.net',
    '5.7.1',
    'sender-infrastructure',
    'sender-admin',
  ]),
  // postmaster-earthlink.vadesecure.com/inbound_error_codes: "_108 550 5.7.1 Connection refused. Please
  // check your FCrDNS configuration."
  c('11-exim-earthlink-550-5.7.1-connection-refused-elnk-108.eml', 'bounce', 'exim', [
    'otto.v@example.net',
    '5.7.1',
    'sender-infrastructure',
    'sender-admin',
  ]),
  // EarthLink's blockedbyearthlink autoreply (lists.freebsd.org freebsd-doc 2009-October/016377): "550
  // Dynamic/zombied/spam IPs blocked. Write blockedbyearthlink@..."
  c('12-qmail-earthlink-550-dynamic-zombied-spam-ips-blocked.eml', 'bounce', 'qmail', [
    'hal.p@example.net',
    null,
    'reputation-block',
    'sender-admin',
  ]),
  // Interia Poczta help, Dlaczego wiadomość nie została dostarczona? (pomoc.poczta.interia.pl): "550 5.7.1
  // Recipient doesn't want your mail": the account has probably put the sender on its blocked list
  c('13-postfix-interia-550-5.7.1-recipient-doesnt-want-your-mail.eml', 'bounce', 'postfix', [
    'kasia.n@example.pl',
    '5.7.1',
    'recipient-policy',
    'recipient',
  ]),
  // pomoc.poczta.interia.pl (same page): "550 5.7.0 [SPF] host (host number) is not allowed to send mail
  // from domain"
  c(
    '14-exim-interia-550-5.7.0-spf-host-not-allowed-two-recipients.eml',
    'bounce',
    'exim',
    ['tomek.z@example.pl', '5.7.0', 'auth-failed', 'sender-admin'],
    ['ola.z@example.pl', '5.7.0', 'auth-failed', 'sender-admin'],
  ),
  // Aruba hosting guide, Risoluzione errori comuni (guide.hosting.aruba.it): a box in over quota refuses
  // new mail "ed il mittente riceve l'errore user is over quota"
  c('15-postfix-aruba-550-5.2.2-user-is-over-quota.eml', 'bounce', 'postfix', [
    'marco.r@example.it',
    '5.2.2',
    'mailbox-full',
    'recipient',
  ]),
  // guide.hosting.aruba.it (same page): "L'errore 5.5.2 bad chars in command indica che tra gli indirizzi
  // email destinatari ci son[o]" characters an address may not have
  c('16-postfix-relayhost-aruba-501-5.5.2-bad-chars-in-command.eml', 'bounce', 'postfix', [
    'giulia;bianchi@example.it',
    '5.5.2',
    'recipient-unknown',
    'sender',
  ]),
  // bytecamp FAQ, Fehlermeldungen bei Zustellproblemen (bytecamp.net/de/faq/email/zustellen.html): "422
  // 4.2.2 Quota limit exceeded (Speicherplatz des Kontos ueberschritten)"
  delay(
    '18-postfix-delay-bytecamp-422-4.2.2-quota-limit-exceeded.eml',
    'postfix',
    delayedRecipient('jan.k@example.de', '4.2.2', 'mailbox-full', 'recipient'),
  ),
  // bytecamp.net/de/faq/email/zustellen.html: "571 5.7.1 message classified as spam (Nachricht als Spam
  // eingestuft)"
  c('19-exchange-online-bytecamp-571-5.7.1-message-classified-as-spam.eml', 'bounce', 'exchange', [
    'eva.s@example.de',
    '5.7.1',
    'content-rejected',
    'sender',
  ]),
  // Strato FAQ #2420, Fehlermeldungen bei E-Mails (strato.de/faq/mail/fehlermeldungen-bei-e-mails): "550
  // 5.7.1 Refused by local policy. No SPAM please"
  c('20-postfix-strato-550-5.7.1-refused-by-local-policy-no-spam-please.eml', 'bounce', 'postfix', [
    'heinz.w@example.de',
    '5.7.1',
    'content-rejected',
    'sender',
  ]),
  // Strato NL FAQ, Waarom krijg ik foutmeldingen (strato.nl/faq/mail/waarom-krijg-ik-foutmeldingen-bij-het-
  // werken-met-e-mail): "Refused by local policy. No SPAM please! (...)" with the hint in brackets, one of
  // them "Suspected phishing attempt"
  c('21-exim-strato-550-5.7.1-no-spam-please-suspected-phishing-attempt.eml', 'bounce', 'exim', [
    'anke.d@example.de',
    '5.7.1',
    'content-rejected',
    'sender',
  ]),
  // IONOS Hilfe, Fehlermeldungen bei unzustellbarer E-Mail (ionos.de/hilfe/e-mail/...): "550 Quota
  // Exceeded: Das Postfach des Empfängers ist voll"
  c('22-exim-ionos-550-quota-exceeded.eml', 'bounce', 'exim', [
    'kai.b@example.de',
    '5.0.0',
    'mailbox-full',
    'recipient',
  ]),
  // ionos.de (same page): "554 Service unavailable; Client host [...] blocked using rbl.orbitrbl.com - IP
  // Black Listed", a list that names IONOS's sending server
  c('23-postfix-relayhost-ionos-554-blocked-using-orbitrbl-ip-black-listed.eml', 'bounce', 'postfix', [
    'buero@example.org',
    '5.7.1',
    'reputation-block',
    'sender-admin',
  ]),
  // Ru-Center, Mail diagnostics and troubleshooting (nic.ru/help/mail-diagnostics-and-troubleshooting_
  // 14426.html): "451 domain.ru prohibited. Disk quota exceeded", the domain's disk space is used up
  delay(
    '24-postfix-delay-nicmail-451-domain-prohibited-disk-quota-exceeded.eml',
    'postfix',
    delayedRecipient('sklad@example.ru', '4.0.0', 'mailbox-full', 'recipient'),
  ),
  // Cleanmail, Stricter rules for accepting mail with sender bluewin.ch (cleanmail.ch/stricter-rules-for-
  // bluewin): "Forged sender domain from this server", a bluewin.ch sender not sent by Bluewin's servers
  c('25-postfix-relayhost-cleanmail-550-forged-sender-domain-from-this-server.eml', 'bounce', 'postfix', [
    'praxis@example.ch',
    '5.7.1',
    'auth-failed',
    'sender-admin',
  ]),
  // OVH guide, SMTP/POP3/IMAP (gids.ovh.nl/EmailSmtpPop3Imap): after 24 hours in the spool "Sorry, I
  // wasn't able to establish an SMTP connection. (#4.4.1) I'm not going to try again; this message has
  // been in the queue too long."
  c('26-qmail-ovh-expired-4.4.1-no-smtp-connection-queue-too-long.eml', 'bounce', 'qmail', [
    'client@example.org',
    '4.4.1',
    'expired',
    'recipient-admin',
  ]),
  // Libero Mail help, Messaggi di errore più frequenti dopo invio email (aiuto.libero.it): "MAILBOX FULL
  // (User quota exceeded)"
  c('27-exchange-online-libero-552-mailbox-full-user-quota-exceeded.eml', 'bounce', 'exchange', [
    'paolo.g@libero.it',
    '5.2.2',
    'mailbox-full',
    'recipient',
  ]),
  // aiuto.libero.it and aiuto.virgilio.it (same page): "RELAYING NOT ALLOWED (550 Relay Disabled)", the
  // client sends through an SMTP server that is not its provider's
  c('28-postfix-relayhost-virgilio-550-relay-disabled.eml', 'bounce', 'postfix', [
    'amico@example.org',
    '5.7.1',
    'relay-denied',
    'sender-admin',
  ]),
  // Forpsi knowledge base, inbound filter mxavas.forpsi.com (support.konto.pl/kb/a2871): "552 5.1.1 5.2.2
  // sorry, final recipient mailbox is full (chkuser)"; Postfix takes the first code as the status
  c('29-postfix-forpsi-552-5.2.2-final-recipient-mailbox-is-full-chkuser.eml', 'bounce', 'postfix', [
    'magda.w@example.pl',
    '5.1.1',
    'mailbox-full',
    'recipient',
  ]),
  // support.konto.pl/kb/a2871: "550 5.1.1 <xxx> sender is blacklisted", the recipient has set a black
  // list for the mailbox and the sender matches one of its records
  c(
    '30-exim-forpsi-550-5.1.1-sender-is-blacklisted-two-recipients.eml',
    'bounce',
    'exim',
    ['piotr.l@example.pl', '5.1.1', 'recipient-policy', 'recipient'],
    ['anna.l@example.pl', '5.1.1', 'recipient-policy', 'recipient'],
  ),
  // support.konto.pl/kb/a2871: "552 5.2.0 0biL1i00V1cmcpM01biL4w spam detected", refused as spam (the
  // recipient set automatic rejection of mail marked as spam)
  c('31-postfix-forpsi-552-5.2.0-spam-detected.eml', 'bounce', 'postfix', [
    'ewa.k@example.pl',
    '5.2.0',
    'content-rejected',
    'sender',
  ]),
  // support.konto.pl/kb/a2871: "550 5.1.0 0bcW1i00G0jifNx01bcmHa blocked by SPF", the sending IP is not in
  // the sender domain's SPF record
  c('32-sendmail-forpsi-550-5.1.0-blocked-by-spf.eml', 'bounce', 'sendmail', [
    'jan.m@example.pl',
    '5.1.0',
    'auth-failed',
    'sender-admin',
  ]),
  // GoDaddy Help 40685, Fix rejected email with a bounce error (its Microsoft 365 list, as mirrored on
  // itegy.com): "421 Server temporarily unavailable. Try again later. IB101", the email queue has higher
  // than normal volume
  delay(
    '33-postfix-delay-godaddy-421-server-temporarily-unavailable-ib101.eml',
    'postfix',
    delayedRecipient('shop@example.net', '4.0.0', 'recipient-system', 'recipient-admin'),
  ),
];

describe("isp5 variants: providers' and ISPs' published refusals", () => {
  test.each(CASES.map((k) => [k.file, k] as const))('%s', (_file, k) => checkFixture(k));
});
