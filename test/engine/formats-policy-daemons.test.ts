// Whole bounces of a Postfix (or the mailbox store itself) quoting a policy daemon, milter, filter or
// delivery agent behind it (test/fixtures/policy-daemons/README.md): the kind, and per recipient the
// address, status, category and owner. The daemons' wording is their source's; the rest is invented.
import { checkFixture, diagnoseFixture, type FixtureCase } from './fixture-cases';

const CASES: FixtureCase[] = [
  // greylistd's Exim ACL, until Exim's retry timeout: the last reply names greylisting
  {
    file: 'policy-daemons/exim-greylistd-expired.eml',
    kind: 'bounce',
    format: 'exim',
    recipients: [
      {
        address: 'bob@example.org',
        status: '5.0.0',
        category: 'rate-limited',
        owner: 'sender-admin',
        action: 'failed',
      },
    ],
  },
  {
    file: 'policy-daemons/policyd-weight-reject.eml',
    kind: 'bounce',
    format: 'postfix',
    recipients: [
      {
        address: 'bob@example.org',
        status: '5.7.1',
        category: 'reputation-block',
        owner: 'sender-admin',
        action: 'failed',
      },
    ],
  },
  {
    file: 'policy-daemons/clamsmtp-virus.eml',
    kind: 'bounce',
    format: 'postfix',
    recipients: [
      {
        address: 'bob@example.org',
        status: '5.0.0',
        category: 'content-rejected',
        owner: 'sender',
        action: 'failed',
      },
    ],
  },
  {
    file: 'policy-daemons/postgrey-greylisted-expired.eml',
    kind: 'bounce',
    format: 'postfix',
    recipients: [
      {
        address: 'bob@example.org',
        status: '4.2.0',
        category: 'rate-limited',
        owner: 'sender-admin',
        action: 'failed',
      },
    ],
  },
  // postgrey DEFER_IF_PERMIT still being retried: a delay that names its cause
  {
    file: 'policy-daemons/postgrey-greylisted-delay.eml',
    kind: 'delay',
    format: 'postfix',
    recipients: [
      {
        address: 'bob@example.org',
        status: '4.2.0',
        category: 'delayed',
        owner: 'none',
        cause: { category: 'rate-limited', owner: 'sender-admin' },
        action: 'delayed',
      },
    ],
  },
  {
    file: 'policy-daemons/sqlgrey-greylisted-expired.eml',
    kind: 'bounce',
    format: 'postfix',
    recipients: [
      {
        address: 'bob@example.org',
        status: '4.7.1',
        category: 'rate-limited',
        owner: 'sender-admin',
        action: 'failed',
      },
    ],
  },
  {
    file: 'policy-daemons/milter-greylist-expired.eml',
    kind: 'bounce',
    format: 'postfix',
    recipients: [
      {
        address: 'bob@example.org',
        status: '4.7.1',
        category: 'rate-limited',
        owner: 'sender-admin',
        action: 'failed',
      },
    ],
  },
  {
    file: 'policy-daemons/postscreen-dnsbl.eml',
    kind: 'bounce',
    format: 'postfix',
    recipients: [
      {
        address: 'bob@example.org',
        status: '5.7.1',
        category: 'reputation-block',
        owner: 'sender-admin',
        action: 'failed',
      },
    ],
  },
  // postscreen's access deny list (postscreen.c PSC_ACL_ACT_DENYLIST)
  {
    file: 'policy-daemons/postscreen-denylist.eml',
    kind: 'bounce',
    format: 'postfix',
    recipients: [
      {
        address: 'bob@example.org',
        status: '5.3.2',
        category: 'reputation-block',
        owner: 'sender-admin',
        action: 'failed',
      },
    ],
  },
  {
    file: 'policy-daemons/policyd-spf-fail.eml',
    kind: 'bounce',
    format: 'postfix',
    recipients: [
      {
        address: 'bob@example.org',
        status: '5.7.23',
        category: 'auth-failed',
        owner: 'sender-admin',
        action: 'failed',
      },
    ],
  },
  // postfix-policyd-spf-perl says only its explanation URL
  {
    file: 'policy-daemons/policyd-spf-perl-fail.eml',
    kind: 'bounce',
    format: 'postfix',
    recipients: [
      {
        address: 'bob@example.org',
        status: '5.7.1',
        category: 'auth-failed',
        owner: 'sender-admin',
        action: 'failed',
      },
    ],
  },
  {
    file: 'policy-daemons/opendmarc-reject.eml',
    kind: 'bounce',
    format: 'postfix',
    recipients: [
      {
        address: 'bob@example.org',
        status: '5.7.1',
        category: 'auth-failed',
        owner: 'sender-admin',
        action: 'failed',
      },
    ],
  },
  {
    file: 'policy-daemons/opendkim-bad-signature.eml',
    kind: 'bounce',
    format: 'postfix',
    recipients: [
      {
        address: 'bob@example.org',
        status: '5.7.0',
        category: 'auth-failed',
        owner: 'sender-admin',
        action: 'failed',
      },
    ],
  },
  {
    file: 'policy-daemons/rspamd-spam-rejected.eml',
    kind: 'bounce',
    format: 'postfix',
    recipients: [
      {
        address: 'bob@example.org',
        status: '5.7.1',
        category: 'content-rejected',
        owner: 'sender',
        action: 'failed',
      },
    ],
  },
  {
    file: 'policy-daemons/rspamd-ratelimit-expired.eml',
    kind: 'bounce',
    format: 'postfix',
    recipients: [
      {
        address: 'bob@example.org',
        status: '4.7.1',
        category: 'rate-limited',
        owner: 'sender-admin',
        action: 'failed',
      },
    ],
  },
  {
    file: 'policy-daemons/rspamd-clamav-virus.eml',
    kind: 'bounce',
    format: 'postfix',
    recipients: [
      {
        address: 'bob@example.org',
        status: '5.7.1',
        category: 'content-rejected',
        owner: 'sender',
        action: 'failed',
      },
    ],
  },
  {
    file: 'policy-daemons/spamass-milter-blocked.eml',
    kind: 'bounce',
    format: 'postfix',
    recipients: [
      {
        address: 'bob@example.org',
        status: '5.7.1',
        category: 'content-rejected',
        owner: 'sender',
        action: 'failed',
      },
    ],
  },
  {
    file: 'policy-daemons/dovecot-lmtp-quota.eml',
    kind: 'bounce',
    format: 'postfix',
    recipients: [
      {
        address: 'bob@example.org',
        status: '5.2.2',
        category: 'mailbox-full',
        owner: 'recipient',
        action: 'failed',
      },
    ],
  },
  {
    file: 'policy-daemons/dovecot-lmtp-unknown.eml',
    kind: 'bounce',
    format: 'postfix',
    recipients: [
      {
        address: 'bob@example.org',
        status: '5.1.1',
        category: 'recipient-unknown',
        owner: 'sender',
        action: 'failed',
      },
    ],
  },
  {
    file: 'policy-daemons/cyrus-lmtp-overquota.eml',
    kind: 'bounce',
    format: 'postfix',
    recipients: [
      {
        address: 'bob@example.org',
        status: '5.2.2',
        category: 'mailbox-full',
        owner: 'recipient',
        action: 'failed',
      },
    ],
  },
  {
    file: 'policy-daemons/cyrus-lmtp-disabled.eml',
    kind: 'bounce',
    format: 'postfix',
    recipients: [
      {
        address: 'bob@example.org',
        status: '4.2.1',
        category: 'mailbox-inactive',
        owner: 'sender',
        action: 'failed',
      },
    ],
  },
  {
    file: 'policy-daemons/maildrop-over-quota.eml',
    kind: 'bounce',
    format: 'postfix',
    recipients: [
      {
        address: 'bob@example.com',
        status: '4.3.0',
        category: 'mailbox-full',
        owner: 'recipient',
        action: 'failed',
      },
    ],
  },
  // EX_NOUSER (67): sys_exits.c's 5.1.1 user unknown
  {
    file: 'policy-daemons/maildrop-invalid-user.eml',
    kind: 'bounce',
    format: 'postfix',
    recipients: [
      {
        address: 'bob@example.com',
        status: '5.1.1',
        category: 'recipient-unknown',
        owner: 'sender',
        action: 'failed',
      },
    ],
  },
  // dovecot-lda -e: its rejection on stderr and EX_NOPERM, quoted by pipe(8)
  {
    file: 'policy-daemons/dovecot-lda-e-quota.eml',
    kind: 'bounce',
    format: 'postfix',
    recipients: [
      {
        address: 'bob@example.com',
        status: '5.7.0',
        category: 'mailbox-full',
        owner: 'recipient',
        action: 'failed',
      },
    ],
  },
  // Dovecot LDA's own DSN for a full mailbox (mail-send.c, ctx->dsn)
  {
    file: 'policy-daemons/dovecot-lda-quota-dsn.eml',
    kind: 'bounce',
    format: 'rfc3464',
    recipients: [
      {
        address: 'bob@example.org',
        status: '5.2.2',
        category: 'mailbox-full',
        owner: 'recipient',
        action: 'failed',
      },
    ],
  },
  // a Sieve reject returned as an MDN with a deleted disposition (RFC 5429)
  {
    file: 'policy-daemons/dovecot-lda-sieve-reject.eml',
    kind: 'bounce',
    format: 'sieve-reject',
    recipients: [
      {
        address: 'bob@example.org',
        status: null,
        category: 'recipient-policy',
        owner: 'recipient',
        action: 'failed',
      },
    ],
  },
  {
    file: 'policy-daemons/pigeonhole-sieve-reject.eml',
    kind: 'bounce',
    format: 'sieve-reject',
    recipients: [
      {
        address: 'bob@example.org',
        status: null,
        category: 'recipient-policy',
        owner: 'recipient',
        action: 'failed',
      },
    ],
  },
  // Cyrus lmtpd's Sieve reject (lmtp_sieve.c send_rejection)
  {
    file: 'policy-daemons/cyrus-sieve-reject.eml',
    kind: 'bounce',
    format: 'sieve-reject',
    recipients: [
      {
        address: 'bob@example.org',
        status: null,
        category: 'recipient-policy',
        owner: 'recipient',
        action: 'failed',
      },
    ],
  },
];

describe('policy daemons, milters and delivery agents quoted in bounces', () => {
  test.each(CASES.map((c) => [c.file, c] as const))('%s', (_file, c) => checkFixture(c));
});

describe("an MDN is a Sieve reject only with the delivery agent's rejected mark", () => {
  test('an automatic "deleted" receipt without it stays a read receipt', () => {
    expect(diagnoseFixture('policy-daemons/mdn-auto-deleted-receipt.eml').kind).toBe('read-receipt');
  });
  test('the reason the script gave is in the evidence', () => {
    const d = diagnoseFixture('policy-daemons/dovecot-lda-sieve-reject.eml');
    expect(d.recipients[0]?.evidence.map((e) => e.text).join('\n')).toContain(
      'I do not accept messages from this address.',
    );
  });
});
