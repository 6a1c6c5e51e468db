// Cloud and SaaS SMTP relays refusing a customer's devices and applications: what Microsoft 365 /
// Exchange Online's client submission and connectors, Google Workspace's SMTP relay service and
// smtp.gmail.com, Amazon SES's SMTP interface, SendGrid and Zoho Mail reply when a printer, a
// scanner, a web application or an on-premises server relays through them, each quoted by the local
// MTA that relayed (Postfix relayhost, Exim smarthost, sendmail SMART_HOST, qmail smtproutes, an
// Exchange send connector) in a bounce or a delay notice. The MTA's own sign-in to its relay host
// refused is its admin's to fix, whatever the relay's words; a relay that does not know the path
// (IP or domain not registered, the connector not matching) is relay-denied; TLS required is the
// sending side's infrastructure. Fixtures: test/fixtures/variants/cloud-relays.
import { checkFixture, delayedRecipient, variantCases, type FixtureCase } from './fixture-cases';

const c = variantCases('cloud-relays/');

const CASES: FixtureCase[] = [
  // Exchange Online SMTP AUTH: '535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is
  // disabled for the Tenant. Visit https://aka.ms/smtp_auth_disabled for more information.'
  // (learn.microsoft.com, Exchange Online "Enable or disable authenticated client SMTP submission
  // (SMTP AUTH)"), quoted by Postfix 'SASL authentication failed; server %s said: %s'
  // (postfix src/smtp/smtp_sasl_glue.c): the tenant's setting
  c(
    '01-postfix-exo-sasl-535-5.7.139-smtp-client-authentication-disabled-for-tenant.eml',
    'bounce',
    'postfix',
    ['bob@example.net', '5.7.139', 'sender-blocked', 'sender-admin'],
  ),
  // the same page: '... SmtpClientAuthentication is disabled for the Mailbox ...' (SMTP AUTH off for
  // the mailbox the device signs in as), Postfix, two recipients, the whole message returned
  c(
    '02-postfix-exo-sasl-535-5.7.139-smtp-client-authentication-disabled-for-mailbox-two.eml',
    'bounce',
    'postfix',
    ['carla@example.net', '5.7.139', 'sender-blocked', 'sender-admin'],
    ['dieter@example.com', '5.7.139', 'sender-blocked', 'sender-admin'],
  ),
  // Exchange Online after Basic authentication for client submission is retired: '535 5.7.139
  // Authentication unsuccessful, basic authentication is disabled.' (Microsoft's Exchange Team blog
  // on retiring Basic auth for SMTP AUTH; the reply as applications log it), Postfix relayhost SASL:
  // the relay host's sign-in must move to OAuth, its admin's work, not the person sending
  c('03-postfix-exo-sasl-535-5.7.139-basic-authentication-is-disabled.eml', 'bounce', 'postfix', [
    'it-alerts@example.org',
    '5.7.139',
    'sender-blocked',
    'sender-admin',
  ]),
  // Exchange Online: '535 5.7.139 Authentication unsuccessful, the request did not meet the criteria
  // to be authenticated successfully. Contact your administrator.' (Conditional Access or security
  // defaults blocking legacy sign-in; the reply as applications quote it), Postfix relayhost SASL
  c('04-postfix-exo-sasl-535-5.7.139-request-did-not-meet-the-criteria.eml', 'bounce', 'postfix', [
    'frank@example.org',
    '5.7.139',
    'sender-blocked',
    'sender-admin',
  ]),
  // Exchange Online: "535 5.7.139 Authentication unsuccessful, user is locked by your organization's
  // security defaults policy. Contact your administrator." (Microsoft Entra security defaults block
  // legacy authentication), Postfix relayhost SASL
  c('05-postfix-exo-sasl-535-5.7.139-user-locked-by-security-defaults.eml', 'bounce', 'postfix', [
    'grace@example.net',
    '5.7.139',
    'sender-blocked',
    'sender-admin',
  ]),
  // Exchange Online (smtp.office365.com): '530 5.7.57 Client not authenticated to send mail' (the reply
  // in a Postfix log, github.com/tarickb/sasl-xoauth2 issue 96; the NDR table's 5.7.57 "Client was not
  // authenticated to send anonymous mail during MAIL FROM", learn.microsoft.com
  // non-delivery-reports-in-exchange-online), quoted by Exim after MAIL FROM: a smarthost without the
  // authenticator its admin must set
  c('06-exim-exo-530-5.7.57-client-not-authenticated-to-send-mail.eml', 'bounce', 'exim', [
    'oncall@example.net',
    '5.7.57',
    'sender-blocked',
    'sender-admin',
  ]),
  // Exchange Online: '550 5.7.60 SMTP; Client does not have permissions to send as this sender'
  // (learn.microsoft.com fix-error-code-550-5-7-60), quoted by
  // sendmail after DATA: the signed-in mailbox lacks Send As for the From
  c('07-sendmail-exo-550-5.7.60-client-does-not-have-permissions-to-send-as.eml', 'bounce', 'sendmail', [
    'henry@example.org',
    '5.7.60',
    'sender-blocked',
    'sender-admin',
  ]),
  // Exchange Online: '550 5.7.64 TenantAttribution; Relay Access Denied' (learn.microsoft.com,
  // "Fix NDR error 5.7.64 TenantAttribution; Relay Access Denied in Exchange Online": the on-premises
  // server's IP or certificate no longer matches the inbound connector), quoted by Postfix at RCPT,
  // two recipients
  c(
    '08-postfix-exo-connector-550-5.7.64-tenant-attribution-relay-access-denied-two.eml',
    'bounce',
    'postfix',
    ['ines@example.org', '5.7.64', 'relay-denied', 'sender-admin'],
    ['jakob@example.net', '5.7.64', 'relay-denied', 'sender-admin'],
  ),
  // Exchange: '451 5.7.3 STARTTLS is required to send mail' (Exchange's SmtpResponse
  // RequireTLSToSendMail, Microsoft.Exchange.Data.Transport; go-sisimai's FailedSTARTTLS list), a
  // Postfix delay notice after MAIL FROM (the 451 makes Postfix's status 4.7.3): the device or MTA must
  // start TLS
  c(
    '09-postfix-delay-exo-451-5.7.3-starttls-is-required-to-send-mail.eml',
    'delay',
    'postfix',
    delayedRecipient('karen@example.net', '4.7.3', 'sender-infrastructure', 'sender-admin'),
  ),
  // Exchange 2019 on premises relaying through smtp.office365.com with one signed-in account for all
  // users: "Remote Server returned '550 5.7.60 SMTP; Client does not have permissions to send as this
  // sender'" (Exchange Online NDR 5.7.60), two recipients
  c(
    '10-exchange2019-smarthost-exo-550-5.7.60-send-as-denied-two.eml',
    'bounce',
    'exchange',
    ['liam@example.org', '5.7.60', 'sender-blocked', 'sender-admin'],
    ['maria@example.net', '5.7.60', 'sender-blocked', 'sender-admin'],
  ),
  // Google Workspace SMTP relay: '550 5.7.0 Mail relay denied <ip>. Invalid credentials for relay for
  // one of the domains in: <domain> (as obtained from HELO and MAIL FROM). Email is being sent from a
  // domain or IP address which isn't registered in your Workspace account. ...'
  // (support.google.com/a/answer/6140680, its error messages; answer/3726730), quoted by Postfix at
  // RCPT: the device's IP is not registered in the relay setting
  c('11-postfix-google-relay-550-5.7.0-mail-relay-denied-ip-not-registered.eml', 'bounce', 'postfix', [
    'nora@example.net',
    '5.7.0',
    'relay-denied',
    'sender-admin',
  ]),
  // Google Workspace SMTP relay: "550 5.7.1 Invalid credentials for relay <ip>. The IP address you've
  // registered in your Workspace SMTP Relay service doesn't match domain of the account this email is
  // being sent from. ..." (support.google.com/a/answer/6140680 and 3726730), quoted by Exim at RCPT,
  // the message returned whole
  c('12-exim-google-relay-550-5.7.1-invalid-credentials-for-relay.eml', 'bounce', 'exim', [
    'oscar@example.com',
    '5.7.1',
    'relay-denied',
    'sender-admin',
  ]),
  // Google Workspace SMTP relay: '550 5.7.1 Daily SMTP relay limit exceeded for customer.'
  // (support.google.com/a/answer/3726730; answer/6140680 "The customer has reached their daily SMTP
  // relay limit ... contact your administrator"), Postfix: the organization's allowance, its admin's
  c(
    '13-postfix-google-relay-550-5.7.1-daily-smtp-relay-limit-exceeded-for-customer.eml',
    'bounce',
    'postfix',
    ['paula@example.org', '5.7.1', 'rate-limited', 'sender-admin'],
  ),
  // Google Workspace SMTP relay: '450 4.2.1 Peak SMTP relay limit exceeded for customer. This is a
  // temporary error.' (support.google.com/a/answer/3726730 and 6140680), a Postfix delay notice for
  // two recipients
  c(
    '14-postfix-delay-google-relay-450-4.2.1-peak-smtp-relay-limit-exceeded-two.eml',
    'delay',
    'postfix',
    delayedRecipient('quentin@example.net', '4.2.1', 'rate-limited', 'sender-admin'),
    delayedRecipient('rosa@example.org', '4.2.1', 'rate-limited', 'sender-admin'),
  ),
  // Gmail (smtp.gmail.com): '534 5.7.9 Application-specific password required'
  // (support.google.com/a/answer/3726730, '534, "5.7.9", Application-specific password required.
  // Learn more at https://support.google.com/mail/?p=InvalidSecondFactor'), quoted by Postfix's
  // relayhost SASL: the relay account's app password, which the MTA's admin sets
  c('15-postfix-gmail-sasl-534-5.7.9-application-specific-password-required.eml', 'bounce', 'postfix', [
    'sam@example.com',
    '5.7.9',
    'sender-blocked',
    'sender-admin',
  ]),
  // Amazon SES SMTP: '535 Authentication Credentials Invalid' (docs.aws.amazon.com/ses/latest/dg/
  // troubleshoot-smtp.html and smtp-response-codes), Postfix relayhost SASL: the SMTP credentials the
  // admin configured (not the IAM secret key itself)
  c('16-postfix-ses-sasl-535-authentication-credentials-invalid.eml', 'bounce', 'postfix', [
    'tina@example.net',
    '5.0.0',
    'sender-blocked',
    'sender-admin',
  ]),
  // Amazon SES SMTP in the sandbox: '554 Message rejected: Email address is not verified. The
  // following identities failed the check in region <region>: <identities>' (repost.aws knowledge
  // center ses-554-400-message-rejected-error; SES "Request production access"), Exim after end of
  // data, two unverified recipients: the account's sandbox, its admin's
  c(
    '17-exim-ses-sandbox-554-email-address-is-not-verified-two.eml',
    'bounce',
    'exim',
    ['ulrich@example.net', '5.0.0', 'sender-blocked', 'sender-admin'],
    ['vera@example.com', '5.0.0', 'sender-blocked', 'sender-admin'],
  ),
  // SendGrid SMTP: '550 The from address does not match a verified Sender Identity. Mail cannot be
  // sent until this error is resolved. Visit https://sendgrid.com/docs/for-developers/sending-email/
  // sender-identity/ to see the Sender Identity requirements' (the reply as sendgrid/sendgrid-nodejs
  // issue 1088 and sendgrid/docs issue 6124 quote it), Postfix after end of DATA, message returned
  c('18-postfix-sendgrid-550-from-address-does-not-match-verified-sender-identity.eml', 'bounce', 'postfix', [
    'walter@example.org',
    '5.0.0',
    'sender-blocked',
    'sender-admin',
  ]),
  // SendGrid SMTP: '550 Unauthenticated senders not allowed' (go-sisimai's SecurityError word list;
  // Easy WP SMTP's error table), Exim after MAIL FROM: the client did not sign in with its API key
  c('19-exim-sendgrid-550-unauthenticated-senders-not-allowed.eml', 'bounce', 'exim', [
    'xena@example.com',
    '5.0.0',
    'sender-blocked',
    'sender-admin',
  ]),
  // Zoho Mail SMTP: '553 Sender is not allowed to relay emails' (the From is not the signed-in
  // account's address or one of its aliases; Zoho Mail's SMTP help, as applications quote the
  // reply), Exim after MAIL FROM: the sender's own submission, not a path the relay refuses
  c('20-exim-zoho-553-sender-is-not-allowed-to-relay-emails.eml', 'bounce', 'exim', [
    'yusuf@example.org',
    '5.0.0',
    'sender-blocked',
    'sender-admin',
  ]),
  // Postfix with transport_maps, three recipients, three causes: Google's '550 5.7.1 Invalid
  // credentials for relay' (support.google.com/a/answer/6140680), Exchange Online's '550 5.7.64
  // TenantAttribution; Relay Access Denied' (learn.microsoft.com NDR 5.7.64), and the local store's
  // '550 5.1.1 <addr>: Recipient address rejected: User unknown in virtual mailbox table' (postfix
  // src/smtpd/smtpd_check.c)
  c(
    '21-postfix-three-relays-invalid-credentials-tenant-attribution-user-unknown.eml',
    'bounce',
    'postfix',
    ['adam@example.net', '5.7.1', 'relay-denied', 'sender-admin'],
    ['beth@example.org', '5.7.64', 'relay-denied', 'sender-admin'],
    ['zoe@example.com', '5.1.1', 'recipient-unknown', 'sender'],
  ),
  // Exim routing by domain through two smarthosts: SendGrid's '550 The from address does not match a
  // verified Sender Identity ...' after end of data, and Google's '550 5.7.0 Mail relay denied ...'
  // at RCPT (support.google.com/a/answer/6140680)
  c(
    '22-exim-two-smarthosts-sendgrid-sender-identity-and-google-relay-denied.eml',
    'bounce',
    'exim',
    ['carlos@example.com', '5.0.0', 'sender-blocked', 'sender-admin'],
    ['dana@example.net', '5.7.0', 'relay-denied', 'sender-admin'],
  ),
  // Exchange: '451 5.7.3 STARTTLS is required to send mail' (Exchange SmtpResponse
  // RequireTLSToSendMail), an Exim delay warning for two recipients (Exim's "Delay reason:", its
  // moan.c warning text)
  c(
    '23-exim-delay-exo-451-5.7.3-starttls-is-required-to-send-mail-two.eml',
    'delay',
    'exim',
    delayedRecipient('emile@example.com', '4.0.0', 'sender-infrastructure', 'sender-admin'),
    delayedRecipient('fanny@example.net', '4.0.0', 'sender-infrastructure', 'sender-admin'),
  ),
  // Google Workspace SMTP relay's '550 5.7.0 Mail relay denied ... Invalid credentials for relay ...'
  // (support.google.com/a/answer/6140680), sendmail SMART_HOST after DATA, two recipients (sendmail's
  // savemail.c report and its transcript)
  c(
    '24-sendmail-smarthost-google-relay-550-5.7.0-mail-relay-denied-two.eml',
    'bounce',
    'sendmail',
    ['gina@example.com', '5.7.0', 'relay-denied', 'sender-admin'],
    ['hugo@example.org', '5.7.0', 'relay-denied', 'sender-admin'],
  ),
  // SendGrid's '550 Unauthenticated senders not allowed' (go-sisimai SecurityError list) to an
  // Exchange 2016 send connector using smtp.sendgrid.net as smart host without basic authentication
  c('25-exchange2016-smarthost-sendgrid-550-unauthenticated-senders-not-allowed.eml', 'bounce', 'exchange', [
    'ken@example.com',
    '5.0.0',
    'sender-blocked',
    'sender-admin',
  ]),
  // Amazon SES SMTP: '554 Message rejected: Email address is not verified. The following identities
  // failed the check in region EU-CENTRAL-1: <from>' (repost.aws ses-554-400-message-rejected-error:
  // the From identity is not verified), quoted by qmail-remote through smtproutes ("Remote host
  // said:", notqmail qmail-remote.c); qmail gives no status code
  c('26-qmail-smtproutes-ses-554-email-address-is-not-verified.eml', 'bounce', 'qmail', [
    'lena@example.net',
    null,
    'sender-blocked',
    'sender-admin',
  ]),
];

describe('cloud and SaaS SMTP relays refusing devices and applications (test/fixtures/variants/cloud-relays)', () => {
  it.each(CASES)('$file', (k) => checkFixture(k));
});
