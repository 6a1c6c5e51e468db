// recipient-unknown: the phrases of its rows (table/recipient-unknown.ts) that few bounces have, and its rows all of
// whose phrases are such, loaded on demand (rare-phrases.ts says when). Sources and examples are
// in provenance.ts, by row id.
import { rareRows, type RarePhraseMap } from '../rare-phrases';

export const RECIPIENT_UNKNOWN_RARE: RarePhraseMap = {
  'exo.5.1.0-sender-denied': ['legacyexchangedn'],
  'text.mta-recipient-unknown': [
    'badrcptto',
    'badrecipientto',
    'utilisateur inconnu',
    // maildrop -d with a user its authentication library does not know (go-sisimai lda/lib.go)
    'maildrop: cannot find system user',
  ],
  'i18n.recipient-unknown': [
    'unbekannter empfänger',
    'empfänger unbekannt',
    'unbekannter benutzer',
    'benutzer unbekannt',
    'empfängeradresse existiert nicht',
    'postfach existiert nicht',
    'destinataire inconnu',
    'adresse inconnue',
    "cette adresse n'existe pas",
    'adresse introuvable',
    'usuario desconocido',
    'destinatario desconocido',
    'el usuario no existe',
    'la dirección no existe',
    // Gmail's Spanish "Address not found" heading, all that names the cause in a forwarded copy
    'no se ha encontrado la dirección',
    // and its Brazilian Portuguese heading and German sentence ("... zugestellt, weil die Adresse
    // nicht gefunden wurde oder keine E-Mails empfangen kann"), the same in a forwarded copy
    'endereço não encontrado',
    'weil die adresse nicht gefunden wurde',
    'buzón no existe',
    'usuário desconhecido',
    'destinatário desconhecido',
    'usuário não existe',
    'endereço não existe',
    'usuário inexistente',
    'utente sconosciuto',
    'destinatario sconosciuto',
    'utente inesistente',
    'indirizzo inesistente',
    "l'utente non esiste",
    'onbekende gebruiker',
    'gebruiker onbekend',
    'ontvanger onbekend',
    'gebruiker bestaat niet',
    'adres bestaat niet',
    'nieznany użytkownik',
    'użytkownik nie istnieje',
    'nie ma takiego użytkownika',
    'adres nie istnieje',
    'skrzynka nie istnieje',
    'neznámý uživatel',
    'uživatel neexistuje',
    'adresát neexistuje',
    'schránka neexistuje',
    'neznámý adresát',
    'нет такого пользователя',
    'пользователь не найден',
    'неизвестный пользователь',
    'адрес не существует',
    'почтовый ящик не существует',
    // Sympa's "List '%1' does not exist." (delivery_status_notification.tt2) in its Russian and
    // German (po/sympa/ru.po, de.po): the list is the refused recipient
    'не существует',
    'existiert nicht',
    // and its "The following address is not a known mailing list:" (list_unknown.tt2) in Russian
    // and Polish
    'не является рассылкой',
    'nie jest znaną listą mailingową',
    'такого ящика нет',
    'keine person mit diesem namen',
    "non sono riuscito a trovare l'indirizzo",
    'nadie con esta dirección',
    'ni bilo mogoče najti prejemnikovega',
    'elektronski naslov ne obstaja',
    'ユーザーが存在しません',
    'ユーザは存在しません',
    '宛先のユーザーが見つかりません',
    'あて先不明',
    // Gmail's Japanese "Address not found" notice: its heading "アドレス不明" and "アドレスが見つからなかったか、
    // メールを受信できないアドレスであるため", all that names the cause in a forwarded or pasted copy
    'アドレス不明',
    'アドレスが見つからなかったか',
    '宛先不明',
    'そのようなユーザーはいません',
    '用户不存在',
    '收件人不存在',
    // gromox data/local_bounce/{gb2312,big5}/BOUNCE_NO_USER: "因为该收件人并不存在！"
    '收件人并不存在',
    '收件人並不存在',
    // gromox data/local_bounce/euc-jp/BOUNCE_NO_USER: "受信者が存在していないため"
    '受信者が存在していない',
    '无此用户',
    '邮箱不存在',
    '該用戶不存在',
    '收件人地址不存在',
    '帐户不存在',
    '帳戶不存在',
    '존재하지 않는 사용자',
    '받는 사람을 찾을 수 없습니다',
    '수신자를 찾을 수 없습니다',
    '존재하지 않는 계정',
    '없는 사용자',
  ],
  'sisimai.lhost-user-unknown': ["non répertorié dans l'annuaire domino"],
  'text.mta-directory-unknown': ['ディレクトリには見つかりません', 'ディレクトリのリストにありません'],
  'app.reply-destination-unknown': [
    "couldn't figure out what the email is for",
    // GitLab lib/gitlab/email/failure_handler.rb SentNotificationNotFoundError, ProjectNotFound
    "couldn't figure out what the email is in reply to",
    "we couldn't find the project. please check if there's any typo",
    'could not find a ticket with id',
  ],
};

