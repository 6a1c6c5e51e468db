// Mailing-list managers' own notices to a poster, second round (invented fixtures under
// test/fixtures/variants/lists2/): Sympa's delivery status notifications and moderator refusal,
// Mailman 2.1's refusal of a held post and its bounce notices, ezmlm's returned posts and refusals
// through qmail, mlmmj's denied posts. A refused post is a bounce for the list's address; a list's
// notice about a member's bounces (to the owner, or a probe or warning to the member) is read for
// the bounce it attaches, as a bounce forwarded as an attachment is: whoever opens it wants to know
// why the member's mailbox refused the list's mail. The comment above each row names the source of
// its words.
import { checkFixture, variantCases, type FixtureCase, type RecipientRow } from './fixture-cases';

const c = variantCases('lists2/');
const none = (file: string): FixtureCase => ({
  file: `variants/lists2/${file}`,
  kind: 'not-a-bounce',
  format: null,
  recipients: [],
});

const ASTRO = 'astro-club@lists.example.org';
const HIKERS = 'hikers@lists.example.org';
const QUILTERS = 'quilters@lists.example.org';
const GARDENERS = 'gardeners@lists.example.org';
const policy = (address: string, status: string | null = null): RecipientRow => [
  address,
  status,
  'recipient-policy',
  'recipient-admin',
];
const MEMBER_UNKNOWN: RecipientRow = ['tom.lindqvist@example.net', '5.1.1', 'recipient-unknown', 'sender'];
const tooLarge = (address: string, status: string): RecipientRow => [
  address,
  status,
  'message-too-large',
  'sender',
];

