// recipient-system: destination down, overloaded, misconfigured, TLS/DANE/MTA-STS broken (../shared/TAXONOMY.md). Every phrase and code of the category, by tier.
import type { Rule } from '../rule';
import { daneRows } from '../codes';

const PF_SYS =
  'postfix src/global/sys_exits.c (sendmail-compatible exit status table); sendmail deliver.c writes the mailer exit status after "X-Unix;"';

export const RECIPIENT_SYSTEM: readonly Rule[] = [
  {
    id: 'exo.4.4.316-connection-refused',
    category: 'recipient-system',
    tier: 'provider',
    source:
      'Exchange Online NDR table, learn.microsoft.com/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online (seed 001)',
    codeAlone: true,
    status: ['4.4.316'],
    phrases: ['connection refused', 'socket error', 'refused'],
  },
  {
    id: 'exo.4.4.317-untrusted-root',
    category: 'recipient-system',
    tier: 'provider',
    source:
      'Exchange Online NDR table, learn.microsoft.com/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online (seed 001)',
    status: ['4.4.317', '5.4.317'],
    phrases: ['untrustedroot', 'untrusted root', 'certificate'],
  },
  {
    id: 'exo.4.4.312-dns-query-failed',
    category: 'recipient-system',
    tier: 'provider',
    source:
      'Exchange Online NDR table, learn.microsoft.com/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online (seed 001)',
    codeAlone: ['4.4.312'],
    status: ['4.4.312', '5.4.312'],
    phrases: ['dns query failed'],
  },
  {
    id: 'exo.4.4.8-mta-sts-mx',
    category: 'recipient-system',
    tier: 'provider',
    source:
      'Exchange Online NDR table, learn.microsoft.com/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online (seed 001)',
    status: ['4.4.8'],
    phrases: ['mta-sts', 'sts policy'],
  },
  {
    id: 'exo.4.7.5-mta-sts-certificate',
    category: 'recipient-system',
    tier: 'provider',
    source:
      'Exchange Online NDR table, learn.microsoft.com/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online (seed 001)',
    status: ['4.7.5'],
    phrases: ['mta-sts', 'certificate'],
  },
  ...daneRows(),
  {
    id: 'exo.5.3.190-journaling',
    category: 'recipient-system',
    tier: 'provider',
    source:
      'Exchange Online NDR table, learn.microsoft.com/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online (seed 001)',
    codeAlone: true,
    owner: 'sender-admin',
    status: ['5.3.190'],
    phrases: ['journaling', 'journal'],
    // journal reports come from the same organization; its Microsoft 365 admin must enable Journaling Archive
  },
  {
    id: 'exo.5.4.8-mta-sts-mx',
    category: 'recipient-system',
    tier: 'provider',
    source:
      'Exchange Online NDR table, learn.microsoft.com/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online (seed 001)',
    status: ['5.4.8'],
    phrases: ['mta-sts', 'sts policy'],
  },
  {
    id: 'exo.5.7.5-mta-sts-certificate',
    category: 'recipient-system',
    tier: 'provider',
    source:
      'Exchange Online NDR table, learn.microsoft.com/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online (seed 001)',
    status: ['5.7.5'],
    phrases: ['mta-sts', 'certificate'],
  },
  {
    id: 'exo.5.7.510-no-ipv6',
    category: 'recipient-system',
    tier: 'provider',
    source:
      'Exchange Online NDR table, learn.microsoft.com/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online (seed 001)',
    codeAlone: true,
    owner: 'sender-admin',
    status: ['5.7.510'],
    phrases: ['ipv6', 'access denied'],
    // the recipient system takes mail over IPv4 only; the sending side is the one that can switch to IPv4
  },
  {
    id: 'exo.4.4.4-no-mail-enabled-subscriptions',
    category: 'recipient-system',
    tier: 'provider',
    source:
      'Exchange Online NDR table, learn.microsoft.com/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online (seed 001)',
    phrases: ['no mail-enabled subscriptions'],
    // the recipient domain sits in a Microsoft 365 tenant without any Exchange Online license
  },
  {
    id: 'exchange.resolver-adr-unresolvable',
    category: 'recipient-system',
    tier: 'provider',
    source:
      'Exchange transport component tokens in NDRs (learn.microsoft.com Exchange NDR pages; ../shared/reference/provider-codes.tsv)',
    phrases: ['resolver.adr.invalidinsmtp', 'resolver.adr.ambiguous'],
    // the recipient's directory entry has no usable SMTP address, or several entries share it
  },
  {
    id: 'exchange.resolver-adr-badprimary',
    category: 'recipient-system',
    tier: 'provider',
    source:
      'Exchange transport component tokens in NDRs (learn.microsoft.com Exchange NDR pages; ../shared/reference/provider-codes.tsv)',
    phrases: ['resolver.adr.badprimary'],
  },
  {
    id: 'exchange.smtpsend-dns-mxloopback',
    category: 'recipient-system',
    tier: 'provider',
    source:
      'Exchange transport component tokens in NDRs (learn.microsoft.com Exchange NDR pages; ../shared/reference/provider-codes.tsv)',
    phrases: ['smtpsend.dns.mxloopback'],
  },
  {
    id: 'exchange-ims.00010256-too-many-recipients',
    category: 'recipient-system',
    tier: 'provider',
    source:
      'Exchange transport component tokens in NDRs (learn.microsoft.com Exchange NDR pages; ../shared/reference/provider-codes.tsv)',
    phrases: ['(00010256)'],
    // a recipient limit inside the receiving Exchange 5.5 site's own connector
  },
  {
    id: 'exchange-ims.000d06b5-no-proxy',
    category: 'recipient-system',
    tier: 'provider',
    source:
      'Exchange transport component tokens in NDRs (learn.microsoft.com Exchange NDR pages; ../shared/reference/provider-codes.tsv)',
    phrases: ['(000d06b5)'],
  },
  {
    id: 'exchange.4.3.1-insufficient-resources',
    category: 'recipient-system',
    tier: 'provider',
    source:
      'Exchange Server on-premises NDR texts (learn.microsoft.com; ../shared/reference/provider-codes.tsv)',
    status: ['4.3.1'],
    phrases: ['insufficient system resources'],
  },
  // Mail security gateways and other providers (Proofpoint, Barracuda, Trend Micro, Mimecast, Apple,
  // Comcast): their fixed texts, from ../shared/reference/provider-codes.tsv
  {
    id: 'text.gateway-verify-pending',
    category: 'recipient-system',
    tier: 'fixed',
    source: "mail security gateways' documented replies (../shared/reference/provider-codes.tsv)",
    phrases: ['recipient address rejected: unverified address'],
    // Proofpoint could not yet verify the recipient downstream: not the sender domain
  },
  {
    id: 'text.gateway-license',
    category: 'recipient-system',
    tier: 'fixed',
    source: "mail security gateways' documented replies (../shared/reference/provider-codes.tsv)",
    phrases: ['license expired'],
  },
  {
    id: 'text.mimecast-busy',
    category: 'recipient-system',
    tier: 'fixed',
    source: 'Mimecast SMTP error codes KB (../shared/reference/provider-codes.tsv)',
    owner: 'provider',
    phrases: ['unable to process connection at this time'],
    // Mimecast at its maximum load (Mimecast KB): the hosted service recovers, not the recipient's admin
  },
  {
    id: 'text.remote-no-tls',
    category: 'recipient-system',
    tier: 'fixed',
    source: "common wording of MTAs' refusals, pre-issue-9 word list (not yet traced row by row)",
    phrases: ['does not support tls', 'does not offer starttls', 'tls is not supported'],
  },
  // Orange and La Poste end their replies with a code (OFR005_505, LPN004_510, OFR_999): the last three
  // digits tell apart replies that share the words "Service refused, please try later".
  {
    id: 'text.orange-refused-system',
    category: 'recipient-system',
    tier: 'fixed',
    source: 'Orange postmaster error codes (../shared/reference/provider-codes.tsv)',
    phrases: ['_505'],
    also: ['service refus*'],
  },
  {
    id: 'text.mta-system',
    category: 'recipient-system',
    tier: 'fixed',
    source: "classic MTAs' fixed wording (Sendmail, Postfix, Exim, qmail, Domino, dma), pre-issue-9 list",
    phrases: [
      'host not found, try again',
      'interrupted system call',
      "can't create user output file",
      'local configuration error',
      'mail system configuration error',
    ],
    // "Host not found, try again" is a DNS lookup that failed for now, not a missing domain
  },
  {
    id: 'text.mta-dns-lookup',
    category: 'recipient-system',
    tier: 'fixed',
    source: "classic MTAs' fixed wording (Sendmail, Postfix, Exim, qmail, Domino, dma), pre-issue-9 list",
    phrases: ['host name lookup failure', 'malformed or unexpected name server reply'],
    // a DNS lookup that failed (SERVFAIL, timeout), not a domain that does not exist
  },
  {
    id: 'text.mta-directory-down',
    category: 'recipient-system',
    tier: 'fixed',
    source: "classic MTAs' fixed wording (Sendmail, Postfix, Exim, qmail, Domino, dma), pre-issue-9 list",
    phrases: ['unable to contact ldap server', 'ldap server is down', 'temporary ldap error'],
    // qmail-ldap: the recipient's directory is unreachable, whatever the queue time says after it
  },
  {
    id: 'text.recipient-system',
    category: 'recipient-system',
    tier: 'words',
    source: "common wording of MTAs' refusals, pre-issue-9 word list (not yet traced row by row)",
    phrases: [
      'connection refused',
      'connection timed out',
      'connection reset',
      'network is unreachable',
      'no route to host',
      'host is unreachable',
      'lost connection',
      'conversation with',
      'failed to connect',
      "can't connect to",
      'connect to host',
      'service unavailable',
      'service currently unavailable',
      'service not available',
      'system error',
      'internal error',
      'local error',
      'server error',
      'system failure',
      'mail system full',
      'system full',
      'disk full',
      'temporarily unavailable',
      'temporary problem',
      'unable to deliver',
      'mailer error',
      'mailbox delivery failed',
      'pipe to',
      'command died',
      'command output',
      'configuration error',
      'misconfigured',
      'tls handshake',
      'starttls',
      'certificate',
      'mta-sts',
      'dane validation',
      'dane verification',
      'dane required',
      'tlsa record',
      'could not complete',
      'i/o error',
      'transaction failed',
      'unable to connect',
      'cannot connect',
      'could not connect',
      'server is busy',
      'overloaded',
      'exception',
      'resources temporarily unavailable',
      'could not load',
    ],
  },
  {
    id: 'broad.system',
    category: 'recipient-system',
    tier: 'broad',
    source: "common wording of MTAs' refusals, pre-issue-9 word list (broad words)",
    phrases: ['timeout', 'timed out', 'temporary failure'],
  },
  // --- local delivery agents' exit statuses (sysexits.h numbers behind "X-Unix;")
  {
    id: 'sysexits.system',
    category: 'recipient-system',
    tier: 'fixed',
    source:
      PF_SYS +
      ': 64 usage, 66 no input, 69 unavailable, 70 software, 71 OS error, 72 OS file, 73 cannot create, 74 I/O, 75 temporary failure, 76 protocol, 78 config',
    phrases: [
      'x-unix; 64',
      'x-unix; 66',
      'x-unix; 69',
      'x-unix; 70',
      'x-unix; 71',
      'x-unix; 72',
      'x-unix; 73',
      'x-unix; 74',
      'x-unix; 75',
      'x-unix; 76',
      'x-unix; 78',
      'command line usage error',
      'internal software error',
      'system resource problem',
      'critical os file missing',
      'remote error in protocol',
    ],
    examples: [
      { line: 'X-Unix; 75', source: 'sendmail deliver.c; sysexits.h EX_TEMPFAIL 75' },
      { line: 'X-Unix; 73', source: 'sendmail deliver.c; sysexits.h EX_CANTCREAT 73' },
    ],
  },
  {
    id: 'opensmtpd.destination-errors',
    category: 'recipient-system',
    tier: 'fixed',
    source: 'OpenSMTPD usr.sbin/smtpd/mta.c (relay->failstr)',
    phrases: [
      'destination seem to reject all mails',
      'network error on destination mxs',
      'address family mismatch on destination mxs',
      'all routes to destination blocked',
      'no valid route to destination',
      'no valid route to remote mx',
      'temporary failure in mx lookup',
    ],
    examples: [{ line: 'Network error on destination MXs', source: 'OpenSMTPD usr.sbin/smtpd/mta.c' }],
  },
];