// Rows every phrase of which is rare: each ships whole here, after the row it follows in
// table/recipient-unknown.ts.
export const RECIPIENT_UNKNOWN_RARE_ROWS = rareRows('recipient-unknown', [
  {
    id: 'exchange-ims.000c0595-ambiguous-recipient',
    after: 'exchange-ims.000c05a6-unknown-recipient',
    tier: 'provider',
    phrases: ['(000c0595)'],
  },
  {
    id: 'vade.oxsus-unknown-user',
    after: 'sisimai5.account-unavailable',
    tier: 'provider',
    phrases: ['oxsus001_403', 'oxsus0001_403'],
  },
  // PowerMTA's own category of the reply (X-PowerMTA-BounceCategory, format-helpers/delivery-status.ts):
  // below the server's specific words, above a bare registry code.
  {
    id: 'powermta.bad-mailbox',
    after: 'sisimai5.account-unavailable',
    tier: 'code',
    phrases: ['powermta bounce category: bad-mailbox'],
  },
  {
    id: 'text.ses-no-email',
    after: 'barracuda.cuda-nsu',
    tier: 'fixed',
    phrases: ['bouncesubtype: noemail'],
  },
  {
    // ZMailer's router form proto/forms/norealname ("error norealname", zmailer manual zapp-scripts):
    // the address looked like a "Real.Name" or a newsgroup and neither the fullnames database nor the
    // active newsgroups knew it; the DSN says only "X-LOCAL; 500 (norealname)"
    id: 'zmailer.norealname',
    after: 'text.ses-no-email',
    tier: 'fixed',
    phrases: ['norealname'],
  },
  {
    // Sun/Oracle Messaging Server's error_text_srs_badhash (Messaging Server Technical Reference Wiki,
    // "Error text MTA options", 5.7.1): mail to an SRS/MUL rewritten return address whose hash does
    // not check is to no address it made (a garbled or forged one), whatever 5.7.1 says. Its
    // "SRS/MUL address has timed out" has no word rare enough to key on, so it is not here.
    id: 'messagingserver.srs-address-invalid',
    after: 'zmailer.norealname',
    tier: 'fixed',
    phrases: ['srs/mul address has a bad hash value'],
  },
  {
    id: 'exim.restricted-characters',
    after: 'coremail.unknown-user',
    tier: 'fixed',
    phrases: ['restricted characters in address'],
    // Exim's default RCPT ACL: a local part with characters no mailbox here has (@ % ! / |)
  },
  {
    // Aruba hosting mail help: "5.5.2 bad chars in command" when a recipient address holds characters
    // an address may not have; at RCPT it is the address the sender typed, not the message
    id: 'aruba.bad-chars-recipient',
    after: 'smtp.recipient-syntax',
    tier: 'fixed',
    stages: ['RCPT'],
    phrases: ['bad chars in command'],
  },
  {
    id: 'qmail.validrcptto',
    after: 'smtp.recipient-syntax',
    tier: 'fixed',
    phrases: ['not in my validrcptto list'],
  },
  {
    id: 'sophos.xgemail-unknown',
    after: 'sendmail.address-syntax',
    tier: 'provider',
    phrases: ['xgemail_0011'],
  },
  {
    id: 'parsers.recipient-unknown',
    after: 'sisimai.lhost-user-unknown',
    tier: 'fixed',
    phrases: [
      'invalid final delivery userid',
      'destin. sconosciuto',
      'destinatario errato',
      'nie ma takiego konta',
    ],
    // old MTAs' and national providers' "no such user" that bounce parsers learned from real bounces
  },
  {
    id: 'parsers.recipient-unknown-words',
    after: 'parsers.recipient-unknown',
    tier: 'words',
    phrases: ['nie istnieje'],
    // Polish "does not exist", as broad as the English; "domena nie istnieje" is the domain's
  },
  {
    // Italian and Spanish "no such user"
    id: 'sisimai5.userunknown-i18n',
    after: 'bounceparser.recipient-unknown',
    tier: 'words',
    phrases: ['nessun utente simile', 'no existe dicha persona', 'no existe ese usuario'],
  },
  {
    // HCL Domino's Spanish "not listed in the Domino Directory"
    id: 'domino.spanish-not-in-directory',
    after: 'sisimai5.account-unavailable',
    tier: 'fixed',
    phrases: ['no se encuentra en el directorio de domino'],
  },
  {
    // Domino: the name matches several people of the directory, so none is the recipient (as
    // 5.1.4, "destination mailbox address ambiguous"): the sender must give the exact address
    id: 'domino.ambiguous-name',
    after: 'domino.spanish-not-in-directory',
    tier: 'fixed',
    phrases: ['several matches found in domino directory'],
  },
  {
    id: 'i18n.recipient-unknown-de-exchange',
    after: 'vade.oxsus-unknown-user',
    tier: 'fixed',
    phrases: ['e-mail-adresse konnte nicht gefunden werden', 'niemand unter dieser adresse bekannt'],
  },
  {
    id: 'dti.user-not-registered',
    after: 'i18n.recipient-unknown-de-exchange',
    tier: 'fixed',
    phrases: ['ユーザーは登録されていません'],
  },
]);
