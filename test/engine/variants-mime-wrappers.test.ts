// Real bounces (Postfix, Exim, sendmail) in the MIME wrappers and encodings the RFCs allow and
// gateways and clients produce: the recipients, status and category of the unwrapped bounce must
// survive the wrapping. One invented fixture per variant (test/fixtures/variants/mime-wrappers/).
// The bounces' words are from the writers' sources: Postfix src/bounce/bounce_templates.c and
// bounce_notify_util.c, smtp/smtp_proto.c ("host %s said: %s (in reply to %s)"),
// smtpd/smtpd_check.c; Exim src/deliver.c, transports/smtp.c, macros.h (DEFAULT_DSN_FROM);
// sendmail savemail.c, deliver.c, sysexits.c, libsm/strexit.c, cf/cf/generic-bsd4.4.cf.
import { parseParams } from '../../src/diagnosis/mime/headers';
import { checkFixture, diagnoseFixture, type FixtureCase, recipient as R } from './fixture-cases';

const DIR = 'variants/mime-wrappers/';

const CASES: FixtureCase[] = [
  {
    // S/MIME clear-signed multipart/signed (RFC 8551) by a gateway, the whole multipart/report as
    // its first part (the S/MIME example on ceenet.org's "Example of MIME multipart/signed" slide:
    // protocol="application/pkcs7-signature"; micalg=...; "This is a clear-signed message.",
    // smime.p7s); Postfix bounce_templates.c failure template, smtpd_check.c "User unknown in local
    // recipient table"
    file: '01-postfix-smime-multipart-signed.eml',
    kind: 'bounce',
    format: 'postfix',
    recipients: [R('lee@example.org', '5.1.1', 'recipient-unknown', 'sender')],
  },
  {
    // S/MIME opaque signed-data (RFC 8551: application/pkcs7-mime; smime-type=signed-data;
    // name=smime.p7m; OpenSSL PKCS7_sign(3): the content is inside the signedData unless
    // PKCS7_DETACHED): the report is inside a base64 BER blob the engine does not open. It says so
    // rather than guess: not a bounce it can read, no recipients invented
    file: '02-postfix-smime-opaque-signed-data.eml',
    kind: 'not-a-bounce',
    format: null,
    recipients: [],
  },
  {
    // RFC 3156 5 multipart/signed; protocol="application/pgp-signature" (its "boundary=bar" example
    // and its "-----BEGIN PGP MESSAGE----- Version: 2.6.2" signature part); Exim deliver.c bounce
    // ("Status: 5.0.0" always; the reply in Diagnostic-Code gives 5.1.1)
    file: '03-exim-pgp-mime-signed.eml',
    kind: 'bounce',
    format: 'exim',
    recipients: [R('ola@example.org', '5.1.1', 'recipient-unknown', 'sender')],
  },
  {
    // RFC 2045 6 encodings a content filter applies to every part: the text part quoted-printable,
    // message/delivery-status and message/rfc822 base64 (encodings the MIME rules keep off message
    // types, as RFC 2046 5.2.2 does for message/partial; relays apply them anyway); sendmail savemail.c ("The original message was received at", "----- The following
    // addresses had permanent fatal errors -----", "(reason: %s)"), strexit.c "550 5.1.1 User unknown"
    file: '04-sendmail-parts-qp-and-base64-rfc822.eml',
    kind: 'bounce',
    format: 'sendmail',
    recipients: [R('pia@example.org', '5.1.1', 'recipient-unknown', 'sender')],
  },
  {
    // sendmail savemail.c "X-Actual-Recipient: %s" in the mailer's own address type when it differs
    // from Final-Recipient: the prog mailer's T=X-Unix/X-Unix/X-Unix (generic-bsd4.4.cf), so
    // "X-Unix; |/usr/local/bin/procmail -a rex" is no recipient address; deliver.c writes the exit
    // code as the X-Unix Diagnostic-Code ("73", EX_CANTCREAT) and sysexits.c exitstat() the reason
    // "Can't create output" (strexit.c ":550 5.0.0 Can't create output"): the destination's delivery
    // program failed
    file: '05-sendmail-x-actual-recipient-x-unix-prog.eml',
    kind: 'bounce',
    format: 'sendmail',
    recipients: [R('rex@example.net', '5.0.0', 'recipient-system', 'recipient-admin')],
  },
  {
    // RFC 2231 3 parameter value continuations: a gateway re-folds Postfix's long boundary as
    // boundary*0="..."; boundary*1="..."; Postfix smtpd_check.c "552 5.3.4 Message size exceeds
    // fixed limit", smtp_proto.c "end of DATA command", headers-only return (text/rfc822-headers)
    file: '06-postfix-rfc2231-continued-boundary.eml',
    kind: 'bounce',
    format: 'postfix',
    recipients: [R('uma@example.org', '5.3.4', 'message-too-large', 'sender')],
  },
  {
    // a forward as attachment whose client labels the bounce application/octet-stream with
    // name="....eml", base64 (the .eml name is all that says it is a message); Postfix bounce as in 01
    file: '07-outlook-forward-octet-stream-eml-base64.eml',
    kind: 'bounce',
    format: 'postfix',
    recipients: [R('vic@example.org', '5.1.1', 'recipient-unknown', 'sender')],
  },
  {
    // the same, the .eml name only in RFC 2231 3-4 continued, %-encoded extended parameters
    // (name*0*=utf-8''...; name*1*=...Sender.eml; filename*0*/filename*1* alike); Postfix
    // smtpd_check.c "554 5.7.1 <...>: Recipient address rejected: Access denied"
    file: '08-forward-octet-stream-rfc2231-continued-filename.eml',
    kind: 'bounce',
    format: 'postfix',
    recipients: [R('wes@example.org', '5.7.1', 'recipient-policy', 'recipient-admin')],
  },
  {
    // RFC 2047 encoded-words (B in the Subject, Q in the From and To display names, UTF-8 and
    // ISO-8859-1) on a forward with the Postfix bounce attached as message/rfc822
    file: '09-forward-rfc2047-subject-and-from-name.eml',
    kind: 'bounce',
    format: 'postfix',
    recipients: [R('xia@example.org', '5.1.1', 'recipient-unknown', 'sender')],
  },
  {
    // RFC 2046 5.2.2 message/partial, the first fragment only ("Content-type: message/partial;
    // id=...; number=1; total=2", the enclosed message's Content-*, Subject, Message-ID and
    // MIME-Version fields first in its body, 5.2.2.1); cut inside the returned message
    file: '10-postfix-message-partial-first-fragment.eml',
    kind: 'bounce',
    format: 'postfix',
    recipients: [R('yan@example.org', '5.3.4', 'message-too-large', 'sender')],
  },
  {
    // RFC 2046 5.1.5 multipart/digest inside multipart/mixed (its "---- main boundary ----" and
    // "---- next message ----" example): a part with no Content-Type is message/rfc822
    file: '11-postfix-bounce-inside-multipart-digest.eml',
    kind: 'bounce',
    format: 'postfix',
    recipients: [R('zed@example.org', '5.1.1', 'recipient-unknown', 'sender')],
  },
  {
    // a forward of a forward: message/rfc822 inside message/rfc822, the bounce two levels down
    file: '12-postfix-forward-of-forward-depth-2.eml',
    kind: 'bounce',
    format: 'postfix',
    recipients: [R('amy@example.org', '5.1.1', 'recipient-unknown', 'sender')],
  },
  {
    // three levels down; Exim deliver.c bounce, transports/smtp.c "SMTP error from remote mail
    // server after RCPT TO:<%s>: %s", smtpd_check.c's 552 5.3.4 reply
    file: '13-exim-forward-of-forward-depth-3.eml',
    kind: 'bounce',
    format: 'exim',
    recipients: [R('bea@example.org', '5.3.4', 'message-too-large', 'sender')],
  },
  {
    // CRLF header block, then CR-only line ends (a message saved by a classic Mac OS client); Exim
    // bounce of a "554 5.7.1 ... Recipient address rejected: Access denied" (smtpd_check.c)
    file: '14-exim-crlf-headers-cr-only-body.eml',
    kind: 'bounce',
    format: 'exim',
    recipients: [R('cal@example.org', '5.7.1', 'recipient-policy', 'recipient-admin')],
  },
];

