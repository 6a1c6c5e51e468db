// message-too-large: the phrases of its rows (table/message-too-large.ts) that few bounces have, and its rows all of
// whose phrases are such, loaded on demand (rare-phrases.ts says when). Sources and examples are
// in provenance.ts, by row id.
import { rareRows, type RarePhraseMap } from '../rare-phrases';

export const MESSAGE_TOO_LARGE_RARE: RarePhraseMap = {
  'exchange.resolver-rst-size-limit': ['resolver.rst.sendsizelimit'],
  'text.message-too-large': [
    'number of attachments is achieved',
    'please trim it to less than',
    // Sympa's "its size (%1 kB) was over the maximum size (%2 kB) allowed on this list" in its
    // German and Russian (po/sympa/de.po, ru.po)
    'maximal erlaubte größe',
    'превысил максимальный размер',
  ],
  'zammad.email-oversized': [
    'wir akzeptieren jedoch nur e-mails mit einer größe',
    'message trop volumineux',
    'mensaje demasiado grande',
    'bericht te groot',
    'messaggio troppo grande',
  ],
};

// Rows every phrase of which is rare: each ships whole here, after the row it follows in
// table/message-too-large.ts.
export const MESSAGE_TOO_LARGE_RARE_ROWS = rareRows('message-too-large', [
  {
    // Spectrum: over its 20 MB message size
    id: 'spectrum.size',
    after: 'sisimai.exceedlimit',
    tier: 'provider',
    phrases: ['1530'],
    also: ['aup#'],
    hosts: ['charter.net', 'spectrum.net', 'rr.com', 'twc.com'],
  },
  {
    id: 'text.ses-too-large',
    after: 'exim.moan-too-big',
    tier: 'fixed',
    phrases: ['bouncesubtype: messagetoolarge'],
  },
  {
    id: 'text.orange-too-large',
    after: 'text.ses-too-large',
    tier: 'fixed',
    phrases: ['taille limite du message atteinte'],
  },
  {
    id: 'cn-host.too-large',
    after: 'courier.523-message-length',
    tier: 'fixed',
    // gromox data/mail_bounce/big5/BOUNCE_MAIL_TOO_LARGE writes the traditional "投遞失敗，郵件過大"
    phrases: ['exceeded mailsize limit', '邮件过大', '郵件過大'],
  },
  {
    id: 'sophos.xgemail-size',
    after: 'cn-mta.attachment-too-long',
    tier: 'provider',
    phrases: ['xgemail_0012'],
  },
  {
    // iRedAPD's size limit, worded without the s
    id: 'iredapd.message-size',
    after: 'text.line-limit-exceeded',
    tier: 'fixed',
    phrases: ['maybe caused by big attachment file'],
  },
  {
    id: 'exim.header-limits',
    after: 'james.size-and-mappings',
    tier: 'fixed',
    phrases: ['header is ridiculously long'],
  },
  {
    id: 'mailman.too-big-localized',
    after: 'exim.header-limits',
    tier: 'fixed',
    phrases: [
      'nachricht war zu umfangreich',
      'la taille de votre message était trop importante',
      'su mensaje es demasiado grande',
      'il tuo messaggio era troppo grande',
      'メールが長すぎます',
    ],
  },
]);
