// Whole bounces of a Postfix (or the mailbox store itself) quoting a policy daemon, milter, filter or
// delivery agent behind it (test/fixtures/policy-daemons/README.md): the kind, and per recipient the
// address, status, category and owner. The daemons' wording is their source's; the rest is invented.
import { checkFixture, diagnoseFixture, type FixtureCase } from './fixture-cases';
import type { Action, Category, Owner } from '../../src/diagnosis/types';

/** A bounce with one failed (or delayed) recipient, bob@example.org: most fixtures here. */
function toBob(
  file: string,
  format: string,
  status: string | null,
  category: Category,
  owner: Owner,
  action: Action = 'failed',
): FixtureCase {
  return {
    file,
    kind: 'bounce',
    format,
    recipients: [{ address: 'bob@example.org', status, category, owner, action }],
  };
}

const CASES: FixtureCase[] = [
  // greylistd's Exim ACL, until Exim's retry timeout: the last reply names greylisting
  toBob('policy-daemons/exim-greylistd-expired.eml', 'exim', '5.0.0', 'rate-limited', 'sender-admin'),
  toBob('policy-daemons/policyd-weight-reject.eml', 'postfix', '5.7.1', 'reputation-block', 'sender-admin'),
  toBob('policy-daemons/clamsmtp-virus.eml', 'postfix', '5.0.0', 'content-rejected', 'sender'),
  toBob('policy-daemons/postgrey-greylisted-expired.eml', 'postfix', '4.2.0', 'rate-limited', 'sender-admin'),
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
  toBob('policy-daemons/sqlgrey-greylisted-expired.eml', 'postfix', '4.7.1', 'rate-limited', 'sender-admin'),
  toBob('policy-daemons/milter-greylist-expired.eml', 'postfix', '4.7.1', 'rate-limited', 'sender-admin'),
  toBob('policy-daemons/postscreen-dnsbl.eml', 'postfix', '5.7.1', 'reputation-block', 'sender-admin'),
  // postscreen's access deny list (postscreen.c PSC_ACL_ACT_DENYLIST)
  toBob('policy-daemons/postscreen-denylist.eml', 'postfix', '5.3.2', 'reputation-block', 'sender-admin'),
  toBob('policy-daemons/policyd-spf-fail.eml', 'postfix', '5.7.23', 'auth-failed', 'sender-admin'),
  // postfix-policyd-spf-perl says only its explanation URL
  toBob('policy-daemons/policyd-spf-perl-fail.eml', 'postfix', '5.7.1', 'auth-failed', 'sender-admin'),
  toBob('policy-daemons/opendmarc-reject.eml', 'postfix', '5.7.1', 'auth-failed', 'sender-admin'),
  toBob('policy-daemons/opendkim-bad-signature.eml', 'postfix', '5.7.0', 'auth-failed', 'sender-admin'),
  toBob('policy-daemons/rspamd-spam-rejected.eml', 'postfix', '5.7.1', 'content-rejected', 'sender'),
  toBob('policy-daemons/rspamd-ratelimit-expired.eml', 'postfix', '4.7.1', 'rate-limited', 'sender-admin'),
  toBob('policy-daemons/rspamd-clamav-virus.eml', 'postfix', '5.7.1', 'content-rejected', 'sender'),
  toBob('policy-daemons/spamass-milter-blocked.eml', 'postfix', '5.7.1', 'content-rejected', 'sender'),
  toBob('policy-daemons/dovecot-lmtp-quota.eml', 'postfix', '5.2.2', 'mailbox-full', 'recipient'),
  toBob('policy-daemons/dovecot-lmtp-unknown.eml', 'postfix', '5.1.1', 'recipient-unknown', 'sender'),
  toBob('policy-daemons/cyrus-lmtp-overquota.eml', 'postfix', '5.2.2', 'mailbox-full', 'recipient'),
  toBob('policy-daemons/cyrus-lmtp-disabled.eml', 'postfix', '4.2.1', 'mailbox-inactive', 'sender'),
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
  toBob('policy-daemons/dovecot-lda-quota-dsn.eml', 'rfc3464', '5.2.2', 'mailbox-full', 'recipient'),
  // a Sieve reject returned as an MDN with a deleted disposition (RFC 5429)
  toBob('policy-daemons/dovecot-lda-sieve-reject.eml', 'sieve-reject', null, 'recipient-policy', 'recipient'),
  toBob('policy-daemons/pigeonhole-sieve-reject.eml', 'sieve-reject', null, 'recipient-policy', 'recipient'),
  // Cyrus lmtpd's Sieve reject (lmtp_sieve.c send_rejection)
  toBob('policy-daemons/cyrus-sieve-reject.eml', 'sieve-reject', null, 'recipient-policy', 'recipient'),
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
