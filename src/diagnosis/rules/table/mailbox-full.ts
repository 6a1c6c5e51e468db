// mailbox-full: over quota (../shared/TAXONOMY.md). Every phrase and code of the category, by tier.
import { inCategory, type Rule } from '../rule';

export const MAILBOX_FULL: readonly Rule[] = inCategory('mailbox-full', [
  {
    id: 'exo.4.3.2-folder-item-limit',
    tier: 'provider',
    phrases: ['mapiexceptionmaxobjsexceeded'],
    // a folder of the recipient mailbox holds the maximum number of items
  },
  {
    id: 'exo.5.2.2-mailbox-full',
    tier: 'provider',
    status: ['5.2.2', '4.2.2'],
    phrases: ['mailbox full', 'mailbox is full', 'mailbox size limit', 'over quota'],
  },
  {
    id: 'exchange.storedrv-quota-exceeded',
    tier: 'provider',
    phrases: ['quotaexceededexception', 'storedrv.deliver; mailbox full'],
  },
  {
    id: 'text.ses-mailbox-full',
    tier: 'fixed',
    phrases: ['bouncesubtype: mailboxfull'],
  },
  {
    id: 'text.gmail-inbox-full',
    tier: 'fixed',
    phrases: ['inbox is out of storage space'],
  },
  {
    id: 'text.mta-mailbox-full',
    tier: 'fixed',
    phrases: [
      'full mailbox',
      'does not have enough space',
      'space has been used up',
      'too many messages on the server',
      'recipient reached disk quota',
      // KumoMTA's community bounce rules (assets/community/bounces.toml): "552 Mailbox limit exeeded for this email address"
      'mailbox limit',
      // PHPMailer-BMH's rule samples (phpmailer-bmh_rules.php): "exceeded the allowed mailbox quota", "the recipient quota limit is
      // exceeded", "Quota exceed the hard limit" (a file system quota's hard limit)
      'mailbox quota',
      'recipient quota',
      'exceed the hard limit',
      'too many messages in the mailbox',
      'exceed maximum mailbox size',
      // procmail: 'Quota exceeded while writing "/var/mail/bob"' (go-sisimai lda/lib.go), before
      // Sendmail's "Can't create output" or Postfix's "can't create user output file" for its exit 73
      'quota exceeded while writing',
    ],
  },
  // --- mailbox full / size
  {
    id: 'text.mailbox-full',
    tier: 'words',
    phrases: [
      'mailbox full',
      'mailbox is full',
      'mailbox has exceeded',
      'over quota',
      'over the quota',
      'quota exceeded',
      'exceeds quota',
      'exceed quota',
      'exceeded quota',
      'exceeded its quota',
      'exceeded the quota',
      'insufficient storage',
      'mailbox size limit',
      'maximum mailbox size reached',
      'mailbox exceeds',
      'disk quota',
      'quota full',
      'quota violation',
      'mailfolder is full',
      'mailbox is over',
      'account is full',
      'account is over',
      'user is over',

      'not enough storage',
      'out of disk space',
      'no space left',
      'too much mail data',
      'mailbox would exceed',
      'user has exceeded',
      'storage quota',

      "the user's mailbox",
      'mail box full',
      'inbox is full',
      'mail quota',
      'space not enough',
      'inbox full',
      'storage space',
      'mailbox size exceeded',
      'mailbox size of the recipient was exceeded',
      'exceeds allowed message count',
      'not able to receive more mail',
    ],
  },
  // --- sources by MTA family (issue 9)
  {
    id: 'smtp.x.2.2-quota-words',
    tier: 'fixed',
    status: ['5.2.2', '4.2.2'],
    phrases: ['message exceeds', 'exceeds', 'exceeded', 'size limit', 'too large', 'quota*', 'storage'],
  },
  {
    id: 'i18n.mailbox-full',
    tier: 'words',
    phrases: ['mailbox is vol', 'mailbox vol'],
  },
  // --- MTA families from source code, third pass (issue 9): Postfix
  {
    id: 'postfix.mailbox-size-limit',
    tier: 'fixed',
    phrases: ['error writing message: file too large'],
    // Postfix global/mail_copy.c: mailbox_size_limit reached (EFBIG) while appending to the mailbox
  },
  // --- by provider (issue 9, second pass)
  {
    id: 'cn-host.mailbox-full',
    tier: 'fixed',
    phrases: ['quota exceed the hard limit for user'],
    // Chinese hosting providers' bounce labels ("[退信] 收件容量满:Quota exceeded")
  },
  {
    id: 'willcom.mailbox-volume',
    tier: 'fixed',
    phrases: ["volume of recipient's mailbox exceeded"],
  },
  // --- mail providers and hosters (issue 9, rules4)
  {
    id: 'hoster.quota-limit',
    tier: 'fixed',
    phrases: ['quota limit exceeded'],
    // the mailbox's quota: "limit" is not a sending rate here
  },
  {
    // sisimai's reason list: the mailbox (file) over its limit.
    id: 'sisimai.mailboxfull',
    tier: 'fixed',
    phrases: [
      'mail file size exceeds the maximum size allowed for mail delivery',
      'mailbox exceeded the local limit',
    ],
  },
  {
    // I.UA: the mailbox is full
    id: 'iua.full',
    tier: 'provider',
    phrases: ['i.ua/err/4'],
    hosts: ['i.ua'],
  },
  {
    // GoDaddy: the recipient's account reached its storage limit
    id: 'godaddy.account-storage-limit',
    tier: 'fixed',
    phrases: ['account storage limit'],
  },
  // SmarterMail: the recipient's domain has used its disk space allocation (a quota, not the size
  // of the message)
  {
    id: 'smartermail.domain-size-limit',
    tier: 'fixed',
    phrases: ['domain size limit has been exceeded'],
  },
  // Stalwart: the tenant's storage quota, not one mailbox's: only the organization's admin frees or
  // raises it (no rare key: Exchange's NDRs use "organization")
  {
    id: 'stalwart.organization-quota',
    tier: 'fixed',
    owner: 'recipient-admin',
    phrases: ['organization over quota'],
  },
  {
    id: 'soft-bounce.message-count',
    tier: 'fixed',
    phrases: ['over the maximum allowed number of messages'],
  },
]);
