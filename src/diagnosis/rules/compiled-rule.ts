// A rule of the table compiled against a PhraseIndex: its phrases as ids, its status list as a set,
// and the checks that decide it once one scan of the text has said which phrases occur.
import type { PhraseIndex } from '../text/phrase-index';
import type { SmtpCommand } from '../text/smtp-command';
import {
  hostMatches,
  ownDomainMatches,
  replyMatches,
  senderMatches,
  stageMatches,
  statusIn,
  statusIndex,
  type Rule,
  type StatusIndex,
} from './rule';

export interface CompiledRule {
  readonly rule: Rule;
  readonly phrases: readonly number[] | null;
  readonly also: readonly number[] | null;
  readonly status: StatusIndex | null;
}

/** The rule with its phrases given ids in the index (scan() then says which occur). */
export function compileRule(index: PhraseIndex, rule: Rule): CompiledRule {
  return {
    rule,
    phrases: rule.phrases ? rule.phrases.map((p) => index.id(p)) : null,
    also: rule.also ? rule.also.map((p) => index.id(p)) : null,
    status: rule.status ? statusIndex(rule.status) : null,
  };
}

/** What a rule is matched against besides the phrases found. */
export interface MatchInput {
  /** The lower-cased text that was scanned. */
  readonly text: string;
  readonly status: string | null;
  readonly replyCode: string | null;
  /** The lower-cased remote MTA name, when known. */
  readonly host: string | null;
  /** The lower-cased domains of the sender (From, envelope sender) and of the failed recipient. */
  readonly senderDomains: readonly string[];
  readonly recipientDomain: string | null;
  /** The lower-cased reporting MTA, when the report names it (`ownDomain` rows need it). */
  readonly reportingMta?: string | null;
  /** The SMTP step the server refused, when the report names it (`stages` rows need it). */
  readonly command?: SmtpCommand | null;
}

/** Whether rule c's code, reply, host, step and "also" conditions hold (its phrases aside). */
export function conditionsHold(c: CompiledRule, present: Uint8Array, input: MatchInput): boolean {
  if (c.status && (!input.status || !statusIn(c.status, input.status))) return false;
  if (c.also) for (let k = 0; k < c.also.length; k++) if (present[c.also[k] as number] !== 1) return false;
  if (c.rule.reply && !replyMatches(c.rule, input.replyCode)) return false;
  if (c.rule.hosts && !hostMatches(c.rule, input.text, input.host)) return false;
  if (c.rule.stages && !stageMatches(c.rule, input.command)) return false;
  if (c.rule.namesSender && !senderMatches(c.rule, input.text, input.senderDomains, input.recipientDomain))
    return false;
  // ownDomain: the reporting MTA, or the remote MTA that replied, is the recipient's own host: a
  // mail.example.net that answers RCPT TO:<x@example.net> with "550 Unrouteable address" routed the
  // domain and knew no such user (ProtonMail's notice quoting it, pastebin.com/A1AssNjw)
  if (
    c.rule.ownDomain &&
    !ownDomainMatches(c.rule, input.recipientDomain, input.reportingMta) &&
    !ownDomainMatches(c.rule, input.recipientDomain, input.host)
  )
    return false;
  return true;
}

/** ruleMatches(c.rule, input) given present = index.scan(input.text). */
export function compiledMatch(
  index: PhraseIndex,
  c: CompiledRule,
  present: Uint8Array,
  input: MatchInput,
): string | null {
  if (!conditionsHold(c, present, input)) return null;
  if (!c.phrases) return c.rule.status ? (input.status as string) : null;
  for (let k = 0; k < c.phrases.length; k++) {
    const id = c.phrases[k] as number;
    if (present[id] === 1) return index.phrase(id);
  }
  return null;
}
