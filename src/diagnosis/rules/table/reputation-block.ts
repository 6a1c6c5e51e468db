// reputation-block: sending IP or domain blocklisted or of low reputation (../shared/TAXONOMY.md). Every phrase and code of the category, by tier.
import type { Rule } from '../rule';
import { codeRange } from '../codes';

export const REPUTATION_BLOCK: readonly Rule[] = [
  {
    id: 'outlook.4.7.650-ip-reputation',
    category: 'reputation-block',
    tier: 'provider',
    source:
      'Exchange Online NDR table, learn.microsoft.com/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online (seed 001)',
    status: ['4.7.650', '4.7.651'],
    phrases: ['ip reputation', 's775', 'reputation'],
  },
  {
    id: 'exo.4.7.500-699-try-again-later',
    category: 'reputation-block',
    tier: 'provider',
    source:
      'Exchange Online NDR table, learn.microsoft.com/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online (seed 001)',
    codeAlone: true,
    status: codeRange('4.7.', 500, 699),
    phrases: ['try again later', 'server busy', 'access denied'],
    // the sending IP is held back while its suspicious or changed traffic is evaluated; lifted by itself when valid
  },
  {
    id: 'exo.4.7.850-899-ip-restricted',
    category: 'reputation-block',
    tier: 'provider',
    source:
      'Exchange Online NDR table, learn.microsoft.com/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online (seed 001)',
    codeAlone: true,
    status: codeRange('4.7.', 850, 899),
    phrases: ['try again later', 'access denied'],
    // suspicious activity seen from the sending IP; temporarily restricted while evaluated
  },
  {
    id: 'exo.5.7.511-banned-sender-ip',
    category: 'reputation-block',
    tier: 'provider',
    source:
      'Exchange Online NDR table, learn.microsoft.com/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online (seed 001)',
    codeAlone: true,
    status: ['5.7.511'],
    phrases: ['banned sender', 'access denied'],
  },
  {
    id: 'exo.5.7.606-649-banned-sending-ip',
    category: 'reputation-block',
    tier: 'provider',
    source:
      'Exchange Online NDR table, learn.microsoft.com/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online (seed 001)',
    codeAlone: true,
    status: codeRange('5.7.', 606, 649),
    phrases: ['banned sending ip', 'access denied'],
  },
  {
    id: 'exo.5.7.708-ip-not-accepted',
    category: 'reputation-block',
    tier: 'provider',
    source:
      'Exchange Online NDR table, learn.microsoft.com/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online (seed 001)',
    codeAlone: true,
    status: ['5.7.708'],
    phrases: ['traffic not accepted from this ip', 'access denied'],
  },
  {
    id: 'outlook.s3150-network-blocklisted',
    category: 'reputation-block',
    tier: 'provider',
    source:
      'Outlook.com postmaster troubleshooting, sendersupport.olc.protection.outlook.com/pm/troubleshooting.aspx (../shared/reference/provider-codes.tsv)',
    phrases: ['(s3150)', 's3150'],
  },
  {
    id: 'outlook.s775-ip-reputation',
    category: 'reputation-block',
    tier: 'provider',
    source:
      'Outlook.com postmaster troubleshooting, sendersupport.olc.protection.outlook.com/pm/troubleshooting.aspx (../shared/reference/provider-codes.tsv)',
    phrases: ['(s775)'],
  },
  {
    id: 'outlook.sc-reputation',
    category: 'reputation-block',
    tier: 'provider',
    source:
      'Outlook.com postmaster troubleshooting, sendersupport.olc.protection.outlook.com/pm/troubleshooting.aspx (../shared/reference/provider-codes.tsv)',
    phrases: ['sc-001', 'sc-002', 'sc-003', 'sc-004'],
    // spam-like mail, namespace mining, open proxy or complaints from the sending IP
  },
  {
    id: 'outlook.dy-002-compromised-host',
    category: 'reputation-block',
    tier: 'provider',
    source:
      'Outlook.com postmaster troubleshooting, sendersupport.olc.protection.outlook.com/pm/troubleshooting.aspx (../shared/reference/provider-codes.tsv)',
    phrases: ['dy-002'],
  },
  {
    id: 'outlook.ou-policy-block',
    category: 'reputation-block',
    tier: 'provider',
    source:
      'Outlook.com postmaster troubleshooting, sendersupport.olc.protection.outlook.com/pm/troubleshooting.aspx (../shared/reference/provider-codes.tsv)',
    phrases: ['ou-001', 'ou-002'],
  },
  {
    id: 'gmail.5.7.28-unsolicited-rate',
    category: 'reputation-block',
    tier: 'provider',
    source: 'Gmail SMTP error reference, support.google.com/a/answer/3726730',
    status: ['5.7.28'],
    phrases: ['unusual rate of unsolicited'],
  },
  {
    id: 'yahoo.tss04-deferred',
    category: 'reputation-block',
    tier: 'provider',
    source: 'Yahoo Sender Hub SMTP error codes, senders.yahooinc.com/smtp-error-codes',
    phrases: ['[tss04]', '[tss05]'],
    // deferred for unexpected volume or user complaints
  },
  {
    id: 'yahoo.tss09-permanently-deferred',
    category: 'reputation-block',
    tier: 'provider',
    source: 'Yahoo Sender Hub SMTP error codes, senders.yahooinc.com/smtp-error-codes',
    phrases: ['[tss09]', '[tss11]', '[tss12]'],
  },
  {
    id: 'yahoo.bl21-spamhaus',
    category: 'reputation-block',
    tier: 'provider',
    source: 'Yahoo Sender Hub SMTP error codes, senders.yahooinc.com/smtp-error-codes',
    phrases: ['[bl21]', '[bl22]', '[bl23]'],
  },
  {
    id: 'mimecast.ip-reputation',
    category: 'reputation-block',
    tier: 'provider',
    source: "../shared/reference/provider-codes.tsv (vendors' published codes)",
    phrases: ['local ct ip reputation'],
  },
  {
    id: 'proofpoint.pdr-blocked',
    category: 'reputation-block',
    tier: 'provider',
    source: "../shared/reference/provider-codes.tsv (vendors' published codes)",
    phrases: ['prs.proofpoint.com'],
  },
  // Gmail's published texts that generic words would misread (ref. support.google.com/a/answer/3726730)
  {
    id: 'text.gmail-unusual-rate',
    category: 'reputation-block',
    tier: 'fixed',
    source: 'Gmail SMTP error reference, support.google.com/a/answer/3726730',
    phrases: ['unusual rate of unsolicited', 'has detected an unusual rate of'],
    // names a DKIM or SPF domain as the source, which is not an authentication failure
  },
  {
    id: 'text.trendmicro-ers',
    category: 'reputation-block',
    tier: 'fixed',
    source: "mail security gateways' documented replies (../shared/reference/provider-codes.tsv)",
    phrases: ['ers-customized-block'],
  },
  {
    id: 'text.gateway-ip-block',
    category: 'reputation-block',
    tier: 'fixed',
    source: "mail security gateways' documented replies (../shared/reference/provider-codes.tsv)",
    phrases: ['block for spam', 'esmtp not accepting connections'],
  },
  {
    id: 'text.orange-ip-blocked',
    category: 'reputation-block',
    tier: 'fixed',
    source: 'Orange postmaster error codes (../shared/reference/provider-codes.tsv)',
    phrases: ['adresse ip source bloquee', 'client host blocked for spamming'],
  },
  {
    id: 'text.orange-refused-blocked',
    category: 'reputation-block',
    tier: 'fixed',
    source: 'Orange postmaster error codes (../shared/reference/provider-codes.tsv)',
    phrases: ['_999', '_103', '_510'],
    also: ['service refus*'],
  },
  {
    id: 'text.icloud-local-policy',
    category: 'reputation-block',
    tier: 'fixed',
    source:
      'Apple iCloud Mail postmaster, support.apple.com/en-us/102322 (../shared/reference/provider-codes.tsv)',
    phrases: ['[cs01]'],
    // iCloud's filters refused the sender's practices; Apple asks senders to contact it
  },
  {
    id: 'text.mta-host-refused',
    category: 'reputation-block',
    tier: 'fixed',
    source: "classic MTAs' fixed wording (Sendmail, Postfix, Exim, qmail, Domino, dma), pre-issue-9 list",
    phrases: [
      'please use the smtp server of your isp',
      'not currently accepting mail from your ip',
      'you are not allowed to connect',
      'not allowed to connect',
      'rejecting open proxy',
      'bad sender ip address',
      'too many spams from your ip',
      'looks suspiciously like spammer',
    ],
    // the receiving server refuses the sending host itself
  },
  // --- blocklists and reputation
  {
    id: 'text.blocklist',
    category: 'reputation-block',
    tier: 'words',
    source: "common wording of MTAs' refusals, pre-issue-9 word list (not yet traced row by row)",
    phrases: [
      'blocked using',
      'listed at',
      'listed on',
      'listed in',
      'blacklist',
      'blocklist',
      'block list',
      'black list',
      'spamhaus',
      'spamcop',
      'sorbs',
      'barracudacentral',
      'b.barracuda',
      'dnsbl',
      'rbl',
      'rbl:',
      'realtime blackhole',
      'cbl.abuseat',
      'uceprotect',
      'psbl',
      'abuseat',
      'junkmail filter',
      'poor reputation',
      'bad reputation',
      'low reputation',
      'ip address has been blocked',
      'your ip has been',
      'ip blocked',
      'on our block list',
      'banned sending ip',
      'access denied. banned',
      'sender ip address rejected',
      'client host rejected: access denied',
      'connection refused by',
      'refused to talk to me',
      'poor ip',
      'your access to this mail system has been rejected',
      'has been temporarily rate limited due to ip reputation',
      'ip address is not allowed',
      'mail server is on',
      'blocked - see',
      'temporarily deferred due to user complaints',
      'unsolicited mail',
      'bulk mail',
      'client host rejected',
    ],
    // broad phrases ("is blocked", "denied by policy") sit after the specific causes above
  },
];
