// sender-infrastructure: the phrases of its rows (table/sender-infrastructure.ts) that few bounces have, and its rows all of
// whose phrases are such, loaded on demand (rare-phrases.ts says when). Sources and examples are
// in provenance.ts, by row id.
import { rareRows, type RarePhraseMap } from '../rare-phrases';

export const SENDER_INFRASTRUCTURE_RARE: RarePhraseMap = {
  // qpsmtpd plugins/earlytalker: the sending host spoke before the greeting ("Connecting host started
  // transmitting before SMTP greeting"), a fault of its own SMTP client, not of the recipient's domain
  'text.smtp-protocol-violation': ['started transmitting before'],
  'text.reverse-dns': [
    'unverifiable sending ip',
    'rdns',
    'forward confirmed',
    'fcrdns',
    'dynamic ip',
    // "Client host bypassing service provider's mail relay": a dynamic IP that must send through
    // its provider (PHPMailer-BMH's rule samples (phpmailer-bmh_rules.php))
    'bypassing service provider',
    // "dialup" and "residential" alone are also parts of host names and addresses
    // (dialup-192-0-2-9.isp.example, b@dialup.example.org): only as words about the client
    'dialup ip',
    'dialup address',
    'dialup range',
    'dialup pool',
    'dialup/dynamic',
    'dial-up/dynamic',
    'from dialup',
    'as dialup',
    'a dialup',
    'dialup host',
    'dynamic/dialup',
    'dialup/residential',
    'residential ip',
    'residential address',
    'residential range',
    'dynamic/residential',
    'possibly forged hostname',
  ],
  'text.sender-domain': [
    'senderdomaininvalid',
    'callback setup failed',
    'dkim signing failed',
    'unconfigured sending domain',
    // Postmark "Sender Signature not defined for From address" / "Sender signature not confirmed"
    // (API errors 400/401, postmarkapp.com/developer/api/overview#error-codes)
    'sender signature not defined',
    'sender signature not confirmed',
  ],
  'text.tls-required': [
    'secure connection required',
    // VIPRE Email Security "Email Rejection Reasons" (vipre.freshdesk.com solution 1000290396)
    'send via an encrypted smtp session',
    'client tls configuration problem',
    'sasl authentication failed',
  ],
  'smtp.helo-ehlo': [
    'greeting name',
    'mismatches client ip',
    'forged helo',
    'helo ip literal',
    'helo is dynamic',
  ],
  // Debian exim4-config conf.d/acl/30_exim4-config_check_rcpt: "require condition = ${if def:sender_helo_name}
  // message = nice hosts say HELO first" (the sender's MTA skipped HELO/EHLO), like sendmail's words
  'smtp.bad-sequence': ['polite people say helo first', 'nice hosts say helo first'],
  'courier.helo-and-sender-checks': [
    'compatible sasl authentication not available',
    'temporary sasl authentication error',
  ],
  'james.smtp-session': ['no recipients specified', 'no sender specified'],
  'haraka.client-checks': ['temp. resolver error', 'did not offer any compatible types'],
  'stalwart.session': [
    'polite people say ehlo first',
    'extension has been disabled',
    'requiretls has been disabled',
  ],
  'opensmtpd.session': [
    'no recipient specified',
    'could not retrieve credentials',
    'cannot retrieve smarthost',
    'cannot parse smarthost',
    'no supported auth method',
    'auth not advertised',
    'refuse to auth over insecure channel',
  ],
  'hmailserver.session': [
    'sender address must be specified',
    'unsupported esmtp extension',
    'excessive amounts of data sent to server',
    'the host specified as smtp relay server could not be found',
  ],
  'exim.smarthost-auth': ['no common mechanisms were found'],
  'courier.517-sender-domain': ['violate section 3.3.9 of rfc 1035', 'recursive cname records for'],
  'smtp.sender-null-mx': ['nullmx'],
  'cn-mta.sender-host-checks': [
    'sender is unvalidated',
    'smtpport check error',
    'openrelay check',
    'helohost error',
  ],
  'yandex.sender-callout': ['callout verification failed'],
  'gmail.smtp-protocol': ['starttls may not be repeated'],
  'nullmailer.smarthost-auth': ['server does not advertise any supported authentication methods'],
  'sisimai5.rejected-sender-address': ['bogus mail from', 'emetteur invalide', 'recursive cname'],
  'sisimai5.null-sender': [
    'batv',
    'unsigned dsn',
    'third-party dsns',
    'bouncedeny',
    'backscatter protection',
  ],
  'cox.early-talker-rdns': ['esmtp no data before greeting'],
  'daum.reason-tokens': ['dzcnt', 'raddr'],
};

