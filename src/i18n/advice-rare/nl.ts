// The advice of the categories few bounces have (../advice-rare.ts), in this language: a chunk of
// its own, fetched when a diagnosis has one of them.
import type { Catalog } from '../catalogs/en';

export const nl: Catalog = {
  'advice.auth-failed.summary':
    '{domain} heeft het bericht geweigerd omdat niet kon worden nagegaan dat het echt van jouw domein kwam (SPF, DKIM of DMARC).',
  'advice.auth-failed.user':
    'De e-mailinrichting van je organisatie moet worden gerepareerd; stuur dit rapport door naar je e-mailbeheerder. Opnieuw versturen helpt niet.',
  'advice.auth-failed.admin':
    'Controleer SPF, DKIM en DMARC voor het From-domein. Het From-domein moet zijn afgestemd: SPF moet slagen voor een Return-Path in hetzelfde organisatiedomein, of DKIM moet slagen met d= jouw domein. Neem elke verzenddienst op in SPF en laat elke dienst ondertekenen met de DKIM-sleutel van je domein. Verlaag het DMARC-beleid niet naar p=none om het probleem te verbergen.',
  'advice.message-noncompliant.summary':
    'De ontvangende server heeft het bericht geweigerd omdat het niet voldoet aan de opmaakregels voor e-mail.',
  'advice.message-noncompliant.user':
    'Probeer het opnieuw vanuit een gewoon e-mailprogramma; is het bericht door een toepassing gemaakt, laat het dan de beheerder daarvan weten.',
  'advice.message-noncompliant.admin':
    'Het bericht schendt RFC 5322 of MIME (bijvoorbeeld een ontbrekende of dubbele header, een onjuiste From, losse line feeds of te lange regels). Corrigeer de software die het bericht opbouwt.',
  'advice.rate-limited.summary':
    'De ontvangende server beperkt op dit moment hoeveel mail hij van jouw server accepteert.',
  'advice.rate-limited.user':
    'Wacht even en verstuur het later opnieuw. Mailde je veel mensen tegelijk, verstuur dan in kleinere groepen.',
  'advice.rate-limited.admin':
    'De bestemming heeft het verzendende IP-adres afgeremd of op een greylist gezet. Probeer opnieuw met oplopende wachttijden, verlaag het verzendtempo en het aantal verbindingen en kijk of er ongewoon veel mail uit je organisatie komt.',
  'advice.message-too-large.summary': 'Het bericht is groter dan de ontvangende server accepteert.',
  'advice.message-too-large.user':
    'Stuur de bijlage als gedeelde koppeling, of comprimeer die of verdeel hem over meerdere berichten, en verstuur het opnieuw.',
  'advice.message-too-large.admin':
    'Het bericht overschrijdt een groottelimiet onderweg (die van jou of van de ontvanger). Controleer de limieten; base64 maakt bijlagen ongeveer een derde groter.',
  'advice.sender-blocked.summary':
    'Je eigen account of maildienst heeft dit bericht tegengehouden (niet geverifieerd, boven de verzendlimiet of geblokkeerd).',
  'advice.sender-blocked.user':
    'Misschien moet je je opnieuw aanmelden, of heeft je account een verzendlimiet bereikt of is het geblokkeerd. Neem contact op met je IT-afdeling of e-mailprovider.',
  'advice.sender-blocked.admin':
    'Controleer het account van de afzender: aanmelding en SMTP-verificatie, verzendlimieten en of het als gehackt is geblokkeerd (bijvoorbeeld de beperkte entiteiten van Microsoft 365).',
  'advice.relay-denied.summary':
    'Een mailserver onderweg weigerde het bericht door te geven (relay niet toegestaan).',
  'advice.relay-denied.user':
    'Je e-mailprogramma meldt zich misschien niet aan bij je server voor uitgaande mail. Controleer de accountinstellingen, of stuur dit rapport door naar je e-mailbeheerder.',
  'advice.relay-denied.admin':
    'De server weigerde te relayen voor deze client of dit domein. Zorg dat clients zich verifiëren (SMTP AUTH), dat connectors en geaccepteerde domeinen zijn ingesteld en dat de MX van het ontvangende domein naar de juiste servers wijst.',
  'advice.mail-loop.summary': 'Het bericht is in een lus tussen mailservers rondgegaan en is gestopt.',
  'advice.mail-loop.user':
    'Stuur dit rapport door naar je e-mailbeheerder; controleer de doorstuurregels die je zelf hebt ingesteld.',
  'advice.mail-loop.admin':
    'Zoek naar doorstuurregels, aliassen of connectors die het bericht heen en weer sturen (de Received-headers laten de lus zien).',
  'advice.suppressed.summary':
    'De verzenddienst heeft niet geprobeerd te bezorgen aan {address}, omdat het adres op de onderdrukkingslijst staat.',
  'advice.suppressed.user':
    'Dit adres gaf eerder een niet-bezorging of een klacht. Controleer of het klopt voordat je je beheerder vraagt het van de lijst te halen.',
  'advice.suppressed.admin':
    'Haal het adres pas van de onderdrukkingslijst van het verzendplatform als je zeker weet dat het nu geldig is.',
};
