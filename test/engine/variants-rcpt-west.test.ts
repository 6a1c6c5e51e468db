// Recipient-side refusals of the big Western mailbox providers as whole bounces (not lines): no such
// user, disabled or inactive, over quota, a recipient receiving too fast, a group that only takes
// authenticated senders, Directory-Based Edge Blocking. Each reply sits where a real sending MTA puts
// it (Postfix wrapped at 80 columns, Exim line by line, sendmail's first-line-only reason, qmail,
// Exchange, 1&1, one.com, Gmail and Yahoo as writers), sometimes beside another provider's reply.
// Fixtures: test/fixtures/variants/rcpt-west. The comment above each row names its source.
import { checkFixture, recipientRows, type FixtureCase, type RecipientRow } from './fixture-cases';

const DIR = 'variants/rcpt-west/';

const bounce = (file: string, format: string, ...rows: RecipientRow[]): FixtureCase => ({
  file: DIR + file,
  kind: 'bounce',
  format,
  recipients: recipientRows(rows),
});

const CASES: FixtureCase[] = [
  // Gmail NoSuchUser wrapped by Postfix (pastebin.com/DPUU80Xa); Outlook.com '550 5.5.0 Requested action not taken: mailbox unavailable. [DB5EUR01FT039...]' (pastebin.com/r35f04G9)
  bounce(
    '01-postfix-gmail-nosuchuser-and-outlook-mailbox-unavailable.eml',
    'postfix',
    ['salah.ed@example.net', '5.1.1', 'recipient-unknown', 'sender'],
    ['nadia.g@example.org', '5.5.0', 'recipient-unknown', 'sender'],
  ),
  // Gmail '550-5.2.1 The email account that you tried to reach is inactive. ... ?p=DisabledUser' (github.com/sisimai/p5-sisimai/issues/510, a Postfix log line), in Exim's layout (pastebin.com/FP0idj8Q)
  bounce('02-exim-gmail-5.2.1-inactive-disabled-user.eml', 'exim', [
    'mika.t@example.net',
    '5.2.1',
    'mailbox-inactive',
    'sender',
  ]),
  // sendmail's reason line keeps only the reply's first line, then '503 5.5.1 RCPT first' (pastebin.com/1ikpagNB)
  bounce('03-sendmail-gmail-nosuchuser-reason-first-line-only.eml', 'sendmail', [
    'callie.s@example.net',
    '5.1.1',
    'recipient-unknown',
    'sender',
  ]),
  // Gmail '452 4.2.2 The email account that you tried to reach is over quota. ... ?p=OverQuotaTemp' (ActiveCampaign smtp-field-manual data/codes/452.json, google)
  {
    file: DIR + '04-postfix-delay-gmail-4.2.2-over-quota-temp.eml',
    kind: 'delay',
    format: 'postfix',
    recipients: [
      {
        address: 'bob@example.net',
        status: '4.2.2',
        category: 'delayed',
        owner: 'none',
        cause: { category: 'mailbox-full', owner: 'recipient' },
      },
    ],
  },
  // Gmail '450 4.2.1 The user you are trying to contact is receiving mail at a rate that prevents ...' (smtp-field-manual data/codes/450.json; Google Workspace 'Gmail SMTP errors and codes' page)
  {
    file: DIR + '05-postfix-delay-gmail-4.2.1-receiving-rate.eml',
    kind: 'delay',
    format: 'postfix',
    recipients: [
      {
        address: 'ops.pager@example.net',
        status: '4.2.1',
        category: 'delayed',
        owner: 'none',
        cause: { category: 'rate-limited', owner: 'sender' },
      },
    ],
  },
  // Gmail '550 5.2.1 The user you are trying to contact is receiving mail at a rate ... ?p=ReceivingRatePerm' (smtp-field-manual data/codes/550.json, google): 5.2.1 is not 'disabled' here
  bounce('06-exim-gmail-5.2.1-receiving-rate-perm.eml', 'exim', [
    'helpdesk@example.org',
    '5.2.1',
    'rate-limited',
    'sender',
  ]),
  // Yahoo '554 30 Sorry, your message to x cannot be delivered. This mailbox is disabled (554.30).' after '(expanded from <...>)' (github.com/moneymanagerex/android-money-manager-ex/issues/1517)
  bounce('07-postfix-yahoo-554.30-mailbox-disabled-expanded-from.eml', 'postfix', [
    'dev.team@example.net',
    '5.0.0',
    'mailbox-inactive',
    'sender',
  ]),
  // Yahoo 'dd Sorry your message to x cannot be delivered. This account has been disabled or discontinued [#102].' (pastebin.com/myPzc1kw, an Exim log); 'dd x is no longer valid. [-20]' (smtp-field-manual data/codes/554.json, yahoo)
  bounce(
    '08-exim-yahoo-disabled-or-discontinued-and-no-longer-valid.eml',
    'exim',
    ['mailyn.e@example.net', '5.2.1', 'mailbox-inactive', 'sender'],
    ['besana.m@example.net', '5.2.1', 'mailbox-inactive', 'sender'],
  ),
  // iCloud '550 5.1.1 <x>: user does not exist' and '552 5.2.2 <x>: user is overquota' (smtp-field-manual data/codes/550.json, 552.json, apple)
  bounce(
    '09-postfix-icloud-user-does-not-exist-and-overquota.eml',
    'postfix',
    ['ann.lee@example.net', '5.1.1', 'recipient-unknown', 'sender'],
    ['ben.ortiz@example.net', '5.2.2', 'mailbox-full', 'recipient'],
  ),
  // Comcast '550 5.1.1 Not our Customer' in an Exim 4.62 bounce (pastebin.com/jsKzESvf); '552 5.1.1 <x> recipient rejected - extended quota violation' (smtp-field-manual data/codes/552.json, comcast)
  bounce(
    '10-exim-comcast-not-our-customer-and-extended-quota.eml',
    'exim',
    ['scarp.n@example.net', '5.1.1', 'recipient-unknown', 'sender'],
    ['r.wells@example.net', '5.1.1', 'mailbox-full', 'recipient'],
  ),
  // Free '550 5.2.1 This mailbox has been blocked due to inactivity' and '554 5.2.2 <x>: Recipient address rejected: Quota exceeded (mailbox for user is full)' (smtp-field-manual data/codes/550.json, 554.json, free)
  bounce(
    '11-postfix-free-blocked-inactivity-and-quota-exceeded.eml',
    'postfix',
    ['jean.dupont@example.net', '5.2.1', 'mailbox-inactive', 'sender'],
    ['marie.curie@example.net', '5.2.2', 'mailbox-full', 'recipient'],
  ),
  // Orange 'OFR_416 Invalid recipient' and 'OFR_417 Recipient overquota' (smtp-field-manual data/codes/550.json, 552.json, orange): a 5.1.1 that is a full mailbox
  bounce(
    '12-exim-orange-ofr416-invalid-and-ofr417-overquota.eml',
    'exim',
    ['paul.martin@example.net', '5.1.1', 'recipient-unknown', 'sender'],
    ['claire.roux@example.net', '5.1.1', 'mailbox-full', 'recipient'],
  ),
  // Gmail (2012) quoting Yahoo '554 554 delivery error: dd This user doesn't have a yahoo.com account (x) [-5] ... (state 18).' (pastebin.com/pcbCuiy9)
  bounce('13-gmail-yahoo-dd-no-yahoo-account-state18.eml', 'gmail', [
    'brony.d@example.net',
    '5.1.1',
    'recipient-unknown',
    'sender',
  ]),
  // Exchange 2013 quoting Office 365 Directory-Based Edge Blocking '550 5.4.1 [x]: Recipient address rejected: Access denied [CY1GCC01FT007...]' (pastebin.com/32NXKByX)
  bounce('14-exchange2013-office365-5.4.1-recipient-address-rejected-access-denied.eml', 'exchange', [
    'trinika.lemon@example.org',
    '5.4.1',
    'recipient-unknown',
    'sender',
  ]),
  // '#< #5.7.133 smtp;550 5.7.133 RESOLVER.RST.SenderNotAuthenticatedForGroup; ...> #SMTP#' (markgossa.com 2015/11) in Exchange's 'Delivery has failed to these recipients or groups' layout (pastebin.com/jVyYnDKZ)
  bounce('15-exchange-group-5.7.133-sender-not-authenticated-for-group.eml', 'exchange', [
    'finance@example.org',
    '5.7.133',
    'recipient-policy',
    'recipient-admin',
  ]),
  // qmail: EarthLink '550 x...User account is overquota' and AT&T WorldNet '553 5.3.0 <x>... 550 worldnet addressee unknown' (pastebin.com/MMGUFmXp)
  bounce(
    '16-qmail-earthlink-overquota-and-worldnet-addressee-unknown.eml',
    'qmail',
    ['david.c@example.net', '5.2.2', 'mailbox-full', 'recipient'],
    ['dave.cast@example.org', '5.3.0', 'recipient-unknown', 'sender'],
  ),
  // 1&1 (kundenserver) layout with Gmail's session id wrapped onto its own line (pastebin.com/0cZqF3PD, gedRumE1); web.de 'mailbox unavailable' (pastebin.com/w1pJdgj1)
  bounce(
    '17-kundenserver-gmail-nosuchuser-wrapped-id-and-webde-unavailable.eml',
    'gmx',
    ['sermo.p@example.net', '5.1.1', 'recipient-unknown', 'sender'],
    ['raiiny@example.org', '5.1.1', 'recipient-unknown', 'sender'],
  ),
  // one.com (Halon) '<x> failed: gmx.at:' then the reply on its own line (pastebin.com/hBABeMZD)
  bounce('18-onecom-halon-gmx-mailbox-unavailable.eml', 'postfix', [
    'snow.streak@example.net',
    '5.0.0',
    'recipient-unknown',
    'sender',
  ]),
  // AT&T '550 5.2.1 <X@PRODIGY.NET>... Addressee unknown, relay=[ip]' (text beats 5.2.1) and GMX '552 Requested mail action aborted: exceeded storage allocation Quota exceeded.' (smtp-field-manual data/codes/550.json att, 552.json gmx)
  bounce(
    '19-postfix-att-addressee-unknown-and-gmx-exceeded-storage.eml',
    'postfix',
    ['JOHN.DOE@EXAMPLE.NET', '5.2.1', 'recipient-unknown', 'sender'],
    ['lena.k@example.org', '5.0.0', 'mailbox-full', 'recipient'],
  ),
  // Comcast '452 4.1.1 <x> too many recent messages; Try again later' and '452 4.1.1 <x> user over quota' (smtp-field-manual data/codes/452.json, comcast): 4.1.1 is not an address problem here
  {
    file: DIR + '20-postfix-delay-comcast-too-many-recent-and-over-quota.eml',
    kind: 'delay',
    format: 'postfix',
    recipients: [
      {
        address: 'gary.h@example.net',
        status: '4.1.1',
        category: 'delayed',
        owner: 'none',
        cause: { category: 'rate-limited', owner: 'sender-admin' },
      },
      {
        address: 'linda.p@example.net',
        status: '4.1.1',
        category: 'delayed',
        owner: 'none',
        cause: { category: 'mailbox-full', owner: 'recipient' },
      },
    ],
  },
  // Comcast '550 5.1.1 <x> recipient mailbox unallocated' and '550 5.2.0 <x> - Recipient unavailable' (smtp-field-manual data/codes/550.json, comcast)
  bounce(
    '21-exim-comcast-mailbox-unallocated-and-recipient-unavailable.eml',
    'exim',
    ['tom.b@example.net', '5.1.1', 'recipient-unknown', 'sender'],
    ['sue.w@example.net', '5.2.0', 'recipient-unknown', 'sender'],
  ),
  // Yahoo as writer: 'Message expired for domain ... Remote host said: 450 4.2.1 User is receiving mail too quickly [RCPT_TO]' (pastebin.com/rJxfcyvj): the cause, not just 'expired'
  bounce('22-yahoo-message-expired-user-receiving-too-quickly.eml', 'yahoo', [
    'marc.d@example.net',
    '4.2.1',
    'rate-limited',
    'sender',
  ]),
  // Outlook.com '554 5.2.122 The recipient has exceeded their limit for the number of messages they can receive per hour.' (smtp-field-manual data/codes/554.json, outlook)
  bounce('23-postfix-outlook-5.2.122-recipient-hourly-limit.eml', 'postfix', [
    'kai.m@example.net',
    '5.2.122',
    'rate-limited',
    'sender',
  ]),
  // Yahoo '552 1 Requested mail action aborted, mailbox not found' (smtp-field-manual data/codes/552.json, yahoo): a 552 that is neither size nor quota
  bounce('24-postfix-yahoo-552-mailbox-not-found.eml', 'postfix', [
    'old.customer@example.net',
    '5.0.0',
    'recipient-unknown',
    'sender',
  ]),
];

describe('recipient-side refusals of Western mailbox providers, as whole bounces', () => {
  it.each(CASES)('$file', (c) => checkFixture(c));
});
