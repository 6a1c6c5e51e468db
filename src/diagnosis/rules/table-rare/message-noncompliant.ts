// message-noncompliant: the phrases of its rows (table/message-noncompliant.ts) that few bounces have, loaded on demand
// (rare-phrases.ts says when). Sources and examples are in provenance.ts, by row id.
import type { RarePhrases } from '../rare-phrases';

export const MESSAGE_NONCOMPLIANT_RARE: RarePhrases = {
  'exo.5.6.11-invalid-characters': ['bare line feed', 'bare linefeed', 'barelinefeed', 'bare lf'],
  'exchange.storedrv-conversion-failed': ['conversionfailedexception', 'corrupt message content'],
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
  ],
  'courier.unicode-address': [
    'unable to deliver unicode e-mail to a non-unicode mail server',
    'does not support e-mail messages with international unicode',
    "does not support the sender's international e-mail address",
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
  'qmail.bare-lf': ['smtplf'],
  'zeptomail.subject-mandatory': ['subject is mandatory'],
  'sisimai.contenterror-binary': ['improperly-formatted binary content'],
  'sisimai.exim-address-syntax': [
    'angle-brackets nested too deep',
    'expected word or "<"',
    'domain missing in source-routed address',
  ],
  'gmail.5.7.1-header-syntax': ['disallowed header'],
  'postfix.multi-recipient-bounce': ['multi-recipient bounce'],
  'exim.header-not-crlf': ['message header not crlf terminated'],
  'cn-mta.stray-newline': ['stray newline'],
  'zmailer.noncompliant': ['line not terminated with crlf'],
  'synchronet.replies': ["header missing 'from' field", "contains mismatched 'from' field"],
  'provider.rfc-compliance': ['failed rfc compliance'],
  'app.reply-empty': ['it appears that the email is blank'],
};
