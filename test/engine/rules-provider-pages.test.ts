// What providers, gateways, sending platforms and mail servers write when they refuse, taken from
// their own pages and source (issue 9: rules from primary sources): each row is a real line, the
// status code the source gives with it, and the category it gets. The source of each line is the
// comment above it. Lines whose category the source leaves open are not here.
import { categoryOfLine, type LineRow } from './rule-lines';

const FAMILIES: Record<string, { source: string; rows: LineRow[] }> = {
  'Russian, Korean, Japanese and Chinese providers (Yandex, Mail.ru, Rambler, Naver, Daum, docomo, au, SoftBank, QQ, NetEase, Sina, Sohu, Alibaba)':
    {
      source:
        "their help and postmaster pages, NetEase's code list, Daum's reason tokens, and logs quoting the replies",
      rows: [
        // https://www.yandex.com/support/mail/bounces/yandex.html
        ['Bad recipient address syntax', null, 'recipient-unknown'],
        // https://www.yandex.com/support/mail/bounces/yandex.html
        ['No correct recipients', null, 'recipient-unknown'],
        // find_string id 35082209069 (python mail-log cleaner, comment "# yandex error")
        ['550 5.7.1 No such user!', null, 'recipient-unknown'],
        // https://yandex.com/support/mail/bounces/yandex/message-rejected-under-suspicion-of-spam.html?lang=en
        ['Message rejected under suspicion of SPAM', null, 'content-rejected'],
        // https://yandex.com/support/mail/bounces/yandex/message-rejected-under-suspicion-of-spam.html?lang=en
        ['Client host [192.0.2.1] blocked using; see...', null, 'reputation-block'],
        // https://yandex.com/support/mail/bounces/yandex/message-rejected-under-suspicion-of-spam.html?lang=en
        ['Blocked by spam statistics — see...', null, 'reputation-block'],
        // https://yandex.com/support/mail/bounces/yandex/policy-rejection-on-the-target-address.html?lang=en
        ['Policy rejection on the target address', null, 'mailbox-inactive'],
        // https://yandex.com/support/mail/bounces/yandex/mailbox-size-limit-exceeded.html?lang=en
        ['Mailbox size exceeded', null, 'mailbox-full'],
        // https://yandex.com/support/mail/bounces/yandex/mailbox-size-limit-exceeded.html?lang=en
        ['Mailbox size limit exceeded', null, 'mailbox-full'],
        // https://www.yandex.com/support/mail/bounces/yandex.html
        ['Message infected by virus', null, 'content-rejected'],
        // https://github.com/chatmail/provider-db/issues/205
        [
          '554 5.7.1 [2] Message rejected under suspicion of SPAM; https://ya.cc/1IrBc 1631900360-h4Ajl35YEe-dK78OYi4',
          null,
          'content-rejected',
        ],
        // https://yandex.com/support/domain/troubleshooting/mail-send.html
        ['RCPT-TO no mailbox', null, 'sender-infrastructure'],
        // https://www.yandex.com/support/mail/bounces/other.html
        ['DNS: no such domain', null, 'recipient-domain-invalid'],
        // https://www.yandex.com/support/mail/bounces/other.html
        ['Host or domain name not found', null, 'recipient-domain-invalid'],
        // https://www.yandex.com/support/mail/bounces/other.html
        ['Error writing message: Disk quota exceeded', null, 'mailbox-full'],
        // https://www.yandex.com/support/mail/bounces/other.html
        ['Sorry, message looks like SPAM to me', null, 'content-rejected'],
        // https://www.yandex.com/support/mail/bounces/other.html
        ['Message rejected as spam by Content Filtering', null, 'content-rejected'],
        // https://www.yandex.com/support/mail/bounces/other.html (placeholders IP_host/domain_name filled)
        [
          '550 5.7.1 SPF check failed: 192.0.2.1 is not authorized to send in the name of example.com. (in reply to RCPT TO command)',
          null,
          'auth-failed',
        ],
        // find_string id 29479855743 (postfix log quoted in a log-watcher script)
        [
          '550 spam message rejected. Please visit http://help.mail.ru/notspam-support/id?c=fhtDsnELae77cN6t9-j6dIPfAZm8McBDFOVns8DZ9Q1n62fvJQEllQsAAAAOxQEA6zMdHg~~ or  report details to abuse@corp.mail.ru. Error code: B2431B7EEE690B71ADDE70FB74FAE8F79901DF8343C031BCB367E5140DF5D9C0EF67EB6795250125. ID: 0000000B0001C50E1E1D33EB. (in reply to end of DATA command)',
          null,
          'content-rejected',
        ],
        // find_string id 10888418976 (postfix log rules SQL, relay=mxs.mail.ru)
        [
          '550 spam message discarded. If you think that the system is mistaken, please report details to abuse@corp.mail.ru (in reply to end of DATA command)',
          null,
          'content-rejected',
        ],
        // find_string id 6747529685 (postfix log line, relay=mxs.mail.ru)
        [
          '550 Message was not accepted -- invalid mailbox.  Local mailbox user@example.com is unavailable: user not found (in reply to end of DATA command)',
          null,
          'recipient-unknown',
        ],
        // find_string id 21114823096 (PHP Vda\BounceProcessing\BounceClassifier rules)
        [
          '550 Message was not accepted -- invalid mailbox.  Local mailbox user@example.com is unavailable: account is disabled',
          null,
          'mailbox-inactive',
        ],
        // find_string id 21114823096 (PHP Vda\BounceProcessing\BounceClassifier rules)
        [
          '550 Message was not accepted -- invalid mailbox.  Local mailbox user@example.com is unavailable: user is terminated',
          null,
          'mailbox-inactive',
        ],
        // https://mailout.ru/2015/09
        ['550 message sending for this account is disabled', null, 'sender-blocked'],
        // find_string id 10733408941 (python sender, comment quoting SMTPDataError)
        ['451 Ratelimit exceeded for mailbox user@example.com. Try again later.', null, 'rate-limited'],
        // https://viws.ru/en/poterya-pochtovyh-soobshchenii-oshibki-pochtovoi-sistemy.html
        [
          '550 5.7.1 This message was not accepted due to domain owner DMARC policy (RFC 7489) https://help.mail.ru/mail-help/postmaster/dmarc',
          '5.7.1',
          'auth-failed',
        ],
        // find_string id 35082209069 (python mail-log cleaner, comment "# rambler")
        ['Recipient address rejected: user not found', null, 'recipient-unknown'],
        // https://smtp.codes/qq
        [
          '550 Mailbox not found. http://service.exmail.qq.com/cgi-bin/help?subtype=1&&id=20022&&no=1000728',
          null,
          'recipient-unknown',
        ],
        // https://smtp.codes/qq
        [
          '501 Bad address syntax. http://service.exmail.qq.com/cgi-bin/help?subtype=1&&id=20022&&no=1000730',
          null,
          'recipient-unknown',
        ],
        // find_string id 38959073782 (PHP Mrzkit\PigeonMail\TranslateSmtpErrorInfo, "腾讯邮箱参考 service.mail.qq.com/cgi-bin/help?id=20022")
        ['Mailbox not found or access denied', null, 'recipient-unknown'],
        // https://smtp.codes/qq
        ['550 Mail is rejected by recipients', null, 'recipient-policy'],
        // https://smtp.codes/qq
        ['550 Mailbox unavailable or access denied', null, 'rate-limited'],
        // https://smtp.codes/qq
        [
          '550 Mail content denied. http://service.exmail.qq.com/cgi-bin/help?subtype=1&&id=20022&&no=1000726',
          null,
          'content-rejected',
        ],
        // find_string id 38959073782 (QQ: 邮件内容用户自定义部分被嵌入了垃圾信息)
        ['Spam is embedded in the email', null, 'content-rejected'],
        // https://qqmailbox.com/transceivers/169.html
        ['550 Error: content rejected', null, 'content-rejected'],
        // https://smtp.codes/qq
        [
          '550 Sender frequency limited. http://service.exmail.qq.com/cgi-bin/help?subtype=1&&id=20022&&no=1000723',
          null,
          'rate-limited',
        ],
        // http://qiao.yimirj.com/article/detail/2261
        ['550 Domain frequency limited', null, 'rate-limited'],
        // https://www.computersolutions.cn/blog/qq-mail-550-ip-frequency-limited-errors-and-how-to-solve-them/
        [
          '550 Ip frequency limited. http://service.mail.qq.com/cgi-bin/help?subtype=1&&id=20022&&no=1000725',
          null,
          'rate-limited',
        ],
        // find_string id 28208946874 (exim DSN quoted in a forum/page dump, host mx3.qq.com)
        [
          'SMTP error from remote mail server after RCPT TO:<user@qq.com>: 550 Connection frequency limited. http://service.mail.qq.com/cgi-bin/help?subtype=1&&id=20022&&no=1000722',
          null,
          'rate-limited',
        ],
        // find_string id 71331824050 (PowerMTA config, section "QQ 邮箱错误")
        ['550 Suspected spam ip', null, 'reputation-block'],
        // find_string id 38959073782 (QQ: 疑似退信攻击)
        ['Suspected bounce attacks', null, 'reputation-block'],
        // https://smtp.codes/qq
        [
          '550 DMARC check failed http://service.mail.qq.com/cgi-bin/help?subtype=1&&no=1001508&&id=16.',
          null,
          'auth-failed',
        ],
        // find_string id 38959073782 (QQ: 发信域名设置了SPF，但检查未通过验证)
        ['SPF check failed', null, 'auth-failed'],
        // find_string id 38959073782 (QQ: 您所发送的邮件大小超出腾讯邮箱限制)
        ['Message too large', null, 'message-too-large'],
        // https://qqmailbox.com/transceivers/169.html
        ['该用户不存在', null, 'recipient-unknown'],
        // https://qqmailbox.com/transceivers/169.html
        ['该用户未开通QQ邮箱', null, 'mailbox-inactive'],
        // https://qqmailbox.com/transceivers/169.html
        ['收件人空间不足', null, 'mailbox-full'],
        // BotTimeDocs/product-docs articles-v2020.4/answers/troubleshooting/email.md
        ['535: Login Fail. Please enter your authorization code to login.', null, 'sender-blocked'],
        // NH (该IP发送行为异常，存在接收者大量不存在情况，被临时禁止连接)
        ['421 HL:REP', null, 'reputation-block'],
        // find_string id 10032417564 (发信IP同时间SMTP连接的个数超过服务器限制); NH 421 HL:ICC 该IP同时并发连接数过大
        ['421 4.4.5 HL:ICC', '4.4.5', 'rate-limited'],
        // find_string id 10032417564 (发信IP在过去15分钟内SMTP连接的个数超过服务器限制); NH 421 HL:IFC
        ['421 4.5.0 HL:IFC', '4.5.0', 'rate-limited'],
        // NH (该IP发送行为异常，存在大量伪造发送域域名行为，被临时禁止连接)
        ['421 HL:MEP', null, 'reputation-block'],
        // NH (发送方出现过多的错误指令。请检查发信程序)
        ['450 MI:CEL', null, 'rate-limited'],
        // NH (发送方发送超出正常的指令数量)
        ['450 MI:CCL', null, 'rate-limited'],
        // NH (当前连接发送的邮件数量超出限制)
        ['450 MI:DMC', null, 'rate-limited'],
        // find_string id 10032417564; NH 450 RP:DRC (当前连接发送的收件人数量超出限制)
        ['450 4.5.3 RP:DRC', '4.5.3', 'rate-limited'],
        // NH (发信IP位于一个或多个RBL里)
        ['450 DT:RBL', null, 'reputation-block'],
        // NH (该IP不在网易允许的发送地址列表里)
        ['450 WM:BLI', null, 'reputation-block'],
        // NH (邮件正文带有垃圾邮件特征或发送环境缺乏规范性，被临时拒收)
        ['451 DT:SPM ,please try again', null, 'content-rejected'],
        // NH (登录失败次数过多，被临时禁止登录)
        ['451 Requested mail action not taken: too much fail authentication', null, 'sender-blocked'],
        // NH (发信人在15分钟内的发信数量超过限制，请控制发信频率)
        ['451 MI:SFQ', null, 'rate-limited'],
        // NH (发信方短期内累计的收件人数量超过限制，该发件人被临时禁止发信)
        ['451 RP:QRC', null, 'rate-limited'],
        // NH (系统暂时出现故障，请稍后再次尝试发送)
        ['451 Requested action aborted: local error in processing', null, 'recipient-system'],
        // NH (HELO命令不允许为空)
        ['550 MI:NHD', null, 'sender-infrastructure'],
        // NH (发信人电子邮件地址不合规范)
        ['550 MI:IMF', null, 'sender-infrastructure'],
        // NH (发信IP未被发送域的SPF许可)
        ['550 MI:SPF', null, 'auth-failed'],
        // NH (该邮件未被发信域的DMARC许可)
        ['550 MI:DMA', null, 'auth-failed'],
        // NH (发件人当天的连接数量超出了限定数量，当天不再接受该发件人的邮件)
        ['550 MI:STC', null, 'rate-limited'],
        // find_string id 10032417564 (发信帐号今日连接服务器发送的邮件数量超过服务器限制); NH 554 MI:STC 发件人当天内累计邮件数量超过限制
        ['554 5.5.0 MI:STC', '5.5.0', 'rate-limited'],
        // NH (网易邮箱不开放匿名转发（Open relay）)
        ['550 RP:FRL', null, 'relay-denied'],
        // NH (群发收件人数量超过了限额，请减少每封邮件的收件人数量)
        ['550 RP:RCL', null, 'rate-limited'],
        // NH (发件人当天内累计的收件人数量超过限制，当天不再接受该发件人的邮件)
        ['550 RP:TRC', null, 'rate-limited'],
        // find_string id 10032417564 (邮箱地址今日连接服务器发送的邮件数量超过服务器限制)
        ['554 5.5.3 RP:TRC', '5.5.3', 'rate-limited'],
        // find_string id 10032417564 (发信IP今日SMTP连接的个数超过服务器限制)
        ['554 5.7.3 HL:ITC', '5.7.3', 'rate-limited'],
        // NH (邮件正文带有很多垃圾邮件特征或发送环境缺乏规范性)
        ['550 DT:SPM', null, 'content-rejected'],
        // NH (发送的邮件内容包含了未被许可的信息，或被系统识别为垃圾邮件)
        ['554 DT:SPM', null, 'content-rejected'],
        // NH (请求的用户不存在)
        ['550 Invalid User', null, 'recipient-unknown'],
        // NH (请求的用户处于禁用或者冻结状态)
        ['550 User suspended', null, 'mailbox-inactive'],
        // NH (群发数量超过了限额)
        ['550 Requested mail action not taken: too much recipient', null, 'rate-limited'],
        // NH (不允许发送该类型的附件 .uu .pif .scr .mim .hqx .bhx .cmd .vbs .bat .com .vbe .vb .js .wsh)
        ['552 Illegal Attachment', null, 'content-rejected'],
        // NH (发送的信件大小超过了网易邮箱允许接收的最大限制)
        ['552 Requested mail action aborted: exceeded mailsize limit', null, 'message-too-large'],
        // NH (不允许发件人为空)
        ['553 Requested action not taken: NULL sender is not allowed', null, 'sender-infrastructure'],
        // NH (SMTP类型的机器只允许发信人是本站用户)
        ['553 Requested action not taken: Local user only', null, 'relay-denied'],
        // NH (SMTP需要身份验证，请检查客户端设置)
        ['553 authentication is required', null, 'sender-blocked'],
        // NH (信封发件人和信头发件人不匹配)
        ['554 DT:SUM', null, 'message-noncompliant'],
        // NH (发信IP因发送垃圾邮件或存在异常的连接行为，被暂时挂起)
        ['554 HL:IHU', null, 'reputation-block'],
        // NH (该IP不在网易允许的发送地址列表里)
        ['554 HL:IPB', null, 'reputation-block'],
        // NH (该IP不在网易允许的发送地址列表里)
        ['554 IP in blacklist', null, 'reputation-block'],
        // NH (此用户不在网易允许的发信用户列表里); find_string id 10032417564
        ['554 MI:SPB', null, 'sender-blocked'],
        // find_string id 71331824050 (PowerMTA config, section "新浪邮箱错误")
        ["554 Rejected due to the sending MTA's poor reputation", null, 'reputation-block'],
        // find_string id 71331824050 (PowerMTA config, section "新浪邮箱错误")
        [
          '550 Your access to submit messages to this e-mail system has been rejected',
          null,
          'reputation-block',
        ],
        // find_string id 31059219951 (Java errorHandler comment: "sina 链接数超过限制")
        ['550 Too many connect', null, 'rate-limited'],
        // find_string id 71331824050 (PowerMTA config, section "搜狐邮箱错误")
        ['553 5.7.3 CONTENT REJCT', '5.7.3', 'content-rejected'],
        // find_string id 71331824050 (PowerMTA config, section "搜狐邮箱错误")
        ['553 5.7.4 HELOIP REJECT', '5.7.4', 'sender-infrastructure'],
        // https://365seal.com/y/dRvzkOzRVO.html (搜狐)
        [
          '450 4.1.8 <user@example.com>: Sender address rejected: Domain not found',
          '4.1.8',
          'sender-infrastructure',
        ],
        // https://365seal.com/y/dRvzkOzRVO.html (搜狐)
        ['552 5.3.4 Message size exceeds fixed limit', '5.3.4', 'message-too-large'],
        // https://blog.sina.com.cn/s/blog_8dc13ec50101fxxr.html
        ['550 user is locked.', null, 'mailbox-inactive'],
        // https://blog.sina.com.cn/s/blog_8dc13ec50101fxxr.html
        ['550 black ip.', null, 'reputation-block'],
        // https://blog.sina.com.cn/s/blog_8dc13ec50101fxxr.html
        ['554 rbl deny.', null, 'reputation-block'],
        // https://blog.sina.com.cn/s/blog_8dc13ec50101fxxr.html
        ['552 looping message.', null, 'mail-loop'],
        // https://blog.sina.com.cn/s/blog_8dc13ec50101fxxr.html
        ['555 helohost error.', null, 'sender-infrastructure'],
        // https://blog.sina.com.cn/s/blog_8dc13ec50101fxxr.html
        ['556 remote ip check error.', null, 'auth-failed'],
        // AM (收件人不存在)
        ["554 RCPT (account) dosn't exist", null, 'recipient-unknown'],
        // AM
        ['553 "RCPT TO" mailbox unavailable', null, 'recipient-unknown'],
        // AM
        ['552 mailbox is full', null, 'mailbox-full'],
        // AM (收件人不允许接收邮件)
        ["542 This account isn't allowed to receive email", null, 'mailbox-inactive'],
        // AM (发件人不允许发送邮件)
        ["541 This account isn't allowed to send email", null, 'sender-blocked'],
        // AM (发件人账号和认证账号必须一样)
        ["440 mail from account doesn't conform with authentication", null, 'sender-blocked'],
        // http://bestwisewords.com/document_detail/36612.html
        ["503 Rcptto account isn't a local account", null, 'recipient-unknown'],
        // AM; http://bestwisewords.com/document_detail/36612.html
        ['504 the number of RCPT attempts is achieved the maximum threshold', null, 'rate-limited'],
        // AM; http://bestwisewords.com/document_detail/36612.html
        ['505 the total of RCPTs is achieved the maximum threshold', null, 'rate-limited'],
        // AM
        ['510 The length of DATA content is achieved the maximum threshold', null, 'message-too-large'],
        // AM
        ['510 The length of Attach is achieved the maximum threshold', null, 'message-too-large'],
        // AM
        ['510 The number of attachments is achieved the maximum threshold', null, 'message-too-large'],
        // AM (邮件被检测到含有病毒)
        ['551 virus infected mail rejected', null, 'content-rejected'],
        // AM (邮件内容被反垃圾判为垃圾邮件)
        ['554 Reject by content spam', null, 'content-rejected'],
        // http://bestwisewords.com/document_detail/36620.html
        ['(13)ESO_LOCAL_SPAM: spamed by local spam engine', null, 'content-rejected'],
        // AM; http://bestwisewords.com/document_detail/36612.html
        ['554 Reject by behaviour spam', null, 'reputation-block'],
        // http://cryptsofthecoliseum.com/article-show-50-294.html (1 封郵件接收地址數量限制:300)
        ['556 The number of RCPTs is over size', null, 'rate-limited'],
        // http://cryptsofthecoliseum.com/article-show-50-294.html
        ['557 The length of DATA content is achieved the maximum threshold', null, 'message-too-large'],
        // http://cryptsofthecoliseum.com/article-show-50-294.html (收信域名 MX 解析查詢失敗)
        ['423 Dns resolve error', null, 'recipient-domain-invalid'],
        // http://cryptsofthecoliseum.com/article-show-50-294.html
        ['524 Host not found by dns resolve', null, 'recipient-domain-invalid'],
        // http://cryptsofthecoliseum.com/article-show-50-294.html
        ['526 No data by dns resolve', null, 'recipient-domain-invalid'],
        // http://cryptsofthecoliseum.com/article-show-50-294.html
        ['427 Socks Connect to UNREACHABLE host', null, 'recipient-system'],
        // http://cryptsofthecoliseum.com/article-show-50-294.html
        ['552 Monthly sending quota exceeded', null, 'sender-blocked'],
        // https://oliveit.tistory.com/39
        [
          '550 5.1.1 RUSR 192.0.2.1: No such user: <user@example.com> (in reply to RCPT TO command)',
          '5.1.1',
          'recipient-unknown',
        ],
        // https://oliveit.tistory.com/39
        ['421 4.4.1 CHIC IP ADDRESS: Network is busy.', '4.4.1', 'recipient-system'],
        // https://oliveit.tistory.com/39; find_string id 38888830564 (Daum 스팸센터에서 해당IP를 스팸IP로 판단)
        ['421 4.4.5 CCRT IP ADDRESS: Connection refused. Server is busy(RT)', '4.4.5', 'reputation-block'],
        // find_string id 38888830564 (Daum 메일 수신서버에 동시접속 가능한 수를 초과)
        ['421 4.4.5 crcp ip address: connection refused. server is busy', '4.4.5', 'rate-limited'],
        // find_string id 38888830564 (I/O 에러)
        ['451 4.4.1 xnioe ip address: network is busy(i/o)', '4.4.1', 'recipient-system'],
        // find_string id 38888830564
        ['4.4.1 xerr ip address: network is busy(error)', '4.4.1', 'recipient-system'],
        // find_string id 38888830564 (발송자의 이메일 주소 도메인 확인에 실패)
        ['451 4.4.1 dxns1 ip address: network is busy(xdns)', '4.4.1', 'sender-infrastructure'],
        // find_string id 38888830564 (메일발송 IP 정보와 Hostname 정보가 일치하지 않아)
        ['451 4.4.1 dxns2 ip address: dns lookup failed(xdns)', '4.4.1', 'sender-infrastructure'],
        // find_string id 38888830564 (보낸이의 메일 주소가 Daum에 가입되지 않은 아이디)
        ['550 5.1.8 ip address: no such user: sender address', '5.1.8', 'sender-infrastructure'],
        // find_string id 38888830564
        [
          '553 5.1.3 raddr ip address: invalid mail address: sender address',
          '5.1.3',
          'sender-infrastructure',
        ],
        // find_string id 38888830564
        [
          "554 5.7.1 dzcnt ip address: message refused. your host name(host name) dosen't match with your ip address",
          '5.7.1',
          'sender-infrastructure',
        ],
        // find_string id 38888830564 (수신 주소가 휴면 상태입니다)
        [
          '550, 5.3.2 rejected by mailbox host. erplay:(550 mailbox is inactive!! (#5.2.1))',
          '5.2.1',
          'mailbox-inactive',
        ],
        // find_string id 38888830564 (수신 주소가 휴면 상태입니다)
        ['550 5.1.1 Suspended(Inactive) user', '5.1.1', 'mailbox-inactive'],
        // find_string id 38888830564 (발송 메일이 네이버 메일 스팸 정책에 따라 스팸메일로 판단되어 거부)
        ['550 your mail is classified as spam and rejected', null, 'content-rejected'],
        // find_string id 38888830564 (발송 서버의 IP 주소로부터 오랫동안 대량의 스팸메일이 발송되어 차단)
        ['421 4.3.2 your ip blocked from this server', '4.3.2', 'reputation-block'],
        // https://puffinknight.tistory.com/102
        [
          '421 4.3.2 Your IP(192.0.2.1) is filtered and this connection will be closed. You must register your IP to http://realip.naver.com',
          '4.3.2',
          'reputation-block',
        ],
        // find_string id 38888830564 (하나의 메일에 허용하는 수 이상의 수신 주소)
        ['too many recipients. we allow maximum', null, 'rate-limited'],
        // find_string id 38888830564
        ['you sent too many commands. total 35 commands in 1 session are allowed.', null, 'rate-limited'],
        // https://puffinknight.tistory.com/102
        [
          "5.1.0 - Unknown address error 550-'Transaction failed. (SPAM_SUSPECT:IP_CONTROL) (http://cleanip.paran.com)'",
          null,
          'reputation-block',
        ],
        // https://puffinknight.tistory.com/102
        ['421 4.3.1 You send too many messages.', '4.3.1', 'rate-limited'],
        // https://puffinknight.tistory.com/102
        [
          '550 5.7.1 <user@example.com>... Error.your access was denied.? Since you sent too many e-mails,you are not allowed to send more e-mails within 24 hours.After 24 hours,you can send e-mails as usual.',
          '5.7.1',
          'rate-limited',
        ],
        // https://puffinknight.tistory.com/102
        ["550 You are registered as spammer (by user's reject list)", null, 'recipient-policy'],
        // https://puffinknight.tistory.com/102
        [
          '554 5.0.0 Service unavailable (userid: mail is denied, by spam filter)',
          '5.0.0',
          'recipient-policy',
        ],
        // https://puffinknight.tistory.com/102
        ['550 5.1.1 Inactive mbox', '5.1.1', 'mailbox-inactive'],
        // https://puffinknight.tistory.com/102
        ['550 5.1.1 Suspended user', '5.1.1', 'mailbox-inactive'],
        // http://blog.jinbo.net/007/archive/20051107 (hanafos.com MX)
        [
          '421 4.3.2 Your IP(192.0.2.1) is filtered and this connection will be closed. You must register your IP to spammaster@example.com By SpaceLee, the Lord of mail server.',
          '4.3.2',
          'reputation-block',
        ],
        // https://note.com/sendmagic/n/neb6bbe7e51cf (docomo: 1行の長さが1000byteを超過)
        ['500 Line Too Long', null, 'message-noncompliant'],
        // https://note.com/sendmagic/n/neb6bbe7e51cf
        ['550 Unknown user user@docomo.ne.jp', null, 'recipient-unknown'],
        // https://note.com/sendmagic/n/neb6bbe7e51cf (docomo: 宛先ユーザ側のメールボックスフル)
        ['552 Too much mail data user@docomo.ne.jp', null, 'mailbox-full'],
        // https://note.com/sendmagic/n/n875d8dcb6cb8
        ['550 <user@ezweb.ne.jp>: User unknown', null, 'recipient-unknown'],
        // https://note.com/sendmagic/n/n875d8dcb6cb8
        ['554 <user@example.com>: Relay access denied', null, 'relay-denied'],
        // https://note.com/sendmagic/n/n5afbf98aeb25
        ['550 Invalid recipient: <user@i.softbank.jp>', null, 'recipient-unknown'],
      ],
    },
  'European and other providers (Orange, La Poste, SFR, Free, IONOS, STRATO, Libero, Aruba, Seznam, Interia, WP, Proximus, BT, Virgin Media, Telstra, Shaw, Bluewin)':
    {
      source: 'their help and postmaster pages, and threads quoting the replies',
      rows: [
        // https://github.com/sisimai/p5-sisimai/issues/240 (also https://pastebin.com/2m8NY2fW, reply to MAIL FROM at smtp.orange.fr)
        ['550 5.1.0 Emetteur invalide. Invalid Sender. OFR_415 [415]', '5.1.0', 'sender-infrastructure'],
        // ActiveCampaign/smtp-field-manual data/codes/501.json
        ['501 5.1.0 Emetteur invalide. Invalid Sender. OFR004_405 [405]', '5.1.0', 'sender-infrastructure'],
        // https://github.com/sisimai/p5-sisimai/issues/240 ; ActiveCampaign/smtp-field-manual data/codes/550.json
        [
          '550 5.1.1 Adresse d au moins un destinataire invalide. Invalid recipient. OFR_416 [416]',
          '5.1.1',
          'recipient-unknown',
        ],
        // https://github.com/sisimai/p5-sisimai/issues/240 ; ActiveCampaign/smtp-field-manual data/codes/552.json
        [
          '552 5.1.1 Boite du destinataire pleine. Recipient overquota. OFR_417 [417]',
          '5.1.1',
          'mailbox-full',
        ],
        // https://github.com/sisimai/p5-sisimai/issues/240 ; https://doc.gadz.org/pages/diffpages.action?originalId=21791317&pageId=21792015 (in reply to end of
        ['550 5.2.0 Mail rejete. Mail rejected. ofr_506 [506]', '5.2.0', 'content-rejected'],
        // https://github.com/sisimai/p5-sisimai/issues/240
        ['550 5.2.0 Mail rejete. Mail rejected. ofr_513 [513]', '5.2.0', 'content-rejected'],
        // https://github.com/sisimai/p5-sisimai/issues/240
        [
          '5.2.0 Taille limite du message atteinte. Maximum size of the message reached. OFR_514 [514]',
          '5.2.0',
          'message-too-large',
        ],
        // https://github.com/sisimai/p5-sisimai/issues/240 ; https://bentonow.com/smtp-errors/orange
        [
          '421 mwinf5c27 ME Trop de connexions, veuillez verifier votre configuration. Too many connections, slow down. OFR004_104 [104]',
          null,
          'rate-limited',
        ],
        // https://github.com/sisimai/p5-sisimai/issues/240
        [
          'Trop de connexions, veuillez verifier votre configuration. Too many connections, slow down. OFR102_104 [104]',
          null,
          'rate-limited',
        ],
        // https://github.com/ActiveCampaign/smtp-field-manual/pull/60 (postfix log, "refused to talk to me") ; data/codes/550.json
        [
          '550 mwinf5c14 ME Adresse IP source bloquee pour incident de spam. Client host blocked for spamming issues. OFR006_102 Ref http://csi.cloudmark.com/reset-request/?ip=192.0.2.1 [102]',
          null,
          'reputation-block',
        ],
        // https://github.com/sisimai/p5-sisimai/issues/243 (table row 305)
        ["550 5.7.0 Code d'authentification invalide OFR 305", null, 'sender-blocked'],
        // https://github.com/thunderbird/thunderbird-android/issues/938 (smtp.laposte.net submission)
        ['550 5.5.0 Emetteur invalide. Invalid Sender. LPN104_415', '5.5.0', 'sender-infrastructure'],
        // https://github.com/sisimai/p5-sisimai/issues/241 ; https://github.com/JamBrain/JamBrain/issues/270 (in reply to end of DATA command)
        [
          '550 5.5.0 Service refuse. Veuillez essayer plus tard. service refused, please try later. LPN007_510',
          '5.5.0',
          'reputation-block',
        ],
        // https://github.com/osm-fr/infrastructure/issues/344 (postfix log, end of DATA)
        [
          '550 5.7.1 Service refuse. Veuillez essayer plus tard. service refused, please try later. LPN007_510',
          '5.7.1',
          'reputation-block',
        ],
        // https://github.com/sisimai/p5-sisimai/issues/241
        ['550 5.5.0 SPF: 192.0.2.1 is not allowed to send mail. LPN004_401', '5.5.0', 'auth-failed'],
        // https://github.com/sisimai/p5-sisimai/issues/241 (in reply to RCPT TO)
        [
          '550 5.1.1 Boite du destinataire archivee. Archived recipient. LPN004_420 [420]',
          '5.1.1',
          'mailbox-inactive',
        ],
        // https://github.com/sisimai/p5-sisimai/issues/241
        [
          '550 5.1.1 Adresse d au moins un destinataire invalide. Invalid recipient. LPN416 416',
          '5.1.1',
          'recipient-unknown',
        ],
        // http://postmaster.free.fr/ (first listed error, "analysé comme étant un spam par notre filtre antispam") ; https://github.com/JamBrain/JamBrain/issues
        ['550 spam detected', null, 'content-rejected'],
        // https://github.com/iredmail/iRedMail/issues/156 (mx1.free.fr / mx2.free.fr refused to talk to me)
        ['421 Refused. Your reverse DNS entry does not resolve to an IP.', null, 'sender-infrastructure'],
        // ActiveCampaign/smtp-field-manual data/codes/554.json
        [
          '554 5.2.2 <user@free.fr>: Recipient address rejected: Quota exceeded (mailbox for user is full)',
          '5.2.2',
          'mailbox-full',
        ],
        // https://bentonow.com/smtp-errors/sfr
        ['421 4.7.0 msfrf2604.sfr.fr Error: too many errors', '4.7.0', 'rate-limited'],
        // https://bentonow.com/smtp-errors/sfr
        [
          '450 4.7.1 SFR_IN_101 Service refused due to bad behavior - Too many spam messages',
          '4.7.1',
          'reputation-block',
        ],
        // https://doc.gadz.org/pages/diffpages.action?originalId=21791317&pageId=21792015 (smtp-in.sfr.fr, end of DATA)
        ['550 5.7.1 Message content rejected', '5.7.1', 'content-rejected'],
        // https://ionos.de/hilfe/e-mail/postmaster/smtp-fehlermeldungen-der-11-ionos-mailserver (IP blocked: bad delivery rate / reported as spam sender)
        ['421 Reject due to policy violations', null, 'reputation-block'],
        // https://ionos.de/hilfe/e-mail/postmaster/smtp-fehlermeldungen-der-11-ionos-mailserver
        ['421 Rate limit reached. Please try again later', null, 'rate-limited'],
        // https://new-faq.comservice-ffo.de/smtp-fehlermeldungen-e-mail-fehler/ ("Dienst vorübergehend nicht erreichbar")
        ['451 Requested action aborted: local error in processing', null, 'recipient-system'],
        // https://ionos.ca/help/email/troubleshooting-mail-basicmail-business/error-messages-caused-by-undeliverable-email
        ['550 Unknown User', null, 'recipient-unknown'],
        // https://www.ionos.com/help/email/troubleshooting-mail-basicmail-business/error-messages-caused-by-undeliverable-email/
        ['550 Requested action not taken: mailbox unavailable', null, 'recipient-unknown'],
        // https://www.ionos.com/help/email/troubleshooting-mail-basicmail-business/error-messages-caused-by-undeliverable-email/
        ['550 Quota Exceeded', null, 'mailbox-full'],
        // https://www.ionos.de/hilfe/e-mail/problemloesungen-mail-basicmail-business/fehlermeldungen-bei-unzustellbarer-e-mail/
        ['535 Authentication failure: SMTP AUTH failed with the remote server', null, 'sender-blocked'],
        // https://www.ionos.com/help/email/troubleshooting-mail-basicmail-business/error-messages-caused-by-undeliverable-email/
        ['550 must be authenticated', null, 'sender-blocked'],
        // https://www.ionos.de/hilfe/e-mail/glossar-e-mail-fachbegriffe-verstaendlich-erklaert/problemloesungen-mail-basicmail-business/fehlermeldungen-bei-unzu
        [
          '554 Service unavailable; Client host [192.0.2.1] blocked using rbl.orbitrbl.com - IP Black Listed',
          null,
          'reputation-block',
        ],
        // https://www.ionos.ca/help/email/general-topics/what-are-the-mass-mailing-limits/
        [
          '450-Requested mail action not taken: mailbox unavailable 450 Mail send limit exceeded.',
          null,
          'sender-blocked',
        ],
        // https://www.strato.de/faq/mail/fehlermeldungen-bei-e-mails/
        ['550 5.7.1 Refused by local policy. No SPAM please', '5.7.1', 'content-rejected'],
        // https://www.strato.de/faq/mail/fehlermeldungen-bei-e-mails/
        ['550 sorry, no mailbox here by that name', null, 'recipient-unknown'],
        // https://www.strato.de/faq/mail/fehlermeldungen-bei-e-mails/
        ['550 recipient e-mail adress unknown', null, 'recipient-unknown'],
        // https://aiuto.libero.it/articolo/mail/messaggi-di-errore-piu-frequenti-dopo-invio-email ; https://aiuto.virgilio.it/articolo/mail/messaggi-di-errore-p
        ['MAILBOX FULL (User quota exceeded)', null, 'mailbox-full'],
        // https://aiuto.libero.it/articolo/mail/messaggi-di-errore-piu-frequenti-dopo-invio-email ("il dominio ... non esiste")
        ['ROUTING SERVER FAILURE', null, 'recipient-domain-invalid'],
        // https://aiuto.libero.it/articolo/mail/messaggi-di-errore-piu-frequenti-dopo-invio-email
        ['RELAYING NOT ALLOWED (550 Relay Disabled)', null, 'relay-denied'],
        // https://aiuto.libero.it/articolo/mail/messaggi-di-errore-piu-frequenti-dopo-invio-email
        ['DELIVERY TIME EXPIRED', null, 'expired'],
        // https://guide.hosting.aruba.it/email/risoluzione-errori-comuni-e-consigli/risoluzione-errori-comuni.aspx
        ['user is over quota', null, 'mailbox-full'],
        // https://guide.hosting.aruba.it/email/risoluzione-errori-comuni-e-consigli/risoluzione-errori-comuni.aspx (illegal characters in recipient addresses)
        ['5.5.2 bad chars in command', '5.5.2', 'message-noncompliant'],
        // https://guide.pec.it/posta-pec/faq-errori-comuni/errori-comuni/errori-comuni-durante-invio-ricezione-pec.aspx
        ['Sender address rejected: not logged in', null, 'sender-blocked'],
        // https://guide.pec.it/posta-pec/faq-errori-comuni/errori-comuni/errori-comuni-durante-invio-ricezione-pec.aspx
        ['Indirizzo IP bloccato temporaneamente per sospetto abuso', null, 'reputation-block'],
        // https://napoveda.seznam.cz/uzivatel-neexistuje
        ["5.1.1 szn; User hasn't got the service mapped", '5.1.1', 'recipient-unknown'],
        // https://pomoc.poczta.interia.pl/news-dlaczego-wiadomosc-nie-zostala-dostarczona,nId,6589600
        ['550 5.1.1 Account not found', '5.1.1', 'recipient-unknown'],
        // https://pomoc.poczta.interia.pl/news-dlaczego-wiadomosc-nie-zostala-dostarczona,nId,6589600 (recipient added sender to block list)
        ["550 5.7.1 Recipient doesn't want your mail", '5.7.1', 'recipient-policy'],
        // https://pomoc.poczta.interia.pl/news-dlaczego-wiadomosc-nie-zostala-dostarczona,nId,6589600
        [
          '550 5.7.0 [SPF] host (host number) is not allowed to send mail from domain',
          '5.7.0',
          'auth-failed',
        ],
        // https://github.com/geokrety/geokrety-website/issues/1047
        [
          "554 (#5.3.0) Nie przyjmiemy tej wiadomosci poniewaz jest to spam - zobacz strone: https://pomoc.wp.pl/polityka-antyspamowa / We can't accept this message because it is spam - see: https://pomoc.wp.pl/polityka-antyspamowa [127]",
          '5.3.0',
          'content-rejected',
        ],
        // https://btbusiness.custhelp.com/app/answers/detail/a_id/15074/
        ['550 Message rejected due to sender IP reputation ([192.0.2.1])', null, 'reputation-block'],
        // http://blog.frankleonhardt.com/tag/bt-internet/
        [
          '554 Message rejected, policy (3.2.1.1) - Your message looks like SPAM or has been reported as SPAM please read...',
          null,
          'content-rejected',
        ],
        // http://blog.frankleonhardt.com/tag/bt-internet/
        ['421 Too many messages (1.5.6.1) from 192.0.2.1', null, 'rate-limited'],
        // https://community.virginmedia.com/t5/Email/Email-Spam-Content-Found-error-550-554/td-p/3229831 (also seen as 550)
        ['554 5.2.0 Spam content found', '5.2.0', 'content-rejected'],
        // https://www.suped.com/knowledge/email-deliverability/troubleshooting/why-are-emails-to-bigpond-bouncing-or-being-marked-as-spam
        ['558 5.7.1 Message content rejected due to suspected spam. IB704x', '5.7.1', 'content-rejected'],
        // https://www.suped.com/learn/email-deliverability/why-are-bigpond-emails-bouncing-with-a-content-based-spam-reason
        ['5.7.1 Message content rejected due to suspected spam. IB703', '5.7.1', 'content-rejected'],
        // https://crowdsupport.telstra.com.au/t5/broadband-nbn/why-is-my-email-being-blacklisted/ta-p/76234
        [
          'nschwcmgw08p BigPond Outbound [OB105. Connection refused. (192.0.2.1) is listed on the Exploits Block List (XBL).',
          null,
          'reputation-block',
        ],
        // http://www.themssforum.com/smallbiz/Email-blocked/ (qmail at gizmo02bw.email.bigpond.com: "Connected to ... but sender was rejected")
        ['192.0.2.1 Defined SPAM source: bl.spamcop.net', null, 'reputation-block'],
        // https://www.cleanmail.ch/stricter-rules-for-bluewin/?lang=en
        ['Forged sender domain from this server', null, 'auth-failed'],
        // https://strato.de/faq/mail/fehlermeldungen-bei-e-mails (the parenthesis carries a hint token, see below)
        ['Refused by local policy. No SPAM please! (...)', null, 'content-rejected'],
        // https://strato.de/faq/mail/fehlermeldungen-bei-e-mails (suspicious URL found)
        ['B-URL', null, 'content-rejected'],
        // https://strato.de/faq/mail/fehlermeldungen-bei-e-mails (suspicious text found)
        ['B-TEXT, B-SCORE, B-EX', null, 'content-rejected'],
        // https://strato.de/faq/mail/fehlermeldungen-bei-e-mails (attachment type not allowed)
        ['B-ATTACH', null, 'content-rejected'],
        // https://strato.de/faq/mail/fehlermeldungen-bei-e-mails
        ['Suspected phishing attempt', null, 'content-rejected'],
        // https://www.strato.nl/faq/mail/waarom-krijg-ik-foutmeldingen-bij-het-werken-met-e-mail/
        ['SPF failed for', null, 'auth-failed'],
        // https://strato.de/faq/mail/fehlermeldungen-bei-e-mails
        ['User has exhausted allowed storage space', null, 'mailbox-full'],
        // https://www.proximus.be/support/en/id_sfaqs_mail_blacklist/self-employed-and-small-companies/support/internet/e-mails/problems-with-your-mailbox/your-
        [
          '554 Access denied - Under investigation for spam abuse. Contact your email provider for more info',
          null,
          'sender-blocked',
        ],
        // https://support.shaw.ca/t5/internet-discussions/shaw-server-blocking-emails-from-domain-it-used-to-work-until/td-p/38236/page/4 (user: "MXRT means the
        ['AUP#MXRT', null, 'rate-limited'],
        // https://support.shaw.ca/t5/internet-discussions/shaw-server-blocking-emails-from-domain-it-used-to-work-until/td-p/38236/page/4 ("too many concurrent
        ['AUP#CNCT', null, 'rate-limited'],
        // https://github.com/roundcube/roundcubemail/issues/9127 (host eig-east.smtp.a.cloudfilter.net)
        [
          '550 eKqgqwhcolWFfeKqgqLWon - <info@example.com> sender rejected AUP#CDRBL',
          null,
          'reputation-block',
        ],
      ],
    },
  'Security gateways and filters (rspamd, Amavis, OpenDKIM, OpenDMARC, postgrey, MIMEDefang, spamass-milter, Sophos, Hornetsecurity, Trend Micro, Cisco, Barracuda, Mimecast, Proofpoint, Symantec)':
    {
      source: "the filters' source code and the vendors' documentation",
      rows: [
        // rspamd/rspamd src/libserver/milter_internal.h (RSPAMD_MILTER_RCODE_REJECT + RSPAMD_MILTER_XCODE_REJECT + RSPAMD_MILTER_REJECT_MESSAGE); also conf/work
        ['554 5.7.1 Spam message rejected', '5.7.1', 'content-rejected'],
        // rspamd/rspamd src/libserver/milter_internal.h (RCODE_TEMPFAIL/XCODE_TEMPFAIL/TEMPFAIL_MESSAGE); conf/modules.d/greylist.conf message = "Try again late
        ['451 4.7.1 Try again later', '4.7.1', 'rate-limited'],
        // rspamd/rspamd src/plugins/lua/ratelimit.lua line 70 (message_func, returned as soft reject)
        ['Ratelimit "%s" exceeded', null, 'rate-limited'],
        // rspamd/rspamd lualib/lua_scanners/clamav.lua line 31 (default_message; same in avast/fprot/kaspersky_av)
        ['${SCANNER}: virus found: "${VIRUS}"', null, 'content-rejected'],
        // rspamd/rspamd lualib/lua_scanners/cloudmark.lua line 122
        ['${SCANNER}: spam message found: "${VIRUS}"', null, 'content-rejected'],
        // rspamd/rspamd lualib/lua_scanners/dcc.lua line 41
        ['${SCANNER}: bulk message found: "${VIRUS}"', null, 'content-rejected'],
        // rspamd/rspamd lualib/lua_scanners/icap.lua line 112
        ['${SCANNER}: threat found with icap scanner: "${VIRUS}"', null, 'content-rejected'],
        // rspamd/rspamd src/plugins/lua/mx_check.lua line 81 (reject_null_mx_message); conf/modules.d/mx_check.conf
        ['Domain published RFC 7505 Null MX', null, 'sender-infrastructure'],
        // rspamd/rspamd src/plugins/lua/dmarc.lua line 76 (set_pre_result with force_action)
        ['Action set by DMARC', null, 'auth-failed'],
        // spamass-milter spamass-milter.cpp main() default rejecttext/rejectcode (find_string id 18000435740); seen as "milter-reject: END-OF-MESSAGE ... 5.7.1
        ['5.7.1 Blocked by SpamAssassin', '5.7.1', 'content-rejected'],
        // https://pastebin.com/DGVf7ePp (qmail bounce quoting a SpamAssassin-based content filter; rule list shortened)
        [
          '554 5.7.1 Content filter rejection: SpamAssassin score 21.673 (DEAR_SOMETHING,DKIM_ADSP_NXDOMAIN,HTML_MESSAGE). Please alter the content of your message and try again.',
          null,
          'content-rejected',
        ],
        // lathiat/amavisd amavisd lines 1788 (smtp_reason_by_ccat CC_VIRUS) + 13944 (status)
        ['554 5.7.0 Reject, id=%n - INFECTED: %V', '5.7.0', 'content-rejected'],
        // lathiat/amavisd amavisd line 1789; real example "554 5.7.0 Reject, id=124-1-11 - BANNED: multipart/signed ... .xls" in https://gitlab.com/amavis/amavi
        ['554 5.7.0 Reject, id=%n - BANNED: %F', '5.7.0', 'content-rejected'],
        // lathiat/amavisd amavisd line 1793 (CC_SPAM)
        ['554 5.7.0 Reject, id=%n - spam', '5.7.0', 'content-rejected'],
        // lathiat/amavisd amavisd line 1794 (CC_SPAMMY,1)
        ['554 5.7.0 Reject, id=%n - spammy (tag3)', '5.7.0', 'content-rejected'],
        // lathiat/amavisd amavisd line 1790
        ['554 5.7.0 Reject, id=%n - UNCHECKED: encrypted', '5.7.0', 'content-rejected'],
        // lathiat/amavisd amavisd line 1791
        ['554 5.7.0 Reject, id=%n - UNCHECKED: over limits', '5.7.0', 'content-rejected'],
        // lathiat/amavisd amavisd line 1796 (CC_BADH,1)
        ['554 5.6.0 Reject, id=%n - BAD HEADER: MIME error', '5.6.0', 'message-noncompliant'],
        // lathiat/amavisd amavisd lines 1797 + 13949 (CC_BADH,2 -> 554 5.6.3)
        ['554 5.6.3 Reject, id=%n - BAD HEADER: nonencoded 8-bit character', '5.6.3', 'message-noncompliant'],
        // lathiat/amavisd amavisd line 1798
        [
          '554 5.6.0 Reject, id=%n - BAD HEADER: contains invalid control character',
          '5.6.0',
          'message-noncompliant',
        ],
        // lathiat/amavisd amavisd line 1799
        [
          '554 5.6.0 Reject, id=%n - BAD HEADER: line made up entirely of whitespace',
          '5.6.0',
          'message-noncompliant',
        ],
        // lathiat/amavisd amavisd line 1800
        [
          '554 5.6.0 Reject, id=%n - BAD HEADER: line longer than RFC 5322 limit',
          '5.6.0',
          'message-noncompliant',
        ],
        // lathiat/amavisd amavisd line 1801
        ['554 5.6.0 Reject, id=%n - BAD HEADER: syntax error', '5.6.0', 'message-noncompliant'],
        // lathiat/amavisd amavisd line 1802
        [
          '554 5.6.0 Reject, id=%n - BAD HEADER: missing required header field',
          '5.6.0',
          'message-noncompliant',
        ],
        // lathiat/amavisd amavisd line 1803
        ['554 5.6.0 Reject, id=%n - BAD HEADER: duplicate header field', '5.6.0', 'message-noncompliant'],
        // find_string id 45913965075 (older amavisd-new wording quoted in a vger DSN)
        [
          '554 (Reject, id=18169-17 - BAD_HEADER: Header field occurs more than once: "Cc" occurs 5 times)',
          '5.6.0',
          'message-noncompliant',
        ],
        // lathiat/amavisd amavisd lines 1805 + 13951 (CC_OVERSIZED)
        [
          "552 5.3.4 Reject, id=%n - Message size exceeds recipient's size limit",
          '5.3.4',
          'message-too-large',
        ],
        // lathiat/amavisd amavisd line 21579 (SMTP/LMTP server, DATA)
        ['552 5.3.4 Message size (%s B) exceeds size limit', '5.3.4', 'message-too-large'],
        // lathiat/amavisd amavisd line 1807 (CC_MTA,2; status 550 5.3.5 per line 13952)
        ['id=%n - Rejected by next-hop MTA on relaying', null, 'recipient-system'],
        // lathiat/amavisd amavisd line 1806 (CC_MTA,1)
        ['id=%n - Temporary MTA failure on relaying', null, 'recipient-system'],
        // lathiat/amavisd amavisd line 20955
        ['530 5.7.0 Must issue a STARTTLS command first', '5.7.0', 'sender-infrastructure'],
        // lathiat/amavisd amavisd line 21489
        ['554 5.1.1 Error (DATA): no valid recipients', '5.1.1', 'recipient-unknown'],
        // lathiat/amavisd amavisd line 21780
        ['421 4.3.2 Service shutting down, %s', '4.3.2', 'recipient-system'],
        // MIMEDefang mimedefang.pl.in line 859
        [
          '554 5.7.1 Message contained too many MIME parts.  We do not accept such complicated messages.',
          '5.7.1',
          'message-noncompliant',
        ],
        // MIMEDefang mimedefang.c line 1822
        ['554 5.4.0 Overlong line in RESULTS file', '5.4.0', 'recipient-system'],
        // MIMEDefang examples/suggested-minimum-filter-for-windows-clients line 153 (action_tempfail)
        ['Problem running virus-scanner', null, 'recipient-system'],
        // MIMEDefang modules/lib/Mail/MIMEDefang/Mail.pm line 462 (md_check_against_smtp_server, TEMPFAIL)
        ['Could not connect to other SMTP server %s, error=%s', null, 'recipient-system'],
        // MIMEDefang modules/lib/Mail/MIMEDefang/Mail.pm line 488
        [
          '554 5.4.6 Verification server loop!  Trying to verify user@example.com against myself!',
          '5.4.6',
          'mail-loop',
        ],
        // MIMEDefang contrib/greylisting/mimedefang-filter line 22 (TEMPFAIL)
        ['Email greylisted, please come back later', null, 'rate-limited'],
        // MIMEDefang contrib/greylisting/mimedefang-filter line 24 (REJECT)
        ['Go away or deliver email faster', null, 'rate-limited'],
        // MIMEDefang examples/example-filter-with-async-checks line 127
        ['550 5.7.1 192.0.2.1 is listed on both Spamhaus ZEN and SURBL', '5.7.1', 'reputation-block'],
        // OpenDKIM opendkim/opendkim.c line 9405 + 9597-9598
        ['550 5.7.0 bad DKIM signature data', '5.7.0', 'auth-failed'],
        // OpenDKIM opendkim/opendkim.c line 9432
        ['550 5.7.0 no DKIM signature data', '5.7.0', 'auth-failed'],
        // OpenDKIM opendkim/opendkim.c line 9569
        ['550 5.7.0 DKIM signature syntax error', '5.7.0', 'auth-failed'],
        // OpenDKIM opendkim/opendkim.c line 9472
        ['550 5.7.0 DKIM signature processing failed', '5.7.0', 'auth-failed'],
        // OpenDKIM opendkim/opendkim.c lines 9550 + 9603-9604
        ['451 4.7.5 DKIM key retrieval failed', '4.7.5', 'auth-failed'],
        // OpenDKIM opendkim/opendkim.c line 9392
        ['451 4.7.0 internal DKIM error', '4.7.0', 'recipient-system'],
        // OpenDMARC opendmarc/opendmarc.c line 3564 + opendmarc/opendmarc.h DMARC_REJECT_SMTP/ESC
        ['550 5.7.1 rejected by DMARC policy for example.com', '5.7.1', 'auth-failed'],
        // postgrey script line 626 (default greylist_text) and POD "Greylist Text"
        ['Greylisted, see http://postgrey.schweikert.ch/help/example.com.html', null, 'rate-limited'],
        // postgrey line 470 (prefix 4.2.0 via DEFER_IF_PERMIT); wire form quoted at https://support.mailprotector.com/hc/en-us/articles/360048244891-Common-Emai
        [
          '450 4.2.0 <mx.example.com>: Recipient address rejected: Greylisted, see http://postgrey.schweikert.ch/help/example.com.html',
          '4.2.0',
          'rate-limited',
        ],
        // find_string id 36679015446 / 71231590760 (quoted DSNs); meaning per https://docs.sophos.com/central/customer/help/en-us/ManageYourProducts/EmailSecuri
        ['550 5.7.1 XGEMAIL_0011 Command rejected', '5.7.1', 'recipient-unknown'],
        // find_string id 68286987942 (quoted); meaning per Sophos SMTP error codes page: address/domain/IP in the admin block list
        ['550 5.7.1 XGEMAIL_0008 Command rejected', '5.7.1', 'recipient-policy'],
        // https://docs.sophos.com/central/customer/help/en-us/ManageYourProducts/EmailSecurity/SMTPErrorCodes/index.html
        ["XGEMAIL_0001 Message didn't contain a valid DKIM signature.", null, 'auth-failed'],
        // same Sophos page
        ['XGEMAIL_0002 Message failed an SPF check.', null, 'auth-failed'],
        // same Sophos page
        ['XGEMAIL_0003 Message failed a DMARC check.', null, 'auth-failed'],
        // same Sophos page
        ['XGEMAIL_0004 Sender IP address failed an RBL test.', null, 'reputation-block'],
        // same Sophos page
        ['XGEMAIL_0005 Sender domain failed a DBL test.', null, 'reputation-block'],
        // same Sophos page (wire form seen as "550 5.7.4 XGEMAIL_0006 ..." in find_string id 70713751170)
        [
          "XGEMAIL_0006 Message rejected because the TLS version used doesn't match the version configured in your policy.",
          '5.7.4',
          'sender-infrastructure',
        ],
        // same Sophos page
        ['XGEMAIL_0007 Message rejected because your license has expired.', null, 'recipient-system'],
        // same Sophos page
        [
          'XGEMAIL_0009 Message rejected because a domain, an IP address, or an email address is in the user block list.',
          null,
          'recipient-policy',
        ],
        // same Sophos page
        ['XGEMAIL_0012 Message rejected because it exceeded the allowed size.', null, 'message-too-large'],
        // same Sophos page
        [
          'XGEMAIL_0013 Message rejected because it exceeded the maximum number of recipients allowed for a large message.',
          null,
          'rate-limited',
        ],
        // same Sophos page
        [
          "XGEMAIL_0014 Message rejected because it exceeded the recipient's inbound rate limit for the single sender.",
          null,
          'rate-limited',
        ],
        // same Sophos page
        [
          "XGEMAIL_0015 Message rejected because it exceeded the recipient's total inbound rate limit from all senders.",
          null,
          'rate-limited',
        ],
        // find_string id 5697329367 (full text copied from the IronPort banner) and id 56684027223 ("554-esa10.dsv.c3s2.iphmx.com 554 Your access to this mail s
        [
          "554 Your access to this mail system has been rejected due to the sending MTA's poor reputation. If you believe that this failure is in error, please contact the intended recipient via alternate means.",
          null,
          'reputation-block',
        ],
        // Cisco AsyncOS CLI Reference (SPF default Reject text) https://manualsbrain.com/en/manuals/1700579/?page=292
        ['550 #5.7.1 SPF unauthorized mail is prohibited.', '5.7.1', 'auth-failed'],
        // same Cisco AsyncOS page (SPF default Defer text)
        ['451 #4.4.3 Temporary error occurred during SPF verification.', '4.4.3', 'auth-failed'],
        // https://pastebin.com/hkN3juHZ (Gmail DSN quoting a recipient IronPort LDAP-accept reject)
        ['550 550 #5.1.0 Address rejected user@example.com', '5.1.0', 'recipient-unknown'],
        // https://knowledge.broadcom.com/external/article/385809 (quoted in find_string id 60313587054); also listed as "452 Too many recipients received this h
        ['452 Too many recipients received this hour', null, 'rate-limited'],
        // find_string id 56872556689 (Postfix log quoting a Barracuda MX)
        [
          '554 Service unavailable; Client host [192.0.2.1] blocked using Barracuda Reputation; http://www.barracudanetworks.com/reputation/?r=1&ip=192.0.2.1',
          null,
          'reputation-block',
        ],
        // find_string id 5666424866 (b.barracudacentral.org TXT answer used as reject text)
        [
          'Client host blocked using Barracuda Reputation, see http://www.barracudanetworks.com/reputation/?r=1&ip=192.0.2.1',
          null,
          'reputation-block',
        ],
        // https://dwlistore.dwli.org/knowledgebase/444/Emails-Not-Sending-to-Mimecast-Recipients-.html (greylisting at Mimecast)
        [
          '451 Internal resource is temporarily unavailable - https://community.mimecast.com/docs/DOC-1369#451 [Aj3QXapeMpqZYaeFwWhjzw.us32]',
          null,
          'rate-limited',
        ],
        // https://mimecastsupport.zendesk.com/hc/en-us/articles/42979092709907-Policies-Managing-Blocked-Senders-and-Email-Rejections
        ['Policy level block list in force', null, 'recipient-policy'],
        // https://electronicaportatil.com/smtp-error-codes/ (copy of Mimecast SMTP Error Codes KB: blocked by a Blocked Senders Policy)
        ['421 Sender address blocked', null, 'recipient-policy'],
        // same Mimecast KB copy (Mimecast server under maximum load)
        ['421 Unable to process connection at this time', null, 'recipient-system'],
        // find_string id 71180126472 (attributed there to a Mimecast policy block)
        ['550 Administrative prohibition - envelope blocked', null, 'recipient-policy'],
        // https://gitlab.com/lightmeter/controlcenter/-/issues/664 (pphosted.com MX "refused to talk to me")
        ['554 Blocked - see https://ipcheck.proofpoint.com/?ip=192.0.2.1', null, 'reputation-block'],
        // https://blogs.msdn.microsoft.com/tzink/2007/04/25/note-to-messagelabs-a-little-help/ ("PERM_FAILURE: SMTP Error (state 12): 553-Message filtered. Plea
        ['553-Message filtered. Please see the FAQs section on spam', '5.7.1', 'content-rejected'],
        // https://knowledge.broadcom.com/external/article/173082 (quoted in find_string id 60313587054)
        [
          '553 sorry, your envelope sender is in my badmailfrom list. Please visit www.symanteccloud.com/troubleshooting for more details about this error message and instructions to resolve this issue. (#5.7.1).',
          '5.7.1',
          'recipient-policy',
        ],
        // https://knowledge.broadcom.com/external/article/162445/outbound-mail-returned-by-mailerdaemonme.html
        ['554 5.4.7 [internal] exceeded max time without delivery', '5.4.7', 'expired'],
        // https://knowledge.broadcom.com/external/article/162445/outbound-mail-returned-by-mailerdaemonme.html
        ['550 5.7.1 Message rejected as spam by Content Filtering.', '5.7.1', 'content-rejected'],
        // same Broadcom KB 162445
        ['554 Denied (Mode: normal)', null, 'content-rejected'],
        // same Broadcom KB 162445
        ['550 Denied by policy', null, 'recipient-policy'],
        // same Broadcom KB 162445
        ['552 MS-Office file containing VBA macros found inside of the email', null, 'content-rejected'],
        // same Broadcom KB 162445
        ['550 5.7.1 Message rejected due to content restrictions', '5.7.1', 'content-rejected'],
        // same Broadcom KB 162445
        ['550 SPF check failed. Sender not authorized', null, 'auth-failed'],
        // same Broadcom KB 162445
        ['550 Sender verify failed', null, 'sender-infrastructure'],
        // https://knowledge.broadcom.com/external/article/169925/common-external-spam-filtering-error-cod.html
        [
          '550 Message contained unsafe content (Heuristics.Phishing.Email.SpoofedDomain)',
          null,
          'content-rejected',
        ],
        // same Broadcom KB 169925
        [
          '5.7.1 Recipient not authorized, your IP has been found on a block list',
          '5.7.1',
          'reputation-block',
        ],
        // same Broadcom KB 169925
        ['554 Rejected due to banned content', null, 'content-rejected'],
        // same Broadcom KB 169925
        ['554 Rejected due to spam content', null, 'content-rejected'],
        // same Broadcom KB 169925
        ['550 "5.7.0" Mail relay denied', '5.7.0', 'relay-denied'],
        // https://success.trendmicro.com/solution/1097055-frequently-asked-questions-faqs-about-messages-blocked-by-email-reputation-services-ers
        [
          '550 Mail from 192.0.2.1 refused by rbl-plus.mail-abuse.org. Please refer to http://mail-abuse.org/rbl+ for an explanation',
          null,
          'reputation-block',
        ],
        // same Trend Micro ERS FAQ
        [
          '550 Service unavailable; Client host [192.0.2.1] blocked using Trend Micro RBL+. Please see http://www.mail-abuse.com/cgi-bin/lookup?ip_address=192.0.2.1',
          null,
          'reputation-block',
        ],
        // https://hardwaresecrets.com/understanding-email-bounce-messages/4/
        [
          'Mail from 192.0.2.1 deferred using Trend Micro Email Reputation database. Please see https://www.mail-abuse.com/cgi-bin/lookup?192.0.2.1',
          null,
          'reputation-block',
        ],
        // https://success.trendmicro.com/solution/1056643-valid-emails-are-blocked-by-the-email-reputation-feature-of-worry-free-business-security-wfbs
        [
          'Your email messages have been blocked by Trend Micro Email Reputation Service.',
          null,
          'reputation-block',
        ],
        // same Trend Micro DDEI page
        ['450 Temporary denial of connection (450) for Zombie matches (ERS)', null, 'reputation-block'],
        // same Trend Micro DDEI page
        ['550 Permanent denial of connection (550) for RBL+ matches (ERS)', null, 'reputation-block'],
        // https://success.trendmicro.com/dcx/s/solution/1106332-550-domain-of-forward-path-is-not-allowed-error-message-appears-when-sending-mails-in-interscan-
        ['550 Domain of forward-path is not allowed', null, 'relay-denied'],
        // https://support.everycloud.com/support/solutions/articles/4000007755-workspace-classification-codes
        ['450 4.1.8 Sender address rejected: Domain not found', '4.1.8', 'sender-infrastructure'],
        // same EveryCloud/Hornetsecurity page
        ['504 5.5.2 Sender address rejected: need fully-qualified address', '5.5.2', 'sender-infrastructure'],
        // same page
        ['550 5.1.1 Recipient address rejected: undeliverable address', '5.1.1', 'recipient-unknown'],
        // same page
        ['550 5.5.3 Recipient address rejected: Multi-recipient bounce', '5.5.3', 'message-noncompliant'],
        // same page
        ['552 5.5.2 Message size (content filter)', '5.5.2', 'message-too-large'],
        // same page
        ['554 5.5.3 e-mail Rejected Content Filter Size', '5.5.3', 'message-too-large'],
        // same page
        ['554 5.5.4 Spam IP rejected', '5.5.4', 'reputation-block'],
        // same page
        ['554 5.5.5 e-mail Rejected Spam', '5.5.5', 'content-rejected'],
        // same page
        ['554 5.5.6 Loop detection > 10 mal X-antispameurope-disclaimer', '5.5.6', 'mail-loop'],
        // same page
        ['554 5.5.7 e-mail Rejected Content Attachment', '5.5.7', 'content-rejected'],
        // same page
        ['554 5.6.1 Spam Header rejected', '5.6.1', 'content-rejected'],
        // same page
        ['554 5.6.2 Spam Link rejected', '5.6.2', 'content-rejected'],
        // same page
        ['554 5.6.3 Spam Body rejected', '5.6.3', 'content-rejected'],
        // same page
        ['554 5.6.4 Virus E-Mail Blocked', '5.6.4', 'content-rejected'],
        // same page
        ['554 5.7.1 unknown domain or unknown recipient (LDAP check)', '5.7.1', 'recipient-unknown'],
        // https://www.spambrella.com/faq/email-delivery-error-codes/ (Spambrella SMTP Discovery invalid list)
        [
          '550 5.7.1 : Recipient address rejected: User email address is marked as invalid.',
          '5.7.1',
          'recipient-unknown',
        ],
        // same Spambrella page
        ['550 5.7.1 Relay Access denied', '5.7.1', 'relay-denied'],
        // same ASSP page
        [
          '554 5.7.1 Mail appears to be unsolicited - resend with the code xxxxxxx appended to subject and ask to have your email whitelisted.',
          '5.7.1',
          'content-rejected',
        ],
        // same ASSP page (ASSP Delaying/greylisting filter)
        ['451 4.7.1 Please try again later', '4.7.1', 'rate-limited'],
        // same ASSP page
        [
          '500 These attachments are not allowed -- Please compress (zip,tar..) them before mailing.',
          null,
          'content-rejected',
        ],
        // same ASSP page
        [
          '554 5.7.1 Mail appears infected with INFECTION -- disinfect and resend.',
          '5.7.1',
          'content-rejected',
        ],
        // same Baruwa page
        ['Sender verification failed', null, 'sender-infrastructure'],
        // same Baruwa page
        ['Recipient verification failed', null, 'recipient-unknown'],
        // same Baruwa page
        ['Relay not permitted', null, 'relay-denied'],
        // same Baruwa page
        ['The sender is in a black list rbl.baruwa.net', null, 'reputation-block'],
        // http://www.milter.info/smtp/smtpf/reply.html (smtpf / Barricade MX)
        ['550 5.7.1 host %s [%s] from unknown TLD #122', '5.7.1', 'sender-infrastructure'],
        // same smtpf page
        ['550 5.7.1 sender <%s> from RFC2606 reserved domain #128', '5.7.1', 'sender-infrastructure'],
        // same smtpf page
        ['550 5.7.1 routed address relaying denied #131', '5.7.1', 'relay-denied'],
      ],
    },
  'Sending platforms (Postal, Amazon SES, Resend, SendGrid, Mailgun, Postmark, SparkPost, Mailjet, Google Workspace relay, Microsoft 365 outbound)':
    {
      source: "the platforms' source code (Postal) and documentation",
      rows: [
        // postalserver/postal app/lib/message_dequeuer/outgoing_message_processor.rb:74 (reason values "too many hard fails"/"too many soft fails" from outgoing
        [
          'Recipient (user@example.com) is on the suppression list (reason: too many hard fails)',
          null,
          'suppressed',
        ],
        // postalserver/postal app/lib/message_dequeuer/outgoing_message_processor.rb:123
        ['Message held because send limit (500) has been reached.', null, 'sender-blocked'],
        // postalserver/postal app/lib/message_dequeuer/single_message_processor.rb:45
        [
          'Mail server has been suspended. No e-mails can be processed at present. Contact support for assistance.',
          null,
          'sender-blocked',
        ],
        // postalserver/postal app/lib/smtp_server/client.rb:333
        ['535 Mail server has been suspended', null, 'sender-blocked'],
        // postalserver/postal app/lib/message_dequeuer/outgoing_message_processor.rb:106 (outbound spam check)
        ['Message is likely spam. Threshold is 5.0 and the message scored 7.5.', null, 'content-rejected'],
        // postalserver/postal app/lib/message_dequeuer/incoming_message_processor.rb:87
        [
          "Message's spam score is higher than the failure threshold for this server. Threshold is currently 20.0.",
          null,
          'content-rejected',
        ],
        // postalserver/postal app/lib/message_dequeuer/incoming_message_processor.rb:113
        ['Message is spam and the route specifies it should be failed.', null, 'content-rejected'],
        // postalserver/postal app/lib/message_dequeuer/incoming_message_processor.rb:153
        ['Message has been bounced because the route asks for this.', null, 'recipient-policy'],
        // postalserver/postal app/lib/smtp_server/client.rb:353
        ['550 Route does not accept incoming messages', null, 'recipient-policy'],
        // postalserver/postal app/lib/smtp_server/client.rb:361
        ['550 Invalid route token', null, 'recipient-unknown'],
        // postalserver/postal app/lib/message_dequeuer/single_message_processor.rb:53
        ['Maximum number of delivery attempts (18) has been reached.', null, 'expired'],
        // postalserver/postal app/senders/smtp_sender.rb:45-50
        [
          'No SMTP servers were available for example.com. Tried mx1.example.com and mx2.example.com.',
          null,
          'recipient-system',
        ],
        // postalserver/postal app/lib/smtp_server/client.rb:469
        ['552 Message too large (maximum size 14MB)', null, 'message-too-large'],
        // postalserver/postal app/lib/smtp_server/client.rb:476
        ['550 Loop detected', null, 'mail-loop'],
        // postalserver/postal app/lib/smtp_server/client.rb:486
        ['530 From/Sender name is not valid', null, 'sender-blocked'],
        // github.com/pypi/warehouse/issues/18501 (quoting the SES diagnosticCode; bounceSubType Suppressed)
        [
          'Amazon SES has suppressed sending to this address because it has a recent history of bouncing as an invalid address. For more information about how to remove an address from the suppression list, see the Amazon SES Developer Guide: http://docs.aws.amazon.com/ses/latest/DeveloperGuide/remove-from-suppressionlist.html',
          null,
          'suppressed',
        ],
        // SES bounce diagnosticCode, bounceSubType OnAccountSuppressionList (quoted in several GitHub files, e.g. find_string ids 25076345893, 69793008244)
        [
          'Amazon SES did not send the message to this address because it is on the suppression list for your account.',
          '5.1.1',
          'suppressed',
        ],
        // https://docs.aws.amazon.com/ses/latest/dg/manage-sending-quotas-errors.html ; awsdocs/amazon-ses-developer-guide doc-source/troubleshoot-smtp.md (comm
        ['454 Throttling failure: Maximum sending rate exceeded', null, 'rate-limited'],
        // awsdocs/amazon-ses-developer-guide doc-source/troubleshoot-smtp.md (SMTP response codes table)
        ['421 Too many concurrent SMTP connections', null, 'rate-limited'],
        // awsdocs/amazon-ses-developer-guide doc-source/troubleshoot-smtp.md
        ['535 Authentication Credentials Invalid', null, 'sender-blocked'],
        // awsdocs/amazon-ses-developer-guide doc-source/troubleshoot-smtp.md
        ['535 Account not subscribed to SES', null, 'sender-blocked'],
        // awsdocs/amazon-ses-developer-guide doc-source/troubleshoot-smtp.md
        [
          '554 Access denied: User arn:aws:iam::123456789012:user/example is not authorized to perform ses:SendRawEmail on resource arn:aws:ses:us-east-1:123456789012:identity/example.com',
          null,
          'sender-blocked',
        ],
        // awsdocs/amazon-ses-developer-guide doc-source/troubleshoot-smtp.md ; troubleshoot-error-messages.md
        [
          '554 Message rejected: Email address is not verified. The following identities failed the check in region US-EAST-1: sender@example.com',
          null,
          'sender-blocked',
        ],
        // awsdocs/amazon-ses-developer-guide doc-source/troubleshoot-error-messages.md
        ['Mail FROM domain is not verified', null, 'sender-infrastructure'],
        // awsdocs/amazon-ses-developer-guide doc-source/troubleshoot-smtp.md
        ['553 <user@example.com> address unknown', null, 'recipient-unknown'],
        // awsdocs/amazon-ses-developer-guide doc-source/troubleshoot-smtp.md
        ['552 Message is too long.', null, 'message-too-large'],
        // https://resend.com/docs/webhooks/emails/bounced (email.bounced payload, bounce.subType Suppressed)
        [
          "The recipient's email address is on the suppression list because it has a recent history of producing hard bounces.",
          null,
          'suppressed',
        ],
        // shekharsonawane-stack/version2 src/EMAIL_ERRORS_EXPLAINED.md (quoted Resend API reply)
        [
          'You can only send testing emails to your own email address (owner@example.com). To send emails to other recipients, please verify a domain at resend.com/domains',
          null,
          'sender-blocked',
        ],
        // https://docs.sendgrid.com/for-developers/tracking-events/event (sendgrid/docs event webhook reference; also pastebin.com/QE09nfJ9 activity feed)
        ['Bounced Address', null, 'suppressed'],
        // sendgrid/docs event webhook reference (drop reasons)
        ['Unsubscribed Address', null, 'suppressed'],
        // sendgrid/docs event webhook reference (drop reasons)
        ['Spam Reporting Address', null, 'suppressed'],
        // sendgrid/docs event webhook reference ("Spam Content (if spam checker app enabled)")
        ['Spam Content', null, 'content-rejected'],
        // pastebin.com/PBCjgYGX (Mailgun failed event: delivery-status code 605, reason suppress-bounce); help.mailgun.com
        ['Not delivering to previously bounced address', null, 'suppressed'],
        // https://help.mailgun.com/hc/en-us/articles/360012171713--Not-Delivering-to-Unsubscribed-Address-
        ['Not delivering to unsubscribed address', null, 'suppressed'],
        // https://help.mailgun.com/hc/en-us/articles/360012070614
        ['Not delivering to a user who marked your messages as spam', null, 'suppressed'],
        // github.com/mailgun/mailgun-go/pull/123
        ['greylisted', null, 'rate-limited'],
        // github.com/mailgun/mailgun-go/pull/123
        ['blacklisted', null, 'reputation-block'],
        // Postmark bounce types (HardBounce, code 1) https://postmarkapp.com/developer/api/bounce-api ; help.esolia.pro/en/bulk-email/bulk-email-bounce-codes
        [
          'The server was unable to deliver your message (ex: unknown user, mailbox not found).',
          null,
          'recipient-unknown',
        ],
        // Postmark bounce types (SoftBounce, code 4096)
        [
          'Unable to temporarily deliver message (i.e. mailbox full, account disabled, exceeds quota, out of disk space).',
          null,
          'mailbox-full',
        ],
        // Postmark bounce types (VirusNotification, code 8192)
        [
          'The bounce is actually a virus notification warning about a virus/code infected message.',
          null,
          'content-rejected',
        ],
        // Postmark bounce types (BadEmailAddress, code 100000)
        ['The address is not a valid email address.', null, 'recipient-unknown'],
        // github.com/ActiveCampaign/postmark-gem/issues/128 (API ErrorCode 406)
        [
          'You tried to send to recipient(s) that have been marked as inactive. Found inactive addresses: user@example.com. Inactive recipients are ones that have generated a hard bounce, a spam complaint, or a manual suppression.',
          null,
          'suppressed',
        ],
        // braze-inc/braze-docs email reporting page (SparkPost-delivered bounce reason; find_string id 53868288287)
        [
          '554 5.7.1 [internal] recipient address was suppressed due to customer policy',
          '5.7.1',
          'suppressed',
        ],
        // https://support.sparkpost.com/docs/faq/understanding-delays-bounces
        ['454 4.4.4 [internal] no MX or A for domain', '4.4.4', 'recipient-domain-invalid'],
        // https://www.sparkpost.com/blog/tag/bounce-codes/
        [
          '550 5.4.1 [user@example.com]: Recipient address rejected: Access denied []',
          '5.4.1',
          'recipient-unknown',
        ],
        // https://support.sparkpost.com/docs/deliverability/bounce-classification-codes (10 Invalid Recipient)
        ['The recipient is invalid.', null, 'recipient-unknown'],
        // SparkPost bounce classification codes (21 DNS Failure)
        ['The message bounced due to a DNS failure.', null, 'recipient-domain-invalid'],
        // SparkPost bounce classification codes (22 Mailbox Full)
        ['The message bounced due to the remote mailbox being over quota.', null, 'mailbox-full'],
        // SparkPost bounce classification codes (23 Too Large)
        ['The message bounced because it was too large for the recipient.', null, 'message-too-large'],
        // SparkPost bounce classification codes (50 Mail Block)
        ['The message was blocked by the receiver.', null, 'reputation-block'],
        // SparkPost bounce classification codes (52 Spam Content)
        ['The message was blocked by the receiver as spam.', null, 'content-rejected'],
        // SparkPost bounce classification codes (54 Relaying Denied)
        ['The message was blocked by the receiver because relaying is not allowed.', null, 'relay-denied'],
        // mailjet/api-documentation guides/_event-api.md "Possible values for errors" (recipient)
        ['user unknown', null, 'recipient-unknown'],
        // mailjet/api-documentation guides/_event-api.md (recipient)
        ['mailbox inactive', null, 'mailbox-inactive'],
        // mailjet/api-documentation guides/_event-api.md (recipient)
        ['quota exceeded', null, 'mailbox-full'],
        // mailjet/api-documentation guides/_event-api.md (domain)
        ['invalid domain', null, 'recipient-domain-invalid'],
        // mailjet/api-documentation guides/_event-api.md (domain)
        ['no mail host', null, 'recipient-domain-invalid'],
        // mailjet/api-documentation guides/_event-api.md (system); support.webmecanik.com Bounce Status guide ("receiving mail server was temporarily unreachabl
        ['connection issue', null, 'recipient-system'],
        // help.elasticemail.com bounce categories
        ['BlackListed', null, 'reputation-block'],
        // https://help.zoho.com/portal/en/kb/campaigns/deliverability-guide/reputation-management/articles/bounce-reasons
        ['Recipient email server has permanently blocked delivery', null, 'reputation-block'],
        // help.zoho.com Zoho Campaigns bounce reasons
        ['Email address was deleted or deactivated', null, 'mailbox-inactive'],
        // https://www.zoho.com/campaigns/help/emailapi/events/bounce.html (bounce_extended_code 4.1.1)
        ['Temporary mailbox address failure', '4.1.1', 'recipient-unknown'],
        // https://www.zoho.com/campaigns/help/emailapi/events/bounce.html (bounce_extended_code 4.1.2)
        ['Temporary domain address failure', '4.1.2', 'recipient-domain-invalid'],
        // quoted relay reply in GitHub doc (find_string id 55638951203); support.google.com/a/answer/6140680
        [
          '550 5.7.0 Mail relay denied [192.0.2.1]. Invalid credentials for relay for one of the domains in: example.com',
          '5.7.0',
          'relay-denied',
        ],
        // quoted relay reply (find_string id 53600740864); support.google.com/a/answer/6140680
        [
          "550-5.7.1 Invalid credentials for relay [192.0.2.1]. The IP address you've registered in your Workspace SMTP Relay service doesn't match the domain of the account this email is being sent from.",
          '5.7.1',
          'relay-denied',
        ],
        // quoted relay reply (find_string id 60423851630)
        ["SMTP relay isn't supported for unmanaged work accounts", null, 'relay-denied'],
        // Google SMTP error list as reproduced at my.vedova.net knowledgebase (support.google.com/a/answer/3726730)
        [
          '450 4.2.1 Peak SMTP relay limit exceeded for customer. This is a temporary error. For more information on SMTP relay limits, please contact your administrator.',
          '4.2.1',
          'rate-limited',
        ],
        // support.google.com/a/answer/3726730 (reproduced in GitHub file id 44567883975)
        [
          '550 5.7.0 Mail Sending denied. This error occurs if the sender account is disabled or not registered within your G Suite domain.',
          '5.7.0',
          'sender-blocked',
        ],
        // support.google.com/a/answer/3726730 (reproduced in GitHub file id 44567883975)
        ['530 5.7.0 Must issue a STARTTLS command first.', '5.7.0', 'sender-infrastructure'],
        // support.google.com/a/answer/3726730 (reproduced in GitHub file id 44567883975)
        ['535 5.7.1 Application-specific password required. Learn more here.', '5.7.1', 'sender-blocked'],
        // MicrosoftDocs/SupportArticles-docs ...non-delivery-reports-in-exchange-online.md (5.1.8)
        ['550 5.1.8 Access denied, bad outbound sender', '5.1.8', 'sender-blocked'],
        // MicrosoftDocs/SupportArticles-docs ...non-delivery-reports-in-exchange-online.md
        [
          "Your message can't be sent because you've reached your daily limit for message recipients",
          '5.1.90',
          'sender-blocked',
        ],
        // MicrosoftDocs/SupportArticles-docs ...non-delivery-reports-in-exchange-online.md
        ['Submission quota exceeded', '5.2.2', 'sender-blocked'],
        // MicrosoftDocs/SupportArticles-docs ...non-delivery-reports-in-exchange-online.md (recipient rate limit 10,000/day)
        [
          "The message can't be submitted because the sender's submission quota was exceeded",
          null,
          'sender-blocked',
        ],
        // MicrosoftDocs/SupportArticles-docs ...non-delivery-reports-in-exchange-online.md ("sending account has been banned")
        ['Access denied, spam abuse detected', '5.7.501', 'sender-blocked'],
        // MicrosoftDocs/SupportArticles-docs ...non-delivery-reports-in-exchange-online.md
        ['550 5.7.502 Access denied, banned sender', '5.7.502', 'sender-blocked'],
        // MicrosoftDocs/SupportArticles-docs ...non-delivery-reports-in-exchange-online.md; MicrosoftDocs/microsoft-365-docs use-the-delist-portal-... .md
        ['550 5.7.511 Access denied, banned sender', '5.7.511', 'reputation-block'],
        // MicrosoftDocs/SupportArticles-docs ...non-delivery-reports-in-exchange-online.md
        ['Access denied, banned sending IP [192.0.2.1]', '5.7.606', 'reputation-block'],
        // MicrosoftDocs/SupportArticles-docs ...non-delivery-reports-in-exchange-online.md ; fix-error-code-5-7-700-through-5-7-750.md
        ['550 5.7.705 Access denied, tenant has exceeded threshold', '5.7.705', 'sender-blocked'],
        // MicrosoftDocs fix-error-code-5-7-700-through-5-7-750.md
        ['550 5.7.708 Access denied, traffic not accepted from this IP', '5.7.708', 'reputation-block'],
        // MicrosoftDocs/SupportArticles-docs ...non-delivery-reports-in-exchange-online.md
        [
          'Service unavailable. Client blocked from sending from unregistered domains',
          '5.7.750',
          'sender-blocked',
        ],
        // MicrosoftDocs fix-error-code-5-7-700-through-5-7-750.md
        ['5.7.750 Client blocked from sending from unregistered domain', '5.7.750', 'sender-blocked'],
        // MicrosoftDocs/microsoft-365-docs external-email-forwarding / outbound spam policy article
        [
          '5.7.520 Access denied, Your organization does not allow external forwarding. Please contact your administrator for further assistance. AS(7555)',
          '5.7.520',
          'sender-blocked',
        ],
        // MicrosoftDocs/SupportArticles-docs ...non-delivery-reports-in-exchange-online.md
        [
          "Your message can't be delivered because one or more recipients are blocked by your organization's tenant recipient block policy",
          '5.7.703',
          'sender-blocked',
        ],
        // MicrosoftDocs/SupportArticles-docs ...non-delivery-reports-in-exchange-online.md (smtp.office365.com submission)
        ['Client was not authenticated to send anonymous mail during MAIL FROM', '5.7.57', 'sender-blocked'],
        // MicrosoftDocs/SupportArticles-docs ...non-delivery-reports-in-exchange-online.md
        ['TenantAttribution; Relay Access Denied', '5.7.64', 'relay-denied'],
        // MicrosoftDocs/SupportArticles-docs ...non-delivery-reports-in-exchange-online.md (more than 200 envelope recipients per domain)
        ['Too many recipients', '4.5.3', 'rate-limited'],
        // MicrosoftDocs/SupportArticles-docs ...non-delivery-reports-in-exchange-online.md
        [
          'starttls-not-supported: Destination mail server must support TLS to receive mail.',
          '4.7.321',
          'recipient-system',
        ],
        // MicrosoftDocs/SupportArticles-docs ...non-delivery-reports-in-exchange-online.md
        [
          "certificate-expired: Destination mail server's certificate is expired.",
          '4.7.322',
          'recipient-system',
        ],
        // MicrosoftDocs/SupportArticles-docs ...non-delivery-reports-in-exchange-online.md
        ['tlsa-invalid: The domain failed DANE validation.', '4.7.323', 'recipient-system'],
        // MicrosoftDocs/SupportArticles-docs ...non-delivery-reports-in-exchange-online.md
        ['dnssec-invalid: Destination domain returned invalid DNSSEC records', '4.7.324', 'recipient-system'],
        // MicrosoftDocs/SupportArticles-docs ...non-delivery-reports-in-exchange-online.md
        [
          'certificate-host-mismatch: Remote certificate MUST have a common name or subject alternative name matching the hostname (DANE)',
          '4.7.325',
          'recipient-system',
        ],
        // MicrosoftDocs/SupportArticles-docs ...non-delivery-reports-in-exchange-online.md
        ['Connection refused [Message=Socket error code 10061]', '4.4.316', 'recipient-system'],
        // MicrosoftDocs/SupportArticles-docs ...non-delivery-reports-in-exchange-online.md
        ['Message expired', '4.4.7', 'expired'],
        // MicrosoftDocs/SupportArticles-docs ...non-delivery-reports-in-exchange-online.md
        ['Routing loop detected', '5.4.14', 'mail-loop'],
        // MicrosoftDocs/SupportArticles-docs ...non-delivery-reports-in-exchange-online.md
        ['Access Denied, Bad HELO', '5.7.506', 'sender-infrastructure'],
        // MicrosoftDocs/SupportArticles-docs ...non-delivery-reports-in-exchange-online.md
        [
          'Access denied, sending domain [example.com] does not pass DMARC verification and has a DMARC policy of reject.',
          '5.7.509',
          'auth-failed',
        ],
        // MicrosoftDocs/SupportArticles-docs ...non-delivery-reports-in-exchange-online.md
        [
          'Access denied, message must be RFC 5322 section 3.6.2 compliant',
          '5.7.512',
          'message-noncompliant',
        ],
        // MicrosoftDocs/SupportArticles-docs ...non-delivery-reports-in-exchange-online.md
        [
          'Service unavailable, Client host [192.0.2.1] blocked by example.com using Customer Block list (AS16012607)',
          '5.7.513',
          'recipient-policy',
        ],
      ],
    },
  'Consumer and hosting providers (iCloud, Outlook.com, Zoho, Proton, Fastmail, GoDaddy, Rackspace, Gandi, OVH, Cox, Verizon, Comcast, AT&T, Spectrum, Time Warner, Neo, cPanel hosts)':
    {
      source: 'their postmaster and help pages, and threads quoting the replies',
      rows: [
        // SFM data/codes/421.json (provider apple) ; https://smtp.codes/icloud
        ['421 4.7.0 me.com Error: too many errors', '4.7.0', 'rate-limited'],
        // SFM data/codes/421.json (apple) ; https://bentonow.com/smtp-errors/apple
        [
          '421 4.7.1 Messages to example@icloud.com deferred due to excessive volume. Try again later - https://support.apple.com/en-us/HT204137',
          '4.7.1',
          'rate-limited',
        ],
        // SFM data/codes/451.json (apple) ; https://smtp.codes/icloud
        ['451 4.7.1 Service unavailable - try again later', '4.7.1', 'recipient-system'],
        // SFM data/codes/550.json (apple) ; https://smtp.codes/icloud
        ['550 5.1.1 <example@icloud.com>: user does not exist', '5.1.1', 'recipient-unknown'],
        // https://status.socketlabs.com/incident/306
        [
          '550 5.1.1 <example@icloud.com>: user lookup success but no user record found',
          '5.1.1',
          'recipient-unknown',
        ],
        // SFM data/codes/550.json + 554.json (apple) ; https://www.suped.com/knowledge/email-deliverability/troubleshooting/what-does-apples-message-rejected-du
        [
          '550 5.7.1 [CS01] Message rejected due to local policy. Please visit https://support.apple.com/en-us/HT204137',
          '5.7.1',
          'reputation-block',
        ],
        // https://www.suped.com/knowledge/email-deliverability/troubleshooting/how-do-i-resolve-email-blocking-issues-with-apple-servers-and-postmasters ; https
        ['554 5.7.1 [CS02] Message rejected due to local policy', '5.7.1', 'reputation-block'],
        // SFM data/codes/550.json (apple)
        [
          '550 5.7.1 Your message was rejected due to example.com’s DMARC policy. See https://support.apple.com/en-us/HT204137 for info',
          '5.7.1',
          'auth-failed',
        ],
        // SFM data/codes/550.json (apple) ; https://smtp.codes/icloud
        [
          '550 5.7.1 Your email was rejected due to having a domain present in the Spamhaus DBL -- see https://www.spamhaus.org/dbl/',
          '5.7.1',
          'content-rejected',
        ],
        // SFM data/codes/552.json (apple)
        ['552 5.2.2 <example@icloud.com>: user is overquota', '5.2.2', 'mailbox-full'],
        // SFM data/codes/554.json (apple)
        ['554 5.7.1 <example@icloud.com>: Relay access denied', '5.7.1', 'relay-denied'],
        // SFM data/codes/550.json (outlook) ; https://sevencreative.co.uk/how-to-remove-yourself-from-the-hotmail-block-list/ (in reply to MAIL FROM)
        [
          "550 5.7.1 Unfortunately, messages from [192.0.2.1] weren't sent. Please contact your Internet service provider since part of their network is on our block list (S3150). You can also refer your provider to http://mail.live.com/mail/troubleshooting.aspx#errors. [XXX.eop-nam02.prod.protection.outlook.com]",
          '5.7.1',
          'reputation-block',
        ],
        // https://virtbiz.com/client/index.php?rp=%2Fknowledgebase%2F71%2FOutlook-or-Hotmail-or-Microsoft-has-blocked-my-email.html ; https://support.sendgrid.c
        [
          "550 5.7.1 Unfortunately, messages from [192.0.2.1] weren't sent. Please contact your Internet service provider since part of their network is on our block list (S3140). You can also refer your provider to http://mail.live.com/mail/troubleshooting.aspx#errors. [DM6NAM12FT056.eop-nam12.prod.protection.outlook.com]",
          '5.7.1',
          'reputation-block',
        ],
        // https://support.binarylane.com.au/support/solutions/articles/11000047583 ; https://pastebin.com/aEkGUxq1 (qmail remote host said, SNT004-MC4F53) ; htt
        [
          "550 SC-001 (BAY004-MC4F49) Unfortunately, messages from 192.0.2.1 weren't sent. Please contact your Internet service provider since part of their network is on our block list. You can also refer your provider to http://mail.live.com/mail/troubleshooting.aspx#errors.",
          null,
          'reputation-block',
        ],
        // https://www.mydigitallife.net/how-to-remove-server-ip-address-from-msn-hotmail-block-blacklist/ ; https://blog.radarhill.net/2011/12/09/hotmails-not-l
        [
          '550 SC-001 Mail rejected by Windows Live Hotmail for policy reasons. Reasons for rejection may be related to content with spam-like characteristics or IP/domain reputation. If you are not an email/network admin please contact your E-mail/Internet Service Provider for help.',
          null,
          'reputation-block',
        ],
        // https://www.mydigitallife.net/how-to-remove-server-ip-address-from-msn-hotmail-block-blacklist/ ; http://registrywinner.com/pcsupport/html/Troubleshoo
        [
          '550 SC-004 Mail rejected by Windows Live Hotmail for policy reasons. A block has been placed against your IP address because we have received complaints concerning mail coming from that IP address. We recommend enrolling in our Junk Email Reporting Program (JMRP), a free program intended to help senders remove unwanted recipients from their email list. If you are not an email/network admin please contact your Email/Internet Service Provider for help.',
          null,
          'reputation-block',
        ],
        // http://intranoggin.com/Blog/April-2008/HotMail-Delivery-Status-Notification-(Failure).aspx (Diagnostic-Code, Status 5.5.0)
        [
          "550 DY-001 Mail rejected by Windows Live Hotmail for policy reasons. We generally do not accept email from dynamic IP's as they are not typically used to deliver unauthenticated SMTP e-mail to an Internet mail server.",
          '5.5.0',
          'sender-infrastructure',
        ],
        // SFM data/codes/550.json (outlook)
        [
          '550 5.7.1 Service unavailable, MailFrom domain is listed in Spamhaus. To request removal from this list see https://www.spamhaus.org/query/lookup/ (S8002) [XXX.eop-nam02.prod.protection.outlook.com]',
          '5.7.1',
          'reputation-block',
        ],
        // SFM data/codes/554.json (outlook)
        [
          '554 5.2.122 The recipient has exceeded their limit for the number of messages they can receive per hour. For more information go to http://go.microsoft.com/fwlink/?LinkId=526653. [outlook.com]',
          '5.2.122',
          'rate-limited',
        ],
        // SFM data/codes/554.json (outlook)
        [
          '554 5.2.121 The sender has exceeded the limit for the number of messages they can send to this recipient per hour. For more information go to http://go.microsoft.com/fwlink/?LinkId=526653. [XXX.prod.outlook.com]',
          '5.2.121',
          'rate-limited',
        ],
        // SFM data/codes/450.json (outlook)
        ['450 4.7.3 Organization queue quota exceeded. [outlook.com]', '4.7.3', 'rate-limited'],
        // SFM data/codes/421.json (outlook)
        ['421 4.3.2 Service not available [outlook.com]', '4.3.2', 'recipient-system'],
        // SFM data/codes/451.json (outlook)
        [
          '451 4.3.2 Temporary server error. Please try again later ATTR17 [outlook.com]',
          '4.3.2',
          'recipient-system',
        ],
        // SFM data/codes/451.json (outlook)
        [
          '451 4.4.0 Message failed to be replicated: No healthy secondary server available to accept replica at this time. [outlook.com]',
          '4.4.0',
          'recipient-system',
        ],
        // SFM data/codes/451.json (outlook)
        [
          '451 4.7.0 Temporary server error. Please try again later. PRX6 NextHop: outlook.com [outlook.com]',
          '4.7.0',
          'recipient-system',
        ],
        // SFM data/codes/452.json (outlook) ; https://www.suped.com/knowledge/email-deliverability/troubleshooting/why-are-hotmail-outlookcom-experiencing-tempo
        ['452 4.3.1 Insufficient system resources (TSTE) [outlook.com]', '4.3.1', 'recipient-system'],
        // SFM data/codes/501.json (outlook)
        ['501 5.1.3 Invalid address [outlook.com]', '5.1.3', 'recipient-unknown'],
        // SFM data/codes/550.json (outlook)
        [
          '550 5.4.1 All recipient addresses rejected : Access denied [XXX.eop-nam02.prod.protection.outlook.com]',
          '5.4.1',
          'recipient-unknown',
        ],
        // https://itegy.com/en/help-list/office-365-from/what-does-my-email-bounceback-mean (GoDaddy table: "email queue is experiencing higher than normal emai
        ['421 Server temporarily unavailable. Try again later. IB101', null, 'recipient-system'],
        // http://topwebhostingoffers.com/various-email-bounce-backs-on-a-cpanel-server/ (GoDaddy list)
        ['421 Temporarily rejected. Reverse DNS for this IP failed. IB108', null, 'sender-infrastructure'],
        // https://support.tigertech.net/godaddy-ib212 (host smtp.secureserver.net said)
        [
          '552 5.2.0 This message has been rejected due to content judged to be spam by the internet community IB212',
          '5.2.0',
          'content-rejected',
        ],
        // http://topwebhostingoffers.com/various-email-bounce-backs-on-a-cpanel-server/ (GoDaddy: sender domain has no valid MX/A record)
        ['550 From: Domain is invalid. Please provide a valid From: IB506', null, 'sender-infrastructure'],
        // http://topwebhostingoffers.com/various-email-bounce-backs-on-a-cpanel-server/
        [
          '550 Invalid SPF record. Please inspect your SPF settings, and try again. IB508',
          null,
          'auth-failed',
        ],
        // http://topwebhostingoffers.com/various-email-bounce-backs-on-a-cpanel-server/
        [
          '452 This message contains too many recipients Please reduce the number of recipients and retry. IB605',
          null,
          'rate-limited',
        ],
        // https://sg.godaddy.com/help/fix-rejected-email-with-a-bounce-error-40685 (Invalid recipient bounces)
        ['550 Recipient not found', null, 'recipient-unknown'],
        // https://pastebin.com/TuTFHMDq (host smtp.secureserver.net after RCPT TO)
        ['550 #5.1.0 Address rejected example@example.com', '5.1.0', 'recipient-unknown'],
        // https://pastebin.com/RJeh1Bwk (host a2nlsmtpcp-v01.shr.prod.iad2.secureserver.net)
        [
          '550 5.1.1 <recipient@example.com> recipient rejected. This is a default recipient used as a placeholder in many web applications. Please check your settings and try again.',
          '5.1.1',
          'recipient-unknown',
        ],
        // https://sg.godaddy.com/help/fix-rejected-email-with-a-bounce-error-40685 (Recipient bounces)
        ['This message is looping: it already has my Delivered-To line. (#5.4.6)', '5.4.6', 'mail-loop'],
        // https://sg.godaddy.com/help/fix-rejected-email-with-a-bounce-error-40685 ; https://itegy.com/en/help-list/office-365-from/what-does-my-email-bouncebac
        [
          "451 Sorry, I wasn't able to establish an SMTP connection. I'm not going to try again; this message has been in the queue too long.",
          null,
          'expired',
        ],
        // http://michael.orlitzky.com/articles/godaddys_spam_filter_is_broken.xhtml ; https://provisionit.blogspot.com/2009/06
        [
          '554 The message was rejected because it contains prohibited virus or spam content',
          null,
          'content-rejected',
        ],
        // https://smtp.codes/rackspace
        ['421 Too many concurrent connections from this client (G2)', null, 'rate-limited'],
        // https://smtp.codes/rackspace
        ['450 4.7.1 Client host 192.0.2.1 has no PTR record (G1F)', '4.7.1', 'sender-infrastructure'],
        // https://smtp.codes/rackspace
        [
          "450 4.4.1 <example@example.com>: The recipient's server was temporarily unavailable to accept your message (G6)",
          '4.4.1',
          'recipient-system',
        ],
        // https://smtp.codes/rackspace
        [
          '450 4.2.1 <example@example.com>: Mailbox received too much email in a short period of time (G30)',
          '4.2.1',
          'rate-limited',
        ],
        // https://smtp.codes/rackspace
        ['450 4.4.6 Routing loop detected (G16)', '4.4.6', 'mail-loop'],
        // https://smtp.codes/rackspace
        ['451 4.7.1 Received too many messages from a new or untrusted IP (G28)', '4.7.1', 'rate-limited'],
        // SFM data/codes/550.json (rackspace)
        ['550 5.1.1 Email address could not be found, or was misspelled (G8)', '5.1.1', 'recipient-unknown'],
        // https://docs.rackspace.com/docs/common-email-bounces
        [
          '450 4.1.8 <example@example.com>: Sender address rejected: Domain not found',
          '4.1.8',
          'sender-infrastructure',
        ],
        // https://docs.rackspace.com/docs/common-email-bounces ; https://support.rackspace.com/how-to/common-email-bounces/
        [
          '451 4.3.0 <servername[192.0.2.1]>: Client host rejected: Throttled - Too much spam from your mail server. Try again later.',
          '4.3.0',
          'reputation-block',
        ],
        // https://docs.rackspace.com/docs/common-email-bounces ("There are no MX records for the recipient's domain")
        ['Host or domain name not found. MX host not found.', null, 'recipient-domain-invalid'],
        // https://my.ultrawebhosting.com/knowledgebase/392/cPanel-Max-Defers-Occurring-for-an-Account.html (exim_mainlog, enforce_mail_permissions) ; https://ip
        [
          'Domain example.com has exceeded the max defers and failures per hour (5/5 (100%)) allowed. Message discarded.',
          '5.0.0',
          'sender-blocked',
        ],
        // https://billing.chillidoghosting.com/knowledgebase/187/What-does-Max-Defers-Failure-mean.html (DSN body, Status: 5.0.0)
        [
          "Domain 'example.com' has exceeded the max defers and failures per hour (10/10 (100%)) allowed. Message discarded.",
          '5.0.0',
          'sender-blocked',
        ],
        // https://www.clients.paymonthlyhosting.co.uk/knowledgebase/120/I-cannot-send-or-receive-emails.html (typical cPanel 550 responses)
        ['550 No Such User Here', null, 'recipient-unknown'],
        // https://www.clients.paymonthlyhosting.co.uk/knowledgebase/120/I-cannot-send-or-receive-emails.html
        ['550 Relay not permitted!', null, 'relay-denied'],
        // https://www.thiswebhost.com/clients/knowledgebase/554/I-am-receiving-an-error-sending-e-mail.html ; https://pastebin.com/VqKJDggG (Exim "after end of
        [
          '550 5.7.1 [CSR] Our system has detected an unusual amount of unsolicited email originating from your address. Contact your service provider for support',
          '5.7.1',
          'sender-blocked',
        ],
        // SFM data/codes/451.json (zoho) ; https://smtp.codes/zoho
        ['541 5.4.1 Mail rejected by destination domain', '5.4.1', 'recipient-policy'],
        // SFM data/codes/452.json (zoho) ; https://smtp.codes/zoho
        ['452 <example@zoho.com> Mailbox delivery restricted by policy error', null, 'recipient-policy'],
        // SFM data/codes/554.json (zoho) ; https://help.zoho.com/portal/en/community/topic/554-5-2-3-mailpolicy-violation-error-delivering-to-mailboxes-27-7-201
        ['554 5.2.3 MailPolicy violation Error delivering to mailboxes', '5.2.3', 'recipient-policy'],
        // SFM data/codes/452.json (zoho)
        ['452 4.3.1 Temporary System Error', '4.3.1', 'recipient-system'],
        // SFM data/codes/550.json (zoho)
        ['550 5.7.1 Email rejected per DMARC policy for zoho.com', '5.7.1', 'auth-failed'],
        // SFM data/codes/550.json (zoho)
        ['550 5.1.1 <example@zoho.com> User unknown', '5.1.1', 'recipient-unknown'],
        // SFM data/codes/552.json (zoho)
        ['552 5.7.1 virus [name] detected by Zoho Mail', '5.7.1', 'content-rejected'],
        // SFM data/codes/554.json (zoho)
        ['554 5.7.1 Email cannot be delivered. Reason: Email flagged as Spam.', '5.7.1', 'content-rejected'],
        // https://pastebin.com/p0xbFZYN (Remote-MTA mx.zoho.com) ; SFM data/codes/553.json (zoho) ; https://github.com/mybb/mybb/issues/2644
        ['553 Relaying disallowed', null, 'relay-denied'],
        // https://help.zoho.com/portal/en/community/topic/unable-to-send-message-reason-550-5-4-6-unusual-sending-activity-detected
        ['550 5.4.6 Unusual sending activity detected.', '5.4.6', 'sender-blocked'],
        // https://help.zoho.com/portal/en/community/topic/554-5-1-8-email-outgoing-blocked-13-11-2017
        ['554 5.1.8 Email Outgoing Blocked', '5.1.8', 'sender-blocked'],
        // SFM data/codes/550.json (protonmail, "in reply to end of DATA command")
        ['550 5.7.1 Rejected by spam filter', '5.7.1', 'content-rejected'],
        // https://www.fastmail.com/help/send/undeliverable.html (host xyz[/var/run/lmtpforward/outgoing], in reply to end of DATA)
        [
          '550 5.1.1 <example@fastmail.com>: Recipient address rejected: User unknown in local recipient table',
          '5.1.1',
          'recipient-unknown',
        ],
        // https://postmaster.gmx.com/en/error-messages
        [
          '554-gmx.net (mxgmx104) Nemesis ESMTP Service not available 554-No SMTP service 554-IP address is block listed. 554 For explanation visit https://postmaster.gmx.net/en/case?c=r0201&i=ip&v=192.0.2.1&r=1MNcgj-1ue23t3pyV-00S2YR',
          null,
          'reputation-block',
        ],
        // https://smtp.codes/unitedinternet/
        [
          '550 <example@example.com>: Reject due to SPF policy. The originating IP of the message is not permitted by the domain owner',
          null,
          'auth-failed',
        ],
        // SFM data/codes/501.json (gmx) ; https://smtp.codes/unitedinternet/
        ['501 Syntax error in parameters or arguments', null, 'sender-infrastructure'],
        // SFM data/codes/552.json (gmx)
        [
          '552 Requested mail action aborted: exceeded storage allocation Quota exceeded.',
          null,
          'mailbox-full',
        ],
        // https://pastebin.com/Qxbj9YWr (host mx01.1and1.es, after RCPT)
        [
          'Requested mail action aborted: exceeded storage allocation Quota exceeded. For explanation visit http://postmaster.1and1.com/en/error-messages?ip=192.0.2.1&c=quot',
          null,
          'mailbox-full',
        ],
        // https://postmaster.gandi.net/ (possible virus or malware)
        ['Reject for policy reason. RULE1_1', null, 'content-rejected'],
        // https://postmaster.gandi.net/ (phishing, heuristic or suspicious link)
        ['Reject for policy reason. RULE2_1', null, 'content-rejected'],
        // https://postmaster.gandi.net/ (potential scam)
        ['Reject for policy reason. RULE2_2', null, 'content-rejected'],
        // https://postmaster.gandi.net/ (suspicious commercial email)
        ['Reject for policy reason. RULE3_1', null, 'content-rejected'],
        // https://postmaster.gandi.net/ (high spam probability score)
        ['Reject for policy reason. RULE3_2', null, 'content-rejected'],
        // https://postmaster.gandi.net/ (template as listed; retried automatically)
        ['Greylisted for %s seconds', null, 'rate-limited'],
        // https://postmaster.gandi.net/
        ['blocked using sbl-xbl.spamhaus.org', null, 'reputation-block'],
        // https://pastebin.com/1qRkUWBq (host ns0.ovh.net, after MAIL FROM, "smtpauth: no")
        [
          "553 sorry, that domain isn't allowed to be relayed thru this MTA (#5.7.1)",
          '5.7.1',
          'relay-denied',
        ],
        // http://gids.ovh.nl/EmailSmtpPop3Imap (OVH guide: spool lifetime 24 h)
        [
          "Sorry, I wasn't able to establish an SMTP connection. (#4.4.1) I'm not going to try again; this message has been in the queue too long.",
          '4.4.1',
          'expired',
        ],
        // https://forums.cox.com/discussions/internet/emails-to-me-from-rice-edu-being-rejected-aupcxbl-error-554-5-0-0/122275 ; http://postmaster.cox.net/confl
        [
          '554 cmsmtp blocked. Refer to Error Codes section at <url> for more information. AUP#CXBL',
          null,
          'reputation-block',
        ],
        // https://forums.cox.com/discussions/internet/cox-has-marked-my-email-server-as-a-spammer---how-to-resolve/136978 ; https://forums.cox.com/discussions/i
        [
          '421 cmsmtp blocked. Refer to Error Codes section at <url> for more information. AUP#CXCNCT',
          null,
          'rate-limited',
        ],
        // https://forums.cox.com/discussions/internet/cox-censorship-reopened/142720 ; https://forums.cox.com/discussions/internet/aupcxsndr----error-trigger-de
        [
          '<example@example.com> message rejected. Refer to Error Codes section at <url> for more information. AUP#CXSNDR',
          null,
          'sender-infrastructure',
        ],
        // https://forums.cox.com/discussions/internet/aupcxsndr----error-trigger-depends-upon-message-content/109845 (AUP#CXMJ)
        [
          'Email sending blocked due to suspicious account activity on primary Cox account. To secure your account, please reset all Cox account passwords',
          null,
          'sender-blocked',
        ],
        // https://www.suped.com/knowledge/email-deliverability/troubleshooting/how-to-resolve-email-delivery-issues-to-charternet
        ['421 cmsmtp 192.0.2.1 blocked. AUP#In-1340', null, 'rate-limited'],
        // https://www.timewarnercable.com/en/support/faqs/faqs-internet/e-mailacco/what-do-i-do-if-i-get-an-error-message-when-trying-to-send-an-email.html
        ['ERROR:5.7.1:550 Outbound Mail Refused - 192.0.2.1 See - DATE_OF_BLOCK', '5.7.1', 'sender-blocked'],
        // https://www.verizon.com/support/residential/internet/fiosinternet/email/blocked+email/questionsone/85702.htm (URL removed by the page)
        [
          'ERROR 550 Email from your Email Service Provider is currently blocked by Verizon Online\'s anti-spam system. The email "sender" or Email Service Provider may visit and request removal of the block.',
          null,
          'reputation-block',
        ],
        // http://www.newswireless.net/index.cfm/article/2281 (return-path address rejected by relay.verizon.net)
        [
          '550 You are not permitted to send mail. Please visit http://www.verizon.net/whitelist to request removal.',
          null,
          'reputation-block',
        ],
        // https://www.verizon.com/Support/Residential/internet/highspeed/email/blocked+email/questionsone/123706.htm (URL removed by the page)
        [
          'The message you attempted to send was determined to be spam. Please visit for more information.',
          null,
          'content-rejected',
        ],
        // https://www.suped.com/knowledge/email-deliverability/troubleshooting/how-to-resolve-email-delivery-issues-and-blocks-from-centurylinks-internal-reputa
        [
          '550 5.7.1 [C10] RBL restriction: Blacklisted by Internal Reputation Service',
          '5.7.1',
          'reputation-block',
        ],
        // http://help.netzero.com/support/webmail/u-understand-mdf.html ; http://help.mybluelight.com/support/webmail/u-understand-mdf.html
        ['Account Inactive', null, 'mailbox-inactive'],
        // http://help.netzero.net/support/email/no-deliver.html ; http://help.netzero.com/support/webmail/u-understand-mdf.html
        ['Mail Quota Exceeded', null, 'mailbox-full'],
        // http://help.netzero.com/support/webmail/u-understand-mdf.html
        ['Mailbox Disk Quota Exceeded', null, 'mailbox-full'],
        // https://www.suped.com/knowledge/email-deliverability/troubleshooting/what-does-a-532-soft-bounce-error-code-mean-when-sending-emails-to-juno-and-netze
        ['system not accepting network messages', '5.3.2', 'recipient-system'],
        // SFM data/codes/550.json (comcast)
        ['550 5.1.1 Not our Customer', '5.1.1', 'recipient-unknown'],
        // SFM data/codes/550.json (comcast)
        ['550 5.1.1 <example@comcast.net> recipient mailbox unallocated', '5.1.1', 'recipient-unknown'],
        // SFM data/codes/550.json (comcast)
        [
          '550 5.2.0 Message rejected due to DMARC. Please see http://postmaster.comcast.net/smtp-error-codes.php#DM000001',
          '5.2.0',
          'auth-failed',
        ],
        // SFM data/codes/452.json (comcast)
        ['452 4.1.1 <example@comcast.net> user over quota', '4.1.1', 'mailbox-full'],
        // SFM data/codes/552.json (comcast)
        [
          '552 5.1.1 <example@comcast.net> recipient rejected - extended quota violation',
          '5.1.1',
          'mailbox-full',
        ],
        // SFM data/codes/452.json (comcast)
        [
          '452 4.1.1 <example@comcast.net> too many recent messages; Try again later',
          '4.1.1',
          'rate-limited',
        ],
        // SFM data/codes/554.json (comcast, after initial connection)
        [
          '554 xx.comcast.net comcast 192.0.2.1 Comcast requires that all mail servers must have a PTR record with a valid Reverse DNS entry. Currently your mail server does not fill that requirement. For more information, refer to: http://postmaster.comcast.net/smtp-error-codes.php#554',
          null,
          'sender-infrastructure',
        ],
        // SFM data/codes/554.json (comcast)
        [
          '554 xx.comcast.net comcast 192.0.2.1 Comcast block for spam. Please see http://postmaster.comcast.net/smtp-error-codes.php#BL000000',
          null,
          'reputation-block',
        ],
        // SFM data/codes/550.json (att)
        [
          '550 5.2.1 <example@prodigy.net>... Addressee unknown, relay=[192.0.2.1]',
          '5.2.1',
          'recipient-unknown',
        ],
        // SFM data/codes/550.json (att)
        [
          '550 5.7.1 Connections not accepted from servers without a valid sender domain. ## Fix reverse DNS for 192.0.2.1',
          '5.7.1',
          'sender-infrastructure',
        ],
        // http://worldnet.att.net/general-info/bls_info/block_enduser.html ; http://rbl.att.net/block_enduser.html
        ['521 <192.0.2.1> is blocked', null, 'reputation-block'],
        // http://worldnet.att.net/general-info/bls_info/block_enduser.html
        [
          '550 [suspend] Mailbox currently suspended--Please contact correspondent directly.',
          null,
          'mailbox-inactive',
        ],
        // http://worldnet.att.net/general-info/bls_info/block_enduser.html
        ['550 [permfail] bellsouth.net requires valid sender domain', null, 'sender-infrastructure'],
        // http://worldnet.att.net/general-info/bls_info/block_enduser.html
        ['550 <192.0.2.1> blocked by ldap:ou=rblmx, dc=bellsouth, dc=net', null, 'reputation-block'],
        // https://support.neo.space/hc/en-us/articles/37327516188441-Understanding-Outgoing-Email-Reject-Codes
        [
          '550 5.4.6 <example@example.com>: Recipient address rejected: Sender Hourly Quota Exceeded',
          '5.4.6',
          'sender-blocked',
        ],
        // https://support.neo.space/hc/en-us/articles/37327516188441-Understanding-Outgoing-Email-Reject-Codes
        [
          '550 5.4.6 <example@example.com>: Recipient address rejected: Sender Daily Bounce Limit Exceeded',
          '5.4.6',
          'sender-blocked',
        ],
        // https://support.neo.space/hc/en-us/articles/37327516188441-Understanding-Outgoing-Email-Reject-Codes
        [
          '504 5.5.2 <user@example>: Sender address rejected: need fully-qualified address',
          '5.5.2',
          'sender-infrastructure',
        ],
        // https://pastebin.com/v3bkLPK5 (outbound-us2.mailhostbox.com postfix/smtpd NOQUEUE reject)
        [
          '550 5.4.5 <example@example.com>: Recipient address rejected: Domain Sending Quota Exceeded',
          '5.4.5',
          'sender-blocked',
        ],
      ],
    },
  'More servers, filters and block lists (Cyrus, Kopano, Haraka plugins, iRedAPD, Mailcow, Mailu, Oracle Messaging Server, Spamhaus and other DNSBLs, Vade, Cloudmark, Rackspace, Oracle Cloud)':
    {
      source: 'their source code and documentation, named per line',
      rows: [
        // cyrusimap/cyrus-imapd imap/lmtp_err.et:30 (LMTP_MAILBOX_FULL) + imap/imap_err.et:31 (IMAP_QUOTA_EXCEEDED "Over quota")
        ['452 4.2.2 Over quota SESSIONID=<cyrus-1234-1>', '4.2.2', 'mailbox-full'],
        // cyrusimap/cyrus-imapd imap/lmtp_err.et:51 (LMTP_MAILBOX_FULL_PERM) + imap/imap_err.et:31
        ['552 5.2.2 Over quota SESSIONID=<cyrus-1234-1>', '5.2.2', 'mailbox-full'],
        // cyrusimap/cyrus-imapd imap/lmtp_err.et:39 (LMTP_USER_UNKNOWN, used for IMAP_MAILBOX_NONEXISTENT)
        ['550 5.1.1 User unknown', '5.1.1', 'recipient-unknown'],
        // cyrusimap/cyrus-imapd imap/lmtp_err.et:36-37 (LMTP_USER_UNKNOWN_LONG, lmtp long error messages)
        [
          '550-Mailbox unknown.  Either there is no mailbox associated with this 550-name or you do not have authorization to see it.',
          null,
          'recipient-unknown',
        ],
        // cyrusimap/cyrus-imapd imap/lmtp_err.et:42-43 (LMTP_NOT_AUTHORIZED_LONG)
        [
          '550-You do not have permission to post a message to this mailbox. 550-Please contact the owner of this mailbox in order to submit 550-your message, or postmaster@example.com if you believe you 550-received this message in error.',
          null,
          'recipient-policy',
        ],
        // cyrusimap/cyrus-imapd imap/lmtp_err.et:45 (LMTP_NOT_AUTHORIZED) + imap/imap_err.et:28
        ['550 5.7.1 Permission denied', '5.7.1', 'recipient-policy'],
        // cyrusimap/cyrus-imapd imap/lmtp_err.et:15 (LMTP_MAILBOX_DISABLED) + imap/imap_err.et:95
        ['451 4.2.1 Delivery to mailbox is disabled', '4.2.1', 'mailbox-inactive'],
        // cyrusimap/cyrus-imapd imap/lmtp_err.et:15 + imap/imap_err.et:86 (IMAP_MAILBOX_MOVED)
        // a move between the backends of a Cyrus murder, not the person's address moving: the
        // receiving system's (like 'Mailbox is not on this server')
        ['451 4.2.1 Mailbox has been moved to another server', '4.2.1', 'recipient-system'],
        // cyrusimap/cyrus-imapd imap/lmtp_err.et:15 + imap/imap_err.et:89 (IMAP_MAILBOX_RESERVED)
        ['451 4.2.1 Mailbox is currently reserved', '4.2.1', 'recipient-system'],
        // cyrusimap/cyrus-imapd imap/lmtp_err.et:12 (LMTP_MAILBOX_ERROR) + imap/imap_err.et:56
        ['451 4.2.0 Mailbox has an invalid format', '4.2.0', 'recipient-system'],
        // cyrusimap/cyrus-imapd imap/lmtp_err.et:21 (LMTP_SERVER_FULL) + imap/imap_err.et:19 (IMAP_NOSPACE)
        ['451 4.3.1 mail system storage has been exceeded', '4.3.1', 'recipient-system'],
        // cyrusimap/cyrus-imapd imap/lmtp_err.et:24 (LMTP_SERVER_FAILURE) + imap/imap_err.et:162 (IMAP_SERVER_UNAVAILABLE; also MUPDATE_* errors)
        ['451 4.4.3 Server(s) unavailable to complete operation', '4.4.3', 'recipient-system'],
        // cyrusimap/cyrus-imapd imap/lmtp_err.et:18 (LMTP_SYSTEM_ERROR) + imap/imap_err.et:10
        ['451 4.3.0 System I/O error', '4.3.0', 'recipient-system'],
        // cyrusimap/cyrus-imapd imap/lmtp_err.et:27 (LMTP_SERVER_BUSY) + imap/imap_err.et:25
        ['451 4.4.5 Too many connections from this host', '4.4.5', 'rate-limited'],
        // cyrusimap/cyrus-imapd imap/lmtp_err.et:27 + imap/imap_err.et:22
        ['451 4.4.5 Too many connections from this user', '4.4.5', 'rate-limited'],
        // cyrusimap/cyrus-imapd imap/lmtp_err.et:54 (LMTP_MESSAGE_INVALID) + imap/imap_err.et:116
        ['554 5.6.0 Message contains bare newlines', '5.6.0', 'message-noncompliant'],
        // cyrusimap/cyrus-imapd imap/lmtp_err.et:54 + imap/imap_err.et:119
        ['554 5.6.0 Message contains non-ASCII characters in headers', '5.6.0', 'message-noncompliant'],
        // cyrusimap/cyrus-imapd imap/lmtp_err.et:54 + imap/imap_err.et:122
        ['554 5.6.0 Message contains invalid header', '5.6.0', 'message-noncompliant'],
        // cyrusimap/cyrus-imapd imap/lmtp_err.et:54 + imap/imap_err.et:125
        ['554 5.6.0 Message has no header/body separator', '5.6.0', 'message-noncompliant'],
        // cyrusimap/cyrus-imapd imap/lmtpengine.c:1130
        [
          '552 5.2.3 Message size (%d) exceeds fixed maximum message size (%ld)',
          '5.2.3',
          'message-too-large',
        ],
        // cyrusimap/cyrus-imapd imap/lmtpengine.c:1270 (MAIL FROM SIZE= check)
        ['552 5.2.3 Message SIZE exceeds fixed maximum message size (%ld)', '5.2.3', 'message-too-large'],
        // Kopano-dev/kopano-core spooler/DAgent.cpp:2680
        ['503 5.1.1 User does not exist', '5.1.1', 'recipient-unknown'],
        // Kopano-dev/kopano-core spooler/DAgent.cpp:2677 (logged: the address "resolves to multiple
        // users", the recipient directory's to fix)
        ['503 5.1.4 Destination mailbox address ambiguous', '5.1.4', 'recipient-system'],
        // Kopano-dev/kopano-core spooler/DAgent.cpp:2277 ("552 5.2.2 %s Quota exceeded")
        ['552 5.2.2 user@example.com Quota exceeded', '5.2.2', 'mailbox-full'],
        // Kopano-dev/kopano-core spooler/DAgent.cpp:2279 and 2665
        ['450 4.2.0 user@example.com Mailbox temporarily unavailable', '4.2.0', 'recipient-system'],
        // Kopano-dev/kopano-core spooler/DAgent.cpp:2718
        ['451 5.1.1 Internal error during delivery', null, 'recipient-system'],
        // Kopano-dev/kopano-core spooler/mailer.cpp:1289 (setError, shown in the spooler's NDR)
        ['You are not allowed to send as user or group "user@example.com"', null, 'sender-blocked'],
        // https://msg.wikidoc.info/index.php?title=Error_text_MTA_options (error_text_unknown_user "unknown or illegal user")
        ['550 5.1.1 unknown or illegal user: user@example.com', '5.1.1', 'recipient-unknown'],
        // https://msg.wikidoc.info/index.php?title=Error_text_MTA_options (error_text_unknown_alias "unknown or illegal alias")
        ['550 5.1.1 unknown or illegal alias: user@example.com', '5.1.1', 'recipient-unknown'],
        // https://msg.wikidoc.info/index.php?title=Error_text_MTA_options (error_text_unknown_host)
        ['550 5.1.2 unknown host or domain', '5.1.2', 'recipient-domain-invalid'],
        // https://msg.wikidoc.info/index.php?title=Error_text_MTA_options (error_text with 5.2.3)
        ['channel limit of %d kilobytes on message size exceeded', '5.2.3', 'message-too-large'],
        // Sun Java System Messaging Server 6 2005Q4 Administration Guide "Illegal Host/Domain Errors" https://docs.oracle.com/cd/E19636-01/819-2650/bgbid/index.
        ['Reason: Illegal host/domain name found', null, 'recipient-domain-invalid'],
        // Microsoft KB 284204 "Delivery status notifications in Exchange Server and in Small Business Server" (archived at ftp.zx.net.nz/pub/archive/ftp.microso
        [
          'The e-mail account does not exist at the organization this message was sent to. Check the e-mail address, or contact the recipient directly to find out the correct address. <server.example.com #5.1.1>',
          '5.1.1',
          'recipient-unknown',
        ],
        // Microsoft KB 251152 (mskb.pkisolutions.com/kb/251152), Exchange 5.5 IMS NDR
        ['The recipient name is ambiguous.', null, 'recipient-unknown'],
        // haraka/haraka-plugin-karma index.js:460 (default deny message `very bad karma score: ${score}`)
        ['very bad karma score: -12', null, 'reputation-block'],
        // haraka/haraka-plugin-fcrdns index.js:171
        ['client [192.0.2.1] rejected; no rDNS', null, 'sender-infrastructure'],
        // haraka/haraka-plugin-fcrdns index.js:179 (DENYSOFT)
        ['client [192.0.2.1] rDNS lookup error (SERVFAIL)', null, 'sender-infrastructure'],
        // haraka/haraka-plugin-fcrdns index.js:76
        ['client [192.0.2.1] rejected; invalid TLD in rDNS (example.invalid)', null, 'sender-infrastructure'],
        // haraka/haraka-plugin-fcrdns index.js:213
        [
          'client host.example.com [192.0.2.1] rejected; generic rDNS, please use your ISPs SMTP relay',
          null,
          'sender-infrastructure',
        ],
        // haraka/haraka-plugin-fcrdns index.js:227
        ['Sorry, no FCrDNS match found', null, 'sender-infrastructure'],
        // haraka/haraka-plugin-dns-list index.js:187
        ['host [192.0.2.1] is listed on zen.spamhaus.org, bl.spamcop.net', null, 'reputation-block'],
        // haraka/haraka-plugin-dns-list index.js:226
        ['Host host.example.com [192.0.2.1] is listed by ips.backscatterer.org', null, 'reputation-block'],
        // haraka/haraka-plugin-limit index.js:247
        ['Too many concurrent connections', null, 'rate-limited'],
        // haraka/haraka-plugin-limit index.js:529
        ['connection rate limit exceeded', null, 'rate-limited'],
        // haraka/haraka-plugin-limit index.js:551
        ['rcpt rate limit exceeded', null, 'rate-limited'],
        // haraka/haraka-plugin-limit index.js:465
        ['recipient rate limit exceeded', null, 'rate-limited'],
        // haraka/haraka-plugin-limit index.js:144
        ['Too many recipient attempts', null, 'rate-limited'],
        // haraka/haraka-plugin-access index.js:274 + default deny_msg.conn (index.js:48)
        ['host.example.com [192.0.2.1] You are not allowed to connect', null, 'reputation-block'],
        // haraka/haraka-plugin-access index.js:288 + default deny_msg.helo (index.js:49)
        ['host.example.com That HELO is not allowed to connect', null, 'sender-infrastructure'],
        // haraka/haraka-plugin-access index.js:326 + default deny_msg.mail (index.js:50)
        ['sender@example.com That sender cannot send mail here', null, 'recipient-policy'],
        // haraka/haraka-plugin-access index.js:224 (org domain in access.domains black list)
        ['You are not welcome here.', null, 'recipient-policy'],
        // haraka/haraka-plugin-access index.js:437 (From-header domain black-listed)
        ['Email from that domain is not accepted here.', null, 'recipient-policy'],
        // haraka/haraka-plugin-headers index.js:107
        ['Only one Subject header allowed. See RFC 5322, Section 3.6', null, 'message-noncompliant'],
        // haraka/haraka-plugin-headers index.js:132
        ["Required header 'Date' missing", null, 'message-noncompliant'],
        // haraka/haraka-plugin-headers index.js:198
        ['The Date header is too far in the future', null, 'message-noncompliant'],
        // haraka/haraka-plugin-headers index.js:214
        ['The Date header is too old', null, 'message-noncompliant'],
        // haraka/haraka-plugin-headers index.js:160
        ['outgoing mail must not have a Return-Path header (RFC 5321)', null, 'message-noncompliant'],
        // haraka/haraka-plugin-headers index.js:471
        ['Phishing message appears to impersonate example.com', null, 'content-rejected'],
        // haraka/haraka-plugin-spf index.js:294
        ['sender <sender@example.com> SPF Fail', null, 'auth-failed'],
        // haraka/haraka-plugin-spf index.js:288
        ['sender <sender@example.com> SPF SoftFail', null, 'auth-failed'],
        // haraka/haraka-plugin-spf index.js:305
        ['sender <sender@example.com> SPF Permanent Error', null, 'auth-failed'],
        // haraka/haraka-plugin-bounce index.js:150
        ['Bounces not accepted here', null, 'recipient-policy'],
        // haraka/haraka-plugin-qmail-deliverable index.js:261
        ['error communicating with qmail-deliverabled.', null, 'recipient-system'],
        // haraka/haraka-plugin-qmail-deliverable index.js:252
        ['mailing lists do not accept null senders', null, 'recipient-policy'],
        // iredmail/iRedAPD libs/__init__.py:12 (SMTP_ACTIONS['reject'])
        ['REJECT Policy rejection', null, 'recipient-policy'],
        // iredmail/iRedAPD libs/__init__.py:16
        ['REJECT Sender is not same as SMTP authenticate username', null, 'sender-blocked'],
        // iredmail/iRedAPD libs/__init__.py:15 (reject_forged_sender)
        ['REJECT SMTP AUTH is required for users under this sender domain', null, 'sender-blocked'],
        // iredmail/iRedAPD libs/__init__.py:18 (mailing-list / alias access policy, e.g. members only)
        ['REJECT Not authorized', null, 'recipient-policy'],
        // iredmail/iRedAPD libs/__init__.py:14
        ['REJECT Policy rejection due to null sender', null, 'recipient-policy'],
        // iredmail/iRedAPD libs/__init__.py:19
        ['REJECT Message size exceed (maybe caused by big attachment file)', null, 'message-too-large'],
        // iredmail/iRedAPD libs/__init__.py:23 (throttle plugin msg_size)
        ['REJECT Message size is too large', null, 'message-too-large'],
        // iredmail/iRedAPD libs/__init__.py:22
        ['REJECT Throttling quota exceeded', null, 'rate-limited'],
        // iredmail/iRedAPD libs/__init__.py:24
        ['REJECT Too many recipients in single message', null, 'rate-limited'],
        // iredmail/iRedAPD libs/__init__.py:26 (senderscore plugin)
        [
          'REJECT Server IP address has bad reputation. FYI: https://www.senderscore.org/lookup.php?lookup=192.0.2.1',
          null,
          'reputation-block',
        ],
        // iredmail/iRedAPD libs/__init__.py:27 + libs/default_settings.py:169 (GREYLISTING_MESSAGE), plugins/greylisting.py:29
        ['451 4.7.1 Intentional policy rejection, please try again later', '4.7.1', 'rate-limited'],
        // iredmail/iRedAPD libs/default_settings.py:120 (CHANGE_PASSWORD_MESSAGE) + plugins/sql_force_change_password.py:34
        [
          'REJECT Password expired or never changed, please change your password in webmail before sending email',
          null,
          'sender-blocked',
        ],
        // nitmir/policyd-rate-limit policyd_rate_limit/policyd-rate-limit.yaml (fail_action default); same default in onlime/policyd-rate-guard app/handler.py (
        ['defer_if_permit Rate limit reach, retry later', null, 'rate-limited'],
        // modoboa/modoboa modoboa/policyd/core.py:31 (FAILURE_ACTION)
        ['defer_if_permit Daily limit reached, retry later', null, 'sender-blocked'],
        // mailcow/mailcow-dockerized data/conf/rspamd/override.d/worker-proxy.inc:8 (reject_message of the rspamd milter proxy)
        ['This message does not meet our delivery requirements', null, 'content-rejected'],
        // mailcow/mailcow-dockerized data/conf/rspamd/local.d/greylist.conf:4
        ['Greylisted, please try again later', null, 'rate-limited'],
        // mailcow/mailcow-dockerized data/conf/rspamd/local.d/rbl_group.conf:172 (DBL_BLOCKED description)
        [
          'You are exceeding the query limit, please see https://www.spamhaus.org/returnc/vol/',
          null,
          'recipient-system',
        ],
        // Mailu/Mailu core/rspamd/conf/force_actions.conf:5
        [
          'Rejected (anti-spoofing: noauth). Please setup DMARC with DKIM or SPF if you want to send emails from your domain from other servers.',
          null,
          'auth-failed',
        ],
        // Mailu/Mailu core/rspamd/conf/force_actions.conf:10
        [
          'Rejected (anti-spoofing: DMARC compliance is enforced for local domains, regardless of the policy setting)',
          null,
          'auth-failed',
        ],
        // Mailu/Mailu core/rspamd/conf/force_actions.conf:15
        ['Rejected (anti-spoofing: auth-failed)', null, 'auth-failed'],
        // Mailu/Mailu core/rspamd/conf/force_actions.conf:20
        ['Rejected (dangerous/malicious code detected)', null, 'content-rejected'],
        // Mailu/Mailu core/rspamd/conf/force_actions.conf:25
        ['Rejected (dangerous macro detected)', null, 'content-rejected'],
        // Mailu/Mailu core/rspamd/conf/multimap.conf:25
        ['Forbidden attachment extension', null, 'content-rejected'],
        // Mailu/Mailu core/admin/mailu/internal/views/postfix.py:177
        ['450 4.2.1 You are sending too many emails too fast.', '4.2.1', 'rate-limited'],
        // Mailu/Mailu core/postfix/conf/main.cf:125
        ['Address lookup failure', null, 'recipient-unknown'],
        // rackerlabs/rackspace-how-to content/rackspace-email/common-email-bounces.md
        [
          '550 5.1.1 <user@example.com>: Email address could not be found, or was misspelled (G8)',
          '5.1.1',
          'recipient-unknown',
        ],
        // rackerlabs/rackspace-how-to content/rackspace-email/common-email-bounces.md
        [
          '550 5.1.1 <user@example.com>: Recipient address rejected: User unknown in relay recipient table',
          '5.1.1',
          'recipient-unknown',
        ],
        // rackerlabs/rackspace-how-to content/rackspace-email/common-email-bounces.md
        [
          "4.4.1 <user@example.com> The recipient's server was temporarily unavailable to accept your message (G6)",
          '4.4.1',
          'recipient-system',
        ],
        // rackerlabs/rackspace-how-to content/rackspace-email/common-email-bounces.md
        [
          '450 4.1.8 <user@example.com>: Sender address rejected: Domain not found',
          '4.1.8',
          'sender-infrastructure',
        ],
        // rackerlabs/rackspace-how-to content/rackspace-email/common-email-bounces.md
        [
          '504 5.5.2 <user@nonqualifieddomain>: Sender address rejected: need fully-qualified address',
          '5.5.2',
          'sender-infrastructure',
        ],
        // rackerlabs/rackspace-how-to content/rackspace-email/common-email-bounces.md
        ['421 Too many concurrent connections from this client (G2)', null, 'rate-limited'],
        // rackerlabs/rackspace-how-to content/rackspace-email/common-email-bounces.md
        [
          '550 Your message has been rejected because you have been detected sending spam.',
          null,
          'content-rejected',
        ],
        // rackerlabs/rackspace-how-to content/rackspace-email/common-email-bounces.md
        ['550 5.3.4 Message too large (G17)', '5.3.4', 'message-too-large'],
        // rackerlabs/rackspace-how-to content/rackspace-email/common-email-bounces.md
        [
          '550 5.7.0 [blocked file] - Your message has been rejected because it contains a banned file attachment (G1A)',
          '5.7.0',
          'content-rejected',
        ],
        // rackerlabs/rackspace-how-to content/rackspace-email/common-email-bounces.md
        [
          '550 5.7.0 [blocked file] - File attachment is not allowed because they can be used to exploit Winzip (G1C)',
          '5.7.0',
          'content-rejected',
        ],
        // rackerlabs/rackspace-how-to content/rackspace-email/common-email-bounces.md
        [
          '554 5.7.1 <user@example.com>: Sender address rejected: Blocked by this domain',
          '5.7.1',
          'recipient-policy',
        ],
        // rackerlabs/rackspace-how-to content/rackspace-email/common-email-bounces.md
        [
          '554 5.7.1 <user@example.com>: Sender address rejected: Blocked by this recipient',
          '5.7.1',
          'recipient-policy',
        ],
        // rackerlabs/rackspace-how-to content/rackspace-email/common-email-bounces.md
        [
          '5.7.1 ACL dns_rbl; Client host [192.0.2.1] blocked using Spamhaus PBL. Please visit http://www.spamhaus.org/lookup/ for more information on why this message could not be delivered (G1)',
          '5.7.1',
          'reputation-block',
        ],
        // rackerlabs/rackspace-how-to content/rackspace-email/common-email-bounces.md
        [
          '554 5.7.1 ACL dns_rbl; Client host [192.0.2.1] blocked using sa-ip4tset.blagr.emailsrvr.com=127.26.0.2 Cloudmark CSI. Please visit http://csi.cloudmark.com/reset-request for more information on why this message could not be delivered',
          '5.7.1',
          'reputation-block',
        ],
        // rackerlabs/rackspace-how-to content/rackspace-email/common-email-bounces.md
        [
          '5.7.1 ACL dns_rbl; Client host [192.0.2.1] blocked using sa-ip4tset.blagr.emailsrvr.com=127.22.0.2 Senderscore. Please visit https://senderscore.org/rtbl/ for more information on why this message could not be delivered',
          '5.7.1',
          'reputation-block',
        ],
        // rackerlabs/rackspace-how-to content/rackspace-email/common-email-bounces.md
        ['550 5.7.1 Email rejected per DMARC policy for [example.com] (G15)', '5.7.1', 'auth-failed'],
        // rackerlabs/rackspace-how-to content/rackspace-email/common-email-bounces.md
        [
          '550 5.7.23 The message was rejected because of Sender Policy Framework violation',
          '5.7.23',
          'auth-failed',
        ],
        // rackerlabs/rackspace-how-to content/rackspace-email/common-email-bounces.md
        [
          '554 5.5.2 <user@nonqualifieddomain>:Invalid data in message> #SMTP#',
          '5.5.2',
          'message-noncompliant',
        ],
        // https://docs.oracle.com/en-us/iaas/Content/Email/Concepts/troubleshooting.htm
        ['254 4.7.1 Suppression for user <user ocid> to <recpt>', '4.7.1', 'suppressed'],
        // https://docs.oracle.com/en-us/iaas/Content/Email/Concepts/troubleshooting.htm
        ['455 Maximum messages sent per minute reached : limit is <limit>', null, 'rate-limited'],
        // https://docs.oracle.com/en-us/iaas/Content/Email/Concepts/troubleshooting.htm
        ['421 Too many connections, try again later', null, 'rate-limited'],
        // https://docs.oracle.com/en-us/iaas/Content/Email/Concepts/troubleshooting.htm
        ['421 Too many auth failures, try again later', null, 'sender-blocked'],
        // https://docs.oracle.com/en-us/iaas/Content/Email/Concepts/troubleshooting.htm
        ['421 4.3.0 Mail system failure, closing transmission channel', '4.3.0', 'recipient-system'],
        // SendGrid bounce event quoted in a public repo (find_string id 33275736081)
        [
          '554 5.7.1 Service unavailable; Client host [192.0.2.1] blocked using dnsbl.sorbs.net; Currently Sending Spam See: http://www.sorbs.net/lookup.shtml?192.0.2.1',
          '5.7.1',
          'reputation-block',
        ],
        // SORBS TXT record, multi-rblcheck README (find_string id 17327083750)
        ['Spam Received See: http://www.sorbs.net/lookup.shtml?192.0.2.1', null, 'reputation-block'],
        // SORBS TXT record quoted in a public repo (find_string id 48607475694)
        [
          'Escalated Listing (Spam or Spam Support) See: http://www.sorbs.net/lookup.shtml?192.0.2.1',
          null,
          'reputation-block',
        ],
        // SORBS TXT record quoted in a public repo (find_string id 48607475694)
        [
          'Virus Transmitting Server See: http://www.sorbs.net/lookup.shtml?192.0.2.1',
          null,
          'reputation-block',
        ],
        // SORBS smtp.dnsbl TXT, multi-rblcheck README (find_string id 17327083750)
        ['Open SMTP Relay See: http://www.sorbs.net/lookup.shtml?192.0.2.1', null, 'reputation-block'],
        // SORBS TXT, multi-rblcheck README (find_string id 17327083750)
        ['SOCKS Proxy See: http://www.sorbs.net/lookup.shtml?192.0.2.1', null, 'reputation-block'],
        // bl.spamcop.net TXT (KumoMTA docs kumo.dns.rbl_lookup example, find_string id 11111582975)
        ['Blocked - see https://www.spamcop.net/bl.shtml?192.0.2.1', null, 'reputation-block'],
        // Postfix log line quoted in a public repo (find_string id 6698110861)
        [
          '554 5.7.1 Service unavailable; Client host [192.0.2.1] blocked using bl.spamcop.net; Blocked - see https://www.spamcop.net/bl.shtml?192.0.2.1',
          '5.7.1',
          'reputation-block',
        ],
        // SendGrid bounce event quoted in a public repo doc (find_string id 44278171451)
        [
          '550 "JunkMail rejected - mx.example.com [192.0.2.1]:30998 is in an RBL: Blocked - see https://www.spamcop.net/bl.shtml?192.0.2.1"',
          null,
          'reputation-block',
        ],
        // cbl.abuseat.org TXT, multi-rblcheck README (find_string id 17327083750)
        ['Blocked - see http://www.abuseat.org/lookup.cgi?ip=192.0.2.1', null, 'reputation-block'],
        // zen/sbl/xbl.spamhaus.org TXT, multi-rblcheck README (find_string id 17327083750)
        ['https://www.spamhaus.org/query/ip/192.0.2.1', null, 'reputation-block'],
        // Postfix log line quoted in a public repo (find_string id 4906788173)
        [
          '554 5.7.1 Service unavailable; Helo command [mx.example.com] blocked using dbl.spamhaus.org; http://www.spamhaus.org/query/dbl?domain=example.com',
          '5.7.1',
          'reputation-block',
        ],
        // public incident write-up (find_string id 66496413140)
        [
          '554 5.7.1 Service unavailable; Sender address blocked using dbl.spamhaus.org',
          '5.7.1',
          'reputation-block',
        ],
        // NDR quoted on a kernel.org-related mailing list thread (find_string id 39631042481)
        [
          '554 5.7.1 Service unavailable; Helo command [mx.example.com] blocked using dbl.spamhaus.org; Error: open resolver; https://www.spamhaus.org/returnc/pub/192.0.2.1',
          '5.7.1',
          'recipient-system',
        ],
        // reply quoted in an email-validation service's source comment (find_string id 11942666171)
        [
          '550 5.7.1 Service unavailable, Client host [192.0.2.1] blocked using Spamhaus. To request removal from this list see https://www.spamhaus.org/query/ip/192.0.2.1 AS(1450) [XX0XXX00XX000.eop-nam12.prod.protection.outlook.com 2024-03-08T18:27:57.188Z 08DC3ECF83FA972F]',
          '5.7.1',
          'reputation-block',
        ],
        // psbl.surriel.com TXT, multi-rblcheck README (find_string id 17327083750)
        ['Listed in PSBL, see http://psbl.org/listing?ip=192.0.2.1', null, 'reputation-block'],
        // dnsbl-1.uceprotect.net TXT, dnsbl checker README (find_string id 10393775923)
        [
          'IP 192.0.2.1 is UCEPROTECT-Level 1 listed. See http://www.uceprotect.net/rblcheck.php?ipr=192.0.2.1',
          null,
          'reputation-block',
        ],
        // dnsbl-2.uceprotect.net TXT quoted in a forum thread (find_string id 56977042335)
        [
          'Net 192.0.2.0/18 is UCEPROTECT-Level2 listed because 231 abusers are hosted by Example ISP/AS64500 there. See: http://www.uceprotect.net/rblcheck.php?ipr=192.0.2.1',
          null,
          'reputation-block',
        ],
        // dnsbl-3.uceprotect.net TXT quoted in a forum thread (find_string id 56977042335)
        [
          'Your ISP Example ISP/AS64500 is UCEPROTECT-Level3 listed for hosting a total of 55146 abusers. See: http://www.uceprotect.net/rblcheck.php?ipr=192.0.2.1',
          null,
          'reputation-block',
        ],
        // all.bl.blocklist.de TXT, multi-rblcheck README (find_string id 17327083750)
        ['Infected System, see http://www.blocklist.de/en/view.html?ip=192.0.2.1', null, 'reputation-block'],
        // ubl.unsubscore.com TXT, multi-rblcheck README (find_string id 17327083750)
        ['Sender has sent to LashBack Unsubscribe Probe accounts', null, 'reputation-block'],
        // rbl.interserver.net TXT, multi-rblcheck README (find_string id 17327083750)
        ['Blocked at http://sigs.interserver.net/ip?ip=192.0.2.1', null, 'reputation-block'],
        // github sovereign/sovereign issue #279
        [
          '127.0.0.1 -> Query Refused. See http://uribl.com/refused.shtml for more information [Your DNS IP: 192.0.2.53]',
          null,
          'recipient-system',
        ],
        // GoDaddy (secureserver.net) reply in a Postfix log quoted in a public repo (find_string id 56717303011)
        [
          '554 p3plibsmtp02-03.prod.phx3.secureserver.net bizsmtp IB103. Connection refused. 192.0.2.1 has a poor reputation on Cloudmark Sender Intelligence (CSI). Please visit http://csi.cloudmark.com/reset-request/?ip=192.0.2.1 to request a delisting.',
          null,
          'reputation-block',
        ],
        // GoDaddy reply quoted in a source comment (find_string id 34137956269)
        [
          '554 p3plibsmtp01-07.prod.phx3.secureserver.net bizsmtp IB105. Connection refused. 192.0.2.1 is listed on the Exploits Block List (XBL) <http://www.spamhaus.org/query/ip/192.0.2.1> Please visit http://www.spamhaus.org/xbl/ for more information.',
          null,
          'reputation-block',
        ],
        // Libero / Italiaonline reply quoted in a turbolab.it article (find_string id 47530048582)
        [
          '550 smtp-10.iol.local smtp-10.iol.local IP blacklisted by CSI. For remediation please use http://csi.cloudmark.com/reset-request/?ip=192.0.2.1 [smtp-10.iol.local; LIB_102]',
          null,
          'reputation-block',
        ],
        // Postfix bounce log quoted in a public repo (find_string id 40826859854)
        [
          '550 Rejected: 192.0.2.1, listed at http://csi.cloudmark.com/reset-request for remediation.',
          null,
          'reputation-block',
        ],
        // https://postmaster-oxsus.vadesecure.com/ (OXSUS0001_101: sender listed on the Vade Secure Threat Network list)
        ['550 5.7.1 Connection refused - OXSUS0001_101', '5.7.1', 'reputation-block'],
        // https://postmaster-oxsus.vadesecure.com/ (OXSUS0001_105: "Reject if reverse dns is not present")
        ['550 5.7.1 Connection refused - OXSUS0001_105', '5.7.1', 'sender-infrastructure'],
        // https://postmaster-oxsus.vadesecure.com/ (OXSUS0001_102: too many messages queued to backend servers)
        ['421 4.2.1 Connection deferred - OXSUS0001_102', '4.2.1', 'recipient-system'],
        // https://postmaster-oxsus.vadesecure.com/ (OXSUS0001_110: too many connections from a single IP)
        ['421 4.2.1 Connection refused - OXSUS0001_110', '4.2.1', 'rate-limited'],
        // https://postmaster-oxsus.vadesecure.com/ (OXSUS0001_140: IP reached its limit by sending too many messages)
        ['421 4.2.1 Connection refused - OXSUS0001_140', '4.2.1', 'rate-limited'],
        // https://www.suped.com/knowledge/email-deliverability/troubleshooting/is-vades-use-of-550-571-a-hard-bounce-and-what-do-the-error-codes-mean (citing po
        ['550 5.7.1 Connection refused - OXSUS001_403', '5.7.1', 'recipient-unknown'],
      ],
    },
  'Bounce texts in other languages (German, French, Italian, Dutch, Czech, Japanese)': {
    source: "providers' pages, localized server strings and templates",
    rows: [
      // http://www.sitepackage.de/service/dokumentation/auswertung/typische-fehlermeldungen-bei-unzustellbarkeit.html (Web.de)
      ['550 Benutzer nicht bekannt/User unknown', null, 'recipient-unknown'],
      // http://www.sitepackage.de/service/dokumentation/auswertung/typische-fehlermeldungen-bei-unzustellbarkeit.html (Web.de); also Bouncefetch rules find_st
      [
        '550 Benutzer hat das Speichervolumen ueberschritten. / User has exhausted allowed storage space.',
        null,
        'mailbox-full',
      ],
      // http://www.sitepackage.de/service/dokumentation/auswertung/typische-fehlermeldungen-bei-unzustellbarkeit.html (Web.de); Bouncefetch rules find_string
      [
        '550 Benutzer hat zuviele Mails auf dem Server. / User has too many messages on the server.',
        null,
        'mailbox-full',
      ],
      // find_string id 12687792571 (German mail-server guide, dovecot.conf "quota_exceeded_message"); same line in find_string ids 37068490549, 4588613318, 31
      [
        'Benutzer %u hat das Speichervolumen überschritten. / User %u has exhausted allowed storage space.',
        null,
        'mailbox-full',
      ],
      // https://www.bytecamp.net/de/faq/email/zustellen.html
      ['422 4.2.2 Quota limit exceeded (Speicherplatz des Kontos ueberschritten)', '4.2.2', 'mailbox-full'],
      // https://www.bytecamp.net/de/faq/email/zustellen.html
      ['571 5.7.1 message classified as spam (Nachricht als Spam eingestuft)', '5.7.1', 'content-rejected'],
      // find_string id 11953841617 (Bouncefetch :recipient_unknown); find_string id 31259753826 (Zofar Analyzer needles)
      ['die eingegebene e-mail-adresse konnte nicht gefunden werden', null, 'recipient-unknown'],
      // find_string id 11953841617 (Bouncefetch :recipient_unknown)
      ['niemand unter dieser adresse bekannt', null, 'recipient-unknown'],
      // find_string id 31259753826 (Zofar Analyzer needles)
      ['das postfach des empfängers ist voll', null, 'mailbox-full'],
      // find_string id 11953841617 (Bouncefetch :recipient_unknown)
      ['unknown, see http://tele.dk/25167', null, 'recipient-unknown'],
      // https://napoveda.seznam.cz/uzivatel-neexistuje
      [
        "5.1.1 szn; User hasn't got the service mapped Permanentní chyba na straně uživatele. Permanent Failure - Bad destination mailbox address",
        '5.1.1',
        'recipient-unknown',
      ],
      // http://dream.jp/support/techinfo/mail/error/error05.html (English counterpart: "Reason: <user@example.com> ...User unknown")
      ['原因:  <user@example.com> のユーザーは登録されていません', null, 'recipient-unknown'],
      // https://uitranslation.com/Images/?lang=fr-fr&term=04a5485eb88d (fr-fr Exchange string)
      [
        "l'adresse électronique du destinataire a changé. L'adresse à laquelle ce message a été envoyé n'accepte plus de messages.",
        null,
        'mailbox-inactive',
      ],
    ],
  },
  'Japanese ISPs, hosts and products (@nifty, Sakura, KAGOYA, Asahi Net, NTT PC, Yahoo! JAPAN, J:COM, GMO Pepabo, MailGates, E-Post)':
    {
      source: 'their help pages and manuals',
      rows: [
        // https://faq.support.nifty.com/?p=4076
        ['552 sorry, that message size exceeds my databytes limit(#5.3.4)', '5.3.4', 'message-too-large'],
        // https://faq.support.nifty.com/?p=4076
        ["553 sorry, that domain isn't in my list of allowed rcpthosts(#5.7.1)", '5.7.1', 'relay-denied'],
        // https://faq.support.nifty.com/?p=4076
        ['554 too many hops, this message is looping(#5.4.6)', '5.4.6', 'mail-loop'],
        // https://faq.support.nifty.com/?p=4076
        ['sorry, you must get POP/APOP authorization.', null, 'sender-blocked'],
        // https://faq.support.nifty.com/?p=4076
        ['451 timeout(#4.4.2)', '4.4.2', 'recipient-system'],
        // https://help.sakura.ad.jp/rs/2265
        [
          '550 5.1.2 <user@example.com>… Host unknown (Name server: example.com.: host not found)',
          '5.1.2',
          'recipient-domain-invalid',
        ],
        // https://help.sakura.ad.jp/rs/2265
        ['(reason: 550 Host unknown)', null, 'recipient-domain-invalid'],
        // https://help.sakura.ad.jp/rs/2265
        ['451 <user@example.com>… <example.com> : Name server timeout', null, 'recipient-system'],
        // https://help.sakura.ad.jp/rs/2265
        ['Invalid Address', null, 'recipient-unknown'],
        // http://153.127.202.30/20060702045751/support-sub/support/post/manual/trouble/smtp_550b.html
        ['550 Relaying Denied', null, 'relay-denied'],
        // http://support.kagoya.jp/kir/faq/index.php?action=artikel&cat=5&id=328&artlang=ja
        ['maildir delivery failed: error writing message: Disk quota exceeded', null, 'mailbox-full'],
        // http://support.kagoya.jp/kir/faq/index.php?action=artikel&cat=5&id=328&artlang=ja
        [
          "maildir delivery failed: Sorry, the user's maildir has overdrawn his diskspace quota, please try again later.",
          null,
          'mailbox-full',
        ],
        // http://support.kagoya.jp/kir/faq/index.php?action=artikel&cat=5&id=328&artlang=ja
        [
          'message size 5545579 exceeds size limit 4310016 of server mail.example.com[192.0.2.1]',
          null,
          'message-too-large',
        ],
        // http://support.kagoya.jp/kir/faq/index.php?action=artikel&cat=5&id=328&artlang=ja
        ['552 5.3.4 Message size exceeds fixed limit', '5.3.4', 'message-too-large'],
        // http://asahi-net.jp/support/qa/item.html?sheetName=d01&questionNo=d01601
        [
          '<user@example.com@mx1.asahi-net.or.jp>: User unknown: "user@example.com"',
          null,
          'recipient-unknown',
        ],
        // https://faq.asahi-net.jp/en/faq_detail.html?id=5238
        [
          '550 5.7.1 <user@asahinet.jp>: Recipient address rejected: Unknown user',
          '5.7.1',
          'recipient-unknown',
        ],
        // http://web.arena.ne.jp/support/mailhosting/manual/mail/restrict.html
        ['554 5.7.1 <user@example.com>: Relay access denied', '5.7.1', 'relay-denied'],
        // http://web.arena.ne.jp/support/mailhosting/manual/mail/restrict.html
        ['552 5.3.4 Error: message file too big', '5.3.4', 'message-too-large'],
        // https://help.arena.ne.jp/hc/ja/articles/360038694154
        ['550 5.1.1 <user@example.com>... User unknown', '5.1.1', 'recipient-unknown'],
        // https://note.com/sendmagic/n/n59a9f610bc0e
        ['550 Invalid recipient: user@jcom.home.ne.jp', null, 'recipient-unknown'],
        // https://note.com/sendmagic/n/n59a9f610bc0e
        ['421 #4.x.2 Too many messages for this session', null, 'rate-limited'],
        // https://goope.jp/info/information/?id=712
        ['552 5.2.2: Recipient address rejected: Mailbox is full', '5.2.2', 'mailbox-full'],
        // https://faq.megaegg.jp/faq_detail.html?id=296
        ['Sorry, no mailbox here by that name.(#5.1.1)', '5.1.1', 'recipient-unknown'],
        // https://faq.megaegg.jp/faq_detail.html?id=296
        ["Recipient's mailbox is full, message returned to sender.(#5.2.2)", '5.2.2', 'mailbox-full'],
        // https://faq.megaegg.jp/faq_detail.html?id=296
        ['message size exceeds maximum message size', null, 'message-too-large'],
        // https://faq.bbiq.jp/hikari/faq_detail.html?category=5524&id=7552&page=2000
        ['Message size exceeds remaining quota', null, 'mailbox-full'],
        // https://faq.bbiq.jp/hikari/faq_detail.html?category=5524&id=7552&page=2000
        ['Message exceeds maximum fixed size', null, 'message-too-large'],
        // https://digitallife2015.blogspot.com/2021/07/cant-create-output.html (tt.em-net.ne.jp)
        ['procmail: Quota exceeded while writing "/mb/example/Mailbox"', null, 'mailbox-full'],
        // https://secure.i-do.ne.jp/user/faq/result?bl=2&id=103
        ['550 <user@example.com> Host unknown', null, 'recipient-domain-invalid'],
        // http://faq.busblog.jp/faq/show/410
        [
          'This Message was undeliverable due to the following reason: The user(s) account is temporarily over quota.',
          null,
          'mailbox-full',
        ],
        // https://www.ics.ne.jp/iclusta2019/support/faq/index.htm
        ['Relay operation rejected', null, 'relay-denied'],
        // https://nobuneko.com/blog/archives/2012/03/undelivered_mail_returned_to_s.html
        [
          "552 We failed to deliver mail because the volume of recipient's mailbox exceeded the local limit. user@pdx.ne.jp",
          null,
          'mailbox-full',
        ],
        // https://cloud-sup.cybersolutions.co.jp/hc/ja/articles/360039226551
        ["550 sorry, we don't allow this mail.", null, 'auth-failed'],
        // http://www.e-postinc.jp/faq/FAQ10-01.html
        ['421 exceeds an accepting limit.', null, 'rate-limited'],
        // http://www.e-postinc.jp/faq/FAQ10-01.html
        ['421 Exceeded an expiration date.', null, 'recipient-system'],
        // http://www.e-postinc.jp/faq-bsd/faq10-95.html
        ['450 4.2.2 Sorry. e-mail address box is full.', '4.2.2', 'mailbox-full'],
        // https://itpfdoc.hitachi.co.jp/manuals/3000/3000347460/c347460.epub (6.3 エラーメール)
        ['Conversion failer : Recipients-Information is not available.', null, 'recipient-unknown'],
      ],
    },
  "Bulk MTAs and marketing platforms (Momentum, GreenArrow, PowerMTA's sample patterns, MailerQ, Mandrill, Braze, Adobe Campaign, 4dem)":
    {
      source: "their documentation's reply examples",
      rows: [
        // SparkPost/momentum-documentation docs/web-momo4/message_responses.md
        [
          '421 4.4.0 [internal] no MXs for this domain could be reached at this time',
          '4.4.0',
          'recipient-system',
        ],
        // SparkPost/momentum-documentation docs/web-momo4/log_formats.mainlog.md:79,103 (mainlog failure example)
        ['421 no adequate servers', null, 'recipient-system'],
        // SparkPost/momentum-documentation docs/web-momo4/message_responses.md
        ['451 4.4.1 [internal] No valid hosts (unable to make any connections)', '4.4.1', 'recipient-system'],
        // SparkPost/momentum-documentation docs/web-momo4/message_responses.md
        ['451 4.4.2 [internal] no banner', '4.4.2', 'recipient-system'],
        // SparkPost/momentum-documentation docs/web-momo4/message_responses.md (also listed among "Top 20 Transient failure reasons" in modules.adaptive.md)
        ['451 4.4.2 [internal] no MAIL FROM response', '4.4.2', 'recipient-system'],
        // SparkPost/momentum-documentation docs/web-momo4/message_responses.md
        ['451 4.4.2 [internal] no DATA response', '4.4.2', 'recipient-system'],
        // SparkPost/momentum-documentation docs/web-momo4/message_responses.md
        ['451 4.4.2 [internal] connection closed by remote host', '4.4.2', 'recipient-system'],
        // SparkPost/momentum-documentation docs/web-momo4/message_responses.md
        ['451 4.7.5 [internal] TLS negotiation failed', '4.7.5', 'recipient-system'],
        // SparkPost/momentum-documentation docs/web-momo4/message_responses.md
        ['451 4.7.5 [internal] no tls go-ahead', '4.7.5', 'recipient-system'],
        // SparkPost/momentum-documentation docs/web-momo4/message_responses.md
        ['451 4.7.6 [internal] STARTTLS required but not advertised', '4.7.6', 'recipient-system'],
        // SparkPost/momentum-documentation docs/web-momo4/message_responses.md (no SMTP code in table)
        ['[internal] SSL certificate subject does not match host', '4.7.5', 'recipient-system'],
        // SparkPost/momentum-documentation docs/web-momo4/message_responses.md (no SMTP code in table)
        ['[internal] remote node SSL certificate not signed by a valid CA', '4.7.5', 'recipient-system'],
        // SparkPost/momentum-documentation docs/web-momo4/message_responses.md ("SSL related")
        ['454 certificate expired', null, 'recipient-system'],
        // SparkPost/momentum-documentation docs/web-momo4/message_responses.md (comment "System outage")
        ['421 4.3.4 allocated resources exceeded', '4.3.4', 'recipient-system'],
        // SparkPost/momentum-documentation docs/web-momo4/message_responses.md
        ['551 5.4.6 [internal] Private/Loopback Address', '5.4.6', 'recipient-system'],
        // SparkPost/momentum-documentation docs/web-momo4/message_responses.md
        ['550 5.4.4 [internal] NULL MX domain does not accept mail', '5.4.4', 'recipient-domain-invalid'],
        // SparkPost/momentum-documentation docs/web-momo4/message_responses.md
        ['554 5.4.4 [internal] Domain Lookup Failed', '5.4.4', 'recipient-domain-invalid'],
        // SparkPost/momentum-documentation docs/web-momo4/message_responses.md
        ['554 No Valid Domain', null, 'recipient-domain-invalid'],
        // SparkPost/momentum-documentation docs/web-momo4/message_responses.md
        ['421 4.4.5 Service unavailable, concurrency limit reached', '4.4.5', 'rate-limited'],
        // SparkPost/momentum-documentation docs/web-momo4/message_responses.md
        ['452 4.5.3 Service unavailable, recipients per connection limit reached', '4.5.3', 'rate-limited'],
        // SparkPost/momentum-documentation docs/web-momo4/message_responses.md
        ['452 4.5.3 Service unavailable, recipients per message limit reached', '4.5.3', 'rate-limited'],
        // SparkPost/momentum-documentation docs/web-momo4/message_responses.md
        ['452 4.5.3 Service unavailable, batch limit reached', '4.5.3', 'rate-limited'],
        // SparkPost/momentum-documentation docs/web-momo4/modules.adaptive.md (ad_summary sample, ~line 1009)
        ['451 Message temporarily deferred - [160]', null, 'rate-limited'],
        // SparkPost/momentum-documentation docs/web-momo4/modules.adaptive.md ("Top 20 Permanent failure reasons" sample)
        ['554 5.4.6 mail loop detected', '5.4.6', 'mail-loop'],
        // SparkPost/momentum-documentation docs/web-momo4/message_responses.md; conf.ref.never_retry.md:15
        ['554 5.4.7 [internal] exceeded max retries without delivery', '5.4.7', 'expired'],
        // SparkPost/momentum-documentation docs/web-momo4/message_responses.md
        ['554 5.4.5 [internal] Delivery not attempted (message expired)', '5.4.5', 'expired'],
        // SparkPost/momentum-documentation docs/web-momo4/message_responses.md
        ['552 5.3.4 message size limit exceeded', '5.3.4', 'message-too-large'],
        // SparkPost/momentum-documentation docs/web-momo4/message_responses.md
        ['421 4.3.0 message is too large to process at this time', '4.3.0', 'message-too-large'],
        // SparkPost/momentum-documentation docs/web-momo4/message_responses.md
        ['550 5.7.1 relaying denied', '5.7.1', 'relay-denied'],
        // SparkPost/momentum-documentation docs/web-momo4/message_responses.md
        ['550 5.6.0 Lone CR or LF in headers (see RFC2822 section 2.2)', '5.6.0', 'message-noncompliant'],
        // SparkPost/momentum-documentation docs/web-momo4/message_responses.md
        ['550 5.6.0 Lone CR or LF in body (see RFC2822 section 2.3)', '5.6.0', 'message-noncompliant'],
        // SparkPost/momentum-documentation docs/web-momo4/message_responses.md
        ['550 5.6.0 Missing CR LF . CR LF', '5.6.0', 'message-noncompliant'],
        // SparkPost/momentum-documentation docs/web-momo4/message_responses.md
        ['550 5.6.0 Required headers not found (see RFC2822 section 3.6)', '5.6.0', 'message-noncompliant'],
        // SparkPost/momentum-documentation docs/web-momo4/message_responses.md
        [
          '550 5.6.0 Header not terminated by CR LF (see RFC2822 section 2.2)',
          '5.6.0',
          'message-noncompliant',
        ],
        // SparkPost/momentum-documentation docs/web-momo4/message_responses.md
        ['550 5.6.0 Invalid header found (see RFC2822 section 3.6)', '5.6.0', 'message-noncompliant'],
        // SparkPost/momentum-documentation docs/web-momo4/message_responses.md
        [
          '550 5.6.0 Missing required RFC2822 Date field (see RFC2822 section 3.6)',
          '5.6.0',
          'message-noncompliant',
        ],
        // SparkPost/momentum-documentation docs/web-momo4/message_responses.md
        ['550 5.6.0 Header line too long (see RFC2822 section 3.5)', '5.6.0', 'message-noncompliant'],
        // SparkPost/momentum-documentation docs/web-momo4/message_responses.md
        ['550 5.6.0 Body line too long (see RFC2822 section 3.5)', '5.6.0', 'message-noncompliant'],
        // SparkPost/momentum-documentation docs/web-momo4/message_responses.md
        ['550 5.3.0 [internal] message body missing', '5.3.0', 'message-noncompliant'],
        // SparkPost/momentum-documentation docs/web-momo4/message_responses.md
        ['550 5.5.1 RFC2821 HELO/EHLO needed', '5.5.1', 'sender-infrastructure'],
        // SparkPost/momentum-documentation docs/web-momo4/message_responses.md
        ['501 5.5.2 invalid EHLO', '5.5.2', 'sender-infrastructure'],
        // SparkPost/momentum-documentation docs/web-ref/conf.ref.response_transcode_pattern.md:28
        ['454 no such user', null, 'recipient-unknown'],
        // SparkPost/momentum-documentation docs/web-momo4/message_responses.md; lua.ref.msg_discard.md:26
        ['550 5.7.1 [internal] discarded by policy', '5.7.1', 'suppressed'],
        // SparkPost support docs "Suppression timing" (find_string id 1786122836)
        [
          '554 5.7.1 recipient address was suppressed due to customer policy (Spam Complaint)',
          '5.7.1',
          'suppressed',
        ],
        // SparkPost support docs "Suppression timing" (find_string id 1786122836)
        [
          '554 5.7.1 recipient address was suppressed due to customer policy (Bounce Rule)',
          '5.7.1',
          'suppressed',
        ],
        // SparkPost support docs "Suppression timing" (find_string id 1786122836)
        [
          '554 5.7.1 recipient address was suppressed due to customer policy (Unsubscribe Rule)',
          '5.7.1',
          'suppressed',
        ],
        // SparkPost API error 1902 as quoted in find_string ids 19247410152 / 11928607713
        ['recipient address suppressed due to customer policy', null, 'suppressed'],
        // braze-inc/braze-docs email reporting page, "Invalid domains" (find_string ids 67596684601 / 66434194875)
        ['unable to get mx info', null, 'recipient-domain-invalid'],
        // braze-inc/braze-docs email reporting page, "Throttled IPs" / Message Activity Log (find_string id 66434194875)
        [
          'Email was deferred due to the following reason(s): [IPs were throttled by recipient server]',
          null,
          'rate-limited',
        ],
        // https://www.greenarrowemail.com/docs/greenarrow-engine/Reporting/Remote-Delivery-Attempt-Error-Messages ("There are no MX or A DNS records for the rec
        ["Sorry, I couldn't find any host named example.com. (#5.1.2)", '5.1.2', 'recipient-domain-invalid'],
        // https://www.greenarrowemail.com/docs/greenarrow-engine/Reporting/Remote-Delivery-Attempt-Error-Messages
        [
          'Sorry, the host named example.com does not have any MX records, and delivery without MX records prohibited by local policy. (#5.1.0)',
          '5.1.0',
          'recipient-domain-invalid',
        ],
        // https://www.greenarrowemail.com/docs/greenarrow-engine/Reporting/Remote-Delivery-Attempt-Error-Messages ("Permanent error doing a MX/A record DNS look
        [
          "Sorry, I couldn't find a mail exchanger or IP address. (#5.4.4)",
          '5.4.4',
          'recipient-domain-invalid',
        ],
        // https://www.greenarrowemail.com/docs/greenarrow-engine/Reporting/Remote-Delivery-Attempt-Error-Messages (the doc shows a "/" line break after "host,")
        [
          "Sorry. Although I'm listed as a best-preference MX or A for that host, it isn't in my control/locals file, so I don't treat it as local. (#5.4.6)",
          '5.4.6',
          'recipient-system',
        ],
        // https://greenarrowemail.com/docs/greenarrow-engine/Reporting/Remote-Delivery-Attempt-Error-Messages (Deferral, status=connmaxout)
        ['All connection backlog slots used up for this domain.', null, 'rate-limited'],
        // https://greenarrowemail.com/docs/greenarrow-engine/Reporting/Remote-Delivery-Attempt-Error-Messages (Deferral)
        ['All connection backlog slots full due to max concurrent connections.', null, 'rate-limited'],
        // https://greenarrowemail.com/docs/greenarrow-engine/Reporting/Remote-Delivery-Attempt-Error-Messages (Deferral)
        ['All connection backlog slots full due to max delivery attempts per hour.', null, 'rate-limited'],
        // https://greenarrowemail.com/docs/greenarrow-engine/Event-Notification-System/Legacy-Types-of-Events (bounce_message example)
        [
          "192.0.2.1 failed after I sent the message. Remote host said: 554 delivery error: dd This user doesn't have a yahoo.com account (user@example.com) - mta1218.mail.mud.yahoo.com",
          null,
          'recipient-unknown',
        ],
        // PowerMTA sample config bounce-category-patterns [invalid-sender] (find_string id 37453600177)
        ['No MX for envelope sender domain', null, 'sender-infrastructure'],
        // PowerMTA sample config bounce-category-patterns [invalid-sender] (find_string id 37453600177)
        ['requires valid sender domain', null, 'sender-infrastructure'],
        // PowerMTA sample config bounce-category-patterns [invalid-sender] (pattern /Your domain has no(t)? DNS\/MX entries/; find_string id 37453600177)
        ['Your domain has no DNS/MX entries', null, 'sender-infrastructure'],
        // PowerMTA sample config bounce-category-patterns [invalid-sender] (find_string id 37453600177)
        ['return MX does not exist', null, 'sender-infrastructure'],
        // PowerMTA sample config bounce-category-patterns [invalid-sender] (find_string id 37453600177)
        ['unable to verify sender', null, 'sender-infrastructure'],
        // PowerMTA sample config bounce-category-patterns [bad-mailbox] (qmail badrcptto wording; find_string id 37453600177)
        ['my badrcptto list', null, 'recipient-unknown'],
        // PowerMTA sample config bounce-category-patterns [bad-mailbox] (find_string id 37453600177)
        ['not our customer', null, 'recipient-unknown'],
        // PowerMTA sample config smtp-pattern-list (AOL section, mode=backoff; find_string id 37453600177)
        ['Excessive unknown recipients - possible Open Relay', null, 'reputation-block'],
        // PowerMTA sample config smtp-pattern-list (Yahoo section, mode=backoff; find_string id 37453600177)
        ['VS3-IP5 Excessive unknown recipients', null, 'reputation-block'],
        // PowerMTA sample config smtp-pattern-list (Yahoo section, mode=backoff; find_string id 37453600177)
        ['421 Message temporarily deferred', null, 'rate-limited'],
        // PowerMTA sample config smtp-pattern-list (Hotmail section, mode=backoff; find_string id 37453600177)
        ['exceeded the connection limit', null, 'rate-limited'],
        // PowerMTA sample config smtp-pattern-list (Road Runner section, mode=backoff; find_string id 37453600177)
        ['Too many concurrent connections from source IP', null, 'rate-limited'],
        // PowerMTA sample config smtp-pattern-list (General, mode=backoff; find_string id 37453600177)
        ['Connection rate limit exceeded', null, 'rate-limited'],
        // PowerMTA sample config smtp-pattern-list (Adelphia section, mode=backoff; find_string id 37453600177)
        ['blocked using UCEProtect', null, 'reputation-block'],
        // PowerMTA sample config smtp-pattern-list (General, mode=backoff; find_string id 37453600177)
        ['476 connections from your host are denied', null, 'reputation-block'],
        // PowerMTA sample config smtp-pattern-list (General, mode=backoff; find_string id 37453600177)
        ['not currently accepting mail from your ip', null, 'reputation-block'],
        // PowerMTA sample config smtp-pattern-list (General, mode=backoff; find_string id 37453600177)
        ['TDC internal RBL', null, 'reputation-block'],
        // PowerMTA sample config smtp-pattern-list (General, mode=backoff; find_string id 37453600177)
        ['locally blacklisted', null, 'reputation-block'],
        // CopernicaMarketingSoftware/Documentation Mailerq/5.13/database-access.md ("The flood_responses table")
        ['message rejected, flood detected from your IP address', null, 'rate-limited'],
        // Mandrill sample webhook (event hard_bounce, bounce_description bad_mailbox, bgtools_code 10; find_string id 25988624587)
        [
          "smtp;550 5.1.1 The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces.",
          '5.1.1',
          'recipient-unknown',
        ],
        // Mandrill sample webhook (event soft_bounce, bounce_description mailbox_full, bgtools_code 22; find_string id 25988624587)
        ['smtp;552 5.2.2 Over Quota', '5.2.2', 'mailbox-full'],
        // Mandrill sample webhook (event deferral, smtp_events[].diag; find_string id 25988624587)
        ['451 4.3.5 Temporarily unavailable, try again later.', '4.3.5', 'recipient-system'],
        // https://support.iterable.com/hc/en-us/articles/28534979433236-Email-Bounce-Event-Properties (example emailBounce event, recipientState HardBounce)
        [
          "smtp; 550-5.1.1 The email account that you tried to reach does not exist. Please try 550-5.1.1 double-checking the recipient's email address for typos or 550-5.1.1 unnecessary spaces. For more information, go to 550 5.1.1 https://support.google.com/mail/?p=NoSuchUser - gsmtp",
          '5.1.1',
          'recipient-unknown',
        ],
        // AdobeDocs/campaign-classic.en help/delivery/using/update-bounces.md
        [
          "550 5.1.1 'user@example.com': user lookup success but no user record found.",
          '5.1.1',
          'recipient-unknown',
        ],
        // AdobeDocs/campaign-classic.en help/delivery/using/update-bounces.md
        ["550 'user@example.com' recipient rejected", null, 'recipient-unknown'],
        // https://help.returnpath.com/hc/en-us/articles/220565487-Block-bounce-code-examples
        [
          'smtp;554 Message not allowed - [PH01] Email not accepted for policy reasons. Please visit [120]',
          null,
          'content-rejected',
        ],
        // https://help.returnpath.com/hc/en-us/articles/220565487-Block-bounce-code-examples
        [
          '421, "4.7.0", Our system has detected an unusual rate of unsolicited mail originating from your IP address. To protect our users from spam, mail sent from your IP address has been temporarily blocked',
          '4.7.0',
          'reputation-block',
        ],
        // https://www.extreme-messaging.com/support/responsemaster/user-manuals/responsemaster-returned-message-categories/ (Hard Bounce examples)
        ['The recipient name is not recognized', null, 'recipient-unknown'],
        // https://www.extreme-messaging.com/support/responsemaster/user-manuals/responsemaster-returned-message-categories/ (Hard Bounce examples)
        ['User not listed in public Name & Address Book', null, 'recipient-unknown'],
        // https://www.extreme-messaging.com/support/responsemaster/user-manuals/responsemaster-returned-message-categories/ (Mail Block examples)
        ['Remote host said: 550 Relaying is prohibited', null, 'relay-denied'],
        // https://www.extreme-messaging.com/support/responsemaster/user-manuals/responsemaster-returned-message-categories/ (Mail Block examples)
        ['Recipient address rejected: Relay access denied', null, 'relay-denied'],
        // https://www.extreme-messaging.com/support/responsemaster/user-manuals/responsemaster-returned-message-categories/ (Mail Block examples)
        ['The IP address 192.0.2.1 is blacklisted', null, 'reputation-block'],
        // https://www.extreme-messaging.com/support/responsemaster/user-manuals/responsemaster-returned-message-categories/ (Mail Block examples)
        [
          '5.7.1 You are not authorized to send Internet e-mail: user@example.com',
          '5.7.1',
          'recipient-policy',
        ],
        // http://help.422x.com/home/email-marketing/email-bounces (bounce_fm, soft)
        [
          '552 5.2.2 <user@example.com> Mailbox has exceeded the limit (in reply to RCPT TO command)',
          '5.2.2',
          'mailbox-full',
        ],
        // http://help.422x.com/home/email-marketing/email-bounces (bounce_tr, soft)
        [
          '550 5.2.1 The email account that you tried to reach is disabled. p28si19674740ybk.52 (in reply to RCPT TO command)',
          '5.2.1',
          'mailbox-inactive',
        ],
        // http://help.422x.com/home/email-marketing/email-bounces (bounce_hb, hard)
        ['550 No such recipient (in reply to RCPT TO command)', null, 'recipient-unknown'],
        // http://help.422x.com/home/email-marketing/email-bounces (bounce_df, hard)
        ['domain name does not exist', null, 'recipient-domain-invalid'],
        // https://www.timesworld.com/articles/email-non-delivery-reasons (Soft Bounce - General (SB) example)
        ['Connection timed out.', null, 'recipient-system'],
        // https://www.timesworld.com/articles/email-non-delivery-reasons (Soft Bounce - DNS Failure (SBDF) example)
        ['Host is unreachable', null, 'recipient-system'],
        // https://university.4dem.it/article/723-elenco-delle-motivazioni-di-soft-bounce
        ['Extended inactivity new mail is not currently being accepted', null, 'mailbox-inactive'],
        // https://university.4dem.it/article/723-elenco-delle-motivazioni-di-soft-bounce
        ['Account inactive as unread', null, 'mailbox-inactive'],
        // https://university.4dem.it/article/723-elenco-delle-motivazioni-di-soft-bounce
        ['Mailbox_currently_suspended', null, 'mailbox-inactive'],
        // https://university.4dem.it/article/723-elenco-delle-motivazioni-di-soft-bounce
        ["User hasn't entered during last", null, 'mailbox-inactive'],
        // https://university.4dem.it/article/723-elenco-delle-motivazioni-di-soft-bounce
        ['Over the maximum allowed number of messages', null, 'mailbox-full'],
        // https://university.4dem.it/article/723-elenco-delle-motivazioni-di-soft-bounce
        ['User mailbox exceeds allowed size', null, 'mailbox-full'],
        // https://university.4dem.it/article/723-elenco-delle-motivazioni-di-soft-bounce
        ['Is refused. See http://spamblock.outblaze.com', null, 'reputation-block'],
        // https://university.4dem.it/article/723-elenco-delle-motivazioni-di-soft-bounce
        ['Message cannot be accepted, content filter rejection', null, 'content-rejected'],
        // https://university.4dem.it/article/723-elenco-delle-motivazioni-di-soft-bounce
        ['Mail appears to be unsolicited', null, 'content-rejected'],
        // https://university.4dem.it/article/723-elenco-delle-motivazioni-di-soft-bounce
        ['Message Denied: Restricted attachment', null, 'content-rejected'],
      ],
    },
  'Legacy and less common MTAs (ZMailer, MMDF, sendmail 8, Synchronet, Citadel, Apache James, OpenSMTPD, Mercury/32, MailEnable, GroupWise, Post.Office, Messaging Server, VPOP3, LISTSERV, ezmlm)':
    {
      source: 'their source code (named per line) and quotations of their replies',
      rows: [
        // rzachariassen/zmailer smtpserver/smtpserver.c:2715
        [
          '450 192.0.2.1 - Come again later, too many simultaneous connections from this IP address /ms(%li of %li)',
          null,
          'rate-limited',
        ],
        // rzachariassen/zmailer smtpserver/policytest.c:1850 (default RateLimitMsgs text, shown inside the policy reply)
        ['You are sending too much mail/rcpts per time interval.  Try again later.', null, 'rate-limited'],
        // rzachariassen/zmailer smtpserver/smtpcmds.c:1567
        ['452 4.5.2 Too many recipients in one go!', null, 'rate-limited'],
        // rzachariassen/zmailer smtpserver/smtpserver.c:2960
        [
          '550 5.7.1 Hello 192.0.2.1; you are on our reject-IP-address -list, GO AWAY!',
          null,
          'reputation-block',
        ],
        // rzachariassen/zmailer smtpserver/policytest.c:1033 (default rejectnet message)
        ['Your network address is blackholed in our static tables', null, 'reputation-block'],
        // rzachariassen/zmailer proto/db/smtp-policy.src:158 (_bulk_mail rejectnet message)
        ['Your IP address is not liked source for email', null, 'reputation-block'],
        // rzachariassen/zmailer proto/db/smtp-policy.src:158 (relaytarget message)
        ['This is not accepted relay target', null, 'relay-denied'],
        // rzachariassen/zmailer smtpserver/smtpcmds.c:1657
        [
          '550 5.7.1 Your IP address 192.0.2.1 is not allowed to relay to email address <user@example.com> via our server; MX rule',
          null,
          'relay-denied',
        ],
        // rzachariassen/zmailer smtpserver/smtpcmds.c:1639 (temporary variant)
        [
          '451 4.7.1 Your IP address 192.0.2.1 is not allowed to relay to email address <user@example.com> via our server; MX rule',
          null,
          'relay-denied',
        ],
        // rzachariassen/zmailer smtpserver/smtpcmds.c:1662
        [
          '550 5.4.3 Hello 192.0.2.1, Policy analysis found DNS error on the target domain: <user@example.com>',
          null,
          'recipient-domain-invalid',
        ],
        // rzachariassen/zmailer smtpserver/smtpcmds.c:913
        [
          '553 5.4.3 Hello 192.0.2.1, for MAIL FROM address <user@example.com> the policy analysis reports DNS error with your source domain.',
          null,
          'sender-infrastructure',
        ],
        // rzachariassen/zmailer smtpserver/smtpcmds.c:899
        [
          '451 4.4.3 Hello 192.0.2.1, for your input: <user@example.com> policy analysis reports temporary DNS error with your source domain.',
          null,
          'sender-infrastructure',
        ],
        // rzachariassen/zmailer smtpserver/smtpcmds.c:507 (m551)
        [
          '530 5.5.1 Hello 192.0.2.1, In SUBMISSION mode sender must authenticate first!',
          null,
          'sender-blocked',
        ],
        // rzachariassen/zmailer smtpserver/smtpauth.c:233
        [
          '503 5.5.1 Hi 192.0.2.1, Too many authentication failures from your IP this hour..',
          null,
          'sender-blocked',
        ],
        // rzachariassen/zmailer smtpserver/smtpcmds.c:1254 (MAIL FROM SIZE=)
        [
          '552 5.3.4 This message is larger, than our maximum acceptable incoming message size of  %d  chars.',
          null,
          'message-too-large',
        ],
        // rzachariassen/zmailer smtpserver/smtpcmds.c:1804
        [
          '552 5.3.4 Message size exceeds fixed maximum size of %ld chars for acceptable email; rcpt=<user@example.com>',
          null,
          'message-too-large',
        ],
        // rzachariassen/zmailer smtpserver/smtpdata.c:299
        [
          '552 5.3.4 Size of this message exceeds the fixed maximum size of  %ld  chars for received email',
          null,
          'message-too-large',
        ],
        // rzachariassen/zmailer smtpserver/smtpcmds.c:1261
        ['452 4.3.1 Try again later, insufficient storage available at the moment', null, 'recipient-system'],
        // rzachariassen/zmailer smtpserver/smtpdata.c:159
        [
          '550 5.1.3 No valid recipients at RCPT addresses, or no RCPT addresses at all',
          null,
          'recipient-unknown',
        ],
        // rzachariassen/zmailer smtpserver/smtpdata.c:169
        ['550 5.7.1 SPAM trap -- too many recipients for an empty source address!', null, 'content-rejected'],
        // rzachariassen/zmailer smtpserver/smtpserver.c:2862 (m552)
        ['500 5.5.2 Line not terminated with CRLF..', null, 'message-noncompliant'],
        // rzachariassen/zmailer proto/cf/server.cf:44 (VRFY/RCPT verify of an unknown local user)
        ['550 5.1.1 no such user:', null, 'recipient-unknown'],
        // rzachariassen/zmailer transports/mailbox/mailbox.c:1374
        ['x-local; 550 (User does not exist)', '5.1.1', 'recipient-unknown'],
        // rzachariassen/zmailer transports/mailbox/mailbox.c:1514
        ['x-local; 500 (Attempting to deliver to full mailbox)', null, 'mailbox-full'],
        // rzachariassen/zmailer transports/mailbox/mailbox.c:1516
        ['size of mailbox "%s" exceeds quota for the user', null, 'mailbox-full'],
        // rzachariassen/zmailer transports/mailbox/mailbox.c:2241
        ['x-local; 550 (Mailbox Quota Exceeded / Mailbox Full)', '5.2.2', 'mailbox-full'],
        // rzachariassen/zmailer transports/mailbox/mailbox.c:1412
        [
          'x-local; 566 (System mailbox configuration is wrong!  No such directory!  Aargh!)',
          '5.3.5',
          'recipient-system',
        ],
        // rzachariassen/zmailer transports/mailbox/mailbox.c:1058
        ['x-local; 550 (File locking with dotlock failed)', '5.4.5', 'recipient-system'],
        // rzachariassen/zmailer transports/smtp/getmxrr.c:126
        ['smtp; 500 (DNS: no such domain: example.com)', null, 'recipient-domain-invalid'],
        // rzachariassen/zmailer transports/smtp/smtp.c:3743 (strerror appended)
        ['smtp; 500 (connect to mx.example.com [192.0.2.1]: Connection timed out)', null, 'recipient-system'],
        // rzachariassen/zmailer transports/smtp/smtp.c:2444
        ['5.7.3 (Mandated TLS security mode not available)', null, 'recipient-system'],
        // rzachariassen/zmailer transports/smtp/smtp.c:3303
        ['smtp; 500 (Trying to talk with myself!)', null, 'mail-loop'],
        // rzachariassen/zmailer transports/smtp/smtp.c:3300
        ['smtp; 500 (Trying to talk to loopback (=myself)!)', '5.4.6', 'mail-loop'],
        // rzachariassen/zmailer transports/smtp/appendlet.c:66
        ['smtp; 500 (msgbuffer write timeout!  DATA %d/%d [%d%%])', null, 'recipient-system'],
        // rzachariassen/zmailer scheduler/update.c:631 (saytime() value appended)
        ['smtp; 500 (Expired after 3d)', null, 'expired'],
        // rzachariassen/zmailer scheduler/update.c:623+637 ("\r%s, problem was:\r%s")
        ['expired after %s, problem was: %s', null, 'expired'],
        // rzachariassen/zmailer proto/forms/loopexceeded (Subject)
        ['Too many "Received:" lines, looping message ?', null, 'mail-loop'],
        // rzachariassen/zmailer proto/forms/loopexceeded
        [
          'The following message was decided to exceed the sensible limit on the number of "Received:" headers, which number is usually fairly small for any average email, but can become rather large, if the message loops somewhere.',
          null,
          'mail-loop',
        ],
        // rzachariassen/zmailer proto/forms/database (Subject)
        ['Invalid host/domain name', null, 'recipient-domain-invalid'],
        // rzachariassen/zmailer proto/forms/database
        [
          'The message refers to a host or domain name which is not known at this gateway, yet which should be known here if it exists.  It is therefore likely that said host or domain name does NOT exist.',
          null,
          'recipient-domain-invalid',
        ],
        // rzachariassen/zmailer proto/forms/unresolvable (Subject: Unresolvable mail address)
        [
          'A copy of your message is being returned to you because one or more of the addresses you specified could not be recognized as addresses that are understood by, or reachable from, this system.',
          null,
          'recipient-unknown',
        ],
        // rzachariassen/zmailer proto/forms/expansion (Subject: Address expansion problem)
        [
          'A copy of your message is being returned to you because one or more of the addresses you specified could not be expanded properly.  This usually indicates an error in a .forward file, the system aliases file, or a mailing list address list.',
          null,
          'recipient-system',
        ],
        // rzachariassen/zmailer proto/forms/bounce (Subject: your mail was disallowed)
        [
          'A copy of your message is being returned to you because we refuse to forward mail to one or more of the addresses you specified.',
          null,
          'recipient-policy',
        ],
        // rzachariassen/zmailer proto/forms/header (Subject: Invalid message header)
        [
          'A copy of your message is being returned to you because it arrived with an illegal header according to the RFC822/976 protocol specification.',
          null,
          'message-noncompliant',
        ],
        // rzachariassen/zmailer proto/forms/envelope (Subject: Invalid message envelope information)
        [
          "The following message arrived with illegal envelope data, typically a mangled address that doesn't obey the RFC822/976 protocol specification.",
          null,
          'message-noncompliant',
        ],
        // NishiOwO/mmdf src/submit/submit.c:858 + src/smtp/smtpsrvr.c:1169
        ['550 (USER) Unknown user name in "user@example.com"', null, 'recipient-unknown'],
        // NishiOwO/mmdf src/submit/submit.c:862 + lib/mmdf/rp_valstr.c:54
        ['550 (BHST) Unknown host/domain name in "user@example.com"', null, 'recipient-domain-invalid'],
        // NishiOwO/mmdf src/submit/submit.c:851 + src/smtp/smtpsrvr.c:1173
        ['451 (NS) Nameserver Timeout in "user@example.com"', null, 'recipient-system'],
        // NishiOwO/mmdf src/submit/auth_submit.c:734
        [
          "sender 'user@example.com' not authorized to send to address 'user@example.org'",
          null,
          'recipient-policy',
        ],
        // NishiOwO/mmdf src/submit/auth_submit.c:685 (Subject: Authorization Warning)
        ['Not authorized to send mail to address:', null, 'recipient-policy'],
        // NishiOwO/mmdf src/submit/mgt_submit.c:640
        ['Message has travelled too many hops', null, 'mail-loop'],
        // NishiOwO/mmdf src/deliver/deliver.c:1645 (sic; RP_QUOT reply line)
        ['mailbox quota execceded', null, 'mailbox-full'],
        // NishiOwO/mmdf src/smtp/smtpsrvr.c:690
        ['552 Message size exceeds maximum permitted', null, 'message-too-large'],
        // NishiOwO/mmdf src/smtp/smtpsrvr.c:908
        ['452 space shortage, please try later', null, 'recipient-system'],
        // NishiOwO/mmdf src/smtp/smtpsrvr.c:270
        ["421 mx.example.com: Cannot resolve your address. '192.0.2.1'", null, 'sender-infrastructure'],
        // NishiOwO/mmdf lib/mmdf/rtn_proc.c:246-248 (dowarn false)
        ['After 12 days (288 hours), your message could not be fully delivered.', null, 'expired'],
        // NishiOwO/mmdf lib/mmdf/rtn_proc.c:104-106 (wrapper) + src/submit/submit.c:858
        [
          "Your message could not be delivered to 'user@example.com' for the following reason:  '(USER) Unknown user name in \"user@example.com\"'",
          null,
          'recipient-unknown',
        ],
        // KMail kmmessage.cpp createBounce() (find_string id 41241819): "|------------------------- Message log follows: -------------------------|" block, same
        ['no valid recipients were found for this message', null, 'recipient-unknown'],
        // hrs-allbsd/sendmail sendmail/envelope.c:320 ("Cannot send message for %s")
        ['Cannot send message for 5 days', null, 'expired'],
        // hrs-allbsd/sendmail sendmail/deliver.c:260
        [
          '554 5.4.6 Too many hops 26 (25 max): from user@example.org via mx.example.org, to user@example.com',
          null,
          'mail-loop',
        ],
        // hrs-allbsd/sendmail sendmail/usersmtp.c:262
        ['553 5.3.5 mx.example.com config error: mail loops back to me (MX problem?)', null, 'mail-loop'],
        // hrs-allbsd/sendmail sendmail/deliver.c:108 (ERRNULLMX)
        ['556 Host does not accept mail: MX 0 .', '5.1.10', 'recipient-domain-invalid'],
        // hrs-allbsd/sendmail sendmail/deliver.c:7115
        ['550 Host unknown', '5.1.2', 'recipient-domain-invalid'],
        // hrs-allbsd/sendmail sendmail/err.c:1224 ("host not found") -- full wording as quoted in pastebin.com/efGFNryX sendmail log, dsn=5.1.2
        ['Host unknown (Name server: example.com: host not found)', null, 'recipient-domain-invalid'],
        // hrs-allbsd/sendmail sendmail/domain.c:1939
        ['Deferred: DNS failure: CNAME loop for example.com', null, 'recipient-system'],
        // hrs-allbsd/sendmail sendmail/err.c:1211
        ['Host mx.example.com is down', null, 'recipient-system'],
        // hrs-allbsd/sendmail sendmail/queue.c:6045
        ['452 4.4.5 Insufficient disk space; try again later', null, 'recipient-system'],
        // hrs-allbsd/sendmail sendmail/deliver.c:2107
        ['552 Message is too large; 10485760 bytes max', null, 'message-too-large'],
        // hrs-allbsd/sendmail mail.local/mail.local.c:1287 ("%s: Mailbox full or quota exceeded")
        ['Mailbox full or quota exceeded', null, 'mailbox-full'],
        // hrs-allbsd/sendmail cf/m4/proto.m4:83
        ['550 Mailbox disabled for this recipient', '5.2.1', 'mailbox-inactive'],
        // hrs-allbsd/sendmail cf/m4/proto.m4:82
        ['550 Relaying denied. Proper authentication required.', '5.7.1', 'relay-denied'],
        // hrs-allbsd/sendmail cf/m4/proto.m4:2331
        ['550 Relaying denied. IP name possibly forged host.example.org', '5.7.1', 'relay-denied'],
        // hrs-allbsd/sendmail cf/m4/proto.m4:2332
        ['550 Relaying denied. IP name lookup failed host.example.org', '5.7.1', 'relay-denied'],
        // hrs-allbsd/sendmail cf/m4/proto.m4:1846 (FEATURE(dnsbl) default)
        ['550 Rejected: 192.0.2.1 listed at bl.example.net', '5.7.1', 'reputation-block'],
        // hrs-allbsd/sendmail cf/m4/proto.m4:1995
        ['451 Domain of sender address user@example.org does not resolve', '4.1.8', 'sender-infrastructure'],
        // hrs-allbsd/sendmail cf/m4/proto.m4:1996
        ['553 Domain of sender address user@example.org does not exist', '5.1.8', 'sender-infrastructure'],
        // SynchronetBBS/sbbs src/sbbs3/mailsrvr.cpp:4921
        ['550 Unknown User: user@example.com', null, 'recipient-unknown'],
        // SynchronetBBS/sbbs src/sbbs3/mailsrvr.cpp:3786
        ['550 Unknown user.', null, 'recipient-unknown'],
        // SynchronetBBS/sbbs src/sbbs3/mailsrvr.cpp:5209
        ['450 Mailbox full: user@example.com', null, 'mailbox-full'],
        // SynchronetBBS/sbbs src/sbbs3/mailsrvr.cpp:5037
        ['550 Relay not allowed.', null, 'relay-denied'],
        // SynchronetBBS/sbbs src/sbbs3/mailsrvr.cpp:5033
        [
          '553 Relaying through this server requires authentication.  Please authenticate before sending.',
          null,
          'relay-denied',
        ],
        // SynchronetBBS/sbbs src/sbbs3/mailsrvr.cpp:3347
        ['550 Mail from 192.0.2.1 refused due to listing at bl.example.net', null, 'reputation-block'],
        // SynchronetBBS/sbbs src/sbbs3/mailsrvr.cpp:3315
        ['550 CLIENT IP ADDRESS BLOCKED: 192.0.2.1', null, 'reputation-block'],
        // SynchronetBBS/sbbs src/sbbs3/mailsrvr.cpp:3334
        ['550 CLIENT HOSTNAME BLOCKED: host.example.org', null, 'reputation-block'],
        // SynchronetBBS/sbbs src/sbbs3/mailsrvr.cpp:3977
        ['550 Insufficient access: DNS-blacklisted', null, 'reputation-block'],
        // SynchronetBBS/sbbs src/sbbs3/mailsrvr.cpp:3866
        ["554 Mail header missing 'FROM' field", null, 'message-noncompliant'],
        // SynchronetBBS/sbbs src/sbbs3/mailsrvr.cpp:3875
        ["554 Mail header contains mismatched 'FROM' field", null, 'message-noncompliant'],
        // SynchronetBBS/sbbs src/sbbs3/mailsrvr.cpp:4330
        ['500 Line too long (body)', null, 'message-noncompliant'],
        // SynchronetBBS/sbbs src/sbbs3/mailsrvr.cpp:3949
        ['552 Message size (20000000) exceeds maximum: 10485760 bytes', null, 'message-too-large'],
        // SynchronetBBS/sbbs src/sbbs3/mailsrvr.cpp:4867
        ['452 Too many recipients', null, 'rate-limited'],
        // SynchronetBBS/sbbs src/sbbs3/mailsrvr.cpp:4383
        ['421 too many requests, try again later', null, 'rate-limited'],
        // SynchronetBBS/sbbs src/sbbs3/mailsrvr.cpp:5502-5506
        ['bbs.example.com reporting delivery failure of message after 10 attempts', null, 'expired'],
        // SynchronetBBS/sbbs src/sbbs3/mailsrvr.cpp:5654
        ["Error resolving hostname 'mx.example.com'", null, 'recipient-domain-invalid'],
        // SynchronetBBS/sbbs src/sbbs3/mailsrvr.cpp:6065
        ['Error %d obtaining MX record for example.com', null, 'recipient-domain-invalid'],
        // SynchronetBBS/sbbs src/sbbs3/mailsrvr.cpp:5666
        ['Error %d connecting to port 25 on mx.example.com [192.0.2.1]', null, 'recipient-system'],
        // SynchronetBBS/sbbs src/sbbs3/mailsrvr.cpp:73 (badrsp_err format) + 6110
        [
          'mx.example.com replied with: "550 5.1.1 User unknown" instead of the expected reply: "250 ..."',
          null,
          'recipient-unknown',
        ],
        // mingodad/citadel citadel/internet_addressing.c:745 + modules/smtp/serv_smtp.c:768
        ['550 Invalid recipient: user@example.com', null, 'recipient-unknown'],
        // mingodad/citadel citadel/modules/smtp/serv_smtp.c:787
        ['551 <user@example.com> - relaying denied', null, 'relay-denied'],
        // mingodad/citadel citadel/modules/smtp/serv_smtp.c:776
        ['551 <user@example.com> - you do not have permission to send Internet mail', null, 'sender-blocked'],
        // mingodad/citadel citadel/modules/smtp/serv_smtp.c:700
        ['550 You must log in to send mail from example.com', null, 'sender-blocked'],
        // mingodad/citadel citadel/modules/smtp/serv_smtp.c:733
        ['550 You must log in to send mail on this port.', null, 'sender-blocked'],
        // mingodad/citadel citadel/modules/smtp/serv_smtp.c:906
        ["550 Invalid sender 'user@example.com' - rejecting this message.", null, 'sender-infrastructure'],
        // mingodad/citadel citadel/modules/smtp/serv_smtp.c:184
        ['451 Too many connections are already open; please try again later.', null, 'rate-limited'],
        // mingodad/citadel citadel/modules/smtp/serv_smtp.c:965
        ['550 Internal delivery error', null, 'recipient-system'],
        // mingodad/citadel citadel/modules/smtp/serv_smtpqueue.c:646-650
        [
          'A message you sent could not be delivered to some or all of its recipients due to prolonged unavailability of its destination(s). Giving up on the following addresses:',
          null,
          'expired',
        ],
        // mingodad/citadel citadel/modules/smtp/serv_smtpeventclient.c:461
        ['No MX hosts found for <example.com>', null, 'recipient-domain-invalid'],
        // mingodad/citadel citadel/modules/smtp/serv_smtpeventclient.c:787
        ['Timeout: %s while talking to mx.example.com', null, 'recipient-system'],
        // apache/james-project protocols/smtp/.../core/fastfail/AbstractValidRcptHandler.java:62-63
        ['550 5.1.1 Unknown user: user@example.com', null, 'recipient-unknown'],
        // apache/james-project protocols/smtp/.../core/AbstractAuthRequiredToRelayRcptHook.java:47-49
        ['550 5.7.1 Requested action not taken: relaying denied', null, 'relay-denied'],
        // apache/james-project protocols/smtp/.../core/AbstractAuthRequiredToRelayRcptHook.java:39-41
        ['530 5.7.1 Authentication Required', null, 'sender-blocked'],
        // apache/james-project protocols/smtp/.../core/AbstractSenderAuthIdentifyVerificationHook.java:41-45
        ['503 5.7.1 Incorrect Authentication for Specified Email Address', null, 'sender-blocked'],
        // apache/james-project server/protocols/protocols-lmtp/.../MailboxDeliverToRecipientHandler.java:112-113
        ['552 5.2.2 Over Quota error when delivering message to <user@example.com>', null, 'mailbox-full'],
        // apache/james-project protocols/smtp/.../core/esmtp/MailSizeEsmtpExtension.java:60-64
        ['552 5.3.4 Message size exceeds fixed maximum message size', null, 'message-too-large'],
        // apache/james-project protocols/smtp/.../core/fastfail/AbstractGreylistHandler.java:48-52 (greylisting, sic "to fast")
        ['451 4.4.3 Temporary rejected: Reconnect to fast. Please try again later', null, 'rate-limited'],
        // apache/james-project protocols/smtp/.../core/fastfail/AbstractGreylistHandler.java:54-58 (greylisting)
        ['451 4.4.3 Temporary rejected: Please try again later', null, 'rate-limited'],
        // apache/james-project protocols/smtp/.../core/fastfail/DNSRBLHandler.java:192-196 (deny -> default 554)
        [
          '554 5.7.1 Rejected: unauthenticated e-mail from 192.0.2.1 is restricted.  Contact the postmaster for details.',
          null,
          'reputation-block',
        ],
        // apache/james-project server/protocols/protocols-smtp/.../fastfail/URIRBLHandler.java:137
        [
          '554 5.7.0 Rejected: message contains domain example.com listed by multi.uribl.example',
          null,
          'content-rejected',
        ],
        // apache/james-project protocols/smtp/.../core/fastfail/ValidSenderDomainHandler.java:41
        [
          '554 5.1.7 sender user@example.com contains a domain with no valid MX records',
          null,
          'sender-infrastructure',
        ],
        // apache/james-project server/protocols/protocols-smtp/.../fastfail/SPFHandler.java:142 (SPF detail text)
        ['Block caused by an invalid SPF record', null, 'auth-failed'],
        // apache/james-project server/protocols/protocols-smtp/.../DataLineJamesMessageHookHandler.java:149
        ['500 5.0.0 line delimiter must be CRLF', null, 'message-noncompliant'],
        // apache/james-project server/protocols/fetchmail/.../MessageProcessor.java:1284-1288
        [
          '550 - Rejected - This message has been rejected as the message size of 20480.0KB exceeds the maximum permitted size of 10240KB.',
          null,
          'message-too-large',
        ],
        // apache/james-project server/data/data-library/.../AbstractRecipientRewriteTable.java:130 (alias/rewrite recursion)
        ['554 Too many mappings to process', null, 'mail-loop'],
        // apache/james-project server/mailet/mailets/.../remote/delivery/DeliveryRunnable.java:229
        ['Too many retries failure. Bouncing after 5 retries.', null, 'expired'],
        // apache/james-project server/mailet/mailets/.../jsieve/ActionUtils.java:55
        ['This message is looping! Message ID:', null, 'mail-loop'],
        // OpenSMTPD/OpenSMTPD usr.sbin/smtpd/lka_session.c:220 + smtp_session.c:772
        ['550 Invalid recipient: <user@example.com>', null, 'recipient-unknown'],
        // OpenSMTPD/OpenSMTPD usr.sbin/smtpd/smtp_session.c:2849 + esc.c:61
        [
          '554 5.3.4 Message too big for system: Transaction failed, message too big',
          null,
          'message-too-large',
        ],
        // OpenSMTPD/OpenSMTPD usr.sbin/smtpd/smtp_session.c:2855 + esc.c:71
        ['500 5.4.6 Routing loop detected: Loop detected', null, 'mail-loop'],
        // OpenSMTPD/OpenSMTPD usr.sbin/smtpd/smtp_session.c:2861 + esc.c:92
        [
          '550 5.7.1 Delivery not authorized, message refused: Message is not RFC 2822 compliant',
          null,
          'message-noncompliant',
        ],
        // OpenSMTPD/OpenSMTPD usr.sbin/smtpd/smtp_session.c:1586
        ['553 5.1.0 Sender address syntax error', null, 'sender-infrastructure'],
        // OpenSMTPD/OpenSMTPD usr.sbin/smtpd/smtp_session.c:1578 + esc.c:78 (per-session message cap)
        ['452 4.5.3 Too many recipients: Too many messages sent', null, 'rate-limited'],
        // OpenSMTPD/OpenSMTPD usr.sbin/smtpd/smtp_session.c:1611 + esc.c:78
        ['451 4.5.3 Too many recipients: Too many recipients', null, 'rate-limited'],
        // OpenSMTPD/OpenSMTPD usr.sbin/smtpd/smtp_session.c:744
        ['421 4.3.0 Temporary Error', null, 'recipient-system'],
        // OpenSMTPD/OpenSMTPD usr.sbin/smtpd/lka_session.c:177
        ['424 4.2.4 Mailing list expansion problem', null, 'recipient-system'],
        // OpenSMTPD/OpenSMTPD usr.sbin/smtpd/queue.c:214
        ['Envelope expired', null, 'expired'],
        // OpenSMTPD/OpenSMTPD usr.sbin/smtpd/mta.c:1088
        ['Temporary failure in MX lookup', null, 'recipient-system'],
        // CPython email package sample DSN msg_16.txt, quoted in Lib/test/test_email (find_string id 23515319542); body begins "This report relates to a message
        ['Reason: recipient reached disk quota', null, 'mailbox-full'],
        // Verizon (Messaging Server) DSN quoted in a forum post (find_string id 56996172780)
        [
          'Reason: Remote SMTP server has rejected address Diagnostic code: smtp;550 5.1.1 [R2] Recipient user@example.com does not exist here.',
          null,
          'recipient-unknown',
        ],
        // bounce from Postmaster@transmet.com quoted on linux-kernel, 8 Feb 2002 (find_string id 43050478623)
        [
          'This Message was undeliverable due to the following reason: The user(s) account is temporarily over quota.',
          null,
          'mailbox-full',
        ],
        // bounce from Postmaster@verizon.net quoted on a mailing list (find_string id 35993522500)
        [
          'Your message was not delivered because the destination computer was not found.  Carefully check that it was spelled correctly and try sending it again if there were any mistakes.',
          null,
          'recipient-domain-invalid',
        ],
        // same Verizon bounce (find_string id 35993522500)
        ['Host host.example.com not found', null, 'recipient-domain-invalid'],
        // Cingular (Postmaster@ci.com) bounce, imap_tools library sample message (find_string id 15182872401)
        [
          'This Message was undeliverable due to the following reason: <user@example.com> has restricted SMS e-mail',
          null,
          'recipient-policy',
        ],
        // GroupWise NDR quoted in a Java bounce-reader's comment (find_string id 7135543917); body continues "Information about your message:" / "Possibly trunc
        [
          'The message that you sent was undeliverable to the following: user (User not on post office)',
          null,
          'recipient-unknown',
        ],
        // MercuryS reply quoted in nmap smtp-open-relay output (find_string id 8404161858) and PHP "SMTP server response" warnings (ids 49357069388, 42474046532
        ['553 We do not relay non-local mail, sorry.', null, 'relay-denied'],
        // MailEnable reply quoted in a .NET SmtpClient exception (find_string id 40772240400) and in a MailEnable SMTP-log scanner (id 8111823147)
        [
          '503 This mail server requires authentication when attempting to send to a non-local e-mail address. Please check your mail client settings or contact your administrator to verify that the domain or address is defined for this server.',
          null,
          'relay-denied',
        ],
        // https://www.mailenable.com/kb/content/article.asp?ID=ME020226 (Debug log entry written when quota is exceeded)
        ['Mailbox (Mailbox) on postoffice (Postoffice) has exceeded its quota', null, 'mailbox-full'],
        // https://wiki.pscs.co.uk/how_to:552_5.2.3_message_too_large_-_contact_your_administrator
        ['552 5.2.3 message too large - contact your administrator', null, 'message-too-large'],
        // https://wiki.pscs.co.uk/how_to:421_4.3.2_vpop3_too_many_connections_from_your_ip_address_-_try_later
        ['421 4.3.2 vpop3 too many connections from your ip address - try later', null, 'rate-limited'],
        // https://wiki.pscs.co.uk/how_to:550_5.7.1_relaying_not_allowed_bad_sender_ip_address
        ['550 5.7.1 relaying not allowed bad sender ip address', null, 'relay-denied'],
        // https://wiki.pscs.co.uk/how_to:450_4.3.2_content_filter_timeout
        ['450 4.3.2 content filter timeout', null, 'recipient-system'],
        // Syracuse University LISTSERV help page (su-jsm.atlassian.net wiki, "Problem Processing Mail")
        [
          'Mail has been received for delivery to the XXXXXXXX list from a user that had been served out',
          null,
          'recipient-policy',
        ],
        // Mailman reject notice quoted at https://pastebin.com/grK4dDA8
        [
          'You are not allowed to post to this mailing list, and your message has been automatically rejected.',
          null,
          'recipient-policy',
        ],
        // http://hyperreal.org/raves/pb-cle/faq/ (bounce quoted in a list FAQ)
        [
          "ezmlm-reject: fatal: Sorry, I don't accept messages of MIME Content-Type 'text/html' (#5.2.3)",
          null,
          'content-rejected',
        ],
        // DoList (Windows list server) template common-en/notposted.txt (Subject: You cannot post to 'LIST')
        [
          'You have sent an email to <list@example.com> but your mail has been refused for one of the following reasons : - You are not a subscriber to list list, or',
          null,
          'recipient-policy',
        ],
      ],
    },
  "Mail servers of China, Korea, Russia and Eastern Europe (Yandex's NwSMTP, Coremail, Winmail, 263, HiChina, Forpsi)":
    {
      source: 'their source code and help pages',
      rows: [
        // yandex/NwSMTP src/bb_client_rcpt.cpp:188 and :222
        ['550 5.7.1 Policy rejection on the target address', '5.7.1', 'mailbox-inactive'],
        // yandex/NwSMTP src/bb_client_rcpt.cpp:168; src/smtp_connection.cpp:1775
        ['550 5.7.1 No such user!', '5.7.1', 'recipient-unknown'],
        // yandex/NwSMTP src/options.cpp:23; src/smtp_connection.cpp:565
        ['451 4.7.1 Service unavailable - try again later', '4.7.1', 'recipient-system'],
        // yandex/NwSMTP src/smtp_connection.cpp:694 and :858
        [
          '451 4.5.1 The recipient <user@example.com> has exceeded their message rate limit. Try again later.',
          '4.5.1',
          'rate-limited',
        ],
        // yandex/NwSMTP src/smtp_connection_manager.cpp:21 (host name is the server's own)
        ['421 4.7.0 mx.example.com Error: too many connections from 192.0.2.1', '4.7.0', 'rate-limited'],
        // yandex/NwSMTP src/smtp_connection.cpp:1660
        ['452 4.5.3 Error: too many recipients', '4.5.3', 'rate-limited'],
        // yandex/NwSMTP src/smtp_connection.cpp:1368
        ['421 4.7.0 mx.example.com Error: too many errors', '4.7.0', 'rate-limited'],
        // yandex/NwSMTP src/rbl.cpp:54 (format "%1% blocked using %2% ... subject=%3%")
        [
          '554 5.7.1 Service unavailable; Client host [192.0.2.1] blocked using bl.example.com; Blocked by spam statistics - see http://feedback.yandex.ru/?from=mail-rejects&subject=192.0.2.1',
          '5.7.1',
          'reputation-block',
        ],
        // yandex/NwSMTP src/so_client.cpp:744
        ['554 5.7.1 Message rejected under suspicion of SPAM', '5.7.1', 'content-rejected'],
        // yandex/NwSMTP src/avir_client.cpp:380
        ['554 5.7.1 Message infected by virus;', '5.7.1', 'content-rejected'],
        // yandex/NwSMTP src/smtp_connection.cpp:1900 (reply to MAIL FROM SIZE=)
        ['552 5.3.4 Message size exceeds fixed limit.', '5.3.4', 'message-too-large'],
        // yandex/NwSMTP src/smtp_connection.cpp:518 (during DATA)
        ['552 5.3.4 Error: message file too big;', '5.3.4', 'message-too-large'],
        // yandex/NwSMTP src/smtp_connection_mailfrom.cpp:51; also find_string id 71609866670 (test table, classed AccountError)
        ['553 5.7.1 Sender address rejected: not owned by auth user.', '5.7.1', 'sender-blocked'],
        // yandex/NwSMTP src/smtp_connection_auth.cpp:161
        ['535 5.7.8 Error: authentication failed: Invalid user or password!', '5.7.8', 'sender-blocked'],
        // yandex/NwSMTP src/smtp_connection.cpp:1874
        ['503 5.5.4 Error: send AUTH command first.', '5.5.4', 'sender-blocked'],
        // yandex/NwSMTP src/smtp_connection.cpp:1889 (MAIL FROM syntax)
        ['501 5.1.7 Bad address mailbox syntax.', '5.1.7', 'sender-infrastructure'],
        // yandex/NwSMTP src/smtp_connection.cpp:1546 (EHLO variant at :1584)
        ['501 5.5.4 HELO requires domain address.', '5.5.4', 'sender-infrastructure'],
        // yandex/NwSMTP src/smtp_connection.cpp:1866
        ['503 5.5.4 Good girl is greeting first.', '5.5.4', 'message-noncompliant'],
        // https://www.icoremail.vip/support/index.php?cate_id=84&page=5&start=0
        ['Requested action not taken: mail %s is rejected', null, 'recipient-policy'],
        // https://www.icoremail.vip/support/index.php?cate_id=84&page=5&start=0
        ['rcpt is rejected', null, 'recipient-policy'],
        // https://www.icoremail.vip/support/index.php?cate_id=84&page=5&start=0
        ['User rejected', null, 'recipient-policy'],
        // https://www.icoremail.vip/support/index.php?cate_id=84&page=5&start=0
        ['IP is rejected', null, 'reputation-block'],
        // https://m.wh-163.com/mobile/index/show/catid/2/id/588.html (linked 退信提示 article titles)
        [
          'SMTP error, RCPT TO:550 5.2.1 The email account that you tried to reach is disabled.',
          '5.2.1',
          'mailbox-inactive',
        ],
        // https://m.wh-163.com/mobile/index/show/catid/2/id/588.html
        ['MAIL FROM: 550 5.0.0 Mail rejected due to possible SPAM。', '5.0.0', 'content-rejected'],
        // https://www.icoremail.vip/support/index.php?cate_id=84&page=8&start=225
        ["local server don't exists that user", null, 'recipient-unknown'],
        // https://www.icoremail.vip/support/index.php?cate_id=84&page=8&start=225
        ['not user of this server', null, 'recipient-unknown'],
        // https://www.icoremail.vip/support/index.php?cate_id=84&page=8&start=225
        ['unavailable mail user', null, 'recipient-unknown'],
        // https://www.icoremail.vip/support/index.php?cate_id=84&page=8&start=225
        ['user disabled', null, 'mailbox-inactive'],
        // https://winmail.cn/faq_setup.php (telnet test, "rcpt to: test@qq.com")
        ["553 you don't authenticate or the domain is not allowed relay.", null, 'relay-denied'],
        // https://winmail.cn/faq_setup.php
        [
          "553 sorry, your don't authenticate and the domain isn't in my list of allowed rcpthosts(#5.7.1)",
          '5.7.1',
          'relay-denied',
        ],
        // https://360docs.net/doc/a61843873.html (内部错误)
        ['450 out of memory.', null, 'recipient-system'],
        // https://360docs.net/doc/a61843873.html (队列忙)
        ['450 queue unavailable.', null, 'recipient-system'],
        // https://blog.sina.com.cn/s/blog_8dc13ec50101fxxr.html (临时数据访问失败)
        ['450 database temporary error.', null, 'recipient-system'],
        // https://360docs.net/doc/a61843873.html (超出 RCPT 允许上限)
        ['451 out of allow RCPT numbers.', null, 'rate-limited'],
        // https://360docs.net/doc/a61843873.html
        ['451 stray newline', null, 'message-noncompliant'],
        // https://360docs.net/doc/a61843873.html (邮箱不存在)
        ['550 mailbox unavailable.', null, 'recipient-unknown'],
        // https://360docs.net/doc/a61843873.html
        ['552 message rejected by anti-spam engine.', null, 'content-rejected'],
        // https://360docs.net/doc/a61843873.html (信件包含无法清除的病毒)
        ['552 Virus found.', null, 'content-rejected'],
        // https://360docs.net/doc/a61843873.html (邮件大小超过限制)
        ['552 message is too long.', null, 'message-too-large'],
        // https://360docs.net/doc/a61843873.html (单个附件大小超出限制)
        ['554 attachment is too long.', null, 'message-too-large'],
        // https://360docs.net/doc/a61843873.html (发件人地址不合法)
        ['552 mail from invalid.', null, 'sender-infrastructure'],
        // https://360docs.net/doc/a61843873.html (发信人地址不合法)
        ['554 sender is unvalidated.', null, 'sender-infrastructure'],
        // https://360docs.net/doc/a61843873.html (列表访问拒绝)
        ['553 private list access denied.', null, 'recipient-policy'],
        // https://360docs.net/doc/a61843873.html
        ['553 relay check domain fail', null, 'relay-denied'],
        // https://360docs.net/doc/a61843873.html (拒绝中继)
        ['553 host denies relay.', null, 'relay-denied'],
        // https://360docs.net/doc/a61843873.html (本域用户必须通过验证)
        ['553 relay check local fail.', null, 'sender-blocked'],
        // https://blog.sina.com.cn/s/blog_8dc13ec50101fxxr.html (不是合法的邮件服务器)
        ['554 smtpport check error.', null, 'sender-infrastructure'],
        // http://www.263gmail.js.cn/help/13/2.htm (263 help: 收件人信箱地址错误, also a wrong mailing-list name)
        ['user not exist (in reply to RCPT TO command)', null, 'recipient-unknown'],
        // https://max.book118.com/html/2017/0108/81360738.shtm (收件方邮箱地址不存在)
        ['account does not exist', null, 'recipient-unknown'],
        // https://www.emailhost.com.cn/service.html?article_category=25&brd=1 (发信数超限制)
        ['sending quota exceeded', null, 'sender-blocked'],
        // https://www.emailhost.com.cn/service.html?article_category=25&brd=1 (网络异常)
        ['rcpt handle timeout', null, 'recipient-system'],
        // https://www.emailhost.com.cn/service.html?article_category=25&brd=1 (域名不存在)
        ['DNS query error', null, 'recipient-domain-invalid'],
        // https://www.emailhost.com.cn/service.html?article_category=25&brd=1 (垃圾邮件退信)
        ['Content reject/Spam denied', null, 'content-rejected'],
        // https://www.fobhost.com/jishuzhichi/jishuzhichi59.html (发件人IP被屏蔽)
        ['remote ip is forbidden', null, 'reputation-block'],
        // https://www.fobhost.com/jishuzhichi/jishuzhichi59.html (帐号被禁用(冻结或删除等))
        ['User user@example.com is disabled', null, 'mailbox-inactive'],
        // https://www.fobhost.com/jishuzhichi/jishuzhichi59.html; http://www.tnet.hk/support/email/reemail_old.php (<***@163.net>……User ***@163.net is not found
        ['User user@example.com is not found in Server', null, 'recipient-unknown'],
        // https://yfs8.com/view/962889.html (<***@163>:Quota exceed the hard limit for user ***@163); https://wz.0733.com.cn/web/news-56.html
        ['Quota exceed the hard limit for user user@163.com', null, 'mailbox-full'],
        // https://yfs8.com/view/962889.html (<***@themail> host ... said)
        ["552 This person's account is exceeding their quota.", null, 'mailbox-full'],
        // https://wz.0733.com.cn/web/news-56.html (接收方邮箱已经没有足够的空间)
        ['mail box space not enough', null, 'mailbox-full'],
        // http://023dns.com/mail_send/728.html
        ["receiptor's mailbox is full(#5.5.4)", null, 'mailbox-full'],
        // http://023dns.com/mail_send/728.html (OE error keyword, 对方空间已满)
        ["User's disk quota exceeded", null, 'mailbox-full'],
        // https://help.url.com.tw/1989.html
        ['550 Error: SB0102 - Rejected: SPAM', null, 'content-rejected'],
        // https://help.url.com.tw/1989.html
        ['The users mailfolder is over the allowed quota (size).', null, 'mailbox-full'],
        // https://help.url.com.tw/1989.html
        [
          "553 your mailserver's ip is listed in blacklist. Blocked - see http://cbl.abuseat.org/lookup.cgi?ip=192.0.2.1",
          null,
          'reputation-block',
        ],
        // https://foxydog.tistory.com/69 (Sniper = Korean mail security gateway)
        ['550 [Sniper] Exceeds the limit size of email', null, 'message-too-large'],
        // https://foxydog.tistory.com/180
        ['550 (Mailbox) Quota Violation', null, 'mailbox-full'],
        // https://foxydog.tistory.com/180
        ["550 The recipient's mailbox is full", null, 'mailbox-full'],
        // http://blog.jinbo.net/007/archive/20051107
        ['SERVER REPLY: 501 Denied domain name', null, 'recipient-policy'],
        // http://blog.jinbo.net/007/archive/20051107
        ['441 4.4.1 No answer from host', '4.4.1', 'recipient-system'],
        // http://blog.jinbo.net/007/archive/20051107
        ['451 4.3.0 Temporary system failure. Please try again later.', '4.3.0', 'recipient-system'],
        // http://blog.jinbo.net/007/archive/20051107
        ['451 4.4.2 Bad connection (io timeout)', '4.4.2', 'recipient-system'],
        // http://blog.jinbo.net/007/archive/20051107
        ['452 4.4.5 Insufficient disk space; try again later', '4.4.5', 'recipient-system'],
        // https://puffinknight.tistory.com/102 (Yahoo Korea, under 일시적인 전송 실패)
        ['451 mta113.mail.krs.yahoo.com Resources temporarily unavailable', null, 'recipient-system'],
        // https://mailout.ru/2015/09 (Mail.ru examples: «Mailbox Full» или «User quota exceeded»)
        ['User quota exceeded', null, 'mailbox-full'],
        // find_string id 21001082884 (status err_user_unknown)
        ['Адрес не существует, доставка не удалась. Статус окончательный.', null, 'recipient-unknown'],
        // find_string id 21001082884 (status err_no_dns)
        ['Нет записи или некорректная запись в DNS.', null, 'recipient-domain-invalid'],
        // find_string id 21001082884 (status err_no_smtp)
        ['Запись в DNS есть, но smtp сервер отсутствует.', null, 'recipient-domain-invalid'],
        // https://support.grhosting.cz/kb/a290/email-se-vratil-odesilateli-jako-nedorucitelny.aspx; https://support.konto.pl/kb/a2871/ograniczenie-wiadomosci-pr
        ['552 5.1.1 5.2.2 sorry, final recipient mailbox is full (chkuser)', '5.2.2', 'mailbox-full'],
        // https://support.grhosting.cz/kb/a290/email-se-vratil-odesilateli-jako-nedorucitelny.aspx; https://wiki.aspone.cz/wiki/index.php?diff=next&oldid=5307&t
        ['552 5.2.0 0biL1i00V1cmcpM01biL4w spam detected', '5.2.0', 'content-rejected'],
        // https://support.grhosting.cz/kb/a290/email-se-vratil-odesilateli-jako-nedorucitelny.aspx; https://support.konto.pl/kb/a2871/ograniczenie-wiadomosci-pr
        ['550 5.1.0 0bcW1i00G0jifNx01bcmHa blocked by SPF', '5.1.0', 'auth-failed'],
        // https://faq.c4.cz/odeslany-e-mail-se-vraci-zpet-s-chybou
        ['[SPF] 192.0.2.1 is not allowed to send mail from example.cz.', null, 'auth-failed'],
        // http://cgi.t-online.hu/bra02/mxtest.cgi?err=GRYLST
        ['You are greylisted', null, 'rate-limited'],
      ],
    },
  "Providers of the 2000s (AOL's RTR/DYN/CON/RLY codes, Yahoo's TS and VS codes, Hotmail, EarthLink, Comcast's BL codes, AT&T WorldNet, T-Online, German and Italian providers)":
    {
      source: 'their archived postmaster and help pages, admin blogs and list posts',
      rows: [
        // http://community.hostcheetah.com/topic/267/aol-postmaster/ (copy of postmaster.aol.com/Postmaster.Errors.php) ; https://cadzow.com.au/cadzow/details.a
        ['554 RTR:BB', null, 'sender-infrastructure'],
        // http://postmaster.info.aol.com/errors/ (AOL page lists code and link on two lines)
        ['554 RTR:DU http://postmaster.info.aol.com/errors/554rtrdu.html', null, 'sender-infrastructure'],
        // http://community.hostcheetah.com/topic/267/aol-postmaster/ ("reverse DNS of your IP Address is typical of a dynamic IP Address")
        ['554 RTR:RD', null, 'sender-infrastructure'],
        // http://community.hostcheetah.com/topic/267/aol-postmaster/ ("network may be compromised and is sending mail that matches the signature of known spam")
        ['554 RTR:CH', null, 'reputation-block'],
        // https://blog.mailchannels.com/?p=953 ("permanent block ... due to poor IP reputation")
        ['554 (RTR:BL) http://postmaster.info.aol.com/errors/554rtrbl.html', null, 'reputation-block'],
        // http://postmaster-us.info.aol.com/errors/554rlyb1.html ; http://postmaster.info.aol.com/errors/ (dynamic block when member complaints exceed threshold
        ['554 RLY:B1 http://postmaster.info.aol.com/errors/554rlyb1.html', null, 'reputation-block'],
        // http://postmaster-us.info.aol.com/errors/554hvub1.html (blocked domain anywhere in the message body source)
        ['554 HVU:B1 http://postmaster.info.aol.com/errors/554hvub1.html', null, 'content-rejected'],
        // SendGrid docs "Common SMTP Server Bounce Responses" (find_string id 1444798783, listed as throttled)
        ['421 4.7.1 : (DYN:T1) http://postmaster.info.aol.com/errors/421dynt1.html', '4.7.1', 'rate-limited'],
        // https://wordtothewise.com/2012/10/mail-problems-at-aol ("SMTP error from remote mail server after end of data: host mailin-02.mx.aol.com")
        ['521 5.2.1 :(CON:B1) http://postmaster.info.aol.com/errors/554conb1.html', '5.2.1', 'rate-limited'],
        // https://wordtothewise.com/2012/10/mail-problems-at-aol
        ['421 mtain-dg03.r1000.mx.aol.com Service unavailable - try again later', null, 'recipient-system'],
        // https://admin.shamot.cz/?p=154 ("AOL's misconfigured SMTP servers bouncing emails with 521 error")
        ['521 5.2.1 "Service unavailable. Please try again later."', '5.2.1', 'recipient-system'],
        // https://www.wordtothewise.com/2017/03/aol-accidentally-hard-bounces-valid-mail ; SendGrid docs (find_string id 1444798783) ; https://github.com/hippic
        ['550 5.1.1 <user@aol.com>: Recipient address rejected: aol.com', '5.1.1', 'recipient-unknown'],
        // http://help.aol.com/help/microsites/search.do?cmd=displayKC&docType=kc&externalId=73062 ; http://help.aol.co.uk/mailer-daemon-email-message/article/20
        ['550 Mailbox not found', null, 'recipient-unknown'],
        // http://www.sitepackage.de/service/dokumentation/auswertung/typische-fehlermeldungen-bei-unzustellbarkeit.html (AOL)
        ['550 MAILBOX NOT FOUND', null, 'recipient-unknown'],
        // http://www.chilipepperweb.net/email-support/mail-quota-exceeded.html ("like this one from America Online")
        ['552 user@aol.com has a full mailbox', null, 'mailbox-full'],
        // https://help.aol.co.uk/articles/what-is-a-mailer-daemon-message-and-why-did-i-receive-one ("blocked by privacy or spam control settings set by the own
        ['550 is not accepting mail from this sender', null, 'recipient-policy'],
        // http://community.hostcheetah.com/topic/267/aol-postmaster/ (AOL's example of a non-spam-policy error)
        ['550 user not accepting mail from this sender', null, 'recipient-policy'],
        // https://help.aol.co.uk/articles/what-is-a-mailer-daemon-message-and-why-did-i-receive-one (reason "This user doesn't have a aol.com account (XXX123@ao
        ["554 delivery error: This user doesn't have a aol.com account", null, 'recipient-unknown'],
        // http://blog.mailchannels.com/2012/09/why-is-yahoo-temp-failing-my-mail ; https://pacificbulbsociety.org/pbslist/2008-February/f9mbtrprt87b2n39husj3884
        [
          '421 4.7.0 [TS01] Messages from 192.0.2.1 temporarily deferred due to user complaints - 4.16.55.1; see http://postmaster.yahoo.com/421-ts01.html',
          '4.7.0',
          'reputation-block',
        ],
        // https://help.zoho.com/portal/en/community/topic/message-from-zoho-to-yahoo-elicits-421-responses ; https://help.yahoo.com/kb/postmaster/SLN3326.html
        [
          '421 4.7.0 [TS02] Messages from 192.0.2.1 temporarily deferred due to user complaints - 4.16.56.1; see http://postmaster.yahoo.com/421-ts02.html',
          '4.7.0',
          'reputation-block',
        ],
        // https://itecnotes.com/server/my-email-server-is-being-blocked-by-yahoo-ts03-message-permanently-deferred (postfix log "refused to talk to me")
        [
          '421 4.7.1 [TS03] All messages from 192.0.2.1 will be permanently deferred; Retrying will NOT succeed.',
          '4.7.1',
          'reputation-block',
        ],
        // SendGrid docs "Common SMTP Server Bounce Responses" (find_string id 1444798783)
        [
          '421 4.7.0 [GL01] Message from (192.0.2.1) temporarily deferred - 4.16.50. Please refer to http://postmaster.yahoo.com/errors/postmaster-21.html',
          '4.7.0',
          'rate-limited',
        ],
        // https://onlinecustomerspecialists.com/how-to-remove-your-ip-from-yahoo-blacklist/ (2009) ; find_string id 53877818850
        [
          "553 5.7.1 [BL21] Connections will not be accepted from 192.0.2.1, because the ip is in Spamhaus's list; see http://postmaster.yahoo.com/550-bl23.html",
          '5.7.1',
          'reputation-block',
        ],
        // Momentum docs "The adaptive_rules.lua File" (find_string id 2030983661, yahoo.com rules)
        [
          '553 Mail from 192.0.2.1 not allowed - 5.7.1 [BL23] Connections not accepted from IP addresses on Spamhaus XBL',
          '5.7.1',
          'reputation-block',
        ],
        // https://help.yahoo.com/kb/mail-for-desktop/SLN3444.html
        [
          '451 VS1-IP Excessive unknown recipients - possible Open Relay (#4.1.8)',
          '4.1.8',
          'reputation-block',
        ],
        // https://help.yahoo.com/kb/mail-for-desktop/SLN3444.html
        [
          '451 VS1-MF Excessive unknown recipients - possible Open Relay (#4.4.5)',
          '4.4.5',
          'reputation-block',
        ],
        // http://zort.org/email/excessive-unknown-recipients (telnet to mx4.mail.yahoo.com, 29/11/2004)
        [
          '421 VS1-IP Excessive unknown recipients - possible Open Relay http://help.yahoo.com/help/us/mail/spam/spam-18.html (#4.1.8)',
          '4.1.8',
          'reputation-block',
        ],
        // Momentum docs "The adaptive_rules.lua File" (find_string id 2030983661; rule note "Have you configured DK correctly?")
        ['554 Message not allowed. DK Email not accepted for policy reasons', null, 'auth-failed'],
        // https://help.yahoo.com/kb/mail-for-desktop/SLN3444.html ("The Yahoo Mail servers are temporarily too busy")
        ['421 Resources temporarily unavailable. Please try again later', null, 'recipient-system'],
        // SendGrid docs (find_string id 1444798783)
        [
          '451 mta1012.mail.gq1.yahoo.com Resources temporarily unavailable. Please try again later [#4.16.1].',
          '4.16.1',
          'recipient-system',
        ],
        // http://www.sitepackage.de/service/dokumentation/auswertung/typische-fehlermeldungen-bei-unzustellbarkeit.html (Yahoo)
        ["554 delivery error: dd This user doesn't have a yahoo.de account", null, 'recipient-unknown'],
        // https://www.cybersalt.org/funblog/bounce-management-policies (Rule #13, "A Yahoo.com server returns a string containing")
        ["This user doesn't have a sbcglobal.net account", null, 'recipient-unknown'],
        // http://www.sitepackage.de/service/dokumentation/auswertung/typische-fehlermeldungen-bei-unzustellbarkeit.html ; http://support.blackpearlmail.com/know
        [
          '554 delivery error: dd Sorry your message to user@example.com cannot be delivered. This account has been disabled or discontinued',
          null,
          'mailbox-inactive',
        ],
        // http://wiki.ubiquityhosting.com/index.php/Delivery_Status_Notification ("Remote host said:")
        [
          '554 delivery error: Sorry, your message to user@example.com cannot be elivered. This account is over quota.',
          null,
          'mailbox-full',
        ],
        // http://pobox.com/bounce-common.mhtml ("<user@yahoo.com>: User is over the quota. You can try again later.")
        ['User is over the quota. You can try again later.', null, 'mailbox-full'],
        // http://pobox.com/bounce-common.mhtml ("<user@yahoo.com>: host mx2.mail.yahoo.com said:")
        ['552 message size exceeds maximum message size', null, 'message-too-large'],
        // https://jumpmedia.co.uk/support/index.php?_m=knowledgebase&_a=viewarticle&kbarticleid=37 (07 Jan 2009, "Server response to MAIL FROM:"; text cut off b
        [
          '550 OU-002 Mail rejected by Windows Live Hotmail for policy reasons. Reasons for rejection may be related to content with spam-like characteristics or IP/domain reputation problems. If you are not an email/network admin please contact your E-mail/Internet Service Provider for help. Email/network admins, please visit http://postmaster.live.com for email',
          null,
          'reputation-block',
        ],
        // find_string id 10274039920 / 17681109135 (Java mail-verifier code comments quoting hotmail's reply to MAIL FROM)
        [
          "550 OU-001 (SNT004-MC1F43) Unfortunately, messages from 192.0.2.1 weren't sent.",
          null,
          'reputation-block',
        ],
        // find_string id 53877818850 (bounce-rate guide, "Stage 1: Throttling")
        [
          "421 RP-001 (BAY004) Unfortunately, some messages from 192.0.2.1 weren't sent. Please try again.",
          null,
          'rate-limited',
        ],
        // http://pobox.com/bounce-common.mhtml ("<user@hotmail.com>: host mail9.hotmail.com said:") ; http://www.chilipepperweb.net/email-support/mail-quota-exc
        ['552 Requested mail action aborted: exceeded storage allocation', null, 'mailbox-full'],
        // http://www.sitepackage.de/service/dokumentation/auswertung/typische-fehlermeldungen-bei-unzustellbarkeit.html (Hotmail) ; SendGrid docs (find_string i
        ['550 Requested action not taken: mailbox unavailable', null, 'recipient-unknown'],
        // https://www.cybersalt.org/funblog/bounce-management-policies (Rule #55, "An sbcglobal.net or pacbell.net server returns a string containing"; spelling
        ['Adressee Unknown', null, 'recipient-unknown'],
        // Momentum docs "The adaptive_rules.lua File" (find_string id 2030983661, bellsouth.net rules, throttle down)
        ['450 too frequent connects from', null, 'rate-limited'],
        // http://pobox.com/bounce-common.mhtml ("<user@bellsouth.net>: host mx01.mail.bellsouth.net said:")
        ['552 Message size exceeds fixed maximum message size: 5242880 bytes', null, 'message-too-large'],
        // https://lists.freebsd.org/pipermail/freebsd-doc/2009-October/016377.html (EarthLink auto-reply quoting the error) ; http://www.rackaid.com/resources/h
        [
          '550 Dynamic/zombied/spam IPs blocked. Write blockedbyearthlink@abuse.earthlink.net',
          null,
          'reputation-block',
        ],
        // https://support.earthlink.net/articles/email/email-blocked-by-earthlink.php (Article 35652; the page removed the link that follows "Go to")
        ['550 IP 192.0.2.1 is blocked by EarthLink.', null, 'reputation-block'],
        // http://www.chilipepperweb.net/email-support/mail-quota-exceeded.html (sendmail transcript "... while talking to c.mx.juno.com.: >>> RCPT To: <<< 552 .
        ['552 <user@juno.com>... Mail quota exceeded', null, 'mailbox-full'],
        // http://help.netzero.com/support/webmail/u-understand-mdf.html ("Mail Quota Exceeded/Mailbox Disk Quota Exceeded")
        ['Mailbox Disk Quota Exceeded', null, 'mailbox-full'],
        // http://security.comcast.net/get-help/Mail-Delivery-Error-Messages.aspx ("Comcast allows 10 simultaneous connections")
        ['421 - [Too many sessions opened]', null, 'rate-limited'],
        // http://security.comcast.net/get-help/Mail-Delivery-Error-Messages.aspx ("Comcast requires all sending IP addresses have a valid rDNS")
        ['421 - [Reverse DNS failure : Try again later]', null, 'sender-infrastructure'],
        // https://docs.hetrixtools.com/how-to-remove-your-ip-from-the-comcast-blacklist/
        [
          'BL000000 Email from your mail server has been sent in patterns that are characteristic of spam.',
          null,
          'reputation-block',
        ],
        // http://postmaster.comcast.net/mail-error-codes.html ("mail delivery is attempted from external dynamic/residential space")
        ['ES000010', null, 'sender-infrastructure'],
        // http://postmaster.comcast.net/mail-error-codes.html ("listed on the Spamhaus Zen Blocklist")
        ['BL000001', null, 'reputation-block'],
        // Momentum docs (find_string id 2030983661, rr.com, "IP name lookup failed")
        ['554 5.7.1 - ERROR: Connection refused. IP name lookup failed', '5.7.1', 'sender-infrastructure'],
        // Momentum docs (find_string id 2030983661, rr.com)
        [
          '421 4.7.1 - ERROR: Connection refused. Cannot resolve PTR record',
          '4.7.1',
          'sender-infrastructure',
        ],
        // Momentum docs (find_string id 2030983661, rr.com, "IP blocked, remediation with rr.com required")
        [
          'ERROR: Mail refused - <192.0.2.1> - See http://security.rr.com/cgi-bin/block-lookup',
          null,
          'reputation-block',
        ],
        // Momentum docs (find_string id 2030983661, rr.com, reduce_deliveries)
        ['Exceeded limit for recipients per connection.', null, 'rate-limited'],
        // Momentum docs (find_string id 2030983661, rr.com, reduce_connections)
        ['Too many concurrent connections', null, 'rate-limited'],
        // Momentum docs (find_string id 2030983661, verizon.com/verizon.net, "Remediation with Verizon required")
        [
          "571 Email from 192.0.2.1 is currently blocked by Verizon Online's anti-spam system",
          null,
          'reputation-block',
        ],
        // https://bllmnn.de/2024/05/fehler-554-none-bad-reputation-beim-mailversand-an-t-online-de ("host mx03.t-online.de[...] refused to talk to me") ; https:
        [
          '554 IP=192.0.2.1 - None/bad reputation. Ask your postmaster for help or to contact tobr@rx.t-online.de for reset. (NOWL)',
          null,
          'reputation-block',
        ],
        // https://help.creoline.com/de/doc/t-online-554-dialuptransient-ip-not-allowed-zVwMz4z866
        [
          '554: Dialup/transient IP not allowed. Use a mailgateway or contact toda@rx.t-online.de if obsolete. (DIAL)',
          null,
          'sender-infrastructure',
        ],
        // http://www.sitepackage.de/service/dokumentation/auswertung/typische-fehlermeldungen-bei-unzustellbarkeit.html (T-Online)
        ['550 5.1.1 user unknown', '5.1.1', 'recipient-unknown'],
        // http://www.sitepackage.de/service/dokumentation/auswertung/typische-fehlermeldungen-bei-unzustellbarkeit.html (T-Online)
        ['552 5.2.2 Over STORAGE quota', '5.2.2', 'mailbox-full'],
        // http://www.sitepackage.de/service/dokumentation/auswertung/typische-fehlermeldungen-bei-unzustellbarkeit.html (GMX)
        ['550 5.1.1 ... User is unknown', '5.1.1', 'recipient-unknown'],
        // http://www.sitepackage.de/service/dokumentation/auswertung/typische-fehlermeldungen-bei-unzustellbarkeit.html (GMX)
        ['550 5.2.1 ... User is inactive', '5.2.1', 'mailbox-inactive'],
        // http://www.sitepackage.de/service/dokumentation/auswertung/typische-fehlermeldungen-bei-unzustellbarkeit.html (Web.de, %alias% is the page's placehold
        ['550 Unknown local part %alias% in', null, 'recipient-unknown'],
        // http://www.sitepackage.de/service/dokumentation/auswertung/typische-fehlermeldungen-bei-unzustellbarkeit.html (CompuServe)
        ['550 5.1.1 ... Mailbox not found', '5.1.1', 'recipient-unknown'],
        // http://www.sitepackage.de/service/dokumentation/auswertung/typische-fehlermeldungen-bei-unzustellbarkeit.html (CompuServe)
        [
          '554 Refused. Your reverse DNS entry contains your IP address and a country code.',
          null,
          'sender-infrastructure',
        ],
        // http://www.sitepackage.de/service/dokumentation/auswertung/typische-fehlermeldungen-bei-unzustellbarkeit.html (Lycos; address removed by the page)
        ['550 : Recipient address rejected: Account Closed', null, 'mailbox-inactive'],
        // http://www.sitepackage.de/service/dokumentation/auswertung/typische-fehlermeldungen-bei-unzustellbarkeit.html (Lycos)
        ['mailbox full - quota exceeded', null, 'mailbox-full'],
        // http://www.sitepackage.de/service/dokumentation/auswertung/typische-fehlermeldungen-bei-unzustellbarkeit.html (Lycos; address removed by the page)
        [
          '550 : Recipient address rejected: User unknown in local recipient table',
          null,
          'recipient-unknown',
        ],
        // http://xoomer.virgilio.it/cpoeri/PCTel/Trucchi/Suggerimento007.htm ("tizio@virgilio.it; Failed; 5.2.2 (mailbox full) Remote MTA ims1c.cp.tin.it: SMTP
        ['443 RCPT TO:<user@virgilio.it> Mailbox disk quota exceeded', '5.2.2', 'mailbox-full'],
        // Momentum docs (find_string id 2030983661, free.fr rules: "Blocked due to spam, Remediation with Free.fr required")
        ['421 Too many spams from your IP', null, 'reputation-block'],
        // Momentum docs (find_string id 2030983661, free.fr rules)
        ['550 Too many spams from your IP', null, 'reputation-block'],
        // Momentum docs (find_string id 2030983661, free.fr rules)
        ['451 too many errors from your IP', null, 'rate-limited'],
        // http://pobox.com/bounce-common.mhtml ("host in7.ibm.net said:")
        ['552 <user@ibm.net>... Mailbox is full', null, 'mailbox-full'],
        // http://pobox.com/bounce-common.mhtml ("<user1@home.com>: host mx-rr.home.com said:", @Home Network)
        ['552 Message size exceeds fixed maximum message size (5000000)', null, 'message-too-large'],
        // http://pobox.com/bounce-common.mhtml (listed under "Mailbox is full")
        ['procmail: Mailbox limit exceeded while appending message', null, 'mailbox-full'],
        // http://wiki.ubiquityhosting.com/index.php/Delivery_Status_Notification ("Remote host said:")
        ['550 5.7.1 Rejected: mail.example.com listed at relays.ordb.org', '5.7.1', 'reputation-block'],
        // http://wiki.ubiquityhosting.com/index.php/Delivery_Status_Notification ("Remote host said:")
        ['553 bad reverse dns', null, 'sender-infrastructure'],
        // http://wiki.ubiquityhosting.com/index.php/Delivery_Status_Notification
        ['551 Requested action not taken: mailbox full', null, 'mailbox-full'],
        // https://help.inbox.eu/category/10204/question/10147 (inbox.lv/inbox.eu 2008, mailbox blocked after 9 months without login)
        ['554 5.7.1 rejected: Inactive user', '5.7.1', 'mailbox-inactive'],
        // http://parkscomm.com/spampolicy.html (ISP page listing "all of the messages our server sends when it blocks email")
        ['Too many recipients. Try the remaining addresses again later.', null, 'rate-limited'],
      ],
    },
  "Refusals about the sender's side (envelope sender, From header, sending host, sending account) from Postfix, Exim, sendmail, OpenSMTPD, Courier, Stalwart, Haraka, spamdyke, rspamd, Exchange, Gmail, Outlook.com, Yahoo, SES and SendGrid":
    {
      source: 'their source code and documentation, named per line',
      rows: [
        // vdukhovni/postfix postfix/src/smtpd/smtpd_check.c:1597 (reject_unknown_sender_domain); rendered in postfix/src/smtpd/smtpd_check.ref
        [
          '450 4.1.8 <user@example.com>: Sender address rejected: Domain not found',
          '4.1.8',
          'sender-infrastructure',
        ],
        // vdukhovni/postfix postfix/src/smtpd/smtpd_check.c:1581; rendered in postfix/src/smtpd/*.ref
        [
          '550 5.7.27 <user@example.com>: Sender address rejected: Domain example.com does not accept mail (nullMX)',
          '5.7.27',
          'sender-infrastructure',
        ],
        // hrs-allbsd/sendmail cf/m4/proto.m4:1996 (check_mail, _CODE553)
        [
          '553 5.1.8 <user@example.com>... Domain of sender address user@example.com does not exist',
          '5.1.8',
          'sender-infrastructure',
        ],
        // hrs-allbsd/sendmail cf/m4/proto.m4:1995 (check_mail TEMP)
        [
          '451 4.1.8 Domain of sender address user@example.com does not resolve',
          '4.1.8',
          'sender-infrastructure',
        ],
        // hrs-allbsd/sendmail cf/m4/proto.m4:1990
        ['553 5.5.4 Domain name required for sender address user', '5.5.4', 'sender-infrastructure'],
        // hrs-allbsd/sendmail cf/m4/proto.m4:1938 (sender @localhost from a remote client)
        ['553 5.5.4 Real domain name required for sender address', '5.5.4', 'sender-infrastructure'],
        // svarshavchik/courier courier/courier/submit.C:1200 (checkdns, BOFHCHECKDNS)
        ['517-Domain does not exist: example.com.', null, 'sender-infrastructure'],
        // svarshavchik/courier courier/courier/submit.C:1212 (last line of the sender-domain DNS reject)
        [
          '517 Invalid domain, see <URL:https://datatracker.ietf.org/doc/html/rfc1035>',
          null,
          'sender-infrastructure',
        ],
        // svarshavchik/courier courier/courier/submit.C:1196
        ['517-MX records for example.com violate section 3.3.9 of RFC 1035.', null, 'sender-infrastructure'],
        // svarshavchik/courier courier/courier/submit.C:1204
        ['517-RFC 1035 violation: recursive CNAME records for example.com.', null, 'sender-infrastructure'],
        // svarshavchik/courier courier/courier/submit.C (checkdns default case)
        ['417 DNS lookup failure: example.com.  Try again later.', null, 'sender-infrastructure'],
        // svarshavchik/courier courier/courier/submit.C (bofh_chkbadmx on the sender domain's MX): the
        // receiving site's own badmx list (courier.sgml), so recipient-policy
        ['517 Mail server at 192.0.2.1 is blocked.', null, 'recipient-policy'],
        // qmail-smtpd jms1 combined patch v7.08 (find_string id 41997208190, err_hmf / MFCHECK)
        ['553 sorry, your envelope sender domain must exist (#5.7.1)', null, 'sender-infrastructure'],
        // find_string id 56803227166 (user's Postfix mail.log quoting a remote qmail-based server "in reply to MAIL FROM command")
        [
          '552 sorry, your envelope sender domain must exist [mail188] (#5.7.1)',
          null,
          'sender-infrastructure',
        ],
        // chrisboulton/spamdyke spamdyke/spamdyke.h:503 (ERROR_SENDER_NO_MX, severity TEMPORARY = "421 ")
        [
          '421 Refused. The domain of your sender address has no mail exchanger (MX).',
          null,
          'sender-infrastructure',
        ],
        // haraka/haraka-plugin-mail_from.is_resolvable index.js:84 (DENY or DENYSOFT per reject.no_mx)
        ['No MX for your FROM address', null, 'sender-infrastructure'],
        // haraka/haraka-plugin-mail_from.is_resolvable index.js:149
        ['No valid MX for your FROM address', null, 'sender-infrastructure'],
        // haraka/haraka-plugin-mail_from.is_resolvable index.js:73 (DENYSOFT on MX lookup of the sender domain)
        ['Temp. resolver error (ETIMEOUT)', null, 'sender-infrastructure'],
        // rspamd/rspamd src/plugins/lua/mx_check.lua:81 (reject_null_mx_message, sender domain)
        ['Domain published RFC 7505 Null MX', null, 'sender-infrastructure'],
        // https://www.suped.com/knowledge/email-deliverability/troubleshooting/why-am-i-getting-a-yahoo-error-451-due-to-an-unresolvable-rfc-5321-domain ; Yahoo
        [
          '451 Message temporarily deferred due to unresolvable RFC.5321 from domain',
          null,
          'sender-infrastructure',
        ],
        // Exim/exim src/src/acl.c:2319 (verify=sender); rendered in test/stdout
        ['550 Sender verify failed', null, 'sender-infrastructure'],
        // Exim/exim src/src/smtp_in.c:3208 + acl.c:2319; rendered in test/stdout (multi-line reply joined)
        [
          '550-Verification failed for <user@example.com> 550-Unrouteable address 550 Sender verify failed',
          null,
          'sender-infrastructure',
        ],
        // Exim/exim src/src/verify.c:1098 + smtp_in.c:3208; rendered in test/stdout (callout)
        [
          '550-Verification failed for <user@example.com> 550-Called:   192.0.2.1 550-Sent:     RCPT TO:<user@example.com> 550-Response: 550 Unknown user 550 Sender verify failed',
          null,
          'sender-infrastructure',
        ],
        // Exim/exim src/src/acl.c:2324; rendered in test/stdout
        ['451 Could not complete sender verify callout', null, 'sender-infrastructure'],
        // Exim/exim src/src/verify.c:1251-1262 (smtp_return_error_details); rendered in test/stdout
        [
          '451-Could not complete sender verify callout for <user@example.com>. 451-The mail server(s) for the domain may be temporarily unreachable, or 451-they may be permanently unreachable from this server. In the latter case, 451 you need to change the address or create an MX record for its domain',
          null,
          'sender-infrastructure',
        ],
        // Exim/exim src/src/smtp_in.c:3201; rendered in test/stdout
        [
          '550-Callback setup failed while verifying <user@example.com> 550-Called:   192.0.2.1 550-Sent:     MAIL FROM:<> 550-Response: 550 REJECT MAIL FROM 550-The initial connection, or a HELO or MAIL FROM:<> command was 550-rejected. Refusing MAIL FROM:<> does not help fight spam, disregards 550-RFC requirements, and stops you from receiving standard bounce 550-messages. This host does not accept mail from domains whose servers 550-refuse bounces. 550 Sender verify failed',
          null,
          'sender-infrastructure',
        ],
        // Exim/exim src/src/smtp_in.c:3195; rendered in test/stdout
        [
          "550-Postmaster verification failed while checking <user@example.com> 550-Called:   192.0.2.1 550-Sent:     RCPT TO:<postmaster@example.com> 550-Response: 550 Don't like postmaster 550-Several RFCs state that you are required to have a postmaster 550-mailbox for each mail domain. This host does not accept mail 550-from domains whose servers reject the postmaster address. 550 Sender verify failed",
          null,
          'sender-infrastructure',
        ],
        // vdukhovni/postfix postfix/src/smtpd/smtpd_check.c:2293 (SND_DSN 4.1.7, smtpd_dsn_fix.h:31); real log quoted in find_string id 6698110861
        [
          '450 4.1.7 <user@example.com>: Sender address rejected: unverified address: connect to mail.example.com[192.0.2.1]:25: Connection refused',
          '4.1.7',
          'sender-infrastructure',
        ],
        // vdukhovni/postfix postfix/src/smtpd/smtpd_check.c:2303; wording of the tail as matched in find_string id 23148381185 (log-report script)
        [
          '550 5.1.7 <user@example.com>: Sender address rejected: undeliverable address: Host or domain name not found. Name service error for',
          '5.1.7',
          'sender-infrastructure',
        ],
        // vdukhovni/postfix postfix/src/smtpd/smtpd_addr_valid.ref:37 (smtpd_reject_unlisted_sender)
        [
          '550 5.1.0 <user@example.com>: Sender address rejected: User unknown in local recipient table',
          '5.1.0',
          'sender-infrastructure',
        ],
        // vdukhovni/postfix postfix/src/smtpd/smtpd_check.c:2178; rendered in postfix/src/smtpd/*.ref (reject_non_fqdn_sender)
        [
          '504 5.5.2 <user>: Sender address rejected: need fully-qualified address',
          '5.5.2',
          'sender-infrastructure',
        ],
        // vdukhovni/postfix postfix/src/smtpd/smtpd.c:2691
        ['501 5.1.7 Bad sender address syntax', '5.1.7', 'sender-infrastructure'],
        // Exim/exim src/src/smtp_in.c:4923; rendered in test/stdout
        ['501 user: sender address must contain a domain', null, 'sender-infrastructure'],
        // OpenSMTPD/OpenSMTPD usr.sbin/smtpd/smtp_session.c:1586 (esc_code ESC_OTHER_ADDRESS_STATUS = x.1.0)
        ['553 5.1.0 Sender address syntax error', '5.1.0', 'sender-infrastructure'],
        // stalwartlabs/mail-server crates/smtp/src/inbound/session.rs:281
        ["501 5.1.8 Bad sender's system address.", '5.1.8', 'sender-infrastructure'],
        // haraka/Haraka connection.js:1318 (respond 501)
        ['Invalid MAIL FROM address', null, 'sender-infrastructure'],
        // GMAIL-3726730 (azumakuniyuki/feb-2024-no-auth-no-entry google-3726730-smtp-errors-and-codes.txt:468)
        [
          '553 5.1.7 The sender address user@example.com is not a valid RFC 5321 address.',
          '5.1.7',
          'sender-infrastructure',
        ],
        // https://learn.microsoft.com/en-us/previous-versions/office/developer/exchange-server-2007/aa565594(v=exchg.80) (SmtpResponse.InvalidSenderAddress "501
        ['501 5.1.7 Invalid Address', '5.1.7', 'sender-infrastructure'],
        // MicrosoftDocs/OfficeDocs-Exchange Exchange/ExchangeServer/mail-flow/non-delivery-reports-and-bounce-messages/non-delivery-reports-and-bounce-messages.
        ['Unknown sender address', '5.1.7', 'sender-infrastructure'],
        // https://repost.aws/es/knowledge-center/ses-554-400-message-rejected-error ; real SMTP reply in https://pastebin.com/MpLgKiQ6 (Amazon SES; applies to F
        [
          '554 Message rejected: Email address is not verified. The following identities failed the check in region US-WEST-2: user@example.com',
          null,
          'sender-blocked',
        ],
        // vdukhovni/postfix postfix/src/smtpd/smtpd_check.c:3966 (reject_sender_login_mismatch)
        [
          '553 5.7.1 <user@example.com>: Sender address rejected: not owned by user alice',
          '5.7.1',
          'sender-blocked',
        ],
        // vdukhovni/postfix postfix/src/smtpd/smtpd_check.c:3989 (reject_unauth_sender_login_mismatch)
        ['553 5.7.1 <user@example.com>: Sender address rejected: not logged in', '5.7.1', 'sender-blocked'],
        // vdukhovni/postfix postfix/src/smtpd/smtpd.c:4712
        ['550 5.7.0 Error: insufficient authorization', '5.7.0', 'sender-blocked'],
        // hrs-allbsd/sendmail cf/m4/proto.m4:2674 (check_mail, auth_authen vs auth_author)
        ['550 alice not allowed to act as user@example.com', '5.7.1', 'sender-blocked'],
        // hrs-allbsd/sendmail sendmail/srvrsmtp.c:2838
        ['530 5.7.0 Authentication required', '5.7.0', 'sender-blocked'],
        // OpenSMTPD/OpenSMTPD usr.sbin/smtpd/smtp_session.c:1570 (F_AUTH_REQUIRE)
        ['530 5.5.1 Invalid command: Must issue an AUTH command first', '5.5.1', 'sender-blocked'],
        // stalwartlabs/mail-server crates/smtp/src/inbound/mail.rs:268 (authenticated user vs MAIL FROM)
        ['501 5.5.4 You are not allowed to send from this address.', '5.5.4', 'sender-blocked'],
        // stalwartlabs/mail-server crates/smtp/src/inbound/mail.rs:53
        ['503 5.5.1 You must authenticate first.', '5.5.1', 'sender-blocked'],
        // haraka/Haraka plugins/auth/auth_base.js:254 (constrain_sender)
        ["Envelope domain 'example.org' doesn't match AUTH domain 'example.com'", null, 'sender-blocked'],
        // haraka/Haraka connection.js:1293 (respond 550)
        ['Authentication required', null, 'sender-blocked'],
        // chrisboulton/spamdyke spamdyke/spamdyke.h:539 (ERROR_AUTH_REQUIRED, REJECT_SEVERITY_PERMANENT = "554 ")
        ['554 Refused. Authentication is required to send mail.', null, 'sender-blocked'],
        // MicrosoftDocs/OfficeDocs-Exchange (git grep "send as this sender"); wire form "550 5.7.60 SMTP; Client does not have permissions to send as this sende
        [
          '550 5.7.60 SMTP; Client does not have permissions to send as this sender',
          '5.7.60',
          'sender-blocked',
        ],
        // https://learn.microsoft.com/en-us/previous-versions/office/developer/exchange-server-2007/aa494038(v=exchg.80) (SmtpResponse.SendAsDenied)
        ['550 5.7.1 Client does not have permission to send as this sender', '5.7.1', 'sender-blocked'],
        // https://learn.microsoft.com/es-es/previous-versions/office/developer/exchange-server-2010/bb204220(v=exchg.140) (SmtpResponse.AnonymousSendAsDenied)
        [
          '550 5.7.1 Anonymous client does not have permission to send as this sender',
          '5.7.1',
          'sender-blocked',
        ],
        // https://pastebin.com/kveGeNem (smtp.live.com submission, From not owned by the account)
        [
          '554 5.2.0 STOREDRV.Submission.Exception:SendAsDeniedException.MapiExceptionSendAsDenied; Failed to process message due to a permanent exception with message Cannot submit message.',
          '5.2.0',
          'sender-blocked',
        ],
        // https://pastebin.com/SuB30vi5 (smtp.office365.us, "in reply to MAIL FROM command")
        ['530 5.7.57 Client not authenticated to send mail.', '5.7.57', 'sender-blocked'],
        // MicrosoftDocs/OfficeDocs-Exchange .../non-delivery-reports-in-exchange-online.md (5.7.57 row); fix-error-code-5-7-57-in-exchange-online.md ("550 5.7.5
        ['Client was not authenticated to send anonymous mail during MAIL FROM', '5.7.57', 'sender-blocked'],
        // GMAIL-3726730 (google-3726730-smtp-errors-and-codes.txt:564)
        ['530 5.7.0 Authentication required.', '5.7.0', 'sender-blocked'],
        // GMAIL-3726730 (google-3726730-smtp-errors-and-codes.txt:722; the page table prints the status as "5.7.80")
        ['535 5.7.8 Username and Password not accepted.', '5.7.8', 'sender-blocked'],
        // GMAIL-3726730 (google-3726730-smtp-errors-and-codes.txt:724; printed "5.7.90")
        ['534 5.7.9 Application-specific password required.', '5.7.9', 'sender-blocked'],
        // GMAIL-3726730 (google-3726730-smtp-errors-and-codes.txt:652)
        ['534 5.7.14 Please log in through your web browser and then try again.', '5.7.14', 'sender-blocked'],
        // https://pastebin.com/xDPN2fTF (smtp52.i.mail.ru)
        [
          '503 Administrative prohibition -- authorization required. Users in your domain are not allowed to send email without authorization. See http://help.mail.ru/mail-help/mailer/popsmtp for details.',
          null,
          'sender-blocked',
        ],
        // https://pastebin.com/e25g8b3J (Exim 4.87 on gator4095.gator.com, reply to RCPT)
        [
          '550-Please turn on SMTP Authentication in your mail client, or login to the 550-IMAP/POP3 server before sending your message. (localhost.localdomain) 550-[192.0.2.1]:42630 is not permitted to relay through this server without 550 authentication.',
          null,
          'sender-blocked',
        ],
        // https://sendgrid.com/docs/for-developers/sending-email/smtp-errors-and-troubleshooting/ ("from" address does not match a verified Sender Identity)
        ['403 You are not authorized to send from that email address', null, 'sender-blocked'],
        // MicrosoftDocs/OfficeDocs-Exchange .../non-delivery-reports-in-exchange-online.md (5.1.8 row; fix-error-code-5-1-8: "550 5.1.8")
        ['Access denied, bad outbound sender', '5.1.8', 'sender-blocked'],
        // MicrosoftDocs/OfficeDocs-Exchange .../non-delivery-reports-in-exchange-online.md (5.2.2 row)
        ['Submission quota exceeded', '5.2.2', 'sender-blocked'],
        // MicrosoftDocs/OfficeDocs-Exchange .../fix-error-for-submission-quota-exceeded-in-exchange-online.md
        [
          "The message can't be submitted because the sender's submission quota was exceeded.",
          null,
          'sender-blocked',
        ],
        // MicrosoftDocs/OfficeDocs-Exchange .../non-delivery-reports-in-exchange-online.md (5.7.501)
        ['Access denied, spam abuse detected', '5.7.501', 'sender-blocked'],
        // MicrosoftDocs/OfficeDocs-Exchange .../fix-error-code-5-7-700-through-5-7-750.md:35
        ['5.7.705 Access denied, tenant has exceeded threshold', '5.7.705', 'sender-blocked'],
        // MicrosoftDocs/OfficeDocs-Exchange .../fix-error-code-5-7-700-through-5-7-750.md:37
        ['5.7.708 Access denied, traffic not accepted from this IP', '5.7.708', 'reputation-block'],
        // MicrosoftDocs/OfficeDocs-Exchange .../non-delivery-reports-in-exchange-online.md (5.7.750)
        [
          'Service unavailable. Client blocked from sending from unregistered domains',
          '5.7.750',
          'sender-blocked',
        ],
        // GMAIL-3726730 (google-3726730-smtp-errors-and-codes.txt:557)
        [
          '550 5.7.0 Email relay denied 192.0.2.1. The sending email account has been temporarily suspended due to abuse.',
          '5.7.0',
          'sender-blocked',
        ],
        // GMAIL-3726730 (google-3726730-smtp-errors-and-codes.txt:560)
        ['550 5.7.0 Email sending denied.', '5.7.0', 'sender-blocked'],
        // GMAIL-3726730 (google-3726730-smtp-errors-and-codes.txt:411)
        [
          '421 4.7.28 Gmail has detected this sender exceeded the quota for sending messages that have the same Message-ID:. To best protect our users, the message has been temporarily rejected.',
          '4.7.28',
          'rate-limited',
        ],
        // vdukhovni/postfix postfix/src/smtpd/smtpd_check.c:1529 (reject_unknown_helo_hostname); rendered in smtpd_check.ref
        [
          '450 4.7.1 <host.example.com>: Helo command rejected: Host not found',
          '4.7.1',
          'sender-infrastructure',
        ],
        // vdukhovni/postfix postfix/src/smtpd/smtpd_check.c:1474; rendered in *.ref (reject_non_fqdn_helo_hostname)
        [
          '504 5.5.2 <host>: Helo command rejected: need fully-qualified hostname',
          '5.5.2',
          'sender-infrastructure',
        ],
        // vdukhovni/postfix postfix/src/smtpd/smtpd_check.c:1397; rendered in *.ref (bad address literal)
        [
          '501 5.5.2 <1.2.3.321>: Helo command rejected: invalid ip address',
          '5.5.2',
          'sender-infrastructure',
        ],
        // vdukhovni/postfix postfix/src/smtpd/smtpd_check.c:1435 (reject_invalid_helo_hostname, default code 501)
        ['501 5.5.2 <host_name!>: Helo command rejected: Invalid name', '5.5.2', 'sender-infrastructure'],
        // vdukhovni/postfix postfix/src/smtpd/smtpd.c:2648 (smtpd_helo_required)
        ['503 5.5.1 Error: send HELO/EHLO first', '5.5.1', 'sender-infrastructure'],
        // Exim/exim src/src/smtp_in.c:4086; rendered in test/stdout
        ['501 Syntactically invalid HELO argument(s)', null, 'sender-infrastructure'],
        // Exim/exim src/src/smtp_in.c:4152 (helo_verify_hosts; 451 variant on DNS tempfail); rendered in test/stdout
        ['550 EHLO argument does not match calling host', null, 'sender-infrastructure'],
        // Exim/exim src/src/smtp_in.c:4574 (MAIL before any HELO/EHLO when hosts_require_helo matches); rendered in test/stdout
        ['503 HELO or EHLO required', null, 'sender-infrastructure'],
        // hrs-allbsd/sendmail cf/m4/proto.m4:2459-2467 (FEATURE(block_bad_helo): our own name/IP or no dot)
        ['550 bogus HELO name used: localhost', '5.7.1', 'sender-infrastructure'],
        // hrs-allbsd/sendmail sendmail/srvrsmtp.c:2826
        ['503 5.0.0 Polite people say HELO first', '5.0.0', 'sender-infrastructure'],
        // OpenSMTPD/OpenSMTPD usr.sbin/smtpd/smtp_session.c:1423
        ['501 5.5.1 Invalid command: HELO requires domain name', '5.5.1', 'sender-infrastructure'],
        // svarshavchik/courier courier/courier/submit.C:853 (BOFHCHECKHELO; "417" when configured soft)
        ['517 HELO host.example.com does not match 192.0.2.1', null, 'sender-infrastructure'],
        // svarshavchik/courier courier/courier/submit.C:861
        ['517 HELO host.example.com does not exist.', null, 'sender-infrastructure'],
        // svarshavchik/courier courier/courier/submit.C:845
        ['417 DNS lookup on HELO host.example.com failed.  Try again later.', null, 'sender-infrastructure'],
        // qmail-smtpd jms1 combined patch (find_string id 41997208190, err_bhelo / control/badhelo)
        ['553 sorry, your HELO host name has been denied (#5.7.1)', null, 'sender-infrastructure'],
        // haraka/haraka-plugin-helo.checks index.js:172 (valid_hostname)
        ['HELO host must be a FQDN or address literal (RFC 5321 2.3.5)', null, 'sender-infrastructure'],
        // haraka/haraka-plugin-helo.checks index.js:194
        ['HELO host name invalid', null, 'sender-infrastructure'],
        // haraka/haraka-plugin-helo.checks index.js:246 (rdns_match)
        ['HELO host does not match rDNS', null, 'sender-infrastructure'],
        // haraka/haraka-plugin-helo.checks index.js:259 (bare_ip)
        ['Invalid address format in HELO', null, 'sender-infrastructure'],
        // haraka/haraka-plugin-helo.checks index.js:285 (dynamic)
        ['HELO is dynamic', null, 'sender-infrastructure'],
        // haraka/haraka-plugin-helo.checks index.js:316 (big_company: HELO claims a big provider)
        ['Big company w/o rDNS? Unlikely.', null, 'sender-infrastructure'],
        // haraka/haraka-plugin-helo.checks index.js:332 (big_company, forged HELO)
        ['You are not who you say you are', null, 'sender-infrastructure'],
        // haraka/haraka-plugin-helo.checks index.js:378 (literal_mismatch)
        ['HELO IP literal does not match your IP address', null, 'sender-infrastructure'],
        // haraka/haraka-plugin-helo.checks index.js:400 (forward_dns)
        ['Invalid HELO host cannot achieve forward DNS match', null, 'sender-infrastructure'],
        // haraka/haraka-plugin-helo.checks index.js:434
        ['HELO host has no forward DNS match', null, 'sender-infrastructure'],
        // haraka/haraka-plugin-helo.checks index.js:449 (DENYSOFT)
        ['DNS timeout resolving your HELO hostname', null, 'sender-infrastructure'],
        // haraka/haraka-plugin-helo.checks index.js:152-156 (second HELO differs)
        ['HELO host host_mismatch(old.example.com / new.example.com)', null, 'sender-infrastructure'],
        // haraka/haraka-plugin-helo.checks index.js:473 (proto_mismatch; "HELO protocol mismatch" for smtp)
        ['EHLO protocol mismatch', null, 'sender-infrastructure'],
        // haraka/Haraka connection.js:1235 (respond 501; EHLO variant at :1249)
        ['HELO requires domain/address - see RFC-2821 4.1.1.1', null, 'sender-infrastructure'],
        // stalwartlabs/mail-server crates/smtp/src/inbound/ehlo.rs:35
        ['550 5.5.0 Invalid EHLO domain.', '5.5.0', 'sender-infrastructure'],
        // stalwartlabs/mail-server crates/smtp/src/inbound/mail.rs:35
        ['503 5.5.1 Polite people say EHLO first.', '5.5.1', 'sender-infrastructure'],
        // GMAIL-3726730 (google-3726730-smtp-errors-and-codes.txt:539)
        [
          '501 5.5.4 HELO/EHLO argument host_name! invalid closing connection.',
          '5.5.4',
          'sender-infrastructure',
        ],
        // GMAIL-3726730 (google-3726730-smtp-errors-and-codes.txt:541)
        [
          '501 5.5.4 Empty HELO/EHLO argument not allowed, closing connection.',
          '5.5.4',
          'sender-infrastructure',
        ],
        // MicrosoftDocs/OfficeDocs-Exchange .../non-delivery-reports-in-exchange-online.md (5.7.506: HELO claims the receiving server's own name)
        ['Access Denied, Bad HELO', '5.7.506', 'sender-infrastructure'],
        // vdukhovni/postfix postfix/src/smtpd/smtpd_check.c:1289 (reject_unknown_client_hostname: no PTR, or PTR name does not resolve back to the IP; older Pos
        [
          '450 4.7.25 Client host rejected: cannot find your hostname, [192.0.2.1]',
          '4.7.25',
          'sender-infrastructure',
        ],
        // vdukhovni/postfix postfix/src/smtpd/smtpd_check.c:1270 (reject_unknown_reverse_client_hostname)
        [
          '450 4.7.1 Client host rejected: cannot find your reverse hostname, [192.0.2.1]',
          '4.7.1',
          'sender-infrastructure',
        ],
        // hrs-allbsd/sendmail cf/m4/proto.m4:1862 (FEATURE(require_rdns), TEMP)
        ['451 Client IP address 192.0.2.1 does not resolve', '4.1.8', 'sender-infrastructure'],
        // hrs-allbsd/sendmail cf/m4/proto.m4:1863 (FEATURE(require_rdns), FORGED)
        ['451 Possibly forged hostname for 192.0.2.1', '4.1.8', 'sender-infrastructure'],
        // stalwartlabs/mail-server crates/smtp/src/inbound/mail.rs:105 (iprev strict)
        ['550 5.7.25 Reverse DNS validation failed.', '5.7.25', 'sender-infrastructure'],
        // stalwartlabs/mail-server crates/smtp/src/inbound/mail.rs:103
        ['451 4.7.25 Temporary error validating reverse DNS.', '4.7.25', 'sender-infrastructure'],
        // haraka/haraka-plugin-fcrdns index.js:171
        ['client [192.0.2.1] rejected; no rDNS', null, 'sender-infrastructure'],
        // haraka/haraka-plugin-fcrdns index.js:227
        ['Sorry, no FCrDNS match found', null, 'sender-infrastructure'],
        // haraka/haraka-plugin-fcrdns index.js:112 (DENYSOFT)
        ['client [192.0.2.1] rDNS lookup timeout', null, 'sender-infrastructure'],
        // haraka/haraka-plugin-fcrdns index.js:76
        ['client [192.0.2.1] rejected; invalid TLD in rDNS (example.invalid)', null, 'sender-infrastructure'],
        // haraka/haraka-plugin-fcrdns index.js:213-214
        [
          'client example.com [192.0.2.1] rejected; generic rDNS, please use your ISPs SMTP relay',
          null,
          'sender-infrastructure',
        ],
        // chrisboulton/spamdyke spamdyke/spamdyke.h:463 (ERROR_RDNS_MISSING, TEMPORARY)
        ['421 Refused. You have no reverse DNS entry.', null, 'sender-infrastructure'],
        // chrisboulton/spamdyke spamdyke/spamdyke.h:467 (ERROR_RDNS_RESOLVE)
        ['421 Refused. Your reverse DNS entry does not resolve.', null, 'sender-infrastructure'],
        // chrisboulton/spamdyke spamdyke/spamdyke.h:475 (ERROR_IP_IN_NAME, PERMANENT)
        [
          '554 Refused. Your reverse DNS entry contains your IP address and a banned keyword.',
          null,
          'sender-infrastructure',
        ],
        // https://www.spamresource.com/2025/12/help-im-seeing-550-5725-errors-at-gmail.html (wire text quoted)
        [
          '550 5.7.25 The IP address sending this message does not have a PTR record setup, or the corresponding forward DNS entry does not match the sending IP. As a policy, Gmail does not accept messages from IPs with missing PTR records.',
          '5.7.25',
          'sender-infrastructure',
        ],
        // GMAIL-3726730 (google-3726730-smtp-errors-and-codes.txt:655-660)
        [
          "550 5.7.25 This message was blocked because the sending IP address doesn't have a PTR record, or the forwarding DNS entry doesn't reference the sending IP address. Gmail requires that sending IP addresses have a PTR record.",
          '5.7.25',
          'sender-infrastructure',
        ],
        // GMAIL-3726730 (google-3726730-smtp-errors-and-codes.txt:345-349)
        [
          "451 4.7.23 The sending IP address for this message doesn't have a PTR record, or the PTR record's forward DNS entry doesn't match the sending IP address. To protect users from spam, your email has been temporarily rate limited.",
          '4.7.23',
          'sender-infrastructure',
        ],
        // GMAIL-3726730 (google-3726730-smtp-errors-and-codes.txt:322-326)
        [
          '421 4.7.0 The IP address sending this message does not have a PTR record, or the corresponding forward DNS entry does not point to the sending IP. To protect our users from spam, email sent from your IP address has been temporarily rate limited.',
          '4.7.0',
          'sender-infrastructure',
        ],
        // GMAIL-3726730 (google-3726730-smtp-errors-and-codes.txt:587); wire form "550-5.7.1 [2001:db8::1] Our system has detected that this message does not me
        [
          '550 5.7.1 This message does not meet IPv6 sending guidelines regarding PTR records and authentication.',
          '5.7.1',
          'sender-infrastructure',
        ],
        // https://www.spamresource.com/2024/04/gmail-rejection-your-sending-ip-address.html ; GMAIL-3726730 (google-3726730-smtp-errors-and-codes.txt:630)
        [
          "550 5.7.1 [192.0.2.1] The IP you're using to send mail is not authorized to send email directly to our servers. Please use the SMTP relay at your service provider instead. For more information, go to https://support.google.com/mail/?p=NotAuthorizedError",
          '5.7.1',
          'sender-infrastructure',
        ],
        // MS-TROUBLESHOOT (azumakuniyuki/feb-2024-no-auth-no-entry microsoft-troubleshooting.txt, SMTP Error Codes table)
        [
          "550 DY-001 Mail rejected by Outlook.com for policy reasons. We generally do not accept email from dynamic IP's as they are not typically used to deliver unauthenticated SMTP email to an Internet mail server.",
          null,
          'sender-infrastructure',
        ],
        // chrisboulton/spamdyke spamdyke/spamdyke.h:471 (ERROR_IP_IN_NAME_CC: residential-looking rDNS)
        [
          '554 Refused. Your reverse DNS entry contains your IP address and a country code.',
          null,
          'sender-infrastructure',
        ],
        // https://blog.simple-eye.com/archives/1088 ; https://support.binarylane.com.au/support/solutions/articles/11000047583-emails-to-hotmail-and-outlook-are
        [
          "550 SC-001 (BAY004-MC4F49) Unfortunately, messages from 192.0.2.1 weren't sent. Please contact your Internet service provider since part of their network is on our block list. You can also refer your provider to http://mail.live.com/mail/troubleshooting.aspx#errors.",
          null,
          'reputation-block',
        ],
        // https://sevencreative.co.uk/how-to-remove-yourself-from-the-hotmail-block-list/ (host eur.olc.protection.outlook.com, "in reply to MAIL FROM command")
        [
          "550 5.7.1 Unfortunately, messages from [192.0.2.1] weren't sent. Please contact your Internet service provider since part of their network is on our block list (S3150). You can also refer your provider to http://mail.live.com/mail/troubleshooting.aspx#errors.",
          '5.7.1',
          'reputation-block',
        ],
        // MS-TROUBLESHOOT (microsoft-troubleshooting.txt)
        [
          '550 SC-004 Mail rejected by Outlook.com for policy reasons. A block has been placed against your IP address because we have received complaints concerning mail coming from that IP address.',
          null,
          'reputation-block',
        ],
        // GMAIL-3726730 (google-3726730-smtp-errors-and-codes.txt:594)
        [
          '550 5.7.1 This message is likely suspicious due to the very low reputation of the sending domain. To best protect our users from spam, the message has been blocked.',
          '5.7.1',
          'reputation-block',
        ],
        // chrisboulton/spamdyke spamdyke/spamdyke.h:483 (ERROR_BLACKLIST_NAME, PERMANENT; the rDNS name of the sending host)
        ['554 Refused. Your domain name is blacklisted.', null, 'reputation-block'],
        // chrisboulton/spamdyke spamdyke/spamdyke.h:495 (ERROR_SENDER_BLACKLISTED, PERMANENT)
        ['554 Refused. Your sender address has been blacklisted.', null, 'reputation-block'],
        // vdukhovni/postfix postfix/src/global/mail_params.h:2481 (default_rbl_reply "$rbl_code Service unavailable; $rbl_class [$rbl_what] blocked using $rbl_d
        [
          '554 5.7.1 Service unavailable; Sender address [example.com] blocked using dbl.example.org',
          '5.7.1',
          'reputation-block',
        ],
        // vdukhovni/postfix postfix/src/smtpd/smtpd_check.c:1308 (reject_plaintext_session, default var_plaintext_code 450)
        ['450 4.7.1 Session encryption is required', '4.7.1', 'sender-infrastructure'],
        // vdukhovni/postfix postfix/src/smtpd/smtpd.c:6236 (smtpd_tls_security_level=encrypt); also GMAIL-3726730 line 566
        ['530 5.7.0 Must issue a STARTTLS command first', '5.7.0', 'sender-infrastructure'],
        // OpenSMTPD/OpenSMTPD usr.sbin/smtpd/smtp_session.c:1561 (listener "tls-require")
        ['530 5.5.1 Invalid command: Must issue a STARTTLS command first', '5.5.1', 'sender-infrastructure'],
        // qmail-smtpd jms1 combined patch (find_string id 41997208190, err_tlsfirst / FORCE_TLS)
        ['503 STARTTLS first (#5.5.1)', null, 'sender-infrastructure'],
        // GMAIL-3726730 (google-3726730-smtp-errors-and-codes.txt:331)
        ['421 4.7.0 TLS required for RCPT domain, closing connection.', '4.7.0', 'sender-infrastructure'],
        // GMAIL-3726730 (google-3726730-smtp-errors-and-codes.txt:691)
        [
          "550 5.7.29 This message was blocked because it wasn't sent over a TLS connection. Gmail requires all bulk email senders to use TLS/SSL for SMTP connections.",
          '5.7.29',
          'sender-infrastructure',
        ],
        // GMAIL-3726730 (google-3726730-smtp-errors-and-codes.txt:415)
        [
          "421 4.7.29 Your email has been rate limited because you're not using a TLS connection. Gmail requires all bulk email senders to use TLS/SSL for SMTP connections.",
          '4.7.29',
          'sender-infrastructure',
        ],
        // GMAIL-3726730 (google-3726730-smtp-errors-and-codes.txt:598)
        [
          '550 5.7.1 Messages missing a valid address in the From: header, or having no From: header, are not accepted.',
          '5.7.1',
          'message-noncompliant',
        ],
        // https://pastebin.com/H08D7rt4 (gmail-smtp-in, "in reply to end of DATA command"); page text GMAIL-3726730 line 604
        [
          '550-5.7.1 [192.0.2.1 13] Messages with multiple addresses in From: 550 5.7.1 header are not accepted.',
          '5.7.1',
          'message-noncompliant',
        ],
        // GMAIL-3726730 (google-3726730-smtp-errors-and-codes.txt:614)
        [
          '550 5.7.1 This message is not RFC 5322 compliant because the From: header is missing. To reduce the amount of spam sent to Gmail, this message has been blocked.',
          '5.7.1',
          'message-noncompliant',
        ],
        // https://pastebin.com/Cs1CdqB5 (older Gmail wording)
        [
          "550 5.7.1 [192.0.2.1 11] Our system has detected that this message is not RFC 5322 compliant: 'From' header is missing. To reduce the amount of spam sent to Gmail, this message has been blocked. Please visit https://support.google.com/mail/?p=RfcMessageNonCompliant and review RFC 5322 specifications for more information.",
          '5.7.1',
          'message-noncompliant',
        ],
        // GMAIL-3726730 (google-3726730-smtp-errors-and-codes.txt:618)
        [
          '550 5.7.1 This message is not RFC 5322 compliant because it has multiple From: headers. To reduce the amount of spam sent to Gmail, this message has been blocked.',
          '5.7.1',
          'message-noncompliant',
        ],
        // GMAIL-3726730 (google-3726730-smtp-errors-and-codes.txt:622)
        [
          '550 5.7.1 This message is not RFC 5322 compliant because the From: header has a non-compliant domain name. To reduce the amount of spam sent to Gmail, this message has been blocked.',
          '5.7.1',
          'message-noncompliant',
        ],
        // MicrosoftDocs/OfficeDocs-Exchange .../non-delivery-reports-in-exchange-online.md (5.7.512: no valid From address)
        [
          'Access denied, message must be RFC 5322 section 3.6.2 compliant',
          '5.7.512',
          'message-noncompliant',
        ],
        // https://github.com/songquanpeng/message-pusher/issues/127 (mx3.qq.com reply) ; https://freaks.city/blogs/qq-mail-smtp-error-550-fixing-the-from-header
        [
          '550 The "From" header is missing or invalid. Please follow RFC5322, RFC2047, RFC822 standard protocol. https://service.mail.qq.com/detail/124/995.',
          null,
          'message-noncompliant',
        ],
        // haraka/haraka-plugin-headers index.js:132 (missing_required; default required = Date,From)
        ["Required header 'From' missing", null, 'message-noncompliant'],
        // haraka/haraka-plugin-headers index.js:107 (duplicate_singular)
        ['Only one From header allowed. See RFC 5322, Section 3.6', null, 'message-noncompliant'],
        // Exim/exim src/src/verify.c:2435 (verify = header_syntax); rendered in test/stdout
        ['550 failing address in "From:" header is: <bad@syntax', null, 'message-noncompliant'],
        // Exim/exim src/src/acl.c:1884 + verify.c:2435; rendered in test/stdout
        [
          '550-Rejected after DATA: \'>\' missing at end of address: 550 failing address in "From:" header is: <bad@syntax',
          null,
          'message-noncompliant',
        ],
        // Exim/exim src/src/verify.c:2748; rendered in test/stdout
        [
          '550-Rejected after DATA: could not verify "From:" header address 550 user@example.com: Unrouteable address',
          null,
          'sender-infrastructure',
        ],
        // https://gitlab.com/mailman/mailman/-/issues/1084 (gmail.com From through a list)
        [
          "550 5.7.26 Unauthenticated email from example.com is not accepted due to domain's DMARC policy. Please contact the administrator of example.com domain if this was a legitimate mail. Please visit https://support.google.com/mail/answer/2451690 to learn about the DMARC initiative.",
          '5.7.26',
          'auth-failed',
        ],
        // GMAIL-3726730 (google-3726730-smtp-errors-and-codes.txt:663)
        [
          '550 5.7.26 This email has been blocked because the sender is unauthenticated. Gmail requires all senders to authenticate with either SPF or DKIM. Authentication results: DKIM = did not pass SPF [example.com] with ip: [192.0.2.1] = did not pass.',
          '5.7.26',
          'auth-failed',
        ],
        // GMAIL-3726730 (google-3726730-smtp-errors-and-codes.txt:668)
        [
          '550 5.7.26 The (E)MAIL FROM domain [example.com] has an SPF record with a hard fail policy (-all) but it fails to pass SPF checks with the ip: [192.0.2.1]. To best protect our users from spam and phishing, the message has been blocked.',
          '5.7.26',
          'auth-failed',
        ],
        // GMAIL-3726730 (google-3726730-smtp-errors-and-codes.txt:449-452; the page prints code 421 with status 5.7.32)
        [
          "421 5.7.32 Your email was blocked because the From: header (RFC5322) in this message isn't aligned with either the authenticated SPF or DKIM organizational domain.",
          '5.7.32',
          'auth-failed',
        ],
        // GMAIL-3726730 (google-3726730-smtp-errors-and-codes.txt:441)
        [
          "421 4.7.32 Your email has been rate limited because the From: header (RFC5322) in this message isn't aligned with either the authenticated SPF or DKIM organizational domain.",
          '4.7.32',
          'auth-failed',
        ],
        // GMAIL-3726730 (google-3726730-smtp-errors-and-codes.txt:711)
        [
          "550 5.7.40 Your message was blocked because the sending domain doesn't have a DMARC record or the DMARC record doesn't specify a DMARC policy. Gmail requires all bulk email senders to add a DMARC record to their sending domain.",
          '5.7.40',
          'auth-failed',
        ],
        // GMAIL-3726730 (google-3726730-smtp-errors-and-codes.txt:654)
        [
          '550 5.7.24 The SPF record of the sending domain has one or more suspicious entries.',
          '5.7.24',
          'auth-failed',
        ],
        // GMAIL-3726730 (google-3726730-smtp-errors-and-codes.txt:359)
        [
          "451 4.7.26 Unauthenticated email from example.com is not accepted due to domain's DMARC policy, but temporary DNS failures prevent authentication.",
          '4.7.26',
          'auth-failed',
        ],
        // MS-HVS (azumakuniyuki/feb-2024-no-auth-no-entry microsoft-new-requirements-for-high-volume-senders.txt:109)
        [
          '550 5.7.515 Access denied, sending domain example.com does not meet the required authentication level.',
          '5.7.515',
          'auth-failed',
        ],
        // MS-TROUBLESHOOT (microsoft-troubleshooting.txt)
        [
          '550 5.7.515 Mail rejected by Outlook.com for policy reasons. Messages from domains sending over 5,000 emails per day to Outlook.com accounts must be authenticated with SPF, DKIM, and DMARC (p=none or p=reject) to be accepted.',
          '5.7.515',
          'auth-failed',
        ],
        // MicrosoftDocs/OfficeDocs-Exchange .../non-delivery-reports-in-exchange-online.md (5.7.509, 5322.From domain)
        [
          'Access denied, sending domain [example.com] does not pass DMARC verification',
          '5.7.509',
          'auth-failed',
        ],
        // MicrosoftDocs/OfficeDocs-Exchange .../non-delivery-reports-in-exchange-online.md (5.7.23; fix page uses "550 5.7.23")
        ['The message was rejected because of Sender Policy Framework violation', '5.7.23', 'auth-failed'],
        // MS-TROUBLESHOOT (microsoft-troubleshooting.txt: domain publishes "v=spf1 -all")
        ['550 command rejected due to Sender ID validation failure.', null, 'auth-failed'],
        // https://help.yahoo.com/kb/SLN7253.html (DKIM/SPF/DMARC check failed)
        ['554 5.7.9: Message not accepted for policy reasons', '5.7.9', 'auth-failed'],
        // OpenDMARC opendmarc-filter (find_string id 6499282423, "rejected by DMARC policy for %s" with DMARC_REJECT_SMTP/ESC); wire form quoted in find_string
        ['550 5.7.1 rejected by DMARC policy for example.com', '5.7.1', 'auth-failed'],
        // stalwartlabs/mail-server crates/smtp/src/inbound/data.rs:320
        ['550 5.7.1 Email rejected per DMARC policy.', '5.7.1', 'auth-failed'],
        // stalwartlabs/mail-server crates/smtp/src/inbound/mail.rs:540 ("SPF validation failed, status: {result}")
        ['550 5.7.23 SPF validation failed, status: <result>.', '5.7.23', 'auth-failed'],
        // rspamd/rspamd src/plugins/lua/dmarc.lua:76 (pre-result message when DMARC policy forces an action)
        ['Action set by DMARC', null, 'auth-failed'],
        // pypolicyd-spf via Postfix check_policy_service, real logs quoted in find_string ids 19339359584, 42009523929
        [
          '550 5.7.23 <user@example.net>: Recipient address rejected: Message rejected due to: SPF fail - not authorized. Please see http://www.openspf.net/Why?s=mfrom;id=user@example.com;ip=192.0.2.1;r=<UNKNOWN>',
          '5.7.23',
          'auth-failed',
        ],
        // vdukhovni/postfix postfix/src/smtpd/smtpd_check.c:1789 ("<%s>: %s rejected: Improper use of SMTP command pipelining", usually from smtpd_data_restrict
        [
          '503 5.5.0 <DATA>: Data command rejected: Improper use of SMTP command pipelining',
          '5.5.0',
          'sender-infrastructure',
        ],
        // chrisboulton/spamdyke spamdyke/spamdyke.h:479 (ERROR_EARLYTALKER)
        ['554 Refused. You are not following the SMTP protocol.', null, 'sender-infrastructure'],
        // qmail-smtpd jms1 combined patch (find_string id 41997208190, die_pre_greet / DROP_PRE_GREET)
        ['554 SMTP protocol violation', null, 'sender-infrastructure'],
      ],
    },
  'Mailboxes that exist but are disabled, locked or inactive, and their look-alikes (Gmail, Yahoo, Outlook.com, GMX, Mail.ru, Yandex, QQ, Fastmail, Zimbra, Cyrus, Dovecot, hMailServer, sendmail, Postfix, vpopmail)':
    {
      source: "providers' pages and the servers' source, named per line",
      rows: [
        // google-3726730 google-3726730-smtp-errors-and-codes/text/3726730-2023-03-06.txt:128 (support.google.com/a/answer/3726730, 2023-03-06)
        ['550 5.2.1 The email account that you tried to reach is disabled.', '5.2.1', 'mailbox-inactive'],
        // google-3726730 google-3726730-smtp-errors-and-codes.txt:471 (2024-2026 snapshots)
        [
          '550 5.2.1 The email account that you tried to reach is inactive. For more information, go to https://support.google.com/mail/?p=DisabledUser',
          '5.2.1',
          'mailbox-inactive',
        ],
        // https://github.com/sisimai/p5-sisimai/issues/510 (postfix log quoted by the reporter)
        [
          '550-5.2.1 The email account that you tried to reach is inactive. For more 550-5.2.1 information, go to 550 5.2.1 https://support.google.com/mail/?p=DisabledUser k16-20020a17090aaa1000b0029aa8f9ccbasi9776379pjq.5 - gsmtp (in reply to RCPT TO command)',
          '5.2.1',
          'mailbox-inactive',
        ],
        // SFM data/codes/550.json (Google, status 5.2.1)
        [
          '550 5.2.1 The email account that you tried to reach is disabled. Learn more at https://support.google.com/mail/?p=DisabledUser - gsmtp',
          '5.2.1',
          'mailbox-inactive',
        ],
        // SFM data/codes/550.json (Google, status 5.2.1-2)
        [
          '550 5.2.1 The user you are trying to contact is receiving mail at a rate that prevents additional messages from being delivered. For more information, please visit https://support.google.com/mail/?p=ReceivingRatePerm - gsmtp',
          '5.2.1',
          'rate-limited',
        ],
        // google-3726730 google-3726730-smtp-errors-and-codes.txt:473-475
        [
          '550 5.2.1 The user you are trying to contact is receiving email at a rate that prevents additional messages from being delivered. For more information, go to Limits for sending & getting email.',
          '5.2.1',
          'rate-limited',
        ],
        // google-3726730 google-3726730-smtp-errors-and-codes.txt:457-460
        [
          "550 5.1.1 The email account that you tried to reach does not exist. Please double-check the recipient's email address for typos or unnecessary spaces. For more information, go to Fix bounced or rejected emails.",
          '5.1.1',
          'recipient-unknown',
        ],
        // google-3726730 google-3726730-smtp-errors-and-codes/text/3726730-2023-03-06.txt:138-139
        [
          '550 5.7.0 Mail Sending denied. This error occurs if the sender account is disabled or not registered within your Google Workspace domain.',
          '5.7.0',
          'sender-blocked',
        ],
        // google-3726730 google-3726730-smtp-errors-and-codes.txt:556-559
        [
          '550 5.7.0 Email relay denied ip-address. The sending email account has been temporarily suspended due to abuse. For more information, go to SMTP relay spam policy in Gmail.',
          '5.7.0',
          'sender-blocked',
        ],
        // SFM data/codes/554.json (Yahoo Inc, status 5.5.4-1)
        [
          '554 delivery error: dd Sorry, your message to example@example.com cannot be delivered. This mailbox is disabled (554.30). - example.yahoo.com',
          '5.5.4',
          'mailbox-inactive',
        ],
        // https://www.socketlabs.com/blog/yahoo-email-delivery/ (Yahoo hard-bouncing dormant addresses)
        [
          '554 delivery error: dd Sorry your message to example@example.com cannot be delivered. This account has been disabled or discontinued.',
          null,
          'mailbox-inactive',
        ],
        // https://puffinknight.tistory.com/102 (Yahoo Korea, listed under 받는사람이 사용중지된 경우 "recipient suspended")
        [
          '554 delivery error: dd Sorry your message to userid@domain.com cannot be delivered. This account has been disabled or discontinued [#102]. - mta115.mail.krs.yahoo.com',
          null,
          'mailbox-inactive',
        ],
        // http://help.szhot.com/text_show.php?id=170 (Yahoo China example, 帐号被冻结或删除)
        [
          '554 delivery error: dd Sorry your message to example@yahoo.com.cn cannot be delivered. This account has been disabled or discontinued.',
          null,
          'mailbox-inactive',
        ],
        // SFM data/codes/554.json (Yahoo Inc, status 5.5.4-6)
        [
          '554 delivery error: dd example@example.com is no longer valid. [-20] - example.yahoo.com',
          '5.5.4',
          'mailbox-inactive',
        ],
        // SFM data/codes/554.json (Yahoo Inc, status 5.5.4)
        [
          "554 delivery error: dd This user doesn't have a example.com account (example@example.com) [-9] - example.yahoo.com",
          '5.5.4',
          'recipient-unknown',
        ],
        // SFM data/codes/550.json (Outlook, status 5.5.0)
        [
          '550 5.5.0 Requested action not taken: mailbox unavailable. [#.eop-nam12.prod.protection.outlook.com]',
          '5.5.0',
          'recipient-unknown',
        ],
        // MicrosoftDocs/OfficeDocs-Exchange Exchange/ExchangeServer2013/dsns-and-ndrs-in-exchange-2013-exchange-2013-help.md:140-143 ("The mailbox may be offlin
        ['Mailbox cannot be accessed', '5.2.1', 'mailbox-inactive'],
        // MicrosoftDocs/OfficeDocs-Exchange Exchange/ExchangeServer/mail-flow/non-delivery-reports-and-bounce-messages/ndr-procedures.md:106 (New-SystemMessage
        [
          "You tried to send a message to a disabled mailbox that's no longer accepting messages. Please contact your System Administrator for more information.",
          '5.1.2',
          'mailbox-inactive',
        ],
        // http://www.sitepackage.de/service/dokumentation/auswertung/typische-fehlermeldungen-bei-unzustellbarkeit.html (GMX)
        ['550 5.2.1 ... User is inactive', '5.2.1', 'mailbox-inactive'],
        // SFM data/codes/550.json (GMX, status 1)
        ['550 Requested action not taken: mailbox unavailable', null, 'recipient-unknown'],
        // SFM data/codes/550.json (Web.de, status 3)
        [
          '550 <example@example.com>: Requested action not taken: mailbox unavailable',
          null,
          'recipient-unknown',
        ],
        // http://www.sitepackage.de/service/dokumentation/auswertung/typische-fehlermeldungen-bei-unzustellbarkeit.html (Lycos; address stripped by the page)
        ['550 : Recipient address rejected: Account Closed', null, 'mailbox-inactive'],
        // https://support.onesystems.ch/722126-%C3%9Cbersicht-h%C3%A4ufig-vorkommender-Fehlermeldungen (address stripped by the page)
        ['554 5.7.1 : Recipient address rejected: User unknown', '5.7.1', 'recipient-unknown'],
        // SFM data/codes/550.json (Free, links https://postmaster.free.fr/index_en.html)
        ['550 5.2.1 This mailbox has been blocked due to inactivity', '5.2.1', 'mailbox-inactive'],
        // SFM data/codes/550.json (Mail.ru)
        [
          '550 Message was not accepted -- invalid mailbox. Local mailbox example@mail.ru is unavailable: account is disabled',
          null,
          'mailbox-inactive',
        ],
        // https://pastebin.com/UWADPXYL (exim log, mxs.mail.ru, after end of data)
        [
          '550 Message was not accepted -- invalid mailbox. Local mailbox example@mail.ru is unavailable: user is terminated',
          null,
          'mailbox-inactive',
        ],
        // https://mailout.ru/2015/09 (Mail.ru: fixed by changing password / confirming ownership of the sending mailbox)
        ['550 message sending for this account is disabled', null, 'sender-blocked'],
        // SFM data/codes/540.json (Rambler; 540 described as "recipient's account has been suspended or deactivated")
        ['540 5.7.1 <example@rambler.ru>: recipient address rejected: Inactive', '5.7.1', 'mailbox-inactive'],
        // https://pastebin.com/UWADPXYL (exim log, mx7.bigmir.net, after RCPT TO)
        ['550 Mailbox is frozen. See http://mail.bigmir.net/err/3/', null, 'mailbox-inactive'],
        // yandex/NwSMTP src/bb_client_rcpt.cpp:188 (report reason "User blocked") and :222 ("User has bad karma"); https://yandex.com/support/mail/bounces/yande
        ['550 5.7.1 Policy rejection on the target address', '5.7.1', 'mailbox-inactive'],
        // https://pastebin.com/6JA7cVwM (wes1-relayredir.wedos.net)
        [
          '550 5.7.1 <example@example.com>: Sender address rejected: mailbox disabled - DEBUG: dom example.com (in reply to RCPT TO command)',
          '5.7.1',
          'sender-blocked',
        ],
        // https://www.icoremail.vip/support/index.php?cate_id=84&page=5&start=0 (Coremail bounce-keyword list)
        ['User suspended', null, 'mailbox-inactive'],
        // https://www.icoremail.vip/support/index.php?cate_id=84&page=8&start=225
        ['user disabled', null, 'mailbox-inactive'],
        // https://www.icoremail.vip/support/index.php?cate_id=84&page=8&start=225
        ['This account has been temporarily suspended', null, 'mailbox-inactive'],
        // http://help.szhot.com/text_show.php?id=170 (mta.21cn.com; 退信原因: 此用户被禁用或者不可以使用,可能帐号被冻结或删除等)
        ['550 is now disabled with SMTP service.', null, 'mailbox-inactive'],
        // http://help.szhot.com/text_show.php?id=170 ; https://www.fobhost.com/jishuzhichi/jishuzhichi59.html (帐号被禁用(冻结或删除等))
        ['User example@163.net is disabled', null, 'mailbox-inactive'],
        // http://m.booyun.com/cn/theme/detail/xLdD1rKL (35.com bounce-keyword list)
        ['Account Inactive', null, 'mailbox-inactive'],
        // https://qqmailbox.com/transceivers/169.html (QQ account exists but has not activated QQ Mail)
        ['该用户未开通QQ邮箱', null, 'mailbox-inactive'],
        // http://m.booyun.com/cn/theme/detail/xLdD1rKL
        ['User unknown in virtual mailbox table', null, 'recipient-unknown'],
        // SFM data/codes/550.json (QQ, status 2)
        ['550 Mailbox unavailable or access denied', null, 'rate-limited'],
        // https://puffinknight.tistory.com/102 (listed under 받는사람이 사용중지된 경우)
        ['550 Account disabled', null, 'mailbox-inactive'],
        // https://puffinknight.tistory.com/102
        ['550 5.1.1 Inactive mbox', '5.1.1', 'mailbox-inactive'],
        // https://puffinknight.tistory.com/102
        ['550 5.1.1 Suspended user', '5.1.1', 'mailbox-inactive'],
        // SFM data/codes/550.json (AT&T, status 5.2.1)
        [
          '550 5.2.1 <EXAMPLE@PRODIGY.NET>... Addressee unknown, relay=[192.0.2.1]',
          '5.2.1',
          'recipient-unknown',
        ],
        // https://smtp.codes/icloud
        ['550 5.1.1 <example@icloud.com>: user does not exist', '5.1.1', 'recipient-unknown'],
        // https://brianjohnson.co.za/posts/avoid-fastmail/
        [
          '554 5.7.1 <mail-pg1-f174.google.com[192.0.2.1]>: Client host rejected: Address locked or deactivated; see http://mail.messagingengine.com/docs/locked.html',
          '5.7.1',
          'mailbox-inactive',
        ],
        // https://github.com/anonaddy/anonaddy/issues/580 ; https://github.com/anonaddy/anonaddy/issues/796 (mail2.anonaddy.me)
        [
          '552 5.2.1 <alias@anonaddy.me>: Recipient address rejected: User disabled',
          '5.2.1',
          'mailbox-inactive',
        ],
        // postalserver/postal app/lib/message_dequeuer/single_message_processor.rb:45
        [
          'Mail server has been suspended. No e-mails can be processed at present. Contact support for assistance.',
          null,
          'sender-blocked',
        ],
        // Zimbra/zm-mailbox store/src/java/com/zimbra/cs/lmtpserver/LmtpReply.java:35 ; ZimbraLmtpBackend.java:148-150
        ['450 4.2.1 Mailbox disabled, not accepting messages', '4.2.1', 'mailbox-inactive'],
        // Zimbra/zm-mailbox store/src/java/com/zimbra/cs/lmtpserver/LmtpReply.java:53 ; ZimbraLmtpBackend.java:162-170
        ['550 5.1.1 No such user here', '5.1.1', 'recipient-unknown'],
        // Zimbra/zm-mailbox store/src/java/com/zimbra/cs/lmtpserver/LmtpReply.java:36 ; ZimbraLmtpBackend.java:158-160
        ['450 4.2.0 Mailbox is not on this server', '4.2.0', 'recipient-system'],
        // cyrusimap/cyrus-imapd imap/imap_err.et:95-96 ; imap/lmtp_err.et (LMTP_MAILBOX_DISABLED "451 4.2.1 %s") ; imap/lmtpd.c:1188-1189 (userdeny)
        ['451 4.2.1 Delivery to mailbox is disabled', '4.2.1', 'mailbox-inactive'],
        // cyrusimap/cyrus-imapd imap/imap_err.et:86-87 ; imap/lmtpengine.c:161-164
        // a move between the backends of a Cyrus murder, not the person's address moving: the
        // receiving system's (like 'Mailbox is not on this server')
        ['451 4.2.1 Mailbox has been moved to another server', '4.2.1', 'recipient-system'],
        // dovecot/core src/lmtp/lmtp-proxy.c:890-892
        ['550 5.3.5 Login disabled', '5.3.5', 'mailbox-inactive'],
        // hmailserver/hmailserver hmailserver/source/Server/SMTP/RecipientParser.cpp:113 ; SMTPConnection.cpp:698 (SendErrorResponse_(550, sErrMsg))
        ['550 Account is not active.', null, 'mailbox-inactive'],
        // hmailserver/hmailserver hmailserver/source/Server/SMTP/RecipientParser.cpp:129
        ['550 Alias is not active.', null, 'mailbox-inactive'],
        // hmailserver/hmailserver hmailserver/source/Server/SMTP/RecipientParser.cpp:140
        ['550 Distribution list is not active.', null, 'mailbox-inactive'],
        // hmailserver/hmailserver hmailserver/source/Server/SMTP/RecipientParser.cpp:98
        ['550 Domain has been disabled.', null, 'mailbox-inactive'],
        // hrs-allbsd/sendmail cf/m4/proto.m4:83 (confRCPTREJ_MSG) and :2166 (R<REJECT> $#error $@ 5.2.1)
        ['550 Mailbox disabled for this recipient', '5.2.1', 'mailbox-inactive'],
        // hrs-allbsd/sendmail cf/README:2748 (access map example "To:badlocaluser@ ERROR:550 Mailbox disabled for badlocaluser")
        ['550 Mailbox disabled for badlocaluser', null, 'mailbox-inactive'],
        // hrs-allbsd/sendmail cf/feature/redirect.m4:23 ; cf/README:755-758
        ['551 User has moved; please try <user@example.com>', '5.1.1', 'mailbox-inactive'],
        // vdukhovni/postfix postfix/src/trivial-rewrite/resolve.c:727 ; postfix/proto/ADDRESS_REWRITING_README.html:1011-1013 ("rejected by the SMTP server with
        ['5.1.6 User has moved to otheruser@elsewhere.tld', '5.1.6', 'mailbox-inactive'],
        // vdukhovni/postfix postfix/proto/relocated:65 (relocated table example result)
        ['5.1.6 Mailbox has moved to user@example', '5.1.6', 'mailbox-inactive'],
        // vpopmail vdelivermail.c checkuser() (find_string id 2165668302)
        ['vdelivermail: account is locked email bounced user@example.com', null, 'mailbox-inactive'],
        // OpenSMTPD/OpenSMTPD usr.sbin/smtpd/esc.c:51 (ESC_MAILBOX_DISABLED = 21)
        ['Mailbox disabled, not accepting messages', '5.2.1', 'mailbox-inactive'],
      ],
    },
  "The message itself: size limits and format refusals (Gmail, Exchange's SmtpResponse and AckReason, Postfix, Exim, sendmail, qmail, OpenSMTPD, Haraka, Stalwart, James, Courier, Cisco, Mimecast, Yahoo, Mailman's catalogs)":
    {
      source: "the servers' source and the providers' documentation, named per line",
      rows: [
        // support.google.com/a/answer/3726730 (saved copy google-3726730-smtp-errors-and-codes.txt:478)
        [
          "552 5.3.4 Your message exceeded Google's message size limits. To view our message size guidelines, go to Send attachments with your Gmail message.",
          '5.3.4',
          'message-too-large',
        ],
        // support.google.com/a/answer/3726730 (saved copy :481)
        [
          "552 5.3.4 The number of attachments (num-attachments) exceeds Google's limit of limit attachments. To view our attachment size guidelines, go to Gmail receiving limits in Google Workspace.",
          '5.3.4',
          'message-too-large',
        ],
        // support.google.com/a/answer/3726730 (saved copy :484)
        [
          "552 5.3.4 The size of your message (size bytes) exceeded Google's message size limits of limit bytes. To view our message size guidelines, go to Gmail receiving limits in Google Workspace.",
          '5.3.4',
          'message-too-large',
        ],
        // support.google.com/a/answer/3726730 (saved copy :487)
        [
          "552 5.3.4 Your message exceeded Google's message header size limits. To view our header size guidelines, go to Gmail message header limits.",
          '5.3.4',
          'message-too-large',
        ],
        // support.google.com/a/answer/3726730 (saved copy :489)
        [
          "552 5.3.4 Your message exceeded Google's message header size limits. Messages must not exceed limit total header bytes or limit header fields. To view our header size guidelines, go to Gmail message header limits.",
          '5.3.4',
          'message-too-large',
        ],
        // support.google.com/a/answer/3726730 (saved copy :493)
        [
          "552 5.3.4 The size of the header name header value (size bytes) exceeds Google's limit of limit bytes per individual header size. To view our header size guidelines, go to Gmail message header limits.",
          '5.3.4',
          'message-too-large',
        ],
        // support.google.com/a/answer/3726730 (saved copy :499)
        [
          "552 5.3.4 The size of a header name (size bytes) exceeds Google's header name limit of limit bytes. To view our header size guidelines, go to Gmail message header limits.",
          '5.3.4',
          'message-too-large',
        ],
        // support.google.com/a/answer/3726730 (saved copy :502)
        [
          "552 5.3.4 Your message has a Subject: header that exceeds Google's message header size limits. To view our header size guidelines, go to Gmail message header limits.",
          '5.3.4',
          'message-too-large',
        ],
        // https://www.suped.com/learn/email-deliverability/what-is-the-google-error-message-when-an-email-exceeds-size-limits (raw reply to MAIL FROM SIZE=)
        [
          "552-5.3.4 Your message exceeded Google's message size limits. Please visit 552-5.3.4 https://support.google.com/mail/?p=MaxSizeError to view our size 552 5.3.4 guidelines. abc123 - gsmtp",
          '5.3.4',
          'message-too-large',
        ],
        // older Google list, reproduced in GitHub file id 44567883975 (SMTP test server returnmap)
        [
          "552 5.2.3 Your message exceeded Google's message size limits. Please review our size guidelines.",
          '5.2.3',
          'message-too-large',
        ],
        // support.google.com/a/answer/3726730 (saved copy :543)
        [
          '554 5.6.0 Email message is malformed. Not accepted. For more information, go to Email sender guidelines and review RFC 5322 specifications.',
          '5.6.0',
          'message-noncompliant',
        ],
        // older Google list, reproduced in GitHub file id 44567883975
        ['554 5.6.0 Mail message is malformed. Not accepted.', '5.6.0', 'message-noncompliant'],
        // support.google.com/a/answer/3726730 (saved copy :601)
        [
          '550 5.7.1 Messages missing a valid Message-ID: header are not accepted. For more information, go to Email sender guidelines and review RFC 5322 specifications.',
          '5.7.1',
          'message-noncompliant',
        ],
        // support.google.com/a/answer/3726730 (saved copy :604)
        [
          '550 5.7.1 Messages with multiple addresses in the From: header are not accepted. For more information, go to Email sender guidelines and review RFC 5322 specifications.',
          '5.7.1',
          'message-noncompliant',
        ],
        // support.google.com/a/answer/3726730 (saved copy :607)
        [
          '550 5.7.1 The message contains a unicode character in a disallowed header. To review our message and header content guidelines, go to File types blocked in Gmail.',
          '5.7.1',
          'message-noncompliant',
        ],
        // support.google.com/a/answer/3726730 (saved copy :610)
        [
          '550 5.7.1 This message is not RFC 5322 compliant because it has duplicate headers. To reduce the amount of spam sent to Gmail, this message has been blocked. For more information, go to Email sender guidelines and review RFC 5322 specifications.',
          '5.7.1',
          'message-noncompliant',
        ],
        // support.google.com/a/answer/3726730 (saved copy :635)
        [
          '550 5.7.1 Encoded-word syntax is not permitted in message header header-name. To reduce the amount of spam sent to Gmail, this message has been blocked. For more information, go to Email sender guidelines and review RFC 5322 specifications.',
          '5.7.1',
          'message-noncompliant',
        ],
        // support.google.com/a/answer/3726730 (saved copy :639)
        [
          '550 5.7.1 This message is not RFC 5322 compliant. There are multiple header-name headers. To reduce the amount of spam sent to Gmail, this message has been blocked. For more information, go to Email sender guidelines and review RFC 5322 specifications.',
          '5.7.1',
          'message-noncompliant',
        ],
        // support.google.com/a/answer/3726730 (saved copy :643)
        [
          '550 5.7.1 This message is not RFC 5322 compliant. There is a malformed header-name header. To reduce the amount of spam sent to Gmail, this message has been blocked. For more information, go to Email sender guidelines and review RFC 5322 specifications.',
          '5.7.1',
          'message-noncompliant',
        ],
        // https://www.spamresource.com/2022/08/gmail-weird-rfc-5322-bounces-and-what.html
        [
          "550-5.7.1 [192.0.2.1] Our system has detected that this message is not RFC 550-5.7.1 5322 compliant: 550-5.7.1 Multiple 'From' headers found. 550-5.7.1 To reduce the amount of spam sent to Gmail, this message has been 550-5.7.1 blocked. Please visit 550-5.7.1 https://support.google.com/mail/?p=RfcMessageNonCompliant 550 5.7.1 and review RFC 5322 specifications for more information. - gsmtp",
          '5.7.1',
          'message-noncompliant',
        ],
        // https://www.suped.com/learn/email-deliverability/why-are-my-gmail-emails-bouncing-with-a-missing-message-id-error
        [
          '550-5.7.1 Messages missing a valid Message-ID header are not accepted. 550-5.7.1 Review RFC 5322 specifications. 550 5.7.1 gsmtp',
          '5.7.1',
          'message-noncompliant',
        ],
        // https://wordtothewise.com/2022/05/message-not-compliant-with-the-rfcs (Yahoo rejection)
        ['554 5.0.0 Message not accepted due to failed RFC compliance', '5.0.0', 'message-noncompliant'],
        // https://suped.com/email-deliverability/answers/how-do-i-fix-yahoo-bounce-message-554-message-not-allowed-headers-are-not-rfc-compliant (Yahoo bounce q
        ['554 Message not allowed - Headers are not RFC compliant', null, 'message-noncompliant'],
        // Exchange SmtpResponse.MessageTooLarge (GitHub file id 33036550424)
        ['552 5.3.4 Message size exceeds fixed maximum message size', '5.3.4', 'message-too-large'],
        // Exchange SmtpResponse.HeadersTooLarge (GitHub file id 33036550424)
        ['552 5.3.4 Header size exceeds fixed maximum size', '5.3.4', 'message-too-large'],
        // Exchange SmtpResponse.MessageSizeLimitReached (GitHub file id 33036550424)
        ['421 4.4.2 Message size limit for this connection reached', '4.4.2', 'message-too-large'],
        // Exchange SmtpResponse.InvalidContent (GitHub file id 33036550424)
        ['554 5.6.0 Invalid message content', '5.6.0', 'message-noncompliant'],
        // Exchange SmtpResponse.InvalidContentBareLinefeeds (GitHub file id 33036550424)
        ['554 5.6.0 Invalid message content, contains bare linefeeds', '5.6.0', 'message-noncompliant'],
        // Exchange SmtpResponse.MessagePartialNotSupported (GitHub file id 33036550424)
        ['554 5.6.1 Messages of type message/partial are not supported', '5.6.1', 'message-noncompliant'],
        // Exchange AckReason.MessageTooLargeForSender (GitHub file id 32634522267)
        [
          '550 5.2.3 RESOLVER.RST.SendSizeLimit.Sender; message too large for this sender',
          '5.2.3',
          'message-too-large',
        ],
        // Exchange AckReason.MessageTooLargeForOrganization (GitHub file id 32634522267)
        [
          '550 5.2.3 RESOLVER.RST.SendSizeLimit.Org; message too large for this organization',
          '5.2.3',
          'message-too-large',
        ],
        // Exchange AckReason.MessageTooLargeForDistributionList (GitHub file id 32634522267)
        [
          '550 5.2.3 RESOLVER.RST.RecipSizeLimit.DL; message length exceeds administrative limit',
          '5.2.3',
          'message-too-large',
        ],
        // Exchange AckReason.MessageTooLargeForHighPriority (GitHub file id 32634522267)
        [
          '550 5.2.3 QUEUE.Priority; message too large to be sent with high priority',
          '5.2.3',
          'message-too-large',
        ],
        // Exchange AckReason.MessageTooLargeForRoute (GitHub file id 32634522267)
        [
          '550 5.3.4 ROUTING.SizeLimit; message size exceeds fixed maximum size for route',
          '5.3.4',
          'message-too-large',
        ],
        // Exchange AckReason.OverAdvertisedSizeLimit (GitHub file id 32634522267)
        [
          '550 5.3.4 SMTPSEND.OverAdvertisedSize; message size exceeds fixed maximum size',
          '5.3.4',
          'message-too-large',
        ],
        // Exchange AckReason.BdatOverAdvertisedSizeLimit (GitHub file id 32634522267)
        [
          '550 5.3.4 SMTPSEND.BDATOverAdvertisedSize; message size exceeds fixed maximum size',
          '5.3.4',
          'message-too-large',
        ],
        // Exchange AckReason.PickupMessageTooLarge (GitHub file id 32634522267)
        [
          '550 5.3.4 PICKUP.MessageSize; message size exceeds a fixed maximum size limit',
          '5.3.4',
          'message-too-large',
        ],
        // Exchange AckReason.PickupHeaderTooLarge (GitHub file id 32634522267)
        [
          '550 5.3.4 PICKUP.HeaderSize; header size exceeds a fixed maximum size limit',
          '5.3.4',
          'message-too-large',
        ],
        // Exchange AckReason.ReplayMessageTooLarge (GitHub file id 32634522267)
        [
          '550 5.3.4 REPLAY.MessageSize; message size exceeds a fixed maximum size limit',
          '5.3.4',
          'message-too-large',
        ],
        // Microsoft support article quoted in GitHub file id 3944128081 (EWS message size limit)
        [
          "Remove Server returned '500 5.2.11 RESOLVER.RST.SendSizeLimit.Sender; message too large for this sender'",
          '5.2.11',
          'message-too-large',
        ],
        // Exchange AckReason.BareLinefeedsAreIllegal (GitHub file id 32634522267)
        [
          '550 5.6.2 SMTPSEND.BareLinefeedsAreIllegal; message contains bare linefeeds, which cannot be sent via DATA',
          '5.6.2',
          'message-noncompliant',
        ],
        // Exchange AckReason.InboundInvalidContent (GitHub file id 32634522267)
        ['554 5.6.0 STOREDRV.Deliver; invalid message content', '5.6.0', 'message-noncompliant'],
        // Exchange AckReason.OutboundInvalidContent (GitHub file id 32634522267)
        ['554 5.6.0 STOREDRV.Submit; invalid message content', '5.6.0', 'message-noncompliant'],
        // Exchange AckReason.SmtpSendLongOrarNotTransmittable (GitHub file id 32634522267)
        [
          '550 5.6.0 SMTPSEND.SmtpSendLongOrarNotTransmittable; unable to transmit long ORAR',
          '5.6.0',
          'message-noncompliant',
        ],
        // Exchange AckReason.UMPartnerMessageInvalidHeaders (GitHub file id 32634522267)
        [
          '554 5.6.5 UMPMSG.Deliver; missing or invalid x-ms-exchange-um-* headers.',
          '5.6.5',
          'message-noncompliant',
        ],
        // MicrosoftDocs/OfficeDocs-Exchange ExchangeOnline/.../non-delivery-reports-in-exchange-online.md (bare line feed characters)
        ['550 5.6.11 Invalid characters', '5.6.11', 'message-noncompliant'],
        // MicrosoftDocs/OfficeDocs-Exchange ExchangeOnline/.../non-delivery-reports-in-exchange-online.md (no valid From address)
        [
          '5.7.512 Access denied, message must be RFC 5322 section 3.6.2 compliant',
          '5.7.512',
          'message-noncompliant',
        ],
        // postfix/src/smtpd/smtpd.c:2734 (MAIL FROM SIZE= larger than free space)
        ['552 5.3.4 Message size exceeds file system imposed limit', '5.3.4', 'message-too-large'],
        // postfix/src/smtpd/smtpd.c:4222 (BDAT)
        ['552 5.3.4 Chunk exceeds message size limit', '5.3.4', 'message-too-large'],
        // postfix/src/global/cleanup_strerror.c:72 (CLEANUP_STAT_SIZE)
        ['552 5.3.4 message file too big', '5.3.4', 'message-too-large'],
        // postfix/src/smtpd/smtpd.c:3951 (%d = smtpd_forbid_bare_newline_reject_code, default 550 per mail_params.h:4417)
        ['550 5.5.2 mail.example.com Error: bare <LF> received', '5.5.2', 'message-noncompliant'],
        // postfix/src/global/cleanup_strerror.c:76 (CLEANUP_STAT_BARE_LF)
        ['521 5.5.2 bare <LF> received', '5.5.2', 'message-noncompliant'],
        // postfix/src/smtpd/smtpd.c:2879
        ['553 5.6.7 Must declare SMTPUTF8 to send unicode address', '5.6.7', 'message-noncompliant'],
        // postfix/src/smtp/smtp_proto.c:653 (bounce reason)
        [
          'message requires SMTPUTF8, but no server was found that supports SMTPUTF8. The last attempted server was mx.example.com[192.0.2.1]:25',
          '5.6.7',
          'message-noncompliant',
        ],
        // postfix/src/global/mime_state.c:1163 (MIME_ERR_NESTING, used as bounce text by smtp_mime_fail)
        ['MIME nesting exceeds safety limit', '5.6.0', 'message-noncompliant'],
        // postfix/src/global/mime_state.c:1164 (MIME_ERR_TRUNC_HEADER)
        ['message header length exceeds safety limit', '5.6.0', 'message-noncompliant'],
        // postfix/src/global/mime_state.c:1165 (MIME_ERR_8BIT_IN_HEADER)
        ['improper use of 8-bit data in message header', '5.6.0', 'message-noncompliant'],
        // postfix/src/global/mime_state.c:1166 (MIME_ERR_8BIT_IN_7BIT_BODY; bounce when 8BITMIME not offered and conversion impossible)
        ['improper use of 8-bit data in message body', '5.6.0', 'message-noncompliant'],
        // postfix/src/global/mime_state.c:1167 (MIME_ERR_ENCODING_DOMAIN)
        ['invalid message/* or multipart/* encoding domain', '5.6.0', 'message-noncompliant'],
        // postfix/src/global/mime_state.c:1168 (MIME_ERR_NON_EMPTY_EOH)
        ['primary header was terminated with non-empty line', '5.6.0', 'message-noncompliant'],
        // src/src/receive.c:2094 (header_maxsize)
        ['552 Message header is ridiculously long', null, 'message-too-large'],
        // src/src/moan.c ERRMESS_VLONGHDRLINE ("Mail failure - overlong header line")
        [
          'A message that you sent contained a header line that was excessively long and could not be handled by the mail transmission software. The message has not been delivered to any recipients.',
          null,
          'message-noncompliant',
        ],
        // src/src/moan.c ERRMESS_TOOBIG ("Mail failure - message too big")
        [
          'A message that you sent was longer than the maximum size allowed on this system. It was not delivered to any recipients.',
          null,
          'message-too-large',
        ],
        // src/src/deliver.c:2003 (transport message_size_limit)
        ['message is too big (transport limit = %d)', null, 'message-too-large'],
        // src/src/transports/smtp.c:5519 (message_linelength_limit)
        ['message has lines too long for transport (received %d, limit %d)', null, 'message-noncompliant'],
        // src/src/verify.c:2479 (verify = header_names_ascii)
        ['Invalid character in header "%.*s" found', null, 'message-noncompliant'],
        // src/src/verify.c:2775 (verify = header_sender)
        ['there is no valid sender in any header line', null, 'message-noncompliant'],
        // https://xneelo.co.za/help-centre/email/spam-and-security/mail-rfc-compliance/ (Exim "SMTP error from remote mail server after end of data")
        ['550 Date header far in the past/future.', null, 'message-noncompliant'],
        // https://xneelo.co.za/help-centre/email/spam-and-security/mail-rfc-compliance/
        ['550 Messages should have one or no Message-ID headers, not 2.', null, 'message-noncompliant'],
        // collect.c (EF_TOOBIG, e_status 5.2.3)
        ['552 Message exceeds maximum fixed size (%ld)', '5.2.3', 'message-too-large'],
        // collect.c (HasEightBits without MIME / 8BITMIME, e_status 5.6.1)
        ['554 Eight bit data not allowed', '5.6.1', 'message-noncompliant'],
        // collect.c (_FFR_REJECT_NUL_BYTE, RejectNUL)
        ['554 NUL byte not allowed', '5.6.1', 'message-noncompliant'],
        // qmail-smtpd.c straynewline() (many forks, e.g. find_string id 17004652890)
        ['451 See http://pobox.com/~djb/docs/smtplf.html.', null, 'message-noncompliant'],
        // notqmail-derived qmail-smtpd.c straynewline() (GitHub file id 16998317918)
        ['451 See https://cr.yp.to/docs/smtplf.html.', null, 'message-noncompliant'],
        // https://smtp2go.com/blog/email-formatting-affecting-inbox-delivery
        ['451 stray newline detected. See http://cr.yp.to/docs/smtplf.html', null, 'message-noncompliant'],
        // notqmail-derived qmail-smtpd.c err_size() (GitHub file id 16998317918)
        ['552 sorry, that message size exceeds my databytes limit (#5.3.4)', '5.3.4', 'message-too-large'],
        // smtp_session.c:2849 + esc.c:61
        [
          '554 5.3.4 Message too big for system: Transaction failed, message too big',
          '5.3.4',
          'message-too-large',
        ],
        // smtp_session.c:2861 + esc.c:92
        [
          '550 5.7.1 Delivery not authorized, message refused: Message is not RFC 2822 compliant',
          '5.7.1',
          'message-noncompliant',
        ],
        // smtp_session.c:1138 (DATA line >= SMTP_LINE_MAX)
        ['500 5.0.0 Line too long', '5.0.0', 'message-noncompliant'],
        // haraka/Haraka connection.js:1336 and :1656 (450 when denysoft)
        ['550 Message too big!', null, 'message-too-large'],
        // haraka/Haraka connection.js:1536
        ['451 Bare line-feed; see http://haraka.github.io/barelf/', null, 'message-noncompliant'],
        // haraka/haraka-plugin-headers index.js:107 (template "Only one ${failures[0]} header allowed...")
        ['Only one Message-ID header allowed. See RFC 5322, Section 3.6', null, 'message-noncompliant'],
        // haraka/haraka-plugin-headers index.js:132
        ["Required header 'Date' missing", null, 'message-noncompliant'],
        // haraka/haraka-plugin-headers index.js:198
        ['The Date header is too far in the future', null, 'message-noncompliant'],
        // inbound/session.rs:433 and inbound/mail.rs:379
        ['552 5.3.4 Message too big for system.', '5.3.4', 'message-too-large'],
        // inbound/session.rs:447
        ['554 5.3.4 Line is too long.', '5.3.4', 'message-noncompliant'],
        // inbound/data.rs:62
        ['550 5.7.7 Failed to parse message.', '5.7.7', 'message-noncompliant'],
        // courier/courier/submit2.C:633
        ['523 Message length (%d bytes) exceeds administrative limit(%d).', '5.2.3', 'message-too-large'],
        // courier/courier/submit.C:2161
        ['534 Message header size exceeds policy limit.', '5.3.4', 'message-too-large'],
        // courier/courier/module.esmtp/courieresmtpd.C:615 (MAIL FROM SIZE=)
        ['534 SIZE=Message too big.', null, 'message-too-large'],
        // courier-libs rfc2045/rfc2045cpp.C (RFC2045_ERR8BITHEADER) via courier submit2.C:667
        ['550 8-bit header content', null, 'message-noncompliant'],
        // courier-libs rfc2045/rfc2045cpp.C
        ['550 8-bit content without a Content-Transfer-Encoding declaration', null, 'message-noncompliant'],
        // courier-libs rfc2045/rfc2045cpp.C (RFC2045_ERR2COMPLEX)
        ['550 MIME complexity exceeds limits', null, 'message-noncompliant'],
        // courier-libs rfc2045/rfc2045cpp.C (RFC2045_ERRBADBOUNDARY)
        ['550 Non-unique MIME boundary delimiters', null, 'message-noncompliant'],
        // courier-libs rfc2045/rfc2045cpp.C (RFC2045_ERR8BITINQP)
        ['550 Unencoded 8-bit content in quoted-printable content', null, 'message-noncompliant'],
        // courier-libs rfc2045/rfc2045cpp.C (RFC2045_ERRBADHEXINQP)
        ['550 Bad hexadecimal quoted-printable encoding', null, 'message-noncompliant'],
        // courier-libs rfc2045/rfc2045cpp.C (RFC2045_ERRWRONGBOUNDARY)
        ['550 Unexpected MIME boundary delimiter', null, 'message-noncompliant'],
        // courier-libs rfc2045/rfc2045cpp.C (RFC2045_ERRUNKNOWNTE)
        ['550 Unknown Content-Transfer-Encoding', null, 'message-noncompliant'],
        // courier-libs rfc2045/rfc2045cpp.C (RFC2045_ERRINVALIDBASE64)
        ['550 Invalid base64 encoding', null, 'message-noncompliant'],
        // courier-libs rfc2045/rfc2045cpp.C (RFC2045_ERRDUPLICATECONTENT)
        ['550 Duplicate MIME Content-* header', null, 'message-noncompliant'],
        // protocols/smtp/src/main/java/org/apache/james/protocols/smtp/SMTPSessionImpl.java:34
        ['500 Line length exceeded. See RFC 2821 #4.5.3.1.', null, 'message-noncompliant'],
        // src/lib-smtp/smtp-server-cmd-mail.c:171 (MAIL FROM SIZE=)
        ['552 5.2.3 Message size exceeds administrative limit', '5.2.3', 'message-too-large'],
        // ossilator/masqmail src/smtp_in.c:199 (MAIL FROM SIZE=)
        ['552 Message size exceeds fixed limit.', null, 'message-too-large'],
        // ossilator/masqmail src/smtp_in.c:297
        ['552 Error: message too large.', null, 'message-too-large'],
        // ossilator/masqmail src/smtp_out.c:431 (client-side failure text)
        ['Message size exceeds limit', null, 'message-too-large'],
        // hmailserver/hmailserver SMTPConnection.cpp:1247
        [
          '554 Rejected - Message size exceeds fixed maximum message size. Size: %d KB, Max size: %d KB',
          null,
          'message-too-large',
        ],
        // hmailserver/hmailserver SMTPConnection.cpp:952
        [
          '552 Message size exceeds the drop maximum message size. Size: %d KB, Max size: %d KB - DROP!',
          null,
          'message-too-large',
        ],
        // hmailserver/hmailserver SMTPConnection.cpp:338
        ['500 Line too long.', null, 'message-noncompliant'],
        // https://www.mailpro.com/faq/smtp-error-554 (hMailServer text)
        ["554 Rejected - Message containing bare LF's.", null, 'message-noncompliant'],
        // https://cisco.com/c/en/us/support/docs/security/email-security-appliance/118495-technote-esa-00.html (Cisco ESA, >1000 header lines)
        ['552 #5.3.4 message header size exceeds limit', '5.3.4', 'message-too-large'],
        // https://community.mimecast.com/docs/DOC-1415 (Mimecast Email Size Limits policy rejection reason)
        ['Message exceeds email size limit', null, 'message-too-large'],
        // https://support.proofpointessentials.com/index.php?/Knowledgebase/Article/View/334/49/limits-for-sending-and-receiving-email (Proofpoint Essentials)
        ['Message size exceeds file system imposed limit', null, 'message-too-large'],
        // https://support.isheriff.com/support/solutions/articles/205216-smtp-error-552-5-2-3-message-size-exceeds-fixed-maximum-message-size
        ['552 5.2.3 Message Size Exceeds Fixed Maximum Message Size', '5.2.3', 'message-too-large'],
        // https://realsender.com/secure-email-gateway/security-settings/extra-security-settings/limit-messages-weight
        [
          'The message you are trying to send exceeds the global size limit of (xxxx bytes) of the server, reduce the size of the message and attempt to send again.',
          null,
          'message-too-large',
        ],
        // http://www.testcompany.com/archive/October2007-39/6307.html (Espion Interceptor NDR, amavisd-based)
        [
          "INVALID HEADER (INVALID CHARACTERS OR SPACE GAP) Non-encoded 8-bit data (char AE hex) in message header 'From': From: ...",
          null,
          'message-noncompliant',
        ],
        // https://help.improvmx.com/email-deliverability/line-too-long-error-explained
        ['Line too long (see RFC5321 4.5.3.1.6) - ImprovMX', null, 'message-noncompliant'],
        // https://smtp2go.com/blog/email-formatting-affecting-inbox-delivery (list of receiver bounces)
        ['550 Maximum line length exceeded', null, 'message-noncompliant'],
        // https://smtp2go.com/blog/email-formatting-affecting-inbox-delivery
        ['550 Message is not RFC5322 2.1.1 compliant', null, 'message-noncompliant'],
        // https://galaxy.maropost.com/kb/articles/821-smtp-error-codes (Maropost SMTP API)
        [
          '554 Transaction failed[Missing Required Headers From or To[see RFC2822 section 3.6]]',
          null,
          'message-noncompliant',
        ],
        // jurov/gnu-mailman Mailman/Handlers/Hold.py:122 (rejection_notice)
        [
          'Your message was too big; please trim it to less than %(kb)d KB in size.',
          null,
          'message-too-large',
        ],
        // jurov/gnu-mailman Mailman/Handlers/Hold.py:117
        ['Message body is too big: %(size)d bytes with a limit of %(limit)d KB', null, 'message-too-large'],
        // jurov/gnu-mailman messages/de/LC_MESSAGES/mailman.po:8727
        [
          'Ihre Nachricht war zu umfangreich. Die maximal zulässige Größe beträgt %(kb)d KB.',
          null,
          'message-too-large',
        ],
        // jurov/gnu-mailman messages/fr/LC_MESSAGES/mailman.po:8498
        [
          'La taille de votre message était trop importante : veuillez le réduire pour que sa taille soit au plus de %(kb)d kb.',
          null,
          'message-too-large',
        ],
        // jurov/gnu-mailman messages/es/LC_MESSAGES/mailman.po:8617
        [
          'Su mensaje es demasiado grande, por favor reduzcalo para que tenga un tamaño inferior a %(kb)d KB.',
          null,
          'message-too-large',
        ],
        // jurov/gnu-mailman messages/it/LC_MESSAGES/mailman.po:8829
        [
          'Il tuo messaggio era troppo grande; per favore riducilo in modo che diventi meno di %(kb)d KB.',
          null,
          'message-too-large',
        ],
        // jurov/gnu-mailman messages/ja/LC_MESSAGES/mailman.po:7834 (EUC-JP in source)
        ['メールが長すぎます; %(kb)d KB 以下に短くしてください.', null, 'message-too-large'],
      ],
    },
  'Mail servers (hMailServer, Zimbra, Dovecot, XMail, Postfix postscreen, policyd-weight, postfwd, Exim, Exchange Server and Online, IceWarp, Kerio, SmarterMail, Coremail)':
    {
      source: "the servers' source code (named per line) and Microsoft's documentation",
      rows: [
        // hmailserver/hmailserver hmailserver/source/Server/SMTP/RecipientParser.cpp:38 (CONST_UNKNOWN_USER, sent via SendErrorResponse_(550, ...) in SMTPConnec
        ['550 Unknown user', null, 'recipient-unknown'],
        // hmailserver/hmailserver hmailserver/source/Server/SMTP/RecipientParser.cpp:113
        ['550 Account is not active.', null, 'mailbox-inactive'],
        // hmailserver/hmailserver hmailserver/source/Server/SMTP/RecipientParser.cpp:98
        ['550 Domain has been disabled.', null, 'mailbox-inactive'],
        // hmailserver/hmailserver hmailserver/source/Server/SMTP/RecipientParser.cpp:140
        ['550 Distribution list is not active.', null, 'mailbox-inactive'],
        // hmailserver/hmailserver hmailserver/source/Server/SMTP/RecipientParser.cpp:448
        ['550 Not authorized sender.', null, 'recipient-policy'],
        // hmailserver/hmailserver hmailserver/source/Server/SMTP/RecipientParser.cpp:391
        ['550 Not authorized owner.', null, 'recipient-policy'],
        // hmailserver/hmailserver hmailserver/source/Server/SMTP/RecipientParser.cpp:411
        ['550 Not authorized domain.', null, 'recipient-policy'],
        // hmailserver/hmailserver hmailserver/source/Server/SMTP/RecipientParser.cpp:174
        ['550 Recipient not in route list.', null, 'recipient-unknown'],
        // hmailserver/hmailserver hmailserver/source/Server/SMTP/RecipientParser.cpp:70
        ['550 Mail server configuration error. Too many recursive forwards.', null, 'mail-loop'],
        // hmailserver/hmailserver hmailserver/source/Server/SMTP/SMTPConnection.cpp:719
        ['550 Delivery is not allowed to this address.', null, 'relay-denied'],
        // hmailserver/hmailserver hmailserver/source/Server/SMTP/SMTPConnection.cpp:738
        ['530 SMTP authentication is required.', null, 'sender-blocked'],
        // hmailserver/hmailserver hmailserver/source/Server/SMTP/SMTPConnection.cpp:781 (greylisting)
        ['451 Please try again later.', null, 'rate-limited'],
        // hmailserver/hmailserver hmailserver/source/Server/SMTP/SMTPConnection.cpp:684
        ['550 Too many recipients.', null, 'rate-limited'],
        // hmailserver/hmailserver hmailserver/source/Server/SMTP/SMTPConnection.cpp:557 (format "Size: %d KB, Max size: %d KB")
        [
          '552 Message size exceeds fixed maximum message size. Size: 20480 KB, Max size: 10240 KB',
          null,
          'message-too-large',
        ],
        // hmailserver/hmailserver hmailserver/source/Server/SMTP/SMTPConnection.cpp:1260
        ["554 Rejected - Message containing bare LF's.", null, 'message-noncompliant'],
        // hmailserver/hmailserver hmailserver/source/Server/SMTP/SMTPConnection.cpp:1673
        ['501 HELO Invalid domain address.', null, 'sender-infrastructure'],
        // hmailserver/hmailserver hmailserver/source/Server/SMTP/SMTPConnection.cpp:1880
        ['530 A SSL/TLS-connection is required for authentication.', null, 'sender-infrastructure'],
        // hmailserver/hmailserver hmailserver/source/Server/SMTP/SMTPConnection.cpp:1163
        [
          '554 Your message was received but it could not be saved. Please retry later.',
          null,
          'recipient-system',
        ],
        // hmailserver/hmailserver hmailserver/source/Server/Common/AntiSpam/SpamTestSPF.cpp:65 (with explanation: "Blocked by SPF. (%s)")
        ['550 Blocked by SPF.', null, 'auth-failed'],
        // hmailserver/hmailserver hmailserver/source/Server/Common/AntiSpam/DKIM/SpamTestDKIM.cpp:51
        ['554 Rejected by DKIM.', null, 'auth-failed'],
        // hmailserver/hmailserver hmailserver/source/Server/Common/AntiSpam/SpamTestHeloHost.cpp:63
        ['550 The host name specified in HELO does not match IP address.', null, 'sender-infrastructure'],
        // hmailserver/hmailserver hmailserver/source/Server/Common/AntiSpam/SpamTestMXRecords.cpp:51
        ['550 Sender domain does not have any MX records.', null, 'sender-infrastructure'],
        // hmailserver/hmailserver hmailserver/source/Server/Common/AntiSpam/SpamTestPTR.cpp:50
        ['550 No valid rDNS/PTR record found.', null, 'sender-infrastructure'],
        // hmailserver/hmailserver hmailserver/source/DBScripts/CreateTablesMYSQL.sql (hm_dnsbl default sblrejectmessage)
        ['550 Rejected by Spamhaus.', null, 'reputation-block'],
        // hmailserver/hmailserver hmailserver/source/DBScripts/CreateTablesMYSQL.sql (hm_dnsbl default)
        ['550 Rejected by SpamCop.', null, 'reputation-block'],
        // hmailserver/hmailserver hmailserver/source/DBScripts/CreateTablesMYSQL.sql (hm_surblservers default)
        ['554 Rejected by SURBL.', null, 'content-rejected'],
        // hmailserver/hmailserver hmailserver/source/Server/Common/AntiSpam/SpamTestSpamAssassin.cpp:142
        ['554 Tagged as Spam by SpamAssassin', null, 'content-rejected'],
        // hmailserver/hmailserver hmailserver/source/Server/SMTP/LocalDelivery.cpp:249
        [
          'Error Type: SMTP Error Description: Inbox is full Additional information: The recipients inbox is full.',
          null,
          'mailbox-full',
        ],
        // hmailserver/hmailserver hmailserver/source/Server/SMTP/ExternalDelivery.cpp:364
        [
          "Error Type: SMTP Error Description: No mail servers appear to exists for the recipient's address. Additional information: Please check that you have not misspelled the recipient's email address.",
          null,
          'recipient-domain-invalid',
        ],
        // hmailserver/hmailserver hmailserver/source/Server/SMTP/SMTPClientConnection.cpp:484
        ['Remote server closed connection.', null, 'recipient-system'],
        // hmailserver/hmailserver hmailserver/source/DBScripts/CreateTablesMYSQL.sql (ATTACHMENT_REMOVED server message)
        [
          'The attachment example.exe was blocked for delivery by the e-mail server. Please contact your system administrator if you have any questions regarding this.',
          null,
          'content-rejected',
        ],
        // hmailserver/hmailserver hmailserver/source/DBScripts/CreateTablesMYSQL.sql (VIRUS_NOTIFICATION)
        [
          'The message below contained a virus and did not reach some or all of the intended recipients.',
          null,
          'content-rejected',
        ],
        // Zimbra/zm-mailbox store/src/java/com/zimbra/cs/lmtpserver/LmtpReply.java (NO_SUCH_USER)
        ['550 5.1.1 No such user here', '5.1.1', 'recipient-unknown'],
        // Zimbra/zm-mailbox store/src/java/com/zimbra/cs/lmtpserver/LmtpReply.java (MAILBOX_DISABLED)
        ['450 4.2.1 Mailbox disabled, not accepting messages', '4.2.1', 'mailbox-inactive'],
        // Zimbra/zm-mailbox store/src/java/com/zimbra/cs/lmtpserver/LmtpReply.java (MAILBOX_NOT_ON_THIS_SERVER)
        ['450 4.2.0 Mailbox is not on this server', '4.2.0', 'recipient-system'],
        // Zimbra/zm-mailbox store/src/java/com/zimbra/cs/lmtpserver/LmtpReply.java (PERMANENT_FAILURE_OVER_QUOTA)
        ['552 5.2.2 Over quota', '5.2.2', 'mailbox-full'],
        // Zimbra/zm-mailbox store/src/java/com/zimbra/cs/lmtpserver/LmtpReply.java (TEMPORARY_FAILURE)
        ['451 4.0.0 Temporary message delivery failure try again', '4.0.0', 'recipient-system'],
        // Zimbra/zm-mailbox store/src/java/com/zimbra/cs/lmtpserver/LmtpReply.java (PERMANENT_FAILURE)
        ['554 5.0.0 Permanent message delivery failure', '5.0.0', 'recipient-system'],
        // Zimbra/zm-mailbox store/src/java/com/zimbra/cs/lmtpserver/LmtpReply.java (SERVICE_DISABLED)
        ['421 4.3.2 Service not available, closing transmission channel', '4.3.2', 'recipient-system'],
        // Zimbra/zm-mailbox store/src/java/com/zimbra/cs/milter/MilterHandler.java:380
        [
          '571 Sender is not allowed to email this distribution list: list@example.com',
          null,
          'recipient-policy',
        ],
        // Zimbra/zm-mailbox store/src/java/com/zimbra/cs/milter/MilterHandler.java:369
        [
          '571 Recipient user@example.com is not allowed to forward to this distribution list: list@example.com',
          null,
          'recipient-policy',
        ],
        // Zimbra/zm-mta postfix_header_checks.in (zimbraMtaBlockedExtension REJECT text)
        ['For security reasons we reject attachments of this type', null, 'content-rejected'],
        // Zimbra/zm-mta postfix_header_checks.in
        [
          'Attachment type not allowed. File "invoice.exe" has the unacceptable extension "exe"',
          null,
          'content-rejected',
        ],
        // Zimbra/zm-mailbox store/conf/attrs/zimbra-attrs.xml:7494 (zimbraCBPolicydGreylistingDeferMsg default, used by cbpolicyd.conf.in defer_message)
        ['Greylisting in effect, please come back later', null, 'rate-limited'],
        // Zimbra/zm-mailbox store/conf/attrs/zimbra-attrs.xml:7499 (zimbraCBPolicydGreylistingBlacklistMsg default)
        ['Greylisting in effect, sending server blacklisted', null, 'reputation-block'],
        // dovecot/core src/lmtp/lmtp-recipient.c:146
        ["550 5.1.1 User doesn't exist: user@example.com", '5.1.1', 'recipient-unknown'],
        // dovecot/core src/plugins/quota/quota-settings.c:35 (quota_exceeded_message default) + src/lmtp/lmtp-local.c:134
        ['552 5.2.2 Quota exceeded (mailbox for user is full)', '5.2.2', 'mailbox-full'],
        // dovecot/core src/lib-storage/mail-error.h (MAIL_ERRSTR_NO_QUOTA)
        ['Not enough disk quota', '5.2.2', 'mailbox-full'],
        // dovecot/core src/lmtp/lmtp-proxy.c:891
        ['550 5.3.5 Login disabled', '5.3.5', 'mailbox-inactive'],
        // dovecot/core src/lmtp/lmtp-local.c:224
        ['451 4.3.0 Temporary internal error', '4.3.0', 'recipient-system'],
        // dovecot/core src/lmtp/lmtp-proxy.c (user lookup)
        ['451 4.3.0 Temporary user lookup failure', '4.3.0', 'recipient-system'],
        // dovecot/core src/lmtp/lmtp-proxy.c:947
        ['550 5.3.5 Internal user lookup failure', '5.3.5', 'recipient-system'],
        // dovecot/core src/lib-storage/mail-error.h (MAIL_ERRSTR_CRITICAL_MSG)
        ['Internal error occurred. Refer to server log for more information.', null, 'recipient-system'],
        // dovecot/core src/lmtp/lmtp-proxy.c:606
        ['554 5.4.6 Proxying loops to itself', '5.4.6', 'mail-loop'],
        // dovecot/core src/lmtp/lmtp-proxy.c:551
        ['554 5.4.6 Proxying appears to be looping (TTL=0)', '5.4.6', 'mail-loop'],
        // dovecot/core src/lib-smtp/smtp-server-cmd-data.c:30
        ['552 5.2.3 Message size exceeds administrative limit', '5.2.3', 'message-too-large'],
        // dovecot/core src/lib-smtp/smtp-server-cmd-rcpt.c:51
        ['451 4.5.3 Too many recipients', '4.5.3', 'rate-limited'],
        // dovecot/core src/lib-lda/lda-settings.c:34 (rejection_reason default) and dovecot/pigeonhole src/lib-sieve/sieve-actions.c:985
        ['Your message to <user@example.com> was automatically rejected:', null, 'recipient-policy'],
        // warren-bank/mirror-XMail-mail-server SMTPSvr.cpp SMTPCheckForwardPath()
        ['550 Mailbox unavailable <user@example.com>', null, 'recipient-unknown'],
        // warren-bank/mirror-XMail-mail-server SMTPSvr.cpp SMTPCheckForwardPath() (ReceiveEnable=0)
        ['550 Account disabled <user@example.com>', null, 'mailbox-inactive'],
        // warren-bank/mirror-XMail-mail-server SMTPSvr.cpp SMTPCheckForwardPath()
        ['452 Mailbox full <user@example.com>', null, 'mailbox-full'],
        // warren-bank/mirror-XMail-mail-server SMTPSvr.cpp SMTPCheckForwardPath() (mailing-list post check)
        ['557 Access denied <list@example.com> for user <sender@example.com>', null, 'recipient-policy'],
        // warren-bank/mirror-XMail-mail-server SMTPSvr.cpp SMTPCheckForwardPath()
        ['550 Relay denied', null, 'relay-denied'],
        // warren-bank/mirror-XMail-mail-server SMTPSvr.cpp SMTPHandleCmd_DATA()
        ['552 Message exceeds fixed maximum message size', null, 'message-too-large'],
        // warren-bank/mirror-XMail-mail-server SMTPSvr.cpp (format "(%d) local error in processing")
        ['451 Requested action aborted: (-1) local error in processing', null, 'recipient-system'],
        // vdukhovni/postfix postfix/src/postscreen/postscreen_early.c:165 (format "%s 5.7.1 Service unavailable; client [%s] blocked using %s")
        [
          '550 5.7.1 Service unavailable; client [192.0.2.1] blocked using zen.spamhaus.org',
          null,
          'reputation-block',
        ],
        // vdukhovni/postfix postfix/src/postscreen/postscreen.c:875
        ['421 4.7.0 Error: too many connections', '4.7.0', 'rate-limited'],
        // vdukhovni/postfix postfix/src/postscreen/postscreen.c:887
        ['421 4.3.2 All server ports are busy', '4.3.2', 'recipient-system'],
        // vdukhovni/postfix postfix/src/postscreen/postscreen.c:844
        ['421 4.3.2 No system resources', '4.3.2', 'recipient-system'],
        // vdukhovni/postfix postfix/src/postscreen/postscreen.c:914
        ['550 5.3.2 Service currently unavailable', '5.3.2', 'reputation-block'],
        // github policyd-weight/policyd-weight policyd-weight:322 ($REJECTMSG)
        [
          '550 Mail appeared to be SPAM or forged. Ask your Mail/DNS-Administrator to correct HELO and DNS MX settings or to get removed from DNSBLs',
          null,
          'reputation-block',
        ],
        // github policyd-weight/policyd-weight policyd-weight:387 ($MAXDNSBLMSG)
        ['550 Your MTA is listed in too many DNSBLs', null, 'reputation-block'],
        // github policyd-weight/policyd-weight policyd-weight:347 ($DNSERRMSG)
        [
          '450 No DNS entries for your MTA, HELO and Domain. Contact YOUR administrator',
          null,
          'sender-infrastructure',
        ],
        // policyd-spf (postfix-policyd-spf-python) log line quoted in a public repo file, find_string id 19339359584
        [
          '550 5.7.23 Message rejected due to: SPF fail - not authorized. Please see http://www.openspf.net/Why?s=mfrom;id=sender@example.com;ip=192.0.2.1;r=<UNKNOWN>',
          '5.7.23',
          'auth-failed',
        ],
        // policyd-spf reply quoted in public write-up, find_string id 69424646607
        [
          '550 5.7.23 <user@example.com>: Recipient address rejected: Message rejected due to: SPF fail - not authorized.',
          '5.7.23',
          'auth-failed',
        ],
        // Apache infra "Mail Rejection Policy" page (find_string id 29560550838)
        [
          '550 5.7.23 Recipient address rejected: Message rejected due to: Receiver policy for SPF Softfail',
          '5.7.23',
          'auth-failed',
        ],
        // policyd-spf HELO softfail reply quoted in kruyt.org blog post (find_string id 12255441494)
        [
          '550 5.7.1 <user@example.com>: Recipient address rejected: Message rejected due to: domain owner discourages use of this host. Please see http://www.openspf.net/Why?s=helo;id=mx-out.example.com;ip=192.0.2.1;r=user@example.com',
          null,
          'auth-failed',
        ],
        // Exim/exim src/src/configure.default:515 (acl_check_rcpt "require message = relay not permitted")
        ['550 relay not permitted', null, 'relay-denied'],
        // Exim/exim src/src/configure.default:476
        ['550 Rejected for too many bad recipients', null, 'rate-limited'],
        // Exim/exim src/src/configure.default:604
        ['550 maximum allowed line length is 998 octets, got 1200', null, 'message-noncompliant'],
        // Exim/exim src/src/configure.default:610
        ['550 header syntax', null, 'message-noncompliant'],
        // Exim/exim src/src/configure.default:533 (commented DNSBL example)
        ['rejected because 192.0.2.1 is in a black list at zen.spamhaus.org', null, 'reputation-block'],
        // Exim/exim src/src/configure.default:617 (commented malware example)
        ['This message contains a virus (Eicar-Test-Signature).', null, 'content-rejected'],
        // Exim/exim src/src/configure.default:808 (cannot_route_message on localuser router)
        ['Unknown user', null, 'recipient-unknown'],
        // Exim/exim src/src (host lookup failure text)
        ['all relevant MX records point to non-existent hosts', null, 'recipient-domain-invalid'],
        // Exim/exim src/src/transports/appendfile.c
        [
          'mailbox is full (MTA-imposed quota exceeded while writing to /var/mail/user)',
          null,
          'mailbox-full',
        ],
        // Exim/exim src/src/receive.c:3216
        ['550 Too many "Received" headers - suspected mail loop', null, 'mail-loop'],
        // Exim/exim src/src/receive.c:3342
        ['552 Message size exceeds maximum permitted', null, 'message-too-large'],
        // Exim/exim src/src/receive.c:2364
        ['552 Message header not CRLF terminated', null, 'message-noncompliant'],
        // Exim/exim src/src/receive.c:2333
        ['552 A message header line is too long', null, 'message-noncompliant'],
        // Exim/exim src/src/smtp_in.c:4599
        ['421 too many messages in this connection', null, 'rate-limited'],
        // Exim/exim src/src/smtp_in.c:4901
        ['452 Space shortage, please try later', null, 'recipient-system'],
        // Exim/exim src/src/deliver.c (retry_timeout)
        ['retry timeout exceeded', null, 'expired'],
        // Exim/exim src/src/transports/smtp.c:6493 ("all hosts%s have been failing for a long time %s")
        [
          "all hosts for 'example.com' have been failing for a long time (and retry time not reached)",
          null,
          'expired',
        ],
        // Exim/exim src/src/acl.c / verify.c default sender verify message
        ['Sender verify failed', null, 'sender-infrastructure'],
        // https://gnu.org/software/mailutils/manual/html_node/Mailbox-Quotas.html
        ['user: mailbox quota exceeded for this recipient', null, 'mailbox-full'],
        // https://gnu.org/software/mailutils/manual/html_node/Mailbox-Quotas.html
        ['user: message would exceed maximum mailbox size for this recipient', null, 'mailbox-full'],
        // EXS / Exchange/ExchangeServer/antispam-and-antimalware/antispam-protection/recipient-filtering.md:39 (Recipient Filter agent: blocked or non-existent
        ['550 5.1.1 User unknown', '5.1.1', 'recipient-unknown'],
        // EXS
        ['5.1.1 RESOLVER.ADR.ExRecipNotFound; not found', '5.1.1', 'recipient-unknown'],
        // EXS
        ['5.1.3 STOREDRV.Submit; invalid recipient address', '5.1.3', 'recipient-unknown'],
        // Exchange/ExchangeServer/mail-flow/connectors/allow-anonymous-relay.md:237
        ['550 5.7.1 Unable to relay', '5.7.1', 'relay-denied'],
        // Exchange/ExchangeServer/mail-flow/test-smtp-with-telnet.md:233 (MAIL FROM)
        ['550 5.1.7 Invalid address', '5.1.7', 'sender-infrastructure'],
        // Exchange/ExchangeServer/mail-flow/message-size-limits.md:173
        ['452 4.5.3 Too many recipients', '4.5.3', 'rate-limited'],
        // Exchange/ExchangeServer/mail-flow/message-size-limits.md:177
        ['550 5.5.3 RESOLVER.ADR.RecipLimit; too many recipients', '5.5.3', 'rate-limited'],
        // EXS
        ['5.3.4 Message size exceeds fixed maximum message size', '5.3.4', 'message-too-large'],
        // EXS
        [
          '5.2.3 RESOLVER.RST.RecipSizeLimit; message too large for this recipient',
          '5.2.3',
          'message-too-large',
        ],
        // EXS
        ['5.2.2 Mailbox full', '5.2.2', 'mailbox-full'],
        // Exchange/ExchangeServer/mail-flow/transport-high-availability/shadow-redundancy.md:68 (RejectMessageOnShadowFailure)
        ['451 4.4.0 Message failed to be made redundant', '4.4.0', 'recipient-system'],
        // EXS
        ['4.3.1 Insufficient system resources', '4.3.1', 'recipient-system'],
        // EXS
        ['5.3.2 STOREDRV.Deliver: Missing or bad StoreDriver MDB properties', '5.3.2', 'recipient-system'],
        // EXS
        ['5.4.4 SMTPSEND.DNS.NonExistentDomain; nonexistent domain', '5.4.4', 'recipient-domain-invalid'],
        // EXS
        [
          '5.1.6 Recipient addresses in single label domains not accepted',
          '5.1.6',
          'recipient-domain-invalid',
        ],
        // EXS
        ['5.1.4 Recipient address reserved by RFC 2606', '5.1.4', 'recipient-domain-invalid'],
        // EXS; also fix-error-code-5-4-6-through-5-4-20-in-exchange-online.md:135
        ['554 5.4.6 Hop count exceeded - possible mail loop', '5.4.6', 'mail-loop'],
        // Exchange/ExchangeOnline/.../fix-error-code-550-4-4-7-in-exchange-online.md:109; Exchange/ExchangeServer/mail-flow/transport-logs/message-tracking.md:9
        ['550 4.4.7 QUEUE.Expired; message expired', '4.4.7', 'expired'],
        // EXS
        ['5.2.1 Content Filter agent quarantined this message', '5.2.1', 'content-rejected'],
        // Exchange Content Filter agent default rejection response, quoted in bounce at https://pastebin.com/zFzcEWws
        ['550 5.7.1 Message rejected as spam by Content Filtering.', '5.7.1', 'content-rejected'],
        // Exchange transport rule reject quoted in NDR https://pastebin.com/HZca6aT2 (EXS lists 5.7.900-5.7.999 "Delivery not authorized, message refused")
        [
          '550 5.7.900 TRANSPORT.RULES.RejectMessage; the message was rejected by organization policy',
          '5.7.900',
          'recipient-policy',
        ],
        // EXS (5.7.900-5.7.999)
        ['Delivery not authorized, message refused', '5.7.900', 'recipient-policy'],
        // Exchange/ExchangeServer/antispam-and-antimalware/antispam-protection/connection-filtering-procedures.md:130
        [
          'Connection from IP address 192.0.2.1 was rejected by connection filtering.',
          null,
          'reputation-block',
        ],
        // Exchange/ExchangeServer/antispam-and-antimalware/antispam-protection/connection-filtering-procedures.md:128 (Protocol Analysis sender reputation)
        ['Connection from IP address 192.0.2.1 was rejected by sender reputation.', null, 'reputation-block'],
        // Exchange/ExchangeServer/antispam-and-antimalware/antispam-protection/content-filtering-procedures.md:262 (Set-ContentFilterConfig -RejectionResponse e
        ['Your message was rejected because it appears to be SPAM.', null, 'content-rejected'],
        // EXO
        ['432 4.3.2 STOREDRV.Deliver; recipient thread limit exceeded', '4.3.2', 'rate-limited'],
        // EXO
        ['4.4.316 Connection refused [Message=Socket error code 10061]', '4.4.316', 'recipient-system'],
        // EXO
        [
          '4.7.26 Access denied, a message sent over IPv6 [2001:db8::1] must pass either SPF or DKIM validation, this message is not signed',
          '4.7.26',
          'auth-failed',
        ],
        // EXO
        [
          '4.7.321 starttls-not-supported: Destination mail server must support TLS to receive mail.',
          '4.7.321',
          'recipient-system',
        ],
        // EXO
        [
          "5.7.322 certificate-expired: Destination mail server's certificate is expired.",
          '5.7.322',
          'recipient-system',
        ],
        // EXO
        ['5.7.323 tlsa-invalid: The domain failed DANE validation.', '5.7.323', 'recipient-system'],
        // EXO
        [
          '5.7.324 dnssec-invalid: Destination domain returned invalid DNSSEC records',
          '5.7.324',
          'recipient-system',
        ],
        // EXO
        [
          '5.7.325 certificate-host-mismatch: Remote certificate MUST have a common name or subject alternative name matching the hostname (DANE)',
          '5.7.325',
          'recipient-system',
        ],
        // EXO (4.7.850-899: suspicious activity on the sending IP)
        ['4.7.850 Access denied, please try again later', '4.7.850', 'reputation-block'],
        // EXO (nested attachments)
        [
          '550 5.0.350 Requested action not taken: policy violation detected (AS345)',
          '5.0.350',
          'content-rejected',
        ],
        // EXO
        ['550 5.0.350 x-dg-ref header is too long', '5.0.350', 'message-noncompliant'],
        // EXO
        ['550 5.1.1 Bad destination mailbox address', '5.1.1', 'recipient-unknown'],
        // EXO / fix-error-code-550-5-1-10-in-exchange-online.md
        ['550 5.1.10 Recipient not found', '5.1.10', 'recipient-unknown'],
        // EXO (outlook.com/hotmail.com recipient not found)
        ['550 5.5.0 Requested action not taken: mailbox unavailable', '5.5.0', 'recipient-unknown'],
        // EXO (Directory Based Edge Blocking)
        ['550 5.4.1 Recipient address rejected: Access denied', '5.4.1', 'recipient-unknown'],
        // NDR quoted at https://pastebin.com/32NXKByX
        [
          '550 5.4.1 [user@example.com]: Recipient address rejected: Access denied [AM0PR01CA0001.eurprd01.prod.protection.outlook.com]',
          '5.4.1',
          'recipient-unknown',
        ],
        // EXO
        [
          '5.7.504 [user@example.com]: Recipient address rejected: Access denied',
          '5.7.504',
          'recipient-unknown',
        ],
        // EXO
        ['5.7.505 Access denied, banned recipient', '5.7.505', 'recipient-unknown'],
        // EXO (account blocked for sending spam)
        ['550 5.1.8 Access denied, bad outbound sender', '5.1.8', 'sender-blocked'],
        // EXO
        [
          "5.1.90 Your message can't be sent because you've reached your daily limit for message recipients",
          '5.1.90',
          'sender-blocked',
        ],
        // EXO
        ['5.2.2 Submission quota exceeded', '5.2.2', 'sender-blocked'],
        // EXO (n/a row) / fix-error-for-submission-quota-exceeded-in-exchange-online.md
        [
          "The message can't be submitted because the sender's submission quota was exceeded",
          null,
          'sender-blocked',
        ],
        // EXO
        [
          "5.2.121 Recipient's per hour message receive limit from specific sender exceeded.",
          '5.2.121',
          'rate-limited',
        ],
        // EXO
        ["5.2.122 Recipient's per hour message receive limit exceeded.", '5.2.122', 'rate-limited'],
        // EXO
        [
          '5.3.190 Journaling on-premises messages to Microsoft 365 or Office 365 not supported when Journaling Archive is disabled.',
          '5.3.190',
          'recipient-system',
        ],
        // EXO / fix-error-code-550-5-4-1-in-exchange-online.md:112
        ['550 5.4.1 Relay Access Denied', '5.4.1', 'relay-denied'],
        // fix-error-code-5-4-6-through-5-4-20-in-exchange-online.md:136
        ['5.4.14 Hop count exceeded - possible mail loop ATTR34', '5.4.14', 'mail-loop'],
        // EXO
        ['5.4.300 Message expired', '5.4.300', 'expired'],
        // fix-error-code-550-4-4-7-in-exchange-online.md (user information section of 4.4.7 NDR)
        [
          'The server has tried to deliver this message, without success, and has stopped trying. Try sending this message again. If the problem continues, contact your help desk.',
          null,
          'expired',
        ],
        // EXO (bare line feeds)
        ['550 5.6.11 Invalid characters', '5.6.11', 'message-noncompliant'],
        // EXO (restricted distribution group etc.)
        ['550 5.7.1 Delivery not authorized', '5.7.1', 'recipient-policy'],
        // fix-error-code-550-5-7-1-in-exchange-online.md:94 (public folder rejects external senders)
        [
          '550 5.7.1 RESOLVER.RST.AuthRequired; authentication required [Stage: CreateMessage]',
          '5.7.1',
          'recipient-policy',
        ],
        // fix-error-code-550-5-7-1-in-exchange-online.md:138
        [
          '5.7.1 Service unavailable; Client host [192.0.2.1] blocked using Blocklist 1; To request removal from this list please forward this message to delist@messaging.microsoft.com',
          '5.7.1',
          'reputation-block',
        ],
        // EXO
        ['550 5.7.12 Sender was not authenticated by organization', '5.7.12', 'recipient-policy'],
        // EXO
        ['550 5.7.124 Sender not in allowed-senders list', '5.7.124', 'recipient-policy'],
        // EXO
        ['550 5.7.133 Sender not authenticated for group', '5.7.133', 'recipient-policy'],
        // EXO
        ['550 5.7.134 Sender was not authenticated for mailbox', '5.7.134', 'recipient-policy'],
        // EXO (5.7.13 or 5.7.135)
        ['550 5.7.135 Sender was not authenticated for public folder', '5.7.135', 'recipient-policy'],
        // EXO
        ['550 5.7.136 Sender was not authenticated', '5.7.136', 'recipient-policy'],
        // EXO
        [
          '550 5.7.23 The message was rejected because of Sender Policy Framework violation',
          '5.7.23',
          'auth-failed',
        ],
        // EXO (smtp.office365.com submission)
        [
          '550 5.7.57 Client was not authenticated to send anonymous mail during MAIL FROM',
          '5.7.57',
          'sender-blocked',
        ],
        // EXO
        ['550 5.7.64 TenantAttribution; Relay Access Denied', '5.7.64', 'relay-denied'],
        // EXO
        [
          '5.7.25 Access denied, the sending IPv6 address [2001:db8::1] must have a reverse DNS record',
          '5.7.25',
          'sender-infrastructure',
        ],
        // EXO
        ['5.7.501 Access denied, spam abuse detected', '5.7.501', 'sender-blocked'],
        // EXO
        ['5.7.502 Access denied, banned sender', '5.7.502', 'sender-blocked'],
        // EXO
        ['5.7.506 Access Denied, Bad HELO', '5.7.506', 'sender-infrastructure'],
        // EXO (IP blocked by the recipient's organization)
        ['5.7.507 Access denied, rejected by recipient', '5.7.507', 'recipient-policy'],
        // EXO
        [
          '5.7.508 Access denied, [192.0.2.1] has exceeded permitted limits within 2001:db8::/48 range',
          '5.7.508',
          'rate-limited',
        ],
        // EXO
        [
          '5.7.509 Access denied, sending domain [example.com] does not pass DMARC verification',
          '5.7.509',
          'auth-failed',
        ],
        // EXO (sending IP banned; delist via delist@messaging.microsoft.com)
        ['5.7.511 Access denied, banned sender', '5.7.511', 'reputation-block'],
        // EXO (no valid From header)
        [
          '5.7.512 Access denied, message must be RFC 5322 section 3.6.2 compliant',
          '5.7.512',
          'message-noncompliant',
        ],
        // EXO (recipient tenant's custom IP blocklist)
        [
          '5.7.513 Service unavailable, Client host [192.0.2.1] blocked by example.com using Customer Block list (AS16012607)',
          '5.7.513',
          'recipient-policy',
        ],
        // https://support.microsoft.com/en-au/topic/fix-ndr-error-550-5-7-515-in-outlook-com-34cfe8f8-6fbf-457e-9e8b-9e4dbaf4e0ef (Outlook.com high-volume sende
        [
          '550 5.7.515 Access denied, sending domain example.com does not meet the required authentication level.',
          '5.7.515',
          'auth-failed',
        ],
        // EXO (5.7.606-649) + NDR quoted at https://pastebin.com/EH1TUb0X
        [
          '550 5.7.606 Access denied, banned sending IP [192.0.2.1]. To request removal from this list please visit https://sender.office.com/ and follow the directions. For more information please go to http://go.microsoft.com/fwlink/?LinkID=526655 AS(1430)',
          '5.7.606',
          'reputation-block',
        ],
        // EXO (5.7.700-749) + NDR quoted at https://pastebin.com/98tNBPeg
        [
          '550 5.7.705 Access denied, tenant has exceeded threshold. For more information please go to http://go.microsoft.com/fwlink/?LinkId=524931 AS831',
          '5.7.705',
          'sender-blocked',
        ],
        // EXO / fix-error-code-5-7-700-through-5-7-750.md:36
        ['5.7.708 Access denied, traffic not accepted from this IP', '5.7.708', 'reputation-block'],
        // EXO
        [
          '5.7.750 Service unavailable. Client blocked from sending from unregistered domains',
          '5.7.750',
          'sender-blocked',
        ],
        // https://docs.icewarp.com/Content/IceWarp-Server/Administration-Nodes/Status/Logs/Interpretation%20of%205xx%20Errors%20in%20Icewarp%20SMTP.htm
        ['501 5.7.1 Message is too long', '5.7.1', 'message-too-large'],
        // https://docs.icewarp.com/... Interpretation of 5xx Errors in Icewarp SMTP
        ['501 5.5.2 Domain name required', '5.5.2', 'sender-infrastructure'],
        // https://docs.icewarp.com/... Interpretation of 5xx Errors in Icewarp SMTP
        ['501 5.5.1 HELO/EHLO requires domain address', '5.5.1', 'sender-infrastructure'],
        // http://support.rackteam.com/kb/a136/common-email-delivery-errors-you-may-receive.aspx (SmarterMail System Administrator delivery failure)
        [
          "Reason: Failed to connect to the recipients mail server. No MX records were found for the 'example.com' domain.",
          null,
          'recipient-domain-invalid',
        ],
        // http://support.rackteam.com/kb/a136/common-email-delivery-errors-you-may-receive.aspx
        ['Failed four Attempts to connect to recipients mail server', null, 'recipient-system'],
        // http://support.rackteam.com/kb/a136/common-email-delivery-errors-you-may-receive.aspx
        ['Reason: The mailbox is full', null, 'mailbox-full'],
        // http://support.rackteam.com/kb/a136/common-email-delivery-errors-you-may-receive.aspx
        ['Reason: The domain size limit has been exceeded', null, 'mailbox-full'],
        // https://support.kerioconnect.gfi.com/hc/en-us/articles/4416310418706-Outbound-Email-Delivery-Troubleshooting-Article
        ['550 5.7.1 Relaying is denied', '5.7.1', 'relay-denied'],
        // https://www.icoremail.vip/support/index.php?cate_id=84&page=5&start=0
        ['User suspended', null, 'mailbox-inactive'],
        // https://www.icoremail.vip/support/index.php?cate_id=84&page=5&start=0
        ['User not found', null, 'recipient-unknown'],
        // https://www.icoremail.vip/support/index.php?cate_id=84&page=5&start=0
        ['User in blacklist', null, 'recipient-policy'],
        // https://www.icoremail.vip/support/index.php?cate_id=84&page=5&start=0
        ['Requested mail action not taken: Fake sender', null, 'auth-failed'],
        // https://www.icoremail.vip/support/index.php?cate_id=84&page=5&start=0
        ['Requested action not taken: NULL sender is not allowed', null, 'sender-infrastructure'],
        // https://www.icoremail.vip/support/index.php?cate_id=84&page=5&start=0
        ['Requested action not taken: Local user only', null, 'relay-denied'],
      ],
    },
};

describe.each(Object.entries(FAMILIES))('%s', (_family, { rows }) => {
  test.each(rows)('%s', (line, status, category) => {
    expect(categoryOfLine(line, status)).toBe(category);
  });
});
