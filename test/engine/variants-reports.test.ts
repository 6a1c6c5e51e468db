// Machine reports an admin's mailbox receives (test/fixtures/variants/reports/): SMTP TLS reports
// (RFC 8460), DMARC aggregate reports (RFC 7489 7.2) and a DMARC reporter's "too big" notice are no
// delivery reports, however many failures they count; DMARC, SPF and DKIM failure reports (RFC
// 6591, RFC 7489 7.3) and abuse reports (RFC 5965) in ARF are feedback; X-ARF (x-arf.org, a
// multipart/mixed container, not RFC 5965) and SpamCop's plain-text reports are neither bounce nor
// ARF. None of them names a failed recipient. The comment above each row names its source.
import { checkFixture, type FixtureCase } from './fixture-cases';

const c = (file: string, kind: string): FixtureCase => ({
  file: `variants/reports/${file}`,
  kind,
  format: null,
  recipients: [],
});

const none = (file: string): FixtureCase => c(file, 'not-a-bounce');
const feedback = (file: string): FixtureCase => c(file, 'feedback');

const CASES: FixtureCase[] = [
  // mjl-/mox tlsrptsend/send.go (subject "Report Domain: %s Submitter: %s Report-ID: <%s>", text
  // "Attached is a TLS report with a summary of connection successes and failures ... details about
  // errors encountered", composeMessage: TLS-Report-Domain, TLS-Report-Submitter, "TLS-Required:
  // No", multipart/report; report-type="tlsrpt", application/tlsrpt+gzip); RFC 8460 4.3/4.4 fields.
  none('01-mox-tlsrpt-gzip-errors-encountered.eml'),
  // stalwartlabs/mail-auth src/report/tlsrpt/generate.rs write_rfc5322_from_bytes ("TLS report from
  // {}", "Report Domain:/Submitter:/Report-ID:", Auto-Submitted, the .json.gz attachment name).
  none('02-stalwart-mail-auth-tlsrpt.eml'),
  // mox dmarcdb/eval.go ("Attached is an aggregate DMARC report with results of evaluations of the
  // DMARC policy ..."; composeAggregateReport: multipart/mixed, application/gzip .xml.gz).
  none('03-mox-dmarc-aggregate-gzip.eml'),
  // rspamd lualib/rspamadm/dmarc_report.lua report_template ("This is an aggregate report from
  // {= submitter =}.", folded subject, Precedence: bulk, X-Auto-Response-Suppress: All).
  none('04-rspamd-dmarc-aggregate-bulk.eml'),
  // trusteddomainproject/OpenDMARC reports/opendmarc-reports.in ("This is a MIME-encapsulated
  // message.", "This is a DMARC aggregate report for $domain", "generated at ...", application/zip).
  none('05-opendmarc-reports-aggregate-zip.eml'),
  // msimerson/mail-dmarc lib/Mail/DMARC/Report/Send/SMTP.pm get_subject and human_summary
  // ("$records records." "$pass passed." "$fail failed.", "Generated with Mail::DMARC $ver").
  none('06-mail-dmarc-aggregate-summary-failed.eml'),
  // mail-dmarc Report/Send.pm too_big_report ("This is a 'too big' DMARC notice. The aggregate
  // report was NOT delivered.", Report-Size, Submitting-URI) and SMTP.pm 'DMARC too big report'.
  none('07-mail-dmarc-too-big-report-not-delivered.eml'),
  // A bare .xml.gz report from noreply@dmarc.yahoo.com (knowledgebase.bison.co.in article 335: "emails
  // from addresses like noreply@dmarc.yahoo.com with attached files ending in .xml.gz"; serverfault
  // 1045049: org_name "Yahoo! Inc."); RFC 7489 7.2.1.1 subject; the report is the only part.
  none('08-yahoo-dmarc-aggregate-attachment-only.eml'),
  // OpenDMARC opendmarc/opendmarc.c ("Subject: DMARC failure report for job %s" when the message had
  // no Subject, "This is an authentication failure report for an email message received from IP",
  // Feedback-Type: auth-failure, Auth-Failure: dmarc, Source-IP "%s (%s)", text/rfc822-headers).
  feedback('09-opendmarc-failure-report-for-job.eml'),
  // stalwartlabs/mail-auth src/report/arf/generate.rs (text "This is an authentication failure
  // report for an email message received\r\nfrom IP address {ip} ", Version first, Delivery-Result,
  // Identity-Alignment, "Reporting-MTA: dns;"); stalwart-mail crates/common/src/config/smtp/report.rs
  // (from-name 'Report Subsystem', "noreply-dmarc@", "'DMARC Authentication Failure Report'").
  feedback('10-stalwart-mail-auth-auth-failure-delivery-result.eml'),
  // mail-auth arf/generate.rs abuse text ("This is an email abuse report for an email message
  // received\r\nfrom IP address"), Feedback-Type: abuse, Incidents, the whole message/rfc822; the
  // subject as ARF reports carry it ("FW: <subject>", wordtothewise.com annotated ARF sample).
  feedback('11-stalwart-mail-auth-abuse-report-full-message.eml'),
  // wordtothewise.com/resources/annotatedsample.html (the ARF draft's sample: "Subject: FW: Earn
  // money", "This is an email abuse report for an email message received from IP ... For more
  // information about this format please see http://www.mipassoc.org/arf/.", "Version: 0.1").
  feedback('12-arf-draft-annotated-sample-version-01.eml'),
  // Stalwart report.rs for id "spf" ("noreply-spf@", "SPF Authentication Failure Report"); mail-auth
  // to_arf "Auth-Failure: spf", "SPF-DNS:" (RFC 6591 auth-failure for SPF).
  feedback('13-stalwart-spf-authentication-failure-report.eml'),
  // blocklist/genxarf genxarf.class.php genheader ("X-ARF: yes" for version 0.1, multipart/mixed
  // "Abuse-" boundary, Errors-To, Auto-Submitted) and part1/part2 (report.txt: Reported-From,
  // Category, Report-Type, Schema-URL, "Attachment: No": then no logs part and no closing
  // boundary); config.inc.php subject 'abuse report about {IP} - {DATUM}' and text ("... 3 failed
  // Logins, one match for \"invalid user\" or a 5xx-Error-Code (eg. Blacklist)!").
  none('14-genxarf-ssh-login-attack.eml'),
  // genxarf's "postfix" service (category info, report type harvesting, port 25) with its logs part
  // (logfile.log): Postfix's own reject log lines (postfix/src/smtpd/smtpd_check.c log_whatsup
  // "%s: %s: %s from %s: %s;" from= to= proto= helo=; smtpd_addr_valid.ref "550 5.1.1 <...>:
  // Recipient address rejected: User unknown in local recipient table"): a report about a harvester,
  // not about mail of the reader's that failed.
  none('15-genxarf-postfix-harvesting-550-log.eml'),
  // SpamCop FAQ mailsc.spamcop.net/fom-serve/cache/338.html and knowledge.validity.com article
  // 220227588 ("[SpamCop (1.2.3.4) id:1234]PC Home Worker", "- SpamCop V1.3.3 -", "This message is
  // brief for your comfort. Please follow links for details.", "Offending message:"), from
  // ####@reports.spamcop.net: an abuse report in plain text, no ARF.
  none('16-spamcop-report-plain-text.eml'),
  // Stalwart report.rs for id "dkim" ("noreply-dkim@", "DKIM Authentication Failure Report");
  // mail-auth to_arf ("Auth-Failure: bodyhash", DKIM-Domain, DKIM-Identity, DKIM-Selector,
  // "Delivery-Result: delivered").
  feedback('17-stalwart-dkim-failure-report-bodyhash.eml'),
];

describe('variants: machine reports about mail (TLS-RPT, DMARC, ARF, X-ARF, SpamCop)', () => {
  test.each(CASES.map((k) => [k.file, k] as const))('%s', (_file, k) => checkFixture(k));
});
