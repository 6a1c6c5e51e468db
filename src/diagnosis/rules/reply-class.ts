// The sixth tier: the basic reply code alone, when neither words nor an enhanced code say more.
// RFC 5321 section 4.2 gives each code one meaning; RFC 7504 adds 521/556 (a domain that takes no
// mail), RFC 4954 the 53x authentication replies. Codes that cover several causes (554 "transaction
// failed", 451 "local error") name none: those stay "unknown" with their class.
import type { Category } from '../types';
import type { Rule } from './rule';

const BY_REPLY: Readonly<Record<string, Rule>> = {
  '421': { id: 'class.reply-421', category: 'recipient-system' },
  '450': { id: 'class.reply-450', category: 'recipient-system' },
  '452': { id: 'class.reply-452', category: 'mailbox-full' },
  '500': { id: 'class.reply-500', category: 'sender-infrastructure' },
  '501': { id: 'class.reply-501', category: 'sender-infrastructure' },
  '502': { id: 'class.reply-502', category: 'sender-infrastructure' },
  '503': { id: 'class.reply-503', category: 'sender-infrastructure' },
  '504': { id: 'class.reply-504', category: 'sender-infrastructure' },
  '521': { id: 'class.reply-521', category: 'recipient-domain-invalid' },
  '530': { id: 'class.reply-530', category: 'sender-blocked' },
  '535': { id: 'class.reply-535', category: 'sender-blocked' },
  '550': { id: 'class.reply-550', category: 'recipient-unknown' },
  '551': { id: 'class.reply-551', category: 'recipient-unknown' },
  '552': { id: 'class.reply-552', category: 'mailbox-full' },
  '553': { id: 'class.reply-553', category: 'recipient-unknown' },
  '556': { id: 'class.reply-556', category: 'recipient-domain-invalid' },
};

/** The rule for a bare reply code, or null when the code names no single cause. */
export function replyClassRule(replyCode: string | null): Rule | null {
  return replyCode ? (BY_REPLY[replyCode] ?? null) : null;
}

// The codes whose one meaning is narrow enough to settle a tie of cue words: storage (452, 552) and
// a domain that takes no mail (521, 556). 550 "mailbox unavailable" or 421 "service not available"
// say too little to outweigh words.
const NARROW = new Set(['452', '552', '521', '556']);

/** The category a narrow reply code means, for the cue words; null for the broad ones. */
export function replyCueCategory(replyCode: string | null): Category | null {
  return replyCode && NARROW.has(replyCode) ? (BY_REPLY[replyCode]?.category ?? null) : null;
}
