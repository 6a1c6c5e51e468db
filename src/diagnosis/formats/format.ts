// The contract every bounce-format recognizer follows: look cheaply, give up early, and return
// what the report says per recipient. Classification happens later, in one place.
import type { LocalizedWords } from '../text/localized';
import type { Headers } from '../mime/headers';
import type { Mail } from '../mime/structure';
import type { SmtpCommand } from '../text/smtp-command';
import type { Action } from '../types';

export type { SmtpCommand };

export interface FoundRecipient {
  address: string;
  action?: Action | null;
  status?: string | null;
  replyCode?: string | null;
  /** The server's words for this recipient. */
  diagnostic?: string;
  remoteMta?: string | null;
  /**
   * The SMTP step the server refused, when the report says: "CONN" (greeting), "HELO", "MAIL",
   * "RCPT", "DATA" (end of data included). It tells a refused sender from a refused recipient.
   */
  command?: SmtpCommand | null;
  /** Lines of the message that show this recipient's failure. */
  evidence?: string[];
}

/** A recognizer's id, which is the name of its file in formats/ (formats-contract.test.ts checks):
 *  what Diagnosis.format says. 'text' is also the fallback readings' (fallback-recipients.ts). */
export type FormatId =
  | 'alias-service'
  | 'app-rejection'
  | 'amazon-ses'
  | 'aol'
  | 'apachejames'
  | 'chinese-text'
  | 'communigate'
  | 'compuserve'
  | 'courier'
  | 'delivery-errors'
  | 'domino'
  | 'dragonfly'
  | 'exchange'
  | 'exim'
  | 'ezweb'
  | 'fml'
  | 'gmail'
  | 'gmx'
  | 'google-groups'
  | 'groupwise'
  | 'imailserver'
  | 'interscanmss'
  | 'kddi'
  | 'list-manager'
  | 'mailenable'
  | 'mailfoundry'
  | 'mailman'
  | 'mailmarshal'
  | 'mailscanner'
  | 'mailru'
  | 'mdaemon'
  | 'messagingserver'
  | 'mfilter'
  | 'mimedefang'
  | 'not-collected'
  | 'nullmailer'
  | 'opensmtpd'
  | 'postal'
  | 'postfix'
  | 'qmail'
  | 'rfc3464'
  | 'sendmail'
  | 'sieve-reject'
  | 'smartermail'
  | 'technical-details'
  | 'text'
  | 'trendmicro'
  | 'trouble-delivering'
  | 'verizon'
  | 'yahoo'
  | 'zoho';

export interface FoundReport {
  readonly format: FormatId;
  readonly reportingMta?: string | null;
  readonly recipients: FoundRecipient[];
  /** The notice gives one reason for all its recipients (none has lines of its own): its words
   *  are each one's, however many. */
  readonly oneReason?: boolean;
}

/** What recognizers read: the message, already scanned and decoded once. */
export interface BounceContext {
  readonly mail: Mail;
  readonly headers: Headers;
  /** Decoded Subject, "" when absent. */
  readonly subject: string;
  /** Lower-case From address line. */
  readonly from: string;
  /** Text of the message's own text parts (not of attached messages), quote marks removed. */
  readonly body: string;
  /** Contents of message/delivery-status parts. */
  readonly deliveryStatus: readonly string[];
  /** The words with letters past ASCII the lists extend themselves with (text/localized.ts):
   *  none unless the call passed them. */
  readonly localized: LocalizedWords;

  // Views of the above, computed once per message on first use and shared by the recognizers.
  /** subject.toLowerCase() */
  readonly subjectLower: string;
  /** body.toLowerCase() */
  readonly bodyLower: string;
  /** body.slice(0, chars).toLowerCase() */
  head(chars: number): string;
  /** body.slice(start).toLowerCase() */
  lowerFrom(start: number): string;
  /** head(chars).includes(phrase) for a lower-case phrase: a refusal is usually a few table
   *  lookups, not a search. Without `chars`, the whole body. */
  headHas(phrase: string, chars?: number): boolean;
  /** False only when head(chars) surely lacks the lower-case phrase: the lookups alone, never a
   *  search (for a caller that searches itself). */
  mayHave(phrase: string, chars?: number): boolean;
  /** reportSection(body): the report, before the returned original message. */
  readonly section: string;
  /** section.split('\n'), shared: read, never modify. */
  readonly sectionLines: readonly string[];
  /** compute() once per message: a reading that several recognizers or kind.ts ask for (the SES
   *  notification, whether the DSN names recipients). It lives as long as the context, one call. */
  memo<T>(key: MemoKey<T>, compute: () => T): T;
}

/** Names one memo of the context; made once per kind of reading, at module level. */
export interface MemoKey<T> {
  readonly name: string;
  /** Never set: ties the key to the type of its value. */
  readonly value?: T;
}

export function memoKey<T>(name: string): MemoKey<T> {
  return { name };
}

// What a recognizer reads is said in the "What it reads:" comment above it, not in a field: a
// string there would ride along in the pane's engine chunk for no reader (1.4 KB gzipped).
export interface BounceFormat {
  readonly name: FormatId;
  /**
   * True when the recognizer's own markers prove that a mail system wrote the message, so it is
   * tried even when the subject and sender show no sign of a bounce (a Verizon or fml rejection).
   */
  readonly selfEvident?: boolean;
  parse(ctx: BounceContext): FoundReport | null;
}
