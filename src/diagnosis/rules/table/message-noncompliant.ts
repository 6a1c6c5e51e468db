// message-noncompliant: RFC 5322 / MIME violations, bare LF, bad From (../shared/TAXONOMY.md). Every phrase and code of the category, by tier.
import type { Rule } from '../rule';

const PF_SYS =
  'postfix src/global/sys_exits.c (sendmail-compatible exit status table); sendmail deliver.c writes the mailer exit status after "X-Unix;"';

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
  // --- the sender's From header (issue 9, shape 3): the message's own header, not the recipient
  {
    id: 'smtp.from-header',
    category: 'message-noncompliant',
    tier: 'fixed',
    source:
      'Gmail SMTP errors (support.google.com/a/answer/3726730: "Messages with multiple addresses in From: header are not accepted"); Exchange Online 5.7.512 (seed 001); RFC 5322 section 3.6.2',
    phrases: [
      'multiple addresses in from',
      'multiple from addresses',
      'more than one from',
      'from: domain invalid',
      'from: domain is invalid',
      'from header is missing',
      'missing from header',
      'no from header',
      'invalid from header',
      'from header is invalid',
      'malformed from header',
      'from address is invalid',
      'from: header',
      'header from domain',
    ],
    examples: [
      {
        line: '550 5.7.1 Messages with multiple addresses in From: header are not accepted.',
        status: '5.7.1',
        source: 'Gmail SMTP error reference, support.google.com/a/answer/3726730',
      },
    ],
  },
  {
    id: 'smtp.line-too-long',
    category: 'message-noncompliant',
    tier: 'fixed',
    source:
      'RFC 5321 section 4.5.3.1.6 and 4.2.2 ("500 Line too long"); RFC 5322 section 2.1.1 (998 characters)',
    phrases: [
      'line too long',
      'line is too long',
      'lines too long',
      'line length exceeded',
      'line length limit',
      'maximum line length',
    ],
    examples: [{ line: '500 5.5.0 Line too long', status: '5.5.0', source: 'RFC 5321 section 4.2.2' }],
  },
  {
    id: 'sysexits.65-dataerr',
    category: 'message-noncompliant',
    tier: 'fixed',
    source: PF_SYS + ' (EX_DATAERR 65: 5.6.0 "data format error")',
    phrases: ['x-unix; 65', 'data format error'],
    examples: [{ line: 'X-Unix; 65', source: 'sendmail deliver.c; sysexits.h EX_DATAERR 65' }],
  },
];
