// mailbox-full: the phrases of its rows (table/mailbox-full.ts) that few bounces have, and its rows all of
// whose phrases are such, loaded on demand (rare-phrases.ts says when). Sources and examples are
// in provenance.ts, by row id.
import { rareRows, type RarePhraseMap } from '../rare-phrases';

export const MAILBOX_FULL_RARE: RarePhraseMap = {
  'exo.5.2.2-mailbox-full': ['quotaexceeded'],
  'text.mta-mailbox-full': ['disc quota', 'diskspace quota', 'exceeds remaining quota'],
  'text.mailbox-full': ['overquota', 'exceeded storage allocation', 'quotaexceeded'],
  'i18n.mailbox-full': [
    'postfach ist voll',
    'postfach voll',
    'mailbox ist voll',
    'speicherplatz überschritten',
    'quota überschritten',
    'speicherkontingent',
    'boîte aux lettres pleine',
    'boîte pleine',
    'boite pleine',
    'quota dépassé',
    'boîte de réception est pleine',
    'buzón lleno',
    'buzón está lleno',
    'cuota excedida',
    'buzón de correo lleno',
    'caixa postal cheia',
    'caixa de correio cheia',
    'caixa cheia',
    'cota excedida',
    'caixa postal lotada',
    'casella piena',
    'casella di posta piena',
    'quota superata',
    'spazio esaurito',
    'postvak is vol',
    'postbus is vol',
    'skrzynka jest pełna',
    'skrzynka pełna',
    'przepełniona skrzynka',
    'brak miejsca w skrzynce',
    'schránka je plná',
    'plná schránka',
    'překročena kvóta',
    'ящик переполнен',
    'превышена квота',
    'превышен размер ящика',
    'mailbox voll',
    'speichervolumen überschritten',
    'speichervolumen ueberschritten',
    'メールボックスがいっぱい',
    // gromox data/local_bounce/euc-jp/BOUNCE_MAILBOX_FULL: "受信者のメールボックスが一杯になって"
    'メールボックスが一杯',
    'メールボックス容量',
    '容量オーバー',
    '容量超過',
    '邮箱已满',
    '邮箱空间不足',
    '信箱已满',
    '郵箱已滿',
    '信箱已滿',
    '邮箱容量',
    '메일함이 가득',
    '메일함 용량',
    '사서함이 꽉',
    '용량 초과',
  ],
  'cn-host.mailbox-full': ["receiptor's mailbox is full", '收件容量满', '收件箱已满'],
  'hoster.quota-limit': ['speicherplatz des kontos'],
};

// Rows every phrase of which is rare: each ships whole here, after the row it follows in
// table/mailbox-full.ts.
export const MAILBOX_FULL_RARE_ROWS = rareRows('mailbox-full', [
  // PowerMTA's own category of the reply (X-PowerMTA-BounceCategory, format-helpers/delivery-status.ts):
  // below the server's specific words, above a bare registry code.
  {
    id: 'powermta.quota-issues',
    after: 'godaddy.account-storage-limit',
    tier: 'code',
    phrases: ['powermta bounce category: quota-issues'],
  },
  {
    id: 'text.orange-mailbox-full',
    after: 'text.gmail-inbox-full',
    tier: 'fixed',
    phrases: ['boite du destinataire pleine', 'recipient overquota'],
  },
  {
    id: 'parsers.mailbox-full',
    after: 'iua.full',
    tier: 'fixed',
    phrases: ['zuviele mails auf dem server', 'zu viele mails auf dem server'],
    // a German provider's "user has too many messages on the server"
  },
  {
    // the mailbox stops receiving because it got too much mail (sisimai: mailboxfull)
    id: 'sisimai5.receiving-limits',
    after: 'parsers.mailbox-full',
    tier: 'fixed',
    phrases: ['for exceeding receiving limits'],
  },
  {
    id: 'qq.recipient-space',
    after: 'smartermail.domain-size-limit',
    tier: 'fixed',
    phrases: ['收件人空间不足'],
  },
  {
    id: 'i18n.mailbox-full-de',
    after: 'qq.recipient-space',
    tier: 'fixed',
    phrases: ['postfach des empfängers ist voll'],
  },
]);
