// message-noncompliant: RFC 5322 / MIME violations, bare LF, bad From (../shared/TAXONOMY.md). Every phrase and code of the category, by tier.
import { inCategory, type Rule } from '../rule';

export const MESSAGE_NONCOMPLIANT: readonly Rule[] = inCategory('message-noncompliant', [
  // --- 5.0.x .. 5.6.x
  {
    id: 'exo.5.0.350-x-dg-ref-too-long',
    tier: 'provider',
    phrases: ['x-dg-ref'],
    // a Rich Text (TNEF) message carried outside the organization
  },
  {
    id: 'exo.5.1.20-multiple-from',
    tier: 'provider',
    status: ['5.1.20'],
    phrases: ['multiple from', 'sender address'],
  },
  {
    id: 'exo.5.6.11-invalid-characters',
    tier: 'provider',
    status: ['5.6.11'],
    phrases: ['invalid characters'],
  },
  {
    id: 'exo.5.7.512-rfc5322-from',
    tier: 'provider',
    codeAlone: true,
    status: ['5.7.512'],
    phrases: ['5322', 'access denied'],
  },
  {
    id: 'text.gmail-rfc5322',
    tier: 'fixed',
    phrases: ['not rfc 5322 compliant', 'rfcmessagenoncompliant', 'headers are not rfc compliant'],
    // Gmail and Yahoo say "spam" in the same sentence; the cause is the header format
  },
  // --- the message itself
  {
    id: 'text.noncompliant',
    tier: 'words',
    phrases: [
      'rfc 5322',
      'rfc5322',
      'rfc 2822',
      'rfc2822',
      'rfc 822',
      // Not 'rfc822' alone: it is the address type of ORCPT= and of DSN fields ("rfc822;a@b").
      'rfc822 compliant',
      'to rfc822',
      'rfc822 violation',
      // "554 5.5.2 Invalid data in message" (PHPMailer-BMH rule 0223's sample)
      'invalid data in message',
      'not rfc',
      'header error',
      'invalid header',
      'malformed',
      'missing header',
      'duplicate header',
      'multiple from',
      'invalid from',
      'message-id',
      'syntax error',
      'non-compliant',
      'not compliant',
      'invalid character',
      '8-bit',
      '8bit',
      'improper',
      'too many "to"',
      'headers',
      // qpsmtpd plugins/headers: "The Date header is too far in the past" (or "in the future")
      'date header',
      'does not contains a from header',
      'does not contain a from header',
      'smtputf8 is required',
      'bounce messages with more than one recipient',
      'message has no subject',
      'does not implement 8bitmime',
      'does not implement smtputf8',
      'smtputf8 disabled',
      'too long line',
      // Postfix 3.9 smtpd.c (smtpd_forbid_bare_newline, the SMTP smuggling fix): "521 5.5.2 %s
      // Error: bare <LF> received": the sending client ends lines with LF alone
      'bare <lf>',
      'message body missing',
      // MailerSend's SMTP relay: "450 The given data was invalid." then its API's validation errors
      // (developers.mailersend.com/smtp-relay.html): the message as composed, no retry mends it
      'the given data was invalid',
      'mime',
      'encoding',
    ],
  },
  // --- the sender's From header (issue 9, shape 3): the message's own header, not the recipient
  {
    id: 'smtp.from-header',
    tier: 'fixed',
    phrases: [
      'multiple addresses in from',
      'multiple from addresses',
      'more than one from',
      'from: domain invalid',
      'from: domain is invalid',
      'from header is missing',
      'missing from header',
      'no from header',
      'invalid from header',
      'from header is invalid',
      'malformed from header',
      'from address is invalid',
      // not "from: header" or "header from domain" alone: DMARC refusals name the header From
      // domain too, and those are authentication failures
    ],
  },
  {
    id: 'smtp.line-too-long',
    tier: 'fixed',
    phrases: [
      'line too long',
      'line is too long',
      'lines too long',
      'line length exceeded',
      'line length limit',
      'maximum line length',
    ],
  },
  {
    id: 'sysexits.65-dataerr',
    tier: 'fixed',
    phrases: ['x-unix; 65', 'data format error'],
  },
  // --- MTA families from source code, third pass (issue 9): Courier
  // --- MTA families from source code, third pass (issue 9): Apache James
  {
    id: 'james.message-format',
    tier: 'fixed',
    phrases: ['header lines are too many'],
    // James DataLineJamesMessageHookHandler (bare LF) and EnforceHeaderLimitationsMessageHook
  },
  // --- MTA families from source code, third pass (issue 9): Haraka
  {
    id: 'haraka.message-format',
    tier: 'fixed',
    phrases: ['date header is too old', 'too many mime parts'],
    // Haraka connection.js (bare LF, MIME part limit) and haraka-plugin-headers (Date checks)
  },
  {
    id: 'haraka.required-header',
    tier: 'fixed',
    phrases: ['required header'],
    also: ['missing'],
    // haraka-plugin-headers: "Required header 'Date' missing"
  },
  // --- MTA families from source code, third pass (issue 9): Exim
  {
    id: 'exim.header-sender',
    tier: 'fixed',
    phrases: ['there is no valid sender in any header line'],
    // Exim verify.c (verify = header_sender): no From/Sender/Reply-To header names a valid sender
  },
  {
    id: 'exim.moan-submission',
    tier: 'fixed',
    phrases: ['addresses that were not also on the command line'],
    // Exim moan.c ERRMESS_VLONGHEADER, _VLONGHDRLINE, _NOADDRESS, _IGADDRESS: a local submission the
    // sending program got wrong
  },
  // --- by MTA family (issue 9, second pass)
  {
    id: 'exim.line-length-header-syntax',
    tier: 'fixed',
    phrases: ['header syntax'],
    // Exim's default DATA ACL: RFC 5322 line length, verify = header_syntax
  },
  // --- Zoho ZeptoMail
  // --- Facebook mail: a header field that may occur once occurs more often
  {
    id: 'facebook.msg-p3',
    tier: 'provider',
    phrases: ['msg-p3'],
    hosts: ['facebook.com'],
  },
  {
    // an address or header the receiver could not parse (Exim's address parser; amavis' BAD HEADER)
    id: 'sisimai.exim-address-syntax',
    tier: 'fixed',
    phrases: ['bad header'],
  },
  {
    // Gmail: a header breaks RFC 5322 / RFC 2047, though the reply goes on about spam
    id: 'gmail.5.7.1-header-syntax',
    tier: 'fixed',
    phrases: [
      'encoded-word syntax is not permitted',
      'valid address in the from: header',
      // the rest of Gmail's 5.7.1 header family (support.google.com/a/answer/3726730): "... not
      // RFC 5322 compliant because it has duplicate headers", "... multiple From: headers", "... the
      // From: header has a non-compliant domain name", "... the From: header is missing", "There is
      // a malformed header-name header", "Messages missing a valid Message-ID: header", "Messages
      // with multiple addresses in the From: header"
      'has duplicate headers',
      'multiple from: headers',
      'non-compliant domain name',
      'from: header is missing',
      'there is a malformed',
      'missing a valid message-id',
      'multiple addresses in the from: header',
    ],
  },
  // --- policy daemons and filters behind the MTA (issue 9, policy)
  {
    id: 'netease.header-sender-mismatch',
    tier: 'provider',
    hosts: ['163.com', '126.com', 'yeah.net', '188.com', 'netease.com', '163mx'],
    phrases: ['dt:sum'],
  },
  {
    id: 'zmailer.noncompliant',
    tier: 'fixed',
    phrases: ['arrived with an illegal header', 'illegal envelope data'],
  },
  { id: 'exim.from-header-syntax', tier: 'fixed', phrases: ['failing address in "from:" header'] },
  {
    id: 'provider.rfc-compliance',
    tier: 'provider',
    before: ['exo.5.7.1-delivery-not-authorized'],
    phrases: ['message refused: message is not rfc 2822 compliant'],
  },
  {
    id: 'ses.transaction-failed-mime',
    tier: 'fixed',
    phrases: ['transaction failed: duplicate header'],
    // Amazon SES SMTP "554 Transaction failed: <what its MIME parser refused>" after DATA
  },
  { id: 'xneelo.date-header', tier: 'fixed', phrases: ['date header far in the'] },
  // A reply-by-email application found no reply in the person's message (formats/app-rejection.ts):
  // the person writes it again, above the quote
  {
    id: 'app.reply-empty',
    tier: 'fixed',
    owner: 'sender',
    phrases: ["couldn't find any reply content in your email", "we couldn't find your reply in the email"],
  },
  // SpamExperts' classifications of a malformed message ("Lines in message were longer than user maximum")
  { id: 'spamexperts.message-form', tier: 'fixed', phrases: ['lines in message were longer than'] },
]);
