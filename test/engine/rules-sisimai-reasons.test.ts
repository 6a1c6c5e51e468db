// sisimai's reason lists (libsisimai-perl 4.25, lib/Sisimai/Reason/*.pm) hold the fixed wordings
// that MTAs and providers write for each cause. Each row is one of those wordings inside an SMTP
// reply of the kind that carries it, and the category Bounce Lens gives; where it differs from
// sisimai's reason (its mail loops are "systemerror", its SPF refusals "blocked"), the taxonomy
// decides. Addresses and hosts are invented.
import { categoryOfLine, type LineRow } from './rule-lines';

type Row = LineRow;

const REASONS: Record<string, Row[]> = {
  'Blocked.pm': [
    ['554 5.7.1 Rejected due to a poor email reputation score', '5.7.1', 'reputation-block'],
    [
      '554 5.7.1 Your access to submit messages to this e-mail system has been rejected',
      '5.7.1',
      'reputation-block',
    ],
    ['550 extreme bad ip profile', null, 'reputation-block'],
    ['554 Server access forbidden by your IP 192.0.2.1', null, 'reputation-block'],
    ['550 Dynamic/zombied/spam IPs blocked', null, 'reputation-block'],
    ['550 You are sending spam', null, 'reputation-block'],
    ['550 Refused - see https://blocklist.example.net/lookup?ip=192.0.2.1', null, 'reputation-block'],
    ['550 5.7.1 Bad DNS PTR resource record', '5.7.1', 'sender-infrastructure'],
    ['550 Invalid IP for sending mail of domain example.com', null, 'sender-infrastructure'],
    ['550 Unresolvable relay host name', null, 'sender-infrastructure'],
    ['421 Connection was dropped by remote host', null, 'recipient-system'],
  ],
  'ContentError.pm': [
    ['554 This message contain improperly-formatted binary content', null, 'message-noncompliant'],
  ],
  'PolicyViolation.pm and Filtered.pm': [
    ['550 You have been blocked by the recipient', null, 'recipient-policy'],
    ['550 Posting by non-member to a members-only list', null, 'recipient-policy'],
    [
      '550 The email address used to send your message is not subscribed to this group',
      null,
      'recipient-policy',
    ],
    ['550 5.7.1 Message bounced due to organizational settings', '5.7.1', 'recipient-policy'],
    ['550 5.7.1 Because the recipient is not accepting mail with attachments', '5.7.1', 'recipient-policy'],
    [
      '552 5.7.0 This message was blocked because its content presents a potential security issue',
      '5.7.0',
      'content-rejected',
    ],
  ],
  'SpamDetected.pm': [
    ['550 Mail appears to be unsolicited', null, 'content-rejected'],
    ['554 Your message failed several antispam checks', null, 'content-rejected'],
    ['550 rejected: SpamAssassin score 12.3 too high', null, 'content-rejected'],
    ['554 Your email breaches local URIBL policy', null, 'content-rejected'],
    ['550 Message refused by MailMarshal SpamProfiler', null, 'content-rejected'],
    ['550 This message was rejected by Recurrent Pattern Detection System', null, 'content-rejected'],
    ['554 Message rejected because of unacceptable content', null, 'content-rejected'],
  ],
  'HostUnknown.pm': [
    ['550 Mail domain mentioned in email address is unknown', null, 'recipient-domain-invalid'],
  ],
  'NetworkError.pm and SystemError.pm': [
    ['451 Malformed name server reply', null, 'recipient-system'],
    ['451 Temporary local problem - please try later', null, 'recipient-system'],
  ],
  'UserUnknown.pm': [
    ['550 bob@example.org is not an active address at this host', null, 'recipient-unknown'],
    ['550 This email address is wrong or no longer valid', null, 'recipient-unknown'],
    ['553 sorry, your envelope recipient has been denied (#5.7.1)', null, 'recipient-unknown'],
  ],
  'Suspend.pm': [['550 Recipient rejected: Temporarily inactive', null, 'mailbox-inactive']],
  'MailboxFull.pm': [
    ['552 Mail file size exceeds the maximum size allowed for mail delivery', null, 'mailbox-full'],
    ['552 Mailbox exceeded the local limit', null, 'mailbox-full'],
  ],
  'ExceedLimit.pm': [['552 Message header size exceeds limit', null, 'message-too-large']],
  'NoRelaying.pm': [
    [
      '550 This mail server requires authentication when attempting to send to a non-local e-mail address',
      null,
      'relay-denied',
    ],
    ['553 sorry, that domain isnt in my list of allowed rcpthosts (#5.7.1)', null, 'relay-denied'],
    ["550 We don't handle mail for example.org", null, 'relay-denied'],
  ],
  'TooManyConn.pm': [['421 Trop de connexions, veuillez réessayer plus tard', null, 'rate-limited']],
  'SecurityError.pm': [['554 Account not subscribed to SES', null, 'sender-blocked']],
  'Expired.pm': [
    ['554 Could not find a gateway for bob@example.org', null, 'expired'],
    ['Delivery failed 3 attempts', null, 'expired'],
  ],
};

describe.each(Object.entries(REASONS))('%s', (_file, rows) => {
  test.each(rows)('%s', (line, status, category) => {
    expect(categoryOfLine(line, status)).toBe(category);
  });
});
