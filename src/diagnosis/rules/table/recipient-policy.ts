// recipient-policy: the recipient organization's own rules refuse this sender (../shared/TAXONOMY.md). Every phrase and code of the category, by tier.
import { inCategory, type Rule } from '../rule';
import { codeRange } from '../codes';

export const RECIPIENT_POLICY: readonly Rule[] = inCategory('recipient-policy', [
  {
    id: 'exo.5.7.1-client-not-authenticated',
    tier: 'provider',
    phrases: ['client was not authenticated', 'resolver.rst.authrequired'],
    // the recipient (server or group) accepts only authenticated senders: its admin decides (TAXONOMY.md)
  },
  {
    id: 'exchange.5.7.900-999-transport-rule',
    tier: 'provider',
    codeAlone: true,
    status: codeRange('5.7.', 900, 999),
    phrases: ['delivery not authorized', 'message refused', 'refused', 'rejected'],
  },
  {
    id: 'exchange.554-5.1.0-sender-filter',
    tier: 'provider',
    status: ['5.1.0'],
    reply: ['554'],
    phrases: ['sender denied'],
    before: ['exo.5.1.0-sender-denied'],
    // the Sender Filter agent's SMTP reply: the recipient's list of blocked senders, not an address
  },
  {
    id: 'exo.5.7.1-delivery-not-authorized',
    tier: 'provider',
    phrases: ['delivery not authorized', 'resolver.rst.notauthorized'],
    // a restricted group, a transport rule or a sender restriction of the recipient
  },
  {
    id: 'exo.5.7.12-sender-not-authenticated-by-organization',
    tier: 'provider',
    status: ['5.7.12'],
    phrases: ['sender was not authenticated', 'not authenticated'],
    // the recipient refuses mail from outside its organization (not the IANA "password transition")
  },
  {
    id: 'exo.5.7.124-not-in-allowed-senders',
    tier: 'provider',
    codeAlone: true,
    status: ['5.7.124'],
    phrases: ['allowed-senders', 'allowed senders'],
  },
  {
    id: 'exo.5.7.129-restricted-to-recipients',
    tier: 'provider',
    codeAlone: true,
    status: ['5.7.129'],
    phrases: ['permission to send'],
    // the recipient accepts only the senders on its accept list (RESOLVER.RST.RestrictedToRecipientsPermission)
  },
  {
    id: 'exo.5.7.133-group-external-senders',
    tier: 'provider',
    codeAlone: true,
    status: ['5.7.133'],
    phrases: ['not authenticated'],
  },
  {
    id: 'exo.5.7.134-mailbox-external-senders',
    tier: 'provider',
    codeAlone: true,
    status: ['5.7.134'],
    phrases: ['not authenticated'],
  },
  {
    id: 'exo.5.7.135-public-folder-external-senders',
    tier: 'provider',
    codeAlone: ['5.7.135'],
    status: ['5.7.13', '5.7.135'],
    phrases: ['public folder'],
    // the IANA 5.7.13 ("user account disabled") comes with other words
  },
  {
    id: 'exo.5.7.136-mail-user-external-senders',
    tier: 'provider',
    codeAlone: true,
    status: ['5.7.136'],
    phrases: ['sender was not authenticated', 'not authenticated'],
  },
  {
    id: 'exo.5.7.193-group-external-senders',
    tier: 'provider',
    codeAlone: true,
    status: ['5.7.193'],
    phrases: ['unifiedgroupagent', 'group member', 'external senders'],
  },
  {
    id: 'exo.5.7.507-rejected-by-recipient',
    tier: 'provider',
    codeAlone: true,
    status: ['5.7.507'],
    phrases: ['rejected by recipient', 'access denied'],
    // the recipient's organization blocked the sending IP
  },
  {
    id: 'exo.5.7.513-customer-block-list',
    tier: 'provider',
    // one row (ids are unique, check.ts): its words under any code (5.7.1 too), 5.7.513 alone
    codeAlone: ['5.7.513'],
    phrases: ['customer block list', '(as16012607)'],
    // the recipient domain's own block list, not a public one
  },
  {
    id: 'gmail.4.7.0-ip-not-allowlisted',
    tier: 'provider',
    phrases: ['ip not in whitelist for rcpt domain'],
  },
  {
    id: 'gmail.gcdp-admin-policy',
    tier: 'provider',
    phrases: ['gcdp', 'gcdp'],
    // a Google Workspace admin's own rule (Google Custom Domain Policies)
  },
  {
    id: 'mimecast.anti-spoofing',
    tier: 'provider',
    phrases: ['anti-spoofing policy'],
  },
  {
    id: 'mimecast.user-block-entry',
    tier: 'provider',
    owner: 'recipient',
    phrases: ['envelope blocked - user entry', 'envelope blocked - user domain entry'],
  },
  // --- words whose meaning depends on the code's subject
  {
    id: 'text.policy-header-check',
    tier: 'fixed',
    status: ['5.7.', '4.7.'],
    phrases: ['header error'],
    // with a policy code (x.7.x) "header error" is a header filter at the recipient (header_checks and the like), not a format error; with x.6.x it would be
  },
  {
    id: 'text.mailbox-filter',
    tier: 'fixed',
    status: ['5.2.0', '4.2.0', '5.2.1'],
    phrases: ['message filtered', 'mail filtered', 'was filtered', 'filtered by'],
    // a mailbox-status code (x.2.x) with "filtered" is the recipient's own filter or receipt rule
  },
  {
    id: 'text.google-groups-no-permission',
    tier: 'fixed',
    owner: 'recipient-admin',
    phrases: ['may not have permission to post', 'permission to post messages to the group'],
    // Google Groups: missing group or posting restricted to members; the group owner decides
  },
  {
    id: 'text.gateway-recipient-policy',
    tier: 'fixed',
    phrases: ['recipient address rejected: policy rejection', 'block-send-er', 'block-rcpt'],
  },
  {
    id: 'text.gmail-admin-policy',
    tier: 'fixed',
    phrases: ['has a policy that prohibits the email'],
  },
  {
    id: 'text.orange-client-policy',
    tier: 'fixed',
    phrases: ['_630'],
    also: ['client host rejected'],
  },
  {
    id: 'text.mimecast-policy',
    tier: 'fixed',
    phrases: ['host network not allowed', 'content examination policy', 'sender address blocked'],
    // Mimecast: the recipient organization's geographic, content or blocked-senders policy
  },
  {
    id: 'text.mta-not-member',
    tier: 'fixed',
    phrases: [
      'not a member of this mailing list',
      'are not member',
      'not from a list member',
      'is banned from this list',
    ],
    // a members-only list (fml, Mailman) refused a post
  },
  // --- recipient organization's policy
  {
    id: 'text.recipient-policy',
    tier: 'words',
    phrases: [
      'not allowed to send',
      'not permitted to send',
      'does not accept external',
      'external senders',
      'sender denied',
      'sender rejected',
      'sender blocked',
      'blocked sender',
      'sender is on',
      'sender address rejected',
      // NethServer's rspamd force_actions 30RejectFromBlacklist: the receiving admin's list of senders
      'sender email address rejected',
      'rejected by recipient',
      'recipient does not wish',
      'refused by recipient',
      'recipient refused',
      'moderat*',
      'only accepts messages from',
      'delivery restrictions',
      'not authorized to',
      'mailing list',
      'administrative prohibition',
      'policy violation',
      // chkuser's CHKUSER_MAXWRONGRCPT_STRING / CHKUSER_INTRUSIONTHRESHOLD_STRING "sorry, you are violating
      // our security policies": too many bad recipients in one session; its X.5.3 (too many recipients)
      // or qmail's "does not like recipient" would say otherwise
      'violating our security policies',
      // IndiMail qmail-smtpd (smtpd.c, CUGMAIL): "553 sorry, this MTA is a closed user group system
      // (#5.7.1)", only senders of its own domains may send: a rule of the receiving admin
      'closed user group',
      'does not accept sender addresses',
      'permission to post a message to this mailbox',
      'cannot mail directly to',
      // a geographic block of the receiving admin (milter-regex(8): "Email is not sent from the country")
      'country',
    ],
  },
  // a mailbox store's filter (issue 9, policy), before the broad words that would take its sentence
  {
    id: 'sieve.reject',
    tier: 'broad',
    before: ['broad.address-rejected'],
    owner: 'recipient',
    phrases: ['was automatically rejected'],
    // a Sieve "reject" (RFC 5429): the recipient's own filter refused it; the reason's words decide first
  },
  {
    id: 'broad.policy',
    tier: 'broad',
    before: ['broad.address-rejected'],
    phrases: ['policy', 'refused', 'rejected', 'denied', 'not accepted', 'not authorized'],
  },
  {
    // Postfix gives an access map's or policy service's REJECT 5.7.1 (access(5), smtpd_check.c):
    // "<rcpt>: Recipient address rejected: <its own words>" with that code is the receiving
    // side's rule (postfwd's documented "REJECT sorry no access"), not an unknown user (5.1.1)
    id: 'broad.address-rejected-by-policy',
    tier: 'broad',
    status: ['5.7.'],
    before: ['broad.address-rejected'],
    phrases: ['recipient address rejected'],
  },
  {
    id: 'exo.5.0.350-generic',
    tier: 'code',
    status: ['5.0.350'],
  },
  {
    id: 'sysexits.77-noperm',
    tier: 'fixed',
    phrases: ['x-unix; 77'],
  },
  // --- MTA families from source code, third pass (issue 9): Courier
  {
    id: 'courier.dupfilter',
    tier: 'fixed',
    phrases: ['duplicate message rejected'],
    // Courier filters/dupfilter.c: the receiving site's duplicate filter refused a second copy
  },
  // --- MTA families from source code, third pass (issue 9): Apache James
  // --- MTA families from source code, third pass (issue 9): Haraka
  {
    id: 'haraka.bounce-plugin',
    tier: 'fixed',
    phrases: [
      'invalid bounce (spoofed sender)',
      'this bounce message has too many recipients',
      'bounce with non-empty return-path',
    ],
    // haraka-plugin-bounce: the recipient's server refuses bounces (or ones for mail it never sent)
  },
  {
    id: 'haraka.access-blocklist',
    tier: 'fixed',
    phrases: ['email from that domain is not accepted here'],
    // haraka-plugin-access: the sending host's or the From domain's entry in the receiving admin's own block list
  },
  // --- MTA families from source code, third pass (issue 9): qmail (notqmail)
  // --- by MTA family (issue 9, second pass)
  {
    id: 'postfix.access-denied',
    tier: 'fixed',
    status: ['5.7.1'],
    phrases: ['rejected: access denied', '... access denied', 'sender address not allowed'],
    // The receiving admin's own list says REJECT: Postfix smtpd_check.c check_*_access, sendmail
    // proto.m4 access map ("<addr>... Access denied"), Stalwart mail.rs (its blocked-domains list)
  },
  {
    id: 'coremail.user-blacklist',
    tier: 'fixed',
    phrases: ['user in blacklist'],
    // Coremail: the sender is on the recipient's own block list
  },
  {
    id: 'courier.517-bofh-list',
    tier: 'fixed',
    also: ['517'],
    phrases: ['sender rejected:', 'is blocked'],
    // Courier submit.C, the receiving site's own BOFH lists: badfrom ("517 Sender rejected: <sender>")
    // and badmx ("517 Mail server at <ip> is blocked.", an MX of the sender's domain); courier.sgml
    // "Reject all mail with the return address of <user@domain>"
  },
  // --- gateways (issue 9, rules4, vendor documentation)
  {
    id: 'mimecast.policy-block-list',
    tier: 'fixed',
    phrases: ['policy level block list in force'],
    // a Blocked Senders policy of the recipient's Mimecast account, not a public block list
  },
  // --- mail providers (issue 9, rules4)
  {
    id: 'kr-portal.user-reject-list',
    tier: 'fixed',
    phrases: ["by user's reject list", 'mail is denied, by spam filter'],
    // the recipient's own reject list or spam setting (수신거부) refuses this sender
  },
  {
    id: 'forpsi.sender-blacklisted',
    owner: 'recipient',
    tier: 'provider',
    phrases: ['sender is blacklisted'],
    hosts: ['forpsi.com'],
    // Forpsi's inbound filter: "550 5.1.1 <addr> sender is blacklisted", the addressee's own black list
    // of senders (not a public list, not a missing mailbox)
  },
  {
    id: 'docomo.reception-filter',
    owner: 'recipient',
    tier: 'provider',
    phrases: ['unknown user'],
    stages: ['DATA'],
    hosts: ['docomo.ne.jp'],
    // docomo answers "550 Unknown user" for an address that does not exist (at RCPT) and, until March
    // 2025, for mail its user's reception filter refuses (after DATA, when the address was accepted):
    // the step the report names, in whatever words ("end of DATA command", ">>> DATA")
  },
  {
    id: 'mimecast.sender-policies',
    tier: 'fixed',
    phrases: ['host network, not allowed', 'block policy for envelope from address'],
    // Mimecast: Geographical Restriction and Blocked Senders policies of the receiving organisation
  },
  {
    id: 'au.reception-filter',
    owner: 'recipient',
    tier: 'provider',
    phrases: ['550 : user unknown'],
    hosts: ['ezweb.ne.jp', 'au.com', 'kddi.com'],
    // au (KDDI) names no address when its user's reception filter refuses ("550 : User unknown"); an
    // address that does not exist is named ("550 <a@ezweb.ne.jp>: User unknown")
  },
  // --- Sendmail (issue 9, fifth pass): sendmail 8.17 sendmail/*.c, libsm/strexit.c, cf/m4/proto.m4
  {
    id: 'sendmail.exit-noperm',
    tier: 'fixed',
    phrases: ['insufficient permission'],
    // libsm/strexit.c: EX_NOPERM (77), the text of "X-Unix; 77" (sysexits.77-noperm)
  },
  // --- Sophos Central Email: the admin's or the user's block list
  // --- Zoho Mail: the receiving organization's mail policy
  // --- Facebook mail: the recipient's preferences or privacy settings
  {
    id: 'facebook.rcp-preferences',
    tier: 'provider',
    phrases: ['rcp-p2', 'rcp-p3'],
    hosts: ['facebook.com'],
  },
  {
    // sisimai's reason list: a list's or the recipient's own rules.
    id: 'sisimai.policy-groups',
    tier: 'fixed',
    phrases: ['message bounced due to organizational settings', 'recipient is not accepting mail with'],
  },
  {
    // I.UA: the sender is not in the recipient's address list
    id: 'iua.not-listed',
    tier: 'provider',
    phrases: ['i.ua/err/10'],
    hosts: ['i.ua'],
  },
  {
    id: 'parsers.recipient-policy',
    tier: 'fixed',
    phrases: ['you have been blocked by the recipient', 'blocked by a user configured filter'],
    // the recipient's own block list, not a public one
  },
  {
    // the recipient's side accepts only listed senders, or refuses this one
    id: 'sisimai5.sender-not-accepted',
    tier: 'fixed',
    phrases: ['this server does not accept mail from'],
  },
  // MailCleaner's own lists (exim_stage1.conf_template): the site's host, sender and recipient
  // blacklists, the admin's rule and not a public list ("Blacklisted in <dnsbl>:" stays a listing)
  {
    id: 'mailcleaner.site-blacklists',
    tier: 'fixed',
    phrases: ['blacklisted host:', 'blacklisted sender:', 'blacklisted recipient:'],
  },
  // smtpf (Barricade MX), its access map's REJECT entries (#120..#139): the site's own host, sender
  // and recipient entries, not a DNS list ("550 5.7.1 sender <%s> black listed #127")
  { id: 'smtpf.access-map-reject', tier: 'fixed', phrases: ['black listed #1*'] },
  // MailScanner's notices when the receiving site's own rules refuse the sender: its spam blacklist
  // (the report "spam (blacklisted)", over the template's generic words on contents and server) and
  // its "Reject Message" rule set (rejection.report.txt)
  { id: 'mailscanner.site-rules', tier: 'fixed', phrases: ['not requested and has been rejected'] },
  { id: 'postal.route-refuses', tier: 'fixed', phrases: ['bounced because the route asks for this'] },
  {
    id: 'haraka.access-lists',
    tier: 'fixed',
    phrases: ['that sender cannot send mail here'],
  },
  { id: 'zmailer.forward-refused', tier: 'fixed', phrases: ['we refuse to forward mail to'] },
  { id: 'aol.not-accepting-from-sender', tier: 'fixed', phrases: ['not accepting mail from this sender'] },
  { id: 'iredapd.blacklisted', tier: 'fixed', phrases: ['recipient address rejected: blacklisted'] },
  // Reply-by-email applications' refusals of a person's message (formats/app-rejection.ts): the
  // application's rules refuse this sender or this reply; its staff decide
  { id: 'app.reply-refused-by-rules', tier: 'fixed', phrases: ['sent from a blocked email address'] },
  // ...and those whose own words tell the person what to change (send from the known address, write
  // more, open a new ticket, sign the message)
  {
    id: 'app.reply-refused-sender-fix',
    tier: 'fixed',
    owner: 'sender',
    // Discourse's mail-receiver (lib/mail_receiver/fast_rejection.rb, the reason from
    // app/controllers/admin/email_controller.rb smtp_should_reject) refuses at RCPT: every word common
    phrases: ['sent from an unknown email address', 'do you have an account here'],
  },
  // Scrollout F1 bin/policy.sh: the recipient marked this sender's mail as junk before ("554 5.7.1
  // Recipient rejected messages from <sender> to <recipient>"): the recipient's choice, not an unknown user
  { id: 'scrollout.recipient-rejected-sender', tier: 'fixed', phrases: ['recipient rejected messages from'] },
  // Receiving gateways' own lists of refused senders (the admin's, not a public DNSBL): Broadcom Email
  // Security.cloud "551 Sender is on domain's blacklist", SpamExperts' sender blacklist, Baruwa's banned senders
  {
    id: 'gateway.site-sender-blocklist',
    tier: 'fixed',
    phrases: ["sender is on domain's blacklist", 'we do not accept mail from this address'],
  },
  { id: 'baruwa.banned-sender', tier: 'fixed', also: ['the sender'], phrases: ['is banned'] }, // a country block (cPanel's Exim ACL blockedcountryips): the receiving host's rule, over the
  // reputation row's "not allowed to connect"
  {
    id: 'cpanel.country-refused',
    tier: 'fixed',
    phrases: ['country is not allowed'],
    before: ['text.mta-host-refused'],
  },
]);
