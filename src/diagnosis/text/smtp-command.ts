// The SMTP step a server refused, read from the fixed phrases MTAs write around a reply
// (Postfix "(in reply to RCPT TO command)", Exim "after end of data", qmail "does not like
// recipient", Sendmail ">>> DATA" ...). Plain substring search: linear on any input.
import { PhraseIndex } from './phrase-index';

/** The SMTP step a server refused: "CONN" (greeting), "HELO", "MAIL", "RCPT", "DATA" (end of data included). */
export type SmtpCommand = 'CONN' | 'HELO' | 'MAIL' | 'RCPT' | 'DATA';

export const STAGE_PHRASES: readonly (readonly [string, SmtpCommand])[] = [
  ['in reply to rcpt to command', 'RCPT'],
  ['after rcpt to', 'RCPT'],
  ['after pipelined rcpt to', 'RCPT'],
  ['after rcpt command', 'RCPT'],
  ['following rcpt command', 'RCPT'],
  ['did not like our rcpt to', 'RCPT'],
  ['does not like recipient', 'RCPT'],
  ['>>> rcpt to', 'RCPT'],
  ['in reply to mail from command', 'MAIL'],
  ['after mail from', 'MAIL'],
  ['after pipelined mail from', 'MAIL'],
  ['after mail command', 'MAIL'],
  ['did not like our mail from', 'MAIL'],
  ['but sender was rejected', 'MAIL'],
  ['>>> mail from', 'MAIL'],
  ['in reply to end of data command', 'DATA'],
  ['in reply to data command', 'DATA'],
  ['after end of data', 'DATA'],
  ['after pipelined end of data', 'DATA'],
  ['after pipelined data', 'DATA'],
  ['after data', 'DATA'],
  ['did not like our final data', 'DATA'],
  ['did not like our data', 'DATA'],
  ['failed after i sent the message', 'DATA'],
  ['failed on data command', 'DATA'],
  ['for text command', 'DATA'],
  ['>>> data', 'DATA'],
  ['in reply to helo command', 'HELO'],
  ['in reply to ehlo command', 'HELO'],
  ['but my name was rejected', 'HELO'],
  ['after ehlo', 'HELO'],
  ['after helo', 'HELO'],
  ['but greeting failed', 'CONN'],
  ['after initial connection', 'CONN'],
  ['refused to talk to me', 'CONN'],
];

// One pass over the text says which phrases occur (usually none); only those are then searched
// for their place, where a search per phrase cost thirty-five searches per recipient.
const INDEX = new PhraseIndex();
const IDS = STAGE_PHRASES.map(([phrase]) => INDEX.id(phrase));

/** The refused step named earliest in the text, or null when the text names none. */
export function commandOf(text: string | null | undefined): SmtpCommand | null {
  if (!text) return null;
  const lower = text.slice(0, 20000).toLowerCase();
  const present = INDEX.scan(lower);
  if (INDEX.found.length === 0) return null;
  let best: SmtpCommand | null = null;
  let at = Infinity;
  for (let k = 0; k < STAGE_PHRASES.length; k++) {
    if (present[IDS[k] as number] !== 1) continue;
    const [phrase, command] = STAGE_PHRASES[k] as readonly [string, SmtpCommand];
    const i = lower.indexOf(phrase);
    if (i >= 0 && i < at) {
      at = i;
      best = command;
    }
  }
  return best;
}
