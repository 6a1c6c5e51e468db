// Local delivery agents, second sweep: the last hop hands the message to local(8), virtual(8) or a
// pipe(8) command (Dovecot's deliver/dovecot-lda, maildrop), to Exim's appendfile and pipe
// transports, to qmail-local, or to sendmail's mail.local in LMTP mode, and the failure comes back in
// the MTA's bounce in the agent's own words: a mailbox over its size limit or quota, a forwarding
// loop, a configuration error, a command killed, timed out or exiting with a <sysexits.h> status, an
// unknown user. Words from the MTAs' and agents' source code; expiries that name their cause read as
// that cause (README "How the engine works"). Fixtures: test/fixtures/variants/delivery-agents2.
import { checkFixture, delayedRecipient, variantCases, type FixtureCase } from './fixture-cases';

const c = variantCases('delivery-agents2/');

const CASES: FixtureCase[] = [
  // Postfix local(8) mailbox.c: 'cannot update mailbox %s for user %s. ' before mail_copy.c's
  // 'error writing message: %m'; EFBIG (mailbox_size_limit) is MBOX_FULL_ERROR, 5.2.2 (global/
  // mbox_open.c mbox_dsn), Diagnostic-Code 'x-unix; input/output error' (sys_exits.c EX_IOERR text)
  c('01-postfix-local-mailbox-file-too-large.eml', 'bounce', 'postfix', [
    'dora@example.org',
    '5.2.2',
    'mailbox-full',
    'recipient',
  ]),
  // Postfix local(8) maildir.c: 'maildir delivery failed: ' + 'create maildir file %s: %m' with
  // EDQUOT, 5.2.2 (mbox_dsn); 'Disk quota exceeded'
  c('02-postfix-local-maildir-disk-quota-exceeded.eml', 'bounce', 'postfix', [
    'eli@example.net',
    '5.2.2',
    'mailbox-full',
    'recipient',
  ]),
  // Postfix local(8) recipient.c: dsb_simple(..., "5.4.6", "mail forwarding loop for %s") when the
  // message already has the recipient's Delivered-To:
  c('03-postfix-local-mail-forwarding-loop.eml', 'bounce', 'postfix', [
    'fred@example.org',
    '5.4.6',
    'mail-loop',
    'sender-admin',
  ]),
  // Postfix local(8) include.c: a bad :include: file of an alias gives "5.3.5", 'mail system
  // configuration error' (the alias's member); unknown.c: '5.1.1', 'unknown user: "%s"'
  c(
    '04-postfix-local-two-include-config-error-and-unknown-user.eml',
    'bounce',
    'postfix',
    ['gus@example.org', '5.3.5', 'recipient-system', 'recipient-admin'],
    ['hugo@example.org', '5.1.1', 'recipient-unknown', 'sender'],
  ),
  // Postfix local(8) mailbox.c: 'destination %s is not a regular file' (5.2.0) after 'cannot update
  // mailbox %s for user %s. ': the spool file is misconfigured on the recipient's host
  c('05-postfix-local-destination-not-a-regular-file.eml', 'bounce', 'postfix', [
    'ivy@example.org',
    '5.2.0',
    'recipient-system',
    'recipient-admin',
  ]),
  // Postfix local(8) token.c: '5.7.1', 'mail to command is restricted' (allow_mail_to_commands): the
  // recipient's .forward pipes to a command the host does not allow
  c('06-postfix-local-mail-to-command-restricted.eml', 'bounce', 'postfix', [
    'jay@example.net',
    '5.7.1',
    'recipient-system',
    'recipient-admin',
  ]),
  // Postfix local(8) mailbox.c: '4.2.0', 'destination %s is not owned by recipient'
  // (strict_mailbox_ownership), in a delay notice
  c(
    '07-postfix-local-delay-mailbox-not-owned-by-recipient.eml',
    'delay',
    'postfix',
    delayedRecipient('kai@example.org', '4.2.0', 'recipient-system', 'recipient-admin'),
  ),
  // Postfix global/dot_lockfile.c: 'unable to create lock file %s: %m'; a lock that stays (EEXIST) is
  // retried as 4.2.0 (mbox_open.c: mbox_dsn(EAGAIN, ...)) until the queue lifetime runs out: the
  // bounce keeps the last reply's 4.2.0 and its cause, a stuck lock on the recipient's host
  c('08-postfix-local-expired-unable-to-create-lock-file.eml', 'bounce', 'postfix', [
    'lou@example.org',
    '4.2.0',
    'recipient-system',
    'recipient-admin',
  ]),
  // Postfix virtual(8) mailbox.c: 'delivery failed to mailbox %s: ' before mail_copy.c's 'error
  // writing message: File too large' (virtual_mailbox_limit), 5.2.2
  c('09-postfix-virtual-mailbox-file-too-large.eml', 'bounce', 'postfix', [
    'lena@example.net',
    '5.2.2',
    'mailbox-full',
    'recipient',
  ]),
  // Postfix virtual(8) maildir.c: 'maildir delivery failed: create maildir file %s: %m' with ENOSPC,
  // 4.3.0 (mbox_dsn SYSTEM_FULL_ERROR): the store's disk, not the mailbox
  c(
    '10-postfix-virtual-delay-maildir-no-space-left.eml',
    'delay',
    'postfix',
    delayedRecipient('mona@example.net', '4.3.0', 'recipient-system', 'recipient-admin'),
  ),
  // Postfix virtual(8) unknown.c: '5.1.1', 'unknown user: "%s"' (the full address), and maildir.c's
  // 'create maildir file ...: Disk quota exceeded' (5.2.2) for a second recipient
  c(
    '11-postfix-virtual-two-unknown-user-and-maildir-disk-quota.eml',
    'bounce',
    'postfix',
    ['nils@example.org', '5.1.1', 'recipient-unknown', 'sender'],
    ['olga@example.org', '5.2.2', 'mailbox-full', 'recipient'],
  ),
  // Postfix global/pipe_command.c: 'Command died with signal %d: "%s"' (4.3.0, 'internal software
  // error'), the pipe(8) transport to Dovecot's deliver, in a delay notice
  c(
    '12-postfix-pipe-delay-dovecot-deliver-died-with-signal.eml',
    'delay',
    'postfix',
    delayedRecipient('omar@example.net', '4.3.0', 'recipient-system', 'recipient-admin'),
  ),
  // Postfix global/pipe_command.c: 'Command time limit exceeded: "%s"' (5.3.0, command_time_limit)
  c('13-postfix-pipe-command-time-limit-exceeded.eml', 'bounce', 'postfix', [
    'pablo@example.org',
    '5.3.0',
    'recipient-system',
    'recipient-admin',
  ]),
  // dovecot/core src/lda/main.c: with -e a full mailbox's error goes to stderr and dovecot-lda exits
  // EX_NOPERM; Postfix pipe_command.c/sys_exits.c: 'permission denied. Command output: Quota exceeded
  // (mailbox for user is full)' (5.7.0): the words, not the code, decide
  c('14-postfix-pipe-dovecot-lda-permission-denied-quota-exceeded.eml', 'bounce', 'postfix', [
    'quentin@example.com',
    '5.7.0',
    'mailbox-full',
    'recipient',
  ]),
  // Postfix global/sys_exits.c: EX_CONFIG (78), "5.3.5", 'local configuration error', a help desk's
  // intake command
  c('15-postfix-pipe-local-configuration-error.eml', 'bounce', 'postfix', [
    'support@example.net',
    '5.3.5',
    'recipient-system',
    'recipient-admin',
  ]),
  // Postfix global/sys_exits.c: EX_SOFTWARE (70) "5.3.0" 'internal software error', and EX_NOUSER
  // (67) "5.1.1" 'user unknown', from a list manager's pipe for two list addresses
  c(
    '16-postfix-pipe-two-internal-software-error-and-user-unknown.eml',
    'bounce',
    'postfix',
    ['garden-club@lists.example.org', '5.3.0', 'recipient-system', 'recipient-admin'],
    ['garden-clbu@lists.example.org', '5.1.1', 'recipient-unknown', 'sender'],
  ),
  // Postfix pipe/pipe.c: '5.2.3', 'message too large' (the transport's size= limit)
  c('17-postfix-pipe-message-too-large.eml', 'bounce', 'postfix', [
    'tickets@example.org',
    '5.2.3',
    'message-too-large',
    'sender',
  ]),
  // dovecot/core src/lda/main.c: a failure other than quota exits EX_TEMPFAIL, with -e the error on
  // stderr: 'Internal error occurred. Refer to server log for more information. [%Y-%m-%d %H:%M:%S]'
  // (lib-storage mail-error.h MAIL_ERRSTR_CRITICAL_MSG_STAMP); Postfix: 'temporary failure. Command
  // output: ...' (4.3.0), in a delay notice
  c(
    '18-postfix-pipe-delay-dovecot-lda-temporary-failure.eml',
    'delay',
    'postfix',
    delayedRecipient('tariq@example.com', '4.3.0', 'recipient-system', 'recipient-admin'),
  ),
  // dovecot/core src/lda/main.c: a failed userdb lookup returns EX_NOUSER with no output; Postfix
  // sys_exits.c: "5.1.1", 'user unknown'
  c('19-postfix-pipe-dovecot-lda-user-unknown.eml', 'bounce', 'postfix', [
    'ursula@example.net',
    '5.1.1',
    'recipient-unknown',
    'sender',
  ]),
  // Exim transports/pipe.c: 'local delivery failed' (the bland user_message); deliver.c: with
  // return_output the command's output fails the address and is returned under 'The following text
  // was generated during the delivery attempt:'; courier-libs maildrop/maildir.C: 'maildrop: maildir
  // over quota.': maildrop's words decide
  c('20-exim-pipe-return-output-maildrop-maildir-over-quota.eml', 'bounce', 'exim', [
    'vera@example.org',
    '5.0.0',
    'mailbox-full',
    'recipient',
  ]),
  // Exim transports/appendfile.c: 'mailbox is full' (user_message on a quota failure) and retry.c's
  // ': retry timeout exceeded'; a pipe from an alias, deliver.c's 'pipe to |... generated by ...'
  // and pipe.c's 'local delivery failed'
  c(
    '21-exim-two-mailbox-full-retry-timeout-and-pipe-local-delivery-failed.eml',
    'bounce',
    'exim',
    ['wendy@example.net', '5.0.0', 'mailbox-full', 'recipient'],
    ['helpdesk@example.net', '5.0.0', 'recipient-system', 'recipient-admin'],
  ),
  // Exim deliver.c (send_warning_message): 'Delay reason: mailbox is full' (appendfile.c) and 'Delay
  // reason: local delivery failed' (pipe.c) in a warning for two recipients
  c(
    '22-exim-delay-two-mailbox-full-and-pipe-local-delivery-failed.eml',
    'delay',
    'exim',
    delayedRecipient('xavier@example.net', '4.0.0', 'mailbox-full', 'recipient'),
    delayedRecipient('sales@example.net', '4.0.0', 'recipient-system', 'recipient-admin'),
  ),
  // notqmail qmail-local.c: 'This message is looping: it already has my Delivered-To line. (#5.4.6)'
  c('23-qmail-local-looping-already-has-my-delivered-to-line.eml', 'bounce', 'qmail', [
    'yusuf@example.org',
    '5.4.6',
    'mail-loop',
    'sender-admin',
  ]),
  // courier-libs maildrop/maildir.C 'maildrop: maildir over quota.' with maildrop's EX_TEMPFAIL
  // (main.C): qmail-local exits 111, and qmail-send.c gives up with "I'm not going to try again; this
  // message has been in the queue too long.": the cause is named
  c('24-qmail-local-maildrop-maildir-over-quota-queue-too-long.eml', 'bounce', 'qmail', [
    'zara@example.net',
    '5.2.2',
    'mailbox-full',
    'recipient',
  ]),
  // notqmail qmail-local.c: 'Sorry, no mailbox here by that name. (#5.1.1)', and 'Unable to chdir to
  // maildir. (#4.2.1)' until qmail-send.c's 'this message has been in the queue too long.'
  c(
    '25-qmail-local-two-no-mailbox-and-maildir-chdir-queue-too-long.eml',
    'bounce',
    'qmail',
    ['abe@example.org', '5.1.1', 'recipient-unknown', 'sender'],
    ['bianca@example.org', '4.2.1', 'recipient-system', 'recipient-admin'],
  ),
  // sendmail mail.local/mail.local.c in LMTP mode (-l): a write failing with EDQUOT is '450 4.2.0'
  // 'Write %s: %s' unless -b (BounceQuota); sendmail envelope.c 'Warning: could not send message for
  // past %s'
  c(
    '26-sendmail-delay-mail-local-lmtp-write-disc-quota-exceeded.eml',
    'delay',
    'sendmail',
    delayedRecipient('quinn@example.org', '4.2.0', 'mailbox-full', 'recipient'),
  ),
  // sendmail mail.local/mail.local.c with -b: '552 5.2.2' 'Write %s: %s' (EDQUOT), and '550 5.2.0'
  // '%s: irregular file' for a second recipient, quoted by sendmail after DATA
  c(
    '27-sendmail-mail-local-lmtp-two-disc-quota-and-irregular-file.eml',
    'bounce',
    'sendmail',
    ['rae@example.net', '5.2.2', 'mailbox-full', 'recipient'],
    ['sol@example.net', '5.2.0', 'recipient-system', 'recipient-admin'],
  ),
  // Postfix local(8) alias.c: '4.3.0', 'alias database unavailable' (a lookup of an alias table that
  // failed), and token.c: '4.3.0', 'error reading forwarding file: %m' (the recipient's .forward), in a
  // delay notice for two recipients
  c(
    '28-postfix-local-delay-two-alias-database-unavailable-and-forwarding-file.eml',
    'delay',
    'postfix',
    delayedRecipient('staff@example.net', '4.3.0', 'recipient-system', 'recipient-admin'),
    delayedRecipient('wanda@example.net', '4.3.0', 'recipient-system', 'recipient-admin'),
  ),
  // Postfix local(8) mailbox.c, recipient.c: '4.0.0', 'user lookup error' (getpwnam failed for now),
  // until the queue lifetime ran out: the recipient host's user database
  c('29-postfix-local-expired-user-lookup-error.eml', 'bounce', 'postfix', [
    'xenia@example.org',
    '4.0.0',
    'recipient-system',
    'recipient-admin',
  ]),
  // notqmail qmail-local.c mailfile(): 'Unable to open %s: %s. (#4.2.1)' with error_str.c's 'access
  // denied' (EACCES) and 'disk quota exceeded' (EDQUOT), and 'Uh-oh: .qmail file is writable.
  // (#4.7.0)', each until qmail-send.c's 'this message has been in the queue too long.'
  c(
    '30-qmail-local-three-mailbox-open-failures-queue-too-long.eml',
    'bounce',
    'qmail',
    ['yann@example.org', '4.2.1', 'recipient-system', 'recipient-admin'],
    ['zed@example.org', '4.2.1', 'mailbox-full', 'recipient'],
    ['ada@example.org', '4.7.0', 'recipient-system', 'recipient-admin'],
  ),
];

describe('local delivery agents, second sweep (test/fixtures/variants/delivery-agents2)', () => {
  it.each(CASES)('$file', (c) => checkFixture(c));
});
