// Delays sweep 3: delay notices ("still being retried") and the give-ups after retries, as Postfix
// (bounce templates), Exim (deliver.c's warning message, transports/smtp.c's retry reasons), sendmail
// ("Warning: could not send message for past 4 hours"), Exchange ("Delivery delayed:"), qmail-send,
// hMailServer, OpenSMTPD and Courier word them, each quoting a remote reply whose words come from the
// receiving provider's own pages (Gmail's SMTP error reference support.google.com/a/answer/3726730,
// Yahoo's error codes, Exchange Online's and Exchange Server's NDR tables). A delay names its cause
// when its words give one (else "delayed"); a give-up is expired unless its last reply names a cause.
// Fixtures: test/fixtures/variants/delays3. The comment above each row names the source.
import { checkFixture, delayCases, delayedRecipient, variantCases, type FixtureCase } from './fixture-cases';

const c = variantCases('delays3/');
const delay = delayCases('delays3/');

const CASES: FixtureCase[] = [
  // Gmail SMTP error reference (support.google.com/a/answer/3726730): "452 4.2.2 The recipient's inbox
  // is out of storage space. Please direct the recipient to ..."; Postfix bounce_template.c delay_template
  delay(
    '01-postfix-delay-gmail-452-4.2.2-inbox-out-of-storage.eml',
    'postfix',
    delayedRecipient('noor@example.org', '4.2.2', 'mailbox-full', 'recipient'),
  ),
  // Gmail SMTP error reference: "450 4.2.1 The user you are trying to contact is receiving email too
  // quickly. Please resend your message at a later time." (the 2026 wording says "email", not "mail")
  delay(
    '02-postfix-delay-gmail-450-4.2.1-receiving-too-quickly.eml',
    'postfix',
    delayedRecipient('omar@example.org', '4.2.1', 'rate-limited', 'sender'),
  ),
  // Gmail SMTP error reference: "421 4.7.0 TLS required for RCPT domain, closing connection."
  delay(
    '03-postfix-delay-gmail-421-4.7.0-tls-required-for-rcpt-domain.eml',
    'postfix',
    delayedRecipient('pia@example.org', '4.7.0', 'sender-infrastructure', 'sender-admin'),
  ),
  // Gmail SMTP error reference: "421 4.7.0 This message is suspicious due to the very low reputation of
  // the sending IP address. To protect our users from spam, email sent from your IP address has been
  // temporarily rate limited."
  delay(
    '04-postfix-delay-gmail-421-4.7.0-low-reputation-sending-ip.eml',
    'postfix',
    delayedRecipient('quinn@example.org', '4.7.0', 'reputation-block', 'sender-admin'),
  ),
  // Postfix src/smtp/smtp_proto.c: smtp_misc_fail(..., SMTP_RESP_FAKE(&fake, "4.7.5"), "Cannot start
  // TLS: handshake failure")
  delay(
    '05-postfix-delay-cannot-start-tls-handshake-failure.eml',
    'postfix',
    delayedRecipient('rosa@example.org', '4.7.5', 'recipient-system', 'recipient-admin'),
  ),
  // Gmail SMTP error reference: "421 4.7.0 IP not in whitelist for RCPT domain, closing connection.";
  // postgrey's default reply "Greylisted, see http://postgrey.schweikert.ch/help/%r.html" under
  // Postfix's "450 4.2.0 <addr>: Recipient address rejected:"
  delay(
    '06-postfix-delay-two-rcpts-ip-not-in-whitelist-and-postgrey.eml',
    'postfix',
    delayedRecipient('sara@example.org', '4.7.0', 'recipient-policy', 'recipient-admin'),
    delayedRecipient('tomas@example.net', '4.2.0', 'rate-limited', 'sender-admin'),
  ),
  // Postfix src/smtp/smtp_connect.c: dsb_simple(why, "4.4.1", "connect to %s[%s]:%d: %m") as the last
  // reason when the message reaches maximal_queue_lifetime (failure_template)
  c('07-postfix-final-expired-connection-timed-out.eml', 'bounce', 'postfix', [
    'uri@example.org',
    '4.4.1',
    'expired',
    'recipient-admin',
  ]),
  // the same Gmail 452 4.2.2 as the last reply at the give-up: the cause is named, mailbox-full
  c('08-postfix-final-expired-gmail-452-4.2.2-out-of-storage.eml', 'bounce', 'postfix', [
    'vic@example.org',
    '4.2.2',
    'mailbox-full',
    'recipient',
  ]),
  // MicrosoftDocs OfficeDocs-Exchange fix-error-code-451-4-7-500-699-asxxx-in-exchange-online.md:
  // "451 4.7.500-699 (ASxxx)", IP throttling of a source whose sending pattern changed
  delay(
    '09-postfix-delay-exo-451-4.7.500-server-busy-as761.eml',
    'postfix',
    delayedRecipient('wen@example.org', '4.7.500', 'reputation-block', 'sender-admin'),
  ),
  // Exim src/src/transports/smtp.c: "all host address lookups%s failed temporarily" (%s = " for
  // '<domain>'"), under deliver.c's "Delay reason: " of the warning message
  delay(
    '10-exim-delay-all-host-address-lookups-failed-temporarily.eml',
    'exim',
    delayedRecipient('xavi@example.org', '4.0.0', 'recipient-system', 'recipient-admin'),
  ),
  // Exim src/src/transports/smtp.c: "retry time not reached for any host%s": the hosts are waiting for
  // their retry time, no cause named
  delay(
    '11-exim-delay-retry-time-not-reached-for-any-host.eml',
    'exim',
    delayedRecipient('yuki@example.org', '4.0.0', 'delayed', 'none'),
  ),
  // Exim deliver.c "The addresses to which the message has not yet been delivered are:" with Gmail's
  // "452 4.2.2 The recipient's inbox is out of storage space" and "450 4.2.1 The user you are trying to
  // contact is receiving email at a rate that prevents additional messages from being delivered."
  delay(
    '12-exim-delay-two-rcpts-gmail-over-storage-and-receiving-rate.eml',
    'exim',
    delayedRecipient('zara@example.org', '4.2.2', 'mailbox-full', 'recipient'),
    delayedRecipient('abel@example.org', '4.2.1', 'rate-limited', 'sender'),
  ),
  // Yahoo error codes (provider-codes.tsv, senders.yahooinc.com/error-codes): "421 4.7.0 [TSS04]
  // Messages from <IP> temporarily deferred due to unexpected volume or user complaints - 4.16.55.1"
  delay(
    '13-exim-delay-yahoo-421-tss04-temporarily-deferred.eml',
    'exim',
    delayedRecipient('bea@yahoo.example', '4.7.0', 'reputation-block', 'sender-admin'),
  ),
  // Exim src/src/retry.c: string_sprintf("%s: retry timeout exceeded", addr->message) after Gmail's
  // generic "451 4.3.0 Email server has temporarily rejected this message." (no cause: retries ran out)
  c('14-exim-final-retry-timeout-exceeded.eml', 'bounce', 'exim', [
    'cruz@example.org',
    '4.3.0',
    'expired',
    'recipient-admin',
  ]),
  // Exim src/src/transports/smtp.c: "all hosts%s have been failing for a long time %s" with "and were
  // last tried after this message arrived" (delay_after_cutoff false)
  c('15-exim-final-all-hosts-failing-last-tried-after-arrival.eml', 'bounce', 'exim', [
    'dina@example.org',
    '5.0.0',
    'expired',
    'recipient-admin',
  ]),
  // Gmail SMTP error reference: "421 4.4.5 Server busy, try again later."; sendmail deliver.c
  // giveresponse() "Deferred: " + SmtpError, envelope.c "Warning: could not send message for past %s"
  delay(
    '16-sendmail-delay-deferred-421-4.4.5-server-busy.eml',
    'sendmail',
    delayedRecipient('emil@example.org', '4.4.5', 'recipient-system', 'recipient-admin'),
  ),
  // Gmail SMTP error reference: "451 4.7.26 Unauthenticated email from domain-name is not accepted due
  // to domain's DMARC policy, but temporary DNS failures prevent authentication."
  delay(
    '17-sendmail-delay-deferred-451-4.7.26-dmarc-temporary-dns.eml',
    'sendmail',
    delayedRecipient('fay@example.org', '4.7.26', 'auth-failed', 'sender-admin'),
  ),
  // sendmail deliver.c errstring(): TRY_AGAIN + E_DNSBASE dnsmsg = "host name lookup failure", shown
  // as "Name server: <host>: host name lookup failure"
  delay(
    '18-sendmail-delay-deferred-name-server-timeout.eml',
    'sendmail',
    delayedRecipient('gus@example.org', '4.4.3', 'recipient-system', 'recipient-admin'),
  ),
  // Gmail SMTP error reference: "421 4.7.0 The IP address sending this message does not have a PTR
  // record, or the corresponding forward DNS entry does not point to the sending IP."; sendmail
  // savemail.c "Message could not be delivered for %s" at the give-up
  c('19-sendmail-final-5-days-gmail-421-4.7.0-no-ptr.eml', 'bounce', 'sendmail', [
    'hana@example.org',
    '4.7.0',
    'sender-infrastructure',
    'sender-admin',
  ]),
  // MicrosoftDocs OfficeDocs-Exchange non-delivery-reports-and-bounce-messages.md (Exchange Server):
  // "4.4.7 | Message delayed"; the delay text "Delivery is delayed to these recipients or groups"
  delay(
    '20-exchange-delay-400-4.4.7-message-delayed.eml',
    'exchange',
    delayedRecipient('ivan@example.org', '4.4.7', 'delayed', 'none'),
  ),
  // the same Exchange Server table: "4.4.1 | Connection timed out | Transient network issues"
  delay(
    '21-exchange-delay-441-4.4.1-connection-timed-out.eml',
    'exchange',
    delayedRecipient('jana@example.org', '4.4.1', 'recipient-system', 'recipient-admin'),
  ),
  // MicrosoftDocs fix-error-code-550-4-4-7-in-exchange-online.md: "#550 4.4.7 QUEUE.Expired; message
  // expired ##" and "The server has tried to deliver this message, without success, and has stopped trying."
  c('22-exchange-final-550-4.4.7-queue-expired.eml', 'bounce', 'exchange', [
    'kai@example.org',
    '4.4.7',
    'expired',
    'recipient-admin',
  ]),
  // the Exchange Server table: "4.4.2 | Connection dropped | Transient network issues or server
  // problems that might eventually correct themselves"
  delay(
    '23-exchange-delay-two-rcpts-442-4.4.2-connection-dropped.eml',
    'exchange',
    delayedRecipient('lena@example.org', '4.4.2', 'recipient-system', 'recipient-admin'),
    delayedRecipient('mika@example.org', '4.4.2', 'recipient-system', 'recipient-admin'),
  ),
  // notqmail qmail-send.c "I'm not going to try again; this message has been in the queue too long."
  // after qmail-remote's "Remote host said: " with Gmail's 452 4.2.2
  c('24-qmail-giveup-gmail-452-4.2.2-out-of-storage.eml', 'bounce', 'qmail', [
    'nina@example.org',
    '4.2.2',
    'mailbox-full',
    'recipient',
  ]),
  // notqmail qmail-remote.c quit("ZConnected to ", " but greeting failed") with Yahoo's [TSS04]
  c('25-qmail-giveup-yahoo-421-tss04.eml', 'bounce', 'qmail', [
    'otto@yahoo.example',
    '4.7.0',
    'reputation-block',
    'sender-admin',
  ]),
  // hMailServer SMTPClientConnection.cpp "Remote server replied: %s" and ExternalDelivery.cpp "Tried %d
  // time(s)", with Gmail's "421 4.7.0 This message is suspicious due to the very low reputation of the
  // sending domain."
  c('26-hmailserver-final-gmail-421-4.7.0-low-reputation-domain.eml', 'bounce', 'exchange', [
    'saul@example.org',
    '4.7.0',
    'reputation-block',
    'sender-admin',
  ]),
  // Gmail SMTP error reference: "421 4.7.28 Gmail has detected an unusual rate of email originating from
  // your IP address"; OpenSMTPD bounce.c "Delivery status notification: delayed"
  delay(
    '27-opensmtpd-delay-gmail-421-4.7.28-unusual-rate.eml',
    'opensmtpd',
    delayedRecipient('tara@example.org', '4.7.28', 'reputation-block', 'sender-admin'),
  ),
  // Gmail SMTP error reference: "421 4.7.30 Your email has been rate limited because DKIM
  // authentication didn't pass for this message." and "452 4.2.2 ... out of storage space"
  delay(
    '28-opensmtpd-delay-two-rcpts-gmail-4.7.30-dkim-and-4.2.2.eml',
    'opensmtpd',
    delayedRecipient('ugo@example.org', '4.7.30', 'auth-failed', 'sender-admin'),
    delayedRecipient('vita@example.org', '4.2.2', 'mailbox-full', 'recipient'),
  ),
  // Courier courier/module.dsn's "DELAYS IN DELIVERING YOUR MESSAGE" with Gmail's 452 4.2.2
  delay(
    '29-courier-delay-gmail-452-4.2.2-out-of-storage.eml',
    'courier',
    delayedRecipient('wilma@example.org', '4.2.2', 'mailbox-full', 'recipient'),
  ),
  // Gmail SMTP error reference: "421 4.7.0 Try again later, closing connection. (command)": no cause
  delay(
    '30-courier-delay-gmail-421-4.7.0-try-again-later-closing.eml',
    'courier',
    delayedRecipient('xena@example.org', '4.7.0', 'delayed', 'none'),
  ),
];

describe('delays sweep 3: delay notices and give-ups as each writer words them', () => {
  test.each(CASES.map((c) => [c.file, c] as const))('%s', (_file, c) => checkFixture(c));
});
