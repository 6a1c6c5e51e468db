// Variants of commercial and legacy mail systems' bounces (Cisco Secure Email / IronPort AsyncOS,
// HCL Domino, GroupWise, CommuniGate Pro, SmarterMail) and of the replies commercial servers and
// gateways put in other systems' bounces (Zimbra, Sophos Email, Proofpoint, Mimecast, MailEnable),
// each written as the system words it (invented fixtures under test/fixtures/variants/<system>/).
// The comment above each row names where the variant's words come from.
import { checkFixture, variantCases, type FixtureCase } from './fixture-cases';

const c = variantCases('');

const CASES: FixtureCase[] = [
  // Cisco AsyncOS DSN "The following message to <x> was undeliverable. / The reason for the
  // problem: / 5.1.0 - Unknown address error 550-..." as quoted in linux-media (MAINTAINERS patch,
  // Aug 2025); AsyncOS 7.3 Daily Management Guide, bounce log "5.1.0 - Unknown address error". The
  // refusing server's own 5.1.1 says more than AsyncOS's summary 5.1.0.
  c('ironport/01-unknown-address-error.eml', 'bounce', 'rfc3464', [
    'mikko@example.net',
    '5.1.1',
    'recipient-unknown',
    'sender',
  ]),
  // Cisco AsyncOS DSN "5.3.0 - Other mail system problem 550-'SPF check failed ...'" (osst-users
  // list archive, Nov 2020): the remote reply has no code of its own, so AsyncOS's summary stays
  c('ironport/02-other-mail-system-problem-spf.eml', 'bounce', 'rfc3464', [
    '651604517@example.jp',
    '5.3.0',
    'auth-failed',
    'sender-admin',
  ]),
  // Cisco AsyncOS "5.1.2 - Bad destination host 'DNS Hard Error looking up ... (A): domain has no
  // A record'" (pastebin ESqDdi4N, relayed by a Domino hub); AsyncOS guide bounce log "5.1.2 - Bad
  // destination host"
  c('ironport/03-bad-destination-host.eml', 'bounce', 'rfc3464', [
    'office@ozone.example.net',
    '5.1.2',
    'recipient-domain-invalid',
    'sender',
  ]),
  // Cisco AsyncOS's own reply when LDAP accept finds no such user: "550 #5.1.0 Address rejected
  // <address>" (a Gmail DSN quoting an IronPort, pastebin hkN3juHZ), in an Exim bounce
  c('ironport/04-asyncos-ldap-address-rejected.eml', 'bounce', 'exim', [
    'hr@example.com',
    '5.1.0',
    'recipient-unknown',
    'sender',
  ]),
  // Cisco AsyncOS's greeting for a sender of poor SenderBase reputation: "554 Your access to this
  // mail system has been rejected due to the sending MTA's poor reputation. ..." (IronPort greetings
  // quoted in public code, e.g. "554-esa10...iphmx.com 554 Your access ..."), at the greeting
  c('ironport/05-asyncos-poor-reputation-banner.eml', 'bounce', 'exim', [
    'sales@example.com',
    '5.0.0',
    'reputation-block',
    'sender-admin',
  ]),
  // Cisco AsyncOS SPF verification's default reject text "550 #5.7.1 SPF unauthorized mail is
  // prohibited." (AsyncOS CLI Reference, listenerconfig SPF settings), at MAIL FROM
  c('ironport/06-asyncos-spf-unauthorized.eml', 'bounce', 'exim', [
    'legal@example.com',
    '5.7.1',
    'auth-failed',
    'sender-admin',
  ]),
  // HCL/IBM Domino "Delivery Failure Report": "Your message:", "was not delivered to:", a
  // "because:" reason wrapped onto aligned lines, "What should you do?", "Routing path"
  // (pastebin ESqDdi4N, a Domino 9 report forwarded by its recipient)
  c('domino/07-delivery-failure-report-wrapped-reason.eml', 'bounce', 'domino', [
    'office@ozone.example.net',
    '5.1.2',
    'recipient-domain-invalid',
    'sender',
  ]),
  // GroupWise Internet Agent: quoted-printable "...undeliverable to the following:=20", one
  // tab-indented "user (User not on post office)" line each, "Information about your message:",
  // "Possibly truncated original message follows:" (a GWIA NDR reader's code, find_string
  // 68481195631 and 7135543917; Novell GroupWise 7 troubleshooting, "Undeliverable Status")
  c(
    'groupwise/01-gwia-information-about-your-message.eml',
    'bounce',
    'groupwise',
    ['mbathal@gw.example.com', '5.1.1', 'recipient-unknown', 'sender'],
    ['jkoval@gw.example.com', '5.1.1', 'recipient-unknown', 'sender'],
  ),
  // CommuniGate Pro "Failed to deliver to '<x>'" / "LOCAL module(account x) reports: mail
  // receiving disabled" (PHPMailer-BMH rule comments quoting the notice; CGP guide, Local Delivery
  // module "If Mail Service is disabled")
  c('communigate/01-local-mail-receiving-disabled.eml', 'bounce', 'communigate', [
    'pavel@cgp.example.net',
    '5.2.1',
    'mailbox-inactive',
    'sender',
  ]),
  // CommuniGate Pro "SMTP module(domain x) reports: host x says:" with "Messages without To: fields
  // are not accepted here" (PHPMailer-BMH rule 0248's sample)
  c('communigate/02-smtp-without-to-fields.eml', 'bounce', 'communigate', [
    'ivan@example.org',
    null,
    'message-noncompliant',
    'sender-admin',
  ]),
  // SmarterMail "Reason: Failed to connect to the recipients mail server. No MX records were found
  // for the '...' domain." (support.rackteam.com/kb/a136)
  c('smartermail/01-no-mx-records.eml', 'bounce', 'smartermail', [
    'sales@nomx.example.org',
    '5.1.2',
    'recipient-domain-invalid',
    'sender',
  ]),
  // SmarterMail "Reason: Failed four Attempts to connect to recipients mail server"
  // (support.rackteam.com/kb/a136)
  c('smartermail/02-failed-four-attempts.eml', 'bounce', 'smartermail', [
    'orders@down.example.org',
    null,
    'recipient-system',
    'recipient-admin',
  ]),
  // Zimbra mailboxd LMTP "552 5.2.2 Over quota" (zm-mailbox LmtpReply.java
  // PERMANENT_FAILURE_OVER_QUOTA) in the bounce of Zimbra's Postfix MTA
  c('zimbra/01-lmtp-over-quota.eml', 'bounce', 'postfix', [
    'rui@example.com',
    '5.2.2',
    'mailbox-full',
    'recipient',
  ]),
  // Zimbra milter "571 Sender is not allowed to email this distribution list: <list>" (zm-mailbox
  // MilterHandler.java)
  c('zimbra/02-milter-distribution-list.eml', 'bounce', 'postfix', [
    'all-staff@example.com',
    '5.0.0',
    'recipient-policy',
    'recipient-admin',
  ]),
  // Zimbra LMTP "450 4.2.1 Mailbox disabled, not accepting messages" (LmtpReply.java
  // MAILBOX_DISABLED) in a Postfix delay notice
  {
    file: 'variants/zimbra/03-delay-mailbox-disabled.eml',
    kind: 'delay',
    format: 'postfix',
    recipients: [
      {
        address: 'marta@example.com',
        status: '4.2.1',
        category: 'delayed',
        owner: 'none',
        cause: { category: 'mailbox-inactive', owner: 'sender' },
      },
    ],
  },
  // Sophos Email "550 5.7.1 XGEMAIL_0011 Command rejected": the recipient does not exist in the
  // protected domain (docs.sophos.com Email Security "SMTP error codes")
  c('sophos/01-xgemail-0011-command-rejected.eml', 'bounce', 'postfix', [
    'j.doe@example.com',
    '5.7.1',
    'recipient-unknown',
    'sender',
  ]),
  // Proofpoint "554 Blocked - see https://ipcheck.proofpoint.com/?ip=..." at the greeting
  // (gitlab.com/lightmeter/controlcenter issue 664)
  c('proofpoint/01-blocked-ipcheck.eml', 'bounce', 'postfix', [
    'buyer@example.com',
    '5.0.0',
    'reputation-block',
    'sender-admin',
  ]),
  // Mimecast greylisting "451 Internal resource is temporarily unavailable -
  // https://community.mimecast.com/docs/DOC-1369#451 [...]" (dwlistore.dwli.org KB 444) in a
  // Postfix delay notice
  {
    file: 'variants/mimecast/01-delay-internal-resource.eml',
    kind: 'delay',
    format: 'postfix',
    recipients: [
      {
        address: 'claims@example.com',
        status: '4.0.0',
        category: 'delayed',
        owner: 'none',
        cause: { category: 'rate-limited', owner: 'sender-admin' },
      },
    ],
  },
  // Mimecast "550 Rejected by header based Anti-Spoofing policy" (suped.com, Mimecast
  // anti-spoofing): the recipient organization's own policy
  c('mimecast/02-anti-spoofing-policy.eml', 'bounce', 'postfix', [
    'board@example.com',
    '5.0.0',
    'recipient-policy',
    'recipient-admin',
  ]),
  // MailEnable "503 This mail server requires authentication when attempting to send to a
  // non-local e-mail address. ..." (the reply as .NET SmtpClient and MailEnable log scanners
  // quote it)
  c('mailenable/01-requires-authentication.eml', 'bounce', 'postfix', [
    'orders@example.net',
    '5.0.0',
    'relay-denied',
    'sender-admin',
  ]),
];

describe('commercial and legacy systems: variants', () => {
  test.each(CASES.map((c) => [c.file, c] as const))('%s', (_file, c) => checkFixture(c));
});
