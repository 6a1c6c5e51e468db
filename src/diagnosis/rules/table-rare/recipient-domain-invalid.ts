// recipient-domain-invalid: the phrases of its rows (table/recipient-domain-invalid.ts) that few bounces have, loaded on demand
// (rare-phrases.ts says when). Sources and examples are in provenance.ts, by row id.
import type { RarePhrases } from '../rare-phrases';

export const RECIPIENT_DOMAIN_INVALID_RARE: RarePhrases = {
  'exchange.smtpsend-dns-nonexistent-domain': ['infodomainnonexistent'],
  'text.domain-invalid': ['domain not served', 'not hosted here', 'no matches to nameserver query'],
  'smtp.null-mx': [
    'does not accept mail (nullmx)',
    'nullmx',
    // Exim's words; GMX's "554-No SMTP service" is its refusal of the sending IP, not a null MX.
    'indicated no smtp service',
  ],
  'i18n.domain-not-found': [
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
  ],
  'haraka.nowhere-to-deliver': ['sends and receives no email'],
  'domino.dns-hard-error': ['dns hard error looking up'],
  'hmailserver.no-mail-servers': ["no mail servers appear to exists for the recipient's address"],
  'sisimai.hostunknown': ['mail domain mentioned in email address is unknown'],
  'verizon.destination-not-found': ['destination computer was not found'],
};
