// The formats of older and regional mail systems (AOL AirMail, CompuServe, GroupWise, MDaemon,
// CommuniGate Pro, InterScan MSS, Chinese providers, "not collected" notices, IMail variants,
// X.400 recipients), on fixtures written from each format's documentation or source (named in each
// recognizer's header). The category is checked where the format's words alone decide it; the
// phrase rules are tested with the rules.
import { diagnoseFixture } from './fixture-cases';

interface Case {
  readonly file: string;
  readonly format: string;
  /** address, status, action, and the category when the format's words decide it */
  readonly recipients: readonly [address: string, status: string | null, action: string, category?: string][];
  readonly note?: boolean;
}

const CASES: Case[] = [
  // screen names without a domain are AOL users
  {
    file: 'aol/airmail-sender-block.eml',
    format: 'aol',
    recipients: [
      ['BlueHeron77@aol.com', null, 'failed'],
      ['river.otter@aol.com', null, 'failed'],
    ],
  },
  {
    file: 'aol/screen-name-unknown.eml',
    format: 'aol',
    recipients: [['QuietMeadow2@aol.com', '5.1.1', 'failed', 'recipient-unknown']],
  },
  {
    file: 'compuserve/receiver-not-found.eml',
    format: 'compuserve',
    recipients: [['tmorrow@compuserve.com', '5.1.1', 'failed', 'recipient-unknown']],
  },
  // a GroupWise user is named without domain: the notice's own domain completes it
  {
    file: 'groupwise/user-not-found.eml',
    format: 'groupwise',
    recipients: [['hsinger@gw.example.com', '5.1.1', 'failed', 'recipient-unknown']],
  },
  {
    file: 'groupwise/host-not-found.eml',
    format: 'groupwise',
    recipients: [['ola@old-branch.example.net', '5.1.2', 'failed', 'recipient-domain-invalid']],
  },
  // the transcript's "250" lines are not a delivery: the refused RCPT is the failure
  {
    file: 'mdaemon/session-transcript.eml',
    format: 'mdaemon',
    recipients: [['uma@remote.example', '5.1.1', 'failed', 'recipient-unknown']],
  },
  // relayed without MDaemon's headers: its transcript's arrows mark it
  {
    file: 'mdaemon/relayed-without-headers.eml',
    format: 'mdaemon',
    recipients: [['uma@remote.example', '5.1.1', 'failed', 'recipient-unknown']],
  },
  // refused after DATA: every accepted recipient failed
  {
    file: 'mdaemon/data-refused.eml',
    format: 'mdaemon',
    recipients: [['vic@remote.example', '5.3.4', 'failed', 'message-too-large']],
  },
  // the delivery-status part has only per-message fields; the text names the recipient
  {
    file: 'communigate/failed-to-deliver.eml',
    format: 'communigate',
    recipients: [['wen@remote.example', '5.1.1', 'failed', 'recipient-unknown']],
  },
  {
    file: 'communigate/local-account-full.eml',
    format: 'communigate',
    recipients: [['xia@cgp.example.com', '5.2.2', 'failed', 'mailbox-full']],
  },
  {
    file: 'interscan/sent-received.eml',
    format: 'interscanmss',
    recipients: [['yui@remote.example.jp', '5.1.1', 'failed', 'recipient-unknown']],
  },
  // GB2312 text, base64: labels 收件人 / 无法发送到 and 退信原因
  {
    file: 'chinese/netease-gb2312.eml',
    format: 'chinese-text',
    recipients: [['zhao.lei@remote.example.cn', '5.1.1', 'failed', 'recipient-unknown']],
  },
  {
    file: 'chinese/qq-style-gb2312.eml',
    format: 'chinese-text',
    recipients: [['qian.wei@remote.example.cn', '5.2.2', 'failed', 'mailbox-full']],
  },
  // held mail that expired uncollected: X.4.7
  {
    file: 'demon/not-collected.eml',
    format: 'not-collected',
    recipients: [['reed@dialup.demon.example.co.uk', '5.4.7', 'failed', 'expired']],
  },
  // the notice names no address: the returned message's To
  {
    file: 'demon/not-collected-unnamed.eml',
    format: 'not-collected',
    recipients: [['reed@dialup.demon.example.co.uk', '5.4.7', 'failed']],
  },
  // "Delivery failed 3 attempts: <address>" (retries ran out: expired) and "undeliverable to
  // <address>"; no status: the X-Mailer's "v2.0.13" of the returned message is a version, not a code
  {
    file: 'imail/smtp32-undeliverable-to.eml',
    format: 'imailserver',
    recipients: [
      ['oscar@slow.example.net', null, 'failed', 'expired'],
      ['pete@down.example.net', null, 'failed'],
    ],
  },
  // "Unknown host: <domain>": the returned message's recipients at that domain
  {
    file: 'imail/smtp32-unknown-host.eml',
    format: 'imailserver',
    recipients: [['rob@nowhere.example.net', '5.1.2', 'failed', 'recipient-domain-invalid']],
  },
  {
    file: 'sendmail/no-message-collected.eml',
    format: 'sendmail',
    recipients: [['abe@remote.example', '4.4.1', 'failed']],
  },
  // Exim marks its bounces "Auto-Submitted: auto-replied": still a bounce
  {
    file: 'exim/filter-fail-auto-replied.eml',
    format: 'exim',
    recipients: [['nia@remote.example', null, 'failed']],
  },
  {
    file: 'exim/filter-reject-auto-replied.eml',
    format: 'exim',
    recipients: [['omar@remote.example', null, 'failed']],
  },
  // Lotus Notes' "Delivery Failure Report": the address on the label's own line
  {
    file: 'domino/delivery-failure-report.eml',
    format: 'domino',
    recipients: [['tara@notes.example.com', '5.1.1', 'failed', 'recipient-unknown']],
  },
  // not IMail's "Undeliverable Mail": the quoted "From: <sender>" is no recipient
  {
    file: 'mailmarshal/user-unknown.eml',
    format: 'mailmarshal',
    recipients: [['lou@remote.example', '5.1.1', 'failed', 'recipient-unknown']],
  },
  // X.400 Final-Recipient: the returned message's To has the person's name
  {
    file: 'rfc3464/x400-final-recipient.eml',
    format: 'rfc3464',
    recipients: [['paula.berger@acme.example.de', '5.1.1', 'failed', 'recipient-unknown']],
  },
  // ... or the rfc822 Original-Recipient says it
  {
    file: 'rfc3464/x400-with-original.eml',
    format: 'rfc3464',
    recipients: [['rolf.meyer@acme.example.de', '5.1.1', 'failed', 'recipient-unknown']],
  },
];

