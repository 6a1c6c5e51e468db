// rate-limited: too many messages, connections or recipients; greylisting (../shared/TAXONOMY.md). Every phrase and code of the category, by tier.
import { inCategory, type Rule } from '../rule';

export const RATE_LIMITED: readonly Rule[] = inCategory('rate-limited', [
  // --- 4.x.x: transient
  {
    id: 'exo.4.3.2-recipient-thread-limit',
    tier: 'provider',
    owner: 'none',
    status: ['4.3.2'],
    phrases: ['recipient thread limit', 'thread limit exceeded'],
    // by-design throttling of one busy mailbox; Exchange retries on its own
  },
  {
    id: 'exo.4.5.3-too-many-recipients',
    tier: 'provider',
    status: ['4.5.3'],
    phrases: ['too many recipients'],
    // more than 200 envelope recipients of one domain: the sending server must split them
  },
  {
    id: 'outlook.4.7.652-too-many-connections',
    tier: 'provider',
    status: ['4.7.652'],
    phrases: ['s3115', 'connections'],
  },
  {
    id: 'exo.5.2.121-per-sender-hourly-limit',
    tier: 'provider',
    codeAlone: true,
    owner: 'sender',
    status: ['5.2.121'],
    phrases: ['per hour'],
    // Microsoft: the sender or automated mailer should send fewer messages per hour to this recipient
  },
  {
    id: 'exo.5.2.122-recipient-hourly-limit',
    tier: 'provider',
    codeAlone: true,
    owner: 'sender',
    status: ['5.2.122'],
    phrases: ['per hour'],
    // Microsoft: the sender or automated mailer should try again later
  },
  {
    id: 'exo.5.7.508-ipv6-range-limit',
    tier: 'provider',
    codeAlone: true,
    status: ['5.7.508'],
    phrases: ['exceeded permitted limits', 'access denied'],
  },
  {
    id: 'exchange.5.5.3-too-many-recipients',
    tier: 'provider',
    owner: 'sender',
    status: ['5.5.3', '4.5.3'],
    phrases: ['too many recipients'],
  },
  {
    id: 'outlook.s3115-connection-limit',
    tier: 'provider',
    phrases: ['(s3115)'],
  },
  {
    id: 'outlook.rp-rate-limit',
    tier: 'provider',
    phrases: ['rp-001', 'rp-002', 'rp-003'],
  },
  {
    id: 'gmail.4.2.1-receiving-too-quickly',
    tier: 'provider',
    owner: 'sender',
    phrases: [
      'receiving mail too quickly',
      // the 2026 wording of support.google.com/a/answer/3726730 says "email"
      'receiving email too quickly',
      'receiving mail at a rate',
      'receiving email at a rate',
    ],
  },
  {
    id: 'text.gmail-duplicate-message-id',
    tier: 'fixed',
    phrases: ['messages that have the same message-id'],
  },
  {
    id: 'text.gmail-relay-peak',
    tier: 'fixed',
    phrases: ['peak smtp relay limit'],
  },
  {
    id: 'text.yahoo-per-connection',
    tier: 'fixed',
    phrases: ['max message per connection reached'],
  },
  {
    id: 'text.icloud-volume',
    tier: 'fixed',
    phrases: ['deferred due to excessive volume'],
  },
  // --- rate limits
  {
    id: 'text.rate-limited',
    tier: 'words',
    phrases: [
      'too many connections',
      // Exim moan.c ERRMESS_TOOMANYRECIP: "contained more recipients than allowed on this system"
      'more recipients than',
      // AOL's CON:B1: the sender passed AOL's connection or volume thresholds
      'con:b1',
      'too many messages',
      // a Korean portal's "Since you sent too many e-mails,you are not allowed to send more e-mails
      // within 24 hours" (puffinknight.tistory.com/102), the hyphen many non-native replies write
      'too many e-mails',
      'too many recipients',
      'too many sessions',
      'rate limit',
      'rate-limit',
      'rate of',
      'sending rate',
      'unusual rate',
      'throttl*',
      'greylist',
      'grey list',
      'gray list',
      'temporarily deferred',
      'temporarily rejected',
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
      'temporarily blocked',
      'too much mail',
      // a count over a time window, as policy daemons word their limits: postfwd's documented
      // rate(), size() and rcpt() actions ("sorry, max 3 requests per 5 minutes", "max 1.5mb per
      // hour", "max 3 recipients per hour")
      'requests per',
      'per hour',
      'per minute',
      'service is unavailable (try later)',
      'number of rcpt attempts',
      'max recipients reached',
      'too many bad recipients',
      // cPanel's Exim ACL dictionary_attack (more than four refused RCPTs): the host is throttled
      'failed recipients exceeded',
      "i don't take more than",
      'from your ip/network',
      'dyn:t1',
      'con:b2',
      'rly:b3',
    ],
  },
  // --- Chinese and Russian providers' frequency limits (issue 9, shape 2)
  {
    id: 'netease.rate-limits',
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
      'hl:itc',
    ],
  },
  {
    id: 'provider.frequency-limits',
    tier: 'fixed',
    phrases: [
      'sending too fast',
      'too many mails',
      'too many emails',
      'too many messages from your ip',
      'too many connections from your',
      'sending limit exceeded',
      'rate limited',
      'rate exceeded',
      // not "limit exceeded" or "exceeded the limit" alone: a mailbox, a message size or a
      // recipient count has limits too ("Mailbox size limit exceeded" is a full mailbox); with a time
      // to wait it is a rate: Mailgun "request limit exceeded, try again after <date>" (and bytes,
      // recipient; Mailgun error codes library)
      'limit exceeded, try again after',
      'quota of messages',
    ],
  },
  // --- MTA families from source code, third pass (issue 9): Courier
  {
    id: 'courier.ratefilter',
    tier: 'fixed',
    phrases: ['number of messages exceeded administrative limit'],
    // Courier filters/ratefilter.C: the sending client sent more messages than the limit allows
  },
  // --- MTA families from source code, third pass (issue 9): Apache James
  {
    id: 'james.greylist-current',
    tier: 'fixed',
    phrases: ['temporary rejected reconnect to fast', 'temporary rejected please try again later'],
    // James AbstractGreylistHandler as it reads today (no colon after "rejected")
  },
  // --- MTA families from source code, third pass (issue 9): Haraka
  {
    id: 'haraka.limits',
    tier: 'fixed',
    phrases: ['too many recipient attempts'],
    // Haraka plugins/queue/smtp_forward.js and haraka-plugin-limit
  },
  {
    // A count over its limit, whatever is counted: Exchange Online 4.7.652 "has exceeded the
    // maximum number of connections" (reference/provider-codes.tsv), "exceeded the number of
    // messages allowed per hour", "Number of recipients exceeded". Broad: a cause the words name
    // wins (hops are a loop: text.mail-loop), but these beat the bare X.7.1 they come with.
    id: 'broad.count-limit',
    tier: 'broad',
    phrases: [
      'exceeded the number of',
      'exceeded the maximum number of',
      'number of recipients',
      'number of connections',
    ],
  },
  // --- MTA families from source code, third pass (issue 9): hMailServer
  {
    id: 'hmailserver.greylist',
    tier: 'broad',
    reply: ['450', '451'],
    phrases: ['please try again later'],
    // hMailServer SMTPConnection.cpp answers greylisting with a bare "451 Please try again later."
  },
  // --- by MTA family (issue 9, second pass)
  {
    id: 'james.greylist',
    tier: 'fixed',
    phrases: ['temporary rejected: reconnect to fast', 'temporary rejected: please try again later'],
    // Apache James AbstractGreylistHandler: greylisting, the sender's server retries
  },
  {
    id: 'stalwart.session-limits',
    tier: 'fixed',
    phrases: ['maximum number of messages per session exceeded', 'session exceeded transfer quota'],
  },
  // a host's outgoing server holding back a customer's IP that sent too much (telserco.com hosting notice)
  { id: 'isp.heavy-usage', tier: 'fixed', phrases: ['restricted due to heavy usage'] },
  {
    id: 'exim.too-many-bad-recipients',
    tier: 'fixed',
    phrases: ['rejected for too many bad recipients'],
    // Exim's default ACL after several unknown recipients in one session (list hygiene)
  },
  // --- per-day sending caps of mail providers and sending platforms (issue 9, rules4): the sender's
  // account has used its day's (or second's) allowance and may send again when the window rolls.
  {
    // Google's SMTP relay: the whole Workspace organization's daily (or peak) relay allowance is used
    // up, not one user's: its admin's to raise or spread (ahead of the per-user row below)
    id: 'gmail.relay-limit-customer',
    tier: 'provider',
    phrases: ['relay limit exceeded for customer'],
  },
  {
    id: 'gmail.5.4.5-daily-sending-limit',
    tier: 'provider',
    owner: 'sender',
    phrases: [
      'daily user sending limit exceeded',
      'daily user sending quota exceeded',
      'daily sending quota exceeded',
      'daily smtp relay limit exceeded',
      'daily smtp relay sending limit exceeded',
      'you have reached a limit for sending mail',
    ],
  },
  {
    id: 'platform.sending-quota',
    tier: 'fixed',
    phrases: [
      // Amazon SES "Daily message quota exceeded"; milter-greylist's ratelimit ACL as Virtualmin writes
      // it, msg "Message quota exceeded" (virtualmin-gpl save_ratelimit.cgi): a count of messages
      // sent, not the mailbox's storage quota (mailbox-full's bare 'quota exceeded')
      'message quota exceeded',
      'maximum sending rate exceeded',
      'over your relay quota',
      'relay quota exceeded',
      // OCI Email Delivery "455 Maximum messages sent per minute (per day) reached : limit is <n>"
      'maximum messages sent per',
    ],
  },
  // --- gateways and hosting (issue 9, rules4, vendor documentation)
  {
    id: 'mimecast.greylisting',
    tier: 'fixed',
    phrases: [
      'internal resource temporarily unavailable',
      'internal resources are temporarily unavailable',
      'internal resource is temporarily unavailable',
    ],
    // Mimecast 451: greylisting (or a poor reputation checked again later); the sender's server retries
  },
  {
    id: 'cpanel.max-emails-per-hour',
    tier: 'fixed',
    phrases: ['has exceeded the max emails per hour', 'max emails per hour'],
    // the sending domain's hourly cap on a cPanel host (Exim): the sender's own hosting
  },
  {
    id: 'platform.sending-rate',
    tier: 'fixed',
    phrases: [
      'daily message limit exceeded',
      'messages per second limit exceeded',
      'message submission rate for this client',
      'too many recipients received this hour',
    ],
  },
  // --- mail providers (issue 9, rules4)
  {
    id: 'cn-mta.rcpt-count',
    tier: 'fixed',
    phrases: ['too many same size mails'],
  },
  {
    id: 'kr-portal.sent-too-many',
    tier: 'fixed',
    phrases: ['you send too many messages', 'since you sent too many e-mails'],
  },
  {
    id: 'qq.recipient-flooded',
    tier: 'fixed',
    phrases: ['mailbox unavailable or access denied'],
    hosts: ['qq.com'],
    // QQ Mail: the recipient got many messages in a short time; sending to it is paused for a while
  },
  {
    id: 'netease.ip-frequency',
    tier: 'fixed',
    phrases: ['hl:ifq'],
    // NetEase-run hosting (万象互联 HL:IFQ): the IP sent too much in a short time
  },
  {
    id: 'mimecast.connection-limits',
    tier: 'fixed',
    phrases: ['account service is temporarily unavailable'],
    // Mimecast: too many concurrent inbound connections for the account (default 20), or outbound threads
  },
  // --- Sophos Central Email (recipients of a large message, inbound rate limits), Rackspace (G30)
  {
    id: 'rackspace.mailbox-rate',
    tier: 'fixed',
    phrases: ['too much email in a short period'],
  },
  // --- Momentum / Ecelerity: its listener's limits per message, connection, batch and concurrency
  {
    id: 'momentum.listener-limits',
    tier: 'fixed',
    phrases: ['recipients per message limit reached', 'recipients per connection limit reached'],
  },
  {
    // I.UA: the sender's sending limit is exceeded
    id: 'iua.limit',
    tier: 'provider',
    phrases: ['i.ua/err/5'],
    hosts: ['i.ua'],
  },
  {
    // Gmail: one transaction per destination domain: the sending MTA retries them apart
    id: 'gmail.4.3.0-multiple-domains',
    tier: 'provider',
    phrases: ['multiple destination domains per transaction is unsupported'],
    hosts: ['google.com', 'gmail.com', 'googlemail.com'],
  },
  {
    // Facebook: the sending server's connections or recipients are over its limits
    id: 'facebook.limits',
    tier: 'provider',
    phrases: ['con-t2', 'con-t3', 'con-t4', 'msg-t1'],
    hosts: ['facebook.com'],
  },
  {
    // Gmail: too many copies with one Message-ID ("quota" here is a send rate, not a mailbox)
    id: 'gmail.4.7.28-same-message-id',
    tier: 'fixed',
    phrases: ['sending messages with the same message-id'],
  },
  // --- policy daemons and filters behind the MTA (issue 9, policy)
  {
    id: 'postscreen.4.3.2-retest',
    tier: 'fixed',
    status: ['4.3.2'],
    phrases: ['service currently unavailable'],
    // postscreen until the client passes its tests and reconnects from the same IP (like greylisting)
  },
  {
    id: 'greylistd.exim-acl',
    tier: 'fixed',
    phrases: ['is not yet authorized to deliver mail from'],
    // the Exim ACL greylistd installs: defer until the triplet is seen again
  },
  {
    id: 'rspamd.soft-reject',
    tier: 'broad',
    reply: ['451'],
    status: ['4.7.1'],
    phrases: ['try again later'],
    // rspamd's milter tempfail text; its greylist module's default message is the same words
  },
  {
    // Cox: over its messages-per-connection or concurrent-session limit
    id: 'cox.message-threshold',
    tier: 'provider',
    hosts: ['cox.net'],
    phrases: ['message threshold exceeded', 'too many sessions from'],
  },
  { id: 'cn-mta.rcpt-thresholds', tier: 'fixed', phrases: ['too much recipient'] },
  { id: 'exo.organization-queue-quota', tier: 'provider', phrases: ['organization queue quota exceeded'] },
]);
