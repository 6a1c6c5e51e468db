// The category a server's whole reply line gets, as the family tables write their rows: the line,
// its enhanced status code when the report gives one, the reply code the line starts with, and
// the SMTP step its words name.
import { classify } from '../../src/diagnosis/rules/classify';
import type { Category } from '../../src/diagnosis/types';
import { commandOf } from '../../src/diagnosis/text/smtp-command';

/** A table row: a real line, the status the report gives with it, the category it must get. */
export type LineRow = [line: string, status: string | null, category: Category];

export function replyOf(line: string): string | null {
  return /^[245]\d\d\b/.exec(line)?.[0] ?? null;
}

export function categoryOfLine(line: string, status: string | null): Category {
  // The step as the readers find it in a reply's words ("in reply to end of DATA command").
  return classify({
    status,
    replyCode: replyOf(line),
    diagnostic: line,
    delayed: false,
    command: commandOf(line),
  }).category;
}
