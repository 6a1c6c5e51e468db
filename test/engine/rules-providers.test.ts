// What mail security gateways, sending platforms and mail providers write when they refuse, from
// their own documentation (named per family), and the category each gets. Addresses, hosts and
// IPs around the vendors' words are invented. Same shape as rules-mta-families.test.ts.
import { classify } from '../../src/diagnosis/rules/classify';
import { categoryOfLine, type LineRow } from './rule-lines';

type Row = LineRow;

const FAMILIES: Record<string, { source: string; rows: Row[] }> = {
  Mimecast: {
    source:
      'Mimecast SMTP Error Codes (community.mimecast.com/s/article/Mimecast-SMTP-Error-Codes-842605754); Managing Blocked Senders and Email Rejections',
    rows: [
      ['421 Sender address blocked', null, 'recipient-policy'],
      ['421 Unable to process connection at this time', null, 'recipient-system'],
      ['451 Internal resource temporarily unavailable', null, 'rate-limited'],
      ['451 IP temporarily blacklisted', null, 'reputation-block'],
      ['550 csi.mimecast.org Poor Reputation Sender.', null, 'reputation-block'],
      ['550 Policy level block list in force', null, 'recipient-policy'],
      ['550 DKIM Sender Invalid - envelope rejected', null, 'auth-failed'],
      ['550 DMARC Sender Invalid - envelope rejected', null, 'auth-failed'],
      ['550 Anti-Spoofing policy - Inbound not allowed', null, 'recipient-policy'],
      ['550 Message bounced due to content examination policy', null, 'recipient-policy'],
      ['554 Host network not allowed', null, 'recipient-policy'],
      ['550 Administrative prohibition - envelope blocked', null, 'recipient-policy'],
      ['550 Envelope blocked - User Domain Entry', null, 'recipient-policy'],
      [
        '550 Rejected by header-based Blocked Senders - Block policy for Header From',
        null,
        'recipient-policy',
      ],
      ['535 Incorrect authentication data', null, 'sender-blocked'],
      ['452 Too many recipients', null, 'rate-limited'],
      ['553 This route requires TLS version 1.2 or greater', null, 'sender-infrastructure'],
      ['553 This route requires high-strength ciphers', null, 'sender-infrastructure'],
      ['451 Message ended early', null, 'sender-infrastructure'],
      ['451 The incorrect hostname used for inbounds', null, 'recipient-system'],
      ['451 Account inbounds disabled', null, 'recipient-system'],
      ['451 Unable to process command', null, 'recipient-system'],
      ['451 Account outbounds disabled', null, 'sender-blocked'],
      ['550 Submitter failed to authenticate', null, 'sender-blocked'],
      ['451 Account service is temporarily unavailable', null, 'rate-limited'],
      ['550 Exceeding outbound thread limit', null, 'rate-limited'],
      ['554 Host network, not allowed', null, 'recipient-policy'],
      ['550 Envelope rejected - block policy for envelope from address', null, 'recipient-policy'],
      ['451 Open relay is not allowed', null, 'relay-denied'],
      ['554 Maximum email size exceeded', null, 'message-too-large'],
      ['554 Mail loop detected', null, 'mail-loop'],
    ],
  },
  'Proofpoint (PPS, Essentials)': {
    source:
      'Proofpoint PDR FAQ; Proofpoint Essentials SPF and unrecognized-user rejections (../shared/reference/provider-codes.tsv)',
    rows: [
      ["550 5.7.1 Message rejected per sender's SPF policy - OXSUS001_514", '5.7.1', 'auth-failed'],
      [
        '550 5.7.1 Service unavailable; client [192.0.2.9] blocked using Cloudmark Sender Intelligence',
        '5.7.1',
        'reputation-block',
      ],
      ['421 4.1.1 Recipient address rejected: unverified address', '4.1.1', 'recipient-system'],
      ['550 5.1.1 Recipient address rejected: undeliverable address', '5.1.1', 'recipient-unknown'],
    ],
  },
  'Barracuda (ESS, ESG)': {
    source: 'Barracuda campus: ESS/ESG bounce reasons (../shared/reference/provider-codes.tsv)',
    rows: [
      ['554 rejecting banned content', null, 'content-rejected'],
      [
        '450 4.7.1 <b@example.org>: Recipient address rejected: Policy Rejection- Abuse. Go away.',
        '4.7.1',
        'recipient-policy',
      ],
      ['420 deferred due to suspect content', null, 'content-rejected'],
    ],
  },
  'Cisco Secure Email (IronPort)': {
    source: 'Cisco ESA documents 118214 (REJECT), 214630 (ESMTP commands); AsyncOS bounce log reasons',
    rows: [
      ['421 Exceeded bad SMTP command limit, disconnecting', null, 'sender-infrastructure'],
      ['500 #5.5.1 command not recognized', null, 'sender-infrastructure'],
      ['452 Too many recipients received this hour', null, 'rate-limited'],
      ['5.1.0 - Unknown address error', null, 'recipient-unknown'],
    ],
  },
  'Trend Micro, Broadcom (MessageLabs)': {
    source:
      'Trend Micro Email Security recipient rejections; Broadcom KB 161393 (rejection errors from third-party servers)',
    rows: [
      ['550 5.7.1 Recipient address rejected: BLOCK-SEND-ER', '5.7.1', 'recipient-policy'],
      ['550 5.7.1 Recipient address rejected: Invalid-Recipient', '5.7.1', 'recipient-unknown'],
      ['550 5.7.1 Rejecting mail, 192.0.2.9 is blacklisted', '5.7.1', 'reputation-block'],
      ['550 Message rejected due to sender IP reputation ([192.0.2.9])', null, 'reputation-block'],
      ['553 Relay denied', null, 'relay-denied'],
      ['554 Too many Received: headers', null, 'mail-loop'],
    ],
  },
  'Sending platforms (SES, SendGrid, Mailgun, Postmark)': {
    source:
      'Amazon SES sending errors and sending quotas; SendGrid dropped-event reasons; Mailgun events and sandbox; Postmark inactive recipients',
    rows: [
      [
        '554 Message rejected: Email address is not verified. The following identities failed the check in region US-EAST-1: a@example.net',
        null,
        'sender-blocked',
      ],
      ['454 Throttling failure: Maximum sending rate exceeded.', null, 'rate-limited'],
      ['454 Throttling failure: Daily message quota exceeded.', null, 'rate-limited'],
      ['Bounced Address', null, 'suppressed'],
      ['Unsubscribed Address', null, 'suppressed'],
      ['Spam Reporting Address', null, 'suppressed'],
      ['Not delivering to a user who marked your messages as spam', null, 'suppressed'],
      [
        'Sandbox subdomains are for test purposes only. Please add your own domain or add the address to authorized recipients in Account Settings.',
        null,
        'sender-blocked',
      ],
      [
        'You tried to send to recipient(s) that have been marked as inactive. Found inactive addresses: b@example.org.',
        null,
        'suppressed',
      ],
    ],
  },
  'Hosting caps (cPanel, Emailit)': {
    source: 'cPanel max hourly emails per domain; emailit.com/docs/kb/429-rate-limit-exceeded',
    rows: [
      [
        'Domain example.net has exceeded the max emails per hour (750/600 (125%)) allowed. Message discarded.',
        null,
        'rate-limited',
      ],
      [
        '421 Domain example.net has exceeded the max emails per hour (101/100) allowed. Message will be reattempted later',
        null,
        'rate-limited',
      ],
      ['452 4.4.5 Messages per second limit exceeded', '4.4.5', 'rate-limited'],
    ],
  },
  'Chinese mail systems and Coremail': {
    source:
      'a Chinese mail system SMTP reply list (blog.sina.com.cn/s/blog_8dc13ec50101fxxr.html); Coremail bounce prompts (icoremail.vip/support, cate_id=84); emailhost.com.cn',
    rows: [
      ['451 out of allow RCPT numbers.', null, 'rate-limited'],
      ['550 user is locked.', null, 'mailbox-inactive'],
      ['550 black ip.', null, 'reputation-block'],
      ['552 message rejected by anti-spam engine.', null, 'content-rejected'],
      ['552 mail from invalid.', null, 'sender-infrastructure'],
      ['552 looping message.', null, 'mail-loop'],
      ['552 message is too long.', null, 'message-too-large'],
      ['552 Virus found.', null, 'content-rejected'],
      ['553 host denies the sender.', null, 'sender-blocked'],
      ['553 relay check local fail.', null, 'sender-blocked'],
      ['553 host denies relay.', null, 'relay-denied'],
      ['554 Black mail address.', null, 'sender-blocked'],
      ['554 attachment is too long.', null, 'message-too-large'],
      ['554 sender is unvalidated.', null, 'sender-infrastructure'],
      ['554 smtpport check error.', null, 'sender-infrastructure'],
      ['554 rbl deny.', null, 'reputation-block'],
      ['554 openrelay check.', null, 'sender-infrastructure'],
      ['555 helohost error.', null, 'sender-infrastructure'],
      ['556 remote ip check error.', null, 'auth-failed'],
      ['554 Content reject/Spam denied', null, 'content-rejected'],
      ['550 User not found', null, 'recipient-unknown'],
    ],
  },
  'Korean portals (Naver, Daum, Hanafos, Paran)': {
    source:
      'puffinknight.tistory.com/102; oliveit.tistory.com/39 (Daum codes); adminplay.com and kbit.tistory.com reply lists',
    rows: [
      [
        '421 4.3.2 Your IP(192.0.2.9) is filtered and this connection will be closed. You must register your IP to http://realip.naver.com',
        '4.3.2',
        'reputation-block',
      ],
      ['421 4.3.1 You send too many messages.', '4.3.1', 'rate-limited'],
      ["550 You are registered as spammer (by user's reject list)", null, 'recipient-policy'],
      ['554 5.0.0 Service unavailable (bob: mail is denied, by spam filter)', '5.0.0', 'recipient-policy'],
      [
        '550 5.7.1 <b@example.kr>... Error.your access was denied. Since you sent too many e-mails,you are not allowed to send more e-mails within 24 hours.',
        '5.7.1',
        'rate-limited',
      ],
      [
        "550-'Transaction failed. (SPAM_SUSPECT:IP_CONTROL) (http://cleanip.paran.com)'",
        null,
        'reputation-block',
      ],
      ['421 4.4.5 CCRT 192.0.2.9: Connection refused. Server is busy(RT)', '4.4.5', 'reputation-block'],
      ['550 5.1.1 RUSR 192.0.2.9: No such user: <b@example.kr>', '5.1.1', 'recipient-unknown'],
      ['550 5.1.1 Inactive mbox', '5.1.1', 'mailbox-inactive'],
    ],
  },
  'Yandex, Mail.ru (providers)': {
    source:
      'Yandex Mail help (bounces/yandex/*, support/domain/troubleshooting/mail-send); Mail.ru errors (mailout.ru/2015/09; viws.ru on Mail.ru DMARC)',
    rows: [
      [
        '554 5.7.1 Message rejected under suspicion of SPAM; https://ya.cc/1IrBc',
        '5.7.1',
        'content-rejected',
      ],
      ['550 5.7.1 Policy rejection on the target address', '5.7.1', 'mailbox-inactive'],
      ['550 5.7.1 Blocked by spam statistics - see https://ya.cc/1IrBc', '5.7.1', 'reputation-block'],
      ['550 Callout verification failed', null, 'sender-infrastructure'],
      ['550 RCPT-TO no mailbox', null, 'sender-infrastructure'],
      ['550 message sending for this account is disabled', null, 'sender-blocked'],
      [
        '550 5.7.1 This message was not accepted due to domain owner DMARC policy (RFC 7489) https://help.mail.ru/mail-help/postmaster/dmarc',
        '5.7.1',
        'auth-failed',
      ],
      [
        '550 spam message rejected. Please visit http://help.mail.ru/notspam-support/id',
        null,
        'content-rejected',
      ],
    ],
  },
  'Orange (provider)': {
    source:
      'Orange postmaster OFR codes (postmastery.com/orange-postmaster-smtp-error-codes-ofr; bentonow.com/smtp-errors/orange)',
    rows: [
      [
        '421 mwinf5c10 ME Trop de connexions, veuillez verifier votre configuration. / Too many connections, slow down. OFR004_104 [104]',
        null,
        'rate-limited',
      ],
      [
        '421 mwinf5c10 ME Service refuse. Veuillez essayer plus tard. / Service refused, please try later. OFR004_105 [105]',
        null,
        'reputation-block',
      ],
      [
        '550 mwinf5c10 ME Adresse IP source bloquee pour incident de spam. / Client host blocked for spamming issues. OFR006_102',
        null,
        'reputation-block',
      ],
    ],
  },
  'Japanese carriers (docomo, au, SoftBank)': {
    source:
      'Sendmagic notes on carrier SMTP replies (note.com/sendmagic: docomo, au, SoftBank); NTT support FAQ (Unknown user)',
    rows: [
      ['500 Line Too Long', null, 'message-noncompliant'],
      ['550 Unknown user b@docomo.ne.jp', null, 'recipient-unknown'],
      ['550 Unknown user b@docomo.ne.jp (in reply to end of DATA command)', null, 'recipient-policy'],
      ['550 Unknown user b@docomo.ne.jp (in reply to RCPT TO command)', null, 'recipient-unknown'],
      ['552 Too much mail data b@docomo.ne.jp', null, 'mailbox-full'],
      ['550 <b@ezweb.ne.jp>: User unknown', null, 'recipient-unknown'],
      ['550 : User unknown', null, 'recipient-policy'],
      ['550 Invalid recipient: <b@i.softbank.jp>', null, 'recipient-unknown'],
    ],
  },
  'QQ / Tencent Exmail (provider)': {
    source:
      'smtp.codes/qq (service.exmail.qq.com help); qqmailbox.com bounce keywords; qiao.yimirj.com QQ bounce codes',
    rows: [
      ['550 Mail is rejected by recipients', null, 'recipient-policy'],
      ['550 Mailbox unavailable or access denied', null, 'rate-limited'],
      ['550 Mailbox not found.', null, 'recipient-unknown'],
      ['550 Mail content denied.', null, 'content-rejected'],
      ['550 Sender frequency limited.', null, 'rate-limited'],
      ['550 Domain frequency limited', null, 'rate-limited'],
      ['550 Suspected spam sender.', null, 'reputation-block'],
      ['550 Suspected spam ip', null, 'reputation-block'],
      ['550 Suspected bounce attacks', null, 'reputation-block'],
      ['550 The frequency of receiving messages is limited', null, 'rate-limited'],
      ['550 b@qq.com is a deactivated mailbox', null, 'mailbox-inactive'],
      ['552 Message too large', null, 'message-too-large'],
      ['550 DMARC check failed', null, 'auth-failed'],
      ['550 Error: content rejected', null, 'content-rejected'],
    ],
  },
  'T-Online and German hosters': {
    source:
      'postmaster.t-online.de (via help.creoline.com, timmehosting.de); bytecamp.net and onesystems.ch delivery-error FAQs',
    rows: [
      [
        '554 Dialup/transient IP not allowed. Use a mailgateway or contact toda@rx.t-online.de if obsolete. (DIAL)',
        null,
        'sender-infrastructure',
      ],
      [
        '554 IP=192.0.2.9 - None/bad reputation. Ask your postmaster for help or to contact postmaster@rx.t-online.de for reset. (NOWL)',
        null,
        'reputation-block',
      ],
      ['422 4.2.2 Quota limit exceeded (Speicherplatz des Kontos ueberschritten)', null, 'mailbox-full'],
      ['422 4.2.2 Quota limit exceeded (Speicherplatz des Kontos ueberschritten)', '4.2.2', 'mailbox-full'],
      ['571 5.7.1 message classified as spam', '5.7.1', 'content-rejected'],
      ['421 4.7.0 Error: too many connections from 192.0.2.9', '4.7.0', 'rate-limited'],
    ],
  },
  'Comcast (provider)': {
    source: 'postmaster.comcast.net/mail-error-codes.html; xfinity.com/support/articles/email-errors',
    rows: [
      ['550 comcast 192.0.2.9 ES000001', null, 'sender-infrastructure'],
      [
        '554 comcast 192.0.2.9 see http://postmaster.comcast.net/smtp-error-codes.php#BL000001',
        null,
        'reputation-block',
      ],
      ['554 comcast 192.0.2.9 BL004 Blocked for spam', null, 'reputation-block'],
      ['421 resimta comcast 192.0.2.9 Too many sessions opened', null, 'rate-limited'],
      ['421 resimta comcast 192.0.2.9 Reverse DNS failure : Try again later', null, 'sender-infrastructure'],
      ['550 comcast 192.0.2.9 RL000001', null, 'rate-limited'],
    ],
  },
  'NetEase (provider)': {
    source: 'NetEase bounce codes (biecuoliao.com/pa/MBRrwEM.html; 163ns.com.cn/mail/MailFAQ.htm)',
    rows: [
      ['421 HL:MEP 163mx.example', null, 'reputation-block'],
      ['450 MI:DMC 163mx.example', null, 'rate-limited'],
      ['450 WM:BLI 163mx.example', null, 'reputation-block'],
      ['450 WM:BLU 163mx.example', null, 'sender-blocked'],
      ['554 HL:IFQ 163mx.example', null, 'rate-limited'],
      ['451 DT:SPM ,please try again 163mx.example', null, 'content-rejected'],
    ],
  },
  'iCloud (provider)': {
    source: 'smtp.codes/icloud; bentonow.com/smtp-errors/apple; support.apple.com/en-us/HT204137',
    rows: [
      ['554 5.7.1 [CS02] Message rejected due to local policy.', '5.7.1', 'reputation-block'],
      ['550 5.7.1 [HM08] Message rejected due to local policy.', '5.7.1', 'reputation-block'],
      ['550 5.7.1 [CS01] Message rejected due to local policy.', '5.7.1', 'reputation-block'],
      ['550 5.1.1 <b@icloud.com>: inactive email address', '5.1.1', 'mailbox-inactive'],
      ['550 5.1.1 <b@icloud.com>: user does not exist', '5.1.1', 'recipient-unknown'],
      [
        '421 4.7.1 Messages to b@icloud.com deferred due to excessive volume. Try again later',
        '4.7.1',
        'rate-limited',
      ],
      ['552 5.2.2 <b@icloud.com>: user is over quota', '5.2.2', 'mailbox-full'],
      ['550 5.7.1 Your message was rejected due to example.net DMARC policy.', '5.7.1', 'auth-failed'],
      [
        '550 5.7.1 Your email was rejected due to having a domain present in the Spamhaus DBL -- see https://www.spamhaus.org/dbl/',
        '5.7.1',
        'content-rejected',
      ],
      ['451 4.7.1 Service unavailable - try again later', '4.7.1', 'recipient-system'],
    ],
  },
  'French providers (Free, SFR)': {
    source: 'postmaster.free.fr; SFR postmaster codes (bentonow.com/smtp-errors/sfr)',
    rows: [
      ['550 spam detected', null, 'content-rejected'],
      [
        '421 Too many spams from your IP (192.0.2.9), please visit http://postmaster.free.fr/',
        null,
        'reputation-block',
      ],
      [
        '450 4.7.1 SFR_IN_101 Service refused due to bad behavior - Too many spam messages',
        '4.7.1',
        'reputation-block',
      ],
    ],
  },
  'qmail patches and Exchange Server filters': {
    source: 'qmail-smtpd.c validrcptto/brtlimit patches; Exchange Server content filter RejectionResponse',
    rows: [
      ['553 sorry, this recipient is not in my validrcptto list (#5.7.1)', null, 'recipient-unknown'],
      ['421 too many invalid addresses, goodbye (#4.3.0)', null, 'rate-limited'],
      ['550 5.7.1 Message rejected due to content restrictions', '5.7.1', 'content-rejected'],
    ],
  },
  'GoDaddy (secureserver.net)': {
    source:
      'GoDaddy Help 40685, Fix rejected email with a bounce error; IB212 as quoted by support.tigertech.net/godaddy-ib212; IB508 as listed in the MailChannels blog, Top SMTP error messages (June 2016)',
    rows: [
      ['535 Authentication not allowed on IBSMTP Servers. IB401', null, 'sender-blocked'],
      [
        '550 jane@example.net Blank From: addresses are not allowed. Provide a valid From. IB501',
        null,
        'message-noncompliant',
      ],
      [
        '550 jane@example.net IP addresses are not allowed as a From: Address. Provide a valid From. IB502',
        null,
        'message-noncompliant',
      ],
      ['550 example.net From: Domain is invalid. Provide a valid From: IB506', null, 'sender-infrastructure'],
      [
        "550 5.1.0 192.0.2.1 is not allowed to send from <example.net> per it's SPF Record. Please inspect your SPF settings, and try again. IB508",
        '5.1.0',
        'auth-failed',
      ],
      [
        '552 5.2.0 This message has been rejected due to content judged to be spam by the internet community IB212',
        '5.2.0',
        'content-rejected',
      ],
      ['421 Server temporarily unavailable. Try again later. IB101', null, 'recipient-system'],
      ['This message is looping: it already has my Delivered-To line. (#5.4.6)', null, 'mail-loop'],
      ['552 Message rejected for spam or virus content', null, 'content-rejected'],
      ['550 Recipient not found', null, 'recipient-unknown'],
      [
        "451 Sorry, I wasn't able to establish an SMTP connection. I'm not going to try again; this message has been in the queue too long.",
        null,
        'expired',
      ],
    ],
  },
  'IONOS / 1&1 (United Internet)': {
    source:
      'IONOS: SMTP error messages of the IONOS mail servers (help.1and1.com a793087, ionos.de/hilfe/e-mail/postmaster), Error messages caused by undeliverable email (ionos.com/help/email); United Internet replies (smtp.codes/unitedinternet)',
    rows: [
      ['421 Reject due to policy violations', null, 'reputation-block'],
      ['421 Rate limit reached. Please try again later', null, 'rate-limited'],
      ['451 Requested action aborted: local error in processing', null, 'recipient-system'],
      [
        '550 <b@example.org>: Reject due to SPF policy. The originating IP of the message is not permitted by the domain owner',
        null,
        'auth-failed',
      ],
      ['550 Unknown User', null, 'recipient-unknown'],
      ['550 Requested action not taken: mailbox unavailable', null, 'recipient-unknown'],
      ['550 Quota Exceeded', null, 'mailbox-full'],
      ['535 Authentication failure: SMTP AUTH failed with the remote server', null, 'sender-blocked'],
      [
        '554 Service unavailable; Client host [192.0.2.1] blocked using - IP Black Listed',
        null,
        'reputation-block',
      ],
      ['550 must be authenticated', null, 'sender-blocked'],
    ],
  },
  'Symantec.cloud (MessageLabs), McAfee MX Logic': {
    source:
      'Broadcom KB 162445 (Outbound mail returned by MAILER-DAEMON@messagelabs.com: the remote refusals it relays); MailChannels blog, MX Logic blocking my mails with 554 Denied CS',
    rows: [
      ['552 5.3.4 Message size exceeds fixed maximum message size', '5.3.4', 'message-too-large'],
      ['552 Message size exceeds fixed limit', null, 'message-too-large'],
      ['552 Mailbox is full', null, 'mailbox-full'],
      ['552 Requested mail action aborted: exceeded storage allocation', null, 'mailbox-full'],
      ['550 User unknown', null, 'recipient-unknown'],
      ['554 5.7.1 Recipient address rejected: No such user', '5.7.1', 'recipient-unknown'],
      ['550 5.7.1 Unable to Relay', '5.7.1', 'relay-denied'],
      ['550 5.7.1 Message rejected as spam by Content Filtering.', '5.7.1', 'content-rejected'],
      ['554 Denied (Mode: normal)', null, 'content-rejected'],
      ['554 Denied [CS] [192.0.2.14] (Mode: normal)', null, 'content-rejected'],
      ['552 MS-Office file containing VBA macros found inside of the email', null, 'content-rejected'],
      ['550 5.7.1 Message rejected due to content restrictions', '5.7.1', 'content-rejected'],
      ['553 Envelope sender rejected', null, 'recipient-policy'],
      ['550 SPF check failed. Sender not authorized', null, 'auth-failed'],
      ['550 Sender verify failed', null, 'sender-infrastructure'],
      ['550 5.7.1 SPF unauthorized mail is prohibited.', '5.7.1', 'auth-failed'],
      ['554 5.4.7 [internal] exceeded max time without delivery', '5.4.7', 'expired'],
    ],
  },
  'Hosting panels and mail-server bundles (cPanel, Plesk, mailcow, Mailu, MailCleaner)': {
    source:
      "cPanel's Exim texts as hosting KBs quote them; Plesk support article 213389069; mailcow-dockerized data/conf/rspamd/override.d/worker-proxy.inc and postfix main.cf; Mailu core/rspamd/conf (force_actions.conf, multimap.conf); MailCleaner etc/exim/exim_stage1.conf_template",
    rows: [
      [
        '550 The mail server could not deliver mail to bob@example.com.  The account or domain may not exist, they may be blacklisted, or missing the proper dns entries.',
        '5.1.1',
        'recipient-unknown',
      ],
      [
        'Domain example.com has exceeded the max defers and failures per hour (5/5 (100%)) allowed. Message discarded.',
        null,
        'sender-blocked',
      ],
      [
        '550 5.7.0 Your message could not be sent. The limit on the number of allowed outgoing messages was exceeded. Try again later.',
        '5.7.0',
        'sender-blocked',
      ],
      ['554 5.7.1 This message does not meet our delivery requirements', '5.7.1', 'content-rejected'],
      ['550 5.7.1 Session encryption is required', '5.7.1', 'sender-infrastructure'],
      ['554 5.7.1 Rejected (dangerous macro detected)', '5.7.1', 'content-rejected'],
      ['554 5.7.1 Forbidden attachment extension', '5.7.1', 'content-rejected'],
      ['550 Encryption is required from you', null, 'sender-infrastructure'],
      ['550 Detected forbidden filetype (Security reasons).', null, 'content-rejected'],
    ],
  },
  'Gateways, list managers, platforms and providers (Proxmox, Mailman, ezmlm, SparkPost, XMail, Hornetsecurity, EarthLink, AT&T)':
    {
      source:
        'Proxmox Mail Gateway pmg-api src/bin/pmgpolicy; GNU Mailman 2 Mailman/Handlers/Hold.py and Mailman 3 src/mailman/rules/; ezmlm-idx lang/en_US/messages; SparkPost support-docs content/docs/faq/recipient-address-was-suppressed-due-to-*.md; XMail 1.27 Errors.cpp, SMAILSvr.cpp, QueueUtils.cpp; Hornetsecurity reason codes (reseller table); support.earthlink.net (email blocked by EarthLink); AT&T/BellSouth postmaster page',
      rows: [
        [
          '450 4.7.1 <bob@example.org>: Recipient address rejected: Service is unavailable (try later)',
          '4.7.1',
          'rate-limited',
        ],
        ['550 The message is not from a list member', null, 'recipient-policy'],
        ['550 Message has implicit destination', null, 'recipient-policy'],
        ['550 Sorry, only subscribers may post.', null, 'recipient-policy'],
        ['550 You are forbidden from posting messages to this list.', null, 'recipient-policy'],
        [
          '554 5.7.1 [internal] recipient address was suppressed due to customer policy',
          '5.7.1',
          'suppressed',
        ],
        [
          '554 5.7.1 [internal] recipient address was suppressed due to system policy (Spam Complaint)',
          '5.7.1',
          'suppressed',
        ],
        ['User maximum mailbox size reached', null, 'mailbox-full'],
        [
          'Recipient domain "example.net" does not exist (or it has a misconfigured DNS)',
          null,
          'recipient-domain-invalid',
        ],
        ['The maximum number of delivery attempts has been reached', null, 'expired'],
        ['Message body is too big: 45000 bytes with a limit of 40 KB', null, 'message-too-large'],
        ['Message sender alice@example.com is banned from this list', null, 'recipient-policy'],
        ['554 5.5.6 Loop detection', '5.5.6', 'mail-loop'],
        [
          '550 IP 192.0.2.1 is blocked by EarthLink. Go to earthlink.net/block for details.',
          '5.5.0',
          'reputation-block',
        ],
        ['550 [permfail] bellsouth.net requires valid sender domain', null, 'sender-infrastructure'],
      ],
    },
  'Rackspace (emailsrvr.com)': {
    source:
      'Rackspace postmaster replies (smtp.codes/rackspace); docs.rackspace.com, Common email bounce messages',
    rows: [
      ['421 Too many concurrent connections from this client (G2)', null, 'rate-limited'],
      ['450 4.7.1 Client host 192.0.2.1 has no PTR record (G1F)', '4.7.1', 'sender-infrastructure'],
      [
        "450 4.4.1 <b@example.org>: The recipient's server was temporarily unavailable to accept your message (G6)",
        '4.4.1',
        'recipient-system',
      ],
      [
        '450 4.2.1 <b@example.org>: Mailbox received too much email in a short period of time (G30)',
        '4.2.1',
        'rate-limited',
      ],
      ['450 4.4.6 Routing loop detected (G16)', '4.4.6', 'mail-loop'],
      ['450 4.4.0 <b@example.org> Temporary DMARC DNS lookup failure (G1E)', '4.4.0', 'auth-failed'],
      ['451 4.7.1 Received too many messages from a new or untrusted IP (G28)', '4.7.1', 'rate-limited'],
      [
        '450 4.1.8 <a@example.net>: Sender address rejected: Domain not found',
        '4.1.8',
        'sender-infrastructure',
      ],
      [
        '451 4.3.0 <mail.example.net[192.0.2.1]>: Client host rejected: Throttled - Too much spam from your mail server. Try again later.',
        '4.3.0',
        'reputation-block',
      ],
    ],
  },
  'Sophos Central Email': {
    source:
      'Sophos Central Email, SMTP error codes (docs.sophos.com/central/customer/help/en-us/ManageYourProducts/EmailSecurity/SMTPErrorCodes): each code with its documented meaning; Sophos KB on outbound rate limits (Mail flood detected)',
    rows: [
      ["XGEMAIL_0001 Message didn't contain a valid DKIM signature.", null, 'auth-failed'],
      ['XGEMAIL_0002 Message failed an SPF check.', null, 'auth-failed'],
      ['XGEMAIL_0003 Message failed a DMARC check.', null, 'auth-failed'],
      ['XGEMAIL_0004 Sender IP address failed an RBL test.', null, 'reputation-block'],
      ['XGEMAIL_0005 Sender domain failed a DBL test.', null, 'reputation-block'],
      [
        "XGEMAIL_0006 Message rejected because the TLS version used doesn't match the version configured in your policy.",
        null,
        'sender-infrastructure',
      ],
      ['XGEMAIL_0007 Message rejected because your license has expired.', null, 'recipient-system'],
      [
        'XGEMAIL_0008 Message rejected because a domain, an IP address, or an email address is in the admin block list.',
        null,
        'recipient-policy',
      ],
      [
        'XGEMAIL_0009 Message rejected because a domain, an IP address, or an email address is in the user block list.',
        null,
        'recipient-policy',
      ],
      [
        "XGEMAIL_0010 Message rejected because the recipient's domain isn't a Sophos Email protected domain.",
        null,
        'recipient-system',
      ],
      [
        "XGEMAIL_0011 Message rejected because the recipient's email address doesn't exist in the Sophos Email protected domain.",
        null,
        'recipient-unknown',
      ],
      ['XGEMAIL_0012 Message rejected because it exceeded the allowed size.', null, 'message-too-large'],
      [
        'XGEMAIL_0013 Message rejected because it exceeded the maximum number of recipients allowed for a large message.',
        null,
        'rate-limited',
      ],
      [
        "XGEMAIL_0014 Message rejected because it exceeded the recipient's inbound rate limit for the single sender.",
        null,
        'rate-limited',
      ],
      [
        "XGEMAIL_0015 Message rejected because it exceeded the recipient's total inbound rate limit from all senders.",
        null,
        'rate-limited',
      ],
      ['554 5.7.28 Mail flood detected;', '5.7.28', 'rate-limited'],
      ['XGEMAIL_0011', null, 'recipient-unknown'],
      ['XGEMAIL_0008', null, 'recipient-policy'],
    ],
  },
  'Libero, Virgilio (Italiaonline)': {
    source:
      'aiuto.libero.it and aiuto.virgilio.it, Messaggi di errore più frequenti dopo invio email (the DSN texts they explain)',
    rows: [
      ['MAILBOX FULL (User quota exceeded)', null, 'mailbox-full'],
      ['BAD DESTINATION MAILBOX ADDRESS', null, 'recipient-unknown'],
      ['USER UNKNOWN', null, 'recipient-unknown'],
      ['ROUTING SERVER FAILURE', null, 'recipient-domain-invalid'],
      ['RELAYING NOT ALLOWED (550 Relay Disabled)', null, 'relay-denied'],
      ['DELIVERY TIME EXPIRED', null, 'expired'],
    ],
  },
  'Zoho Mail, ZeptoMail': {
    source:
      'Zoho replies (smtp.codes/zoho); help.zoho.com community topics (550 5.4.6, 554 5.2.3); ZeptoMail help, SMTP error codes (zstatic.zohostatic.com/zeptomail/help/api/smtp-error-codes.html)',
    rows: [
      ['541 5.4.1 Mail rejected by destination domain', '5.4.1', 'recipient-policy'],
      ['452 <b@example.org> Mailbox delivery restricted by policy error', null, 'recipient-policy'],
      ['452 4.3.1 Temporary System Error', '4.3.1', 'recipient-system'],
      ['550 5.7.1 Email rejected per DMARC policy for example.net', '5.7.1', 'auth-failed'],
      ['550 5.1.1 <b@example.org> User unknown', '5.1.1', 'recipient-unknown'],
      ['552 5.7.1 virus Win.Test.EICAR_HDB-1 detected by Zoho Mail', '5.7.1', 'content-rejected'],
      ['550 5.4.6 Unusual sending activity detected', '5.4.6', 'sender-blocked'],
      ['554 5.2.3 MailPolicy violation Error delivering to mailboxes', '5.2.3', 'recipient-policy'],
      ['553 Relaying disallowed', null, 'relay-denied'],
      ['530 Must issue a STARTTLS command first.', null, 'sender-infrastructure'],
      ['5.2.1 Subject is Mandatory.', null, 'message-noncompliant'],
      ['5.2.0 Email size exceeded the policy.', null, 'message-too-large'],
    ],
  },
  "MailChannels (hosting providers' outbound filter)": {
    source: 'docs.mailchannels.com/outbound/smtp-errors, docs.mailchannels.com/inbound/smtp-errors',
    rows: [
      [
        '550 5.7.1 [SS] Message blocked. See https://console.mailchannels.net/insights/bounce?auid=h',
        '5.7.1',
        'content-rejected',
      ],
      [
        '550 5.7.1 [CS] Message blocked. If this is a false positive, please report this to your hosting service provider.',
        '5.7.1',
        'content-rejected',
      ],
      ['550 5.7.1 [RBL] Sender blocked 192.0.2.7', '5.7.1', 'reputation-block'],
      [
        '550 5.7.1 [ESA] Sender blocked. See https://console.mailchannels.net/insights/bounce?auid=h',
        '5.7.1',
        'sender-blocked',
      ],
    ],
  },
  Fastmail: {
    source:
      'Fastmail help, Why messages bounce back (fastmail.help/hc/en-us/articles/7010500320655); fastmail.com/help/send/undeliverable.html',
    rows: [
      [
        '550 5.1.1 Recipient address rejected: User unknown in virtual mailbox table',
        '5.1.1',
        'recipient-unknown',
      ],
      ['550 5.1.1 Sorry, user address unknown', '5.1.1', 'recipient-unknown'],
      ['551 5.7.1 Not authorised to send from this header address', '5.7.1', 'sender-blocked'],
      ['535 5.7.8 Error: authentication failed: authentication failure', '5.7.8', 'sender-blocked'],
      ['554 <joe@example.org>: Recipient address rejected: Relay access denied', null, 'relay-denied'],
    ],
  },
  'Seznam, Czech hosts (Forpsi)': {
    source:
      'napoveda.seznam.cz/uzivatel-neexistuje (Seznam DSN); Forpsi KB, incoming mail limits on mxavas.forpsi.com (support.konto.pl a2871)',
    rows: [
      ["5.1.1 szn; User hasn't got the service mapped", '5.1.1', 'recipient-unknown'],
      ["5.1.1 szn; User hasn't got the service mapped", null, 'recipient-unknown'],
      ['552 5.1.1 5.2.2 sorry, final recipient mailbox is full (chkuser)', '5.2.2', 'mailbox-full'],
      ['552 5.2.0 0biL1i00V1cmcpM01biL4w spam detected', '5.2.0', 'content-rejected'],
      ['550 5.1.0 0bcW1i00G0jifNx01bcmHa blocked by SPF', '5.1.0', 'auth-failed'],
    ],
  },
  'Telstra BigPond': {
    source:
      'Telstra CrowdSupport wiki, Why is my email being blacklisted? (crowdsupport.telstra.com.au t5/broadband-nbn/ta-p/76234)',
    rows: [
      [
        'nschwcmgw08p BigPond Outbound [OB105. Connection refused. (192.0.2.1) is listed on the Exploits Block List (XBL).',
        null,
        'reputation-block',
      ],
    ],
  },
  'Facebook mail': {
    source:
      'Facebook Postmaster, SMTP Response Codes (postmaster.facebook.com/response_codes): each code with its documented meaning',
    rows: [
      ['DNS-P1 Your SMTP MAIL FROM domain does not exist.', null, 'sender-infrastructure'],
      ['DNS-P2 Your SMTP MAIL FROM domain does not have an MX record.', null, 'sender-infrastructure'],
      ['DNS-P3 Your mail server does not have a reverse DNS record.', null, 'sender-infrastructure'],
      [
        'DNS-T1 Your SMTP MAIL FROM domain exists but does not currently resolve.',
        null,
        'sender-infrastructure',
      ],
      ['RCP-P1 The attempted recipient address does not exist.', null, 'recipient-unknown'],
      [
        "RCP-P2 The attempted recipient's preferences prevent messages from being delivered.",
        null,
        'recipient-policy',
      ],
      [
        'RCP-T1 The attempted recipient address is not currently available due to an internal system issue. This is a temporary condition.',
        null,
        'recipient-system',
      ],
      ['INT-P3 The attempted recpient group address does not exist.', null, 'recipient-unknown'],
      ["MSG-P1 The message exceeds Facebook's maximum allowed size.", null, 'message-too-large'],
      [
        'MSG-P2 The message contains an attachment type that Facebook does not accept.',
        null,
        'content-rejected',
      ],
      [
        'MSG-P3 The message contains multiple instances of a header field that can only be present once.',
        null,
        'message-noncompliant',
      ],
      ["POL-P1 Your mail server's IP Address is listed on the Spamhaus PBL.", null, 'reputation-block'],
      [
        "POL-P2 Facebook will no longer accept mail from your mail server's IP Address.",
        null,
        'reputation-block',
      ],
      [
        'POL-P3 Facebook is not accepting messages from your mail server. This will persist for 4 to 8 hours.',
        null,
        'reputation-block',
      ],
      [
        "POL-P7 The message does not comply with Facebook's Domain Authentication requirements.",
        null,
        'auth-failed',
      ],
    ],
  },
};

describe.each(Object.entries(FAMILIES))('%s', (_family, { rows }) => {
  test.each(rows)('%s', (line, status, category) => {
    expect(categoryOfLine(line, status)).toBe(category);
  });
});

// A provider's own codes hold only on its replies: Facebook's tokens from another remote MTA, whose
// text does not name facebook.com, are not read as Facebook's.
describe('provider codes need their provider', () => {
  test.each([
    ['550 5.7.1 RCP-P2 refused', 'mx.facebook.com', 'facebook.rcp-preferences', true],
    ['550 5.7.1 RCP-P2 refused', 'mx.example.org', 'facebook.rcp-preferences', false],
    ['550 5.1.1 POL-P2 refused', 'mx.example.org', 'facebook.pol-blocked', false],
    ['550 5.1.1 POL-P2 see postmaster.facebook.com', 'mx.example.org', 'facebook.pol-blocked', true],
  ] as const)('%s from %s', (line, host, rule, applies) => {
    const c = classify({
      status: null,
      replyCode: '550',
      diagnostic: line.toLowerCase(),
      delayed: false,
      host,
    });
    expect(c.rule === rule).toBe(applies);
  });
});
