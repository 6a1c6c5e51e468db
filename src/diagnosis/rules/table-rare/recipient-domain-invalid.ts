// recipient-domain-invalid: the phrases of its rows (table/recipient-domain-invalid.ts) that few bounces have, and its rows all of
// whose phrases are such, loaded on demand (rare-phrases.ts says when). Sources and examples are
// in provenance.ts, by row id.
import { rareRows, type RarePhraseMap } from '../rare-phrases';

export const RECIPIENT_DOMAIN_INVALID_RARE: RarePhraseMap = {
  'exchange.smtpsend-dns-nonexistent-domain': ['infodomainnonexistent'],
  'text.domain-invalid': ['domain not served', 'not hosted here', 'no matches to nameserver query'],
  'smtp.null-mx': [
    'does not accept mail (nullmx)',
    'nullmx',
    // Exim's words; GMX's "554-No SMTP service" is its refusal of the sending IP, not a null MX.
    'indicated no smtp service',
  ],
  'haraka.nowhere-to-deliver': ['sends and receives no email'],
};

// Rows every phrase of which is rare: each ships whole here, after the row it follows in
// table/recipient-domain-invalid.ts.
export const RECIPIENT_DOMAIN_INVALID_RARE_ROWS = rareRows('recipient-domain-invalid', [
  // PowerMTA's own category of the reply (X-PowerMTA-BounceCategory, format-helpers/delivery-status.ts):
  // below the server's specific words, above a bare registry code.
  {
    id: 'powermta.bad-domain',
    after: 'bounceparser.recipient-domain-invalid',
    tier: 'code',
    phrases: ['powermta bounce category: bad-domain'],
  },
  {
    id: 'i18n.domain-not-found',
    after: 'smtp.no-route',
    tier: 'words',
    phrases: [
      'domain existiert nicht',
      'domäne existiert nicht',
      'domain nicht gefunden',
      'domäne nicht gefunden',
      "le domaine n'existe pas",
      'domaine inexistant',
      'domaine introuvable',
      'el dominio no existe',
      'dominio inexistente',
      'dominio no encontrado',
      'domínio não existe',
      'domínio inexistente',
      'domínio não encontrado',
      'dominio inesistente',
      'dominio non trovato',
      'il dominio non esiste',
      'domein bestaat niet',
      'domein niet gevonden',
      'domena nie istnieje',
      'nie znaleziono domeny',
      'doména neexistuje',
      'doména nenalezena',
      'домен не существует',
      'домен не найден',
      'ドメインが見つかりません',
      'ドメインが存在しません',
      '域名不存在',
      '找不到域名',
      '網域不存在',
      '도메인이 존재하지 않습니다',
      '도메인을 찾을 수 없습니다',
    ],
  },
  {
    id: 'domino.dns-hard-error',
    after: 'haraka.nowhere-to-deliver',
    tier: 'fixed',
    phrases: ['dns hard error looking up'],
    // Domino's Delivery Failure Report: "Bad destination host 'DNS Hard Error looking up <domain> (MX):
    // domain has no MX record'": the recipient's domain has no such record (not a passing DNS fault)
  },
  {
    id: 'hmailserver.no-mail-servers',
    after: 'courier.esmtp-domain',
    tier: 'fixed',
    phrases: ["no mail servers appear to exists for the recipient's address"],
    // hMailServer's own non-delivery text when the recipient's domain has no MX or A record (its
    // phrase is rare); "The DNS query has failed" is another case (recipient-system)
  },
  {
    // sisimai's reason list: the recipient domain.
    id: 'sisimai.hostunknown',
    after: 'libero.routing-server-failure',
    tier: 'fixed',
    phrases: ['mail domain mentioned in email address is unknown'],
  },
  {
    id: 'verizon.destination-not-found',
    after: 'powermta.bad-domain',
    tier: 'fixed',
    phrases: ['destination computer was not found'],
  },
  {
    id: 'simplelogin.dns-record-missing',
    after: 'verizon.destination-not-found',
    tier: 'fixed',
    also: ['does not exist'],
    phrases: ['usually this is because the dns record of'],
  },
]);
