// "Not collected" notices: mail held for a customer who collects it by dialling in (Demon
// Internet's demon.co.uk dial-up hosts collected their SMTP mail or, later, fetched it by POP3 from
// the provider's server) and returned to the sender when the customer has not collected it within
// the holding period ("has not been collected ... within 14 days"). The message expired in a
// queue: the registry's X.4.7, "delivery time expired" (RFC 3463).
// Sources: Demon Internet help, "Standard Dial-up POP3 Service" FAQ (demon.com helpdesk, mail FAQ:
// dial-up hosts collect their mail) and "30 Day Mail Deletion Information" (help.demon.net: held
// mail is removed after a period); RFC 3463 X.4.7. The notice's exact words are not in a stored
// source: the recognizer reads the phrase "not collected" and the addresses the text names.
// Brands: Demon Internet and dial-up providers alike.
import { findEnhancedStatus, findReplyCode } from '../text/reply-codes';
import { oneLine } from '../text/lines';
import { findOriginal, originalRecipients } from '../format-helpers/original';
import type { BounceContext, BounceFormat } from './format';
import { excludedAddresses, textRecipients } from '../format-helpers/text-recipients';

const PHRASES = [
  'has not been collected',
  'have not been collected',
  'was not collected',
  'were not collected',
  'not collected within',
];

/** What it reads: held-mail "not collected" notices of dial-up providers (Demon Internet and alike) */
export const notCollected: BounceFormat = {
  name: 'not-collected',
  parse(ctx: BounceContext) {
    const phrase = PHRASES.find((p) => ctx.headHas(p, 4000));
    if (!phrase) return null;
    const section = ctx.section;
    const at = section.toLowerCase().indexOf(phrase);
    if (at < 0) return null;
    // The sentence that says so: from the line start to the next blank line.
    const start = section.lastIndexOf('\n\n', at) + 1;
    const endBlank = section.indexOf('\n\n', at);
    const stop = section.indexOf('. ', at);
    const end = Math.min(endBlank < 0 ? section.length : endBlank, stop < 0 ? section.length : stop + 1);
    const sentence = oneLine(section.slice(start, end)).slice(0, 500);
    const named = textRecipients(ctx.sectionLines, excludedAddresses(ctx));
    // "The following message was not collected by reed": the returned message's To and Cc.
    const found = named.length
      ? named
      : originalRecipients(findOriginal(ctx, ctx.section.length)).map((address) => ({
          address,
          evidence: [`the returned message was addressed to ${address}`],
        }));
    if (!found.length) return null;
    const recipients = found.map((r) => {
      // The sentence alone: the address (a dial-up host's name) is no part of the cause.
      const diagnostic = sentence;
      return {
        ...r,
        diagnostic,
        status:
          findEnhancedStatus(diagnostic) ?? (findReplyCode(diagnostic)?.[0] === '4' ? '4.4.7' : '5.4.7'),
        evidence: [...(r.evidence ?? []), sentence],
      };
    });
    return { format: 'not-collected', recipients };
  },
};
