// rate-limited: too many messages, connections or recipients; greylisting (../shared/TAXONOMY.md). Every phrase and code of the category, by tier.
import type { Rule } from '../rule';

export const RATE_LIMITED: readonly Rule[] = [
  // --- 4.x.x: transient
  {
    id: 'exo.4.3.2-recipient-thread-limit',
    category: 'rate-limited',
    tier: 'provider',
    owner: 'none',
    status: ['4.3.2'],
    phrases: ['recipient thread limit', 'thread limit exceeded'],
    // by-design throttling of one busy mailbox; Exchange retries on its own
  },
  {
    id: 'exo.4.5.3-too-many-recipients',
    category: 'rate-limited',
    tier: 'provider',
    status: ['4.5.3'],
    phrases: ['too many recipients'],
    // more than 200 envelope recipients of one domain: the sending server must split them
  },
  {
    id: 'outlook.4.7.652-too-many-connections',
    category: 'rate-limited',
    tier: 'provider',
    status: ['4.7.652'],
    phrases: ['maximum number of connections', 's3115', 'connections'],
  },
  {
    id: 'exo.5.2.121-per-sender-hourly-limit',
    category: 'rate-limited',
    tier: 'provider',
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
    codeAlone: true,
    status: ['5.7.508'],
    phrases: ['exceeded permitted limits', 'access denied'],
  },
  {
    id: 'exchange.resolver-adr-reciplimit',
    category: 'rate-limited',
    tier: 'provider',
    owner: 'sender',
    phrases: ['resolver.adr.reciplimit'],
    // too many recipients in one message: the sender splits the list
  },
  {
    id: 'exchange.5.5.3-too-many-recipients',
    category: 'rate-limited',
    tier: 'provider',
    owner: 'sender',
    status: ['5.5.3', '4.5.3'],
    phrases: ['too many recipients'],
  },
  {
    id: 'outlook.s3115-connection-limit',
    category: 'rate-limited',
    tier: 'provider',
    phrases: ['(s3115)'],
  },
  {
    id: 'outlook.rp-rate-limit',
    category: 'rate-limited',
    tier: 'provider',
    phrases: ['rp-001', 'rp-002', 'rp-003'],
  },
  {
    id: 'gmail.4.2.1-receiving-too-quickly',
    category: 'rate-limited',
    tier: 'provider',
    owner: 'sender',
    phrases: ['receiving mail too quickly', 'receiving mail at a rate', 'receiving email at a rate'],
  },
  {
    id: 'text.gmail-duplicate-message-id',
    category: 'rate-limited',
    tier: 'fixed',
    phrases: ['messages that have the same message-id'],
  },
  {
    id: 'text.gmail-relay-peak',
    category: 'rate-limited',
    tier: 'fixed',
    phrases: ['peak smtp relay limit'],
  },
  {
    id: 'text.yahoo-per-connection',
    category: 'rate-limited',
    tier: 'fixed',
    phrases: ['max message per connection reached'],
  },
  {
    id: 'text.icloud-volume',
    category: 'rate-limited',
    tier: 'fixed',
    phrases: ['deferred due to excessive volume'],
  },
  // --- rate limits
  {
    id: 'text.rate-limited',
    category: 'rate-limited',
    tier: 'words',
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
  },
  {
    id: 'provider.frequency-limits',
    category: 'rate-limited',
    tier: 'fixed',
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
      // not "limit exceeded" or "exceeded the limit" alone: a mailbox, a message size or a
      // recipient count has limits too ("Mailbox size limit exceeded" is a full mailbox)
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
      '頻率',
    ],
  },
  // --- MTA families from source code, third pass (issue 9): Courier
  {
    id: 'courier.ratefilter',
    category: 'rate-limited',
    tier: 'fixed',
    phrases: ['number of messages exceeded administrative limit'],
    // Courier filters/ratefilter.C: the sending client sent more messages than the limit allows
  },
  // --- MTA families from source code, third pass (issue 9): Apache James
  {
    id: 'james.greylist-current',
    category: 'rate-limited',
    tier: 'fixed',
    phrases: ['temporary rejected reconnect to fast', 'temporary rejected please try again later'],
    // James AbstractGreylistHandler as it reads today (no colon after "rejected")
  },
  // --- MTA families from source code, third pass (issue 9): Haraka
  {
    id: 'haraka.limits',
    category: 'rate-limited',
    tier: 'fixed',
    phrases: ['split transaction, retry soon', 'too many recipient attempts', 'null recip rate limit'],
    // Haraka plugins/queue/smtp_forward.js and haraka-plugin-limit
  },
  // --- MTA families from source code, third pass (issue 9): hMailServer
  {
    id: 'hmailserver.greylist',
    category: 'rate-limited',
    tier: 'broad',
    reply: ['450', '451'],
    phrases: ['please try again later'],
    // hMailServer SMTPConnection.cpp answers greylisting with a bare "451 Please try again later."
  },
  // --- by MTA family (issue 9, second pass)
  {
    id: 'james.greylist',
    category: 'rate-limited',
    tier: 'fixed',
    phrases: ['temporary rejected: reconnect to fast', 'temporary rejected: please try again later'],
    // Apache James AbstractGreylistHandler: greylisting, the sender's server retries
  },
  {
    id: 'stalwart.session-limits',
    category: 'rate-limited',
    tier: 'fixed',
    phrases: ['maximum number of messages per session exceeded', 'session exceeded transfer quota'],
  },
  {
    id: 'exim.too-many-bad-recipients',
    category: 'rate-limited',
    tier: 'fixed',
    phrases: ['rejected for too many bad recipients'],
    // Exim's default ACL after several unknown recipients in one session (list hygiene)
  },
];
