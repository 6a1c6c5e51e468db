// Regional mailbox providers' own replies as their help pages and resellers' pages quote them (Naver,
// Daum/Kakao, Alibaba Mail), each inside a whole bounce as a real sending MTA (Postfix, Exim) returns it:
// one invented fixture each in test/fixtures/variants/world-providers/. The comment above each row names
// the page the reply is quoted from; the expected values are what its own words mean (../shared/TAXONOMY.md).
import { checkFixture, delayedRecipient, type FixtureCase } from './fixture-cases';

const DIR = 'variants/world-providers/';

const CASES: FixtureCase[] = [
  // foxydog.tistory.com/69 (리턴 메시지 : message size exceeds limit): '552 5.3.4 Error: message file too big 보내신
  // 메일의 크기가 커서, 받는 서버에서 수신을 차단하였습니다. ※ 네이버' (Naver: the message is too big for the receiving server)
  {
    file: `${DIR}01-postfix-naver-552-5.3.4-message-file-too-big.eml`,
    kind: 'bounce',
    format: 'postfix',
    recipients: [
      {
        address: 'seoyeon.k@example.net',
        status: '5.3.4',
        category: 'message-too-large',
        owner: 'sender',
        rule: 'text.message-too-large',
      },
    ],
  },
  // foxydog.tistory.com/69: '552 5.3.4 Message size exceeds fixed limit 발송하신 편지의 크기가 너무커서 받는이가 속한
  // 메일서버에서 수신을 거부하였습니다. ※ 다음(카카오), G메일' (Daum/Kakao: the size limit of the receiving server)
  {
    file: `${DIR}02-exim-daum-552-5.3.4-message-size-exceeds-fixed-limit.eml`,
    kind: 'bounce',
    format: 'exim',
    recipients: [
      {
        address: 'yuna.choi@example.net',
        status: '5.3.4',
        category: 'message-too-large',
        owner: 'sender',
        rule: 'text.message-too-large',
      },
    ],
  },
  // puffinknight.tistory.com/102 (대량 메일 발송으로 인해 대형포털로부터 IP가 차단된 경우, the IP blocked by a portal
  // for bulk sending): '421 4.3.2 Your IP( is filtered and this connection will be closed. You must register your IP
  // to http://realip.naver.com'. Still retried: a delay whose cause is the sending IP's standing
  {
    file: `${DIR}03-postfix-delay-naver-421-4.3.2-your-ip-is-filtered-realip.eml`,
    kind: 'delay',
    format: 'postfix',
    recipients: [
      {
        ...delayedRecipient('minjun.p@example.net', '4.3.2', 'reputation-block', 'sender-admin'),
        rule: 'kr-portal.ip-filtered+delayed',
      },
    ],
  },
  // oliveit.tistory.com/39 (Daum/Kakao reply codes, 접속오류): '421 4.4.5 CCRT IP ADDRESS: Connection refused. Server is
  // busy(RT)', 'spam center deteced the IP as a spam IP and temporarily blocked connection.' Still retried
  {
    file: `${DIR}04-postfix-delay-daum-421-4.4.5-ccrt-connection-refused-server-busy-rt.eml`,
    kind: 'delay',
    format: 'postfix',
    recipients: [
      {
        ...delayedRecipient('haeun.lee@example.net', '4.4.5', 'reputation-block', 'sender-admin'),
        rule: 'daum.ccrt-spam-ip+delayed',
      },
    ],
  },
  // zyy100.com/article-show-50-246.html (阿里企業郵箱收信失敗): 'host mxn.mxhichina.com[42.120.219.27] said: 554 Reject by
  // behaviour spam at DATA State(Connection IP address:*)ANTISPAM_BAT[]:list on rbl sites' ('被檢測有在反垃圾組織中判斷
  // 信譽度較低', the connecting IP was found of low reputation with the anti-spam organisations)
  {
    file: `${DIR}05-postfix-alibaba-mail-554-reject-by-behaviour-spam-list-on-rbl-sites.eml`,
    kind: 'bounce',
    format: 'postfix',
    recipients: [
      {
        address: 'wang.fang@example.net',
        status: '5.0.0',
        category: 'reputation-block',
        owner: 'sender-admin',
        rule: 'text.gateway-ip-block',
      },
    ],
  },
  // qcnsw.com/jcxq1944_142.html (阿里云企业邮箱收取邮件时): 'hostmxw.mxhichina.com[42.120.219.135]said:454Transientreject
  // bybehaviourspamatDATAState(ConnectionIPaddress:*)ANTISPAM_BAT[01201311R5167S531,r41g03022]:currentlyunexpectedsending'
  // (spaces lost on the page); '发信方的来信链接频率过高已超出我方的接收限制' (the sender connects too often, over the
  // receiving limit): a rate limit, not the IP's reputation. Still retried
  {
    file: `${DIR}06-postfix-delay-alibaba-mail-454-transient-reject-currently-unexpected-sending.eml`,
    kind: 'delay',
    format: 'postfix',
    recipients: [
      {
        ...delayedRecipient('li.na@example.net', '4.0.0', 'rate-limited', 'sender-admin'),
        rule: 'provider.frequency-limits+delayed',
      },
    ],
  },
  // zyy100.com/article-show-50-246.html: '554 Reject by behaviour spam at DATA State(Connection IP
  // address:*)ANTISPAM_BAT[]: bad sending' (same page, same meaning: the sending IP's low reputation)
  {
    file: `${DIR}07-exim-alibaba-mail-554-reject-by-behaviour-spam-bad-sending.eml`,
    kind: 'bounce',
    format: 'exim',
    recipients: [
      {
        address: 'zhang.wei@example.net',
        status: '5.0.0',
        category: 'reputation-block',
        owner: 'sender-admin',
        rule: 'text.gateway-ip-block',
      },
    ],
  },
];

describe('world providers: regional mailbox providers in whole bounces', () => {
  it.each(CASES)('$file', (c) => checkFixture(c));
});
