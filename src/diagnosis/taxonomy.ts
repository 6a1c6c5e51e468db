// Default fix-it owner per category (../shared/TAXONOMY.md). Evidence may override it.
import type { Category, Owner } from './types';

export const DEFAULT_OWNER: Readonly<Record<Category, Owner>> = {
  'recipient-unknown': 'sender',
  'recipient-domain-invalid': 'sender',
  'mailbox-inactive': 'sender',
  'mailbox-full': 'recipient',
  'recipient-policy': 'recipient-admin',
  'recipient-system': 'recipient-admin',
  'auth-failed': 'sender-admin',
  'sender-infrastructure': 'sender-admin',
  'message-noncompliant': 'sender-admin',
  'reputation-block': 'sender-admin',
  'rate-limited': 'sender-admin',
  'content-rejected': 'sender',
  'message-too-large': 'sender',
  'sender-blocked': 'sender-admin',
  'relay-denied': 'sender-admin',
  delayed: 'none',
  expired: 'recipient-admin',
  'mail-loop': 'sender-admin',
  suppressed: 'sender',
  unknown: 'sender-admin',
};
