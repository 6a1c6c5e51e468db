// Bounces written for the CLI tests: RFC 3464 delivery status notifications (multipart/report
// with a message/delivery-status part) built from a few facts, so each test states only what it
// is about. The wording follows RFC 3464's examples and common MTA replies, written here.

export interface FixtureRecipient {
  readonly address: string;
  readonly status: string;
  readonly diagnostic: string;
  readonly action?: 'failed' | 'delayed';
}

export interface FixtureBounce {
  readonly recipients: readonly FixtureRecipient[];
  /** RFC 5322 date of the report; none when null. */
  readonly date: string | null;
  readonly reportingMta: string;
  readonly id?: string;
}

export function dsn(b: FixtureBounce): string {
  const boundary = `b-${b.id ?? 'x'}-report`;
  const human = b.recipients.map((r) => `<${r.address}>: ${r.diagnostic}`).join('\n\n');
  const fields = b.recipients
    .map(
      (r) =>
        `Final-Recipient: rfc822; ${r.address}\nAction: ${r.action ?? 'failed'}\nStatus: ${r.status}\n` +
        `Diagnostic-Code: smtp; ${r.diagnostic}`,
    )
    .join('\n\n');
  return [
    `From: Mail Delivery System <MAILER-DAEMON@${b.reportingMta}>`,
    'To: list-owner@news.example.com',
    'Subject: Undelivered Mail Returned to Sender',
    ...(b.date ? [`Date: ${b.date}`] : []),
    `Message-ID: <${b.id ?? 'x'}@${b.reportingMta}>`,
    'Auto-Submitted: auto-replied',
    'MIME-Version: 1.0',
    `Content-Type: multipart/report; report-type=delivery-status; boundary="${boundary}"`,
    '',
    `--${boundary}`,
    'Content-Type: text/plain; charset=us-ascii',
    '',
    `This is the mail system at host ${b.reportingMta}.`,
    '',
    'Your message could not be delivered to one or more recipients.',
    '',
    human,
    '',
    `--${boundary}`,
    'Content-Type: message/delivery-status',
    '',
    `Reporting-MTA: dns; ${b.reportingMta}`,
    '',
    fields,
    '',
    `--${boundary}`,
    'Content-Type: text/rfc822-headers',
    '',
    'From: Newsletter <news@example.com>',
    `To: ${b.recipients[0]?.address ?? 'nobody@example.org'}`,
    'Subject: Our March newsletter',
    '',
    `--${boundary}--`,
    '',
  ].join('\n');
}

export const UNKNOWN = (address: string): FixtureRecipient => ({
  address,
  status: '5.1.1',
  diagnostic: `550 5.1.1 <${address}>: Recipient address rejected: User unknown in local recipient table`,
});

export const FULL = (address: string): FixtureRecipient => ({
  address,
  status: '5.2.2',
  diagnostic: '552 5.2.2 Mailbox full: quota exceeded',
});

export const LATER = (address: string): FixtureRecipient => ({
  address,
  status: '4.4.1',
  diagnostic: '421 4.4.1 Connection timed out',
  action: 'delayed',
});

/** An mbox of messages (mboxrd "From " separators, each after an empty line). */
export function mbox(messages: readonly string[]): string {
  return messages
    .map((m) => `From MAILER-DAEMON Tue Mar  4 09:12:40 2025\n${m.replace(/\n?$/, '\n')}`)
    .join('\n');
}
