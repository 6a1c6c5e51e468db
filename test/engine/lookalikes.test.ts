// Automatic mail that is not a delivery failure but reads like one (a list's moderation hold, a
// quarantine digest, a recall report, an order that "failed", a helpdesk's receipt ...), each in a
// message of the project's own (test/fixtures/lookalikes/) whose sender, subject and first lines
// are the product's own, from its source or documentation (named per row): none may be a bounce or
// a delay.
import fs from 'node:fs';
import path from 'node:path';
import { diagnose } from '../../src/diagnosis';

const DIR = path.join(__dirname, '../fixtures/lookalikes');

const CASES: [file: string, source: string][] = [
  [
    '01-microsoft-365-security-you-have-messages.eml',
    'https://services.pitt.edu/TDClient/33/Portal/KB/ArticleDet?ID=174 (sender + subject); https://ithelp.bccc.edu/support/solutions/articles/700',
  ],
  [
    '02-daily-spam-report-for-example-example.eml',
    'github proxmox/pmg-api src/templates/spamreport-short.plain.tt and src/PMG/CLI/pmgqm.pm line 267 @09158948',
  ],
  [
    '03-user-quarantine-account-information.eml',
    'https://support.his.com/kb/article/306-Daily-Spam-Summary-Report-from-the-Barracuda-Spam-Virus-Firewall ; https://campus.barracuda.com/produ',
  ],
  [
    '04-trend-micro-hosted-email-security-quaran.eml',
    'https://helpcenter.mithi.com/support/solutions/articles/48001229285--securemailflow-end-users-are-getting-mail-from-trend-micro-with-subject',
  ],
  ['05-spam-report-for-3-3-messages.eml', 'http://www.netwinsite.com/ftp/surgemail/mtemp/status_html.eml'],
  [
    '06-to-view-the-message-how-the-protection-w.eml',
    'https://azmanual.top/manuals/552837/google-message-security-for-google-apps-administration-guide.html?page=400',
  ],
  [
    '07-your-message-to-announce-awaits-moderato.eml',
    'github jurov/gnu-mailman (Mailman 2.1) Mailman/Handlers/Hold.py line 263 + templates/en/postheld.txt @255348a9',
  ],
  [
    '08-your-message-to-example-fqdn-listname-aw.eml',
    'github terencehonles/mailman (Mailman 3 mirror, 2012) src/mailman/chains/hold.py lines 193-203 + src/mailman/templates/en/postheld.txt @fe40',
  ],
  [
    '09-announce-post-from-alice-example-com-req.eml',
    'jurov/gnu-mailman Mailman/Handlers/Hold.py (admin notice) ; template text from terencehonles/mailman src/mailman/templates/en/postauth.txt',
  ],
  [
    '10-announce-mailing-list-probe-message.eml',
    'jurov/gnu-mailman Mailman/Deliverer.py (sendProbe) + Defaults.py.in line 756; text from terencehonles/mailman src/mailman/templates/en/probe',
  ],
  [
    '11-confirm-example.eml',
    "jurov/gnu-mailman Mailman/Bouncer.py (REASONS, sendNextNotification, Subject 'confirm ' + cookie) + templates/en/disabled.txt",
  ],
  [
    '12-bounce-action-notification.eml',
    'jurov/gnu-mailman Mailman/Bouncer.py (__sendAdminBounceNotice) + terencehonles/mailman src/mailman/templates/en/bounce.txt',
  ],
  ['13-uncaught-bounce-notification.eml', 'jurov/gnu-mailman Mailman/Queue/BounceRunner.py lines 335-353'],
  [
    '14-message-distribution-forwarded.eml',
    'github sympa-community/sympa default/mail_tt2/delivery_status_notification.tt2 ; src/lib/Sympa.pm (status 2.3.0, action mapping, envelope_se',
  ],
  [
    '15-message-was-successfully-delivered.eml',
    'sympa-community/sympa default/mail_tt2/delivery_status_notification.tt2 (action == "delivered", e.g. 2.1.5)',
  ],
  ['16-message-for-list-1-from-2-to-be-approved.eml', 'sympa-community/sympa default/mail_tt2/moderate.tt2'],
  ['17-moderation-spool-for-list-1.eml', 'sympa-community/sympa default/mail_tt2/modindex.tt2'],
  ['18-your-message-has-been-rejected.eml', 'sympa-community/sympa default/mail_tt2/reject.tt2'],
  [
    '19-warning-bounce-rate-too-high-in-list-1.eml',
    'sympa-community/sympa default/mail_tt2/listowner_notification.tt2 lines 82-87',
  ],
  [
    '20-list-1-automatic-bounce-management.eml',
    'sympa-community/sympa default/mail_tt2/automatic_bounce_management.tt2',
  ],
  [
    '21-stalled-post-to-example.eml',
    'github jasontibbitts/majordomo (Majordomo 2) files/en/.ack_stall + files/en/ack_stall ; lib/mj_cf_defs.pl line 207 @e100c588',
  ],
  ['22-delayed-post-to-example.eml', 'jasontibbitts/majordomo files/en/.ack_delay + files/en/ack_delay'],
  [
    '23-this-message-was-originally-submitted-by.eml',
    'https://its.uiowa.edu/support/article/100798 (LISTSERV with Send= Editor,Hold,Confirm)',
  ],
  [
    '24-moderation-needed-for-example.eml',
    'mlmmj 1.2.8 share/mlmmj/text.skel/moderation (http://www.mirrorservice.org/pub/OpenBSD/3.8/packages/alpha/mlmmj-1.2.8.tgz)',
  ],
  [
    '25-message-approval-needed-subject-line-sta.eml',
    'https://lists.yoctoproject.org/helpcenter/manual/ownersmanual/topicsmsgs/owners/msgs_pending.htm',
  ],
  ['26-message-recall-failure-example.eml', 'https://mskb.pkisolutions.com/kb/185038 (Microsoft KB 185038)'],
  [
    '27-recall-example.eml',
    'https://learn.microsoft.com/exchange/mail-flow-best-practices/work-with-cloud-based-message-recall ; http://www.exchangeinbox.com/article.as',
  ],
  [
    '28-successful-mail-delivery-report.eml',
    'vdukhovni/postfix postfix/src/bounce/bounce_templates.c lines 168-193',
  ],
  [
    '29-mail-delivery-status-report.eml',
    'vdukhovni/postfix postfix/src/bounce/bounce_templates.c lines 195-220 (verify template: sendmail -v / -bv)',
  ],
  [
    '30--example-order-example-has-failed.eml',
    'github woocommerce/woocommerce plugins/woocommerce/includes/emails/class-wc-email-failed-order.php @3187faa8 ; plugins/woocommerce/templates',
  ],
  [
    '31-pipeline-example-has-failed-for-example.eml',
    'github gitlabhq/gitlabhq app/mailers/emails/pipelines.rb @0da44e16',
  ],
];

test.each(CASES)('%s is not a bounce (%s)', (file) => {
  const d = diagnose(fs.readFileSync(path.join(DIR, file)));
  expect([
    d.kind === 'bounce' || d.kind === 'delay',
    d.recipients.filter((r) => r.action === 'failed'),
  ]).toEqual([false, []]);
});
