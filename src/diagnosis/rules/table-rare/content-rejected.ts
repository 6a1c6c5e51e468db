// content-rejected: the phrases of its rows (table/content-rejected.ts) that few bounces have, and its rows all of
// whose phrases are such, loaded on demand (rare-phrases.ts says when). Sources and examples are
// in provenance.ts, by row id.
import { rareRows, type RarePhraseMap } from '../rare-phrases';

export const CONTENT_REJECTED_RARE: RarePhraseMap = {
  'text.ses-content': ['bouncesubtype: contentrejected', 'bouncesubtype: attachmentrejected'],
  'text.virus': [
    // qpsmtpd plugins/virus/uvscan: "We do not accept password-protected zip files!"
    'password-protected zip',
    'malware',
    'infected',
    'malicious',
    'trojan',
    'worm',
    'dangerous attachment',
    'prohibited attachment',
    'forbidden attachment',
    'forbidden filetype',
    'dangerous macro',
    // Exchange Server's Edge Attachment Filter agent, its default reject response ("Message
    // rejected due to unacceptable attachments", antispam-protection/attachment-filtering.md)
    'unacceptable attachment',
    'executable',
    'fraud',
    // rspamd lualib/lua_scanners/oletools.lua: '${SCANNER}: Oletools threat message found: "${VIRUS}"'
    'oletools threat',
    // rspamd lualib/lua_scanners/icap.lua: '${SCANNER}: threat found with icap scanner: "${VIRUS}"'
    'threat found with icap scanner',
    // rspamd src/plugins/lua/multimap.lua: a prefilter map with action "reject" and no message replies
    // 'Matched map: ' .. symbol; NethServer's attachment-extension map (NethServer/dev#5811)
    'matched map: forbidden_file_extension',
    // Postfix header_checks(5), its body_checks example: "REJECT IFRAME vulnerability exploit"
    'exploit',
    // clamav-milter clamfi.c action_reject_msg: "550 5.7.1 <RejectMsg>", the message set as "Rejecting
    // harmful e-mail: %v found." (%v the ClamAV signature name, which says nothing by itself)
    'harmful e-mail',
    'harmful email',
  ],
  'text.spam-content': [
    // simscan's regex check over the message: "Your email was rejected because it matches a filter (%s)"
    'matches a filter',
    'junk mail',
    'contentfilter',
    'prohibited content',
    'score too high',
    'surbl',
    'content checker found banned',
    'matched a header rule',
    // rspamd src/libmime/message.c: a GTUBE test string in the text rejects with "Gtube pattern"
    'gtube',
  ],
  'james.spam-and-uri-rbl': ['reach the spam hits treshold', 'rejected due to high spam score'],
  'amavis.banned-unchecked': ['- unchecked', '- spammy'],
  'mxlogic.denied-content': ['containing vba macros'],
  'sisimai.spamdetected': [
    'reject bulk.advertising',
    "you're using a mass mailer",
    'spamassassin score',
    'recurrent pattern detection system',
    'rejected because of unacceptable content',
  ],
  'parsers.content-rejected': [
    'failed several antispam checks',
    'odrzucona przez system antyspamowy',
    'spamtext',
  ],
  'bounceparser.content-rejected': [
    'blocked by spamassassin',
    'appears to be unsolicited',
    'blocked using spam pattern',
    'local uribl policy',
    'using a mass mailer',
    'mcspamsignature',
    'spamprofiler',
  ],
  'strato.b-codes': ['b-score'],
};

// Rows every phrase of which is rare: each ships whole here, after the row it follows in
// table/content-rejected.ts.
export const CONTENT_REJECTED_RARE_ROWS = rareRows('content-rejected', [
  {
    // Cox: a URL in the message's body is on SURBL, Spamhaus DBL or ivmURI
    id: 'cox.url-listed',
    after: 'sisimai.spamdetected',
    tier: 'provider',
    phrases: ['urlbl011', 'urlbl101', 'urlbl110', 'urlbl1001'],
    hosts: ['cox.net'],
  },
  {
    // GoDaddy: the message was judged spam, or carries a virus
    id: 'godaddy.content',
    after: 'cox.url-listed',
    tier: 'provider',
    phrases: ['ib212', 'ib705'],
    hosts: ['secureserver.net'],
  },
  {
    id: 'gandi.policy-rules',
    after: 'hmailserver.attachment-blocked',
    tier: 'provider',
    also: ['reject for policy reason'],
    phrases: ['rule1_1', 'rule2_1', 'rule2_2', 'rule3_1', 'rule3_2'],
  },
  // PowerMTA's own category of the reply (X-PowerMTA-BounceCategory, format-helpers/delivery-status.ts):
  // below the server's specific words, above a bare registry code.
  {
    id: 'powermta.content-related',
    after: 'sisimai5.spam-filter',
    tier: 'code',
    phrases: [
      'powermta bounce category: spam-related',
      'powermta bounce category: virus-related',
      'powermta bounce category: content-related',
    ],
  },
  {
    id: 'haraka.spam-signature',
    after: 'james.uri-rbl',
    tier: 'fixed',
    phrases: ['mail matches a known spam signature', 'credential leak detected'],
  },
  {
    id: 'haraka.attachment',
    after: 'haraka.spam-signature',
    tier: 'fixed',
    phrases: [
      'message contains encrypted archive',
      'message contains disallowed file extension',
      'message contains unacceptable content type',
      'message contains unacceptable attachment',
      // archive_max_depth: archives inside archives deeper than the receiving server unpacks
      'message contains nested archives exceeding the maximum depth',
    ],
    // haraka-plugin-attachment: a file type, extension or archive the receiving server refuses
  },
  {
    // a filter's spam score over its threshold
    id: 'sisimai5.mail-score',
    after: 'sisimai5.spam-filter',
    tier: 'words',
    also: ['over'],
    phrases: ['mail score'],
  },
  {
    id: 'sohu.rejects',
    after: 'strato.b-codes',
    tier: 'fixed',
    phrases: ['content rejct'],
  },
  {
    id: 'gateway.restricted-attachment',
    after: 'rackspace.blocked-file',
    tier: 'fixed',
    phrases: ['restricted attachment'],
  },
  {
    // The alias service's user's own mailbox refused the forwarded message as spam: its owner lets it in
    id: 'simplelogin.mailbox-refused-as-spam',
    after: 'ezmlm.mime-type',
    tier: 'fixed',
    owner: 'recipient',
    phrases: ['your mailbox service thinks the email is a spam'],
  },
  {
    // Hosting panels' own content refusals (HestiaCP's Exim "Blacklisted file extension detected",
    // NethServer's rspamd "Rejected suspicious office document macro"): a fixed row, so the words
    // "blacklisted" and "rejected" do not read them as a block list or a policy
    id: 'panels.content-acl',
    after: 'barracuda.ess-recipient-verdict',
    tier: 'fixed',
    phrases: [
      'blacklisted file extension',
      'office document macro',
      // Exim's specification (regex condition): "contains blacklisted regex ($regex_match_string)"
      'blacklisted regex',
      // courier-pythonfilter filters/attachments.py: "554 The extension of the attached file is blacklisted"
      'extension of the attached file',
    ],
  },
]);
