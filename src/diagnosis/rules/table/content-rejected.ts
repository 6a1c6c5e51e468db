// content-rejected: spam verdict, malware, blocked attachment (../shared/TAXONOMY.md). Every phrase and code of the category, by tier.
import { inCategory, type Rule } from '../rule';

export const CONTENT_REJECTED: readonly Rule[] = inCategory('content-rejected', [
  {
    id: 'exo.5.0.350-nested-attachments',
    tier: 'provider',
    status: ['5.0.350'],
    phrases: ['as345', 'policy violation detected'],
  },
  {
    id: 'exchange.5.2.1-content-filter-quarantine',
    tier: 'provider',
    owner: 'recipient-admin',
    status: ['5.2.1'],
    phrases: ['content filter agent'],
    // held in the receiving organization's quarantine, not dropped: its admin reviews and releases it (Microsoft)
  },
  {
    id: 'yahoo.ph01-content',
    tier: 'provider',
    phrases: ['[ph01]'],
  },
  {
    id: 'text.ses-content',
    tier: 'fixed',
    phrases: ['amazon ses rejected the message'],
  },
  {
    id: 'text.google-groups-spam',
    tier: 'fixed',
    phrases: ['rejected due to spam classification'],
  },
  {
    id: 'text.gmail-content-security',
    tier: 'fixed',
    phrases: ['content presents a potential security issue', 'nature of the content or the links'],
  },
  {
    id: 'text.gateway-bulk-content',
    tier: 'fixed',
    phrases: ['bulk email filter', 'suspect content', 'having a domain present in the spamhaus dbl'],
    // the content (or a URL in it) was judged, not the sending IP
  },
  {
    id: 'text.orange-mail-rejected',
    tier: 'fixed',
    phrases: ['mail rejete. mail rejected'],
  },
  {
    id: 'text.mimecast-security',
    tier: 'fixed',
    phrases: ['email rejected due to security policies'],
  },
  // --- content
  {
    id: 'text.virus',
    tier: 'words',
    phrases: [
      'virus',
      'phishing',
      'blocked attachment',
      'attachment type',
      'file type',
      'banned content',
      // Postfix header_checks(5) example: 'REJECT Attachment name "$2" may not end with ".$4"'
      'attachment name',
      // simscan's attachment check: "Your email was rejected because it contains a bad attachment: %s"
      'bad attachment',
    ],
  },
  {
    // A file's extension: "blacklisted file extension" is about an attachment, not a DNS block list,
    // so it comes before text.blocklist's "blacklist".
    id: 'text.file-extension',
    tier: 'words',
    before: ['text.blocklist'],
    phrases: ['file extension'],
  },
  {
    id: 'text.spam-content',
    tier: 'words',
    phrases: [
      'spam',
      'content rejected',
      'message content rejected',
      'content filter',
      'rejected as bulk',

      'our system has detected that this message is',
      'likely unsolicited',
      'blocked because it contains',
      'bad content',
      'url in this message',
      // AOL's postmaster error pages (postmaster.info.aol.com/errors/): a domain in the message draws complaints
      'hvu:b1',
      'rejected by content',
      'content policy',
      'does not meet our delivery requirements',

      'message filtered',
      'refusing to deliver quarantined',
      'filter rule match',
      'had a suspicious header',
      // Exim's specification "HTML mail is not accepted here", milter-regex(8) "HTML mail not accepted"
      'html mail',
      'bulk e-mail filter',
      // rspamd's dcc, pyzor and spamassassin scanners (lualib/lua_scanners): '${SCANNER}: bulk message found'
      'bulk message found',
      'message looks suspicious',
      // Synchronet mailsrvr.cpp "554 Subject not allowed." (its subject.can list)
      'subject not allowed',
      // spamass-milter.cpp's rejecttext "Blocked by SpamAssassin" (a token of its own, not "spam")
      'spamassassin',
    ],
  },
  {
    id: 'broad.spam',
    tier: 'broad',
    phrases: ['filtered'],
  },
  {
    id: 'netease.content',
    tier: 'provider',
    phrases: ['dt:spm', 'mail content denied', 'illegal attachment'],
  },
  // --- MTA families from source code, third pass (issue 9): Apache James
  {
    id: 'james.spam-and-uri-rbl',
    tier: 'fixed',
    phrases: ['rejected message contains domain'],
    // James URIRBLHandler as it reads today, SpamAssassinHandler ("treshold" as written) and RspamdScanner
  },
  // --- by MTA family (issue 9, second pass)
  {
    id: 'james.uri-rbl',
    tier: 'fixed',
    phrases: ['rejected: message contains domain'],
    // Apache James URIRBLHandler: a link in the body names a domain on a URI blocklist
  },
  // --- Exchange Server's content filter (issue 9, rules4)
  {
    id: 'exchange.content-filter-rejection',
    tier: 'fixed',
    phrases: ['message rejected due to content restrictions'],
  },
  // --- amavisd-new (amavisd: %smtp_reason_by_ccat, "554 5.7.0 Reject, id=... - BANNED: ...")
  {
    id: 'amavis.banned-unchecked',
    tier: 'fixed',
    phrases: ['- banned:'],
    // a banned file name or type, contents it could not scan (encrypted, over limits), a spam score
  },
  // --- McAfee MX Logic and Symantec.cloud relays of remote content refusals (Broadcom KB 162445)
  {
    id: 'mxlogic.denied-content',
    tier: 'fixed',
    // "(Mode: normal)" ends every MX Logic reply, its refusals of unknown users too ("553 Invalid
    // recipient ... (Mode: normal)", sisimai Lhost/Bigfoot.pm): only "Denied" before it is content
    phrases: ['denied (mode: normal)', 'denied [cs]'],
  },
  {
    // sisimai's reason list: content filters naming their verdict.
    id: 'sisimai.spamdetected',
    tier: 'fixed',
    phrases: ['content presents a potential'],
  },
  {
    // Facebook: an attachment type it refuses, a virus, or a URL it blocks
    id: 'facebook.content',
    tier: 'provider',
    phrases: ['msg-p2', 'pol-p5', 'pol-p6'],
    hosts: ['facebook.com'],
  },
  {
    id: 'parsers.content-rejected',
    tier: 'fixed',
    phrases: [
      // KumoMTA's community bounce rules: "550 A URL in this email (<domain>) is listed on
      // https://spamrl.com", a link in the content, not the sending IP; "REJECTED - spamtext"
      'a url in this email',
      // IMail (go-sisimai lhost/via-imailserver.go messagesof spamdetected): "Blacklisted URL in
      // message", a SURBL hit on a link in the body
      'blacklisted url in message',
    ],
  },
  {
    id: 'bounceparser.content-rejected',
    tier: 'fixed',
    phrases: ['content filter block'],
    // content filters' verdicts; "blocked using" alone is a DNS block list
  },
  {
    // a content filter's verdict (sisimai: spamdetected)
    id: 'sisimai5.spam-filter',
    tier: 'fixed',
    phrases: ['rejected - bulk email', 'has been temporarily blocked by our filter'],
  },
  // MailChannels, the outbound filter many hosting providers send through: the message matched a
  // spam signature or its content scan ("[SS]", "[CS] Message blocked"); inbound, a forbidden
  // attachment type ("[IB_FEB]")
  {
    id: 'mailchannels.spam-signature',
    tier: 'provider',
    phrases: ['[ss]', '[cs] message blocked', '[ib_feb]'],
    hosts: ['mailchannels.net'],
  },
  { id: 'strato.b-codes', tier: 'provider', hosts: ['strato'], phrases: ['b-url', 'b-text', 'b-attach'] },
  // Posteo refuses what its spam filter scores as spam while accepting the message (posteo.de/hilfe);
  // its MX's milter gives Postfix's default words for that (milter8.c "550 5.7.1 Command rejected")
  {
    id: 'posteo.milter-reject',
    tier: 'provider',
    status: ['5.7.1'],
    stages: ['DATA'],
    hosts: ['posteo.de'],
    phrases: ['command rejected'],
  },
  { id: 'hornetsecurity.attachment', tier: 'fixed', phrases: ['rejected content attachment'] },
  {
    id: 'hmailserver.attachment-blocked',
    tier: 'fixed',
    phrases: ['was blocked for delivery by the e-mail server'],
  },
  { id: 'rackspace.blocked-file', tier: 'fixed', phrases: ['[blocked file]'] },
  { id: 'ezmlm.mime-type', tier: 'fixed', phrases: ["don't accept messages of mime content-type"] },
  // Barracuda Email Security Service names each refused recipient with its filter's verdict: "550
  // permanent failure for one or more recipients (<address>:quarantined)"; the generic words before
  // it are not the reason
  { id: 'barracuda.ess-recipient-verdict', tier: 'fixed', phrases: [':quarantined)'] },
]);
