// Mail servers no sweep had reached: their own notices (Citadel, Synchronet) and the replies their
// delivery agents give inside a Postfix notice (Dovecot LMTP, Cyrus lmtpd, Zimbra LMTP). Invented
// fixtures in test/fixtures/variants/more-servers, each in the words of the source named above it.
import { checkFixture, type FixtureCase } from './fixture-cases';

const DIR = 'variants/more-servers';

const CASES: FixtureCase[] = [
  // dovecot core src/plugins/quota/quota.c quota_alloc_result_errstr (OVER_MAXSIZE) under
  // src/lmtp/lmtp-local.c's over-quota reply 552 5.2.2: the words say the message is too big
  {
    file: `${DIR}/01-postfix-dovecot-lmtp-mail-size-larger-than-allowed.eml`,
    kind: 'bounce',
    format: 'postfix',
    recipients: [
      { address: 'bob@example.org', status: '5.2.2', category: 'message-too-large', owner: 'sender' },
    ],
  },
  // dovecot core src/plugins/quota/quota.c (OVER_QUOTA_MAILBOX_LIMIT "Too many messages in the mailbox")
  {
    file: `${DIR}/02-postfix-dovecot-lmtp-too-many-messages-in-mailbox.eml`,
    kind: 'bounce',
    format: 'postfix',
    recipients: [
      { address: 'carol@example.org', status: '5.2.2', category: 'mailbox-full', owner: 'recipient' },
    ],
  },
  // dovecot core src/lmtp/lmtp-proxy.c: 554 5.4.6 "Proxying appears to be looping (TTL=0)"
  {
    file: `${DIR}/03-postfix-dovecot-lmtp-proxying-looping.eml`,
    kind: 'bounce',
    format: 'postfix',
    recipients: [
      { address: 'dan@example.org', status: '5.4.6', category: 'mail-loop', owner: 'sender-admin' },
    ],
  },
  // dovecot core src/lmtp/lmtp-proxy.c: 550 5.3.5 "Login disabled" (the passdb's nologin)
  {
    file: `${DIR}/04-postfix-dovecot-lmtp-login-disabled.eml`,
    kind: 'bounce',
    format: 'postfix',
    recipients: [
      { address: 'erin@example.org', status: '5.3.5', category: 'mailbox-inactive', owner: 'sender' },
    ],
  },
  // dovecot core src/lmtp/lmtp-local.c: 451 4.3.0 "Too many concurrent deliveries for user", in
  // Postfix's delay template (a delay names its cause: a concurrency limit)
  {
    file: `${DIR}/05-postfix-dovecot-lmtp-too-many-concurrent-deliveries-delay.eml`,
    kind: 'delay',
    format: 'postfix',
    recipients: [
      {
        address: 'finn@example.org',
        status: '4.3.0',
        category: 'delayed',
        owner: 'none',
        cause: { category: 'rate-limited', owner: 'sender-admin' },
      },
    ],
  },
  // cyrus-imapd imap/lmtp_err.et LMTP_USER_UNKNOWN_LONG + LMTP_USER_UNKNOWN (lmtpengine.c;
  // LMTP_LONG_ERROR_MSGS = 1 in configure.ac)
  {
    file: `${DIR}/06-postfix-cyrus-lmtp-mailbox-unknown-long.eml`,
    kind: 'bounce',
    format: 'postfix',
    recipients: [
      { address: 'gina@example.org', status: '5.1.1', category: 'recipient-unknown', owner: 'sender' },
    ],
  },
  // cyrus-imapd imap/lmtp_err.et LMTP_NOT_AUTHORIZED_LONG + LMTP_NOT_AUTHORIZED with imap_err.et
  // IMAP_PERMISSION_DENIED "Permission denied": the mailbox's ACL refuses posting
  {
    file: `${DIR}/07-postfix-cyrus-lmtp-no-permission-to-post.eml`,
    kind: 'bounce',
    format: 'postfix',
    recipients: [
      {
        address: 'sales+orders@example.org',
        status: '5.7.1',
        category: 'recipient-policy',
        owner: 'recipient-admin',
      },
    ],
  },
  // cyrus-imapd imap/lmtp_err.et LMTP_MESSAGE_INVALID with imap_err.et IMAP_MESSAGE_CONTAINS8BIT
  {
    file: `${DIR}/08-postfix-cyrus-lmtp-non-ascii-in-headers.eml`,
    kind: 'bounce',
    format: 'postfix',
    recipients: [
      {
        address: 'hugo@example.org',
        status: '5.6.0',
        category: 'message-noncompliant',
        owner: 'sender-admin',
      },
    ],
  },
  // Zimbra zm-mailbox store/src/java/com/zimbra/cs/lmtpserver/LmtpReply.java NO_SUCH_USER
  {
    file: `${DIR}/09-zimbra-postfix-lmtp-no-such-user-here.eml`,
    kind: 'bounce',
    format: 'postfix',
    recipients: [
      { address: 'ines@example.org', status: '5.1.1', category: 'recipient-unknown', owner: 'sender' },
    ],
  },
  // citadel (mingodad/citadel) modules/smtp/serv_smtpqueue.c smtpq_do_bounce ("The following
  // addresses were undeliverable:"), smtp_clienthandlers.c SMTP_VERROR (the reply without its code)
  {
    file: `${DIR}/10-citadel-undeliverable-user-unknown.eml`,
    kind: 'bounce',
    format: 'text',
    recipients: [
      { address: 'nora@example.net', status: '5.1.1', category: 'recipient-unknown', owner: 'sender' },
    ],
  },
  // citadel modules/smtp/serv_smtpeventclient.c: "No MX hosts found for <%s>"
  {
    file: `${DIR}/11-citadel-no-mx-hosts-found.eml`,
    kind: 'bounce',
    format: 'text',
    recipients: [
      {
        address: 'omar@nomail.example.org',
        status: '5.1.2',
        category: 'recipient-domain-invalid',
        owner: 'sender',
      },
    ],
  },
  // citadel serv_smtpqueue.c give_up ("Giving up on the following addresses:") with the attempts of
  // serv_smtpeventclient.c FailOneAttempt ("%ld) " ... "; ", "Timeout while connecting %s [%s]:%d ")
  {
    file: `${DIR}/12-citadel-giving-up-prolonged-unavailability.eml`,
    kind: 'bounce',
    format: 'text',
    recipients: [
      {
        address: 'pia@example.net',
        status: '5.4.7',
        category: 'expired',
        owner: 'recipient-admin',
        rule: 'mta.gave-up-wordings',
      },
    ],
  },
  // SynchronetBBS/sbbs src/sbbs3/mailsrvr.cpp bounce() ("Delivery failure: %s", "%s reporting
  // delivery failure of message %s", "Reason:") and badrsp_err, after RCPT TO
  {
    file: `${DIR}/13-synchronet-rcpt-replied-user-unknown.eml`,
    kind: 'bounce',
    format: 'text',
    recipients: [
      { address: 'nora@example.net', status: '5.1.1', category: 'recipient-unknown', owner: 'sender' },
    ],
  },
  // sbbs mailsrvr.cpp badrsp_err after the message's end (expected "250"), with Postfix smtpd's
  // size refusal "552 5.3.4 Message size exceeds fixed limit"
  {
    file: `${DIR}/14-synchronet-data-replied-message-too-large.eml`,
    kind: 'bounce',
    format: 'text',
    recipients: [
      { address: 'omar@example.net', status: '5.3.4', category: 'message-too-large', owner: 'sender' },
    ],
  },
];

describe('more mail servers: variants', () => {
  test.each(CASES.map((c) => [c.file, c] as const))('%s', (_file, c) => checkFixture(c));
});
