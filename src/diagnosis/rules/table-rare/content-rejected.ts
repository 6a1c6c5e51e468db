// content-rejected: the phrases of its rows (table/content-rejected.ts) that few bounces have, loaded on demand
// (rare-phrases.ts says when). Sources and examples are in provenance.ts, by row id.
import type { RarePhrases } from '../rare-phrases';

export const CONTENT_REJECTED_RARE: RarePhrases = {
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
  ],
  'text.spam-content': [
    'junk mail',
    'contentfilter',
    'prohibited content',
    'score too high',
    'surbl',
    'content checker found banned',
    'file extension was explicitly disallowed',
    'file extension was not explicitly allowed',
    'matched a header rule',
  ],
  'james.spam-and-uri-rbl': ['reach the spam hits treshold', 'rejected due to high spam score'],
  'haraka.spam-signature': ['mail matches a known spam signature', 'credential leak detected'],
  'haraka.attachment': [
    'message contains encrypted archive',
    'message contains disallowed file extension',
    'message contains unacceptable content type',
    'message contains unacceptable attachment',
  ],
  'amavis.banned-unchecked': ['- unchecked', '- spammy'],
  'mxlogic.denied-content': ['containing vba macros'],
  'panels.content-acl': ['blacklisted file extension', 'office document macro'],
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
  'sisimai5.mail-score': ['mail score'],
  'strato.b-codes': ['b-score'],
  'sohu.rejects': ['content rejct'],
  'gateway.restricted-attachment': ['restricted attachment'],
  'simplelogin.mailbox-refused-as-spam': ['your mailbox service thinks the email is a spam'],
};
