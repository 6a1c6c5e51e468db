// recipient-policy: the phrases of its rows (table/recipient-policy.ts) that few bounces have, and its rows all of
// whose phrases are such, loaded on demand (rare-phrases.ts says when). Sources and examples are
// in provenance.ts, by row id.
import { rareRows, type RarePhraseMap } from '../rare-phrases';

export const RECIPIENT_POLICY_RARE: RarePhraseMap = {
  'exo.5.7.129-restricted-to-recipients': ['restrictedtorecipientspermission'],
  'exo.5.7.133-group-external-senders': ['sendernotauthenticatedforgroup'],
  'exo.5.7.134-mailbox-external-senders': ['sendernotauthenticatedformailbox'],
  'exo.5.7.135-public-folder-external-senders': ['sendernotauthenticatedforpublicfolder'],
  'text.mta-not-member': [
    'not member article from',
    'message has implicit destination',
    'only subscribers may post',
    // Sympa's "restricted to list subscribers" (report.tt2 auth reasons) in its Polish (po/sympa/pl.po)
    'dostępne dla jej subskrybentów',
    'forbidden from posting messages to this list',
    'prohibit non-members from posting',
    'from: a domain which publishes a dmarc policy',
  ],
  'text.recipient-policy': [
    'authorization required',
    // the recipient refuses mail in other character sets: "The user does not accept email in
    // non-Western (non-Latin) character sets" (PHPMailer-BMH's rule samples (phpmailer-bmh_rules.php))
    'non-western',
    'unauthorized sender',
    'senderfilterconfig',
    'restricted group',
    'distribution list',
    'administratively denied',
    'does not accept unsigned bounces',
    'invalid reverse path signature',
    'do not have create permissions',
    'told to reject your posts',
    'implicit destinations are not allowed',
    'is a subscribers only list',
    // mlmmj listtexts/en/notintocc: "the list address must be contained / in either the To: or Cc: header"
    'list address must be contained',
    'denylisted by admins of',
    'not yet allowlisted by admins of',
    'email sent to noreply address',
    // gromox data/mlist_bounce/*/BOUNCE_MLIST_{DOMAIN,INTERNAL,SPECIFIED}: the list takes mail only
    // from its domain, its members or named senders: "You have not enough privilege to send mail to
    // mail list ...", "您没有足够的权限向“...”这个邮件列表发送邮件", "...のメールリストへの送信権限がありません"
    'not enough privilege to send',
    '没有足够的权限',
    '沒有足夠的權限',
    '送信権限がありません',
    '送信権限がない',
    // the Japanese templates wrap their lines inside that sentence ("...のメールリストへの送信権限が" /
    // "ありません。" in BOUNCE_MLIST_DOMAIN), and each goes on "システム管理員から(該当)送信権限を取得して"
    // ("obtain the sending permission from the system admin"), which stays on one line in all three
    'メールリストへの送信権限',
    '送信権限を取得',
    // a gateway's own Sender Filtering (its approved/blocked senders and sender checks, set by the
    // receiving organization): Trend Micro Deep Discovery Email Inspector's "521 Block permanently
    // (Sender Filtering/Authentication)" and "421 Block temporarily (...)" (DDEI 5.1 online help,
    // "SMTP Error Codes"); the words name the receiver's filter, not a failed SPF/DKIM check
    'sender filtering',
  ],
  'broad.policy': ['prohibited', 'restricted'],
  'haraka.bounce-plugin': ['bounces not accepted here'],
  'haraka.access-blocklist': ['you are not welcome here'],
  'kr-portal.user-reject-list': ['registered as spammer'],
  'mimecast.sender-policies': ['block for manual block'],
  'sisimai.policy-groups': [
    'by non-member to a members-only list',
    'is not subscribed to this group',
    'allowable number of posts without solving a captcha',
  ],
  'sisimai5.sender-not-accepted': ['sender not pre-approved'],
  'mailscanner.site-rules': ['detectors that were triggered are spam (blacklisted)'],
  'postal.route-refuses': ['route does not accept incoming messages'],
  'app.reply-refused-by-rules': [
    'topic you are replying to is currently closed',
    'the category you sent this email to only allows',
    'instead of being typed by a human',
    'you are not allowed to perform this action',
    'has no right to create tickets in queue',
    'has no right to reply to ticket',
    'has no right to comment on ticket',
    'do not have permission to communicate with rt',
    'no permission to create tickets in the queue',
    // Odoo mail_alias.py: "Only addresses linked to registered partners are allowed to contact it.",
    // older "Only allowed people can contact us at this address."
    'linked to registered partners are allowed',
    'some specific addresses are allowed',
    'only allowed people can contact us',
    // Discourse server.en.yml email_reject_insufficient_trust_level, email_reject_invalid_access,
    // email_reject_silenced_user, email_reject_reply_not_allowed: the forum's staff set these rights
    'does not have the required trust level to post new topics',
    'does not have the privileges to post new topics',
    'associated with this email address has been silenced',
    "you don't have permissions to reply to the topic",
    // GitLab lib/gitlab/email/failure_handler.rb UserBlockedError: the instance's admin blocked the
    // person's GitLab account (not the sender's mail account: the fixed row wins over
    // text.sender-blocked's words)
    'your account has been blocked. if you believe this is in error, contact a staff member',
  ],
  'app.reply-refused-sender-fix': [
    "couldn't figure out what user corresponds to the email",
    // Discourse server.en.yml email_reject_inactive_user, email_reject_reply_user_not_matching,
    // email_reject_reply_to_digest: the person activates the account, writes from the address the
    // forum knows, or replies to the post's own notification
    'please activate your account before sending emails in',
    'sent from a different email address than the one we expected',
    'you replied to a summary email',
    'to promote more in depth conversations',
    'we only accept replies to original notifications',
    'your previous ticket is closed',
    'gpg key that is registered in launchpad',
    // Odoo mail_bounce_catchall ("...should not be used to directly contact <company>. Please
    // contact us instead using <email>"), hr_expense ("...the email address recorded on your
    // employee information")
    'used to collect replies',
    'recorded on your employee information',
    // Redmine extra/mail_handler/rdm-mailhandler.rb (HTTP 422, through the MTA's pipe): "Request was
    // denied by your Redmine server. Possible reasons: email is sent from an invalid email address
    // or is missing some information."
    'denied by your redmine server. possible reasons',
    // ezmlm-idx lang/en_US/messages (ezmlm-reject.c): ERR_SUBCOMMAND "Sorry, I don't accept commands
    // in the subject line. ...", ERR_NO_SUBJECT "Sorry, I don't accept message with empty Subject"
    "i don't accept commands in the subject line",
    "i don't accept message with empty subject",
  ],
};

