// fml, a Japanese mailing-list manager: it returns a post it refuses ("You bob@example.net are not
// member (cats ML)") with an X-MLServer header. The refused destination is the list itself.
// Brands: fml (mailing-list manager).
import { findAddresses } from '../text/addresses';
import { oneLine } from '../text/lines';
import type { BounceFormat } from './format';

/**
 * What it reads: fml mailing-list refusals (X-MLServer: fml, "You are not a member of this mailing
 * list")
 */
/**
 * fml's own header; or, in a forward that kept only From/Sent/To/Subject, its subject ("You
 * bob@example.net are not member (cats ML)") with its refusal's first line.
 */
function isFml(mlServer: string, subject: string, firstLine: string): boolean {
  if (mlServer.toLowerCase().startsWith('fml')) return true;
  const s = subject.toLowerCase();
  return (
    s.includes(' are not member (') &&
    s.trimEnd().endsWith(' ml)') &&
    firstLine.toLowerCase().startsWith('you are not a member of this mailing list')
  );
}

export const fml: BounceFormat = {
  name: 'fml',
  selfEvident: true,
  parse(ctx) {
    const lines = ctx.body
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean)
      .slice(0, 4);
    if (!isFml(ctx.headers.get('x-mlserver') ?? '', ctx.subject, lines[0] ?? '')) return null;
    // "You are not a member of this mailing list <cats@example.org>."
    const sender = new Set(findAddresses(ctx.headers.get('to') ?? '').map((a) => a.toLowerCase()));
    const list =
      lines.flatMap((l) => findAddresses(l)).find((a) => !sender.has(a.toLowerCase())) ??
      findAddresses(ctx.headers.get('list-post') ?? ctx.headers.get('x-ml-name') ?? '')[0] ??
      findAddresses(ctx.from)[0];
    if (!list || lines.length === 0) return null;
    const diagnostic = oneLine(`${ctx.subject} ${lines[0] ?? ''}`);
    return { format: 'fml', recipients: [{ address: list, diagnostic, evidence: lines.slice(0, 1) }] };
  },
};
