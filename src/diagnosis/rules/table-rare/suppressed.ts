// suppressed: the phrases of its rows (table/suppressed.ts) that few bounces have, loaded on demand
// (rare-phrases.ts says when). Sources and examples are in provenance.ts, by row id.
import type { RarePhrases } from '../rare-phrases';

export const SUPPRESSED_RARE: RarePhrases = {
  'platform.suppression-notices': [
    'not delivering to previously bounced address',
    'not delivering to a user who unsubscribed',
    'suppress-bounce',
    'suppress-unsubscribe',
    'suppress-complaint',
  ],
  'text.suppressed': [
    'suppression list',
    'previously bounced',
    'recipient is suppressed',
    'address was suppressed',
  ],
  'text.ses-suppressed': [
    'bouncesubtype: suppressed',
    'bouncesubtype: onaccountsuppressionlist',
    'has suppressed sending to this address',
  ],
  'sendgrid.drop-reasons': ['unsubscribed address'],
  'oci.suppression': ['suppression for user'],
  'momentum.discarded-by-policy': [
    '[internal] discarded by policy',
    'address suppressed due to customer policy',
  ],
};
