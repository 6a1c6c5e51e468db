// Microsoft's localized notices as their servers write them and as people forward them: Office
// 365's Dutch and German "<host> rejected your message to the following email addresses" notice
// (its advice names a "virus" and an "SPF" problem as examples, never the reason) and Exchange's
// French "Échec de la remise" notice (invented fixtures under test/fixtures/variants/localized2/).
// The comment above each row names the pasted notice the variant's words are taken from.
import { checkFixture, variantCases, type FixtureCase } from './fixture-cases';

const c = variantCases('localized2/');

const CASES: FixtureCase[] = [
  // pastebin.com/27RYDbGs: Outlook.com's Dutch notice "Onbestelbaar: Re: test mail" / "<host> heeft
  // uw bericht naar de volgende e-mailadressen geweigerd:" / "Het bericht is niet afgeleverd. ..." /
  // "Bijvoorbeeld: als er staat dat het bericht is geblokkeerd vanwege een mogelijk virus, ..." /
  // "Voor e-mailbeheerders", pasted without the server's error and forwarded by Outlook in Dutch
  // ("Van: / Verzonden: / Aan: / Onderwerp:", text/forwarded.ts): no reason, not a virus
  c('01-outlook-com-nl-geweigerd-forwarded-no-reason.eml', 'bounce', 'exchange', [
    'Contactcenter@bank.example',
    null,
    'unknown',
    'sender-admin',
  ]),
  // pastebin.com/27RYDbGs: the same words as the notice itself, with the returned headers only
  c('02-outlook-com-nl-geweigerd-notice-no-reason.eml', 'bounce', 'exchange', [
    'Contactcenter@bank.example',
    null,
    'unknown',
    'sender-admin',
  ]),
  // pastebin.com/7uyQfD4d: Office 365's German notice "<host> hat Ihre Nachricht an die folgenden
  // E-Mail-Adressen zurückgewiesen." / "Ihre Nachricht konnte nicht zugestellt werden. ..." / "...
  // wegen eines potenziellen Virus gesperrt wurde, ..." / "Für E-Mail-Administratoren"; its admin
  // block "Diagnoseinformationen für Administratoren" / "Generierender Server:" / "Remote Server
  // returned '...'" (hilfe.cloud4you.biz, "Fehlermeldungen beim Versand und Empfang von Mails"); the
  // server's reply "550 5.1.1 <addr>: Recipient address rejected: User unknown in virtual alias
  // table" (webgo.de FAQ, "Fehlermeldung Undelivered Mail Returned to Sender")
  c('03-exchange-online-de-zurueckgewiesen-user-unknown.eml', 'bounce', 'exchange', [
    'jana.vogt@example.net',
    '5.1.1',
    'recipient-unknown',
    'sender',
  ]),
  // pastebin.com/7uyQfD4d: the German notice's user part forwarded by Outlook in German
  // ("-----Ursprüngliche Nachricht----- / Von: / Gesendet: / An: / Betreff:"): no reason
  c('04-exchange-online-de-zurueckgewiesen-forwarded-no-reason.eml', 'bounce', 'exchange', [
    'jana.vogt@example.net',
    null,
    'unknown',
    'sender-admin',
  ]),
  // pastebin.com/HZca6aT2: Exchange 2016's French notice "Échec de la remise pour ces destinataires
  // ou groupes :" / "Delivery not authorized, message refused" / "Informations de diagnostic pour les
  // administrateurs :" / "Serveur de génération :" / "Remote Server returned '550 5.7.900
  // TRANSPORT.RULES.RejectMessage; the message was rejected by organization policy'" / "En-têtes de
  // message d'origine :", here from the recipient's organization
  c('05-exchange-fr-echec-remise-transport-rule.eml', 'bounce', 'exchange', [
    'support@example.net',
    '5.7.900',
    'recipient-policy',
    'recipient-admin',
  ]),
  // pastebin.com/27RYDbGs's Dutch notice with its admin block ("Diagnostische informatie voor
  // beheerders", "Genererende server", "Oorspronkelijke berichtkoppen": exchange-text.ts) and a
  // server that did find a virus: "550 5.7.1 Message content rejected - VIRUS" (nederhost.nl
  // kennisbank, "Melding bij versturen: Message content rejected")
  c('06-outlook-com-nl-geweigerd-virus.eml', 'bounce', 'exchange', [
    'inkoop@hosting.example',
    '5.7.1',
    'content-rejected',
    'sender',
  ]),
];

describe('localized notices 2: Microsoft in Dutch, German and French', () => {
  test.each(CASES.map((x) => [x.file, x] as const))('%s', (_file, x) => checkFixture(x));
});
