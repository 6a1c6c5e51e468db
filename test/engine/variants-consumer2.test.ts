// Consumer and ISP mailbox providers' own whole notices (second sweep): FastMail's Postfix notice as
// its help pages show it, Yahoo's notice of an iCloud refusal, and Chinese providers' returned-mail
// notices (QQ Mail's HTML table, a GBK text notice), one invented fixture each in
// test/fixtures/variants/consumer2/. The comment above each row names where the notice is shown;
// the expected values are what its own words mean (../shared/TAXONOMY.md).
import { checkFixture, type FixtureCase } from './fixture-cases';

const CASES: FixtureCase[] = [
  // fastmail.com/help/send/undeliverable.html and fastimap.com/help/troubleshooting_errors_sending_to_other_accounts.html:
  // 'This is the Postfix program at host www.fastmail.com.', '<joebloggs@somemail.com>: connect to m1.somemail.com[]: Connection refused'
  {
    file: 'variants/consumer2/01-fastmail-postfix-program-connection-refused.eml',
    kind: 'bounce',
    format: 'postfix',
    recipients: [
      {
        address: 'bloggs@somemail.example',
        status: null,
        category: 'recipient-system',
        owner: 'recipient-admin',
      },
    ],
  },
  // fastmail.com/help/send/undeliverable.html: 'host xyz[/var/run/lmtpforward/outgoing] said: 550 5.1.1
  // <joebloggs@fastmail.com>: Recipient address rejected: User unknown in local recipient table (in reply to end of DATA command)'
  {
    file: 'variants/consumer2/02-fastmail-postfix-program-lmtp-user-unknown.eml',
    kind: 'bounce',
    format: 'postfix',
    recipients: [
      { address: 'bloggs@fastmail.example', status: '5.1.1', category: 'recipient-unknown', owner: 'sender' },
    ],
  },
  // github.com/MailCore/mailcore2/issues/1738 (Yahoo's notice, 2018): '<addr>:' then '550: 5.7.1 Message rejected
  // due to local policy. Please visit https://support.apple.com/en-us/HT204137' (iCloud's reply before "[CS01]")
  {
    file: 'variants/consumer2/03-yahoo-icloud-550-colon-local-policy.eml',
    kind: 'bounce',
    format: 'yahoo',
    recipients: [
      {
        address: 'hai.ng@icloud.example',
        status: '5.7.1',
        category: 'reputation-block',
        owner: 'sender-admin',
        rule: 'icloud.local-policy-codes',
      },
    ],
  },
  // github.com/dreamhunter2333/cloudflare_temp_email/issues/52 (QQ Mail): '很抱歉您发送的邮件被退回', '无法发送到',
  // '退信原因 收件人邮件地址（...）不存在', the remote reply, '解决方案'
  {
    file: 'variants/consumer2/04-qq-mail-beituihui-address-does-not-exist.eml',
    kind: 'bounce',
    format: 'chinese-text',
    recipients: [
      { address: 'lin.wei@example.com', status: '5.1.1', category: 'recipient-unknown', owner: 'sender' },
    ],
  },
  // github.com/lisijie/webcron/issues/14: '您发送的邮件被退回，相关信息如下', '无法发送到<addr>', '系统应答：(9)connect
  // to the "..." server failed', '退信原因：连接收件方邮件系统失败', and advice naming 黑名单 that is not the cause
  {
    file: 'variants/consumer2/05-chinese-xiangguan-xinxi-connect-failed.eml',
    kind: 'bounce',
    format: 'chinese-text',
    recipients: [
      {
        address: 'admin@example.org',
        status: null,
        category: 'recipient-system',
        owner: 'recipient-admin',
        rule: 'text.recipient-system',
      },
    ],
  },
];

describe('consumer providers: documented whole notices (second sweep)', () => {
  test.each(CASES)('$file', (c) => checkFixture(c));
});
