// Variants of what Exchange Server's (2010-2019, SE) transport and antispam agents and Exchange Online
// Protection reply when they refuse mail, in whole bounces: Exchange's own NDRs ("Delivery has failed to
// these recipients or groups" with "Diagnostic information for administrators", in the 2010 "#< #x.x.x
// smtp;...> #SMTP#" and 2013+ "Remote Server returned" layouts, and its "Delivery is delayed" notices)
// and Postfix, Exim and Gmail bounces quoting an Exchange server. The agents: Sender Filter, Recipient
// Filter (Recipient Lookup), Connection Filtering (IP Block list, block list providers, sender reputation),
// Content Filter, Attachment Filtering, mail flow rules, Receive connectors and back pressure. Sources are
// Microsoft's own documentation (MicrosoftDocs/OfficeDocs-Exchange, paths below; learn.microsoft.com
// pages where named). Fixtures: test/fixtures/variants/exchange-agents. The comment above each row names
// the source.
import { bounceCases, checkFixture, delayCases, delayedRecipient, type FixtureCase } from './fixture-cases';

const b = bounceCases('exchange-agents/');
const delay = delayCases('exchange-agents/');

const CASES: FixtureCase[] = [
  // Exchange/ExchangeServer/antispam-and-antimalware/antispam-protection/sender-filtering.md: "The
  // Sender Filter agent rejects the SMTP request with a `554 5.1.0 Sender Denied` SMTP session error"
  // (the reply of a remote Exchange, in an Exchange 2016 NDR)
  b('01-exchange2016-sender-filter-554-sender-denied.eml', 'exchange', [
    'nora@example.net',
    '5.1.0',
    'recipient-policy',
    'recipient-admin',
  ]),
  // Exchange/ExchangeServer/antispam-and-antimalware/antispam-protection/sender-filtering-procedures.md:
  // "rejects the SMTP request with a `554 5.1.0 Sender Denied` SMTP session error" (in reply to MAIL
  // FROM: the recipient's block list of senders, not the sender's address)
  b('02-postfix-sender-filter-554-sender-denied.eml', 'postfix', [
    'omar@example.org',
    '5.1.0',
    'recipient-policy',
    'recipient-admin',
  ]),
  // Exchange/ExchangeServer/antispam-and-antimalware/antispam-protection/recipient-filtering.md:
  // "doesn't match any recipients in Recipient Lookup, the Exchange server sends a `550 5.1.1 User
  // unknown`"
  b('03-exim-recipient-filter-550-user-unknown.eml', 'exim', [
    'pat@example.net',
    '5.1.1',
    'recipient-unknown',
    'sender',
  ]),
  // Exchange/ExchangeServer/antispam-and-antimalware/antispam-protection/recipient-filtering.md: "`550
  // 5.1.1 User unknown` SMTP session error" (Exchange 2010 "#< #5.1.1 smtp;...> #SMTP#" layout, two
  // recipients)
  b(
    '04-exchange2010-recipient-lookup-user-unknown-two.eml',
    'exchange',
    ['quinn@example.org', '5.1.1', 'recipient-unknown', 'sender'],
    ['rosa@example.org', '5.1.1', 'recipient-unknown', 'sender'],
  ),
  // Exchange/ExchangeServer/antispam-and-antimalware/antispam-protection/content-filtering-procedures.md:
  // Set-ContentFilterConfig -RejectionResponse "Your message was rejected because it appears to be
  // SPAM."
  b('05-gmail-content-filter-custom-rejection-spam.eml', 'rfc3464', [
    'sam@example.net',
    '5.7.1',
    'content-rejected',
    'sender',
  ]),
  // Exchange/ExchangeServer/antispam-and-antimalware/antispam-protection/attachment-filtering.md: "The
  // default text is: `Message rejected due to unacceptable attachments`"
  b('06-exchange2013-attachment-filter-unacceptable-attachments.eml', 'exchange', [
    'tara@example.org',
    '5.7.1',
    'content-rejected',
    'sender',
  ]),
  // Exchange/ExchangeServer/antispam-and-antimalware/antispam-protection/connection-filtering-procedures.md:
  // -StaticEntryRejectionResponse "Connection from IP address {0} was rejected by connection filtering."
  b('07-postfix-connection-filter-static-ip-block-list.eml', 'postfix', [
    'uma@example.net',
    '5.7.1',
    'reputation-block',
    'sender-admin',
  ]),
  // Exchange/ExchangeServer/antispam-and-antimalware/antispam-protection/connection-filtering-procedures.md:
  // -MachineEntryRejectionResponse "Connection from IP address {0} was rejected by sender reputation."
  b('08-exim-sender-reputation-ip-block-list.eml', 'exim', [
    'vic@example.org',
    '5.7.1',
    'reputation-block',
    'sender-admin',
  ]),
  // learn.microsoft.com/powershell/module/exchange/add-ipblocklistprovider Example 1: -RejectionResponse
  // "Source IP address is listed at the Contoso.com block list provider"
  b('09-exchange2019-ip-block-list-provider-custom-response.eml', 'exchange', [
    'wade@example.net',
    '5.7.1',
    'reputation-block',
    'sender-admin',
  ]),
  // Exchange/ExchangeServer/policy-and-compliance/mail-flow-rules/actions.md and
  // Exchange/ExchangeOnline/security-and-compliance/mail-flow-rules/use-rules-to-block-executable-attachments.md:
  // "the default text is: Delivery not authorized, message refused." (default code 5.7.1)
  b('10-exchange2016-transport-rule-delivery-not-authorized.eml', 'exchange', [
    'xena@example.org',
    '5.7.1',
    'recipient-policy',
    'recipient-admin',
  ]),
  // Exchange/ExchangeServer/mail-flow/non-delivery-reports-and-bounce-messages/non-delivery-reports-and-bounce-messages.md:
  // "5.7.900 to 5.7.999 | `Delivery not authorized, message refused` | The message was rejected by a
  // mail flow rule"
  b('11-postfix-transport-rule-5.7.950-delivery-not-authorized.eml', 'postfix', [
    'yuri@example.net',
    '5.7.950',
    'recipient-policy',
    'recipient-admin',
  ]),
  // Exchange/ExchangeServer/mail-flow/non-delivery-reports-and-bounce-messages/non-delivery-reports-and-bounce-messages.md:
  // "5.2.1 | `Content Filter agent quarantined this message`" (the recipient's admin releases it from
  // quarantine)
  b('12-exchange2016-content-filter-quarantined-5.2.1.eml', 'exchange', [
    'zoe@example.org',
    '5.2.1',
    'content-rejected',
    'recipient-admin',
  ]),
  // Exchange/ExchangeServer/mail-flow/non-delivery-reports-and-bounce-messages/non-delivery-reports-and-bounce-messages.md:
  // "5.3.4 | `Message size exceeds fixed maximum message size`"
  b('13-exchange2016-552-5.3.4-message-size-exceeds-fixed-maximum.eml', 'exchange', [
    'abel@example.net',
    '5.3.4',
    'message-too-large',
    'sender',
  ]),
  // Exchange/ExchangeServer/mail-flow/non-delivery-reports-and-bounce-messages/non-delivery-reports-and-bounce-messages.md:
  // "5.3.4 | `Message size exceeds fixed maximum message size`" (refused at MAIL FROM SIZE=)
  b('14-exim-552-5.3.4-message-size-exceeds-fixed-maximum.eml', 'exim', [
    'bess@example.org',
    '5.3.4',
    'message-too-large',
    'sender',
  ]),
  // Exchange/ExchangeServer/mail-flow/non-delivery-reports-and-bounce-messages/non-delivery-reports-and-bounce-messages.md:
  // "5.2.3 | `RESOLVER.RST.RecipSizeLimit; message too large for this recipient`"
  b(
    '15-exchange2016-recipsizelimit-two-recipients.eml',
    'exchange',
    ['cole@example.com', '5.2.3', 'message-too-large', 'sender'],
    ['dina@example.com', '5.2.3', 'message-too-large', 'sender'],
  ),
  // Exchange/ExchangeOnline/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online.md:
  // "mail.contoso.com #<exchange.contoso.com #5.7.1 smtp;530 5.7.1 Client was not authenticated> #SMTP#"
  // (the recipient's server takes no anonymous mail)
  b('16-exchange2010-530-client-was-not-authenticated.eml', 'exchange', [
    'ezra@example.net',
    '5.7.1',
    'recipient-policy',
    'recipient-admin',
  ]),
  // Exchange/ExchangeServer/mail-flow/connectors/allow-anonymous-relay.md: "If you receive the response
  // `550 5.7.1 Unable to relay`"
  b('17-exim-550-5.7.1-unable-to-relay.eml', 'exim', [
    'fay@example.org',
    '5.7.1',
    'relay-denied',
    'sender-admin',
  ]),
  // Exchange/ExchangeServer/mail-flow/non-delivery-reports-and-bounce-messages/non-delivery-reports-and-bounce-messages.md:
  // "4.3.2 | `Service not available` or `Service not active`"
  delay(
    '18-exchange2016-delay-421-4.3.2-service-not-available.eml',
    'exchange',
    delayedRecipient('gil@example.net', '4.3.2', 'recipient-system', 'recipient-admin'),
  ),
  // Exchange/ExchangeServer/mail-flow/non-delivery-reports-and-bounce-messages/non-delivery-reports-and-bounce-messages.md:
  // "4.4.1 | `Connection timed out`"; SmtpResponse.ConnectionTimedOut "421 4.4.1 Connection timed out"
  // (learn.microsoft.com exchange-server-api aa563688)
  delay(
    '19-postfix-delay-421-4.4.1-connection-timed-out.eml',
    'postfix',
    delayedRecipient('hana@example.org', '4.4.1', 'recipient-system', 'recipient-admin'),
  ),
  // Exchange/ExchangeServer/mail-flow/non-delivery-reports-and-bounce-messages/non-delivery-reports-and-bounce-messages.md:
  // "4.3.1 | `Insufficient system resources`" (back pressure,
  // Exchange/ExchangeServer/mail-flow/back-pressure.md)
  delay(
    '20-exchange2016-delay-452-4.3.1-insufficient-system-resources.eml',
    'exchange',
    delayedRecipient('ivan@example.net', '4.3.1', 'recipient-system', 'recipient-admin'),
  ),
  // SmtpResponse.InsufficientResource "452 4.3.1 Insufficient system resources" (learn.microsoft.com
  // exchange-server-api aa563688);
  // Exchange/ExchangeServer/mail-flow/non-delivery-reports-and-bounce-messages/non-delivery-reports-and-bounce-messages.md
  delay(
    '21-exim-delay-452-4.3.1-insufficient-system-resources-two.eml',
    'exim',
    delayedRecipient('jade@example.org', '4.3.1', 'recipient-system', 'recipient-admin'),
    delayedRecipient('kurt@example.org', '4.3.1', 'recipient-system', 'recipient-admin'),
  ),
  // Exchange/ExchangeServer2013/dsns-and-ndrs-in-exchange-2013-exchange-2013-help.md: "4.3.2 | System
  // not accepting network messages"; SmtpResponse.DataTransactionFailed "451 4.3.2 System not accepting
  // network messages"
  delay(
    '22-exchange2016-delay-451-4.3.2-system-not-accepting-network-messages.eml',
    'exchange',
    delayedRecipient('lena@example.net', '4.3.2', 'recipient-system', 'recipient-admin'),
  ),
  // Exchange/ExchangeServer/mail-flow/non-delivery-reports-and-bounce-messages/non-delivery-reports-and-bounce-messages.md:
  // "5.7.3 | `Cannot achieve Exchange Server authentication`" (refused by the sender organization's own
  // Edge: its connectors)
  b('23-exchange2016-5.7.3-cannot-achieve-exchange-server-authentication.eml', 'exchange', [
    'milo@example.org',
    '5.7.3',
    'sender-infrastructure',
    'sender-admin',
  ]),
  // SmtpResponse.AnonymousSendAsDenied "550 5.7.1 Anonymous client does not have permission to send as
  // this sender" (learn.microsoft.com exchange-server-api aa563688; the organization's own Exchange
  // refused its relay)
  b('24-postfix-550-5.7.1-anonymous-client-send-as.eml', 'postfix', [
    'nell@example.net',
    '5.7.1',
    'sender-blocked',
    'sender-admin',
  ]),
  // Exchange/ExchangeServer/mail-flow/non-delivery-reports-and-bounce-messages/non-delivery-reports-and-bounce-messages.md:
  // "5.1.5 | `Recipient address reserved by RFC 2606`"
  b('25-exchange2016-5.1.5-recipient-address-reserved-by-rfc-2606.eml', 'exchange', [
    'otto@example.net',
    '5.1.5',
    'recipient-domain-invalid',
    'sender',
  ]),
  // Exchange/ExchangeServer/mail-flow/non-delivery-reports-and-bounce-messages/non-delivery-reports-and-bounce-messages.md:
  // "5.1.6 | `Recipient addresses in single label domains not accepted`"
  b('26-exchange2016-5.1.6-single-label-domains.eml', 'exchange', [
    'paula@contoso',
    '5.1.6',
    'recipient-domain-invalid',
    'sender',
  ]),
  // Exchange/ExchangeServer/mail-flow/non-delivery-reports-and-bounce-messages/non-delivery-reports-and-bounce-messages.md:
  // "5.3.5 | `System incorrectly configured` | A mail loop was detected"
  b('27-exchange2016-5.3.5-system-incorrectly-configured.eml', 'exchange', [
    'reid@example.org',
    '5.3.5',
    'mail-loop',
    'sender-admin',
  ]),
  // Exchange/ExchangeServer/mail-flow/message-size-limits.md: "the connection receives the error, `452
  // 4.5.3 Too many recipients`"
  delay(
    '28-exchange2016-delay-452-4.5.3-too-many-recipients.eml',
    'exchange',
    delayedRecipient('sara@example.net', '4.5.3', 'rate-limited', 'sender-admin'),
  ),
  // Exchange/ExchangeServer/mail-flow/message-size-limits.md: "a bounce message is sent with the error
  // `550 5.5.3 RESOLVER.ADR.RecipLimit; too many recipients`"
  b('29-exchange2016-recipient-limit-5.5.3-resolver-adr-reciplimit.eml', 'exchange', [
    'tom@example.org',
    '5.5.3',
    'rate-limited',
    'sender',
  ]),
  // Exchange/ExchangeServer/mail-flow/test-smtp-with-telnet.md: "**Failure response**: `550 5.1.7
  // Invalid address`" (MAIL FROM;
  // Exchange/ExchangeServer/mail-flow/non-delivery-reports-and-bounce-messages/non-delivery-reports-and-bounce-messages.md:
  // "There's a problem with the sender's email address")
  b('30-exim-550-5.1.7-invalid-address.eml', 'exim', [
    'ula@example.net',
    '5.1.7',
    'sender-infrastructure',
    'sender',
  ]),
  // Exchange/ExchangeOnline/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online.md:
  // "5.7.506 | `Access Denied, Bad HELO`"
  b('31-postfix-eop-5.7.506-bad-helo.eml', 'postfix', [
    'vera@example.org',
    '5.7.506',
    'sender-infrastructure',
    'sender-admin',
  ]),
  // Exchange/ExchangeOnline/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online.md:
  // "5.7.510 | `Access denied, [contoso.com] does not accept email over IPv6`" (the sender sends over
  // IPv4 instead)
  b('32-exim-eop-5.7.510-does-not-accept-email-over-ipv6.eml', 'exim', [
    'walt@example.net',
    '5.7.510',
    'recipient-system',
    'sender-admin',
  ]),
  // Exchange/ExchangeOnline/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online.md:
  // "5.7.513 | `Service unavailable, Client host [$ConnectingIP] blocked by $recipientDomain using
  // Customer Block list (AS16012607)`"
  b('33-postfix-eop-5.7.513-customer-block-list.eml', 'postfix', [
    'xavi@example.org',
    '5.7.513',
    'recipient-policy',
    'recipient-admin',
  ]),
  // Exchange/ExchangeOnline/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online.md:
  // "5.7.512 | `Access denied, message must be RFC 5322 section 3.6.2 compliant`"
  b('34-gmail-eop-5.7.512-rfc-5322-section-3.6.2.eml', 'rfc3464', [
    'yves@example.net',
    '5.7.512',
    'message-noncompliant',
    'sender-admin',
  ]),
  // Exchange/ExchangeOnline/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online.md:
  // "4.7.26 | `Access denied, a message sent over IPv6 [2a01:111:f200:2004::240] must pass either SPF or
  // DKIM validation, this message is not signed`"
  delay(
    '35-postfix-delay-eop-4.7.26-ipv6-must-pass-spf-or-dkim.eml',
    'postfix',
    delayedRecipient('zara@example.org', '4.7.26', 'auth-failed', 'sender-admin'),
  ),
  // Exchange/ExchangeOnline/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online.md:
  // "5.7.25 | `Access denied, the sending IPv6 address [2a01:111:f200:2004::240] must have a reverse DNS
  // record`"
  b('36-exim-eop-5.7.25-ipv6-reverse-dns.eml', 'exim', [
    'adam@example.net',
    '5.7.25',
    'sender-infrastructure',
    'sender-admin',
  ]),
  // Exchange/ExchangeOnline/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online.md:
  // "5.7.508 | `Access denied, [$SenderIPAddress] has exceeded permitted limits within $range range`"
  b('37-postfix-eop-5.7.508-exceeded-permitted-limits.eml', 'postfix', [
    'bea@example.org',
    '5.7.508',
    'rate-limited',
    'sender-admin',
  ]),
  // Exchange/ExchangeOnline/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online.md:
  // "5.7.505 | `Access denied, banned recipient`" and "5.7.507 | `Access denied, rejected by recipient`"
  b(
    '38-postfix-eop-5.7.505-banned-recipient-and-5.7.507.eml',
    'postfix',
    ['carl@example.net', '5.7.505', 'recipient-unknown', 'sender'],
    ['dora@example.net', '5.7.507', 'recipient-policy', 'recipient-admin'],
  ),
  // Exchange/ExchangeServer2013/dsns-and-ndrs-in-exchange-2013-exchange-2013-help.md: "5.0.0 | HELO /
  // EHLO requires domain address"
  b('39-postfix-501-5.0.0-helo-ehlo-requires-domain-address.eml', 'postfix', [
    'ines@example.net',
    '5.0.0',
    'sender-infrastructure',
    'sender-admin',
  ]),
  // Exchange/ExchangeServer2013/dsns-and-ndrs-in-exchange-2013-exchange-2013-help.md: "5.2.1 | Mailbox
  // cannot be accessed | The mailbox may be offline, disabled"
  b('41-exim-550-5.2.1-mailbox-cannot-be-accessed.eml', 'exim', [
    'kim@example.net',
    '5.2.1',
    'mailbox-inactive',
    'sender',
  ]),
  // Exchange/ExchangeServer2013/dsns-and-ndrs-in-exchange-2013-exchange-2013-help.md: "5.2.4 | Mailing
  // list expansion problem | The recipient is a misconfigured dynamic distribution list"
  b('42-exchange2013-5.2.4-mailing-list-expansion-problem.eml', 'exchange', [
    'all-staff@example.org',
    '5.2.4',
    'recipient-system',
    'recipient-admin',
  ]),
  // Exchange/ExchangeServer2013/dsns-and-ndrs-in-exchange-2013-exchange-2013-help.md: "5.3.4 | Message
  // too big for system"
  b('43-postfix-552-5.3.4-message-too-big-for-system.eml', 'postfix', [
    'lou@example.net',
    '5.3.4',
    'message-too-large',
    'sender',
  ]),
  // Exchange/ExchangeServer/mail-flow/non-delivery-reports-and-bounce-messages/non-delivery-reports-and-bounce-messages.md:
  // "4.4.2 | `Connection dropped`"
  delay(
    '44-exchange2016-delay-421-4.4.2-connection-dropped.eml',
    'exchange',
    delayedRecipient('mae@example.org', '4.4.2', 'recipient-system', 'recipient-admin'),
  ),
  // Exchange/ExchangeServer/mail-flow/non-delivery-reports-and-bounce-messages/non-delivery-reports-and-bounce-messages.md:
  // "5.5.2 | `Send hello first` | SMTP commands are sent out of sequence"
  b('45-exim-503-5.5.2-send-hello-first.eml', 'exim', [
    'ned@example.net',
    '5.5.2',
    'sender-infrastructure',
    'sender-admin',
  ]),
  // Exchange/ExchangeServer2013/dsns-and-ndrs-in-exchange-2013-exchange-2013-help.md: "5.5.6 | Invalid
  // message content | This message indicates a possible protocol error"
  b('46-exchange2013-554-5.5.6-invalid-message-content.eml', 'exchange', [
    'ola@example.org',
    '5.5.6',
    'message-noncompliant',
    'sender-admin',
  ]),
  // Exchange/ExchangeServer/mail-flow/non-delivery-reports-and-bounce-messages/non-delivery-reports-and-bounce-messages.md:
  // "5.4.6 | `Hop count exceeded - possible mail loop`"
  b('47-exchange2016-5.4.6-hop-count-exceeded.eml', 'exchange', [
    'pia@example.com',
    '5.4.6',
    'mail-loop',
    'sender-admin',
  ]),
  // Exchange/ExchangeOnline/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online.md:
  // "4.7.500-699 | `Access denied, please try again later` | Suspicious activity has been detected"
  delay(
    '48-postfix-delay-eop-4.7.500-access-denied-please-try-again-later.eml',
    'postfix',
    delayedRecipient('rob@example.org', '4.7.500', 'reputation-block', 'sender-admin'),
  ),
  // Exchange/ExchangeOnline/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online.md:
  // "5.7.750 | `Service unavailable. Client blocked from sending from unregistered domains`"
  b('49-exchange-online-5.7.750-unregistered-domains.eml', 'exchange', [
    'sue@example.net',
    '5.7.750',
    'sender-blocked',
    'sender-admin',
  ]),
  // Exchange/ExchangeOnline/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online.md:
  // "5.7.700-749 | ... `5.7.708 Access denied, traffic not accepted from this IP`"
  b('50-exim-eop-5.7.708-traffic-not-accepted-from-this-ip.eml', 'exim', [
    'ted@example.org',
    '5.7.708',
    'reputation-block',
    'sender-admin',
  ]),
  // Exchange/ExchangeServer/antispam-and-antimalware/antispam-protection/recipient-filtering.md "`550
  // 5.1.1 User unknown`" and Exchange/ExchangeServer/policy-and-compliance/mail-flow-rules/actions.md
  // default "Delivery not authorized, message refused"
  b(
    '51-exchange2013-recipient-filter-and-transport-rule-two.eml',
    'exchange',
    ['uri@example.org', '5.1.1', 'recipient-unknown', 'sender'],
    ['val@example.org', '5.7.1', 'recipient-policy', 'recipient-admin'],
  ),
];

describe('Exchange Server agents and Exchange Online Protection: variants', () => {
  test.each(CASES.map((x) => [x.file, x] as const))('%s', (_file, x) => checkFixture(x));
});
