// Odd shapes: ordinary messages in the MIME shapes mail libraries meet (PGP/MIME and S/MIME, message/partial
// and message/external-body, base64 and quoted-printable bodies, RFC 2047 encoded words, RFC 2231
// parameter continuations, RFC 6532 UTF-8 headers, MDNs, ARF, TLS-RPT and DMARC report mails, iMIP
// invitations and replies, TNEF, uuencode, mbox ">From" quoting, RFC 3834 auto-replies, RFC 8058
// newsletters) whose words could mislead a bounce detector, and real bounces whose returned original
// has such a shape. Fixtures: test/fixtures/variants/odd-shapes; the comment above each row names the
// specification of the shape and the source of the bounce's wording.
import {
  checkFixture,
  delayedRecipient,
  variantCases,
  type FixtureCase,
  type RecipientRow,
} from './fixture-cases';
import { decodeCharset } from '../../src/diagnosis/mime/bytes';

const c = variantCases('odd-shapes/');
const none = (file: string, kind = 'not-a-bounce'): FixtureCase => ({
  file: `variants/odd-shapes/${file}`,
  kind,
  format: null,
  recipients: [],
});
const unknownUser = (address: string, status = '5.1.1'): RecipientRow => [
  address,
  status,
  'recipient-unknown',
  'sender',
];

