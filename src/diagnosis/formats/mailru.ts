// Mail.Ru's bounces (mailer-daemon@*.mail.ru, "Mail failure."): Exim underneath, so a Russian
// paragraph, then Exim's English one, each failed address on its own indented line and the
// reason on the more indented lines below it:
//   This message was created automatically by mail delivery software.
//   ...
//     someone@example.org
//       SMTP error from remote mail server after RCPT TO:<someone@example.org>:
//       host mx.example.org [192.0.2.9]: 550 5.1.1 <someone@example.org>... User unknown
// Brands: Mail.Ru (mail.ru, bk.ru, inbox.ru, list.ru).
import { commandOf } from '../text/smtp-command';
import type { BounceFormat, FoundRecipient } from './format';
import { fromMentions, hasDsnRecipients } from '../format-helpers/provider-text';
import { lineIndex } from '../text/lines';

const ENGLISH = 'this message was created automatically by mail delivery software';

function indent(line: string): number {
  return line.length - line.trimStart().length;
}

/** "mx.example.org" from "host mx.example.org [192.0.2.9]: 550 ...". */
function remoteHost(text: string): string | null {
  const m = /\bhost ([\w.-]{1,255}) \[/.exec(text);
  return m ? (m[1] ?? null) : null;
}

/**
 * What it reads: Mail.Ru bounces ("Mail failure."), Exim-style address blocks after a Russian
 * notice
 */
export const mailru: BounceFormat = {
  name: 'mailru',
  parse(ctx) {
    if (!fromMentions(ctx, ['mail.ru', 'smailru.net'])) return null;
    if (hasDsnRecipients(ctx)) return null;
    const all = ctx.sectionLines;
    // Both paragraphs list the same addresses; the English one is Exim's own wording.
    const en = lineIndex(all, [ENGLISH]);
    const lines = en >= 0 ? all.slice(en + 1) : all;
    const recipients: FoundRecipient[] = [];
    let current: { r: FoundRecipient; depth: number; words: string[] } | null = null;
    const close = () => {
      if (!current) return;
      const text = current.words.join(' ');
      current.r.diagnostic = text;
      current.r.remoteMta = remoteHost(text);
      current.r.command = commandOf(text);
      current.r.evidence = current.words.slice(0, 8);
      current = null;
    };
    for (const line of lines) {
      const t = line.trim();
      if (t.startsWith('------')) break;
      // An address alone on an indented line starts a recipient (Exim may add "(generated from ...)").
      const first = t.split(/\s/, 1)[0] ?? '';
      if (
        indent(line) > 0 &&
        first.includes('@') &&
        !first.includes(':') &&
        /^[^\s<>()]{1,254}$/.test(first)
      ) {
        close();
        // No action: Mail.Ru also sends Exim's delay warning ("Warning: message ... delayed", sisimai
        // Lhost/MailRu.pm), and the notice's words decide between the two, as for Exim's own.
        const r: FoundRecipient = { address: first };
        recipients.push(r);
        current = { r, depth: indent(line), words: [] };
        continue;
      }
      if (!current) continue;
      // A line at the margin after the reason began is the reason's rest, re-wrapped by a relay.
      const wrapped = indent(line) === 0 && current.words.length > 0;
      if (t === '' || (indent(line) <= current.depth && !wrapped)) {
        close();
        continue;
      }
      current.words.push(t);
    }
    close();
    return recipients.length ? { format: 'mailru', reportingMta: null, recipients } : null;
  },
};
