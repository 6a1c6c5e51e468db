// The public shape of a diagnosis. Ids are those of ../shared/TAXONOMY.md: they are the contract
// between the engine, the CLI's JSON, the task pane and the tests.
import type { AuthAnalysis } from './auth/types';

export type { AuthAnalysis, AuthVerdict, DkimOutcome, DmarcOutcome, SpfOutcome } from './auth/types';

export const KINDS = [
  'bounce',
  'delay',
  'delivered',
  'auto-reply',
  'read-receipt',
  'feedback',
  'not-a-bounce',
] as const;
export type Kind = (typeof KINDS)[number];

export const CATEGORIES = [
  'recipient-unknown',
  'recipient-domain-invalid',
  'mailbox-inactive',
  'mailbox-full',
  'recipient-policy',
  'recipient-system',
  'auth-failed',
  'sender-infrastructure',
  'message-noncompliant',
  'reputation-block',
  'rate-limited',
  'content-rejected',
  'message-too-large',
  'sender-blocked',
  'relay-denied',
  'delayed',
  'expired',
  'mail-loop',
  'suppressed',
  'unknown',
] as const;
export type Category = (typeof CATEGORIES)[number];

export const OWNERS = ['sender', 'sender-admin', 'recipient', 'recipient-admin', 'provider', 'none'] as const;
export type Owner = (typeof OWNERS)[number];

export type Action = 'failed' | 'delayed' | 'delivered' | 'relayed' | 'expanded';

/** One line of the message that led to a decision, with where it came from. */
export interface Evidence {
  /** What this line shows, e.g. "status", "diagnostic", "rule", "kind". */
  readonly role: string;
  /** The text, trimmed and capped in length; always plain text, never markup. */
  readonly text: string;
}

/** A category's words in one language: the one-sentence summary (the failed address and its
 *  domain filled in) and the fixes for the user and the admin (category-words.ts has English). */
export interface CategoryWords {
  readonly summary: (address: string, domain: string) => string;
  readonly user: string;
  readonly admin: string;
}

export interface Remediation {
  /** What the person who sent the message can do, in plain words. */
  readonly user: string;
  /** What an email administrator should check or change. */
  readonly admin: string;
  /** Vendor documentation only; never a link taken from the message. */
  readonly links: readonly string[];
}

export interface RecipientDiagnosis {
  readonly address: string;
  readonly action: Action;
  /** Enhanced status code (RFC 3463), e.g. "5.1.1", or null when the message gives none. */
  readonly status: string | null;
  /** Basic SMTP reply code, e.g. "550", or null. */
  readonly replyCode: string | null;
  /** The server's own words, unfolded, as plain text. */
  readonly diagnostic: string;
  readonly remoteMta: string | null;
  readonly category: Category;
  readonly owner: Owner;
  /** The refusal is final: a 5xx reply or 5.x.x status, or a failure without a code (RFC 3463
   *  class 5). A delay or a 4xx is not. */
  readonly final: boolean;
  /**
   * A hard bounce: the refusal is final and the address itself is what is wrong (no such mailbox
   * or domain, or the sending platform's suppression list): a mailing list should drop it. A block,
   * a policy, the content, a full or an inactive mailbox are not: the address is fine, and mail
   * gets through once the cause is fixed (sisimai's hard/soft split, SMTP/Error.pm soft_or_hard).
   */
  readonly permanent: boolean;
  readonly summary: string;
  readonly remediation: Remediation;
  /** Id of the classification rule that decided the category (for tests and for admins). */
  readonly rule: string;
  readonly evidence: readonly Evidence[];
}

export interface OriginalMessage {
  readonly from: string | null;
  readonly to: string | null;
  readonly subject: string | null;
  readonly messageId: string | null;
  readonly date: string | null;
  readonly returnPath: string | null;
  readonly authenticationResults: readonly string[];
  readonly received: readonly string[];
  /** The original header block, unparsed, for the authentication analysis. */
  readonly rawHeaders: string;
}

export interface Diagnosis {
  readonly kind: Kind;
  /** The MTA that wrote the report, when it says. */
  readonly reportingMta: string | null;
  /** Which recognizer read the report ("rfc3464", "exchange", "qmail", ...), or null. */
  readonly format: string | null;
  readonly subject: string | null;
  readonly from: string | null;
  readonly original: OriginalMessage | null;
  readonly recipients: readonly RecipientDiagnosis[];
  /** Why the message got its kind, and anything the engine could not read. */
  readonly evidence: readonly Evidence[];
  /** Notes on what the engine skipped, e.g. a size limit. */
  readonly notes: readonly string[];
  /** SPF/DKIM/DMARC and alignment, read from the original headers (issue 3); null when there is
   *  nothing to read (no auth headers and no auth-failed recipient). */
  readonly auth: AuthAnalysis | null;
  /** Report details for display (Will-Retry-Until, the report's own explanation, the original's
   *  text): readReportExtras() in ./extras, filled by the task pane's engine chunk. */
  readonly extras?: ReportExtras;
}

export interface ReportExtras {
  /** Lower-cased recipient address -> the Will-Retry-Until date as the report gives it. */
  readonly retryUntil: Readonly<Record<string, string>>;
  /** The report's own sentence(s) for the sender, when it has them. */
  readonly explanation: string | null;
  /** The original message's plain text, when the report carries it (capped). */
  readonly originalText: string | null;
}