const CASES: FixtureCase[] = [
  // RFC 3156 section 4 (multipart/encrypted; protocol="application/pgp-encrypted", a "Version: 1"
  // part, then application/octet-stream); Thunderbird's preamble "This is an OpenPGP/MIME encrypted
  // message (RFC 4880 and 3156)". Only the subject ("Re: Undeliverable: ...") can be read: a reply.
  none('01-pgp-mime-encrypted-re-undeliverable-subject.eml'),
  // RFC 3156 section 5 (multipart/signed; micalg=pgp-sha256; protocol="application/pgp-signature"):
  // a list discussion quoting Postfix smtpd_check.c's "Recipient address rejected: undeliverable
  // address" and a 550 5.1.1 beside an address.
  none('02-pgp-mime-signed-discussion-quoting-550-5.1.1.eml'),
  // RFC 8551 section 3.3 (application/pkcs7-mime; smime-type=enveloped-data; name=smime.p7m): a
  // person's encrypted mail whose subject asks "Delivery failed?".
  none('03-smime-enveloped-data-delivery-failed-question.eml'),
  // RFC 8551 section 3.5.3 (multipart/signed; protocol="application/pkcs7-signature"; micalg=sha-256):
  // a help desk's ticket naming an address beside "550 5.7.1 ... local policy".
  none('04-smime-signed-support-ticket-address-and-code.eml'),
  // RFC 2046 section 5.2.2 (message/partial; id=...; number=2; total=3): a fragment of a report whose
  // subject says "Delivery report".
  none('05-message-partial-fragment-delivery-report-subject.eml'),
  // RFC 2046 section 5.2.3 and RFC 4483 (message/external-body; access-type=URL): "Returned files"
  // and "rejected" in a file share's notice.
  none('06-message-external-body-returned-files.eml'),
  // RFC 2045 section 6.8 (base64 text/plain): a carrier's "Delivery failed - parcel returned".
  none('07-base64-text-parcel-delivery-failed-notice.eml'),
  // RFC 2047 section 4.2 (Q encoding, ISO-8859-1) on From and Subject ("AW: Unzustellbar: ...",
  // Exchange's German NDR subject answered by a person), RFC 2045 section 6.7 quoted-printable body.
  none('08-rfc2047-aw-unzustellbar-person-reply-qp.eml'),
  // RFC 2231 sections 3 and 4 (name*0*=UTF-8''...; name*1*=...): an attachment named
  // "undeliverable and rejected messages – week 49.xlsx".
  none('09-rfc2231-continued-filename-failed-deliveries-report.eml'),
  // RFC 6532 section 3 (raw UTF-8 in From, Return-Path and Subject, "with UTF8SMTPS" per RFC 6531):
  // "Re: Mail delivery failed — 邮件投递失败?".
  none('10-rfc6532-utf8-headers-mail-delivery-failed-subject.eml'),
  // RFC 8098 section 3.2.6 (Disposition: manual-action/MDN-sent-manually; deleted), section 3 (text,
  // message/disposition-notification, text/rfc822-headers): "Not read: Undeliverable: ...".
  none('11-mdn-deleted-not-read-undeliverable-subject.eml', 'read-receipt'),
  // RFC 8098 section 3.2.6.3 (the "error" modifier: "processed/error") and section 3.2.7 (the Error
  // field): an MDN saying an error occurred, about a message that was delivered.
  none('12-mdn-processed-error-field.eml', 'read-receipt'),
  // RFC 5965 section 2 (multipart/report; report-type=feedback-report, Feedback-Type: abuse,
  // text/rfc822-headers) reporting backscatter: the reported message is a Postfix bounce
  // ("Undelivered Mail Returned to Sender", Original-Mail-From: <>).
  none('13-arf-abuse-report-of-backscatter-bounce.eml', 'feedback'),
  // RFC 8460 section 5.3 (Subject "Report Domain: ... Submitter: ... Report-ID: <...>",
  // TLS-Report-Domain and TLS-Report-Submitter, multipart/report; report-type="tlsrpt",
  // application/tlsrpt+gzip) and section 4.4 ("failure-session-count").
  none('14-tlsrpt-report-mail-failure-session-count.eml'),
  // RFC 7489 section 7.2.1.1 (Subject "Report Domain: ... Submitter: ... Report-ID: <...>", a zip
  // attachment named receiver!policy-domain!begin!end.zip); its text says "failed DMARC".
  none('15-dmarc-aggregate-report-zip.eml'),
  // RFC 6047 section 2 and RFC 5546 section 3.2.3 (text/calendar; method=REPLY, ATTENDEE
  // PARTSTAT=DECLINED, REQUEST-STATUS:2.0;Success): "Declined: Review of failed deliveries (550
  // rejects)".
  none('16-imip-reply-declined-delivery-review.eml'),
  // RFC 6047 section 2 and RFC 5546 section 3.2.2 (METHOD:REQUEST, RSVP=TRUE), with an .ics
  // attachment: an invitation to a post-mortem quoting "550 5.7.1 ... client host blocked".
  none('17-imip-request-postmortem-mail-delivery-failures.eml'),
  // MS-OXTNEF section 2.1.3 (TNEF stream: signature 0x223E9F78, application/ms-tnef winmail.dat,
  // X-MS-TNEF-Correlator): an Outlook user's "Undeliverable messages report" with its own words.
  none('18-tnef-winmail-dat-undeliverable-report-subject.eml'),
  // uuencode(5) ("begin 644 file", "M"-length lines, "`", "end") as pre-MIME clients mailed files:
  // "returned mail logs (mailq errors)".
  none('19-uuencode-begin-644-returned-mail-logs.eml'),
  // RFC 4155 section 2 (the mbox "From " separator line) and appendix A (">From " quoting of body lines),
  // quoting a "From MAILER-DAEMON" line in a person's explanation.
  none('20-mbox-from-line-and-quoted-from-in-body.eml'),
  // RFC 3834 section 5 (Auto-Submitted: auto-replied), section 3.1.5 (a response's subject: its
  // prefix, then the answered subject): "Auto: Undeliverable: ...", with a null Return-Path (3.3).
  none('21-rfc3834-auto-replied-subject-auto-undeliverable.eml', 'auto-reply'),
  // RFC 2369 (List-Unsubscribe, List-Id) and RFC 8058 (List-Unsubscribe-Post: List-Unsubscribe=One-Click):
  // a newsletter explaining Gmail's "550 5.1.1", "550 5.7.26" and "452 4.2.2" replies.
  none('22-newsletter-rfc8058-list-unsubscribe-why-550.eml'),
  // Postfix bounce (src/bounce/bounce_template.c's default failure template "I'm sorry to
  // have to inform you..."; smtp "host %s said:"), smtpd_check.c "Recipient address rejected: User
  // unknown in local recipient table"; the returned original is RFC 3156 multipart/encrypted.
  c(
    '23-postfix-bounce-of-pgp-mime-encrypted-user-unknown.eml',
    'bounce',
    'postfix',
    unknownUser('lee@example.org'),
  ),
  // Exim deliver.c's bounce ("This message was created automatically by mail delivery software.",
  // "SMTP error from remote mail server after RCPT TO:"), RFC 3463 X.2.2 "Mailbox full"; the returned
  // original is RFC 8551 application/pkcs7-mime enveloped-data.
  c('24-exim-bounce-of-smime-enveloped-mailbox-full.eml', 'bounce', 'exim', [
    'ola@example.org',
    '5.2.2',
    'mailbox-full',
    'recipient',
  ]),
  // sendmail's bounce (sendmail/savemail.c "----- The following addresses had permanent fatal errors
  // -----", "----- Transcript of session follows -----"), sendmail/err.c "Name server: %s: host not
  // found" after "Host unknown"; the returned original carries an MS-OXTNEF winmail.dat.
  c('25-sendmail-bounce-of-tnef-winmail-host-unknown.eml', 'bounce', 'sendmail', [
    'rosa@mail.nosuch-example.org',
    '5.1.2',
    'recipient-domain-invalid',
    'sender',
  ]),
  // Exchange Online NDR ("Delivery has failed to these recipients or groups:", "The email address you
  // entered couldn't be found."), learn.microsoft.com "Fix email delivery issues for error code
  // 5.1.10" (RESOLVER.ADR.RecipientNotFound); the original is an RFC 6047 meeting request.
  c(
    '26-office365-ndr-of-imip-request-recipient-not-found.eml',
    'bounce',
    'exchange',
    unknownUser('tomas@example.com', '5.1.10'),
  ),
  // Postfix bounce quoting Gmail's size refusal (Google Workspace Admin Help "SMTP error reference":
  // "552, 5.3.4 Your message exceeded Google's message size limits."); the returned original is an
  // RFC 2046 section 5.2.2 message/partial fragment.
  c('27-postfix-bounce-gmail-size-limit-message-partial-original.eml', 'bounce', 'postfix', [
    'sam@example.net',
    '5.3.4',
    'message-too-large',
    'sender',
  ]),
  // Postfix bounce quoting Postfix cleanup's body_checks REJECT default ("5.7.1 Message content
  // rejected", cleanup/cleanup_message.c cleanup_act); the returned original is a uuencoded file.
  c('28-postfix-bounce-uuencoded-original-message-content-rejected.eml', 'bounce', 'postfix', [
    'backup@example.net',
    '5.7.1',
    'content-rejected',
    'sender',
  ]),
  // Exim's delay warning (exim's default warn message: "has not yet been delivered to one or more of
  // its recipients after more than 24 hours on the queue", "Delay reason:", Action: delayed); the
  // returned headers carry raw ISO-8859-1 bytes under a us-ascii charset.
  c(
    '29-exim-delay-warning-8bit-latin1-headers-mailbox-full.eml',
    'delay',
    'exim',
    delayedRecipient('ola@example.org', '4.2.2', 'mailbox-full', 'recipient'),
  ),
  // Postfix bounce for two recipients: smtpd_check.c "User unknown in virtual mailbox table" and RFC
  // 3463 X.2.1 "Mailbox disabled, not accepting messages"; the original is RFC 8551 multipart/signed.
  c(
    '30-postfix-two-recipients-smime-signed-original-unknown-and-disabled.eml',
    'bounce',
    'postfix',
    unknownUser('lee@example.org'),
    ['mia@example.org', '5.2.1', 'mailbox-inactive', 'sender'],
  ),
  // sendmail's bounce quoting a remote sendmail's check_rcpt (cf/m4/proto.m4 "550 5.7.1 ... Relaying
  // denied"), with sendmail's own "550 5.1.1 ... User unknown" transcript line after it; the returned
  // original is an RFC 6047 REPLY (text/calendar; method=REPLY, "Accepted:").
  c('31-sendmail-bounce-of-imip-reply-relaying-denied.eml', 'bounce', 'sendmail', [
    'ana@example.org',
    '5.7.1',
    'relay-denied',
    'sender-admin',
  ]),
  // Postfix delay notice (bounce_template.c's default delay template: "THIS IS A WARNING ONLY",
  // "Delayed Mail (still being retried)"), smtp_connect.c "connect to %s: Connection timed out";
  // returned headers of an RFC 3156 multipart/encrypted message.
  c(
    '32-postfix-delay-pgp-encrypted-original-connection-timed-out.eml',
    'delay',
    'postfix',
    delayedRecipient('nils@example.net', '4.4.1', 'recipient-system', 'recipient-admin'),
  ),
  // Postfix's SMTPUTF8 bounce (RFC 6533 message/global-delivery-status with "Final-Recipient: utf-8;",
  // message/global original, RFC 6532 UTF-8 addresses): user unknown.
  c(
    '33-postfix-smtputf8-global-dsn-utf8-recipient-unknown.eml',
    'bounce',
    'postfix',
    unknownUser('李雷@example.cn'),
  ),
  // Exchange 2003 NDR (X-DSNContext, "Your message did not reach some or all of the intended
  // recipients.", "The e-mail account does not exist at the organization this message was sent to.",
  // "<host #5.1.1 smtp;...>"; Microsoft KB 284204) whose original is attached as TNEF winmail.dat. Its
  // text is "charset=unicode-1-1-utf-7" (RFC 2152; the label Microsoft's notices in the shared corpus
  // carry, whose text there is all direct characters). Here the optional direct characters are
  // shifted, as RFC 2152 allows a writer to ("paul+AEA-example.net", "+ADw-mx.example.net
  // +ACM-5.1.1"): an assumed writer, not a quoted one. Read as "paul+AEA-example.net" at first, now
  // decoded (mime/bytes.ts decodeUtf7).
  c(
    '34-exchange2003-ndr-original-as-tnef-winmail-dat.eml',
    'bounce',
    'exchange',
    unknownUser('paul@example.net'),
  ),
  // Gmail's classic text DSN ("Delivery to the following recipient failed permanently:", "Technical
  // details of permanent failure:", "----- Original message -----") quoting a sendmail-style RFC 3463
  // X.2.1 refusal; the original is an inline PGP message (RFC 4880 section 6.2 armor).
  c('35-gmail-classic-bounce-inline-pgp-original-mailbox-disabled.eml', 'bounce', 'gmail', [
    'vera@example.net',
    '5.2.1',
    'mailbox-inactive',
    'sender',
  ]),
  // Exim's plain-text bounce of the 4.6x era (deliver.c: "------ This is a copy of the message,
  // including all the headers. ------"; "Unrouteable address", the router finding no host), whose
  // original is a uuencoded file.
  c('36-exim-plain-bounce-uuencoded-original-unrouteable-address.eml', 'bounce', 'exim', [
    'logs@nosuch-host.example.net',
    '5.1.2',
    'recipient-domain-invalid',
    'sender',
  ]),
  // qmail-send.c's bounce ("Hi. This is the qmail-send program at", "--- Below this line is a copy of
  // the message.") and qmail-remote.c ("does not like recipient.", "Remote host said:"); the original
  // quotes another notice's line and RFC 4155 ">From " lines: only the qmail recipient failed.
  c(
    '37-qmail-bounce-original-quotes-other-notice-and-from-lines.eml',
    'bounce',
    'qmail',
    unknownUser('ivan@example.net'),
  ),
  // Postfix bounce of an RFC 8460 report mail (its multipart/report; report-type="tlsrpt" returned).
  c(
    '38-postfix-bounce-of-tlsrpt-report-mail-user-unknown.eml',
    'bounce',
    'postfix',
    unknownUser('tls-reports@example.org'),
  ),
  // Exim bounce of an RFC 5965 report (its multipart/report; report-type=feedback-report returned):
  // a bounce, not a feedback report.
  c('39-exim-bounce-of-arf-feedback-report-mailbox-full.eml', 'bounce', 'exim', [
    'abuse@example.org',
    '5.2.2',
    'mailbox-full',
    'recipient',
  ]),
  // RFC 2045 section 6.7 quoted-printable text/html only (no text part): a person's
  // "Re: Mail delivery failed: returning message to sender" (Exim's bounce subject answered).
  none('40-html-only-qp-person-reply-re-mail-delivery-failed.eml'),
  // A charset mis-declared (utf-8 declared, ISO-8859-1 bytes, RFC 2045 section 5.1): a person's
  // "Fwd: Returned mail: see transcript for details" (sendmail's subject) holding only a question.
  none('41-misdeclared-charset-fwd-returned-mail-subject-question-only.eml'),
  // RFC 2298 section 3.2.6 (the old "failed" disposition and Failure field: the MDN itself could not
  // be generated): a read receipt, not a delivery failure.
  none('42-rfc2298-mdn-failed-disposition-failure-field.eml', 'read-receipt'),
  // Postfix's success notice (bounce_template.c's default success template "Your message was
  // successfully delivered to the destination(s)", Action: delivered, X-Postfix "delivered to
  // mailbox") for a PGP/MIME message.
  c('43-postfix-delivered-dsn-of-pgp-encrypted-message.eml', 'delivered', 'postfix', [
    'lee@example.org',
    '2.0.0',
    'unknown',
    'none',
  ]),
  // sendmail's warning (savemail.c "THIS IS A WARNING MESSAGE ONLY", "Warning: could not send message
  // for past 4 hours", deliver.c "Deferred: Connection refused by %s"); the returned headers are of an
  // RFC 8551 signed-data message.
  c(
    '44-sendmail-warning-4-hours-smime-original-connection-refused.eml',
    'delay',
    'sendmail',
    delayedRecipient('yuki@example.net', '4.4.1', 'recipient-system', 'recipient-admin'),
  ),
  // RFC 3834 section 5 (Auto-Submitted: auto-replied) and 3.1.5 (the responder's prefix first):
  // RFC 2047 B-encoded "自動応答: Undeliverable: 配信失敗", a base64 Japanese body naming a
  // colleague. Read as a bounce at first: the auto-reply's own prefix now comes first (kind.ts).
  none('45-rfc3834-japanese-base64-auto-reply-encoded-subject.eml', 'auto-reply'),
  // Exchange NDR for an EAI recipient: RFC 6533 message/global-delivery-status and message/global-headers,
  // base64-encoded as section 6 allows; learn.microsoft.com 5.1.1 "RESOLVER.ADR.RecipNotFound".
  c(
    '46-exchange-ndr-base64-global-delivery-status-utf8-recipient.eml',
    'bounce',
    'exchange',
    unknownUser('josé@example.es'),
  ),
  // Exchange's automatic reply (learn.microsoft.com "Automatic replies": "Automatic reply:" subject
  // prefix, Auto-Submitted: auto-generated, X-Auto-Response-Suppress: All, MS-OXCMAIL) to a forwarded
  // sendmail bounce ("Returned mail: see transcript for details"), with a null Return-Path. Read as
  // a bounce at first (its colleague's address taken for the recipient), like row 45.
  none('47-exchange-automatic-reply-returned-mail-subject-null-sender.eml', 'auto-reply'),
];

