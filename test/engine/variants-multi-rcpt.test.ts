// Notices about several recipients whose outcomes differ: each writer's multi-recipient layout as
// its own source or documentation shows it (invented fixtures in test/fixtures/variants/multi-rcpt/).
// Every failed recipient is found once, with its own reply, status and cause; never the sender, a
// list the members were expanded from, or a Cc of the returned message that was delivered.
import { checkFixture, type FixtureCase, recipient as R, delayedRecipient as D } from './fixture-cases';

const DIR = 'variants/multi-rcpt/';

const CASES: FixtureCase[] = [
  {
    // postfix src/bounce/bounce_notify_util.c bounce_recipient_log ("<%s> (expanded from <%s>): %s",
    // one paragraph per recipient) and bounce_recipient_dsn (Original-Recipient: the list); two
    // recipients on one host, one on another, one local; the Cc of the returned headers was delivered
    file: '01-postfix-four-recipients-expanded.eml',
    kind: 'bounce',
    format: 'postfix',
    recipients: [
      R('ann@example.net', '5.1.1', 'recipient-unknown', 'sender'),
      R('bo@example.net', '5.2.2', 'mailbox-full', 'recipient'),
      R('cy@example.org', '5.7.1', 'reputation-block', 'sender-admin'),
      R('dee@example.com', '5.1.1', 'recipient-unknown', 'sender'),
    ],
  },
  {
    // postfix src/bounce/bounce_templates.c def_bounce_delay_body ("# THIS IS A WARNING ONLY ..."),
    // three delayed recipients with three causes (greylisting, a timed-out connection, a full mailbox)
    file: '02-postfix-delay-three-causes.eml',
    kind: 'delay',
    format: 'postfix',
    recipients: [
      D('gus@example.net', '4.7.1', 'rate-limited', 'sender-admin'),
      D('hal@example.org', '4.4.1', 'recipient-system', 'recipient-admin'),
      D('ivy@example.org', '4.2.2', 'mailbox-full', 'recipient'),
    ],
  },
  {
    // exim src/src/deliver.c: the text names each generated address with "(generated from %s)"
    // (print_address_information), the DSN by its top parent ("Final-Recipient: rfc822;%s",
    // pa->address, print_dsn_addr_action) and in reverse order (handled_addr is built by prepending):
    // two members of one alias, each with its own reply
    file: '03-exim-four-generated-from-alias.eml',
    kind: 'bounce',
    format: 'exim',
    recipients: [
      R('dee@example.org', '5.7.1', 'recipient-policy', 'recipient-admin'),
      R('cy@example.org', '5.7.1', 'reputation-block', 'sender-admin'),
      R('bo@example.net', '5.2.2', 'mailbox-full', 'recipient'),
      R('ann@example.net', '5.1.1', 'recipient-unknown', 'sender'),
    ],
  },
  {
    // exim src/src/deliver.c (text only, "SMTP error from remote mail server after MAIL FROM:<%s>
    // SIZE=%d:"); the reply quotes the sender's address, which is no recipient; postfix
    // smtpd_check.c's "Sender address rejected: Access denied"; "retry timeout exceeded"
    file: '04-exim-mail-from-rejected-quotes-sender.eml',
    kind: 'bounce',
    format: 'exim',
    recipients: [
      R('gus@example.net', '5.7.1', 'recipient-policy', 'recipient-admin'),
      R('hal@example.net', '5.7.1', 'recipient-policy', 'recipient-admin'),
      R('ivy@old.example.org', '5.4.7', 'expired', 'recipient-admin'),
    ],
  },
  {
    // sendmail savemail.c errbody ("----- The following addresses had permanent fatal errors -----",
    // "    (reason: %s)", "    (expanded from: %s)") and its DSN (the alias member under its parent's
    // Final-Recipient, X-Actual-Recipient); the transcript per host; cf/m4/proto.m4's access-map
    // REJECT "550 Access denied" to MAIL FROM quotes the sender: the receiving site's own list refuses
    // this sender (recipient-policy, as Postfix's "Sender address rejected: Access denied" in 04)
    file: '05-sendmail-three-fatal-two-hosts-and-local.eml',
    kind: 'bounce',
    format: 'sendmail',
    recipients: [
      R('ann@example.net', '5.1.1', 'recipient-unknown', 'sender'),
      R('bo@example.org', '5.7.1', 'recipient-policy', 'recipient-admin'),
      R('staff@example.com', '5.2.1', 'mailbox-inactive', 'sender'),
    ],
  },
  {
    // notqmail qmail-send.c ("I'm afraid I wasn't able to deliver your message to the following
    // addresses.", then one "<addr>:" paragraph per address); qmail-local's "Sorry, no mailbox here by
    // that name. (#5.1.1)", qmail-remote's "does not like recipient." / "failed after I sent the
    // message." / "Sorry, I couldn't find any host named"; the reply names the sender
    file: '06-qmail-three-paragraphs.eml',
    kind: 'bounce',
    format: 'qmail',
    recipients: [
      R('dee@example.com', '5.1.1', 'recipient-unknown', 'sender'),
      R('eli@example.net', '5.7.1', 'recipient-policy', 'recipient-admin'),
      R('fay@example.org', '5.3.4', 'message-too-large', 'sender'),
      R('gus@nowhere.example.net', '5.1.2', 'recipient-domain-invalid', 'sender'),
    ],
  },
  {
    // Microsoft Learn "Non-delivery reports in Exchange Online" (the user texts, "Diagnostic
    // information for administrators", one block per rejected recipient: "<remote server> #<... #5.7.1
    // smtp;530 5.7.1 Client was not authenticated> #SMTP#" or "Remote Server returned '...'")
    file: '07-office365-three-recipients-remote-and-internal.eml',
    kind: 'bounce',
    format: 'exchange',
    recipients: [
      R('ronald@example.org', '5.7.1', 'recipient-policy', 'recipient-admin'),
      R('lukas@example.com', '5.1.10', 'recipient-unknown', 'sender'),
      R('sophie@example.net', '5.2.2', 'mailbox-full', 'recipient'),
    ],
  },
  {
    // go-sisimai lhost/via-exchange2003.go layout ("The following recipient(s) cannot be reached:",
    // "<host #x.y.z smtp;...>" per recipient); the sender's own server refused the third
    file: '08-exchange2003-three-recipients-mixed.eml',
    kind: 'bounce',
    format: 'exchange',
    recipients: [
      R('ines@example.net', '5.1.1', 'recipient-unknown', 'sender'),
      R('jonas@example.org', '5.2.2', 'mailbox-full', 'recipient'),
      R('karin@example.com', '5.7.1', 'recipient-policy', 'sender-admin'),
    ],
  },
];

describe('notices about several recipients (variants/multi-rcpt)', () => {
  it.each(CASES.map((c) => ({ ...c, file: DIR + c.file })))('$file', (c) => checkFixture(c));
});
