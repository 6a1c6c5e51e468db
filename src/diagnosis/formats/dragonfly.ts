// DragonFly Mail Agent (dma): "This is the DragonFly Mail Agent v0.13 at host.", one recipient per
// bounce, the remote server's reply, then "Message headers follow." or "Original message follows.".
// Brands: DragonFly Mail Agent (dma, DragonFly BSD and FreeBSD).
import { commandOf } from '../text/smtp-command';
import { bareAddress } from '../text/addresses';
import { dropRepeatedReplyCodes } from '../text/reply-codes';
import { oneLine } from '../text/lines';
import type { BounceFormat, FoundRecipient } from './format';

const OPENING = 'this is the dragonfly mail agent';
const ENDS = ['message headers follow.', 'original message follows.'];
const ERROR_TO = 'there was an error delivering your mail to ';

/**
 * There was an error delivering your mail to <bob@example.net>.
 *
 * mx.example.net [192.0.2.25] did not like our RCPT TO:
 * 550 5.1.1 <bob@example.net>: Recipient address rejected: User unknown
 */
function dragonflyRecipients(body: string): FoundRecipient[] {
  const lower = body.toLowerCase();
  const at = lower.indexOf(ERROR_TO);
  if (at < 0) return [];
  const nl = body.indexOf('\n', at);
  const head = body.slice(at + ERROR_TO.length, nl < 0 ? undefined : nl).trim();
  const address = bareAddress(head.endsWith('.') ? head.slice(0, -1) : head);
  if (!address.includes('@')) return [];
  let end = body.length;
  for (const m of ENDS) {
    const i = lower.indexOf(m, at);
    if (i >= 0 && i < end) end = i;
  }
  const lines = body
    .slice(nl < 0 ? end : nl, end)
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  const liked = lines.findIndex((l) => l.includes(' did not like our '));
  const hostLine = liked >= 0 ? (lines[liked] as string) : '';
  const words = liked >= 0 ? lines.slice(liked + 1) : lines;
  const result: FoundRecipient = {
    address,
    diagnostic: dropRepeatedReplyCodes(oneLine(words.join(' '))),
    remoteMta: hostLine ? (hostLine.split(' ', 1)[0] ?? null) : null,
    command: commandOf(hostLine),
    evidence: lines,
  };
  return [result];
}

/** What it reads: DragonFly Mail Agent (dma) bounces ("This is the DragonFly Mail Agent ...") */
export const dragonfly: BounceFormat = {
  name: 'dragonfly',
  selfEvident: true,
  parse(ctx) {
    if (!ctx.headHas(OPENING, 1000)) return null;
    const recipients = dragonflyRecipients(ctx.body);
    return recipients.length ? { format: 'dragonfly', recipients } : null;
  },
};
