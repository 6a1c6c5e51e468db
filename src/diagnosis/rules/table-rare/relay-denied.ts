// relay-denied: the phrases of its rows (table/relay-denied.ts) that few bounces have, and its rows all of
// whose phrases are such, loaded on demand (rare-phrases.ts says when). Sources and examples are
// in provenance.ts, by row id.
import { rareRows, type RarePhraseMap } from '../rare-phrases';

export const RELAY_DENIED_RARE: RarePhraseMap = {
  'text.relay-denied': [
    'relay prohibited',
    'relaying disallowed',
    'relay.securityaccessdenied',
    'unauthorized relay',
    // smtpf (Barricade MX) reject-uucp-route: a bang path ("host!user@domain") asks the server to
    // relay it on: "550 5.7.1 UUCP addressing denied #132" (smtpf reply list)
    'uucp addressing denied',
  ],
  'smtp.relay-words': ['relaying is prohibited', 'relaying prohibited'],
  'qmail.rcpthosts': ['in my list of allowed rcpthosts'],
  'sisimai.norelaying': ['requires authentication when attempting to send to a non-local e-mail address'],
};

// Rows every phrase of which is rare: each ships whole here, after the row it follows in
// table/relay-denied.ts.
export const RELAY_DENIED_RARE_ROWS = rareRows('relay-denied', [
  // PowerMTA's own category of the reply (X-PowerMTA-BounceCategory, format-helpers/delivery-status.ts):
  // below the server's specific words, above a bare registry code.
  {
    id: 'powermta.relaying-issues',
    after: 'haraka.relay-dest-domain',
    tier: 'code',
    phrases: ['powermta bounce category: relaying-issues'],
  },
  {
    id: 'qmail.relay-thru',
    after: 'trendmicro.forward-path-domain',
    tier: 'fixed',
    phrases: ['allowed to be relayed thru this mta'],
  },
]);
