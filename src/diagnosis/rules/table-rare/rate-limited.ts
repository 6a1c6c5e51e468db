// rate-limited: the phrases of its rows (table/rate-limited.ts) that few bounces have, loaded on demand
// (rare-phrases.ts says when). Sources and examples are in provenance.ts, by row id.
import type { RarePhrases } from '../rare-phrases';

export const RATE_LIMITED_RARE: RarePhrases = {
  'exchange.resolver-adr-reciplimit': ['resolver.adr.reciplimit'],
  'text.rate-limited': ['too many concurrent', 'ratelimit', 'graylist', 'tsss', 'trim the recipient list'],
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
  'exim.moan-too-many-recipients': ['contained more recipients than allowed on this system'],
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
  'qmail.too-many-invalid': ['too many invalid addresses, goodbye'],
  'mimecast.connection-limits': ['exceeding outbound thread limit'],
  'sophos.xgemail-rate': ['xgemail_0013', 'xgemail_0014', 'xgemail_0015'],
  'momentum.listener-limits': ['batch limit reached', 'concurrency limit reached'],
  'sisimai.toomanyconn': ['trop de connexions'],
  'cox.limits': ['cxcnct', 'cxmxrt'],
  'sisimai5.speeding-slower': ['please try again slower'],
  // docker-mailserver's Postgrey (mailserver.env POSTGREY_TEXT "Delayed by Postgrey", its --greylist-text)
  'greylist.in-action': ['greylisting in action', 'greylisting is in action', 'delayed by postgrey'],
  'earthlink.limits': ['elnk_110', 'elnk_136', 'elnk_139'],
  'cloudmark.aup-letter-codes': ['aup#mxrt', 'aup#cnct'],
  'daum.crcp-connections': ['crcp'],
  'cn-mta.rcpt-thresholds': ['total of rcpts is achieved', 'number of rcpts is over'],
  'mimedefang.greylist': ['deliver email faster'],
  'comcast.recent-messages': ['too many recent messages'],
  'iredapd.throttling': ['throttling quota exceeded'],
  'greenarrow.backlog-slots': ['connection backlog slots'],
  'mailerq.flood': ['flood detected from your ip'],
  'app.reply-too-often': ['contacted it too many times'],
};
