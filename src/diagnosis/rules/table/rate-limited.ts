// rate-limited: too many messages, connections or recipients; greylisting (../shared/TAXONOMY.md). Every phrase and code of the category, by tier.
import type { Rule } from '../rule';

const TR = 'translation of the English wording';

export const RATE_LIMITED: readonly Rule[] = [
  // --- 4.x.x: transient
  {
    id: 'exo.4.3.2-recipient-thread-limit',
    category: 'rate-limited',
    tier: 'provider',
    source:
      'Exchange Online NDR table, learn.microsoft.com/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online (seed 001)',
    owner: 'none',
    status: ['4.3.2'],
    phrases: ['recipient thread limit', 'thread limit exceeded'],
    // by-design throttling of one busy mailbox; Exchange retries on its own
  },
  {
    id: 'exo.4.5.3-too-many-recipients',
    category: 'rate-limited',
    tier: 'provider',
    source:
      'Exchange Online NDR table, learn.microsoft.com/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online (seed 001)',
    status: ['4.5.3'],
    phrases: ['too many recipients'],
    // more than 200 envelope recipients of one domain: the sending server must split them
  },
  {
    id: 'outlook.4.7.652-too-many-connections',
    category: 'rate-limited',
    tier: 'provider',
    source:
      'Exchange Online NDR table, learn.microsoft.com/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online (seed 001)',
    status: ['4.7.652'],
    phrases: ['maximum number of connections', 's3115', 'connections'],
  },
  {
    id: 'exo.5.2.121-per-sender-hourly-limit',
    category: 'rate-limited',
    tier: 'provider',
    source:
      'Exchange Online NDR table, learn.microsoft.com/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online (seed 001)',
    codeAlone: true,
    owner: 'sender',
    status: ['5.2.121'],
    phrases: ['per hour message receive limit from specific sender', 'per hour'],
    // Microsoft: the sender or automated mailer should send fewer messages per hour to this recipient
  },
  {
    id: 'exo.5.2.122-recipient-hourly-limit',
    category: 'rate-limited',
    tier: 'provider',
    source:
      'Exchange Online NDR table, learn.microsoft.com/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online (seed 001)',
    codeAlone: true,
    owner: 'sender',
    status: ['5.2.122'],
    phrases: ['per hour message receive limit', 'per hour'],
    // Microsoft: the sender or automated mailer should try again later
  },
  {
    id: 'exo.5.7.508-ipv6-range-limit',
    category: 'rate-limited',
    tier: 'provider',
    source:
      'Exchange Online NDR table, learn.microsoft.com/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online (seed 001)',
    codeAlone: true,
    status: ['5.7.508'],
    phrases: ['exceeded permitted limits', 'access denied'],
  },
  {
    id: 'exchange.resolver-adr-reciplimit',
    category: 'rate-limited',
    tier: 'provider',
    source:
      'Exchange transport component tokens in NDRs (learn.microsoft.com Exchange NDR pages; ../shared/reference/provider-codes.tsv)',
    owner: 'sender',
    phrases: ['resolver.adr.reciplimit'],
    // too many recipients in one message: the sender splits the list
  },
  {
    id: 'exchange.5.5.3-too-many-recipients',
    category: 'rate-limited',
    tier: 'provider',
    source:
      'Exchange Server on-premises NDR texts (learn.microsoft.com; ../shared/reference/provider-codes.tsv)',
    owner: 'sender',
    status: ['5.5.3', '4.5.3'],
    phrases: ['too many recipients'],
  },
  {
    id: 'outlook.s3115-connection-limit',
    category: 'rate-limited',
    tier: 'provider',
    source:
      'Outlook.com postmaster troubleshooting, sendersupport.olc.protection.outlook.com/pm/troubleshooting.aspx (../shared/reference/provider-codes.tsv)',
    phrases: ['(s3115)'],
  },
  {
    id: 'outlook.rp-rate-limit',
    category: 'rate-limited',
    tier: 'provider',
    source:
      'Outlook.com postmaster troubleshooting, sendersupport.olc.protection.outlook.com/pm/troubleshooting.aspx (../shared/reference/provider-codes.tsv)',
    phrases: ['rp-001', 'rp-002', 'rp-003'],
  },
  {
    id: 'gmail.4.2.1-receiving-too-quickly',
    category: 'rate-limited',
    tier: 'provider',
    source: 'Gmail SMTP error reference, support.google.com/a/answer/3726730',
    owner: 'sender',
    phrases: ['receiving mail too quickly', 'receiving mail at a rate', 'receiving email at a rate'],
  },
  {
    id: 'text.gmail-duplicate-message-id',
    category: 'rate-limited',
    tier: 'fixed',
    source: 'Gmail SMTP error reference, support.google.com/a/answer/3726730',
    phrases: ['messages that have the same message-id'],
  },
  {
    id: 'text.gmail-relay-peak',
    category: 'rate-limited',
    tier: 'fixed',
    source: 'Gmail SMTP error reference, support.google.com/a/answer/3726730',
    phrases: ['peak smtp relay limit'],
  },
  {
    id: 'text.yahoo-per-connection',
    category: 'rate-limited',
    tier: 'fixed',
    source: 'Yahoo Sender Hub SMTP error codes, senders.yahooinc.com/smtp-error-codes',
    phrases: ['max message per connection reached'],
  },
  {
    id: 'text.icloud-volume',
    category: 'rate-limited',
    tier: 'fixed',
    source:
      'Apple iCloud Mail postmaster, support.apple.com/en-us/102322 (../shared/reference/provider-codes.tsv)',
    phrases: ['deferred due to excessive volume'],
  },
  // --- rate limits
  {
    id: 'text.rate-limited',
    category: 'rate-limited',
    tier: 'words',
    source: "common wording of MTAs' refusals, pre-issue-9 word list (not yet traced row by row)",
    phrases: [
      'too many connections',
      'too many concurrent',
      'too many messages',
      'too many recipients',
      'too many sessions',
      'rate limit',
      'ratelimit',
      'rate-limit',
      'rate of',
      'sending rate',
      'unusual rate',
      'throttl*',
      'greylist',
      'graylist',
      'grey list',
      'gray list',
      'temporarily deferred',
      'temporarily rejected',
      'receiving mail at a rate',
      'exceeded the rate',
      'connection limit',
      'connection rate',
      'too fast',
      'slow down',
      'exceeded sending limits',
      'message rate',
      'too many errors',
      'deferred due to',
      'recipient thread limit',
      'ipts04',
      'tss04',
      'tsss',
      'temporarily blocked',
      'too much mail',
    ],
  },
  // --- Chinese and Russian providers' frequency limits (issue 9, shape 2)
  {
    id: 'netease.rate-limits',
    category: 'rate-limited',
    tier: 'provider',
    source:
      'NetEase (163.com/126.com) SMTP error codes, help.163.com (MI:SFQ, MI:DMC, RP:QRC, RP:TRC, RP:RCL, RP:DRC, HL:ICC, HL:IFC, MI:STC, MI:CEL, RP:CEL)',
    hosts: ['163.com', '126.com', 'yeah.net', '188.com', 'netease.com', '163mx'],
    phrases: [
      'mi:sfq',
      'mi:dmc',
      'rp:qrc',
      'rp:trc',
      'rp:rcl',
      'rp:drc',
      'hl:icc',
      'hl:ifc',
      'mi:stc',
      'mi:cel',
      'rp:cel',
      'mi:ccl',
      'rp:ccl',
    ],
    examples: [
      {
        line: '451 MI:SFQ mx.163.example',
        source: 'NetEase SMTP error codes (MI:SFQ: too many messages in 15 minutes)',
      },
    ],
  },
  {
    id: 'provider.frequency-limits',
    category: 'rate-limited',
    tier: 'fixed',
    source:
      'Tencent QQ Mail postmaster help ("Ip frequency limited", "Connection frequency limited", "Domain frequency limited"); Sina and Mail.ru/Yandex rate replies',
    phrases: [
      'frequency limited',
      'frequency limit',
      'too frequent',
      'sending too fast',
      'too many mails',
      'too many emails',
      'too many messages from your ip',
      'too many connections from your',
      'sending limit exceeded',
      'ratelimited',
      'rate limited',
      'rate exceeded',
      'limit exceeded',
      'exceeded the limit',
      'quota of messages',
      'слишком много писем',
      'слишком много сообщений',
      'слишком много соединений',
      'превышен лимит',
      'превышена частота',
      '发送频率',
      '频率过高',
      '发信频率',
      '发送过于频繁',
      '超过限制',
      '頻率',
    ],
    examples: [
      { line: '550 Ip frequency limited', source: 'Tencent QQ Mail postmaster help' },
      {
        line: '421 4.7.0 Слишком много писем, попробуйте позже',
        source: TR + ' "too many messages, try later" (Russian)',
      },
    ],
  },
];
