// Regional ISPs' and mailbox providers' own replies as their postmaster and help pages quote them (Cox,
// EarthLink, Aruba and Aruba PEC, Free), each inside a whole bounce as a real sending MTA (Postfix,
// Exim) returns it: one invented fixture each in test/fixtures/variants/isp3/. The comment above each
// row names the page the reply is quoted from; the expected values are what its own words mean
// (../shared/TAXONOMY.md).
import { checkFixture, delayedRecipient, type FixtureCase } from './fixture-cases';

const DIR = 'variants/isp3/';

const CASES: FixtureCase[] = [
  // forums.cox.com/discussions/internet/cox-has-marked-my-email-server-as-a-spammer---how-to-resolve/136978: 'Action:
  // failed', 'Diagnostic-Code: smtp; 421 cmsmtp blocked. Refer to Error Codes section at ... for more information.
  // AUP#CXCNCT: retry timeout exceeded' (a reply there: 'not due to a blacklist block, but due to too many concurrent
  // connections'); Cox's error codes (as sisimai's Rhost/Cox quotes them): 'CXCNCT ... There is a limit to the number
  // of concurrent SMTP connections per IP address'. Retries ran out; the cause is named
  {
    file: `${DIR}01-postfix-cox-expired-421-cmsmtp-blocked-aup-cxcnct.eml`,
    kind: 'bounce',
    format: 'postfix',
    recipients: [
      {
        address: 'd.ruiz@example.net',
        status: '4.0.0',
        category: 'rate-limited',
        owner: 'sender-admin',
        rule: 'cox.limits',
      },
    ],
  },
  // postmaster-earthlink.vadesecure.com/inbound_error_codes: '_103', '421 4.2.1 Connection deferred', 'The server is
  // temporarily unavailable. You may retry delivering the message at a later time.' (not 4.2.1's "mailbox disabled")
  {
    file: `${DIR}02-postfix-delay-earthlink-421-4.2.1-connection-deferred-elnk-103.eml`,
    kind: 'delay',
    format: 'postfix',
    recipients: [
      {
        ...delayedRecipient('hal.b@example.net', '4.2.1', 'recipient-system', 'recipient-admin'),
        rule: 'earthlink.server-unavailable+delayed',
      },
    ],
  },
  // postmaster-earthlink.vadesecure.com/outbound_error_codes: '_134', '421 4.2.1 Connection deferred', 'Your server was
  // detected to take part of SMTP AUTH attacks. In order to preserve our deliverability, your IP address is
  // temporarily rate-limited.' (EarthLink's relay, used as the smarthost: the sending IP's behaviour)
  {
    file: `${DIR}03-postfix-delay-relayhost-earthlink-421-connection-deferred-elnk-134.eml`,
    kind: 'delay',
    format: 'postfix',
    recipients: [
      {
        ...delayedRecipient('m.olsen@example.org', '4.2.1', 'reputation-block', 'sender-admin'),
        rule: 'earthlink.blocked+delayed',
      },
    ],
  },
  // guide.pec.it/posta-pec/faq-errori-comuni/errori-comuni/errori-comuni-durante-invio-ricezione-pec.aspx: '554
  // <indirizzoemail>: Messaggio rifiutato dal sistema. Indirizzo destinatario sconosciuto o non abilitato alla ricezione
  // di posta non certificata' ('si inviino messaggi di posta non certificata a una casella non abilitata alla ricezione
  // di tali messaggi stessi'; the fix: the PEC mailbox enables ordinary mail)
  {
    file: `${DIR}04-exim-aruba-pec-554-messaggio-rifiutato-non-abilitato-posta-non-certificata.eml`,
    kind: 'bounce',
    format: 'exim',
    recipients: [
      {
        address: 'avv.rossi@pec.example.it',
        status: '5.0.0',
        category: 'recipient-policy',
        owner: 'recipient-admin',
        rule: 'pec.non-certified-refused',
      },
    ],
  },
  // guide.arubabusiness.it/email/configurazioni-email-arubabusiness/errori-comuni-invio-ricezione-posta: 'ERRORE: 552
  // 5.2.0 igxL1p00E1WDM2s01gxMXG spam detected' ('il server della posta in uscita impedisce l'invio del messaggio'; the
  // mail was reported as spam by its recipients)
  {
    file: `${DIR}05-postfix-relayhost-aruba-552-5.2.0-spam-detected.eml`,
    kind: 'bounce',
    format: 'postfix',
    recipients: [
      { address: 'clienti@example.com', status: '5.2.0', category: 'content-rejected', owner: 'sender' },
    ],
  },
  // postmaster.free.fr: '550 spam detected', 'le mail que vous avez envoyé a été analysé comme étant un spam par notre
  // filtre antispam et il a été refusé lors de la reception'
  {
    file: `${DIR}06-exim-free-550-spam-detected.eml`,
    kind: 'bounce',
    format: 'exim',
    recipients: [
      { address: 'mlefevre@example.net', status: '5.0.0', category: 'content-rejected', owner: 'sender' },
    ],
  },
  // postmaster-earthlink.vadesecure.com/inbound_error_codes: '_111', '550 5.7.1 Sender blocked error', 'Your sending
  // address is listed on a Spamhaus Blocklist.' (the sending IP, not the sender's account)
  {
    file: `${DIR}07-exim-earthlink-550-5.7.1-sender-blocked-error-elnk-111.eml`,
    kind: 'bounce',
    format: 'exim',
    recipients: [
      {
        address: 'gwen.t@example.net',
        status: '5.7.1',
        category: 'reputation-block',
        owner: 'sender-admin',
        rule: 'earthlink.blocked',
      },
    ],
  },
];

describe('regional ISPs and mailbox providers: documented replies in whole bounces', () => {
  test.each(CASES)('$file', (c) => checkFixture(c));
});