const CASES: FixtureCase[] = [
  // sympa-community/sympa default/mail_tt2/delivery_status_notification.tt2 (status 5.7.1, "Message
  // distribution: Authorization denied"), report.tt2 'send_subscriber' (scenari/send.private),
  // src/lib/Sympa.pm send_dsn (From sympa-request, Diagnostic-Code "X-Sympa; You are not allowed to
  // send this message")
  c('01-sympa-dsn-authorization-denied-subscribers-only.eml', 'bounce', 'rfc3464', policy(ASTRO, '5.7.1')),
  // Sympa delivery_status_notification.tt2 status 5.2.3 ("Too large message", "its size (%1 kB) was
  // over the maximum size (%2 kB) allowed on this list"), headers only (text/rfc822-headers)
  c('02-sympa-dsn-too-large-message.eml', 'bounce', 'rfc3464', tooLarge(ASTRO, '5.2.3')),
  // Sympa delivery_status_notification.tt2 status 5.1.2 ("List unknown", "List '%1' does not
  // exist."); Sympa.pm $diag_messages '5.1.2' "List does not exist"
  c('03-sympa-dsn-list-unknown.eml', 'bounce', 'rfc3464', [
    'astroclub@lists.example.org',
    '5.1.2',
    'recipient-unknown',
    'sender',
  ]),
  // Sympa delivery_status_notification.tt2 status 2.3.0 ("Message distribution: Forwarded", "has been
  // forwarded to the moderator(s)"); Sympa.pm send_dsn: action "delivered" for a 2.x status
  // (Spindle/ToEditor.pm): a positive report, not a refusal
  c('04-sympa-dsn-forwarded-to-moderators.eml', 'delivered', 'rfc3464', [
    'board@lists.example.org',
    '2.3.0',
    'unknown',
    'none',
  ]),
  // Sympa delivery_status_notification.tt2 status 5.7.0 ("A virus in your mail", "***** V I R U S
  // A L E R T *****", "Delivery of this message has been blocked.")
  c('05-sympa-dsn-virus-alert.eml', 'bounce', 'rfc3464', [ASTRO, '5.7.0', 'content-rejected', 'sender']),
  // Sympa delivery_status_notification.tt2 status 5.6.0 ("contains a line '%4' that can be
  // interpreted as a command"); the rule row text.noncompliant quotes Sympa.pm's diagnostic
  c('06-sympa-dsn-command-in-message.eml', 'bounce', 'rfc3464', [
    ASTRO,
    '5.6.0',
    'message-noncompliant',
    'sender-admin',
  ]),
  // Sympa default/mail_tt2/reject.tt2 (From [% fromlist %] = <list>-request, Subject "Your message has
  // been rejected", "Your message for list %1@%2 has been rejected by the moderator (%3).")
  c('07-sympa-rejected-by-moderator.eml', 'bounce', 'list-manager', policy(ASTRO)),
  // GNU Mailman 2.1 (jurov/gnu-mailman) templates/en/refuse.txt and ListAdmin.py __refuse ("Request to
  // mailing list %(realname)s rejected", 'Posting of your message titled "%(subject)s"'), the reason
  // Hold.py MessageTooBig.rejection_notice ("Your message was too big; please trim it to less than
  // %(kb)d KB in size.")
  c('08-mailman21-refused-posting-too-big.eml', 'bounce', 'mailman', tooLarge(HIKERS, '5.3.4')),
  // Mailman 2.1 refuse.txt, the reason Hold.py NonMemberPost.rejection ("Non-members are not allowed
  // to post messages to this list.")
  c('09-mailman21-refused-posting-non-member.eml', 'bounce', 'mailman', policy(HIKERS)),
  // Mailman 2.1 templates/en/bounce.txt and Bouncer.py __sendAdminBounceNotice ("Bounce action
  // notification" to the owner, from the site list; the member's bounce attached: here qmail-send's,
  // notqmail qmail-send.c and qmail-local.c "Sorry, no mailbox here by that name. (#5.1.1)")
  c('10-mailman21-bounce-action-notification.eml', 'bounce', 'qmail', [
    'old.member@example.net',
    '5.1.1',
    'recipient-unknown',
    'sender',
  ]),
  // Mailman 2.1 templates/en/probe.txt and Deliverer.py sendProbe ("%(listname)s mailing list probe
  // message", from the VERP'd -bounces+<token> address, the bounce sample attached)
  c('11-mailman21-probe-with-bounce-sample.eml', 'bounce', 'qmail', MEMBER_UNKNOWN),
  // Mailman 2.1 templates/en/disabled.txt and Bouncer.py sendNextNotification ("confirm <cookie>",
  // REASONS "due to excessive bounces", " The last bounce received from you was dated %(date)s")
  none('12-mailman21-membership-disabled-confirm.eml'),
  // bruceg/ezmlm-idx bin/ezmlm-moderate.c (From <list>-owner, SUB_RETURNED_POST "Returned post for
  // <#L#>@<#H#>"), lang/en_US/text/top and text/mod-reject, the comment between the ">>>>>" lines
  c('13-ezmlm-returned-post-moderator-reject.eml', 'bounce', 'list-manager', policy(QUILTERS)),
  // ezmlm-idx bin/ezmlm-clean.c (From <list>-help, "Returned post for"), text/top and text/mod-timeout
  // ("have failed to act on your post. Thus, I'm returning it to you.")
  c('14-ezmlm-returned-post-moderator-timeout.eml', 'bounce', 'list-manager', policy(QUILTERS)),
  // ezmlm-idx bin/ezmlm-checksub.c (TXT_ONLY_SUBSCRIBERS, exit 100) through notqmail qmail-send.c's
  // "failure notice"
  c('15-ezmlm-checksub-only-subscribers-qmail.eml', 'bounce', 'qmail', policy(QUILTERS)),
  // ezmlm-idx bin/ezmlm-reject.c ("ezmlm-reject: fatal: ", ERR_MAX_SIZE "Sorry, I don't accept
  // messages larger than <#1#> bytes (#5.2.3)") through qmail-send.c
  c('16-ezmlm-reject-too-large-qmail.eml', 'bounce', 'qmail', tooLarge(QUILTERS, '5.2.3')),
  // ezmlm-idx bin/ezmlm-warn.c (From <list>-help, SUB_WARNING "Warning from <#L#>@<#H#>"), text/top,
  // bounce-warn, bounce-num, bounce-bottom; the member's qmail-send bounce enclosed
  c('17-ezmlm-warning-with-bounce-enclosed.eml', 'bounce', 'qmail', MEMBER_UNKNOWN),
  // mlmmj (neonkore/MLmmj) listtexts/en/subonlypost and src/mlmmj-process.c (From <list>+owner)
  c('18-mlmmj-subscribers-only-list.eml', 'bounce', 'list-manager', policy(GARDENERS)),
  // mlmmj listtexts/en/maxmailsize ("Your mail was rejected due to the size limit of $maxmailsize$
  // bytes.")
  c('19-mlmmj-denied-size-limit.eml', 'bounce', 'list-manager', tooLarge(GARDENERS, '5.3.4')),
  // mlmmj listtexts/en/access ("rejected because it / matched a rule set up by the list
  // administrator")
  c('20-mlmmj-denied-access-rule.eml', 'bounce', 'list-manager', policy(GARDENERS)),
  // mlmmj listtexts/en/notintocc ("the list address must be contained / in either the To: or Cc:
  // header"), mlmmj-process.c
  c('21-mlmmj-list-not-in-to-or-cc.eml', 'bounce', 'list-manager', policy(GARDENERS)),
  // Sympa delivery_status_notification.tt2 status 5.7.1 ("This is an automatic response sent by
  // Sympa Mailing Lists Manager.", "Impossible to distribute your message for list '%1' for the
  // following reason:", "You are not allowed to send this message"), forwarded inline by Outlook:
  // the report part is gone, its text says which list refused
  c('22-outlook-forward-sympa-authorization-denied-text-only.eml', 'bounce', 'list-manager', policy(ASTRO)),
  // the same in Sympa's Japanese (po/sympa/ja.po) beside the English, forwarded by a Japanese
  // Outlook (ISO-2022-JP, its own header labels)
  c(
    '23-outlook-ja-forward-sympa-restricted-to-list-subscribers.eml',
    'bounce',
    'list-manager',
    policy('kenkyu@example.jp'),
  ),
  // the same report in Sympa's own translations, forwarded (written by the localized3 sweep): its
  // opening names Sympa in every language and "Impossible to distribute your message for list '%1'"
  // has its po/sympa/*.po line. German (de.po: "Verteilung Ihrer Nachricht für die Liste '%1' ist
  // aus folgendem Grund nicht möglich:", the size reason "...die auf dieser Liste maximal erlaubte
  // Größe (%2 kB) überschreitet."), forwarded by a German Outlook
  c('24-outlook-de-forward-sympa-too-large-message.eml', 'bounce', 'list-manager', [
    'vorstand@example.de',
    '5.3.4',
    'message-too-large',
    'sender',
  ]),
  // Russian (ru.po: "Невозможно разослать ваше сообщение в рассылку '%1' по следующей причине:",
  // list_unknown.tt2's "Следующий адрес не является рассылкой:"), forwarded by Thunderbird, base64
  c('25-thunderbird-ru-forward-sympa-unknown-list.eml', 'bounce', 'list-manager', [
    'novosti@example.ru',
    '5.1.1',
    'recipient-unknown',
    'sender',
  ]),
  // Polish (pl.po: "Rozesłanie wiadomości na listę '%1' jest niemożliwe z następującego powodu:", the
  // subscribers-only reason), forwarded by Thunderbird with Polish labels no forward reader knows:
  // the forward's own addresses and Sympa's robot are not the list
  c(
    '26-thunderbird-pl-forward-sympa-restricted-to-list-subscribers.eml',
    'bounce',
    'list-manager',
    policy('zarzad@example.pl'),
  ),
];

describe('mailing-list managers, second round (variants)', () => {
  test.each(CASES)('$file', (c) => checkFixture(c));
});
