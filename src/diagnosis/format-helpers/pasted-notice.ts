// A mail system's notice pasted into a person's message: the message's own words (above the
// thread it quotes) and whether they hold a notice's own lines. kind.ts reads a reply that pastes
// one as the bounce it carries; the generic text reader then reads its recipients as a notice's.
import { memoKey, type BounceContext } from '../formats/format';
import { withLocalized } from '../text/localized';
import { ownLabels } from './exchange-text';

// Where a person's reply or forward starts the quoted message: Outlook's separators, the
// attribution lines of mail clients ("On ... wrote:", "Am ... schrieb ...:", "Le ... a écrit :").
const QUOTE_STARTS = [
  '-----original message-----',
  "-----message d'origine-----",
  '-----mensaje original-----',
  '________________________________',
  ' wrote:',
  ' schrieb ',
  ' schrieb:',
  ' ha scritto:',
  ' schreef ',
  ' skrev:',
  ' escreveu:',
  '-----mensagem original-----',
  '-----messaggio originale-----',
  '-----oorspronkelijk bericht-----',
];
const quoteStarts = withLocalized(QUOTE_STARTS, (words) => words.quoteStarts);
const QUOTE_SEARCH = 20000;

/** A reply's own words: the lines before the one its quoted message starts on (null without a quote). */
export function ownText(ctx: BounceContext): string | null {
  const head = ctx.head(QUOTE_SEARCH);
  let at = -1;
  for (const q of quoteStarts(ctx.localized)) {
    if (!ctx.mayHave(q, QUOTE_SEARCH)) continue;
    const i = head.indexOf(q);
    if (i >= 0 && (at < 0 || i < at)) at = i;
  }
  if (at < 0) return null;
  return at === 0 ? '' : head.slice(0, head.lastIndexOf('\n', at) + 1);
}

// Lines only a mail system writes in its notice: Postfix bounce_template.c ("This is the mail system
// at host", "please include this problem report"), qmail-send ("This is the qmail-send program",
// "This is a permanent error; I've given up."), Exim deliver.c ("created automatically by mail
// delivery software.", "following address(es) failed"), sendmail savemail.c ("The original message
// was received at", "permanent fatal errors", "Transcript of session follows"), Exchange ("Remote
// Server returned" and its labels in every language). Two of them in a reply's own words, above any
// quoted thread, are a notice the person pasted to pass it on ("See below, why?"): the reply is read
// as the bounce it carries, like a notice pasted into a new message (lookalikes2/12) or forwarded.
// One alone is a person quoting a line to explain it (lookalikes2/14).
const PASTED_NOTICE_LINES = [
  'this is the mail system at host',
  'please include this problem report',
  'this is the qmail-send program',
  "this is a permanent error; i've given up",
  'created automatically by mail delivery software.',
  'following address(es) failed',
  'the original message was received at',
  'permanent fatal errors',
  'transcript of session follows',
  'remote server returned',
];

/** Whether the message's own words (above any quoted thread) hold two lines only a mail system's
 *  notice has. */
export function pastesNotice(ctx: BounceContext): boolean {
  // Asked by the kind and by the generic text reader: answered once per message.
  return ctx.memo(PASTES_NOTICE, () => {
    const own = ownText(ctx) ?? ctx.head(QUOTE_SEARCH);
    const lines = [...PASTED_NOTICE_LINES, ...ownLabels(ctx.localized)];
    return lines.filter((l) => own.includes(l)).length >= 2;
  });
}

const PASTES_NOTICE = memoKey<boolean>('own words paste a notice');
