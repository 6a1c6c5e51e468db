// Courier's notices as its source writes them (svarshavchik/courier, 2.0.5: courier/module.dsn/dsn.C
// and its dsnheader.txt.in, dsnfailed.txt, dsndelayed.txt, dsnfooter.txt; the peer, " >>> ", " <<< "
// and " *** " lines of format_del_info; "Status: 5.0.0" or "4.0.0" only, and no Diagnostic-Code in a
// delay notice). Courier was not run: the fixtures test/fixtures/courier/source-*.eml are written
// from those files, with invented names; the server replies are Postfix's wording.
import { checkFixture, type FixtureCase } from './fixture-cases';

const CASES: FixtureCase[] = [
  {
    file: 'courier/source-failed-rcpt.eml',
    kind: 'bounce',
    format: 'courier',
    recipients: [
      {
        address: 'bob@a.example',
        status: '5.1.1',
        category: 'recipient-unknown',
        owner: 'sender',
        action: 'failed',
      },
    ],
  },
  {
    // a multi-line reply: Diagnostic-Code's continuation lines are indented by eight spaces
    file: 'courier/source-failed-data-multiline.eml',
    kind: 'bounce',
    format: 'courier',
    recipients: ['bob@a.example', 'cy@a.example'].map((address) => ({
      address,
      status: '5.7.1',
      category: 'content-rejected',
      owner: 'sender',
      action: 'failed',
    })),
  },
  {
    // the delay's reason is in the text part only ("the following addresses only:")
    file: 'courier/source-delayed-quota.eml',
    kind: 'delay',
    format: 'courier',
    recipients: [
      {
        address: 'bob@a.example',
        status: '4.2.2',
        category: 'mailbox-full',
        owner: 'recipient',
        action: 'delayed',
      },
    ],
  },
  {
    // " *** Connection refused": a network error, no reply
    file: 'courier/source-delayed-connection-refused.eml',
    kind: 'delay',
    format: 'courier',
    recipients: [
      {
        address: 'bob@a.example',
        status: '4.0.0',
        category: 'delayed',
        owner: 'none',
        cause: { category: 'recipient-system', owner: 'recipient-admin' },
        action: 'delayed',
      },
    ],
  },
];

describe('Courier notices, written from its source', () => {
  test.each(CASES.map((c) => [c.file, c] as const))('%s', (_file, c) => checkFixture(c));
});
