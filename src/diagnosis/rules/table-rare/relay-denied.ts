// relay-denied: the phrases of its rows (table/relay-denied.ts) that few bounces have, loaded on demand
// (rare-phrases.ts says when). Sources and examples are in provenance.ts, by row id.
import type { RarePhrases } from '../rare-phrases';

export const RELAY_DENIED_RARE: RarePhrases = {
  'text.relay-denied': [
    'relay prohibited',
    'relaying disallowed',
    'relay.securityaccessdenied',
    'unauthorized relay',
  ],
  'smtp.relay-words': ['relaying is prohibited', 'relaying prohibited'],
  'qmail.rcpthosts': ['in my list of allowed rcpthosts'],
  'sisimai.norelaying': ['requires authentication when attempting to send to a non-local e-mail address'],
  'qmail.relay-thru': ['allowed to be relayed thru this mta'],
};
