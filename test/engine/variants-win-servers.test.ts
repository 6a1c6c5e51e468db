// Commercial and Windows mail servers: MailEnable's own non-delivery report, which names the target
// domain rather than an address (formats/mailenable.ts), and the SMTP refusals of IceWarp, Kerio
// Connect and Mercury/32 as a Postfix or Exim relay quotes them. Kerio, Axigen, SurgeMail,
// EmailArchitect, SecurityGateway and VisNetic NDR layouts: no public source shows their text, so
// none is here. Fixtures: test/fixtures/variants/win-servers.
import { checkFixture, type FixtureCase } from './fixture-cases';

const W = 'variants/win-servers';

const CASES: FixtureCase[] = [
  // MailEnable KB ME020517 (ME-E0193 bounce: "Your message addressed to the target domain (example.com)
  // could not be delivered ... The server returned: 554-... poor reputation"); formats/mailenable.ts
  {
    file: `${W}/01-mailenable-me-e0193-poor-reputation.eml`,
    kind: 'bounce',
    format: 'mailenable',
    recipients: [
      { address: 'kim@example.net', status: null, category: 'reputation-block', owner: 'sender-admin' },
    ],
  },
  // IceWarp "Interpretation of 5xx Errors in IceWarp SMTP" (docs.icewarp.com): 501 5.7.1 Message is too long
  {
    file: `${W}/02-postfix-icewarp-message-too-long.eml`,
    kind: 'bounce',
    format: 'postfix',
    recipients: [
      { address: 'tomas@example.net', status: '5.7.1', category: 'message-too-large', owner: 'sender' },
    ],
  },
  // IceWarp 5xx table: 501 5.7.1 Permission denied ("Reject if originator's IP has no rDNS" or
  // "Reject if SMTP AUTH is different from sender"), quoted by Exim after MAIL FROM
  {
    file: `${W}/03-exim-icewarp-permission-denied.eml`,
    kind: 'bounce',
    format: 'exim',
    recipients: [
      { address: 'priya@example.net', status: '5.7.1', category: 'sender-blocked', owner: 'sender-admin' },
    ],
  },
  // esupport.icewarp.com "How to set limits": 552 5.2.2 Mailbox quota exceeded
  {
    file: `${W}/04-postfix-icewarp-mailbox-quota-exceeded.eml`,
    kind: 'bounce',
    format: 'postfix',
    recipients: [
      { address: 'erik@example.net', status: '5.2.2', category: 'mailbox-full', owner: 'recipient' },
    ],
  },
  // Kerio Connect KB 130064 (SMTP authentication failures): 550 5.7.1 Authentication Required, a
  // Kerio smarthost refusing a relay that did not sign in
  {
    file: `${W}/05-postfix-kerio-authentication-required.eml`,
    kind: 'bounce',
    format: 'postfix',
    recipients: [
      { address: 'sales@example.net', status: '5.7.1', category: 'sender-blocked', owner: 'sender-admin' },
    ],
  },
  // MercuryS: "553 We do not relay non-local mail, sorry." (nmap smtp-open-relay output, PHP
  // "SMTP server response" warnings; rules-provider-pages.test.ts)
  {
    file: `${W}/06-postfix-mercury-no-relay.eml`,
    kind: 'bounce',
    format: 'postfix',
    recipients: [
      { address: 'helpdesk@example.org', status: '5.0.0', category: 'relay-denied', owner: 'sender-admin' },
    ],
  },
  // MailEnable KB ME020517 layout, the returned message to two addresses at the target domain and
  // one elsewhere: only the target domain's failed (the engine took all three before the reader)
  {
    file: `${W}/07-mailenable-me-e0193-two-recipients-blocklisted.eml`,
    kind: 'bounce',
    format: 'mailenable',
    recipients: [
      { address: 'kim@example.net', status: '5.7.1', category: 'reputation-block', owner: 'sender-admin' },
      { address: 'lee@example.net', status: '5.7.1', category: 'reputation-block', owner: 'sender-admin' },
    ],
  },
];

describe('commercial and Windows mail servers (MailEnable, IceWarp, Kerio, Mercury)', () => {
  test.each(CASES)('$file', (c) => {
    checkFixture(c);
  });
});
