// Consumer ISPs' and web hosts' own replies as their postmaster and help pages list them (AT&T and
// BellSouth, BT, Telstra BigPond, Virgin Media, Proximus, Swisscom Bluewin via Infomaniak, Zoho,
// Yahoo! JAPAN), each inside a whole bounce as a real sending MTA (Postfix, Exim, qmail, Exchange
// Online, Yahoo) returns it: one invented fixture each in test/fixtures/variants/isp-kb/. The comment
// above each row names the page the reply is quoted from; the expected values are what its own words
// mean (../shared/TAXONOMY.md).
import { checkFixture, delayedRecipient, type FixtureCase } from './fixture-cases';

const DIR = 'variants/isp-kb/';

const CASES: FixtureCase[] = [
  // pastebin.com/aK34z54J (Exim notices): 'host al-ip4-mx-vip1.prodigy.net', 'SMTP error from remote mail server after
  // MAIL FROM:', '553 5.3.0 alph149 DNSBL:ATTRBL 521_is_blocked.For assistance forward this email to abuse_rbl@abuse-att.net'
  // (and 'flpd591' from ff-ip4-mx-vip2.prodigy.net)
  {
    file: `${DIR}01-exim-att-553-dnsbl-attrbl-521-is-blocked.eml`,
    kind: 'bounce',
    format: 'exim',
    recipients: [
      {
        address: 'tina.s@sbcglobal.example',
        status: '5.3.0',
        category: 'reputation-block',
        owner: 'sender-admin',
      },
      {
        address: 'steve.t@bellsouth.example',
        status: '5.3.0',
        category: 'reputation-block',
        owner: 'sender-admin',
      },
    ],
  },
  // rbl.att.net/block_enduser.html: '421-failure in DNS look-up.', 'There seems to be a failure in your IP reverse DNS
  // lookup. Your IP address must have a valid reverse DNS entry' (the sender's DNS, not the recipient domain's)
  {
    file: `${DIR}02-postfix-delay-att-421-failure-in-dns-look-up.eml`,
    kind: 'delay',
    format: 'postfix',
    recipients: [
      {
        ...delayedRecipient('r.hale@att.example', '4.0.0', 'sender-infrastructure', 'sender-admin'),
        rule: 'att.dns-lookup-failure+delayed',
      },
    ],
  },
  // worldnet.att.net/general-info/bls_info/block_enduser.html: '550 [suspend] Mailbox currently suspended--Please
  // contact correspondent directly.' ('The account of the BellSouth customer is suspended.')
  {
    file: `${DIR}03-exchange-online-bellsouth-550-suspend-mailbox-currently-suspended.eml`,
    kind: 'bounce',
    format: 'exchange',
    recipients: [
      {
        address: 'j.miller@bellsouth.example',
        status: '5.0.0',
        category: 'mailbox-inactive',
        owner: 'sender',
      },
    ],
  },
  // worldnet.att.net/general-info/bls_info/block_enduser.html: '550 [permfail] bellsouth.net requires valid sender domain'
  {
    file: `${DIR}04-postfix-bellsouth-550-permfail-requires-valid-sender-domain.eml`,
    kind: 'bounce',
    format: 'postfix',
    recipients: [
      {
        address: 'wanda.b@bellsouth.example',
        status: '5.0.0',
        category: 'sender-infrastructure',
        owner: 'sender-admin',
      },
    ],
  },
  // did2memo.net/2020/02/16/yahoo-mail-failure-notice-mail and net-trouble.portal.jp.net/archives/11482 (From
  // MAILER-DAEMON@yahoo.co.jp): 'Failure Notice', 'Sorry, we were unable to deliver your message to the following
  // address.', 'Message expired for domain ○○.com. Remote host said: 454 4.7.1 <○○@○○.com>: Relay access denied
  // [RCPT_TO]', '--- Below this line is a copy of the message.', the NNFMP Received lines
  {
    file: `${DIR}05-yahoo-japan-failure-notice-expired-relay-access-denied.eml`,
    kind: 'bounce',
    format: 'yahoo',
    recipients: [
      { address: 'k.tanaka@example.com', status: '4.7.1', category: 'relay-denied', owner: 'sender-admin' },
    ],
  },
  // themssforum.com/smallbiz/Email-blocked/: 'Hi. This is the qmail-send program at gizmo02bw.email.bigpond.com.',
  // 'Connected to x.x.x.x but sender was rejected.', 'Remote host said: x.x.x.x Defined SPAM source: bl.spamcop.net'
  {
    file: `${DIR}06-qmail-bigpond-sender-rejected-defined-spam-source.eml`,
    kind: 'bounce',
    format: 'qmail',
    recipients: [
      {
        address: 'accounts@example.com.au',
        status: null,
        category: 'reputation-block',
        owner: 'sender-admin',
      },
    ],
  },
  // btbusiness.custhelp.com/app/answers/detail/a_id/15074/: '550 Message rejected due to sender IP reputation ([86.xx.xx.xx])'
  {
    file: `${DIR}07-postfix-btinternet-550-sender-ip-reputation.eml`,
    kind: 'bounce',
    format: 'postfix',
    recipients: [
      {
        address: 'g.price@btinternet.example',
        status: '5.0.0',
        category: 'reputation-block',
        owner: 'sender-admin',
      },
    ],
  },
  // smtp.codes/zoho: '541 5.4.1 Mail rejected by destination domain' ('The receiving domain has filters set-up that are
  // blocking this message')
  {
    file: `${DIR}08-postfix-zoho-541-5.4.1-mail-rejected-by-destination-domain.eml`,
    kind: 'bounce',
    format: 'postfix',
    recipients: [
      {
        address: 'ravi.k@example.in',
        status: '5.4.1',
        category: 'recipient-policy',
        owner: 'recipient-admin',
      },
    ],
  },
  // proximus.be support, 'Your IP address is in our blacklist': '554 Access denied - Under investigation for spam abuse.
  // Contact your email provider for more info' (relay.proximus.be as the sending server's relay host)
  {
    file: `${DIR}09-postfix-relayhost-proximus-554-under-investigation-spam-abuse.eml`,
    kind: 'bounce',
    format: 'postfix',
    recipients: [
      {
        address: 'annick.d@example.org',
        status: '5.0.0',
        category: 'sender-blocked',
        owner: 'sender-admin',
        rule: 'proximus.spam-investigation',
      },
    ],
  },
  // community.virginmedia.com/t5/Email/Email-Spam-Content-Found-error-550-554/td-p/3229831: 'Error Messages seen are
  // 550 - 554 5.2.0 Spam content found'
  {
    file: `${DIR}10-exim-virginmedia-554-5.2.0-spam-content-found.eml`,
    kind: 'bounce',
    format: 'exim',
    recipients: [
      {
        address: 'sam.w@virginmedia.example',
        status: '5.2.0',
        category: 'content-rejected',
        owner: 'sender',
      },
    ],
  },
  // smtp.codes/zoho: '550 5.7.1 Email rejected per DMARC policy for example.com'
  {
    file: `${DIR}11-exim-zoho-550-5.7.1-email-rejected-per-dmarc-policy.eml`,
    kind: 'bounce',
    format: 'exim',
    recipients: [
      { address: 'priya.n@example.com', status: '5.7.1', category: 'auth-failed', owner: 'sender-admin' },
    ],
  },
  // smtp.codes/zoho: '452 4.3.1 Temporary System Error' ('the domain at Zoho is not currently accepting email')
  {
    file: `${DIR}12-postfix-delay-zoho-452-4.3.1-temporary-system-error.eml`,
    kind: 'delay',
    format: 'postfix',
    recipients: [delayedRecipient('leena.m@example.in', '4.3.1', 'recipient-system', 'recipient-admin')],
  },
  // suped.com/knowledge/email-deliverability/troubleshooting/why-are-emails-to-bigpond-bouncing-or-being-marked-as-spam:
  // '558 5.7.1 Message content rejected due to suspected spam. IB704x'
  {
    file: `${DIR}13-postfix-bigpond-558-5.7.1-content-rejected-suspected-spam-ib704x.eml`,
    kind: 'bounce',
    format: 'postfix',
    recipients: [
      {
        address: 'k.nguyen@bigpond.example.com',
        status: '5.7.1',
        category: 'content-rejected',
        owner: 'sender',
      },
    ],
  },
  // infomaniak.com/en/support/faq/858 (a Postfix notice from smtp-1-1234.mail.infomaniak.ch quoting a Bluewin MX
  // 'mxbw-...ch'): '550 5.1.1 anna.a@abc.xyz recipient rejected, account administratively disabled (in reply to RCPT TO
  // command)': a disabled mailbox, whatever 5.1.1 says
  {
    file: `${DIR}14-postfix-infomaniak-bluewin-5.1.1-account-administratively-disabled.eml`,
    kind: 'bounce',
    format: 'postfix',
    recipients: [
      {
        address: 'anna.a@example.ch',
        status: '5.1.1',
        category: 'mailbox-inactive',
        owner: 'sender',
        rule: 'bluewin.account-administratively-disabled',
      },
    ],
  },
  // rbl.att.net/block_enduser.html: '550 unauthorized interface for <>', 'The sending system is not recognized as a
  // valid source of e-mail. Correspondents should use registered mail systems provided by a major ISP or hosting service.'
  {
    file: `${DIR}15-exim-bellsouth-550-unauthorized-interface.eml`,
    kind: 'bounce',
    format: 'exim',
    recipients: [
      {
        address: 'pat.l@bellsouth.example',
        status: null,
        category: 'reputation-block',
        owner: 'sender-admin',
        rule: 'att.unauthorized-interface',
      },
    ],
  },
  // worldnet.att.net/general-info/bls_info/block_enduser.html: '450 busy--Please try again later' ('The sending system
  // should re-try'); att.net/general-info/mail_info/block_enduser.html: 'we limit the number of connections any one
  // sender can make'
  {
    file: `${DIR}16-postfix-delay-att-450-busy-please-try-again-later.eml`,
    kind: 'delay',
    format: 'postfix',
    recipients: [delayedRecipient('m.ortiz@att.example', '4.0.0', 'rate-limited', 'sender-admin')],
  },
  // worldnet.att.net/general-info/bls_info/block_enduser.html: '550 <0.0.0.0.> blocked by ldap:ou=rblmx, dc=bellsouth,
  // dc=net' ('The sending system exhibited behavior associated with spammers and was blocked.')
  {
    file: `${DIR}17-exim-bellsouth-550-blocked-by-ldap-rblmx-initial-connection.eml`,
    kind: 'bounce',
    format: 'exim',
    recipients: [
      {
        address: 'c.brown@bellsouth.example',
        status: null,
        category: 'reputation-block',
        owner: 'sender-admin',
      },
      {
        address: 'd.brown@bellsouth.example',
        status: null,
        category: 'reputation-block',
        owner: 'sender-admin',
      },
    ],
  },
  // worldnet.att.net/general-info/bls_info/block_enduser.html: '521 <0.0.0.0> is blocked' ('The sending system has been
  // identified as a source of spam.')
  {
    file: `${DIR}18-exim-att-521-is-blocked-initial-connection.eml`,
    kind: 'bounce',
    format: 'exim',
    recipients: [
      {
        address: 'r.ng@worldnet.att.example',
        status: null,
        category: 'reputation-block',
        owner: 'sender-admin',
      },
    ],
  },
  // smtp.codes/zoho: '452 <example@zoho.com> Mailbox delivery restricted by policy error' ('The receiving domain has
  // filters set-up that are blocking this message')
  {
    file: `${DIR}19-postfix-delay-zoho-452-mailbox-delivery-restricted-by-policy.eml`,
    kind: 'delay',
    format: 'postfix',
    recipients: [delayedRecipient('ops@example.in', '4.0.0', 'recipient-policy', 'recipient-admin')],
  },
];

describe('consumer ISPs and web hosts: documented replies in whole bounces', () => {
  test.each(CASES)('$file', (c) => checkFixture(c));
});
