// Localized notices as people receive and forward them: Outlook's and Exchange's own notices in
// Spanish, German and French, and mail systems' English notices forwarded inline by Outlook,
// Thunderbird, Apple Mail and Gmail in Spanish and Dutch (invented fixtures under
// test/fixtures/variants/localized/). The comment above each row names the pasted notice the
// variant is modelled on.
import { checkFixture, variantCases, type FixtureCase } from './fixture-cases';

const c = variantCases('localized/');

const DELAYED = { category: 'delayed', owner: 'none', action: 'delayed' } as const;

const CASES: FixtureCase[] = [
  // pastebin.com/12qpX1rU, rrDb8Y6g: Outlook's Spanish notice "Algunos de los destinatarios no
  // recibieron su mensaje." / "No se puede localizar a los destinatarios siguientes:" / "'addr' en
  // <date>" / "Error del servidor: '451 Requested action aborted: local error in processing'"
  c('01-outlook-es-sin-entregar-451.eml', 'bounce', 'exchange', [
    'compras@lsanvicente.example',
    null,
    'recipient-system',
    'recipient-admin',
  ]),
  // pastebin.com/9LAaRhhi: the same notice forwarded by Outlook ("De: Administrador del sistema /
  // Enviado el: ... / Asunto: Sin entregar: Pedido")
  c('02-outlook-es-sin-entregar-forwarded.eml', 'bounce', 'exchange', [
    'compras@lsanvicente.example',
    null,
    'recipient-system',
    'recipient-admin',
  ]),
  // pastebin.com/dUJNHrB0: Outlook's German notice "Ihre Nachricht hat einige oder alle Empfänger
  // nicht erreicht." / "Folgende(r) Empfänger kann/können nicht erreicht werden:" / "<name> am
  // <date>" / "Sie besitzen nicht die Berechtigung, die Nachricht im Auftrag des angegebenen
  // Benutzers zu senden." (a delegate's send-on-behalf refused: the recipient is a display name)
  c('03-outlook-de-no-send-on-behalf-permission.eml', 'bounce', 'exchange', [
    'Lea Marti',
    null,
    'sender-blocked',
    'sender-admin',
  ]),
  // the same, forwarded by Outlook in German ("-----Ursprüngliche Nachricht----- / Von: / Gesendet:")
  c('04-outlook-de-no-send-on-behalf-forwarded.eml', 'bounce', 'exchange', [
    'Lea Marti',
    null,
    'sender-blocked',
    'sender-admin',
  ]),
  // pastebin.com/SYa736QZ: Exchange's French delay notice "Remise retardée :" / "La remise est
  // retardée pour ces destinataires ou groupes :" / "Informations de diagnostic pour les
  // administrateurs :" / "Server at ... returned '400 4.4.7 Message delayed'", two recipients
  {
    ...c('05-exchange-fr-remise-retardee-two-recipients.eml', 'delay', 'exchange'),
    recipients: [
      { address: 'melanie.dubois@afschrift.example', status: '4.4.7', ...DELAYED },
      { address: 'nadia.amrani@afschrift.example', status: '4.4.7', ...DELAYED },
    ],
  },
  // pastebin.com/SYa736QZ as pasted: Outlook's French forward ("_____" / "De : Microsoft Outlook /
  // Envoyé : / À : / Objet : Remise retardée :TR: ..."), no delivery-status part
  {
    ...c('06-exchange-fr-remise-retardee-forwarded.eml', 'delay', 'exchange'),
    recipients: [
      { address: 'melanie.dubois@afschrift.example', status: '4.4.7', ...DELAYED },
      { address: 'nadia.amrani@afschrift.example', status: '4.4.7', ...DELAYED },
    ],
  },
  // pastebin.com/gwHtk6Ha: 1&1 IONOS (kundenserver.de) "Reason: delivery retry timeout exceeded",
  // forwarded by Outlook in Spanish ("-----Mensaje original----- / De: ... [mailto:...] / Enviado el:")
  c('07-ionos-es-outlook-forward-retry-timeout.eml', 'bounce', 'gmx', [
    'rosa.regueiro@example.com',
    '5.4.7',
    'expired',
    'recipient-admin',
  ]),
  // pastebin.com/UTpfFNB4: IONOS "SMTP error from remote server for RCPT TO command, host: ...
  // reason: 550 5.7.1 Service unavailable, Client host [...] blocked using Spamhaus", Spanish forward
  c('08-ionos-es-outlook-forward-spamhaus.eml', 'bounce', 'gmx', [
    'rmunoz@novatecgroup.onmicrosoft.example',
    '5.7.1',
    'reputation-block',
    'sender-admin',
  ]),
  // pastebin.com/i3WV22Bp: IONOS "550 #5.7.1 Your access to submit messages to this e-mail system has
  // been rejected.", forwarded by Apple Mail in Spanish ("Inicio del mensaje reenviado:" / "De: /
  // Fecha: / Para: / Asunto:", quoted with "> ")
  c('09-ionos-es-apple-mail-forward-access-rejected.eml', 'bounce', 'gmx', [
    'cguerrero@claro.example',
    '5.7.1',
    'recipient-policy',
    'recipient-admin',
  ]),
  // pastebin.com/FPXQpDum: Postfix "connect to ...:25: No route to host" for two recipients,
  // forwarded by Thunderbird in Spanish ("-------- Mensaje reenviado -------- / Asunto: / Fecha: /
  // De: / Para:")
  c(
    '10-postfix-es-thunderbird-forward-no-route.eml',
    'bounce',
    'postfix',
    ['mercedes@diarsa.example', null, 'recipient-system', 'recipient-admin'],
    ['ventas@diarsa.example', null, 'recipient-system', 'recipient-admin'],
  ),
  // pastebin.com/FPXQpDum as pasted there: each label of Thunderbird's header table on its own line,
  // its value on the next
  c(
    '11-postfix-es-thunderbird-forward-pasted-labels.eml',
    'bounce',
    'postfix',
    ['mercedes@diarsa.example', null, 'recipient-system', 'recipient-admin'],
    ['ventas@diarsa.example', null, 'recipient-system', 'recipient-admin'],
  ),
  // pastebin.com/aTHb5pnq: Hotmail's "Delivery to the following recipients failed." with Status:
  // 5.0.0 and nothing else, forwarded by Gmail in Dutch ("---------- Doorgestuurd bericht ----------")
  c('12-hotmail-dsn-nl-gmail-forward.eml', 'bounce', 'rfc3464', [
    'lynsey.reich@brightggz.example',
    '5.0.0',
    'unknown',
    'sender-admin',
  ]),
  // pastebin.com/ASVs6VEw, xwuij09h: Postfix "mail for <domain> loops back to myself" (Status 5.4.6)
  // forwarded by Outlook in Spanish, the "De:" value wrapped onto a second line, the report's
  // attachment names ("details.txt") left in the text
  c('13-postfix-es-outlook-forward-loop.eml', 'bounce', 'postfix', [
    'jvaldez@tvfuego.example',
    '5.4.6',
    'mail-loop',
    'sender-admin',
  ]),
];

describe('localized notices, delivered and forwarded', () => {
  test.each(CASES.map((x) => [x.file, x] as const))('%s', (_file, x) => checkFixture(x));
});
