// sender-blocked: the sender's own account or tenant is stopped (../shared/TAXONOMY.md). Every phrase and code of the category, by tier.
import { inCategory, type Rule } from '../rule';

export const SENDER_BLOCKED: readonly Rule[] = inCategory('sender-blocked', [
  {
    id: 'exo.5.1.8-bad-outbound-sender',
    tier: 'provider',
    status: ['5.1.8'],
    phrases: ['bad outbound sender'],
    // the sending account was blocked for sending spam, usually because it was compromised
  },
  {
    id: 'exo.5.1.90-daily-recipient-limit',
    tier: 'provider',
    codeAlone: true,
    status: ['5.1.90'],
    phrases: ['daily limit', 'limit for message recipients'],
  },
  {
    id: 'exo.5.2.2-submission-quota',
    tier: 'provider',
    before: ['exo.5.2.2-mailbox-full'],
    status: ['5.2.2'],
    phrases: ['submission quota'],
    // the sender went over the recipient or message rate limit of Exchange Online
  },
  // --- 5.7.x: security and policy. 5.7.1 is a catch-all: the words decide.
  {
    id: 'exo.5.7.57-client-not-authenticated-anonymous',
    tier: 'provider',
    // one row (ids are unique, check.ts): its words under any code, 5.7.57 alone
    codeAlone: ['5.7.57'],
    before: ['exo.5.7.1-client-not-authenticated'],
    phrases: ['client was not authenticated to send anonymous mail', 'client not authenticated to send mail'],
    // a device or application relays through smtp.office365.com without signing in
  },
  {
    id: 'exo.5.7.501-spam-abuse',
    tier: 'provider',
    codeAlone: true,
    status: ['5.7.501'],
    phrases: ['spam abuse detected', 'access denied'],
  },
  {
    id: 'exo.5.7.502-banned-sender',
    tier: 'provider',
    codeAlone: true,
    status: ['5.7.502'],
    phrases: ['banned sender', 'access denied'],
  },
  {
    id: 'exo.5.7.503-banned-sender',
    tier: 'provider',
    codeAlone: true,
    status: ['5.7.503'],
    phrases: ['banned sender', 'access denied'],
  },
  {
    id: 'exo.5.7.520-external-forwarding',
    tier: 'provider',
    codeAlone: true,
    status: ['5.7.520'],
    phrases: ['forwarding', 'access denied'],
    // the forwarding mailbox's organization blocks automatic forwarding to outside addresses
  },
  {
    id: 'exo.5.7.703-tenant-allow-block-list',
    tier: 'provider',
    // one row (ids are unique, check.ts): its words under any code (5.7.1 too), 5.7.703 alone
    codeAlone: ['5.7.703'],
    phrases: ['tenant allow block list', 'tenant recipient block policy', 'blocked by your organization'],
    // the sender's own organization blocks the recipient in its Tenant Allow/Block List
  },
  {
    id: 'exo.5.7.705-tenant-threshold',
    tier: 'provider',
    codeAlone: true,
    status: ['5.7.705'],
    phrases: ['tenant has exceeded threshold', 'access denied'],
  },
  {
    id: 'exo.5.7.750-unregistered-domains',
    tier: 'provider',
    codeAlone: true,
    status: ['5.7.750'],
    phrases: ['unregistered domains', 'client blocked'],
  },
  {
    id: 'exo.5.7.800-banned-sender-domain',
    tier: 'provider',
    codeAlone: true,
    status: ['5.7.800'],
    phrases: ['banned sender', 'access denied'],
  },
  {
    id: 'exo.submission-quota-exceeded',
    tier: 'provider',
    phrases: ["sender's submission quota was exceeded", 'submission quota was exceeded'],
    // the row without a code: more than 10,000 recipients a day, often a compromised account
  },
  {
    id: 'outlook.access-denied-abuse',
    tier: 'provider',
    phrases: ['access denied, spam abuse detected', 'access denied, banned sender'],
    // Microsoft's wording for a sender banned for abuse (5.7.501..503, 5.7.800), also when the code is missing
  },
  {
    id: 'gmail.5.7.40-auth-mechanism',
    tier: 'provider',
    owner: 'sender',
    phrases: ['xoauth is no longer supported', 'unrecognized authentication type'],
  },
  {
    id: 'gmail.5.7.14-web-login',
    tier: 'provider',
    owner: 'sender',
    status: ['5.7.14', '5.7.9'],
    phrases: ['log in through your web browser', 'log in with your web browser'],
  },
  {
    id: 'text.gmail-send-mail-as',
    tier: 'fixed',
    owner: 'sender',
    phrases: ["'send mail as'", 'smtp auth failed with the remote server'],
    // Gmail could not send through the sender's own other SMTP server: the sender's settings
  },
  {
    id: 'text.gmail-sending-denied',
    tier: 'fixed',
    phrases: ['email sending denied'],
  },
  {
    id: 'emailrelay.auth-required',
    tier: 'fixed',
    phrases: ['authentication required: use starttls'],
    // E-MailRelay: the relay wants the sending MTA to start TLS and sign in ("use starttls" says how;
    // the far end has no TLS fault, which its "starttls" alone would say)
  },
  {
    id: 'text.gateway-submission-auth',
    tier: 'fixed',
    owner: 'sender',
    phrases: [
      'incorrect authentication data',
      'too many login attempts',
      'please log in with your web browser',
    ],
    // the sender's own sign-in to its submission server failed; the person sending fixes the credentials
  },
  // --- the sender's own account
  {
    id: 'text.sender-blocked',
    tier: 'words',
    phrases: [
      'authentication required',
      'must be authenticated',
      'authentication is required',
      'smtp auth',
      'sending limit',
      'daily limit',
      'account has been blocked',
      'sending has been disabled',
      'sender account',
      'outbound spam',
      'banned',
      "account isn't allowed to send",
      'must log in to send mail',
      'permission to send internet mail',
      'not allowed to send as user or group',
      'domain of smtp mail from is temporarily disabled',
      'domain of message from header is temporarily disabled',
      'must match authenticated user',
      'is suspended from outbound smtp access',
      'unverified mailbox',
      // courier-pythonfilter filters/localsenders.py: "517 Policy requires local senders to authenticate."
      'senders to authenticate',
      // SendGrid SMTP without a sign-in (API key): "550 Unauthenticated senders not allowed"
      'unauthenticated senders not allowed',
    ],
  },
  // --- MTA families from source code, third pass (issue 9): Courier
  {
    id: 'courier.535-authentication-rejected',
    tier: 'fixed',
    also: ['535'],
    phrases: ['authentication rejected'],
    // Courier courieresmtpd.C: the sender's AUTH was refused
  },
  // --- MTA families from source code, third pass (issue 9): Apache James
  {
    id: 'james.authentication-aborted',
    tier: 'fixed',
    phrases: ['authentication aborted'],
    // James AuthCmdHandler (501 5.7.0): the sender's own AUTH did not complete
  },
  // --- MTA families from source code, third pass (issue 9): Stalwart
  {
    id: 'stalwart.auth',
    tier: 'fixed',
    phrases: [
      'too many authentication errors',
      'you must authenticate first',
      'authentication credentials invalid',
    ],
    // Stalwart inbound/auth.rs and mail.rs: the sender's own login failed or is required
  },
  // --- MTA families from source code, third pass (issue 9): OpenSMTPD
  {
    id: 'opensmtpd.auth',
    tier: 'fixed',
    phrases: ['must issue an auth command first', 'auth rejected:'],
    // OpenSMTPD smtp_session.c (submission without AUTH) and mta_session.c (its smarthost refused the login)
  },
  // --- dma, read from its source while running it (issue 9, live MTAs)
  {
    id: 'dma.smtp-login',
    tier: 'fixed',
    phrases: ['smtp login to'],
    also: ['failed'],
    // dma net.c deliver_to_host: its smarthost refused the login of auth.conf, the sending side's account
  },
  // --- MTA families from source code, third pass (issue 9): hMailServer
  {
    id: 'hmailserver.auth',
    tier: 'fixed',
    phrases: ['login credentials no longer valid'],
    // hMailServer SMTPConnection.cpp: the sender's own login (submission) is refused
  },
  // --- MTA families from source code, third pass (issue 9): Postfix
  {
    id: 'postfix.sender-login-mismatch',
    tier: 'fixed',
    phrases: ['sender address rejected: not owned by user', 'not owned by auth user'],
    // Postfix smtpd_check.c reject_sender_login_mismatch: the sender signed in (or not) as someone
    // the envelope address does not belong to: the sender's own submission account
  },
  // --- by MTA family (issue 9, second pass): the sender's own server refuses an unauthenticated
  // or unentitled sender address (submission), not the recipient's side
  {
    id: 'james.sender-not-authenticated',
    tier: 'fixed',
    phrases: ['is not allowed for unauthenticated connection from'],
  },
  {
    id: 'haraka.sender-not-authenticated',
    tier: 'fixed',
    phrases: ['spoofed mail from', "doesn't match auth domain", 'is not allowed from your host'],
  },
  {
    id: 'stalwart.sender-not-authorized',
    tier: 'fixed',
    phrases: [
      'your account is not authorized to use this service',
      'you are not allowed to send from this address',
    ],
  },
  {
    id: 'cn-host.sending-quota',
    tier: 'fixed',
    phrases: ['sending quota exceeded', 'too much fail authentication'],
    // the sender's own account: its sending count, or its failed sign-ins (NetEase 451)
  },
  {
    id: 'smtp.submission-auth-failed',
    tier: 'fixed',
    reply: ['501', '535'],
    phrases: ['authentication failed'],
    // the reply to AUTH (RFC 4954 535; IceWarp 501 5.7.0): the sender's own sign-in was refused
  },
  // --- sending platforms (issue 9, rules4): the sender's own account may not send this
  {
    id: 'ses.identity-not-verified',
    tier: 'fixed',
    phrases: ['email address is not verified'],
  },
  {
    id: 'ses.account-sending-paused',
    tier: 'fixed',
    phrases: ['sending suspended for this account'],
    // Amazon SES SMTP "554 Message rejected: Sending suspended (paused) for this account.": AWS
    // stopped the whole account's sending, not any recipient's policy or mailbox
  },
  // --- mail providers (issue 9, rules4): the sender's own mailbox may not send, or the receiving
  // site bans the sender's address
  {
    id: 'mailru.sending-disabled',
    tier: 'fixed',
    phrases: ['message sending for this account is disabled'],
  },
  {
    id: 'cn-mta.sender-refused',
    tier: 'fixed',
    phrases: ['black mail address', 'relay check local fail'],
  },
  {
    id: 'netease.sender-not-allowed',
    tier: 'fixed',
    phrases: ['wm:blu', 'mi:spb'],
    // NetEase: this sender is not on the list of users allowed to send (此用户不在网易允许的发信用户列表里)
  },
  // --- Sendmail (issue 9, fifth pass): sendmail 8.17 sendmail/*.c, libsm/strexit.c, cf/m4/proto.m4
  {
    id: 'sendmail.auth-act-as',
    tier: 'fixed',
    phrases: ['not allowed to act as'],
    // cf/m4/proto.m4 trust_auth: the signed-in user may not send as the AUTH= identity it gave
  },
  // --- IceWarp and Kerio Connect (issue 9, fifth pass): vendors' documentation
  {
    id: 'icewarp.not-authorized-to-send',
    tier: 'fixed',
    reply: ['501'],
    status: ['5.7.1'],
    phrases: ['permission denied'],
    // IceWarp "Interpretation of 5xx Errors": 501 5.7.1 "You are not authorized to send" (SMTP AUTH
    // differs from the sender, submission port not used, no rDNS): the sending side, not a policy
    // of the recipient's (a plain "permission denied" stays broad)
  },
  // --- Zoho Mail (the sender's account held for unusual sending), Fastmail (a From it may not use)
  {
    // Orange / La Poste: the sending account is not authenticated as the address it sends from
    id: 'orange.sender-auth',
    tier: 'fixed',
    phrases: ['mail from not owned by user'],
  },
  {
    // Gmail: the sending account is disabled or not registered in the Google Workspace domain
    id: 'gmail.5.7.0-sending-denied',
    tier: 'provider',
    status: ['5.7.0'],
    phrases: ['mail sending denied'],
    hosts: ['google.com', 'gmail.com', 'googlemail.com'],
  },
  {
    // MessageLabs (Symantec.cloud): the sender must authenticate to send
    id: 'sisimai.messagelabs-smtp-auth',
    tier: 'fixed',
    phrases: ['please turn on smtp authentication in your mail client'],
  },
  // MailChannels outbound: the sender itself is blocked for abuse, permanently until the hosting
  // provider lifts it
  {
    id: 'mailchannels.sender-blocked',
    tier: 'provider',
    phrases: ['[esa]'],
    hosts: ['mailchannels.net'],
  },
  // iRedAPD (iRedMail's policy server): the sender address is not the account that logged in
  {
    id: 'iredapd.sender-login-mismatch',
    tier: 'fixed',
    phrases: ['sender is not same as smtp authenticate username'],
  },
  { id: 'ionos.send-limit', tier: 'fixed', phrases: ['mail send limit exceeded'] },
  // PolicyD v2 (cluebringer) Quotas module, the sending limit many shared hosts put on an account:
  // its default verdict texts, or the host's own ("Policy Rejection- Quota Exceeded", DreamHost)
  {
    id: 'policyd.sender-quota',
    tier: 'fixed',
    before: ['text.gateway-recipient-policy'],
    phrases: [
      'message count quota exceeded',
      'cumulative message size quota exceeded',
      'policy rejection- quota exceeded',
    ],
  },
  { id: 'postal.server-limits', tier: 'fixed', phrases: ['mail server has been suspended'] },
  { id: 'exo.restricted-sender-ndr', tier: 'fixed', phrases: ['no longer allowed to send email'] },
  {
    id: 'isp.outbound-spam-account',
    tier: 'fixed',
    phrases: [
      'unusual amount of unsolicited email originating from your address',
      'outbound mail refused',
      'blocked from sending. probably due to sending spam',
    ],
  },
  {
    id: 'neo.sender-quotas',
    tier: 'fixed',
    phrases: ['sender daily quota exceeded', 'sender daily bounce limit exceeded'],
  },
  // DirectAdmin's exim.pl: the sending account's (daily) message limit is used up
  { id: 'directadmin.message-limit', tier: 'fixed', phrases: ['have reached your message limit'] },
  { id: 'oci.auth-failures', tier: 'fixed', phrases: ['too many auth failures'] },
  { id: 'nwsmtp.auth-first', tier: 'fixed', phrases: ['send auth command first'] },
  {
    id: 'zmailer.submission-auth',
    tier: 'fixed',
    phrases: ['sender must authenticate first', 'too many authentication failures'],
  },
  {
    id: 'mta.not-allowed-to-send-as',
    tier: 'fixed',
    phrases: [
      'does not have permission to send as this sender',
      'not authorized to send from that email address',
      // SendGrid SMTP: the From is not one of the account's verified Sender Identities; Zoho Mail
      // SMTP: the From is not the signed-in account's address or alias
      'verified sender identity',
      'sender is not allowed to relay',
    ],
  },
  {
    id: 'gmail.relay-account-suspended',
    tier: 'provider',
    status: ['5.7.0'],
    phrases: ['sending email account has been temporarily suspended'],
  },
  {
    id: 'wedos.sender-mailbox-disabled',
    tier: 'fixed',
    phrases: ['sender address rejected: mailbox disabled'],
  },
]);
