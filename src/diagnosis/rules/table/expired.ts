// expired: retries exhausted (../shared/TAXONOMY.md). Every phrase and code of the category, by tier.
import type { Rule } from '../rule';

export const EXPIRED: readonly Rule[] = [
  {
    id: 'exo.5.4.316-expired-connection-refused',
    category: 'expired',
    tier: 'provider',
    source:
      'Exchange Online NDR table, learn.microsoft.com/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online (seed 001)',
    codeAlone: true,
    status: ['5.4.316'],
    phrases: ['message expired', 'expired'],
    // the final NDR after 4.4.316 retries; the cause (connection refused) is in the evidence
  },
  {
    id: 'exo.5.4.312-expired-dns-query-failed',
    category: 'expired',
    tier: 'provider',
    source:
      'Exchange Online NDR table, learn.microsoft.com/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online (seed 001)',
    codeAlone: true,
    status: ['5.4.312'],
    phrases: ['message expired', 'expired'],
  },
  {
    id: 'exo.4.4.7-message-expired',
    category: 'expired',
    tier: 'provider',
    source:
      'Exchange Online NDR table, learn.microsoft.com/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online (seed 001)',
    status: ['4.4.7', '5.4.7'],
    phrases: ['queue.expired', 'message expired', 'expired'],
  },
  {
    id: 'exo.5.4.300-message-expired',
    category: 'expired',
    tier: 'provider',
    source:
      'Exchange Online NDR table, learn.microsoft.com/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online (seed 001)',
    codeAlone: true,
    status: ['5.4.300'],
    phrases: ['expired'],
  },
  {
    id: 'exchange.queue-expired',
    category: 'expired',
    tier: 'provider',
    source:
      'Exchange transport component tokens in NDRs (learn.microsoft.com Exchange NDR pages; ../shared/reference/provider-codes.tsv)',
    phrases: ['queue.expired'],
  },
  {
    id: 'text.ses-delivery-expired',
    category: 'expired',
    tier: 'fixed',
    source:
      'Amazon SES notification contents (bounce types), docs.aws.amazon.com/ses/latest/dg/notification-contents.html',
    phrases: ['delivery expired'],
  },
  {
    id: 'text.gmail-no-connection',
    category: 'expired',
    tier: 'fixed',
    source: 'Gmail SMTP error reference, support.google.com/a/answer/3726730',
    phrases: [
      'the recipient server did not accept our requests to connect',
      'could not contact dns servers',
      'host not reachable',
    ],
    // Gmail writes this after retrying; a delay report turns it into "delayed"
  },
  {
    id: 'text.connect-gave-up',
    category: 'expired',
    tier: 'fixed',
    source: "common wording of MTAs' refusals, pre-issue-9 word list (not yet traced row by row)",
    whenDelayed: 'recipient-system',
    status: ['4.4.1', '4.4.2'],
    phrases: [
      'connection timed out',
      'timed out',
      'connection refused',
      'no route to host',
      'network is unreachable',
    ],
    // a failure report with a transient network code: the sending MTA stopped retrying (a delay stays "delayed")
  },
  // --- delivery gave up
  {
    id: 'text.mta-queue-timeout',
    category: 'expired',
    tier: 'words',
    source: "classic MTAs' fixed wording (Sendmail, Postfix, Exim, qmail, Domino, dma), pre-issue-9 list",
    phrases: [
      'have been failing for a long time',
      'retry timeout exceeded',
      'could not be delivered for too long',
      'could not be delivered for more than',
      'cannot send message for',
      'after multiple retries',
      'within the allowed queue period',
      'it has not been collected after',
      'delivery expired',
    ],
    // Exim and Sendmail give up: retries ran out (the cause, if any, is in the earlier words)
  },
  {
    id: 'text.mta-queue-hours',
    category: 'expired',
    tier: 'words',
    source: "classic MTAs' fixed wording (Sendmail, Postfix, Exim, qmail, Domino, dma), pre-issue-9 list",
    phrases: ['message could not be delivered for'],
    also: ['hour'],
    // Sendmail: "Message could not be delivered for 8 hours"
  },
  {
    id: 'text.mta-queue-days',
    category: 'expired',
    tier: 'words',
    source: "classic MTAs' fixed wording (Sendmail, Postfix, Exim, qmail, Domino, dma), pre-issue-9 list",
    phrases: ['message could not be delivered for'],
    also: ['day'],
  },
  {
    id: 'text.expired',
    category: 'expired',
    tier: 'words',
    source: "common wording of MTAs' refusals, pre-issue-9 word list (not yet traced row by row)",
    phrases: [
      'retry timeout exceeded',
      'retry time not reached',
      'delivery time expired',
      'message expired',
      'could not be delivered within',
      'has been delayed for',
      'too long in queue',
      'too long without delivery',
      'queue too long',
      'giving up',
      'gave up',
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
    ],
  },
  {
    id: 'broad.expired',
    category: 'expired',
    tier: 'broad',
    source: "common wording of MTAs' refusals, pre-issue-9 word list (broad words)",
    phrases: ['expired', 'giving up', 'gave up'],
  },
];
