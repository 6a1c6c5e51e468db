// message-noncompliant: RFC 5322 / MIME violations, bare LF, bad From (../shared/TAXONOMY.md). Every phrase and code of the category, by tier.
import type { Rule } from '../rule';

export const MESSAGE_NONCOMPLIANT: readonly Rule[] = [
  // --- 5.0.x .. 5.6.x
  {
    id: 'exo.5.0.350-x-dg-ref-too-long',
    category: 'message-noncompliant',
    tier: 'provider',
    source:
      'Exchange Online NDR table, learn.microsoft.com/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online (seed 001)',
    phrases: ['x-dg-ref header is too long', 'x-dg-ref'],
    // a Rich Text (TNEF) message carried outside the organization
  },
  {
    id: 'exo.5.1.20-multiple-from',
    category: 'message-noncompliant',
    tier: 'provider',
    source:
      'Exchange Online NDR table, learn.microsoft.com/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online (seed 001)',
    status: ['5.1.20'],
    phrases: ['multiple from', 'sender address'],
  },
  {
    id: 'exo.5.6.11-invalid-characters',
    category: 'message-noncompliant',
    tier: 'provider',
    source:
      'Exchange Online NDR table, learn.microsoft.com/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online (seed 001)',
    status: ['5.6.11'],
    phrases: ['invalid characters', 'bare line feed', 'bare linefeed', 'barelinefeed', 'bare lf'],
  },
  {
    id: 'exo.5.7.512-rfc5322-from',
    category: 'message-noncompliant',
    tier: 'provider',
    source:
      'Exchange Online NDR table, learn.microsoft.com/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online (seed 001)',
    codeAlone: true,
    status: ['5.7.512'],
    phrases: ['5322', 'access denied'],
  },
  {
    id: 'exchange.storedrv-conversion-failed',
    category: 'message-noncompliant',
    tier: 'provider',
    source:
      'Exchange transport component tokens in NDRs (learn.microsoft.com Exchange NDR pages; ../shared/reference/provider-codes.tsv)',
    phrases: ['conversionfailedexception', 'corrupt message content'],
  },
  {
    id: 'exchange-ims.00050311-conversion-failed',
    category: 'message-noncompliant',
    tier: 'provider',
    source:
      'Exchange transport component tokens in NDRs (learn.microsoft.com Exchange NDR pages; ../shared/reference/provider-codes.tsv)',
    phrases: ['(00050311)', '(000502cc)'],
  },
  {
    id: 'text.gmail-rfc5322',
    category: 'message-noncompliant',
    tier: 'fixed',
    source: 'Gmail SMTP error reference, support.google.com/a/answer/3726730',
    phrases: ['not rfc 5322 compliant', 'rfcmessagenoncompliant', 'headers are not rfc compliant'],
    // Gmail and Yahoo say "spam" in the same sentence; the cause is the header format
  },
  // --- the message itself
  {
    id: 'text.noncompliant',
    category: 'message-noncompliant',
    tier: 'words',
    source: "common wording of MTAs' refusals, pre-issue-9 word list (not yet traced row by row)",
    phrases: [
      'rfc 5322',
      'rfc5322',
      'rfc 2822',
      'rfc2822',
      'rfc 822',
      'rfc822',
      'not rfc',
      'bare lf',
      'bare linefeed',
      'header error',
      'invalid header',
      'malformed',
      'missing header',
      'duplicate header',
      'multiple from',
      'invalid from',
      'message-id',
      'syntax error',
      'line too long',
      'non-compliant',
      'noncompliant',
      'not compliant',
      'invalid character',
      '8-bit',
      '8bit',
      'mime',
      'encoding',
      'improper',
      'too many "to"',
      'headers',
    ],
  },
];
