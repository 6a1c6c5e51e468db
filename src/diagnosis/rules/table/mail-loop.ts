// mail-loop: routing loop (../shared/TAXONOMY.md). Every phrase and code of the category, by tier.
import type { Rule } from '../rule';

export const MAIL_LOOP: readonly Rule[] = [
  {
    id: 'exo.5.4.14-routing-loop',
    category: 'mail-loop',
    tier: 'provider',
    status: ['5.4.6', '5.4.14'],
    phrases: ['routing loop', 'hop count exceeded', 'loop'],
  },
  {
    id: 'exchange-ims.00120270-too-many-hops',
    category: 'mail-loop',
    tier: 'provider',
    phrases: ['(00120270)'],
  },
  {
    id: 'exchange.5.3.5-system-incorrectly-configured',
    category: 'mail-loop',
    tier: 'provider',
    status: ['5.3.5'],
    phrases: ['system incorrectly configured'],
  },
  {
    id: 'text.gmail-loop',
    category: 'mail-loop',
    tier: 'fixed',
    phrases: ['may indicate an email loop', 'message exceeded 50 hops'],
  },
  // --- the destination is broken
  {
    id: 'text.mail-loop',
    category: 'mail-loop',
    tier: 'words',
    phrases: [
      'mail loop',
      'loop detected',
      'loops back to myself',
      'routing loop',
      'too many hops',
      'hop count exceeded',
      'too many "received"',
      'too many received',
      'mail forwarding loop',
      'loop count',
    ],
  },
  // --- by MTA family (issue 9, second pass)
  {
    id: 'hmailserver.recursive-forwards',
    category: 'mail-loop',
    tier: 'fixed',
    phrases: ['too many recursive forwards'],
  },
  // --- mail providers (issue 9, rules4)
  {
    id: 'cn-mta.looping-message',
    category: 'mail-loop',
    tier: 'fixed',
    phrases: ['looping message'],
  },
];
