// suppressed: the sending platform refused to try (../shared/TAXONOMY.md). Every phrase and code of the category, by tier.
import { inCategory, type Rule } from '../rule';

export const SUPPRESSED: readonly Rule[] = inCategory('suppressed', [
  {
    id: 'platform.suppression-notices',
    tier: 'fixed',
    phrases: ['not delivering to a user who marked your messages as spam', 'have been marked as inactive'],
  },
  {
    id: 'ses.address-blacklisted',
    tier: 'fixed',
    phrases: ['message rejected: address blacklisted'],
    // Amazon SES SMTP: the recipient is on SES's suppression list, no blocklist of the sender's IP
  },
  // --- the sending platform refused to try at all
  // --- the big web mail providers and sending services: their own wording, narrower than any
  // generic phrase below (facts from ../shared/reference/provider-codes.tsv; codes that come with
  // their words are in provider-rules.ts)
  // --- MTA families from source code, third pass (issue 9): Courier
  {
    id: 'courier.backscatter-suppression',
    tier: 'fixed',
    also: ['556'],
    phrases: ['address unavailable'],
    // Courier submit.C trackaddress(): delivery to this address failed within two hours, so the
    // sender's own Courier refuses to try again yet (its "backscatter" blacklist); the code is
    // required, as in Courier's other rows: the words alone are too common
  },
  {
    id: 'courier.backscatter-deferral',
    tier: 'fixed',
    also: ['456'],
    phrases: ['address temporarily unavailable'],
    // the same list while the earlier failure was only temporary
  },
  // --- sending platforms (issue 9, rules4)
  {
    id: 'sendgrid.drop-reasons',
    tier: 'fixed',
    phrases: ['bounced address', 'spam reporting address'],
    // SendGrid drops, without trying, mail to an address on one of its suppression lists
  },
]);
