// message-too-large: the phrases of its rows (table/message-too-large.ts) that few bounces have, loaded on demand
// (rare-phrases.ts says when). Sources and examples are in provenance.ts, by row id.
import type { RarePhrases } from '../rare-phrases';

export const MESSAGE_TOO_LARGE_RARE: RarePhrases = {
  'exchange.resolver-rst-size-limit': ['resolver.rst.sendsizelimit'],
  'text.ses-too-large': ['bouncesubtype: messagetoolarge'],
  'text.orange-too-large': ['taille limite du message atteinte'],
  'text.message-too-large': ['number of attachments is achieved', 'please trim it to less than'],
  'cn-host.too-large': ['exceeded mailsize limit', '邮件过大'],
  'sophos.xgemail-size': ['xgemail_0012'],
  'iredapd.message-size': ['maybe caused by big attachment file'],
  'exim.header-limits': ['header is ridiculously long'],
  'mailman.too-big-localized': [
    'nachricht war zu umfangreich',
    'la taille de votre message était trop importante',
    'su mensaje es demasiado grande',
    'il tuo messaggio era troppo grande',
    'メールが長すぎます',
  ],
  'zammad.email-oversized': ['wir akzeptieren jedoch nur e-mails mit einer größe'],
};
