// expired: retries exhausted (../shared/TAXONOMY.md). Every phrase and code of the category, by tier.
import { inCategory, type Rule } from '../rule';

export const EXPIRED: readonly Rule[] = inCategory('expired', [
  {
    id: 'exo.5.4.316-expired-connection-refused',
    tier: 'provider',
    codeAlone: true,
    status: ['5.4.316'],
    phrases: ['expired'],
    // the final NDR after 4.4.316 retries; the cause (connection refused) is in the evidence
  },
  {
    id: 'exo.5.4.312-expired-dns-query-failed',
    tier: 'provider',
    codeAlone: true,
    status: ['5.4.312'],
    phrases: ['expired'],
  },
  {
    id: 'exo.4.4.7-message-expired',
    tier: 'provider',
    status: ['4.4.7', '5.4.7'],
    // Exchange's own words: another MTA's "Envelope expired" under 5.4.7 is no Exchange queue and
    // gets no Microsoft advice (the registry's X.4.7 still reads it as expired)
    phrases: ['message expired'],
  },
  {
    id: 'exo.5.4.300-message-expired',
    tier: 'provider',
    codeAlone: true,
    status: ['5.4.300'],
    phrases: ['expired'],
  },
  {
    id: 'exchange.queue-expired',
    tier: 'provider',
    phrases: ['queue.expired'],
  },
  {
    id: 'text.ses-delivery-expired',
    tier: 'fixed',
    phrases: ['delivery expired'],
  },
  {
    id: 'text.dns-or-host-unreachable',
    tier: 'fixed',
    phrases: ['could not contact dns servers', 'host not reachable'],
    // Gmail ("DNS Error: Could not contact DNS servers") and Zoho ("Host not reachable") write this
    // after retrying; a delay report turns it into "delayed"
  },
  {
    // Gmail's wrapper for a connection it could not make or keep (support.google.com/mail/answer/
    // 7720), in a delay report (4.x): still retrying, "delayed" whatever the brackets say.
    id: 'gmail.no-connection-retrying',
    tier: 'fixed',
    status: ['4.'],
    phrases: ['the recipient server did not accept our requests to connect'],
  },
  {
    // The same sentence when Gmail gave up: only of the words tier, since when the server did
    // answer, its reply in the brackets after it ("[mx... 192.0.2.1: 554 5.7.1 Service unavailable;
    // Client host [...] blocked using ...]") names the cause.
    id: 'text.gmail-no-connection',
    tier: 'words',
    phrases: ['the recipient server did not accept our requests to connect'],
  },
  {
    // Gmail's "451 4.3.0 Email server has temporarily rejected this message" (support.google.com/a/
    // answer/3726730) names no cause (not a rate): a give-up after it is the retries running out
    id: 'gmail.4.3.0-temporarily-rejected',
    tier: 'fixed',
    phrases: ['email server has temporarily rejected this message'],
  },
  {
    id: 'text.connect-gave-up',
    tier: 'fixed',
    whenDelayed: 'recipient-system',
    status: ['4.4.1', '4.4.2'],
    phrases: [
      "wasn't able to establish an smtp connection",
      'unable to establish an smtp connection',
      'connection timed out',
      'timed out',
      'connection refused',
      'no route to host',
      // Postfix smtp_trouble.c "lost connection with %s while %s", sendmail err.c "Connection reset by %s"
      'lost connection',
      'connection reset',
    ],
    // a failure report with a transient network code: the sending MTA stopped retrying (a delay stays "delayed")
  },
  // --- delivery gave up
  {
    id: 'text.mta-queue-timeout',
    tier: 'words',
    phrases: [
      'have been failing for a long time',
      'retry timeout exceeded',
      'maximum number of delivery attempts',
      'could not be delivered for too long',
      'could not be delivered for more than',
      'cannot send message for',
      'after multiple retries',
      'within the allowed queue period',
      'unable to deliver this message after',
    ],
    // Exim and Sendmail give up: retries ran out (the cause, if any, is in the earlier words)
  },
  {
    id: 'text.mta-queue-hours',
    tier: 'words',
    phrases: ['message could not be delivered for'],
    also: ['hour'],
    // Sendmail: "Message could not be delivered for 8 hours"
  },
  {
    id: 'text.mta-queue-minutes',
    tier: 'words',
    phrases: ['message could not be delivered for'],
    also: ['minute'],
    // Sendmail with a short Timeout.queuereturn: "Message could not be delivered for 3 minutes"
  },
  {
    id: 'text.mta-queue-days',
    tier: 'words',
    phrases: ['message could not be delivered for'],
    also: ['day'],
  },
  {
    id: 'text.expired',
    tier: 'words',
    phrases: [
      'retry time not reached',
      'delivery time expired',
      'message expired',
      'could not be delivered within',
      'has been delayed for',
      'too long in queue',
      'too long without delivery',
      'queue too long',
      'giving up',
      'maximum time',
      'retry period',
      'delivery attempts will continue',
      'will continue to be retried',
      'still trying',
      'not yet been delivered',
      'delivery is delayed',
      'delivery delayed',
      'time limit',
      'timeout waiting',
      'delivery retry',
      'retry limit',
      'was not delivered within',
      'mailbox too long',
      'message timed out',
      'has not been delivered',
      "can't be delivered in time",
      'retried for the maximum period of',
    ],
  },
  {
    id: 'broad.expired',
    tier: 'broad',
    phrases: ['expired'],
  },
  {
    // IMail names the count between the words ("Delivery failed 3 attempts"), so the row is the
    // two words together rather than one phrase; broad, so a server's own reason still wins.
    id: 'imail.delivery-failed-attempts',
    tier: 'broad',
    phrases: ['delivery failed'],
    also: ['attempts'],
  },
  {
    id: 'sisimai.expired-gateway',
    tier: 'fixed',
    phrases: ['could not find a gateway for'],
  },
  {
    id: 'smtp.gave-up-attempts',
    tier: 'fixed',
    phrases: [
      'giving up after',
      'too many delivery attempts',
      'maximum delivery attempts',
      'delivery attempts exceeded',
      'max retries exceeded',
      'maximum number of retries',
      'retry count exceeded',
    ],
  },
  // --- MTA families from source code, third pass (issue 9): Apache James
  {
    id: 'james.too-many-retries',
    tier: 'fixed',
    phrases: ['too many retries failure'],
    // James RemoteDelivery DeliveryRunnable: it bounces after its last retry ("too many" is not a rate)
  },
  // --- MTA families from source code, third pass (issue 9): Haraka
  {
    id: 'haraka.too-many-failures',
    tier: 'fixed',
    phrases: ['too many failures ('],
    before: ['haraka.outbound-and-scanner'],
    // Haraka outbound/hmail.js turns its last temporary failure into a bounce: "Too many failures
    // (Tried all MXs)" gave up retrying, whatever the last cause was
  },
  {
    // retries to the domain given up; a named cause beside it wins
    id: 'sisimai5.failed-to-deliver-domain',
    tier: 'broad',
    phrases: ['failed to deliver to domain'],
  },
  {
    // hMailServer SMTPClientConnection.cpp: a failure without a reply (code 0) is never fatal, so
    // its words come in a non-delivery only after the last retry ("Tried 5 time(s)")
    id: 'hmailserver.gave-up',
    tier: 'fixed',
    whenDelayed: 'recipient-system',
    phrases: ['connection to recipients server failed', 'timeout while talking to the remote server'],
  },
  {
    id: 'mta.gave-up-wordings',
    tier: 'fixed',
    phrases: [
      'hours), your message could not be fully delivered',
      'delivery failure of message after',
      // Citadel's heading (text-recipients.ts sharedReason brings it to each address under it): it
      // must outrank qmail's "Giving up on <ip>" (recipient-system) and the attempts' "Timeout".
      'giving up on the following addresses',
    ],
  },
]);
