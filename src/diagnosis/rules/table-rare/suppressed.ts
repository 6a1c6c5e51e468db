// suppressed: the phrases of its rows (table/suppressed.ts) that few bounces have, and its rows all of
// whose phrases are such, loaded on demand (rare-phrases.ts says when). Sources and examples are
// in provenance.ts, by row id.
import { rareRows, type RarePhraseMap } from '../rare-phrases';

export const SUPPRESSED_RARE: RarePhraseMap = {
  'platform.suppression-notices': [
    'not delivering to previously bounced address',
    'not delivering to a user who unsubscribed',
    'suppress-bounce',
    'suppress-unsubscribe',
    'suppress-complaint',
  ],
  'sendgrid.drop-reasons': ['unsubscribed address'],
};

// Rows every phrase of which is rare: each ships whole here, after the row it follows in
// table/suppressed.ts.
export const SUPPRESSED_RARE_ROWS = rareRows('suppressed', [
  {
    id: 'text.suppressed',
    after: 'platform.suppression-notices',
    tier: 'fixed',
    phrases: ['suppression list', 'previously bounced', 'recipient is suppressed', 'address was suppressed'],
  },
  {
    id: 'text.ses-suppressed',
    after: 'text.suppressed',
    tier: 'fixed',
    phrases: [
      'bouncesubtype: suppressed',
      'bouncesubtype: onaccountsuppressionlist',
      'has suppressed sending to this address',
    ],
    // Amazon SES did not try: the address is on its global or account suppression list
  },
  {
    id: 'oci.suppression',
    after: 'sendgrid.drop-reasons',
    tier: 'fixed',
    phrases: ['suppression for user'],
  },
  {
    id: 'momentum.discarded-by-policy',
    after: 'oci.suppression',
    tier: 'fixed',
    phrases: ['[internal] discarded by policy', 'address suppressed due to customer policy'],
  },
  {
    // Alibaba Cloud DirectMail refuses to try an address on its invalid-address list ("559 Invalid rcptto")
    // or a known spam trap ("561 Honeypot rcptto [@out060104]"): the platform's own suppression
    id: 'directmail.invalid-address-lists',
    after: 'momentum.discarded-by-policy',
    tier: 'provider',
    phrases: ['invalid rcptto', 'honeypot rcptto'],
    hosts: ['aliyun.com', 'aliyuncs.com'],
  },
]);
