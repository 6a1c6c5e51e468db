// rate-limited: the phrases of its rows (table/rate-limited.ts) that few bounces have, and its rows all of
// whose phrases are such, loaded on demand (rare-phrases.ts says when). Sources and examples are
// in provenance.ts, by row id.
import { rareRows, type RarePhraseMap } from '../rare-phrases';

export const RATE_LIMITED_RARE: RarePhraseMap = {
  'exo.5.2.121-per-sender-hourly-limit': ['per hour message receive limit from specific sender'],
  'text.rate-limited': [
    'too many concurrent',
    'ratelimit',
    'graylist',
    'tsss',
    'trim the recipient list',
    // authentication_milter Handler/Blocker.pm: "451 4.7.28 flood policy violation (HOTtest)" (a
    // mail flood, RFC 7372's 4.7.28), not the recipient's policy its last words would say
    'flood',
  ],
  'provider.frequency-limits': [
    'frequency limited',
    'frequency limit',
    'too frequent',
    'ratelimited',
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
    // Alibaba Mail (mxhichina.com): "454 Transient reject by behaviour spam at DATA State(...)ANTISPAM_BAT[...]:
    // currently unexpected sending" (the sender connects too often, over the receiving limit; qcnsw.com) and
    // "454 Transient reject by behaviour spam ...: too frequently sending" (Alibaba Cloud FAQ 109009); it shadows
    // the reputation row's "reject by behaviour spam" (554 "... list on rbl sites" / "bad sending")
    'transient reject by behaviour spam*',
  ],
  'haraka.limits': ['split transaction, retry soon', 'null recip rate limit'],
  'platform.sending-quota': [
    'throttling failure',
    // SendGrid's SMTP reply when the account's plan has no credits left for the day ("451
    // Authentication failed: Maximum credits exceeded", SendGrid SMTP errors and troubleshooting);
    // Postfix quotes it after "SASL authentication failed": the words say the quota, not the password
    'maximum credits exceeded',
  ],
  'cn-mta.rcpt-count': ['out of allow rcpt numbers'],
  'qq.recipient-flooded': [
    'mailbox unavailable or access denined',
    'frequency of receiving messages is limited',
  ],
  'mimecast.connection-limits': ['exceeding outbound thread limit'],
  'momentum.listener-limits': ['batch limit reached', 'concurrency limit reached'],
  'cn-mta.rcpt-thresholds': ['total of rcpts is achieved', 'number of rcpts is over'],
};

