// Fourth round of rejections about the SENDER's side, from the gateways and providers rounds one to three
// (variants-sender-side*.test.ts) did not reach: Mimecast's SMTP error codes, Proofpoint Essentials,
// iCloud, Yandex, Mail.ru, Exchange Online's banned-IP and 'try again later' codes, Orange and Courier's own sender checks
// (submit.C: the sender's domain, HELO, and the receiving site's BOFH lists), each quoted
// by Postfix, Exim, sendmail or Exchange. A reply may name the sender's own address (Mimecast's blocked
// senders and anti-spoofing): the failed recipient is still the one the notice lists.
// Fixtures: test/fixtures/variants/sender-side4.
import { checkFixture, type FixtureCase } from './fixture-cases';

const CASES: FixtureCase[] = [
  // Mimecast SMTP Error Codes (community.mimecast.com DOC-1369, copies at electronicaportatil.com/smtp-error-codes and tecism.com 2018/01): '421 Sender address blocked': the sender's IP is blocked by a Blocked Senders Policy of the receiving account; reply layout ' - https://community.mimecast.com/docs/DOC-1369#451 [id.us32]' as quoted at dwlistore.dwli.org kb 444
  {
    file: 'variants/sender-side4/01-postfix-delay-mimecast-421-sender-address-blocked.eml',
    kind: 'delay',
    format: 'postfix',
    recipients: [
      {
        address: 'bob@example.net',
        status: '4.0.0',
        category: 'delayed',
        owner: 'none',
        cause: { category: 'recipient-policy', owner: 'recipient-admin' },
      },
    ],
  },
  // Mimecast 'Administrative prohibition - envelope blocked - https://community.mimecast.com/docs/DOC-1369#550' (wordtothewise.com 2018/07 who-are-mimecast, from bounce logs)
  {
    file: 'variants/sender-side4/02-exim-mimecast-administrative-prohibition-envelope-blocked.eml',
    kind: 'bounce',
    format: 'exim',
    recipients: [
      { address: 'bob@example.net', status: '5.0.0', category: 'recipient-policy', owner: 'recipient-admin' },
    ],
  },
  // Mimecast anti-spoofing quoted by Exchange: "Remote Server returned '554 5.3.0 < #5.3.0 smtp; 550 Rejected by header based Anti-Spoofing policy: <sender> - https://community.mimecast.com/docs/DOC-1369#550 [id.uk90]>'" (accredit-solutions.zendesk.com 360017721797): the address in the reply is the sender's; sender and recipient share one organization, so its admin owns it
  {
    file: 'variants/sender-side4/03-exchange2010-mimecast-anti-spoofing-names-sender.eml',
    kind: 'bounce',
    format: 'exchange',
    recipients: [
      {
        address: 'john.smith@example.org',
        status: '5.3.0',
        category: 'recipient-policy',
        owner: 'sender-admin',
      },
    ],
  },
  // Mimecast '550 Envelope blocked - User Entry - https://community.mimecast.com/docs/DOC-1369#550' (wordtothewise.com 2018/07; suped.com: a user's own block entry)
  {
    file: 'variants/sender-side4/04-sendmail-mimecast-envelope-blocked-user-entry.eml',
    kind: 'bounce',
    format: 'sendmail',
    recipients: [
      { address: 'dave@example.net', status: '5.0.0', category: 'recipient-policy', owner: 'recipient' },
    ],
  },
  // Mimecast 'Rejected by header based manually Blocked Senders: address@example.com - https://community.mimecast.com/docs/DOC-1369#' (wordtothewise.com 2018/07): the address named is the sender, not a recipient
  {
    file: 'variants/sender-side4/05-postfix-mimecast-manually-blocked-senders-names-sender.eml',
    kind: 'bounce',
    format: 'postfix',
    recipients: [
      { address: 'bob@example.net', status: '5.0.0', category: 'recipient-policy', owner: 'recipient-admin' },
    ],
  },
  // Proofpoint Essentials '550 5.7.1 Message rejected per sender's SPF policy - OXSUS001_514' (404andmore.com, Proofpoint Essentials: fixing the 550 5.7.1 SPF rejected error)
  {
    file: 'variants/sender-side4/06-postfix-proofpoint-essentials-spf-oxsus001-514.eml',
    kind: 'bounce',
    format: 'postfix',
    recipients: [
      { address: 'bob@example.net', status: '5.7.1', category: 'auth-failed', owner: 'sender-admin' },
    ],
  },
  // iCloud '550 5.7.1 Your email was rejected due to having a domain present in the Spamhaus DBL -- see https://www.spamhaus.org/dbl/' (smtp.codes/icloud: Apple checks the URLs in the message content against the DBL)
  {
    file: 'variants/sender-side4/07-exim-icloud-domain-in-spamhaus-dbl.eml',
    kind: 'bounce',
    format: 'exim',
    recipients: [
      { address: 'bob@icloud.com', status: '5.7.1', category: 'content-rejected', owner: 'sender' },
    ],
  },
  // iCloud '550 5.7.1 [CS01] Message rejected due to local policy. Please visit https://support.apple.com/en-us/HT204137' (smtp.codes/icloud)
  {
    file: 'variants/sender-side4/08-postfix-icloud-cs01-local-policy.eml',
    kind: 'bounce',
    format: 'postfix',
    recipients: [
      { address: 'bob@me.com', status: '5.7.1', category: 'reputation-block', owner: 'sender-admin' },
    ],
  },
  // Yandex help 'Report on non-delivery' (yandex.com/support/mail/bounces/other.html): '550 5.7.1 SPF check failed: IP_host is not authorized to send in the name of domain_name. (in reply to RCPT TO command)'
  {
    file: 'variants/sender-side4/09-postfix-yandex-spf-check-failed.eml',
    kind: 'bounce',
    format: 'postfix',
    recipients: [
      { address: 'bob@yandex.ru', status: '5.7.1', category: 'auth-failed', owner: 'sender-admin' },
    ],
  },
  // Yandex help bounces/yandex/message-rejected-under-suspicion-of-spam: 'Message rejected under suspicion of SPAM' means the contents were recognized as spam
  {
    file: 'variants/sender-side4/10-exim-yandex-message-rejected-suspicion-of-spam.eml',
    kind: 'bounce',
    format: 'exim',
    recipients: [
      { address: 'bob@yandex.ru', status: '5.7.1', category: 'content-rejected', owner: 'sender' },
    ],
  },
  // Yandex help (same page): when only spam comes from a mailbox, Yandex blocks it for 24 hours and the report says 'Blocked by spam statistics - see...'
  {
    file: 'variants/sender-side4/11-sendmail-yandex-blocked-by-spam-statistics.eml',
    kind: 'bounce',
    format: 'sendmail',
    recipients: [
      { address: 'dave@yandex.ru', status: '5.7.1', category: 'reputation-block', owner: 'sender-admin' },
    ],
  },
  // Mail.ru '550 message sending for this account is disabled' (mailout.ru 2015/09: the sending mailbox is stopped after a suspected break-in; change the password or confirm ownership), from smtp.mail.ru as the relayhost
  {
    file: 'variants/sender-side4/12-postfix-relayhost-mailru-sending-disabled.eml',
    kind: 'bounce',
    format: 'postfix',
    recipients: [
      { address: 'bob@example.net', status: '5.0.0', category: 'sender-blocked', owner: 'sender-admin' },
    ],
  },
  // Mail.ru '550 5.7.1 This message was not accepted due to domain owner DMARC policy (RFC 7489) https://help.mail.ru/mail-help/postmaster/dmarc' (viws.ru, mail system errors)
  {
    file: 'variants/sender-side4/13-postfix-mailru-dmarc-rfc7489.eml',
    kind: 'bounce',
    format: 'postfix',
    recipients: [{ address: 'bob@mail.ru', status: '5.7.1', category: 'auth-failed', owner: 'sender-admin' }],
  },
  // Exchange Online NDR table (learn.microsoft.com, /work/shared/seeds/001): 5.7.511 'Access denied, banned sender': the IP that you're attempting to send from has been banned (not the account, as 5.7.502/503)
  {
    file: 'variants/sender-side4/14-postfix-exo-5.7.511-banned-sender-ip.eml',
    kind: 'bounce',
    format: 'postfix',
    recipients: [
      { address: 'bob@example.net', status: '5.7.511', category: 'reputation-block', owner: 'sender-admin' },
    ],
  },
  // Exchange Online NDR table: 5.7.606-649 'Access denied, banned sending IP [IP1.IP2.IP3.IP4]'
  {
    file: 'variants/sender-side4/15-exim-exo-5.7.606-banned-sending-ip.eml',
    kind: 'bounce',
    format: 'exim',
    recipients: [
      { address: 'bob@example.net', status: '5.7.606', category: 'reputation-block', owner: 'sender-admin' },
    ],
  },
  // Exchange Online NDR table: 4.7.500-699 'Access denied, please try again later': suspicious activity detected, sending temporarily restricted
  {
    file: 'variants/sender-side4/16-postfix-delay-exo-4.7.500-access-denied-try-later.eml',
    kind: 'delay',
    format: 'postfix',
    recipients: [
      {
        address: 'bob@example.net',
        status: '4.7.500',
        category: 'delayed',
        owner: 'none',
        cause: { category: 'reputation-block', owner: 'sender-admin' },
      },
    ],
  },
  // Orange '421 ... ME Service refuse. Veuillez essayer plus tard.' with OFR_999 [999] (suped.com OFR_999 pages; bentonow.com/smtp-errors/orange: 'Service refuse. Veuillez essayer plus tard / Service refused, please try later'; OFR_999: the IP suspended for two hours after earlier breaches)
  {
    file: 'variants/sender-side4/17-postfix-delay-orange-ofr-999-service-refused.eml',
    kind: 'delay',
    format: 'postfix',
    recipients: [
      {
        address: 'bob@orange.fr',
        status: '4.0.0',
        category: 'delayed',
        owner: 'none',
        cause: { category: 'reputation-block', owner: 'sender-admin' },
      },
    ],
  },
  // Orange '421 OFR004_104 Trop de connexions, veuillez verifier votre configuration / Too many connections, slow down' (bentonow.com/smtp-errors/orange)
  {
    file: 'variants/sender-side4/18-postfix-delay-orange-ofr004-104-too-many-connections.eml',
    kind: 'delay',
    format: 'postfix',
    recipients: [
      {
        address: 'bob@wanadoo.fr',
        status: '4.0.0',
        category: 'delayed',
        owner: 'none',
        cause: { category: 'rate-limited', owner: 'sender-admin' },
      },
    ],
  },
  // Courier submit.C checkdns(): '517-Domain does not exist: <domain>.' then '517 Invalid domain, see <URL:https://datatracker.ietf.org/doc/html/rfc1035>' (svarshavchik/courier): the sender's domain
  {
    file: 'variants/sender-side4/19-postfix-courier-sender-domain-does-not-exist.eml',
    kind: 'bounce',
    format: 'postfix',
    recipients: [
      {
        address: 'bob@example.net',
        status: '5.0.0',
        category: 'sender-infrastructure',
        owner: 'sender-admin',
      },
    ],
  },
  // Courier submit.C checkdns(): bofh_chkbadfrom '517 Sender rejected: <sender>' (courier.sgml bofh 'badfrom user@domain: Reject all mail with the return address of <user@domain>'): the receiving site's own list; was sender-infrastructure
  {
    file: 'variants/sender-side4/20-exim-courier-bofh-badfrom-sender-rejected.eml',
    kind: 'bounce',
    format: 'exim',
    recipients: [
      { address: 'bob@example.net', status: '5.0.0', category: 'recipient-policy', owner: 'recipient-admin' },
    ],
  },
  // Courier submit.C checkdns(): bofh_chkfreemail '517-Sender rejected: <sender> can be accepted only from / 517 <domain>'s mail relays.' (courier.sgml bofh freemail): the sender's mail must come through its domain's own relays
  {
    file: 'variants/sender-side4/21-sendmail-courier-freemail-only-from-its-relays.eml',
    kind: 'bounce',
    format: 'sendmail',
    recipients: [
      {
        address: 'dave@example.net',
        status: '5.0.0',
        category: 'sender-infrastructure',
        owner: 'sender-admin',
      },
    ],
  },
  // Courier submit.C checkdns(): bofh_chkbadmx '517 Mail server at <ip> is blocked.' (courier.sgml bofh badmx: an MX of the sender's domain is on the receiving site's list); was sender-infrastructure
  {
    file: 'variants/sender-side4/22-postfix-courier-bofh-badmx-mail-server-blocked.eml',
    kind: 'bounce',
    format: 'postfix',
    recipients: [
      { address: 'bob@example.net', status: '5.0.0', category: 'recipient-policy', owner: 'recipient-admin' },
    ],
  },
  // Courier submit.C checkhelo(): '517 HELO <host> does not exist.' (harderr 517 when BOFHCHECKHELO is on)
  {
    file: 'variants/sender-side4/23-exim-courier-helo-does-not-exist.eml',
    kind: 'bounce',
    format: 'exim',
    recipients: [
      {
        address: 'bob@example.net',
        status: '5.0.0',
        category: 'sender-infrastructure',
        owner: 'sender-admin',
      },
    ],
  },
];

describe('sender-side rejections inside whole bounces, fourth round', () => {
  it.each(CASES)('$file', (c) => {
    checkFixture(c);
  });
});