describe('bounces in MIME wrappers and encodings', () => {
  test.each(CASES.map((c) => [c.file, { ...c, file: DIR + c.file }] as const))('%s', (_file, c) =>
    checkFixture(c),
  );

  test('the X-Unix actual recipient (a pipe to a program) is no recipient address', () => {
    const d = diagnoseFixture(DIR + '05-sendmail-x-actual-recipient-x-unix-prog.eml');
    expect(d.recipients.map((r) => r.address)).toEqual(['rex@example.net']);
  });
});

// RFC 2231 3 and 4, as parseParams reads them.
describe('RFC 2231 parameters', () => {
  test('continued sections are joined in number order', () => {
    const p = parseParams('multipart/report; boundary*1="b/host"; boundary*0="4R2F.a"').params;
    expect(p['boundary']).toBe('4R2F.ab/host');
  });

  test("an extended value loses its charset'language' lead and its %-escapes", () => {
    const p = parseParams(
      "application/octet-stream; name*0*=utf-8''Undelivered%20Mail; name*1*=%20x.eml",
    ).params;
    expect(p['name']).toBe('Undelivered Mail x.eml');
    expect(parseParams("attachment; filename*=iso-8859-1'de'B%FCro.eml").params['filename']).toBe(
      'B\xfcro.eml',
    );
  });

  test('a plain parameter of the same name wins over sections', () => {
    expect(parseParams('text/plain; name="a.txt"; name*0="b"; name*1=".eml"').params['name']).toBe('a.txt');
  });
});
