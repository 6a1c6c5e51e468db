// Recipient addresses in the forms real bounces write them: address literals, quoted local parts,
// SMTPUTF8 (U-labels and A-labels), the percent hack and source routes, UUCP bang paths, SRS and
// BATV tagged senders, alias expansion and case differences (invented fixtures in
// test/fixtures/variants/address-forms). The recipient is the failed address, never the sender's
// tagged return path, the postmaster, or half an address.
import { checkFixture, type FixtureCase } from './fixture-cases';

const DIR = 'variants/address-forms';

const CASES: FixtureCase[] = [
  // RFC 5321 4.1.3 IPv4 address literal; postfix bounce_templates.c (failure template),
  // bounce_notify_util.c ("<%s>: %s", "Final-Recipient: %s; %s"), smtp_proto.c ("host %s said: %s
  // (in reply to %s)"), smtpd_check.c ("<%s>: %s rejected: User unknown in local recipient table")
  {
    file: `${DIR}/01-postfix-ipv4-address-literal.eml`,
    kind: 'bounce',
    format: 'postfix',
    recipients: [
      { address: 'lab@[192.0.2.30]', status: '5.1.1', category: 'recipient-unknown', owner: 'sender' },
    ],
  },
  // RFC 5321 4.1.3 IPv6 address literal ("IPv6:" tag), Exim's ipliteral router (spec ch. 18);
  // exim deliver.c (bounce intro, print_address_information, print_dsn_addr_action) and
  // transports/smtp.c ("SMTP error from remote mail server after RCPT TO:<%s>: %s")
  {
    file: `${DIR}/02-exim-ipv6-address-literal.eml`,
    kind: 'bounce',
    format: 'exim',
    recipients: [
      { address: 'ops@[IPv6:2001:db8::25]', status: '5.1.1', category: 'recipient-unknown', owner: 'sender' },
    ],
  },
  // RFC 5321 4.1.2 quoted local part; postfix bounce_append_service.c logs quote_822_local(address),
  // which bounce_notify_util.c prints in the text and in Final-Recipient
  {
    file: `${DIR}/03-postfix-quoted-local-part.eml`,
    kind: 'bounce',
    format: 'postfix',
    recipients: [
      { address: '"john doe"@example.org', status: '5.1.1', category: 'recipient-unknown', owner: 'sender' },
    ],
  },
  // RFC 6531/6533: a Cyrillic local part and a U-label domain; postfix bounce_notify_util.c
  // ("message/global-delivery-status" when SMTPUTF8 was requested, "utf-8" address type, 8bit parts,
  // message/global-headers)
  {
    file: `${DIR}/04-postfix-smtputf8-cyrillic-u-label.eml`,
    kind: 'bounce',
    format: 'postfix',
    recipients: [
      { address: 'иван@пример.example.net', status: '5.1.1', category: 'recipient-unknown', owner: 'sender' },
    ],
  },
  // An A-label domain under an A-label top-level domain (RFC 5890; IANA's IDN test name
  // пример.испытание); exim deliver.c and transports/smtp.c as above. Was "ivan@xn--e1afmkfd.xn":
  // the top-level label had to be letters only
  {
    file: `${DIR}/05-exim-punycode-a-label-idn-tld.eml`,
    kind: 'bounce',
    format: 'exim',
    recipients: [
      {
        address: 'ivan@xn--e1afmkfd.xn--80akhbyknj4f',
        status: '5.1.1',
        category: 'recipient-unknown',
        owner: 'sender',
      },
    ],
  },
  // Smail 3.2 notify.c banners (log_banner, addr_error_banner, text_banner, as quoted in go-sisimai's
  // smail list) and " %s ... failed: %s"; the address literal of the known gap. Was not-a-bounce: no
  // address was found
  {
    file: `${DIR}/06-smail-ipv4-address-literal-text-only.eml`,
    kind: 'bounce',
    format: 'text',
    recipients: [
      { address: 'lab@[192.0.2.30]', status: '5.1.1', category: 'recipient-unknown', owner: 'sender' },
    ],
  },
  // Smail 3.2 notify.c as above with a UUCP bang path ("hostb!lou", RFC 1123 5.2.16's "a!b!c!user@
  // gateway-domain"); the sender addressed hostb!lou@gw.example.net, the address the report keeps
  {
    file: `${DIR}/07-smail-uucp-bang-path.eml`,
    kind: 'bounce',
    format: 'text',
    recipients: [
      {
        address: 'hostb!lou@gw.example.net',
        status: '5.1.2',
        category: 'recipient-domain-invalid',
        owner: 'sender',
      },
    ],
  },
  // The percent hack (RFC 1123 5.2.16, mailaddr(7)); sendmail savemail.c ("The following addresses
  // had permanent fatal errors", "(reason: %s)", DSN fields), usersmtp.c ("... while talking to
  // %s:", ">>> RCPT To:<%s>", "<<< %s"), err.c (the "to... " prefix), cf/m4/proto.m4 confRELAY_MSG
  {
    file: `${DIR}/08-sendmail-percent-hack-relaying-denied.eml`,
    kind: 'bounce',
    format: 'sendmail',
    recipients: [
      {
        address: 'jim%vax.example.net@relay.example.org',
        status: '5.7.1',
        category: 'relay-denied',
        owner: 'sender-admin',
      },
    ],
  },
  // A source route "<@relay.example.net:kay@example.org>" (RFC 5321 Appendix C, mailaddr(7)
  // route-addrs); sendmail savemail.c and usersmtp.c as above; the mailbox is kay@example.org
  {
    file: `${DIR}/09-sendmail-source-route.eml`,
    kind: 'bounce',
    format: 'sendmail',
    recipients: [
      { address: 'kay@example.org', status: '5.1.1', category: 'recipient-unknown', owner: 'sender' },
    ],
  },
  // An SRS0 sender (exim expand.c srs_encode: "SRS0=" hash "=" day "=" domain "=" local) in To: and
  // X-Postfix-Sender; postfix bounce_notify_util.c "<%s> (expanded from <%s>): %s" and
  // Original-Recipient of the alias: the recipient is the expanded address
  {
    file: `${DIR}/10-postfix-srs-sender-alias-expanded.eml`,
    kind: 'bounce',
    format: 'postfix',
    recipients: [
      { address: 'bob.smith@example.org', status: '5.1.1', category: 'recipient-unknown', owner: 'sender' },
    ],
  },
  // A BATV sender (exim expand.c prvs: "prvs=" key day hash "=" address) in Envelope-to/To; exim
  // deliver.c "(generated from %s)" under the failed address, Final-Recipient the top ancestor
  // (print_dsn_addr_action), appendfile.c "mailbox is full", retry.c "%s: retry timeout exceeded"
  {
    file: `${DIR}/11-exim-batv-sender-alias-generated-from.eml`,
    kind: 'bounce',
    format: 'exim',
    recipients: [
      { address: 'carol.jones@example.org', status: '5.0.0', category: 'mailbox-full', owner: 'recipient' },
    ],
  },
  // sendmail savemail.c "(expanded from: %s)" and X-Actual-Recipient (the local user "dellis"
  // @MyHostName), recipient.c q_finalrcpt from q_paddr and "550 5.1.1 User unknown", local.m4's
  // X-Unix diagnostic type; the mixed-case address as the sender wrote it, once
  {
    file: `${DIR}/12-sendmail-alias-x-actual-recipient-case.eml`,
    kind: 'bounce',
    format: 'sendmail',
    recipients: [
      { address: 'Dan.Ellis@Example.ORG', status: '5.1.1', category: 'recipient-unknown', owner: 'sender' },
    ],
  },
];

describe('address forms sweep', () => {
  test.each(CASES.map((c) => [c.file, c] as const))('%s', (_file, c) => checkFixture(c));
});
