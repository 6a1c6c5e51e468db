// Postfix bounces: "This is the mail system at host mx.example.net." (or "This is the Postfix
// program at host ..."), a text part with one paragraph per recipient, and usually a
// delivery-status part. The text adds what the DSN leaves out: the remote host and the SMTP step
// ("(in reply to RCPT TO command)"). Also Postfix's postmaster notice ("Postfix SMTP server:
// errors from ..."), a session transcript of In:/Out: lines.
// Brands: Postfix.
import { commandOf } from '../text/smtp-command';
import { oneLine } from '../text/lines';
import type { BounceContext, BounceFormat, FoundRecipient } from './format';
import { reportWithDsn } from './rfc3464';

const OPENINGS = ['this is the mail system at host', 'this is the postfix program at host'];

/** Postfix before 2.3 wrote "This is the <mail_name> program at host <myhostname>." (bounce.c),
 *  and sites rename mail_name ("This is the Internet on Line ESMTP server program at host"); the
 *  name may wrap the sentence onto a second line. */
function renamedOpening(ctx: BounceContext): boolean {
  if (!ctx.headHas('program at host', 3000)) return false;
  const head = ctx.head(3000);
  const at = head.indexOf('this is the ');
  if (at < 0 || (at > 0 && head[at - 1] !== '\n')) return false;
  return head
    .slice(at, at + 200)
    .replace(/\s+/g, ' ')
    .includes(' program at host ');
}

/** A site's bounce_template_file may rename the host sentence (Proton Mail's Postfix: "This is the
 *  mail system at ProtonMail."); the report's X-Postfix-Queue-ID (bounce_notify_util.c) says whose. */
function templatedOpening(ctx: BounceContext): boolean {
  return (
    ctx.headHas('this is the mail system at ', 3000) &&
    ctx.deliveryStatus.some((d) => /^x-postfix-queue-id:/im.test(d))
  );
}

/**
 * The report section's lines: one paragraph per recipient, continued by indented lines:
 *   <bob@example.net> (expanded from <team@example.org>): host mx.example.net[192.0.2.7] said:
 *       550 5.1.1 <bob@example.net>: Recipient address rejected: User unknown (in reply to
 *       RCPT TO command)
 */
function postfixParagraphs(lines: readonly string[]): FoundRecipient[] {
  const out: FoundRecipient[] = [];
  let cur: { address: string; lines: string[] } | null = null;
  const close = () => {
    if (cur) out.push(paragraphRecipient(cur.address, cur.lines));
    cur = null;
  };
  for (const line of lines) {
    const head = line.startsWith('<') ? paragraphHead(line) : null;
    if (head) {
      close();
      cur = { address: head.address, lines: [head.rest] };
    } else if (cur && line.trim() !== '' && (line.startsWith(' ') || line.startsWith('\t'))) {
      cur.lines.push(line.trim());
    } else if (cur && line.trim() === '') {
      close();
    } else if (cur) {
      // Some relays unfold the paragraph: an unindented continuation until the blank line.
      cur.lines.push(line.trim());
    }
  }
  close();
  return out;
}

/** "<addr>: rest" or "<addr> (expanded from <alias>): rest". */
function paragraphHead(line: string): { address: string; rest: string } | null {
  const close = line.indexOf('>');
  if (close < 2 || close > 400) return null;
  const address = line.slice(1, close);
  if (!address.includes('@') && !address.includes('|') && !address.startsWith('/')) return null;
  let after = line.slice(close + 1);
  if (after.startsWith(' (expanded from <')) {
    const end = after.indexOf('>)');
    if (end < 0) return null;
    after = after.slice(end + 2);
  }
  if (!after.startsWith(':')) return null;
  return { address, rest: after.slice(1).trim() };
}

function paragraphRecipient(address: string, lines: string[]): FoundRecipient {
  const text = oneLine(lines.join(' '));
  const said = text.indexOf(' said: ');
  const refused = text.indexOf(' refused to talk to me: ');
  let remoteMta: string | null = null;
  let diagnostic = text;
  const cut = said >= 0 ? said : refused;
  if (cut >= 0 && text.startsWith('host ')) {
    const host = text.slice(5, cut);
    const bracket = host.indexOf('[');
    remoteMta = bracket > 0 ? host.slice(0, bracket) : host;
    diagnostic = text.slice(cut + (said >= 0 ? 7 : 24));
  }
  return { address, diagnostic, remoteMta, command: commandOf(text), evidence: lines.length ? [text] : [] };
}

/**
 * The postmaster notice: the recipient is the RCPT TO of the transcript, the error the last
 * refusal the server sent.
 *    In:  RCPT TO:<bob@example.net>
 *    Out: 451 4.3.0 Error: queue file write error
 */
function transcriptRecipients(body: string): FoundRecipient[] {
  const lines = body.split('\n');
  const rcpts: string[] = [];
  let error: string | null = null;
  let lastCommand: string | null = null;
  let errorCommand: string | null = null;
  for (const raw of lines) {
    const line = raw.trim();
    if (line.startsWith('In:')) {
      const cmd = line.slice(3).trim();
      lastCommand = cmd.toUpperCase();
      if (lastCommand.startsWith('RCPT TO:')) {
        const lt = cmd.indexOf('<');
        const gt = cmd.indexOf('>', lt);
        if (lt >= 0 && gt > lt) rcpts.push(cmd.slice(lt + 1, gt));
      }
    } else if (line.startsWith('Out:')) {
      const reply = line.slice(4).trim();
      if (reply.startsWith('4') || reply.startsWith('5')) {
        error = reply;
        errorCommand = lastCommand;
      }
    }
  }
  if (!error || rcpts.length === 0) return [];
  const command = errorCommand?.startsWith('RCPT')
    ? 'RCPT'
    : errorCommand?.startsWith('MAIL')
      ? 'MAIL'
      : 'DATA';
  return rcpts.map((address) => ({
    address,
    diagnostic: error as string,
    command,
    evidence: [error as string],
  }));
}

/**
 * What it reads: Postfix bounces ("This is the mail system at host ...", before 2.3 "This is the
 * <mail_name> program at host ...") and postmaster notices ("<mail_name> SMTP server: errors from ...")
 */
export const postfix: BounceFormat = {
  name: 'postfix',
  selfEvident: true,
  parse(ctx: BounceContext) {
    // "<mail_name> SMTP server: errors from ..." (smtpd_chat.c): mail_name is Postfix unless renamed
    if (ctx.subjectLower.includes(' smtp server: errors from ')) {
      if (!ctx.headHas('transcript of session follows', 3000)) return null;
      const recipients = transcriptRecipients(ctx.body);
      return recipients.length ? { format: 'postfix', recipients } : null;
    }
    if (!OPENINGS.some((o) => ctx.headHas(o, 3000)) && !renamedOpening(ctx) && !templatedOpening(ctx)) {
      return null;
    }
    const text = postfixParagraphs(ctx.sectionLines);
    return reportWithDsn(ctx, 'postfix', text);
  },
};
