// message-noncompliant: the phrases of its rows (table/message-noncompliant.ts) that few bounces have, and its rows all of
// whose phrases are such, loaded on demand (rare-phrases.ts says when). Sources and examples are
// in provenance.ts, by row id.
import { rareRows, type RarePhraseMap } from '../rare-phrases';

export const MESSAGE_NONCOMPLIANT_RARE: RarePhraseMap = {
  // SpamExperts: a null or postmaster@ sender to several recipients, which a bounce never is
  'spamexperts.message-form': ['legitimate bounces are never sent to more than one recipient'],
  'exo.5.6.11-invalid-characters': ['bare line feed', 'bare linefeed', 'barelinefeed', 'bare lf'],
  'text.noncompliant': [
    // CommuniGate Pro's "Messages without To: fields are not accepted here" (PHPMailer-BMH's rule samples (phpmailer-bmh_rules.php))
    'fields are not accepted here',
    'bare lf',
    'bare linefeed',
    'noncompliant',
    'can be interpreted as a command',
    'message contains administrivia',
    'too many nested attachments',
    'wrongly formatted subject',
    'nonstandard smtp line terminator',
    'eight bit data not allowed',
    // The message needs SMTPUTF8 (a UTF-8 address) and the next hop does not offer it, or the
    // client sent a UTF-8 address without declaring it: Exim transports/smtp.c ERRNO_UTF8_FWD and
    // verify.c (a callout), smtp_in.c; Postfix smtp_proto.c (3.11 wording) and smtpd.c
    // (strict_smtputf8)
    'utf8 support required but not offered',
    'did not include smtputf8',
    'smtputf8 used when not advertised',
    'message requires smtputf8',
    'must declare smtputf8',
  ],
  'james.message-format': ['line delimiter must be crlf'],
  'haraka.message-format': [
    'bare line-feed',
    'date header is too far in the future',
    'date header could not be parsed',
    'outgoing mail must not have a return-path header',
  ],
  'exim.moan-submission': [
    'contained a header section that was excessively',
    'contained a header line that was excessively',
    'contained no recipient addresses',
  ],
  'exim.line-length-header-syntax': ['maximum allowed line length is 998 octets'],
  'sisimai.exim-address-syntax': [
    'angle-brackets nested too deep',
    'expected word or "<"',
    'domain missing in source-routed address',
  ],
  'gmail.5.7.1-header-syntax': ['disallowed header'],
  'zmailer.noncompliant': ['line not terminated with crlf'],
  'provider.rfc-compliance': ['failed rfc compliance'],
  'ses.transaction-failed-mime': ['transaction failed: expected'],
  'app.reply-empty': ['it appears that the email is blank'],
};

// Rows every phrase of which is rare: each ships whole here, after the row it follows in
// table/message-noncompliant.ts.
export const MESSAGE_NONCOMPLIANT_RARE_ROWS = rareRows('message-noncompliant', [
  {
    id: 'exchange-ims.00050311-conversion-failed',
    after: 'exo.5.7.512-rfc5322-from',
    tier: 'provider',
    phrases: ['(00050311)', '(000502cc)'],
  },
  // --- GoDaddy: a blank From, an IP address as the From
  {
    id: 'godaddy.from-invalid',
    after: 'exim.line-length-header-syntax',
    tier: 'provider',
    phrases: ['ib501', 'ib502'],
  },
  {
    id: 'exchange.storedrv-conversion-failed',
    after: 'exo.5.7.512-rfc5322-from',
    tier: 'provider',
    phrases: ['conversionfailedexception', 'corrupt message content'],
  },
  {
    id: 'courier.unicode-address',
    after: 'sysexits.65-dataerr',
    tier: 'fixed',
    phrases: [
      'unable to deliver unicode e-mail to a non-unicode mail server',
      'does not support e-mail messages with international unicode',
      "does not support the sender's international e-mail address",
    ],
    // Courier libesmtp.C: the message needs SMTPUTF8 (a Unicode address) and the next server lacks it
  },
  {
    id: 'qmail.bare-lf',
    after: 'exim.line-length-header-syntax',
    tier: 'fixed',
    phrases: ['smtplf'],
    // netqmail qmail-smtpd.c straynewline: a bare LF, with D. J. Bernstein's page on it
  },
  {
    id: 'zeptomail.subject-mandatory',
    after: 'godaddy.from-invalid',
    tier: 'fixed',
    phrases: ['subject is mandatory'],
  },
  {
    // sisimai's reason list: a message body the receiver could not parse.
    id: 'sisimai.contenterror-binary',
    after: 'facebook.msg-p3',
    tier: 'fixed',
    phrases: ['improperly-formatted binary content'],
  },
  {
    id: 'postfix.multi-recipient-bounce',
    after: 'gmail.5.7.1-header-syntax',
    tier: 'fixed',
    phrases: ['multi-recipient bounce'],
    // reject_multi_recipient_bounce: a null-sender message to several recipients
  },
  {
    id: 'exim.header-not-crlf',
    after: 'netease.header-sender-mismatch',
    tier: 'fixed',
    phrases: ['message header not crlf terminated'],
  },
  {
    id: 'cn-mta.stray-newline',
    after: 'exim.header-not-crlf',
    tier: 'fixed',
    phrases: ['stray newline'],
  },
  {
    id: 'synchronet.replies',
    after: 'zmailer.noncompliant',
    tier: 'fixed',
    phrases: ["header missing 'from' field", "contains mismatched 'from' field"],
  },
  {
    id: 'app.reply-record-invalid',
    after: 'app.reply-empty',
    tier: 'fixed',
    owner: 'sender',
    phrases: ['could not be created for the following reasons'],
    // GitLab reply_processing.rb verify_record!: the issue or note the message would make fails its
    // checks ("Title can't be blank"); the person corrects the message and sends it again
  },
  {
    id: 'app.reply-date-missing',
    after: 'app.reply-record-invalid',
    tier: 'fixed',
    phrases: ['no post creation date found'],
    // Discourse email_reject_invalid_post_specified date_invalid: the message has no Date: header,
    // which the sending mail software should have written
  },
]);
