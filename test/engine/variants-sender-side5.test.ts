// Fifth round of rejections about the SENDER's side, from hosts rounds one to four (variants-sender-side*.test.ts)
// did not reach: cPanel/WHM Exim's sender verification callouts, Kerio Connect's relay refusal, Rackspace Email's
// documented bounces and postmaster G-codes (sender domain, PTR, spam throttling, untrusted-IP volume, connections,
// DMARC lookup), a DNSBL 'ACL dns_rbl' and a hosting MX's multi-line 521 at connection, each quoted by Postfix, Exim or qmail.
// Delays name their cause. Fixtures: test/fixtures/variants/sender-side5.
import { checkFixture, type FixtureCase } from './fixture-cases';

const CASES: FixtureCase[] = [
  // cPanel/WHM Exim sender callout: '550 Sender verify failed' (portal.hostmach.com knowledgebase id=42; techjourney.net ?p=4273), quoted by Exim after RCPT TO
  {
    file: 'variants/sender-side5/01-exim-cpanel-550-sender-verify-failed.eml',
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
  // cPanel/WHM Exim: '550 Could not complete sender verify callout' (portal.hostmach.com knowledgebase id=42), quoted by Postfix
  {
    file: 'variants/sender-side5/02-postfix-cpanel-could-not-complete-sender-verify-callout.eml',
    kind: 'bounce',
    format: 'postfix',
    recipients: [
      {
        address: 'carol@example.org',
        status: '5.0.0',
        category: 'sender-infrastructure',
        owner: 'sender-admin',
      },
    ],
  },
  // Kerio Connect: '550 5.7.1 Relaying is denied' (support.kerioconnect.gfi.com 4416310418706 Outbound Email Delivery Troubleshooting)
  {
    file: 'variants/sender-side5/03-postfix-kerio-connect-relaying-is-denied.eml',
    kind: 'bounce',
    format: 'postfix',
    recipients: [
      { address: 'dave@example.net', status: '5.7.1', category: 'relay-denied', owner: 'sender-admin' },
    ],
  },
  // Rackspace: '450 4.1.8 <user@domain.com>: Sender address rejected: Domain not found' = 'The recipient cannot verify the existence of your domain' (docs.rackspace.com/docs/common-email-bounces)
  {
    file: 'variants/sender-side5/04-postfix-delay-rackspace-450-sender-domain-not-found.eml',
    kind: 'delay',
    format: 'postfix',
    recipients: [
      {
        address: 'erin@example.org',
        status: '4.1.8',
        category: 'delayed',
        owner: 'none',
        cause: { category: 'sender-infrastructure', owner: 'sender-admin' },
      },
    ],
  },
  // Rackspace: '451 4.3.0 <servername[xx.xx.xx.xx]>: Client host rejected: Throttled - Too much spam from your mail server. Try again later.' = 'received too much spam from this source' (docs.rackspace.com/docs/common-email-bounces)
  {
    file: 'variants/sender-side5/05-exim-delay-rackspace-451-throttled-too-much-spam.eml',
    kind: 'delay',
    format: 'exim',
    recipients: [
      {
        address: 'frank@example.org',
        status: '4.3.0',
        category: 'delayed',
        owner: 'none',
        cause: { category: 'reputation-block', owner: 'sender-admin' },
      },
    ],
  },
  // Rackspace spam filter: '554 5.7.1 ACL dns_rbl': the sending IP is on a DNS blocklist (helpingmerchants.com, Rackspace rejecting Outlook mail)
  {
    file: 'variants/sender-side5/06-exim-rackspace-554-acl-dns-rbl.eml',
    kind: 'bounce',
    format: 'exim',
    recipients: [
      { address: 'grace@example.net', status: '5.7.1', category: 'reputation-block', owner: 'sender-admin' },
    ],
  },
  // mailhostbox (cPanel-style hosting MX): multi-line '521-5.7.1 Service unavailable; client [ip] blocked using zen.spamhaus.org / 521 5.7.1 Please see ...' after initial connection (pastebin.com/X3q4J5uq, an Exim bounce)
  {
    file: 'variants/sender-side5/07-exim-mailhostbox-521-blocked-using-spamhaus-at-connect.eml',
    kind: 'bounce',
    format: 'exim',
    recipients: [
      { address: 'henry@example.org', status: '5.7.1', category: 'reputation-block', owner: 'sender-admin' },
    ],
  },
  // Rackspace postmaster: '450 4.7.1 Client host {IP} has no PTR record (G1F)' (smtp.codes/rackspace)
  {
    file: 'variants/sender-side5/08-postfix-delay-rackspace-450-no-ptr-record-g1f.eml',
    kind: 'delay',
    format: 'postfix',
    recipients: [
      {
        address: 'ivan@example.org',
        status: '4.7.1',
        category: 'delayed',
        owner: 'none',
        cause: { category: 'sender-infrastructure', owner: 'sender-admin' },
      },
    ],
  },
  // Rackspace postmaster: '451 4.7.1 Received too many messages from a new or untrusted IP (G28)': warm up and throttle (smtp.codes/rackspace)
  {
    file: 'variants/sender-side5/09-exim-delay-rackspace-451-too-many-messages-untrusted-ip-g28.eml',
    kind: 'delay',
    format: 'exim',
    recipients: [
      {
        address: 'judy@example.net',
        status: '4.7.1',
        category: 'delayed',
        owner: 'none',
        cause: { category: 'rate-limited', owner: 'sender-admin' },
      },
    ],
  },
  // Rackspace postmaster: '421 Too many concurrent connections from this client (G2)' (smtp.codes/rackspace)
  {
    file: 'variants/sender-side5/10-postfix-delay-rackspace-421-too-many-concurrent-connections-g2.eml',
    kind: 'delay',
    format: 'postfix',
    recipients: [
      {
        address: 'ken@example.org',
        status: '4.0.0',
        category: 'delayed',
        owner: 'none',
        cause: { category: 'rate-limited', owner: 'sender-admin' },
      },
    ],
  },
  // Rackspace postmaster: '450 4.4.0 <email@example.com> Temporary DMARC DNS lookup failure (G1E)': the sender's DMARC policy could not be looked up for now (smtp.codes/rackspace); a DMARC temperror, read like SPF's (text.dmarc)
  {
    file: 'variants/sender-side5/11-exim-delay-rackspace-450-temporary-dmarc-dns-lookup-failure-g1e.eml',
    kind: 'delay',
    format: 'exim',
    recipients: [
      {
        address: 'liz@example.net',
        status: '4.4.0',
        category: 'delayed',
        owner: 'none',
        cause: { category: 'auth-failed', owner: 'sender-admin' },
      },
    ],
  },
  // sender verification reply '550 Sender must exist' (techjourney.net ?p=4273, Exim/Sendmail sender callouts), quoted by qmail-send as 'sender was rejected'
  {
    file: 'variants/sender-side5/12-qmail-sender-must-exist.eml',
    kind: 'bounce',
    format: 'qmail',
    recipients: [
      {
        address: 'mallory@example.org',
        status: null,
        category: 'sender-infrastructure',
        owner: 'sender-admin',
      },
    ],
  },
];

describe('sender-side variants, fifth round (cPanel, Kerio, Rackspace, hosting MX)', () => {
  test.each(CASES)('$file', (c) => {
    checkFixture(c);
  });
});
