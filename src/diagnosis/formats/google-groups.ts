// Google Groups' refusal to take a post, sent from Gmail's mailer-daemon in the language of the
// sender's account. The group address is in X-Failed-Recipients; the body explains, e.g.
//   Hello someone@example.net,
//   We're writing to let you know that the group you tried to contact (team-x) may not exist, or
//   you may not have permission to post messages to the group. ...
//   Google Groups
// Only the English text can be read by the classifier, so a localized notice gets Google's meaning
// in English in front of its own words (the original lines stay in the evidence).
// Brands: Google Groups.
import type { BounceContext, BounceFormat } from './format';
import { findOriginal, originalRecipients } from '../format-helpers/original';
import {
  failedRecipientsHeader,
  fromMentions,
  hasDsnRecipients,
  linesUntil,
} from '../format-helpers/provider-text';

const MEANING =
  'Google Groups: the group may not exist, or you may not have permission to post messages to the group.';

/**
 * What it reads: Google Groups notices that a post was refused (group missing, no permission to
 * post, spam)
 */
export const googleGroups: BounceFormat = {
  name: 'google-groups',
  parse(ctx) {
    if (!fromMentions(ctx, ['googlemail.com', 'google.com', 'googlegroups.com'])) return null;
    if (hasDsnRecipients(ctx)) return null;
    const section = ctx.section;
    if (!section.includes('groups.google.com') && !section.includes('Google Groups')) return null;
    const header = failedRecipientsHeader(ctx);
    const addresses = header.length ? header : groupInOriginal(ctx);
    if (addresses.length === 0) return null;
    // The first line greets the sender; the explanation follows up to the signature or the copy.
    const lines = ctx.sectionLines.map((l) => l.trim());
    const first = lines.findIndex((l) => l !== '');
    const text = linesUntil(
      lines,
      first + 1,
      (l) => l.startsWith('-----') || l === 'Google Groups',
      30,
    ).filter((l) => l !== '');
    const own = text.slice(0, 8).join(' ');
    const lower = own.toLowerCase();
    const english =
      lower.includes('permission to post') || lower.includes('rejected') || lower.includes('spam');
    const diagnostic = english ? own : `${MEANING} ${own}`;
    return {
      format: 'google-groups',
      reportingMta: null,
      recipients: addresses.map((address) => ({
        address,
        action: 'failed',
        diagnostic,
        evidence: text.slice(0, 8),
      })),
    };
  },
};

/**
 * Without X-Failed-Recipients (a person forwarded the notice inline, which keeps no such header):
 * the returned message's To or Cc address whose name is the group the notice names in brackets,
 * "the group you tried to contact (team-x)", "die Gruppe (vorstand)"; Japanese writes full-width
 * brackets "グループ（team-x）", Chinese corner brackets "「team-x」群組".
 */
const BRACKETS: readonly (readonly [string, string])[] = [
  ['(', ')'],
  ['\uff08', '\uff09'],
  ['\u300c', '\u300d'],
];

function groupInOriginal(ctx: BounceContext): string[] {
  const head = ctx.section.slice(0, 2000);
  let open = -1;
  let closer = ')';
  for (const [o, c] of BRACKETS) {
    const at = head.indexOf(o);
    if (at >= 0 && (open < 0 || at < open)) [open, closer] = [at, c];
  }
  const close = open < 0 ? -1 : head.indexOf(closer, open);
  if (close < 0 || close - open > 100) return [];
  const group = head
    .slice(open + 1, close)
    .trim()
    .toLowerCase();
  if (!group) return [];
  return originalRecipients(findOriginal(ctx, ctx.section.length)).filter(
    (a) => a.slice(0, a.lastIndexOf('@')).toLowerCase() === group,
  );
}
