// More notices of applications that take mail in and refuse it in their own words (Zammad's oversize
// notice in its other languages, Redmine's rdm-mailhandler.rb through Postfix's pipe, Mailman 3's
// rejections and content filter, Sympa's reports, ezmlm-idx's refusals), and
// their look-alikes that refuse nothing (acknowledgments, held-for-approval and confirm-your-post
// notices, Majordomo 2's). Each fixture is invented (test/fixtures/variants/apps3/); the comment above each row names
// the source its words are quoted from, and the expected values are what those words mean
// (../shared/TAXONOMY.md): the refused recipient is the application's or list's address the person
// wrote to (the one the notice names, else the To of the original it returns, else its own From).
import { checkFixture, delayedRecipient, variantCases, type FixtureCase } from './fixture-cases';

const c = variantCases('apps3/');
const APP = 'app-rejection';

/** A notice that reports no refused message. */
const notice = (file: string, kind = 'not-a-bounce'): FixtureCase => ({
  file: `variants/apps3/${file}`,
  kind,
  recipients: [],
});

const CASES: FixtureCase[] = [
  // zammad/zammad app/views/mailer/email_oversized/fr.txt.erb "[Non délivrable] Message trop volumineux", "La
  // taille de votre message était de #{mail.msg_size} MB. Nous acceptons les messages jusqu'à
  // #{config.postmaster_max_size} MB."; X-Mailer "Zammad Mail Service" (app/models/channel/email_build.rb)
  c('01-zammad-oversized-fr.eml', 'bounce', APP, [
    'assistance@helpdesk.example.com',
    '5.3.4',
    'message-too-large',
    'sender',
  ]),
  // email_oversized/es.txt.erb "[no se pudo entregar] Mensaje demasiado grande", "Su mensaje ocupaba
  // #{mail.msg_size} MB pero nuestro sistema solamente acepta mensajes de hasta #{config.postmaster_max_size} MB."
  c('02-zammad-oversized-es.eml', 'bounce', APP, [
    'soporte@soporte.example.com',
    '5.3.4',
    'message-too-large',
    'sender',
  ]),
  // email_oversized/nl.txt.erb "[onbestelbaar] Bericht te groot", "Je bericht was #{mail.msg_size} MB, maar we
  // accepteren alleen berichten tot #{config.postmaster_max_size} MB."
  c('03-zammad-oversized-nl.eml', 'bounce', APP, [
    'service@klantenservice.example.nl',
    '5.3.4',
    'message-too-large',
    'sender',
  ]),
  // email_oversized/it.txt.erb "[non consegnabile] Messaggio troppo grande", "Il messaggio è di
  // #{mail.msg_size} MB ma la dimensione massima accettata è di #{config.postmaster_max_size} MB."
  c('04-zammad-oversized-it.eml', 'bounce', APP, [
    'helpdesk@assistenza.example.it',
    '5.3.4',
    'message-too-large',
    'sender',
  ]),
  // zammad db/seeds/triggers.rb 'auto reply (on new tickets)': subject "Thanks for your inquiry
  // (#{ticket.title})", "Your request (Ticket##{ticket.number}) has been received and will be reviewed by our
  // support staff.": an acknowledgment
  notice('05-zammad-auto-reply-thanks-for-your-inquiry.eml', 'auto-reply'),
  // znuny/Znuny scripts/database/initial_insert.xml auto_response 'default reject/new ticket created (after
  // closed follow-up with new ticket creation)': "New ticket has been created! (RE: <OTRS_CUSTOMER_SUBJECT[24]>)",
  // "Your previous ticket is closed. -- A new ticket has been created for you. --": the mail went in
  notice('06-znuny-new-ticket-created-after-closed.eml', 'auto-reply'),
  // initial_insert.xml 'default reply (after new ticket has been created)': "Thanks for your email. A new ticket
  // has been created." "Your email will be answered by a human ASAP"
  notice('07-znuny-default-reply-new-ticket.eml', 'auto-reply'),
  // initial_insert.xml 'default follow-up (after a ticket follow-up has been added)': "Thanks for your follow-up
  // email"
  notice('08-znuny-default-follow-up-added.eml', 'auto-reply'),
  // redmine/redmine extra/mail_handler/rdm-mailhandler.rb, HTTP 422: "Request was denied by your Redmine server.
  // Possible reasons: email is sent from an invalid email address or is missing some information." exit 77
  // (EX_NOPERM), which Postfix's pipe (global/pipe_command.c, sys_exits.c) reports as 5.7.0 "permission denied.
  // Command output: ...": Redmine refused the person's message (unknown sender, or no project/tracker)
  c('09-redmine-rdm-mailhandler-denied-invalid-address.eml', 'bounce', 'postfix', [
    'redmine@mail.example.org',
    '5.7.0',
    'recipient-policy',
    'sender',
  ]),
  // rdm-mailhandler.rb, HTTP 403: "Request was denied by your Redmine server. Make sure that 'WS for incoming
  // emails' is enabled in application settings and that you provided the correct API key.": the receiving
  // side's misconfiguration
  c('10-redmine-rdm-mailhandler-denied-ws-disabled.eml', 'bounce', 'postfix', [
    'redmine@mail.example.org',
    '5.7.0',
    'recipient-system',
    'recipient-admin',
  ]),
  // rdm-mailhandler.rb "An error occurred while contacting your Redmine server: #{e.message}" exit 75
  // (EX_TEMPFAIL): Postfix's pipe says 4.3.0 "temporary failure. Command output: ..." and retries
  {
    file: 'variants/apps3/11-redmine-rdm-mailhandler-server-unreachable-delay.eml',
    kind: 'delay',
    format: 'postfix',
    recipients: [
      delayedRecipient('redmine@mail.example.org', '4.3.0', 'recipient-system', 'recipient-admin'),
    ],
  },
  // mailman (3.3) src/mailman/templates/en/list:user:notice:rejected.txt "Your message to the $listname
  // mailing-list was rejected for the following reasons:" with rules/banned_address.py "Message sender {} is
  // banned from this list" (chains/reject.py, app/bounces.py bounce_message: From <list>-owner@)
  c('12-mailman3-rejected-banned-sender.eml', 'bounce', 'mailman', [
    'allotment@lists.example.org',
    null,
    'recipient-policy',
    'recipient-admin',
  ]),
  // mailman src/mailman/handlers/mime_delete.py dispose() with filter_action reject: RejectMessage("The message's
  // content type was explicitly disallowed"), returned by app/bounces.py bounce_message with only that sentence
  c('13-mailman3-content-type-explicitly-disallowed.eml', 'bounce', 'mailman', [
    'photo-club@lists.example.org',
    null,
    'content-rejected',
    'sender',
  ]),
  // mime_delete.py "The message's file extension was explicitly disallowed"
  c('14-mailman3-file-extension-explicitly-disallowed.eml', 'bounce', 'mailman', [
    'choir@lists.example.org',
    null,
    'content-rejected',
    'sender',
  ]),
  // chains/hold.py 'Your message to $mlist.fqdn_listname awaits moderator approval' with
  // list:user:notice:hold.txt "Is being held until the list moderator can review it for approval." and
  // rules/max_size.py "The message is larger than the {} KB maximum size": held, not refused
  notice('15-mailman3-held-message-too-large.eml'),
  // chains/hold.py 'Last autoresponse notification for today' with list:user:notice:no-more-today.txt "we will
  // not be sending you any further responses today": an automatic response, nothing refused
  notice('16-mailman3-last-autoresponse-for-today.eml', 'auto-reply'),
  // handlers/acknowledge.py '$display_name post acknowledgment' with list:user:notice:post.txt "was successfully
  // received by the $display_name mailing list."
  notice('17-mailman3-post-acknowledgment.eml'),
  // sympa-community/sympa default/mail_tt2/delivery_status_notification.tt2 status 5.3.0 "Impossible to
  // distribute your message for list '%1' because of an internal server error."; src/lib/Sympa.pm
  // %diag_messages '5.3.0' => 'Impossible to distribute message because of an internal server error'
  c('18-sympa-dsn-internal-server-error.eml', 'bounce', 'rfc3464', [
    'board@lists.example.org',
    '5.3.0',
    'recipient-system',
    'recipient-admin',
  ]),
  // delivery_status_notification.tt2 action "delivered": "Message was successfully delivered to following
  // address:"; Sympa.pm '2.1.5' => 'Message was successfully delivered' (a held post the moderator let through)
  c('19-sympa-dsn-successfully-delivered.eml', 'delivered', 'rfc3464', [
    'board@lists.example.org',
    '2.1.5',
    'unknown',
    'none',
  ]),
  // default/mail_tt2/send_auth.tt2 "Confirm your message for list %1", "To distribute the attached message in
  // list %1, click on the URL:": a request to confirm, sent automatically in reply to the post
  notice('20-sympa-confirm-your-message.eml', 'auto-reply'),
  // default/mail_tt2/message_report.tt2 "Message distribution", message_confirmed: "Your message for list '%2'
  // with the %1 ID has been confirmed and distributed."
  notice('21-sympa-message-distributed-report.eml', 'auto-reply'),
  // bruceg/ezmlm-idx lang/en_US/messages ERR_BAD_TYPE "Sorry, I don't accept messages of MIME Content-Type
  // '<#1#>' (#5.2.3)" (bin/ezmlm-reject.c, FATAL "ezmlm-reject: fatal: "), returned by qmail-send
  c('22-ezmlm-reject-mime-content-type-qmail.eml', 'bounce', 'qmail', [
    'birders@lists.example.org',
    '5.2.3',
    'content-rejected',
    'sender',
  ]),
  // messages ERR_SUBCOMMAND "Sorry, I don't accept commands in the subject line. Please send a message to the
  // -help address shown in the the ``Mailing-List:'' header for command info (#5.7.0)": the list's rule, which
  // the sender meets by writing to the -help address
  c('23-ezmlm-reject-commands-in-subject-qmail.eml', 'bounce', 'qmail', [
    'birders@lists.example.org',
    '5.7.0',
    'recipient-policy',
    'sender',
  ]),
  // messages TXT_REJECT_POSTS "Sorry, I've been told to reject your posts. Contact <#L#>-owner@<#H#> if you have
  // questions about this." (bin/ezmlm-checksub.c, printed as is)
  c('24-ezmlm-checksub-told-to-reject-your-posts-qmail.eml', 'bounce', 'qmail', [
    'birders@lists.example.org',
    null,
    'recipient-policy',
    'recipient-admin',
  ]),
  // messages ERR_NO_SUBJECT "Sorry, I don't accept message with empty Subject (#5.7.0)" (ezmlm-reject.c): the
  // list's rule (an empty Subject is lawful RFC 5322); the person adds one
  c('25-ezmlm-reject-empty-subject-qmail.eml', 'bounce', 'qmail', [
    'birders@lists.example.org',
    '5.7.0',
    'recipient-policy',
    'sender',
  ]),
  // lang/en_US/text/post-confirm "It seems you have submitted the enclosed message to the <#L#>@<#h#> mailing
  // list. To prevent mailing list abuse, every sender must confirm its own posts."
  notice('26-ezmlm-post-confirm-request.eml'),
  // jasontibbitts/majordomo (Majordomo 2) files/en/ack_stall "Your message to $LIST has been delayed, and requires the approval of the moderators"
  // (subject .ack_stall "Stalled post to $LIST"): held, not refused
  notice('29-majordomo2-stalled-post.eml'),
  // files/en/ack_success "Your message to the $LIST list, posted on $DATE ... is currently being delivered."
  notice('30-majordomo2-successful-post.eml'),
];

describe('applications and list managers: more refusals and look-alikes', () => {
  test.each(CASES)('$file', (fc) => checkFixture(fc));
});
