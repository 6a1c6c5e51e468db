// Delay notices ("still retrying") and the final notices of the same MTAs, each written from the
// MTA's own source or its vendor's pages (sendmail envelope.c and savemail.c, Postfix's bounce
// templates, Exim deliver.c, Courier module.dsn, OpenSMTPD bounce.c, notqmail qmail-send.c, Haraka
// outbound, Stalwart dsn.rs, Apache James DSNBounce, hMailServer, mox and chasquid dsn.go, maddy,
// ZoneMTA email-bounce.js, masqmail's localized templates, Exchange's and IIS's delay texts as their help pages quote them,
// MailEnable's KB): a delay is kind "delay" with its recipients delayed, a give-up is a bounce even
// when it keeps a 4.x status; a delay's category names its cause when the words give one.
import fs from 'node:fs';
import path from 'node:path';
import { diagnose } from '../../src/diagnosis';
import type { Action, Category, Kind } from '../../src/diagnosis/types';

const DIR = path.join(__dirname, '../fixtures/delay-notices');

const CASES: [file: string, mta: string, kind: Kind, recipients: [string, Action, Category][]][] = [
  ['01-sendmail-delay.eml', 'sendmail', 'delay', [['bob@example.org', 'delayed', 'recipient-system']]],
  ['01-sendmail-final.eml', 'sendmail', 'bounce', [['bob@example.org', 'failed', 'expired']]],
  [
    '02-sendmail-nomime-delay.eml',
    'sendmail (SendMimeErrors off)',
    'delay',
    [['bob@example.org', 'delayed', 'rate-limited']],
  ],
  ['03-postfix-delay.eml', 'Postfix', 'delay', [['bob@example.org', 'delayed', 'recipient-system']]],
  ['03-postfix-final.eml', 'Postfix', 'bounce', [['bob@example.org', 'failed', 'expired']]],
  ['04-postfix-greylist-delay.eml', 'Postfix', 'delay', [['bob@example.org', 'delayed', 'rate-limited']]],
  ['05-exim-delay.eml', 'Exim', 'delay', [['bob@example.org', 'delayed', 'rate-limited']]],
  ['05-exim-final.eml', 'Exim', 'bounce', [['bob@example.org', 'failed', 'rate-limited']]],
  ['06-courier-delay.eml', 'Courier', 'delay', [['bob@example.org', 'delayed', 'rate-limited']]],
  ['06-courier-final.eml', 'Courier', 'bounce', [['bob@example.org', 'failed', 'rate-limited']]],
  ['07-opensmtpd-delay.eml', 'OpenSMTPD', 'delay', [['bob@example.org', 'delayed', 'rate-limited']]],
  ['07-opensmtpd-final.eml', 'OpenSMTPD', 'bounce', [['bob@example.org', 'failed', 'expired']]],
  ['08-qmail-final.eml', 'notqmail', 'bounce', [['bob@example.org', 'failed', 'expired']]],
  ['09-haraka-final.eml', 'Haraka', 'bounce', [['bob@example.org', 'failed', 'rate-limited']]],
  ['10-stalwart-delay.eml', 'Stalwart', 'delay', [['bob@example.org', 'delayed', 'rate-limited']]],
  ['10-stalwart-final.eml', 'Stalwart', 'bounce', [['bob@example.org', 'failed', 'rate-limited']]],
  [
    '10-stalwart-mixed.eml',
    'Stalwart',
    'bounce',
    [
      ['bob@example.org', 'delayed', 'rate-limited'],
      ['carol@example.org', 'failed', 'recipient-unknown'],
    ],
  ],
  ['11-james-delay.eml', 'Apache James', 'delay', [['bob@example.org', 'delayed', 'rate-limited']]],
  ['11-james-final.eml', 'Apache James', 'bounce', [['bob@example.org', 'failed', 'rate-limited']]],
  ['12-hmailserver-final.eml', 'hMailServer', 'bounce', [['bob@example.org', 'failed', 'rate-limited']]],
  ['13-mox-delay.eml', 'mox', 'delay', [['bob@example.org', 'delayed', 'rate-limited']]],
  ['13-mox-final.eml', 'mox', 'bounce', [['bob@example.org', 'failed', 'rate-limited']]],
  ['14-chasquid-final.eml', 'chasquid', 'bounce', [['bob@example.org', 'failed', 'rate-limited']]],
  ['15-maddy-final.eml', 'maddy', 'bounce', [['bob@example.org', 'failed', 'rate-limited']]],
  ['16-zonemta-delay.eml', 'ZoneMTA', 'delay', [['bob@example.org', 'delayed', 'rate-limited']]],
  ['16-zonemta-final.eml', 'ZoneMTA', 'bounce', [['bob@example.org', 'failed', 'rate-limited']]],
  ['17-exchange-delay.eml', 'Exchange 2010+/EXO', 'delay', [['bob@example.org', 'delayed', 'rate-limited']]],
  ['17-exchange-final.eml', 'Exchange 2010+/EXO', 'bounce', [['bob@example.org', 'failed', 'expired']]],
  [
    '18-exchange-plain-delay.eml',
    'Exchange (text only)',
    'delay',
    [['bob@example.org', 'delayed', 'rate-limited']],
  ],
  ['19-iis-delay.eml', 'IIS SMTP / Exch. 2003', 'delay', [['bob@example.org', 'delayed', 'delayed']]],
  ['19-iis-final.eml', 'IIS SMTP / Exch. 2003', 'bounce', [['bob@example.org', 'failed', 'expired']]],
  ['20-iis-plain-delay.eml', 'IIS SMTP (text only)', 'delay', [['bob@example.org', 'delayed', 'delayed']]],
  ['21-mailenable-delay.eml', 'MailEnable', 'delay', [['bob@example.org', 'delayed', 'recipient-system']]],
  [
    '22-sendmail-deliverby-delay.eml',
    'sendmail Deliver-By',
    'delay',
    [['bob@example.org', 'delayed', 'delayed']],
  ],
  [
    '22-sendmail-deliverby-final.eml',
    'sendmail Deliver-By',
    'bounce',
    [['bob@example.org', 'failed', 'recipient-system']],
  ],
  [
    '23-postfix-postmaster-delay.eml',
    'Postfix postmaster copy',
    'delay',
    [['bob@example.org', 'delayed', 'recipient-system']],
  ],
  [
    '24-exim-noreason-delay.eml',
    'Exim (errors_to, no reason)',
    'delay',
    [['bob@example.org', 'delayed', 'delayed']],
  ],
  [
    '25-opensmtpd-neterr-delay.eml',
    'OpenSMTPD',
    'delay',
    [['bob@example.org', 'delayed', 'recipient-system']],
  ],
];

test.each(CASES)('%s (%s) is a %s', (file, _mta, kind, recipients) => {
  const d = diagnose(fs.readFileSync(path.join(DIR, file)));
  expect(d.kind).toBe(kind);
  expect(d.recipients.map((r) => [r.address, r.action, r.category])).toEqual(recipients);
});
