// The documented variants of Exim (and its MXLogic clone), Sendmail, V5 Sendmail, Active!Hunter,
// 1&1 and GMX, one invented fixture each (test/fixtures/variants/<format>/), written from the
// parsers of go-sisimai (lhost/via-*.go) and the MTAs' own sources: what each says per recipient.
import { checkFixture, diagnoseFixture, type FixtureCase } from './fixture-cases';

const CASES: FixtureCase[] = [
  // --- Exim
  {
    // go-sisimai lhost/via-exim.go: MXLogic (X-MX-Bounce, X-MXL-NoteHash, "<mxl~" Message-ID),
    // "  <bob@...>: 550 ..." with the reply on the address line, "Included is a copy of the message header:"
    file: 'variants/exim/01-mxlogic-two-recipients.eml',
    kind: 'bounce',
    format: 'exim',
    recipients: [
      { address: 'bob@example.net', status: '5.1.1', category: 'recipient-unknown', owner: 'sender' },
      { address: 'carol@example.org', status: '5.2.2', category: 'mailbox-full', owner: 'recipient' },
    ],
  },
  {
    // go-sisimai via-exim.go startingof "frozen" (" has been frozen"); exim src/deliver.c
    // moan_tell_someone(freeze_tell, addr_defer, "Message frozen", ...), src/moan.c the address list:
    // held by the system filter, not returned; the filter's text is the cause
    file: 'variants/exim/02-frozen-system-filter.eml',
    kind: 'delay',
    format: 'exim',
    recipients: [
      {
        address: 'bob@example.net',
        status: null,
        category: 'delayed',
        owner: 'none',
        cause: { category: 'content-rejected', owner: 'sender' },
        action: 'delayed',
      },
      {
        address: 'carol@example.org',
        status: null,
        category: 'delayed',
        owner: 'none',
        cause: { category: 'content-rejected', owner: 'sender' },
        action: 'delayed',
      },
    ],
  },
  {
    // go-sisimai via-exim.go " was frozen on arrival"; exim src/receive.c "Message %s was frozen on
    // arrival by %s.\nThe sender is <%s>.": a notice to the postmaster that names no recipient; the
    // sender's address is not a failed one
    file: 'variants/exim/03-frozen-on-arrival.eml',
    kind: 'not-a-bounce',
    recipients: [],
  },
  {
    // exim src/deliver.c frozen_info " (delivery error message)": a bounce that could not be
    // returned is frozen; its address is listed with its error ("Unrouteable address")
    file: 'variants/exim/04-frozen-delivery-error.eml',
    kind: 'delay',
    format: 'exim',
    recipients: [
      {
        address: 'dora@example.org',
        status: '4.1.2',
        category: 'delayed',
        owner: 'none',
        cause: { category: 'recipient-domain-invalid', owner: 'sender' },
        action: 'delayed',
      },
    ],
  },
  {
    // go-sisimai via-exim.go subject "error(s) in forwarding or filtering", " router encountered the
    // following error(s):"; exim src/moan.c moan_skipped_syntax_errors, src/parser.c "malformed
    // address: %s may not follow %s" (sisimai's syntaxerror: taxonomies.md C3)
    file: 'variants/exim/05-forward-filter-errors.eml',
    kind: 'bounce',
    format: 'exim',
    recipients: [
      {
        address: 'erin.home@example.net',
        status: null,
        category: 'message-noncompliant',
        owner: 'sender-admin',
      },
    ],
  },
  {
    // go-sisimai via-exim.go "A message that you sent was rejected by the local scannning code";
    // exim src/moan.c ERRMESS_LOCAL_SCAN "Mail failure - rejected by local scanning code"
    file: 'variants/exim/06-local-scan-rejected.eml',
    kind: 'bounce',
    format: 'exim',
    recipients: [
      { address: 'frank@example.net', status: null, category: 'content-rejected', owner: 'sender' },
    ],
  },
  {
    // go-sisimai via-exim.go "A message that you sent contained one or more recipient addresses ",
    // messagesof syntaxerror "malformed address:"; exim src/moan.c ERRMESS_BADADDRESS
    file: 'variants/exim/07-malformed-recipient.eml',
    kind: 'bounce',
    format: 'exim',
    recipients: [
      { address: 'gail@example.net', status: null, category: 'message-noncompliant', owner: 'sender-admin' },
    ],
  },
  {
    // exim src/moan.c ERRMESS_TOOBIG "Mail failure - message too big" (go-sisimai's subject "Mail failure")
    file: 'variants/exim/08-message-too-big.eml',
    kind: 'bounce',
    format: 'exim',
    recipients: [
      { address: 'ivy@example.net', status: '5.3.4', category: 'message-too-large', owner: 'sender' },
    ],
  },
  {
    // go-sisimai via-exim.go startingof "alias" (" an undisclosed address", "(generated from ...)");
    // exim src/deliver.c print_address_information (af_hide_child) and print_dsn_addr_action, whose
    // Final-Recipient is the top ancestor
    file: 'variants/exim/09-undisclosed-address.eml',
    kind: 'bounce',
    format: 'exim',
    recipients: [
      { address: 'team@example.org', status: '5.1.1', category: 'recipient-unknown', owner: 'sender' },
    ],
  },
  {
    // go-sisimai via-exim.go startingof "command" "LMTP error after "; exim src/transports/lmtp.c
    file: 'variants/exim/10-lmtp-user-unknown.eml',
    kind: 'bounce',
    format: 'exim',
    recipients: [
      { address: 'kate@example.com', status: '5.1.1', category: 'recipient-unknown', owner: 'sender' },
    ],
  },
  {
    // go-sisimai via-exim.go messagesof notaccept; exim src/routers/dnslookup.c "an MX or SRV record
    // indicated no SMTP service" (a null MX, RFC 7505)
    file: 'variants/exim/11-null-mx.eml',
    kind: 'bounce',
    format: 'exim',
    recipients: [
      {
        address: 'liam@nullmx.example.net',
        status: '5.0.0',
        category: 'recipient-domain-invalid',
        owner: 'sender',
      },
    ],
  },
  {
    // go-sisimai via-exim.go messagesof hostunknown; exim src/routers/dnslookup.c "all relevant MX
    // records point to non-existent hosts"
    file: 'variants/exim/12-mx-non-existent-hosts.eml',
    kind: 'bounce',
    format: 'exim',
    recipients: [
      {
        address: 'mona@badmx.example.org',
        status: '5.0.0',
        category: 'recipient-domain-invalid',
        owner: 'sender',
      },
    ],
  },
  {
    // go-sisimai via-exim.go delayedfor "all hosts have been failing for a long time and were last
    // tried"; exim src/transports/smtp.c "all hosts%s have been failing for a long time %s"
    file: 'variants/exim/13-hosts-failing-long-time.eml',
    kind: 'bounce',
    format: 'exim',
    recipients: [
      { address: 'ned@slow.example.net', status: '5.0.0', category: 'expired', owner: 'recipient-admin' },
    ],
  },
  {
    // exim src/transports/smtp.c "SMTP error from remote mail server after %s%s" with "pipelined "
    file: 'variants/exim/14-pipelined-rcpt-access-denied.eml',
    kind: 'bounce',
    format: 'exim',
    recipients: [
      {
        address: 'olga@example.org',
        status: '5.7.1',
        category: 'recipient-policy',
        owner: 'recipient-admin',
      },
    ],
  },
  {
    // go-sisimai via-exim.go: a refusal after EHLO is the sending host's ("blocked")
    file: 'variants/exim/15-ehlo-rejected.eml',
    kind: 'bounce',
    format: 'exim',
    recipients: [
      {
        address: 'pete@example.net',
        status: '5.7.1',
        category: 'sender-infrastructure',
        owner: 'sender-admin',
      },
    ],
  },
  {
    // go-sisimai via-exim.go subject "Warning: message ", delayedfor "Delay reason: ", "retry time not
    // reached for any host"; exim src/deliver.c send_warning_message ("A message sent by", two
    // addresses, Action: delayed)
    file: 'variants/exim/16-delay-warning-two-addresses.eml',
    kind: 'delay',
    format: 'exim',
    recipients: [
      {
        address: 'ruth@example.net',
        status: '4.2.2',
        category: 'delayed',
        owner: 'none',
        cause: { category: 'mailbox-full', owner: 'recipient' },
        action: 'delayed',
      },
      {
        address: 'sid@slow.example.org',
        status: '4.0.0',
        category: 'delayed',
        owner: 'none',
        action: 'delayed',
      },
    ],
  },
  {
    // exim src/deliver.c: message/global-delivery-status and message/global-headers for an SMTPUTF8
    // message, whose address has a UTF-8 local part (RFC 6531, RFC 6533)
    file: 'variants/exim/17-smtputf8-global-dsn.eml',
    kind: 'bounce',
    format: 'exim',
    recipients: [
      { address: 'tomás@example.net', status: '5.1.1', category: 'recipient-unknown', owner: 'sender' },
    ],
  },
  {
    // go-sisimai via-exim.go: "Status: 5.0.0" with a 4xx reply and "retry timeout exceeded" (exim
    // src/retry.c); the words name the receiving server's own trouble, which wins over the expiry
    file: 'variants/exim/18-4xx-retry-timeout-exceeded.eml',
    kind: 'bounce',
    format: 'exim',
    recipients: [
      { address: 'uma@example.net', status: '5.0.0', category: 'recipient-system', owner: 'recipient-admin' },
    ],
  },
  {
    // go-sisimai via-exim.go: "----- This is a copy" with five hyphens (an old Exim), the host on the
    // reply's line ("host mx... [ip]: 550 ...")
    file: 'variants/exim/19-old-five-hyphens-spam.eml',
    kind: 'bounce',
    format: 'exim',
    recipients: [
      { address: 'vera@example.org', status: '5.7.1', category: 'content-rejected', owner: 'sender' },
    ],
  },
  {
    // go-sisimai via-exim.go subject "Delivery Status Notification"; exim src/deliver.c
    // maybe_send_dsn (a success DSN: "Action: delivered", "relayed to non-DSN-aware mailer")
    file: 'variants/exim/20-success-dsn.eml',
    kind: 'delivered',
    format: 'exim',
    recipients: [{ address: 'walt@example.net', status: '2.0.0', category: 'unknown', owner: 'none' }],
  },
  {
    // go-sisimai via-exim.go: the X-Failed-Recipients fallback when the text is not Exim's own (a
    // bounce_message_file template in German, no DSN part); the generic text reader reads it
    file: 'variants/exim/21-localized-template-header-only.eml',
    kind: 'bounce',
    recipients: [
      { address: 'xaver@example.de', status: '5.1.1', category: 'recipient-unknown', owner: 'sender' },
    ],
  },
  {
    // exim src/moan.c ERRMESS_TOOMANYRECIP "Mail failure - too many recipients" and "This is a copy
    // of the headers that were received before the error"
    file: 'variants/exim/22-too-many-recipients.eml',
    kind: 'bounce',
    format: 'exim',
    recipients: [
      { address: 'yann@example.net', status: null, category: 'rate-limited', owner: 'sender-admin' },
      { address: 'zoe@example.org', status: null, category: 'rate-limited', owner: 'sender-admin' },
    ],
  },
  {
    // go-sisimai via-exim.go startingof "alias" without a DSN part (an old Exim): the hidden child's
    // address is the one it was generated from; Exim prints no error for it (deliver.c returns
    // FALSE from print_address_information), so no reason is known
    file: 'variants/exim/23-undisclosed-address-plain.eml',
    kind: 'bounce',
    format: 'exim',
    recipients: [{ address: 'staff@example.org', status: null, category: 'unknown', owner: 'sender-admin' }],
  },
  // --- Sendmail
  {
    // go-sisimai lhost/via-sendmail.go subject "Warning: ", "<addr>... Deferred: Name server: ...:
    // host name lookup failure"; sendmail savemail.c "THIS IS A WARNING MESSAGE ONLY", "transient
    // non-fatal errors"
    file: 'variants/sendmail/01-warning-dns-lookup-failure.eml',
    kind: 'delay',
    format: 'sendmail',
    recipients: [
      {
        address: 'bob@example.co.jp',
        status: '4.4.3',
        category: 'delayed',
        owner: 'none',
        cause: { category: 'recipient-system', owner: 'recipient-admin' },
        action: 'delayed',
      },
    ],
  },
  {
    // go-sisimai via-sendmail.go subject suffix "see transcript for details"; sendmail savemail.c
    // RTSF_PM_BOUNCE "Postmaster notify: see transcript for details", "with id ..."
    file: 'variants/sendmail/02-postmaster-notify.eml',
    kind: 'bounce',
    format: 'sendmail',
    recipients: [
      { address: 'carol@example.org', status: '5.1.1', category: 'recipient-unknown', owner: 'sender' },
    ],
  },
  {
    // go-sisimai via-sendmail.go ">>> DATA" / "<<< 554 ..." / "554 5.0.0 Service unavailable": one
    // refusal at DATA for two recipients
    file: 'variants/sendmail/03-data-rejected-two-recipients.eml',
    kind: 'bounce',
    format: 'sendmail',
    recipients: [
      { address: 'dan@example.net', status: '5.7.1', category: 'content-rejected', owner: 'sender' },
      { address: 'erin@example.net', status: '5.7.1', category: 'content-rejected', owner: 'sender' },
    ],
  },
  {
    // go-sisimai via-sendmail.go "DBI connect('dbname=...')" / "554 5.3.0 unknown mailer error 255",
    // X-Actual-Recipient of a pipe
    file: 'variants/sendmail/04-unknown-mailer-error.eml',
    kind: 'bounce',
    format: 'sendmail',
    recipients: [
      { address: 'kim@example.org', status: '5.3.0', category: 'recipient-system', owner: 'recipient-admin' },
    ],
  },
  {
    // sendmail savemail.c "Return receipt", "had successful delivery notifications", "relayed to
    // non-DSN-aware mailer"
    file: 'variants/sendmail/05-return-receipt-relayed.eml',
    kind: 'delivered',
    format: 'sendmail',
    recipients: [{ address: 'fay@example.net', status: '2.0.0', category: 'unknown', owner: 'none' }],
  },
  {
    // sendmail 8 without MIME: "----- Original message follows -----", "550 5.1.2 <...>... Host unknown
    // (Name server: ...: host not found)"
    file: 'variants/sendmail/06-nomime-host-unknown.eml',
    kind: 'bounce',
    format: 'sendmail',
    recipients: [
      {
        address: 'gus@nohost.example.org',
        status: '5.1.2',
        category: 'recipient-domain-invalid',
        owner: 'sender',
      },
    ],
  },
  {
    // go-sisimai via-sendmail.go "... while talking to ": a relay that wants authentication
    file: 'variants/sendmail/07-relaying-denied.eml',
    kind: 'bounce',
    format: 'sendmail',
    recipients: [
      { address: 'hal@example.org', status: '5.7.1', category: 'relay-denied', owner: 'sender-admin' },
    ],
  },
  {
    // go-sisimai via-sendmail.go X-Actual-Recipient (its Alias); sendmail recipient.c gives an alias's
    // members their parent's Final-Recipient, savemail.c writes each member's X-Actual-Recipient
    file: 'variants/sendmail/08-alias-expanded-two-members.eml',
    kind: 'bounce',
    format: 'sendmail',
    recipients: [
      { address: 'ina@example.org', status: '5.2.2', category: 'mailbox-full', owner: 'recipient' },
      { address: 'joe@example.org', status: '5.1.1', category: 'recipient-unknown', owner: 'sender' },
    ],
  },
  {
    // Layout: Sendmail 8.17's own bounce for a refusal of DATA (live-mta/sendmail/sink-data-552-534);
    // the reply: docomo's "550 Unknown user", after the address was taken its user's reception
    // filter (Sendmagic on note.com; go-sisimai rhost/for-nttdocomo.go comments)
    file: 'variants/sendmail/09-docomo-filter-at-data.eml',
    kind: 'bounce',
    format: 'sendmail',
    recipients: [
      {
        address: 'kaz.t@docomo.ne.jp',
        status: '5.0.0',
        category: 'recipient-policy',
        owner: 'recipient',
        rule: 'docomo.reception-filter',
      },
    ],
  },
  {
    // Layout: Sendmail 8.17 with PIPELINING reads the RCPT replies after ">>> DATA" and follows a
    // refused RCPT with its own "... User unknown" line (live-mta/sendmail/sink-550-511): the same
    // docomo words at RCPT are an address that does not exist
    file: 'variants/sendmail/10-docomo-unknown-pipelined-rcpt.eml',
    kind: 'bounce',
    format: 'sendmail',
    recipients: [
      { address: 'kaz.t@docomo.ne.jp', status: '5.1.1', category: 'recipient-unknown', owner: 'sender' },
    ],
  },
  // --- V5 Sendmail
  {
    // go-sisimai lhost/via-v5sendmail.go "421 example.org (smtp)... Deferred: Connection timed out
    // during user open", before any "While talking to"; the address from the unsent message's To:
    file: 'variants/v5sendmail/01-cannot-send-3-days.eml',
    kind: 'bounce',
    format: 'sendmail',
    recipients: [
      { address: 'bob@example.org', status: '4.4.7', category: 'expired', owner: 'recipient-admin' },
    ],
  },
  {
    // go-sisimai via-v5sendmail.go ">>> DATA" / "<<< 554 ..." / "554 <addr>... Service unavailable"
    file: 'variants/v5sendmail/02-data-rejected.eml',
    kind: 'bounce',
    format: 'sendmail',
    recipients: [{ address: 'carl@example.jp', status: null, category: 'content-rejected', owner: 'sender' }],
  },
  {
    // go-sisimai via-v5sendmail.go: the "<<< " reply to MAIL (the sender's domain refused)
    file: 'variants/v5sendmail/03-mail-from-rejected.eml',
    kind: 'bounce',
    format: 'sendmail',
    recipients: [
      { address: 'dina@example.net', status: null, category: 'sender-infrastructure', owner: 'sender-admin' },
    ],
  },
  {
    // go-sisimai via-v5sendmail.go: "Transcript of session is unavailable" (V5 savemail.c); the
    // address from the unsent message's To:, the reason from the subject
    file: 'variants/v5sendmail/04-transcript-unavailable.eml',
    kind: 'bounce',
    format: 'sendmail',
    recipients: [
      { address: 'eli@example.org', status: '5.1.1', category: 'recipient-unknown', owner: 'sender' },
    ],
  },
  {
    // go-sisimai via-v5sendmail.go: two "While talking to" sessions, one recipient each
    file: 'variants/v5sendmail/05-two-hosts.eml',
    kind: 'bounce',
    format: 'sendmail',
    recipients: [
      { address: 'fred@example.org', status: '5.1.1', category: 'recipient-unknown', owner: 'sender' },
      { address: 'gwen@example.net', status: '5.2.2', category: 'mailbox-full', owner: 'recipient' },
    ],
  },
  // --- Active!Hunter (read by the sendmail recognizer)
  {
    // go-sisimai lhost/via-activehunter.go X-AHMailID, ">>> addr <addr>", the message/rfc822 part
    file: 'variants/activehunter/01-multipart-mailbox-full.eml',
    kind: 'bounce',
    format: 'sendmail',
    recipients: [
      { address: 'hana@example.jp', status: '5.2.2', category: 'mailbox-full', owner: 'recipient' },
    ],
  },
  {
    // go-sisimai via-activehunter.go: two ">>> " lines, one transcript line each
    file: 'variants/activehunter/02-two-recipients.eml',
    kind: 'bounce',
    format: 'sendmail',
    recipients: [
      { address: 'ichiro@example.jp', status: '5.1.1', category: 'recipient-unknown', owner: 'sender' },
      { address: 'jun@example.jp', status: '5.1.1', category: 'recipient-unknown', owner: 'sender' },
    ],
  },
  // --- 1&1 (read by the gmx recognizer: United Internet's Exim text)
  {
    // go-sisimai lhost/via-einsundeins.go "For the following reason:", messagesof mesgtoobig "Mail
    // size limit exceeded"
    file: 'variants/einsundeins/01-mail-size-limit.eml',
    kind: 'bounce',
    format: 'gmx',
    recipients: [
      { address: 'kai@example.eu', status: '5.3.4', category: 'message-too-large', owner: 'sender' },
    ],
  },
  {
    // go-sisimai via-einsundeins.go "    neko@example.fr:" / "SMTP error from remote server for TEXT
    // command, host: ... reason: 550 5.2.0 Mail rejete. Mail rejected. ofr_506 [506]"
    file: 'variants/einsundeins/02-text-command-orange.eml',
    kind: 'bounce',
    format: 'gmx',
    recipients: [
      { address: 'lea@example.fr', status: '5.2.0', category: 'content-rejected', owner: 'sender' },
    ],
  },
  // --- GMX
  {
    // go-sisimai lhost/via-gmx.go "<kijitora@...>" / "Reason:" / "delivery retry timeout exceeded"
    file: 'variants/gmx/01-retry-timeout-angle.eml',
    kind: 'bounce',
    format: 'gmx',
    recipients: [
      { address: 'mika@slow.example.jp', status: '5.4.7', category: 'expired', owner: 'recipient-admin' },
    ],
  },
  {
    // go-sisimai via-gmx.go '"shironeko@example.jp":' / "SMTP error from remote server after RCPT
    // command:" / "host: ..."; two addresses ("The following addresses\nfailed:")
    file: 'variants/gmx/02-two-quoted-recipients.eml',
    kind: 'bounce',
    format: 'gmx',
    recipients: [
      { address: 'nils@example.org', status: '5.1.1', category: 'recipient-unknown', owner: 'sender' },
      { address: 'ola@example.net', status: '5.7.1', category: 'content-rejected', owner: 'sender' },
    ],
  },
  {
    // go-sisimai via-gmx.go X-UI-Out-Filterresults; WEB.DE, a 4xx full mailbox in a final bounce
    file: 'variants/gmx/03-webde-mailbox-full.eml',
    kind: 'bounce',
    format: 'gmx',
    recipients: [
      { address: 'paul@example.de', status: '4.2.2', category: 'mailbox-full', owner: 'recipient' },
    ],
  },
];

describe('Exim, Sendmail and their kin: documented variants', () => {
  test.each(CASES.map((c) => [c.file, c] as const))('%s', (_file, c) => checkFixture(c));

  test('a frozen message is held, not returned: its addresses are not final', () => {
    const d = diagnoseFixture('variants/exim/02-frozen-system-filter.eml');
    expect(d.recipients.every((r) => r.final === false)).toBe(true);
  });

  test("the text after five hyphens is the returned message, not the server's words", () => {
    const r = diagnoseFixture('variants/exim/19-old-five-hyphens-spam.eml').recipients[0];
    expect(r?.diagnostic).not.toContain('copy of the message');
  });
});
