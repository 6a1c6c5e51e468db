// Status codes come from their proper places: a version number is not one.
import { findEnhancedStatus } from '../../src/diagnosis/text/reply-codes';

test.each([
  ['X-Mailer: <SMTP32 v2.0.13>', null],
  ['Mailer v5.1.1 build 7', null],
  ['path /4.4.7/ in a URL', null],
  ['550 5.1.1 <bob@example.net>: User unknown', '5.1.1'],
  ['550-5.7.1 [192.0.2.1] blocked', '5.7.1'],
  ['#5.1.1 smtp;550 5.1.1 not found', '5.1.1'],
  ['(reason: 4.4.7 expired)', '4.4.7'],
  ['Status: 5.2.2', '5.2.2'],
  ['host 192.0.2.55 said', null],
])('%s', (text, want) => expect(findEnhancedStatus(text)).toBe(want));
