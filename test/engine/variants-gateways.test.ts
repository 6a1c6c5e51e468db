// Variants of the gateways' and less common MTAs' bounces (Exchange 2003 and 2007, Notes and
// Domino, Messaging Server, IMail, InterScan MSS, MailMarshal, MailFoundry, m-FILTER, Apache James
// and the unnamed layouts sisimai calls X1, X2, X3 and X6), each written as the system words it
// (invented fixtures under test/fixtures/variants/<go-sisimai lhost name>/). The comment above each
// row names where the variant comes from.
import { checkFixture, recipientRows, type FixtureCase, type RecipientRow } from './fixture-cases';

type R = RecipientRow;

const c = (file: string, format: string, ...recipients: R[]): FixtureCase => ({
  file: `variants/${file}`,
  kind: 'bounce',
  format,
  recipients: recipientRows(recipients),
});

const CASES: FixtureCase[] = [
  // go-sisimai lhost/via-apachejames.go (Message details:, RCPT TO:); james-project NotifyMailetsMessage.java: further recipients on indented lines
  c(
    'apachejames/01-bounce-two-recipients.eml',
    'apachejames',
    ['omar@example.org', '5.1.1', 'recipient-unknown', 'sender'],
    ['pia@example.org', '5.1.1', 'recipient-unknown', 'sender'],
  ),
  // james-project DSNBounce.java createTextMsg/createDSN: "Failed recipient(s):", "Error message:", a Status field holding the whole reply
  c('apachejames/02-dsnbounce-status-is-reply.eml', 'apachejames', [
    'rory@example.net',
    '5.1.1',
    'recipient-unknown',
    'sender',
  ]),
  // james-project DSNBounce.java with MailDelivrer.java "There are no DNS entries for the hostname" (X-James diagnostic type)
  c(
    'apachejames/03-dsnbounce-no-dns-entries.eml',
    'apachejames',
    ['sol@nowhere.example.net', '5.1.2', 'recipient-domain-invalid', 'sender'],
    ['tess@nowhere.example.net', '5.1.2', 'recipient-domain-invalid', 'sender'],
  ),
  // james-project Bouncer.explanationText "Remote mail server told me:" and JamesMailetContext.rawBounce ("Re: " subject, text only)
  c('apachejames/04-raw-bounce-remote-told-me.eml', 'apachejames', [
    'vera@example.net',
    '5.2.2',
    'mailbox-full',
    'recipient',
  ]),
  // james-project Bouncer.explanationText "Unknown host:" (UnknownHostException)
  c('apachejames/05-raw-bounce-unknown-host.eml', 'apachejames', [
    'will@gone.example.net',
    '5.1.2',
    'recipient-domain-invalid',
    'sender',
  ]),
  // james-project Bounce.java (the "prefix" parameter, "Re:" here; a custom "message") and
  // NotifyMailetsMessage.java "Error message below:"; relayed, so no empty Return-Path
  c('apachejames/06-bounce-custom-message-re-subject.eml', 'apachejames', [
    'leo@example.net',
    '5.1.1',
    'recipient-unknown',
    'sender',
  ]),
  // go-sisimai lhost/via-domino.go messagesof "Cannot route mail to user"
  c('domino/01-cannot-route.eml', 'domino', [
    'sven@example.com',
    '5.0.0',
    'recipient-system',
    'recipient-admin',
  ]),
  // go-sisimai lhost/via-domino.go messagesof "Several matches found in Domino Directory"
  c('domino/02-several-matches.eml', 'domino', [
    'ulf.berg@example.com',
    '5.0.0',
    'recipient-unknown',
    'sender',
  ]),
  // go-sisimai lhost/via-domino.go messagesof "no se encuentra en el Directorio de Domino"
  c('domino/03-es-directorio.eml', 'domino', ['valeria@example.com', '5.0.0', 'recipient-unknown', 'sender']),
  // go-sisimai lhost/via-domino.go messagesof and exceptutf8 "non répertorié dans l'annuaire Domino" (ISO-8859-1)
  c('domino/04-fr-annuaire-latin1.eml', 'domino', [
    'xavier@example.com',
    '5.0.0',
    'recipient-unknown',
    'sender',
  ]),
  // go-sisimai lhost/via-domino.go messagesof "Domino ディレクトリには見つかりません"
  c('domino/05-ja-directory.eml', 'domino', ['wataru@example.com', '5.0.0', 'recipient-unknown', 'sender']),
  // go-sisimai lhost/via-domino.go subject "DELIVERY_FAILURE:", one "was not delivered to:" block per recipient
  c(
    'domino/06-underscore-two-recipients.eml',
    'domino',
    ['zack@example.org', '5.0.0', 'recipient-unknown', 'sender'],
    ['amy@example.org', '5.0.0', 'recipient-system', 'recipient-admin'],
  ),
  // go-sisimai lhost/via-exchange2003.go X-Mailer "Internet Mail Service (", errorcodes 000C05A6
  c('exchange2003/01-ims-msexch-unknown-recipient.eml', 'exchange', [
    'kijitora@example.jp',
    '5.1.1',
    'recipient-unknown',
    'sender',
  ]),
  // go-sisimai lhost/via-exchange2003.go errorcodes 00120270 (Too Many Hops) and 000B09AA (Unable to relay for)
  c(
    'exchange2003/02-ims-too-many-hops-and-relay.eml',
    'exchange',
    ['bob@branch.example.com', '5.4.6', 'mail-loop', 'sender-admin'],
    ['carol@partner.example.net', null, 'relay-denied', 'sender-admin'],
  ),
  // go-sisimai lhost/via-exchange2003.go X-MimeOLE "Produced By Microsoft Exchange"; the SMTP service's #4.4.7 time-limit DSN
  c('exchange2003/03-mimeole-time-limit-expired.eml', 'rfc3464', [
    'erik@slow.example.com',
    '4.4.7',
    'expired',
    'recipient-admin',
  ]),
  // go-sisimai lhost/via-exchange2003.go "did not reach"/"cannot be reached" layout, two recipients, <host #5.2.3 smtp;552 ...>
  c(
    'exchange2003/04-size-limit-two-recipients.eml',
    'exchange',
    ['gina@example.net', '5.2.3', 'message-too-large', 'sender'],
    ['hugo@example.net', '5.2.3', 'message-too-large', 'sender'],
  ),
  // go-sisimai lhost/via-exchange2003.go X-MS-Embedded-Report; Exchange 2003's #5.4.6 sentence (365ology.com NDR quote)
  c('exchange2003/05-routing-loop.eml', 'exchange', [
    'julia@branch.example.com',
    '5.4.6',
    'mail-loop',
    'sender-admin',
  ]),
  // go-sisimai lhost/via-exchange2003.go X-MS-Embedded-Report alone as the sign; #5.2.2
  c('exchange2003/06-embedded-report-mailbox-full.eml', 'exchange', [
    'liam@example.org',
    '5.2.2',
    'mailbox-full',
    'recipient',
  ]),
  // go-sisimai lhost/via-exchange2003.go errorcodes 000D06B5 (No proxy for recipient)
  c('exchange2003/07-ims-no-proxy.eml', 'exchange', [
    'noah@legacy.example.co.jp',
    null,
    'recipient-system',
    'recipient-admin',
  ]),
  // go-sisimai lhost/via-exchange2007.go fr-FR: "Non_remis_", "Informations de diagnostic pour les administrateurs", "Serveur de g"
  c('exchange2007/01-fr-non-remis-recipnotfound.eml', 'exchange', [
    'kijitora@example.fr',
    '5.1.1',
    'recipient-unknown',
    'sender',
  ]),
  // go-sisimai lhost/via-exchange2007.go it-CH: "Non recapitabile", ndrsubject RESOLVER.RST.RecipSizeLimit
  c('exchange2007/02-it-recipsizelimit.eml', 'exchange', [
    'marco@example.it',
    '5.2.3',
    'message-too-large',
    'sender',
  ]),
  // go-sisimai lhost/via-exchange2007.go sv-SE: "Olevererbart", "Genererande server", "Ursprungshuvuden:", ndrsubject RESOLVER.ADR.RecipLimit
  c('exchange2007/03-sv-olevererbart-reciplimit.eml', 'exchange', [
    'sara@example.se',
    '5.5.3',
    'rate-limited',
    'sender',
  ]),
  // go-sisimai lhost/via-exchange2007.go ndrsubject QUEUE.Expired ("Remote Server at ... returned '550 4.4.7 QUEUE.Expired'")
  c('exchange2007/04-queue-expired.eml', 'exchange', [
    'oscar@slow.example.net',
    '4.4.7',
    'expired',
    'recipient-admin',
  ]),
  // go-sisimai lhost/via-exchange2007.go ndrsubject SMTPSEND.DNS.NonExistentDomain
  c('exchange2007/05-smtpsend-nonexistent-domain.eml', 'exchange', [
    'tom@no-such-domain.example',
    '5.4.4',
    'recipient-domain-invalid',
    'sender',
  ]),
  // go-sisimai lhost/via-exchange2007.go ndrsubject SMTPSEND.DNS.MxLoopback
  c('exchange2007/06-smtpsend-mxloopback.eml', 'exchange', [
    'uma@loop.example.net',
    '5.4.4',
    'recipient-system',
    'recipient-admin',
  ]),
  // go-sisimai lhost/via-exchange2007.go ndrsubject RESOLVER.ADR.BadPrimary
  c('exchange2007/07-resolver-badprimary.eml', 'exchange', [
    'vera.kim@contoso.example.com',
    '5.2.0',
    'recipient-system',
    'sender-admin',
  ]),
  // go-sisimai lhost/via-exchange2007.go ndrsubject RESOLVER.ADR.ExRecipNotFound (an IMCEAEX address)
  c('exchange2007/08-resolver-exrecipnotfound.eml', 'exchange', [
    'IMCEAEX-_O=CONTOSO_OU=EXCHANGE+20ADMINISTRATIVE+20GROUP+20+28FYDIBOHF23SPDLT+29_CN=RECIPIENTS_CN=wyu@contoso.example.com',
    '5.1.1',
    'recipient-unknown',
    'sender',
  ]),
  // go-sisimai lhost/via-imailserver.go "Body of message generated response:", messagesof virusdetected
  c('imailserver/01-virus-detected-generated-response.eml', 'imailserver', [
    'helen@example.net',
    '5.7.1',
    'content-rejected',
    'sender',
  ]),
  // go-sisimai lhost/via-imailserver.go messagesof userunknown "Invalid final delivery userid"
  c('imailserver/02-invalid-final-delivery-userid.eml', 'imailserver', [
    'jonas@imail.example.org',
    '5.1.1',
    'recipient-unknown',
    'sender',
  ]),
  // go-sisimai lhost/via-imailserver.go messagesof spamdetected "Blacklisted URL in message"
  c('imailserver/03-blacklisted-url.eml', 'imailserver', [
    'lena@example.org',
    '5.7.1',
    'content-rejected',
    'sender',
  ]),
  // go-sisimai lhost/via-interscanmss.go Japanese subject and the arrows of a non-English transcript (" >>> " command, " <<< " reply)
  c('interscanmss/01-ja-reversed-arrows.eml', 'interscanmss', [
    'kaede@remote.example.jp',
    '5.1.1',
    'recipient-unknown',
    'sender',
  ]),
  // go-sisimai lhost/via-interscanmss.go "Unable to deliver message to <...> (and other recipients in the same domain)."
  c('interscanmss/02-same-domain-unknown-user.eml', 'interscanmss', [
    'neko@example.net',
    '5.1.1',
    'recipient-unknown',
    'sender',
  ]),
  // go-sisimai lhost/via-mailfoundry.go "Server <host>[<ip>] failed with:", Received "(MAILFOUNDRY) id"
  c('mailfoundry/01-failed-with-no-such-user.eml', 'mailfoundry', [
    'vic@example.org',
    '5.1.1',
    'recipient-unknown',
    'sender',
  ]),
  // go-sisimai lhost/via-mailfoundry.go: one "Unable to deliver message to: <" block per recipient
  c(
    'mailfoundry/02-two-recipients.eml',
    'mailfoundry',
    ['xena@example.net', '5.1.1', 'recipient-unknown', 'sender'],
    ['yves@example.org', '5.2.2', 'mailbox-full', 'recipient'],
  ),
  // go-sisimai lhost/via-mailmarshalsmtp.go MIME boundary from Content-Type, two affected recipients, Last-Attempt-Date in Portuguese
  c(
    'mailmarshalsmtp/01-mime-two-recipients-relay.eml',
    'mailmarshal',
    ['paula@example.net', '5.7.1', 'relay-denied', 'sender-admin'],
    ['rafael@example.net', '5.7.1', 'relay-denied', 'sender-admin'],
  ),
  // go-sisimai lhost/via-mailmarshalsmtp.go boundary "'+++..." before the returned headers
  c('mailmarshalsmtp/02-plus-separator-mailbox-full.eml', 'mailmarshal', [
    'tim@example.com',
    '5.2.2',
    'mailbox-full',
    'recipient',
  ]),
  // go-sisimai lhost/via-messagingserver.go Content-type "Boundary_(ID_", messagesof hostunknown "Illegal host/domain name found"
  c('messagingserver/01-illegal-host-domain.eml', 'messagingserver', [
    'chie@exa_mple.jp',
    '5.1.2',
    'recipient-domain-invalid',
    'sender',
  ]),
  // go-sisimai lhost/via-messagingserver.go "Remote system: dns;... (TCP|...)", two recipient blocks
  c(
    'messagingserver/02-two-recipients-tcp-remote.eml',
    'messagingserver',
    ['emi@example.jp', '5.1.1', 'recipient-unknown', 'sender'],
    ['fumi@example.jp', '5.2.2', 'mailbox-full', 'recipient'],
  ),
  // go-sisimai lhost/via-mfilter.go "-------server message", "-------SMTP command" DATA
  c('mfilter/01-data-spam.eml', 'mfilter', ['zen@example.jp', '5.7.1', 'content-rejected', 'sender']),
  // go-sisimai lhost/via-mfilter.go two addresses, boundary "-------original mail info"
  c(
    'mfilter/02-two-addresses-size-mail-info.eml',
    'mfilter',
    ['abe@example.jp', '5.3.4', 'message-too-large', 'sender'],
    ['bun@example.jp', '5.3.4', 'message-too-large', 'sender'],
  ),
  // go-sisimai lhost/via-notes.go messagesof userunknown "ディレクトリのリストにありません" (ISO-2022-JP)
  c('notes/01-ja-directory-list.eml', 'domino', [
    'yuki@notes.example.jp',
    '5.1.1',
    'recipient-unknown',
    'sender',
  ]),
  // go-sisimai lhost/via-notes.go messagesof networkerror "Message has exceeded maximum hop count"
  c('notes/02-hop-count.eml', 'domino', ['paula@notes.example.com', '5.4.6', 'mail-loop', 'sender-admin']),
  // go-sisimai lhost/via-notes.go: no address under the reasons, the returned message's To: is the recipient
  c('notes/03-no-address-in-reasons.eml', 'domino', [
    'rosa.klein@lotus.example.net',
    '5.1.1',
    'recipient-unknown',
    'sender',
  ]),
  // go-sisimai lhost/via-x1.go "Returned Mail: ", "Mail Deliver System", two "address [reason]" lines
  c(
    'x1/01-two-addresses-host-unknown.eml',
    'delivery-errors',
    ['mugi@nowhere.example.co.jp', '5.1.2', 'recipient-domain-invalid', 'sender'],
    ['tama@example.net', '5.2.2', 'mailbox-full', 'recipient'],
  ),
  // go-sisimai lhost/via-x2.go subject "Delivery failure", "Unable to deliver message to the following address(es)."
  c('x2/01-no-account.eml', 'qmail', ['zoe@example.com', '5.1.1', 'recipient-unknown', 'sender']),
  // go-sisimai lhost/via-x2.go subject "failed delivery", two "<address>:" blocks
  c(
    'x2/02-failed-delivery-two-addresses.eml',
    'qmail',
    ['ada@example.com', '5.1.1', 'recipient-unknown', 'sender'],
    ['bea@example.net', '5.2.2', 'mailbox-full', 'recipient'],
  ),
  // go-sisimai lhost/via-x3.go "Routing: Could not find a gateway for" (go-sisimai reason/why-expired.go)
  c('x3/01-routing-no-gateway.eml', 'technical-details', [
    'dirk@example.co.jp',
    '5.4.7',
    'expired',
    'recipient-admin',
  ]),
  // go-sisimai lhost/via-x3.go two bulleted recipients and RFC 3464 fields
  c(
    'x3/02-two-recipients-dsn.eml',
    'technical-details',
    ['eva@example.net', '5.3.0', 'recipient-unknown', 'sender'],
    ['finn@example.net', '5.2.2', 'mailbox-full', 'recipient'],
  ),
  // go-sisimai lhost/via-x6.go "The following recipients returned permanent errors: " (no server reply)
  c('x6/01-permanent-errors-list.eml', 'trouble-delivering', [
    'hugo@example.jp',
    null,
    'unknown',
    'sender-admin',
  ]),
  // go-sisimai lhost/via-x6.go "2 error(s):", one "SMTP Server <...> rejected recipient <...>" sentence each
  c(
    'x6/02-two-errors.eml',
    'trouble-delivering',
    ['ivy@example.org', '5.1.1', 'recipient-unknown', 'sender'],
    ['jack@example.com', '5.7.1', 'relay-denied', 'sender-admin'],
  ),
];

describe('gateway and less common MTA variants', () => {
  test.each(CASES.map((k) => [k.file, k] as const))('%s', (_file, k) => checkFixture(k));
});
