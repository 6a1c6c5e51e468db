// message-too-large: size limit (../shared/TAXONOMY.md). Every phrase and code of the category, by tier.
import type { Rule } from '../rule';

export const MESSAGE_TOO_LARGE: readonly Rule[] = [
  {
    id: 'exchange.resolver-rst-size-limit',
    category: 'message-too-large',
    tier: 'provider',
    source:
      'Exchange transport component tokens in NDRs (learn.microsoft.com Exchange NDR pages; ../shared/reference/provider-codes.tsv)',
    phrases: ['resolver.rst.recipsizelimit', 'resolver.rst.sendsizelimit'],
  },
  {
    id: 'text.ses-too-large',
    category: 'message-too-large',
    tier: 'fixed',
    source:
      'Amazon SES notification contents (bounce types), docs.aws.amazon.com/ses/latest/dg/notification-contents.html',
    phrases: ['bouncesubtype: messagetoolarge'],
  },
  {
    id: 'text.orange-too-large',
    category: 'message-too-large',
    tier: 'fixed',
    source: 'Orange postmaster error codes (../shared/reference/provider-codes.tsv)',
    phrases: ['taille limite du message atteinte'],
  },
  {
    id: 'text.mimecast-size',
    category: 'message-too-large',
    tier: 'fixed',
    source: 'Mimecast SMTP error codes KB (../shared/reference/provider-codes.tsv)',
    phrases: ['maximum email size exceeded'],
  },
  {
    id: 'text.message-too-large',
    category: 'message-too-large',
    tier: 'words',
    source: "common wording of MTAs' refusals, pre-issue-9 word list (not yet traced row by row)",
    phrases: [
      'message size exceeds',
      'message is too large',
      'message too large',
      'message too big',
      'message is too big',
      'size limit',
      'exceeds size limit',
      'exceeds the maximum size',
      'exceeded the maximum size',
      'exceeds maximum message size',
      'maximum message size',
      'message length exceeds',
      'message size exceeded',
      'size of the message',
      'mail size',
      'too large for',
      'message exceeds',
      'email is too large',
      'message file too big',
      'exceeded the size limit',
      'larger than the current system limit',
      'message larger than',
      'exceeds the size limit',
      'exceeds the limit',
      'data size exceeds',
    ],
  },
];