// Rows every phrase of which is rare: each ships whole here, after the row it follows in
// table/recipient-policy.ts.
export const RECIPIENT_POLICY_RARE_ROWS = rareRows('recipient-policy', [
  {
    // Spectrum: against the domain's security policies, or too many invalid recipients
    id: 'spectrum.policy',
    after: 'sisimai.policy-groups',
    tier: 'provider',
    phrases: ['1160', '1170', '1180', '1190', '1560'],
    also: ['aup#'],
    hosts: ['charter.net', 'spectrum.net', 'rr.com', 'twc.com'],
  },
  // PowerMTA's own category of the reply (X-PowerMTA-BounceCategory, format-helpers/delivery-status.ts):
  // below the server's specific words, above a bare registry code.
  {
    id: 'powermta.policy-related',
    after: 'sisimai5.sender-not-accepted',
    tier: 'code',
    phrases: ['powermta bounce category: policy-related'],
  },
  {
    // Interia Poczta help: "550 5.7.1 Recipient doesn't want your mail", the addressee has put the
    // sender on its own list of blocked senders: only that person can lift it
    id: 'interia.recipient-blocked-sender',
    after: 'mimecast.user-block-entry',
    tier: 'fixed',
    owner: 'recipient',
    phrases: ["recipient doesn't want your mail"],
  },
  {
    id: 'james.recipient-filter',
    after: 'courier.dupfilter',
    tier: 'fixed',
    phrases: ['rejected mail intended for blacklisted recipient'],
    // James fetchmail MessageProcessor: the receiving admin's list of refused recipients
  },
  {
    id: 'sieve.refused-by-filter',
    after: 'james.recipient-filter',
    tier: 'fixed',
    owner: 'recipient',
    phrases: [
      "refused by the recipient's mail filtering program",
      "refused by recipient's mail filtering program",
    ],
    // a Sieve "reject" in the other writers' words (James RejectAction, GNU Mailutils' sieve): the
    // recipient's own filter refused it, as sieve.reject
  },
  {
    id: 'qmail.badmailfrom',
    after: 'haraka.access-blocklist',
    tier: 'fixed',
    phrases: ['envelope sender is in my badmailfrom list'],
    // qmail-smtpd.c: the receiving admin's own list of refused sender addresses
  },
  {
    id: 'courier.not-whitelisted',
    after: 'qmail.badmailfrom',
    tier: 'fixed',
    phrases: ['not whitelisted by this recipient'],
    // Courier's per-recipient whitelist (412): the recipient accepts only listed senders
  },
  {
    id: 'sophos.xgemail-block-list',
    after: 'sendmail.exit-noperm',
    tier: 'provider',
    phrases: ['xgemail_0008', 'xgemail_0009'],
  },
  {
    id: 'zoho.mail-policy',
    after: 'sophos.xgemail-block-list',
    tier: 'fixed',
    phrases: ['mailpolicy violation', 'mailbox delivery restricted by policy'],
  },
  {
    // Debian's exim4 configuration: the receiving server's own list of senders and hosts it refuses
    // (the text says to ask its postmaster): the recipient side's rule, not a public blocklist
    id: 'exim4-config.local-blacklist',
    after: 'powermta.policy-related',
    tier: 'fixed',
    phrases: ['is locally blacklisted here'],
  },
  {
    id: 'listserv.served-out',
    after: 'zmailer.forward-refused',
    tier: 'fixed',
    phrases: ['had been served out'],
  },
  {
    // iRedAPD amavisd_wblist (RCPT state): the recipient's, its domain's or the server's own blacklist
    // names the sender ('REJECT Blacklisted', libs/__init__.py), as Postfix words a policy REJECT;
    // its rDNS list ("Blacklisted reverse DNS name ...") is the sender-infrastructure row
    // Italian certified mail (PEC, Aruba's guide.pec.it): a PEC mailbox that has not enabled ordinary
    // mail refuses it ("554 <addr>: Messaggio rifiutato dal sistema. Indirizzo destinatario sconosciuto
    // o non abilitato alla ricezione di posta non certificata"); its holder's setting, over "sconosciuto"
    id: 'pec.non-certified-refused',
    after: 'aol.not-accepting-from-sender',
    tier: 'fixed',
    phrases: ['alla ricezione di posta non certificata'],
  },
  {
    // "You do not have sufficient privileges to send mail to this address" (cPanel's Exim ACL
    // primary_hostname_bl, mail from outside to the server's own host name): the receiving host's
    // rule on who may write there, not an unknown user
    id: 'text.insufficient-privileges',
    after: 'pec.non-certified-refused',
    tier: 'words',
    phrases: ['sufficient privileges to send'],
  },
]);
