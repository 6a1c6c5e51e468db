// reputation-block: the phrases of its rows (table/reputation-block.ts) that few bounces have, and its rows all of
// whose phrases are such, loaded on demand (rare-phrases.ts says when). Sources and examples are
// in provenance.ts, by row id.
import { rareRows, type RarePhraseMap } from '../rare-phrases';

export const REPUTATION_BLOCK_RARE: RarePhraseMap = {
  'text.gateway-ip-block': ['reject by behaviour spam'],
  'text.orange-ip-blocked': ['adresse ip source bloquee'],
  'text.mta-host-refused': [
    'rejecting open proxy',
    'too many spams from your ip',
    'looks suspiciously like spammer',
    // Broadcom KB 169901 (Email Security.cloud's outbound mail refused for a listed IP): "550
    // Connection refused - we hate spammers!" is the sending host's standing, not a dead server
    'we hate spammers',
    // Outlook.com's postmaster troubleshooting page (SMTP Error Codes), what the sending host did or
    // is: "550 SC-002 ... The mail server IP connecting to Outlook.com has exhibited namespace mining
    // behavior", "550 SC-003 ... Your IP address appears to be an open proxy/relay", "550 DY-002 ...
    // The likely cause is a compromised or virus infected server/personal computer"
    'namespace mining',
    'open proxy',
    'compromised or virus infected',
    // the same page's SC-001 and OU-002: "Mail rejected by Outlook.com for policy reasons. Reasons
    // for rejection may be related to content with spam-like characteristics or IP/domain
    // reputation": the sending IP's or domain's standing (the codes' own rows say so too)
    'spam-like characteristics or ip/domain reputation',
  ],
  'text.blocklist': [
    // qpsmtpd's rhsbl plugin writes "Mail from <domain> rejected because it <the list's text>", and
    // its sample config (config.sample/rhsbl_zones) names rfc-ignorant.org's list in that text
    'rfc-ignorant',
    // qpsmtpd's karma plugin: a sending IP in its penalty box ("You were naughty. You cannot connect
    // for N more days.") or of "very bad karma" at DATA (plugins/karma)
    'you were naughty',
    'bad karma',
    'denyip',
    'spamcop',
    'b.barracuda',
    'realtime blackhole',
    'uceprotect',
    'psbl',
    'abuseat',
    'junkmail filter',
    'poor reputation',
    'poor ip',
    'ordb',
    'is denylisted by',
    'blocked by vade threat list',
    // OpenBSD spamd's replies to a host on one of its lists (libexec/spamd): the greytrap list's
    // "Your address %A has mailed to spamtraps here" (grey.c), etc/mail/spamd.conf's uatraps "has
    // sent mail to a ualberta.ca spamtrap", and its reply when a list gives no text, "You are trying
    // to send mail from an address listed by one or more IP-based registries as being a SPAM source"
    // (spamd.c): the sending IP hit traps or lists, not a missing mailbox or a spam verdict
    'spamtrap',
    'greytrap',
    'ip-based registries',
    // tumgreyspf's blackhole check: "Service unavailable, blackholed." for a client IP that once
    // mailed one of the site's blackhole (trap) addresses
    'blackholed',
    // the lists' own names and lookup hosts in the TXT answers that rblsmtpd and qpsmtpd's dnsbl plugin
    // send bare ("553 SPAMRATS IP Addresses See: http://www.spamrats.com/bl?<ip>", "Spam source -
    // http://wpbl.info/record?ip=<ip>", "Blocked at http://sigs.interserver.net/ip?ip=<ip>") and the
    // bare lookup URLs of Barracuda and Abusix receivers: without the receiver's "blocked using"
    // framing the list's name is the only sign of a listing, and "spam" in it is not a content verdict
    'spamrats',
    'lookup.abusix.com',
    'abusix.zone',
    'wpbl',
    'korea.services.net',
    'interserver.net',
    'mailspike',
    'dronebl',
    'spameatingmonkey',
    'junkemailfilter',
    'gbudb',
    'dnsbl.manitu.net',
    'barracudanetworks.com/reputation',
    'backscatterer',
  ],
  'gateway.sender-ip-reputation': ['poor reputation sender'],
  'qq.suspected-spam-sender': ['suspected bounce attacks'],
  'sisimai.blocked-reputation': [
    'rejected due to a poor email reputation score',
    'extreme bad ip profile',
    'server access forbidden by your ip',
    'dynamic/zombied/spam ips blocked',
  ],
  'cox.ip-blocked': ['cxbl', 'cdrbl'],
  'exchange.connection-filtering': ['was rejected by connection filtering'],
  'zmailer.policy-replies': ['is blackholed in our static tables', 'not liked source for email'],
};

