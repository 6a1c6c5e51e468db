// reputation-block: sending IP or domain blocklisted or of low reputation (../shared/TAXONOMY.md). Every phrase and code of the category, by tier.
import { inCategory, type Rule } from '../rule';
import { codeRange } from '../codes';

export const REPUTATION_BLOCK: readonly Rule[] = inCategory('reputation-block', [
  {
    id: 'outlook.4.7.650-ip-reputation',
    tier: 'provider',
    status: ['4.7.650', '4.7.651'],
    phrases: ['s775', 'reputation'],
  },
  {
    id: 'exo.4.7.500-699-try-again-later',
    tier: 'provider',
    codeAlone: true,
    status: codeRange('4.7.', 500, 699),
    phrases: ['try again later', 'server busy', 'access denied'],
    // the sending IP is held back while its suspicious or changed traffic is evaluated; lifted by itself when valid
  },
  {
    id: 'exo.4.7.850-899-ip-restricted',
    tier: 'provider',
    codeAlone: true,
    status: codeRange('4.7.', 850, 899),
    phrases: ['try again later', 'access denied'],
    // suspicious activity seen from the sending IP; temporarily restricted while evaluated
  },
  {
    id: 'exo.5.7.511-banned-sender-ip',
    tier: 'provider',
    codeAlone: true,
    status: ['5.7.511'],
    phrases: ['banned sender', 'access denied'],
  },
  {
    id: 'exo.5.7.606-649-banned-sending-ip',
    tier: 'provider',
    codeAlone: true,
    status: codeRange('5.7.', 606, 649),
    phrases: ['banned sending ip', 'access denied'],
  },
  {
    id: 'exo.5.7.708-ip-not-accepted',
    tier: 'provider',
    codeAlone: true,
    status: ['5.7.708'],
    phrases: ['traffic not accepted from this ip', 'access denied'],
  },
  {
    id: 'outlook.s3150-network-blocklisted',
    tier: 'provider',
    phrases: ['s3150'],
  },
  {
    id: 'outlook.s775-ip-reputation',
    tier: 'provider',
    phrases: ['(s775)'],
  },
  {
    id: 'outlook.sc-reputation',
    tier: 'provider',
    phrases: ['sc-001', 'sc-002', 'sc-003', 'sc-004'],
    // spam-like mail, namespace mining, open proxy or complaints from the sending IP
  },
  {
    id: 'outlook.dy-002-compromised-host',
    tier: 'provider',
    phrases: ['dy-002'],
  },
  {
    id: 'outlook.ou-policy-block',
    tier: 'provider',
    phrases: ['ou-001', 'ou-002'],
  },
  {
    id: 'gmail.5.7.28-unsolicited-rate',
    tier: 'provider',
    status: ['5.7.28'],
    phrases: ['unusual rate of unsolicited'],
  },
  {
    id: 'yahoo.tss04-deferred',
    tier: 'provider',
    phrases: ['[tss04]', '[tss05]'],
    // deferred for unexpected volume or user complaints
  },
  {
    id: 'yahoo.tss09-permanently-deferred',
    tier: 'provider',
    phrases: ['[tss09]', '[tss11]', '[tss12]'],
  },
  {
    id: 'yahoo.bl21-spamhaus',
    tier: 'provider',
    phrases: ['[bl21]', '[bl22]', '[bl23]'],
  },
  {
    id: 'mimecast.ip-reputation',
    tier: 'provider',
    phrases: ['local ct ip reputation'],
  },
  {
    id: 'proofpoint.pdr-blocked',
    tier: 'provider',
    phrases: ['prs.proofpoint.com'],
  },
  // Gmail's published texts that generic words would misread (ref. support.google.com/a/answer/3726730)
  {
    id: 'text.gmail-unusual-rate',
    tier: 'fixed',
    phrases: ['unusual rate of unsolicited', 'has detected an unusual rate of'],
    // names a DKIM or SPF domain as the source, which is not an authentication failure
  },
  {
    id: 'text.trendmicro-ers',
    tier: 'fixed',
    phrases: ['ers-customized-block'],
  },
  {
    id: 'text.gateway-ip-block',
    tier: 'fixed',
    phrases: ['block for spam', 'esmtp not accepting connections'],
  },
  {
    id: 'text.orange-ip-blocked',
    tier: 'fixed',
    phrases: [
      'client host blocked for spamming',
      // "550 5.0.1 Invalid Sender. Your domain has been blacklisted" (KumoMTA's community bounce
      // rules, orange.fr): the sending domain's reputation, not a malformed sender
      'your domain has been blacklisted',
    ],
  },
  // before the next row: its code says which refusal it is, the next row's "ME Service refuse" does not
  {
    id: 'orange.ofr-105-service-refused',
    tier: 'fixed',
    phrases: ['ofr004_105', 'ofr_105'],
  },
  {
    id: 'text.orange-refused-blocked',
    tier: 'fixed',
    // Orange's own MX ("mwinf5c10 ME Service refuse.") writes code 103's refusal without its code
    phrases: ['_999', '_103', '_510', 'me service refuse'],
    also: ['service refus*'],
  },
  {
    id: 'text.icloud-local-policy',
    tier: 'fixed',
    phrases: ['[cs01]'],
    // iCloud's filters refused the sender's practices; Apple asks senders to contact it
  },
  {
    id: 'text.mta-host-refused',
    tier: 'fixed',
    phrases: [
      'please use the smtp server of your isp',
      'not currently accepting mail from your ip',

      'not allowed to connect',
      'bad sender ip address',
      // service denied to the connecting host (ASSP's IP-level block, "554 5.7.2 Service denied,
      // closing transmission channel"): the host's standing, not the message's content
      'service denied',
    ],
    // the receiving server refuses the sending host itself
  },
  // --- blocklists and reputation
  {
    // "IP 192.0.2.1 is blocked by EarthLink": the sending IP, by the receiving provider
    id: 'text.ip-blocked-by',
    tier: 'words',
    phrases: ['is blocked by', 'has been blocked by'],
    also: ['ip'],
  },
  {
    id: 'text.blocklist',
    tier: 'words',
    phrases: [
      'blocked using',
      'listed at',
      'listed on',
      'listed in',
      'blacklist',
      // AOL's postmaster error pages (postmaster.info.aol.com/errors/): RTR:BL and RTR:CH (a listed or
      // compromised network) and RLY:B1 (a block for member complaints)
      'rtr:bl',
      'rtr:ch',
      'rly:b1',
      'blocklist',
      'block list',
      'black list',
      'spamhaus',
      'sorbs',
      'barracudacentral',
      'dnsbl',
      'rbl',
      'bad reputation',
      'low reputation',
      // BT's "550 Message rejected due to sender IP reputation ([86.xx.xx.xx])" (btbusiness.custhelp.com
      // answer 15074) and other providers' words for the sending IP's standing
      'ip reputation',
      // Trend Micro ERS's dynamic list defers: 'Mail from <ip> deferred using Trend Micro Email
      // Reputation database' (hardwaresecrets.com, Understanding Email Bounce Messages p.4)
      'reputation database',
      'ip address has been blocked',
      'your ip has been',
      'ip blocked',

      'banned sending ip',
      'access denied. banned',
      'sender ip address rejected',
      'client host rejected: access denied',
      'connection refused by',
      'refused to talk to me',
      'your access to this mail system has been rejected',
      'has been temporarily rate limited due to ip reputation',
      // a receiver's restriction on a source for the spam seen from it, whatever the message says
      // (Forward Email's "Due to spam from onmicrosoft.com we have implemented restrictions",
      // helpers/is-arbitrary.js): the sending domain's or network's standing, not this content
      'due to spam from',
      'ip address is not allowed',
      'mail server is on',
      'blocked - see',
      'temporarily deferred due to user complaints',
      'unsolicited mail',
      'bulk mail',
      'client host rejected',
      'is listed by',
      'rejected because bad ip',
      // the sending host named a spam source ("552 spam source blocked", Broadcom KB 169901; BigPond's
      // "Defined SPAM source"; WPBL's "Spam source"): a listing, not a verdict on the content
      'spam source',
    ],
    // broad phrases ("is blocked", "denied by policy") sit after the specific causes above
  },
  {
    id: 'netease.ip-blocked',
    tier: 'provider',
    phrases: ['dt:rbl', 'hl:rep', 'hl:mep', 'hl:ihu', 'hl:ipb', 'ip:rbl', 'ip:uar', 'wm:bli', 'ip:bl'],
  },
  // --- MTA families from source code, third pass (issue 9): Haraka
  // --- by MTA family and provider (issue 9, second pass)
  {
    id: 'tonline.ip-blocked',
    tier: 'fixed',
    phrases: ['a problem occurred. (ask your postmaster for help or to contact', 'none/bad reputation'],
    // T-Online refuses hosts of bad or unknown reputation at the greeting, "(BL)" or "(NOWL)"
  },
  {
    id: 'james.dnsrbl-restricted',
    tier: 'fixed',
    phrases: ['rejected: unauthenticated e-mail from'],
    // Apache James DNSRBLHandler: the client's address is on a configured DNS blocklist
  },
  {
    id: 'coremail.ip-rejected',
    tier: 'fixed',
    phrases: ['ip is rejected'],
  },
  // --- gateways (issue 9, rules4, vendor documentation)
  {
    id: 'gateway.sender-ip-reputation',
    tier: 'fixed',
    phrases: ['sender ip reputation', 'ip reputation fail'],
  },
  {
    id: 'cn-mta.black-ip',
    tier: 'fixed',
    phrases: ['black ip'],
  },
  {
    id: 'kr-portal.ip-filtered',
    tier: 'fixed',
    phrases: [
      'is filtered and this connection will be closed',
      'spam_suspect:ip_control',
      'register your ip to',
    ],
    // Naver (realip.naver.com), Hanafos, Paran (cleanip.paran.com): the sending IP is filtered as a spammer's
  },
  {
    id: 'qq.suspected-spam-sender',
    tier: 'fixed',
    phrases: ['suspected spam sender', 'suspected spam ip'],
  },
  {
    id: 'comcast.bl-codes',
    tier: 'provider',
    phrases: [
      'bl000000',
      'bl000001',
      'bl000010',
      'bl000011',
      'bl000100',
      'bl000101',
      'bl000110',
      'bl000111',
      'bl004',
      'bl006',
      'bl007',
      'blocked for spam',
    ],
    hosts: ['comcast.net'],
    // Comcast block codes: spam-like sending patterns, Spamhaus, Cloudmark CSI, SenderScore listings
  },
  {
    id: 'icloud.local-policy-codes',
    tier: 'fixed',
    // and the reply before Apple added its codes (github.com/MailCore/mailcore2/issues/1738, 2018):
    // the same words and pointer to Apple's postmaster page, without a code
    phrases: ['[cs02]', '[hm08]', 'local policy. please visit https://support.apple.com'],
    // as [CS01]: iCloud's filters refuse the sender's mail; Apple asks senders to write to its postmaster
  },
  // --- Sophos Central Email (XGEMAIL codes), IONOS / 1&1 (poor delivery rate)
  // --- Facebook mail: the sending IP is listed or no longer accepted, for hours or for good
  {
    id: 'facebook.pol-blocked',
    tier: 'provider',
    phrases: ['pol-p1', 'pol-p2', 'pol-p3', 'pol-p4', 'pol-t1', 'pol-t2', 'pol-t3'],
    hosts: ['facebook.com'],
  },
  {
    // sisimai's reason list: refusals of the sending host's IP or reputation.
    id: 'sisimai.blocked-reputation',
    tier: 'fixed',
    phrases: [
      'your access to submit messages to this e-mail system has been rejected',
      'no access from mail server',
      'currently sending spam see',
      'you are sending spam',
      'refused - see http',
    ],
  },
  {
    // Cox: the sending IP is blocked for spam-like sending or listed on a DNSBL (Spamhaus, Return Path, Invaluement, Cloudmark CSI)
    id: 'cox.ip-blocked',
    tier: 'provider',
    phrases: [
      'ipbl0001',
      'ipbl0010',
      'ipbl0100',
      'ipbl0011',
      'ipbl0101',
      'ipbl0110',
      'ipbl0111',
      'ipbl1000',
      'ipbl1001',
      'ipbl1010',
      'ipbl1011',
      'ipbl1100',
      'ipbl1101',
      'ipbl1110',
      'ipbl1111',
      'ipbl00001',
    ],
    hosts: ['cox.net'],
  },
  {
    // I.UA: the sending IP is blacklisted
    id: 'iua.ip-listed',
    tier: 'provider',
    phrases: ['i.ua/err/9'],
    hosts: ['i.ua'],
  },
  {
    id: 'parsers.reputation-block',
    tier: 'fixed',
    phrases: ['permanently deferred', 'connection refused due to abuse'],
    // the sending IP's standing: Yahoo's [TS03] ('All messages from <ip> will be permanently deferred',
    // help.yahoo.com SLN3436 titles it '421 4.7.1 [TS03] All messages from x.x.x.x permanently deferred')
    // and a server refusing a known abuser
  },
  {
    id: 'bounceparser.reputation-block',
    tier: 'fixed',
    phrases: ['denied due to spam list'],
  },
  {
    // the sending IP's complaints or unwanted mail (sisimai: badreputation, blocked)
    id: 'sisimai5.ip-unwanted',
    tier: 'fixed',
    phrases: ['too many unwanted messages', 'user complaints'],
  },
  {
    // Gmail: the sender's reputation is the cause of the rate limit
    id: 'gmail.low-reputation-ip',
    tier: 'provider',
    status: ['4.7.0', '5.7.1'],
    phrases: ['very low reputation of the sending'],
  },
  // --- policy daemons and filters behind the MTA (issue 9, policy)
  {
    id: 'postscreen.5.3.2-denylist',
    tier: 'fixed',
    status: ['5.3.2'],
    phrases: ['service currently unavailable'],
    // postscreen's answer to a client on its access deny list (521 drops, 550 enforces)
  },
  // --- sendmail's DNS blocklist features and other IP refusals (session 9)
  {
    id: 'text.access-ip-rejected',
    tier: 'words',
    phrases: ['your access ip'],
    also: ['rejected'],
    // the receiving server refuses the sending server's IP address
  },
  {
    // Cox: the sending IP passed its threshold of invalid recipients or bad commands and is blocked
    id: 'cox.invalid-recipients-ip',
    tier: 'provider',
    hosts: ['cox.net'],
    phrases: ['cox too many bad commands from', 'too many invalid recipients'],
  },
  // MailChannels outbound: the sending IP or domain is on a global blocklist; inbound, its bare
  // "550 [S10] Blocked" means the connecting IP is blocked (docs.mailchannels.com/inbound/smtp-errors)
  {
    id: 'mailchannels.rbl',
    tier: 'provider',
    phrases: ['[rbl]', '[s10] blocked'],
    hosts: ['mailchannels.net'],
  },
  // MX Logic (McAfee) names the list it refused the IP for ("Denied [SHXBL] - Denied by Spamhaus
  // XBL ... (Mode: normal)"); its bare "Denied ... (Mode: normal)" is a content verdict
  {
    id: 'mxlogic.denied-blocklist',
    tier: 'fixed',
    phrases: ['denied by spamhaus'],
  },
  { id: 'hornetsecurity.codes', tier: 'fixed', phrases: ['spam ip rejected'] },
  { id: 'exchange.connection-filtering', tier: 'fixed', phrases: ['was rejected by sender reputation'] },
  { id: 'text.dnsbl-sender-address', tier: 'fixed', phrases: ['sender address blocked using'] },
  {
    id: 'isp.excessive-unknown-recipients',
    before: ['smtp.relay-words'],
    tier: 'fixed',
    phrases: ['excessive unknown recipients', 'connections from your host are denied'],
  },
  { id: 'zmailer.policy-replies', tier: 'fixed', phrases: ['on our reject-ip-address -list'] },
  { id: 'synchronet.dnsbl', tier: 'fixed', phrases: ['refused due to listing at'] },
  { id: 'rr.block-lookup', tier: 'fixed', phrases: ['security.rr.com/cgi-bin/block-lookup'] },
]);
