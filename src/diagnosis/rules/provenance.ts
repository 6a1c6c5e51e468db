// Where each row of the rule table comes from, and the real lines that land on it, by row id.
// Kept apart from the rows so the pane does not ship them: only the compile check (check.ts, run by
// test/engine/rules-table.test.ts) reads this file, and it fails on a row without an entry here.
import type { Example } from './rule';

export interface Provenance {
  /** The MTA source file, vendor page or RFC the row's wording comes from. */
  readonly source: string;
  /** Real lines that land on the row. */
  readonly examples?: readonly Example[];
}

export const PROVENANCE: Readonly<Record<string, Provenance>> = {
  'ses.account-sending-paused': {
    source:
      'Amazon SES SMTP response codes (docs.aws.amazon.com/ses/latest/DeveloperGuide/smtp-response-codes.html), as applications quote them (civicrm-core CRM/Utils/Mail tests; SES send error handling)',
    examples: [
      {
        line: '554 Message rejected: Sending paused for this account. For more information, please check the inbox of the email address associated with your AWS account.',
        source: 'Amazon SES SMTP interface, quoted in gomail test comments and Xero SMTP error pages',
      },
      {
        line: '554 Message rejected: Sending suspended for this account. For more information, please check the inbox of the email address associated with your AWS account.',
        source: 'civicrm-core tests quoting the Amazon SES SMTP reply (code: 554)',
      },
    ],
  },
  'ses.address-blacklisted': {
    source:
      'Amazon SES SMTP interface: a recipient on its suppression list (forums.aws.amazon.com thread 91218, as quoted by applications that skip it)',
    examples: [
      {
        line: '554 Message rejected: Address blacklisted.',
        source:
          'Amazon SES SMTP reply, quoted in swiftmailer spool docs and Perl mailers (Net::SMTP debug_txt)',
      },
    ],
  },
  'ses.transaction-failed-mime': {
    source: 'Amazon SES SMTP interface "554 Transaction failed: <reason>" (SES SMTP response codes page)',
    examples: [
      {
        line: "554 Transaction failed: Duplicate header 'MIME-Version'.",
        source: 'a Postfix log of a relayhost email-smtp.us-east-1.amazonaws.com (pastebin N6BSFLj8)',
      },
      {
        line: '554 Transaction failed: Expected disposition, got =',
        source: 'scandipwa/email-fix README (sending through Amazon SES)',
      },
    ],
  },
  'bounce-email.recipient-system': {
    source:
      'bounce_email (mitio/bounce_email) lib/bounce_email.rb get_status_from_text: Gmail\'s "Technical details of permanent/temporary failure" with "Connection was dropped by remote host" or "Could not initiate SMTP conversation" => 5.3.2 / 4.3.2',
    examples: [
      { line: 'Connection was dropped by remote host', source: 'bounce_email lib/bounce_email.rb (Gmail)' },
      {
        line: 'Could not initiate SMTP conversation with any hosts: [mx.example.org (1): Connection refused]',
        source: 'bounce_email lib/bounce_email.rb (Gmail wording; the bracketed host list is ours)',
      },
    ],
  },
  'bounceparser.recipient-domain-invalid': {
    source:
      "Mail::DeliveryStatus::BounceParser lib/Mail/DeliveryStatus/BounceParser.pm (_std_reason): domain_error / the resolver's errors",
    examples: [
      {
        line: 'No data record of requested type',
        source: 'Mail::DeliveryStatus::BounceParser lib/Mail/DeliveryStatus/BounceParser.pm (_std_reason)',
      },
    ],
  },
  'bounceparser.mailbox-inactive': {
    source:
      'Mail::DeliveryStatus::BounceParser lib/Mail/DeliveryStatus/BounceParser.pm (_std_reason): user_unknown: "$user_re (suspended|discontinued)" (everyone.net), "account not activated" (usa.net)',
    examples: [
      {
        line: '550 User discontinued',
        source: 'Mail::DeliveryStatus::BounceParser lib/Mail/DeliveryStatus/BounceParser.pm (_std_reason)',
      },
      {
        line: '550 Account not activated',
        source:
          'Mail::DeliveryStatus::BounceParser lib/Mail/DeliveryStatus/BounceParser.pm (_std_reason) (usa.net)',
      },
    ],
  },
  'bounceparser.recipient-unknown': {
    source:
      'Mail::DeliveryStatus::BounceParser lib/Mail/DeliveryStatus/BounceParser.pm (_std_reason): user_unknown: "not an active address at this host"',
    examples: [
      {
        line: '550 bob@example.org is not an active address at this host',
        source: 'Mail::DeliveryStatus::BounceParser lib/Mail/DeliveryStatus/BounceParser.pm (_std_reason)',
      },
    ],
  },
  'bounceparser.content-rejected': {
    source:
      'Mail::DeliveryStatus::BounceParser lib/Mail/DeliveryStatus/BounceParser.pm (_std_reason): spam: "Blocked by SpamAssassin", "appears to be unsolicited", "Blocked using spam pattern", "breaches local URIBL policy", "using a mass mailer", "MCSpamSignature", "Message refused by MailMarshal SpamProfiler"',
    examples: [
      {
        line: 'Network Associates WebShield SMTP V4.5 MR1a on gw.example.org intercepted a mail from <alice@example.com> which caused the Content Filter Block extension COM to be triggered.',
        source:
          'Mail::DeliveryStatus::BounceParser lib/Mail/DeliveryStatus/BounceParser.pm (its comment quoting a WebShield notice)',
      },
      {
        line: '550 Blocked by SpamAssassin',
        source: 'Mail::DeliveryStatus::BounceParser lib/Mail/DeliveryStatus/BounceParser.pm (_std_reason)',
      },
      {
        line: '550 Mail appears to be unsolicited',
        source: 'Mail::DeliveryStatus::BounceParser lib/Mail/DeliveryStatus/BounceParser.pm (_std_reason)',
      },
      {
        line: '550 Blocked using spam pattern',
        source: 'Mail::DeliveryStatus::BounceParser lib/Mail/DeliveryStatus/BounceParser.pm (_std_reason)',
      },
      {
        line: '550 Message breaches local URIBL policy',
        source: 'Mail::DeliveryStatus::BounceParser lib/Mail/DeliveryStatus/BounceParser.pm (_std_reason)',
      },
      {
        line: '550 You are using a mass mailer',
        source: 'Mail::DeliveryStatus::BounceParser lib/Mail/DeliveryStatus/BounceParser.pm (_std_reason)',
      },
      {
        line: '550 MCSpamSignature',
        source: 'Mail::DeliveryStatus::BounceParser lib/Mail/DeliveryStatus/BounceParser.pm (_std_reason)',
      },
      {
        line: '550 Message refused by MailMarshal SpamProfiler',
        source:
          'Mail::DeliveryStatus::BounceParser lib/Mail/DeliveryStatus/BounceParser.pm (_std_reason) (MailMarshal)',
      },
    ],
  },
  'bounceparser.reputation-block': {
    source:
      'Mail::DeliveryStatus::BounceParser lib/Mail/DeliveryStatus/BounceParser.pm (_std_reason): spam: "Denied due to spam list" (a list of sending hosts)',
    examples: [
      {
        line: '550 Denied due to spam list',
        source: 'Mail::DeliveryStatus::BounceParser lib/Mail/DeliveryStatus/BounceParser.pm (_std_reason)',
      },
    ],
  },
  'bounceparser.message-too-large': {
    source:
      'Mail::DeliveryStatus::BounceParser lib/Mail/DeliveryStatus/BounceParser.pm (_std_reason): message_too_large: "Message Rejected Class=size"',
    examples: [
      {
        line: '552 Message Rejected Class=size',
        source: 'Mail::DeliveryStatus::BounceParser lib/Mail/DeliveryStatus/BounceParser.pm (_std_reason)',
      },
    ],
  },
  'parsers.recipient-unknown-words': {
    source: 'PHP-Bounce-Handler bounce_responses.php ("nie istnieje" => 5.1.1, .PL "does not exist")',
    examples: [
      {
        line: '550 5.1.1 Podany adres e-mail nie istnieje',
        source:
          'PHP-Bounce-Handler bounce_responses.php (.PL "nie istnieje"; the sentence around it is ours)',
      },
    ],
  },
  'parsers.delivery-suspended': {
    source:
      'PHP-Bounce-Handler bounce_responses.php ("delivery temporarily suspended" => 4.3.2); Postfix src/qmgr/qmgr_queue.c (qmgr_queue_throttle: "delivery temporarily suspended: %s")',
    examples: [
      {
        line: 'delivery temporarily suspended: host mx.example.org[192.0.2.30] greeted me with: 421 mx.example.org',
        source: 'Postfix qmgr_queue.c with smtp_proto.c\'s "host %s greeted me with: %s"',
      },
    ],
  },
  'parsers.recipient-unknown': {
    source:
      'flufl.bounce flufl/bounce/_detectors/simplematch.py (andrew.ac.jp: "Invalid final delivery userid:"); PHP-Bounce-Handler bounce_responses.php ($bouncelist, phrase => RFC 3463 code): "destin. Sconosciuto", "Destinatario errato" (.IT), "Nie ma takiego konta" (.PL) => 5.1.1',
    examples: [
      {
        line: 'Invalid final delivery userid: bob@example.org',
        source: 'flufl.bounce flufl/bounce/_detectors/simplematch.py (andrew.ac.jp)',
      },
      {
        line: '550 destin. Sconosciuto',
        source:
          'PHP-Bounce-Handler bounce_responses.php ($bouncelist, phrase => RFC 3463 code) (.IT "user unknown")',
      },
      {
        line: '550 Nie ma takiego konta',
        source:
          'PHP-Bounce-Handler bounce_responses.php ($bouncelist, phrase => RFC 3463 code) (.PL "no such account")',
      },
    ],
  },
  'parsers.mailbox-full': {
    source:
      'PHP-Bounce-Handler bounce_responses.php ($bouncelist, phrase => RFC 3463 code): "Benutzer hat zuviele Mails auf dem Server" => 4.2.2 (.DE "mailbox full")',
    examples: [
      {
        line: '452 Benutzer hat zuviele Mails auf dem Server',
        source: 'PHP-Bounce-Handler bounce_responses.php ($bouncelist, phrase => RFC 3463 code)',
      },
    ],
  },
  'parsers.mailbox-inactive': {
    source:
      'PHP-Bounce-Handler bounce_responses.php ($bouncelist, phrase => RFC 3463 code): "mailbox has been blocked due to inactivity", "mail is not currently being accepted for this mailbox", "Esta casilla ha expirado por falta de uso" (ES), "El usuario esta en estado: inactivo", "Podane konto jest zablokowane administracyjnie lub nieaktywne" (.PL), "Questo indirizzo e\' bloccato per inutilizzo" (.IT) => 5.2.1 / 5.1.2',
    examples: [
      {
        line: '550 mailbox has been blocked due to inactivity',
        source: 'PHP-Bounce-Handler bounce_responses.php ($bouncelist, phrase => RFC 3463 code)',
      },
      {
        line: '550 Esta casilla ha expirado por falta de uso',
        source:
          'PHP-Bounce-Handler bounce_responses.php ($bouncelist, phrase => RFC 3463 code) (ES "expired")',
      },
      {
        line: '550 El usuario esta en estado: inactivo',
        source: 'PHP-Bounce-Handler bounce_responses.php ($bouncelist, phrase => RFC 3463 code)',
      },
      {
        line: '550 Podane konto jest zablokowane administracyjnie lub nieaktywne',
        source:
          'PHP-Bounce-Handler bounce_responses.php ($bouncelist, phrase => RFC 3463 code) (.PL "locked or inactive")',
      },
      {
        line: "550 Questo indirizzo e' bloccato per inutilizzo",
        source:
          'PHP-Bounce-Handler bounce_responses.php ($bouncelist, phrase => RFC 3463 code) (.IT "blocked/expired")',
      },
      {
        line: '550 mail is not currently being accepted for this mailbox',
        source: 'PHP-Bounce-Handler bounce_responses.php ($bouncelist, phrase => RFC 3463 code)',
      },
    ],
  },
  'parsers.content-rejected': {
    source:
      'PHP-Bounce-Handler bounce_responses.php ($bouncelist, phrase => RFC 3463 code): "failed several antispam checks", "Wiadomosc zostala odrzucona przez system antyspamowy" (.PL "rejected as spam") => 5.7.1',
    examples: [
      {
        line: '550 5.7.1 Blacklisted URL in message. See http://www.surbl.org/lookup.html',
        source: 'go-sisimai lhost/via-imailserver.go messagesof spamdetected ("Blacklisted URL in message")',
      },
      {
        line: '554 Message failed several antispam checks',
        source: 'PHP-Bounce-Handler bounce_responses.php ($bouncelist, phrase => RFC 3463 code)',
      },
      {
        line: '554 Wiadomosc zostala odrzucona przez system antyspamowy',
        source: 'PHP-Bounce-Handler bounce_responses.php ($bouncelist, phrase => RFC 3463 code) (.PL)',
      },
      {
        line: '550 A URL in this email (example.com) is listed on https://spamrl.com. Please resolve and retry',
        source: 'KumoMTA assets/community/bounces.toml (SpamContent)',
      },
      { line: '550 REJECTED - spamtext', source: 'KumoMTA assets/community/bounces.toml (SpamContent)' },
    ],
  },
  'parsers.recipient-system': {
    source:
      'PHP-Bounce-Handler bounce_responses.php ($bouncelist, phrase => RFC 3463 code): "Temporary lookup failure" (Postfix\'s "451 4.3.0 <addr>: Temporary lookup failure", its own tables failing), "system load is too high", "Too much load" => 4.x',
    examples: [
      {
        line: '451 4.3.0 <bob@example.org>: Temporary lookup failure',
        source:
          'PHP-Bounce-Handler bounce_responses.php ($bouncelist, phrase => RFC 3463 code) (Postfix wording)',
      },
      {
        line: '421 system load is too high, try later',
        source: 'PHP-Bounce-Handler bounce_responses.php ($bouncelist, phrase => RFC 3463 code)',
      },
    ],
  },
  'parsers.reputation-block': {
    source:
      'PHP-Bounce-Handler bounce_responses.php ($bouncelist, phrase => RFC 3463 code): "permanently deferred" (Yahoo [TS03] "All messages from <ip> will be permanently deferred"), "Connection refused due to abuse" => 5.7.1',
    examples: [
      {
        line: '421 4.7.0 [TS03] All messages from 192.0.2.9 will be permanently deferred; Retrying will NOT succeed.',
        source:
          'PHP-Bounce-Handler bounce_responses.php ($bouncelist, phrase => RFC 3463 code) ("permanently deferred"; Yahoo TS03)',
      },
      {
        line: '421 4.7.1 [TS03] All messages from 192.0.2.9 permanently deferred',
        status: '4.7.1',
        source: 'Yahoo help, help.yahoo.com SLN3436 (its title quotes the reply)',
      },
      {
        line: '554 Connection refused due to abuse',
        source: 'PHP-Bounce-Handler bounce_responses.php ($bouncelist, phrase => RFC 3463 code)',
      },
    ],
  },
  'parsers.recipient-policy': {
    source:
      'PHP-Bounce-Handler bounce_responses.php ($bouncelist, phrase => RFC 3463 code): "You have been blocked by the recipient" => 5.7.1',
    examples: [
      {
        line: '550 You have been blocked by the recipient',
        source: 'PHP-Bounce-Handler bounce_responses.php ($bouncelist, phrase => RFC 3463 code)',
      },

      {
        line: 'blocked by a user configured filter',
        source: 'CiviCRM xml/templates/civicrm_data.tpl (Spam)',
      },
    ],
  },
  'parsers.sender-infrastructure': {
    source:
      'PHP-Bounce-Handler bounce_responses.php ($bouncelist, phrase => RFC 3463 code): "dial-up or dynamic-ip denied" => 5.7.1',
    examples: [
      {
        line: '550 5.7.1 dial-up or dynamic-ip denied',
        source: 'PHP-Bounce-Handler bounce_responses.php ($bouncelist, phrase => RFC 3463 code)',
      },
    ],
  },
  'parsers.recipient-domain-invalid': {
    source:
      'PHP-Bounce-Handler bounce_responses.php ($bouncelist, phrase => RFC 3463 code): "host ?name is unknown" => 5.1.2',
    examples: [
      {
        line: '550 Host name is unknown',
        source: 'PHP-Bounce-Handler bounce_responses.php ($bouncelist, phrase => RFC 3463 code)',
      },
      {
        line: '550 hostname is unknown',
        source: 'PHP-Bounce-Handler bounce_responses.php ($bouncelist, phrase => RFC 3463 code)',
      },
    ],
  },
  'platform.suppression-notices': {
    source:
      'Mailgun events ("Not delivering to previously bounced address", delivery-status code 605, reason suppress-bounce; suppress-unsubscribe, suppress-complaint); Postmark API error 406 ("You tried to send to recipient(s) that have been marked as inactive")',
    examples: [
      {
        line: 'Not delivering to previously bounced address',
        source: 'Mailgun event delivery-status description (code 605)',
      },
    ],
  },
  'text.suppressed': {
    source:
      "sending platforms' suppression notices (SES, SendGrid, Postmark docs; ../shared/reference/provider-codes.tsv)",
    examples: [
      {
        line: 'Amazon SES did not send the message to this address because it is on the suppression list for your account. For more information about removing addresses from the suppression list, see the Amazon SES Developer Guide at https://docs.aws.amazon.com/ses/latest/DeveloperGuide/sending-email-suppression-list.html',
        source:
          'Amazon SES bounce notification diagnosticCode for the account-level suppression list (SES notification examples)',
      },
      {
        line: '554 5.7.1 [internal] recipient address was suppressed due to customer policy',
        status: '5.7.1',
        source:
          'SparkPost support-docs content/docs/faq/recipient-address-was-suppressed-due-to-customer-policy.md',
      },
    ],
  },
  'text.ses-suppressed': {
    source:
      'Amazon SES notification contents (bounce types), docs.aws.amazon.com/ses/latest/dg/notification-contents.html',
    examples: [
      {
        line: '554 5.1.1 Amazon SES has suppressed sending to this address because it has a recent history of bouncing as an invalid address.',
        status: '5.1.1',
        source:
          'Amazon SES notification contents, docs.aws.amazon.com/ses/latest/dg/notification-contents.html (global suppression list diagnostic)',
      },
      {
        line: '(Amazon SES bounceType: Permanent, bounceSubType: OnAccountSuppressionList)',
        source:
          'Amazon SES notification contents, bounce types table (docs.aws.amazon.com/ses/latest/dg/notification-contents.html), as formats/amazon-ses.ts renders the notification',
      },
    ],
  },
  'exo.4.7.26-ipv6-unauthenticated': {
    source:
      'Exchange Online NDR table, learn.microsoft.com/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online (seed 001)',
    examples: [
      {
        line: '450 4.7.26 Access denied, a message sent over IPv6 [2a01:111:f200:2004::240] must pass either SPF or DKIM validation, this message is not signed',
        status: '4.7.26',
        source:
          'Exchange Online NDR table (seed 001, learn.microsoft.com non-delivery-reports-in-exchange-online)',
      },
    ],
  },
  'exo.5.7.23-spf-violation': {
    source:
      'Exchange Online NDR table, learn.microsoft.com/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online (seed 001)',
    examples: [
      {
        line: '550 5.7.23 The message was rejected because of Sender Policy Framework violation',
        status: '5.7.23',
        source:
          'Exchange Online NDR table (seed 001, learn.microsoft.com non-delivery-reports-in-exchange-online)',
      },
    ],
  },
  'exo.5.7.509-dmarc': {
    source:
      'Exchange Online NDR table, learn.microsoft.com/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online (seed 001)',
    examples: [
      {
        line: '550 5.7.509 Access denied, sending domain [example.net] does not pass DMARC verification and has a DMARC policy of reject.',
        status: '5.7.509',
        source:
          'Exchange Online NDR table (seed 001, learn.microsoft.com non-delivery-reports-in-exchange-online)',
      },
    ],
  },
  'outlook.5.7.515-authentication-level': {
    source:
      'Exchange Online NDR table, learn.microsoft.com/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online (seed 001)',
    examples: [
      {
        line: '550 5.7.515 Access denied, sending domain [example.net] does not meet the required authentication level.',
        status: '5.7.515',
        source:
          'Outlook.com postmaster (sendersupport.olc.protection.outlook.com; ../shared/reference/provider-codes.tsv)',
      },
    ],
  },
  'outlook.sender-id-failure': {
    source:
      'Outlook.com postmaster troubleshooting, sendersupport.olc.protection.outlook.com/pm/troubleshooting.aspx (../shared/reference/provider-codes.tsv)',
    examples: [
      {
        line: '550 command rejected due to Sender ID validation failure',
        source:
          'Outlook.com postmaster (sendersupport.olc.protection.outlook.com; ../shared/reference/provider-codes.tsv)',
      },
    ],
  },
  'gmail.5.7.26-unauthenticated': {
    source: 'Gmail SMTP error reference, support.google.com/a/answer/3726730',
    examples: [
      {
        line: '550 5.7.26 This email has been blocked because the sender is unauthenticated. Gmail requires all senders to authenticate with either SPF or DKIM.',
        status: '5.7.26',
        source: 'Gmail SMTP error reference, support.google.com/a/answer/3726730',
      },
    ],
  },
  'gmail.5.7.27-spf-bulk': {
    source: 'Gmail SMTP error reference, support.google.com/a/answer/3726730',
    examples: [
      {
        line: "550 5.7.27 This mail has been blocked because the sender didn't pass SPF authentication checks.",
        status: '5.7.27',
        source: 'Gmail SMTP error reference, support.google.com/a/answer/3726730',
      },
    ],
  },
  'gmail.5.7.30-dkim-bulk': {
    source: 'Gmail SMTP error reference, support.google.com/a/answer/3726730',
    examples: [
      {
        line: "550 5.7.30 This mail has been blocked because the sender didn't pass DKIM authentication checks.",
        status: '5.7.30',
        source: 'Gmail SMTP error reference, support.google.com/a/answer/3726730',
      },
    ],
  },
  'gmail.5.7.32-dmarc-alignment': {
    source: 'Gmail SMTP error reference, support.google.com/a/answer/3726730',
    examples: [
      {
        line: "550 5.7.32 Your email has been blocked because the sender's From: header (RFC5322) isn't aligned with either the authenticated SPF or DKIM organizational domain.",
        status: '5.7.32',
        source: 'Gmail SMTP error reference, support.google.com/a/answer/3726730',
      },
    ],
  },
  'gmail.5.7.40-no-dmarc-record': {
    source: 'Gmail SMTP error reference, support.google.com/a/answer/3726730',
    examples: [
      {
        line: "421 4.7.40 Your email has been rate limited because the sending domain doesn't have a DMARC record, or the DMARC record doesn't specify a DMARC policy.",
        status: '5.7.40',
        source: 'Gmail SMTP error reference, support.google.com/a/answer/3726730',
      },
    ],
  },
  'yahoo.5.7.9-unauthenticated': {
    source: 'Yahoo Sender Hub SMTP error codes, senders.yahooinc.com/smtp-error-codes',
    examples: [
      {
        line: '550 5.7.9 This mail has been blocked because the sender is unauthenticated. Yahoo requires all senders to authenticate with either SPF or DKIM.',
        status: '5.7.9',
        source: 'Yahoo Sender Hub SMTP error codes (../shared/reference/provider-codes.tsv)',
      },
    ],
  },
  'yahoo.5.7.9-policy-reasons': {
    source: 'help.yahoo.com/kb/SLN7253 (554 5.7.9: failed DKIM, SPF or DMARC checks); seed 002',
    examples: [
      {
        line: '554 5.7.9 Message not accepted for policy reasons. See https://postmaster.yahooinc.com/error-codes',
        status: '5.7.9',
        source: 'Yahoo Sender Hub SMTP error codes (../shared/reference/provider-codes.tsv)',
      },
    ],
  },
  'icloud.hme1-spf-dkim': {
    source: "../shared/reference/provider-codes.tsv (vendors' published codes)",
    examples: [
      {
        line: '554 5.7.1 [HME1] This message was blocked for failing both SPF and DKIM authentication checks.',
        status: '5.7.1',
        source: 'Apple iCloud Mail postmaster (../shared/reference/provider-codes.tsv)',
      },
    ],
  },
  'mimecast.spf-sender-invalid': {
    source: "../shared/reference/provider-codes.tsv (vendors' published codes)",
    examples: [
      {
        line: '550 SPF Sender Invalid - envelope rejected',
        source: 'Mimecast SMTP error codes (provider-codes.tsv)',
      },
    ],
  },
  'mimecast.dkim-sender-invalid': {
    source: "../shared/reference/provider-codes.tsv (vendors' published codes)",
    examples: [
      {
        line: '550 DKIM Sender Invalid - envelope rejected',
        source: 'Mimecast SMTP error codes (../shared/reference/provider-codes.tsv)',
      },
    ],
  },
  'mimecast.dmarc-sender-invalid': {
    source: "../shared/reference/provider-codes.tsv (vendors' published codes)",
    examples: [
      {
        line: '550 DMARC Sender Invalid - envelope rejected',
        source: 'Mimecast SMTP error codes (../shared/reference/provider-codes.tsv)',
      },
    ],
  },
  'text.barracuda-spoofed': {
    source: "mail security gateways' documented replies (../shared/reference/provider-codes.tsv)",
    examples: [{ line: '550 rejecting spoofed message', source: 'Barracuda (provider-codes.tsv)' }],
  },
  'text.orange-spf': {
    source: 'Orange postmaster error codes (../shared/reference/provider-codes.tsv)',
  },
  'text.mta-sender-id': {
    source: "classic MTAs' fixed wording (Sendmail, Postfix, Exim, qmail, Domino, dma), pre-issue-9 list",
    examples: [
      {
        line: '554 5.6.5 UMPMSG.Deliver; sender ID check failed. Anonymous x-ms-exchange-um-partner messages must pass the Sender ID check.',
        status: '5.6.5',
        source:
          'Exchange Server transport SmtpResponse UMPartnerMessageMessageSenderIdCheckFailed (decompiled)',
      },
    ],
  },
  'text.dmarc': {
    source:
      'common wording of MTAs\' refusals, pre-issue-9 word list (not yet traced row by row); traced: Stalwart data.rs ("Email rejected per DMARC policy.")',
    examples: [
      {
        line: '550 5.7.1 Email rejected per DMARC policy.',
        status: '5.7.1',
        source: 'Stalwart crates/smtp/src/inbound/data.rs',
      },
      {
        line: '550-5.7.1 This message does not have authentication information or fails to pass',
        status: '5.7.1',
        source:
          "Gmail SMTP errors and codes (support.google.com/a/answer/3726730): 'This message does not have authentication information or fails to pass authentication checks (SPF or DKIM)', the first line a sendmail DSN keeps",
      },
      {
        line: '550 Error: MAIL FROM is mismatched with message header from address!',
        source: "PHPMailer-BMH phpmailer-bmh_rules.php, rule 0226's sample",
      },
      {
        line: "Unfortunately, messages from 192.0.2.1 weren't sent due to domain owner policy restrictions",
        source: 'Dada Mail bounce_handler_rules.pl (hotmail_dmarc)',
      },
    ],
  },
  'text.spf': {
    source: "common wording of MTAs' refusals, pre-issue-9 word list (not yet traced row by row)",
    examples: [
      {
        line: '550 5.7.1 Sorry alice@example.com, we only accept mail from SPF enabled domains.',
        status: '5.7.1',
        source: 'smf-spf smf-spf.c (refuse_none)',
      },
      {
        line: '517 SPF fail a@example.net: Rejected by the Sender Policy Framework.',
        source: 'Courier submit.C get_spf_errmsg (BOFHSPFNOVERBOSE)',
      },
      {
        line: '550 5.7.1 192.0.2.9 is not allowed to send mail from example.net',
        status: '5.7.1',
        source:
          'Exim specification, chapter SPF: deny spf = fail, message = $sender_host_address is not allowed to send mail from ${if def:sender_address_domain ...}',
      },
      {
        line: "550 5.7.1 Email has been rejected due to the domain's SPF policy",
        status: '5.7.1',
        source: 'MailChannels inbound SMTP errors (docs.mailchannels.com/inbound/smtp-errors)',
      },
      {
        line: '451 #4.4.3 Temporary error occurred during SPF verification.',
        status: '4.4.3',
        source: 'Cisco AsyncOS (IronPort) user guide: the default SPF defer text',
      },
      {
        line: '452 4.5.3 only one recipient allowed without spf pass',
        status: '4.5.3',
        source: 'mox smtpserver/server.go (mjl-/mox)',
      },
    ],
  },
  'text.dkim': {
    source:
      'common wording of MTAs\' refusals, pre-issue-9 word list (not yet traced row by row); traced: Stalwart data.rs ("No passing DKIM signatures found.")',
    examples: [
      {
        line: '550 Mail from Paypal with invalid/missing signature',
        source: 'Exim doc/doc-docbook/spec.xfpt (dkim_status example)',
      },
      {
        line: '550 5.7.20 No passing DKIM signatures found.',
        status: '5.7.20',
        source: 'Stalwart crates/smtp/src/inbound/data.rs',
      },
    ],
  },
  'exo.5.4.1-relay-access-denied': {
    source:
      'Exchange Online NDR table, learn.microsoft.com/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online (seed 001)',
    examples: [
      {
        line: '550 5.4.1 Relay Access Denied',
        status: '5.4.1',
        source:
          'Exchange Online NDR table (seed 001, learn.microsoft.com non-delivery-reports-in-exchange-online)',
      },
    ],
  },
  'exo.5.7.1-unable-to-relay': {
    source:
      'Exchange Online NDR table, learn.microsoft.com/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online (seed 001)',
    examples: [
      {
        line: '550 5.7.1 Unable to relay',
        status: '5.7.1',
        source:
          'Exchange Online NDR table (seed 001, learn.microsoft.com non-delivery-reports-in-exchange-online)',
      },
    ],
  },
  'exo.5.7.64-tenant-attribution': {
    source:
      'Exchange Online NDR table, learn.microsoft.com/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online (seed 001)',
    examples: [
      {
        line: '550 5.7.64 TenantAttribution; Relay Access Denied',
        status: '5.7.64',
        source:
          'Exchange Online NDR table (seed 001, learn.microsoft.com non-delivery-reports-in-exchange-online)',
      },
    ],
  },
  'exo.5.7.367-not-permitted-to-relay': {
    source:
      'Exchange Online NDR table, learn.microsoft.com/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online (seed 001)',
    examples: [
      {
        line: '550 5.7.367 Remote server returned not permitted to relay -> 554 5.7.1 Relaying denied',
        status: '5.7.367',
        source: 'Exchange Online NDR page for 5.7.367 (../shared/reference/provider-codes.tsv)',
      },
    ],
  },
  'text.gmail-relay-credentials': {
    source: 'Gmail SMTP error reference, support.google.com/a/answer/3726730',
    examples: [
      {
        line: '550 5.7.1 Invalid credentials for relay 192.0.2.1.',
        status: '5.7.1',
        source: 'Gmail SMTP error reference, support.google.com/a/answer/3726730',
      },
    ],
  },
  'text.mimecast-relay': {
    source: 'Mimecast SMTP error codes KB (../shared/reference/provider-codes.tsv)',
    examples: [
      { line: '451 Open relay not allowed', source: 'Mimecast SMTP error codes (provider-codes.tsv)' },
    ],
  },
  'text.relay-denied': {
    source:
      'common wording of MTAs\' refusals, pre-issue-9 word list (not yet traced row by row); traced: Courier module.esmtp/esmtp.C ("513 Relaying denied."); Apache James AbstractAuthRequiredToRelayRcptHook ("Requested action not taken: relaying denied")',
    examples: [
      { line: '513 Relaying denied.', source: 'Courier module.esmtp/esmtp.C' },
      {
        line: '550 5.7.1 UUCP addressing denied #132',
        status: '5.7.1',
        source: 'smtpf (Barricade MX) reply list, milter.info/smtp/smtpf/reply.html (reject-uucp-route)',
      },
      {
        line: '550 5.7.1 Relaying from 192.0.2.7 denied',
        source: 'qpsmtpd 0.94 lib/Qpsmtpd/DSN.pm (relaying_denied)',
      },
      {
        line: '550 5.7.1 Requested action not taken: relaying denied',
        status: '5.7.1',
        source: 'James AbstractAuthRequiredToRelayRcptHook',
      },
      {
        line: '550 Local user only or Authentication mechanism',
        source: "PHPMailer-BMH phpmailer-bmh_rules.php, rule 0224's sample",
      },
      {
        line: '501 alice@example.net Sender email is not in my domain',
        source: "PHPMailer-BMH phpmailer-bmh_rules.php, rule 0206's sample",
      },
      {
        line: '550 5.1.1 not accepting email for domain',
        status: '5.1.1',
        source: 'mox smtpserver/server.go (mjl-/mox)',
      },
      {
        line: '550 Relay Disabled',
        source:
          'Libero Mail help, Messaggi di errore più frequenti dopo invio email (aiuto.libero.it; the same on aiuto.virgilio.it): "RELAYING NOT ALLOWED (550 Relay Disabled)"',
      },
    ],
  },
  'smtp.relay-words': {
    source:
      'postfix smtpd_check.c "Relay access denied"; sendmail "Relaying denied"; exim "relay not permitted"; qmail; Microsoft "Unable to relay"; NetEase RP:FRL (open relay); Haraka connection.js "I cannot deliver mail for" (no rcpt hook accepted)',
    examples: [
      {
        line: '550 5.7.1 <b@example.org>: Relaying not permitted for this host',
        status: '5.7.1',
        source: 'relay refusal with the generic x.7.1',
      },
    ],
  },
  'smtp.5.1.8-sender-address-rejected': {
    source:
      'Exchange Online NDR table, learn.microsoft.com/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online (seed 001)',
    examples: [
      {
        line: '550 5.1.8 <a@nowhere.example>: Sender address rejected: Domain not found',
        status: '5.1.8',
        source: 'Postfix smtpd_check.c (reject_unknown_sender_domain)',
      },
    ],
  },
  'exo.5.7.25-ipv6-reverse-dns': {
    source:
      'Exchange Online NDR table, learn.microsoft.com/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online (seed 001)',
    examples: [
      {
        line: '550 5.7.25 Access denied, the sending IPv6 address [2a01:111:f200:2004::240] must have a reverse DNS record',
        status: '5.7.25',
        source:
          'Exchange Online NDR table (seed 001, learn.microsoft.com non-delivery-reports-in-exchange-online)',
      },
    ],
  },
  'exo.5.7.506-bad-helo': {
    source:
      'Exchange Online NDR table, learn.microsoft.com/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online (seed 001)',
    examples: [
      {
        line: '550 5.7.506 Access Denied, Bad HELO',
        status: '5.7.506',
        source:
          'Exchange Online NDR table (seed 001, learn.microsoft.com non-delivery-reports-in-exchange-online)',
      },
    ],
  },
  'exo.4.7.66-old-tls': {
    source:
      'Exchange Online NDR table, learn.microsoft.com/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online (seed 001)',
    examples: [
      {
        line: '421 4.7.66 TLS 1.0 and 1.1 are not supported. Please upgrade/update your client to support TLS 1.2.',
        source:
          'Exchange Online TLS 1.0/1.1 deprecation reply (Microsoft tech community announcement, aka.ms/smtp_auth_tls)',
      },
    ],
  },
  'exchange-ims.000b0981-auth-not-supported': {
    source:
      'Exchange transport component tokens in NDRs (learn.microsoft.com Exchange NDR pages; ../shared/reference/provider-codes.tsv)',
    examples: [
      {
        line: 'MSEXCH:IMS:POF:FDRC:NTS2 3502 (000B0981) 502 Server does not support AUTH.',
        source:
          'Microsoft KB Q195201 (XFOR: 5.0 and 5.5 Internet Mail Services Do Not Do AUTH NTLM), the NDR it quotes',
      },
    ],
  },
  'outlook.dy-001-dynamic-ip': {
    source:
      'Outlook.com postmaster troubleshooting, sendersupport.olc.protection.outlook.com/pm/troubleshooting.aspx (../shared/reference/provider-codes.tsv)',
    examples: [
      {
        line: "550 DY-001 (COL0-MC4-F20) Unfortunately, messages from 192.0.2.1 weren't sent. Please contact your Internet service provider. You can tell them that Hotmail does not relay dynamically-assigned IP ranges. You can also refer your provider to http://mail.live.com/mail/troubleshooting.aspx#errors.",
        source: 'mx2.hotmail.com reply quoted in a hosting forum post (a Postfix bounce)',
      },
    ],
  },
  'gmail.5.7.29-tls-bulk': {
    source: 'Gmail SMTP error reference, support.google.com/a/answer/3726730',
    examples: [
      {
        line: "421 4.7.29 Your email has been rate limited because you're not using a TLS connection.",
        status: '5.7.29',
        source: 'Gmail SMTP error reference, support.google.com/a/answer/3726730',
      },
    ],
  },
  'text.smtp-protocol-violation': {
    source: "RFC 5321 section 4.2 replies and Gmail's published texts",
    examples: [
      {
        line: '550 Connecting host started transmitting before SMTP greeting',
        source: 'qpsmtpd plugins/earlytalker (log_and_deny)',
      },
      {
        line: '504 5.5.2 <a>: Sender address rejected: need fully-qualified address',
        status: '5.5.2',
        source: 'Postfix smtpd_check.c (reject_non_fqdn_sender)',
      },
    ],
  },
  'text.gmail-direct-ip': {
    source: 'Gmail SMTP error reference, support.google.com/a/answer/3726730',
    examples: [
      {
        line: "550 5.7.1 The IP you're using to send email is not authorized to send email directly to our servers.",
        status: '5.7.1',
        source: 'Gmail SMTP error reference, support.google.com/a/answer/3726730',
      },
    ],
  },
  'text.sender-address-rejected': {
    source: "common wording of MTAs' refusals, pre-issue-9 word list (not yet traced row by row)",
    examples: [
      {
        line: '550 5.1.7 <a@example.net>: Sender address rejected: undeliverable address',
        status: '5.1.7',
        source: 'Postfix smtpd_check.c reject_unverified_sender (vdukhovni/postfix)',
      },
    ],
  },
  'text.yahoo-sender-domain': {
    source: 'Yahoo Sender Hub SMTP error codes, senders.yahooinc.com/smtp-error-codes',
    examples: [
      {
        line: '451 Message temporarily deferred due to unresolvable RFC.5321 from domain',
        source: 'Yahoo Sender Hub SMTP error codes (../shared/reference/provider-codes.tsv)',
      },
    ],
  },
  'text.mimecast-tls': {
    source: 'Mimecast SMTP error codes KB (../shared/reference/provider-codes.tsv)',
    examples: [
      {
        line: '553 This route requires encryption (TLS)',
        source: 'Mimecast SMTP error codes (provider-codes.tsv)',
      },
    ],
  },
  'text.mta-smtp-syntax': {
    source: "classic MTAs' fixed wording (Sendmail, Postfix, Exim, qmail, Domino, dma), pre-issue-9 list",
    examples: [
      {
        line: '501 5.5.2 Syntax error, cannot decode response. For more information, go to About SMTP error messages.',
        status: '5.5.2',
        source:
          'Gmail SMTP errors (support.google.com/a/answer/3726730), as go-sisimai rhost/for-google.go quotes it',
      },
      {
        line: '501 5.7.11 Syntax error (no parameters allowed). For more information, go to About SMTP error messages and review RFC 3207 specifications.',
        status: '5.7.11',
        source: 'Gmail SMTP errors, as go-sisimai rhost/for-google.go quotes it',
      },
      {
        line: '503 5.5.1 No DATA after BDAT. A mail transaction protocol command was issued out of sequence.',
        status: '5.5.1',
        source: 'Gmail SMTP errors, as go-sisimai rhost/for-google.go quotes it',
      },
      {
        line: '502 5.5.1 Command not implemented.',
        status: '5.5.1',
        source: 'Stalwart crates/smtp/src/inbound/session.rs',
      },
      { line: '502 5.5.2 Error: command not recognized', source: 'Postfix smtpd.c' },
    ],
  },
  'text.reverse-dns': {
    source:
      'common wording of MTAs\' refusals, pre-issue-9 word list (not yet traced row by row); traced: postfix src/smtpd/smtpd_check.c ("Client host rejected: cannot find your hostname")',
    examples: [
      {
        line: '450 4.7.1 Client host rejected: cannot find your hostname, [192.0.2.9]',
        status: '4.7.1',
        source: 'postfix smtpd_check.c',
      },
      {
        line: "554 5.7.1 reject: Client host bypassing service provider's mail relay: ds176.example.net",
        status: '5.7.1',
        source: "PHPMailer-BMH phpmailer-bmh_rules.php, rule 0229's sample",
      },
      {
        line: '554 RTR:DU http://postmaster.info.aol.com/errors/554rtrdu.html',
        source:
          'AOL postmaster error pages: 554 RTR:DU, dynamic and residential IP addresses (with Spamhaus)',
      },
      {
        line: '550 Reverse DNS lookup failed for 192.0.2.1',
        source: 'MailCleaner etc/exim/exim_stage1.conf_template',
      },
      { line: 'Possibly forged hostname for 192.0.2.9', source: 'sendmail cf/m4/proto.m4' },
      { line: 'IP name lookup failed', source: 'CiviCRM xml/templates/civicrm_data.tpl (Relay)' },
      { line: 'sender ip must resolve', source: 'CiviCRM xml/templates/civicrm_data.tpl (Relay)' },
      {
        line: 'has no corresponding reverse (PTR) address',
        source: 'CiviCRM xml/templates/civicrm_data.tpl (Spam)',
      },
    ],
  },
  'text.helo': {
    source:
      'common wording of MTAs\' refusals, pre-issue-9 word list (not yet traced row by row); traced: postfix src/smtpd/smtpd_check.c ("Helo command rejected: need fully-qualified hostname")',
    examples: [
      {
        line: '554 5.7.1 Malformed HELO (not a domain, no dot)',
        status: '5.7.1',
        source: 'milter-regex milter-regex.8 (EXAMPLES)',
      },
      {
        line: '504 5.5.2 <mail>: Helo command rejected: need fully-qualified hostname',
        status: '5.5.2',
        source: 'postfix smtpd_check.c',
      },
      {
        line: '550 5.0.0 HELO / EHLO requires domain address',
        status: '5.0.0',
        source:
          'go-sisimai rhost/for-microsoft.go (Exchange: systemerror "helo / ehlo requires domain address")',
      },
      {
        line: '503 No HELO given before MAIL command',
        source: 'MailCleaner etc/exim/exim_stage1.conf_template',
      },
      {
        line: '550 R1: HELO should be a FQDN or address literal (See RFC 2821 4.1.1.1)',
        source: 'netbit.com.br support page on common sending problems',
      },
      {
        line: '501 5.5.4 HELO requires domain address.',
        status: '5.5.4',
        source: "yandex/NwSMTP src/smtp_connection.cpp (Yandex's SMTP server)",
      },
    ],
  },
  'postfix.relayhost-sasl-auth': {
    source:
      'postfix src/smtp/smtp_sasl_glue.c ("SASL authentication failed; server %s said: %s", with smtp_sasl_auth_soft_bounce = no a 535 bounces); SMTP2GO Common Sending Errors ("535 Incorrect authentication data")',
    examples: [
      {
        line: 'SASL authentication failed; server mail.smtp2go.com[192.0.2.106] said: 535 Incorrect authentication data',
        source: 'postfix smtp_sasl_glue.c quoting SMTP2GO (support.smtp2go.com, Common Sending Errors)',
      },
      {
        line: 'SASL authentication failed; server smtp.office365.com[192.0.2.51] said: 535 5.7.139 Authentication unsuccessful, basic authentication is disabled.',
        status: '5.7.139',
        source:
          'postfix smtp_sasl_glue.c quoting Exchange Online SMTP AUTH (learn.microsoft.com authenticated-client-smtp-submission; Exchange Team blog on retiring Basic auth for client submission)',
      },
    ],
  },
  'postfix.relayhost-sasl-534': {
    source:
      'postfix src/smtp/smtp_sasl_glue.c ("SASL authentication failed; server %s said: %s", with smtp_sasl_auth_soft_bounce = no a 5xx bounces); RFC 4954 534 "Authentication mechanism is too weak"; Gmail SMTP errors and codes, support.google.com/a/answer/3726730 (534 5.7.9 "Application-specific password required")',
    examples: [
      {
        line: 'SASL authentication failed; server smtp.gmail.com[192.0.2.74] said: 534-5.7.9 Application-specific password required.',
        status: '5.7.9',
        source:
          'postfix smtp_sasl_glue.c quoting Gmail (support.google.com/a/answer/3726730: 534 5.7.9 "Application-specific password required")',
      },
    ],
  },
  'text.sender-domain': {
    source: "common wording of MTAs' refusals, pre-issue-9 word list (not yet traced row by row)",
    examples: [
      {
        line: '550 The example.com domain is not verified. Please, add and verify your domain on https://resend.com/domains',
        source: "Resend's 403 validation_error as applications quote it; the reply code is ours",
      },
      {
        line: '550 Sender Signature not defined for From address',
        source:
          "Postmark's 422 for an unconfirmed Sender Signature, as applications quote it (postmarkapp.com/developer/api/overview#error-codes); the reply code is ours",
      },
      {
        line: '550 From header sender domain not verified',
        source: 'support.smtp2go.com, Common Sending Errors',
      },
      {
        line: '530 From/Sender domain is not verified for this workspace. From: a@example.com',
        source: 'emailit.com/docs/kb/smtp-530-from-domain-not-verified',
      },
      {
        line: '550 Domain mg.example.com is not allowed to send: The domain is unverified and requires DNS configuration. Log in to your control panel to view required DNS records.',
        source:
          'Mailgun error codes library (app.modalsupport.com, "Error Codes Library - Mailgun"); the reply code is ours',
      },
      {
        line: '553 5.1.8 <a@example.net>... Domain of sender address a@example.net does not exist',
        source: 'sendmail cf/m4/proto.m4, ruleset check_mail',
      },
      {
        line: '550 [permfail] bellsouth.net requires valid sender domain',
        source: 'AT&T/BellSouth postmaster page (worldnet.att.net block_enduser.html)',
      },
      {
        line: '553 Sender Domain Resolve Fail',
        source: 'KumoMTA assets/community/bounces.toml (AuthenticationFailed)',
      },
      { line: 'Domain in MAIL FROM does not have any MX records', source: 'maddy internal/check/dns/dns.go' },
      {
        line: '553 sorry, refused mailfrom because return MX does not exist (#5.1.8)',
        source: 'qmail-ldap qmail-smtpd.c',
      },
      {
        line: '421 DNS temporary failure at return MX check, try again later (#4.3.0)',
        source: 'qmail-ldap qmail-smtpd.c',
      },
      { line: 'Could not complete sender verify callout', source: 'Exim src/src/acl.c, verify.c' },
      {
        line: 'Postmaster verification failed while checking <kim@example.com>',
        source: 'Exim src/src/smtp_in.c',
      },
      {
        line: '550 Sender did not verify',
        source: 'Exim specification (doc/doc-docbook/spec.xfpt), an ACL example',
      },
      {
        line: '451 4.4.0 cannot verify mx records for mailfrom domain',
        status: '4.4.0',
        source: 'mox smtpserver/server.go (mjl-/mox)',
      },
      {
        line: '451 4.3.0 DKIM signing failed',
        status: '4.3.0',
        source: 'chasquid internal/smtpsrv/conn.go (albertito/chasquid)',
      },
      {
        line: '550 5.7.1 Unconfigured Sending Domain <example.com>',
        status: '5.7.1',
        source: 'SparkPost support-docs: SMTP relay errors',
      },
    ],
  },
  'text.tls-required': {
    source:
      'common wording of MTAs\' refusals, pre-issue-9 word list (not yet traced row by row); traced: postfix src/smtpd/smtpd.c ("Must issue a STARTTLS command first")',
    examples: [
      {
        line: '430 4.7.0 <liam@example.org>: Recipient address rejected: Message content not accepted without STARTTLS. Encryption protocol required from Sender domain: example.com',
        status: '4.7.0',
        source: 'Scrollout F1 (mariusgologan/scrollout) bin/policy.sh',
      },
      { line: '530 5.7.0 Must issue a STARTTLS command first', status: '5.7.0', source: 'postfix smtpd.c' },
      {
        line: '550 Your sender domain is required to send via an encrypted SMTP session',
        source: 'VIPRE Email Security, "Email Rejection Reasons" (vipre.freshdesk.com solution 1000290396)',
      },
      {
        line: '554 5.7.1 Session encryption is required',
        status: '5.7.1',
        source:
          'Postfix smtpd_check.c reject_plaintext_session (mailcow-dockerized data/conf/postfix/main.cf turns it on)',
      },
      {
        line: '550 Encryption is required from you',
        source: 'MailCleaner etc/exim/exim_stage1.conf_template (its TLS-required ACL)',
      },
      { line: 'TLS conversation required', source: 'maddy internal/check/requiretls/requiretls.go' },
      {
        line: '530 5.7.10 Encryption needed',
        status: '5.7.10',
        source: "haraka-dsn index.js (RFC 3463's X.7.10 text)",
      },
      { line: 'client TLS configuration problem', source: 'postfix src/smtp/smtp_tls_policy.c' },
      {
        line: 'SASL authentication failed; cannot authenticate to server mx.example.net: no mechanism available',
        source: 'postfix src/smtp/smtp_sasl_glue.c',
      },
    ],
  },
  'smtp.helo-ehlo': {
    source:
      'postfix src/smtpd/smtpd_check.c ("Helo command rejected: ..."); exim src/smtp_in.c (HELO/EHLO checks); Haraka plugins/helo.checks.js',
    examples: [{ line: '550 HELO must have a dot', source: 'Haraka plugins/helo.checks.js (no_dot)' }],
  },
  'smtp.x.1.7-sender-address': {
    source:
      'RFC 3463 X.1.7 "bad sender\'s mailbox address syntax", X.1.8 "bad sender\'s system address"; postfix smtpd_check.c "Sender address rejected: ..."',
    examples: [
      {
        line: '553 5.1.7 The sender address <a@b.example> is not a valid RFC 5321 address.',
        status: '5.1.7',
        source: 'Gmail SMTP error reference, support.google.com/a/answer/3726730',
      },
    ],
  },
  'smtp.x.1.8-sender-system': {
    source:
      'RFC 3463 X.1.7 "bad sender\'s mailbox address syntax", X.1.8 "bad sender\'s system address"; postfix smtpd_check.c "Sender address rejected: ..."',
    examples: [
      {
        line: "501 5.1.8 Bad sender's system address",
        status: '5.1.8',
        source: 'RFC 3463 section 3.2 (X.1.8 as servers quote its title)',
      },
    ],
  },
  'mta.sender-verify': {
    source:
      'exim src/acl.c and src/verify.c ("Sender verify failed", verify = sender callouts); postfix smtpd_check.c reject_unverified_sender',
    examples: [{ line: '550 Sender verify failed', source: 'exim src/acl.c (verify = sender)' }],
  },
  'mta.smtp-pipelining': {
    source:
      'postfix src/smtpd/smtpd.c "Improper use of SMTP command pipelining" (the client spoke before the reply)',
    examples: [
      {
        line: '554 5.5.0 Error: improper use of SMTP command pipelining',
        status: '5.5.0',
        source: 'postfix src/smtpd/smtpd.c',
      },
    ],
  },
  'opensmtpd.no-source-address': {
    source: 'OpenSMTPD usr.sbin/smtpd/mta.c (relay->failstr: the sending server found no source address)',
    examples: [{ line: 'Could not retrieve source address', source: 'OpenSMTPD usr.sbin/smtpd/mta.c' }],
  },
  'smtp.bad-sequence': {
    source:
      'RFC 5321 reply 503; postfix src/smtpd/smtpd.c ("need MAIL command", "need RCPT command", "send HELO/EHLO first"); sendmail srvrsmtp.c ("Need MAIL before RCPT", "Polite people say HELO first"); stalwart crates/smtp/src/inbound/rcpt.rs ("MAIL is required first")',
    examples: [
      {
        line: '550 nice hosts say HELO first',
        source: 'Debian exim4-config conf.d/acl/30_exim4-config_check_rcpt',
      },
      {
        line: '503 5.5.1 MAIL is required first.',
        status: '5.5.1',
        source: 'stalwart crates/smtp/src/inbound/rcpt.rs',
      },
    ],
  },
  'outlook.4.7.650-ip-reputation': {
    source:
      'Exchange Online NDR table, learn.microsoft.com/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online (seed 001)',
    examples: [
      {
        line: '451 4.7.650 The mail server [192.0.2.1] has been temporarily rate limited due to IP reputation. For e-mail delivery information, see https://postmaster.live.com (S775)',
        status: '4.7.650',
        source: 'Exchange Online observed replies (../shared/reference/provider-codes.tsv)',
      },
    ],
  },
  'exo.4.7.500-699-try-again-later': {
    source:
      'Exchange Online NDR table, learn.microsoft.com/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online (seed 001)',
    examples: [
      {
        line: '451 4.7.500 Server busy. Please try again later from [192.0.2.1]. (AS761)',
        status: '4.7.500',
        source: 'Exchange Online observed replies (../shared/reference/provider-codes.tsv)',
      },
    ],
  },
  'exo.4.7.850-899-ip-restricted': {
    source:
      'Exchange Online NDR table, learn.microsoft.com/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online (seed 001)',
    examples: [
      {
        line: '451 4.7.850 Access denied, please try again later',
        status: '4.7.850',
        source:
          'Exchange Online NDR table (seed 001, learn.microsoft.com non-delivery-reports-in-exchange-online)',
      },
    ],
  },
  'exo.5.7.511-banned-sender-ip': {
    source:
      'Exchange Online NDR table, learn.microsoft.com/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online (seed 001)',
    examples: [
      {
        line: '550 5.7.511 Access denied, banned sender',
        status: '5.7.511',
        source:
          'Exchange Online NDR table (seed 001, learn.microsoft.com non-delivery-reports-in-exchange-online)',
      },
    ],
  },
  'exo.5.7.606-649-banned-sending-ip': {
    source:
      'Exchange Online NDR table, learn.microsoft.com/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online (seed 001)',
    examples: [
      {
        line: '550 5.7.606 Access denied, banned sending IP [192.0.2.1]',
        status: '5.7.606',
        source:
          'Exchange Online NDR table (seed 001, learn.microsoft.com non-delivery-reports-in-exchange-online)',
      },
    ],
  },
  'exo.5.7.708-ip-not-accepted': {
    source:
      'Exchange Online NDR table, learn.microsoft.com/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online (seed 001)',
    examples: [
      {
        line: '550 5.7.708 Access denied, traffic not accepted from this IP',
        status: '5.7.708',
        source:
          'Exchange Online NDR table (seed 001, learn.microsoft.com non-delivery-reports-in-exchange-online)',
      },
    ],
  },
  'outlook.s3150-network-blocklisted': {
    source:
      'Outlook.com postmaster troubleshooting, sendersupport.olc.protection.outlook.com/pm/troubleshooting.aspx (../shared/reference/provider-codes.tsv)',
    examples: [
      {
        line: "550 5.7.1 Unfortunately, messages from [192.0.2.1] weren't sent. Please contact your Internet service provider since part of their network is on our block list (S3150).",
        status: '5.7.1',
        source: 'Exchange Online observed replies (../shared/reference/provider-codes.tsv)',
      },
    ],
  },
  'outlook.s775-ip-reputation': {
    source:
      'Outlook.com postmaster troubleshooting, sendersupport.olc.protection.outlook.com/pm/troubleshooting.aspx (../shared/reference/provider-codes.tsv)',
    examples: [
      {
        line: '451 4.7.650 The mail server [192.0.2.1] has been temporarily rate limited due to IP reputation. For e-mail delivery information, see https://aka.ms/postmaster (S775)',
        source: 'outlook.com reply in a Postfix deferred-queue record (eur.olc.protection.outlook.com, 2026)',
      },
    ],
  },
  'outlook.sc-reputation': {
    source:
      'Outlook.com postmaster troubleshooting, sendersupport.olc.protection.outlook.com/pm/troubleshooting.aspx (../shared/reference/provider-codes.tsv)',
    examples: [
      {
        line: "550 SC-001 (BAY004-MC4F49) Unfortunately, messages from 192.0.2.1 weren't sent. Please contact your Internet service provider since part of their network is on our block list.",
        source:
          'Outlook.com SC-001 reply quoted by Broadcom KB 158195 and BinaryLane support (search: pages)',
      },
    ],
  },
  'outlook.dy-002-compromised-host': {
    source:
      'Outlook.com postmaster troubleshooting, sendersupport.olc.protection.outlook.com/pm/troubleshooting.aspx (../shared/reference/provider-codes.tsv)',
    examples: [
      {
        line: '550 DY-002 Mail rejected by Outlook.com for policy reasons. The likely cause is a compromised or virus infected server/personal computer.',
        source:
          'postmaster.live.com troubleshooting, SMTP error codes table (text copy of 2025-12-03 in github azumakuniyuki/feb-2024-no-auth-no-entry)',
      },
    ],
  },
  'outlook.ou-policy-block': {
    source:
      'Outlook.com postmaster troubleshooting, sendersupport.olc.protection.outlook.com/pm/troubleshooting.aspx (../shared/reference/provider-codes.tsv)',
    examples: [
      {
        line: '550 OU-001 Mail rejected by Outlook.com for policy reasons. For more information about this block and to request removal please go to: Spamhaus.',
        source:
          'postmaster.live.com troubleshooting, SMTP error codes table (text copy of 2025-12-03 in github azumakuniyuki/feb-2024-no-auth-no-entry)',
      },
    ],
  },
  'gmail.5.7.28-unsolicited-rate': {
    source: 'Gmail SMTP error reference, support.google.com/a/answer/3726730',
    examples: [
      {
        line: '550 5.7.28 There is an unusual rate of unsolicited email originating from your IP address.',
        status: '5.7.28',
        source: 'Gmail SMTP error reference, support.google.com/a/answer/3726730',
      },
    ],
  },
  'yahoo.tss04-deferred': {
    source: 'Yahoo Sender Hub SMTP error codes, senders.yahooinc.com/smtp-error-codes',
    examples: [
      {
        line: '421 4.7.0 [TSS04] Messages from 192.0.2.1 temporarily deferred due to unexpected volume or user complaints - 4.16.55.1',
        status: '4.7.0',
        source: 'Yahoo Sender Hub SMTP error codes (../shared/reference/provider-codes.tsv)',
      },
    ],
  },
  'yahoo.tss09-permanently-deferred': {
    source: 'Yahoo Sender Hub SMTP error codes, senders.yahooinc.com/smtp-error-codes',
    examples: [
      {
        line: '553 5.7.2 [TSS09] All messages from 192.0.2.1 will be permanently deferred; Retrying will NOT succeed.',
        status: '5.7.2',
        source: 'Yahoo Sender Hub SMTP error codes (../shared/reference/provider-codes.tsv)',
      },
    ],
  },
  'yahoo.bl21-spamhaus': {
    source: 'Yahoo Sender Hub SMTP error codes, senders.yahooinc.com/smtp-error-codes',
    examples: [
      {
        line: "553 5.7.1 [BL21] Connections will not be accepted from 192.0.2.1, because the ip is in Spamhaus's list",
        status: '5.7.1',
        source: 'Yahoo Sender Hub SMTP error codes (../shared/reference/provider-codes.tsv)',
      },
    ],
  },
  'mimecast.ip-reputation': {
    source: "../shared/reference/provider-codes.tsv (vendors' published codes)",
    examples: [
      {
        line: '550 Local CT IP Reputation - (reject)',
        source: 'Mimecast SMTP error codes (provider-codes.tsv)',
      },
    ],
  },
  'proofpoint.pdr-blocked': {
    source: "../shared/reference/provider-codes.tsv (vendors' published codes)",
    examples: [
      {
        line: '550 5.7.1 Service unavailable; client [192.0.2.9] blocked using prs.proofpoint.com',
        status: '5.7.1',
        source: 'Proofpoint Dynamic Reputation (provider-codes.tsv)',
      },
    ],
  },
  'text.gmail-unusual-rate': {
    source: 'Gmail SMTP error reference, support.google.com/a/answer/3726730',
    examples: [
      {
        line: '421 4.7.28 Gmail has detected an unusual rate of unsolicited mail originating from your IP address.',
        status: '4.7.28',
        source: 'Gmail SMTP error reference, support.google.com/a/answer/3726730',
      },
    ],
  },
  'text.trendmicro-ers': {
    source: "mail security gateways' documented replies (../shared/reference/provider-codes.tsv)",
    examples: [
      {
        line: '550 5.7.1 Recipient address rejected: ERS-Customized-Block',
        status: '5.7.1',
        source: 'Trend Micro hosted email security (provider-codes.tsv)',
      },
    ],
  },
  'text.gateway-ip-block': {
    source: "mail security gateways' documented replies (../shared/reference/provider-codes.tsv)",
    examples: [
      {
        line: '554 ****-smtpin001.me.com ESMTP not accepting connections',
        source: 'Apple iCloud Mail postmaster (../shared/reference/provider-codes.tsv)',
      },
      {
        line: '554 Reject by behaviour spam at data state(Connection IP address:192.0.2.9)ANTISPAM_BAT[01201311R1]: bad sending',
        source:
          "Alibaba Mail reply codes, as explained by an Aliyun reseller (zyy100.com): the sending behaviour, not one message's content",
      },
    ],
  },
  'text.orange-ip-blocked': {
    source: 'Orange postmaster error codes (../shared/reference/provider-codes.tsv)',
    examples: [
      {
        line: '550 mwinf5c04 ME Adresse IP source bloquee pour incident de spam. Client host blocked for spamming issues. OFR006_102 Ref',
        source: 'sisimai 4.25 lib/Sisimai/Rhost/FrancePTT.pm (the Orange and La Poste replies it quotes)',
      },
      {
        line: '550 5.0.1 Invalid Sender. Your domain has been blacklisted',
        status: '5.0.1',
        source: 'KumoMTA assets/community/bounces.toml (SpamBlock, orange.fr)',
      },
    ],
  },
  'text.orange-refused-blocked': {
    source: 'Orange postmaster error codes (../shared/reference/provider-codes.tsv)',
    examples: [
      {
        line: '550 5.5.0 Service refuse. Veuillez essayer plus tard. service refused, please try later. LPN007_510',
        status: '5.5.0',
        source:
          'La Poste smtpz4.laposte.net reply quoted in doc.gadz.org mail filtering page (search: pages)',
      },
      {
        line: '550 mwinf5c10 ME Service refuse. Veuillez essayer plus tard.',
        source: 'go-sisimai rhost/for-franceptt.go (code "103", blocked)',
      },
    ],
  },
  'text.icloud-local-policy': {
    source:
      'Apple iCloud Mail postmaster, support.apple.com/en-us/102322 (../shared/reference/provider-codes.tsv)',
    examples: [
      {
        line: '550 5.7.1 [CS01] Message rejected due to local policy.',
        status: '5.7.1',
        source: 'Apple iCloud Mail postmaster (../shared/reference/provider-codes.tsv)',
      },
    ],
  },
  'text.mta-host-refused': {
    source: "classic MTAs' fixed wording (Sendmail, Postfix, Exim, qmail, Domino, dma), pre-issue-9 list",
    examples: [
      {
        line: '421 Too many spams from your IP (192.0.2.9), please visit http://postmaster.free.fr/',
        source: 'Free (free.fr) postmaster page, its reply to an IP that sends spam',
      },
      {
        line: '550 Connection refused - we hate spammers!',
        source:
          'Broadcom KB 169901, Outbound email from Email Security.cloud is rejected or blocked due to blacklists',
      },
      {
        line: '554 5.7.2 Service denied, closing transmission channel',
        source:
          'ASSP reply as maxclicksonline.com KB 10095 (ASSP bounced back messages and errors) explains it: the sender IP is blocked at IP level',
      },
    ],
  },
  'text.ip-blocked-by': {
    source:
      "providers' refusals of the sending IP: EarthLink's support page, Email blocked by EarthLink ('550 IP <ip> is blocked by EarthLink')",
    examples: [
      {
        line: '550 IP 192.0.2.1 is blocked by EarthLink. Go to earthlink.net/block for details.',
        status: '5.5.0',
        source: 'support.earthlink.net, email blocked by EarthLink',
      },
    ],
  },
  'text.blocklist': {
    source:
      'common wording of MTAs\' refusals, pre-issue-9 word list (not yet traced row by row); traced: postfix src/smtpd/smtpd_check.c ("Service unavailable; Client host [%s] blocked using %s")',
    examples: [
      {
        line: '550 Due to spam from onmicrosoft.com we have implemented restrictions; see https://old.reddit.com/r/msp/comments/16n8p0j/spam_increase_from_onmicrosoftcom_addresses/ ;',
        status: '5.0.0',
        source:
          'forwardemail/forwardemail.net helpers/is-arbitrary.js (SMTPError, 550 by default: helpers/smtp-error.js)',
      },
      {
        line: '550 Mail from example.com rejected because it does not accept bounces. This violates RFC 821/2505/2821 http://www.rfc-ignorant.org/',
        source: 'qpsmtpd plugins/rhsbl with config.sample/rhsbl_zones',
      },
      {
        line: '552 spam source blocked',
        source:
          'Broadcom KB 169901, Outbound email from Email Security.cloud is rejected or blocked due to blacklists',
      },
      {
        line: '550 (karma) You were naughty. You cannot connect for 0.87 more days.',
        source: 'qpsmtpd plugins/karma (through plugins/naughty)',
      },
      { line: '552 very bad karma: -5', source: 'qpsmtpd plugins/karma (data_handler)' },
      {
        line: '553 SPAMRATS IP Addresses See: http://www.spamrats.com/bl?192.0.2.44',
        source:
          'SpamRATS\' TXT answer (dyna.spamrats.com, as DNS answers a PowerShell DNSBL module records), sent bare by ucspi-tcp rblsmtpd ("553 " + TXT) or qpsmtpd plugins/dnsbl (get_reject($result))',
      },
      {
        line: '550 Spam source - http://wpbl.info/record?ip=192.0.2.44',
        source:
          "WPBL's TXT answer (multi-rblcheck README, answers captured for 127.0.0.2), bare from qpsmtpd plugins/dnsbl",
      },
      {
        line: '550 Blocked due to spam, see http://korea.services.net/blocked.phtml?addr=192.0.2.44',
        source: "korea.services.net's TXT answer (multi-rblcheck README), bare from qpsmtpd plugins/dnsbl",
      },
      {
        line: '550 https://lookup.abusix.com/search?q=192.0.2.44',
        source:
          "an Abusix Mail Intelligence receiver's bare reply, as an address verifier's source comment quotes it",
      },
      {
        line: '450 Mail from 192.0.2.9 deferred using Trend Micro Email Reputation database. Please see https://www.mail-abuse.com/cgi-bin/lookup?192.0.2.9',
        source: 'hardwaresecrets.com, Understanding Email Bounce Messages p.4 (Trend Micro ERS)',
      },
      {
        line: '554 5.7.1 Service unavailable; Client host [192.0.2.9] blocked using zen.spamhaus.org',
        status: '5.7.1',
        source: 'postfix smtpd_check.c',
      },
      {
        line: '554 Please visit http://antispam.example.org/denyip.php?IP=192.0.2.9 (#5.7.1)',
        status: '5.7.1',
        source: "PHPMailer-BMH phpmailer-bmh_rules.php, rule 0144's sample",
      },
      {
        line: '554- (RTR:BL) http://postmaster.info.aol.com/errors/554rtrbl.html 554  Connecting IP: 192.0.2.1',
        source:
          "AOL postmaster error pages (postmaster.info.aol.com/errors/554rtrbl.html), as PHPMailer-BMH's rule samples quote it",
      },
      {
        line: '554 RLY:B1 http://postmaster.info.aol.com/errors/554rlyb1.html',
        source: 'AOL postmaster error pages: 554 RLY:B1, a dynamic block for member complaints',
      },
      {
        line: '554-gmx.net (mxgmx104) Nemesis ESMTP Service not available 554-No SMTP service 554-IP address is block listed. 554 For explanation visit https://postmaster.gmx.net/en/case?c=r0201',
        source:
          'GMX postmaster, error messages (postmaster.gmx.com/en/error-messages): the sending IP refused, not a null MX',
      },
      {
        line: 'Rejected by ORDB',
        source: 'hmailserver source/DBScripts/Upgrade3400to3401MySQL.sql (its default DNS blacklist message)',
      },
      {
        line: '550 The value 192.0.2.1 is denylisted by https://forwardemail.net ; To request removal, you must visit https://forwardemail.net/denylist?q=192.0.2.1 ;',
        status: '5.0.0',
        source: 'forwardemail/forwardemail.net helpers/check-blocklist (denylist reply)',
      },
      {
        line: '550 5.7.1 Connection refused - [192.0.2.1] blocked by Vade threat list (OXSUS_101)',
        status: '5.7.1',
        source: 'Open-Xchange/Vade hosted mail postmaster page (OXSUS codes)',
      },
      {
        line: '550 5.5.4 ETP208 Your IP 192.0.2.4 is listed by Invaluement. Please see http://www.invaluement.com/research/ if you feel this is in error',
        source: 'ZoneMTA config/bounces.txt',
      },
      { line: '554 5.7.1 Rejected because Bad IP', source: 'ZoneMTA config/bounces.txt' },
      {
        line: '550 Your address 192.0.2.44 has mailed to spamtraps here',
        source: 'openbsd/src libexec/spamd/grey.c (traplist_msg of the "spamd-greytrap" list)',
      },
      {
        line: '450-Your address 192.0.2.44 has sent mail to a ualberta.ca spamtrap 450 within the last 24 hours',
        source: "openbsd/src etc/mail/spamd.conf (the uatraps list's msg, as spamd(8) replies it)",
      },
      {
        line: '550-Sorry 192.0.2.44 550-You are trying to send mail from an address listed by one 550 or more IP-based registries as being a SPAM source.',
        source: 'openbsd/src libexec/spamd/spamd.c build_reply (a listed host whose list gives no text)',
      },
      {
        line: '550 5.7.1 <bob@example.org>: Recipient address rejected: Service unavailable, blackholed.',
        status: '5.7.1',
        source:
          "linsomniac/tumgreyspf tumgreyspf blackholecheck ('reject', 'Service unavailable, blackholed.')",
      },
    ],
  },
  'netease.ip-blocked': {
    source:
      'NetEase (163.com) SMTP error codes, help.163.com (DT:RBL, HL:REP, HL:MEP, HL:IHU, HL:IPB, IP:RBL, IP:UAR, WM:BLI)',
    examples: [{ line: '554 IP:RBL smtp.163.example', source: 'NetEase SMTP error codes' }],
  },
  'i18n.blocked': {
    source: 'translation of the English wording "blocklisted" / "IP blocked"',
    examples: [
      {
        line: '554 Ihre IP-Adresse blockiert',
        source: 'translation of the English wording "your IP address is blocked" (German)',
      },
    ],
  },
  'exo.4.3.2-folder-item-limit': {
    source:
      'Exchange Online NDR table, learn.microsoft.com/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online (seed 001)',
    examples: [
      {
        line: '554 4.3.2 mailbox busy; STOREDRV.Deliver.Exception:StoragePermanentException.MapiExceptionMaxObjsExceeded',
        status: '4.3.2',
        source: 'Exchange Online observed replies (../shared/reference/provider-codes.tsv)',
      },
    ],
  },
  'exo.5.2.2-mailbox-full': {
    source:
      'Exchange Online NDR table, learn.microsoft.com/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online (seed 001)',
    examples: [
      {
        line: '550 5.2.2 mailbox full',
        status: '5.2.2',
        source: 'Exchange Server NDR texts (../shared/reference/provider-codes.tsv, learn.microsoft.com)',
      },
    ],
  },
  'exchange.storedrv-quota-exceeded': {
    source:
      'Exchange transport component tokens in NDRs (learn.microsoft.com Exchange NDR pages; ../shared/reference/provider-codes.tsv)',
    examples: [
      {
        line: '554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded; Failed to process message due to a permanent exception',
        source: 'Exchange NDR for a full mailbox (learn.microsoft.com Exchange NDR 5.2.2 page)',
      },
    ],
  },
  'text.ses-mailbox-full': {
    source:
      'Amazon SES notification contents (bounce types), docs.aws.amazon.com/ses/latest/dg/notification-contents.html',
    examples: [
      {
        line: '(Amazon SES bounceType: Transient, bounceSubType: MailboxFull)',
        source:
          'Amazon SES notification contents, bounce types table (docs.aws.amazon.com/ses/latest/dg/notification-contents.html), as formats/amazon-ses.ts renders the notification',
      },
    ],
  },
  'text.gmail-inbox-full': {
    source: 'Gmail SMTP error reference, support.google.com/a/answer/3726730',
    examples: [
      {
        line: "452 4.2.2 The recipient's inbox is out of storage space. Please direct the recipient to https://support.google.com/mail/?p=OverQuotaTemp",
        status: '4.2.2',
        source: 'Gmail SMTP error reference, support.google.com/a/answer/3726730',
      },
    ],
  },
  'text.orange-mailbox-full': {
    source: 'Orange postmaster error codes (../shared/reference/provider-codes.tsv)',
    examples: [
      {
        line: '552 5.1.1 Boite du destinataire pleine. Recipient overquota. OFR_417 [417] (in reply to RCPT TO command))',
        source: 'sisimai 4.25 lib/Sisimai/Rhost/FrancePTT.pm (the Orange and La Poste replies it quotes)',
      },
    ],
  },
  'text.mta-mailbox-full': {
    source: "classic MTAs' fixed wording (Sendmail, Postfix, Exim, qmail, Domino, dma), pre-issue-9 list",
    examples: [
      {
        line: 'cannot update mailbox /var/mail/bob for user bob. error writing message: Disc quota exceeded',
        source: 'Postfix local/mailbox.c with BSD libc strerror(EDQUOT) "Disc quota exceeded"',
      },
      {
        line: 'procmail: Quota exceeded while writing "/var/mail/bob" 550 5.0.0 "|/usr/bin/procmail"... Can\'t create output',
        source:
          'go-sisimai lda/lib.go (procmail "quota exceeded while writing"); sendmail libsm/strexit.c EX_CANTCREAT',
      },
      {
        line: 'The user to whom this message was addressed has exceeded the allowed mailbox quota. Please resend the message at a later time.',
        source: "PHPMailer-BMH phpmailer-bmh_rules.php, rule 0187's sample",
      },
      {
        line: 'Sorry the recipient quota limit is exceeded.',
        source: "PHPMailer-BMH phpmailer-bmh_rules.php, rule 0150's sample",
      },
      {
        line: 'The message to bob@example.org is bounced because : Quota exceed the hard limit',
        source: "PHPMailer-BMH phpmailer-bmh_rules.php, rule 0168's sample",
      },
      {
        line: '552 Mailbox limit exeeded for this email address',
        source: 'KumoMTA assets/community/bounces.toml (QuotaIssues)',
      },
      {
        line: 'Too many messages in the mailbox',
        source: 'dovecot/core src/plugins/quota/quota.c (the message-count quota)',
      },
      {
        line: 'kim: message would exceed maximum mailbox size for this recipient',
        source: 'GNU Mailutils manual, Mailbox Quotas',
      },
      {
        line: '552 Message size exceeds remaining quota',
        source: "BBIQ (QTnet) and GMO BB help pages: the recipient's mailbox has no room left",
      },
    ],
  },
  'text.mailbox-full': {
    source:
      'common wording of MTAs\' refusals, pre-issue-9 word list (not yet traced row by row); traced: Courier module.local ("Maildir over quota."); hMailServer LocalDelivery.cpp ("the account inbox is full")',
    examples: [
      { line: 'Maildir over quota.', source: 'Courier module.local' },
      {
        line: 'Delivery to this account was cancelled since the account inbox is full. Max size: 100 MB, Current size (including cancelled message): 101 MB',
        source: 'hMailServer LocalDelivery.cpp',
      },
      { line: 'User maximum mailbox size reached', source: 'XMail Errors.cpp (the mailbox size limit)' },
      {
        line: 'Mailbox size exceeded - Mailbox voll',
        source: "OpenEMM backend/src/script/process/bounce-rules.sh (34cab8ab), a provider's stat= text",
      },
      {
        line: 'since the mailbox size of the recipient was exceeded!',
        source: 'OpenEMM backend/src/script/process/bounce-rules.sh (34cab8ab)',
      },
      { line: 'exceeds allowed message count', source: 'CiviCRM xml/templates/civicrm_data.tpl (Quota)' },
      { line: 'not able to receive more mail', source: 'CiviCRM xml/templates/civicrm_data.tpl (Quota)' },
    ],
  },
  'smtp.x.2.2-quota-words': {
    source:
      'RFC 3463 X.2.2 "mailbox full"; with it, size words are about the mailbox (postfix virtual(8) "mailbox exceeds quota", Dovecot "Quota exceeded (mailbox for user is full)")',
    examples: [
      {
        line: "552 5.2.2 Message exceeds the recipient's storage quota",
        status: '5.2.2',
        source: 'RFC 3463 X.2.2 with size words',
      },
    ],
  },
  'i18n.mailbox-full': {
    source:
      'translation of the English wording "mailbox full" / "quota exceeded"; Orange "boite du destinataire pleine"',
    examples: [
      {
        line: '受信者のメールボックスが一杯になって、1通のメールでも受信',
        source: 'grommunio/gromox data/local_bounce/euc-jp/BOUNCE_MAILBOX_FULL',
      },
      { line: '552 Postfach voll', source: 'translation of the English wording "mailbox full" (German)' },
      {
        line: '<bob@example.org>... Benutzer hat das Speichervolumen ueberschritten',
        source: 'OpenEMM backend/src/script/process/bounce-rules.sh',
      },
    ],
  },
  'exchange2003.size-or-quota': {
    source:
      "Exchange 2003's NDR user text, the same for 5.2.2 and 5.2.3 (snmail.co.uk/support/failure-sizelimit.htm quotes it with #5.2.3; PHPMailer-BMH's rule samples with 552 5.2.2)",
    examples: [
      {
        line: "This message is larger than the current system limit or the recipient's mailbox is full. Create a shorter message body or remove attachments and try sending it again. <mx.example.net #5.2.3 smtp;450 5.2.3 Msg Size greater than allowed by Remote Host>",
        status: '5.2.3',
        source:
          "Exchange 2003's NDR as quoted by a provider's support page (snmail.co.uk/support/failure-sizelimit.htm)",
      },
    ],
  },
  'exchange.resolver-rst-size-limit': {
    source:
      'Exchange transport component tokens in NDRs (learn.microsoft.com Exchange NDR pages; ../shared/reference/provider-codes.tsv)',
    examples: [
      {
        line: '550 5.2.3 RESOLVER.RST.RecipSizeLimit; message too large for this recipient',
        status: '5.2.3',
        source: 'Exchange Server NDR texts (../shared/reference/provider-codes.tsv, learn.microsoft.com)',
      },
    ],
  },
  'text.ses-too-large': {
    source:
      'Amazon SES notification contents (bounce types), docs.aws.amazon.com/ses/latest/dg/notification-contents.html',
    examples: [
      {
        line: '(Amazon SES bounceType: Transient, bounceSubType: MessageTooLarge)',
        source:
          'Amazon SES notification contents, bounce types table (docs.aws.amazon.com/ses/latest/dg/notification-contents.html), as formats/amazon-ses.ts renders the notification',
      },
    ],
  },
  'text.orange-too-large': {
    source: 'Orange postmaster error codes (../shared/reference/provider-codes.tsv)',
    examples: [
      {
        line: 'Taille limite du message atteinte',
        source: 'sisimai 4.25 lib/Sisimai/Rhost/FrancePTT.pm (the Orange and La Poste replies it quotes)',
      },
    ],
  },
  'text.mimecast-size': {
    source: 'Mimecast SMTP error codes KB (../shared/reference/provider-codes.tsv)',
    examples: [
      { line: '554 Maximum email size exceeded', source: 'Mimecast SMTP error codes (provider-codes.tsv)' },
    ],
  },
  'text.message-too-large': {
    source:
      'common wording of MTAs\' refusals, pre-issue-9 word list (not yet traced row by row); traced: Courier ("534 SIZE=Message too big."); Haraka connection.js ("Message too big!"); James MailSizeEsmtpExtension; Stalwart ("Message too big for system."); OpenSMTPD smtp_session.c ("Transaction failed, message too big")',
    examples: [
      {
        line: 'Your message to "lena@example.org" cannot be delivered properly because it\'s too large!',
        source: 'grommunio/gromox data/mail_bounce/ascii/BOUNCE_MAIL_TOO_LARGE',
      },
      {
        line: '554 5.7.1 <END-OF-MESSAGE>: End-of-data rejected: Message size is too large',
        status: '5.7.1',
        source:
          "iRedAPD libs/__init__.py SMTP_ACTIONS['reject_msg_size_exceeded'] (plugins/throttle.py, END-OF-MESSAGE)",
      },
      { line: '550 Message too big!', source: 'Haraka connection.js' },
      {
        line: 'Your message was too big; please trim it to less than 40 KB in size.',
        source: 'GNU Mailman 2.1 Mailman/Handlers/Hold.py (MessageTooBig.rejection_notice)',
      },
      {
        line: '552 5.3.4 Message size exceeds fixed maximum message size',
        status: '5.3.4',
        source: 'James MailSizeEsmtpExtension',
      },
      {
        line: '552 5.3.4 Message too big for system.',
        status: '5.3.4',
        source: 'Stalwart crates/smtp/src/inbound/data.rs',
      },
      {
        line: '554 5.3.4 Transaction failed, message too big',
        status: '5.3.4',
        source: 'OpenSMTPD smtp_session.c',
      },
      {
        line: 'Message body is too big: 45000 bytes with a limit of 40 KB',
        source: 'GNU Mailman 2 Mailman/Handlers/Hold.py (MessageTooBig)',
      },
      { line: 'vdelivermail: email too long', source: 'vpopmail vdelivermail.c' },
      {
        line: '510 The length of attach is achieved the maximum threshold',
        source: 'Alibaba Cloud help document 36612 (Alibaba Mail bounce replies), as mirrored',
      },
      {
        line: '510 The number of attachments is achieved the maximum threshold',
        source: 'Alibaba Mail reply codes, as listed by a reseller (sh-aliyun.com)',
      },
    ],
  },
  'exo.5.0.350-nested-attachments': {
    source:
      'Exchange Online NDR table, learn.microsoft.com/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online (seed 001)',
    examples: [
      {
        line: '550 5.0.350 Requested action not taken: policy violation detected (AS345)',
        status: '5.0.350',
        source:
          'Exchange Online NDR table (seed 001, learn.microsoft.com non-delivery-reports-in-exchange-online)',
      },
    ],
  },
  'exchange.5.2.1-content-filter-quarantine': {
    source:
      'Exchange Server on-premises NDR texts (learn.microsoft.com; ../shared/reference/provider-codes.tsv)',
    examples: [
      {
        line: '550 5.2.1 Content Filter agent quarantined this message',
        status: '5.2.1',
        source: 'Exchange Server NDR texts (../shared/reference/provider-codes.tsv, learn.microsoft.com)',
      },
    ],
  },
  'yahoo.ph01-content': {
    source: 'Yahoo Sender Hub SMTP error codes, senders.yahooinc.com/smtp-error-codes',
    examples: [
      {
        line: '554 Message not allowed - [PH01] Email not accepted for policy reasons.',
        source: 'Yahoo Sender Hub SMTP error codes (../shared/reference/provider-codes.tsv)',
      },
    ],
  },
  'text.ses-content': {
    source:
      'Amazon SES notification contents (bounce types), docs.aws.amazon.com/ses/latest/dg/notification-contents.html',
    examples: [
      {
        line: '(Amazon SES bounceType: Transient, bounceSubType: ContentRejected)',
        source:
          'Amazon SES notification contents, bounce types table (docs.aws.amazon.com/ses/latest/dg/notification-contents.html), as formats/amazon-ses.ts renders the notification',
      },
      {
        line: '(Amazon SES bounceType: Transient, bounceSubType: AttachmentRejected)',
        source:
          'Amazon SES notification contents, bounce types table (docs.aws.amazon.com/ses/latest/dg/notification-contents.html), as formats/amazon-ses.ts renders the notification',
      },
    ],
  },
  'text.google-groups-spam': {
    source: 'Gmail SMTP error reference, support.google.com/a/answer/3726730',
    examples: [
      {
        line: '550 5.7.1 The message was rejected due to spam classification.',
        source: 'Google Groups reply (Gmail SMTP error reference, support.google.com/a/answer/3726730)',
      },
    ],
  },
  'text.gmail-content-security': {
    source: 'Gmail SMTP error reference, support.google.com/a/answer/3726730',
    examples: [
      {
        line: '552 5.7.0 This message was blocked because its content presents a potential security issue.',
        status: '5.7.0',
        source: 'Gmail SMTP error reference, support.google.com/a/answer/3726730',
      },
    ],
  },
  'text.gateway-bulk-content': {
    source: "mail security gateways' documented replies (../shared/reference/provider-codes.tsv)",
    examples: [
      {
        line: '420 - deferred due to suspect content',
        source: 'Barracuda SMTP error codes, campus.barracuda.com (provider-codes.tsv)',
      },
    ],
  },
  'text.orange-mail-rejected': {
    source: 'Orange postmaster error codes (../shared/reference/provider-codes.tsv)',
    examples: [
      {
        line: '550 5.2.0 Mail rejete. Mail rejected. ofr_506 [506]',
        status: '5.2.0',
        source: 'Orange smtp-in.orange.fr reply quoted in doc.gadz.org mail filtering page (search: pages)',
      },
    ],
  },
  'text.mimecast-security': {
    source: 'Mimecast SMTP error codes KB (../shared/reference/provider-codes.tsv)',
    examples: [
      {
        line: '554 Email rejected due to security policies',
        source: 'Mimecast SMTP error codes (provider-codes.tsv)',
      },
    ],
  },
  'text.virus': {
    source:
      'common wording of MTAs\' refusals, pre-issue-9 word list (not yet traced row by row); traced: Exim src/src/configure.default ("This message contains a virus ($malware_name).")',
    examples: [
      {
        line: '554 Your email was rejected because it contains a bad attachment: invoice.exe',
        source: 'qmail/simscan simscan.c (check_attach; qmail-smtpd puts its "D" reply after "554 ")',
      },
      {
        line: '554 5.7.1 oletools: Oletools threat message found: "AutoExec + Suspicious (Document_Open,Shell,Chr)"',
        status: '5.7.1',
        source:
          "rspamd lualib/lua_scanners/oletools.lua (default message) via the rspamd milter's reject (554 5.7.1)",
      },
      {
        line: '554 5.7.1 icap: threat found with icap scanner: "EICAR-Test-File"',
        status: '5.7.1',
        source:
          "rspamd lualib/lua_scanners/icap.lua (default message) via the rspamd milter's reject (554 5.7.1)",
      },
      {
        line: '554 5.7.1 Matched map: FORBIDDEN_FILE_EXTENSION',
        status: '5.7.1',
        source:
          "rspamd src/plugins/lua/multimap.lua ('Matched map: ' .. rule.symbol), the reply quoted in NethServer/dev issue #5811",
      },
      {
        line: '550 5.7.1 IFRAME vulnerability exploit',
        status: '5.7.1',
        source: 'Postfix proto/header_checks (body_checks example)',
      },
      {
        line: '550 5.7.1 Attachment name "setup.exe" may not end with ".exe"',
        status: '5.7.1',
        source: 'Postfix proto/header_checks (header_checks.pcre example)',
      },
      { line: '552 We do not accept password-protected zip files!', source: 'qpsmtpd plugins/virus/uvscan' },
      { line: '550 This message contains a virus (Eicar-Test-Signature).', source: 'Exim configure.default' },
      {
        line: '550 5.7.1 Rejecting harmful e-mail: Win.Test.EICAR_HDB-1 found.',
        status: '5.7.1',
        source:
          'Cisco-Talos/clamav clamav-milter/clamfi.c (action_reject_msg) with RejectMsg "Rejecting harmful e-mail: %v found."',
      },
      {
        line: '554 5.7.1 Forbidden attachment extension',
        status: '5.7.1',
        source: 'Mailu core/rspamd/conf/multimap.conf (its attachment-extension map)',
      },
      {
        line: 'Detected forbidden filetype (Security reasons).',
        source: 'MailCleaner etc/exim/exim_stage1.conf_template',
      },
      {
        line: '554 5.7.1 Rejected (dangerous macro detected)',
        status: '5.7.1',
        source: 'Mailu core/rspamd/conf/force_actions.conf',
      },
      {
        line: '550 5.7.1 Message rejected due to unacceptable attachments',
        status: '5.7.1',
        source:
          'Exchange Server Edge Attachment Filter agent, default RejectResponse (OfficeDocs-Exchange antispam-protection/attachment-filtering.md)',
      },
    ],
  },
  'text.file-extension': {
    source:
      'attachment filters naming the file extension: Mailman 3 mime_delete.py, HestiaCP exim4.conf.template acl_check_mime ("Blacklisted file extension detected"), haraka-plugin-attachment',
    examples: [
      {
        line: "The message's file extension was explicitly disallowed",
        source: 'Mailman 3 src/mailman/handlers/mime_delete.py; Mailman 2.1 Mailman/Handlers/MimeDel.py',
      },
    ],
  },
  'text.spam-content': {
    source:
      'common wording of MTAs\' refusals, pre-issue-9 word list (not yet traced row by row); traced: Courier ("550 Spam refused."); Stalwart ("Message rejected due to excessive spam score.")',
    examples: [
      {
        line: '554 Your email was rejected because it matches a filter (X-Mailer: BulkBlaster)',
        source: 'qmail/simscan simscan.c (check_regex)',
      },
      {
        line: '554 5.7.1 dcc: bulk message found: "Body=many Fuz1=many"',
        status: '5.7.1',
        source: "rspamd lualib/lua_scanners/dcc.lua (default message) via the rspamd milter's reject",
      },
      {
        line: '554 5.7.1 pyzor: Pyzor bulk message found: "bl_100_wl_1"',
        status: '5.7.1',
        source: "rspamd lualib/lua_scanners/pyzor.lua (default message) via the rspamd milter's reject",
      },
      {
        line: '554 5.7.1 Gtube pattern',
        status: '5.7.1',
        source:
          "rspamd src/libmime/message.c (rspamd_check_gtube's passthrough result) via the milter's reject",
      },
      {
        line: '554 5.7.1 HTML mail not accepted',
        status: '5.7.1',
        source: 'milter-regex milter-regex.8 (EXAMPLES) with milter-regex.c RCODE_REJECT/XCODE_REJECT',
      },
      { line: '550 Spam refused.', source: 'Courier' },
      {
        line: '550 5.7.1 Message rejected due to excessive spam score.',
        status: '5.7.1',
        source: 'Stalwart crates/smtp/src/inbound/data.rs',
      },
      {
        line: '554 5.7.1 This message does not meet our delivery requirements',
        status: '5.7.1',
        source:
          "mailcow-dockerized data/conf/rspamd/override.d/worker-proxy.inc (rspamd's reject message as mailcow sets it)",
      },
      {
        line: '554 HVU:B1 http://postmaster.info.aol.com/errors/554hvub1.html',
        source: 'AOL postmaster error pages: 554 HVU:B1, a domain in the message draws member complaints',
      },
      { line: 'Refusing to deliver quarantined message', source: 'maddy internal/target/remote/remote.go' },
      {
        line: 'Rejected by SURBL.',
        source: 'hmailserver source/DBScripts/CreateTablesMYSQL.sql (its default SURBL message)',
      },
      { line: 'Message rejected by filter rule match', source: 'Mailman 2.1 Mailman/Handlers/SpamDetect.py' },
      {
        line: 'Our content checker found banned name: invoice.exe',
        source: 'amavisd-new (amavisd, its sender notice for a BANNED verdict)',
      },
      {
        line: 'Header "X-Spam-Flag" matched a header rule',
        source: 'Mailman 3 src/mailman/chains/headers.py',
      },
      {
        line: 'Your message had a suspicious header.',
        source: 'Mailman 2.1 Mailman/Handlers/Hold.py (SuspiciousHeaders)',
      },
      {
        line: 'HTML mail is not accepted here',
        source: 'Exim specification (doc/doc-docbook/spec.xfpt), an ACL example',
      },
      { line: 'bulk e-mail filter', source: 'CiviCRM xml/templates/civicrm_data.tpl (Spam)' },
      { line: 'message looks suspicious', source: 'CiviCRM xml/templates/civicrm_data.tpl (Spam)' },
    ],
  },
  'broad.spam': {
    source: "common wording of MTAs' refusals, pre-issue-9 word list (broad words)",
  },
  'netease.content': {
    source:
      'NetEase (163.com) SMTP error codes, help.163.com (DT:SPM: spam characteristics); Tencent QQ Mail "Mail content denied"',
    examples: [{ line: '554 DT:SPM 163 smtp1', source: 'NetEase SMTP error codes' }],
  },
  'exo.4.3.2-recipient-thread-limit': {
    source:
      'Exchange Online NDR table, learn.microsoft.com/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online (seed 001)',
    examples: [
      {
        line: '432 4.3.2 STOREDRV.Deliver; recipient thread limit exceeded',
        status: '4.3.2',
        source:
          'Exchange Online NDR table (seed 001, learn.microsoft.com non-delivery-reports-in-exchange-online)',
      },
    ],
  },
  'exo.4.5.3-too-many-recipients': {
    source:
      'Exchange Online NDR table, learn.microsoft.com/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online (seed 001)',
    examples: [
      {
        line: '452 4.5.3 Too many recipients',
        status: '4.5.3',
        source:
          'Exchange Online NDR table (seed 001, learn.microsoft.com non-delivery-reports-in-exchange-online)',
      },
    ],
  },
  'outlook.4.7.652-too-many-connections': {
    source:
      'Exchange Online NDR table, learn.microsoft.com/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online (seed 001)',
    examples: [
      {
        line: '451 4.7.652 The mail server [192.0.2.1] has exceeded the maximum number of connections. (S3115)',
        status: '4.7.652',
        source: 'Exchange Online observed replies (../shared/reference/provider-codes.tsv)',
      },
    ],
  },
  'exo.5.2.121-per-sender-hourly-limit': {
    source:
      'Exchange Online NDR table, learn.microsoft.com/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online (seed 001)',
    examples: [
      {
        line: "554 5.2.121 Recipient's per hour message receive limit from specific sender exceeded",
        status: '5.2.121',
        source:
          'Exchange Online NDR table (seed 001, learn.microsoft.com non-delivery-reports-in-exchange-online)',
      },
    ],
  },
  'exo.5.2.122-recipient-hourly-limit': {
    source:
      'Exchange Online NDR table, learn.microsoft.com/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online (seed 001)',
    examples: [
      {
        line: "554 5.2.122 Recipient's per hour message receive limit exceeded",
        status: '5.2.122',
        source:
          'Exchange Online NDR table (seed 001, learn.microsoft.com non-delivery-reports-in-exchange-online)',
      },
    ],
  },
  'exo.5.7.508-ipv6-range-limit': {
    source:
      'Exchange Online NDR table, learn.microsoft.com/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online (seed 001)',
    examples: [
      {
        line: '550 5.7.508 Access denied, [2001:db8::1] has exceeded permitted limits within /64 range',
        status: '5.7.508',
        source:
          'Exchange Online NDR table (seed 001, learn.microsoft.com non-delivery-reports-in-exchange-online)',
      },
    ],
  },
  'exchange.resolver-adr-reciplimit': {
    source:
      'Exchange transport component tokens in NDRs (learn.microsoft.com Exchange NDR pages; ../shared/reference/provider-codes.tsv)',
    examples: [
      {
        line: '5.5.3 RESOLVER.ADR.RecipLimit; too many recipients',
        source: 'Exchange recipient rate limit NDR (learn.microsoft.com Exchange NDR 5.5.3)',
      },
    ],
  },
  'exchange.5.5.3-too-many-recipients': {
    source:
      'Exchange Server on-premises NDR texts (learn.microsoft.com; ../shared/reference/provider-codes.tsv)',
    examples: [
      {
        line: '550 5.5.3 Too many recipients',
        status: '5.5.3',
        source: 'Exchange Server NDR texts (../shared/reference/provider-codes.tsv, learn.microsoft.com)',
      },
    ],
  },
  'outlook.s3115-connection-limit': {
    source:
      'Outlook.com postmaster troubleshooting, sendersupport.olc.protection.outlook.com/pm/troubleshooting.aspx (../shared/reference/provider-codes.tsv)',
    examples: [
      {
        line: '451 4.7.652 The mail server [192.0.2.1] has exceeded the maximum number of connections. (S3115)',
        source: "outlook.com replies collected in a sending tool's log (2024)",
      },
    ],
  },
  'outlook.rp-rate-limit': {
    source:
      'Outlook.com postmaster troubleshooting, sendersupport.olc.protection.outlook.com/pm/troubleshooting.aspx (../shared/reference/provider-codes.tsv)',
    examples: [
      {
        line: '421 RP-001 The mail server IP connecting to Outlook.com server has exceeded the rate limit allowed. Reason for rate limitation is related to IP/domain reputation.',
        source:
          'postmaster.live.com troubleshooting, SMTP error codes table (text copy of 2025-12-03 in github azumakuniyuki/feb-2024-no-auth-no-entry)',
      },
    ],
  },
  'gmail.4.2.1-receiving-too-quickly': {
    source: 'Gmail SMTP error reference, support.google.com/a/answer/3726730',
    examples: [
      {
        line: '450 4.2.1 The user you are trying to contact is receiving email too quickly. Please resend your message at a later time.',
        status: '4.2.1',
        source: 'Gmail SMTP error reference, support.google.com/a/answer/3726730 (copy of 2026-02-15)',
      },
      {
        line: '450 4.2.1 The user you are trying to contact is receiving mail too quickly. Please resend your message at a later time.',
        status: '4.2.1',
        source: 'Gmail SMTP error reference, support.google.com/a/answer/3726730',
      },
    ],
  },
  'text.gmail-duplicate-message-id': {
    source: 'Gmail SMTP error reference, support.google.com/a/answer/3726730',
    examples: [
      {
        line: '421 4.7.28 Gmail has detected that this message exceeded the quota for sending messages that have the same Message-ID:',
        status: '4.7.28',
        source: 'Gmail SMTP error reference, support.google.com/a/answer/3726730',
      },
    ],
  },
  'text.gmail-relay-peak': {
    source: 'Gmail SMTP error reference, support.google.com/a/answer/3726730',
    examples: [
      {
        line: '450 4.2.1 Peak SMTP relay limit exceeded for this customer.',
        status: '4.2.1',
        source: 'Gmail SMTP error reference, support.google.com/a/answer/3726730',
      },
    ],
  },
  'text.yahoo-per-connection': {
    source: 'Yahoo Sender Hub SMTP error codes, senders.yahooinc.com/smtp-error-codes',
    examples: [
      {
        line: '421 Max message per connection reached, closing transmission channel',
        source: 'Yahoo Sender Hub SMTP error codes (../shared/reference/provider-codes.tsv)',
      },
    ],
  },
  'text.icloud-volume': {
    source:
      'Apple iCloud Mail postmaster, support.apple.com/en-us/102322 (../shared/reference/provider-codes.tsv)',
    examples: [
      {
        line: '421 4.7.1 Messages to bob@icloud.com deferred due to excessive volume. Try again later',
        status: '4.7.1',
        source: 'Apple iCloud Mail postmaster (../shared/reference/provider-codes.tsv)',
      },
    ],
  },
  'text.rate-limited': {
    source:
      'common wording of MTAs\' refusals, pre-issue-9 word list (not yet traced row by row); traced: Exim src/src/smtp_in.c ("Too many concurrent SMTP connections", "Too many recipients"); cPanel\'s Exim configuration (public copy asmrdevelop/cpanel) etc/exim/acls/ACL_POST_RECP_VERIFY_BLOCK/dictionary_attack ("Number of failed recipients exceeded.  Come back in a few hours.")',
    examples: [
      {
        line: '550 Number of failed recipients exceeded.  Come back in a few hours.',
        source: 'cPanel etc/exim/acls/ACL_POST_RECP_VERIFY_BLOCK/dictionary_attack',
      },
      {
        line: '451 4.7.28 flood policy violation (HOTtest)',
        status: '4.7.28',
        source:
          'fastmail/authentication_milter lib/Mail/Milter/Authentication/Handler/Blocker.pm (its example)',
      },
      {
        line: '450 4.7.1 <peggy@example.net>: Recipient address rejected: sorry, max 3 requests per 5 minutes',
        status: '4.7.1',
        source: 'postfwd/postfwd doc/postfwd3.txt (rate() example), as Postfix words a policy reply',
      },
      {
        line: '450 4.7.1 <quinn@example.net>: Recipient address rejected: sorry, max 1.5mb per hour',
        status: '4.7.1',
        source: 'postfwd/postfwd doc/postfwd3.txt (size() example)',
      },
      {
        line: '421 mx.example.org Too many concurrent SMTP connections; please try again later.',
        source: 'Exim smtp_in.c',
      },
      {
        line: '450 4.7.1 <bob@example.org>: Recipient address rejected: Service is unavailable (try later)',
        status: '4.7.1',
        source: 'Proxmox Mail Gateway pmg-api src/bin/pmgpolicy (its greylisting reply)',
      },
      {
        line: '421 CON:B1 http://postmaster.info.aol.com/errors/421conb1.html',
        source: "AOL's CON:B1 (Word to the Wise, 2012: the sender topped AOL's thresholds)",
      },
      {
        line: '504 The number of rcpt attempts is achieved the maximum threshold',
        source: 'Alibaba Cloud help document 36612 (Alibaba Mail bounce replies), as mirrored',
      },
      {
        line: 'Please trim the recipient list; it is too long.',
        source: 'Mailman 2.1 Mailman/Handlers/Hold.py (TooManyRecipients)',
      },
      {
        line: '452 Requested action not taken: max recipients reached',
        source: 'apache/james-project protocols/smtp .../fastfail/MaxRcptHandler.java',
      },
      {
        line: 'mx.example.net: Too many bad recipients; closing connection',
        source: 'sendmail srvrsmtp.c (BadRcptThrottle)',
      },
      {
        line: "I don't take more than 20 RCPTs",
        source: 'Exim specification (doc/doc-docbook/spec.xfpt), an ACL example',
      },
      {
        line: '452 4.2.2 more than 300 messages in past 1m0s from your ip/network',
        status: '4.2.2',
        source: 'mox smtpserver/server.go (mjl-/mox)',
      },
      {
        line: '421 4.7.1 : (DYN:T1) http://postmaster.info.aol.com/errors/421dynt1.html',
        status: '4.7.1',
        source: "SendGrid docs, common SMTP bounce responses (AOL's throttling code)",
      },
    ],
  },
  'netease.rate-limits': {
    source:
      'NetEase (163.com/126.com) SMTP error codes, help.163.com (MI:SFQ, MI:DMC, RP:QRC, RP:TRC, RP:RCL, RP:DRC, HL:ICC, HL:IFC, MI:STC, MI:CEL, RP:CEL)',
    examples: [
      {
        line: '451 MI:SFQ mx.163.example',
        source: 'NetEase SMTP error codes (MI:SFQ: too many messages in 15 minutes)',
      },
      {
        line: '554 5.7.3 HL:ITC',
        status: '5.7.3',
        source:
          "NetEase 163 SMTP code list (help.163.com, as copied by a mail app's error table): connections of the sending IP today over the limit",
      },
    ],
  },
  'provider.frequency-limits': {
    source:
      'Tencent QQ Mail postmaster help ("Ip frequency limited", "Connection frequency limited", "Domain frequency limited"); Sina and Mail.ru/Yandex rate replies',
    examples: [
      { line: '550 Ip frequency limited', source: 'Tencent QQ Mail postmaster help' },
      {
        line: '421 Domain mg.example.com is not allowed to send: request limit exceeded, try again after Mon, 20 Dec 2021 20:33:21 UTC',
        source:
          'Mailgun error codes library (app.modalsupport.com, "Error Codes Library - Mailgun", HTTP 429); the reply code is ours',
      },
      {
        line: '421 4.7.0 Слишком много писем, попробуйте позже',
        source: 'translation of the English wording "too many messages, try later" (Russian)',
      },
      {
        line: '454 Transient reject by behaviour spam at DATA State(Connection IP address:192.0.2.9)ANTISPAM_BAT[01201311R5167S531, r41g03022]: currently unexpected sending',
        source:
          'Alibaba Mail inbound refusal, as an Aliyun reseller explains it (qcnsw.com/jcxq1944_142.html): the sending side connects too often, over the receiving limit, and DATA is refused for a while',
      },
    ],
  },
  'gmail.5.2.1-inactive-account': {
    source: 'Gmail SMTP error reference, support.google.com/a/answer/3726730',
    examples: [
      {
        line: '550 5.2.1 The email account that you tried to reach is inactive.',
        status: '5.2.1',
        source: 'Gmail SMTP error reference, support.google.com/a/answer/3726730',
      },
    ],
  },
  'text.gmail-inactive-full': {
    source: 'Gmail SMTP error reference, support.google.com/a/answer/3726730',
    examples: [
      {
        line: "552 5.2.2 The recipient's inbox is out of storage space and inactive.",
        status: '5.2.2',
        source: 'Gmail SMTP error reference, support.google.com/a/answer/3726730',
      },
    ],
  },
  'text.orange-account-blocked': {
    source: 'Orange postmaster error codes (../shared/reference/provider-codes.tsv)',
    examples: [
      {
        line: '550 5.5.0 Le compte du destinataire est bloque. The recipient account isblocked. LPN007_426 (in reply to RCPT TO command)',
        source: 'sisimai 4.25 lib/Sisimai/Rhost/FrancePTT.pm (the Orange and La Poste replies it quotes)',
      },
      {
        line: '550 5.5.0 Boite du destinataire archivee. Archived recipient. LPN007_420 (in reply to RCPT TO command)',
        source: 'sisimai 4.25 lib/Sisimai/Rhost/FrancePTT.pm (the Orange and La Poste replies it quotes)',
      },
    ],
  },
  'text.icloud-moved': {
    source:
      'Apple iCloud Mail postmaster, support.apple.com/en-us/102322 (../shared/reference/provider-codes.tsv)',
    examples: [
      {
        line: '550 5.1.6 recipient no longer on server',
        status: '5.1.6',
        source: 'Apple iCloud Mail postmaster (../shared/reference/provider-codes.tsv)',
      },
    ],
  },
  'text.mailbox-inactive': {
    source:
      'common wording of MTAs\' refusals, pre-issue-9 word list (not yet traced row by row); traced: Zimbra LmtpReply.java ("Mailbox disabled, not accepting messages")',
    examples: [
      {
        line: '450 4.2.1 Mailbox disabled, not accepting messages',
        status: '4.2.1',
        source: 'Zimbra LmtpReply.java',
      },
      {
        line: '550 Account is not active',
        source: 'KumoMTA assets/community/bounces.toml (InactiveMailbox)',
      },
      {
        line: "542 This account isn't allowed to receive email",
        source: 'Alibaba Mail reply codes, as listed by a reseller (sh-aliyun.com)',
      },
      {
        line: '550 5.5.0 This account is not authorized to receive email.',
        status: '5.5.0',
        source:
          'stalwartlabs/mail-server crates/email/src/message/delivery.rs (an account without the email-receive permission)',
      },
      { line: '550 5.2.1 is expired account', source: 'ZoneMTA config/bounces.txt (hot.ee)' },
      { line: 'email address has changed', source: 'CiviCRM xml/templates/civicrm_data.tpl (Inactive)' },
    ],
  },
  'smtp.x.1.1-shut-words': {
    source:
      'RFC 3463 X.1.1 (the mailbox does not exist) against X.2.1 (mailbox disabled): servers that send 5.1.1 for a shut mailbox say its state in words: Swisscom/bluewin "5.1.1 ... account administratively disabled", Korean portals "5.1.1 Suspended user" / "5.1.1 Inactive mbox", Mail.ru "user is terminated" (reference/provider-codes.tsv; the exact lines have rows of their own); the fallback for the family, found by scripts/eval-unseen-rules.mjs',
  },
  'broad.spf': {
    source:
      'RFC 7208 (SPF): a refusal that names SPF gives it as the reason, in each product\'s words (IONOS/AsyncOS "SPF unauthorized mail is prohibited", qpsmtpd "SPF - fail", Gmail and Microsoft "SPF or DKIM": reference/provider-codes.tsv); the bare name for the wordings text.spf does not list (scripts/eval-unseen-rules.mjs)',
  },
  'broad.relay': {
    source:
      'the relay refusals of sendmail ("Relaying denied"), Postfix ("Relay access denied"), Kerio Connect ("Relaying is denied"), qpsmtpd ("Relaying from <ip> denied") and Proofpoint (reference/provider-codes.tsv): "relaying" names what was refused; the word for the wordings text.relay-denied and smtp.relay-words do not list (scripts/eval-unseen-rules.mjs)',
  },
  'broad.count-limit': {
    source:
      'a count over its limit: Exchange Online 4.7.652 "has exceeded the maximum number of connections (S3115)", Exchange 5.1.90 "daily limit for message recipients" (reference/provider-codes.tsv), "exceeded the number of messages allowed per hour"; the words for the wordings text.rate-limited does not list (scripts/eval-unseen-rules.mjs)',
  },
  'broad.inactive': {
    source: "common wording of MTAs' refusals, pre-issue-9 word list (broad words)",
    examples: [
      {
        line: '550 [suspend] Mailbox currently suspended--Please contact correspondent directly.',
        source: 'AT&T (BellSouth) mail block error message summary, rbl.att.net/block_enduser.html',
      },
    ],
  },
  'i18n.mailbox-inactive': {
    source: 'translation of the English wording "account disabled" / "mailbox blocked"',
    examples: [
      { line: '550 Konto gesperrt', source: 'translation of the English wording "account locked" (German)' },
      {
        line: 'Diese Adresse ist nicht mehr verfuegbar.',
        source: 'OpenEMM backend/src/script/process/bounce-rules.sh',
      },
      {
        line: 'Elektronski naslov je ukinjen',
        source: 'CiviCRM xml/templates/civicrm_data.tpl (Invalid; Slovenian)',
      },
      { line: 'O e-mail foi desativado', source: 'AcyMailing DefaultData.php (Portuguese)' },
    ],
  },
  'exo.5.1.0-sender-denied': {
    source:
      'Exchange Online NDR table, learn.microsoft.com/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online (seed 001)',
    examples: [
      {
        line: '550 5.1.0 Sender denied',
        status: '5.1.0',
        source:
          'Exchange Online NDR table (seed 001, learn.microsoft.com non-delivery-reports-in-exchange-online)',
      },
    ],
  },
  'exo.5.1.1-bad-destination-mailbox': {
    source:
      'Exchange Online NDR table, learn.microsoft.com/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online (seed 001)',
    examples: [
      {
        line: '#550 5.1.1 RESOLVER.ADR.RecipNotFound; not found ##',
        status: '5.1.1',
        source: 'an Exchange 2007 NDR published at pastebin.com/2SNHTj4Y',
      },
    ],
  },
  'exo.5.1.10-recipient-not-found': {
    source:
      'Exchange Online NDR table, learn.microsoft.com/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online (seed 001)',
    examples: [
      {
        line: '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup',
        status: '5.1.10',
        source: 'an Exchange 2016 NDR (Remote Server returned ...) published at pastebin.com/4NLVeuUu',
      },
      {
        line: "Your message to X couldn't be delivered. X wasn't found at example.com. Status code: 550 5.1.10",
        status: '5.1.10',
        source:
          'the modern Exchange Online NDR quoted in ../shared/reference/formats.md (rb-sisimai issue 91)',
      },
    ],
  },
  'exo.5.4.1-recipient-access-denied': {
    source:
      'Exchange Online NDR table, learn.microsoft.com/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online (seed 001)',
    examples: [
      {
        line: '550 5.4.1 Recipient address rejected: Access denied',
        status: '5.4.1',
        source:
          'Exchange Online NDR table (seed 001, learn.microsoft.com non-delivery-reports-in-exchange-online)',
      },
    ],
  },
  'exo.5.5.0-mailbox-unavailable': {
    source:
      'Exchange Online NDR table, learn.microsoft.com/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online (seed 001)',
    examples: [
      {
        line: '550 5.5.0 Requested action not taken: mailbox unavailable',
        status: '5.5.0',
        source:
          'Exchange Online NDR table (seed 001, learn.microsoft.com non-delivery-reports-in-exchange-online)',
      },
    ],
  },
  'exo.5.7.504-recipient-rejected': {
    source:
      'Exchange Online NDR table, learn.microsoft.com/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online (seed 001)',
    examples: [
      {
        line: '550 5.7.504 [bob@example.org]: Recipient address rejected: Access denied',
        status: '5.7.504',
        source:
          'Exchange Online NDR table (seed 001, learn.microsoft.com non-delivery-reports-in-exchange-online)',
      },
    ],
  },
  'exo.5.7.505-banned-recipient': {
    source:
      'Exchange Online NDR table, learn.microsoft.com/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online (seed 001)',
    examples: [
      {
        line: '550 5.7.505 Access denied, banned recipient',
        status: '5.7.505',
        source:
          'Exchange Online NDR table (seed 001, learn.microsoft.com non-delivery-reports-in-exchange-online)',
      },
    ],
  },
  'exchange.resolver-adr-recipnotfound': {
    source:
      'Exchange transport component tokens in NDRs (learn.microsoft.com Exchange NDR pages; ../shared/reference/provider-codes.tsv)',
    examples: [
      {
        line: "Remote Server returned '550 5.1.1 RESOLVER.ADR.ExRecipNotFound; not found'",
        source: 'an Exchange 2013 NDR published at pastebin.com/e6yfDi5v',
      },
    ],
  },
  'exchange.storedrv-submit-invalid-recipient': {
    source:
      'Exchange transport component tokens in NDRs (learn.microsoft.com Exchange NDR pages; ../shared/reference/provider-codes.tsv)',
    examples: [
      {
        line: '554 5.1.3 STOREDRV.Submit; invalid recipient address',
        status: '5.1.3',
        source: 'Exchange Server NDR texts (../shared/reference/provider-codes.tsv, learn.microsoft.com)',
      },
    ],
  },
  'exchange-ims.000c05a6-unknown-recipient': {
    source:
      'Exchange transport component tokens in NDRs (learn.microsoft.com Exchange NDR pages; ../shared/reference/provider-codes.tsv)',
    examples: [
      {
        line: 'MSEXCH:IMS:microsoft:SITE:SERVER1 0 (000C05A6) Unknown Recipient',
        source:
          'Microsoft KB (Exchange Server 5.5 Internet Mail Service), the NDR it quotes: The recipient name is not recognized',
      },
    ],
  },
  'exchange-ims.000c0595-ambiguous-recipient': {
    source:
      'Exchange transport component tokens in NDRs (learn.microsoft.com Exchange NDR pages; ../shared/reference/provider-codes.tsv)',
    examples: [
      {
        line: 'MSEXCH:IMS:Microsoft:testdomain:SERVER1 0 (000C0595) Ambiguous Recipient',
        source:
          'Microsoft KB (Exchange Server 5.5 Internet Mail Service), the NDR it quotes: The recipient name is ambiguous',
      },
    ],
  },
  'barracuda.cuda-nsu': {
    source: "../shared/reference/provider-codes.tsv (vendors' published codes)",
    examples: [
      {
        line: '550 cuda_nsu 5.1.1 <b@example.org>... User unknown',
        source: 'Barracuda (provider-codes.tsv)',
      },
    ],
  },
  'text.ses-no-email': {
    source:
      'Amazon SES notification contents (bounce types), docs.aws.amazon.com/ses/latest/dg/notification-contents.html',
    examples: [
      {
        line: '(Amazon SES bounceType: Permanent, bounceSubType: NoEmail)',
        source:
          'Amazon SES notification contents, bounce types table (docs.aws.amazon.com/ses/latest/dg/notification-contents.html), as formats/amazon-ses.ts renders the notification',
      },
    ],
  },
  'text.mta-directory-unknown': {
    source:
      "classic MTAs' fixed wording (Sendmail, Postfix, Exim, qmail, Domino, dma), pre-issue-9 list; traced: HCL/IBM Domino and Notes non-delivery text ('User not listed in public Name & Address Book', ../shared/reference/provider-codes.tsv)",
    examples: [
      {
        line: 'User not listed in public Name & Address Book',
        source: 'Lotus Notes / Domino (provider-codes.tsv)',
      },
    ],
  },
  'text.mta-recipient-unknown': {
    source: "classic MTAs' fixed wording (Sendmail, Postfix, Exim, qmail, Domino, dma), pre-issue-9 list",
    examples: [
      {
        line: "550 can't accept user... (#5.7.1)",
        source: 'InfoSphere (sphere.ne.jp/support/news/2006/07/000027.html)',
      },
      {
        line: '550 5.1.1 Sorry, no mailbox here by that name or mailbox is over quota',
        status: '5.1.1',
        source: 'smf-sav smf-sav.c (recipient callout)',
      },
      {
        line: '553 sorry, your envelope recipient is in my badrcptto list (#5.7.1)',
        source: 'qmail-smtpd.c with the badrcptto patch, err_brt()',
      },
      {
        line: '550 5.1.1 <bob@example.org>... email address lookup in domain map failed',
        status: '5.1.1',
        source: "PHPMailer-BMH phpmailer-bmh_rules.php, rule 0195's sample",
      },
      {
        line: 'Command died with status 1: "/usr/bin/maildrop -d bob". Command output: maildrop: Cannot find system user "bob"',
        status: '5.3.0',
        source: 'go-sisimai lda/lib.go (maildrop "cannot find system user"); postfix global/pipe_command.c',
      },
    ],
  },
  'cpanel.account-may-not-exist': {
    source:
      "cPanel's Exim refusal of an address it cannot deliver to (hosting KBs quote it whole); go-sisimai reason/why-hostunknown.go lists its first words. The causes it lists are guesses; the refusal is of the address",
    examples: [
      {
        line: '550 The mail server could not deliver mail to bob@example.com.  The account or domain may not exist, they may be blacklisted, or missing the proper dns entries.',
        source: "cPanel's Exim (namsunix.wordpress.com 2016/03 and hosting KBs)",
      },
    ],
  },
  'text.recipient-unknown': {
    source:
      'common wording of MTAs\' refusals, pre-issue-9 word list (not yet traced row by row); traced: Courier module.local ("550 User unknown."); Apache James AbstractValidRcptHandler ("Unknown user: <rcpt>"); Stalwart rcpt.rs ("Mailbox does not exist."); CompuServe\'s postmaster notice ("Receiver not found:", flufl.bounce _detectors/compuserve.py)',
    examples: [
      { line: '550 User unknown.', source: 'Courier module.local' },
      {
        line: '550 5.1.1 Unknown user: b@example.org',
        status: '5.1.1',
        source: 'James AbstractValidRcptHandler',
      },
      {
        line: '550 User not a member of domain: <bob@example.org>',
        source: "PHPMailer-BMH phpmailer-bmh_rules.php, rule 0198's sample",
      },
      {
        line: 'The following address is not a known mailing list: cats@lists.example.org',
        source: 'Sympa default/mail_tt2/delivery_status_notification.tt2',
      },
      {
        line: '550 denied by SecuMail valid-address-filter',
        source:
          'OpenEMM backend/src/script/process/bounce-rules.sh (34cab8ab: a hard bounce of the recipient, 511)',
      },
      {
        line: '554 delivery error: dd Not a valid recipient - atlas315.free.mail.ne1.yahoo.com',
        source: 'ZoneMTA config/bounces.txt (Yahoo)',
      },
      {
        line: 'not present in directory entry',
        source: 'CiviCRM xml/templates/civicrm_data.tpl (Invalid; Lotus Domino)',
      },
    ],
  },
  'broad.mailbox-unavailable': {
    source:
      'RFC 5321 4.2.3: 550 "Requested action not taken: mailbox unavailable (e.g., mailbox not found, no access, or command rejected for policy reasons)"; the words say refused, the enhanced code says why',
    examples: [{ line: '550 Requested action not taken: mailbox unavailable', source: 'RFC 5321 4.2.3' }],
  },
  'broad.unknown': {
    source: "common wording of MTAs' refusals, pre-issue-9 word list (broad words)",
    examples: [{ line: '550 User <bob> unknown', source: 'Courier courier/module.local/local.C' }],
  },
  'broad.address-rejected': {
    source:
      'postfix src/smtpd/smtpd_check.c: every RCPT restriction\'s reject reads "<%s>: Recipient address rejected: %s" (access maps, check_policy_service, reject_unlisted_recipient)',
    examples: [
      {
        line: '550 <bob@example.org>: Recipient address rejected',
        source: 'postfix smtpd_check.c (a restriction whose text adds nothing)',
      },
    ],
  },
  'broad.address-rejected-by-policy': {
    source:
      'postfix src/smtpd/smtpd_check.c ("<%s>: Recipient address rejected: %s") and access(5) (REJECT: "554 5.7.1"); postfwd/postfwd doc/postfwd3.txt (action=REJECT sorry no access)',
    examples: [
      {
        line: '554 5.7.1 <jack@example.net>: Recipient address rejected: sorry no access',
        status: '5.7.1',
        source: 'postfwd doc/postfwd3.txt example rule, as Postfix words a policy REJECT',
      },
    ],
  },
  'sysexits.67-nouser': {
    source:
      'postfix src/global/sys_exits.c (sendmail-compatible exit status table); sendmail deliver.c writes the mailer exit status after "X-Unix;" (EX_NOUSER 67: 5.1.1 "user unknown")',
    examples: [{ line: 'X-Unix; 67', source: 'sendmail deliver.c (Diagnostic-Code of an X-Unix mailer)' }],
  },
  'i18n.recipient-unknown': {
    source:
      'localized NDR wording (Exchange localized NDRs, national providers); otherwise translation of the English wording "user unknown" / "no such user"',
    examples: [
      {
        line: '因为该收件人并不存在！请验证该邮件地址是否真实有效。',
        source: 'grommunio/gromox data/local_bounce/gb2312/BOUNCE_NO_USER',
      },
      {
        line: '受信者が存在していないため、"heidi@example.org"へのメールを正しく送信',
        source: 'grommunio/gromox data/local_bounce/euc-jp/BOUNCE_NO_USER',
      },
      {
        line: 'アドレスが見つからなかったか、メールを受信できないアドレスであるため、メールは suzuki.y@example.net に配信されませんでした。',
        source:
          'Gmail\'s Japanese notice as a user quotes it (trialtype.work/2025/12/03/gmailerror-memo: heading "アドレス不明")',
      },
      {
        line: '** Endereço não encontrado **',
        source:
          'Gmail\'s bounce in Brazilian Portuguese as a Gmail-API bounce reader matches it (_extract_bounce_reason: r"Endereço não encontrado", r"Sua mensagem não foi entregue a [^ ]+ porque ([^\\n]+)")',
      },
      {
        line: 'Ihre Nachricht wurde nicht an k.wagner@example.de zugestellt, weil die Adresse nicht gefunden wurde oder keine E-Mails empfangen kann.',
        source:
          'Gmail\'s bounce in German: sisimai/rb-sisimai lib/sisimai/reason/userunknown.rb Index "weil die adresse nicht gefunden wurde oder keine e-mails empfangen kann"',
      },
      {
        line: '550 5.1.1 Benutzer unbekannt',
        source: 'translation of the English wording "user unknown" (German)',
      },
      { line: '550 用户不存在', source: 'translation of the English wording "no such user" (Chinese)' },
      { line: '[退信] 收件人不存在:user not exist', source: 'emailhost.com.cn' },
      {
        line: 'Es gibt keine Person mit diesem Namen unter dieser Adresse',
        source: 'OpenEMM backend/src/script/process/bounce-rules.sh (34cab8ab, relay .sp-server.net)',
      },
      {
        line: "Non sono riuscito a trovare l'indirizzo e-mail",
        source: 'CiviCRM xml/templates/civicrm_data.tpl (Invalid; Gmail in Italian)',
      },
      {
        line: 'No hay nadie con esta dirección',
        source: 'CiviCRM xml/templates/civicrm_data.tpl (Invalid; Gmail in Spanish)',
      },
      {
        line: '** No se ha encontrado la dirección **',
        source:
          "Gmail's bounce in Spanish as bounce-auditing code matches it: rapicreditca auditoria_rebotes_gmail service (_BOUNCE_MARKERS, clasificar_observacion 'mal'); a Chilean Workspace scanner's BOUNCE_SUBJECTS ('Google Workspace en español')",
      },
      {
        line: 'Elektronski naslov ne obstaja',
        source: 'CiviCRM xml/templates/civicrm_data.tpl (Invalid; Slovenian)',
      },
    ],
  },
  'exchange.smtpsend-dns-nonexistent-domain': {
    source:
      'Exchange transport component tokens in NDRs (learn.microsoft.com Exchange NDR pages; ../shared/reference/provider-codes.tsv)',
    examples: [
      {
        line: '554 5.4.4 SMTPSEND.DNS.NonExistentDomain; nonexistent domain',
        status: '5.4.4',
        source: 'Exchange Server NDR texts (../shared/reference/provider-codes.tsv, learn.microsoft.com)',
      },
    ],
  },
  'exchange.5.1.4-reserved-domain': {
    source:
      'Exchange Server on-premises NDR texts (learn.microsoft.com; ../shared/reference/provider-codes.tsv)',
    examples: [
      {
        line: '550 5.1.4 Recipient address reserved by RFC 2606',
        status: '5.1.4',
        source: 'Exchange Server NDR texts (../shared/reference/provider-codes.tsv, learn.microsoft.com)',
      },
    ],
  },
  'exchange.5.1.6-single-label-domain': {
    source:
      'Exchange Server on-premises NDR texts (learn.microsoft.com; ../shared/reference/provider-codes.tsv)',
    examples: [
      {
        line: '550 5.1.6 Recipient addresses in single label domains not accepted',
        status: '5.1.6',
        source: 'Exchange Server NDR texts (../shared/reference/provider-codes.tsv, learn.microsoft.com)',
      },
    ],
  },
  'text.trendmicro-no-domain': {
    source: "mail security gateways' documented replies (../shared/reference/provider-codes.tsv)",
    examples: [
      {
        line: '550 5.7.1 Recipient address rejected: NO-DOMAIN',
        status: '5.7.1',
        source: 'Trend Micro hosted email security (provider-codes.tsv)',
      },
    ],
  },
  'text.host-not-found-permanent': {
    source:
      'common wording of MTAs\' refusals, pre-issue-9 word list (not yet traced row by row); traced: postfix src/global/dns_lookup.c, src/smtp/smtp_addr.c ("Host or domain name not found. Name service error for name=%s type=%s: Host not found")',
    examples: [
      {
        line: 'Host or domain name not found. Name service error for name=nowhere.example type=A: Host not found',
        status: '5.4.4',
        source: 'postfix smtp_addr.c',
      },
    ],
  },
  'text.mta-domain-missing': {
    source: "classic MTAs' fixed wording (Sendmail, Postfix, Exim, qmail, Domino, dma), pre-issue-9 list",
    examples: [
      { line: 'Domain does not exist', source: 'OpenSMTPD usr.sbin/smtpd/mta.c (relay->failstr)' },
      {
        line: 'Recipient domain "example.net" does not exist (or it has a misconfigured DNS)',
        source: 'XMail SMAILSvr.cpp',
      },
      {
        line: 'all MXs returned transient failures (last: Could not dial: dial tcp: lookup nosuch.example.net on 127.0.0.53:53: no such host)',
        status: '4.0.0',
        source: "chasquid internal/courier/smtp.go with Go's resolver error (errNoSuchHost: NXDOMAIN)",
      },
      {
        line: 'Could not find mail server: lookup example.org: no such host',
        status: '5.0.0',
        source: 'chasquid internal/courier/smtp.go (albertito/chasquid)',
      },
    ],
  },
  'text.mta-dns-not-found': {
    source:
      'classic MTAs\' fixed wording (Sendmail, Postfix, Exim, qmail, Domino, dma), pre-issue-9 list; traced: dma net.c deliver_remote ("DNS lookup failure: host %s not found" when the MX list cannot be had)',
    examples: [
      {
        line: 'DNS lookup failure: host mail.example.net not found',
        source: 'dma (DragonFly Mail Agent) net.c deliver_remote',
      },
    ],
  },
  'text.domain-invalid': {
    source:
      'common wording of MTAs\' refusals, pre-issue-9 word list (not yet traced row by row); traced: Exim src/src/routers/dnslookup.c ("Unrouteable address", "all relevant MX records point to non-existent hosts")',
    examples: [
      {
        line: "511 sorry, can't find a valid MX for rcpt domain (#5.1.1 - chkuser)",
        source: 'chkuser 2.0 chkuser_settings.h (denislemire/netqmail) CHKUSER_RCPTMX_STRING',
      },
      { line: 'Unrouteable address', source: 'Exim dnslookup.c' },
      {
        line: 'The destination server for this recipient could not be found in Domain Name Service (DNS). Please verify the email address and retry. <mx.example.net #5.4.0>',
        status: '5.4.0',
        source: 'Exchange 2000/2003 NDR text, as quoted on snmail.co.uk/support/failure-dns.htm',
      },
      {
        line: '501 5.1.2 Malformed destination domain (IDNA conversion failed)',
        status: '5.1.2',
        source: 'chasquid internal/smtpsrv/conn.go (albertito/chasquid)',
      },
      { line: 'no matches to nameserver query', source: 'CiviCRM xml/templates/civicrm_data.tpl (Dns)' },
      {
        line: 'X-LOCAL; 500 (unresolvable)',
        status: '5.0.0',
        source:
          'ZMailer transports/errormail/errormail.c ("Diagnostic-Code: X-LOCAL; 500 (%s)", the form name); proto/cf/rrouter.cf UNRESOLVABLEACTION "error unresolvable" when no routing method resolves the domain (rzachariassen/zmailer)',
      },
    ],
  },
  'sysexits.68-nohost': {
    source:
      'postfix src/global/sys_exits.c (sendmail-compatible exit status table); sendmail deliver.c writes the mailer exit status after "X-Unix;" (EX_NOHOST 68: 5.1.2 "host name unknown")',
    examples: [{ line: 'X-Unix; 68', source: 'sendmail deliver.c (Diagnostic-Code of an X-Unix mailer)' }],
  },
  'smtp.null-mx': {
    source:
      'RFC 7505 (null MX); postfix src/dns/dns_lookup.c "Domain %s does not accept mail (nullMX)"; exim src/routers/dnslookup.c "an MX or SRV record indicated no SMTP service"',
    examples: [
      {
        line: '556 5.1.10 <a@example.com>: Recipient address rejected: Domain example.com does not accept mail (nullMX)',
        status: '5.1.10',
        source: 'postfix src/dns/dns_lookup.c via smtpd reject_unknown_recipient_domain',
      },
      { line: 'an MX or SRV record indicated no SMTP service', source: 'exim src/routers/dnslookup.c' },
    ],
  },
  'smtp.no-route': {
    source:
      'exim src/routers/*.c "Unrouteable address" and X.400/Notes gateways ("no route found to", "no gateway for")',
    examples: [
      {
        line: '554 5.4.4 No route found to destination domain',
        source: 'Lotus Domino routing failure wording',
      },
    ],
  },
  'i18n.domain-not-found': {
    source: 'translation of the English wording "domain does not exist" / "domain not found"',
    examples: [
      {
        line: '550 Domain existiert nicht',
        source: 'translation of the English wording "domain does not exist" (German)',
      },
      { line: '[退信] 域名不存在:DNS query error', source: 'emailhost.com.cn' },
    ],
  },
  'exo.5.7.1-client-not-authenticated': {
    source:
      'Exchange Online NDR table, learn.microsoft.com/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online (seed 001)',
    examples: [
      {
        line: '530 5.7.1 Client was not authenticated',
        status: '5.7.1',
        source:
          'Exchange Online NDR table (seed 001, learn.microsoft.com non-delivery-reports-in-exchange-online)',
      },
    ],
  },
  'exchange.5.7.900-999-transport-rule': {
    source:
      'Exchange Online NDR table, learn.microsoft.com/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online (seed 001)',
    examples: [
      {
        line: '550 5.7.900 Delivery not authorized, message refused',
        status: '5.7.900',
        source: 'Exchange Server NDR texts (../shared/reference/provider-codes.tsv, learn.microsoft.com)',
      },
    ],
  },
  'exchange.554-5.1.0-sender-filter': {
    source:
      'Exchange Server Sender Filter agent, MicrosoftDocs/OfficeDocs-Exchange Exchange/ExchangeServer/antispam-and-antimalware/antispam-protection/sender-filtering.md ("rejects the SMTP request with a `554 5.1.0 Sender Denied` SMTP session error")',
    examples: [
      {
        line: '554 5.1.0 Sender Denied',
        status: '5.1.0',
        source: 'OfficeDocs-Exchange sender-filtering.md and sender-filtering-procedures.md',
      },
    ],
  },
  'exo.5.7.1-delivery-not-authorized': {
    source:
      'Exchange Online NDR table, learn.microsoft.com/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online (seed 001)',
    examples: [
      {
        line: '550 5.7.1 Delivery not authorized',
        status: '5.7.1',
        source:
          'Exchange Online NDR table (seed 001, learn.microsoft.com non-delivery-reports-in-exchange-online)',
      },
    ],
  },
  'exo.5.7.12-sender-not-authenticated-by-organization': {
    source:
      'Exchange Online NDR table, learn.microsoft.com/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online (seed 001)',
    examples: [
      {
        line: '550 5.7.12 Sender was not authenticated by organization',
        status: '5.7.12',
        source:
          'Exchange Online NDR table (seed 001, learn.microsoft.com non-delivery-reports-in-exchange-online)',
      },
    ],
  },
  'exo.5.7.124-not-in-allowed-senders': {
    source:
      'Exchange Online NDR table, learn.microsoft.com/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online (seed 001)',
    examples: [
      {
        line: '550 5.7.124 Sender not in allowed-senders list',
        status: '5.7.124',
        source:
          'Exchange Online NDR table (seed 001, learn.microsoft.com non-delivery-reports-in-exchange-online)',
      },
    ],
  },
  'exo.5.7.129-restricted-to-recipients': {
    source:
      "MicrosoftDocs/SupportArticles-docs Exchange/ExchangeOnline/email-delivery/ndr/fix-error-code-550-5-7-1-in-exchange-online.md (\"Your message couldn't be delivered to the recipient because you don't have permission to send to it. Ask the recipient's email admin to add you to the accept list for the recipient. For more information, see DSN 5.7.129 Errors ...\")",
    examples: [
      {
        line: '550 5.7.129 RESOLVER.RST.RestrictedToRecipientsPermission',
        status: '5.7.129',
        source: 'a reference-code test quoting an Exchange Online NDR (find_string id 70168116600)',
      },
    ],
  },
  'exo.5.7.133-group-external-senders': {
    source:
      'Exchange Online NDR table, learn.microsoft.com/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online (seed 001)',
    examples: [
      {
        line: '550 5.7.133 Sender not authenticated for group',
        status: '5.7.133',
        source:
          'Exchange Online NDR table (seed 001, learn.microsoft.com non-delivery-reports-in-exchange-online)',
      },
    ],
  },
  'exo.5.7.134-mailbox-external-senders': {
    source:
      'Exchange Online NDR table, learn.microsoft.com/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online (seed 001)',
    examples: [
      {
        line: '550 5.7.134 Sender was not authenticated for mailbox',
        status: '5.7.134',
        source:
          'Exchange Online NDR table (seed 001, learn.microsoft.com non-delivery-reports-in-exchange-online)',
      },
    ],
  },
  'exo.5.7.135-public-folder-external-senders': {
    source:
      'Exchange Online NDR table, learn.microsoft.com/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online (seed 001)',
    examples: [
      {
        line: '550 5.7.135 Sender was not authenticated for public folder',
        status: '5.7.135',
        source:
          'Exchange Online NDR table (seed 001, learn.microsoft.com non-delivery-reports-in-exchange-online)',
      },
    ],
  },
  'exo.5.7.136-mail-user-external-senders': {
    source:
      'Exchange Online NDR table, learn.microsoft.com/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online (seed 001)',
    examples: [
      {
        line: '550 5.7.136 Sender was not authenticated',
        status: '5.7.136',
        source:
          'Exchange Online NDR table (seed 001, learn.microsoft.com non-delivery-reports-in-exchange-online)',
      },
    ],
  },
  'exo.5.7.193-group-external-senders': {
    source:
      'Exchange Online NDR table, learn.microsoft.com/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online (seed 001)',
    examples: [
      {
        line: "550 5.7.193 UnifiedGroupAgent; Delivery failed because the sender isn't a group member or external senders aren't permitted to send to this group.",
        status: '5.7.193',
        source: 'Exchange Online NDR table (../shared/reference/provider-codes.tsv)',
      },
    ],
  },
  'exo.5.7.507-rejected-by-recipient': {
    source:
      'Exchange Online NDR table, learn.microsoft.com/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online (seed 001)',
    examples: [
      {
        line: '550 5.7.507 Access denied, rejected by recipient',
        status: '5.7.507',
        source:
          'Exchange Online NDR table (seed 001, learn.microsoft.com non-delivery-reports-in-exchange-online)',
      },
    ],
  },
  'exo.5.7.513-customer-block-list': {
    source:
      'Exchange Online NDR table, learn.microsoft.com/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online (seed 001)',
    examples: [
      {
        line: '550 5.7.513 Service unavailable, Client host [192.0.2.1] blocked by example.org using Customer Block list (AS16012607)',
        status: '5.7.513',
        source:
          'Exchange Online NDR table (seed 001, learn.microsoft.com non-delivery-reports-in-exchange-online)',
      },
      {
        line: '550 5.7.1 Service unavailable; Client host [192.0.2.1] blocked using Customer Block list (AS16012607)',
        status: '5.7.1',
        source:
          'Exchange Online Protection IP block lists, learn.microsoft.com (AS16012607, the tenant list)',
      },
    ],
  },
  'gmail.4.7.0-ip-not-allowlisted': {
    source: 'Gmail SMTP error reference, support.google.com/a/answer/3726730',
    examples: [
      {
        line: '421 4.7.0 IP not in whitelist for RCPT domain, closing connection.',
        status: '4.7.0',
        source: 'Gmail SMTP error reference, support.google.com/a/answer/3726730',
      },
    ],
  },
  'gmail.gcdp-admin-policy': {
    source: 'Gmail SMTP error reference, support.google.com/a/answer/3726730',
    examples: [
      {
        line: '550 5.7.1 This message violates example.com email policy. - gcdp <sessionid> - gsmtp',
        status: '5.7.1',
        source: 'Gmail SMTP error reference, support.google.com/a/answer/3726730',
      },
    ],
  },
  'mimecast.anti-spoofing': {
    source: "../shared/reference/provider-codes.tsv (vendors' published codes)",
    examples: [
      {
        line: '550 Rejected by header-based Anti-Spoofing policy',
        source: 'Mimecast SMTP error codes (provider-codes.tsv)',
      },
    ],
  },
  'mimecast.user-block-entry': {
    source: "../shared/reference/provider-codes.tsv (vendors' published codes)",
    examples: [
      { line: '550 Envelope blocked - User Entry', source: 'Mimecast SMTP error codes (provider-codes.tsv)' },
    ],
  },
  'text.policy-header-check': {
    source: "common wording of MTAs' refusals, pre-issue-9 word list (not yet traced row by row)",
  },
  'text.mailbox-filter': {
    source: "common wording of MTAs' refusals, pre-issue-9 word list (not yet traced row by row)",
  },
  'text.google-groups-no-permission': {
    source: 'Gmail SMTP error reference, support.google.com/a/answer/3726730',
    examples: [
      {
        line: "We're writing to let you know that the group you tried to contact (staff) may not exist, or you may not have permission to post messages to the group.",
        source: 'Google Groups bounce text (Gmail SMTP error reference, support.google.com/a/answer/3726730)',
      },
    ],
  },
  'text.gateway-recipient-policy': {
    source: "mail security gateways' documented replies (../shared/reference/provider-codes.tsv)",
    examples: [
      {
        line: '550 5.7.1 Recipient address rejected: BLOCK-SEND-ER',
        status: '5.7.1',
        source: 'Trend Micro Email Security error codes (../shared/reference/provider-codes.tsv)',
      },
    ],
  },
  'text.gmail-admin-policy': {
    source: 'Gmail SMTP error reference, support.google.com/a/answer/3726730',
    examples: [
      {
        line: '550 5.7.1 The user or domain that you are sending to (or from) has a policy that prohibits the email that you sent.',
        status: '5.7.1',
        source: 'Gmail SMTP error reference, support.google.com/a/answer/3726730',
      },
    ],
  },
  'text.orange-client-policy': {
    source: 'Orange postmaster error codes (../shared/reference/provider-codes.tsv)',
    examples: [
      {
        line: '554 5.7.1 Client host rejected LPN000_630',
        source: 'sisimai 4.25 lib/Sisimai/Rhost/FrancePTT.pm (the Orange and La Poste replies it quotes)',
      },
    ],
  },
  'text.mimecast-policy': {
    source: 'Mimecast SMTP error codes KB (../shared/reference/provider-codes.tsv)',
    examples: [
      { line: '554 Host network not allowed', source: 'Mimecast SMTP error codes (provider-codes.tsv)' },
    ],
  },
  'text.mta-not-member': {
    source: "classic MTAs' fixed wording (Sendmail, Postfix, Exim, qmail, Domino, dma), pre-issue-9 list",
    examples: [
      {
        line: 'You a@example.net are not member elena ML',
        source: 'fml mailing list server (libfml.pl): the deny-file reply to a non-member',
      },
      {
        line: 'The message is not from a list member',
        source: 'GNU Mailman 3 src/mailman/rules/moderation.py (NonmemberModeration)',
      },
      {
        line: 'Message has implicit destination',
        source:
          'GNU Mailman 2 Mailman/Handlers/Hold.py (ImplicitDestination); Mailman 3 rules/implicit_dest.py',
      },
      {
        line: 'Sorry, only subscribers may post. If you are a subscriber, please forward this message to',
        source: 'ezmlm-idx lang/en_US/messages (the post of a non-subscriber)',
      },
      {
        line: 'You are forbidden from posting messages to this list.',
        source: 'GNU Mailman 2 Mailman/Handlers/Hold.py (a banned poster)',
      },
      {
        line: 'Message sender alice@example.com is banned from this list',
        source: 'GNU Mailman 3 src/mailman/rules/banned_address.py',
      },
      {
        line: "Your message has been rejected, probably because you are not subscribed to the mailing list and the list's policy is to prohibit non-members from posting to it.",
        source: 'GNU Mailman 2 Mailman/Handlers/Moderate.py (do_reject)',
      },
      {
        line: 'You are not allowed to post to this mailing list From: a domain which publishes a DMARC policy of reject or quarantine, and your message has been automatically rejected.',
        source: "GNU Mailman's default notice when dmarc_moderation_action is reject",
      },
    ],
  },
  'text.recipient-policy': {
    source: "common wording of MTAs' refusals, pre-issue-9 word list (not yet traced row by row)",
    examples: [
      {
        line: '553 sorry, this MTA is a closed user group system (#5.7.1)',
        source: 'indimail/indimail-mta indimail-mta-x/smtpd.c (CUGMAIL)',
      },
      {
        line: '571 sorry, you are violating our security policies (#5.7.1 - chkuser)',
        source: 'chkuser 2.0 chkuser_settings.h (denislemire/netqmail) CHKUSER_INTRUSIONTHRESHOLD_STRING',
      },
      {
        line: '550 5.5.3 sorry, you are violating our security policies (chkuser)',
        status: '5.5.3',
        source: 'sagredo-dev/qmail chkuser_settings.h CHKUSER_MAXWRONGRCPT_STRING',
      },
      {
        line: 'You have not enough privilege to send mail to mail list staff@example.org, this mail list can only accept mails internal the domain.',
        source: 'grommunio/gromox data/mlist_bounce/ascii/BOUNCE_MLIST_DOMAIN',
      },
      {
        line: '很抱歉通知您，您没有足够的权限向“staff@example.org”这个邮件列表发送邮件，',
        source: 'grommunio/gromox data/mlist_bounce/gb2312/BOUNCE_MLIST_DOMAIN',
      },
      {
        line: 'ありません。システム管理員から送信権限を取得して頂いたら、',
        source:
          'grommunio/gromox data/mlist_bounce/euc-jp/BOUNCE_MLIST_DOMAIN (the line after "...のメールリストへの送信権限が")',
      },
      {
        line: '554 5.7.1 Email is not sent from the country',
        status: '5.7.1',
        source: 'milter-regex milter-regex.8 (EXAMPLES)',
      },
      {
        line: '554 5.7.1 Sender email address rejected',
        status: '5.7.1',
        source:
          "NethServer nethserver-mail filter/etc/e-smith/templates/etc/rspamd/local.d/force_actions.conf/30RejectFromBlacklist (REJECT_FROM_BLACKLIST: the admin's sender block list)",
      },
      {
        line: '521 Block permanently (Sender Filtering/Authentication)',
        source:
          'Trend Micro Deep Discovery Email Inspector 5.1 online help, "SMTP Error Codes" (docs.trendmicro.com/en-us/documentation/article/deep-discovery-email-inspector-51-online-help-smtp-error-codes)',
      },
      {
        line: '421 Block temporarily (Sender Filtering/Authentication)',
        source: 'the same DDEI 5.1 online help page',
      },
      {
        line: '550 Administrative prohibition',
        source: 'Exim src/src/smtp_in.c and receive.c (default text of an ACL deny)',
      },
      {
        line: '550 5.7.1 Sender email address is on SenderFilterConfig list',
        status: '5.7.1',
        source:
          "Exchange Server's Sender Filter agent (Set-SenderFilterConfig BlockedSenders); go-sisimai reason/why-rejected.go quotes its words",
      },
      {
        line: 'The user does not accept email in non-Western (non-Latin) character sets.',
        source: "PHPMailer-BMH phpmailer-bmh_rules.php, rule 0043's sample",
      },
      {
        line: '550 This domain does not accept unsigned bounces.',
        source: 'MailCleaner etc/exim/exim_stage1.conf_template (BATV check)',
      },
      {
        line: '550 Invalid reverse path signature.',
        source: 'MailCleaner etc/exim/exim_stage1.conf_template (BATV check)',
      },
      {
        line: '550 This domain does not accept sender addresses using capital letters',
        source: 'MailCleaner etc/exim/exim_stage1.conf_template',
      },
      {
        line: '550-You do not have permission to post a message to this mailbox. Please contact the owner of this mailbox in order to submit your message',
        source: 'cyrus-imapd imap/lmtp_err.et',
      },
      {
        line: 'The message could not be delivered because you do not have create permissions on this folder or it is only available to folder owners at this time',
        source: 'Microsoft KB (Exchange 5.5 public folder permissions), archived',
      },
      {
        line: "Sorry, I've been told to reject your posts. Contact cats-owner@lists.example.org if you have questions about this.",
        source: 'ezmlm-idx lang/en_US/messages (TXT_REJECT_POSTS)',
      },
      {
        line: 'Blind carbon copies or other implicit destinations are not allowed. Try reposting your message by explicitly including the list address in the To: or Cc: fields.',
        source: 'Mailman 2.1 Mailman/Handlers/Hold.py (ImplicitDestination)',
      },
      { line: 'cats@lists.example.org is a subscribers only list', source: 'mlmmj listtexts/en/subonlypost' },
      {
        line: 'In order to post to this list, the list address must be contained in either the To: or Cc: header.',
        source: 'mlmmj listtexts/en/notintocc',
      },
      {
        line: '550 5.7.1 |/usr/bin/vacation... Cannot mail directly to programs',
        status: '5.7.1',
        source: 'sendmail recipient.c',
      },
      {
        line: 'Your IP address, client hostname, From header, or envelope sender was denylisted by admins of example.org',
        status: '5.0.0',
        source: 'forwardemail/forwardemail.net helpers/on-data-mx.js',
      },
      {
        line: '550 SL E514 Email sent to noreply address',
        status: '5.0.0',
        source: 'simple-login/app app/email/status.py',
      },
    ],
  },
  'broad.policy': {
    source: "common wording of MTAs' refusals, pre-issue-9 word list (broad words)",
    examples: [
      {
        line: '550 5.7.1 Message rejected',
        status: '5.7.1',
        source:
          'Zimbra store/src/java/com/zimbra/cs/lmtpserver/LmtpReply.java (PERMANENT_MESSAGE_REFUSED, a Sieve reject)',
      },
    ],
  },
  'exo.5.0.350-generic': {
    source:
      'Exchange Online NDR table, learn.microsoft.com/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online (seed 001)',
    examples: [
      {
        line: '550 5.0.350 Generic error',
        status: '5.0.350',
        source:
          'Exchange Online NDR table (seed 001, learn.microsoft.com non-delivery-reports-in-exchange-online)',
      },
    ],
  },
  'sysexits.77-noperm': {
    source:
      'postfix src/global/sys_exits.c (sendmail-compatible exit status table); sendmail deliver.c writes the mailer exit status after "X-Unix;" (EX_NOPERM 77: 5.7.0 "permission denied")',
    examples: [{ line: 'X-Unix; 77', source: 'sendmail deliver.c; sysexits.h EX_NOPERM 77' }],
  },
  'exo.5.4.316-expired-connection-refused': {
    source:
      'Exchange Online NDR table, learn.microsoft.com/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online (seed 001)',
    examples: [
      {
        line: '550 5.4.316 Message expired, connection refused(Socket error code 10061)',
        status: '5.4.316',
        source: 'Exchange Online observed replies (../shared/reference/provider-codes.tsv)',
      },
    ],
  },
  'exo.5.4.312-expired-dns-query-failed': {
    source:
      'Exchange Online NDR table, learn.microsoft.com/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online (seed 001)',
    examples: [
      {
        line: '550 5.4.312 Message expired, DNS query failed',
        status: '5.4.312',
        source: 'Exchange Online observed replies (../shared/reference/provider-codes.tsv)',
      },
    ],
  },
  'exo.4.4.7-message-expired': {
    source:
      'Exchange Online NDR table, learn.microsoft.com/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online (seed 001)',
    examples: [
      {
        line: '4.4.7 Message expired',
        status: '4.4.7',
        source:
          'Exchange Online NDR table (seed 001, learn.microsoft.com non-delivery-reports-in-exchange-online)',
      },
    ],
  },
  'exo.5.4.300-message-expired': {
    source:
      'Exchange Online NDR table, learn.microsoft.com/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online (seed 001)',
    examples: [
      {
        line: '550 5.4.300 Message expired',
        status: '5.4.300',
        source:
          'Exchange Online NDR table (seed 001, learn.microsoft.com non-delivery-reports-in-exchange-online)',
      },
    ],
  },
  'exchange.queue-expired': {
    source:
      'Exchange transport component tokens in NDRs (learn.microsoft.com Exchange NDR pages; ../shared/reference/provider-codes.tsv)',
    examples: [
      {
        line: '550 4.4.7 QUEUE.Expired; message expired',
        source:
          'Exchange Server NDR text "QUEUE.Expired; message expired" (learn.microsoft.com Exchange NDR pages; ../shared/reference/provider-codes.tsv 4.4.7)',
      },
    ],
  },
  'text.ses-delivery-expired': {
    source:
      'Amazon SES notification contents (bounce types), docs.aws.amazon.com/ses/latest/dg/notification-contents.html',
  },
  'text.dns-or-host-unreachable': {
    source:
      "Gmail SMTP error reference, support.google.com/a/answer/3726730; Zoho Mail's failure notice ('Host not reachable.')",
    examples: [
      {
        line: 'DNS Error: Could not contact DNS servers',
        source:
          "Gmail's delivery status notification (test/fixtures/variants/gmail/09-dns-could-not-contact.eml)",
      },
      {
        line: 'Host not reachable',
        source: "Zoho Mail's failure notice (test/fixtures/variants/zoho/03-host-not-reachable-final.eml)",
      },
    ],
  },
  'gmail.no-connection-retrying': {
    source:
      'Gmail\'s delay notification ("Delivery incomplete", support.google.com/mail/answer/7720): the sentence with Status 4.4.1',
    examples: [
      {
        line: 'The recipient server did not accept our requests to connect. Learn more at https://support.google.com/mail/answer/7720 [mx.example.net. 192.0.2.91: timed out]',
        status: '4.4.1',
        source:
          "Gmail's delay notification (test/fixtures/variants/googleworkspace/06-delivery-incomplete-delay.eml)",
      },
    ],
  },
  'text.gmail-no-connection': {
    source:
      "Gmail's delivery status notification text (support.google.com/mail/answer/7720), the server's own reply or Gmail's reason in brackets after it",
    examples: [
      {
        line: 'The recipient server did not accept our requests to connect. Learn more at https://support.google.com/mail/answer/7720',
        source: 'Gmail delivery status notification text (support.google.com/mail/answer/7720)',
      },
    ],
  },
  'text.connect-gave-up': {
    source:
      'common wording of MTAs\' refusals, pre-issue-9 word list (not yet traced row by row); traced: postfix src/smtp/smtp_connect.c ("connect to %s[%s]:%d: %m")',
    examples: [
      {
        line: 'connect to mx.example.org[192.0.2.1]:25: Connection refused',
        status: '4.4.1',
        source: 'postfix smtp_connect.c',
      },
      {
        line: 'lost connection with mx.example.net[192.0.2.25] while receiving the initial server greeting',
        status: '4.4.2',
        source: 'postfix src/smtp/smtp_trouble.c ("lost connection with %s while %s")',
      },
      {
        line: 'Connection reset by mx.example.net',
        status: '4.4.2',
        source: 'sendmail src/err.c sm_errstring',
      },
    ],
  },
  'text.mta-queue-timeout': {
    source:
      'classic MTAs\' fixed wording (Sendmail, Postfix, Exim, qmail, Domino, dma), pre-issue-9 list; traced: Exim src/src/deliver.c ("retry timeout exceeded")',
    examples: [
      { line: 'retry timeout exceeded', source: 'Exim deliver.c' },
      {
        line: 'The maximum number of delivery attempts has been reached',
        source: 'XMail QueueUtils.cpp (the final notice after the last retry)',
      },
      {
        line: 'Status: 5.0.0 (unable to deliver this message after 18 hours)',
        source: 'Ecartis modules/bouncer (bouncer.c reads the reason from the Status comment)',
      },
    ],
  },
  'text.mta-queue-hours': {
    source: "classic MTAs' fixed wording (Sendmail, Postfix, Exim, qmail, Domino, dma), pre-issue-9 list",
    examples: [
      {
        line: 'Message could not be delivered for 4 hours',
        source: 'sendmail envelope.c (deepin-community/sendmail 8.17), Timeout.queuereturn given in hours',
      },
    ],
  },
  'text.mta-queue-days': {
    source: "classic MTAs' fixed wording (Sendmail, Postfix, Exim, qmail, Domino, dma), pre-issue-9 list",
    examples: [
      {
        line: 'Message could not be delivered for 5 days',
        source: 'sendmail envelope.c (deepin-community/sendmail 8.17)',
      },
    ],
  },
  'text.expired': {
    source: "common wording of MTAs' refusals, pre-issue-9 word list (not yet traced row by row)",
    examples: [
      { line: 'retry time not reached', source: 'Exim src/deliver.c' },
      {
        line: "554 Message can't be delivered in time; 3600 < 7200",
        source: 'sendmail deliver.c (DELIVERBY)',
      },
      { line: 'Message will be deleted from queue', source: 'sendmail envelope.c' },
      {
        line: '- "bob@example.org" (email) failed repeatedly and timed out, last error: connection refused',
        status: '5.0.0',
        source: 'chasquid internal/queue/dsn.go (albertito/chasquid)',
      },
      {
        line: 'This message has been retried for the maximum period of 5 days and has permanently failed',
        status: '5.0.0',
        source: 'forwardemail/forwardemail.net jobs/send-emails (retry lifetime)',
      },
    ],
  },
  'broad.expired': {
    source: "common wording of MTAs' refusals, pre-issue-9 word list (broad words)",
  },
  'imail.delivery-failed-attempts': {
    source:
      'Ipswitch IMail Server (SMTP32): "Delivery failed <n> attempts: <address>" when its retries run out; sisimai lib/Sisimai/Lhost/IMailServer.pm reads the same line as expired',
    examples: [
      {
        line: 'Delivery failed 3 attempts',
        source: 'IMail Server retry notice (sisimai Lhost/IMailServer.pm, $refailures expired)',
      },
    ],
  },
  'sisimai.expired-gateway': {
    source:
      'sisimai 4.25 (libsisimai-perl), lib/Sisimai/Reason/Expired.pm: a gateway that found no route for the recipient in its retry period',
    examples: [
      {
        line: 'Could not find a gateway for bob@example.org',
        source: 'sisimai 4.25 lib/Sisimai/Reason/Expired.pm',
      },
    ],
  },
  'smtp.gave-up-attempts': {
    source:
      'MTAs that stop retrying after a count, not a time (qmail-remote/qmail-send "giving up", dma "gave up", Domino and MDaemon "attempts")',
    examples: [{ line: 'gave up after 5 attempts', source: 'delivery count limits (qmail, dma, MDaemon)' }],
  },
  'i18n.delayed': {
    source:
      'translation of the English wording "delivery delayed" / "not yet delivered" (a delay report stays "delayed")',
    examples: [
      {
        line: 'Zustellung verzögert',
        source: 'translation of the English wording "delivery delayed" (German)',
      },
    ],
  },
  'exo.5.4.14-routing-loop': {
    source:
      'Exchange Online NDR table, learn.microsoft.com/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online (seed 001)',
    examples: [
      {
        line: '554 5.4.14 Hop count exceeded - possible mail loop',
        status: '5.4.14',
        source:
          'Exchange Online NDR table (seed 001, learn.microsoft.com non-delivery-reports-in-exchange-online)',
      },
      {
        line: 'A configuration error in the e-mail system caused the message to bounce between two servers or to be forwarded between two recipients. Contact your administrator. #5.4.6',
        status: '5.4.6',
        source:
          'An Exchange 2003 NDR quoted at 365ology.com, "Hybrid mail flow with Exchange 2003" (event 3020: a forward loop found by the categorizer)',
      },
    ],
  },
  'exchange-ims.00120270-too-many-hops': {
    source:
      'Exchange transport component tokens in NDRs (learn.microsoft.com Exchange NDR pages; ../shared/reference/provider-codes.tsv)',
    examples: [
      {
        line: 'MSEXCH:IMS:Org Name:Site Name:Server Name 0 (00120270) Too Many Hops',
        source:
          'Microsoft KB Q190021 (XADM: Messages Sitting in IMS Inbound Queue Waiting Delivery), the notification it quotes',
      },
    ],
  },
  'exchange.5.3.5-system-incorrectly-configured': {
    source:
      'Exchange Server on-premises NDR texts (learn.microsoft.com; ../shared/reference/provider-codes.tsv)',
    examples: [
      {
        line: '554 5.3.5 System incorrectly configured',
        status: '5.3.5',
        source: 'Exchange Server NDR texts (../shared/reference/provider-codes.tsv, learn.microsoft.com)',
      },
    ],
  },
  'text.gmail-loop': {
    source: 'Gmail SMTP error reference, support.google.com/a/answer/3726730',
    examples: [
      {
        line: '554 5.4.6 Message exceeded 50 hops, this may indicate an email loop.',
        source: 'Gmail SMTP error reference, support.google.com/a/answer/3726730',
      },
    ],
  },
  'text.mail-loop': {
    source:
      'common wording of MTAs\' refusals, pre-issue-9 word list (not yet traced row by row); traced: Courier ("546 Routing loop detected -- too many Received: headers."); Haraka connection.js; Stalwart ("Too many Received headers. Possible loop detected.")',
    examples: [
      { line: '546 Routing loop detected -- too many Received: headers.', source: 'Courier' },
      { line: '550 Too many received headers - possible mail loop', source: 'Haraka connection.js' },
      {
        line: '450 4.4.6 Too many Received headers. Possible loop detected.',
        status: '4.4.6',
        source: 'Stalwart crates/smtp/src/inbound/data.rs',
      },
      {
        line: '554 5.5.6 Loop detection',
        status: '5.5.6',
        source:
          "Hornetsecurity (antispameurope) reason codes, as its reseller's table lists them (support.everycloud.com, workspace classification codes)",
      },
      {
        line: '554 5.0.0 MX list for example.org. points back to mail01.example.net',
        status: '5.0.0',
        source: "sendmail domain.c (getmxrr), as PHPMailer-BMH's rule 0199 quotes it",
      },
      {
        line: 'Attempt made to transfer message to self via SMTP. Possible DNS configuration error.',
        source: 'Notes C API IRouteErr (domino-jna IRouteErr.java)',
      },
      {
        line: 'remote_smtp transport found host mx.example.net to be local',
        source: 'Exim src/src/transports/smtp.c',
      },
      { line: ':include: nesting limit exceeded', source: 'postfix src/local/include.c' },
      { line: 'recipient nesting limit exceeded', source: 'postfix src/local/recipient.c' },
      { line: '250 SL E209 Email Loop', status: '2.0.0', source: 'simple-login/app app/email/status.py' },
      { line: 'excessive recursion', source: 'CiviCRM xml/templates/civicrm_data.tpl (Loop)' },
      {
        line: 'message was forwarded more than the maximum allowed times',
        source: 'CiviCRM xml/templates/civicrm_data.tpl (Loop)',
      },
    ],
  },
  'exo.4.4.316-connection-refused': {
    source:
      'Exchange Online NDR table, learn.microsoft.com/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online (seed 001)',
    examples: [
      {
        line: '451 4.4.316 Connection refused [Message=Socket error code 10061]',
        status: '4.4.316',
        source:
          'Exchange Online NDR table (seed 001, learn.microsoft.com non-delivery-reports-in-exchange-online)',
      },
    ],
  },
  'exo.4.4.317-untrusted-root': {
    source:
      'Exchange Online NDR table, learn.microsoft.com/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online (seed 001)',
    examples: [
      {
        line: '450 4.4.317 Cannot connect to remote server [Message=UntrustedRoot]',
        status: '4.4.317',
        source: 'Exchange Online observed replies (../shared/reference/provider-codes.tsv)',
      },
    ],
  },
  'exo.4.4.318-connection-closed-abruptly': {
    source:
      'Microsoft Learn, Mail flow intelligence in EOP (MicrosoftDocs/defender-docs defender-office-365/connectors-mail-flow-intelligence.md): "Error code: 450 4.4.318 Connection was closed abruptly"',
    examples: [
      {
        line: '450 4.4.318 Connection was closed abruptly',
        status: '4.4.318',
        source: 'Microsoft Learn connectors-mail-flow-intelligence',
      },
    ],
  },
  'exo.4.4.312-dns-query-failed': {
    source:
      'Exchange Online NDR table, learn.microsoft.com/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online (seed 001)',
    examples: [
      {
        line: '451 4.4.312 DNS query failed [Message=InfoNoRecords]',
        status: '4.4.312',
        source: 'Exchange Online observed replies (../shared/reference/provider-codes.tsv)',
      },
    ],
  },
  'exo.4.4.8-mta-sts-mx': {
    source:
      'Exchange Online NDR table, learn.microsoft.com/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online (seed 001)',
    examples: [
      {
        line: '451 4.4.8 MX hosts of example.org failed MTA-STS validation',
        status: '4.4.8',
        source:
          'Exchange Online NDR table (seed 001, learn.microsoft.com non-delivery-reports-in-exchange-online)',
      },
    ],
  },
  'exo.4.7.5-mta-sts-certificate': {
    source:
      'Exchange Online NDR table, learn.microsoft.com/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online (seed 001)',
    examples: [
      {
        line: '451 4.7.5 Remote certificate failed MTA-STS validation. Reason: CertificateExpired',
        status: '4.7.5',
        source:
          'Exchange Online NDR table (seed 001, learn.microsoft.com non-delivery-reports-in-exchange-online)',
      },
    ],
  },
  'exo.4.7.321-starttls-not-supported': {
    source:
      'Exchange Online NDR table, learn.microsoft.com/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online (seed 001)',
    examples: [
      {
        line: '451 4.7.321 starttls-not-supported: Destination mail server must support TLS to receive mail.',
        status: '4.7.321',
        source:
          'Exchange Online NDR table (seed 001, learn.microsoft.com non-delivery-reports-in-exchange-online)',
      },
    ],
  },
  'exo.5.7.321-starttls-not-supported': {
    source:
      'Exchange Online NDR table, learn.microsoft.com/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online (seed 001)',
    examples: [
      {
        line: '550 5.7.321 starttls-not-supported: Destination mail server must support TLS to receive mail.',
        status: '5.7.321',
        source:
          'Exchange Online NDR table (seed 001, learn.microsoft.com non-delivery-reports-in-exchange-online)',
      },
    ],
  },
  'exo.4.7.322-certificate-expired': {
    source:
      'Exchange Online NDR table, learn.microsoft.com/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online (seed 001)',
    examples: [
      {
        line: "451 4.7.322 certificate-expired: Destination mail server's certificate is expired.",
        status: '4.7.322',
        source:
          'Exchange Online NDR table (seed 001, learn.microsoft.com non-delivery-reports-in-exchange-online)',
      },
    ],
  },
  'exo.5.7.322-certificate-expired': {
    source:
      'Exchange Online NDR table, learn.microsoft.com/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online (seed 001)',
    examples: [
      {
        line: "550 5.7.322 certificate-expired: Destination mail server's certificate is expired.",
        status: '5.7.322',
        source:
          'Exchange Online NDR table (seed 001, learn.microsoft.com non-delivery-reports-in-exchange-online)',
      },
    ],
  },
  'exo.4.7.323-tlsa-invalid': {
    source:
      'Exchange Online NDR table, learn.microsoft.com/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online (seed 001)',
    examples: [
      {
        line: '451 4.7.323 tlsa-invalid: The domain failed DANE validation.',
        status: '4.7.323',
        source:
          'Exchange Online NDR table (seed 001, learn.microsoft.com non-delivery-reports-in-exchange-online)',
      },
    ],
  },
  'exo.5.7.323-tlsa-invalid': {
    source:
      'Exchange Online NDR table, learn.microsoft.com/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online (seed 001)',
    examples: [
      {
        line: '550 5.7.323 tlsa-invalid: The domain failed DANE validation.',
        status: '5.7.323',
        source:
          'Exchange Online NDR table (seed 001, learn.microsoft.com non-delivery-reports-in-exchange-online)',
      },
    ],
  },
  'exo.4.7.324-dnssec-invalid': {
    source:
      'Exchange Online NDR table, learn.microsoft.com/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online (seed 001)',
    examples: [
      {
        line: '451 4.7.324 dnssec-invalid: Destination domain returned invalid DNSSEC records',
        status: '4.7.324',
        source:
          'Exchange Online NDR table (seed 001, learn.microsoft.com non-delivery-reports-in-exchange-online)',
      },
    ],
  },
  'exo.5.7.324-dnssec-invalid': {
    source:
      'Exchange Online NDR table, learn.microsoft.com/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online (seed 001)',
    examples: [
      {
        line: '550 5.7.324 dnssec-invalid: Destination domain returned invalid DNSSEC records',
        status: '5.7.324',
        source:
          'Exchange Online NDR table (seed 001, learn.microsoft.com non-delivery-reports-in-exchange-online)',
      },
    ],
  },
  'exo.4.7.325-certificate-host-mismatch': {
    source:
      'Exchange Online NDR table, learn.microsoft.com/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online (seed 001)',
    examples: [
      {
        line: '451 4.7.325 certificate-host-mismatch: Remote certificate MUST have a common name or subject alternative name matching the hostname (DANE)',
        status: '4.7.325',
        source:
          'Exchange Online NDR table (seed 001, learn.microsoft.com non-delivery-reports-in-exchange-online)',
      },
    ],
  },
  'exo.5.7.325-certificate-host-mismatch': {
    source:
      'Exchange Online NDR table, learn.microsoft.com/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online (seed 001)',
    examples: [
      {
        line: '550 5.7.325 certificate-host-mismatch: Remote certificate MUST have a common name or subject alternative name matching the hostname (DANE)',
        status: '5.7.325',
        source:
          'Exchange Online NDR table (seed 001, learn.microsoft.com non-delivery-reports-in-exchange-online)',
      },
    ],
  },
  'exo.5.3.190-journaling': {
    source:
      'Exchange Online NDR table, learn.microsoft.com/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online (seed 001)',
    examples: [
      {
        line: '550 5.3.190 Journaling on-premises messages to Microsoft 365 or Office 365 not supported when Journaling Archive is disabled',
        status: '5.3.190',
        source:
          'Exchange Online NDR table (seed 001, learn.microsoft.com non-delivery-reports-in-exchange-online)',
      },
    ],
  },
  'exo.5.4.8-mta-sts-mx': {
    source:
      'Exchange Online NDR table, learn.microsoft.com/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online (seed 001)',
    examples: [
      {
        line: '550 5.4.8 MX hosts of example.org failed MTA-STS validation',
        status: '5.4.8',
        source:
          'Exchange Online NDR table (seed 001, learn.microsoft.com non-delivery-reports-in-exchange-online)',
      },
    ],
  },
  'exo.5.7.5-mta-sts-certificate': {
    source:
      'Exchange Online NDR table, learn.microsoft.com/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online (seed 001)',
    examples: [
      {
        line: '550 5.7.5 Remote certificate failed MTA-STS validation. Reason: CertificateExpired',
        status: '5.7.5',
        source:
          'Exchange Online NDR table (seed 001, learn.microsoft.com non-delivery-reports-in-exchange-online)',
      },
    ],
  },
  'exo.5.7.510-no-ipv6': {
    source:
      'Exchange Online NDR table, learn.microsoft.com/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online (seed 001)',
    examples: [
      {
        line: '550 5.7.510 Access denied, [contoso.com] does not accept email over IPv6',
        status: '5.7.510',
        source:
          'Exchange Online NDR table (seed 001, learn.microsoft.com non-delivery-reports-in-exchange-online)',
      },
    ],
  },
  'exo.4.4.4-no-mail-enabled-subscriptions': {
    source:
      'Exchange Online NDR table, learn.microsoft.com/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online (seed 001)',
    examples: [
      {
        line: '451 4.4.4 Mail received as unauthenticated, incoming to a recipient domain configured in a hosted tenant which has no mail-enabled subscriptions. ATTR5',
        source: 'Exchange Online reply quoted in a Gmail delay notice (2026)',
      },
    ],
  },
  'exchange.resolver-adr-unresolvable': {
    source:
      'Exchange transport component tokens in NDRs (learn.microsoft.com Exchange NDR pages; ../shared/reference/provider-codes.tsv)',
    examples: [
      {
        line: '550 5.1.0 RESOLVER.ADR.InvalidInSmtp; encapsulated INVALID address inside an SMTP address (IMCEAINVALID-)',
        status: '5.1.0',
        source:
          'Exchange Server transport SmtpResponse EncapsulatedInvalidAddress (decompiled Microsoft.Exchange.Data.Transport)',
      },
    ],
  },
  'exchange.5.1.4-address-ambiguous': {
    source:
      'RFC 3463 3.2 X.1.4 "Destination mailbox address ambiguous"; MicrosoftDocs/OfficeDocs-Exchange ExchangeServer/mail-flow/non-delivery-reports-and-bounce-messages/ndr-procedures.md (5.1.4 NDRs go to the Exchange recipient, the administrators, by default); go-sisimai rhost/for-microsoft.go (5.1.4 "destination mailbox address ambiguous", previous versions of Exchange Server, a system error)',
    examples: [
      {
        line: "Remote Server returned '550 5.1.4 Destination mailbox address ambiguous'",
        status: '5.1.4',
        source: 'go-sisimai rhost/for-microsoft.go (Exchange Server NDR text)',
      },
    ],
  },
  'exchange.resolver-adr-badprimary': {
    source:
      'Exchange transport component tokens in NDRs (learn.microsoft.com Exchange NDR pages; ../shared/reference/provider-codes.tsv)',
    examples: [
      {
        line: '550 5.2.0 RESOLVER.ADR.BadPrimary',
        status: '5.2.0',
        source:
          'Microsoft Learn, Remote Server returned 550 5.2.0 RESOLVER.ADR.BadPrimary in Microsoft 365 (MicrosoftDocs)',
      },
    ],
  },
  'exchange.transport-misconfigured': {
    source:
      'Exchange Server transport SmtpResponse constants (decompiled Microsoft.Exchange.Transport AckReason: NoConnectorForAddressType, DnsInvalidData, UnencapsulatableTargetAddress, ContactChain*, Contact*TargetAddress, ModerationNoArbitrationAddress, NoModeratorAddresses); MicrosoftDocs/SupportArticles-docs Exchange/ExchangeOnline/email-delivery/ndr/550-5-6-0-approval-invalidexpiry-cannot-read-expiry-poilcy-error.md',
    examples: [
      {
        line: '550 5.4.4 ROUTING.NoConnectorForAddressType; unable to route for address type',
        status: '5.4.4',
        source: 'AckReason.NoConnectorForAddressType',
      },
      {
        line: '554 5.4.4 SMTPSEND.DNS.InvalidData; DNS returned an invalid response for this domain',
        status: '5.4.4',
        source: 'AckReason.DnsInvalidData',
      },
      {
        line: "550 5.2.0 RESOLVER.CON.UnencapTarget; contact's configured external address is unroutable",
        status: '5.2.0',
        source: 'AckReason.UnencapsulatableTargetAddress',
      },
      {
        line: '550 5.2.0 Resolver.MT.NoModeratorAddresses; No moderator addresses for approval process',
        status: '5.2.0',
        source: 'AckReason.NoModeratorAddresses',
      },
      {
        line: "Remote Server returned '550 5.6.0 APPROVAL.InvalidExpiry; Cannot read expiry policy. [Stage: OnCreatedEvent][Agent: Approval Processing Agent]",
        status: '5.6.0',
        source:
          'MicrosoftDocs/SupportArticles-docs 550-5-6-0-approval-invalidexpiry-cannot-read-expiry-poilcy-error.md (KB 4492048)',
      },
    ],
  },
  'exchange.smtpsend-dns-mxloopback': {
    source:
      'Exchange transport component tokens in NDRs (learn.microsoft.com Exchange NDR pages; ../shared/reference/provider-codes.tsv)',
    examples: [
      {
        line: '#554 5.4.4 SMTPSEND.DNS.MxLoopback; DNS records for this domain are configured in a loop ##',
        source: 'Exchange 2010 NDR quoted in se.au/notes/hosted-exchange-undeliverable-mail (search: pages)',
      },
    ],
  },
  'exchange-ims.00010256-too-many-recipients': {
    source:
      'Exchange transport component tokens in NDRs (learn.microsoft.com Exchange NDR pages; ../shared/reference/provider-codes.tsv)',
    examples: [
      {
        line: 'MSEXCH:IMS:Organization:SITE:DESTSRVR 0 (00010256) Too many recipients.',
        source:
          'Microsoft KB Q246051 (XIMS: No NDR If SMTP Msg Exceeds Max Recipients on Submit), the NDR it quotes',
      },
    ],
  },
  'exchange-ims.000d06b5-no-proxy': {
    source:
      'Exchange transport component tokens in NDRs (learn.microsoft.com Exchange NDR pages; ../shared/reference/provider-codes.tsv)',
    examples: [
      {
        line: 'MSEXCH:IMS:Microsoft:SITE:SERVER 0 (000D06B5) No proxy for Recipient',
        source:
          'Microsoft KB (Exchange Server 5.5 Internet Mail Service), the NDR it quotes: Unable to deliver the message due to a communications failure',
      },
    ],
  },
  'exchange.4.3.1-insufficient-resources': {
    source:
      'Exchange Server on-premises NDR texts (learn.microsoft.com; ../shared/reference/provider-codes.tsv)',
    examples: [
      {
        line: '452 4.3.1 Insufficient system resources',
        status: '4.3.1',
        source: 'Exchange Server NDR texts (../shared/reference/provider-codes.tsv, learn.microsoft.com)',
      },
    ],
  },
  'exchange.storedrv-no-mdb': {
    source:
      'Exchange Server 2010+ store driver deferral (STOREDRV.Deliver) as go-sisimai reason/why-systemerror.go quotes it',
    examples: [
      {
        line: '451 4.2.0 STOREDRV.Deliver; Recipient deferred because there is no Mdb',
        status: '4.2.0',
        source: 'go-sisimai reason/why-systemerror.go ("recipient deferred because there is no mdb")',
      },
    ],
  },
  'text.gateway-verify-pending': {
    source: "mail security gateways' documented replies (../shared/reference/provider-codes.tsv)",
    examples: [
      {
        line: '421 4.1.1 Recipient address rejected: unverified address',
        status: '4.1.1',
        source: 'Proofpoint (provider-codes.tsv)',
      },
    ],
  },
  'text.gateway-license': {
    source: "mail security gateways' documented replies (../shared/reference/provider-codes.tsv)",
    examples: [{ line: '422 License Expired', source: 'Barracuda (provider-codes.tsv)' }],
  },
  'text.mimecast-busy': {
    source: 'Mimecast SMTP error codes KB (../shared/reference/provider-codes.tsv)',
    examples: [
      {
        line: '451 Unable to process connection at this time',
        source: 'Mimecast SMTP error codes (provider-codes.tsv)',
      },
    ],
  },
  'text.remote-no-tls': {
    source: "common wording of MTAs' refusals, pre-issue-9 word list (not yet traced row by row)",
  },
  'text.orange-refused-system': {
    source: 'Orange postmaster error codes (../shared/reference/provider-codes.tsv)',
    examples: [
      {
        line: '421 4.2.0 Service refuse. Veuillez essayer plus tard. Service refused, please try later. OFR005_505 [505] (in reply to end of DATA command)',
        source: 'sisimai 4.25 lib/Sisimai/Rhost/FrancePTT.pm (the Orange and La Poste replies it quotes)',
      },
    ],
  },
  'text.mta-system': {
    source:
      'classic MTAs\' fixed wording (Sendmail, Postfix, Exim, qmail, Domino, dma), pre-issue-9 list; traced: postfix dns_lookup.c ("Host not found, try again"); cyrus-imapd imap/lmtpengine.c (strerror(ENOSPC) "No space left on device": the server\'s file system)',
    examples: [
      {
        line: '451 4.2.1 Mailbox has been moved to another server',
        source: 'cyrusimap/cyrus-imapd imap/imap_err.et + imap/lmtp_err.et',
      },
      {
        line: 'One or more arguments in the recipient was detected as being invalid MSEXCH:MSExchangeIS:Example:GATE',
        source:
          "Microsoft KB 156710 (Exchange 5.5's information store, a custom recipient's X.400 address the IMC cannot use), the NDR it quotes",
      },
      {
        line: 'Host or domain name not found. Name service error for name=example.org type=MX: Host not found, try again',
        status: '4.4.3',
        source: 'postfix smtp_addr.c',
      },
      {
        line: 'can not open new email file errno=13 file=/home/vpopmail/domains/example.org/0/bob/Maildir/tmp/1155254417.28358.mx05,S=212350',
        source: "vpopmail vdelivermail.c, as PHPMailer-BMH's rule 0173 quotes it",
      },
      {
        line: 'can\'t create user output file. Command output: procmail: No space left to finish writing "/var/mail/bob"',
        status: '5.2.0',
        source:
          'go-sisimai lda/lib.go (procmail "systemfull"); postfix global/pipe_command.c, sys_exits.c EX_CANTCREAT',
      },
      {
        line: '451 4.3.1 cannot create temporary file: No space left on device',
        status: '4.3.1',
        source:
          'cyrusimap/cyrus-imapd imap/lmtpengine.c savemsg (ENOSPC: "451 4.3.%c cannot create temporary file: %s")',
      },
      {
        line: 'Remote server closed connection.',
        source: 'hmailserver source/Server/SMTP/SMTPClientConnection.cpp',
      },
      { line: 'Internal quota calculation error', source: 'dovecot/core src/plugins/quota/quota.c' },
      { line: 'Auto creation of maildir failed. (#5.9.8)', source: 'vpopmail vdelivermail.c' },
      {
        line: 'procmail: Insufficient privileges to deliver to "/var/mail/kim"',
        source: 'procmail src/procmail.c',
      },
      { line: 'maildrop: Unable to open mailbox.', source: 'courier-libs maildrop/deliver.C' },
      { line: 'maildrop: Temporary authentication failure.', source: 'courier-libs maildrop/main.C' },
      { line: 'maildrop: Unable to change to home directory.', source: 'courier-libs maildrop/main.C' },
      {
        line: 'DNSSEC-Invalid: Destination domain returned invalid DNSSEC records',
        source:
          'Exchange Online NDR reference (learn.microsoft.com, non-delivery-reports-in-exchange-online)',
      },
      {
        line: 'The recipient could not be processed due to congestion in the message transfer service. MSEXCH:MSExchangeMTA:SITE:SERVER',
        source:
          'Microsoft KB Q230497 (XCON: MTA sends NDR: message transfer service congestion), Exchange 5.5',
      },
      { line: 'X-Sympa; Message cannot be personalized', status: '5.6.5', source: 'Sympa src/lib/Sympa.pm' },
      { line: 'vdelivermail: deferred, database down', source: 'vpopmail vdelivermail.c' },
      { line: 'procmail: Lock failure on "/var/mail/kim.lock"', source: 'procmail src/locking.c' },
      {
        line: 'Ihre E-Mail wurde abgewiesen, weil unser System aufgrund einer generellen \u00dcberlastsituation die Annahme tempor\u00e4r verweigert hat',
        source: 'WEB.DE postmaster, Fehlermeldungen (postmaster.web.de/de/fehlermeldungen)',
      },
      {
        line: "Recipient's Domino Directory entry does not specify a valid Notes mail file",
        source:
          'HCL Notes C API router error texts (IRouteErr), as in klehmann/domino-jna errors/errortexts/IRouteErr.java',
      },
      {
        line: 'Insufficient queue space - Router message queue is full.',
        source: 'Notes C API IRouteErr (domino-jna IRouteErr.java)',
      },
      {
        line: 'Unable to open mailbox file mail2.box',
        source: 'Notes C API IRouteErr (domino-jna IRouteErr.java)',
      },
      {
        line: 'File not found or not a Notes database',
        source: 'Notes C API INsfErr (domino-jna INsfErr.java)',
      },
      { line: 'Remote system no longer responding', source: 'Notes C API INetErr (domino-jna INetErr.java)' },
      {
        line: 'SMTP error from remote mail server after RCPT TO:<bob@example.net>: Remote host closed connection in response to RCPT TO:<bob@example.net>',
        source: 'Exim src/src/transports/smtp.c',
      },
      {
        line: 'SMTP timeout after initial connection',
        source: 'Exim src/src/transports/smtp.c (check_response)',
      },
      { line: 'Host mx.example.net is down', source: 'sendmail err.c' },
      {
        line: 'a TLS session is required, but the server did not offer TLS support',
        source: 'Exim src/src/transports/smtp.c',
      },
      { line: 'Cannot start TLS: handshake failure', source: 'postfix src/smtp/smtp_proto.c' },
      {
        line: "bob@example.net (TLS error from 'mx.example.net': Handshake failed: invalid peer certificate)",
        source: 'stalwartlabs/mail-server crates/smtp/src/outbound/mod.rs',
      },
      {
        line: "bob@example.net (DANE failed to authenticate 'mx.example.net': No matching certificates found in TLSA records)",
        source: 'stalwartlabs/mail-server crates/smtp/src/outbound/dane/verify.rs',
      },
      { line: 'Name server loop for example.net', source: 'postfix src/dns/dns_lookup.c' },
      { line: 'unable to find primary relay for example.net', source: 'postfix src/smtp/smtp_addr.c' },
      { line: 'address resolver failure', source: 'postfix src/qmgr/qmgr_message.c, src/local/resolve.c' },
      {
        line: 'cannot append message to file /var/mail/bob: Permission denied',
        source: 'postfix src/local/file.c',
      },
      {
        line: 'create maildir file /home/bob/Maildir/tmp/1.P1: Permission denied',
        source: 'postfix src/local/maildir.c',
      },
      {
        line: 'unable to create lock file /var/mail/bob.lock: Permission denied',
        source: 'postfix src/global/dot_lockfile.c',
      },
      {
        line: 'failed to lock mailbox /var/mail/bob (lock file)',
        source: 'Exim src/src/transports/appendfile.c',
      },
      { line: 'mailbox /var/mail/bob has wrong uid', source: 'Exim src/src/transports/appendfile.c' },
      { line: 'mx.example.net: Lost input channel from mx.example.net', source: 'sendmail srvrsmtp.c' },
      {
        line: '451 4.3.5 Server configuration problem - try again later',
        status: '4.3.5',
        source: 'postfix src/milter/milter8.c',
      },
      { line: 'table lookup failure', source: 'postfix src/local/mailbox.c, unknown.c' },
      {
        line: '421 4.3.2 No system resources',
        status: '4.3.2',
        source: 'postfix src/postscreen/postscreen.c',
      },
      {
        line: '451 Local verification problem',
        source: 'Exim src/src/receive.c (local_scan crash or timeout)',
      },
      { line: 'pipe process failed to exec "/usr/bin/procmail"', source: 'Exim src/src/transports/pipe.c' },
      { line: 'Transport filter process failed (1)', source: 'Exim src/src/transports/appendfile.c, pipe.c' },
      { line: 'World writable directory', source: 'sendmail err.c (an unsafe .forward or :include:)' },
      {
        line: 'file creation outside the home directory is not permitted',
        source: 'Exim src/src/transports/appendfile.c',
      },
      { line: 'forward: no home', source: 'sendmail alias.c' },
      { line: '/var/mail/bob: wrong ownership (1001)', source: 'sendmail mail.local/mail.local.c' },
      { line: 'Aack, child crashed. (#4.3.0)', source: 'notqmail qmail-local.c' },
      { line: 'Sorry, message has wrong owner. (#4.3.5)', source: 'notqmail spawn.c' },
      {
        line: 'cname loop: recipient domain example.org: already saw example.org',
        status: '5.0.0',
        source: 'mox queue/direct.go (mjl-/mox)',
      },
      {
        line: '451 4.3.0 Queue size too big, try again later',
        status: '4.3.0',
        source: 'chasquid internal/smtpsrv/conn.go (albertito/chasquid)',
      },
      {
        line: 'all MXs returned transient failures (last: connection refused)',
        source: 'chasquid internal/courier/smtp.go (albertito/chasquid)',
      },
      {
        line: 'DNS Error: DNS error occurred while resolving the Mail Exchange (MX) server for the specified domain (example.org). DNS server returned general failure',
        status: '4.4.3',
        source: 'zone-eu/mx-connect lib/get-mx.js',
      },
      {
        line: 'Network error: Unable to establish a connection with any of the Mail Exchange (MX) servers listed for "example.org"',
        status: '4.4.1',
        source: 'zone-eu/mx-connect lib/get-connection.js',
      },
      {
        line: '450 Failed to process recipient, try again [ERRC01]',
        status: '4.0.0',
        source: 'nodemailer/haraka-plugin-wildduck index.js',
      },
      {
        line: '421 bob@example.org domain of example.org has zero forwarded addresses configured in the TXT record with "forward-email"',
        status: '4.0.0',
        source: 'forwardemail/forwardemail.net helpers/get-forwarding-addresses.js',
      },
      {
        line: '550 bob@example.org domain of example.org has an invalid "forward-email" TXT record due to an invalid email address of "bob:carol@@example.net"',
        status: '5.0.0',
        source: 'forwardemail/forwardemail.net helpers/get-forwarding-addresses.js',
      },
      {
        line: '550 5.9.5 Forwarding Configuration Issue - Unable to correctly read the forwarding recipient (where to forward the email to).',
        status: '5.9.5',
        source:
          'ImprovMX error-codes guide (improvmx.com/guides/improvmx-error-codes): code 5.9.5 and its description, as the reply text',
      },
      {
        line: '421 The address all@example.org is attempted to be forwarded to (14) addresses which exceeds the maximum of (10)',
        status: '4.0.0',
        source: 'forwardemail/forwardemail.net helpers/get-forwarding-addresses.js',
      },
      {
        line: '550 bob@example.xyz requires an upgrade to Enhanced Protection at https://forwardemail.net ;  Please read https://forwardemail.net/faq#what-domain-name-extensions-can-be-used-for-free for more information',
        status: '5.0.0',
        source: 'forwardemail/forwardemail.net helpers/get-forwarding-addresses.js',
      },
      {
        line: '421 SL E405 Mailbox domain problem - retry later',
        status: '4.0.0',
        source: 'simple-login/app app/email/status.py',
      },
      {
        line: '421 4.3.4 allocated resources exceeded',
        status: '4.3.4',
        source: 'SparkPost support-docs: Momentum message responses',
      },
    ],
  },
  'exim.host-lookups-failed-temporarily': {
    source: 'Exim src/src/transports/smtp.c ("all host address lookups%s failed temporarily")',
    examples: [
      {
        line: "all host address lookups for 'example.org' failed temporarily",
        source: 'Exim src/src/transports/smtp.c',
      },
    ],
  },
  'gmail.4.3.0-temporarily-rejected': {
    source: 'Gmail SMTP error reference, support.google.com/a/answer/3726730 (451 4.3.0)',
    examples: [
      {
        line: '451 4.3.0 Email server has temporarily rejected this message.',
        status: '4.3.0',
        source: 'Gmail SMTP error reference, support.google.com/a/answer/3726730 (copy of 2026-02-15)',
      },
    ],
  },
  'text.mta-dns-lookup': {
    source:
      'classic MTAs\' fixed wording (Sendmail, Postfix, Exim, qmail, Domino, dma), pre-issue-9 list; traced: postfix dns_lookup.c ("malformed or unexpected name server reply")',
    examples: [
      { line: 'malformed or unexpected name server reply', source: 'postfix dns_lookup.c' },
      {
        line: 'unable to look up host mx.example.org: Temporary failure in name resolution',
        status: '4.4.4',
        source: 'postfix src/smtp/smtp_addr.c ("unable to look up host %s: %s", EAI_AGAIN)',
      },
      {
        line: 'Host or domain name not found. Name service error for name=example.net type=MX: Malformed or unexpected name server reply',
        status: '5.4.4',
        source: 'sisimai Lhost/Aol.pm messagesof notaccept; postfix dns_lookup.c',
      },
    ],
  },
  'text.mta-directory-down': {
    source: "classic MTAs' fixed wording (Sendmail, Postfix, Exim, qmail, Domino, dma), pre-issue-9 list",
    examples: [
      {
        line: 'warning: dict_ldap_connect: Unable to contact LDAP server ldap.example.org',
        source: 'Postfix src/global/dict_ldap.c msg_warn (the lookup then fails temporarily)',
      },
    ],
  },
  'text.recipient-system': {
    source:
      'common wording of MTAs\' refusals, pre-issue-9 word list (not yet traced row by row); traced: Courier ("431 Mail system full."); Stalwart ("Mail system full, try again later."); 连接收件方 ("connecting to the recipient side [failed]") from a Chinese notice in github.com/lisijie/webcron/issues/14; Haraka plugins/toobusy.js ("Too busy; please try again later")',
    examples: [
      {
        line: 'TLSA lookup error for mx.example.net:25',
        status: '4.7.5',
        source: 'postfix src/smtp/smtp_tls_policy.c',
      },
      {
        line: '442 4.4.2 Connection dropped',
        status: '4.4.2',
        source:
          'MicrosoftDocs OfficeDocs-Exchange Exchange/ExchangeServer/mail-flow/non-delivery-reports-and-bounce-messages/non-delivery-reports-and-bounce-messages.md (4.4.2 Connection dropped)',
      },
      {
        line: '421 4.4.5 Server busy, try again later.',
        status: '4.4.5',
        source: 'Gmail SMTP error reference, support.google.com/a/answer/3726730 (copy of 2026-02-15)',
      },
      { line: '421 Too busy; please try again later', source: 'haraka/Haraka plugins/toobusy.js (0bf10cb)' },
      {
        line: '450 4.7.1 <gil@example.net>: Recipient address rejected: maintenance ongoing, try again later',
        status: '4.7.1',
        source: 'postfwd/postfwd doc/postfwd3.txt (time rule example), as Postfix words a policy reply',
      },
      {
        line: 'I am sorry to tell you that some error occurred in our mail system, your message to "dave@example.org" cannot be delivered',
        source: 'grommunio/gromox data/local_bounce/ascii/BOUNCE_OPERATION_ERROR',
      },
      {
        line: '我們的郵件系統出錯，請聯系系統管理員以解決該問題。',
        source: 'grommunio/gromox data/local_bounce/big5/BOUNCE_OPERATION_ERROR',
      },
      { line: '431 Mail system full.', source: 'Courier' },
      {
        line: '452 4.3.1 Mail system full, try again later.',
        status: '4.3.1',
        source: 'Stalwart crates/smtp/src/inbound/data.rs',
      },
      {
        line: "isn't in my control/locals file",
        source: 'qmail-remote.c; CiviCRM civicrm_data.tpl (Host)',
      },
      { line: 'server is not responding', source: 'CiviCRM xml/templates/civicrm_data.tpl (Host)' },
      {
        line: '退信原因：连接收件方邮件系统失败，导致邮件被系统退回。',
        source:
          'a Chinese provider\'s notice ("failed to connect to the recipient\'s mail system") pasted in github.com/lisijie/webcron/issues/14',
      },
    ],
  },
  'broad.system': {
    source: "common wording of MTAs' refusals, pre-issue-9 word list (broad words)",
    examples: [{ line: '421 lmtp.example.org Timeout exceeded', source: 'Zimbra LmtpReply.java (TIMEOUT)' }],
  },
  'broad.sysexits': {
    source:
      'sendmail deliver.c writes the mailer exit status after "X-Unix;" (sysexits.h): 64 usage, 66 no input, 69 unavailable, 70 software, 71 OS error, 72 OS file, 73 cannot create, 74 I/O, 75 temporary failure, 76 protocol, 78 config; mail.local/mail.local.c exits EX_UNAVAILABLE on a full quota after writing "552 5.2.2", so a specific Status says more than the number',
    examples: [
      { line: 'X-Unix; 75', source: 'sendmail deliver.c; sysexits.h EX_TEMPFAIL 75' },
      { line: 'X-Unix; 73', source: 'sendmail deliver.c; sysexits.h EX_CANTCREAT 73' },
      { line: 'X-Unix; 69', status: '5.5.0', source: 'sendmail deliver.c; sysexits.h EX_UNAVAILABLE 69' },
    ],
  },
  'sysexits.system': {
    source:
      'postfix src/global/sys_exits.c (sendmail-compatible exit status table): the words Postfix writes for an exit status',
    examples: [
      { line: 'x-unix; internal software error', source: 'postfix src/global/sys_exits.c EX_SOFTWARE' },
    ],
  },
  'postfix.client-tls-config': {
    source:
      'Postfix src/smtp/smtp_connect.c ("Sender requested REQUIRETLS, but my configured TLS security level \'%s\' disables certificate matching", "REQUIRETLS policy configuration error")',
    examples: [
      {
        line: "Sender requested REQUIRETLS, but my configured TLS security level 'may' disables certificate matching. The last attempted server was mx.example.net[192.0.2.25]",
        status: '5.7.10',
        source: 'Postfix src/smtp/smtp_connect.c',
      },
    ],
  },
  'exim.host-lookups-and-retry': {
    source: 'Exim src/src/transports/smtp.c (smtp_transport_entry, the message when no host was tried)',
    examples: [
      {
        line: 'some host address lookups failed and retry time not reached for other hosts or connection limit reached',
        source: 'Exim src/src/transports/smtp.c',
      },
    ],
  },
  'opensmtpd.destination-errors': {
    source: 'OpenSMTPD usr.sbin/smtpd/mta.c (relay->failstr)',
    examples: [{ line: 'Network error on destination MXs', source: 'OpenSMTPD usr.sbin/smtpd/mta.c' }],
  },
  'exo.5.0.350-x-dg-ref-too-long': {
    source:
      'Exchange Online NDR table, learn.microsoft.com/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online (seed 001)',
    examples: [
      {
        line: '550 5.0.350 x-dg-ref header is too long',
        status: '5.0.350',
        source:
          'Exchange Online NDR table (seed 001, learn.microsoft.com non-delivery-reports-in-exchange-online)',
      },
    ],
  },
  'exo.5.1.20-multiple-from': {
    source:
      'Exchange Online NDR table, learn.microsoft.com/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online (seed 001)',
    examples: [
      {
        line: '550 5.1.20 Multiple From addresses are not allowed without Sender address',
        status: '5.1.20',
        source:
          'Exchange Online NDR table (seed 001, learn.microsoft.com non-delivery-reports-in-exchange-online)',
      },
    ],
  },
  'exo.5.6.11-invalid-characters': {
    source:
      'Exchange Online NDR table, learn.microsoft.com/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online (seed 001)',
    examples: [
      {
        line: '550 5.6.11 Invalid characters',
        status: '5.6.11',
        source:
          'Exchange Online NDR table (seed 001, learn.microsoft.com non-delivery-reports-in-exchange-online)',
      },
    ],
  },
  'exo.5.7.512-rfc5322-from': {
    source:
      'Exchange Online NDR table, learn.microsoft.com/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online (seed 001)',
    examples: [
      {
        line: '550 5.7.512 Access denied, message must be RFC 5322 section 3.6.2 compliant',
        status: '5.7.512',
        source:
          'Exchange Online NDR table (seed 001, learn.microsoft.com non-delivery-reports-in-exchange-online)',
      },
    ],
  },
  'exchange.storedrv-conversion-failed': {
    source:
      'Exchange transport component tokens in NDRs (learn.microsoft.com Exchange NDR pages; ../shared/reference/provider-codes.tsv)',
    examples: [
      {
        line: '550 5.6.0 STOREDRV.Deliver.Exception:ConversionFailedException; Failed to process message due to a permanent exception with message Content conversion: Corrupt message content',
        source: 'Exchange NDR for content conversion (learn.microsoft.com Exchange NDR 5.6.0)',
      },
    ],
  },
  'exchange-ims.00050311-conversion-failed': {
    source:
      'Exchange transport component tokens in NDRs (learn.microsoft.com Exchange NDR pages; ../shared/reference/provider-codes.tsv)',
    examples: [
      {
        line: 'MSEXCH:IMS:ORG:Site:Server 0x80004005 (000502CC) Conversion to Internet format failed',
        source:
          'Microsoft KB (Exchange Server 5.5 information store, codepage 50000 mapping), the NDR it quotes',
      },
    ],
  },
  'text.gmail-rfc5322': {
    source: 'Gmail SMTP error reference, support.google.com/a/answer/3726730',
    examples: [
      {
        line: '550 5.7.1 Messages missing a valid address in the From: header, or having no From: header, are not accepted. This message is not RFC 5322 compliant.',
        status: '5.7.1',
        source: 'Gmail SMTP error reference, support.google.com/a/answer/3726730',
      },
    ],
  },
  'text.noncompliant': {
    source:
      'common wording of MTAs\' refusals, pre-issue-9 word list (not yet traced row by row); traced: OpenSMTPD smtp_session.c ("Message is not RFC 2822 compliant"); hMailServer ("Message containing bare LF\'s")',
    examples: [
      {
        line: '450 The given data was invalid. You must provide one of html, text or template_id.,You must provide one of html, text or template_id.',
        source:
          'developers.mailersend.com/smtp-relay.html, Understanding error messages (MailerSend SMTP relay)',
      },
      {
        line: '552 The Date header is too far in the past',
        source: 'qpsmtpd plugins/headers (invalid_date_range)',
      },
      {
        line: 'utf8 support required but not offered for forwarding',
        source: 'Exim src/src/transports/smtp.c (ERRNO_UTF8_FWD)',
      },
      {
        line: '553 5.6.7 Must declare SMTPUTF8 to send unicode address',
        status: '5.6.7',
        source: 'Postfix src/smtpd/smtpd.c (strict_smtputf8)',
      },
      { line: '550 5.7.1 Message is not RFC 2822 compliant', source: 'OpenSMTPD smtp_session.c' },
      {
        line: '521 5.5.2 mx.example.net Error: bare <LF> received',
        status: '5.5.2',
        source: 'Postfix src/smtpd/smtpd.c (smtpd_forbid_bare_newline, 3.9)',
      },
      { line: "554 Rejected - Message containing bare LF's.", source: 'hMailServer SMTPConnection.cpp' },
      {
        line: 'Messages without To: fields are not accepted here',
        source:
          "PHPMailer-BMH phpmailer-bmh_rules.php, rule 0248's sample (CommuniGate Pro's 'Failed to deliver to' notice)",
      },
      {
        line: '554 5.5.2 Invalid data in message',
        status: '5.5.2',
        source: "PHPMailer-BMH phpmailer-bmh_rules.php, rule 0223's sample",
      },
      {
        line: 'Message does not contains a From header field',
        source: 'maddy internal/endpoint/smtp/submission.go',
      },
      {
        line: 'SMTPUTF8 is required for non-ASCII recipients',
        source: 'maddy internal/endpoint/smtp/session.go',
      },
      {
        line: "550 sorry, I don't accept bounce messages with more than one recipient. Go read RFC2821. (#5.7.1)",
        source: 'qmail-ldap qmail-smtpd.c',
      },
      {
        line: 'X-Sympa; Message contains a line that can be interpreted as a command',
        status: '5.6.0',
        source: 'Sympa src/lib/Sympa.pm',
      },
      { line: 'Message has no subject', source: 'Mailman 3 src/mailman/rules/no_subject.py' },
      { line: 'Message contains administrivia', source: 'Mailman 3 src/mailman/rules/administrivia.py' },
      {
        line: 'remote smtp server does not implement 8bitmime extension, required by message',
        status: '5.0.0',
        source: 'mox queue/direct.go (mjl-/mox)',
      },
      {
        line: '500 5.4.0 Too long line, closing connection',
        status: '5.4.0',
        source: 'emersion/go-smtp conn.go',
      },
      {
        line: 'Failed to queue message, too many nested attachments [ERRQ07]',
        status: '5.0.0',
        source: 'nodemailer/haraka-plugin-wildduck index.js',
      },
      {
        line: '550 SL E507 Wrongly formatted subject',
        status: '5.0.0',
        source: 'simple-login/app app/email/status.py',
      },
      {
        line: '550 5.3.0 [internal] message body missing',
        status: '5.3.0',
        source: 'SparkPost support-docs: Momentum message responses',
      },
      { line: 'nonstandard smtp line terminator', source: 'CiviCRM xml/templates/civicrm_data.tpl (Syntax)' },
      {
        line: '554 5.6.1 Eight bit data not allowed',
        source:
          "sendmail (8-bit body to a 7-bit-only destination; SmartList rc.request's 'Returned mail: Eight bit data not allowed')",
      },
    ],
  },
  'smtp.from-header': {
    source:
      'Gmail SMTP errors (support.google.com/a/answer/3726730: "Messages with multiple addresses in From: header are not accepted"); Exchange Online 5.7.512 (seed 001); RFC 5322 section 3.6.2',
    examples: [
      {
        line: '550 5.7.1 Messages with multiple addresses in From: header are not accepted.',
        status: '5.7.1',
        source: 'Gmail SMTP error reference, support.google.com/a/answer/3726730',
      },
    ],
  },
  'smtp.line-too-long': {
    source:
      'RFC 5321 section 4.5.3.1.6 and 4.2.2 ("500 Line too long"); RFC 5322 section 2.1.1 (998 characters)',
    examples: [{ line: '500 5.5.0 Line too long', status: '5.5.0', source: 'RFC 5321 section 4.2.2' }],
  },
  'sysexits.65-dataerr': {
    source:
      'postfix src/global/sys_exits.c (sendmail-compatible exit status table); sendmail deliver.c writes the mailer exit status after "X-Unix;" (EX_DATAERR 65: 5.6.0 "data format error")',
    examples: [{ line: 'X-Unix; 65', source: 'sendmail deliver.c; sysexits.h EX_DATAERR 65' }],
  },
  'exo.5.1.8-bad-outbound-sender': {
    source:
      'Exchange Online NDR table, learn.microsoft.com/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online (seed 001)',
    examples: [
      {
        line: '550 5.1.8 Access denied, bad outbound sender',
        status: '5.1.8',
        source:
          'Exchange Online NDR table (seed 001, learn.microsoft.com non-delivery-reports-in-exchange-online)',
      },
      {
        line: 'Ihre Nachricht konnte nicht zugestellt werden, da Sie nicht als gültiger Absender erkannt wurden.',
        status: '5.1.8',
        source:
          'MicrosoftDocs OfficeDocs (de-DE) removing-user-from-restricted-users-portal-after-spam: the NDR text quoted in German',
      },
      {
        line: 'No se pudo entregar el mensaje porque no se reconoció como remitente válido.',
        status: '5.1.8',
        source:
          'MicrosoftDocs OfficeDocs (es-ES), the same page: "No se pudo entregar el mensaje porque no se reconoció como remitente válido"',
      },
      {
        line: "Le serveur distant a renvoyé' 550 5.1.8 accès refusé, expéditeur sortant incorrect",
        status: '5.1.8',
        source: 'MicrosoftDocs OfficeDocs (fr-FR), the same page',
      },
      {
        line: "O servidor remoto retornou ' 550 5.1.8 acesso negado, remetente de saída incorreto",
        status: '5.1.8',
        source: 'MicrosoftDocs OfficeDocs (pt-BR), the same page',
      },
      {
        line: '「有効な送信者として認識されなかったため、メッセージを配信できませんでした。」',
        status: '5.1.8',
        source:
          'MicrosoftDocs OfficeDocs (ja-JP, ms.translationtype HT), the same page: "リモートサーバーが 「550 5.1.8 アクセスが拒否されました。アウトバウンド送信者が正しくありません」を返す"',
      },
    ],
  },
  'exo.5.1.90-daily-recipient-limit': {
    source:
      'Exchange Online NDR table, learn.microsoft.com/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online (seed 001)',
    examples: [
      {
        line: "550 5.1.90 Your message can't be sent because you've reached your daily limit for message recipients",
        status: '5.1.90',
        source:
          'Exchange Online NDR table (seed 001, learn.microsoft.com non-delivery-reports-in-exchange-online)',
      },
    ],
  },
  'exo.5.2.2-submission-quota': {
    source:
      'Exchange Online NDR table, learn.microsoft.com/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online (seed 001)',
    examples: [
      {
        line: '550 5.2.2 Submission quota exceeded',
        status: '5.2.2',
        source:
          'Exchange Online NDR table (seed 001, learn.microsoft.com non-delivery-reports-in-exchange-online)',
      },
    ],
  },
  'exo.5.7.57-client-not-authenticated-anonymous': {
    source:
      'Exchange Online NDR table, learn.microsoft.com/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online (seed 001)',
    examples: [
      {
        line: '530 5.7.57 Client was not authenticated to send anonymous mail during MAIL FROM',
        status: '5.7.57',
        source:
          'Exchange Online NDR table (seed 001, learn.microsoft.com non-delivery-reports-in-exchange-online)',
      },
      {
        line: '530 5.7.57 Client not authenticated to send mail',
        status: '5.7.57',
        source: 'smtp.office365.com reply in a Postfix log, github.com/tarickb/sasl-xoauth2 issue 96',
      },
    ],
  },
  'exo.5.7.60-send-as-denied': {
    source:
      'Exchange Online NDR table, learn.microsoft.com/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online (seed 001)',
    examples: [
      {
        line: '550 5.7.60 SMTP; Client does not have permissions to send as this sender',
        status: '5.7.60',
        source: 'Exchange Online NDR page for 5.7.60 (learn.microsoft.com fix-error-code-550-5-7-60)',
      },
      {
        line: 'Diese Nachricht konnte nicht gesendet werden. Sie besitzen nicht die Berechtigung, die Nachricht im Auftrag des angegebenen Benutzers zu senden.',
        source:
          "Outlook's German notice pasted at pastebin.com/dUJNHrB0 (Der Fehler lautet [0x80070005-...])",
      },
    ],
  },
  'exo.5.7.501-spam-abuse': {
    source:
      'Exchange Online NDR table, learn.microsoft.com/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online (seed 001)',
    examples: [
      {
        line: '550 5.7.501 Access denied, spam abuse detected',
        status: '5.7.501',
        source:
          'Exchange Online NDR table (seed 001, learn.microsoft.com non-delivery-reports-in-exchange-online)',
      },
    ],
  },
  'exo.5.7.502-banned-sender': {
    source:
      'Exchange Online NDR table, learn.microsoft.com/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online (seed 001)',
    examples: [
      {
        line: '550 5.7.502 Access denied, banned sender',
        status: '5.7.502',
        source:
          'Exchange Online NDR table (seed 001, learn.microsoft.com non-delivery-reports-in-exchange-online)',
      },
    ],
  },
  'exo.5.7.503-banned-sender': {
    source:
      'Exchange Online NDR table, learn.microsoft.com/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online (seed 001)',
    examples: [
      {
        line: '550 5.7.503 Access denied, banned sender',
        status: '5.7.503',
        source:
          'Exchange Online NDR table (seed 001, learn.microsoft.com non-delivery-reports-in-exchange-online)',
      },
    ],
  },
  'exo.5.7.520-external-forwarding': {
    source:
      'Exchange Online NDR table, learn.microsoft.com/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online (seed 001)',
    examples: [
      {
        line: '550 5.7.520 Access denied, Your organization does not allow external forwarding',
        status: '5.7.520',
        source: 'Exchange Online observed replies (../shared/reference/provider-codes.tsv)',
      },
    ],
  },
  'exo.5.7.703-tenant-allow-block-list': {
    source:
      'Exchange Online NDR table, learn.microsoft.com/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online (seed 001)',
    examples: [
      {
        line: "550 5.7.703 Your message can't be delivered because messages to bob@example.org are blocked by your organization using Tenant Allow Block List.",
        status: '5.7.703',
        source:
          'Exchange Online NDR table (seed 001, learn.microsoft.com non-delivery-reports-in-exchange-online)',
      },
      {
        line: "550 5.7.1 Your message can't be delivered because one or more recipients are blocked by your organization's tenant recipient block policy.",
        status: '5.7.1',
        source:
          'Microsoft Defender for Office 365, Tenant Allow/Block List: blocked recipients (learn.microsoft.com)',
      },
    ],
  },
  'exo.5.7.705-tenant-threshold': {
    source:
      'Exchange Online NDR table, learn.microsoft.com/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online (seed 001)',
    examples: [
      {
        line: '550 5.7.705 Access denied, tenant has exceeded threshold',
        status: '5.7.705',
        source:
          'Exchange Online NDR table (seed 001, learn.microsoft.com non-delivery-reports-in-exchange-online)',
      },
    ],
  },
  'exo.5.7.750-unregistered-domains': {
    source:
      'Exchange Online NDR table, learn.microsoft.com/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online (seed 001)',
    examples: [
      {
        line: '550 5.7.750 Service unavailable. Client blocked from sending from unregistered domains',
        status: '5.7.750',
        source:
          'Exchange Online NDR table (seed 001, learn.microsoft.com non-delivery-reports-in-exchange-online)',
      },
    ],
  },
  'exo.5.7.800-banned-sender-domain': {
    source:
      'Exchange Online NDR table, learn.microsoft.com/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online (seed 001)',
    examples: [
      {
        line: '550 5.7.800 Access denied, banned sender',
        status: '5.7.800',
        source: 'Exchange Online observed replies (../shared/reference/provider-codes.tsv)',
      },
    ],
  },
  'exo.5.7.139-smtp-auth-disabled': {
    source:
      'Exchange Online NDR table, learn.microsoft.com/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online (seed 001)',
    examples: [
      {
        line: '535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant.',
        source: 'Exchange Online SMTP AUTH reply (learn.microsoft.com authenticated-client-smtp-submission)',
      },
    ],
  },
  'exo.5.7.3-smtp-auth-failed': {
    source:
      'Exchange Online NDR table, learn.microsoft.com/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online (seed 001)',
    examples: [
      {
        line: '535 5.7.3 Authentication unsuccessful',
        status: '5.7.3',
        source:
          'Exchange Server / Exchange Online SMTP AUTH reply (learn.microsoft.com; ../shared/reference/provider-codes.tsv 5.7.3)',
      },
    ],
  },
  'exo.submission-quota-exceeded': {
    source:
      'Exchange Online NDR table, learn.microsoft.com/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online (seed 001)',
    examples: [
      {
        line: "The message can't be submitted because the sender's submission quota was exceeded",
        source:
          'Exchange Online NDR table (seed 001, learn.microsoft.com non-delivery-reports-in-exchange-online)',
      },
    ],
  },
  'exchange.storedrv-submission-quota': {
    source:
      'Exchange transport component tokens in NDRs (learn.microsoft.com Exchange NDR pages; ../shared/reference/provider-codes.tsv)',
    examples: [
      {
        line: '554 5.2.0 STOREDRV.Submission.Exception:SubmissionQuotaExceededException',
        status: '5.2.0',
        source:
          'Microsoft Learn, Exchange Online sending limits (the error message when the per-day limit is exceeded)',
      },
    ],
  },
  'outlook.access-denied-abuse': {
    source:
      'Outlook.com postmaster troubleshooting, sendersupport.olc.protection.outlook.com/pm/troubleshooting.aspx (../shared/reference/provider-codes.tsv)',
    examples: [
      {
        line: '550 5.7.1 Access denied, spam abuse detected',
        source:
          'Outlook.com postmaster (sendersupport.olc.protection.outlook.com; ../shared/reference/provider-codes.tsv)',
      },
    ],
  },
  'gmail.5.7.40-auth-mechanism': {
    source: 'Gmail SMTP error reference, support.google.com/a/answer/3726730',
    examples: [
      {
        line: '504 5.7.4 Unrecognized authentication type.',
        source: 'Gmail SMTP error reference, support.google.com/a/answer/3726730',
      },
    ],
  },
  'gmail.5.7.14-web-login': {
    source: 'Gmail SMTP error reference, support.google.com/a/answer/3726730',
    examples: [
      {
        line: '534 5.7.14 Please log in through your web browser and then try again.',
        status: '5.7.14',
        source: 'Gmail SMTP error reference, support.google.com/a/answer/3726730',
      },
    ],
  },
  'gmail.5.7.8-bad-credentials': {
    source: 'Gmail SMTP error reference, support.google.com/a/answer/3726730',
    examples: [
      {
        line: '535 5.7.8 Username and Password not accepted.',
        status: '5.7.8',
        source: 'Gmail SMTP error reference, support.google.com/a/answer/3726730',
      },
    ],
  },
  'gmail.relay-limit-customer': {
    source:
      "Google Workspace SMTP relay service, support.google.com/a/answer/6140680 (its error messages: 'The customer has reached their daily SMTP relay limit ... or contact your administrator'; 'The customer has exceeded their peak SMTP relay limit, and relay mail for the customer is temporarily being deferred'); Gmail SMTP errors and codes, support.google.com/a/answer/3726730. The organization's relay allowance, not one user's: its admin's",
    examples: [
      {
        line: '550 5.7.1 Daily SMTP relay limit exceeded for customer. For more information on SMTP relay sending limits please contact your administrator or visit https://support.google.com/a/answer/166852',
        status: '5.7.1',
        source: 'Gmail SMTP errors and codes, support.google.com/a/answer/3726730',
      },
      {
        line: '450 4.2.1 Peak SMTP relay limit exceeded for customer. This is a temporary error.',
        status: '4.2.1',
        source: 'Gmail SMTP errors and codes, support.google.com/a/answer/3726730',
      },
    ],
  },
  'gmail.5.4.5-daily-sending-limit': {
    source:
      'Gmail SMTP error reference, support.google.com/a/answer/3726730 (550 5.4.5 "Daily user sending limit exceeded", "Daily SMTP relay limit exceeded for user"); Gmail sending limits, support.google.com/a/answer/166852 ("You have reached a limit for sending mail. Your message was not sent."). A per-day cap of the sender\'s account: rate-limited, the person waits or sends less (issue 9: per-day caps are rate limits, not a stopped account)',
    examples: [
      {
        line: '550 5.4.5 Daily user sending limit exceeded. For more information on Gmail sending limits go to https://support.google.com/a/answer/166852',
        status: '5.4.5',
        source: 'Gmail SMTP error reference, support.google.com/a/answer/3726730',
      },
      {
        line: 'You have reached a limit for sending mail. Your message was not sent.',
        source: 'Gmail sending limits, support.google.com/a/answer/166852',
      },
    ],
  },
  'text.gmail-send-mail-as': {
    source: 'Gmail SMTP error reference, support.google.com/a/answer/3726730',
    examples: [
      {
        line: '535 Authentication failure: SMTP AUTH failed with the remote server',
        source: 'IONOS help, Error messages caused by undeliverable email (ionos.ca/help/email)',
      },
    ],
  },
  'text.gmail-sending-denied': {
    source: 'Gmail SMTP error reference, support.google.com/a/answer/3726730',
    examples: [
      {
        line: '550 5.7.0 Email sending denied.',
        status: '5.7.0',
        source: 'Gmail SMTP error reference, support.google.com/a/answer/3726730',
      },
    ],
  },
  'text.gateway-submission-auth': {
    source: "mail security gateways' documented replies (../shared/reference/provider-codes.tsv)",
    examples: [
      {
        line: '454 4.7.0 Too many login attempts, please try again later.',
        status: '4.7.0',
        source: 'Gmail SMTP error reference, support.google.com/a/answer/3726730',
      },
    ],
  },
  'text.sender-blocked': {
    source: "common wording of MTAs' refusals, pre-issue-9 word list (not yet traced row by row)",
    examples: [
      {
        line: '517 Policy requires local senders to authenticate.',
        source: 'courier-pythonfilter filters/localsenders.py',
      },
      {
        line: '550 Unauthenticated senders not allowed',
        source:
          "SendGrid SMTP (smtp.sendgrid.net) to a client that did not sign in with its API key: go-sisimai's SecurityError word list, awesomemotive Easy WP SMTP's error table ('Unauthenticated senders not allowed')",
      },
      {
        line: '550 refused user due to massive abuse',
        source:
          'MailCleaner/MailCleaner etc/exim/exim_stage1.conf_template (deny authenticated = *, the USERBLACKLIST of abusing accounts)',
      },
      { line: '535 Authentication required.', source: 'Courier courier/module.esmtp/courieresmtpd.C' },
      {
        line: '550 5.7.0 Your message could not be sent. The limit on the number of allowed outgoing messages was exceeded. Try again later.',
        status: '5.7.0',
        source: 'Plesk support article 213389069 (outgoing mail limits of a subscription)',
      },
      {
        line: 'Domain example.com has exceeded the max defers and failures per hour (5/5 (100%)) allowed. Message discarded.',
        source:
          "cPanel's Exim (hosting KBs: the per-domain cap on deferred and failed messages of the sending account)",
      },
      {
        line: 'Unauthorized use of sender address',
        source: 'maddy internal/check/authorize_sender/authorize_sender.go',
      },
      {
        line: "541 This account isn't allowed to send email",
        source: 'Alibaba Mail reply codes, as listed by a reseller (sh-aliyun.com)',
      },
      {
        line: '550 Sending from this domain is paused',
        source: 'emailit.com/docs/kb/smtp-530-from-domain-not-verified',
      },
      {
        line: "440 mail from account doesn't conform with authentication",
        source: 'Alibaba Mail reply codes, as listed by a reseller (sh-aliyun.com)',
      },
      {
        line: 'Router: kim@example.com is restricted from sending mail through server MAIL01/Corp',
        source: 'Notes C API IRouteErr (domino-jna IRouteErr.java)',
      },
      {
        line: '550 You must log in to send mail from example.com',
        source: 'Citadel modules/smtp/serv_smtp.c',
      },
      {
        line: '551 kim - You do not have permission to send Internet mail',
        source: 'Citadel modules/smtp/serv_smtp.c',
      },
      {
        line: 'You are not allowed to send as user or group "sales"',
        source: 'kopano-core spooler/mailer.cpp',
      },
      {
        line: '451 4.3.0 domain of smtp mail from is temporarily disabled',
        status: '4.3.0',
        source: 'mox smtpserver/server.go (mjl-/mox)',
      },
      {
        line: '550 5.7.1 message from address must belong to authenticated user',
        status: '5.7.1',
        source: 'mox smtpserver/server.go (mjl-/mox)',
      },
      {
        line: '451 4.7.1 max number of messages (1000) over past 24h reached, try increasing per-account setting MaxOutgoingMessagesPerDay',
        status: '4.7.1',
        source: 'mox smtpserver/server.go (mjl-/mox)',
      },
      {
        line: '535 Domain is suspended from outbound SMTP access',
        status: '5.0.0',
        source: 'forwardemail/forwardemail.net helpers/on-auth.js',
      },
      {
        line: '550 SL E517 unverified mailbox',
        status: '5.0.0',
        source: 'simple-login/app app/email/status.py',
      },
      { line: '550 Invalidated From address', status: '5.0.0', source: 'Runbox help: sending email errors' },
    ],
  },
  'tonline.ip-blocked': {
    source:
      "T-Online (Deutsche Telekom) greeting refusals: postmaster.t-online.de; T-Online's explanation quoted at spamresource.com/2020/06/whoops-t-onlinede-not-accepting-mail.html (hosts of bad or unknown reputation are refused until the postmaster asks for a reset)",
    examples: [
      {
        line: '554 IP=192.0.2.9 - A problem occurred. (Ask your postmaster for help or to contact tosa@rx.t-online.de to clarify.) (BL)',
        source: 'T-Online greeting refusal (spamresource.com, 2020)',
      },
      {
        line: '554 IP=192.0.2.9 - None/bad reputation. Ask your postmaster for help or to contact tobr@rx.t-online.de for reset. (NOWL)',
        source: 'T-Online greeting refusal for an unknown host (postmaster.t-online.de)',
      },
    ],
  },
  'james.dnsrbl-restricted': {
    source: 'apache/james-project protocols/smtp/.../core/fastfail/DNSRBLHandler.java',
    examples: [
      {
        line: '554 5.7.1 Rejected: unauthenticated e-mail from 192.0.2.9 is restricted.  Contact the postmaster for details.',
        status: '5.7.1',
        source: 'James DNSRBLHandler',
      },
    ],
  },
  'james.uri-rbl': {
    source: 'apache/james-project server/protocols/protocols-smtp/.../fastfail/URIRBLHandler.java',
    examples: [
      {
        line: '554 5.7.1 Rejected: message contains domain bad.example listed by multi.surbl.org',
        status: '5.7.1',
        source: 'James URIRBLHandler',
      },
    ],
  },
  'haraka.spam-signature': {
    source: 'haraka/Haraka plugins/data.signatures.js, plugins/prevent_credential_leaks.js',
    examples: [
      { line: '550 Mail matches a known spam signature', source: 'Haraka plugins/data.signatures.js' },
    ],
  },
  'james.greylist': {
    source: 'apache/james-project protocols/smtp/.../core/fastfail/AbstractGreylistHandler.java',
    examples: [
      {
        line: '451 4.7.1 Temporary rejected: Reconnect to fast. Please try again later',
        status: '4.7.1',
        source: 'James AbstractGreylistHandler',
      },
    ],
  },
  'stalwart.session-limits': {
    source: 'stalwartlabs/mail-server crates/smtp/src/inbound (mail.rs, data.rs session limits)',
    examples: [
      {
        line: '452 4.4.5 Maximum number of messages per session exceeded.',
        status: '4.4.5',
        source: 'Stalwart crates/smtp/src/inbound',
      },
    ],
  },
  'james.sender-not-authenticated': {
    source:
      'apache/james-project protocols/smtp/.../core/AbstractSenderAuthIdentifyVerificationHook.java; server/protocols/protocols-smtp/.../fastfail/AllowedUnauthenticatedSender.java',
    examples: [
      {
        line: '503 5.7.1 Incorrect Authentication for Specified Email Address',
        status: '5.7.1',
        source: 'James AbstractSenderAuthIdentifyVerificationHook',
      },
    ],
  },
  'haraka.sender-not-authenticated': {
    source:
      'haraka/Haraka plugins/queue/smtp_forward.js ("Spoofed MAIL FROM"), plugins/auth/auth_base.js (envelope/AUTH domain mismatch), plugins/rcpt_to.host_list_base.js',
    examples: [{ line: '550 Spoofed MAIL FROM', source: 'Haraka plugins/queue/smtp_forward.js' }],
  },
  'stalwart.sender-not-authorized': {
    source: 'stalwartlabs/mail-server crates/smtp/src/inbound/auth.rs, mail.rs',
    examples: [
      {
        line: '501 5.5.4 You are not allowed to send from this address.',
        status: '5.5.4',
        source: 'Stalwart crates/smtp/src/inbound/mail.rs',
      },
    ],
  },
  'courier.517-sender-domain': {
    source: 'svarshavchik/courier courier/submit.C (sender domain checks: 517 replies)',
    examples: [
      { line: '517-Domain does not exist: a@nowhere.example.', source: 'Courier submit.C' },
      {
        line: "517-Sender rejected: a@free.example can be accepted only from 517 free.example's mail relays.",
        source: 'Courier submit.C (bofh freemail)',
      },
    ],
  },
  'courier.517-bofh-list': {
    source:
      'svarshavchik/courier courier/submit.C checkdns() (bofh_chkbadfrom, bofh_chkbadmx); courier.sgml bofh badfrom, badmx',
    examples: [
      { line: '517 Sender rejected: a@spammer.example', source: 'Courier submit.C' },
      { line: '517 Mail server at 192.0.2.25 is blocked.', source: 'Courier submit.C' },
    ],
  },
  'courier.417-sender-dns': {
    source: 'svarshavchik/courier courier/submit.C (sender domain check: 417 when DNS fails for now)',
    examples: [
      { line: '417 DNS lookup failure: a@nowhere.example.  Try again later.', source: 'Courier submit.C' },
    ],
  },
  'james.sender-domain': {
    source:
      'apache/james-project protocols/smtp/.../core/fastfail/ValidSenderDomainHandler.java, ResolvableEhloHeloHandler.java',
    examples: [
      {
        line: '501 5.1.7 sender a@nowhere.example contains a domain with no valid MX records',
        source: 'James ValidSenderDomainHandler',
      },
    ],
  },
  'courier.esmtp-domain': {
    source: 'svarshavchik/courier courier/module.esmtp (ESMTP client DNS answers)',
    examples: [{ line: 'Domain does not receive mail.', source: 'Courier module.esmtp' }],
  },
  'courier.523-message-length': {
    source: 'svarshavchik/courier courier/submit2.C',
    examples: [
      {
        line: '523 Message length (40960000 bytes) exceeds administrative limit.',
        source: 'Courier submit2.C',
      },
    ],
  },
  'courier.not-whitelisted': {
    source: 'svarshavchik/courier courier/ (per-recipient whitelist, 412 reply)',
    examples: [
      { line: '412 You are not whitelisted by this recipient, please try again later.', source: 'Courier' },
    ],
  },
  // --- MTA families from source code, third pass (issue 9): Courier
  'courier.filters-and-local-setup': {
    source:
      'svarshavchik/courier courier/cdfilters.C (MEMORY_ERROR, FILTER_ERROR), courier/module.local/local.C',
    examples: [
      { line: '432 Out of memory when processing mail filters.', source: 'Courier cdfilters.C' },
      { line: '432 Mail filters temporarily unavailable.', source: 'Courier cdfilters.C' },
      {
        line: 'Invalid homedir or maildir for bob - has \\n, !, is null.',
        source: 'Courier module.local/local.C',
      },
    ],
  },
  'courier.esmtp-connection': {
    source:
      'svarshavchik/courier courier/module.esmtp/libesmtp.C (connect_error, MX list, STARTTLS), courier/module.esmtp/courieresmtpd.C (ESMTP_TLS_REQUIRED)',
    examples: [
      { line: 'Connection closed by remote host', source: 'Courier libesmtp.C' },
      { line: 'Network connection shut down by the remote mail server', source: 'Courier libesmtp.C' },
      { line: 'Connection unexpectedly closed by remote host.', source: 'Courier libesmtp.C' },
      {
        line: 'Remote mail server disconnected after receiving the STARTTLS command',
        source: 'Courier libesmtp.C',
      },
      { line: 'Did not find a suitable MX for a connection', source: 'Courier libesmtp.C' },
      { line: 'DNS lookup failed.', source: 'Courier libesmtp.C (a temporary DNS failure)' },
      {
        line: "440 TLS not available,  but it's required for this connection.",
        source: 'Courier courieresmtpd.C',
      },
    ],
  },
  'courier.helo-and-sender-checks': {
    source:
      'svarshavchik/courier courier/submit.C (checkmx: HELO lookup), courier/filters/verifyfilter.C (VERIFICATION_FAILED_FORMAT, sender call-back), courier/module.esmtp/libesmtp.C (SASL to the smarthost)',
    examples: [
      { line: '417 DNS lookup on HELO mail.example failed.  Try again later.', source: 'Courier submit.C' },
      { line: '530 <a@example.net> verification failed.', source: 'Courier verifyfilter.C' },
      { line: 'Compatible SASL authentication not available.', source: 'Courier libesmtp.C' },
      { line: 'Temporary SASL authentication error.', source: 'Courier libesmtp.C' },
    ],
  },
  'courier.535-authentication-rejected': {
    source: 'svarshavchik/courier courier/module.esmtp/courieresmtpd.C (AUTH)',
    examples: [{ line: '535 Authentication rejected', source: 'Courier courieresmtpd.C' }],
  },
  'courier.unicode-address': {
    source:
      'svarshavchik/courier courier/module.esmtp/libesmtp.C (libesmtp_unicode_err, SMTPUTF8 check of the sender)',
    examples: [
      {
        line: '553 Unable to deliver Unicode E-mail to a non-Unicode mail server.',
        source: 'Courier libesmtp.C',
      },
      {
        line: "550-The addressee's mail server does not support the sender's international E-mail address.",
        source: 'Courier libesmtp.C',
      },
    ],
  },
  'courier.534-header-size': {
    source: 'svarshavchik/courier courier/submit.C (header size limit)',
    examples: [{ line: '534 Message header size exceeds policy limit.', source: 'Courier submit.C' }],
  },
  'courier.ratefilter': {
    source: 'svarshavchik/courier courier/filters/ratefilter.C',
    examples: [
      { line: '500 Number of messages exceeded administrative limit.', source: 'Courier ratefilter.C' },
    ],
  },
  'courier.dupfilter': {
    source: 'svarshavchik/courier courier/filters/dupfilter.c',
    examples: [{ line: '500 Duplicate message rejected.', source: 'Courier dupfilter.c' }],
  },
  'courier.backscatter-suppression': {
    source:
      'svarshavchik/courier courier/submit.C (trackaddress: 456/556), courier/doc/courier.sgml (backscatter blacklist: an address whose delivery failed is refused for two hours)',
    examples: [{ line: '556 Address unavailable.', source: 'Courier submit.C' }],
  },
  'courier.backscatter-deferral': {
    source: 'svarshavchik/courier courier/submit.C (trackaddress: 456 after a temporary failure)',
    examples: [{ line: '456 Address temporarily unavailable.', source: 'Courier submit.C' }],
  },
  // --- MTA families from source code, third pass (issue 9): Apache James
  'james.smtp-session': {
    source:
      'apache/james-project protocols/smtp/src/main/java/org/apache/james/protocols/smtp/core/ (DataCmdHandler, esmtp/EhloCmdHandler, fastfail/MaxUnknownCmdHandler), server/protocols/protocols-smtp/.../EnforceMtaSts.java',
    examples: [
      { line: '503 5.0.0 No recipients specified', status: '5.0.0', source: 'James DataCmdHandler' },
      { line: '503 5.0.0 No sender specified', status: '5.0.0', source: 'James DataCmdHandler' },
      { line: '501 5.5.4 Domain address required: EHLO', status: '5.5.4', source: 'James EhloCmdHandler' },
      {
        line: '421 Closing connection as too many unknown commands received',
        source: 'James MaxUnknownCmdHandler',
      },
      { line: '530 StartTLS required', source: 'James EnforceMtaSts' },
    ],
  },
  'james.authentication-aborted': {
    source: 'apache/james-project protocols/smtp/.../core/esmtp/AuthCmdHandler.java (AUTH_ABORTED)',
    examples: [{ line: '501 5.7.0 Authentication aborted', status: '5.7.0', source: 'James AuthCmdHandler' }],
  },
  'james.message-format': {
    source:
      'apache/james-project server/protocols/protocols-smtp/.../DataLineJamesMessageHookHandler.java, EnforceHeaderLimitationsMessageHook.java',
    examples: [
      {
        line: '500 5.0.0 line delimiter must be CRLF',
        status: '5.0.0',
        source: 'James DataLineJamesMessageHookHandler',
      },
      { line: '552 Header Lines are too many', source: 'James EnforceHeaderLimitationsMessageHook' },
    ],
  },
  'james.header-size': {
    source:
      'apache/james-project server/protocols/protocols-smtp/.../EnforceHeaderLimitationsMessageHook.java',
    examples: [{ line: '552 Header size is too large', source: 'James EnforceHeaderLimitationsMessageHook' }],
  },
  'james.greylist-current': {
    source: 'apache/james-project protocols/smtp/.../core/fastfail/AbstractGreylistHandler.java',
    examples: [
      {
        line: '451 4.7.1 Temporary rejected Reconnect to fast. Please try again later',
        status: '4.7.1',
        source: 'James AbstractGreylistHandler',
      },
      {
        line: '451 4.7.1 Temporary rejected Please try again later',
        status: '4.7.1',
        source: 'James AbstractGreylistHandler',
      },
    ],
  },
  'james.spam-and-uri-rbl': {
    source:
      'apache/james-project server/protocols/protocols-smtp/.../fastfail/URIRBLHandler.java, SpamAssassinHandler.java; third-party/rspamd RspamdScanner.java',
    examples: [
      {
        line: '554 5.7.1 Rejected message contains domain bad.example listed by multi.surbl.org',
        status: '5.7.1',
        source: 'James URIRBLHandler',
      },
      {
        line: '554 5.7.1 This message reach the spam hits treshold. Please contact the Postmaster if the email is not SPAM. Message rejected',
        status: '5.7.1',
        source: 'James SpamAssassinHandler',
      },
      { line: 'Rejected due to high spam score', source: 'James RspamdScanner' },
    ],
  },
  'sieve.refused-by-filter': {
    source:
      'apache/james-project server/mailet/mailets/.../jsieve/RejectAction.java; GNU Mailutils libmu_sieve/actions.c (sieve_action_reject), doc/texinfo/sieve.texi',
    examples: [
      {
        line: "This message was refused by the recipient's mail filtering program.",
        source: 'James RejectAction',
      },
      {
        line: "Message was refused by recipient's mail filtering program.",
        source: 'GNU Mailutils doc/texinfo/sieve.texi (reject)',
      },
    ],
  },
  'james.recipient-filter': {
    source: 'apache/james-project server/protocols/fetchmail/.../MessageProcessor.java',
    examples: [
      {
        line: 'Rejected mail intended for blacklisted recipient b@example.org.',
        source: 'James fetchmail MessageProcessor',
      },
    ],
  },
  'james.remote-delivery': {
    source:
      'apache/james-project server/mailet/mailets/.../remote/delivery/MailDelivrer.java, MailDelivrerToHost.java; protocols/lmtp DataLineLMTPHandler.java, protocols-smtp DataLineMessageHookHandler.java',
    examples: [
      {
        line: 'Temporary problem looking up mail server for host: example.org.  I cannot determine where to send this message.',
        source: 'James MailDelivrer',
      },
      {
        line: 'Mail delivery failed; the receiving server does not support STARTTLS',
        source: 'James MailDelivrerToHost',
      },
      {
        line: '451 4.0.0 Temporary error deliver message to b@example.org',
        status: '4.0.0',
        source: 'James DataLineMessageHookHandler',
      },
    ],
  },
  'james.no-dns-entries': {
    source: 'apache/james-project server/mailet/mailets/.../remote/delivery/MailDelivrer.java',
    examples: [
      {
        line: 'There are no DNS entries for the hostname nowhere.example.  I cannot determine where to send this message.',
        source: 'James MailDelivrer',
      },
    ],
  },
  'james.invalid-mx': {
    source: 'apache/james-project server/protocols/protocols-smtp/.../fastfail/ValidRcptMX.java',
    examples: [
      {
        line: '530 5.7.1 Invalid MX /192.0.2.9 for domain example.org. Reject email',
        status: '5.7.1',
        source: 'James ValidRcptMX',
      },
    ],
  },
  'james.too-many-retries': {
    source: 'apache/james-project server/mailet/mailets/.../remote/delivery/DeliveryRunnable.java',
    examples: [
      { line: 'Too many retries failure. Bouncing after 5 retries.', source: 'James DeliveryRunnable' },
    ],
  },
  'james.looping': {
    source:
      'apache/james-project server/mailet/mailets/.../jsieve/ActionUtils.java (a Sieve redirect of a message that already passed here)',
    examples: [
      { line: 'This message is looping! Message ID: <x@example>', source: 'James jsieve ActionUtils' },
    ],
  },
  // --- MTA families from source code, third pass (issue 9): Zimbra
  'zimbra.lmtp-permanent-failure': {
    source:
      'Zimbra/zm-mailbox store/src/java/com/zimbra/cs/lmtpserver/LmtpReply.java, ZimbraLmtpBackend.java',
    examples: [
      { line: '554 5.0.0 Permanent message delivery failure', status: '5.0.0', source: 'Zimbra LmtpReply' },
    ],
  },
  'zimbra.sender-syntax': {
    source: 'Zimbra/zm-mailbox store/src/java/com/zimbra/cs/lmtpserver/LmtpReply.java',
    examples: [
      { line: '501 5.5.4 Syntax error in sender address', status: '5.5.4', source: 'Zimbra LmtpReply' },
    ],
  },
  'chkuser.sender-format': {
    source:
      'chkuser (qmail-smtpd patch) chkuser_settings.h CHKUSER_SENDERFORMAT_STRING: chkuser 2.0 chkuser_settings.h (denislemire/netqmail); sagredo-dev/qmail chkuser_settings.h',
    examples: [
      {
        line: '571 sorry, sender address has invalid format (#5.7.1 - chkuser)',
        source: 'chkuser 2.0 chkuser_settings.h (denislemire/netqmail)',
      },
    ],
  },
  // --- MTA families from source code, third pass (issue 9): Haraka
  'haraka.client-checks': {
    source:
      'haraka/Haraka connection.js (HELO/EHLO/MAIL replies), outbound/hmail.js (AUTH to a smarthost); haraka/haraka-plugin-early_talker, haraka-plugin-limit, haraka-plugin-mail_from.is_resolvable, haraka-plugin-helo.checks',
    examples: [
      { line: '550 HELO denied', source: 'Haraka connection.js' },
      { line: '501 HELO requires domain/address - see RFC-2821 4.1.1.1', source: 'Haraka connection.js' },
      { line: '501 Invalid MAIL FROM address', source: 'Haraka connection.js' },
      { line: '421 You talk too soon', source: 'haraka-plugin-early_talker' },
      { line: '421 Too many unrecognized commands', source: 'haraka-plugin-limit' },
      { line: '550 No MX for your FROM address', source: 'haraka-plugin-mail_from.is_resolvable' },
      { line: '450 Temp. resolver error (ETIMEOUT)', source: 'haraka-plugin-mail_from.is_resolvable' },
      { line: '550 That HELO not allowed here', source: 'haraka-plugin-helo.checks 1.1.3 index.js' },
      { line: '550 EHLO protocol mismatch', source: 'haraka-plugin-helo.checks 1.1.3 index.js' },
      {
        line: 'AUTH configured for domain example.org but host mx.example.org did not advertise AUTH capability',
        source: 'Haraka outbound/hmail.js',
      },
    ],
  },
  'haraka.message-format': {
    source: 'haraka/Haraka connection.js; haraka/haraka-plugin-headers index.js',
    examples: [
      { line: '451 Bare line-feed; see http://haraka.github.io/barelf/', source: 'Haraka connection.js' },
      { line: '554 Transaction failed due to too many MIME parts', source: 'Haraka connection.js' },
      { line: '550 The Date header is too far in the future', source: 'haraka-plugin-headers' },
      { line: '550 The Date header is too old', source: 'haraka-plugin-headers' },
      { line: '550 The Date header could not be parsed', source: 'haraka-plugin-headers 1.2.0 index.js' },
      {
        line: '550 outgoing mail must not have a Return-Path header (RFC 5321)',
        source: 'haraka-plugin-headers 1.2.0 index.js',
      },
    ],
  },
  'haraka.required-header': {
    source: 'haraka/haraka-plugin-headers index.js (missing_required)',
    examples: [{ line: "550 Required header 'Date' missing", source: 'haraka-plugin-headers' }],
  },
  'haraka.delivered-to': {
    source: 'haraka/haraka-plugin-headers index.js (delivered_to)',
    examples: [{ line: '550 Invalid Delivered-To header content', source: 'haraka-plugin-headers' }],
  },
  'haraka.outbound-and-scanner': {
    source:
      'haraka/Haraka outbound/hmail.js (temp_fail and bounce reasons); haraka/haraka-plugin-clamd, -spamassassin, -rspamd, -attachment index.js (the receiving server’s own scanners failing)',
    examples: [
      { line: 'Temporary MX lookup error for example.org', source: 'Haraka outbound/hmail.js' },
      { line: 'Tried all MXs', source: 'Haraka outbound/hmail.js' },
      { line: 'No TLS available but required by configuration.', source: 'Haraka outbound/hmail.js' },
      { line: 'Host failed TLS verification required by configuration.', source: 'Haraka outbound/hmail.js' },
      { line: 'Unrecognized response from upstream server: garbage', source: 'Haraka outbound/hmail.js' },
      { line: '451 Error connecting to virus scanner', source: 'haraka-plugin-clamd' },
      { line: '451 Virus scanner timed out', source: 'haraka-plugin-clamd' },
      { line: '451 spamd scan timeout', source: 'haraka-plugin-spamassassin 1.1.2 index.js' },
      { line: '451 Rspamd scan error', source: 'haraka-plugin-rspamd index.js' },
      { line: '450 Error unpacking archive', source: 'haraka-plugin-attachment 1.2.1 index.js' },
    ],
  },
  'haraka.nowhere-to-deliver': {
    source: 'haraka/Haraka outbound/hmail.js',
    examples: [
      { line: 'Nowhere to deliver mail to for domain: example.org', source: 'Haraka outbound/hmail.js' },
      {
        line: 'Domain nowhere.example sends and receives no email (NULL MX)',
        source: 'Haraka outbound/hmail.js',
      },
    ],
  },
  'haraka.too-many-failures': {
    source:
      'haraka/Haraka outbound/hmail.js (temp_fail past temp_fail_intervals: convert_temp_failed_to_bounce)',
    examples: [{ line: 'Too many failures (Tried all MXs)', source: 'Haraka outbound/hmail.js' }],
  },
  'haraka.limits': {
    source: 'haraka/Haraka plugins/queue/smtp_forward.js; haraka/haraka-plugin-limit index.js',
    examples: [
      { line: '451 Split transaction, retry soon', source: 'Haraka smtp_forward.js' },
      { line: '451 Too many recipient attempts', source: 'haraka-plugin-limit' },
    ],
  },
  'haraka.karma': {
    source:
      'haraka/haraka-plugin-karma index.js (deny message), haraka/Haraka connection.js (connect DENY default)',
    examples: [
      { line: '550 very bad karma score: -12', source: 'haraka-plugin-karma' },
      { line: '554 Your mail is not welcome here', source: 'Haraka connection.js' },
    ],
  },
  'haraka.bounce-plugin': {
    source: 'haraka/haraka-plugin-bounce index.js',
    examples: [
      { line: '550 Bounces not accepted here', source: 'haraka-plugin-bounce' },
      { line: '550 Invalid bounce (spoofed sender)', source: 'haraka-plugin-bounce' },
      {
        line: '550 this bounce message has too many recipients',
        source: 'haraka-plugin-bounce 2.2.1 index.js',
      },
      {
        line: '550 bounce with non-empty Return-Path (RFC 3834)',
        source: 'haraka-plugin-bounce 2.2.1 index.js',
      },
    ],
  },
  'dma.smtp-login': {
    source: 'corecode/dma net.c (deliver_to_host: "SMTP login to %s failed")',
    examples: [{ line: 'SMTP login to mx.example.org failed', source: 'dma net.c' }],
  },
  'nullmailer.smarthost-auth': {
    source: 'bruceg/nullmailer protocols/smtp.cc (protocol_starttls / AUTH selection)',
    examples: [
      {
        line: 'Diagnostic-Code: SMTP; Server does not advertise any supported authentication methods',
        source:
          'nullmailer protocols/smtp.cc, as nullmailer-send passes it to nullmailer-dsn (send.cc parse_output)',
      },
      {
        line: 'Server does not advertise certificate authentication',
        source: 'nullmailer protocols/smtp.cc',
      },
    ],
  },
  'haraka.access-blocklist': {
    source: 'haraka/haraka-plugin-access 1.4.0 index.js (connect/mail/data blocklist checks)',
    examples: [
      { line: '550 You are not welcome here.', source: 'haraka-plugin-access 1.4.0 index.js' },
      {
        line: '550 Email from that domain is not accepted here.',
        source: 'haraka-plugin-access 1.4.0 index.js',
      },
    ],
  },
  'haraka.relay-dest-domain': {
    source: 'haraka/haraka-plugin-relay 1.0.2 index.js (dest_domains)',
    examples: [
      {
        line: '550 Mail for that recipient is not accepted here.',
        source: 'haraka-plugin-relay 1.0.2 index.js',
      },
    ],
  },
  'panels.content-acl': {
    source:
      'HestiaCP install/deb/exim/exim4.conf.template and VestaCP install/debian/*/exim/exim4.conf.template (acl_check_mime deny message); NethServer nethserver-mail filter/etc/e-smith/templates/etc/rspamd/local.d/external_services.conf/10base (oletools message); Exim doc/doc-docbook/spec.xfpt (regex condition); courier-pythonfilter filters/attachments.py',
    examples: [
      {
        line: '550 contains blacklisted regex (URGENT BUSINESS PROPOSAL)',
        source: 'Exim doc/doc-docbook/spec.xfpt (regex condition example)',
      },
      {
        line: '554 The extension of the attached file is blacklisted',
        source: 'courier-pythonfilter filters/attachments.py',
      },
      {
        line: '550 Blacklisted file extension detected',
        source: 'HestiaCP install/deb/exim/exim4.conf.template',
      },
      {
        line: '554 5.7.1 Rejected suspicious office document macro',
        status: '5.7.1',
        source: 'NethServer nethserver-mail rspamd/local.d/external_services.conf/10base',
      },
    ],
  },
  'haraka.attachment': {
    source: 'haraka/haraka-plugin-attachment 1.2.1 index.js',
    examples: [
      { line: '550 Message contains encrypted archive', source: 'haraka-plugin-attachment 1.2.1 index.js' },
      {
        line: '550 Message contains disallowed file extension (exe)',
        source: 'haraka-plugin-attachment 1.2.1 index.js',
      },
      {
        line: '550 Message contains unacceptable attachment (invoice.exe)',
        source: 'haraka-plugin-attachment 1.2.1 index.js',
      },
      {
        line: '550 Message contains nested archives exceeding the maximum depth',
        source: 'haraka/haraka-plugin-attachment index.js (7700dd0, archive_max_depth)',
      },
    ],
  },
  'haraka.spf-errors': {
    source: 'haraka/haraka-plugin-spf index.js',
    examples: [
      { line: '450 sender <a@example.net> SPF Temporary Error', source: 'haraka-plugin-spf' },
      { line: '550 sender <a@example.net> SPF Permanent Error', source: 'haraka-plugin-spf' },
    ],
  },
  // --- MTA families from source code, third pass (issue 9): Stalwart
  'stalwart.session': {
    source:
      'stalwartlabs/mail-server crates/smtp/src/inbound/mail.rs (EHLO first, extension checks), crates/smtp/src/queue/dsn.rs (Error::Io)',
    examples: [
      {
        line: '503 5.5.1 Polite people say EHLO first.',
        status: '5.5.1',
        source: 'Stalwart inbound/mail.rs',
      },
      {
        line: '501 5.5.4 REQUIRETLS has been disabled.',
        status: '5.5.4',
        source: 'Stalwart inbound/mail.rs',
      },
      {
        line: '501 5.5.4 DSN extension has been disabled.',
        status: '5.5.4',
        source: 'Stalwart inbound/mail.rs',
      },
      { line: '<b@example.org> (queue error: No space left on device)', source: 'Stalwart queue/dsn.rs' },
    ],
  },
  'stalwart.auth': {
    source: 'stalwartlabs/mail-server crates/smtp/src/inbound/auth.rs, inbound/mail.rs',
    examples: [
      {
        line: '455 4.3.0 Too many authentication errors, disconnecting.',
        status: '4.3.0',
        source: 'Stalwart inbound/auth.rs',
      },
      { line: '503 5.5.1 You must authenticate first.', status: '5.5.1', source: 'Stalwart inbound/mail.rs' },
      {
        line: '535 5.7.8 Authentication credentials invalid.',
        status: '5.7.8',
        source: 'Stalwart inbound/auth.rs',
      },
    ],
  },
  // --- MTA families from source code, third pass (issue 9): OpenSMTPD
  'opensmtpd.session': {
    source:
      'OpenSMTPD usr.sbin/smtpd/smtp_session.c (HELO/EHLO, MAIL FROM, RCPT, DATA replies), mta.c and mta_session.c (smarthost, credentials, AUTH)',
    examples: [
      { line: '501 5.5.2 HELO requires domain name', status: '5.5.2', source: 'OpenSMTPD smtp_session.c' },
      { line: '553 5.1.7 Sender address syntax error', source: 'OpenSMTPD smtp_session.c' },
      {
        line: '503 5.5.1 Invalid command: No recipient specified',
        status: '5.5.1',
        source: 'OpenSMTPD smtp_session.c',
      },
      {
        line: '500 5.5.1 Invalid command: Pipelining not supported',
        status: '5.5.1',
        source: 'OpenSMTPD smtp_session.c',
      },
      { line: 'Could not retrieve credentials', source: 'OpenSMTPD mta.c' },
      { line: 'Cannot retrieve smarthost', source: 'OpenSMTPD mta.c' },
      { line: 'AUTH not advertised', source: 'OpenSMTPD mta_session.c' },
      { line: 'Refuse to AUTH over insecure channel', source: 'OpenSMTPD mta_session.c' },
    ],
  },
  'opensmtpd.auth': {
    source: 'OpenSMTPD usr.sbin/smtpd/smtp_session.c (530 without AUTH), mta_session.c ("AUTH rejected: %s")',
    examples: [
      {
        line: '530 5.5.1 Invalid command: Must issue an AUTH command first',
        status: '5.5.1',
        source: 'OpenSMTPD smtp_session.c',
      },
      { line: 'AUTH rejected: 535 5.7.8 Error: authentication failed', source: 'OpenSMTPD mta_session.c' },
    ],
  },
  'opensmtpd.recipient-syntax': {
    source: 'OpenSMTPD usr.sbin/smtpd/smtp_session.c',
    examples: [
      {
        line: '501 5.1.3 Recipient address syntax error',
        status: '5.1.3',
        source: 'OpenSMTPD smtp_session.c',
      },
    ],
  },
  'opensmtpd.remote-session': {
    source: 'OpenSMTPD usr.sbin/smtpd/mta_session.c (mta_error), lka_session.c (expansion failure, X.2.4)',
    examples: [
      { line: 'TLS required but not supported by remote host', source: 'OpenSMTPD mta_session.c' },
      { line: 'Too many consecutive errors, closing connection', source: 'OpenSMTPD mta_session.c' },
      { line: 'Remote host sent too much data', source: 'OpenSMTPD mta_session.c' },
      { line: 'Connection closed unexpectedly', source: 'OpenSMTPD mta_session.c' },
      { line: 'Bad response: invalid response', source: 'OpenSMTPD mta_session.c' },
      {
        line: '524 5.2.4 Mailing list expansion problem',
        status: '5.2.4',
        source: 'OpenSMTPD lka_session.c',
      },
    ],
  },
  'opensmtpd.temporary-error': {
    source: 'OpenSMTPD usr.sbin/smtpd/smtp_session.c ("421 %s Temporary Error")',
    examples: [{ line: '421 4.3.0 Temporary Error', source: 'OpenSMTPD smtp_session.c' }],
  },
  // --- MTA families from source code, third pass (issue 9): hMailServer
  'hmailserver.session': {
    source:
      'hmailserver/hmailserver hmailserver/source/Server/SMTP/SMTPConnection.cpp, ExternalDelivery.cpp (relay host not found)',
    examples: [
      { line: '503 Must have sender and recipient first.', source: 'hMailServer SMTPConnection.cpp' },
      {
        line: '550 Invalid syntax. Syntax should be MAIL FROM:<mailbox@domain>[crlf]',
        source: 'hMailServer SMTPConnection.cpp',
      },
      { line: '550 Sender address must be specified.', source: 'hMailServer SMTPConnection.cpp' },
      { line: '501 EHLO Invalid domain address.', source: 'hMailServer SMTPConnection.cpp' },
      { line: '530 Must issue STARTTLS first.', source: 'hMailServer SMTPConnection.cpp' },
      {
        line: '530 A SSL/TLS-connection is required for authentication.',
        source: 'hMailServer SMTPConnection.cpp',
      },
      { line: 'Too many invalid commands. Bye!', source: 'hMailServer SMTPConnection.cpp' },
      { line: '550 Unsupported ESMTP extension: SMTPUTF8', source: 'hMailServer SMTPConnection.cpp' },
      { line: '421 Excessive amounts of data sent to server.', source: 'hMailServer SMTPConnection.cpp' },
      {
        line: 'Error Type: SMTP Error Description: The host specified as SMTP relay server could not be found. Please contact your server administrator.',
        source: 'hMailServer ExternalDelivery.cpp',
      },
    ],
  },
  'hmailserver.auth': {
    source:
      'hmailserver/hmailserver hmailserver/source/Server/SMTP/SMTPConnection.cpp (AUTH and MAIL FROM after AUTH)',
    examples: [
      {
        line: '550 Login credentials no longer valid. Please re-authenticate.',
        source: 'hMailServer SMTPConnection.cpp',
      },
      { line: '504 Authentication not enabled.', source: 'hMailServer SMTPConnection.cpp' },
      {
        line: '535 Authentication failed. Too many invalid logon attempts.',
        source: 'hMailServer SMTPConnection.cpp',
      },
    ],
  },
  'hmailserver.not-saved': {
    source: 'hmailserver/hmailserver hmailserver/source/Server/SMTP/SMTPConnection.cpp',
    examples: [
      { line: '451 Rejected - No data saved.', source: 'hMailServer SMTPConnection.cpp' },
      {
        line: '554 Your message was received but it could not be saved. Please retry later.',
        source: 'hMailServer SMTPConnection.cpp',
      },
    ],
  },
  'hmailserver.greylist': {
    source:
      'hmailserver/hmailserver hmailserver/source/Server/SMTP/SMTPConnection.cpp (greylisting: 451, and 450 after DATA)',
    examples: [{ line: '451 Please try again later.', source: 'hMailServer SMTPConnection.cpp' }],
  },
  // --- MTA families from vendor documentation, third pass (issue 9): HCL Domino
  'domino.dns-hard-error': {
    source:
      'HCL Domino Router Delivery Failure Report ("because: 5.1.2 - Bad destination host \'DNS Hard Error looking up ...\'", a Domino DFR published at pastebin.com/ESqDdi4N); help.hcl-software.com Domino "Customizing the text of mail failure messages" (domain failure)',
    examples: [
      {
        line: "5.1.2 - Bad destination host 'DNS Hard Error looking up nowhere.example (A): domain has no A record'",
        source: 'Domino Delivery Failure Report',
      },
    ],
  },
  // --- MTA families from source code, third pass (issue 9): Postfix
  'postfix.tls-not-offered': {
    source:
      'vdukhovni/postfix postfix/src/smtp/smtp_proto.c (smtp_start_tls / TLS policy "encrypt" or stronger)',
    examples: [
      {
        line: 'TLS is required, but was not offered by host mx.example.org[192.0.2.1]',
        source: 'Postfix smtp_proto.c',
      },
      {
        line: 'TLS is required, but host mx.example.org[192.0.2.1] refused to start TLS: 454 4.3.0 Try again later',
        source: 'Postfix smtp_proto.c',
      },
    ],
  },
  // --- MTA families from source code, third pass (issue 9): Postfix
  'postfix.sender-login-mismatch': {
    source:
      'vdukhovni/postfix postfix/src/smtpd/smtpd_check.c (reject_sender_login_mismatch, reject_unauthenticated_sender_login_mismatch)',
    examples: [
      {
        line: '553 5.7.1 <a@example.net>: Sender address rejected: not logged in',
        source: 'Postfix smtpd_check.c',
      },
      {
        line: '553 5.7.1 <a@example.net>: Sender address rejected: not owned by user bob',
        source: 'Postfix smtpd_check.c',
      },
      {
        line: '553 5.7.1 Sender address rejected: not owned by auth user.',
        status: '5.7.1',
        source: "yandex/NwSMTP src/smtp_connection_mailfrom.cpp (Yandex's SMTP server)",
      },
    ],
  },
  'postfix.delivery-agents': {
    source: 'vdukhovni/postfix postfix/src/global/pipe_command.c, postfix/src/smtp/smtp_connect.c',
    examples: [
      { line: 'Command time limit exceeded: "/usr/bin/procmail"', source: 'Postfix pipe_command.c' },
      { line: 'server unavailable or unable to receive mail', source: 'Postfix smtp_connect.c' },
    ],
  },
  'postfix.mail-transport': {
    source:
      'vdukhovni/postfix postfix/src/qmgr/qmgr_deliver.c (DSN 4.3.0 "unknown mail transport error" when a delivery agent crashes, "mail transport unavailable" when none answers), postfix/src/global/deliver_pass.c',
    examples: [
      {
        line: 'delivery temporarily suspended: unknown mail transport error',
        status: '4.3.0',
        source: 'Postfix qmgr_deliver.c (SUSPENDED prefix + DSN text)',
      },
      { line: 'mail transport unavailable', status: '4.3.0', source: 'Postfix deliver_pass.c' },
    ],
  },
  'postfix.local-mailbox': {
    source:
      'vdukhovni/postfix postfix/src/local/mailbox.c, postfix/src/local/dotforward.c, postfix/src/util/safe_open.c, postfix/src/local/alias.c, postfix/src/local/token.c',
    examples: [
      {
        line: 'cannot update mailbox /var/mail/bob for user bob. error writing message: Read-only file system',
        source: 'Postfix local/mailbox.c',
      },
      { line: 'cannot open file: Permission denied', source: 'Postfix util/safe_open.c' },
      { line: 'alias database unavailable', source: 'Postfix local/alias.c (4.3.0)' },
      {
        line: 'error reading forwarding file: Permission denied',
        source: 'Postfix local/token.c (4.3.0, "error reading forwarding file: %m")',
      },
      { line: 'user lookup error', source: 'Postfix local/mailbox.c, dotforward.c, recipient.c (4.0.0)' },
    ],
  },
  'postfix.mailbox-size-limit': {
    source:
      'vdukhovni/postfix postfix/src/global/mail_copy.c ("error writing message: %m", EFBIG under mailbox_size_limit)',
    examples: [
      {
        line: 'cannot update mailbox /var/mail/bob for user bob. error writing message: File too large',
        source: 'Postfix local/mailbox.c, global/mail_copy.c',
      },
    ],
  },
  'postfix.alias-loop': {
    source: 'vdukhovni/postfix postfix/src/local/alias.c',
    examples: [{ line: 'alias database loop for bob', source: 'Postfix local/alias.c' }],
  },
  // --- MTA families from source code, third pass (issue 9): Exim
  'exim.mx-points-here': {
    source: 'Exim/exim src/src/routers/rf_self_action.c (self = fail/defer)',
    examples: [
      { line: 'lowest numbered MX record points to local host', source: 'Exim rf_self_action.c' },
      { line: 'remote host address is the local host', source: 'Exim rf_self_action.c' },
    ],
  },
  'exim.host-lookup-incomplete': {
    source: 'Exim/exim src/src/routers/dnslookup.c (HOST_FIND_AGAIN)',
    examples: [{ line: 'host lookup did not complete', source: 'Exim dnslookup.c' }],
  },
  // --- MTA families from source code, third pass (issue 9): qmail (notqmail)
  'qmail.local-open-failed': {
    source:
      'notqmail/notqmail qmail-local.c (mailfile: strerr_die5x(111,"Unable to open ",fn,": ",error_str(errno),". (#4.2.1)")), error_str.c, qmail-send.c (the queue lifetime\'s "I\'m not going to try again")',
    examples: [
      {
        line: 'Unable to open /home/yann/Mailbox: access denied. (#4.2.1)',
        status: '4.2.1',
        source: 'notqmail qmail-local.c, error_str.c (EACCES)',
      },
    ],
  },
  'qmail.local-delivery': {
    source:
      'notqmail/notqmail qmail-local.c (maildir, home directory and .qmail checks, forwarding), qmail-smtpd.c (qqt failure)',
    examples: [
      { line: 'Unable to chdir to maildir. (#4.2.1)', source: 'notqmail qmail-local.c' },
      { line: 'Temporary error on maildir delivery. (#4.3.0)', source: 'notqmail qmail-local.c' },
      { line: 'Uh-oh: home directory is writable. (#4.7.0)', source: 'notqmail qmail-local.c' },
      { line: 'Uh-oh: .qmail file is writable. (#4.7.0)', source: 'notqmail qmail-local.c' },
      { line: 'File has been locked for 30 seconds straight. (#4.3.0)', source: 'notqmail qmail-local.c' },
      { line: '451 qqt failure (#4.3.0)', source: 'notqmail qmail-smtpd.c' },
      {
        line: 'Unable to switch to /var/vpopmail/domains/example.org: input/output error. (#4.3.0)',
        status: '4.3.0',
        source: "qmail-local.c temp_chdir, as PHPMailer-BMH's rule 0172 quotes it",
      },
      {
        line: '451 qq crashed (#4.3.0)',
        source: "notqmail qmail.c (qmail-queue's exit codes as qmail-smtpd reports them)",
      },
      { line: '451 qq trouble creating files in queue (#4.3.0)', source: 'notqmail qmail.c' },
      { line: 'qmail-local crashed.', source: 'notqmail qmail-lspawn.c' },
      { line: 'CNAME lookup failed temporarily. (#4.4.3)', source: 'notqmail qmail-remote.c' },
    ],
  },
  'qmail.remote-session': {
    source:
      'notqmail/notqmail qmail-remote.c (a session that broke before the remote answered, and "Giving up on <ip>")',
    examples: [
      { line: 'Connected to 192.0.2.1 but greeting failed.', source: 'notqmail qmail-remote.c' },
      { line: 'Connected to 192.0.2.1 but connection died. (#4.4.2)', source: 'notqmail qmail-remote.c' },
      { line: 'Giving up on 192.0.2.1.', source: 'notqmail qmail-remote.c' },
    ],
  },
  'qmail.remote-helo': {
    source: 'notqmail/notqmail qmail-remote.c',
    examples: [
      { line: 'Connected to 192.0.2.1 but my name was rejected.', source: 'notqmail qmail-remote.c' },
    ],
  },
  'qmail.remote-sender': {
    source: 'notqmail/notqmail qmail-remote.c',
    examples: [
      { line: 'Connected to 192.0.2.1 but sender was rejected.', source: 'notqmail qmail-remote.c' },
    ],
  },
  'qmail.badmailfrom': {
    // control/badmailfrom (qmail-smtpd(8)) lists the envelope senders and @domains the RECEIVING
    // site refuses: its own block list (TAXONOMY recipient-policy), not the sender's account
    // stopped by its own provider (sender-blocked) nor its DNS/HELO/TLS (sender-infrastructure).
    source: 'notqmail/notqmail qmail-smtpd.c (err_bmf); bruceg/mailfront plugin-qmail-validate.c',
    examples: [
      {
        line: '553 sorry, your envelope sender is in my badmailfrom list (#5.7.1)',
        source: 'notqmail qmail-smtpd.c',
      },
      {
        line: '553 5.1.0 Sorry, your envelope sender is in my badmailfrom list.',
        status: '5.1.0',
        source: 'bruceg/mailfront plugin-qmail-validate.c',
      },
    ],
  },
  'qmail.address-syntax': {
    source: 'notqmail/notqmail spawn.c, qmail-qmqpd.c (#5.1.3)',
    examples: [
      { line: 'Sorry, address must include host name. (#5.1.3)', source: 'notqmail spawn.c' },
      { line: "sorry, I can't accept addresses like that (#5.1.3)", source: 'notqmail qmail-qmqpd.c' },
    ],
  },
  'qmail.remote-recipient': {
    source: 'notqmail/notqmail qmail-remote.c',
    examples: [{ line: '192.0.2.1 does not like recipient.', source: 'notqmail qmail-remote.c' }],
  },
  // --- MTA families from source code, third pass (issue 9): Exim (transports)
  'exim.transport-failures': {
    source:
      'Exim/exim src/src/os.c (os_strexit: the exit status behind "Child process of <transport> transport returned N"), src/src/transports/pipe.c, src/src/transports/smtp.c',
    examples: [
      {
        line: 'Child process of address_pipe transport returned 127 (could mean unable to exec or command does not exist) from command: /usr/local/bin/filter',
        source: 'Exim transports/pipe.c, os.c',
      },
      {
        line: "Child process of pipe transport returned 73 (could mean can't create output file) from command: /usr/local/bin/filter",
        source: 'Exim transports/pipe.c, os.c',
      },
      { line: 'TLS support not available', source: 'Exim transports/smtp.c' },
    ],
  },
  'exim.local-delivery-failed': {
    source:
      'Exim/exim src/src/transports/pipe.c (addr->user_message = "local delivery failed" on any pipe failure; the command\'s output only in deliver.c\'s "The following text was generated during the delivery attempt")',
    examples: [
      { line: 'local delivery failed', source: 'Exim transports/pipe.c' },
      {
        line: 'Delay reason: local delivery failed',
        source: 'Exim deliver.c (send_warning_message, print_address_error)',
      },
    ],
  },
  'exim.pipe-no-user': {
    source: 'Exim/exim src/src/os.c (os_strexit, EX_NOUSER)',
    examples: [
      {
        line: 'Child process of appendfile transport returned 67 (could mean user nonexistent) from command: /usr/bin/procmail',
        source: 'Exim transports/pipe.c, os.c',
      },
    ],
  },
  'exim.unrouteable-own-domain': {
    source:
      'Exim/exim src/src/route.c (route_address: "no more routers" sets "Unrouteable address"); live Exim 4.96 (Debian bookworm) bounce for an unknown local user, test/fixtures/live-mta/exim/unknown-local.eml',
    examples: [
      {
        line: 'Unrouteable address',
        recipientDomain: 'example.com',
        reportingMta: 'mx.example.com',
        source:
          'Exim 4.96 bounce, Reporting-MTA: dns; mx.example.com, Final-Recipient: rfc822;nosuch@example.com',
      },
    ],
  },
  'text.mta-queue-minutes': {
    source:
      'sendmail 8.17 sendmail/envelope.c ("Message could not be delivered for %s", pintvl() of Timeout.queuereturn in minutes); live Sendmail 8.17.1.9 bounces, test/fixtures/live-mta/sendmail/',
    examples: [{ line: 'Message could not be delivered for 3 minutes', source: 'Sendmail 8.17.1.9 bounce' }],
  },
  'exim.pipe-no-host': {
    source: 'Exim/exim src/src/os.c (os_strexit, EX_NOHOST)',
    examples: [
      {
        line: 'Child process of appendfile transport returned 68 (could mean host nonexistent) from command: /usr/bin/procmail',
        source: 'Exim transports/pipe.c, os.c',
      },
    ],
  },
  'exim.moan-too-big': {
    source:
      'Exim/exim src/src/moan.c (moan_send_message, ERRMESS_TOOBIG); live Exim 4.96 bounce, test/fixtures/live-mta/exim/size-limit.eml',
    examples: [
      {
        line: 'A message that you sent was longer than the maximum size allowed on this system. It was not delivered to any recipients.',
        source: 'Exim 4.96 "Mail failure - message too big"',
      },
    ],
  },
  'exim.moan-too-many-recipients': {
    source: 'Exim/exim src/src/moan.c (moan_send_message, ERRMESS_TOOMANYRECIP)',
    examples: [
      {
        line: 'A message that you sent contained more recipients than allowed on this system. It was not delivered to any recipients.',
        source: 'Exim moan.c "Mail failure - too many recipients"',
      },
    ],
  },
  'exim.moan-submission': {
    source:
      'Exim/exim src/src/moan.c (moan_send_message: ERRMESS_VLONGHEADER, ERRMESS_VLONGHDRLINE, ERRMESS_NOADDRESS, ERRMESS_IGADDRESS)',
    examples: [
      {
        line: 'A message that you sent contained a header section that was excessively long and could not be handled by the mail transmission software.',
        source: 'Exim moan.c "Mail failure - overlong header section"',
      },
      {
        line: 'A message that you sent contained a header line that was excessively long and could not be handled by the mail transmission software.',
        source: 'Exim moan.c "Mail failure - overlong header line"',
      },
      {
        line: 'A message that you sent contained no recipient addresses, and therefore no delivery could be attempted.',
        source: 'Exim moan.c "Mail failure - no recipient addresses"',
      },
    ],
  },
  'exim.header-sender': {
    source: 'Exim/exim src/src/verify.c (verify = header_sender)',
    examples: [{ line: 'there is no valid sender in any header line', source: 'Exim verify.c' }],
  },
  'exim.smarthost-auth': {
    source: 'Exim/exim src/src/transports/smtp.c (hosts_require_auth)',
    examples: [
      { line: 'server did not advertise AUTH support', source: 'Exim transports/smtp.c' },
      { line: 'no common mechanisms were found', source: 'Exim transports/smtp.c' },
    ],
  },
  'opensmtpd.user-lookup': {
    source: 'OpenSMTPD usr.sbin/smtpd/mda.c',
    examples: [{ line: 'Permanent failure in user lookup', source: 'OpenSMTPD mda.c' }],
  },
  'stalwart.list-not-found': {
    source: 'stalwartlabs/mail-server crates/smtp/src/inbound/rcpt.rs',
    examples: [{ line: '550 5.1.2 Mailing list not found.', status: '5.1.2', source: 'Stalwart rcpt.rs' }],
  },
  'james.spf': {
    source: 'apache/james-project server/protocols/protocols-smtp/.../fastfail/SPFHandler.java',
    examples: [
      {
        line: '451 4.4.3 Temporarily rejected: Problem on SPF lookup',
        status: '4.4.3',
        source: 'James SPFHandler',
      },
    ],
  },
  'hmailserver.delivery-not-allowed': {
    source:
      'hmailserver/hmailserver hmailserver/source/Server/SMTP/RecipientParser.cpp, SMTPConnection.cpp (IP range relay rules)',
    examples: [
      { line: '550 Delivery is not allowed to this address.', source: 'hMailServer SMTPConnection.cpp' },
    ],
  },
  'messagelabs.relay': {
    source: 'Broadcom Email Security.cloud (MessageLabs) replies, ../shared/reference/provider-codes.tsv',
    examples: [
      {
        line: '553 5.7.1 you are trying to use me as a relay',
        status: '5.7.1',
        source: 'MessageLabs (provider-codes.tsv)',
      },
    ],
  },
  'hmailserver.sender-domain-mx': {
    source: 'hmailserver/hmailserver hmailserver/source/Server/Common/AntiSpam/SpamTestMXRecords.cpp',
    examples: [
      {
        line: '550 Sender domain does not have any MX records.',
        source: 'hMailServer SpamTestMXRecords.cpp',
      },
    ],
  },
  'hmailserver.spf-dkim': {
    source:
      'hmailserver/hmailserver hmailserver/source/Server/Common/AntiSpam/SpamTestSPF.cpp, DKIM/SpamTestDKIM.cpp',
    examples: [
      { line: '550 Blocked by SPF. (The sender is not authorized)', source: 'hMailServer SpamTestSPF.cpp' },
      { line: '550 Rejected by DKIM.', source: 'hMailServer SpamTestDKIM.cpp' },
    ],
  },
  'hmailserver.no-mail-servers': {
    source:
      'hmailserver/hmailserver hmailserver/source/Server/SMTP/ExternalDelivery.cpp (its own non-delivery text)',
    examples: [
      {
        line: "Error Type: SMTP Error Description: No mail servers appear to exists for the recipient's address. Additional information: Please check that you have not misspelled the recipient's email address.",
        source: 'hMailServer ExternalDelivery.cpp',
      },
    ],
  },
  'hmailserver.recursive-forwards': {
    source: 'hmailserver/hmailserver hmailserver/source/Server/SMTP/LocalDelivery.cpp',
    examples: [
      {
        line: 'Mail server configuration error. Too many recursive forwards.',
        source: 'hMailServer LocalDelivery.cpp',
      },
    ],
  },
  'proofpoint.invalid-address': {
    source: 'Proofpoint gateway replies, ../shared/reference/provider-codes.tsv',
    examples: [
      {
        line: '550 5.7.1 Recipient address rejected: User email address is marked as invalid.',
        status: '5.7.1',
        source: 'Proofpoint (provider-codes.tsv)',
      },
    ],
  },
  'coremail.unknown-user': {
    source:
      'Coremail support, bounce prompts index (icoremail.vip/support/index.php?cate_id=84): "unavailable mail user", "user not known", "local server don\'t exists that user", "not user of this server"',
    examples: [
      { line: '550 User not known', source: 'Coremail support' },
      { line: "550 local server don't exists that user", source: 'Coremail support' },
    ],
  },
  'cn-host.mailbox-full': {
    source:
      'Chinese hosts\' bounce labels: emailhost.com.cn/service.html ("[退信] 收件容量满:Quota exceeded"); 023dns.com/mail_send/728.html ("receiptor\'s mailbox is full(#5.5.4)", "Quota exceed the hard limit for user"); "收信人收件箱已满" (552) in Chinese hosts\' bounce-code lists',
    examples: [
      { line: '[退信] 收件容量满:Quota exceeded', source: 'emailhost.com.cn' },
      { line: "receiptor's mailbox is full(#5.5.4)", source: '023dns.com' },
    ],
  },
  'willcom.mailbox-volume': {
    source:
      'WILLCOM (pdx.ne.jp) bounce quoted at nobuneko.com/blog/archives/2012/03/undelivered_mail_returned_to_s.html',
    examples: [
      {
        line: "552 We failed to deliver mail because the volume of recipient's mailbox exceeded the local limit.",
        source: 'WILLCOM pdx.ne.jp',
      },
    ],
  },
  'cn-host.too-large': {
    source:
      'emailhost.com.cn/service.html ("[退信] 邮件过大:exceeded mailsize limit"); grommunio/gromox data/mail_bounce/{gb2312,big5}/BOUNCE_MAIL_TOO_LARGE ("投递失败，邮件过大", "投遞失敗，郵件過大")',
    examples: [
      { line: '[退信] 邮件过大:exceeded mailsize limit', source: 'emailhost.com.cn' },
      {
        line: '很抱歉通知您，您發送到“huang.jie@example.org”的郵件無法被正確投遞，因為郵件過大！',
        source: 'grommunio/gromox data/mail_bounce/big5/BOUNCE_MAIL_TOO_LARGE',
      },
    ],
  },
  'cn-host.sending-quota': {
    source:
      'emailhost.com.cn/service.html ("[退信] 发信数超限制:sending quota exceeded"); NetEase SMTP codes ("451 Requested mail action not taken: too much fail authentication", help.163.com)',
    examples: [
      { line: '[退信] 发信数超限制:sending quota exceeded', source: 'emailhost.com.cn' },
      {
        line: '451 Requested mail action not taken: too much fail authentication',
        source: 'NetEase SMTP codes',
      },
    ],
  },
  'cn-host.network': {
    source: 'emailhost.com.cn/service.html ("[退信] 网络异常:rcpt handle timeout")',
    examples: [{ line: '[退信] 网络异常:rcpt handle timeout', source: 'emailhost.com.cn' }],
  },
  'icewarp.message-too-long': {
    source:
      'IceWarp, Interpretation of 5xx Errors in IceWarp SMTP (docs.icewarp.com/Content/IceWarp-Server/Administration-Nodes/Status/Logs/)',
    examples: [{ line: '501 5.7.1 Message is too long', status: '5.7.1', source: 'IceWarp 5xx error table' }],
  },
  'icewarp.sender-domain-required': {
    source: 'IceWarp, Interpretation of 5xx Errors in IceWarp SMTP (docs.icewarp.com)',
    examples: [
      { line: '501 5.5.2 Domain name required', status: '5.5.2', source: 'IceWarp 5xx error table' },
    ],
  },
  'smtp.submission-auth-failed': {
    source:
      'RFC 4954 section 6 (535 5.7.8 Authentication credentials invalid); IceWarp 5xx error table (501 5.7.0 Authentication failed); Apache James AuthCmdHandler (535 Authentication Failed); Courier (535 Authentication failed.)',
    examples: [
      { line: '501 5.7.0 Authentication failed', status: '5.7.0', source: 'IceWarp 5xx error table' },
      { line: '535 Authentication failed.', source: 'Courier' },
    ],
  },
  'exim.too-many-bad-recipients': {
    source: 'Exim src/src/configure.default (acl_check_rcpt)',
    examples: [{ line: '550 Rejected for too many bad recipients', source: 'Exim configure.default' }],
  },
  'exim.line-length-header-syntax': {
    source: 'Exim src/src/configure.default (acl_check_data: line length, verify = header_syntax)',
    examples: [
      { line: '550 maximum allowed line length is 998 octets, got 1200', source: 'Exim configure.default' },
      { line: '550 header syntax', source: 'Exim configure.default' },
    ],
  },
  'exim.restricted-characters': {
    source: 'Exim src/src/configure.default (acl_check_rcpt)',
    examples: [{ line: '550 Restricted characters in address', source: 'Exim configure.default' }],
  },
  'postfix.access-denied': {
    source:
      'postfix src/smtpd/smtpd_check.c (check_*_access REJECT: "<%s>: %s rejected: Access denied", access_map_reject_code 554); sendmail cf/m4/proto.m4 (access map REJECT: $@ 5.7.1 $: "550 Access denied"); Stalwart crates/smtp/src/inbound/mail.rs (session.mail.is-allowed, default: the blocked-domains list)',
    examples: [
      {
        line: '554 5.7.1 <b@example.org>: Recipient address rejected: Access denied',
        status: '5.7.1',
        source: 'postfix smtpd_check.c',
      },
      { line: '550 5.7.1 <a@example.com>... Access denied', status: '5.7.1', source: 'sendmail proto.m4' },
      { line: '550 5.7.1 Sender address not allowed.', status: '5.7.1', source: 'Stalwart inbound/mail.rs' },
    ],
  },
  'postfix.protocol-error': {
    source: 'postfix src/postscreen/ ("521 5.5.1 Protocol error", "550 5.5.1 Protocol error")',
    examples: [{ line: '550 5.5.1 Protocol error', source: 'postfix postscreen' }],
  },
  'cisco.poor-reputation': {
    source:
      'Cisco Secure Email (IronPort ESA) default HAT reject reply, quoted by SmarterTools KB a3500 (portal.smartertools.com/kb/a3500) and University of Texas ITS (SenderBase reputation)',
    examples: [
      {
        line: "554 Your access to this mail system has been rejected due to the sending MTA's poor reputation. If you believe that this failure is in error, please contact the intended recipient via alternate means.",
        source: 'Cisco ESA default reply (SmarterTools KB a3500)',
      },
    ],
  },
  'zimbra.lmtp-mailstore': {
    source: 'Zimbra/zm-mailbox store/src/java/com/zimbra/cs/lmtpserver/LmtpReply.java',
    examples: [
      {
        line: '451 4.2.2 Server accepts messages only on TLS connection',
        status: '4.2.2',
        source: 'Zimbra LmtpReply.java',
      },
      { line: '450 4.2.0 Mailbox is not on this server', status: '4.2.0', source: 'Zimbra LmtpReply.java' },
    ],
  },
  'smtp.recipient-syntax': {
    source:
      'RFC 3463 X.1.3; Zimbra/zm-mailbox LmtpReply.java (500 5.5.2 Syntax error in recipient address); apache/james-project RcptCmdHandler.java',
    examples: [
      {
        line: '500 5.5.2 Syntax error in recipient address',
        status: '5.5.2',
        source: 'Zimbra LmtpReply.java',
      },
      {
        line: '501 5.1.3 Malformed destination address',
        status: '5.1.3',
        source: 'chasquid internal/smtpsrv/conn.go (albertito/chasquid)',
      },
    ],
  },
  'coremail.local-user-only': {
    source: 'Coremail support, bounce prompts index (icoremail.vip/support/index.php?cate_id=84&page=5)',
    examples: [{ line: '550 Requested action not taken: Local user only', source: 'Coremail support' }],
  },
  'coremail.null-sender': {
    source: 'Coremail support, bounce prompts index (icoremail.vip/support/index.php?cate_id=84&page=5)',
    examples: [
      { line: '550 Requested action not taken: NULL sender is not allowed', source: 'Coremail support' },
    ],
  },
  'att.sender-domain': {
    source: 'AT&T replies as collected at smtp.codes/550 (AT&T section: reverse DNS of the sending IP)',
    examples: [
      {
        line: '550 5.7.1 Connections not accepted from servers without a valid sender domain.',
        status: '5.7.1',
        source: 'AT&T (smtp.codes/550)',
      },
    ],
  },
  'coremail.fake-sender': {
    source: 'Coremail support, bounce prompts index (icoremail.vip/support/index.php?cate_id=84&page=5)',
    examples: [{ line: '550 Requested mail action not taken: Fake sender', source: 'Coremail support' }],
  },
  'interia.spf': {
    source:
      'Interia mail help, pomoc.poczta.interia.pl ("550 5.7.0 [SPF] host ... is not allowed to send mail from domain")',
    examples: [
      {
        line: '550 5.7.0 [SPF] host 192.0.2.9 is not allowed to send mail from domain example.net',
        status: '5.7.0',
        source: 'Interia mail help',
      },
    ],
  },
  'coremail.ip-rejected': {
    source: 'Coremail support, bounce prompts index (icoremail.vip/support/index.php?cate_id=84&page=5)',
    examples: [{ line: '550 IP is rejected', source: 'Coremail support' }],
  },
  'coremail.user-blacklist': {
    source: 'Coremail support, bounce prompts index (icoremail.vip/support/index.php?cate_id=84&page=5)',
    examples: [{ line: '550 User in blacklist', source: 'Coremail support' }],
  },
  'smtp.sender-null-mx': {
    source:
      'RFC 7505 section 4.2 (X.7.27 sender address has null MX); postfix src/smtpd/smtpd_check.c (550 4.7.27/5.7.27 "<%s>: Sender address rejected: Domain %s does not accept mail (nullMX)")',
    examples: [
      {
        line: '550 5.7.27 <a@nowhere.example>: Sender address rejected: Domain nowhere.example does not accept mail (nullMX)',
        status: '5.7.27',
        source: 'postfix smtpd_check.c',
      },
    ],
  },
  'postfix.sender-null-mx': {
    source:
      'postfix src/smtpd/smtpd_check.c ("<%s>: Sender address rejected: Domain %s does not accept mail (nullMX)")',
    examples: [
      {
        line: '550 <a@nowhere.example>: Sender address rejected: Domain nowhere.example does not accept mail (nullMX)',
        source: 'postfix smtpd_check.c',
      },
    ],
  },
  'qmail.rcpthosts': {
    source: 'netqmail qmail-smtpd.c (err_nogateway, err_relay)',
    examples: [
      {
        line: "553 sorry, that domain isn't in my list of allowed rcpthosts (#5.7.1)",
        source: 'netqmail qmail-smtpd.c',
      },
      { line: "553 we don't relay (#5.7.1)", source: 'netqmail qmail-smtpd.c' },
    ],
  },
  'qmail.bare-lf': {
    source: 'netqmail qmail-smtpd.c (straynewline)',
    examples: [{ line: '451 See http://pobox.com/~djb/docs/smtplf.html.', source: 'netqmail qmail-smtpd.c' }],
  },
  // --- issue 9, rules4: known misfires
  'context.sender-host-not-found': {
    source:
      'sendmail cf/m4/proto.m4 check_mail ("553 Domain of sender address $&f does not exist", 5.1.8); netqmail mfcheck patch qmail-smtpd.c err_hmf ("553 sorry, your envelope sender domain must exist (#5.7.1)"); Postfix smtpd_check.c reject_unknown_sender_domain. Fires only when the text names the sender\'s own domain (the original From, else the bounce\'s To) and not the failed recipient\'s',
    examples: [
      {
        line: '553 Domain of sender address a@sender.example does not exist',
        sender: 'sender.example',
        source: 'sendmail cf/m4/proto.m4 check_mail',
      },
      {
        line: '450 4.1.8 <a@sender.example>: Sender address rejected: Domain not found',
        status: '4.1.8',
        sender: 'sender.example',
        source: 'postfix src/smtpd/smtpd_check.c reject_unknown_sender_domain',
      },
    ],
  },
  'platform.sending-quota': {
    source:
      'Amazon SES developer guide, manage-sending-quotas-errors ("454 Throttling failure: Maximum sending rate exceeded", "454 Throttling failure: Daily message quota exceeded"); GoDaddy relay quota reply ("550 Message would take you over your relay quota"); virtualmin-gpl save_ratelimit.cgi (milter-greylist ratelimit ACL, msg "Message quota exceeded")',
    examples: [
      {
        line: '454 Throttling failure: Daily message quota exceeded',
        source: 'docs.aws.amazon.com/ses/latest/dg/manage-sending-quotas-errors.html',
      },
      {
        line: '551 5.7.1 Message quota exceeded',
        source:
          'virtualmin-gpl save_ratelimit.cgi: a milter-greylist blacklist ACL with ratelimit and msg "Message quota exceeded" (a blacklist ACL replies 551 5.7.1)',
      },
      {
        line: '550 Message would take you over your relay quota of 250 Current quota used: 250',
        source: 'GoDaddy SMTP relay reply (relay quota)',
      },
      {
        line: '455 Maximum messages sent per minute reached : limit is 10',
        source:
          'docs.oracle.com iaas Content/Email/Concepts/troubleshooting.htm, OCI Email Delivery common SMTP errors ("455 Maximum messages sent per minute reached : limit is <limit>"); the limit is ours',
      },
      {
        line: '451 Authentication failed: Maximum credits exceeded',
        source:
          'Twilio SendGrid docs, SMTP Errors and Troubleshooting (a daily credit limit on the account); quoted by Postfix after "SASL authentication failed" (Adobe Commerce KB ka-25701)',
      },
    ],
  },
  'smtp.x.1.2-host-words': {
    source:
      'RFC 3463 X.1.2 "Bad destination system address" (the host named is not a mail host); sendmail and Postfix wording "host ... does not exist", "Host not found" with 5.1.2',
    examples: [
      {
        line: '553 5.1.2 <b@nowhere.example>... host nowhere.example does not exist',
        status: '5.1.2',
        source: 'RFC 3463 X.1.2 with sendmail\'s "does not exist" wording',
      },
    ],
  },
  // --- issue 9, rules4: gateways and sending platforms, from their documentation
  'mimecast.greylisting': {
    source:
      'Mimecast SMTP Error Codes (community.mimecast.com/s/article/Mimecast-SMTP-Error-Codes-842605754; mimecastsupport.zendesk.com "Policies - Mimecast SMTP Error Codes"): 451 "Internal resource temporarily unavailable": the sending server is greylisted, or its IP has a poor reputation; it must retry',
    examples: [
      {
        line: '451 Internal resource temporarily unavailable - https://community.mimecast.com/docs/DOC-1369#451',
        source: 'Mimecast SMTP Error Codes, 4xx table',
      },
      {
        line: '451 Internal resource is temporarily unavailable - https://community.mimecast.com/docs/DOC-1369#451 [Aj3QXapeMpqZYaeFwWhjzw.us32]',
        source: "Mimecast 451 (quoted by a customer's knowledge base)",
      },
    ],
  },
  'cpanel.max-emails-per-hour': {
    source:
      'cPanel/WHM "Max hourly emails per domain" (Exim on cPanel hosts): "Domain <d> has exceeded the max emails per hour (<n>/<max>) allowed. Message discarded." or "... Message will be reattempted later"',
    examples: [
      {
        line: 'Domain example.net has exceeded the max emails per hour (125/100 (125%)) allowed. Message discarded.',
        source: 'cPanel Exim hourly limit notice',
      },
    ],
  },
  'platform.sending-rate': {
    source:
      'Emailit sending limits (emailit.com/docs/kb/429-rate-limit-exceeded: "452 4.4.5 Messages per second limit exceeded", "452 4.5.3 Daily message limit exceeded"); Postfix anvil via Mailprotector common bouncebacks ("421 4.4.2 Message submission rate for this client has exceeded the configured limit"); Cisco Secure Email recipient rate limit ("452 Too many recipients received this hour")',
    examples: [
      {
        line: '452 4.5.3 Daily message limit exceeded',
        status: '4.5.3',
        source: 'emailit.com/docs/kb/429-rate-limit-exceeded',
      },
      {
        line: '421 4.4.2 Message submission rate for this client has exceeded the configured limit',
        status: '4.4.2',
        source: 'support.mailprotector.com Common Email Bouncebacks (Postfix anvil)',
      },
    ],
  },
  'mimecast.policy-block-list': {
    source:
      'Mimecast, "Policies - Managing Blocked Senders and Email Rejections" (mimecastsupport.zendesk.com): "Policy level block list in force": a Blocked Senders policy of the receiving organization',
    examples: [
      { line: '550 Policy level block list in force', source: 'Mimecast Blocked Senders documentation' },
    ],
  },
  'proofpoint.spf-policy': {
    source:
      'Proofpoint Essentials outbound SPF rejection, as documented at 404andmore.com/proofpoint-essentials-fixing-the-550-5-7-1-spf-rejected-error ("550 5.7.1 Message rejected per sender\'s SPF policy - OXSUS001_514")',
    examples: [
      {
        line: "550 5.7.1 Message rejected per sender's SPF policy - OXSUS001_514",
        status: '5.7.1',
        source: 'Proofpoint Essentials SPF rejection',
      },
    ],
  },
  'gateway.sender-ip-reputation': {
    source:
      'Broadcom Email Security.cloud KB 161393 (third-party rejections: "550 Message rejected due to sender IP reputation"); sisimai issue 469 quoting "554 IP address ... rejected [IP reputation fail]"; Mimecast 550 "Poor Reputation Sender" (csi.mimecast.org)',
    examples: [
      {
        line: '550 Message rejected due to sender IP reputation ([192.0.2.9])',
        source: 'knowledge.broadcom.com/external/article/161393',
      },
      {
        line: '550 csi.mimecast.org Poor Reputation Sender. - https://community.mimecast.com/docs/DOC-1369#550',
        source: 'Mimecast SMTP Error Codes, 5xx table',
      },
    ],
  },
  'cisco.bad-command-limit': {
    source:
      'Cisco, "ESMTP commands supported by the ESA/CES" (cisco.com/c/ja_jp/support/docs/security/email-security-appliance/214630): after five unknown commands "421 Exceeded bad SMTP command limit, disconnecting"',
    examples: [
      { line: '421 Exceeded bad SMTP command limit, disconnecting', source: 'Cisco ESA/CES document 214630' },
    ],
  },
  'ses.identity-not-verified': {
    source:
      'Amazon SES email sending errors (docs.aws.amazon.com/ses/latest/dg/troubleshoot-error-messages.html) and AWS knowledge center ses-554-400-message-rejected-error: "554 Message rejected: Email address is not verified. The following identities failed the check in region ..."',
    examples: [
      {
        line: '554 Message rejected: Email address is not verified. The following identities failed the check in region EU-WEST-1: a@example.net',
        source: 'AWS knowledge center, ses-554-400-message-rejected-error',
      },
    ],
  },
  'mailgun.sandbox-domain': {
    source:
      'Mailgun sandbox domain restriction (documentation.mailgun.com, authorized recipients): "Sandbox subdomains are for test purposes only. Please add your own domain or add the address to authorized recipients in Account Settings."; its other "Domain %s is not allowed to send:" refusals of the account (Mailgun error codes library): "Free accounts are for test purposes only. ..." and "Please activate your Mailgun account. ... resend the activation email."',
    examples: [
      {
        line: 'Sandbox subdomains are for test purposes only. Please add your own domain or add the address to authorized recipients in Account Settings.',
        source: 'Mailgun sandbox domain error',
      },
      {
        line: '550 Domain mg.example.com is not allowed to send: Free accounts are for test purposes only. Please upgrade or add the address to authorized recipients in Account Settings.',
        source:
          'Mailgun error codes library (app.modalsupport.com, "Error Codes Library - Mailgun"); the reply code is ours',
      },
      {
        line: '550 Domain mg.example.com is not allowed to send: Please activate your Mailgun account. Check your inbox or log in to your control panel to resend the activation email.',
        source: 'Mailgun error codes library (same page); the reply code is ours',
      },
    ],
  },
  'sendgrid.drop-reasons': {
    source:
      'Twilio SendGrid event webhook reference, "dropped" event reasons (docs.sendgrid.com/for-developers/tracking-events/event): Bounced Address, Unsubscribed Address, Spam Reporting Address',
    examples: [{ line: 'Spam Reporting Address', source: 'SendGrid dropped event reason' }],
  },
  // --- issue 9, rules4: mail providers, from their documentation
  'mailru.sending-disabled': {
    source:
      'Mail.ru sending errors (mailout.ru/2015/09: "550 message sending for this account is disabled": the mailbox that sends is stopped, suspected of being hijacked; restore the password)',
    examples: [
      { line: '550 message sending for this account is disabled', source: 'mailout.ru, Mail.ru errors' },
    ],
  },
  'cn-mta.sender-refused': {
    source:
      'a Chinese mail system SMTP reply list with the Chinese meaning of each (blog.sina.com.cn/s/blog_8dc13ec50101fxxr.html): "553 host denies the sender" (拒绝发件人地址), "554 Black mail address" (黑邮件地址), "553 relay check local fail" (本域用户必须通过验证: a local sender must authenticate)',
    examples: [
      { line: '553 host denies the sender.', source: 'blog.sina.com.cn/s/blog_8dc13ec50101fxxr.html' },
    ],
  },
  'cn-mta.sender-host-checks': {
    source:
      'a Chinese mail system SMTP reply list with the Chinese meaning of each (blog.sina.com.cn/s/blog_8dc13ec50101fxxr.html): "552 mail from invalid" (发件人地址不合法), "554 sender is unvalidated", "554 smtpport check error" (不是合法的邮件服务器), "554 openrelay check" (拒绝开放中继服务器), "555 helohost error" (helo 主机信息检查失败)',
    examples: [
      { line: '555 helohost error.', source: 'blog.sina.com.cn/s/blog_8dc13ec50101fxxr.html' },
      { line: '554 openrelay check.', source: 'blog.sina.com.cn/s/blog_8dc13ec50101fxxr.html' },
    ],
  },
  'yandex.sender-callout': {
    source:
      'Yandex 360 for domain, troubleshooting mail sending (yandex.com/support/domain/troubleshooting/mail-send.html): "Callout verification failed" and "RCPT-TO no mailbox" (the recipient domain verifies the sender by calling back)',
    examples: [
      {
        line: '550 Callout verification failed',
        source: 'yandex.com/support/domain/troubleshooting/mail-send.html',
      },
    ],
  },
  'cn-mta.remote-ip-check': {
    source:
      'a Chinese mail system SMTP reply list with the Chinese meaning of each (blog.sina.com.cn/s/blog_8dc13ec50101fxxr.html): "556 remote ip check error" (发信ip与Mail From地址不一致)',
    examples: [
      { line: '556 remote ip check error.', source: 'blog.sina.com.cn/s/blog_8dc13ec50101fxxr.html' },
    ],
  },
  'cn-mta.black-ip': {
    source:
      'a Chinese mail system SMTP reply list with the Chinese meaning of each (blog.sina.com.cn/s/blog_8dc13ec50101fxxr.html): "550 black ip." (发信IP被禁止)',
    examples: [{ line: '550 black ip.', source: 'blog.sina.com.cn/s/blog_8dc13ec50101fxxr.html' }],
  },
  'kr-portal.ip-filtered': {
    source:
      'Korean portals bounce replies with their meaning (puffinknight.tistory.com/102; adminplay.com Mail, SMTP error codes; kbit.tistory.com): Naver "421 4.3.2 Your IP(...) is filtered and this connection will be closed. You must register your IP to http://realip.naver.com"; Paran "Transaction failed. (SPAM_SUSPECT:IP_CONTROL)"',
    examples: [
      {
        line: '421 4.3.2 Your IP(192.0.2.9) is filtered and this connection will be closed. You must register your IP to http://realip.naver.com',
        status: '4.3.2',
        source: 'puffinknight.tistory.com/102',
      },
    ],
  },
  'yandex.spam-statistics': {
    source:
      'Yandex Mail help, "The message looks like spam" (yandex.com/support/mail/bounces/yandex/message-rejected-under-suspicion-of-spam.html): "Blocked by spam statistics": a mailbox that sends only spam is blocked for 24 hours',
    examples: [
      {
        line: '550 5.7.1 Blocked by spam statistics - see https://ya.cc/1IrBc',
        status: '5.7.1',
        source: 'Yandex Mail help',
      },
    ],
  },
  'orange.ofr-105-service-refused': {
    source:
      'Orange postmaster error codes (postmastery.com/orange-postmaster-smtp-error-codes-ofr; bentonow.com/smtp-errors/orange/ofr004-105): "421 OFR004_105 Service refuse. Veuillez essayer plus tard / Service refused, please try later", a soft block on the reputation of the sending IP, as OFR_999',
    examples: [
      {
        line: '421 mwinf5c10 ME Service refuse. Veuillez essayer plus tard. / Service refused, please try later. OFR004_105 [105]',
        source: 'Orange postmaster error codes (OFR004_105)',
      },
    ],
  },
  'cn-mta.rcpt-count': {
    source:
      'a Chinese mail system SMTP reply list with the Chinese meaning of each (blog.sina.com.cn/s/blog_8dc13ec50101fxxr.html): "451 out of allow RCPT numbers" (超出 RCPT 允许上限), "552 too many same size mails" (发送过多长度类似信件)',
    examples: [
      { line: '451 out of allow RCPT numbers.', source: 'blog.sina.com.cn/s/blog_8dc13ec50101fxxr.html' },
    ],
  },
  'kr-portal.sent-too-many': {
    source:
      'Korean portals bounce replies with their meaning (puffinknight.tistory.com/102; adminplay.com Mail, SMTP error codes; kbit.tistory.com): "421 4.3.1 You send too many messages."; "Since you sent too many e-mails, you are not allowed to send more e-mails within 24 hours"',
    examples: [
      {
        line: '421 4.3.1 You send too many messages.',
        status: '4.3.1',
        source: 'puffinknight.tistory.com/102',
      },
    ],
  },
  'kr-portal.user-reject-list': {
    source:
      'Korean portals bounce replies with their meaning (puffinknight.tistory.com/102; adminplay.com Mail, SMTP error codes; kbit.tistory.com): blocked by the spam setting of the recipient (받는사람의 스팸설정(수신거부)): "550 You are registered as spammer (by user\'s reject list)", "554 5.0.0 Service unavailable (userid: mail is denied, by spam filter)"',
    examples: [
      {
        line: "550 You are registered as spammer (by user's reject list)",
        source: 'puffinknight.tistory.com/102',
      },
    ],
  },
  'yandex.target-blocked': {
    source:
      'Yandex Mail help, "The recipient\'s account has been blocked" (yandex.com/support/mail/bounces/yandex/policy-rejection-on-the-target-address.html): "Policy rejection on the target address"',
    examples: [
      {
        line: '550 5.7.1 Policy rejection on the target address',
        status: '5.7.1',
        source: 'Yandex Mail help',
      },
    ],
  },
  'cn-mta.attachment-too-long': {
    source:
      'a Chinese mail system SMTP reply list with the Chinese meaning of each (blog.sina.com.cn/s/blog_8dc13ec50101fxxr.html): "554 attachment is too long" (单个附件大小超出限制)',
    examples: [
      { line: '554 attachment is too long.', source: 'blog.sina.com.cn/s/blog_8dc13ec50101fxxr.html' },
    ],
  },
  'cn-mta.looping-message': {
    source:
      'a Chinese mail system SMTP reply list with the Chinese meaning of each (blog.sina.com.cn/s/blog_8dc13ec50101fxxr.html): "552 looping message" (环回信件)',
    examples: [{ line: '552 looping message.', source: 'blog.sina.com.cn/s/blog_8dc13ec50101fxxr.html' }],
  },
  'daum.ccrt-spam-ip': {
    source:
      'Daum/Kakao (hanmail.net) bounce codes with their meaning (oliveit.tistory.com/39): "421 4.4.5 CCRT IP ADDRESS: Connection refused. Server is busy(RT)": the spam centre detected the IP as a spam IP and temporarily blocked the connection',
    examples: [
      {
        line: '421 4.4.5 CCRT 192.0.2.9: Connection refused. Server is busy(RT)',
        status: '4.4.5',
        source: 'oliveit.tistory.com/39 (Daum mail reply codes)',
      },
    ],
  },
  'kr-portal.inactive-mailbox': {
    source:
      'Korean portals bounce replies with their meaning (puffinknight.tistory.com/102): a recipient whose use is stopped (받는사람이 사용중지된 경우): "550 5.1.1 Inactive mbox", "550 5.1.1 Suspended user"',
    examples: [{ line: '550 5.1.1 Suspended user', status: '5.1.1', source: 'puffinknight.tistory.com/102' }],
  },
  'qq.recipient-flooded': {
    source:
      'QQ Mail and Tencent Exmail bounce codes (smtp.codes/qq, citing service.exmail.qq.com help ids 1000723-1000730; qiao.yimirj.com/article/detail/2261): "550 Mailbox unavailable or access denied": the recipient received a large number of messages in a short time; sending to it is paused to avoid an attack; QQ Mail help service.mail.qq.com/detail/122/166 and /122/1011 ("The frequency of receiving messages is limited")',
    examples: [{ line: '550 Mailbox unavailable or access denied', source: 'smtp.codes/qq' }],
  },
  'qq.suspected-spam-sender': {
    source:
      'QQ Mail and Tencent Exmail bounce codes (smtp.codes/qq, citing service.exmail.qq.com help ids 1000723-1000730; qiao.yimirj.com/article/detail/2261): "550 Suspected spam sender." (much spam sent from the domain or mail operator); QQ Mail help service.mail.qq.com/detail/122/66 ("Suspected spam ip") and /122/57 ("Suspected bounce attacks")',
    examples: [
      { line: '550 Suspected spam sender.', source: 'smtp.codes/qq' },
      { line: '550 Suspected bounce attacks', source: 'service.mail.qq.com/detail/122/57' },
    ],
  },
  'tonline.dialup-ip': {
    source:
      'T-Online postmaster 4.1 (postmaster.t-online.de) as quoted by help.creoline.com/de/doc/t-online-554-dialuptransient-ip-not-allowed: "554: Dialup/transient IP not allowed. Use a mailgateway or contact toda@rx.t-online.de if obsolete. (DIAL)"',
    examples: [
      {
        line: '554 Dialup/transient IP not allowed. Use a mailgateway or contact toda@rx.t-online.de if obsolete. (DIAL)',
        source: 'help.creoline.com, T-Online 554 DIAL',
      },
    ],
  },
  'hoster.quota-limit': {
    source:
      'bytecamp.net FAQ, delivery errors ("422 4.2.2 Quota limit exceeded (Speicherplatz des Kontos ueberschritten)": the target account has no space left)',
    examples: [
      {
        line: '422 4.2.2 Quota limit exceeded (Speicherplatz des Kontos ueberschritten)',
        source: 'bytecamp.net/de/faq/email/zustellen.html',
      },
    ],
  },
  'comcast.es-residential-ip': {
    source:
      'Comcast postmaster, mail delivery error codes (postmaster.comcast.net/mail-error-codes.html; xfinity.com/support/articles/email-errors; business.comcast.com email bounce back messages): ES000001 (sent from Comcast dynamic/residential space), ES000010 (from external dynamic/residential space; rDNS not of a static naming convention)',
    examples: [
      {
        line: '554 resimta-ch2-18v.sys.comcast.net comcast 192.0.2.9 Dynamic IP. see http://postmaster.comcast.net/smtp-error-codes.php#ES000010',
        source: 'Comcast error code ES000010',
      },
    ],
  },
  'comcast.bl-codes': {
    source:
      'Comcast postmaster, mail delivery error codes (postmaster.comcast.net/mail-error-codes.html; xfinity.com/support/articles/email-errors; business.comcast.com email bounce back messages): BL000000 (patterns characteristic of spam), BL000001 (Spamhaus Zen), BL000010 (Cloudmark CSI), BL000100 (SenderScore) and their combinations; BL004 (identified for sending spam), BL006 (Spamhaus SBL/XBL), BL007 (Cloudmark CSI)',
    examples: [
      {
        line: '554 resimta-ch2-18v.sys.comcast.net comcast 192.0.2.9 Comcast block. see http://postmaster.comcast.net/smtp-error-codes.php#BL000000',
        source: 'Comcast error code BL000000',
      },
    ],
  },
  'comcast.rl-codes': {
    source:
      'Comcast postmaster, mail delivery error codes (postmaster.comcast.net/mail-error-codes.html; xfinity.com/support/articles/email-errors; business.comcast.com email bounce back messages): RL000001 and RL001 rate-limit codes ("421 - [Too many sessions opened]: Comcast allows 10 simultaneous connections")',
    examples: [
      {
        line: '421 resimta-ch2-18v.sys.comcast.net comcast 192.0.2.9 RL000001',
        source: 'Comcast error code RL000001',
      },
    ],
  },
  'netease.ip-frequency': {
    source:
      'NetEase bounce codes with their meaning (biecuoliao.com/pa/MBRrwEM.html; 163ns.com.cn/mail/MailFAQ.htm): "554 HL:IFQ" the IP sent a large amount of mail in a short time',
    examples: [{ line: '554 HL:IFQ mx.example.cn', source: '163ns.com.cn/mail/MailFAQ.htm' }],
  },
  'netease.sender-not-allowed': {
    source:
      'NetEase bounce codes with their meaning (biecuoliao.com/pa/MBRrwEM.html; 163ns.com.cn/mail/MailFAQ.htm): "450 WM:BLU" this user is not on the list of users NetEase allows to send',
    examples: [
      { line: '450 WM:BLU 163mx.example', source: 'biecuoliao.com/pa/MBRrwEM.html' },
      {
        line: '554 MI:SPB',
        source: 'NetEase code list: the user is not in the list of senders NetEase allows',
      },
    ],
  },
  'icloud.local-policy-codes': {
    source:
      'iCloud Mail replies as listed at smtp.codes/icloud and bentonow.com/smtp-errors/apple ("5.7.1 [CS02] Message rejected due to local policy", "[HM08] ..."), with Apple\'s postmaster page support.apple.com/en-us/HT204137; read as [CS01]',
    examples: [
      {
        line: '554 5.7.1 [CS02] Message rejected due to local policy. Please visit https://support.apple.com/en-us/HT204137',
        status: '5.7.1',
        source: 'iCloud Mail [CS02]',
      },
      {
        line: '550: 5.7.1 Message rejected due to local policy. Please visit https://support.apple.com/en-us/HT204137',
        status: '5.7.1',
        source:
          "iCloud's reply before its codes, in a Yahoo bounce pasted in github.com/MailCore/mailcore2/issues/1738",
      },
    ],
  },
  'icloud.inactive-address': {
    source:
      'iCloud Mail "550 5.1.1 <addr>: inactive email address": the user deactivated the address (bentonow.com/smtp-errors/apple, "Inactive Account"; ../shared/reference/provider-codes.tsv)',
    examples: [
      {
        line: '550 5.1.1 <b@icloud.com>: inactive email address',
        status: '5.1.1',
        source: 'iCloud Mail inactive address',
      },
    ],
  },
  'qmail.validrcptto': {
    source:
      'qmail-smtpd.c of the validrcptto patch (as in qmail-toaster and netqmail patch sets): err_vrt "553 sorry, this recipient is not in my validrcptto list (#5.7.1)"',
    examples: [
      {
        line: '553 sorry, this recipient is not in my validrcptto list (#5.7.1)',
        source: 'qmail validrcptto patch, qmail-smtpd.c err_vrt',
      },
    ],
  },
  'qmail.too-many-invalid': {
    source:
      'qmail-smtpd.c of the validrcptto and brtlimit patches: die_vrt / die_brtlimit "421 too many invalid addresses, goodbye (#4.3.0)"',
    examples: [
      {
        line: '421 too many invalid addresses, goodbye (#4.3.0)',
        source: 'qmail validrcptto patch, qmail-smtpd.c die_vrt',
      },
    ],
  },
  'exchange.content-filter-rejection': {
    source:
      'Exchange Server anti-spam content filtering, Set-ContentFilterConfig -RejectionResponse (learn.microsoft.com/exchange/antispam-and-antimalware/antispam-protection/content-filtering; default "Message rejected due to content restrictions")',
    examples: [
      {
        line: '550 5.7.1 Message rejected due to content restrictions',
        status: '5.7.1',
        source: 'Exchange Server content filter default rejection response',
      },
    ],
  },
  'sfr.bad-behavior': {
    source:
      'SFR postmaster codes as listed at bentonow.com/smtp-errors/sfr ("450 4.7.1 SFR_IN_101 Service refused due to bad behavior - Too many spam messages": a two-hour block of the sending IP)',
    examples: [
      {
        line: '450 4.7.1 SFR_IN_101 Service refused due to bad behavior - Too many spam messages',
        status: '4.7.1',
        source: 'SFR SFR_IN_101',
      },
    ],
  },
  'docomo.reception-filter': {
    source:
      'NTT docomo replies as documented by Sendmagic (note.com/sendmagic, docomo: "550 Unknown user xxx@docomo.ne.jp" for a missing address or the receiving handset\'s reception-refusal settings) and NTT support FAQ (受信拒否設定); go-sisimai rhost/for-nttdocomo.go comments: after end of DATA the address had been accepted, so the refusal is the filter\'s (docomo stopped SMTP-time filter refusals in March 2025)',
    examples: [
      {
        line: '550 Unknown user b@docomo.ne.jp (in reply to end of DATA command)',
        source: 'docomo reception filter after DATA',
      },
    ],
  },
  'mimecast.sender-side': {
    source:
      'Mimecast SMTP Error Codes (community.mimecast.com/s/article/Mimecast-SMTP-Error-Codes-842605754; email-security-cloud-gateway-mimecast-smtp-error-codes), as quoted in go-sisimai rhost/for-mimecast.go: 553 "This route requires high-strength ciphers" (cipher strength below the Secure Receipt policy); 451 "Message ended early" (incorrectly terminated message: firewall or SMTP fix-up on the sender\'s side)',
    examples: [
      { line: '553 This route requires high-strength ciphers', source: 'Mimecast SMTP Error Codes' },
    ],
  },
  'mimecast.recipient-side': {
    source:
      'Mimecast SMTP Error Codes (community.mimecast.com/s/article/Mimecast-SMTP-Error-Codes-842605754; email-security-cloud-gateway-mimecast-smtp-error-codes), as quoted in go-sisimai rhost/for-mimecast.go: 451/550 "The incorrect hostname used for inbounds" (the recipient domain\'s MX points at an outbound host), 451 "Account inbounds disabled", 451 "Unable to process command" / "Unable to process an email at this time" (generic, contact Mimecast support)',
    examples: [{ line: '451 Account inbounds disabled', source: 'Mimecast SMTP Error Codes' }],
  },
  'mimecast.sender-account': {
    source:
      'Mimecast SMTP Error Codes (community.mimecast.com/s/article/Mimecast-SMTP-Error-Codes-842605754; email-security-cloud-gateway-mimecast-smtp-error-codes), as quoted in go-sisimai rhost/for-mimecast.go: 451 "Account outbounds disabled"; 550 "Submitter failed to authenticate" (port 587 submission needs authentication)',
    examples: [{ line: '550 Submitter failed to authenticate', source: 'Mimecast SMTP Error Codes' }],
  },
  'mimecast.connection-limits': {
    source:
      'Mimecast SMTP Error Codes (community.mimecast.com/s/article/Mimecast-SMTP-Error-Codes-842605754; email-security-cloud-gateway-mimecast-smtp-error-codes), as quoted in go-sisimai rhost/for-mimecast.go: 451 "Account service is temporarily unavailable" (too many concurrent inbound connections, default 20); 550 "Exceeding outbound thread limit"',
    examples: [
      { line: '451 Account service is temporarily unavailable', source: 'Mimecast SMTP Error Codes' },
    ],
  },
  'mimecast.sender-policies': {
    source:
      'Mimecast SMTP Error Codes (community.mimecast.com/s/article/Mimecast-SMTP-Error-Codes-842605754; email-security-cloud-gateway-mimecast-smtp-error-codes), as quoted in go-sisimai rhost/for-mimecast.go: 554 "Host network, not allowed" (Geographical Restriction policy); 550 "Envelope rejected - block policy for envelope from address", "Rejected by header-based manually blocked senders - block for manual block" (Blocked Senders policies)',
    examples: [
      {
        line: '550 Envelope rejected - block policy for envelope from address',
        source: 'Mimecast SMTP Error Codes',
      },
    ],
  },
  'au.reception-filter': {
    source:
      'au (KDDI) mail trouble page www.au.com/support/service/internet/trouble/mail/01/ and go-sisimai rhost/for-kddi.go: "550 : User unknown" (no address: the recipient\'s reception filter) against "550 <addr>: User unknown" (no such user); Sendmagic note on au replies (note.com/sendmagic)',
    examples: [{ line: '550 : User unknown', source: 'au (KDDI) reception filter reply' }],
  },
  // Sendmail (issue 9, fifth pass)
  'postfix.local-delivery-restricted': {
    source:
      'vdukhovni/postfix postfix/src/local/file.c (dsb_simple(why, "5.7.1", "mail to file is restricted"), dsb_simple(why, "5.7.1", "file is executable")) and local/token.c ("mail to command is restricted"), written by bounce_notify_util.c as "Diagnostic-Code: X-Postfix; %s"',
    examples: [
      {
        line: 'Diagnostic-Code: X-Postfix; mail to file is restricted',
        status: '5.7.1',
        source: 'Postfix local/file.c via bounce_notify_util.c',
      },
      {
        line: '<gil@example.com> (expanded from <orders@example.com>): mail to command is restricted',
        status: '5.7.1',
        source: 'Postfix local/token.c (the address ours)',
      },
    ],
  },
  'sendmail.unsafe-forward': {
    source:
      'deepin-community/sendmail (sendmail 8.17.1.9) sendmail/recipient.c (usrerrenh in recipient(): "UID %ld is an unknown user: cannot mail to programs", "User %s@%s doesn\'t have a valid shell for mailing to programs", "Address %s is unsafe for mailing to files")',
    examples: [
      {
        line: '550 5.7.1 UID 1001 is an unknown user: cannot mail to programs',
        status: '5.7.1',
        source: 'sendmail recipient.c',
      },
      {
        line: "550 5.7.1 User bob@mx.example.org doesn't have a valid shell for mailing to programs",
        status: '5.7.1',
        source: 'sendmail recipient.c',
      },
      {
        line: '550 5.7.1 Address /var/mail/bob is unsafe for mailing to files',
        status: '5.7.1',
        source: 'sendmail recipient.c',
      },
    ],
  },
  'sendmail.include-open': {
    source:
      'deepin-community/sendmail (sendmail 8.17.1.9) sendmail/recipient.c include() ("451 4.2.4 Cannot open %s: %s"; "550 Cannot open %s: %s" with X.2.4)',
    examples: [
      {
        line: '451 4.2.4 Cannot open /etc/mail/staff.list: Permission denied',
        status: '4.2.4',
        source: 'sendmail recipient.c',
      },
    ],
  },
  'sendmail.mailfile-open': {
    source:
      'deepin-community/sendmail (sendmail 8.17.1.9) sendmail/deliver.c mailfile() ("554 5.3.0 cannot open %s: %s", "454 4.3.0 cannot open %s: %s")',
    examples: [
      {
        line: '554 5.3.0 cannot open /var/mail/bob: Permission denied',
        status: '5.3.0',
        source: 'sendmail deliver.c mailfile()',
      },
    ],
  },
  'sendmail.local-resources': {
    source:
      'deepin-community/sendmail (sendmail 8.17.1.9) sendmail/alias.c ("554 5.3.0 alias line too long"), sendmail/collect.c ("Out of disk space for temp file", 4.3.1)',
    examples: [
      { line: '554 5.3.0 alias line too long', status: '5.3.0', source: 'sendmail alias.c' },
      { line: '452 4.3.1 Out of disk space for temp file', status: '4.3.1', source: 'sendmail collect.c' },
      {
        line: '451 4.4.1 reply: read error from mx.example.org.',
        status: '4.4.1',
        source: "sendmail usersmtp.c reply(), as PHPMailer-BMH's rule 0115 quotes it",
      },
    ],
  },
  'sendmail.dns-temporary': {
    source:
      'deepin-community/sendmail (sendmail 8.17.1.9) cf/m4/proto.m4 ("450 MX lookup failure for", "450 Can not check MX records for recipient host"), sendmail/domain.c ("Deferred: DNS failure: CNAME loop for %.100s")',
    examples: [
      {
        line: '450 4.1.2 <bob@example.org>... MX lookup failure for example.org',
        status: '4.1.2',
        source: 'sendmail cf/m4/proto.m4',
      },
      {
        line: '450 4.4.0 Can not check MX records for recipient host example.org',
        status: '4.4.0',
        source: 'sendmail cf/m4/proto.m4',
      },
      { line: 'Deferred: DNS failure: CNAME loop for example.org', source: 'sendmail domain.c' },
    ],
  },
  'sendmail.tls-policy': {
    source:
      'deepin-community/sendmail (sendmail 8.17.1.9) cf/m4/proto.m4 (DANE_MSG "DANE check failed.", MTA-STS "STS lookup temp fail", "$&{server_name} not listed in SANs")',
    examples: [
      { line: '403 4.7.0 DANE check failed.', status: '4.7.0', source: 'sendmail cf/m4/proto.m4' },
      { line: '450 4.7.0 STS lookup temp fail', status: '4.7.0', source: 'sendmail cf/m4/proto.m4' },
      {
        line: '450 4.7.0 mx.example.org not listed in SANs',
        status: '4.7.0',
        source: 'sendmail cf/m4/proto.m4',
      },
    ],
  },
  'sendmail.exit-cantcreat': {
    source:
      'deepin-community/sendmail (sendmail 8.17.1.9) libsm/strexit.c sm_sysexmsg() (EX_CANTCREAT ":550 5.0.0 Can\'t create output")',
    examples: [
      { line: "550 5.0.0 Can't create output", status: '5.0.0', source: 'sendmail libsm/strexit.c' },
    ],
  },
  'sendmail.address-syntax': {
    source:
      'deepin-community/sendmail (sendmail 8.17.1.9) sendmail/parseaddr.c ("501 5.1.3 Syntax error in mailbox address", "8-bit character in mailbox address"), cf/m4/proto.m4 canonify ("Local part must not end with a dot")',
    examples: [
      {
        line: '501 5.1.3 Syntax error in mailbox address "bob@@example.org" (@)',
        status: '5.1.3',
        source: 'sendmail parseaddr.c',
      },
      {
        line: '501 5.1.3 8-bit character in mailbox address "böb@example.org"',
        status: '5.1.3',
        source: 'sendmail parseaddr.c',
      },
      {
        line: '553 5.1.2 <bob.@example.org>... Local part must not end with a dot',
        status: '5.1.2',
        source: 'sendmail cf/m4/proto.m4',
      },
    ],
  },
  'sendmail.sender-domain-required': {
    source:
      'deepin-community/sendmail (sendmail 8.17.1.9) cf/m4/proto.m4 check_mail ("553 Real domain name required for sender address", "553 Domain name required for sender address")',
    examples: [
      {
        line: '553 5.5.4 <a>... Real domain name required for sender address',
        status: '5.5.4',
        source: 'sendmail cf/m4/proto.m4',
      },
      {
        line: '553 5.5.4 <a>... Domain name required for sender address a',
        status: '5.5.4',
        source: 'sendmail cf/m4/proto.m4',
      },
    ],
  },
  'sendmail.auth-act-as': {
    source:
      'deepin-community/sendmail (sendmail 8.17.1.9) cf/m4/proto.m4 trust_auth ("550 " $&{auth_authen} " not allowed to act as " $&{auth_author})',
    examples: [
      {
        line: '550 5.7.1 bob not allowed to act as alice',
        status: '5.7.1',
        source: 'sendmail cf/m4/proto.m4',
      },
    ],
  },
  'sendmail.exit-noperm': {
    source:
      'deepin-community/sendmail (sendmail 8.17.1.9) libsm/strexit.c sm_sysexmsg() (EX_NOPERM ":550 5.0.0 Insufficient permission")',
    examples: [
      { line: '550 5.0.0 Insufficient permission', status: '5.0.0', source: 'sendmail libsm/strexit.c' },
    ],
  },
  // IceWarp and Kerio Connect (issue 9, fifth pass)
  'icewarp.not-authorized-to-send': {
    source:
      'IceWarp, Interpretation of 5xx Errors in IceWarp SMTP (docs.icewarp.com/Content/IceWarp-Server/Administration-Nodes/Status/Logs/; esupport.icewarp.com knowledgebase article 12)',
    examples: [{ line: '501 5.7.1 Permission denied', status: '5.7.1', source: 'IceWarp 5xx table' }],
  },
  'icewarp.auth-canceled': {
    source:
      'IceWarp, Interpretation of 5xx Errors in IceWarp SMTP (docs.icewarp.com/Content/IceWarp-Server/Administration-Nodes/Status/Logs/; esupport.icewarp.com knowledgebase article 12)',
    examples: [{ line: '501 5.0.0 Authentication canceled', status: '5.0.0', source: 'IceWarp 5xx table' }],
  },
  'kerio.app-password-required': {
    source:
      'GFI Kerio Connect KB: Fixing SMTP NTLM authentication failures for service accounts (support.kerioconnect.gfi.com/article/130064)',
    examples: [
      {
        line: 'Only application passwords are allowed since 2FA is enabled',
        source: 'Kerio Connect KB 130064',
      },
    ],
  },
  'amavis.banned-unchecked': {
    source:
      'amavisd-new source, amavisd: %smtp_reason_by_ccat and the blocking status by contents category (github.com/tajohnson/amavisd-new)',
    examples: [
      {
        line: '554 5.7.0 Reject, id=31642-07 - BANNED: .exe,invoice.exe',
        status: '5.7.0',
        source: "amavisd-new, amavisd: CC_BANNED 'id=%n - BANNED: %F' with status 554 5.7.0",
      },
      {
        line: '554 5.7.0 Bounce, id=31642-07 - UNCHECKED: encrypted',
        status: '5.7.0',
        source: "amavisd-new, amavisd: CC_UNCHECKED,1 'id=%n - UNCHECKED: encrypted'",
      },
      {
        line: '554 5.7.0 Reject, id=31642-07 - spammy (tag3)',
        status: '5.7.0',
        source: "amavisd-new, amavisd: CC_SPAMMY,1 'id=%n - spammy (tag3)'",
      },
    ],
  },
  'mxlogic.denied-blocklist': {
    source: 'ZoneMTA config/bounces.txt (an MX Logic refusal naming Spamhaus XBL)',
    examples: [
      {
        line: '554 Denied [SHXBL] - Denied by Spamhaus XBL - See http://www.spamhaus.org/query/bl?ip=192.0.2.44 (Mode: normal)',
        source: 'ZoneMTA config/bounces.txt',
      },
    ],
  },
  'greylist.in-action': {
    source: "ZoneMTA config/bounces.txt (a Spanish provider's greylisting reply that names its grey list)",
    examples: [
      {
        line: '421 4.7.1 Service unavailable; Client host [192.0.2.4] blocked using grey.rbl - Rechazo temporal, intentelo mas tarde por favor...Greylisting in action, please try again later',
        source: 'ZoneMTA config/bounces.txt',
      },
      {
        line: '450 4.2.0 <rose@example.org>: Recipient address rejected: Delayed by Postgrey',
        status: '4.2.0',
        source:
          'docker-mailserver mailserver.env POSTGREY_TEXT (postgrey --greylist-text); the reply as docker-mailserver issue 1397 logs it',
      },
      {
        line: '192.0.2.31 probably greylisting. Remote host said: 450 4.7.1 <marta@example.net>: Recipient address rejected: try again later',
        status: '4.7.1',
        source:
          "s/qmail qmail-remote.c smtp(): 421 or 450 to RCPT TO is written 's' + host + ' probably greylisting.'",
      },
    ],
  },
  'mxlogic.denied-content': {
    source:
      'McAfee SaaS Email Protection (MX Logic) content refusals (MailChannels blog: MX Logic blocking mail with 554 Denied [CS]); Broadcom KB 162445 (Outbound mail returned by MAILER-DAEMON@messagelabs.com)',
    examples: [
      {
        line: '554 Denied [CS] [192.0.2.14] (Mode: normal)',
        source: 'MailChannels blog, MX Logic blocking my mails with 554 Denied CS',
      },
      {
        line: '554 Denied (Mode: normal)',
        source: 'Broadcom KB 162445, remote content refusals relayed by Symantec.cloud',
      },
      {
        line: '552 MS-Office file containing VBA macros found inside of the email',
        source: 'Broadcom KB 162445, remote content refusals relayed by Symantec.cloud',
      },
    ],
  },
  'sophos.xgemail-auth': {
    source:
      'Sophos Central Email, SMTP error codes (docs.sophos.com/central/customer/help/en-us/ManageYourProducts/EmailSecurity/SMTPErrorCodes)',
    examples: [
      {
        line: 'XGEMAIL_0003 Message failed a DMARC check.',
        source: 'Sophos Central Email SMTP error codes table',
      },
    ],
  },
  'ionos.spf-policy': {
    source:
      "United Internet (IONOS, 1&1, GMX, web.de) SMTP replies (smtp.codes/unitedinternet, from their postmaster pages); Broadcom KB 162445 for 'SPF unauthorized mail is prohibited'",
    examples: [
      {
        line: '550 <b@example.org>: Reject due to SPF policy. The originating IP of the message is not permitted by the domain owner',
        source: 'United Internet postmaster replies (smtp.codes/unitedinternet)',
      },
      {
        line: '550 5.7.1 SPF unauthorized mail is prohibited.',
        status: '5.7.1',
        source: 'Broadcom KB 162445',
      },
    ],
  },
  'sophos.xgemail-rbl': {
    source: 'Sophos Central Email, SMTP error codes (docs.sophos.com)',
    examples: [
      {
        line: 'XGEMAIL_0005 Sender domain failed a DBL test.',
        source: 'Sophos Central Email SMTP error codes table',
      },
    ],
  },
  'ionos.policy-violations': {
    source:
      '1&1 / IONOS: SMTP error messages of the IONOS mail servers (help.1and1.com a793087, ionos.de/hilfe/e-mail/postmaster)',
    examples: [
      {
        line: '421 Reject due to policy violations',
        source: 'IONOS SMTP error messages (poor delivery rate: the sending IP is blocked)',
      },
    ],
  },
  'sophos.xgemail-tls': {
    source: 'Sophos Central Email, SMTP error codes (docs.sophos.com)',
    examples: [
      {
        line: "XGEMAIL_0006 Message rejected because the TLS version used doesn't match the version configured in your policy.",
        source: 'Sophos Central Email SMTP error codes table',
      },
    ],
  },
  'godaddy.ib506-from-domain': {
    source: 'GoDaddy Help 40685, Fix rejected email with a bounce error (sender bounces)',
    examples: [
      {
        line: '550 example.net From: Domain is invalid. Provide a valid From: IB506',
        source: 'GoDaddy Help 40685',
      },
    ],
  },
  'sophos.xgemail-system': {
    source: 'Sophos Central Email, SMTP error codes (docs.sophos.com)',
    examples: [
      {
        line: "XGEMAIL_0010 Message rejected because the recipient's domain isn't a Sophos Email protected domain.",
        source: 'Sophos Central Email SMTP error codes table',
      },
    ],
  },
  'sophos.xgemail-block-list': {
    source: 'Sophos Central Email, SMTP error codes (docs.sophos.com)',
    examples: [
      {
        line: 'XGEMAIL_0008 Message rejected because a domain, an IP address, or an email address is in the admin block list.',
        source: 'Sophos Central Email SMTP error codes table',
      },
    ],
  },
  'sophos.xgemail-unknown': {
    source: 'Sophos Central Email, SMTP error codes (docs.sophos.com)',
    examples: [
      {
        line: "XGEMAIL_0011 Message rejected because the recipient's email address doesn't exist in the Sophos Email protected domain.",
        source: 'Sophos Central Email SMTP error codes table',
      },
    ],
  },
  'sophos.xgemail-size': {
    source: 'Sophos Central Email, SMTP error codes (docs.sophos.com)',
    examples: [
      {
        line: 'XGEMAIL_0012 Message rejected because it exceeded the allowed size.',
        source: 'Sophos Central Email SMTP error codes table',
      },
    ],
  },
  'sophos.xgemail-rate': {
    source: 'Sophos Central Email, SMTP error codes (docs.sophos.com)',
    examples: [
      {
        line: 'XGEMAIL_0013 Message rejected because it exceeded the maximum number of recipients allowed for a large message.',
        source: 'Sophos Central Email SMTP error codes table',
      },
    ],
  },
  'rackspace.mailbox-rate': {
    source: 'Rackspace postmaster replies (smtp.codes/rackspace; docs.rackspace.com common-email-bounces)',
    examples: [
      {
        line: '450 4.2.1 <b@example.org>: Mailbox received too much email in a short period of time (G30)',
        status: '4.2.1',
        source: 'Rackspace postmaster replies (G30)',
      },
    ],
  },
  'godaddy.from-invalid': {
    source: 'GoDaddy Help 40685, Fix rejected email with a bounce error (sender bounces)',
    examples: [
      {
        line: '550 jane@example.net Blank From: addresses are not allowed. Provide a valid From. IB501',
        source: 'GoDaddy Help 40685',
      },
      {
        line: '550 jane@example.net IP addresses are not allowed as a From: Address. Provide a valid From. IB502',
        source: 'GoDaddy Help 40685',
      },
    ],
  },
  'godaddy.ib401-auth-inbound': {
    source: 'GoDaddy Help 40685, Fix rejected email with a bounce error (sender bounces)',
    examples: [
      { line: '535 Authentication not allowed on IBSMTP Servers. IB401', source: 'GoDaddy Help 40685' },
    ],
  },
  'libero.routing-server-failure': {
    source:
      'Libero Mail and Virgilio Mail help, Messaggi di errore pi\u00f9 frequenti dopo invio email (aiuto.libero.it, aiuto.virgilio.it): ROUTING SERVER FAILURE when the domain does not exist or is mistyped',
    examples: [
      {
        line: 'ROUTING SERVER FAILURE',
        source: 'aiuto.libero.it, Messaggi di errore pi\u00f9 frequenti dopo invio email',
      },
    ],
  },
  'zoho.unusual-sending-activity': {
    source:
      'Zoho Mail community, Unable to send message; Reason: 550 5.4.6 Unusual sending activity detected (help.zoho.com)',
    examples: [
      {
        line: '550 5.4.6 Unusual sending activity detected',
        status: '5.4.6',
        source: 'help.zoho.com community topic (Zoho Mail reply to a new account)',
      },
    ],
  },
  'fastmail.header-address': {
    source:
      'Fastmail help, Why messages bounce back (fastmail.help/hc/en-us/articles/7010500320655): common Fastmail bounce errors',
    examples: [
      {
        line: '551 5.7.1 Not authorised to send from this header address',
        status: '5.7.1',
        source: 'Fastmail help, Why messages bounce back',
      },
    ],
  },
  'zoho.mail-policy': {
    source:
      'Zoho Mail replies (smtp.codes/zoho; help.zoho.com community: 554 5.2.3 MailPolicy violation Error delivering to mailboxes)',
    examples: [
      {
        line: '554 5.2.3 MailPolicy violation Error delivering to mailboxes',
        status: '5.2.3',
        source: 'help.zoho.com community topics (Gmail to Zoho Mail)',
      },
      {
        line: '452 <b@example.org> Mailbox delivery restricted by policy error',
        source: 'Zoho replies listed at smtp.codes/zoho',
      },
    ],
  },
  'zeptomail.subject-mandatory': {
    source:
      'Zoho ZeptoMail help, SMTP error codes (zstatic.zohostatic.com/zeptomail/help/api/smtp-error-codes.html)',
    examples: [{ line: '5.2.1 Subject is Mandatory.', source: 'ZeptoMail SMTP error codes' }],
  },
  'zeptomail.size-policy': {
    source:
      'Zoho ZeptoMail help, SMTP error codes (zstatic.zohostatic.com/zeptomail/help/api/smtp-error-codes.html)',
    examples: [{ line: '5.2.0 Email size exceeded the policy.', source: 'ZeptoMail SMTP error codes' }],
  },
  'facebook.dns-sender': {
    source:
      'Facebook Postmaster, SMTP Response Codes (postmaster.facebook.com/response_codes): sender domain issues',
    examples: [
      {
        line: 'DNS-P2 Your SMTP MAIL FROM domain does not have an MX record.',
        source: 'postmaster.facebook.com/response_codes',
      },
    ],
  },
  'facebook.rcp-preferences': {
    source:
      'Facebook Postmaster, SMTP Response Codes (postmaster.facebook.com/response_codes): recipient issues',
    examples: [
      {
        line: "RCP-P2 The attempted recipient's preferences prevent messages from being delivered.",
        source: 'postmaster.facebook.com/response_codes',
      },
    ],
  },
  'facebook.rcp-t1': {
    source:
      'Facebook Postmaster, SMTP Response Codes (postmaster.facebook.com/response_codes): recipient issues',
    examples: [
      {
        line: 'RCP-T1 The attempted recipient address is not currently available due to an internal system issue. This is a temporary condition.',
        source: 'postmaster.facebook.com/response_codes',
      },
    ],
  },
  'facebook.msg-p3': {
    source:
      'Facebook Postmaster, SMTP Response Codes (postmaster.facebook.com/response_codes): message issues',
    examples: [
      {
        line: 'MSG-P3 The message contains multiple instances of a header field that can only be present once.',
        source: 'postmaster.facebook.com/response_codes',
      },
    ],
  },
  'facebook.pol-blocked': {
    source:
      'Facebook Postmaster, SMTP Response Codes (postmaster.facebook.com/response_codes): policy issues',
    examples: [
      {
        line: "POL-P2 Facebook will no longer accept mail from your mail server's IP Address.",
        source: 'postmaster.facebook.com/response_codes',
      },
    ],
  },
  'facebook.pol-p7': {
    source:
      'Facebook Postmaster, SMTP Response Codes (postmaster.facebook.com/response_codes): policy issues',
    examples: [
      {
        line: "POL-P7 The message does not comply with Facebook's Domain Authentication requirements.",
        source: 'postmaster.facebook.com/response_codes',
      },
    ],
  },
  'momentum.remote-unusable': {
    source:
      'Momentum (Message Systems, now SparkPost) manual, Appendix F.2 Message Responses sorted by message: its [internal] delivery results',
    examples: [
      {
        line: '451 4.7.6 [internal] STARTTLS required but not advertised',
        status: '4.7.6',
        source: 'Momentum manual, Appendix F.2',
      },
      {
        line: '421 4.4.0 [internal] no MXs for this domain could be reached at this time',
        status: '4.4.0',
        source: 'Momentum manual, Appendix F.2',
      },
      {
        line: '551 5.4.6 [internal] Private/Loopback Address',
        status: '5.4.6',
        source: 'Momentum manual, Appendix F.2',
      },
    ],
  },
  'momentum.listener-limits': {
    source:
      "Momentum (Message Systems, now SparkPost) manual, Appendix F.2 Message Responses sorted by message: its listener's limits",
    examples: [
      {
        line: '452 4.5.3 Service unavailable, recipients per message limit reached',
        status: '4.5.3',
        source: 'Momentum manual, Appendix F.2',
      },
      {
        line: '421 4.4.5 Service unavailable, concurrency limit reached',
        status: '4.4.5',
        source: 'Momentum manual, Appendix F.2',
      },
    ],
  },
  'sisimai.blocked-reputation': {
    source:
      'sisimai 4.25 (libsisimai-perl), lib/Sisimai/Reason/Blocked.pm: the fixed wordings its reason list matches, from the MTAs and providers it names there',
    examples: [
      {
        line: 'rejected due to a poor email reputation score',
        source: 'sisimai 4.25 lib/Sisimai/Reason/Blocked.pm',
      },
      {
        line: 'your access to submit messages to this e-mail system has been rejected',
        source: 'sisimai 4.25 lib/Sisimai/Reason/Blocked.pm',
      },
      { line: 'extreme bad ip profile', source: 'sisimai 4.25 lib/Sisimai/Reason/Blocked.pm' },
      { line: 'server access forbidden by your ip', source: 'sisimai 4.25 lib/Sisimai/Reason/Blocked.pm' },
      { line: 'no access from mail server', source: 'sisimai 4.25 lib/Sisimai/Reason/Blocked.pm' },
      { line: 'dynamic/zombied/spam ips blocked', source: 'sisimai 4.25 lib/Sisimai/Reason/Blocked.pm' },
      { line: 'currently sending spam see', source: 'sisimai 4.25 lib/Sisimai/Reason/Blocked.pm' },
      { line: 'you are sending spam', source: 'sisimai 4.25 lib/Sisimai/Reason/Blocked.pm' },
      { line: 'refused - see http', source: 'sisimai 4.25 lib/Sisimai/Reason/Blocked.pm' },
    ],
  },
  'sisimai.blocked-dns': {
    source:
      'sisimai 4.25 (libsisimai-perl), lib/Sisimai/Reason/Blocked.pm: the fixed wordings its reason list matches, from the MTAs and providers it names there',
    examples: [
      { line: 'bad dns ptr resource record', source: 'sisimai 4.25 lib/Sisimai/Reason/Blocked.pm' },
      { line: 'invalid ip for sending mail of domain', source: 'sisimai 4.25 lib/Sisimai/Reason/Blocked.pm' },
      { line: 'unresolvable relay host name', source: 'sisimai 4.25 lib/Sisimai/Reason/Blocked.pm' },
    ],
  },
  'sisimai.contenterror-binary': {
    source:
      'sisimai 4.25 (libsisimai-perl), lib/Sisimai/Reason/ContentError.pm: the fixed wordings its reason list matches, from the MTAs and providers it names there',
    examples: [
      {
        line: 'improperly-formatted binary content',
        source: 'sisimai 4.25 lib/Sisimai/Reason/ContentError.pm',
      },
    ],
  },
  'sisimai.policy-groups': {
    source:
      'sisimai 4.25 (libsisimai-perl), lib/Sisimai/Reason/PolicyViolation.pm and lib/Sisimai/Reason/Filtered.pm: the fixed wordings its reason list matches, from the MTAs and providers it names there',
    examples: [
      {
        line: 'by non-member to a members-only list',
        source: 'sisimai 4.25 lib/Sisimai/Reason/PolicyViolation.pm and lib/Sisimai/Reason/Filtered.pm',
      },
      {
        line: 'is not subscribed to this group',
        source: 'sisimai 4.25 lib/Sisimai/Reason/PolicyViolation.pm and lib/Sisimai/Reason/Filtered.pm',
      },
      {
        line: 'allowable number of posts without solving a captcha',
        source: 'sisimai 4.25 lib/Sisimai/Reason/PolicyViolation.pm and lib/Sisimai/Reason/Filtered.pm',
      },
      {
        line: 'message bounced due to organizational settings',
        source: 'sisimai 4.25 lib/Sisimai/Reason/PolicyViolation.pm and lib/Sisimai/Reason/Filtered.pm',
      },
      {
        line: 'recipient is not accepting mail with',
        source: 'sisimai 4.25 lib/Sisimai/Reason/PolicyViolation.pm and lib/Sisimai/Reason/Filtered.pm',
      },
    ],
  },
  'sisimai.spamdetected': {
    source:
      'sisimai 4.25 (libsisimai-perl), lib/Sisimai/Reason/SpamDetected.pm and lib/Sisimai/Reason/PolicyViolation.pm: the fixed wordings its reason list matches, from the MTAs and providers it names there',
    examples: [
      {
        line: 'content presents a potential',
        source: 'sisimai 4.25 lib/Sisimai/Reason/SpamDetected.pm and lib/Sisimai/Reason/PolicyViolation.pm',
      },
      {
        line: 'reject bulk.advertising',
        source: 'sisimai 4.25 lib/Sisimai/Reason/SpamDetected.pm and lib/Sisimai/Reason/PolicyViolation.pm',
      },
      {
        line: "you're using a mass mailer",
        source: 'sisimai 4.25 lib/Sisimai/Reason/SpamDetected.pm and lib/Sisimai/Reason/PolicyViolation.pm',
      },
      {
        line: 'spamassassin score',
        source: 'sisimai 4.25 lib/Sisimai/Reason/SpamDetected.pm and lib/Sisimai/Reason/PolicyViolation.pm',
      },
      {
        line: 'recurrent pattern detection system',
        source: 'sisimai 4.25 lib/Sisimai/Reason/SpamDetected.pm and lib/Sisimai/Reason/PolicyViolation.pm',
      },
      {
        line: 'rejected because of unacceptable content',
        source: 'sisimai 4.25 lib/Sisimai/Reason/SpamDetected.pm and lib/Sisimai/Reason/PolicyViolation.pm',
      },
    ],
  },
  'sisimai.hostunknown': {
    source:
      'sisimai 4.25 (libsisimai-perl), lib/Sisimai/Reason/HostUnknown.pm: the fixed wordings its reason list matches, from the MTAs and providers it names there',
    examples: [
      {
        line: 'mail domain mentioned in email address is unknown',
        source: 'sisimai 4.25 lib/Sisimai/Reason/HostUnknown.pm',
      },
    ],
  },
  'sisimai.systemerror': {
    source:
      'sisimai 4.25 (libsisimai-perl), lib/Sisimai/Reason/NetworkError.pm and lib/Sisimai/Reason/SystemError.pm: the fixed wordings its reason list matches, from the MTAs and providers it names there',
    examples: [
      {
        line: 'malformed name server reply',
        source: 'sisimai 4.25 lib/Sisimai/Reason/NetworkError.pm and lib/Sisimai/Reason/SystemError.pm',
      },
      {
        line: 'temporary local problem',
        source: 'sisimai 4.25 lib/Sisimai/Reason/NetworkError.pm and lib/Sisimai/Reason/SystemError.pm',
      },
    ],
  },
  'sisimai.userunknown': {
    source:
      'sisimai 4.25 (libsisimai-perl), lib/Sisimai/Reason/UserUnknown.pm: the fixed wordings its reason list matches, from the MTAs and providers it names there',
    examples: [
      {
        line: 'this email address is wrong or no longer valid',
        source: 'sisimai 4.25 lib/Sisimai/Reason/UserUnknown.pm',
      },
      {
        line: 'your envelope recipient has been denied',
        source: 'sisimai 4.25 lib/Sisimai/Reason/UserUnknown.pm',
      },
    ],
  },
  'sisimai.suspend': {
    source:
      'sisimai 4.25 (libsisimai-perl), lib/Sisimai/Reason/Suspend.pm: the fixed wordings its reason list matches, from the MTAs and providers it names there',
    examples: [{ line: 'temporarily inactive', source: 'sisimai 4.25 lib/Sisimai/Reason/Suspend.pm' }],
  },
  'sisimai.mailboxfull': {
    source:
      'sisimai 4.25 (libsisimai-perl), lib/Sisimai/Reason/MailboxFull.pm: the fixed wordings its reason list matches, from the MTAs and providers it names there',
    examples: [
      {
        line: 'mail file size exceeds the maximum size allowed for mail delivery',
        source: 'sisimai 4.25 lib/Sisimai/Reason/MailboxFull.pm',
      },
      { line: 'mailbox exceeded the local limit', source: 'sisimai 4.25 lib/Sisimai/Reason/MailboxFull.pm' },
    ],
  },
  'sendmail.headers-too-large': {
    source:
      'sendmail collect.c (MaxHeadersLength, Distrotech/sendmail mirror of 8.14): usrerrenh("5.6.0", "552 Headers too large (%d max)")',
    examples: [
      { line: '552 5.6.0 Headers too large (32768 max)', status: '5.6.0', source: 'sendmail collect.c' },
    ],
  },
  'sisimai.exceedlimit': {
    source:
      'sisimai 4.25 (libsisimai-perl), lib/Sisimai/Reason/ExceedLimit.pm: the fixed wordings its reason list matches, from the MTAs and providers it names there',
    examples: [
      { line: 'message header size exceeds limit', source: 'sisimai 4.25 lib/Sisimai/Reason/ExceedLimit.pm' },
    ],
  },
  'sisimai.norelaying': {
    source:
      'sisimai 4.25 (libsisimai-perl), lib/Sisimai/Reason/NoRelaying.pm: the fixed wordings its reason list matches, from the MTAs and providers it names there',
    examples: [
      {
        line: 'requires authentication when attempting to send to a non-local e-mail address',
        source: 'sisimai 4.25 lib/Sisimai/Reason/NoRelaying.pm',
      },
      { line: 'not a gateway', source: 'sisimai 4.25 lib/Sisimai/Reason/NoRelaying.pm' },
      { line: "we don't handle mail for", source: 'sisimai 4.25 lib/Sisimai/Reason/NoRelaying.pm' },
    ],
  },
  'sisimai.toomanyconn': {
    source:
      'sisimai 4.25 (libsisimai-perl), lib/Sisimai/Reason/TooManyConn.pm: the fixed wordings its reason list matches, from the MTAs and providers it names there',
    examples: [{ line: 'trop de connexions', source: 'sisimai 4.25 lib/Sisimai/Reason/TooManyConn.pm' }],
  },
  'sisimai.securityerror-ses': {
    source:
      'sisimai 4.25 (libsisimai-perl), lib/Sisimai/Reason/SecurityError.pm: the fixed wordings its reason list matches, from the MTAs and providers it names there',
    examples: [
      { line: 'account not subscribed to ses', source: 'sisimai 4.25 lib/Sisimai/Reason/SecurityError.pm' },
    ],
  },
  'orange.sender-auth': {
    source:
      'Orange and La Poste replies to a sender that is not authenticated as the address it uses (OFR_305, LPN105_421), as quoted in sisimai 4.25 lib/Sisimai/Rhost/FrancePTT.pm (the Orange and La Poste replies it quotes)',
    examples: [
      {
        line: "550 5.7.0 Code d'authentification invalide OFR_305",
        source: 'sisimai 4.25 lib/Sisimai/Rhost/FrancePTT.pm (the Orange and La Poste replies it quotes)',
      },
      {
        line: '5.5.3 Mail from not owned by user. LPN105_421.',
        source: 'sisimai 4.25 lib/Sisimai/Rhost/FrancePTT.pm (the Orange and La Poste replies it quotes)',
      },
    ],
  },
  'cox.ip-blocked': {
    source:
      'Cox error codes (cox.com residential support, "Email error codes"), as tabled in sisimai 4.25 lib/Sisimai/Rhost/Cox.pm',
    examples: [
      {
        line: '554 5.7.1 Rejected - see https://www.cox.com/residential/support/email-error-codes.html AUP#CXBL',
        source:
          'Cox error codes (cox.com residential support, "Email error codes"), as tabled in sisimai 4.25 lib/Sisimai/Rhost/Cox.pm',
      },
    ],
  },
  'cox.account-limited': {
    source:
      'Cox error codes (cox.com residential support, "Email error codes"), as tabled in sisimai 4.25 lib/Sisimai/Rhost/Cox.pm',
    examples: [
      {
        line: '554 5.7.1 Email sending limited due to suspicious account activity AUP#CXTHRT',
        source:
          'Cox error codes (cox.com residential support, "Email error codes"), as tabled in sisimai 4.25 lib/Sisimai/Rhost/Cox.pm',
      },
    ],
  },
  'cox.sender-dns': {
    source:
      'Cox error codes (cox.com residential support, "Email error codes"), as tabled in sisimai 4.25 lib/Sisimai/Rhost/Cox.pm',
    examples: [
      {
        line: '554 5.7.1 There was an issue with the connecting IP address DNS AUP#CXDNS',
        source:
          'Cox error codes (cox.com residential support, "Email error codes"), as tabled in sisimai 4.25 lib/Sisimai/Rhost/Cox.pm',
      },
    ],
  },
  'cox.unverified-sender': {
    source:
      'Cox error codes (cox.com residential support, "Email error codes"), as tabled in sisimai 4.25 lib/Sisimai/Rhost/Cox.pm',
    examples: [
      {
        line: "554 5.7.1 Your email wasn't delivered because Cox was unable to verify that it came from a legitimate email sender AUP#CXSMTP",
        source:
          'Cox error codes (cox.com residential support, "Email error codes"), as tabled in sisimai 4.25 lib/Sisimai/Rhost/Cox.pm',
      },
    ],
  },
  'cox.limits': {
    source:
      'Cox error codes (cox.com residential support, "Email error codes"), as tabled in sisimai 4.25 lib/Sisimai/Rhost/Cox.pm',
    examples: [
      {
        line: '421 4.7.0 Too many connections AUP#CXCNCT',
        source:
          'Cox error codes (cox.com residential support, "Email error codes"), as tabled in sisimai 4.25 lib/Sisimai/Rhost/Cox.pm',
      },
    ],
  },
  'cox.url-listed': {
    source:
      'Cox error codes (cox.com residential support, "Email error codes"), as tabled in sisimai 4.25 lib/Sisimai/Rhost/Cox.pm',
    examples: [
      {
        line: '554 5.7.1 A URL within the body of the message was found on blocklists AUP#URLBL011',
        source:
          'Cox error codes (cox.com residential support, "Email error codes"), as tabled in sisimai 4.25 lib/Sisimai/Rhost/Cox.pm',
      },
    ],
  },
  'spectrum.ip-blocked': {
    source:
      'Spectrum (Charter) AUP error codes (spectrum.net support, "Understanding email error codes"), as tabled in sisimai 4.25 lib/Sisimai/Rhost/Spectrum.pm',
    examples: [
      {
        line: '554 5.7.1 Your IP address has been blocked due to suspicious activity. AUP#1000',
        source:
          'Spectrum (Charter) AUP error codes (spectrum.net support, "Understanding email error codes"), as tabled in sisimai 4.25 lib/Sisimai/Rhost/Spectrum.pm',
      },
    ],
  },
  'spectrum.account': {
    source:
      'Spectrum (Charter) AUP error codes (spectrum.net support, "Understanding email error codes"), as tabled in sisimai 4.25 lib/Sisimai/Rhost/Spectrum.pm',
    examples: [
      {
        line: '554 5.7.1 This email account has been blocked from sending emails due to suspicious activity. AUP#1010',
        source:
          'Spectrum (Charter) AUP error codes (spectrum.net support, "Understanding email error codes"), as tabled in sisimai 4.25 lib/Sisimai/Rhost/Spectrum.pm',
      },
    ],
  },
  'spectrum.system': {
    source:
      'Spectrum (Charter) AUP error codes (spectrum.net support, "Understanding email error codes"), as tabled in sisimai 4.25 lib/Sisimai/Rhost/Spectrum.pm',
    examples: [
      {
        line: "451 4.3.0 The email you're trying to send can't be processed. Try sending again at a later time. AUP#1090",
        source:
          'Spectrum (Charter) AUP error codes (spectrum.net support, "Understanding email error codes"), as tabled in sisimai 4.25 lib/Sisimai/Rhost/Spectrum.pm',
      },
    ],
  },
  'spectrum.ip-dns': {
    source:
      'Spectrum (Charter) AUP error codes (spectrum.net support, "Understanding email error codes"), as tabled in sisimai 4.25 lib/Sisimai/Rhost/Spectrum.pm',
    examples: [
      {
        line: "554 5.7.1 The IP address you're trying to connect from has an issue with the Domain Name System. AUP#1100",
        source:
          'Spectrum (Charter) AUP error codes (spectrum.net support, "Understanding email error codes"), as tabled in sisimai 4.25 lib/Sisimai/Rhost/Spectrum.pm',
      },
    ],
  },
  'spectrum.policy': {
    source:
      'Spectrum (Charter) AUP error codes (spectrum.net support, "Understanding email error codes"), as tabled in sisimai 4.25 lib/Sisimai/Rhost/Spectrum.pm',
    examples: [
      {
        line: "554 5.7.1 The email you tried to send goes against your domain's security policies. AUP#1160",
        source:
          'Spectrum (Charter) AUP error codes (spectrum.net support, "Understanding email error codes"), as tabled in sisimai 4.25 lib/Sisimai/Rhost/Spectrum.pm',
      },
    ],
  },
  'spectrum.limits': {
    source:
      'Spectrum (Charter) AUP error codes (spectrum.net support, "Understanding email error codes"), as tabled in sisimai 4.25 lib/Sisimai/Rhost/Spectrum.pm',
    examples: [
      {
        line: '421 4.7.0 Spectrum limits the number of concurrent connections from a sender AUP#1310',
        source:
          'Spectrum (Charter) AUP error codes (spectrum.net support, "Understanding email error codes"), as tabled in sisimai 4.25 lib/Sisimai/Rhost/Spectrum.pm',
      },
    ],
  },
  'spectrum.size': {
    source:
      'Spectrum (Charter) AUP error codes (spectrum.net support, "Understanding email error codes"), as tabled in sisimai 4.25 lib/Sisimai/Rhost/Spectrum.pm',
    examples: [
      {
        line: "552 5.3.4 Your email was rejected because it's larger than the maximum size of 20MB. AUP#1530",
        source:
          'Spectrum (Charter) AUP error codes (spectrum.net support, "Understanding email error codes"), as tabled in sisimai 4.25 lib/Sisimai/Rhost/Spectrum.pm',
      },
    ],
  },
  'iua.relay': {
    source: 'I.UA error pages (mail.i.ua/err/<n>/), as tabled in sisimai 4.25 lib/Sisimai/Rhost/IUA.pm',
    examples: [
      {
        line: '550 The use of SMTP as mail gate is forbidden. See http://mail.i.ua/err/1/',
        source: 'I.UA error pages (mail.i.ua/err/<n>/), as tabled in sisimai 4.25 lib/Sisimai/Rhost/IUA.pm',
      },
    ],
  },
  'iua.user': {
    source: 'I.UA error pages (mail.i.ua/err/<n>/), as tabled in sisimai 4.25 lib/Sisimai/Rhost/IUA.pm',
    examples: [
      {
        line: '550 User is not found. See http://mail.i.ua/err/2/',
        source: 'I.UA error pages (mail.i.ua/err/<n>/), as tabled in sisimai 4.25 lib/Sisimai/Rhost/IUA.pm',
      },
    ],
  },
  'iua.unused': {
    source: 'I.UA error pages (mail.i.ua/err/<n>/), as tabled in sisimai 4.25 lib/Sisimai/Rhost/IUA.pm',
    examples: [
      {
        line: '550 Mailbox was not used for more than 3 months. See http://mail.i.ua/err/3/',
        source: 'I.UA error pages (mail.i.ua/err/<n>/), as tabled in sisimai 4.25 lib/Sisimai/Rhost/IUA.pm',
      },
    ],
  },
  'iua.full': {
    source: 'I.UA error pages (mail.i.ua/err/<n>/), as tabled in sisimai 4.25 lib/Sisimai/Rhost/IUA.pm',
    examples: [
      {
        line: '550 Mailbox is full. See http://mail.i.ua/err/4/',
        source: 'I.UA error pages (mail.i.ua/err/<n>/), as tabled in sisimai 4.25 lib/Sisimai/Rhost/IUA.pm',
      },
    ],
  },
  'iua.limit': {
    source: 'I.UA error pages (mail.i.ua/err/<n>/), as tabled in sisimai 4.25 lib/Sisimai/Rhost/IUA.pm',
    examples: [
      {
        line: '550 Letter sending limit is exceeded. See http://mail.i.ua/err/5/',
        source: 'I.UA error pages (mail.i.ua/err/<n>/), as tabled in sisimai 4.25 lib/Sisimai/Rhost/IUA.pm',
      },
    ],
  },
  'iua.sender': {
    source: 'I.UA error pages (mail.i.ua/err/<n>/), as tabled in sisimai 4.25 lib/Sisimai/Rhost/IUA.pm',
    examples: [
      {
        line: '550 Wrong value of command HELO/EHLO parameter. See http://mail.i.ua/err/7/',
        source: 'I.UA error pages (mail.i.ua/err/<n>/), as tabled in sisimai 4.25 lib/Sisimai/Rhost/IUA.pm',
      },
    ],
  },
  'iua.ip-listed': {
    source: 'I.UA error pages (mail.i.ua/err/<n>/), as tabled in sisimai 4.25 lib/Sisimai/Rhost/IUA.pm',
    examples: [
      {
        line: '550 IP-address of the sender is blacklisted. See http://mail.i.ua/err/9/',
        source: 'I.UA error pages (mail.i.ua/err/<n>/), as tabled in sisimai 4.25 lib/Sisimai/Rhost/IUA.pm',
      },
    ],
  },
  'iua.not-listed': {
    source: 'I.UA error pages (mail.i.ua/err/<n>/), as tabled in sisimai 4.25 lib/Sisimai/Rhost/IUA.pm',
    examples: [
      {
        line: '550 Not in the list Mail address management. See http://mail.i.ua/err/10/',
        source: 'I.UA error pages (mail.i.ua/err/<n>/), as tabled in sisimai 4.25 lib/Sisimai/Rhost/IUA.pm',
      },
    ],
  },
  'gmail.5.7.0-sending-denied': {
    source:
      'Google Workspace Admin Help, "SMTP error reference" (support.google.com/a/answer/3726730), as tabled in sisimai 4.25 lib/Sisimai/Rhost/GoogleApps.pm',
    examples: [
      {
        line: '550 5.7.0 Mail Sending denied. This error occurs if the sender account is disabled or not registered within your Google Workspace domain.',
        status: '5.7.0',
        source:
          'Google Workspace Admin Help, "SMTP error reference" (support.google.com/a/answer/3726730), as tabled in sisimai 4.25 lib/Sisimai/Rhost/GoogleApps.pm',
      },
    ],
  },
  'gmail.5.7.1-unauthenticated-domain': {
    source:
      'Google Workspace Admin Help, "SMTP error reference" (support.google.com/a/answer/3726730), as tabled in sisimai 4.25 lib/Sisimai/Rhost/GoogleApps.pm',
    examples: [
      {
        line: '550 5.7.1 Unauthenticated email is not accepted from this domain.',
        status: '5.7.1',
        source:
          'Google Workspace Admin Help, "SMTP error reference" (support.google.com/a/answer/3726730), as tabled in sisimai 4.25 lib/Sisimai/Rhost/GoogleApps.pm',
      },
    ],
  },
  'gmail.smtp-protocol': {
    source:
      'Google Workspace Admin Help, "SMTP error reference" (support.google.com/a/answer/3726730), as tabled in sisimai 4.25 lib/Sisimai/Rhost/GoogleApps.pm',
    examples: [
      {
        line: '503 5.7.0 No identity changes permitted.',
        status: '5.7.0',
        source:
          'Google Workspace Admin Help, "SMTP error reference" (support.google.com/a/answer/3726730), as tabled in sisimai 4.25 lib/Sisimai/Rhost/GoogleApps.pm',
      },
    ],
  },
  'gmail.temporary-system-problem': {
    source:
      'Google Workspace Admin Help, "SMTP error reference" (support.google.com/a/answer/3726730), as tabled in sisimai 4.25 lib/Sisimai/Rhost/GoogleApps.pm',
    examples: [
      {
        line: '421 4.7.0 Temporary System Problem. Try again later.',
        status: '4.7.0',
        source:
          'Google Workspace Admin Help, "SMTP error reference" (support.google.com/a/answer/3726730), as tabled in sisimai 4.25 lib/Sisimai/Rhost/GoogleApps.pm',
      },
    ],
  },
  'gmail.4.3.0-multiple-domains': {
    source:
      'Google Workspace Admin Help, "SMTP error reference" (support.google.com/a/answer/3726730), as tabled in sisimai 4.25 lib/Sisimai/Rhost/GoogleApps.pm',
    examples: [
      {
        line: '451 4.3.0 Multiple destination domains per transaction is unsupported. Please try again.',
        status: '4.3.0',
        source:
          'Google Workspace Admin Help, "SMTP error reference" (support.google.com/a/answer/3726730), as tabled in sisimai 4.25 lib/Sisimai/Rhost/GoogleApps.pm',
      },
    ],
  },
  'godaddy.ip-blocked': {
    source:
      'GoDaddy help, "What does my email bounceback mean?" (godaddy.com/help/3568), as tabled in sisimai 4.25 lib/Sisimai/Rhost/GoDaddy.pm',
    examples: [
      {
        line: '554 This IP has been blocked for the day, for attempting to mail too many invalid recipients. IB113',
        source:
          'GoDaddy help, "What does my email bounceback mean?" (godaddy.com/help/3568), as tabled in sisimai 4.25 lib/Sisimai/Rhost/GoDaddy.pm',
      },
    ],
  },
  'godaddy.limits': {
    source:
      'GoDaddy help, "What does my email bounceback mean?" (godaddy.com/help/3568), as tabled in sisimai 4.25 lib/Sisimai/Rhost/GoDaddy.pm',
    examples: [
      {
        line: '550 This message has exceeded the max number of messages per session. Please open a new session and try again. IB510',
        source:
          'GoDaddy help, "What does my email bounceback mean?" (godaddy.com/help/3568), as tabled in sisimai 4.25 lib/Sisimai/Rhost/GoDaddy.pm',
      },
    ],
  },
  'godaddy.content': {
    source:
      'GoDaddy help, "What does my email bounceback mean?" (godaddy.com/help/3568), as tabled in sisimai 4.25 lib/Sisimai/Rhost/GoDaddy.pm',
    examples: [
      {
        line: '552 This message has been rejected due to content judged to be spam by the Internet community. IB212',
        source:
          'GoDaddy help, "What does my email bounceback mean?" (godaddy.com/help/3568), as tabled in sisimai 4.25 lib/Sisimai/Rhost/GoDaddy.pm',
      },
    ],
  },
  'godaddy.ib508-spf': {
    source:
      'GoDaddy help, "What does my email bounceback mean?" (godaddy.com/help/3568), as tabled in sisimai 4.25 lib/Sisimai/Rhost/GoDaddy.pm',
    examples: [
      {
        line: "550 5.1.0 192.0.2.1 is not allowed to send from <example.net> per it's SPF Record. Please inspect your SPF settings, and try again. IB508",
        source:
          'GoDaddy help, "What does my email bounceback mean?" (godaddy.com/help/3568), as tabled in sisimai 4.25 lib/Sisimai/Rhost/GoDaddy.pm',
      },
    ],
  },
  'facebook.rcp-unknown': {
    source:
      'Facebook mail response codes (postmaster.facebook.com/response_codes), as tabled in sisimai 4.25 lib/Sisimai/Lhost/Facebook.pm',
    examples: [
      {
        line: '550 5.1.1 RCP-P1 http://postmaster.facebook.com/response_codes?ip=192.0.2.3#rcp The attempted recipient address does not exist',
        source:
          'Facebook mail response codes (postmaster.facebook.com/response_codes), as tabled in sisimai 4.25 lib/Sisimai/Lhost/Facebook.pm',
      },
    ],
  },
  'facebook.msg-size': {
    source:
      'Facebook mail response codes (postmaster.facebook.com/response_codes), as tabled in sisimai 4.25 lib/Sisimai/Lhost/Facebook.pm',
    examples: [
      {
        line: "552 5.3.4 MSG-P1 http://postmaster.facebook.com/response_codes?ip=192.0.2.3#msg The message exceeds Facebook's maximum allowed size",
        source:
          'Facebook mail response codes (postmaster.facebook.com/response_codes), as tabled in sisimai 4.25 lib/Sisimai/Lhost/Facebook.pm',
      },
    ],
  },
  'facebook.content': {
    source:
      'Facebook mail response codes (postmaster.facebook.com/response_codes), as tabled in sisimai 4.25 lib/Sisimai/Lhost/Facebook.pm',
    examples: [
      {
        line: '554 5.7.1 POL-P5 http://postmaster.facebook.com/response_codes?ip=192.0.2.3#pol The message contains a virus',
        source:
          'Facebook mail response codes (postmaster.facebook.com/response_codes), as tabled in sisimai 4.25 lib/Sisimai/Lhost/Facebook.pm',
      },
    ],
  },
  'facebook.con-t1': {
    source:
      'Facebook mail response codes (postmaster.facebook.com/response_codes), as tabled in sisimai 4.25 lib/Sisimai/Lhost/Facebook.pm',
    examples: [
      {
        line: "421 4.7.1 CON-T1 http://postmaster.facebook.com/response_codes?ip=192.0.2.3#con Facebook's mail server currently has too many connections open to allow another one",
        source:
          'Facebook mail response codes (postmaster.facebook.com/response_codes), as tabled in sisimai 4.25 lib/Sisimai/Lhost/Facebook.pm',
      },
    ],
  },
  'facebook.limits': {
    source:
      'Facebook mail response codes (postmaster.facebook.com/response_codes), as tabled in sisimai 4.25 lib/Sisimai/Lhost/Facebook.pm',
    examples: [
      {
        line: "421 4.7.1 CON-T2 http://postmaster.facebook.com/response_codes?ip=192.0.2.3#con Your mail server currently has too many connections open to Facebook's mail servers",
        source:
          'Facebook mail response codes (postmaster.facebook.com/response_codes), as tabled in sisimai 4.25 lib/Sisimai/Lhost/Facebook.pm',
      },
    ],
  },
  'facebook.rcp-t4': {
    source:
      'Facebook mail response codes (postmaster.facebook.com/response_codes), as tabled in sisimai 4.25 lib/Sisimai/Lhost/Facebook.pm',
    examples: [
      {
        line: '450 4.2.1 RCP-T4 http://postmaster.facebook.com/response_codes?ip=192.0.2.3#rcp The attempted recipient address is currently deactivated',
        source:
          'Facebook mail response codes (postmaster.facebook.com/response_codes), as tabled in sisimai 4.25 lib/Sisimai/Lhost/Facebook.pm',
      },
    ],
  },
  'domino.cannot-route': {
    source:
      'go-sisimai lhost/via-domino.go messagesof: "Cannot route mail to user", a reason of the Domino router after "because:"',
    examples: [
      {
        line: 'Cannot route mail to user (sven@example.com)',
        source: 'go-sisimai lhost/via-domino.go messagesof (the address in parentheses as Domino adds it)',
      },
    ],
  },
  'domino.ambiguous-name': {
    source:
      'go-sisimai lhost/via-domino.go messagesof ("Several matches found in Domino Directory"); PHPMailer-BMH bmhRules reads the same Domino line as an unknown recipient',
    examples: [
      {
        line: 'Several matches found in Domino Directory: ulf.berg@example.com',
        source: 'go-sisimai lhost/via-domino.go messagesof',
      },
      {
        line: 'Recipient user name info (bob@example.org) not unique. Several matches found in Domino Directory.',
        source: 'PHPMailer-BMH bmhRules (the Domino line it lists)',
      },
    ],
  },
  'sisimai.notes-hop-count': {
    source:
      'sisimai 4.25 (libsisimai-perl) lib/Sisimai/Lhost/Notes.pm, the wordings its reason table matches',
    examples: [
      {
        line: 'Message has exceeded maximum hop count',
        source:
          'sisimai 4.25 (libsisimai-perl) lib/Sisimai/Lhost/Notes.pm, the wordings its reason table matches',
      },
    ],
  },
  'sisimai.lhost-user-unknown': {
    source:
      'sisimai 4.25 (libsisimai-perl) lib/Sisimai/Lhost/GSuite.pm, the wordings its reason table matches; sisimai 4.25 (libsisimai-perl) lib/Sisimai/Lhost/Domino.pm, the wordings its reason table matches',
    examples: [
      {
        line: "The email account that you tried to reach does not exist, because the address couldn't be found. Check for typos or unnecessary spaces and try again",
        source:
          'sisimai 4.25 (libsisimai-perl) lib/Sisimai/Lhost/GSuite.pm, the wordings its reason table matches',
      },
      {
        line: "Utilisateur non répertorié dans l'annuaire Domino",
        source:
          'sisimai 4.25 (libsisimai-perl) lib/Sisimai/Lhost/Domino.pm, the wordings its reason table matches',
      },
    ],
  },
  'sisimai.gmail-dns-no-answer': {
    source:
      'sisimai 4.25 (libsisimai-perl) lib/Sisimai/Lhost/GSuite.pm, the wordings its reason table matches',
    examples: [
      {
        line: "DNS Error: DNS type 'mx' lookup of example.org responded with code NOERROR The domain example.org had no relevant answers.",
        source:
          'sisimai 4.25 (libsisimai-perl) lib/Sisimai/Lhost/GSuite.pm, the wordings its reason table matches',
      },
    ],
  },
  'sisimai.messagelabs-smtp-auth': {
    source:
      'sisimai 4.25 (libsisimai-perl) lib/Sisimai/Lhost/MessageLabs.pm, the wordings its reason table matches',
    examples: [
      {
        line: '553 Please turn on SMTP Authentication in your mail client',
        source:
          'sisimai 4.25 (libsisimai-perl) lib/Sisimai/Lhost/MessageLabs.pm, the wordings its reason table matches',
      },
    ],
  },
  'sisimai.lhost-system': {
    source:
      'sisimai 4.25 (libsisimai-perl) lib/Sisimai/Lhost/OpenSMTPD.pm, the wordings its reason table matches; sisimai 4.25 (libsisimai-perl) lib/Sisimai/Lhost/qmail.pm, the wordings its reason table matches; sisimai 4.25 (libsisimai-perl) lib/Sisimai/Lhost/Amavis.pm, the wordings its reason table matches; sisimai 4.25 (libsisimai-perl) lib/Sisimai/Lhost/Exim.pm, the wordings its reason table matches; sisimai 4.25 (libsisimai-perl) lib/Sisimai/Lhost/Courier.pm, the wordings its reason table matches',
    examples: [
      {
        line: "Sorry. Although I'm listed as a best-preference MX or A for that host, it isn't in my control/locals file, so I don't treat it as local. (#5.4.6)",
        source:
          'sisimai 4.25 (libsisimai-perl) lib/Sisimai/Lhost/qmail.pm, the wordings its reason table matches',
      },
      {
        line: '4.5.0 Temporary MTA failure on relaying',
        source:
          'sisimai 4.25 (libsisimai-perl) lib/Sisimai/Lhost/Amavis.pm, the wordings its reason table matches',
      },
      {
        line: 'delivery to pipe forbidden',
        source:
          'sisimai 4.25 (libsisimai-perl) lib/Sisimai/Lhost/Exim.pm, the wordings its reason table matches',
      },
    ],
  },
  'mailcleaner.prevent-spoof': {
    source:
      'MailCleaner/MailCleaner etc/exim/exim_stage1.conf_template (deny domains = +domains_to_preventspoof, !spf = pass: message = This domain does not accept mail from itself (spoofing))',
    examples: [
      {
        line: '550 This domain does not accept mail from itself (spoofing)',
        source: 'MailCleaner exim_stage1.conf_template',
      },
    ],
  },
  'amavis.processing-error': {
    source:
      'amavisd-new amavisd (github.com/tajohnson/amavisd-new): check_mail\'s eval failure "451 4.5.0 Error in processing, id=$am_id, $which_section FAILED: $eval_stat", with virus_scan\'s die "ALL VIRUS SCANNERS FAILED" / "NO VIRUS SCANNERS AVAILABLE"',
    examples: [
      {
        line: '451 4.5.0 Error in processing, id=31642-10, virus_scan FAILED: ALL VIRUS SCANNERS FAILED',
        status: '4.5.0',
        source: 'amavisd-new amavisd (check_mail, virus_scan)',
      },
    ],
  },
  'amavis.next-hop-refused': {
    source:
      "amavisd-new amavisd (github.com/tajohnson/amavisd-new): %smtp_reason_by_ccat CC_MTA,2 'id=%n - Rejected by next-hop MTA on relaying', with the next hop's reply after it; sisimai 4.25 lib/Sisimai/Lhost/Amavis.pm (systemerror)",
    examples: [
      {
        line: 'Reject, id=30128-03 - Rejected by next-hop MTA on relaying',
        source: "amavisd-new amavisd %smtp_reason_by_ccat (CC_MTA,2), without the next hop's words",
      },
    ],
  },
  'sisimai.exim-address-syntax': {
    source:
      'sisimai 4.25 (libsisimai-perl) lib/Sisimai/Lhost/Exim.pm, the wordings its reason table matches; sisimai 4.25 (libsisimai-perl) lib/Sisimai/Lhost/Amavis.pm, the wordings its reason table matches',
    examples: [
      {
        line: 'malformed address: bob@example.org> - angle-brackets nested too deep',
        source:
          'sisimai 4.25 (libsisimai-perl) lib/Sisimai/Lhost/Exim.pm, the wordings its reason table matches',
      },
      {
        line: '554 5.6.0 Reject, id=12345-01 - BAD HEADER: Non-encoded 8-bit data',
        source:
          'sisimai 4.25 (libsisimai-perl) lib/Sisimai/Lhost/Amavis.pm, the wordings its reason table matches',
      },
    ],
  },
  'sisimai5.speeding-slower': {
    source:
      'go-sisimai reason/why-speeding.go (IncludedIn["Speeding"]): "please try again slower", with the Postfix reply its comment quotes',
    examples: [
      {
        line: '451 4.7.1 <mx.example.org[192.0.2.2]>: Client host rejected: Please try again slower',
        status: '4.7.1',
        source: 'go-sisimai reason/why-speeding.go',
      },
    ],
  },
  'sisimai5.userunknown-i18n': {
    source:
      'go-sisimai reason/why-userunknown.go (IncludedIn["UserUnknown"]): the Italian and Spanish wordings of its index',
    examples: [
      {
        line: '550 Nessun utente simile in questo indirizzo',
        source: 'go-sisimai reason/why-userunknown.go',
      },
      { line: '550 No existe dicha persona', source: 'go-sisimai reason/why-userunknown.go' },
      { line: '550 No existe ese usuario', source: 'go-sisimai reason/why-userunknown.go' },
    ],
  },
  'sisimai5.rejected-sender-address': {
    source:
      'go-sisimai reason/why-rejected.go (IncludedIn["Rejected"]: IMail\'s "bogus mail from", French "emetteur invalide", RFC 1035 CNAME loops, empty or unqualified senders) and reason/why-requireptr.go (forward DNS of the PTR name)',
    examples: [
      { line: '550 Bogus mail from', source: 'go-sisimai reason/why-rejected.go, why-requireptr.go' },
      { line: '550 Emetteur invalide', source: 'go-sisimai reason/why-rejected.go, why-requireptr.go' },
      {
        line: '550 RFC 1035 violation: recursive CNAME records for example.com',
        source: 'go-sisimai reason/why-rejected.go, why-requireptr.go',
      },
      { line: '550 Sender domain is empty', source: 'go-sisimai reason/why-rejected.go, why-requireptr.go' },
      {
        line: '550 Fully qualified email address required',
        source: 'go-sisimai reason/why-rejected.go, why-requireptr.go',
      },
      {
        line: '550 The corresponding forward DNS entry does not point to the sending IP',
        source: 'go-sisimai reason/why-rejected.go, why-requireptr.go',
      },
    ],
  },
  'sisimai5.null-sender': {
    source:
      'go-sisimai reason/why-rejected.go (IncludedIn["Rejected"]): refusals of a null-sender notice (a bounce) by BATV (SonicWall and others: "batv failed to verify", "recipient not accepted. (batv: no tag") and by backscatter protection ("transaction failed unsigned dsn for", "error: no third-party dsns", "returned mail not accepted here", "denied [bouncedeny]")',
    examples: [
      { line: '550 BATV failed to verify', source: 'go-sisimai reason/why-rejected.go (SonicWall)' },
      {
        line: '550 5.7.1 Recipient not accepted. (BATV: no tag)',
        status: '5.7.1',
        source: 'go-sisimai reason/why-rejected.go (SonicWall)',
      },
      {
        line: '550 The message has been rejected by BATV defense',
        source: 'go-sisimai reason/why-rejected.go (SonicWall)',
      },
      {
        line: '550 Transaction failed unsigned DSN for bob@example.org',
        source: 'go-sisimai reason/why-rejected.go',
      },
      { line: '550 Error: no third-party DSNs', source: 'go-sisimai reason/why-rejected.go' },
      { line: '550 Returned mail not accepted here', source: 'go-sisimai reason/why-rejected.go' },
      { line: '550 Denied [BounceDeny]', source: 'go-sisimai reason/why-rejected.go' },
      {
        line: '550 Backscatter protection detected an invalid or expired email address',
        source: 'go-sisimai reason/why-rejected.go',
      },
    ],
  },
  'sisimai5.orange-authentification': {
    source:
      'go-sisimai reason/why-securityerror.go (IncludedIn["SecurityError"] pairs: "authentification invalide" 305, "authentification requise" 402)',
    examples: [
      { line: '550 5.7.1 Authentification invalide (305)', source: 'go-sisimai reason/why-securityerror.go' },
      { line: '550 5.7.1 Authentification requise (402)', source: 'go-sisimai reason/why-securityerror.go' },
    ],
  },
  'sisimai5.spam-filter': {
    source:
      'go-sisimai reason/why-spamdetected.go (IncludedIn["SpamDetected"]): bulk-mail and filter verdicts',
    examples: [
      { line: '550 Rejected - bulk email', source: 'go-sisimai reason/why-spamdetected.go' },
      {
        line: '451 Your message has been temporarily blocked by our filter',
        source: 'go-sisimai reason/why-spamdetected.go',
      },
    ],
  },
  'sisimai5.mail-score': {
    source:
      'go-sisimai reason/why-spamdetected.go (IncludedIn["SpamDetected"] pair "mail score (" ... " over ")',
    examples: [
      { line: '550 Mail score (12.5) over threshold', source: 'go-sisimai reason/why-spamdetected.go' },
    ],
  },
  'sisimai5.receiving-limits': {
    source:
      'go-sisimai reason/why-mailboxfull.go (IncludedIn["MailboxFull"]): "account disabled temporarly for exceeding receiving limits"',
    examples: [
      {
        line: '550 Account disabled temporarly for exceeding receiving limits',
        source: 'go-sisimai reason/why-mailboxfull.go',
      },
    ],
  },
  'sisimai5.user-terminated': {
    source:
      'go-sisimai reason/why-suspend.go ("is unavailable: user is terminated") and reason/why-hasmoved.go (" has been replaced by ")',
    examples: [
      {
        line: '550 5.2.1 bob@example.org is unavailable: user is terminated',
        status: '5.2.1',
        source: 'go-sisimai reason/why-suspend.go, why-hasmoved.go',
      },
      {
        line: '550 5.1.6 bob@example.org has been replaced by carol@example.org',
        status: '5.1.6',
        source: 'go-sisimai reason/why-suspend.go, why-hasmoved.go',
      },
    ],
  },
  'sisimai5.ip-unwanted': {
    source:
      "go-sisimai reason/why-blocked.go and why-badreputation.go (IncludedIn): complaint-driven refusals of the sending IP (Yahoo's TS04 without its code)",
    examples: [
      {
        line: '550 5.7.1 Too many unwanted messages have been sent from the following IP address above',
        status: '5.7.1',
        source: 'go-sisimai reason/why-blocked.go, why-badreputation.go',
      },
      {
        line: '421 Messages from 192.0.2.1 temporarily deferred due to unexpected volume or user complaints',
        source: 'go-sisimai reason/why-blocked.go, why-badreputation.go',
      },
    ],
  },
  'sisimai5.mailer-program': {
    source:
      'go-sisimai reason/why-mailererror.go (IncludedIn["MailerError"]): procmail, maildrop, X-Unix diagnostics',
    examples: [
      { line: 'X-Unix; 255', source: 'go-sisimai reason/why-mailererror.go' },
      { line: 'Command failed: /usr/bin/procmail -a bob', source: 'go-sisimai reason/why-mailererror.go' },
    ],
  },
  'sisimai5.failed-to-deliver-domain': {
    source: 'go-sisimai reason/why-expired.go (IncludedIn["Expired"]): "failed to deliver to domain "',
    examples: [
      {
        line: 'Failed to deliver to domain example.org after 5 attempts',
        source: 'go-sisimai reason/why-expired.go',
      },
    ],
  },
  'gmail.x.7.24-spf-suspicious': {
    source:
      'go-sisimai rhost/for-google.go (authfailure: 451/550 4.7.24 "the spf record of the sending domain"), quoting Google\'s SMTP error reference https://support.google.com/a/answer/3726730',
    examples: [
      {
        line: '451 4.7.24 The SPF record of the sending domain has one or more suspicious entries. To protect our users from spam, mail sent from your IP address has been temporarily rate limited.',
        status: '4.7.24',
        source: "go-sisimai rhost/for-google.go (Google's SMTP error reference)",
      },
      {
        line: '550 5.7.24 The SPF record of the sending domain has one or more suspicious entries.',
        status: '5.7.24',
        source: "go-sisimai rhost/for-google.go (Google's SMTP error reference)",
      },
    ],
  },
  'gmail.low-reputation-ip': {
    source:
      'go-sisimai rhost/for-google.go (badreputation: 421 4.7.0 "very low reputation of the sending ip"), quoting Google\'s SMTP error reference https://support.google.com/a/answer/3726730',
    examples: [
      {
        line: '421 4.7.0 This message is suspicious due to the very low reputation of the sending IP address/domain. To protect our users from spam, mail sent from your IP address has been temporarily rate limited.',
        status: '4.7.0',
        source: "go-sisimai rhost/for-google.go (Google's SMTP error reference)",
      },
    ],
  },
  'gmail.x.7.23-no-ptr-rate': {
    source:
      'go-sisimai rhost/for-google.go (requireptr: 421 4.7.0 / 4.7.23 "does not have a ptr record"), quoting Google\'s SMTP error reference https://support.google.com/a/answer/3726730',
    examples: [
      {
        line: '421 4.7.0 The IP address sending this message does not have a PTR record, or the corresponding forward DNS entry does not point to the sending IP. To protect our users from spam, mail sent from your IP address has been temporarily rate limited.',
        status: '4.7.0',
        source: "go-sisimai rhost/for-google.go (Google's SMTP error reference)",
      },
      {
        line: "421 4.7.23 The sending IP address for this message doesn't have a PTR record, or the PTR record's forward DNS entry doesn't match the sending IP address. To protect users from spam, your email has been temporarily rate limited.",
        status: '4.7.23',
        source: "go-sisimai rhost/for-google.go (Google's SMTP error reference)",
      },
    ],
  },
  'gmail.5.7.1-header-syntax': {
    source:
      "go-sisimai rhost/for-google.go (notcompliantrfc: 550 5.7.1), quoting Google's SMTP error reference https://support.google.com/a/answer/3726730",
    examples: [
      {
        line: '550 5.7.1 Messages missing a valid Message-ID: header are not accepted.',
        status: '5.7.1',
        source:
          'Google Workspace Help, Gmail SMTP errors and codes (support.google.com/a/answer/3726730, 2026-02-12)',
      },
      {
        line: '550 5.7.1 The message contains a unicode character in a disallowed header. To review our message and header content guidelines, go to File types blocked in Gmail.',
        status: '5.7.1',
        source: "go-sisimai rhost/for-google.go (Google's SMTP error reference)",
      },
      {
        line: '550 5.7.1 Encoded-word syntax is not permitted in message header Subject. To reduce the amount of spam sent to Gmail, this message has been blocked.',
        status: '5.7.1',
        source: "go-sisimai rhost/for-google.go (Google's SMTP error reference)",
      },
      {
        line: '550 5.7.1 Missing a valid address in the From: header.',
        status: '5.7.1',
        source: "go-sisimai rhost/for-google.go (Google's SMTP error reference)",
      },
    ],
  },
  'gmail.4.7.28-same-message-id': {
    source:
      'go-sisimai rhost/for-google.go (policyviolation: 421 4.7.28 "sending messages with the same message-id:"), quoting Google\'s SMTP error reference https://support.google.com/a/answer/3726730',
    examples: [
      {
        line: '421 4.7.28 Gmail has detected this message exceeded its quota for sending messages with the same Message-ID:. To best protect our users, the message has been temporarily rejected.',
        status: '4.7.28',
        source: "go-sisimai rhost/for-google.go (Google's SMTP error reference)",
      },
    ],
  },
  'qmail-ldap.lookup-errors': {
    source:
      "go-sisimai lhost/via-qmail.go (messagesof systemerror: the qmail-ldap patch's qmail-local/qmail-lspawn errors)",
    examples: [
      { line: 'Automatic homedir creator crashed', source: 'go-sisimai lhost/via-qmail.go (qmail-ldap)' },
      { line: 'Illegal value in LDAP attribute', source: 'go-sisimai lhost/via-qmail.go (qmail-ldap)' },
      {
        line: 'LDAP attribute is not given but mandatory',
        source: 'go-sisimai lhost/via-qmail.go (qmail-ldap)',
      },
      {
        line: 'Too many results returned but needs to be unique',
        source: 'go-sisimai lhost/via-qmail.go (qmail-ldap)',
      },
      {
        line: 'Unable to login into LDAP server, bad credentials',
        source: 'go-sisimai lhost/via-qmail.go (qmail-ldap)',
      },
    ],
  },
  'qmail.user-max-size': {
    source:
      'go-sisimai lhost/via-qmail.go (messagesof exceedlimit: "The message exeeded the maximum size the user accepts")',
    examples: [
      {
        line: 'The message exeeded the maximum size the user accepts',
        source: 'go-sisimai lhost/via-qmail.go',
      },
    ],
  },
  'ezweb.account-limited': {
    source:
      'go-sisimai lhost/via-ezweb.go (messagesof suspend: "The user(s) account is temporarily limited.")',
    examples: [
      { line: 'The user(s) account is temporarily limited.', source: 'go-sisimai lhost/via-ezweb.go' },
    ],
  },
  'postscreen.5.3.2-denylist': {
    source:
      'vdukhovni/postfix postfix/src/postscreen/postscreen.c (PSC_ACL_ACT_DENYLIST: 521 drop, 550 enforce)',
    examples: [
      { line: '550 5.3.2 Service currently unavailable', status: '5.3.2', source: 'postscreen.c' },
      { line: '521 5.3.2 Service currently unavailable', status: '5.3.2', source: 'postscreen.c' },
    ],
  },
  'postscreen.4.3.2-retest': {
    source:
      'vdukhovni/postfix postfix/src/postscreen/postscreen_state.c (final_reply, rcpt_reply), POSTSCREEN_README ("the client must reconnect from the same IP address")',
    examples: [
      { line: '450 4.3.2 Service currently unavailable', status: '4.3.2', source: 'postscreen_state.c' },
      { line: '421 4.3.2 Service currently unavailable', status: '4.3.2', source: 'postscreen_state.c' },
    ],
  },
  'postscreen.non-smtp-command': {
    source:
      'vdukhovni/postfix postfix/src/postscreen/postscreen_smtpd.c (non-SMTP command test, PSC_ACT_DROP)',
    examples: [
      {
        line: '521 5.7.0 Error: I can break rules, too. Goodbye.',
        status: '5.7.0',
        source: 'postscreen_smtpd.c',
      },
    ],
  },
  'postfix.sender-mx-lookup-failed': {
    source:
      'vdukhovni/postfix postfix/src/smtpd/smtpd_check.c (reject_unknown_mailhost: DEFER_IF_REJECT 450 4.4.4)',
    examples: [
      {
        line: '450 4.4.4 <a@example.net>: Sender address rejected: Unable to look up mail exchanger information: Host not found, try again',
        status: '4.4.4',
        source: 'smtpd_check.c',
      },
    ],
  },
  'rspamd.sender-null-mx': {
    source:
      'rspamd/rspamd conf/modules.d/mx_check.conf (reject_null_mx_message), src/plugins/lua/mx_check.lua',
    examples: [
      { line: '554 5.7.1 Domain published RFC 7505 Null MX', status: '5.7.1', source: 'rspamd mx_check' },
    ],
  },
  'postfix.multi-recipient-bounce': {
    source: 'vdukhovni/postfix postfix/src/smtpd/smtpd_check.c (reject_multi_recipient_bounce)',
    examples: [
      {
        line: '550 5.7.1 <>: Data command rejected: Multi-recipient bounce',
        status: '5.7.1',
        source: 'smtpd_check.c',
      },
    ],
  },
  'spf.why-url': {
    source:
      'spf-engine (pypolicyd-spf) spf_engine/__init__.py (_rejectmessage URL); postfix-policyd-spf-perl (default_authority_explanation, "DEFER_IF_PERMIT SPF-Result=<local explanation>"); Mail::SPF::Server default_default_authority_explanation',
    examples: [
      {
        line: '550 5.7.1 <bob@example.org>: Recipient address rejected: Please see http://www.openspf.net/Why?s=mfrom;id=a@example.net;ip=192.0.2.9;r=bob@example.org',
        status: '5.7.1',
        source: 'postfix-policyd-spf-perl',
      },
      {
        line: '550 5.7.1 <bob@example.org>: Recipient address rejected: Please see http://www.openspf.org/Why?s=helo;id=mail.example.net;ip=192.0.2.9;r=mx.example.org',
        status: '5.7.1',
        source: 'Mail::SPF::Server',
      },
      {
        line: '450 4.7.1 <bob@example.org>: Recipient address rejected: SPF-Result=mx.example.net: DNS error while looking up TXT records',
        status: '4.7.1',
        source: 'postfix-policyd-spf-perl',
      },
      {
        line: '550 5.7.1 <bob@example.org>: Recipient address rejected: Please see http://www.open-spf.org/Why?s=helo;id=mail.example.net;ip=192.0.2.9;r=mx.example.org',
        status: '5.7.1',
        source: 'pypolicyd-spf 2.0.2+ (spf-engine): its reject text names www.open-spf.org/Why',
      },
    ],
  },
  'opendkim.internal-error': {
    source: 'trusteddomainproject/OpenDKIM opendkim/opendkim.c (dkimf_libstatus: DKIM_STAT_INTERNAL)',
    examples: [{ line: '451 4.7.0 internal DKIM error', status: '4.7.0', source: 'opendkim.c' }],
  },
  'mimedefang.tempfail-default': {
    source:
      'The-McGrail-Foundation/MIMEDefang mimedefang.c (default reply and codes for a 4xx without text); deepin-community/sendmail sendmail/srvrsmtp.c (MSG_TEMPFAIL for a milter tempfail)',
    examples: [
      { line: '451 4.3.0 Please try again later', status: '4.3.0', source: 'mimedefang.c' },
      { line: '451 4.3.2 Please try again later', status: '4.3.2', source: 'Sendmail srvrsmtp.c' },
    ],
  },
  'mimedefang.virus-scanner-problem': {
    source:
      'The-McGrail-Foundation/MIMEDefang examples/suggested-minimum-filter-for-windows-clients (action_tempfail)',
    examples: [
      { line: '451 4.3.0 Problem running virus-scanner', status: '4.3.0', source: 'MIMEDefang filter' },
    ],
  },
  'cyrus.mailbox-badformat': {
    source:
      'cyrusimap/cyrus-imapd imap/imap_err.et (IMAP_MAILBOX_BADFORMAT), imap/lmtp_err.et (LMTP_MAILBOX_ERROR 451 4.2.0)',
    examples: [{ line: '451 4.2.0 Mailbox has an invalid format', status: '4.2.0', source: 'Cyrus lmtpd' }],
  },
  'postfix.defer-all': {
    source:
      'vdukhovni/postfix postfix/src/smtpd/smtpd_check.c (DEFER_ALL: var_defer_code, 4.3.2, "%s rejected: Try again later")',
    examples: [
      {
        line: '450 4.3.2 <bob@example.org>: Recipient address rejected: Try again later',
        status: '4.3.2',
        source: 'smtpd_check.c',
      },
      {
        line: '450 4.3.2 <unknown[192.0.2.9]>: Client host rejected: Try again later',
        status: '4.3.2',
        source: 'smtpd_check.c',
      },
    ],
  },
  'maildrop.timeout-quota': {
    source:
      'svarshavchik/courier-libs maildrop/main.C (alarm_msg), quoted by Postfix pipe(8) as "Command output:"',
    examples: [
      {
        line: 'Command died with status 75: "/usr/bin/maildrop". Command output: maildrop: Timeout quota exceeded.',
        status: '4.3.0',
        source: 'maildrop main.C via Postfix pipe_command.c',
      },
    ],
  },
  'dovecot.login-disabled': {
    source: 'dovecot/core src/lmtp/lmtp-proxy.c (passdb nologin without a proxy host: 550 5.3.5)',
    examples: [
      { line: '550 5.3.5 <bob@example.org> Login disabled', status: '5.3.5', source: 'lmtp-proxy.c' },
    ],
  },
  'sieve.reject': {
    source:
      'dovecot/core src/lib-lda/lda-settings.c (rejection_reason), src/lib-lda/mail-send.c; dovecot/pigeonhole src/lib-sieve/sieve-actions.c; cyrusimap/cyrus-imapd imap/lmtp_sieve.c (send_rejection); RFC 5429 2.1',
    examples: [
      {
        line: 'Your message to <bob@example.org> was automatically rejected: I do not accept messages from this address.',
        source: 'Dovecot LDA / Pigeonhole rejection notice',
      },
      {
        line: 'Your message was automatically rejected by Sieve, a mail filtering language. The following reason was given: Messages from this sender are not accepted.',
        source: 'Cyrus lmtp_sieve.c',
      },
    ],
  },
  'postfix.pipelining-out-of-sync': {
    source:
      'vdukhovni/postfix postfix/src/smtpd/smtpd.c (smtpd_proto: "554 5.5.0 Error: SMTP protocol synchronization")',
    examples: [
      { line: '554 5.5.0 Error: SMTP protocol synchronization', status: '5.5.0', source: 'smtpd.c' },
    ],
  },
  'policyd-weight.no-dns': {
    source: 'DavidGoodwin/policyd-weight src/policyd-weight.pl ($DNSERRMSG)',
    examples: [
      {
        line: '450 4.7.1 <bob@example.org>: Recipient address rejected: No DNS entries for your MTA, HELO and Domain. Contact YOUR administrator',
        status: '4.7.1',
        source: 'policyd-weight.pl',
      },
    ],
  },
  'greylistd.exim-acl': {
    source:
      'eurovibes/greylistd program/greylistd-setup-exim4, doc/examples/exim4-acl-example.txt (defer message)',
    examples: [
      {
        line: '451 192.0.2.20 is not yet authorized to deliver mail from <alice@example.com> to <bob@example.org>. Please try later.',
        source: 'greylistd-setup-exim4',
      },
    ],
  },
  'rspamd.soft-reject': {
    source:
      'rspamd/rspamd src/libserver/milter_internal.h (RSPAMD_MILTER_TEMPFAIL_MESSAGE "Try again later", RSPAMD_MILTER_XCODE_TEMPFAIL 4.7.1), src/plugins/lua/greylist.lua and conf/modules.d/greylist.conf (message "Try again later", report_time adds ": <end time>")',
    examples: [
      { line: '451 4.7.1 Try again later', status: '4.7.1', source: 'rspamd milter' },
      {
        line: '451 4.7.1 Try again later: Fri, 04 Dec 2026 14:25:10 GMT',
        status: '4.7.1',
        source: 'rspamd greylist.lua (report_time)',
      },
    ],
  },
  'sendmail.dnsbl-blackhole-site': {
    source:
      'sendmail cf/feature/dnsbl.m4 and rhsbl.m4 (_DNSBL_MSG_, _RHSBL_MSG_: "550 Mail from " $&{client_addr} " refused by blackhole site <list>"); go-sisimai reason/why-blocked.go',
    examples: [
      {
        line: '550 5.7.1 Mail from 192.0.2.1 refused by blackhole site blackholes.example.net',
        status: '5.7.1',
        source: 'sendmail cf/feature/dnsbl.m4 _DNSBL_MSG_',
      },
    ],
  },
  'text.access-ip-rejected': {
    source:
      'go-sisimai reason/why-blocked.go (IncludedIn["Blocked"]: "your access ip ... has been rejected")',
    examples: [
      { line: '554 Your access IP 192.0.2.1 has been rejected', source: 'go-sisimai reason/why-blocked.go' },
    ],
  },
  'sendmail.dnsbl-lookup-failure': {
    source:
      'sendmail cf/feature/dnsbl.m4 (_DNSBL_MSG_TMP_: "451 Temporary lookup failure of " $&{client_addr} " at <list>", with the "t" argument); ucspi-tcp rblsmtpd.c and sagredo-dev/qmail qmail-smtpd.c (fail-closed: "451 temporary RBL lookup error")',
    examples: [
      {
        line: '451 temporary RBL lookup error',
        source:
          'ucspi-tcp rblsmtpd.c (fail-closed, -c); sagredo-dev/qmail qmail-smtpd.c (control/dnsblfailclosed)',
      },
      {
        line: '451 4.7.1 Temporary lookup failure of 192.0.2.1 at blackholes.example.net',
        status: '4.7.1',
        source: 'sendmail cf/feature/dnsbl.m4 _DNSBL_MSG_TMP_',
      },
    ],
  },
  'text.line-limit-exceeded': {
    source: 'go-sisimai reason/why-mesgtoobig.go (IncludedIn["MesgTooBig"]: "line limit exceeded")',
    examples: [{ line: '550 Line limit exceeded', source: 'go-sisimai reason/why-mesgtoobig.go' }],
  },
  'exo.5.4.11-agent-depth': {
    source:
      'go-sisimai rhost/for-microsoft.go (contenterror: 5.4.11 "agent generated message depth exceeded"), from Microsoft\'s Exchange Online NDR table https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online',
    examples: [
      {
        line: '550 5.4.11 Agent generated message depth exceeded',
        status: '5.4.11',
        source: "go-sisimai rhost/for-microsoft.go (Microsoft's NDR table)",
      },
    ],
  },
  'cox.invalid-recipients-ip': {
    source:
      'go-sisimai rhost/for-cox.go (blocked: "cox too many bad commands from", "too many invalid recipients"; its comment: the sending IP address has exceeded the threshold of invalid recipients), from Cox\'s postmaster error codes https://www.cox.com/residential/support/email-error-codes.html',
    examples: [
      {
        line: '421 cox too many bad commands from 192.0.2.1',
        source: "go-sisimai rhost/for-cox.go (Cox's error codes)",
      },
    ],
  },
  'godaddy.account-storage-limit': {
    source:
      'go-sisimai rhost/for-godaddy.go (mailboxfull: "account storage limit"), from GoDaddy\'s bounce-back help https://www.godaddy.com/help/what-does-my-email-bounceback-mean-3568',
    examples: [{ line: 'Account storage limit', source: "go-sisimai rhost/for-godaddy.go (GoDaddy's help)" }],
  },
  'godaddy.ib108-reverse-dns': {
    source:
      'go-sisimai rhost/for-godaddy.go ("IB108": requireptr, "421 Temporarily rejected. Reverse DNS for this IP failed. IB108"), from GoDaddy\'s bounce-back help https://www.godaddy.com/help/what-does-my-email-bounceback-mean-3568',
    examples: [
      {
        line: '421 Temporarily rejected. Reverse DNS for this IP failed. IB108',
        source: "go-sisimai rhost/for-godaddy.go (GoDaddy's help)",
      },
    ],
  },
  'laposte.blocked-by-services': {
    source:
      'go-sisimai rhost/for-franceptt.go ("101"/"510": blocked, La Poste\'s "Les emails envoyes vers la messagerie Laposte.net ont ete bloques par nos services")',
    examples: [
      {
        line: '550 5.5.0 Les emails envoyes vers la messagerie Laposte.net ont ete bloques par nos services. Afin de regulariser votre situation, nous vous invitons a cliquer sur le lien ci-dessous et a suivre la procedure.',
        status: '5.5.0',
        source: 'go-sisimai rhost/for-franceptt.go',
      },
    ],
  },
  'sisimai5.sender-not-accepted': {
    source:
      'go-sisimai reason/why-rejected.go (IncludedIn["Rejected"]: "sender not pre-approved", "this server does not accept mail from"); the recipient organization\'s own rules (TAXONOMY.md recipient-policy)',
    examples: [
      { line: '550 Sender not pre-approved', source: 'go-sisimai reason/why-rejected.go' },
      {
        line: '550 5.7.1 This server does not accept mail from alice@example.com',
        status: '5.7.1',
        source: 'go-sisimai reason/why-rejected.go',
      },
    ],
  },
  'sisimai5.sender-spammer': {
    source: 'go-sisimai reason/why-rejected.go (IncludedIn["Rejected"]: "sender is spammer")',
    examples: [{ line: '550 Sender is spammer', source: 'go-sisimai reason/why-rejected.go' }],
  },
  'sisimai5.account-unavailable': {
    source:
      'go-sisimai reason/why-userunknown.go (IncludedIn["UserUnknown"]: "no thank you rejected: account unavailable")',
    examples: [
      {
        line: '550 No thank you rejected: Account Unavailable',
        source: 'go-sisimai reason/why-userunknown.go',
      },
    ],
  },
  'cox.message-threshold': {
    source:
      'go-sisimai rhost/for-cox.go (toomanyconn: "message threshold exceeded", "too many sessions from"), from Cox\'s postmaster error codes',
    examples: [
      { line: '452 message threshold exceeded', source: "go-sisimai rhost/for-cox.go (Cox's error codes)" },
    ],
  },
  'cox.server-unavailable': {
    source:
      'go-sisimai rhost/for-cox.go (systemerror: "esmtp server temporarily not available"), from Cox\'s postmaster error codes',
    examples: [
      {
        line: '421 ESMTP server temporarily not available',
        source: "go-sisimai rhost/for-cox.go (Cox's error codes)",
      },
    ],
  },
  'cox.early-talker-rdns': {
    source:
      'go-sisimai rhost/for-cox.go (policyviolation: "esmtp no data before greeting"; requireptr: "dns check failure - try again later"), from Cox\'s postmaster error codes',
    examples: [
      {
        line: '554 ESMTP no data before greeting',
        source: "go-sisimai rhost/for-cox.go (Cox's error codes)",
      },
      {
        line: '451 DNS check failure - try again later',
        source: "go-sisimai rhost/for-cox.go (Cox's error codes)",
      },
    ],
  },
  'domino.spanish-not-in-directory': {
    source: 'go-sisimai lhost/via-domino.go (messagesof userunknown: the Spanish wording)',
    examples: [
      {
        line: 'bob@example.org no se encuentra en el Directorio de Domino',
        source: 'go-sisimai lhost/via-domino.go',
      },
    ],
  },
  'exo.5.7.51-partner-connector': {
    source:
      'go-sisimai rhost/for-microsoft.go (failedstarttls: 5.7.51 "restrictdomainstoipaddresses or restrictdomainstocertificate"), from Microsoft\'s Exchange Online NDR table (5.7.51 TenantInboundAttribution)',
    examples: [
      {
        line: "550 5.7.51 TenantInboundAttribution; There is a partner connector configured that matched the message's recipient domain. The connector had either the RestrictDomainsToIPAddresses or RestrictDomainsToCertificate set",
        status: '5.7.51',
        source: "go-sisimai rhost/for-microsoft.go (Microsoft's NDR table)",
      },
    ],
  },
  'exchange.server-authentication': {
    source:
      'go-sisimai rhost/for-microsoft.go (securityerror: 5.7.3 "cannot achieve exchange server authentication"), from Microsoft\'s Exchange Server NDR list https://learn.microsoft.com/en-us/exchange/mail-flow/non-delivery-reports-and-bounce-messages/non-delivery-reports-and-bounce-messages',
    examples: [
      {
        line: '550 5.7.3 Cannot achieve Exchange Server authentication',
        status: '5.7.3',
        source: "go-sisimai rhost/for-microsoft.go (Microsoft's NDR list)",
      },
    ],
  },
  'powermta.bad-mailbox': {
    source:
      "PowerMTA User's Guide, bounce categories (bad-mailbox: messages rejected due to bad, invalid, or non-existent recipient addresses); PowerMTA writes the category in its DSNs as X-PowerMTA-BounceCategory",
    examples: [
      {
        line: '550 Requested action not taken (PowerMTA bounce category: bad-mailbox)',
        source:
          'PowerMTA bounce category as format-helpers/delivery-status.ts renders X-PowerMTA-BounceCategory: bad-mailbox',
      },
    ],
  },
  'powermta.bad-domain': {
    source:
      "PowerMTA User's Guide, bounce categories (bad-domain: messages bounced due to invalid or non-existing domains); PowerMTA writes the category in its DSNs as X-PowerMTA-BounceCategory",
    examples: [
      {
        line: '550 Requested action not taken (PowerMTA bounce category: bad-domain)',
        source:
          'PowerMTA bounce category as format-helpers/delivery-status.ts renders X-PowerMTA-BounceCategory: bad-domain',
      },
    ],
  },
  'powermta.inactive-mailbox': {
    source:
      "PowerMTA User's Guide, bounce categories (inactive-mailbox: messages rejected due to expired, inactive, or disabled recipient addresses); PowerMTA writes the category in its DSNs as X-PowerMTA-BounceCategory",
    examples: [
      {
        line: '550 Requested action not taken (PowerMTA bounce category: inactive-mailbox)',
        source:
          'PowerMTA bounce category as format-helpers/delivery-status.ts renders X-PowerMTA-BounceCategory: inactive-mailbox',
      },
    ],
  },
  'powermta.quota-issues': {
    source:
      "PowerMTA User's Guide, bounce categories (quota-issues: messages rejected or blocked due to mailbox quota issues); PowerMTA writes the category in its DSNs as X-PowerMTA-BounceCategory",
    examples: [
      {
        line: '550 Requested action not taken (PowerMTA bounce category: quota-issues)',
        source:
          'PowerMTA bounce category as format-helpers/delivery-status.ts renders X-PowerMTA-BounceCategory: quota-issues',
      },
    ],
  },
  'powermta.message-expired': {
    source:
      "PowerMTA User's Guide, bounce categories (message-expired: messages bounced due to not being delivered before the bounce-after); PowerMTA writes the category in its DSNs as X-PowerMTA-BounceCategory",
    examples: [
      {
        line: '550 Requested action not taken (PowerMTA bounce category: message-expired)',
        source:
          'PowerMTA bounce category as format-helpers/delivery-status.ts renders X-PowerMTA-BounceCategory: message-expired',
      },
    ],
  },
  'powermta.host-and-routing': {
    source:
      "PowerMTA User's Guide, bounce categories (no-answer-from-host, bad-connection, routing-errors, bad-configuration: no response from the remote host, bad connections, mail routing issues for the recipient domain, configuration issues with the remote host); PowerMTA writes the category in its DSNs as X-PowerMTA-BounceCategory",
    examples: [
      {
        line: '550 Requested action not taken (PowerMTA bounce category: routing-errors)',
        source:
          'PowerMTA bounce category as format-helpers/delivery-status.ts renders X-PowerMTA-BounceCategory: routing-errors',
      },
    ],
  },
  'powermta.relaying-issues': {
    source:
      "PowerMTA User's Guide, bounce categories (relaying-issues: messages refused or blocked due to remote mail server relaying issues); PowerMTA writes the category in its DSNs as X-PowerMTA-BounceCategory",
    examples: [
      {
        line: '550 Requested action not taken (PowerMTA bounce category: relaying-issues)',
        source:
          'PowerMTA bounce category as format-helpers/delivery-status.ts renders X-PowerMTA-BounceCategory: relaying-issues',
      },
    ],
  },
  'powermta.content-related': {
    source:
      "PowerMTA User's Guide, bounce categories (spam-related, virus-related, content-related: messages refused or blocked due to spam, virus or content related reasons); PowerMTA writes the category in its DSNs as X-PowerMTA-BounceCategory",
    examples: [
      {
        line: '550 Requested action not taken (PowerMTA bounce category: content-related)',
        source:
          'PowerMTA bounce category as format-helpers/delivery-status.ts renders X-PowerMTA-BounceCategory: content-related',
      },
    ],
  },
  'powermta.policy-related': {
    source:
      "PowerMTA User's Guide, bounce categories (policy-related: messages refused or blocked due to general policy reasons); PowerMTA writes the category in its DSNs as X-PowerMTA-BounceCategory",
    examples: [
      {
        line: '550 Requested action not taken (PowerMTA bounce category: policy-related)',
        source:
          'PowerMTA bounce category as format-helpers/delivery-status.ts renders X-PowerMTA-BounceCategory: policy-related',
      },
    ],
  },
  'powermta.invalid-sender': {
    source:
      "PowerMTA User's Guide, bounce categories (invalid-sender: messages bounced due to invalid DNS or MX entry for the sending domain); PowerMTA writes the category in its DSNs as X-PowerMTA-BounceCategory",
    examples: [
      {
        line: '550 Requested action not taken (PowerMTA bounce category: invalid-sender)',
        source:
          'PowerMTA bounce category as format-helpers/delivery-status.ts renders X-PowerMTA-BounceCategory: invalid-sender',
      },
    ],
  },
  'smartermail.domain-size-limit': {
    source:
      'SmarterMail notices as hosting providers\' help pages quote them (kb.indsoft.net/kb/a70/common-email-delivery-errors.aspx, support.rackteam.com/kb/a136): "Reason: The domain size limit has been exceeded", the recipient domain over its disk space allocation',
    examples: [
      {
        line: 'Reason: The domain size limit has been exceeded',
        source: 'SmarterMail (kb.indsoft.net/kb/a70)',
      },
    ],
  },
  'stalwart.organization-quota': {
    source:
      'stalwartlabs/stalwart crates/email/src/message/delivery.rs: TenantQuota -> LocalDeliveryStatus::TemporaryFailure { reason: "Organization over quota." } (crates/smtp/src/outbound/local.rs replies 451 4.3.0 with it)',
    examples: [
      {
        line: '451 4.3.0 Organization over quota.',
        status: '4.3.0',
        source: 'Stalwart delivery.rs',
      },
    ],
  },
  'smartermail.connect-attempts': {
    source:
      'SmarterMail notices as hosting providers\' help pages quote them (kb.indsoft.net/kb/a70/common-email-delivery-errors.aspx, support.rackteam.com/kb/a136): "Failed four Attempts to connect to recipients mail server", "Failed all attempts to connect to the recipients mail server"',
    examples: [
      {
        line: 'Failed four Attempts to connect to recipients mail server',
        source: 'SmarterMail (kb.indsoft.net/kb/a70)',
      },
      {
        line: 'Failed all attempts to connect to the recipients mail server.',
        source: 'SmarterMail (support.rackteam.com/kb/a136)',
      },
    ],
  },
  'mailscanner.site-rules': {
    source:
      'MailScanner/v5 reports/en/sender.spam.report.txt with Message.pm spamreport "spam (blacklisted)" (LanguageValue Spam, Blacklisted); reports/en/rejection.report.txt',
    examples: [
      {
        line: 'This message has been rejected. The detectors that were triggered are spam (blacklisted).',
        source: 'MailScanner sender.spam.report.txt, Message.pm',
      },
      {
        line: 'You have sent a mail message to us which was not requested and has been rejected. Please do not send any more mail to us at this address:',
        source: 'MailScanner rejection.report.txt',
      },
    ],
  },
  'mailcleaner.site-blacklists': {
    source:
      'MailCleaner etc/exim/exim_stage1.conf_template: acl_check_conn "blacklisted host: $sender_host_address" (HOSTBLACKLIST), acl_check_rcpt "blacklisted sender: $sender_address" (SENDERBLACKLIST) and "blacklisted recipient: $local_part@$domain" (RECIPIENTBLACKLIST)',
    examples: [
      { line: '554 blacklisted host: 192.0.2.44', source: 'MailCleaner exim_stage1.conf_template' },
      { line: '550 blacklisted sender: alice@example.com', source: 'MailCleaner exim_stage1.conf_template' },
      { line: '550 blacklisted recipient: tom@example.org', source: 'MailCleaner exim_stage1.conf_template' },
    ],
  },
  'exim4-config.local-blacklist': {
    source:
      'Debian exim4-config 4.96 (exim4.conf.template; conf.d/acl/30_exim4-config_check_rcpt, conf.d/router/200_exim4-config_primary): CHECK_RCPT_LOCAL_ACL_FILE sender and host blacklists',
    examples: [
      {
        line: '550 sender envelope address bob@sender.example is locally blacklisted here. If you think this is wrong, get in touch with postmaster',
        source: 'Debian exim4-config conf.d/acl/30_exim4-config_check_rcpt',
      },
      {
        line: '550 sender IP address 192.0.2.1 is locally blacklisted here. If you think this is wrong, get in touch with postmaster',
        source: 'Debian exim4-config conf.d/acl/30_exim4-config_check_rcpt',
      },
    ],
  },
  'exim4-config.local-only': {
    source:
      'Debian exim4-config 4.96 (exim4.conf.template; conf.d/acl/30_exim4-config_check_rcpt, conf.d/router/200_exim4-config_primary): the "nonlocal" router of configtype=local',
    examples: [
      {
        line: 'Mailing to remote domains not supported',
        source: 'Debian exim4-config conf.d/router/200_exim4-config_primary',
      },
    ],
  },
  'sendmail.mtamark': {
    source:
      'sendmail-cf 8.17 cf/feature/mtamark.m4 (_MTAMARK_MSG_: "550 Rejected: " client_addr " not listed as MTA")',
    examples: [
      {
        line: '550 5.7.1 Rejected: 192.0.2.1 not listed as MTA',
        status: '5.7.1',
        source: 'sendmail-cf cf/feature/mtamark.m4',
      },
    ],
  },
  'mailchannels.spam-signature': {
    source:
      'MailChannels docs, docs.mailchannels.com/outbound/smtp-errors ([SS] spam signature), docs.mailchannels.com/inbound/smtp-errors ([IB_FEB]); "[CS] Message blocked" as quoted at pastebin.com/BihkfJpV',
    examples: [
      {
        line: '550 5.7.1 [SS] Message blocked. See https://console.mailchannels.net/insights/bounce?auid=host',
        status: '5.7.1',
        source: 'MailChannels docs, docs.mailchannels.com/outbound/smtp-errors',
      },
      {
        line: '550 5.7.1 [CS] Message blocked. If this is a false positive, please report this to your hosting service provider.',
        status: '5.7.1',
        source: 'MailChannels, as quoted at pastebin.com/BihkfJpV',
      },
      {
        line: '550 5.7.1 [IB_FEB] Your message could not be delivered because it contained an attachment type that is not allowed',
        status: '5.7.1',
        source: 'docs.mailchannels.com/inbound/smtp-errors',
      },
    ],
  },
  'mailchannels.rbl': {
    source:
      'MailChannels docs, docs.mailchannels.com/outbound/smtp-errors ([RBL] reputation blocklist), docs.mailchannels.com/inbound/smtp-errors ([S10]: the connecting IP address is blocked)',
    examples: [
      {
        line: '550 5.7.1 [RBL] Sender blocked 192.0.2.7',
        status: '5.7.1',
        source: 'MailChannels docs, docs.mailchannels.com/outbound/smtp-errors',
      },
      {
        line: '550 [S10] Blocked',
        source: 'MailChannels docs, docs.mailchannels.com/inbound/smtp-errors',
      },
    ],
  },
  'mailchannels.sender-blocked': {
    source:
      'MailChannels docs, docs.mailchannels.com/outbound/smtp-errors, docs.mailchannels.com/outbound/unblock-senders ([ESA]: a permanent block of the sender)',
    examples: [
      {
        line: '550 5.7.1 [ESA] Sender blocked. See https://console.mailchannels.net/insights/bounce?auid=host',
        status: '5.7.1',
        source: 'MailChannels, as quoted at pastebin.com/HNbr7fgk',
      },
    ],
  },
  'iredapd.sender-login-mismatch': {
    source:
      'iRedAPD 3.4 (github.com/iredmail/iRedAPD) libs/__init__.py SMTP_ACTIONS: reject_sender_login_mismatch',
    examples: [
      {
        line: '554 5.7.1 <bob@example.org>: Sender address rejected: Sender is not same as SMTP authenticate username',
        source: 'iRedAPD libs/__init__.py, as Postfix writes a policy service REJECT',
      },
    ],
  },
  'iredapd.message-size': {
    source:
      'iRedAPD 3.4 (github.com/iredmail/iRedAPD) libs/__init__.py SMTP_ACTIONS: reject_message_size_exceeded',
    examples: [
      {
        line: '554 5.7.1 <bob@example.org>: Recipient address rejected: Message size exceed (maybe caused by big attachment file)',
        source: 'iRedAPD libs/__init__.py, as Postfix writes a policy service REJECT',
      },
    ],
  },
  'iredapd.blacklisted': {
    source:
      "iRedAPD (github.com/iredmail/iRedAPD) plugins/amavisd_wblist.py (SMTP_PROTOCOL_STATE RCPT: per-recipient, per-domain and server-wide blacklists) returning libs/__init__.py SMTP_ACTIONS['reject_blacklisted'] = 'REJECT Blacklisted'",
    examples: [
      {
        line: '554 5.7.1 <carol@example.org>: Recipient address rejected: Blacklisted',
        status: '5.7.1',
        source:
          'iRedAPD amavisd_wblist.py, as Postfix smtpd_check.c words a policy REJECT ("<%s>: %s rejected: %s")',
      },
    ],
  },
  'iredapd.blacklisted-rdns': {
    source:
      "iRedAPD (github.com/iredmail/iRedAPD) libs/__init__.py SMTP_ACTIONS['reject_blacklisted_rdns'] = 'REJECT Blacklisted reverse DNS name of server IP address' (plugins/wblist_rdns.py)",
    examples: [
      {
        line: '554 5.7.1 <dave@example.net>: Recipient address rejected: Blacklisted reverse DNS name of server IP address',
        status: '5.7.1',
        source: 'iRedAPD libs/__init__.py, as Postfix words a policy REJECT',
      },
    ],
  },
  'mailu.scanner-not-ready': {
    source:
      "Mailu core/rspamd/conf/force_actions.conf ANTIVIRUS_FAILED: action 'soft reject', message 'Please retry later (anti-virus/oletools not ready)' (rspamd milter.c sends a soft reject as 451 4.7.1)",
    examples: [
      {
        line: '451 4.7.1 Please retry later (anti-virus/oletools not ready)',
        status: '4.7.1',
        source:
          'Mailu force_actions.conf; rspamd src/libserver/milter_internal.h RSPAMD_MILTER_RCODE_TEMPFAIL',
      },
    ],
  },
  'cpanel.outgoing-mail-hold': {
    source:
      "cPanel's Exim, router enforce_mail_permissions: a domain whose outgoing mail the host suspended or held (24x7serversecurity.com/blog/domain-has-an-outgoing-mail-hold; whmapi1 unsuspend_outgoing_email / release_outgoing_email)",
    examples: [
      {
        line: 'Domain example.com has an outgoing mail suspension. Message discarded.',
        source: '24x7serversecurity.com/blog/domain-has-an-outgoing-mail-hold',
      },
      {
        line: 'Domain example.com has an outgoing mail hold. Message will be reattempted later',
        source: '24x7serversecurity.com/blog/domain-has-an-outgoing-mail-hold',
      },
    ],
  },
  'cpanel.account-may-not-send': {
    source:
      "cPanel's Exim configuration as shipped (public copy asmrdevelop/cpanel), etc/exim/perl/mail_permissions: ':fail: Archive Users are not permitted to send email.  Message discarded.'",
    examples: [
      {
        line: 'Archive Users are not permitted to send email.  Message discarded.',
        source: 'etc/exim/perl/mail_permissions',
      },
    ],
  },
  'text.demo-account': {
    source:
      "cPanel's Exim configuration as shipped (public copy asmrdevelop/cpanel), etc/exim/perl/mail_permissions: ':fail: User with uid $uid is a demo user.  You cannot send mail if your account is in demo mode.'; etc/exim/acls/ACL_IDENTIFY_SENDER_BLOCK/default_identify_sender: 'Demo accounts may not send mail'",
    examples: [
      {
        line: 'User with uid 1007 is a demo user.  You cannot send mail if your account is in demo mode.',
        source: 'etc/exim/perl/mail_permissions',
      },
      {
        line: '550 Demo accounts may not send mail',
        source: 'ACL_IDENTIFY_SENDER_BLOCK/default_identify_sender',
      },
    ],
  },
  'text.password-change-required': {
    source:
      "iRedAPD (iredmail/iRedAPD) libs/default_settings.py CHANGE_PASSWORD_MESSAGE (its sample: 'Please change your password in webmail immediately: https://xxx/webmail/'), sent by plugins/sql_force_change_password.py and ldap_force_change_password.py as 'REJECT ' + it",
    examples: [
      {
        line: '554 5.7.1 <bob@example.org>: Recipient address rejected: Please change your password in webmail immediately: https://mail.example.net/webmail/',
        status: '5.7.1',
        source: 'iRedAPD plugins/sql_force_change_password.py header comment (its settings sample)',
      },
    ],
  },
  'text.outgoing-mail-suspended': {
    source:
      "cPanel's Exim configuration as shipped (public copy asmrdevelop/cpanel), etc/exim/perl/mail_permissions get_outgoing_mail_suspended_message: 'Outgoing mail from \"$real_domain\" has been suspended.' (denied at RCPT by etc/exim/acls/ACL_RECIPIENT_BLOCK/default_recipient)",
    examples: [
      {
        line: '550 Outgoing mail from "example.com" has been suspended.',
        source: 'etc/exim/perl/mail_permissions',
      },
    ],
  },
  'cpanel.country-refused': {
    source:
      "cPanel's Exim configuration as shipped (public copy asmrdevelop/cpanel): etc/exim/acls/ACL_CONNECT_BLOCK/blockedcountryips 'message = Your country is not allowed to connect to this server.' (WHM's blocked incoming email countries)",
    examples: [
      {
        line: '550 Your country is not allowed to connect to this server.',
        source: 'ACL_CONNECT_BLOCK/blockedcountryips',
      },
    ],
  },
  'text.insufficient-privileges': {
    source:
      "cPanel's Exim configuration as shipped (public copy asmrdevelop/cpanel): etc/exim/acls/ACL_RBL_BLOCK/primary_hostname_bl 'deny message = You do not have sufficient privileges to send mail to this address.  Please authenticate and try again.'",
    examples: [
      {
        line: '550 You do not have sufficient privileges to send mail to this address.  Please authenticate and try again.',
        source: 'ACL_RBL_BLOCK/primary_hostname_bl',
      },
    ],
  },
  'directadmin.message-limit': {
    source:
      "DirectAdmin's /etc/exim.pl send limits (help.directadmin.com item 514: per-User and per-Email daily limits); the failure text as a hosting KB quotes DirectAdmin's Exim bounce (weboke.nl knowledgebase 31)",
    examples: [
      {
        line: 'You (alice) have reached your message limit.',
        source: 'weboke.nl/knowledgebase/31 (DirectAdmin Exim bounce; the account name is ours)',
      },
    ],
  },
  'earthlink.blocked': {
    source:
      'EarthLink postmaster (operated by Vade): postmaster-earthlink.vadesecure.com/inbound_error_codes',
    examples: [
      {
        line: '550 5.7.1 Connection refused. ELNK_101',
        status: '5.7.1',
        source: 'inbound_error_codes: ELNK_101, the sending address is on the Vade threat network list',
      },
      {
        line: '421 4.2.1 Connection deferred. ELNK_130',
        status: '4.2.1',
        source: 'inbound_error_codes: ELNK_130, the server is the source of unacceptable messages',
      },
      {
        line: '421 4.2.1 Connection deferred. ELNK_134',
        status: '4.2.1',
        source:
          'outbound_error_codes: ELNK_134, "Your server was detected to take part of SMTP AUTH attacks ... your IP address is temporarily rate-limited"',
      },
    ],
  },
  'earthlink.server-unavailable': {
    source:
      'EarthLink postmaster (operated by Vade): postmaster-earthlink.vadesecure.com/inbound_error_codes ("_103 421 4.2.1 Connection deferred. The server is temporarily unavailable. You may retry delivering the message at a later time.")',
    examples: [
      {
        line: '421 4.2.1 Connection deferred. ELNK_103',
        status: '4.2.1',
        source: 'inbound_error_codes: ELNK_103, the server is temporarily unavailable',
      },
    ],
  },
  'pec.non-certified-refused': {
    source:
      "Aruba PEC guide, guide.pec.it/posta-pec/faq-errori-comuni/errori-comuni/errori-comuni-durante-invio-ricezione-pec.aspx: '554 <indirizzoemail>: Messaggio rifiutato dal sistema. Indirizzo destinatario sconosciuto o non abilitato alla ricezione di posta non certificata' ('si inviino messaggi di posta non certificata a una casella non abilitata alla ricezione di tali messaggi'; the recipient's mailbox is to enable ordinary mail)",
    examples: [
      {
        line: '554 <avv.rossi@pec.example.it>: Messaggio rifiutato dal sistema. Indirizzo destinatario sconosciuto o non abilitato alla ricezione di posta non certificata',
        source: "guide.pec.it, Risoluzione agli errori comuni nell'invio e nella ricezione della PEC",
      },
    ],
  },
  'earthlink.limits': {
    source:
      'EarthLink postmaster (operated by Vade): postmaster-earthlink.vadesecure.com/inbound_error_codes and outbound_error_codes',
    examples: [
      {
        line: '421 4.2.1 Connection deferred. ELNK_110',
        status: '4.2.1',
        source: 'inbound_error_codes: ELNK_110, the sending IP exceeds the concurrent connections limit',
      },
    ],
  },
  'earthlink.dns-helo': {
    source:
      'EarthLink postmaster (operated by Vade): postmaster-earthlink.vadesecure.com/inbound_error_codes and outbound_error_codes',
    examples: [
      {
        line: '550 5.7.1 Connection refused. ELNK_105',
        status: '5.7.1',
        source: 'inbound_error_codes: ELNK_105, check your reverse DNS configuration',
      },
      {
        line: '550 5.7.1 HELO command rejected. ELNK_201',
        status: '5.7.1',
        source: 'outbound_error_codes: ELNK_201, the HELO/EHLO string is unacceptable',
      },
    ],
  },
  'ionos.send-limit': {
    source:
      'IONOS help, What are the mass mailing limits? (ionos.ca/help/email/general-topics/what-are-the-mass-mailing-limits/): the reply when an account exceeds its sending limit',
    examples: [
      {
        line: '450-Requested mail action not taken: mailbox unavailable 450 Mail send limit exceeded.',
        source: 'IONOS help page (mass mailing limits)',
      },
    ],
  },
  'cleanmail.forged-sender-domain': {
    source:
      "Cleanmail (filter for Swisscom Bluewin), 'Stricter rules for Bluewin' (cleanmail.ch/stricter-rules-for-bluewin): a bluewin.ch sender from a server Bluewin does not authorize",
    examples: [
      {
        line: '550 Forged sender domain from this server',
        source: 'cleanmail.ch stricter rules for Bluewin',
      },
    ],
  },
  'tuta.sender-from-external': {
    source:
      "Tuta (tutao/tutanota issue 2082, 'Whitelisting for rejected emails'): its mail servers' sender rejections, among them 'Sender address rejected: Tutanota sender from external' for mail from outside Tuta that claims a Tuta sender address; the wording as Postfix's access(5) REJECT gives it (smtpd_check.c '<%s>: Sender address rejected: %s')",
    examples: [
      {
        line: 'Sender address rejected: Tutanota sender from external',
        source: 'tutao/tutanota issue 2082 (github.com/tutao/tutanota/issues/2082)',
      },
    ],
  },
  'posteo.milter-reject': {
    source:
      "Posteo help, 'Wie funktioniert der Posteo-Spamfilter?' (posteo.de/hilfe/wie-funktioniert-der-posteo-spamfilter): mail the filter scores as spam is refused while being accepted and the sender told at once; Postfix src/milter/milter8.c gives a milter's reject without words as '550 5.7.1 Command rejected'",
    examples: [
      {
        line: '<xxx@posteo.de>: host mx01.posteo.de[185.67.36.61] said: 550 5.7.1 Command rejected (in reply to end of DATA command)',
        status: '5.7.1',
        command: 'DATA',
        source: "chatmail/core issue 2422 ('Posteo doesn't want our read receipts')",
      },
    ],
  },
  'strato.b-codes': {
    source:
      'STRATO FAQ, Fehlermeldungen bei E-Mails (strato.de/faq/mail/fehlermeldungen-bei-e-mails): B-URL suspicious URL, B-TEXT / B-SCORE suspicious text, B-ATTACH attachment type not allowed',
    examples: [
      {
        line: '554 5.7.1 Message rejected (B-URL)',
        source: "STRATO FAQ (code as listed; the reply's wording around it is ours)",
      },
    ],
  },
  'proximus.spam-investigation': {
    source:
      "Proximus support, Your IP address is in our blacklist (proximus.be support, e-mails): the customer's connection sent spam and is blocked while it is investigated",
    examples: [
      {
        line: '554 Access denied - Under investigation for spam abuse. Contact your email provider for more info',
        source: 'Proximus support page',
      },
    ],
  },
  'cloudmark.aup-letter-codes': {
    source:
      "Cloudmark (cloudfilter.net) AUP# codes as Shaw's MX gives them: AUP#MXRT the sending rate, AUP#CNCT too many concurrent connections (support.shaw.ca forum thread 38236)",
    examples: [
      {
        line: '421 Service not available AUP#MXRT',
        source: 'Shaw forum thread (code quoted by users; the words around it are ours)',
      },
    ],
  },
  'netease.sender-codes': {
    source:
      "NetEase 163/126 SMTP reply codes (help.163.com code list): MI:NHD the HELO is empty, MI:IMF the sender's address is malformed",
    examples: [
      { line: '550 MI:NHD', source: 'NetEase code list' },
      { line: '550 MI:IMF', source: 'NetEase code list' },
    ],
  },
  'netease.dmarc': {
    source:
      "NetEase 163/126 SMTP reply codes (help.163.com code list): MI:DMA the message is not allowed by the sending domain's DMARC policy",
    examples: [{ line: '550 MI:DMA', source: 'NetEase code list' }],
  },
  'netease.header-sender-mismatch': {
    source:
      'NetEase 163/126 SMTP reply codes (help.163.com code list): DT:SUM the envelope sender and the From header do not match',
    examples: [{ line: '554 DT:SUM', source: 'NetEase code list' }],
  },
  'qq.mailbox-not-opened': {
    source:
      'QQ Mail help (qqmailbox.com/transceivers/169.html): 该用户未开通QQ邮箱, the user has not opened (activated) a QQ mailbox',
    examples: [{ line: '该用户未开通QQ邮箱', source: 'QQ Mail help page 169' }],
  },
  'qq.recipient-space': {
    source:
      "QQ Mail help (qqmailbox.com/transceivers/169.html): 收件人空间不足, the recipient's space is insufficient",
    examples: [{ line: '收件人空间不足', source: 'QQ Mail help page 169' }],
  },
  'daum.reason-tokens': {
    source:
      "Daum/Kakao mail reply tokens (a Korean sending app's table of Daum's codes): DXNS1/DXNS2 the sender's domain or host name lookup failed, DZCNT the host name does not match the IP, RADDR an invalid sender address",
    examples: [
      {
        line: '451 4.4.1 dxns2 ip address: dns lookup failed(xdns)',
        status: '4.4.1',
        source: 'Daum code table',
      },
      {
        line: "554 5.7.1 dzcnt ip address: message refused. your host name(host name) dosen't match with your ip address",
        status: '5.7.1',
        source: 'Daum code table',
      },
    ],
  },
  'daum.crcp-connections': {
    source:
      "Daum/Kakao mail reply tokens (a Korean sending app's table of Daum's codes): CRCP more simultaneous connections than Daum's receiving servers allow",
    examples: [
      {
        line: '421 4.4.5 crcp ip address: connection refused. server is busy',
        status: '4.4.5',
        source: 'Daum code table',
      },
    ],
  },
  'daum.suspended-user': {
    source:
      "Daum/Kakao mail reply tokens (a Korean sending app's table of Daum's codes): the recipient's address is dormant",
    examples: [{ line: '550 5.1.1 Suspended(Inactive) user', status: '5.1.1', source: 'Daum code table' }],
  },
  'sohu.rejects': {
    source:
      "Sohu mail replies as a PowerMTA configuration's Sohu section lists them: 553 5.7.3 CONTENT REJCT (the content is refused)",
    examples: [{ line: '553 5.7.3 CONTENT REJCT', status: '5.7.3', source: 'PowerMTA config, Sohu section' }],
  },
  'cn-mta.rcpt-thresholds': {
    source:
      "Chinese providers' recipient-count replies: NetEase code list (550 too much recipient: more recipients than allowed), Alibaba Cloud DirectMail error codes (505 the total of RCPTs is achieved the maximum threshold; 556 The number of RCPTs is over size)",
    examples: [
      { line: '550 Requested mail action not taken: too much recipient', source: 'NetEase code list' },
      {
        line: '505 the total of RCPTs is achieved the maximum threshold',
        source: 'Alibaba DirectMail SMTP error codes',
      },
      { line: '556 The number of RCPTs is over size', source: 'Alibaba DirectMail SMTP error codes' },
    ],
  },
  'postal.server-limits': {
    source:
      "Postal (postalserver/postal) app/lib/message_dequeuer/outgoing_message_processor.rb 'Message held because send limit (N) has been reached.'; app/lib/smtp_server/client.rb '535 Mail server has been suspended'",
    examples: [
      {
        line: 'Message held because send limit (500) has been reached.',
        source: 'postal outgoing_message_processor.rb',
      },
      { line: '535 Mail server has been suspended', source: 'postal smtp_server/client.rb' },
    ],
  },
  'postal.route-refuses': {
    source:
      "Postal (postalserver/postal) app/lib/smtp_server/client.rb '550 Route does not accept incoming messages'; incoming_message_processor.rb 'Message has been bounced because the route asks for this.'",
    examples: [
      { line: '550 Route does not accept incoming messages', source: 'postal smtp_server/client.rb' },
    ],
  },
  'postal.no-smtp-servers': {
    source:
      "Postal (postalserver/postal) app/senders/smtp_sender.rb: 'No SMTP servers were available for <domain>. Tried ...'",
    examples: [
      {
        line: 'No SMTP servers were available for example.com. Tried mx1.example.com and mx2.example.com.',
        source: 'postal smtp_sender.rb',
      },
    ],
  },
  'ses.iam-not-authorized': {
    source:
      "Amazon SES developer guide, troubleshoot-smtp.md: '554 Access denied: User <arn> is not authorized to perform ses:SendRawEmail on resource <arn>'",
    examples: [
      {
        line: '554 Access denied: User arn:aws:iam::123456789012:user/example is not authorized to perform ses:SendRawEmail on resource arn:aws:ses:us-east-1:123456789012:identity/example.com',
        source: 'Amazon SES developer guide',
      },
    ],
  },
  'ses.mail-from-not-verified': {
    source: "Amazon SES developer guide, troubleshoot-error-messages.md: 'Mail FROM domain is not verified'",
    examples: [{ line: '554 Mail FROM domain is not verified', source: 'Amazon SES developer guide' }],
  },
  'resend.testing-only': {
    source:
      "Resend API reply before a domain is verified (quoted in a user's notes on Resend errors): 'You can only send testing emails to your own email address ...'",
    examples: [
      {
        line: 'You can only send testing emails to your own email address (owner@example.com). To send emails to other recipients, please verify a domain at resend.com/domains',
        source: 'Resend API reply, quoted',
      },
    ],
  },
  'exo.restricted-sender-ndr': {
    source:
      "Exchange Online NDR text for a user on the Restricted entities list (5.1.8 'you weren't recognized as a valid sender ... no longer allowed to send email'), Microsoft Learn, removing a user from the restricted entities portal",
    examples: [
      {
        line: "Your message couldn't be delivered because you weren't recognized as a valid sender. The most common reason for this is that your email address is suspected of sending spam and it's no longer allowed to send email. Contact your email admin for assistance.",
        source: 'Exchange Online NDR user text',
      },
    ],
  },
  'trendmicro.ers-zombie': {
    source:
      "Trend Micro Deep Discovery Email Inspector online help, SMTP error codes: '450 Temporary denial of connection (450) for Zombie matches (ERS)' (Email Reputation Services)",
    examples: [
      {
        line: '450 Temporary denial of connection (450) for Zombie matches (ERS)',
        source: 'Trend Micro DDEI help',
      },
    ],
  },
  'trendmicro.forward-path-domain': {
    source:
      "Trend Micro solution 1106332 (InterScan Messaging Security): '550 Domain of forward-path is not allowed' when the recipient's domain is not a relay domain",
    examples: [{ line: '550 Domain of forward-path is not allowed', source: 'Trend Micro solution 1106332' }],
  },
  'hornetsecurity.codes': {
    source:
      'Hornetsecurity (antispameurope) SMTP reply table as published by EveryCloud: 554 5.5.4 Spam IP rejected',
    examples: [{ line: '554 5.5.4 Spam IP rejected', status: '5.5.4', source: 'Hornetsecurity code table' }],
  },
  'hornetsecurity.size': {
    source:
      'Hornetsecurity (antispameurope) SMTP reply table as published by EveryCloud: 552 5.5.2 Message size (content filter); 554 5.5.3 e-mail Rejected Content Filter Size',
    examples: [
      {
        line: '554 5.5.3 e-mail Rejected Content Filter Size',
        status: '5.5.3',
        source: 'Hornetsecurity code table',
      },
      {
        line: '552 5.5.2 Message size (content filter)',
        status: '5.5.2',
        source: 'Hornetsecurity code table',
      },
    ],
  },
  'hornetsecurity.attachment': {
    source:
      'Hornetsecurity (antispameurope) SMTP reply table as published by EveryCloud: 554 5.5.7 e-mail Rejected Content Attachment',
    examples: [
      {
        line: '554 5.5.7 e-mail Rejected Content Attachment',
        status: '5.5.7',
        source: 'Hornetsecurity code table',
      },
    ],
  },
  'smtpf.access-map-reject': {
    source:
      "smtpf (Barricade MX) reply list, milter.info/smtp/smtpf/reply.html (smtpf 2.1.56) and snertsoft.com/smtp/smtpf/reply.html (2.1.2): '550 5.7.1 host %s [%s] black listed #120', '550 5.7.1 sender <%s> black listed #127', '550 5.7.1 recipient <%s> black listed #139', each 'a ... tag entry ... with a right-hand-side value of REJECT. See access-map.'",
    examples: [
      {
        line: '550 5.7.1 host mail.example.org [192.0.2.61] black listed #120',
        status: '5.7.1',
        source: 'smtpf reply list',
      },
      {
        line: '550 5.7.1 sender <kai@example.com> recipient <amy@example.org> black listed #137',
        status: '5.7.1',
        source: 'smtpf reply list (2.1.2)',
      },
    ],
  },
  'smtpf.sender-domain': {
    source:
      "smtpf (Barricade MX) reply list, milter.info/smtp/smtpf/reply.html: '550 5.7.1 host %s [%s] from unknown TLD #122', '550 5.7.1 sender <%s> from RFC2606 reserved domain #128'",
    examples: [
      {
        line: '550 5.7.1 host mail.example.invalidtld [192.0.2.1] from unknown TLD #122',
        status: '5.7.1',
        source: 'smtpf reply list',
      },
    ],
  },
  'mimedefang.greylist': {
    source:
      "MIMEDefang contrib/greylisting/mimedefang-filter: the greylisting reply 'Go away or deliver email faster'",
    examples: [
      {
        line: '451 Go away or deliver email faster',
        source: 'MIMEDefang contrib/greylisting/mimedefang-filter',
      },
    ],
  },
  'hmailserver.attachment-blocked': {
    source:
      "hMailServer (hmailserver/hmailserver) source/DBScripts/CreateTablesMYSQL.sql, server message ATTACHMENT_REMOVED: 'The attachment %MACRO_FILE% was blocked for delivery by the e-mail server.'",
    examples: [
      {
        line: 'The attachment example.exe was blocked for delivery by the e-mail server. Please contact your system administrator if you have any questions regarding this.',
        source: 'hMailServer CreateTablesMYSQL.sql',
      },
    ],
  },
  'exchange.connection-filtering': {
    source:
      "Exchange Server docs, antispam-protection/connection-filtering-procedures.md: 'Connection from IP address <ip> was rejected by connection filtering.' and '... was rejected by sender reputation.' (Protocol Analysis)",
    examples: [
      {
        line: 'Connection from IP address 192.0.2.1 was rejected by connection filtering.',
        source: 'Exchange Server docs, connection filtering',
      },
    ],
  },
  'exim.header-not-crlf': {
    source: "Exim (Exim/exim) src/src/receive.c: '552 Message header not CRLF terminated'",
    examples: [{ line: '552 Message header not CRLF terminated', source: 'Exim receive.c' }],
  },
  'exim.space-shortage': {
    source:
      "Exim (Exim/exim) src/src/smtp_in.c: '452 Space shortage, please try later' (the receiving host's spool is short of disk space)",
    examples: [{ line: '452 Space shortage, please try later', source: 'Exim smtp_in.c' }],
  },
  'chasquid.timed-out': {
    source:
      'chasquid internal/queue/dsn.go (a pending recipient "failed repeatedly and timed out", Status: 4.0.0) and internal/courier/smtp.go ("all MXs returned transient failures (last: %v)")',
    examples: [
      {
        line: 'all MXs returned transient failures (last: Could not dial: dial tcp 192.0.2.31:25: i/o timeout)',
        status: '4.0.0',
        source: 'chasquid internal/courier/smtp.go',
      },
    ],
  },
  'hmailserver.gave-up': {
    source:
      'hmailserver/hmailserver hmailserver/source/Server/SMTP/SMTPClientConnection.cpp (UpdateRecipientWithError_, OnCouldNotConnect, OnConnectionTimeout: code 0, not fatal, retried)',
    examples: [
      {
        line: 'Error Type: SMTP Connection to recipients server failed. Error: Host name: 192.0.2.26, message: A connection attempt failed because the connected party did not properly respond after a period of time',
        source: 'hMailServer SMTPClientConnection.cpp',
      },
      {
        line: 'Remote server replied: There was a timeout while talking to the remote server.',
        source: 'hMailServer SMTPClientConnection.cpp',
      },
    ],
  },
  'hmailserver.dns-query-failed': {
    source:
      'hmailserver/hmailserver hmailserver/source/Server/SMTP/ExternalDelivery.cpp (HandleNoRecipientServers_, bDNSQueryOK false)',
    examples: [
      {
        line: "Error Type: SMTP Error Description: Unable to find the recipient's email server. The DNS query has failed.",
        source: 'hMailServer ExternalDelivery.cpp',
      },
    ],
  },
  'exo.4.4.7-user-text': {
    source:
      "Microsoft Learn, fix-error-code-550-4-4-7-in-exchange-online.md: the user information of a 4.4.7 NDR, 'The server has tried to deliver this message, without success, and has stopped trying.'",
    examples: [
      {
        line: 'The server has tried to deliver this message, without success, and has stopped trying. Try sending this message again. If the problem continues, contact your help desk.',
        source: 'Microsoft Learn, 4.4.7 NDR',
      },
    ],
  },
  'exo.organization-queue-quota': {
    source:
      "Outlook.com / Exchange Online reply '450 4.7.3 Organization queue quota exceeded.' (the receiving organization's queue is over its quota; ActiveCampaign smtp-field-manual data/codes/450.json, outlook)",
    examples: [
      {
        line: '450 4.7.3 Organization queue quota exceeded. [outlook.com]',
        status: '4.7.3',
        source: 'smtp-field-manual 450.json (outlook)',
      },
    ],
  },
  'isp.outbound-spam-account': {
    source:
      "ISPs stopping their own customer's sending: Cloudmark CSR reply as hosts quote it ('[CSR] Our system has detected an unusual amount of unsolicited email originating from your address'), Cox forum (AUP#CXSNDR 'Email sending blocked due to suspicious account activity on primary Cox account'), Zoho community ('554 5.1.8 Email Outgoing Blocked'), Time Warner Cable FAQ ('550 Outbound Mail Refused'), Andrews & Arnold support wiki, Sending Email Errors (support.aa.net.uk: 'CA2 ... We reject the message with: Error CA2 see: http://wiki.aa.org.uk/Sending_Email_Errors x.x.x.x is blocked from sending. Probably due to sending spam messages.', the IP barred from its smarthost; CA1 and CA3 bar an account and a mailbox)",
    examples: [
      {
        line: '550 5.7.1 [CSR] Our system has detected an unusual amount of unsolicited email originating from your address. Contact your service provider for support',
        status: '5.7.1',
        source: 'thiswebhost knowledge base 554',
      },
      { line: '554 5.1.8 Email Outgoing Blocked', status: '5.1.8', source: 'Zoho community thread' },
      {
        line: 'ERROR:5.7.1:550 Outbound Mail Refused - 192.0.2.1 See - DATE_OF_BLOCK',
        source: 'Time Warner Cable FAQ',
      },
      {
        line: 'Error CA2 see: http://wiki.aa.org.uk/Sending_Email_Errors 192.0.2.1 is blocked from sending. Probably due to sending spam messages.',
        source: 'support.aa.net.uk Sending_Email_Errors (CA2)',
      },
    ],
  },
  'gandi.policy-rules': {
    source:
      "Gandi postmaster (postmaster.gandi.net): 'Reject for policy reason. RULEn_n', RULE1_1 possible virus, RULE2_1 phishing or suspicious link, RULE2_2 scam, RULE3_1 suspicious commercial mail, RULE3_2 high spam score",
    examples: [{ line: 'Reject for policy reason. RULE2_1', source: 'postmaster.gandi.net' }],
  },
  'qmail.relay-thru': {
    source:
      "qmail-smtpd with the SMTP-AUTH patch as OVH runs it: '553 sorry, that domain isn't allowed to be relayed thru this MTA (#5.7.1)' (pastebin bounce from ns0.ovh.net)",
    examples: [
      {
        line: "553 sorry, that domain isn't allowed to be relayed thru this MTA (#5.7.1)",
        source: 'bounce quoted on pastebin (ns0.ovh.net)',
      },
    ],
  },
  'daum.das-anti-spam-block': {
    source:
      "Daum/Kakao (hanmail.net) DAS replies, a sendmail bounce quoted at auctionpro.co.kr/?p=2544: '554 5.7.1 DAS51 <ip>: Your mail is blocked automatically by anti-spam system. (E06)', the sending IP blocked after its account sent spam",
    examples: [
      {
        line: '554 5.7.1 DAS51 203.0.113.9: Your mail is blocked automatically by anti-spam system. (E06)',
        source: 'auctionpro.co.kr/?p=2544 (the IP is ours)',
      },
    ],
  },
  'bt.policy-report-sending-ip': {
    source:
      "BT Mail (btinternet.com) policy refusal quoted by wordtothewise.com/2016/08/bt-internet: 'smtp;554 Message rejected for policy reasons (3.2.2.1) - Please report any problems to BT via the postmaster btinternet.com mailbox and include your sending ip address with an example header of your email'",
    examples: [
      {
        line: '554 Message rejected for policy reasons (3.2.2.1) - Please report any problems to BT via the postmaster btinternet.com mailbox and include your sending ip address with an example header of your email',
        source: 'wordtothewise.com/2016/08/bt-internet',
      },
    ],
  },
  'verizon.anti-spam-block': {
    source:
      "Verizon's anti-spam FAQ ('ERROR 550 Email from your Email Service Provider is currently blocked by Verizon Online's anti-spam system') and relay.verizon.net's '550 You are not permitted to send mail. Please visit http://www.verizon.net/whitelist to request removal.'",
    examples: [
      {
        line: '550 You are not permitted to send mail. Please visit http://www.verizon.net/whitelist to request removal.',
        source: 'relay.verizon.net reply quoted by newswireless.net',
      },
    ],
  },
  'comcast.recent-messages': {
    source:
      "Comcast '452 4.1.1 <rcpt> too many recent messages; Try again later' (ActiveCampaign smtp-field-manual data/codes/452.json, comcast)",
    examples: [
      {
        line: '452 4.1.1 <example@comcast.net> too many recent messages; Try again later',
        status: '4.1.1',
        source: 'smtp-field-manual 452.json (comcast)',
      },
    ],
  },
  'neo.sender-quotas': {
    source:
      "Neo (neo.space) help, Understanding Outgoing Email Reject Codes: 'Recipient address rejected: Sender Hourly Quota Exceeded', 'Sender Daily Bounce Limit Exceeded' (the sending account's own limits)",
    examples: [
      {
        line: '550 5.4.6 <example@example.com>: Recipient address rejected: Sender Hourly Quota Exceeded',
        status: '5.4.6',
        source: 'Neo help page',
      },
      {
        line: '550 5.4.6 <example@example.com>: Recipient address rejected: Sender Daily Bounce Limit Exceeded',
        status: '5.4.6',
        source: 'Neo help page',
      },
    ],
  },
  'cyrus.mailbox-reserved': {
    source:
      "Cyrus IMAP (cyrusimap/cyrus-imapd) imap/imap_err.et IMAP_MAILBOX_RESERVED 'Mailbox is currently reserved', sent by lmtpd as 451 4.2.1",
    examples: [
      {
        line: '451 4.2.1 Mailbox is currently reserved',
        status: '4.2.1',
        source: 'Cyrus lmtp_err.et + imap_err.et',
      },
    ],
  },
  'haraka.access-lists': {
    source:
      "Haraka haraka-plugin-access index.js: default deny message for a sender, 'That sender cannot send mail here' (its 'That recipient is not allowed' is left out: KumoMTA's community rules read it as an unknown recipient)",
    examples: [
      {
        line: '550 sender@example.com That sender cannot send mail here',
        source: 'haraka-plugin-access index.js',
      },
    ],
  },
  'iredapd.throttling': {
    source: "iRedAPD (iredmail/iRedAPD) libs/__init__.py SMTP_ACTIONS: 'REJECT Throttling quota exceeded'",
    examples: [
      {
        line: '554 5.7.1 <user@example.com>: Recipient address rejected: Throttling quota exceeded',
        status: '5.7.1',
        source: 'iRedAPD SMTP_ACTIONS (Postfix wraps it as a recipient rejection)',
      },
    ],
  },
  'iredapd.password-expired': {
    source:
      "iRedAPD (iredmail/iRedAPD) libs/default_settings.py CHANGE_PASSWORD_MESSAGE: 'Password expired or never changed, please change your password in webmail before sending email'",
    examples: [
      {
        line: 'REJECT Password expired or never changed, please change your password in webmail before sending email',
        source: 'iRedAPD default_settings.py',
      },
    ],
  },
  'spamhaus.resolver-refused': {
    source:
      "Spamhaus's return codes for receivers that query it through a public or overused resolver (spamhaus.org/returnc/pub, /returnc/vol: 'Error: open resolver', 'You are exceeding the query limit') and URIBL's 'Query Refused. See http://uribl.com/refused.shtml': the receiving server's DNSBL setup is broken, not the sender listed (mailcow rbl_group.conf; sovereign issue 279)",
    examples: [
      {
        line: '554 5.7.1 Service unavailable; Helo command [mx.example.com] blocked using dbl.spamhaus.org; Error: open resolver; https://www.spamhaus.org/returnc/pub/192.0.2.1',
        status: '5.7.1',
        source: 'NDR quoted on a mailing list',
      },
      {
        line: '127.0.0.1 -> Query Refused. See http://uribl.com/refused.shtml for more information [Your DNS IP: 192.0.2.53]',
        source: 'sovereign issue 279',
      },
    ],
  },
  'mailu.anti-spoofing': {
    source: "Mailu core/rspamd/conf/force_actions.conf: 'Rejected (anti-spoofing: auth-failed)'",
    examples: [
      {
        line: '554 5.7.1 Rejected (anti-spoofing: auth-failed)',
        status: '5.7.1',
        source: 'Mailu force_actions.conf',
      },
    ],
  },
  'rackspace.blocked-file': {
    source:
      "Rackspace Email common bounces (rackerlabs/rackspace-how-to content/rackspace-email/common-email-bounces.md): '550 5.7.0 [blocked file] - Your message has been rejected because it contains a banned file attachment (G1A)'",
    examples: [
      {
        line: '550 5.7.0 [blocked file] - Your message has been rejected because it contains a banned file attachment (G1A)',
        status: '5.7.0',
        source: 'Rackspace common bounces',
      },
      {
        line: '550 5.7.0 [blocked file] - File attachment is not allowed because they can be used to exploit Winzip (G1C)',
        status: '5.7.0',
        source: 'Rackspace common bounces',
      },
    ],
  },
  'oci.suppression': {
    source:
      "Oracle Cloud Infrastructure Email Delivery troubleshooting: '254 4.7.1 Suppression for user <user ocid> to <recipient>' (accepted but suppressed)",
    examples: [
      {
        line: '254 4.7.1 Suppression for user ocid1.user.oc1..example to user@example.com',
        status: '4.7.1',
        source: 'OCI Email Delivery troubleshooting',
      },
    ],
  },
  'oci.auth-failures': {
    source:
      "Oracle Cloud Infrastructure Email Delivery troubleshooting: '421 Too many auth failures, try again later'",
    examples: [
      { line: '421 Too many auth failures, try again later', source: 'OCI Email Delivery troubleshooting' },
    ],
  },
  'text.dnsbl-sender-address': {
    source:
      "Postfix reject_rhsbl_sender reply (smtpd_check.c: '<what> blocked using <domain>' with what = 'Sender address'), as Spamhaus DBL hits show it",
    examples: [
      {
        line: '554 5.7.1 Service unavailable; Sender address blocked using dbl.spamhaus.org',
        status: '5.7.1',
        source: 'Postfix smtpd_check.c reject_rhsbl_sender',
      },
    ],
  },
  'lashback.ubl': {
    source:
      "LashBack UBL (ubl.unsubscore.com) TXT record as DNSBL rejections quote it: 'Sender has sent to LashBack Unsubscribe Probe accounts'",
    examples: [
      {
        line: '554 5.7.1 Service unavailable; Client host [192.0.2.1] blocked using ubl.unsubscore.com; Sender has sent to LashBack Unsubscribe Probe accounts',
        status: '5.7.1',
        source: 'ubl.unsubscore.com TXT',
      },
    ],
  },
  'vade.oxsus-block': {
    source:
      'Vade postmaster (postmaster-oxsus.vadesecure.com): OXSUS0001_101 the sender is listed on the Vade Threat Network list',
    examples: [
      { line: '550 5.7.1 Connection refused - OXSUS0001_101', status: '5.7.1', source: 'Vade postmaster' },
    ],
  },
  'vade.oxsus-rdns': {
    source:
      'Vade postmaster (postmaster-oxsus.vadesecure.com): OXSUS0001_105 reject if the reverse DNS is not present',
    examples: [
      { line: '550 5.7.1 Connection refused - OXSUS0001_105', status: '5.7.1', source: 'Vade postmaster' },
    ],
  },
  'vade.oxsus-limits': {
    source:
      'Vade postmaster (postmaster-oxsus.vadesecure.com): OXSUS0001_110 too many connections from one IP, OXSUS0001_139 "reached its limit by opening too many connections", OXSUS0001_140 "by sending too many messages", OXSUS0001_136 "Our servers rate limit all inbound email traffic"',
    examples: [
      { line: '421 4.2.1 Connection refused - OXSUS0001_110', status: '4.2.1', source: 'Vade postmaster' },
      { line: '421 4.2.1 Connection refused - OXSUS0001_139', status: '4.2.1', source: 'Vade postmaster' },
    ],
  },
  'vade.oxsus-backend': {
    source:
      'Vade postmaster (postmaster-oxsus.vadesecure.com): OXSUS0001_102 too many messages queued to the backend servers',
    examples: [
      { line: '421 4.2.1 Connection deferred - OXSUS0001_102', status: '4.2.1', source: 'Vade postmaster' },
    ],
  },
  'vade.oxsus-unknown-user': {
    source:
      'Vade postmaster (postmaster-oxsus.vadesecure.com), as suped.com quotes it: OXSUS001_403 unknown user',
    examples: [
      {
        line: '550 5.7.1 Connection refused - OXSUS001_403',
        status: '5.7.1',
        source: 'Vade postmaster via suped.com',
      },
    ],
  },
  'i18n.recipient-unknown-de-exchange': {
    source:
      "German bounce wordings (Exchange's German NDR 'Die eingegebene E-Mail-Adresse konnte nicht gefunden werden'; 'niemand unter dieser Adresse bekannt'), as the German bounce processors Bouncefetch and DZHW Zofar list them",
    examples: [
      {
        line: 'Die eingegebene E-Mail-Adresse konnte nicht gefunden werden.',
        source: 'Exchange German NDR, via Bouncefetch',
      },
    ],
  },
  'i18n.mailbox-full-de': {
    source:
      "German bounce wording 'Das Postfach des Empfängers ist voll', as DZHW Zofar's bounce analyzer lists it",
    examples: [{ line: 'Das Postfach des Empfängers ist voll.', source: 'via DZHW Zofar analyzer' }],
  },
  'dti.user-not-registered': {
    source:
      "DTI (dream.jp) error page error05.html: '原因: <user> のユーザーは登録されていません' (the English counterpart is 'User unknown')",
    examples: [
      {
        line: '原因:  <user@example.com> のユーザーは登録されていません',
        source: 'dream.jp support error05',
      },
    ],
  },
  'i18n.mailbox-inactive-fr-exchange': {
    source:
      "Exchange's French user text for 5.1.6 / address changed ('L'adresse électronique du destinataire a changé. L'adresse à laquelle ce message a été envoyé n'accepte plus de messages.'), uitranslation.com fr-fr Exchange strings",
    examples: [
      {
        line: "L'adresse électronique du destinataire a changé. L'adresse à laquelle ce message a été envoyé n'accepte plus de messages.",
        source: 'uitranslation.com fr-fr Exchange string',
      },
    ],
  },
  'nifty.pop-before-smtp': {
    source:
      "@nifty support FAQ (faq.support.nifty.com/?p=4076): 'sorry, you must get POP/APOP authorization.' (POP before SMTP: the sender has not signed in)",
    examples: [
      { line: '553 sorry, you must get POP/APOP authorization.', source: '@nifty support FAQ 4076' },
    ],
  },
  'mailgates.dmarc': {
    source:
      "Cybersolutions MailGates support (cloud-sup.cybersolutions.co.jp/hc/ja/articles/360039226551): '550 sorry, we don't allow this mail.' is its DMARC-failure refusal",
    examples: [{ line: "550 sorry, we don't allow this mail.", source: 'MailGates support article' }],
  },
  'momentum.discarded-by-policy': {
    source:
      "Momentum (SparkPost/momentum-documentation docs/web-momo4/message_responses.md) '550 5.7.1 [internal] discarded by policy' (the sending MTA's own policy dropped it); SparkPost API error 1902 'recipient address suppressed due to customer policy'",
    examples: [
      {
        line: '550 5.7.1 [internal] discarded by policy',
        status: '5.7.1',
        source: 'Momentum message responses',
      },
    ],
  },
  'greenarrow.backlog-slots': {
    source:
      "GreenArrow Engine, Remote Delivery Attempt Error Messages: 'All connection backlog slots used up for this domain.' / '... full due to max concurrent connections' (its own throttle, a deferral)",
    examples: [
      {
        line: 'All connection backlog slots full due to max concurrent connections.',
        source: 'GreenArrow remote delivery error messages',
      },
    ],
  },
  'powermta.invalid-sender-dns': {
    source:
      "PowerMTA's sample configuration, bounce-category-patterns [invalid-sender]: 'No MX for envelope sender domain', 'Your domain has no(t) DNS/MX entries' (replies about the sender's domain)",
    examples: [{ line: '550 No MX for envelope sender domain', source: 'PowerMTA sample config' }],
  },
  'isp.excessive-unknown-recipients': {
    source:
      "PowerMTA's sample smtp-pattern-list (backoff rules): AOL 'Excessive unknown recipients - possible Open Relay', Yahoo 'VS3-IP5 Excessive unknown recipients', '476 connections from your host are denied' (the sending IP blocked for its behaviour)",
    examples: [
      { line: '421 VS3-IP5 Excessive unknown recipients', source: 'PowerMTA sample config (Yahoo)' },
      { line: '476 connections from your host are denied', source: 'PowerMTA sample config' },
      {
        line: '451 VS1-IP Excessive unknown recipients - possible Open Relay (#4.1.8)',
        source: 'Yahoo help SLN3444 (the sending IP deferred for its unknown recipients)',
      },
    ],
  },
  'mailerq.flood': {
    source:
      "MailerQ documentation (CopernicaMarketingSoftware/Documentation Mailerq/5.13/database-access.md, the flood_responses table): 'message rejected, flood detected from your IP address'",
    examples: [
      {
        line: '421 message rejected, flood detected from your IP address',
        source: 'MailerQ flood_responses',
      },
    ],
  },
  'soft-bounce.inactivity': {
    source:
      "4dem's list of soft-bounce reasons (university.4dem.it article 723): 'Extended inactivity new mail is not currently being accepted', 'User hasn't entered during last ...'",
    examples: [
      {
        line: '552 Extended inactivity new mail is not currently being accepted',
        source: '4dem soft-bounce reasons',
      },
    ],
  },
  'soft-bounce.message-count': {
    source:
      "4dem's list of soft-bounce reasons (university.4dem.it article 723): 'Over the maximum allowed number of messages' (the mailbox holds too many)",
    examples: [
      { line: '552 Over the maximum allowed number of messages', source: '4dem soft-bounce reasons' },
    ],
  },
  'outblaze.spamblock': {
    source:
      "Outblaze (mail.com's old platform) refusal 'Is refused. See http://spamblock.outblaze.com', as 4dem's soft-bounce list quotes it",
    examples: [
      {
        line: '550 192.0.2.1 Is refused. See http://spamblock.outblaze.com',
        source: '4dem soft-bounce reasons',
      },
    ],
  },
  'gateway.restricted-attachment': {
    source:
      "'Message Denied: Restricted attachment', as 4dem's soft-bounce list quotes it (a gateway's attachment rule)",
    examples: [{ line: '554 Message Denied: Restricted attachment', source: '4dem soft-bounce reasons' }],
  },
  'nwsmtp.auth-first': {
    source:
      "Yandex's SMTP server (yandex/NwSMTP) src/smtp_connection.cpp: '503 5.5.4 Error: send AUTH command first.' (the submission port wants the sender signed in)",
    examples: [
      {
        line: '503 5.5.4 Error: send AUTH command first.',
        status: '5.5.4',
        source: 'yandex/NwSMTP smtp_connection.cpp',
      },
    ],
  },

  'winmail.relay': {
    source:
      "Winmail Server FAQ (winmail.cn/faq_setup.php): '553 you don't authenticate or the domain is not allowed relay.'",
    examples: [
      { line: "553 you don't authenticate or the domain is not allowed relay.", source: 'winmail.cn FAQ' },
    ],
  },
  'cn-mta.stray-newline': {
    source:
      "A Chinese mail server's reply table (360docs a61843873): '451 stray newline' (a bare LF in the data)",
    examples: [{ line: '451 stray newline', source: '360docs reply table' }],
  },
  'hichina.remote-ip-forbidden': {
    source:
      "HiChina/Alibaba (万网) mail hosting reseller page (fobhost.com jishuzhichi59): 'remote ip is forbidden', the sending IP is blocked",
    examples: [{ line: '550 remote ip is forbidden', source: 'fobhost.com help page' }],
  },
  'zmailer.policy-replies': {
    source:
      "ZMailer (rzachariassen/zmailer) smtpserver/smtpserver.c 'you are on our reject-IP-address -list, GO AWAY!', smtpserver/policytest.c 'Your network address is blackholed in our static tables', proto/db/smtp-policy.src 'Your IP address is not liked source for email'",
    examples: [
      {
        line: '550 5.7.1 Hello 192.0.2.1; you are on our reject-IP-address -list, GO AWAY!',
        status: '5.7.1',
        source: 'zmailer smtpserver.c',
      },
      { line: '550 Your network address is blackholed in our static tables', source: 'zmailer policytest.c' },
    ],
  },
  'messagingserver.srs-address-invalid': {
    source:
      'Messaging Server Technical Reference Wiki (msg.wikidoc.info), "Error text MTA options": error_text_srs_badhash 5.7.1 "SRS/MUL address has a bad hash value"',
    examples: [
      {
        line: '550 5.7.1 SRS/MUL address has a bad hash value',
        status: '5.7.1',
        source: 'Messaging Server error_text_srs_badhash',
      },
    ],
  },
  'zmailer.norealname': {
    source:
      'ZMailer (rzachariassen/zmailer) proto/forms/norealname (Subject "Invalid local real name - or invalid newsgroup"; router "error norealname"), transports/errormail "Diagnostic-Code: X-LOCAL; 500 (%s)" with the form name',
    examples: [
      { line: 'Diagnostic-Code: X-LOCAL; 500 (norealname)', source: 'zmailer errormail, form name' },
    ],
  },
  'zmailer.relay-target': {
    source: "ZMailer (rzachariassen/zmailer) proto/db/smtp-policy.src: 'This is not accepted relay target'",
    examples: [{ line: '553 5.7.1 This is not accepted relay target', source: 'zmailer smtp-policy.src' }],
  },
  'zmailer.source-domain-dns': {
    source:
      "ZMailer (rzachariassen/zmailer) smtpserver/smtpcmds.c: 'for MAIL FROM address <...> the policy analysis reports DNS error with your source domain.' (and the temporary variant)",
    examples: [
      {
        line: '553 5.4.3 Hello 192.0.2.1, for MAIL FROM address <user@example.com> the policy analysis reports DNS error with your source domain.',
        status: '5.4.3',
        source: 'zmailer smtpcmds.c',
      },
    ],
  },
  'zmailer.submission-auth': {
    source:
      "ZMailer (rzachariassen/zmailer) smtpserver/smtpcmds.c 'In SUBMISSION mode sender must authenticate first!', smtpserver/smtpauth.c 'Too many authentication failures from your IP this hour..'",
    examples: [
      {
        line: '530 5.5.1 Hello 192.0.2.1, In SUBMISSION mode sender must authenticate first!',
        status: '5.5.1',
        source: 'zmailer smtpcmds.c',
      },
      {
        line: '503 5.5.1 Hi 192.0.2.1, Too many authentication failures from your IP this hour..',
        status: '5.5.1',
        source: 'zmailer smtpauth.c',
      },
    ],
  },
  'mta.server-storage': {
    source:
      "The receiving server's own resources: ZMailer smtpserver/smtpcmds.c '452 4.3.1 Try again later, insufficient storage available at the moment', sendmail queue.c '452 4.4.5 Insufficient disk space; try again later', VPOP3 (PSCS wiki) '450 4.3.2 content filter timeout', ZMailer transports/smtp/smtp.c 'Mandated TLS security mode not available'",
    examples: [
      {
        line: '452 4.4.5 Insufficient disk space; try again later',
        status: '4.4.5',
        source: 'sendmail queue.c',
      },
      {
        line: '452 4.3.1 Try again later, insufficient storage available at the moment',
        status: '4.3.1',
        source: 'zmailer smtpcmds.c',
      },
      { line: '450 4.3.2 content filter timeout', status: '4.3.2', source: 'PSCS wiki (VPOP3)' },
    ],
  },
  'zmailer.noncompliant': {
    source:
      "ZMailer (rzachariassen/zmailer) smtpserver/smtpserver.c '500 5.5.2 Line not terminated with CRLF..'; proto/forms/header 'it arrived with an illegal header according to the RFC822/976 protocol specification'; proto/forms/envelope 'arrived with illegal envelope data'",
    examples: [
      { line: '500 5.5.2 Line not terminated with CRLF..', status: '5.5.2', source: 'zmailer smtpserver.c' },
    ],
  },
  'zmailer.loops': {
    source:
      "ZMailer (rzachariassen/zmailer) transports/smtp/smtp.c 'Trying to talk with myself!'; its bounce form for too many Received: headers ('exceed the sensible limit on the number of \"Received:\" headers')",
    examples: [{ line: 'smtp; 500 (Trying to talk with myself!)', source: 'zmailer smtp.c' }],
  },
  'zmailer.bounce-forms': {
    source:
      "ZMailer (rzachariassen/zmailer) proto/forms: 'one or more of the addresses you specified could not be expanded properly. This usually indicates an error in a .forward file, the system aliases file'",
    examples: [
      {
        line: 'A copy of your message is being returned to you because one or more of the addresses you specified could not be expanded properly.',
        source: 'zmailer proto/forms',
      },
    ],
  },
  'zmailer.forward-refused': {
    source:
      "ZMailer (rzachariassen/zmailer) proto/forms/bounce: 'A copy of your message is being returned to you because we refuse to forward mail to one or more of the addresses you specified.'",
    examples: [
      {
        line: 'A copy of your message is being returned to you because we refuse to forward mail to one or more of the addresses you specified.',
        source: 'zmailer proto/forms/bounce',
      },
    ],
  },
  'mta.gave-up-wordings': {
    source:
      "Give-up notices: MMDF (NishiOwO/mmdf lib/mmdf/rtn_proc.c) 'After N days (N hours), your message could not be fully delivered.'; Citadel (citadel/modules/smtp) 'could not be delivered ... due to prolonged unavailability of its destination(s)'; Synchronet (src/sbbs3/mailsrvr.cpp) 'reporting delivery failure of message after N attempts'",
    examples: [
      {
        line: 'After 12 days (288 hours), your message could not be fully delivered.',
        source: 'mmdf rtn_proc.c',
      },
      {
        line: 'bbs.example.com reporting delivery failure of message after 10 attempts',
        source: 'synchronet mailsrvr.cpp',
      },
      {
        line: 'Giving up on the following addresses: pia@example.net: 1) Timeout while connecting mx1.example.net [192.0.2.25]:25 ;',
        source: 'citadel modules/smtp/serv_smtpqueue.c smtpq_do_bounce, serv_smtpeventclient.c',
      },
    ],
  },
  'synchronet.replies': {
    source:
      "Synchronet (SynchronetBBS/sbbs) src/sbbs3/mailsrvr.cpp: '554 Mail header missing 'FROM' field', '554 Mail header contains mismatched 'FROM' field'",
    examples: [{ line: "554 Mail header missing 'FROM' field", source: 'synchronet mailsrvr.cpp' }],
  },
  'emailrelay.auth-required': {
    source:
      "E-MailRelay (aclemons/emailrelay) src/gsmtp/gsmtpserversend.cpp sendAuthRequired: '530 authentication required: use starttls' (a relay that will not take mail from a client that has not started TLS and signed in)",
    examples: [
      {
        line: '530 authentication required: use starttls',
        source: 'emailrelay gsmtpserversend.cpp',
      },
    ],
  },
  'synchronet.dnsbl': {
    source:
      "Synchronet (SynchronetBBS/sbbs) src/sbbs3/mailsrvr.cpp: '550 Mail from <ip> refused due to listing at <dnsbl>'",
    examples: [
      {
        line: '550 Mail from 192.0.2.1 refused due to listing at bl.example.net',
        source: 'synchronet mailsrvr.cpp',
      },
    ],
  },
  'james.size-and-mappings': {
    source:
      "Apache James fetchmail MessageProcessor.java: 'This message has been rejected as the message size of N KB exceeds the maximum permitted size of N KB.'",
    examples: [
      {
        line: '550 - Rejected - This message has been rejected as the message size of 20480.0KB exceeds the maximum permitted size of 10240KB.',
        source: 'james MessageProcessor.java',
      },
    ],
  },
  'james.too-many-mappings': {
    source:
      "Apache James AbstractRecipientRewriteTable.java: '554 Too many mappings to process' (alias and rewrite recursion)",
    examples: [
      { line: '554 Too many mappings to process', source: 'james AbstractRecipientRewriteTable.java' },
    ],
  },
  'verizon.destination-not-found': {
    source:
      "Verizon's postmaster bounce text: 'Your message was not delivered because the destination computer was not found.'",
    examples: [
      {
        line: 'Your message was not delivered because the destination computer was not found.  Carefully check that it was spelled correctly and try sending it again if there were any mistakes.',
        source: 'bounce from Postmaster@verizon.net',
      },
    ],
  },
  'vpop3.relay-bad-ip': {
    source:
      "VPOP3 (PSCS wiki how_to:550_5.7.1_relaying_not_allowed_bad_sender_ip_address): '550 5.7.1 relaying not allowed bad sender ip address'",
    examples: [
      {
        line: '550 5.7.1 relaying not allowed bad sender ip address',
        status: '5.7.1',
        source: 'PSCS wiki (VPOP3)',
      },
    ],
  },
  'ezmlm.mime-type': {
    source:
      "ezmlm-reject (ezmlm-idx): 'Sorry, I don't accept messages of MIME Content-Type '<type>' (#5.2.3)', as a list FAQ quotes the bounce",
    examples: [
      {
        line: "ezmlm-reject: fatal: Sorry, I don't accept messages of MIME Content-Type 'text/html' (#5.2.3)",
        source: 'list FAQ quoting ezmlm-reject',
      },
    ],
  },
  'listserv.served-out': {
    source:
      "LISTSERV's notice for mail from a user who was served off the list ('Mail has been received for delivery to the XXX list from a user that had been served out'), Syracuse University LISTSERV help",
    examples: [
      {
        line: 'Mail has been received for delivery to the EXAMPLE-L list from a user that had been served out',
        source: 'Syracuse University LISTSERV help',
      },
    ],
  },
  'aol.not-accepting-from-sender': {
    source:
      "AOL help (help.aol.co.uk, what is a mailer-daemon message): '550 ... is not accepting mail from this sender', the account owner's privacy or spam control settings block the sender",
    examples: [
      { line: '550 is not accepting mail from this sender', source: 'AOL UK help' },
      {
        line: '550 user not accepting mail from this sender',
        source: 'AOL postmaster example quoted on hostcheetah',
      },
    ],
  },
  'momentum.dk-policy': {
    source:
      "Yahoo's DomainKeys refusal '554 Message not allowed. DK Email not accepted for policy reasons', as Momentum's adaptive_rules.lua documentation lists it ('Have you configured DK correctly?')",
    examples: [
      {
        line: '554 Message not allowed. DK Email not accepted for policy reasons',
        source: 'Momentum adaptive_rules.lua docs',
      },
    ],
  },
  'rr.block-lookup': {
    source:
      "Road Runner (rr.com) IP block reply 'Mail refused - <ip> - See http://security.rr.com/cgi-bin/block-lookup', as Momentum's adaptive_rules.lua documentation lists it",
    examples: [
      {
        line: 'ERROR: Mail refused - <192.0.2.1> - See http://security.rr.com/cgi-bin/block-lookup',
        source: 'Momentum adaptive_rules.lua docs',
      },
    ],
  },
  'postfix.unlisted-sender': {
    source:
      "Postfix smtpd_check.c reject_unlisted_sender (smtpd_reject_unlisted_sender): '<sender>: Sender address rejected: User unknown in local recipient table' (or virtual mailbox / relay recipient table): the receiving server does not know the sender's own address in a domain it serves",
    examples: [
      {
        line: '550 5.1.0 <a@example.com>: Sender address rejected: User unknown in relay recipient table',
        status: '5.1.0',
        source: 'Rackspace common bounces (Postfix reject_unlisted_sender)',
      },
      {
        line: '553 5.1.0 <a@example.com>: Sender address rejected: User unknown in local recipient table',
        status: '5.1.0',
        source: 'Postfix smtpd_check.c reject_unlisted_sender',
      },
    ],
  },
  'mta.sender-domain-mx': {
    source:
      "Checks of the sender's domain: spamdyke spamdyke.h ERROR_SENDER_NO_MX 'The domain of your sender address has no mail exchanger (MX).'; Haraka haraka-plugin-mail_from.is_resolvable 'No valid MX for your FROM address'; chkuser chkuser_settings.h CHKUSER_SENDERMX_STRING \"sorry, can't find a valid MX for sender domain\"; Exim smtp_in.c 'sender address must contain a domain'; Exim verify.c 'could not verify \"From:\" header address'",
    examples: [
      {
        line: "511 sorry, can't find a valid MX for sender domain (#5.1.1 - chkuser)",
        source: 'chkuser 2.0 chkuser_settings.h (denislemire/netqmail) CHKUSER_SENDERMX_STRING',
      },
      {
        line: '421 Refused. The domain of your sender address has no mail exchanger (MX).',
        source: 'spamdyke spamdyke.h',
      },
      { line: 'No valid MX for your FROM address', source: 'haraka-plugin-mail_from.is_resolvable' },
    ],
  },
  'mta.sender-host-forged': {
    source:
      "The sending host's own setup: spamdyke spamdyke.h ERROR_EARLYTALKER 'Refused. You are not following the SMTP protocol.'; qmail-smtpd (jms1 combined patch) '503 STARTTLS first (#5.5.1)'",
    examples: [
      { line: '554 Refused. You are not following the SMTP protocol.', source: 'spamdyke spamdyke.h' },
    ],
  },
  'mta.not-allowed-to-send-as': {
    source:
      "The sender's own account may not send as that address or must sign in: Exchange SmtpResponse (learn.microsoft.com, Exchange 2007/2010 API) 'Client does not have permission to send as this sender', Exchange Online STOREDRV.Submission SendAsDeniedException, Mail.ru 'Users in your domain are not allowed to send email without authorization', SendGrid SMTP errors '403 You are not authorized to send from that email address', Postfix smtpd.c '550 5.7.0 Error: insufficient authorization'",
    examples: [
      {
        line: '550 5.7.1 Client does not have permission to send as this sender',
        status: '5.7.1',
        source: 'Exchange SmtpResponse API page',
      },
      {
        line: '554 5.2.0 STOREDRV.Submission.Exception:SendAsDeniedException.MapiExceptionSendAsDenied; Failed to process message due to a permanent exception with message Cannot submit message.',
        status: '5.2.0',
        source: 'Exchange Online submission error',
      },
      {
        line: '403 You are not authorized to send from that email address',
        source: 'SendGrid SMTP errors page',
      },
      {
        line: '550 The from address does not match a verified Sender Identity. Mail cannot be sent until this error is resolved. Visit https://sendgrid.com/docs/for-developers/sending-email/sender-identity/ to see the Sender Identity requirements',
        source:
          "SendGrid's SMTP reply as applications log it (sendgrid/sendgrid-nodejs issue 1088, sendgrid/docs issue 6124; the Sender Identity page it links, docs.sendgrid.com/for-developers/sending-email/sender-identity)",
      },
      {
        line: '553 Sender is not allowed to relay emails',
        source:
          "Zoho Mail SMTP (smtp.zoho.com / smtppro.zoho.eu) when the From is not the signed-in account's address or alias, as applications quote it",
      },
    ],
  },
  'gmail.relay-account-suspended': {
    source:
      "Google Workspace SMTP relay, Gmail SMTP errors and codes (support.google.com/a/answer/3726730): '550 5.7.0 Email relay denied <ip>. The sending email account has been temporarily suspended due to abuse.'",
    examples: [
      {
        line: '550 5.7.0 Email relay denied 192.0.2.1. The sending email account has been temporarily suspended due to abuse.',
        status: '5.7.0',
        source: 'Google SMTP errors and codes 3726730',
      },
    ],
  },
  'exim.from-header-syntax': {
    source: 'Exim verify.c (verify = header_syntax): \'550 failing address in "From:" header is: <address>\'',
    examples: [
      {
        line: '550 failing address in "From:" header is: <bad@syntax',
        source: 'Exim verify.c, rendered in its test/stdout',
      },
    ],
  },
  'wedos.sender-mailbox-disabled': {
    source:
      "WEDOS relay (wes1-relayredir.wedos.net) as a quoted bounce shows it: '550 5.7.1 <sender>: Sender address rejected: mailbox disabled' (the sender's own hosted mailbox is disabled)",
    examples: [
      {
        line: '550 5.7.1 <example@example.com>: Sender address rejected: mailbox disabled - DEBUG: dom example.com',
        status: '5.7.1',
        source: 'bounce quoted on pastebin (wedos.net)',
      },
    ],
  },
  'fastmail.address-locked': {
    source:
      "Fastmail (messagingengine.com) refusal for a locked or deactivated recipient account: 'Client host rejected: Address locked or deactivated; see http://mail.messagingengine.com/docs/locked.html'",
    examples: [
      {
        line: '554 5.7.1 <mail-pg1-f174.google.com[192.0.2.1]>: Client host rejected: Address locked or deactivated; see http://mail.messagingengine.com/docs/locked.html',
        status: '5.7.1',
        source: 'bounce quoted on a blog (brianjohnson.co.za)',
      },
    ],
  },
  'hmailserver.not-active': {
    source:
      "hMailServer (hmailserver/hmailserver) source/Server/SMTP/RecipientParser.cpp: '550 Alias is not active.', '550 Distribution list is not active.'",
    examples: [
      { line: '550 Alias is not active.', source: 'hMailServer RecipientParser.cpp' },
      { line: '550 Distribution list is not active.', source: 'hMailServer RecipientParser.cpp' },
    ],
  },
  'provider.rfc-compliance': {
    source:
      "Compliance refusals whose words would otherwise lose to the refusal around them: Yahoo '554 5.0.0 Message not accepted due to failed RFC compliance' (wordtothewise.com 2022/05); OpenSMTPD smtp_session.c 'Delivery not authorized, message refused: Message is not RFC 2822 compliant'",
    examples: [
      {
        line: '554 5.0.0 Message not accepted due to failed RFC compliance',
        status: '5.0.0',
        source: 'Yahoo rejection quoted by Word to the Wise',
      },
      {
        line: '550 5.7.1 Delivery not authorized, message refused: Message is not RFC 2822 compliant',
        status: '5.7.1',
        source: 'OpenSMTPD smtp_session.c',
      },
    ],
  },
  'exim.header-limits': {
    source: "Exim receive.c (header_maxsize): '552 Message header is ridiculously long'",
    examples: [{ line: '552 Message header is ridiculously long', source: 'Exim receive.c' }],
  },
  'xneelo.date-header': {
    source:
      "xneelo (Hetzner South Africa) mail RFC compliance help: '550 Date header far in the past/future.'",
    examples: [
      { line: '550 Date header far in the past/future.', source: 'xneelo help centre, mail RFC compliance' },
    ],
  },
  'mailman.too-big-localized': {
    source:
      "GNU Mailman 2.1's rejection of a message over the list's size limit in its German, French, Spanish, Italian and Japanese catalogs (messages/<lang>/LC_MESSAGES/mailman.po, 'Your message was too big; please trim it to less than %(kb)d KB')",
    examples: [
      {
        line: 'Ihre Nachricht war zu umfangreich. Die maximal zulässige Größe beträgt 40 KB.',
        source: 'Mailman de mailman.po',
      },
      {
        line: 'Su mensaje es demasiado grande, por favor reduzcalo para que tenga un tamaño inferior a 40 KB.',
        source: 'Mailman es mailman.po',
      },
    ],
  },
  'att.dns-lookup-failure': {
    source:
      "AT&T (BellSouth) mail block error message summary (rbl.att.net/block_enduser.html; worldnet.att.net/general-info/bls_info/block_enduser.html): '421-failure in DNS look-up.', 'There seems to be a failure in your IP reverse DNS lookup. Your IP address must have a valid reverse DNS entry'",
    examples: [{ line: '421-failure in DNS look-up.', source: 'rbl.att.net/block_enduser.html' }],
  },
  'att.unauthorized-interface': {
    source:
      "AT&T (BellSouth) mail block error message summary (rbl.att.net/block_enduser.html): '550 unauthorized interface for <0.0.0.0.>', 'The sending system is not recognized as a valid source of e-mail. Correspondents should use registered mail systems provided by a major ISP or hosting service.' (the sending IP, not the message)",
    examples: [
      {
        line: '550 unauthorized interface for <192.0.2.9>',
        source: 'worldnet.att.net/general-info/bls_info/block_enduser.html',
      },
    ],
  },
  'bluewin.account-administratively-disabled': {
    source:
      "Infomaniak FAQ 858, Resolve an email issue following an error report (a Postfix notice quoting a Swisscom/Bluewin MX, mxbw-...ch): '550 5.1.1 <anna.a@abc.xyz> recipient rejected, account administratively disabled (in reply to RCPT TO command)': the mailbox exists but is disabled",
    examples: [
      {
        line: '550 5.1.1 <anna.a@example.ch> recipient rejected, account administratively disabled',
        status: '5.1.1',
        source: 'infomaniak.com/en/support/faq/858',
      },
    ],
  },
  'simplelogin.mailbox-refused-as-spam': {
    source:
      "simple-login/app templates/emails/transactional/bounce/bounced-email.txt.jinja2 (email_handler.py: the user's mailbox bounced a forwarded message)",
    examples: [
      {
        line: 'This is usually because your mailbox service thinks the email is a spam.',
        source: 'SimpleLogin bounced-email.txt.jinja2',
      },
    ],
  },
  'app.reply-refused-by-rules': {
    source:
      "Reply-by-email applications' refusals: Discourse config/locales/server.en.yml (email_reject_topic_closed, email_reject_strangers_not_allowed, email_reject_auto_generated, email_reject_screened_email, email_reject_insufficient_trust_level, email_reject_invalid_access, email_reject_silenced_user, email_reject_reply_not_allowed); GitLab lib/gitlab/email/failure_handler.rb (UserNotAuthorizedError, UserBlockedError); Request Tracker lib/RT/Interface/Email/Authz/Default.pm, lib/RT/Interface/Email.pm, lib/RT/Ticket.pm",
    examples: [
      {
        line: 'The topic you are replying to is currently closed and no longer accepting replies.',
        source: 'Discourse server.en.yml email_reject_topic_closed',
      },
      {
        line: 'The category you sent this email to only allows replies from users with valid accounts and known email addresses.',
        source: 'Discourse server.en.yml email_reject_strangers_not_allowed',
      },
      {
        line: 'Your reply was sent from a blocked email address. Try sending from another email address, or contact a staff member.',
        source: 'Discourse server.en.yml email_reject_screened_email',
      },
      {
        line: 'You are not allowed to perform this action. If you believe this is in error, contact a staff member.',
        source: 'GitLab failure_handler.rb',
      },
      {
        line: 'jane@example.net has no right to create tickets in queue General',
        source: 'RT Authz/Default.pm',
      },
      { line: 'You do not have permission to communicate with RT', source: 'RT Email.pm' },
      {
        line: 'The message below could not be accepted by the address sales@example.com. Only addresses linked to registered partners are allowed to contact it.',
        source: 'Odoo addons/mail/models/mail_alias.py _get_alias_bounced_body_fallback',
      },
      {
        line: 'The following email sent to board@example.com cannot be accepted because this is a private email address. Only allowed people can contact us at this address.',
        source: 'Odoo 13 addons/mail/models/mail_alias.py _get_alias_bounced_body_fallback',
      },
      {
        line: 'Your account does not have the required trust level to post new topics to this email address. If you believe this is an error, contact a staff member.',
        source: 'Discourse server.en.yml email_reject_insufficient_trust_level',
      },
      {
        line: 'Your account does not have the privileges to post new topics in that category. If you believe this is an error, contact a staff member.',
        source: 'Discourse server.en.yml email_reject_invalid_access',
      },
      {
        line: 'Your account associated with this email address has been silenced.',
        source: 'Discourse server.en.yml email_reject_silenced_user',
      },
      {
        line: "You don't have permissions to reply to the topic. If you believe this is an error, contact a staff member.",
        source: 'Discourse server.en.yml email_reject_reply_not_allowed',
      },
      {
        line: 'Your account has been blocked. If you believe this is in error, contact a staff member.',
        source: 'GitLab lib/gitlab/email/failure_handler.rb UserBlockedError',
      },
    ],
  },
  'app.reply-refused-sender-fix': {
    source:
      "Reply-by-email applications' refusals that tell the person what to change: Discourse config/locales/server.en.yml (email_reject_user_not_found, email_reject_post_too_short, email_reject_old_destination, email_reject_inactive_user, email_reject_reply_user_not_matching, email_reject_reply_to_digest) and its mail-receiver's RCPT refusal (app/controllers/admin/email_controller.rb smtp_should_reject); GitLab lib/gitlab/email/failure_handler.rb (UserNotFoundError); Znuny/OTRS initial auto response 'default reject'; Launchpad help (Bugs/EmailInterface, 'Submit Request Failure'); Redmine extra/mail_handler/rdm-mailhandler.rb; ezmlm-idx lang/en_US/messages (ERR_SUBCOMMAND, ERR_NO_SUBJECT)",
    examples: [
      {
        line: 'Your reply was sent from an unknown email address. Try sending from another email address, or contact a staff member.',
        source: 'Discourse server.en.yml email_reject_user_not_found',
      },
      {
        line: 'To promote more in depth conversations, very short replies are not allowed. Can you please reply with at least 20 characters?',
        source: 'Discourse server.en.yml email_reject_post_too_short',
      },
      {
        line: 'Your account associated with this email address is not activated. Please activate your account before sending emails in.',
        source: 'Discourse server.en.yml email_reject_inactive_user',
      },
      {
        line: "Your reply was sent from a different email address than the one we expected, so we're not sure if this is the same person.",
        source: 'Discourse server.en.yml email_reject_reply_user_not_matching',
      },
      {
        line: 'You replied to a Summary email, which is not accepted.',
        source: 'Discourse server.en.yml email_reject_reply_to_digest',
      },
      {
        line: '554 5.7.1 <support@forum.example.com>: Recipient address rejected: Mail from your address is not accepted. Do you have an account here?',
        source:
          'Discourse app/controllers/admin/email_controller.rb smtp_should_reject, via discourse/mail-receiver fast_rejection.rb',
      },
      {
        line: "We couldn't figure out what user corresponds to the email. Please create your comment through the web interface.",
        source: 'GitLab failure_handler.rb',
      },
      {
        line: 'Your previous ticket is closed. -- Your follow-up has been rejected. -- Please create a new ticket.',
        source: 'Znuny default reject auto response',
      },
      {
        line: 'In order to submit bugs via email you have to sign the message with a GPG key that is registered in Launchpad.',
        source: 'Launchpad email interface help',
      },
      {
        line: 'The email sent to catchall@example.com cannot be processed. This address is used to collect replies and should not be used to directly contact Example Corp.',
        source: 'Odoo addons/mail/data/mail_templates_mailgateway.xml mail_bounce_catchall',
      },
      {
        line: 'Please send emails with the email address recorded on your employee information, or contact your HR manager.',
        source: 'Odoo addons/hr_expense/models/mail_alias.py _get_alias_bounced_body_fallback',
      },
      {
        line: 'Request was denied by your Redmine server. Possible reasons: email is sent from an invalid email address or is missing some information.',
        source: 'Redmine extra/mail_handler/rdm-mailhandler.rb (HTTP 422, exit 77)',
      },
      {
        line: "ezmlm-reject: fatal: Sorry, I don't accept commands in the subject line. Please send a message to the -help address shown in the the ``Mailing-List:'' header for command info (#5.7.0)",
        source: 'ezmlm-idx lang/en_US/messages ERR_SUBCOMMAND',
      },
      {
        line: "ezmlm-reject: fatal: Sorry, I don't accept message with empty Subject (#5.7.0)",
        source: 'ezmlm-idx lang/en_US/messages ERR_NO_SUBJECT',
      },
    ],
  },
  'app.reply-too-often': {
    source:
      'Odoo addons/mail/data/mail_templates_mailgateway.xml message_notification_limit_email (sent by mail_thread.py _detect_loop_sender)',
    examples: [
      {
        line: 'The message below could not be accepted by the address support@example.com because you have contacted it too many times in the last few minutes. Please try again later.',
        source: 'Odoo message_notification_limit_email',
      },
    ],
  },
  'app.address-unavailable': {
    source:
      'Odoo addons/mail/models/mail_alias.py _get_alias_invalid_body (_alias_bounce_incoming_email with set_invalid: the alias is misconfigured); Discourse config/locales/server.en.yml email_reject_unrecognized_error',
    examples: [
      {
        line: 'The message below could not be accepted by the address jobs@example.com. Please try again later or contact Example Corp instead.',
        source: 'Odoo mail_alias.py _get_alias_invalid_body',
      },
      {
        line: "There was an unrecognized error while processing your email and it wasn't posted. You should try again, or contact a staff member.",
        source: 'Discourse config/locales/server.en.yml email_reject_unrecognized_error',
      },
    ],
  },
  'app.reply-destination-unknown': {
    source:
      "Reply-by-email applications that cannot tell what a message is for: Discourse config/locales/server.en.yml (email_reject_bad_destination_address subject 'Unknown To: Address', email_reject_reply_key); GitLab lib/gitlab/email/failure_handler.rb (UnknownIncomingEmail, SentNotificationNotFoundError, ProjectNotFound); Discourse's mail-receiver at RCPT (app/controllers/admin/email_controller.rb smtp_should_reject); Request Tracker lib/RT/Interface/Email/Action/Defaults.pm",
    examples: [
      {
        line: 'Email issue: Unknown To: Address. Here are some things to check:',
        source: 'Discourse server.en.yml email_reject_bad_destination_address',
      },
      {
        line: "The reply key in the email is invalid or unknown, so we can't figure out what this email is in reply to.",
        source: 'Discourse server.en.yml email_reject_reply_key',
      },
      {
        line: "We couldn't figure out what the email is for. Please create your issue or comment through the web interface.",
        source: 'GitLab failure_handler.rb',
      },
      {
        line: "We couldn't figure out what the email is in reply to. Please create your comment through the web interface.",
        source: 'GitLab failure_handler.rb SentNotificationNotFoundError',
      },
      {
        line: "We couldn't find the project. Please check if there's any typo.",
        source: 'GitLab failure_handler.rb ProjectNotFound',
      },
      {
        line: '554 5.7.1 <reply+0000deadbeef0000@forum.example.com>: Recipient address rejected: Mail to this address is not accepted. Check the address and try to send again?',
        source:
          'Discourse app/controllers/admin/email_controller.rb smtp_should_reject, via discourse/mail-receiver fast_rejection.rb',
      },
      { line: 'Could not find a ticket with id 4321', source: 'RT Action/Defaults.pm' },
    ],
  },
  'app.reply-empty': {
    source:
      'Reply-by-email applications that found no reply in the message: Discourse config/locales/server.en.yml (email_reject_empty, email_reject_parsing); GitLab lib/gitlab/email/failure_handler.rb (EmptyEmailError)',
    examples: [
      {
        line: "We couldn't find any reply content in your email.",
        source: 'Discourse server.en.yml email_reject_empty',
      },
      {
        line: "It appears that the email is blank. Make sure your reply is at the top of the email, we can't process inline replies.",
        source: 'GitLab failure_handler.rb',
      },
    ],
  },
  'app.reply-record-invalid': {
    source:
      'GitLab lib/gitlab/email/handler/reply_processing.rb verify_record! ("The #{record_name} could not be created for the following reasons:" then the record\'s errors), raised as InvalidRecordError and mailed by failure_handler.rb',
    examples: [
      {
        line: "The issue could not be created for the following reasons: - Title can't be blank",
        source: 'GitLab reply_processing.rb verify_record!',
      },
    ],
  },
  'app.reply-date-missing': {
    source:
      'Discourse config/locales/server.en.yml email_reject_invalid_post_specified with its date_invalid reason',
    examples: [
      {
        line: 'Reason: No post creation date found. Is the e-mail missing a Date: header?',
        source: 'Discourse server.en.yml email_reject_invalid_post_specified.date_invalid',
      },
    ],
  },
  'zammad.email-oversized': {
    source:
      "Zammad app/views/mailer/email_oversized/<lang>.txt.erb ('[undeliverable] Message too large' and its translations)",
    examples: [
      {
        line: 'Your message was 31.62 MB but we only accept messages up to 20 MB.',
        source: 'Zammad email_oversized en.txt.erb',
      },
      {
        line: 'Die Nachricht hatte eine Größe von 27.40 MB, wir akzeptieren jedoch nur E-Mails mit einer Größe von bis zu 10 MB.',
        source: 'Zammad email_oversized de.txt.erb',
      },
      {
        line: '[Non délivrable] Message trop volumineux',
        source: 'Zammad app/views/mailer/email_oversized/fr.txt.erb (subject)',
      },
      {
        line: '[no se pudo entregar] Mensaje demasiado grande',
        source: 'Zammad app/views/mailer/email_oversized/es.txt.erb (subject)',
      },
      {
        line: '[onbestelbaar] Bericht te groot',
        source: 'Zammad app/views/mailer/email_oversized/nl.txt.erb (subject)',
      },
      {
        line: '[non consegnabile] Messaggio troppo grande',
        source: 'Zammad app/views/mailer/email_oversized/it.txt.erb (subject)',
      },
    ],
  },
  'simplelogin.dns-record-missing': {
    source:
      'simple-login/app templates/emails/transactional/reply-error.txt.jinja2 (email_handler.py reply phase)',
    examples: [
      {
        line: 'Usually this is because the DNS record of old-cafe.example.jp does not exist.',
        source: 'SimpleLogin reply-error.txt.jinja2',
      },
    ],
  },
  'addy.reply-send-disallowed': {
    source: 'anonaddy/anonaddy resources/views/mail/disallowed_reply_send_attempt.blade.php',
    examples: [
      {
        line: 'An attempt to send or reply from your alias forum.jo@addy.example was just made which failed because your recipient jo@example.org has disallowed replying and sending or because your alias forum.jo@addy.example has limited the recipients that can reply/send.',
        source: 'addy.io disallowed_reply_send_attempt.blade.php',
      },
    ],
  },
  'relay.replies-premium-only': {
    source:
      "mozilla/fx-private-relay emails/templates/emails/reply_requires_premium.txt, mozilla-l10n/fx-private-relay-l10n en/misc.ftl 'replies-only-available-with-premium'",
    examples: [
      {
        line: 'Replying to forwarded emails from your masked email is only available with Firefox Relay Premium.',
        source: 'Firefox Relay en/misc.ftl',
      },
    ],
  },
  'scrollout.poor-average': {
    source:
      'Scrollout F1 (mariusgologan/scrollout) bin/policy.sh: "${hard_reject}.7.1 Poor avg. rate for IP: ${ip}", "${soft_reject}.7.1 Poor avg. reputation for sender domain: ${s_domain} and IP: ${ip}" (hard_reject="554 5", soft_reject="454 4"), also for the sender, the /24 and the client',
    examples: [
      {
        line: '554 5.7.1 <jack@example.org>: Recipient address rejected: Poor avg. rate for IP: 192.0.2.44',
        status: '5.7.1',
        source: 'Scrollout F1 bin/policy.sh (Postfix check_policy_service)',
      },
      {
        line: '454 4.7.1 <kate@example.org>: Recipient address rejected: Poor avg. reputation for sender domain: example.com and IP: 192.0.2.44',
        status: '4.7.1',
        source: 'Scrollout F1 bin/policy.sh',
      },
    ],
  },
  'scrollout.recipient-rejected-sender': {
    source:
      'Scrollout F1 (mariusgologan/scrollout) bin/policy.sh: "${hard_reject}.7.1 Recipient rejected messages from ${sender} to ${recipient}" (the pair has junk on record)',
    examples: [
      {
        line: '554 5.7.1 <ivy@example.org>: Recipient address rejected: Recipient rejected messages from alice@example.com to ivy@example.org',
        status: '5.7.1',
        source: 'Scrollout F1 bin/policy.sh',
      },
    ],
  },
  'barracuda.ess-recipient-verdict': {
    source:
      'a bounce from Barracuda Email Security Service quoted on pastebin.com/xU0eujsc: "550 permanent failure for one or more recipients (support@oneconnect.ca:quarantined)"',
    examples: [
      {
        line: '550 permanent failure for one or more recipients (frank@example.org:quarantined)',
        source: 'pastebin.com/xU0eujsc (ess.barracudanetworks.com)',
      },
    ],
  },
  // gateways7 sweep: email security gateways and cloud filters
  'gateway.site-sender-blocklist': {
    source:
      "Broadcom KB 169925 (Common external Spam Filtering Error Codes, Email Security.cloud); SpamExperts/sekb docs/4-Incoming_Fitering_Service/13-Classifications.rst (We do not accept mail from this address: the receiving domain's Sender blacklist)",
    examples: [
      { line: "551 Sender is on domain's blacklist", source: 'Broadcom KB 169925' },
      {
        line: '550 We do not accept mail from this address',
        source: 'SpamExperts sekb 13-Classifications.rst',
      },
    ],
  },
  'baruwa.banned-sender': {
    source:
      'Baruwa\'s error code page as its hosted instances publish it (baruwa.anhonesthost.com/info): "The sender xxx.xxx.xxx.xxx is banned" (the banned senders list)',
    examples: [{ line: '550 The sender 192.0.2.55 is banned', source: 'Baruwa error codes (/info)' }],
  },
  'spamexperts.message-form': {
    source:
      'SpamExperts/sekb docs/4-Incoming_Fitering_Service/13-Classifications.rst: "Lines in message were longer than user maximum", "Legitimate bounces are never sent to more than one recipient."',
    examples: [
      {
        line: '550 Lines in message were longer than user maximum',
        source: 'SpamExperts sekb 13-Classifications.rst',
      },
      {
        line: '550 Legitimate bounces are never sent to more than one recipient.',
        source: 'SpamExperts sekb 13-Classifications.rst',
      },
    ],
  },
  'spamexperts.sending-server-dns': {
    source:
      'SpamExperts/sekb docs/4-Incoming_Fitering_Service/13-Classifications.rst: "Sending server is missing DNS records" (the sending server has no MX or A record)',
    examples: [
      {
        line: '550 Sending server is missing DNS records',
        source: 'SpamExperts sekb 13-Classifications.rst',
      },
    ],
  },
  'baruwa.harvest-and-rate': {
    source:
      'Baruwa\'s error code page (baruwa.anhonesthost.com/info): "Dictionary attack detected" (an attempt to harvest addresses); 4XX "You can only send xx msgs per xx" (the sender has been ratelimited)',
    examples: [
      { line: '550 Dictionary attack detected', source: 'Baruwa error codes (/info)' },
      { line: '451 You can only send 100 msgs per 1h', source: 'Baruwa error codes (/info)' },
    ],
  },
  'vipre.domain-not-on-mx-host': {
    source:
      'VIPRE Email Security, Email Rejection Reasons (vipre.freshdesk.com solution 1000290396): "Your domain is not configured to use this MX host." (sending to the inbound MX for a domain not on the system)',
    examples: [
      {
        line: '550 Your domain is not configured to use this MX host.',
        source: 'VIPRE Email Rejection Reasons',
      },
    ],
  },
  'alibaba.too-frequently-sending': {
    source:
      'Alibaba Cloud FAQ 109009 (alibabacloud.com/help/faq-detail/109009.htm), "Sending mail using Alibaba Mail failed": "554 Reject by behaviour spamANTISPAM_BAT[...]: too frequently sending"; cause: "The sender\'s sending frequency or number exceeds the limitation of Alibaba Mail" (per minute, hour and day)',
    examples: [
      {
        line: '554 Reject by behaviour spam at Rcpt State(Connection IP address:192.0.2.9)ANTISPAM_BAT[01201311R1568S45301, a0330021]: too frequently sending',
        source: 'Alibaba Cloud FAQ 109009',
      },
      {
        line: '454 Transient reject by behaviour spamANTISPAM_BAT[01201311R1468S45301, a0330021]: too frequently sending',
        source: 'Alibaba Cloud FAQ 109009',
      },
    ],
  },
  'forpsi.sender-blacklisted': {
    source:
      'Forpsi knowledge base, support.konto.pl/kb/a2871 (mxavas.forpsi.com): "550 5.1.1 <xxx> sender is blacklisted": the recipient has set a black list for the mailbox and the sender matches one of its records',
    examples: [
      {
        line: 'host mxavas.forpsi.com[192.0.2.180]: 550 5.1.1 <orders@example.com> sender is blacklisted',
        status: '5.1.1',
        source: 'support.konto.pl/kb/a2871 (the reply as Exim quotes it from the Forpsi MX)',
      },
    ],
  },
  'interia.recipient-blocked-sender': {
    source:
      'Interia Poczta help, Dlaczego wiadomość nie została dostarczona? (pomoc.poczta.interia.pl, nId 6589600): "550 5.7.1 Recipient doesn\'t want your mail": the account has probably added the sender to its blocked list',
    examples: [
      {
        line: "550 5.7.1 Recipient doesn't want your mail",
        status: '5.7.1',
        source: 'pomoc.poczta.interia.pl/news-dlaczego-wiadomosc-nie-zostala-dostarczona,nId,6589600',
      },
    ],
  },
  'aruba.bad-chars-recipient': {
    source:
      'Aruba hosting guide, Risoluzione errori comuni (guide.hosting.aruba.it/email/risoluzione-errori-comuni-e-consigli/risoluzione-errori-comuni.aspx): "L\'errore 5.5.2 bad chars in command indica che tra gli indirizzi email destinatari ci son[o]" invalid characters',
    examples: [
      {
        line: '501 5.5.2 bad chars in command (in reply to RCPT TO command)',
        status: '5.5.2',
        command: 'RCPT',
        source: 'guide.hosting.aruba.it (the reply as Postfix quotes it at RCPT)',
      },
    ],
  },
  'forpsi.policy-violation': {
    source:
      'Forpsi knowledge base, support.konto.pl/kb/a2765 "Błąd policy violation": "550 5.1.0 <id> policy violation, see https://support.forpsi.com/kb/a4081" (over 100 e-mails an hour from the public IP, over half undeliverable: SMTP access to smtp.forpsi.com blocked for 60 minutes)',
    examples: [
      {
        line: '550 5.1.0 cNkj1y0022zrrQM01NkjaD policy violation, see https://support.forpsi.com/kb/a4081',
        status: '5.1.0',
        source: 'support.konto.pl/kb/a2765',
      },
    ],
  },
  'directmail.invalid-address-lists': {
    source:
      'Alibaba Cloud DirectMail, "常见退信代码及处理方法" (help.aliyun.com/document_detail/44499.html): "559 Invalid rcptto" (命中无效地址库: the address is on the invalid-address list), "561 Honeypot rcptto [@out060104]" (命中蜜罐邮箱: a honeypot address)',
    examples: [
      {
        line: '559 Invalid rcptto (smtpdm.aliyun.com)',
        source: 'help.aliyun.com/document_detail/44499.html',
      },
      {
        line: '561 Honeypot rcptto [@out060104] (smtpdm.aliyun.com)',
        source: 'help.aliyun.com/document_detail/44499.html',
      },
    ],
  },
  'spectrum.inbound-blocked': {
    source:
      'community.spectrum.net discussion 172891 (a bounce from mx0.charter.net "554 impin004.msg.chrl.nc.charter.net cmsmtp blocked ... AUP#In-1020"; Spectrum\'s verified moderator: "AUP #1020 means there is a block on the email address due to suspicious activity. It is not an IP blacklist, it is likely a result of recipients marking the emails as spam"); Email Geeks as quoted by suped.com: "554 dnvrco-cmimta15 esmtp ESMTP server not available AUP#I-1010" (the sending IP blocked)',
    examples: [
      {
        line: '554 impin004.msg.chrl.nc.charter.net cmsmtp blocked. Please see for more information. AUP#In-1020',
        source: 'community.spectrum.net discussion 172891',
      },
      {
        line: '554 dnvrco-cmimta15 esmtp ESMTP server not available AUP#I-1010 (mx0.charter.net)',
        source: 'suped.com, Charter/TWC troubleshooting (Email Geeks)',
      },
    ],
  },
  'bt.no-destination-groups': {
    source:
      'BT Help, "BT Email Error 550 - what it means and how to fix it" (bt.com/help/email/.../bt-email-problems--error-code-0x800ccc79--error-550-): "If you\'re trying to send an email from an invalid email address, you\'ll get ... 550 Recipient Not Authorised [recipient rejected due to no authorised destination groups]" (check the address sent from; a new address takes up to a day to activate)',
    examples: [
      {
        line: '550 Recipient Not Authorised [recipient rejected due to no authorised destination groups]',
        source: 'BT Help, BT Email Error 550',
      },
    ],
  },
  'policyd.sender-quota': {
    source:
      "PolicyD v2 (cluebringer) cbp/modules/Quotas.pm: over a quota's limit its verdict data or, when none is set, 'Policy rejection; Message count quota exceeded' / 'Policy rejection; Cumulative message size quota exceeded' (verdict defer or reject); hosting providers quoting it: DreamHost help, SMTP quota overview (help.dreamhost.com/hc/en-us/articles/215730467: 'Policy Rejection- Quota Exceeded', the account's hourly recipient quota), AwardSpace KB, Message count quota exceeded (awardspace.com/kb/message-count-quota-exceeded: the plan's limits on messages sent per hour and day), aditsystems wiki, message_count_quota (kunden.aditsystems.de/wiki/email/message_count_quota: hourly limits per sender, mail held back temporarily)",
    examples: [
      { line: 'Policy rejection; Message count quota exceeded', source: 'cluebringer cbp/modules/Quotas.pm' },
      {
        line: 'Policy rejection; Cumulative message size quota exceeded',
        source: 'cluebringer cbp/modules/Quotas.pm',
      },
      { line: 'Policy Rejection- Quota Exceeded', source: 'DreamHost help, SMTP quota overview' },
      { line: 'message count quota exceeded', source: 'aditsystems wiki, message_count_quota' },
    ],
  },
  'prolateral.outmail-quota': {
    source:
      'Prolateral knowledge base, What does SMTP 554 5.7.1 mean? (support.prolateral.com, Knowledgebase article 187): the outMail smarthost account has used its quota; a permanent error, no retry',
    examples: [
      {
        line: '554 5.7.1 <email@example.com>: Recipient address rejected: You have exceeded your Outmail quota.',
        status: '5.7.1',
        source: 'Prolateral knowledge base 187',
      },
    ],
  },
  'isp.heavy-usage': {
    source:
      'telserco.com hosting notice, Throttling Sending (telserco.com/hosting-notices/throttling-sending/): over the mail server\'s throttling thresholds the client gets "Your IP address has been restricted due to heavy usage." (the notice: enable SMTP authentication to send)',
    examples: [
      {
        line: 'Your IP address has been restricted due to heavy usage.',
        source: 'telserco.com hosting notice, Throttling Sending',
      },
    ],
  },
};
