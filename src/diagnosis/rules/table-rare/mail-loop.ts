// mail-loop: the phrases of its rows (table/mail-loop.ts) that few bounces have, and its rows all of
// whose phrases are such, loaded on demand (rare-phrases.ts says when). Sources and examples are
// in provenance.ts, by row id.
import { rareRows, type RarePhraseMap } from '../rare-phrases';

export const MAIL_LOOP_RARE: RarePhraseMap = {
  'text.mail-loop': [
    'loop detection',
    'loops back to myself',
    'transfer message to self via smtp',
    'transport found host',
    'nesting limit exceeded',
    'excessive recursion',
  ],
  'exim.mx-points-here': ['lowest numbered mx record points to local host'],
  'exo.5.4.11-agent-depth': ['message depth exceeded'],
};

// Rows every phrase of which is rare: each ships whole here, after the row it follows in
// table/mail-loop.ts.
export const MAIL_LOOP_RARE_ROWS = rareRows('mail-loop', [
  {
    id: 'exchange-ims.00120270-too-many-hops',
    after: 'exo.5.4.14-routing-loop',
    tier: 'provider',
    phrases: ['(00120270)'],
  },
  {
    id: 'james.looping',
    after: 'text.mail-loop',
    tier: 'fixed',
    phrases: ['this message is looping'],
    // James ActionUtils: the message already passed this server (also qmail's "This message is looping")
  },
  {
    id: 'hmailserver.recursive-forwards',
    after: 'exim.mx-points-here',
    tier: 'fixed',
    phrases: ['too many recursive forwards'],
  },
  {
    id: 'cn-mta.looping-message',
    after: 'hmailserver.recursive-forwards',
    tier: 'fixed',
    phrases: ['looping message'],
  },
  {
    id: 'zmailer.loops',
    after: 'exo.5.4.11-agent-depth',
    tier: 'fixed',
    phrases: ['trying to talk with myself', 'sensible limit on the number of'],
  },
  {
    id: 'james.too-many-mappings',
    after: 'zmailer.loops',
    tier: 'fixed',
    phrases: ['too many mappings to process'],
  },
]);