// Rows every phrase of which is rare: each ships whole here, after the row it follows in
// table/sender-infrastructure.ts.
export const SENDER_INFRASTRUCTURE_RARE_ROWS = rareRows('sender-infrastructure', [
  {
    id: 'exchange-ims.000b0981-auth-not-supported',
    after: 'exo.4.7.66-old-tls',
    tier: 'provider',
    phrases: ['(000b0981)'],
    // the sending connector insists on SMTP AUTH that the next server does not offer
  },
  {
    id: 'comcast.es-residential-ip',
    after: 'yandex.sender-callout',
    tier: 'provider',
    phrases: ['es000001', 'es000010'],
    hosts: ['comcast.net'],
    // Comcast: mail sent straight from dynamic/residential IP space (or a host whose rDNS looks so)
  },
  // --- Sophos Central Email (TLS version of the policy), GoDaddy (IB506: the From domain has no DNS)
  {
    id: 'godaddy.ib506-from-domain',
    after: 'sendmail.sender-domain-required',
    tier: 'provider',
    phrases: ['ib506'],
  },
  {
    // Spectrum: the connecting IP's DNS has an issue
    id: 'spectrum.ip-dns',
    after: 'sisimai.blocked-dns',
    tier: 'provider',
    phrases: ['1100', '1110', '1120', '1130', '1140', '1150'],
    also: ['aup#'],
    hosts: ['charter.net', 'spectrum.net', 'rr.com', 'twc.com'],
  },
  {
    id: 'rspamd.sender-null-mx',
    after: 'postfix.sender-mx-lookup-failed',
    tier: 'fixed',
    phrases: ['domain published rfc 7505 null mx'],
    // rspamd's mx_check of the envelope sender's domain
  },
  { id: 'vade.oxsus-rdns', after: 'smtpf.sender-domain', tier: 'provider', phrases: ['oxsus0001_105'] },
  // PowerMTA's own category of the reply (X-PowerMTA-BounceCategory, format-helpers/delivery-status.ts):
  // below the server's specific words, above a bare registry code.
  {
    id: 'powermta.invalid-sender',
    after: 'cox.early-talker-rdns',
    tier: 'code',
    phrases: ['powermta bounce category: invalid-sender'],
  },
  {
    id: 'opensmtpd.no-source-address',
    after: 'mta.smtp-pipelining',
    tier: 'fixed',
    phrases: ['could not retrieve source address'],
  },
  {
    // Postfix smtp_connect.c: the sending client's own TLS settings stop a REQUIRETLS delivery ("my
    // configured TLS security level", "REQUIRETLS policy configuration error"): its admin's to fix,
    // not the recipient's certificate (smtp_tls_policy.c "client TLS configuration problem" is
    // text.tls-required's)
    id: 'postfix.client-tls-config',
    after: 'opensmtpd.no-source-address',
    tier: 'fixed',
    phrases: ['my configured tls security level', 'requiretls policy configuration'],
  },
  {
    id: 'tonline.dialup-ip',
    after: 'yandex.sender-callout',
    tier: 'fixed',
    phrases: ['dialup/transient ip not allowed'],
    // T-Online: the sending host looks like a dial-up or dynamic IP (no imprint behind its name)
  },
  {
    id: 'sophos.xgemail-tls',
    after: 'sendmail.sender-domain-required',
    tier: 'provider',
    phrases: ['xgemail_0006'],
  },
  {
    // Cox: the connecting IP's DNS or the sender's domain is at fault
    id: 'cox.sender-dns',
    after: 'sisimai.blocked-dns',
    tier: 'provider',
    phrases: ['cxdns', 'cxsndr'],
    hosts: ['cox.net'],
  },
  {
    id: 'parsers.sender-infrastructure',
    after: 'gmail.smtp-protocol',
    tier: 'fixed',
    phrases: ['dial-up or dynamic-ip denied'],
  },
  {
    id: 'postfix.pipelining-out-of-sync',
    after: 'rspamd.sender-null-mx',
    tier: 'fixed',
    phrases: ['smtp protocol synchronization'],
    // the client sent ahead without PIPELINING (smtpd.c): a sending MTA's protocol error
  },
  {
    // Exchange Online: the recipient's partner connector accepts the sender's domain only from set IPs or a set certificate
    id: 'exo.5.7.51-partner-connector',
    after: 'godaddy.ib108-reverse-dns',
    tier: 'provider',
    phrases: ['restrictdomainstoipaddresses', 'restrictdomainstocertificate'],
  },
  {
    // EarthLink: the sending host's reverse DNS or HELO name
    id: 'earthlink.dns-helo',
    after: 'sendmail.mtamark',
    tier: 'provider',
    phrases: ['elnk_105', 'elnk_108', 'elnk_201'],
  },
]);
