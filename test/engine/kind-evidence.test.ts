// The evidence for a report that is not a bounce names what was seen: a multipart/report's type,
// a report part, an SES complaint, Apple's unsubscribe header or ARF fields in plain text (not
// "multipart/report" for all of them).
import { diagnoseFixture } from './fixture-cases';

test.each([
  ['arf/abuse-report.eml', 'feedback', 'feedback report (multipart/report)'],
  ['mail-reports/dmarc-failure-text.eml', 'feedback', 'feedback report (ARF fields in plain text)'],
  ['arf/apple-unsubscribe.eml', 'feedback', 'unsubscribe request (X-Apple-Unsubscribe: true)'],
  ['amazon-ses/complaint.eml', 'feedback', 'feedback report (Amazon SES complaint notification)'],
])('%s: %s, because of the %s', (file, kind, why) => {
  const d = diagnoseFixture(file);
  expect([d.kind, d.evidence.filter((e) => e.role === 'kind').map((e) => e.text)]).toEqual([kind, [why]]);
});
