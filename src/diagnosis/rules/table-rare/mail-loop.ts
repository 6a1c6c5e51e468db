// mail-loop: the phrases of its rows (table/mail-loop.ts) that few bounces have, loaded on demand
// (rare-phrases.ts says when). Sources and examples are in provenance.ts, by row id.
import type { RarePhrases } from '../rare-phrases';

export const MAIL_LOOP_RARE: RarePhrases = {
  'text.mail-loop': [
    'loop detection',
    'loops back to myself',
    'transfer message to self via smtp',
    'transport found host',
    'nesting limit exceeded',
    'excessive recursion',
  ],
  'james.looping': ['this message is looping'],
  'exim.mx-points-here': ['lowest numbered mx record points to local host'],
  'hmailserver.recursive-forwards': ['too many recursive forwards'],
  'cn-mta.looping-message': ['looping message'],
  'exo.5.4.11-agent-depth': ['message depth exceeded'],
  'zmailer.loops': ['trying to talk with myself', 'sensible limit on the number of'],
  'james.too-many-mappings': ['too many mappings to process'],
};
