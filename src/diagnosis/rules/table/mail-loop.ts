// mail-loop: routing loop (../shared/TAXONOMY.md). Every phrase and code of the category, by tier.
import { inCategory, type Rule } from '../rule';

export const MAIL_LOOP: readonly Rule[] = inCategory('mail-loop', [
  {
    id: 'exo.5.4.14-routing-loop',
    tier: 'provider',
    status: ['5.4.6', '5.4.14'],
    // Exchange 2003's text for #5.4.6: "A configuration error in the e-mail system caused the
    // message to bounce between two servers or to be forwarded between two recipients" (a forward
    // loop; its "configuration error" is not the destination's)
    phrases: ['hop count exceeded', 'loop', 'bounce between two servers'],
  },
  {
    id: 'exchange.5.3.5-system-incorrectly-configured',
    tier: 'provider',
    status: ['5.3.5'],
    phrases: ['system incorrectly configured'],
  },
  {
    id: 'text.gmail-loop',
    tier: 'fixed',
    phrases: ['may indicate an email loop', 'message exceeded 50 hops'],
  },
  // --- the destination is broken
  {
    id: 'text.mail-loop',
    tier: 'words',
    phrases: [
      'mail loop',
      'loop detected',
      // sendmail domain.c: "MX list for <domain> points back to <host>", its own "loops back"
      'points back to',
      'routing loop',
      'too many hops',
      'hop count exceeded',
      // "exceeded the maximum number of hops", before broad.count-limit
      'number of hops',
      'too many "received"',
      'too many received',
      'mail forwarding loop',
      'loop count',
      'email loop',
      'forwarded more than the maximum allowed times',
    ],
  },
  // --- MTA families from source code, third pass (issue 9): Apache James
  // --- MTA families from source code, third pass (issue 9): Haraka
  {
    id: 'haraka.delivered-to',
    tier: 'fixed',
    phrases: ['invalid delivered-to header content'],
    // haraka-plugin-headers: the message already carries Delivered-To for this very recipient
  },
  // --- MTA families from source code, third pass (issue 9): Postfix
  {
    id: 'postfix.alias-loop',
    tier: 'fixed',
    phrases: ['alias database loop for'],
  },
  // --- MTA families from source code, third pass (issue 9): Exim
  {
    id: 'exim.mx-points-here',
    tier: 'fixed',
    phrases: ['remote host address is the local host'],
    // Exim routers/rf_self_action.c: the recipient domain's MX leads back to this very server (as
    // Postfix's "loops back to myself"): a routing loop, not a missing domain
  },
  // --- by MTA family (issue 9, second pass)
  // --- mail providers (issue 9, rules4)
  {
    // Lotus Notes/Domino: the message passed through too many servers
    id: 'sisimai.notes-hop-count',
    tier: 'fixed',
    phrases: ['exceeded maximum hop count'],
  },
  {
    // Exchange: transport agents kept generating the message from itself (a loop)
    id: 'exo.5.4.11-agent-depth',
    tier: 'provider',
    status: ['5.4.11'],
    codeAlone: true,
    phrases: [],
  },
]);