describe('variants: odd shapes', () => {
  test.each(CASES.map((k) => [k.file, k] as const))('%s', (_file, k) => checkFixture(k));
});

// RFC 2152 section 3's examples, and Exchange 2003's label: UTF-7 has no decoder on the web platform.
describe('UTF-7 text (RFC 2152)', () => {
  test.each([
    ['utf-7', 'Hi Mom -+Jjo--!', 'Hi Mom -\u263a-!'],
    ['utf-7', '+ZeVnLIqe-', '\u65e5\u672c\u8a9e'],
    ['utf-7', 'A+ImIDkQ.', 'A\u2262\u0391.'],
    ['unicode-1-1-utf-7', '+ADw-mx.example.net +ACM-5.1.1+AD4- 1 +- 1', '<mx.example.net #5.1.1> 1 + 1'],
    // plain ASCII under the label: a run that does not end on zero bits is no run
    ['unicode-1-1-utf-7', 'Date: Mon, 1 Jan 2024 10:00:00 +0900', 'Date: Mon, 1 Jan 2024 10:00:00 +0900'],
    ['unicode-1-1-utf-7', 'call +1 555 0100', 'call +1 555 0100'],
  ])('%s %s', (charset, text, want) => expect(decodeCharset(text, charset)).toBe(want));
});
