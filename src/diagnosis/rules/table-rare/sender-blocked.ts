// sender-blocked: the phrases of its rows (table/sender-blocked.ts) that few bounces have, loaded on demand
// (rare-phrases.ts says when). Sources and examples are in provenance.ts, by row id.
import type { RarePhrases } from '../rare-phrases';

export const SENDER_BLOCKED_RARE: RarePhrases = {
  'exo.5.2.2-submission-quota': ['submissionquotaexceeded'],
  'exo.5.7.60-send-as-denied': [
    'sendasdenied',
    'does not have permissions to send as',
    // Outlook's German notice when a delegate may not send on the mailbox owner's behalf
    'nicht die berechtigung, die nachricht im auftrag',
  ],
  'exo.5.7.139-smtp-auth-disabled': ['smtpclientauthentication is disabled'],
  'exo.5.7.3-smtp-auth-failed': ['authentication unsuccessful'],
  'exchange.storedrv-submission-quota': ['submissionquotaexceededexception'],
  'text.gmail-send-mail-as': ['customfromdenied'],
  'text.sender-blocked': [
    'not logged in',
    'allowed outgoing messages was exceeded',
    'max defers and failures per hour',
    'compromised',
    'unauthorized use of sender address',
    "doesn't conform with authentication",
    'is restricted from sending mail',
    'must belong to authenticated user',
    'try increasing per-account setting',
    'pending admin approval for outbound smtp',
    'invalidated from address',
    // Emailit's relay after DATA when the workspace's sending domain is paused ("550 Sending from
    // this domain is paused", emailit.com/docs/kb/smtp-530-from-domain-not-verified)
    'sending from this domain is paused',
  ],
  'stalwart.auth': ['oauth token expired'],
  'hmailserver.auth': [
    'authentication not enabled',
    'authentication mechanism not supported',
    'too many invalid logon attempts',
  ],
  'postfix.sender-login-mismatch': ['sender address rejected: not logged in'],
  'james.sender-not-authenticated': ['incorrect authentication for specified email address'],
  'ses.identity-not-verified': ['the following identities failed the check'],
  'mailgun.sandbox-domain': [
    'sandbox subdomains are for test purposes only',
    // the same "Domain %s is not allowed to send:" refusals of a free plan's account and of one not
    // yet activated (Mailgun error codes library)
    'free accounts are for test purposes only',
    'resend the activation email',
  ],
  'cn-mta.sender-refused': ['host denies the sender'],
  'mimecast.sender-account': ['account outbounds disabled', 'submitter failed to authenticate'],
  'icewarp.auth-canceled': ['authentication canceled'],
  'kerio.app-password-required': ['only application passwords are allowed'],
  'zoho.unusual-sending-activity': ['unusual sending activity'],
  'fastmail.header-address': ['not authorised to send from this header address'],
  'sisimai.securityerror-ses': ['account not subscribed to ses'],
  'orange.sender-auth': ["code d'authentification invalide", 'code d authentification invalide'],
  'cox.account-limited': ['cxthrt', 'cxmj'],
  'sisimai5.orange-authentification': ['authentification invalide', 'authentification requise'],
  'proximus.spam-investigation': ['under investigation for spam abuse'],
  'postal.server-limits': ['held because send limit'],
  'ses.iam-not-authorized': ['is not authorized to perform ses'],
  'resend.testing-only': ['you can only send testing emails to your own email address'],
  'isp.outbound-spam-account': [
    'sending blocked due to suspicious account activity',
    'email outgoing blocked',
  ],
  'neo.sender-quotas': ['sender hourly quota exceeded'],
  'nifty.pop-before-smtp': ['must get pop/apop authorization'],
  'mta.not-allowed-to-send-as': [
    'sendasdeniedexception',
    'not allowed to send email without authorization',
    'insufficient authorization',
  ],
  'cn-host.sending-quota': ['发信数超限制'],
  'addy.reply-send-disallowed': ['has disallowed replying and sending'],
  'relay.replies-premium-only': ['replying to forwarded emails from your masked email is only available'],
};
