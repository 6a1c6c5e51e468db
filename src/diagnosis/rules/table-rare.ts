// The phrases few bounces have, every category's (table-rare/<category>.ts), by row id, and the rows
// all of whose phrases are such: the pane
// loads this module on demand (rare-phrases.ts), the public entry (index.ts) passes it always.
import type { RarePhraseMap, RarePhrases } from './rare-phrases';
import { AUTH_FAILED_RARE, AUTH_FAILED_RARE_ROWS } from './table-rare/auth-failed';
import { CONTENT_REJECTED_RARE, CONTENT_REJECTED_RARE_ROWS } from './table-rare/content-rejected';
import { EXPIRED_RARE, EXPIRED_RARE_ROWS } from './table-rare/expired';
import { MAIL_LOOP_RARE, MAIL_LOOP_RARE_ROWS } from './table-rare/mail-loop';
import { MAILBOX_FULL_RARE, MAILBOX_FULL_RARE_ROWS } from './table-rare/mailbox-full';
import { MAILBOX_INACTIVE_RARE, MAILBOX_INACTIVE_RARE_ROWS } from './table-rare/mailbox-inactive';
import { MESSAGE_NONCOMPLIANT_RARE, MESSAGE_NONCOMPLIANT_RARE_ROWS } from './table-rare/message-noncompliant';
import { MESSAGE_TOO_LARGE_RARE, MESSAGE_TOO_LARGE_RARE_ROWS } from './table-rare/message-too-large';
import { RATE_LIMITED_RARE, RATE_LIMITED_RARE_ROWS } from './table-rare/rate-limited';
import {
  RECIPIENT_DOMAIN_INVALID_RARE,
  RECIPIENT_DOMAIN_INVALID_RARE_ROWS,
} from './table-rare/recipient-domain-invalid';
import { RECIPIENT_POLICY_RARE, RECIPIENT_POLICY_RARE_ROWS } from './table-rare/recipient-policy';
import { RECIPIENT_SYSTEM_RARE, RECIPIENT_SYSTEM_RARE_ROWS } from './table-rare/recipient-system';
import { RECIPIENT_UNKNOWN_RARE, RECIPIENT_UNKNOWN_RARE_ROWS } from './table-rare/recipient-unknown';
import { RELAY_DENIED_RARE, RELAY_DENIED_RARE_ROWS } from './table-rare/relay-denied';
import { REPUTATION_BLOCK_RARE, REPUTATION_BLOCK_RARE_ROWS } from './table-rare/reputation-block';
import { SENDER_BLOCKED_RARE, SENDER_BLOCKED_RARE_ROWS } from './table-rare/sender-blocked';
import {
  SENDER_INFRASTRUCTURE_RARE,
  SENDER_INFRASTRUCTURE_RARE_ROWS,
} from './table-rare/sender-infrastructure';
import { SUPPRESSED_RARE, SUPPRESSED_RARE_ROWS } from './table-rare/suppressed';

const PARTS: readonly RarePhraseMap[] = [
  AUTH_FAILED_RARE,
  CONTENT_REJECTED_RARE,
  EXPIRED_RARE,
  MAIL_LOOP_RARE,
  MAILBOX_FULL_RARE,
  MAILBOX_INACTIVE_RARE,
  MESSAGE_NONCOMPLIANT_RARE,
  MESSAGE_TOO_LARGE_RARE,
  RATE_LIMITED_RARE,
  RECIPIENT_DOMAIN_INVALID_RARE,
  RECIPIENT_POLICY_RARE,
  RECIPIENT_SYSTEM_RARE,
  RECIPIENT_UNKNOWN_RARE,
  RELAY_DENIED_RARE,
  REPUTATION_BLOCK_RARE,
  SENDER_BLOCKED_RARE,
  SENDER_INFRASTRUCTURE_RARE,
  SUPPRESSED_RARE,
];

// Row ids are unique across the table, so the parts never name the same row.
export const RARE_PHRASES: RarePhrases = {
  phrases: Object.assign({}, ...PARTS),
  rows: [
    ...AUTH_FAILED_RARE_ROWS,
    ...CONTENT_REJECTED_RARE_ROWS,
    ...EXPIRED_RARE_ROWS,
    ...MAIL_LOOP_RARE_ROWS,
    ...MAILBOX_FULL_RARE_ROWS,
    ...MAILBOX_INACTIVE_RARE_ROWS,
    ...MESSAGE_NONCOMPLIANT_RARE_ROWS,
    ...MESSAGE_TOO_LARGE_RARE_ROWS,
    ...RATE_LIMITED_RARE_ROWS,
    ...RECIPIENT_DOMAIN_INVALID_RARE_ROWS,
    ...RECIPIENT_POLICY_RARE_ROWS,
    ...RECIPIENT_SYSTEM_RARE_ROWS,
    ...RECIPIENT_UNKNOWN_RARE_ROWS,
    ...RELAY_DENIED_RARE_ROWS,
    ...REPUTATION_BLOCK_RARE_ROWS,
    ...SENDER_BLOCKED_RARE_ROWS,
    ...SENDER_INFRASTRUCTURE_RARE_ROWS,
    ...SUPPRESSED_RARE_ROWS,
  ],
};
