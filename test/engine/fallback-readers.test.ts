// A bounce whose format no recognizer claims falls to the RFC 3464 and generic text readers (and
// the fallback readings). These fixtures have recognizers of their own; read here with that
// recognizer taken out of the registry, they stand for the unfamiliar formats of the same shape:
// the reason above the address (GroupWise), the recipients named by their local part alone (GWIA), the reason with no address near it (CompuServe), the
// original's header fields quoted under "Your message" (Exchange 2003), a DSN without
// Diagnostic-Code beside a text that quotes each reply (OpenSMTPD); an SMTP session transcript
// whose accepted replies come before the failed one (Postfix's postmaster notice, MDaemon's
// session log, where the reply is many lines below the address); the lines under an address that
// name where it came from (Exim's "(ultimately generated from", sendmail's "(expanded from:") and
// the sender above it ("A message sent by"); a notice sent to the address that failed (qmail);
// an address written with its type ("SMTP=bob@...", Exchange 5.5); a Diagnostic-Code holding the
// first line of a multi-line reply (sendmail); a transcript's reply above the summary line that
// names the address, and a reason stated in the subject alone (sendmail); the addresses of
// X-Failed-Recipients, not a contact named in a reply (Exim, qmail). `npm run eval:unseen`
// measures the same on the shared corpus.
import fs from 'node:fs';
import path from 'node:path';
import { diagnose } from '../../src/diagnosis';
import type { BounceFormat, FormatId } from '../../src/diagnosis/formats/format';
import { FORMATS } from '../../src/diagnosis/formats/index';
import type { Category } from '../../src/diagnosis/types';
import { registryEngine } from './unseen-measure';

const FIXTURES = path.join(__dirname, '../fixtures');

// The registry is read-only for the engine; a test may narrow it for one call.
const engine = registryEngine((bytes) => diagnose(bytes), FORMATS as BounceFormat[]);

/** The diagnosis with one recognizer out of the registry (put back afterwards). */
function without(name: FormatId, bytes: Buffer) {
  return engine.withRecognizers(
    (f) => f.name !== name,
    () => diagnose(bytes),
  );
}