// Rows every phrase of which is rare: each ships whole here, after the row it follows in
// table/rate-limited.ts.
export const RATE_LIMITED_RARE_ROWS = rareRows('rate-limited', [
  {
    id: 'comcast.rl-codes',
    after: 'qq.recipient-flooded',
    tier: 'provider',
    phrases: ['rl000001', 'rl000010', 'rl001'],
    hosts: ['comcast.net'],
  },
  {
    // Spectrum: too many connections, messages or recipients
    id: 'spectrum.limits',
    after: 'momentum.listener-limits',
    tier: 'provider',
    phrases: [
      '1300',
      '1310',
      '1320',
      '1330',
      '1340',
      '1350',
      '1360',
      '1370',
      '1380',
      '1390',
      '1400',
      '1410',
      '1420',
      '1430',
      '1440',
      '1450',
      '1460',
      '1470',
      '1480',
      '1490',
      '1540',
      '1550',
    ],
    also: ['aup#'],
    hosts: ['charter.net', 'spectrum.net', 'rr.com', 'twc.com'],
  },
  {
    // GoDaddy: too many sessions, messages per hour or per session, or recipients per hour from the sending IP
    id: 'godaddy.limits',
    after: 'gmail.4.3.0-multiple-domains',
    tier: 'provider',
    phrases: ['ib007', 'ib504', 'ib510', 'ib607'],
    hosts: ['secureserver.net'],
  },
  {
    id: 'vade.oxsus-limits',
    after: 'exo.organization-queue-quota',
    tier: 'provider',
    // the code names the limit; the reply's own words ("421 4.2.1 Connection refused") read as a refusal
    phrases: ['oxsus0001_110', 'oxsus0001_136', 'oxsus0001_139', 'oxsus0001_140'],
  },
  {
    id: 'baruwa.harvest-and-rate',
    after: 'vade.oxsus-limits',
    tier: 'fixed',
    // Baruwa: too many unknown recipients from one sender, read as address harvesting; its 4xx "You
    // can only send xx msgs per xx"
    phrases: ['dictionary attack detected', 'msgs per'],
  },
  {
    id: 'exchange.resolver-adr-reciplimit',
    after: 'exo.5.7.508-ipv6-range-limit',
    tier: 'provider',
    owner: 'sender',
    phrases: ['resolver.adr.reciplimit'],
    // too many recipients in one message: the sender splits the list
  },
  {
    id: 'exim.moan-too-many-recipients',
    after: 'exim.too-many-bad-recipients',
    tier: 'fixed',
    phrases: ['contained more recipients than allowed on this system'],
    // Exim moan.c ERRMESS_TOOMANYRECIP: a local submission over recipients_max
  },
  {
    id: 'qmail.too-many-invalid',
    after: 'netease.ip-frequency',
    tier: 'fixed',
    phrases: ['too many invalid addresses, goodbye'],
    // qmail validrcptto/brtlimit patches: the session is closed after several unknown recipients
  },
  {
    id: 'sophos.xgemail-rate',
    after: 'mimecast.connection-limits',
    tier: 'provider',
    phrases: ['xgemail_0013', 'xgemail_0014', 'xgemail_0015'],
  },
  {
    // sisimai's reason list: too many connections (French wording).
    id: 'sisimai.toomanyconn',
    after: 'momentum.listener-limits',
    tier: 'fixed',
    phrases: ['trop de connexions'],
  },
  {
    // Cox: too many concurrent connections per IP, or too many messages sent
    id: 'cox.limits',
    after: 'sisimai.toomanyconn',
    tier: 'provider',
    phrases: ['cxcnct', 'cxmxrt'],
    hosts: ['cox.net'],
  },
  {
    // a policy daemon's rate refusal, often behind Postfix's "Client host rejected"
    id: 'sisimai5.speeding-slower',
    after: 'facebook.limits',
    tier: 'fixed',
    phrases: ['please try again slower'],
  },
  {
    // A reply that says it is greylisting, whatever list it names ("blocked using grey.rbl"): the
    // sender's server retries and gets through (TAXONOMY: greylisting is rate-limited)
    id: 'greylist.in-action',
    after: 'cox.message-threshold',
    tier: 'fixed',
    phrases: [
      'greylisting in action',
      'greylisting is in action',
      // docker-mailserver's Postgrey (mailserver.env POSTGREY_TEXT "Delayed by Postgrey", its --greylist-text)
      'delayed by postgrey',
      // s/qmail's qmail-remote on a 421 or 450 reply to RCPT TO: "<ip> probably greylisting." (soft)
      'probably greylisting',
    ],
  },
  {
    // EarthLink: too many connections or messages from the sending IP
    id: 'earthlink.limits',
    after: 'greylist.in-action',
    tier: 'provider',
    phrases: ['elnk_110', 'elnk_136', 'elnk_139'],
  },
  {
    id: 'cloudmark.aup-letter-codes',
    after: 'earthlink.limits',
    tier: 'provider',
    phrases: ['aup#mxrt', 'aup#cnct'],
  },
  {
    id: 'daum.crcp-connections',
    after: 'cloudmark.aup-letter-codes',
    tier: 'provider',
    hosts: ['daum.net', 'hanmail.net', 'kakao.com'],
    phrases: ['crcp'],
  },
  {
    id: 'mimedefang.greylist',
    after: 'cn-mta.rcpt-thresholds',
    tier: 'fixed',
    phrases: ['deliver email faster'],
  },
  {
    id: 'comcast.recent-messages',
    after: 'exo.organization-queue-quota',
    tier: 'fixed',
    phrases: ['too many recent messages'],
  },
  {
    id: 'iredapd.throttling',
    after: 'comcast.recent-messages',
    tier: 'fixed',
    phrases: ['throttling quota exceeded'],
  },
  {
    id: 'greenarrow.backlog-slots',
    after: 'vade.oxsus-limits',
    tier: 'fixed',
    phrases: ['connection backlog slots'],
  },
  {
    id: 'mailerq.flood',
    after: 'greenarrow.backlog-slots',
    tier: 'fixed',
    phrases: ['flood detected from your ip'],
  },
  {
    // A reply-by-email application refused a person who wrote to it too often (app-rejection.ts): the
    // person waits and writes again
    id: 'app.reply-too-often',
    after: 'mailerq.flood',
    tier: 'fixed',
    owner: 'sender',
    phrases: ['contacted it too many times'],
  },
  {
    // Alibaba Mail: "554 Reject by behaviour spam ...ANTISPAM_BAT[...]: too frequently sending" is its limit
    // on how often and how much a sender sends (Alibaba Cloud FAQ 109009), not the IP's reputation that the
    // reputation row's "reject by behaviour spam" reads: the reason after the colon decides
    id: 'alibaba.too-frequently-sending',
    after: 'app.reply-too-often',
    tier: 'provider',
    phrases: ['too frequently sending'],
  },
  {
    // Forpsi's outgoing relay: "550 5.1.0 <id> policy violation, see https://support.forpsi.com/kb/a4081" is
    // its sending limit (over 100 messages an hour from the public IP, over half undeliverable), not the
    // recipient's policy; its 5.1.0 says nothing of the address
    id: 'forpsi.policy-violation',
    after: 'alibaba.too-frequently-sending',
    tier: 'provider',
    phrases: ['support.forpsi.com/kb'],
  },
]);
