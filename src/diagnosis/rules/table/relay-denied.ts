// relay-denied: the path is not allowed to relay (../shared/TAXONOMY.md). Every phrase and code of the category, by tier.
import { inCategory, type Rule } from '../rule';

export const RELAY_DENIED: readonly Rule[] = inCategory('relay-denied', [
  {
    id: 'exo.5.4.1-relay-access-denied',
    tier: 'provider',
    owner: 'recipient-admin',
    status: ['5.4.1'],
    phrases: ['relay access denied', 'relay'],
    // the recipient domain is not an accepted domain where its MX points: the recipient side must fix MX or accepted domains
  },
  {
    id: 'exo.5.7.1-unable-to-relay',
    tier: 'provider',
    status: ['5.7.1', '5.7.0', '5.4.1'],
    phrases: ['unable to relay'],
  },
  {
    id: 'exo.5.7.64-tenant-attribution',
    tier: 'provider',
    codeAlone: true,
    status: ['5.7.64'],
    phrases: ['tenantattribution', 'relay access denied'],
    // the inbound connector for the on-premises servers no longer matches them
  },
  {
    id: 'exo.5.7.367-not-permitted-to-relay',
    tier: 'provider',
    codeAlone: true,
    status: ['5.7.367'],
    phrases: ['relay'],
    // forwarded mail left from the relay pool and a downstream gateway refused it
  },
  {
    id: 'text.gmail-relay-credentials',
    tier: 'fixed',
    phrases: ['invalid credentials for relay', 'does not support smtp authenticated relay'],
  },
  {
    id: 'text.mimecast-relay',
    tier: 'fixed',
    phrases: ['open relay not allowed'],
  },
  // --- relaying
  {
    id: 'text.relay-denied',
    tier: 'words',
    phrases: [
      'relay access denied',
      'relaying denied',
      // qpsmtpd Qpsmtpd::DSN->relaying_denied: "Relaying from 192.0.2.7 denied"
      'relaying from',
      'relay denied',
      'relay not permitted',
      'unable to relay',
      'relaying not allowed',
      'relay not allowed',
      // Libero/Virgilio Mail: "550 Relay Disabled" ("disabled" alone reads as a disabled mailbox)
      'relay disabled',
      'not permitted to relay',
      'we do not relay',
      'local user only',
      // "501 <sender> Sender email is not in my domain": a server that takes mail only from its own
      // users (PHPMailer-BMH rule 0206's sample)
      'not in my domain',
      'relaying mail to',
      'not allowed to relay',
      'no relaying',
      'this system is not configured to relay',
      'will not relay',
      'not an open relay',
      'closed to relaying',
      'relaying to <',
      'relay operation rejected',
      'relay rejected',
      'not accepting email for ip',
      'not accepting email for domain',
    ],
  },
  {
    // "Relaying" in a refusal is what was refused, in every MTA's own words (sendmail "Relaying
    // denied", Kerio "Relaying is denied", Exim "relay not permitted", qpsmtpd "Relaying from ...
    // denied": reference/provider-codes.tsv, smtp.relay-words): the rows above list the usual
    // sentences; this catches the others, above the bare "denied" of broad.policy.
    id: 'broad.relay',
    tier: 'broad',
    phrases: ['relaying'],
  },
  // --- relay refusals (issue 9): their words beat the x.7.1 they come with
  {
    id: 'smtp.relay-words',
    tier: 'fixed',
    phrases: [
      'relaying not permitted',
      'relay access not permitted',
      'relaying is not allowed',
      'relaying is not permitted',
      'relay not authorized',
      'relaying not authorized',
      'relay is denied',
      'relaying is denied',
      'no relay access',
      'relay attempt',
      'unable to relay for',
      'open relay',
      'does not relay',
      'cannot relay',
      'can not relay',
      'rp:frl',
      'i cannot deliver mail for',
    ],
  },
  // --- by MTA family and gateway (issue 9, second pass)
  {
    id: 'hmailserver.delivery-not-allowed',
    tier: 'fixed',
    phrases: ['delivery is not allowed to this address'],
    // hMailServer's refusal of a recipient its IP ranges do not let this client relay to
  },
  {
    id: 'messagelabs.relay',
    tier: 'fixed',
    phrases: ['you are trying to use me as a relay'],
  },
  {
    id: 'coremail.local-user-only',
    tier: 'fixed',
    phrases: ['requested action not taken: local user only'],
  },
  {
    id: 'qmail.rcpthosts',
    tier: 'fixed',
    // "in my list of allowed rcpthosts": qmail's words, also as relays rewrite them ("isnt", "is not")
    phrases: ["we don't relay"],
    // netqmail qmail-smtpd.c err_nogateway / err_relay: not a domain this server takes mail for
  },
  {
    // sisimai's reason list: a server that does not relay for the sender.
    id: 'sisimai.norelaying',
    tier: 'fixed',
    phrases: ["we don't handle mail for", 'not a gateway'],
  },
  {
    // I.UA: no relaying; use your own provider to send
    id: 'iua.relay',
    tier: 'provider',
    phrases: ['i.ua/err/1', 'i.ua/err/6'],
    hosts: ['i.ua'],
  },
  // --- Haraka plugins, read from the installed 3.3.4 set (issue 9, live MTAs)
  {
    id: 'haraka.relay-dest-domain',
    tier: 'fixed',
    phrases: ['mail for that recipient is not accepted here'],
    // haraka-plugin-relay dest_domains: the recipient's domain is not one this server takes or relays for
  },
  { id: 'trendmicro.forward-path-domain', tier: 'fixed', phrases: ['domain of forward-path is not allowed'] },
  { id: 'winmail.relay', tier: 'fixed', phrases: ['domain is not allowed relay'] },
  { id: 'zmailer.relay-target', tier: 'fixed', phrases: ['not accepted relay target'] },
  { id: 'vpop3.relay-bad-ip', tier: 'fixed', phrases: ['relaying not allowed bad sender ip'] },
  // VIPRE Email Security: the recipient domain is not set up on the filter its MX points to
  { id: 'vipre.domain-not-on-mx-host', tier: 'fixed', phrases: ['not configured to use this mx host'] },
]);