describe('legacy and regional formats', () => {
  test.each(CASES.map((c) => [c.file, c] as const))('%s', (_file, c) => {
    const d = diagnoseFixture(c.file);
    expect(d.kind).toBe('bounce');
    expect(d.format).toBe(c.format);
    expect(d.recipients.map((r) => r.address)).toEqual(c.recipients.map((r) => r[0]));
    c.recipients.forEach(([, status, action, category], i) => {
      const got = d.recipients[i];
      expect(got?.action).toBe(action);
      if (status !== null) expect(got?.status).toBe(status);
      else expect(got?.status ?? null).not.toBe('2.0.13');
      if (category) expect(got?.category).toBe(category);
      expect(got?.evidence.length).toBeGreaterThan(0);
    });
  });
});

// Ordinary mail that talks about deliveries, quotes an error or names addresses: never a bounce.
const ORDINARY = [
  'not-a-bounce/shipping-notice.eml',
  'not-a-bounce/order-shipped.eml',
  'not-a-bounce/newsletter.eml',
  'not-a-bounce/receipt.eml',
  'not-a-bounce/reply-quoting-error.eml',
  'not-a-bounce/calendar-invite.eml',
  'not-a-bounce/dmarc-aggregate-report.eml',
  'not-a-bounce/ci-run-failed.eml',
  'not-a-bounce/password-changed.eml',
];

describe('ordinary messages stay not-a-bounce', () => {
  test.each(ORDINARY)('%s', (file) => {
    const d = diagnoseFixture(file);
    expect(d.kind).toBe('not-a-bounce');
    expect(d.recipients).toEqual([]);
  });
});

test('an auto-reply to a bounce is an auto-reply, whatever it quotes', () => {
  const d = diagnoseFixture('not-a-bounce/auto-reply-to-a-bounce.eml');
  expect(d.kind).toBe('auto-reply');
  expect(d.recipients).toEqual([]);
});
