// fml, a Japanese mailing-list manager: it returns a post it refuses ("You bob@example.net are not
// member (cats ML)") with an X-MLServer header, and warns the list's maintainer (cats-admin@) of the
// posts it drops, with the post under "Original mail as follows:" (fml4 kern/fml.pl WarnE). The
// refused destination is the list itself.
// Brands: fml (mailing-list manager).
// Source: go-sisimai lhost/via-fml.go (X-MLServer, From "-admin@", the titles); fml4 kern/fml.pl.
import { findAddresses } from '../text/addresses';
import { oneLine } from '../text/lines';
import type { BounceFormat } from './format';

/**
 * The maintainer's warnings (kern/fml.pl WarnE): the subject's title, the body's first words, and
 * what it means in words the classifier reads. "Spam mail from a spammer is rejected" is the list's
 * own reject list of addresses ($REJECT_ADDR_LIST), not a verdict on the content, so its title is
 * left out of the words.
 */
const TITLES: readonly (readonly [string, string, string])[] = [
  // "Loop Alert: dup X-ML-Info:" ("fml <list> has detected a loop condition so that"),
  // "Loop Alert: Duplicated Message-ID" ("Duplicated Message-ID in <list>.")
  ['loop alert: ', '', 'mail loop detected'],
  ['loop back warning: ', 'loop back warning: ', 'mail loop detected'],
  // "WARNING: UNIX FROM Loop": the envelope sender is the maintainer itself
  ['unix from loop', 'unix from[', 'mail loop detected'],
  ['spam mail from a spammer is rejected', 'reject spammers:', 'the sender is on the list reject list'],
  ['not member article from', 'not member article from', 'you are not member'],
];

/**
 * fml's own header; or, in a forward that kept only From/Sent/To/Subject, its subject ("You
 * bob@example.net are not member (cats ML)") with its refusal's first line.
 */
function isFml(mlServer: string, subject: string, firstLine: string): boolean {
  if (mlServer.toLowerCase().startsWith('fml')) return true;
  const s = subject.toLowerCase();
  // A forward keeps the subject: the maintainer's warnings end with the list's "(cats ML)" ($ML_FN),
  // and begin with the warning's own words.
  const first = firstLine.toLowerCase();
  const loop = first.startsWith('fml <') || first.startsWith('duplicated message-id in <');
  if (
    s.trimEnd().endsWith(' ml)') &&
    TITLES.some(([t, w]) => s.includes(t) && (w ? first.startsWith(w) : loop))
  )
    return true;
  // "reject mail from:<list>": "rejected since 'from' header / may cause mail loop."
  if (s.startsWith('reject mail ') && first.startsWith('rejected since ')) return true;
  return (
    s.includes(' are not member (') &&
    s.trimEnd().endsWith(' ml)') &&
    firstLine.toLowerCase().startsWith('you are not a member of this mailing list')
  );
}

/** "cats-admin@lists.example.org" sends the maintainer's warnings: the list is "cats@...". */
function listOfMaintainer(from: string): string | undefined {
  const a = findAddresses(from)[0];
  const at = a ? a.indexOf('-admin@') : -1;
  return a && at > 0 ? `${a.slice(0, at)}${a.slice(at + 6)}` : undefined;
}

/**
 * What it reads: fml mailing-list refusals (X-MLServer: fml, "You are not a member of this mailing
 * list") and its warnings to the list's maintainer (loops, non-member posts, rejected senders)
 */
export const fml: BounceFormat = {
  name: 'fml',
  selfEvident: true,
  parse(ctx) {
    // The notice's first lines, not the post under "Original mail as follows:".
    const all = ctx.body.split('\n').map((l) => l.trim());
    const end = all.findIndex((l) => l.startsWith('Original mail as follows'));
    const lines = (end < 0 ? all : all.slice(0, end)).filter(Boolean).slice(0, 4);
    if (!isFml(ctx.headers.get('x-mlserver') ?? '', ctx.subject, lines[0] ?? '')) return null;
    // "You are not a member of this mailing list <cats@example.org>.", "fml <cats@example.org> has
    // detected a loop condition"; a warning that names only the poster ("NOT MEMBER article from
    // bob@example.net") is the maintainer's, whose address names the list.
    const sender = new Set(findAddresses(ctx.headers.get('to') ?? '').map((a) => a.toLowerCase()));
    const named = lines.flatMap((l) => findAddresses(l)).filter((a) => !sender.has(a.toLowerCase()));
    const list =
      named.find((a) => lines.some((l) => l.includes(`<${a}>`))) ??
      listOfMaintainer(ctx.from) ??
      named[0] ??
      findAddresses(ctx.headers.get('list-post') ?? ctx.headers.get('x-ml-name') ?? '')[0] ??
      findAddresses(ctx.from)[0];
    if (!list || lines.length === 0) return null;
    const subject = ctx.subjectLower;
    const meaning = TITLES.find(([t]) => subject.includes(t))?.[2];
    const diagnostic = oneLine(
      meaning ? `${meaning}: ${lines[0] ?? ''}` : `${ctx.subject} ${lines[0] ?? ''}`,
    );
    return { format: 'fml', recipients: [{ address: list, diagnostic, evidence: lines.slice(0, 1) }] };
  },
};
