// The smaller MTAs and gateways: Courier, Messaging Server, DragonFly, Domino/Notes, Apache James,
// the unnamed X1/X3/X6, fml, Mailman, SmarterMail, XMail, IMail, m-FILTER, MailFoundry, KDDI, au, Trend Micro (invented
// fixtures, one folder per format under test/fixtures).
import { checkFixture, type FixtureCase } from './fixture-cases';

const one = (
  file: string,
  format: string,
  address: string,
  status: string | null,
  category: string,
  owner: string,
): FixtureCase => ({ file, kind: 'bounce', format, recipients: [{ address, status, category, owner }] });

const CASES: FixtureCase[] = [
  // Courier's DSN says 5.0.0; the reply in its text says 5.1.1
  one('courier/user-unknown.eml', 'courier', 'eli@example.net', '5.1.1', 'recipient-unknown', 'sender'),
  // the source-routed address yields to the original one
  one(
    'messagingserver/over-quota.eml',
    'messagingserver',
    'finn@example.com',
    '5.2.2',
    'mailbox-full',
    'recipient',
  ),
  one('dragonfly/rcpt-refused.eml', 'dragonfly', 'gus@example.net', '5.1.1', 'recipient-unknown', 'sender'),
  // a postmaster address is a recipient like any other here
  one(
    'dragonfly/dns-failure.eml',
    'dragonfly',
    'postmaster@gone.example.org',
    '5.1.2',
    'recipient-domain-invalid',
    'sender',
  ),
  one('domino/not-in-directory.eml', 'domino', 'hana@example.com', '5.0.0', 'recipient-unknown', 'sender'),
  one(
    'domino/notes-failure-reasons.eml',
    'domino',
    'ines@notes.example.com',
    '5.1.1',
    'recipient-unknown',
    'sender',
  ),
  one(
    'apachejames/no-such-user.eml',
    'apachejames',
    'jack@james.example.com',
    '5.1.1',
    'recipient-unknown',
    'sender',
  ),
  one('verizon/no-such-user.eml', 'verizon', '5550100199@vtext.com', '5.1.1', 'recipient-unknown', 'sender'),
  one(
    'delivery-errors/delivery-errors.eml',
    'delivery-errors',
    'kai@example.jp',
    '5.1.1',
    'recipient-unknown',
    'sender',
  ),
  one(
    'technical-details/technical-details.eml',
    'technical-details',
    'lena@example.org',
    '5.1.1',
    'recipient-unknown',
    'sender',
  ),
  one(
    'trouble-delivering/rejected-recipient.eml',
    'trouble-delivering',
    'max@example.net',
    '5.2.2',
    'mailbox-full',
    'recipient',
  ),
  // SmarterMail: a "Failed Recipient:" and a "Reason:" per address (IMail's reader took the first
  // for a reason of its own); a domain over its disk allocation is a quota, not a size limit
  ...(['two-recipients', 'domain-limits'] as const).map((name): FixtureCase => ({
    file: `smartermail/${name}.eml`,
    kind: 'bounce',
    format: 'smartermail',
    recipients:
      name === 'two-recipients'
        ? [
            { address: 'quinn@example.org', status: '5.1.1', category: 'recipient-unknown', owner: 'sender' },
            { address: 'rosa@example.net', status: '5.2.2', category: 'mailbox-full', owner: 'recipient' },
          ]
        : [
            {
              address: 'sam@full-domain.example',
              status: '5.2.2',
              category: 'mailbox-full',
              owner: 'recipient',
              rule: 'smartermail.domain-size-limit',
            },
            {
              address: 'tia@down.example',
              status: null,
              category: 'recipient-system',
              owner: 'recipient-admin',
              rule: 'smartermail.connect-attempts',
            },
          ],
  })),
  // a members-only list refused the post: the list's own policy
  one('fml/not-member.eml', 'fml', 'cats@lists.example.org', null, 'recipient-policy', 'recipient-admin'),
  one(
    'imail/unknown-user.eml',
    'imailserver',
    'nick@imail.example.com',
    '5.1.1',
    'recipient-unknown',
    'sender',
  ),
  // a label in the notice ("Cc: olive@...") is not a reason, and not a failed recipient
  one(
    'imail/labelled-copy.eml',
    'imailserver',
    'nora@imail.example.com',
    '5.2.2',
    'mailbox-full',
    'recipient',
  ),
  one('mfilter/unknown-user.eml', 'mfilter', 'olga@example.jp', '5.1.1', 'recipient-unknown', 'sender'),
  one('mailfoundry/over-quota.eml', 'mailfoundry', 'paul@example.org', '5.2.2', 'mailbox-full', 'recipient'),
  one('kddi/mailbox-full.eml', 'kddi', 'rin@au.example.jp', '5.2.2', 'mailbox-full', 'recipient'),
  one('ezweb/rejected-by-remote.eml', 'ezweb', 'sora@example.ne.jp', '5.1.1', 'recipient-unknown', 'sender'),
  one(
    'trendmicro/unable-to-deliver.eml',
    'trendmicro',
    'taro@example.org',
    '5.1.1',
    'recipient-unknown',
    'sender',
  ),
  // GNU Mailman returns a refused post from the list's owner address: a non-member's, and one from a
  // domain whose DMARC policy the list refuses (the list's rule, not a failed check)
  one(
    'mailman/nonmember-rejected.eml',
    'mailman',
    'cats@lists.example.org',
    null,
    'recipient-policy',
    'recipient-admin',
  ),
  one(
    'mailman/dmarc-rejected.eml',
    'mailman',
    'cats@lists.example.org',
    null,
    'recipient-policy',
    'recipient-admin',
  ),
  // XMail's notice (QueueUtils.cpp QueUtBuildErrorResponse), read by the generic reader: its
  // "ID: <message-id>" line is the message's id, not a second failed recipient
  one('xmail/mailbox-size.eml', 'text', 'bob@example.org', '5.2.2', 'mailbox-full', 'recipient'),
  // the same notice for a temporary error ("you do not have to resend"): a delay, with its cause
  {
    file: 'xmail/temporary-note.eml',
    kind: 'delay',
    format: 'text',
    recipients: [
      { address: 'bob@example.org', status: '4.7.1', category: 'rate-limited', owner: 'sender-admin' },
    ],
  },
];

describe('smaller MTAs and gateways', () => {
  test.each(CASES.map((c) => [c.file, c] as const))('%s', (_file, c) => checkFixture(c));
});
