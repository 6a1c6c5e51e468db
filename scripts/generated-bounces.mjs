// Bounces generated for the CLI's bench and the report's screenshot: RFC 3464 reports written
// here (no corpus text), with the causes, domains, reporting MTAs and dates spread the way a
// mailing list's bounce box sees them. Deterministic: the same index gives the same message.

const CAUSES = [
  // weight, status, action, server line (the address is filled in)
  [
    40,
    '5.1.1',
    'failed',
    (a) => `550 5.1.1 <${a}>: Recipient address rejected: User unknown in virtual mailbox table`,
  ],
  [12, '5.2.2', 'failed', () => '552 5.2.2 Mailbox full: quota exceeded'],
  [
    10,
    '5.7.26',
    'failed',
    () => '550 5.7.26 Unauthenticated email is not accepted from this domain (DMARC policy)',
  ],
  [
    8,
    '5.7.1',
    'failed',
    () => '554 5.7.1 Service unavailable; client host [192.0.2.10] blocked using a DNS blocklist',
  ],
  [8, '4.4.1', 'delayed', () => '421 4.4.1 Connection timed out while talking to the remote server'],
  [6, '5.1.2', 'failed', (a) => `550 5.1.2 Host or domain name not found for ${a.split('@')[1]} (NXDOMAIN)`],
  [5, '5.2.1', 'failed', () => '550 5.2.1 This mailbox has been disabled'],
  [4, '5.3.4', 'failed', () => '552 5.3.4 Message size exceeds the fixed maximum message size'],
  [
    3,
    '4.7.0',
    'delayed',
    () => '450 4.7.0 Too many connections from your IP, try again later (rate limited)',
  ],
];
const DOMAINS = [
  ['mail.example.com', 30],
  ['example.net', 18],
  ['post.example.org', 12],
  ['inbox.example', 9],
  ['corp.example.com', 7],
  ['school.example.edu', 5],
  ['shop.example.co.uk', 4],
  ['old-host.example', 3],
];
const MTAS = ['mta1.lists.example.com', 'mta2.lists.example.com', 'relay.lists.example.com'];

/** A pseudo-random number in [0, 1) from an index (a 32-bit hash, so no state is kept). */
function rand(i, salt) {
  let x = Math.imul(i ^ (salt * 0x9e3779b9), 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  x ^= x >>> 16;
  return (x >>> 0) / 4294967296;
}

function pick(list, weight, r) {
  let at = r * list.reduce((s, x) => s + weight(x), 0);
  for (const x of list) {
    if (at < weight(x)) return x;
    at -= weight(x);
  }
  return list[list.length - 1];
}

/**
 * Message i: one failed or delayed recipient. `distinct` gives each message an address of its
 * own (the summary's worst case); otherwise addresses repeat as on a real list.
 */
export function generatedBounce(i, { distinct = true, days = 30, start = Date.UTC(2026, 9, 1) } = {}) {
  const [, status, action, line] = pick(CAUSES, (c) => c[0], rand(i, 1));
  const [domain] = pick(DOMAINS, (d) => d[1], rand(i, 2));
  const user = distinct ? `user${i}` : `member${Math.floor(rand(i, 3) * 400)}`;
  const address = `${user}@${domain}`;
  const mta = MTAS[Math.floor(rand(i, 4) * MTAS.length)];
  // More bounces on later days, as after a list grows.
  const when = new Date(start + Math.floor(Math.sqrt(rand(i, 5)) * days * 86_400_000));
  const text = line(address);
  const boundary = `report-${i}`;
  return [
    `From: Mail Delivery System <MAILER-DAEMON@${mta}>`,
    'To: list-bounces@lists.example.com',
    `Subject: ${action === 'delayed' ? 'Delayed Mail (still being retried)' : 'Undelivered Mail Returned to Sender'}`,
    `Date: ${when.toUTCString().replace('GMT', '+0000')}`,
    `Message-ID: <${i}.bounce@${mta}>`,
    'Auto-Submitted: auto-replied',
    'MIME-Version: 1.0',
    `Content-Type: multipart/report; report-type=delivery-status; boundary="${boundary}"`,
    '',
    `--${boundary}`,
    'Content-Type: text/plain; charset=us-ascii',
    '',
    `This is the mail system at host ${mta}.`,
    '',
    `<${address}>: ${text}`,
    '',
    `--${boundary}`,
    'Content-Type: message/delivery-status',
    '',
    `Reporting-MTA: dns; ${mta}`,
    '',
    `Final-Recipient: rfc822; ${address}`,
    `Action: ${action}`,
    `Status: ${status}`,
    `Diagnostic-Code: smtp; ${text}`,
    '',
    `--${boundary}`,
    'Content-Type: text/rfc822-headers',
    '',
    'From: Lists <news@lists.example.com>',
    `To: ${address}`,
    'Subject: The October newsletter',
    '',
    `--${boundary}--`,
    '',
  ].join('\n');
}
