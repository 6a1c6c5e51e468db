// recipient-policy: the phrases of its rows (table/recipient-policy.ts) that few bounces have, loaded on demand
// (rare-phrases.ts says when). Sources and examples are in provenance.ts, by row id.
import type { RarePhrases } from '../rare-phrases';

export const RECIPIENT_POLICY_RARE: RarePhrases = {
  'exo.5.7.129-restricted-to-recipients': ['restrictedtorecipientspermission'],
  'exo.5.7.133-group-external-senders': ['sendernotauthenticatedforgroup'],
  'exo.5.7.134-mailbox-external-senders': ['sendernotauthenticatedformailbox'],
  'exo.5.7.135-public-folder-external-senders': ['sendernotauthenticatedforpublicfolder'],
  'text.mta-not-member': [
    'not member article from',
    'message has implicit destination',
    'only subscribers may post',
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
  ],
  'broad.policy': ['prohibited', 'restricted'],
  'james.recipient-filter': [
    "refused by the recipient's mail filtering program",
    'rejected mail intended for blacklisted recipient',
  ],
  'haraka.bounce-plugin': ['bounces not accepted here'],
  'haraka.access-blocklist': ['you are not welcome here'],
  'qmail.badmailfrom': ['envelope sender is in my badmailfrom list'],
  'courier.not-whitelisted': ['not whitelisted by this recipient'],
  'kr-portal.user-reject-list': ['registered as spammer'],
  'mimecast.sender-policies': ['block for manual block'],
  'sophos.xgemail-block-list': ['xgemail_0008', 'xgemail_0009'],
  'zoho.mail-policy': ['mailpolicy violation', 'mailbox delivery restricted by policy'],
  'sisimai.policy-groups': [
    'by non-member to a members-only list',
    'is not subscribed to this group',
    'allowable number of posts without solving a captcha',
  ],
  'sisimai5.sender-not-accepted': ['sender not pre-approved'],
  'exim4-config.local-blacklist': ['is locally blacklisted here'],
  'mailscanner.site-rules': ['detectors that were triggered are spam (blacklisted)'],
  'postal.route-refuses': ['route does not accept incoming messages'],
  'listserv.served-out': ['had been served out'],
  'pec.non-certified-refused': ['alla ricezione di posta non certificata'],
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
  ],
  'app.reply-refused-sender-fix': [
    "couldn't figure out what user corresponds to the email",
    'to promote more in depth conversations',
    'we only accept replies to original notifications',
    'your previous ticket is closed',
    'gpg key that is registered in launchpad',
    // Odoo mail_bounce_catchall ("...should not be used to directly contact <company>. Please
    // contact us instead using <email>"), hr_expense ("...the email address recorded on your
    // employee information")
    'used to collect replies',
    'recorded on your employee information',
  ],
};
