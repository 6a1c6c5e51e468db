// A positive DSN is not a failure: nothing to classify, nobody must act.
import { diagnose } from '../../src/diagnosis';

const DSN = (action: string, status: string) =>
  [
    'From: Mail Delivery System <mailer-daemon@mx.example.net>',
    'To: pat@example.com',
    'Subject: Successful Mail Delivery Report',
    'Content-Type: multipart/report; report-type=delivery-status; boundary="b"',
    '',
    '--b',
    'Content-Type: text/plain',
    '',
    'Your message was successfully delivered to the destination(s) listed below.',
    '',
    '--b',
    'Content-Type: message/delivery-status',
    '',
    'Reporting-MTA: dns; mx.example.net',
    '',
    'Final-Recipient: rfc822; lou@example.org',
    `Action: ${action}`,
    `Status: ${status}`,
    '',
    '--b--',
    '',
  ].join('\n');

test.each([
  ['delivered', '2.0.0'],
  ['relayed', '2.0.0'],
  ['expanded', '2.0.0'],
])('Action: %s', (action, status) => {
  const d = diagnose(DSN(action, status));
  expect(d.kind).toBe('delivered');
  const r = d.recipients[0];
  expect(r).toMatchObject({ action, owner: 'none', permanent: false, rule: 'class.delivered' });
  expect(r?.summary).toBe(`The message was ${action} to lou@example.org; nothing failed.`);
});
