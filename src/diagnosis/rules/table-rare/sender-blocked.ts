// sender-blocked: the phrases of its rows (table/sender-blocked.ts) that few bounces have, and its rows all of
// whose phrases are such, loaded on demand (rare-phrases.ts says when). Sources and examples are
// in provenance.ts, by row id.
import { rareRows, type RarePhraseMap } from '../rare-phrases';

export const SENDER_BLOCKED_RARE: RarePhraseMap = {
  // Exchange Online's 5.1.8 NDR in the languages Microsoft's localized docs quote it (OfficeDocs
  // "removing a user from the restricted users portal": "Remote Server returned '550 5.1.8 Access
  // denied, bad outbound sender'" and "you weren't recognized as a valid sender", translated): the
  // user text names the cause where the English code would only say "bad sender's system address"
  'exo.5.1.8-bad-outbound-sender': [
    // (the row holds only with 5.1.8; short phrases too, so that a re-wrapped copy keeps one)
    'fehlerhafter absender',
    'gültiger absender',
    'expéditeur sortant incorrect',
    'expéditeur valide',
    'remitente de salida incorrecto',
    'remitente de salida',
    'remitente válido',
    'remetente de saída incorreto',
    'remetente válido',
    '有効な送信者として認識されなかった',
    'アウトバウンド送信者',
  ],
  'text.gateway-submission-auth': ['application-specific password required'],
  'gmail.5.7.14-web-login': ['application-specific password'],
  'exo.5.2.2-submission-quota': ['submissionquotaexceeded'],
  'text.gmail-send-mail-as': ['customfromdenied'],
  'text.sender-blocked': [
    // MailCleaner etc/exim/exim_stage1.conf_template: an authenticated user on its USERBLACKLIST
    'refused user due to massive abuse',
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
  'ses.account-sending-paused': ['sending paused for this account'],
  'cn-mta.sender-refused': ['host denies the sender'],
  'orange.sender-auth': ["code d'authentification invalide", 'code d authentification invalide'],
  'postal.server-limits': ['held because send limit'],
  'isp.outbound-spam-account': [
    'sending blocked due to suspicious account activity',
    'email outgoing blocked',
  ],
  'neo.sender-quotas': ['sender hourly quota exceeded'],
  'mta.not-allowed-to-send-as': [
    'sendasdeniedexception',
    'not allowed to send email without authorization',
    'insufficient authorization',
  ],
  'cn-host.sending-quota': ['发信数超限制'],
};

// Rows every phrase of which is rare: each ships whole here, after the row it follows in
// table/sender-blocked.ts.
export const SENDER_BLOCKED_RARE_ROWS = rareRows('sender-blocked', [
  // --- GoDaddy: authentication on the inbound servers (the client sends through the MX)
  {
    id: 'godaddy.ib401-auth-inbound',
    after: 'icewarp.not-authorized-to-send',
    tier: 'provider',
    phrases: ['ib401'],
  },
  {
    // Spectrum: the sending account is blocked or limited for suspicious activity, or sends as an address it didn't sign in as
    id: 'spectrum.account',
    after: 'orange.sender-auth',
    tier: 'provider',
    phrases: ['1010', '1020', '1030', '1040', '1050', '1060', '1070', '1080', '1500', '1520'],
    also: ['aup#'],
    hosts: ['charter.net', 'spectrum.net', 'rr.com', 'twc.com'],
  },
  {
    id: 'gmail.5.7.8-bad-credentials',
    after: 'gmail.5.7.14-web-login',
    tier: 'provider',
    owner: 'sender',
    phrases: ['username and password not accepted'],
  },
  {
    id: 'postfix.relayhost-sasl-auth',
    after: 'exo.5.7.750-unregistered-domains',
    tier: 'provider',
    phrases: ['sasl authentication failed'],
    also: ['535'],
    // postfix smtp_sasl_glue.c "SASL authentication failed; server %s said: %s": the MTA's own sign-in
    // to its relay host (smtp_sasl_password_maps) was refused, which its admin set, not the person
    // sending, whatever the relay's words (ahead of the rows of a client's sign-in, Exchange Online's
    // "535 5.7.139/5.7.3 Authentication unsuccessful", which the sender fixes); only a 535 refusal: a
    // 4xx there can be a quota ("451 Authentication failed: Maximum credits exceeded", SendGrid), a
    // 530 TLS required (text.tls-required)
  },
  {
    // the same, refused with RFC 4954's 534 ("Authentication mechanism is too weak"; Gmail's "534-5.7.9
    // Application-specific password required"): the relay account's password kind, the MTA admin's
    id: 'postfix.relayhost-sasl-534',
    after: 'postfix.relayhost-sasl-auth',
    tier: 'provider',
    phrases: ['sasl authentication failed'],
    also: ['534'],
  },
  {
    id: 'iredapd.password-expired',
    after: 'neo.sender-quotas',
    tier: 'fixed',
    phrases: ['password expired or never changed'],
  },
  // cPanel's Exim (router enforce_mail_permissions): the sending domain's outgoing mail is suspended
  // (discarded) or held (queued) by the host, not refused by any recipient
  {
    id: 'cpanel.outgoing-mail-hold',
    after: 'iredapd.password-expired',
    tier: 'fixed',
    phrases: ['has an outgoing mail suspension', 'has an outgoing mail hold'],
  },
  // cPanel's Exim (mail_permissions): the sending account is an archive user, which the host lets send
  // nothing
  {
    id: 'cpanel.account-may-not-send',
    after: 'cpanel.outgoing-mail-hold',
    tier: 'fixed',
    phrases: ['archive users are not permitted to send'],
  },
  {
    // a demo or trial account that may not send (cPanel's Exim: "User with uid <n> is a demo user.  You
    // cannot send mail if your account is in demo mode.", "Demo accounts may not send mail")
    id: 'text.demo-account',
    after: 'cpanel.account-may-not-send',
    tier: 'words',
    phrases: ['demo user', 'demo account', 'demo accounts', 'demo mode'],
  },
  {
    // the sender must change an expired password before the server takes mail again (iRedAPD's
    // CHANGE_PASSWORD_MESSAGE "... please change your password in webmail before sending email")
    id: 'text.password-change-required',
    after: 'text.demo-account',
    tier: 'words',
    phrases: ['change your password'],
  },
  {
    // any host's "outgoing mail ... suspended" (cPanel's Exim: "Outgoing mail from \"<domain>\" has been
    // suspended.", "... has an outgoing mail suspension"): the sending account or domain is stopped,
    // not the recipient's mailbox
    id: 'text.outgoing-mail-suspended',
    after: 'text.password-change-required',
    tier: 'words',
    phrases: ['outgoing mail'],
    also: ['suspen*'],
  },
  {
    id: 'exo.5.7.60-send-as-denied',
    after: 'exo.5.7.57-client-not-authenticated-anonymous',
    tier: 'provider',
    phrases: [
      'sendasdenied',
      'does not have permissions to send as',
      // Outlook's German notice when a delegate may not send on the mailbox owner's behalf
      'nicht die berechtigung, die nachricht im auftrag',
    ],
  },
  {
    id: 'exo.5.7.139-smtp-auth-disabled',
    after: 'exo.5.7.800-banned-sender-domain',
    tier: 'provider',
    phrases: ['smtpclientauthentication is disabled'],
    // SMTP AUTH is turned off for the tenant or the mailbox: an admin setting
  },
  {
    id: 'exo.5.7.3-smtp-auth-failed',
    after: 'exo.5.7.139-smtp-auth-disabled',
    tier: 'provider',
    owner: 'sender',
    status: ['5.7.3', '5.7.8', '5.7.139', '4.7.3'],
    phrases: ['authentication unsuccessful'],
    // a mail program or device signing in for SMTP submission gave wrong credentials
  },
  {
    id: 'exchange.storedrv-submission-quota',
    after: 'exo.submission-quota-exceeded',
    tier: 'provider',
    phrases: ['submissionquotaexceededexception'],
  },
  {
    id: 'mailgun.sandbox-domain',
    after: 'ses.identity-not-verified',
    tier: 'fixed',
    phrases: [
      'sandbox subdomains are for test purposes only',
      // the same "Domain %s is not allowed to send:" refusals of a free plan's account and of one not
      // yet activated (Mailgun error codes library)
      'free accounts are for test purposes only',
      'resend the activation email',
    ],
  },
  {
    id: 'mimecast.sender-account',
    after: 'netease.sender-not-allowed',
    tier: 'fixed',
    phrases: ['account outbounds disabled', 'submitter failed to authenticate'],
    // Mimecast: the sending organisation's outbound traffic is disabled, or its submission login failed
  },
  {
    id: 'icewarp.auth-canceled',
    after: 'icewarp.not-authorized-to-send',
    tier: 'fixed',
    phrases: ['authentication canceled'],
    // IceWarp 501 5.0.0: the sender's SMTP sign-in was cancelled
  },
  {
    id: 'kerio.app-password-required',
    after: 'icewarp.auth-canceled',
    tier: 'fixed',
    phrases: ['only application passwords are allowed'],
    // Kerio Connect with 2FA: the sending account must sign in with an application password
  },
  {
    id: 'zoho.unusual-sending-activity',
    after: 'godaddy.ib401-auth-inbound',
    tier: 'fixed',
    phrases: ['unusual sending activity'],
  },
  {
    id: 'fastmail.header-address',
    after: 'zoho.unusual-sending-activity',
    tier: 'fixed',
    phrases: ['not authorised to send from this header address'],
  },
  {
    // sisimai's reason list: the sending account's own service.
    id: 'sisimai.securityerror-ses',
    after: 'fastmail.header-address',
    tier: 'fixed',
    phrases: ['account not subscribed to ses'],
  },
  {
    // Cox: sending limited or blocked for suspicious activity on the sending Cox account
    id: 'cox.account-limited',
    after: 'orange.sender-auth',
    tier: 'provider',
    phrases: ['cxthrt', 'cxmj'],
    hosts: ['cox.net'],
  },
  {
    // Orange's submission servers: the sending account did not authenticate
    id: 'sisimai5.orange-authentification',
    after: 'sisimai.messagelabs-smtp-auth',
    tier: 'fixed',
    phrases: ['authentification invalide', 'authentification requise'],
  },
  {
    id: 'proximus.spam-investigation',
    after: 'ionos.send-limit',
    tier: 'fixed',
    phrases: ['under investigation for spam abuse'],
  },
  {
    id: 'ses.iam-not-authorized',
    after: 'postal.server-limits',
    tier: 'fixed',
    phrases: ['is not authorized to perform ses'],
  },
  {
    id: 'resend.testing-only',
    after: 'ses.iam-not-authorized',
    tier: 'fixed',
    phrases: ['you can only send testing emails to your own email address'],
  },
  {
    id: 'nifty.pop-before-smtp',
    after: 'oci.auth-failures',
    tier: 'fixed',
    phrases: ['must get pop/apop authorization'],
  },
  {
    // The user's own setting (the recipient's "can reply/send", the alias's attached recipients only)
    id: 'addy.reply-send-disallowed',
    after: 'wedos.sender-mailbox-disabled',
    tier: 'fixed',
    owner: 'sender',
    phrases: ['has disallowed replying and sending'],
  },
  {
    id: 'relay.replies-premium-only',
    after: 'addy.reply-send-disallowed',
    tier: 'fixed',
    phrases: ['replying to forwarded emails from your masked email is only available'],
  },
  {
    // BT's outgoing relay: the address sent from is not one the signed-in account may send as (mistyped,
    // or created less than a day ago), whatever "Recipient" its words name
    id: 'bt.no-destination-groups',
    after: 'relay.replies-premium-only',
    tier: 'provider',
    phrases: ['no authorised destination groups'],
  },
  {
    // Prolateral outMail, a smarthost hosting customers relay through: the account's sending quota is
    // used up, whatever "Recipient" its words name
    id: 'prolateral.outmail-quota',
    after: 'bt.no-destination-groups',
    tier: 'fixed',
    phrases: ['exceeded your outmail quota'],
  },
]);
