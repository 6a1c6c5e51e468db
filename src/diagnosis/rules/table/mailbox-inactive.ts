// mailbox-inactive: disabled, suspended or moved mailbox (../shared/TAXONOMY.md). Every phrase and code of the category, by tier.
import { inCategory, type Rule } from '../rule';

export const MAILBOX_INACTIVE: readonly Rule[] = inCategory('mailbox-inactive', [
  {
    id: 'gmail.5.2.1-inactive-account',
    tier: 'provider',
    phrases: ['account that you tried to reach is inactive', 'account that you tried to reach is disabled'],
  },
  {
    id: 'text.gmail-inactive-full',
    tier: 'fixed',
    phrases: ['out of storage space and inactive'],
    // Gmail 5.2.2: over quota for so long that the account counts as abandoned. Its real line "The
    // recipient's inbox is out of storage space and inactive" holds the words of the full-mailbox rows
    // (and 5.2.2 "storage"), which come first by category: this row must precede them
    before: ['smtp.x.2.2-quota-words', 'text.gmail-inbox-full'],
  },
  {
    id: 'text.orange-account-blocked',
    tier: 'fixed',
    phrases: ['le compte du destinataire est bloque', 'the recipient account is blocked'],
  },
  {
    id: 'text.icloud-moved',
    tier: 'fixed',
    phrases: ['recipient no longer on server'],
  },
  // --- the recipient mailbox
  {
    id: 'text.mailbox-inactive',
    tier: 'words',
    phrases: [
      // KumoMTA's community bounce rules (assets/community/bounces.toml): "550 Account is not active", "550 ... DisabledUser"
      'account is not active',
      'disableduser',
      'account disabled',
      'account has been disabled',
      'account is disabled',
      'mailbox disabled',
      'mailbox is disabled',
      'mailbox has been disabled',
      'account inactive',
      'account is inactive',
      'inactive account',
      'inactive user',
      'mailbox is inactive',
      'mailbox inactive',
      'account suspended',
      'account has been suspended',
      'account is suspended',
      'suspended account',
      'mailbox suspended',
      'user suspended',
      'account expired',
      'account has expired',
      'account closed',
      'account has been closed',
      'no longer active',
      'no longer in use',
      'no longer valid',
      'is locked',
      'account locked',
      'mailbox locked',
      'has been locked',
      'blocked account',
      'disabled mailbox',
      'disabled account',
      'account is not available',
      'mailbox is frozen',
      'has moved',
      'moved to',
      'no forwarding address',
      'address changed',
      'changed address',

      'not accepting mail',
      'does not accept mail',
      'not receiving mail',
      'this account has been',
      "account isn't allowed to receive",
      'account is not authorized to receive email',
      'expired account',
      'address has changed',
    ],
  },
  {
    id: 'broad.inactive',
    tier: 'broad',
    phrases: ['disabled', 'suspended', 'inactive'],
  },
  {
    // X.1.1 says the mailbox does not exist (RFC 3463); many servers send it for any refused
    // mailbox, and their words then say it exists but is shut: Swisscom "5.1.1 account
    // administratively disabled", Korean portals "5.1.1 Suspended user" / "Inactive mbox", Mail.ru
    // "5.1.1 ... user is terminated" (reference/provider-codes.tsv). With that code the state word
    // alone is enough, before the specific registry code it would otherwise lose to.
    id: 'smtp.x.1.1-shut-words',
    tier: 'words',
    status: ['5.1.1', '4.1.1'],
    phrases: ['disabled', 'suspended', 'inactive'],
  },
  // --- mail providers (issue 9, rules4)
  {
    id: 'yandex.target-blocked',
    tier: 'fixed',
    phrases: ['policy rejection on the target address'],
    // Yandex: the recipient's account is blocked for User Agreement violations
  },
  {
    id: 'kr-portal.inactive-mailbox',
    tier: 'fixed',
    phrases: ['suspended user', 'inactive mbox'],
    // written with 5.1.1, but the mailbox exists and is stopped (받는사람이 사용중지된 경우)
  },
  {
    id: 'icloud.inactive-address',
    tier: 'fixed',
    phrases: ['inactive email address'],
    // iCloud lets a user deactivate an address; it is written with 5.1.1, but the mailbox exists
  },
  {
    // sisimai's reason list: a mailbox switched off.
    id: 'sisimai.suspend',
    tier: 'fixed',
    phrases: ['temporarily inactive'],
  },
  {
    // I.UA: a mailbox unused for more than 3 months
    id: 'iua.unused',
    tier: 'provider',
    phrases: ['i.ua/err/3'],
    hosts: ['i.ua'],
  },
  {
    // Facebook: the recipient address is deactivated
    id: 'facebook.rcp-t4',
    tier: 'provider',
    phrases: ['rcp-t4'],
    hosts: ['facebook.com'],
  },
  {
    id: 'parsers.mailbox-inactive',
    tier: 'fixed',
    phrases: ['mail is not currently being accepted for this mailbox'],
    // an existing mailbox closed for disuse or by its administrator, not an unknown one
  },
  {
    id: 'bounceparser.mailbox-inactive',
    tier: 'fixed',
    phrases: ['user discontinued', 'account discontinued'],
  },
  {
    // au (EZweb): the recipient's account is suspended for now
    id: 'ezweb.account-limited',
    tier: 'fixed',
    phrases: ['account is temporarily limited'],
  },
  // --- mailbox stores behind the MTA (issue 9, policy)
  {
    id: 'dovecot.login-disabled',
    tier: 'fixed',
    status: ['5.3.5'],
    phrases: ['login disabled'],
    // Dovecot's LMTP proxy when the user's passdb says nologin
  },
  { id: 'daum.suspended-user', tier: 'fixed', phrases: ['suspended(inactive) user'] },
  { id: 'i18n.mailbox-inactive-fr-exchange', tier: 'fixed', phrases: ["n'accepte plus de messages"] },
  { id: 'hmailserver.not-active', tier: 'fixed', phrases: ['alias is not active'] },
]);
