// recipient-domain-invalid: the domain does not exist, has no MX or a null MX (../shared/TAXONOMY.md). Every phrase and code of the category, by tier.
import { inCategory, type Rule } from '../rule';

export const RECIPIENT_DOMAIN_INVALID: readonly Rule[] = inCategory('recipient-domain-invalid', [
  {
    id: 'exchange.smtpsend-dns-nonexistent-domain',
    tier: 'provider',
    phrases: ['smtpsend.dns.nonexistentdomain', 'nonexistent domain'],
  },
  {
    id: 'exchange.5.1.4-reserved-domain',
    tier: 'provider',
    status: ['5.1.4', '5.1.5'],
    phrases: ['rfc 2606'],
  },
  {
    id: 'exchange.5.1.6-single-label-domain',
    tier: 'provider',
    status: ['5.1.6'],
    phrases: ['single label domain'],
  },
  {
    id: 'text.trendmicro-no-domain',
    tier: 'fixed',
    phrases: ['recipient address rejected: no-domain'],
  },
  {
    id: 'text.host-not-found-permanent',
    tier: 'fixed',
    status: ['5.4.4', '5.1.2'],
    phrases: ['host or domain name not found', 'host not found'],
    // with a permanent code the name does not exist; "Host not found, try again" comes with 4.4.3
  },
  {
    id: 'text.mta-domain-missing',
    tier: 'fixed',
    phrases: [
      'domain does not exist',
      'domain name does not exist',
      "couldn't find any host named",
      'could not find any host named',
      "couldn't find any host by that name",
      "couldn't find a mail exchanger",
      'host does not accept mail',
      'domain does not accept mail',
      'or it has a misconfigured dns',
      'no such host',
    ],
    // before "does not exist" of the unknown-recipient rule; qmail, OpenSMTPD and Sendmail wording
  },
  {
    id: 'text.mta-dns-not-found',
    tier: 'fixed',
    phrases: ['dns lookup failure'],
    also: ['not found'],
    // DragonFly Mail Agent: "DNS lookup failure: host example.net not found"
  },
  // --- the recipient's domain
  {
    id: 'text.domain-invalid',
    tier: 'words',
    phrases: [
      'host not found',
      'host unknown',
      'unknown host',
      'domain not found',
      'no such domain',
      'name or service not known',
      'host or domain name not found',
      'name server:',
      'dns error',
      'domain name not found',
      'no mx',
      'null mx',
      'mx record',
      'unroutable',
      'unrouteable',
      'domain unknown',
      'unknown domain',
      'invalid domain',
      // the other spellings of text.mta-domain-missing's "domain does not exist" (Exchange's
      // "nonexistent domain", SMTPSEND.DNS.NonExistentDomain; reference/provider-codes.tsv), which
      // would otherwise fall to the recipient's "doesn't exist" / "not exist"
      "domain doesn't exist",
      'domain not exist*',
      'non-existent domain',
      'nonexistent domain',

      'bad destination system',
      "domain isn't in my list",
      'not in my list of allowed',
      'we do not serve',
      'no valid mx',
      // chkuser's CHKUSER_RCPTMX_STRING "sorry, can't find a valid MX for rcpt domain" (old: "511 ...
      // (#5.1.1 - chkuser)", whose X.1.1 would say the mailbox)
      'valid mx for rcpt domain',
      'nxdomain',
      'all relevant mx records point to non-existent hosts',
      'mail for this domain',
      'mail is not accepted for',
      'not accept mail for',
      'does not accept mail for',

      'not a local domain',
      'domain is not',
      'illegal host',
      'host or domain',
      'could not be found in domain name service',
      'could not find mail server',
      'malformed destination domain',
      // ZMailer's errormail: no routing method reached the domain ("X-LOCAL; 500 (form name)")
      '500 (unresolvable)',
    ],
  },
  // --- sources by MTA family (issue 9)
  {
    id: 'sysexits.68-nohost',
    tier: 'fixed',
    phrases: ['x-unix; 68', 'host name unknown'],
  },
  {
    id: 'smtp.null-mx',
    tier: 'fixed',
    phrases: ['domain does not accept email', 'domain has null mx', 'recipient address has null mx'],
  },
  {
    id: 'smtp.no-route',
    tier: 'fixed',
    phrases: ['no route for', 'no route found to', 'no route to domain', 'unable to route', 'no gateway for'],
  },
  // --- MTA families from source code, third pass (issue 9): Apache James
  {
    id: 'james.no-dns-entries',
    tier: 'fixed',
    phrases: ['there are no dns entries for the hostname'],
    // James RemoteDelivery MailDelivrer: the recipient's domain has no MX or address record
  },
  {
    id: 'james.invalid-mx',
    tier: 'fixed',
    phrases: ['invalid mx'],
    also: ['reject email'],
    // James ValidRcptMX: the recipient domain's MX points into a network that cannot be a mail server
  },
  // --- MTA families from source code, third pass (issue 9): Haraka
  {
    id: 'haraka.nowhere-to-deliver',
    tier: 'fixed',
    phrases: ['nowhere to deliver mail to for domain'],
    // Haraka outbound/hmail.js: no usable MX or address record, or a null MX
  },
  // --- MTA families from vendor documentation, third pass (issue 9): HCL Domino
  // --- MTA families from source code, third pass (issue 9): Exim (pipe transport)
  {
    id: 'exim.pipe-no-host',
    tier: 'fixed',
    phrases: ['could mean host nonexistent'],
    // Exim os.c os_strexit(): the delivery program exited EX_NOHOST (68)
  },
  // --- by MTA family (issue 9, second pass)
  {
    id: 'courier.esmtp-domain',
    tier: 'fixed',
    phrases: ['domain does not receive mail'],
    // Courier's ESMTP client: the recipient's domain has a null MX (its broken-DNS answer is recipient-system)
  },
  // --- X.1.2 with a host that does not exist (issue 9, rules4): the domain's, not the mailbox's
  // (recipient-unknown's "does not exist")
  {
    id: 'smtp.x.1.2-host-words',
    tier: 'provider',
    status: ['5.1.2', '4.1.2'],
    phrases: ['does not exist', 'not found'],
    also: ['host'],
    // "host": Stalwart writes 5.1.2 for "Mailbox does not exist." and "Mailing list not found." too
  },
  // --- Libero / Virgilio (Italiaonline): its DSN names a domain that does not exist this way
  {
    id: 'libero.routing-server-failure',
    tier: 'fixed',
    phrases: ['routing server failure'],
  },
  {
    // Gmail's DNS error: the domain's MX and A lookups gave nothing to deliver to (as its NXDOMAIN, which this table reads as a domain that does not exist)
    id: 'sisimai.gmail-dns-no-answer',
    tier: 'fixed',
    phrases: ['had no relevant answers'],
  },
  {
    id: 'parsers.recipient-domain-invalid',
    tier: 'fixed',
    phrases: ['host name is unknown', 'hostname is unknown'],
  },
  {
    id: 'bounceparser.recipient-domain-invalid',
    tier: 'fixed',
    phrases: ['no data record of requested type'],
    // the resolver's own words for a name that has no usable record
  },
]);
