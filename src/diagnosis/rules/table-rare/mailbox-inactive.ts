// mailbox-inactive: the phrases of its rows (table/mailbox-inactive.ts) that few bounces have, and its rows all of
// whose phrases are such, loaded on demand (rare-phrases.ts says when). Sources and examples are
// in provenance.ts, by row id.
import { rareRows, type RarePhraseMap } from '../rare-phrases';

export const MAILBOX_INACTIVE_RARE: RarePhraseMap = {
  'smtp.x.1.1-shut-words': ['terminated', 'deactivated'],
  'text.orange-account-blocked': [
    'recipient account isblocked',
    'boite du destinataire archivee',
    'archived recipient',
  ],
  'text.mailbox-inactive': ['deactivated', 'deleted account'],
  'parsers.mailbox-inactive': [
    'blocked due to inactivity',
    'ha expirado por falta de uso',
    'esta en estado: inactivo',
    'zablokowane administracyjnie lub nieaktywne',
    'bloccato per inutilizzo',
  ],
  'bounceparser.mailbox-inactive': ['account not activated'],
  'i18n.mailbox-inactive-fr-exchange': ['adresse électronique du destinataire a changé'],
  'hmailserver.not-active': ['distribution list is not active'],
};

// Rows every phrase of which is rare: each ships whole here, after the row it follows in
// table/mailbox-inactive.ts.
export const MAILBOX_INACTIVE_RARE_ROWS = rareRows('mailbox-inactive', [
  // PowerMTA's own category of the reply (X-PowerMTA-BounceCategory, format-helpers/delivery-status.ts):
  // below the server's specific words, above a bare registry code.
  {
    id: 'powermta.inactive-mailbox',
    after: 'dovecot.login-disabled',
    tier: 'code',
    phrases: ['powermta bounce category: inactive-mailbox'],
  },
  {
    id: 'i18n.mailbox-inactive',
    after: 'broad.inactive',
    tier: 'words',
    phrases: [
      'konto deaktiviert',
      'postfach gesperrt',
      'konto gesperrt',
      'compte désactivé',
      'compte suspendu',
      'boîte désactivée',
      'cuenta desactivada',
      'cuenta suspendida',
      'buzón desactivado',
      'conta desativada',
      'conta suspensa',
      'caixa desativada',
      'account disattivato',
      'casella disattivata',
      'account sospeso',
      'account gedeactiveerd',
      'account geblokkeerd',
      'konto zablokowane',
      'konto nieaktywne',
      'skrzynka zablokowana',
      'účet zablokován',
      'účet je zablokován',
      'schránka je zablokována',
      'ящик заблокирован',
      'аккаунт заблокирован',
      'учетная запись отключена',
      'nicht mehr verfügbar',
      'nicht mehr verfuegbar',
      'elektronski naslov je ukinjen',
      'mail foi desativado',
      'アカウントが停止',
      'アカウントは無効',
      '帐户已停用',
      '用户已冻结',
      '邮箱已冻结',
      '帳戶已停用',
      '用户被锁定',
      '계정이 정지',
      '휴면 계정',
      '비활성화된 계정',
    ],
  },
  {
    // a closed account, or one whose address was replaced (sisimai: suspend, hasmoved)
    id: 'sisimai5.user-terminated',
    after: 'bounceparser.mailbox-inactive',
    tier: 'fixed',
    phrases: ['user is terminated', 'has been replaced by'],
  },
  {
    id: 'qq.mailbox-not-opened',
    after: 'powermta.inactive-mailbox',
    tier: 'fixed',
    phrases: ['未开通qq邮箱'],
  },
  {
    id: 'soft-bounce.inactivity',
    after: 'i18n.mailbox-inactive-fr-exchange',
    tier: 'fixed',
    phrases: ['extended inactivity new mail is not currently being accepted', "hasn't entered during last"],
  },
  {
    id: 'fastmail.address-locked',
    after: 'soft-bounce.inactivity',
    tier: 'fixed',
    phrases: ['address locked or deactivated'],
  },
  {
    // Swisscom/Bluewin "550 5.1.1 <addr> recipient rejected, account administratively disabled"
    // (Infomaniak FAQ 858): the mailbox exists but is disabled, whatever 5.1.1 says
    id: 'bluewin.account-administratively-disabled',
    after: 'hmailserver.not-active',
    tier: 'fixed',
    phrases: ['account administratively disabled'],
  },
]);
