// Mail server products whose own refusals had few or no fixtures, fifth sweep: mailcow's rspamd (its
// milter reject message, its greylisting message, its global recipient blacklist map), Modoboa's
// policy daemon (an account's daily sending limit), IceWarp's and Kerio Connect's SMTP refusals as
// their vendors document them, Zextras Carbonio's mailbox LMTP replies as Carbonio's own Postfix
// reports them, the LMTP proxy of OX Dovecot Pro, and Mercury/32's relay refusal. Each refusal is quoted by the sending side's Postfix or Exim (Carbonio: by the Postfix
// in front of its mailbox servers), in a bounce or a delay notice; some return the original message.
// Fixtures: test/fixtures/variants/servers5.
import { checkFixture, delayedRecipient, variantCases, type FixtureCase } from './fixture-cases';

const c = variantCases('servers5/');

const CASES: FixtureCase[] = [
  // mailcow-dockerized data/conf/rspamd/override.d/worker-proxy.inc: reject_message = "This message does
  // not meet our delivery requirements" (rspamd's milter answers a reject with 554 5.7.1 and it), quoted
  // by Postfix after end of DATA: mailcow's spam verdict on the message
  c('01-postfix-mailcow-rspamd-554-does-not-meet-delivery-requirements.eml', 'bounce', 'postfix', [
    'bob@example.net',
    '5.7.1',
    'content-rejected',
    'sender',
  ]),
  // mailcow-dockerized data/conf/rspamd/local.d/greylist.conf: message = "Greylisted, please try again
  // later" (rspamd's soft reject, 451 4.7.1), an Exim delay notice
  c(
    '02-exim-delay-mailcow-rspamd-451-greylisted.eml',
    'delay',
    'exim',
    delayedRecipient('frank@example.org', '4.7.1', 'rate-limited', 'sender-admin'),
  ),
  // the same greylisting reply for two recipients of one message, a Postfix delay notice
  c(
    '03-postfix-delay-mailcow-rspamd-451-greylisted-two.eml',
    'delay',
    'postfix',
    delayedRecipient('heidi@example.com', '4.7.1', 'rate-limited', 'sender-admin'),
    delayedRecipient('ivan@example.com', '4.7.1', 'rate-limited', 'sender-admin'),
  ),
  // mailcow-dockerized data/conf/rspamd/local.d/multimap.conf: GLOBAL_RCPT_BL, a prefilter map of the
  // admin's global recipient blacklist with action "reject" and no message, so rspamd's multimap
  // replies "Matched map: GLOBAL_RCPT_BL": the receiving organization's own list refuses the recipient
  c('04-postfix-mailcow-rspamd-matched-map-global-rcpt-bl.eml', 'bounce', 'postfix', [
    'sales@example.net',
    '5.7.1',
    'recipient-policy',
    'recipient-admin',
  ]),
  // modoboa/modoboa modoboa/policyd/core.py: FAILURE_ACTION = "defer_if_permit Daily limit reached,
  // retry later" for an account or domain over its daily sending limit; Postfix's policy restriction
  // answers '450 4.7.1 <rcpt>: Recipient address rejected: Daily limit reached, retry later' to an
  // application's Exim relaying through the Modoboa server: the sending account's own daily quota
  // (TAXONOMY sender-blocked: "over quota"; as hosting/10 reads Modoboa's Postfix-side shape), an Exim
  // delay notice
  c(
    '05-exim-delay-modoboa-policyd-daily-limit-reached.eml',
    'delay',
    'exim',
    delayedRecipient('lena@example.net', '4.7.1', 'sender-blocked', 'sender-admin'),
  ),
  // IceWarp, Interpretation of 5xx Errors in IceWarp SMTP (docs.icewarp.com .../Status/Logs/):
  // '501 5.7.1 Message is too long' ("Exceeded message size limit"), quoted by Exim after MAIL FROM
  // with SIZE
  c('06-exim-icewarp-501-5.7.1-message-is-too-long.eml', 'bounce', 'exim', [
    'nina@example.net',
    '5.7.1',
    'message-too-large',
    'sender',
  ]),
  // IceWarp, the same table: '501 5.7.1 Permission denied' ("Username given in AUTH differs from sender
  // in mail FROM" / "You are not authorized to send"), quoted by the Postfix of a scanner relaying
  // through the IceWarp server: the sending account's submission rights, its admin's
  c('07-postfix-icewarp-501-5.7.1-permission-denied.eml', 'bounce', 'postfix', [
    'paul@example.net',
    '5.7.1',
    'sender-blocked',
    'sender-admin',
  ]),
  // GFI Kerio Connect KB, Outbound Email Delivery Troubleshooting Article (support.kerioconnect.gfi.com
  // article 4416310418706): "550 5.7.1 Relaying is denied", quoted by Postfix after RCPT TO
  c('08-postfix-kerio-550-5.7.1-relaying-is-denied.eml', 'bounce', 'postfix', [
    'rita@example.org',
    '5.7.1',
    'relay-denied',
    'sender-admin',
  ]),
  // the same Kerio Connect reply for two recipients, quoted by Exim
  c(
    '09-exim-kerio-550-5.7.1-relaying-is-denied-two.eml',
    'bounce',
    'exim',
    ['tina@example.org', '5.7.1', 'relay-denied', 'sender-admin'],
    ['uma@example.org', '5.7.1', 'relay-denied', 'sender-admin'],
  ),
  // zextras/carbonio-mailbox store/src/main/java/com/zimbra/cs/lmtpserver/LmtpReply.java:
  // NO_SUCH_USER(550, "5.1.1", "No such user here"), reported by Carbonio's Postfix (lmtp)
  c('10-postfix-carbonio-lmtp-550-5.1.1-no-such-user-here.eml', 'bounce', 'postfix', [
    'wendy@example.org',
    '5.1.1',
    'recipient-unknown',
    'sender',
  ]),
  // LmtpReply.java: PERMANENT_FAILURE_OVER_QUOTA(552, "5.2.2", "Over quota"), the message returned
  c('11-postfix-carbonio-lmtp-552-5.2.2-over-quota.eml', 'bounce', 'postfix', [
    'yuri@example.org',
    '5.2.2',
    'mailbox-full',
    'recipient',
  ]),
  // LmtpReply.java: TEMPORARY_FAILURE_OVER_QUOTA(452, "4.2.2", "Over quota"), a Postfix delay notice
  c(
    '12-postfix-delay-carbonio-lmtp-452-4.2.2-over-quota.eml',
    'delay',
    'postfix',
    delayedRecipient('adam@example.org', '4.2.2', 'mailbox-full', 'recipient'),
  ),
  // LmtpReply.java: MAILBOX_DISABLED(450, "4.2.1", "Mailbox disabled, not accepting messages"), a
  // Postfix delay notice
  c(
    '13-postfix-delay-carbonio-lmtp-450-4.2.1-mailbox-disabled.eml',
    'delay',
    'postfix',
    delayedRecipient('carl@example.org', '4.2.1', 'mailbox-inactive', 'sender'),
  ),
  // LmtpReply.java: "550 5.1.1 No such user here" and "552 5.2.2 Over quota" for two recipients of one
  // message on two mailbox servers
  c(
    '14-postfix-carbonio-lmtp-two-no-such-user-and-over-quota.eml',
    'bounce',
    'postfix',
    ['ellen@example.org', '5.1.1', 'recipient-unknown', 'sender'],
    ['fred@example.org', '5.2.2', 'mailbox-full', 'recipient'],
  ),
  // LmtpReply.java: SERVICE_DISABLED(421, "4.3.2", "Service not available, closing transmission
  // channel"), the mailbox server's LMTP service down: a Postfix delay notice
  c(
    '15-postfix-delay-carbonio-lmtp-421-4.3.2-service-not-available.eml',
    'delay',
    'postfix',
    delayedRecipient('hank@example.org', '4.3.2', 'recipient-system', 'recipient-admin'),
  ),
  // three recipients, three products, one Postfix bounce: mailcow's rspamd reject (worker-proxy.inc),
  // Kerio Connect's "550 5.7.1 Relaying is denied" (Kerio KB 4416310418706) and IceWarp's "501 5.7.1
  // Message is too long" (IceWarp 5xx table)
  c(
    '16-postfix-three-mailcow-kerio-icewarp.eml',
    'bounce',
    'postfix',
    ['jack@example.net', '5.7.1', 'content-rejected', 'sender'],
    ['kate@example.org', '5.7.1', 'relay-denied', 'sender-admin'],
    ['liam@example.info', '5.7.1', 'message-too-large', 'sender'],
  ),
  // dovecot/core src/lmtp/lmtp-proxy.c (the LMTP proxy of OX Dovecot Pro's front ends):
  // smtp_server_recipient_reply(rcpt, 554, "5.4.6", "Proxying loops to itself") when the passdb's
  // proxy host is the proxy itself, reported by the receiving side's Postfix (lmtp)
  c('17-postfix-dovecot-pro-lmtp-proxy-554-5.4.6-proxying-loops-to-itself.eml', 'bounce', 'postfix', [
    'nils@example.net',
    '5.4.6',
    'mail-loop',
    'sender-admin',
  ]),
  // LmtpReply.java: MAILBOX_NOT_ON_THIS_SERVER(450, "4.2.0", "Mailbox is not on this server"), the
  // mailbox moved to another Carbonio mailbox server and the MTA's routing not yet updated: the
  // receiving system's own state, a Postfix delay notice
  c(
    '18-postfix-delay-carbonio-lmtp-450-4.2.0-mailbox-is-not-on-this-server.eml',
    'delay',
    'postfix',
    delayedRecipient('piet@example.org', '4.2.0', 'recipient-system', 'recipient-admin'),
  ),
  // Mercury/32's MercuryS: "553 We do not relay non-local mail, sorry." (Mercury help, Controlling
  // relaying: 'failed with a diagnostic like "553 - We do not relay..."', as quoted in
  // community.pmail.com topic 2910; the full line as win-servers/06 quotes it), quoted by Exim after
  // RCPT TO, the returned message's headers only
  c('19-exim-mercury-mercurys-553-we-do-not-relay-non-local-mail.eml', 'bounce', 'exim', [
    'support@example.org',
    '5.0.0',
    'relay-denied',
    'sender-admin',
  ]),
];

describe('mail server products, fifth sweep (test/fixtures/variants/servers5)', () => {
  it.each(CASES)('$file', (c) => checkFixture(c));
});