const CASES: [file: string, own: FormatId, expected: [address: string, category: Category][]][] = [
  ['groupwise/user-not-found.eml', 'groupwise', [['hsinger@gw.example.com', 'recipient-unknown']]],
  ['groupwise/host-not-found.eml', 'groupwise', [['ola@old-branch.example.net', 'recipient-domain-invalid']]],
  // GWIA names each recipient by its local part alone ("mbathal (User not on post office)"), signs
  // with its gateway's name, not a daemon's: the empty Return-Path and the original's To decide.
  [
    'variants/groupwise/01-gwia-information-about-your-message.eml',
    'groupwise',
    [
      ['mbathal@gw.example.com', 'recipient-unknown'],
      ['jkoval@gw.example.com', 'recipient-unknown'],
    ],
  ],
  ['compuserve/receiver-not-found.eml', 'compuserve', [['tmorrow@compuserve.com', 'recipient-unknown']]],
  // Exim's own refusal (moan.c) names no recipient: the returned headers' To and Cc, each with the
  // notice's one reason (its copy heading "This is a copy of the headers that were received" is not)
  [
    'variants/exim/22-too-many-recipients.eml',
    'exim',
    [
      ['yann@example.net', 'rate-limited'],
      ['zoe@example.org', 'rate-limited'],
    ],
  ],
  ['variants/exim/08-message-too-big.eml', 'exim', [['ivy@example.net', 'message-too-large']]],
  ['parser-families/flufl/gomaps-did-not-reach.eml', 'exchange', [['bob@example.org', 'recipient-unknown']]],
  // The DSN says only "Status: 5.0.0"; the text gives each address its server's reply.
  [
    'live-mta/opensmtpd/sink-multi.eml',
    'opensmtpd',
    [
      ['r550-511@sink.example.net', 'recipient-unknown'],
      ['r552-422@sink.example.net', 'mailbox-full'],
    ],
  ],
  ['postfix/postmaster-notice.eml', 'postfix', [['frank@example.com', 'recipient-system']]],
  ['mdaemon/session-transcript.eml', 'mdaemon', [['uma@remote.example', 'recipient-unknown']]],
  ['exim/redirected-errors-to.eml', 'exim', [['sam@new.example.net', 'expired']]],
  ['exim/pipe-generated.eml', 'exim', [['rosa@example.com', 'recipient-system']]],
  [
    'parser-families/flufl/sendmail-expanded-from.eml',
    'sendmail',
    [['bob@example.org', 'recipient-unknown']],
  ],
  ['parser-families/flufl/exchange-msexch-smtp.eml', 'exchange', [['bob@example.org', 'recipient-unknown']]],
  ['qmail/to-failed-address.eml', 'qmail', [['kim@example.net', 'mailbox-full']]],
  // the reply paragraphs below the address (Microsoft 365's administrators' section), or after
  // DATA, where it names no address: the notice's one recipient takes it
  ['exchange/571-unable-to-relay.eml', 'exchange', [['morgan@relecloud.example', 'relay-denied']]],
  ['exchange/m365-modern.eml', 'exchange', [['lee.park@northwind.example', 'recipient-unknown']]],
  ['mdaemon/data-refused.eml', 'mdaemon', [['vic@remote.example', 'message-too-large']]],
  // a DSN that kept the first line of a multi-line reply, the rest in the transcript
  ['sendmail/gmail-multiline-reply.eml', 'sendmail', [['pat@gmail.example', 'auth-failed']]],
  // Exim's copy of the returned headers starts with "To:" (moan.c copies them as received)
  ['live-mta/exim/size-limit.eml', 'exim', [['ok@sink.example.net', 'message-too-large']]],
  // the DSN's Diagnostic-Code names no SMTP step; the text's "(in reply to MAIL FROM command)" does,
  // and a bare 550 at MAIL FROM is about the sending side
  [
    'variants/gateways7/25-postfix-spamexperts-sending-server-invalid-greeting.eml',
    'postfix',
    [['nora@example.org', 'sender-infrastructure']],
  ],
  // the notice's one reason under a label ("Error message below:", "Could not be delivered because
  // of"), its recipients listed apart
  [
    'variants/apachejames/01-bounce-two-recipients.eml',
    'apachejames',
    [
      ['omar@example.org', 'recipient-unknown'],
      ['pia@example.org', 'recipient-unknown'],
    ],
  ],
  [
    'variants/mailmarshalsmtp/01-mime-two-recipients-relay.eml',
    'mailmarshal',
    [
      ['paula@example.net', 'relay-denied'],
      ['rafael@example.net', 'relay-denied'],
    ],
  ],
  // sendmail's "david.c@example.net...User account is overquota" quoted by qmail: not an address
  // "david.c@example.net...user"
  [
    'variants/rcpt-west/16-qmail-earthlink-overquota-and-worldnet-addressee-unknown.eml',
    'qmail',
    [
      ['david.c@example.net', 'mailbox-full'],
      ['dave.cast@example.org', 'recipient-unknown'],
    ],
  ],
  // RFC 5321's "Requested action not taken" in the reply James quotes under "Error message below:"
  // is the notice's failure wording: from "post_master" with a "Re:" subject, it has no other
  [
    'variants/apachejames/06-bounce-custom-message-re-subject.eml',
    'apachejames',
    [['leo@example.net', 'recipient-unknown']],
  ],
  // MIMEDefang's "Message-Id : <...>" (a space before the colon) is the original's field
  [
    'variants/virus-notices/01-mimedefang-virus-discarded.eml',
    'mimedefang',
    [['bob@example.org', 'content-rejected']],
  ],
  // sendmail's transcript: the remote's "<<< " reply and the ">>> " command above sendmail's own
  // one-line summary ("554 <carl@...>... Service unavailable") are the recipient's words
  ['variants/v5sendmail/02-data-rejected.eml', 'sendmail', [['carl@example.jp', 'content-rejected']]],
  [
    'variants/v5sendmail/03-mail-from-rejected.eml',
    'sendmail',
    [['dina@example.net', 'sender-infrastructure']],
  ],
  // sendmail states the give-up in its subject alone ("Returned mail: Cannot send message for 3
  // days"); the report names no address, so the returned message's To takes it
  ['variants/v5sendmail/01-cannot-send-3-days.eml', 'sendmail', [['bob@example.org', 'expired']]],
  // Exim's "after MAIL FROM:<alice@...> SIZE=2188" is no "mail size" once the address is out, and
  // VIPRE's "required to send via an encrypted SMTP session" is the sending side's TLS
  [
    'variants/gateways7/35-exim-vipre-sender-domain-required-encrypted-session.eml',
    'exim',
    [['yara@example.net', 'sender-infrastructure']],
  ],
  // a DSN without Diagnostic-Code beside Exim's layout: the address alone on its line, its reason
  // indented under it with no server code (cPanel's hourly limit)
  [
    'variants/hosting-panels/22-exim-cpanel-max-emails-per-hour-message-discarded.eml',
    'exim',
    [
      ['xena@example.net', 'rate-limited'],
      ['yusuf@example.org', 'rate-limited'],
    ],
  ],
  // a reply that pastes Exchange's notice above its quoted thread: the address named again beside
  // "Remote Server returned '552 5.2.2 ...'" further down is the failed one
  [
    'variants/lookalikes4/22-reply-with-exchange-ndr-pasted-see-below-why.eml',
    'exchange',
    [['purchasing@example.org', 'mailbox-full']],
  ],
  // Exchange 2003's "larger than the current system limit or the recipient's mailbox is full" with
  // a size status (5.2.3) in the DSN is the size
  [
    'variants/exchange2003/04-size-limit-two-recipients.eml',
    'exchange',
    [
      ['gina@example.net', 'message-too-large'],
      ['hugo@example.net', 'message-too-large'],
    ],
  ],
  // X-Failed-Recipients names the two that failed; the address in the server's reply ("forward
  // this email to abuse_rbl@...") is a contact, and its line is the listed recipient's words
  [
    'variants/isp-kb/01-exim-att-553-dnsbl-attrbl-521-is-blocked.eml',
    'exim',
    [
      ['tina.s@sbcglobal.example', 'reputation-block'],
      ['steve.t@bellsouth.example', 'reputation-block'],
    ],
  ],
  // an address inside the reply, after its words, is whom to write to, not a second recipient
  [
    'variants/isp5/12-qmail-earthlink-550-dynamic-zombied-spam-ips-blocked.eml',
    'qmail',
    [['hal.p@example.net', 'reputation-block']],
  ],
  // ezmlm's refusal under the list's bare address names the owner to write to in its first sentence
  [
    'variants/lists2/15-ezmlm-checksub-only-subscribers-qmail.eml',
    'qmail',
    [['quilters@lists.example.org', 'recipient-policy']],
  ],
];

describe('without their own recognizer', () => {
  test.each(CASES)('%s', (file, own, expected) => {
    const bytes = fs.readFileSync(path.join(FIXTURES, file));
    expect(diagnose(bytes).format).toBe(own);
    const d = without(own, bytes);
    expect(d.format).not.toBe(own);
    expect(d.recipients.map((r) => [r.address, r.category])).toEqual(expected);
  });
});