// Rows every phrase of which is rare: each ships whole here, after the row it follows in
// table/reputation-block.ts.
export const REPUTATION_BLOCK_RARE_ROWS = rareRows('reputation-block', [
  {
    // Spectrum: the sending IP is blocked for suspicious activity, or listed by Cloudmark CSI or Spamhaus
    id: 'spectrum.ip-blocked',
    after: 'cox.ip-blocked',
    tier: 'provider',
    phrases: ['1000', '1200', '1210', '1220', '1230', '1240', '1250'],
    also: ['aup#'],
    hosts: ['charter.net', 'spectrum.net', 'rr.com', 'twc.com'],
  },
  {
    // GoDaddy: the sending IP is listed (Cloudmark CSI, Spamhaus SBL/XBL/PBL) or blocked for a while for spam or invalid recipients (IB108, no reverse DNS, is the sender's DNS)
    id: 'godaddy.ip-blocked',
    after: 'iua.ip-listed',
    tier: 'provider',
    phrases: ['ib103', 'ib104', 'ib105', 'ib106', 'ib110', 'ib111', 'ib112', 'ib113'],
    hosts: ['secureserver.net'],
  },
  {
    id: 'vade.oxsus-block',
    after: 'text.dnsbl-sender-address',
    tier: 'provider',
    phrases: ['oxsus0001_101'],
  },
  // Scrollout F1's policy service (bin/policy.sh) refuses or defers on its own record of the sender,
  // sender domain, IP or /24: "Poor avg. rate for IP: <ip>", "Poor avg. reputation for sender: ..."
  {
    id: 'scrollout.poor-average',
    after: 'rr.block-lookup',
    tier: 'fixed',
    phrases: ['poor avg. rate for', 'poor avg. reputation for'],
  },
  {
    id: 'i18n.blocked',
    after: 'netease.ip-blocked',
    tier: 'words',
    phrases: [
      'schwarze liste',
      'sperrliste',
      'ip-adresse blockiert',
      'ip blockiert',
      'liste noire',
      'ip bloquée',
      'lista negra',
      'ip bloqueada',
      'endereço ip bloqueado',
      'lista nera',
      'ip bloccato',
      'zwarte lijst',
      'ip-adres geblokkeerd',
      'ip geblokkeerd',
      'czarna lista',
      'czarnej liście',
      'adres ip zablokowany',
      'černá listina',
      'černé listině',
      'ip adresa zablokována',
      'черный список',
      'чёрный список',
      'черном списке',
      'чёрном списке',
      'ip заблокирован',
      'ブラックリスト',
      '黑名单',
      '黑名單',
      '블랙리스트',
      '차단된 ip',
    ],
  },
  {
    id: 'haraka.karma',
    after: 'i18n.blocked',
    tier: 'fixed',
    phrases: ['very bad karma score', 'your mail is not welcome here'],
    // haraka-plugin-karma (the sending host's score) and connection.js's default refusal of a host
  },
  {
    id: 'cisco.poor-reputation',
    after: 'james.dnsrbl-restricted',
    tier: 'fixed',
    phrases: ["rejected due to the sending mta's poor reputation"],
    // Cisco Secure Email (IronPort) default reply for a sender its SenderBase score refuses
  },
  {
    id: 'yandex.spam-statistics',
    after: 'kr-portal.ip-filtered',
    tier: 'fixed',
    phrases: ['blocked by spam statistics'],
    // Yandex blocks a sender that sends only spam for 24 hours
  },
  {
    id: 'daum.ccrt-spam-ip',
    after: 'yandex.spam-statistics',
    tier: 'provider',
    phrases: ['ccrt'],
    hosts: ['daum.net', 'hanmail.net', 'kakao.com'],
    // Daum/Kakao: its spam centre took the sending IP for a spammer's and refuses connections for a while
  },
  {
    id: 'sfr.bad-behavior',
    after: 'icloud.local-policy-codes',
    tier: 'fixed',
    phrases: ['service refused due to bad behavior'],
    // SFR (SFR_IN_1xx): the sending IP is blocked for two hours after too much spam or too many errors
  },
  {
    id: 'sophos.xgemail-rbl',
    after: 'sfr.bad-behavior',
    tier: 'provider',
    phrases: ['xgemail_0004', 'xgemail_0005'],
  },
  {
    id: 'ionos.policy-violations',
    after: 'sophos.xgemail-rbl',
    tier: 'fixed',
    phrases: ['reject due to policy violations'],
    // the sending IP is blocked after mail to too many addresses that do not exist
  },
  {
    id: 'sendmail.dnsbl-blackhole-site',
    after: 'postscreen.5.3.2-denylist',
    tier: 'fixed',
    phrases: ['refused by blackhole site'],
    // FEATURE(dnsbl) / FEATURE(rhsbl) default reply: the client's IP (or sender's domain) is listed
  },
  {
    // La Poste: mail from this source is blocked (a blocklist listing)
    id: 'laposte.blocked-by-services',
    after: 'cox.invalid-recipients-ip',
    tier: 'fixed',
    phrases: ['ont ete bloques par nos services'],
  },
  {
    // the sender is listed as a spam source
    id: 'sisimai5.sender-spammer',
    after: 'laposte.blocked-by-services',
    tier: 'fixed',
    phrases: ['sender is spammer'],
  },
  {
    // EarthLink (Vade's postmaster pages): the sending IP is listed or sent unacceptable mail
    id: 'earthlink.blocked',
    after: 'mailchannels.rbl',
    tier: 'provider',
    phrases: ['elnk_101', 'elnk_102', 'elnk_111', 'elnk_130', 'elnk_134'],
  },
  {
    id: 'trendmicro.ers-zombie',
    after: 'mxlogic.denied-blocklist',
    tier: 'fixed',
    phrases: ['for zombie matches'],
  },
  {
    id: 'verizon.anti-spam-block',
    after: 'exchange.connection-filtering',
    tier: 'fixed',
    phrases: ["blocked by verizon online's anti-spam system", 'verizon.net/whitelist'],
  },
  {
    // Daum/Kakao's DAS51 'Your mail is blocked automatically by anti-spam system': the sending IP, after MAIL FROM
    id: 'daum.das-anti-spam-block',
    after: 'exchange.connection-filtering',
    tier: 'fixed',
    phrases: ['das51'],
  },
  {
    // BT Mail (btinternet.com) policy refusal (3.2.2.1) that asks for the sending IP: the IP's standing
    id: 'bt.policy-report-sending-ip',
    after: 'exchange.connection-filtering',
    tier: 'fixed',
    phrases: ['btinternet.com mailbox and include your sending ip address'],
  },
  {
    id: 'lashback.ubl',
    after: 'text.dnsbl-sender-address',
    tier: 'fixed',
    phrases: ['unsubscribe probe accounts'],
  },
  {
    id: 'outblaze.spamblock',
    after: 'isp.excessive-unknown-recipients',
    tier: 'fixed',
    phrases: ['spamblock.outblaze.com'],
  },
  {
    id: 'hichina.remote-ip-forbidden',
    after: 'outblaze.spamblock',
    tier: 'fixed',
    phrases: ['remote ip is forbidden'],
  },
  {
    // AT&T/BellSouth "550 unauthorized interface for <ip>": the sending IP is not a recognized mail
    // system (rbl.att.net/block_enduser.html), whatever step it refuses
    id: 'att.unauthorized-interface',
    after: 'rr.block-lookup',
    tier: 'fixed',
    phrases: ['unauthorized interface for'],
  },
  {
    // Spectrum's inbound MX ("AUP#In-1020", "AUP#I-1010"): its account codes name the outside sender's
    // address or IP it blocks for suspicious activity or spam complaints (Spectrum's moderator: "not an IP
    // blacklist ... recipients marking the emails as spam"), not a Spectrum account stopped from sending
    id: 'spectrum.inbound-blocked',
    after: 'att.unauthorized-interface',
    tier: 'provider',
    phrases: [
      'aup#in-1010',
      'aup#in-1020',
      'aup#in-1030',
      'aup#in-1040',
      'aup#in-1050',
      'aup#in-1060',
      'aup#in-1070',
      'aup#in-1080',
      'aup#i-1010',
      'aup#i-1020',
      'aup#i-1030',
      'aup#i-1040',
      'aup#i-1050',
      'aup#i-1060',
      'aup#i-1070',
      'aup#i-1080',
    ],
    hosts: ['charter.net', 'spectrum.net', 'rr.com', 'twc.com'],
  },
]);
