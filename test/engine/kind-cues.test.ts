// The cues other mail applications use to tell a bounce from other automatic mail, each in one
// invented message of the project's own (test/fixtures/kind-cues/): SpamAssassin's VBounce rules
// (rules/20_vbounce.cf), Request Tracker's IsMachineGeneratedMail, Zammad's bounce and out-of-office
// filters, Znuny's PostMaster filters, Discourse's Email::Receiver, osTicket's filters, and the
// sisimai library Znuny hands bounces to (Order.pm's subjects, RFC3834.pm). A bounce or delay cue
// must give that kind and find the failed recipient (bob@example.org); an auto-reply, receipt,
// list, bulk or ordinary message must never be a bounce. Left out, read otherwise here: senders
// that name no mail system by name (mailadmin, SMTP gateway, scanner, quotaagent, errmail, InterScan
// MSS: each is a person or a service as often), "non-working address" alone, Exim's "frozen"
// notice to the postmaster, Exchange's inbox-rule headers (on its NDRs too) and an autoresponder
// known only by its body.
import fs from 'node:fs';
import path from 'node:path';
import { diagnose } from '../../src/diagnosis';
import type { Kind } from '../../src/diagnosis/types';

const DIR = path.join(__dirname, '../fixtures/kind-cues');

const CASES: [file: string, kind: Kind, cue: string][] = [
  [
    '001-sa-from-mailer-daemon.eml',
    'bounce',
    'From mailer-daemon@ (+RT:583, osTicket:947, Discourse is_auto_generated?) (SA rules/20_vbounce.cf:66)',
  ],
  ['002-sa-from-daemon.eml', 'bounce', 'From daemon@ (SA rules/20_vbounce.cf:66)'],
  [
    '003-sa-from-postmaster.eml',
    'bounce',
    'From postmaster@ (+RT:584, osTicket:947) (SA rules/20_vbounce.cf:66)',
  ],
  ['007-sa-from-null.eml', 'bounce', "From <> (+RT:585 From eq '') (SA rules/20_vbounce.cf:66)"],
  ['008-sa-rpath-null.eml', 'bounce', 'Return-Path: <> (+RT:579, osTicket:951) (SA rules/20_vbounce.cf:68)'],
  [
    '009-sa-rpath-mailer-deamon.eml',
    'bounce',
    'Return-Path mailer-deamon@ (typo) (SA rules/20_vbounce.cf:71)',
  ],
  [
    '012-sa-subj-returned-transcript.eml',
    'bounce',
    'Subject Returned mail: see transcript for details (SA rules/20_vbounce.cf:88)',
  ],
  [
    '013-sa-subj-returned-user-unknown.eml',
    'bounce',
    'Subject Returned mail: User unknown (SA rules/20_vbounce.cf:90)',
  ],
  [
    '014-sa-subj-data-format.eml',
    'bounce',
    'Subject Returned mail: Data format error (SA rules/20_vbounce.cf:104)',
  ],
  [
    '015-sa-subj-mail-delivery-failed.eml',
    'bounce',
    'Subject Mail delivery failed: (SA rules/20_vbounce.cf:91)',
  ],
  [
    '016-sa-subj-message-delivery-failure.eml',
    'bounce',
    'Subject Message Delivery Failure (SA rules/20_vbounce.cf:92)',
  ],
  [
    '017-sa-body-exim-typo.eml',
    'bounce',
    'body This messages was created automatically by mail delivery software (SA rules/20_vbounce.cf:93)',
  ],
  [
    '018-sa-subj-undeliverable.eml',
    'bounce',
    'Subject Undeliverable: (+osTicket:949) (SA rules/20_vbounce.cf:99)',
  ],
  [
    '019-sa-subj-undelivered-mail.eml',
    'bounce',
    'Subject Undelivered Mail (+osTicket:950) (SA rules/20_vbounce.cf:100)',
  ],
  ['020-sa-subj-not-delivered.eml', 'bounce', 'Subject MESSAGE NOT DELIVERED: (SA rules/20_vbounce.cf:101)'],
  [
    '021-sa-subj-addressing-error.eml',
    'bounce',
    'Subject e-mail addressing error ( (SA rules/20_vbounce.cf:102)',
  ],
  [
    '022-sa-subj-no-valid-recipient.eml',
    'bounce',
    'Subject No valid recipient in (SA rules/20_vbounce.cf:103)',
  ],
  [
    '023-sa-subj-could-not.eml',
    'bounce',
    'Subject Mail could not be delivered (+Sisimai mail-could) (SA rules/20_vbounce.cf:105)',
  ],
  [
    '024-sa-subj-undeliverable-message.eml',
    'bounce',
    'Subject Undeliverable Message (SA rules/20_vbounce.cf:106)',
  ],
  [
    '025-dsn-report-failed.eml',
    'bounce',
    'multipart/report delivery-status Action: failed (SA rules/20_vbounce.cf:107; mail lib/mail/message.rb:1545-1562; osTicket class.mailparse.php:308)',
  ],
  [
    '026-sa-subj-delivery-failure-notif.eml',
    'bounce',
    'Subject Delivery Failure Notification (SA rules/20_vbounce.cf:108)',
  ],
  [
    '027-sa-subj-dsn-failure.eml',
    'bounce',
    'Subject Delivery Status Notification (osTicket:949) (SA rules/20_vbounce.cf:109)',
  ],
  [
    '028-sa-subj-dsn-delay.eml',
    'delay',
    'Subject Delivery Status Notification (Delay) (SA rules/20_vbounce.cf:109)',
  ],
  [
    '029-sa-subj-notification-detat.eml',
    'bounce',
    "Subject Notification d'\u00e9tat de la distribution (SA rules/20_vbounce.cf:111)",
  ],
  ['030-sa-subj-returned-mail.eml', 'bounce', 'Subject Returned Mail (SA rules/20_vbounce.cf:112)'],
  [
    '031-sa-subj-domino-delivery-failure.eml',
    'bounce',
    'Subject DELIVERY FAILURE (+osTicket:949, Sisimai delivery-failure) (SA rules/20_vbounce.cf:113)',
  ],
  [
    '032-sa-subj-mail-delivery-failure.eml',
    'bounce',
    'Subject Mail Delivery Failure (SA rules/20_vbounce.cf:114)',
  ],
  [
    '033-sa-mdn-auto-replied-rejected.eml',
    'bounce',
    'Auto-Submitted: auto-replied (rejected) with disposition-notification ctype (SA rules/20_vbounce.cf:118)',
  ],
  [
    '034-sa-body-etrust.eml',
    'bounce',
    'body eTrust Secure Content Manager SMTPMAIL could not deliver the e-mail (SA rules/20_vbounce.cf:127)',
  ],
  [
    '036-sa-body-no-resend.eml',
    'bounce',
    'body Please do not resend your original message. (SA rules/20_vbounce.cf:130)',
  ],
  [
    '038-sa-vb-content-rejected.eml',
    'bounce',
    'body host X said: 5xx Error: Message content rejected (SA rules/20_vbounce.cf:232)',
  ],
  [
    '039-sa-vb-aol-virus.eml',
    'bounce',
    'body TRANSACTION FAILED - Unrepairable Virus Detected. (SA rules/20_vbounce.cf:233)',
  ],
  ['040-sa-vb-email-rejected.eml', 'bounce', 'Subject EMAIL REJECTED (SA rules/20_vbounce.cf:238)'],
  ['041-sa-vb-virus-detected.eml', 'bounce', 'Subject Virus detected (SA rules/20_vbounce.cf:250)'],
  [
    '042-sa-vb-possible-junk.eml',
    'bounce',
    'Subject Message Undeliverable: Possible Junk/Spam Mail Identified (SA rules/20_vbounce.cf:289)',
  ],
  [
    '043-sa-vb-gwava-rbl.eml',
    'bounce',
    'Subject GWAVA Sender Notification (RBL block) (SA rules/20_vbounce.cf:316)',
  ],
  [
    '044-sa-vb-delivery-warning-report.eml',
    'delay',
    'Subject Delivery warning report id= (SA rules/20_vbounce.cf:304)',
  ],
  [
    '045-sa-vb-delivery-error-report.eml',
    'bounce',
    'Subject Delivery error report id= (SA rules/20_vbounce.cf:304)',
  ],
  [
    '046-os-x-failed-recipients.eml',
    'bounce',
    'X-Failed-Recipients: header (osTicket include/class.filter.php:953)',
  ],
  [
    '047-os-from-display-mailer-daemon.eml',
    'bounce',
    'From contains MAILER-DAEMON (display name only) (osTicket include/class.filter.php:947)',
  ],
  [
    '048-dc-from-mailer_daemon.eml',
    'bounce',
    'From mailer[-_]?daemon@ (Discourse lib/email/receiver.rb is_auto_generated?)',
  ],
  [
    '049-dc-from-post-master.eml',
    'bounce',
    'From post[-_]?master@ (Discourse lib/email/receiver.rb is_auto_generated?)',
  ],
  [
    '050-dc-verp-bounce-key.eml',
    'bounce',
    'To +verp-<32hex>@ (bounce key) (Discourse lib/email/receiver.rb bounce_key)',
  ],
  [
    '051-si-non-recapitabile.eml',
    'bounce',
    'Subject Non recapitabile: (Sisimai lib/Sisimai/Order.pm (Znuny DetectBounceEmail):70)',
  ],
  [
    '052-si-non-remis.eml',
    'bounce',
    'Subject Non remis : (Sisimai lib/Sisimai/Order.pm (Znuny DetectBounceEmail):71)',
  ],
  [
    '053-si-onbestelbaar.eml',
    'bounce',
    'Subject Onbestelbaar: (Sisimai lib/Sisimai/Order.pm (Znuny DetectBounceEmail):73)',
  ],
  [
    '054-si-nao-entregue.eml',
    'bounce',
    'Subject N\u00e3o entregue: (Sisimai lib/Sisimai/Order.pm (Znuny DetectBounceEmail):69)',
  ],
  [
    '056-si-exim-warning-delayed.eml',
    'delay',
    'Subject Warning: message ; body No action is required on your part (Sisimai lib/Sisimai/Order.pm (Znuny DetectBounceEmail):104; Lhost/Exim.pm:26,140)',
  ],
  [
    '057-si-postmaster-notify.eml',
    'bounce',
    'Subject Postmaster notify: (Sisimai lib/Sisimai/Order.pm (Znuny DetectBounceEmail):75)',
  ],
  [
    '058-si-failure-notice.eml',
    'bounce',
    'Subject failure notice (Sisimai lib/Sisimai/Order.pm (Znuny DetectBounceEmail):44)',
  ],
  [
    '059-si-permanent-delivery.eml',
    'bounce',
    'Subject Permanent Delivery Failure (Sisimai lib/Sisimai/Order.pm (Znuny DetectBounceEmail):74)',
  ],
  [
    '060-si-there-was.eml',
    'bounce',
    'Subject There was an error (Sisimai lib/Sisimai/Order.pm (Znuny DetectBounceEmail):85)',
  ],
  [
    '061-si-delivery-notification.eml',
    'bounce',
    'Subject Delivery Notification: (Sisimai lib/Sisimai/Order.pm (Znuny DetectBounceEmail):26)',
  ],
  [
    '062-si-message-you-blocked.eml',
    'bounce',
    'Subject Message you sent blocked by our bulk email filter (Sisimai lib/Sisimai/Order.pm (Znuny DetectBounceEmail):68; SA:214 (C/R!))',
  ],
  [
    '063-si-mail-system-error.eml',
    'bounce',
    'Subject Mail System Error (Sisimai lib/Sisimai/Order.pm (Znuny DetectBounceEmail):65)',
  ],
  [
    '064-si-exim-mail-failure.eml',
    'bounce',
    'Subject Mail failure - (Sisimai lib/Sisimai/Order.pm (Znuny DetectBounceEmail):63; RFC3834.pm:39)',
  ],
  [
    '065-si-sendmail-warning.eml',
    'delay',
    'Subject Warning: could not send message for past 4 hours (Sisimai lib/Sisimai/Order.pm (Znuny DetectBounceEmail):104)',
  ],
  [
    '066-zm-dsn-delayed-441.eml',
    'delay',
    'DSN Action: delayed, Status 4.4.1 (Zammad app/models/channel/filter/bounce_delivery_temporary_failed.rb:7-9)',
  ],
  [
    '067-zm-dsn-delivered.eml',
    'delivered',
    'DSN Action: delivered (mail lib/mail/part.rb:54-58 (bounced? false))',
  ],
  [
    '068-zm-dsn-part-in-mixed.eml',
    'bounce',
    'message/delivery-status part inside multipart/mixed (mail lib/mail/message.rb:1546 (needs report-type))',
  ],
  [
    '069-sa-ooo-subject-asu.eml',
    'auto-reply',
    'Auto-Submitted: auto-replied + Subject Out Of Office (SA rules/20_vbounce.cf:145,151)',
  ],
  [
    '070-sa-ooo-xautoreply-body.eml',
    'auto-reply',
    'X-Autoreply: yes + body I am currently out of the office (SA rules/20_vbounce.cf:142,156)',
  ],
  [
    '071-sa-ooo-prec-automatic-reply.eml',
    'auto-reply',
    'Precedence: auto_reply + Automatic reply: + on vacation (SA rules/20_vbounce.cf:143,160,162)',
  ],
  [
    '072-sa-ooo-xprec-french.eml',
    'auto-reply',
    "X-Precedence: auto_reply + R\u00e9ponse automatique d'absence du bureau (SA rules/20_vbounce.cf:144,149)",
  ],
  [
    '073-sa-ooo-away-from-office.eml',
    'auto-reply',
    "Subject ' (away from the office)' + Auto-Submitted (SA rules/20_vbounce.cf:150)",
  ],
  [
    '074-sa-ooo-finnish.eml',
    'auto-reply',
    'Automaattinen vastaus: + olen lomalla (SA rules/20_vbounce.cf:160,163)',
  ],
  [
    '075-sa-ooo-dutch-return.eml',
    'auto-reply',
    'Automatisch antwoord: + return to the office (SA rules/20_vbounce.cf:160,164)',
  ],
  [
    '076-sa-ooo-away-until.eml',
    'auto-reply',
    "body I'm away until ... and am unable to read your message (SA rules/20_vbounce.cf:155)",
  ],
  [
    '077-sa-yahoo-auto-response.eml',
    'auto-reply',
    'Subject Yahoo! Auto Response (SA rules/20_vbounce.cf:87 (in BOUNCE_MESSAGE))',
  ],
  [
    '079-sa-auto-generated-response.eml',
    'auto-reply',
    'Subject Automatically Generated Response from (SA rules/20_vbounce.cf:125 (in BOUNCE_MESSAGE))',
  ],
  [
    '080-sa-automated-response.eml',
    'auto-reply',
    'Subject automated response (SA rules/20_vbounce.cf:126 (in BOUNCE_MESSAGE))',
  ],
  [
    '081-sa-autoreply-subject.eml',
    'auto-reply',
    'Subject AutoReply (SA rules/20_vbounce.cf:132 (in BOUNCE_MESSAGE))',
  ],
  [
    '082-sa-rpath-autoresponder.eml',
    'auto-reply',
    'Return-Path autoresponder@ + X-Mailer autoresponder (SA rules/20_vbounce.cf:71,82 (in BOUNCE_MESSAGE))',
  ],
  [
    '083-sa-cr-verify.eml',
    'not-a-bounce',
    'challenge: Please Verify Your Email Address / spamblocker-challenge@ (SA rules/20_vbounce.cf:175-176 (CRBOUNCE))',
  ],
  [
    '084-sa-cron-daemon.eml',
    'not-a-bounce',
    'From (Cron Daemon) + X-Cron-Env (SA rules/20_vbounce.cf:76 (X-Cron-Env excluded))',
  ],
  [
    '085-sa-majordomo-results.eml',
    'not-a-bounce',
    'From majordomo@ + Majordomo results: (SA rules/20_vbounce.cf:66,294-297)',
  ],
  [
    '086-sa-mdn-read-receipt.eml',
    'read-receipt',
    'report-type=disposition-notification (SA rules/20_vbounce.cf:116,119)',
  ],
  [
    '087-sa-read-rpath-null.eml',
    'read-receipt',
    'Subject Read: + Return-Path <> (text) (SA rules/20_vbounce.cf:69,134)',
  ],
  [
    '088-sa-vb-stripped-attachment.eml',
    'not-a-bounce',
    'body has stripped one or more attachments (message was delivered) (SA rules/20_vbounce.cf:229)',
  ],
  [
    '089-rt-precedence-bulk.eml',
    'not-a-bounce',
    'Precedence: bulk (newsletter) (RT lib/RT/Interface/Email.pm:588)',
  ],
  ['090-rt-precedence-junk.eml', 'not-a-bounce', 'Precedence: junk (RT lib/RT/Interface/Email.pm:588)'],
  [
    '091-rt-auto-submitted-generated.eml',
    'not-a-bounce',
    'Auto-Submitted: auto-generated (notification) (RT lib/RT/Interface/Email.pm:592-593)',
  ],
  [
    '092-rt-x-fc-machinegenerated.eml',
    'not-a-bounce',
    'X-FC-Machinegenerated: true (RT lib/RT/Interface/Email.pm:596-597)',
  ],
  [
    '094-zm-zimbra-vacation.eml',
    'auto-reply',
    'Auto-Submitted: auto-replied (vacation) (Zammad app/models/channel/filter/out_of_office_check.rb:21)',
  ],
  [
    '095-zm-owner-email.eml',
    'auto-reply',
    'Auto-Submitted: auto-replied; owner-email= (Zammad app/models/channel/filter/out_of_office_check.rb:26)',
  ],
  [
    '096-zm-gmail-vacation-subject.eml',
    'auto-reply',
    'Auto-Submitted: auto-replied + Subject vacation (Zammad app/models/channel/filter/out_of_office_check.rb:31)',
  ],
  [
    '097-zm-x-loop.eml',
    'not-a-bounce',
    'X-Loop: yes (Zammad app/models/channel/filter/auto_response_check.rb:19)',
  ],
  [
    '098-zm-list-unsubscribe.eml',
    'not-a-bounce',
    'List-Unsubscribe + Precedence: list (Zammad app/models/channel/filter/auto_response_check.rb:18,20)',
  ],
  [
    '099-zm-abuse-sender.eml',
    'not-a-bounce',
    'From abuse@ (no auto-response) (Zammad send_no_auto_response_reg_exp; Znuny SendNoAutoResponseRegExp)',
  ],
  [
    '100-zm-root-sudo.eml',
    'not-a-bounce',
    'From root@ + Security information for (Zammad send_no_auto_response_reg_exp root; Sisimai RFC3834.pm:35-38)',
  ],
  [
    '101-zm-noreply-shop-delivered.eml',
    'not-a-bounce',
    'From noreply@ + parcel delivered (Zammad send_no_auto_response_reg_exp noreply; Discourse is_auto_generated? no[-_]?reply)',
  ],
  [
    '102-zm-noreply-carrier-failed.eml',
    'not-a-bounce',
    'From no-reply@ + parcel delivery failed (Zammad/Discourse no-reply sender)',
  ],
  [
    '103-zn-x-no-loop.eml',
    'not-a-bounce',
    'X-No-Loop header (Znuny Kernel/System/PostMaster.pm GetEmailParams)',
  ],
  [
    '104-zn-mailing-list.eml',
    'not-a-bounce',
    'Mailing-List header (Znuny Kernel/System/PostMaster.pm GetEmailParams)',
  ],
  [
    '105-dc-auto.eml',
    'auto-reply',
    'Subject Auto: (subject only) (Discourse lib/email/receiver.rb is_auto_generated? subject list)',
  ],
  [
    '106-dc-autosvar.eml',
    'auto-reply',
    'Subject Autosvar: (subject only) (Discourse lib/email/receiver.rb is_auto_generated? subject list)',
  ],
  [
    '107-dc-automatisk-svar.eml',
    'auto-reply',
    'Subject Automatisk svar: (subject only) (Discourse lib/email/receiver.rb is_auto_generated? subject list)',
  ],
  [
    '108-dc-abwesenheitsnotiz.eml',
    'auto-reply',
    'Subject Abwesenheitsnotiz: (subject only) (Discourse lib/email/receiver.rb is_auto_generated? subject list)',
  ],
  [
    '109-dc-risposta-non-al-computer.eml',
    'auto-reply',
    'Subject Risposta Non al computer: (subject only) (Discourse lib/email/receiver.rb is_auto_generated? subject list)',
  ],
  [
    '110-dc-auto-response.eml',
    'auto-reply',
    'Subject Auto Response: (subject only) (Discourse lib/email/receiver.rb is_auto_generated? subject list)',
  ],
  [
    '111-dc-respuesta-automatica.eml',
    'auto-reply',
    'Subject Respuesta autom\u00e1tica: (subject only) (Discourse lib/email/receiver.rb is_auto_generated? subject list)',
  ],
  [
    '112-dc-fuori-sede.eml',
    'auto-reply',
    'Subject Fuori sede: (subject only) (Discourse lib/email/receiver.rb is_auto_generated? subject list)',
  ],
  [
    '113-dc-franvaro.eml',
    'auto-reply',
    'Subject Fr\u00e5nvaro: (subject only) (Discourse lib/email/receiver.rb is_auto_generated? subject list)',
  ],
  [
    '114-dc-reponse-automatique.eml',
    'auto-reply',
    'Subject R\u00e9ponse automatique : (subject only) (Discourse lib/email/receiver.rb is_auto_generated? subject list)',
  ],
  [
    '115-dc-x-holidayreply.eml',
    'auto-reply',
    'header X-HolidayReply (Discourse lib/email/receiver.rb is_auto_generated? header /holidayreply/)',
  ],
  [
    '116-os-x-autorespond.eml',
    'auto-reply',
    'X-Autorespond: header (osTicket include/class.filter.php:909-913)',
  ],
  [
    '117-os-x-mail-autoreply.eml',
    'auto-reply',
    'X-Mail-Autoreply: header (osTicket include/class.filter.php:909-913)',
  ],
  [
    '118-os-x-autoreply-from.eml',
    'auto-reply',
    'X-AutoReply-From: header (osTicket include/class.filter.php:909-913)',
  ],
  [
    '119-os-x-autogenerated-reply.eml',
    'auto-reply',
    'X-Autogenerated: header (osTicket include/class.filter.php:909-913)',
  ],
  [
    '120-os-amazon-notification.eml',
    'not-a-bounce',
    'X-AMAZON-MAIL-RELAY-TYPE: NOTIFICATION (osTicket include/class.filter.php:914)',
  ],
  [
    '121-os-xars-autoreply-ordinary.eml',
    'not-a-bounce',
    "X-Auto-Response-Suppress: AutoReply on a person's mail (osTicket include/class.filter.php:908)",
  ],
  ['122-si-apple-vacation.eml', 'auto-reply', 'X-Apple-Action: vacation (Sisimai lib/Sisimai/RFC3834.pm:47)'],
  [
    '123-si-auto-notified.eml',
    'not-a-bounce',
    'Auto-Submitted: auto-notified (Sisimai lib/Sisimai/RFC3834.pm:44)',
  ],
  [
    '124-si-out-of-the-office.eml',
    'auto-reply',
    'Subject out of the office: (subject only) (Sisimai lib/Sisimai/RFC3834.pm:46)',
  ],
  [
    '125-si-arf-abuse-report.eml',
    'feedback',
    'Subject Abuse Report + report-type=feedback-report (Sisimai lib/Sisimai/Order.pm:19 (ARF))',
  ],
  [
    '126-sa-rt-vacation-null-rpath.eml',
    'auto-reply',
    'vacation(1) reply with Return-Path <> + Auto-Submitted (SA rules/20_vbounce.cf:68 / RT:579 (Return-Path <> => bounce))',
  ],
];

test.each(CASES)('%s is read as %s (%s)', (file, kind) => {
  const d = diagnose(fs.readFileSync(path.join(DIR, file)));
  expect(d.kind).toBe(kind);
  if (kind === 'bounce' || kind === 'delay')
    expect(d.recipients.map((r) => r.address)).toContain('bob@example.org');
});
