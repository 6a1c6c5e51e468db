// recipient-unknown: no such mailbox / bad local part (../shared/TAXONOMY.md). Every phrase and code of the category, by tier.
import { inCategory, type Rule } from '../rule';

export const RECIPIENT_UNKNOWN: readonly Rule[] = inCategory('recipient-unknown', [
  {
    id: 'exo.5.1.0-sender-denied',
    tier: 'provider',
    status: ['5.1.0'],
    phrases: ['sender denied'],
    // Exchange could not resolve the recipient (often a reply to a saved or offline message)
  },
  {
    id: 'exo.5.1.1-bad-destination-mailbox',
    tier: 'provider',
    status: ['5.1.1'],
    phrases: ['bad destination mailbox address', 'recipnotfound', 'recipientnotfound', 'not found'],
  },
  {
    id: 'exo.5.1.10-recipient-not-found',
    tier: 'provider',
    status: ['5.1.10'],
    phrases: [
      'recipientnotfound',
      'recipient not found',
      'not found',
      "wasn't found at",
      'unknown to address',
    ],
    // Exchange Online's own 5.1.10; the IANA 5.1.10 (null MX) comes with other words. Its modern
    // NDR says "<user> wasn't found at <domain>" and "Unknown To address" above the code.
  },
  {
    id: 'exo.5.4.1-recipient-access-denied',
    tier: 'provider',
    status: ['5.4.1'],
    phrases: ['recipient address rejected', 'access denied'],
    // Directory-Based Edge Blocking: the address does not exist in the recipient tenant
  },
  {
    id: 'exo.5.5.0-mailbox-unavailable',
    tier: 'provider',
    status: ['5.5.0'],
    phrases: ['mailbox unavailable'],
    // an outlook.com or hotmail.com address that does not exist
  },
  {
    id: 'exo.5.7.504-recipient-rejected',
    tier: 'provider',
    codeAlone: true,
    status: ['5.7.504'],
    phrases: ['recipient address rejected', 'access denied'],
  },
  {
    id: 'exo.5.7.505-banned-recipient',
    tier: 'provider',
    codeAlone: true,
    status: ['5.7.505'],
    phrases: ['banned recipient', 'access denied'],
  },
  {
    id: 'exchange.resolver-adr-recipnotfound',
    tier: 'provider',
    phrases: ['resolver.adr.recipnotfound', 'resolver.adr.exrecipnotfound', 'resolver.adr.recipientnotfound'],
  },
  {
    id: 'exchange.storedrv-submit-invalid-recipient',
    tier: 'provider',
    phrases: ['storedrv.submit; invalid recipient'],
  },
  // Exchange 5.5 / 2000 / 2003 Internet Mail Service codes after "MSEXCH:IMS:".
  {
    id: 'exchange-ims.000c05a6-unknown-recipient',
    tier: 'provider',
    phrases: ['(000c05a6)'],
  },
  {
    id: 'barracuda.cuda-nsu',
    tier: 'provider',
    phrases: ['cuda_nsu 5.1.1'],
  },
  {
    id: 'text.mta-directory-unknown',
    tier: 'fixed',
    phrases: [
      'not listed in domino directory',
      'not listed in public name & address book',
      'not listed in the directory',
    ],
    // Domino and Notes: no such person in the directory ("listed in" alone reads as a blocklist)
  },
  {
    id: 'text.mta-recipient-unknown',
    tier: 'fixed',
    phrases: [
      'user missing home directory',
      'recipient is not local',
      'mailbox not present',
      'address not present in directory',
      'destination addresses were unknown',
      'invalid or unknown virtual user',
      'no such virtual user',
      // a virtual-domain lookup that found no such address (PHPMailer-BMH rule 0195's sample)
      'lookup in domain map failed',
      // qmail's "Sorry, no mailbox here by that name. (#5.1.1)", smf-sav's "Sorry, no mailbox here by
      // that name or mailbox is over quota" (its callout cannot tell them apart: the 5.1.1 it sends says)
      'no mailbox here by that name',
      // InfoSphere (NTT PC) for an address it does not have or has cancelled, despite its 5.7.1: "550
      // can't accept user... (#5.7.1)" (sphere.ne.jp/support/news/2006/07/000027.html)
      "can't accept user",
    ],
    // qmail badrcptto, vpopmail and local-delivery wording for a mailbox that is not there
  },
  {
    id: 'cpanel.account-may-not-exist',
    tier: 'fixed',
    phrases: ['the account or domain may not exist'],
    // cPanel's Exim: it lists possible causes ("they may be blacklisted") but refuses the address
  },
  {
    id: 'text.recipient-unknown',
    tier: 'words',
    phrases: [
      'recipnotfound',
      'user unknown',
      'unknown user',
      'unknown recipient',
      'recipient unknown',
      'no such user',
      'not a member of domain',
      'no such recipient',
      'no such mailbox',
      'no such address',
      'no such account',
      'no such person',
      'no mailbox',
      'user not found',
      'recipient not found',
      'receiver not found',
      'address not found',
      'mailbox not found',
      'account not found',
      'not found in',
      'does not exist',
      "doesn't exist",
      "doesn't have a",
      'does not have an account',
      'is not a valid mailbox',
      'not a valid user',
      'invalid recipient',
      // Trend Micro Email Security: "550 5.7.1 Recipient address rejected: Invalid-Recipient" (its
      // 5.7.1 would otherwise read as a policy refusal)
      'invalid-recipient',
      'invalid mailbox',
      'invalid user',
      'invalid address',
      'invalid account',
      'bad destination mailbox',
      'bad recipient',
      'unknown address',
      'unknown local',
      'unknown mailbox',
      'unknown account',
      'user unavailable',
      'please check if address is correct',
      'addressee unknown',
      'not our customer',
      'not a known user',
      'no account by that name',
      'no valid recipients',
      'undeliverable address',

      'recipient rejected',
      'rcpt to rejected',

      'not listed in',
      'check the recipient',

      'the email account that you tried to reach does not exist',
      'mailbox name not allowed',

      'not have a mailbox',
      'no longer exists',
      'no mail box',
      'illegal alias',
      'address unknown',
      'is not a known mailing list',
      'valid-address-filter',
      'not a valid recipient',
      'not present in directory',
    ],
  },
  {
    // RFC 5321 4.2.3: "550 Requested action not taken: mailbox unavailable (e.g., mailbox not
    // found, no access, or command rejected for policy reasons)": a code that says which decides.
    id: 'broad.mailbox-unavailable',
    tier: 'broad',
    phrases: ['mailbox unavailable', 'mailbox not available', 'mailbox is unavailable'],
  },
  {
    id: 'broad.unknown',
    tier: 'broad',
    phrases: ['unknown', 'not exist', 'no such'],
  },
  {
    // Postfix's "Recipient address rejected: <why>" is the prefix of every refusal at RCPT (access
    // maps, policy services): the why, or the code, decides first, even a broad word of another
    // category ("Recipient address rejected: Not authorized", a policy daemon's list rule).
    id: 'broad.address-rejected',
    tier: 'broad',
    phrases: ['recipient address rejected', 'address rejected'],
  },
  // --- local delivery agents and sources by MTA family (issue 9)
  {
    id: 'sysexits.67-nouser',
    tier: 'fixed',
    phrases: ['x-unix; 67'],
  },
  {
    id: 'i18n.recipient-unknown',
    tier: 'words',
    phrases: ["l'adresse n'existe pas"],
  },
  // --- MTA families from source code, third pass (issue 9): OpenSMTPD
  {
    id: 'opensmtpd.recipient-syntax',
    tier: 'fixed',
    phrases: ['recipient address syntax error'],
  },
  // --- MTA families from source code, third pass (issue 9): qmail (notqmail)
  {
    id: 'qmail.address-syntax',
    tier: 'fixed',
    phrases: ["i can't accept addresses like that", 'address must include host name'],
    // qmail's spawn.c and qmail-qmqpd.c (#5.1.3): the recipient address itself is malformed
  },
  {
    id: 'qmail.remote-recipient',
    tier: 'broad',
    phrases: ['does not like recipient'],
    // qmail-remote.c: RCPT was refused; the remote's words after "Remote host said:" decide first
  },
  // --- MTA families from source code, third pass (issue 9): Exim (pipe transport)
  {
    id: 'exim.pipe-no-user',
    tier: 'fixed',
    phrases: ['could mean user nonexistent'],
    // Exim os.c os_strexit(): the delivery program exited EX_NOUSER (67)
  },
  {
    id: 'exim.unrouteable-own-domain',
    tier: 'fixed',
    phrases: ['unrouteable address'],
    ownDomain: true,
    // Exim route.c: no router accepted the address. For a domain the MTA is itself (its host is
    // under it) the local routers (aliases, users) were the ones to accept: the user is unknown.
  },
  // --- by MTA family (issue 9, second pass)
  {
    id: 'opensmtpd.user-lookup',
    tier: 'fixed',
    phrases: ['permanent failure in user lookup'],
    // OpenSMTPD mda.c: the user base has no such user (LKA_PERMFAIL)
  },
  {
    id: 'stalwart.list-not-found',
    tier: 'fixed',
    phrases: ['mailing list not found'],
  },
  {
    id: 'proofpoint.invalid-address',
    tier: 'fixed',
    phrases: ['user email address is marked as invalid'],
  },
  {
    id: 'coremail.unknown-user',
    tier: 'fixed',
    phrases: [
      'unavailable mail user',
      "local server don't exists that user",
      'not user of this server',
      'user not known',
    ],
    // Coremail (NetEase's and many Chinese hosts' mail system) wording for a mailbox that is not there
  },
  {
    id: 'smtp.recipient-syntax',
    tier: 'fixed',
    phrases: ['syntax error in recipient address', 'malformed destination address'],
    // RFC 3463 X.1.3: the recipient's address is malformed (Zimbra LMTP, Apache James RcptCmdHandler)
  },
  // --- qmail patches (issue 9, rules4)
  // --- Sendmail (issue 9, fifth pass): sendmail 8.17 sendmail/*.c, libsm/strexit.c, cf/m4/proto.m4
  {
    id: 'sendmail.address-syntax',
    tier: 'fixed',
    phrases: [
      'syntax error in mailbox address',
      '8-bit character in mailbox address',
      'local part must not end with a dot',
      'local part must not begin with a dot',
    ],
    // parseaddr.c (501 5.1.3; 5.1.7 for the sender's, which classify reads as the sender's) and
    // cf/m4/proto.m4 canonify: a malformed address, not a malformed message
  },
  // --- Sophos Central Email
  {
    // sisimai's reason list: no such mailbox.
    id: 'sisimai.userunknown',
    tier: 'fixed',
    phrases: ['this email address is wrong or no longer valid', 'your envelope recipient has been denied'],
  },
  {
    // I.UA: no such user
    id: 'iua.user',
    tier: 'provider',
    phrases: ['i.ua/err/2'],
    hosts: ['i.ua'],
  },
  {
    // Facebook: the recipient address or group does not exist
    id: 'facebook.rcp-unknown',
    tier: 'provider',
    phrases: ['rcp-p1', 'int-p1', 'int-p3', 'int-p4'],
    hosts: ['facebook.com'],
  },
  {
    // the recipient address does not exist (Google Workspace; Domino in French)
    id: 'sisimai.lhost-user-unknown',
    tier: 'fixed',
    phrases: ["address couldn't be found"],
  },
  {
    id: 'bounceparser.recipient-unknown',
    tier: 'fixed',
    phrases: ['not an active address at this host'],
  },
  {
    // a recipient account that is not there
    id: 'sisimai5.account-unavailable',
    tier: 'fixed',
    phrases: ['no thank you rejected'],
  },
  // A reply-by-email application cannot tell what the address or reply is for (formats/app-rejection.ts)
  {
    id: 'app.reply-destination-unknown',
    tier: 'fixed',
    // (and Discourse's mail-receiver at RCPT, smtp_should_reject: "Mail to this address is not
    // accepted. Check the address and try to send again?")
    phrases: [
      'unknown to: address',
      'reply key in the email is invalid or unknown',
      'check the address and try to send again',
    ],
  },
]);
