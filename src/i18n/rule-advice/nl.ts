// Microsoft's rule-specific advice in Dutch (src/diagnosis/advice/microsoft.ts; the terms of
// catalogs/nl.ts: "je", rapport, e-mailbeheerder, IT-afdeling).
import { byRule } from './ids';
import type { RuleAdviceText } from './types';

const EXTERNAL_USER =
  'Dit adres neemt alleen mail aan van mensen uit de eigen organisatie, dus niets wat je aan jouw kant verandert, krijgt het bericht erdoor. Vraag de ontvanger via een ander kanaal om mail van jou door de eigen IT-afdeling te laten toestaan, of gebruik een ander adres dat de ontvanger je geeft.';

function external(what: string, group: boolean): RuleAdviceText {
  return {
    user: EXTERNAL_USER,
    admin: `De ontvanger (${what}) is zo ingesteld dat afzenders van buiten de eigen organisatie worden geweigerd (in Exchange Online: de instelling die vereist dat alle afzenders zijn geverifieerd). Alleen de beheerder van de organisatie van de ontvanger${group ? ' of de eigenaar van de groep' : ''} kan externe afzenders toestaan of deze afzender aan de geaccepteerde afzenders toevoegen. Aan de kant van de afzender is er niets mis.`,
  };
}

export const nl = byRule({
  dmarc: {
    user: 'De ontvanger heeft het bericht geweigerd omdat je domein niet door DMARC kwam en het DMARC-beleid van je domein vraagt om zulke mail te weigeren. Stuur dit rapport door naar je e-mailbeheerder; opnieuw versturen helpt niet.',
    admin:
      'Het From-domein publiceert p=reject en dit bericht kwam niet door uitgelijnde SPF of uitgelijnde DKIM. Zoek uit welke dienst het verstuurde: neem die op in het SPF-record van het domein, laat die met DKIM ondertekenen voor je domein (d= je domein) en zorg dat het Return-Path-domein ervan is uitgelijnd. Is het bericht doorgestuurd, dan heeft de doorstuurder de verificatie gebroken: gebruik ARC of laat de doorstuurder de envelop-afzender herschrijven. Houd p=reject aan zodra alle legitieme afzenders slagen.',
  },
  outlookAuthLevel: {
    user: 'Outlook.com heeft het bericht geweigerd omdat je domein niet voldoet aan de verificatie-eisen voor afzenders. Stuur dit rapport door naar je e-mailbeheerder.',
    admin:
      'Outlook.com eist van domeinen die in grote aantallen versturen dat ze door SPF en DKIM komen en een DMARC-record publiceren (minstens p=none) dat is uitgelijnd met het From-domein. Publiceer SPF, onderteken met DKIM voor het From-domein, publiceer DMARC en controleer de uitlijning voordat je opnieuw verstuurt.',
  },
  spf: {
    user: 'De server van de ontvanger heeft het SPF-record van je domein niet geaccepteerd voor de server die je bericht verstuurde. Stuur dit rapport door naar je e-mailbeheerder.',
    admin:
      'Het verzendende IP-adres is niet toegestaan in het SPF-record van het domein van de envelop-afzender. Neem de dienst of server die dit bericht verstuurde op in het SPF-record (include: of ip4:/ip6:), blijf onder 10 DNS-opzoekingen en neem voor Microsoft 365 spf.protection.outlook.com op.',
  },
  ipv6Unauthenticated: {
    user: 'Je bericht kwam via IPv6 binnen zonder door SPF of DKIM te komen, wat Microsoft voor mail via IPv6 eist. Stuur dit rapport door naar je e-mailbeheerder.',
    admin:
      'Mail die Microsoft 365 via IPv6 bereikt, moet door SPF of DKIM komen. Onderteken uitgaande mail met DKIM voor het From-domein en zorg dat SPF de IPv6-adressen dekt waarvandaan je verstuurt (ip6:), of verstuur via IPv4.',
  },
  ipv6ReverseDns: {
    user: 'De mailserver van je organisatie heeft een IPv6-adres zonder reverse-DNS-naam, daarom heeft Microsoft hem geweigerd. Stuur dit rapport door naar je e-mailbeheerder.',
    admin:
      'Geef het verzendende IPv6-adres een PTR-record waarvan de naam weer naar hetzelfde adres verwijst, of verstuur via IPv4.',
  },
  externalAddress: external('een adres', false),
  externalGroup: external('een groep of distributielijst', true),
  externalMailbox: external('een postvak', false),
  externalPublicFolder: external('een openbare map met e-mail', false),
  externalMailUser: external('een e-mailgebruiker', false),
  externalM365Group: external('een Microsoft 365-groep', true),
  notInAllowedSenders: {
    user: 'Deze groep neemt alleen berichten aan van mensen op de lijst van toegestane afzenders, en jij staat er niet op. Vraag de eigenaar van de groep om je toe te voegen, of mail de mensen rechtstreeks.',
    admin:
      'Het bezorgingsbeheer van de groep bepaalt wie ernaar mag versturen, en de afzender staat er niet bij (soms moet zelfs de eigenaar erop staan). De eigenaar van de groep of de beheerder van de organisatie van de ontvanger voegt de afzender, of een groep afzenders, toe aan de lijst.',
  },
  deliveryNotAuthorized: {
    user: 'Je mag niet naar dit adres versturen: waarschijnlijk is het een groep die alleen mail aanneemt van leden of bepaalde mensen, of heeft een regel bij de organisatie van de ontvanger het bericht tegengehouden. Vraag de ontvanger of de eigenaar van de groep om je toe te laten.',
    admin:
      'Een bezorgingsbeperking bij de ontvanger heeft de afzender geweigerd: een groep of postvak alleen voor bepaalde afzenders of leden, een afwijzing door een moderator, of een transportregel (e-mailstroom). De beheerder van de organisatie van de ontvanger of de eigenaar van de groep kan de beperking aanpassen; de servernaam in het rapport laat zien welke organisatie.',
  },
  transportRule: {
    user: 'Een regel bij de organisatie van de ontvanger heeft je bericht geweigerd. Vraag de ontvanger via een ander kanaal waarom de regel van hun organisatie het tegenhoudt.',
    admin:
      'Een Exchange-regel voor de e-mailstroom (transportregel) met een eigen weigeringscode heeft het bericht geweigerd. De organisatie die eigenaar is van de regel (zie de genererende server) kan opzoeken welke regel deze code gebruikt en die aanpassen.',
  },
  clientNotAuthenticated: {
    user: 'De ontvangende server neemt mail voor dit adres alleen aan van afzenders die zich erbij aanmelden, en heeft je bericht daarom geweigerd. Laat het de ontvanger weten; hun IT-afdeling moet mail van buiten toestaan of je een ander adres geven.',
    admin:
      'De ontvangende server (of de ontvangende groep, RESOLVER.RST.AuthRequired) accepteert alleen geverifieerde afzenders: anonieme mail van internet wordt geweigerd. Is de ontvanger van jullie, sta dan anonieme afzenders toe op de ontvangstconnector aan de internetkant, of sta externe afzenders toe voor de groep. Verstuurt een eigen toepassing via die server, laat die zich dan verifiëren.',
  },
  unableToRelay: {
    user: 'De server waarlangs je verstuurde, wilde het bericht niet doorgeven. Gebruik je een e-mailprogramma, controleer dan of het zich aanmeldt bij de server voor uitgaande mail; stuur anders dit rapport door naar je e-mailbeheerder.',
    admin:
      'De server weigerde het relay: hij is niet de bestemming voor het domein van de ontvanger en de client had geen toestemming om te relayen. Controleer of de verzendende client of toepassing zich verifieert (of op IP is toegestaan op een relay-connector) en of de MX van het domein van de ontvanger wijst naar servers die het als geaccepteerd domein hebben.',
  },
  relayAccessDenied: {
    user: 'Het mailsysteem van de ontvanger is verkeerd ingericht voor het eigen domein en heeft je bericht daarom geweigerd. Alleen zij kunnen het oplossen; laat het ze via een ander kanaal weten.',
    admin:
      'De server waar de MX van het domein van de ontvanger naar wijst, neemt geen mail aan voor dat domein: in Exchange Online ontbreekt het domein bij de geaccepteerde domeinen, of het staat op gezaghebbend terwijl de postvakken elders staan (het hoort intern relay te zijn), of het MX-record wijst naar de verkeerde tenant. De beheerder van het domein van de ontvanger moet het MX-record of het geaccepteerde domein corrigeren.',
  },
  recipientAccessDenied: {
    user: 'Het adres bestaat niet bij de organisatie van de ontvanger. Controleer de spelling, of vraag de persoon om het huidige adres.',
    admin:
      'Directory-Based Edge Blocking (DBEB) heeft het adres geweigerd: Exchange Online heeft in die organisatie geen ontvanger met dit adres. Is de ontvanger van jullie, maak dan het postvak of contact aan (of zet het domein op intern relay als sommige ontvangers op een ander systeem staan).',
  },
  tenantAttribution: {
    user: 'De weg van de mail van je organisatie naar Microsoft 365 is verkeerd ingericht. Stuur dit rapport door naar je e-mailbeheerder.',
    admin:
      "Exchange Online kon mail van je on-premises servers niet aan je tenant koppelen: de certificaatnaam of de IP-adressen van de inkomende connector kloppen niet meer met wat de on-premises kant laat zien. Werk de inkomende connector bij (onderwerp van het TLS-certificaat of afzender-IP's) of de on-premises verzendconnector.",
  },
  anonymousSubmission: {
    user: 'Het apparaat of de toepassing die dit bericht verstuurde, heeft zich niet aangemeld bij Microsoft 365. Controleer de e-mailinstellingen ervan of stuur dit rapport door naar je IT-afdeling.',
    admin:
      'Een apparaat of toepassing verstuurde via smtp.office365.com zonder SMTP AUTH. Stel het in om zich te verifiëren (poort 587, STARTTLS, een postvak met licentie, SMTP AUTH ingeschakeld voor dat postvak), of verstuur in plaats daarvan via een connector met direct verzenden of SMTP-relay.',
  },
  recipientNotFound: {
    user: 'Het adres is niet gevonden bij de organisatie van de ontvanger. Controleer de spelling; heb je het uit de suggesties van Outlook gekozen, verwijder dan de suggestie (de opgeslagen vermelding kan verouderd zijn), typ het volledige adres opnieuw en verstuur. Lukt het nog steeds niet, controleer het adres dan bij de persoon.',
    admin:
      'De Exchange-organisatie van de ontvanger heeft geen postvak, groep of contact met dit adres. Is de ontvanger van jullie: controleer of het adres aan een postvak met licentie is toegewezen, of de adreslijstsynchronisatie Exchange Online heeft bereikt en of geen doorstuurregel naar een verwijderd adres wijst. Verouderde vermeldingen in Automatisch aanvullen van Outlook (een oude legacyExchangeDN) veroorzaken deze fout ook.',
  },
  outlookComNoAccount: {
    user: 'Dit Outlook.com- of Hotmail-adres bestaat niet. Controleer de spelling, of vraag de persoon om het huidige adres.',
    admin:
      'Outlook.com heeft geen account met dit adres gevonden. Aan de kant van de afzender is er niets mis.',
  },
  unresolvedRecipient: {
    user: 'Exchange kon niet vaststellen wie deze ontvanger is. Heb je geantwoord op een oud of opgeslagen bericht, begin dan een nieuw bericht en typ het volledige adres in plaats van de opgeslagen vermelding te gebruiken.',
    admin:
      'De ontvanger kon niet worden omgezet: vaak een antwoord op een als bestand opgeslagen bericht, of een vermelding in Automatisch aanvullen waarvan de legacyExchangeDN niet meer bestaat. Verwijder de verouderde vermelding; is de ontvanger naar een andere organisatie verhuisd, voeg dan de oude legacyExchangeDN als X500-adres toe aan het nieuwe postvak.',
  },
  mailboxFull: {
    user: 'Het postvak van de ontvanger is vol. Aan jouw kant is er niets mis: laat het de ontvanger via een ander kanaal weten en verstuur opnieuw zodra er ruimte is gemaakt.',
    admin:
      'Het Exchange-postvak van de ontvanger zit boven het opslagquotum. De eigenaar moet mail verwijderen of archiveren (of de beheerder verhoogt het quotum, zet het archief aan of maakt bij een gedeeld postvak ruimte vrij). De afzender hoeft niets te veranderen.',
  },
  folderItemLimit: {
    user: 'Een map in het postvak van de ontvanger bevat te veel items om er meer bij te nemen. Laat het de ontvanger via een ander kanaal weten.',
    admin:
      'Een map in het postvak van de ontvanger heeft de limiet van Exchange voor het aantal items per map bereikt. De eigenaar moet items verplaatsen of verwijderen (of de beheerder archiveert ze).',
  },
  sendingLimit: {
    user: 'Je account is over de verzendlimieten van Microsoft 365 gegaan en mag voorlopig niet versturen. Wacht (meestal tot 24 uur); heb je niet veel mail verstuurd, laat het dan meteen je IT-afdeling weten, want het account wordt misschien misbruikt.',
    admin:
      'De afzender is over de ontvangerslimiet van Exchange Online (10.000 ontvangers per dag) of de berichtlimiet gegaan. Controleer het account op misbruik (onbekende aanmeldingen, regels voor het Postvak IN, verzonden items); gebruik voor bulk- of toepassingsmail een dienst die daarvoor bedoeld is. Geblokkeerde gebruikers worden vrijgegeven bij de beperkte entiteiten in de Defender-portal.',
  },
  bannedAccount: {
    user: 'Microsoft 365 heeft je account geblokkeerd voor het versturen van mail, meestal omdat het spam verstuurde nadat het wachtwoord was gestolen. Neem contact op met je IT-afdeling; versturen werkt pas weer als zij iets hebben gedaan.',
    admin:
      'Het verzendende account staat vanwege uitgaande spam op de lijst met beperkte gebruikers van Microsoft 365. Behandel het als gehackt: stel het wachtwoord opnieuw in, dwing MFA af, verwijder onbekende regels voor het Postvak IN, doorsturingen en app-wachtwoorden, en geef de gebruiker daarna vrij onder "Beperkte entiteiten" in de Microsoft Defender-portal (of vraag het aan Microsoft-ondersteuning).',
  },
  tenantBlocked: {
    user: 'Microsoft 365 heeft je organisatie geblokkeerd voor het versturen van mail naar externe adressen. Alleen je IT-afdeling kan dit met Microsoft oplossen.',
    admin:
      'Microsoft heeft de hele tenant beperkt omdat veel van de uitgaande mail op spam leek, of omdat er werd verstuurd vanaf domeinen die niet in de tenant zijn toegevoegd en geverifieerd. Voeg elk domein toe waarvandaan je verstuurt en verifieer het, sluit open relays en gehackte accounts, en dien daarna een aanvraag in bij Microsoft-ondersteuning.',
  },
  bannedIp: {
    user: 'Microsoft weigert mail van de mailserver van je organisatie vanwege de reputatie ervan. Het ligt niet aan je bericht; stuur dit rapport door naar je e-mailbeheerder.',
    admin:
      'Het verzendende IP-adres staat op de lijst met geblokkeerde afzenders van Microsoft. Zoek en stop wat er ongewenste mail vanaf verstuurde (een gehackt account, een open relay, een gedeeld IP-adres) en vraag daarna verwijdering aan via de delist-portal van Microsoft, met het IP-adres en dit rapport.',
  },
  ipNotAccepted: {
    user: 'Microsoft neemt op dit moment geen mail aan van de mailserver van je organisatie. Stuur dit rapport door naar je e-mailbeheerder.',
    admin:
      'Exchange Online neemt geen verkeer aan van dit verzendende IP-adres (gebruikelijk bij nieuwe IP-adressen of een lage reputatie). Verstuur via een IP-adres met een gevestigde reputatie, zorg dat de tenant geen ongewenste mail doorgeeft en neem contact op met Microsoft-ondersteuning als het aanhoudt.',
  },
  customerBlockList: {
    user: 'De organisatie van de ontvanger heeft je mailserver geblokkeerd. Vraag de ontvanger via een ander kanaal om de blokkade door hun IT-afdeling te laten opheffen.',
    admin:
      'Het domein van de ontvanger heeft het verzendende IP-adres op een eigen blokkeerlijst in Microsoft 365 gezet (geen openbare lijst, dus delist-diensten helpen niet). Alleen de beheerder van de organisatie van de ontvanger kan het verwijderen; stuur die het IP-adres en dit rapport.',
  },
  rejectedByRecipient: {
    user: 'De organisatie van de ontvanger blokkeert mail van je mailserver. Vraag de ontvanger om het door hun IT-afdeling te laten toestaan.',
    admin:
      'De organisatie van de ontvanger heeft het verzendende IP-adres geblokkeerd. Alleen hun beheerder kan de blokkade opheffen.',
  },
  tenantAllowBlockList: {
    user: 'Je eigen organisatie blokkeert mail naar dit adres of domein, daarom is het hele bericht tegengehouden. Vraag je IT-afdeling of de blokkade zo bedoeld is.',
    admin:
      'Een vermelding in de lijst met toegestane/geblokkeerde tenantitems blokkeert een van de ontvangers, en Exchange Online houdt dan het hele bericht voor alle ontvangers tegen. Verwijder de vermelding of maak die smaller in de Microsoft Defender-portal als die niet zo bedoeld is, en verstuur daarna opnieuw.',
  },
  externalForwarding: {
    user: 'De organisatie van het postvak dat dit bericht automatisch doorstuurt, staat doorsturen naar een extern adres niet toe. Mail de uiteindelijke ontvanger rechtstreeks, of vraag het aan de IT-afdeling van die organisatie.',
    admin:
      'Het beleid voor uitgaande spam van de tenant van het doorsturende postvak blokkeert automatisch extern doorsturen. De beheerder daar kan doorsturen voor dat postvak toestaan in het antispambeleid voor uitgaande mail, of de gebruiker verwijdert de doorstuurregel.',
  },
  downstreamRelay: {
    user: 'Een server na Microsoft 365 weigerde een doorgestuurde kopie van dit bericht door te geven. Stuur dit rapport door naar je e-mailbeheerder.',
    admin:
      'Het bericht is vanuit Exchange Online doorgestuurd of via relay doorgegeven, en de volgende server heeft het geweigerd. Controleer de uitgaande connector en de relay-rechten van de volgende gateway voor de adressen van Microsoft 365.',
  },
  expired: {
    user: 'Microsoft 365 bleef het proberen, maar kon het bericht niet bezorgen voordat het opgaf. Controleer of het adres klopt; zo ja, dan ligt de mailserver van de ontvanger waarschijnlijk plat of is die verkeerd ingericht: laat het ze via een ander kanaal weten en probeer het later opnieuw.',
    admin:
      'Het bericht stond in de wachtrij van Exchange tot het verliep. Bekijk de laatste fout in het rapport (vaak een geweigerde verbinding, een DNS-fout of een TLS-probleem bij de bestemming). Controleer de MX-records van het domein van de ontvanger en of de server verbindingen op poort 25 aanneemt; controleer bij hybride omgevingen de connectors tussen on-premises Exchange en Exchange Online.',
  },
  expiredConnectionRefused: {
    user: 'De mailserver van de ontvanger weigerde elke verbinding tot Microsoft 365 het opgaf. Alleen zij kunnen het oplossen; laat het ze via een ander kanaal weten.',
    admin:
      'Exchange Online kon de hele periode van nieuwe pogingen geen verbinding maken met de bestemming (verbinding geweigerd, socketfout 10061). De beheerder van het domein van de ontvanger moet controleren of de MX-host draait, op poort 25 luistert en de adressen van Microsoft 365 door de firewall laat.',
  },
  expiredDnsFailed: {
    user: 'Het domein van de ontvanger was niet te vinden in DNS zolang Microsoft 365 het probeerde. Controleer het deel na de @ op typefouten; klopt het, dan is de DNS van het domein stuk.',
    admin:
      'DNS-opzoekingen van de MX- (of A-)records van het domein van de ontvanger mislukten tot het bericht verliep. Controleer het domein op typefouten en de DNS ervan met een MX-opzoeking; de eigenaar van het domein moet de naamservers of MX-records repareren.',
  },
  routingLoop: {
    user: 'Het bericht is rondgegaan tussen mailservers. Heb je doorsturen of regels voor het Postvak IN ingesteld, controleer die dan; stuur anders dit rapport door naar je e-mailbeheerder.',
    admin:
      'Exchange heeft een lus na 20 hops gestopt. Zoek naar doorsturen van postvakken of regels voor het Postvak IN die het bericht terugsturen, een domein dat zowel geaccepteerd is als elders heen wordt gerouteerd, of hybride connectors en targetAddress-waarden die naar elkaar wijzen.',
  },
  bareLineFeeds: {
    user: 'Het programma waarmee je verstuurde, heeft tekens in het bericht gezet die de ontvangende server niet aanneemt. Probeer het vanuit Outlook; heeft een toepassing het verstuurd, laat het dan de beheerder ervan weten.',
    admin:
      'Het bericht bevat losse regeleinden (LF zonder CR) en de bestemming ondersteunt geen BDAT/CHUNKING om ze te vervoeren. Pas de verzendende toepassing aan zodat die CRLF als regeleinde gebruikt.',
  },
  richText: {
    user: 'Je bericht is verstuurd in Rich Text-opmaak, die het ontvangende systeem niet kon aannemen. Verstuur het opnieuw als HTML of platte tekst (Outlook: Tekst opmaken).',
    admin:
      'Een Rich Text-bericht (TNEF) heeft de organisatie verlaten met een te grote x-dg-ref-header. Stel het externe domein in Exchange zo in dat er nooit Rich Text (TNEF) wordt verstuurd, of laat gebruikers in HTML versturen.',
  },
  nestedAttachments: {
    user: 'Het ontvangende systeem heeft het bericht geweigerd vanwege de bijlagen (bijvoorbeeld een bericht dat als bijlage in een ander bericht zit). Stuur de bestanden rechtstreeks in plaats van berichten als bijlage toe te voegen.',
    admin:
      'Een beleid bij de ontvanger (AS345) weigert berichten met geneste berichtbijlagen. Verstuur de inhoud zonder bijgevoegde berichten, of vraag de organisatie van de ontvanger het beleid te herzien.',
  },
  throttled: {
    user: 'Microsoft remt mail van je organisatie op dit moment af. Je kunt alleen wachten; het bericht wordt opnieuw geprobeerd.',
    admin:
      'Exchange Online heeft het verzendende IP-adres tijdelijk afgeknepen (een nieuw IP-adres of een plotselinge verandering in volume). Houd de volumes gelijkmatig, zorg dat SPF, DKIM en reverse DNS in orde zijn en controleer op gehackte afzenders; de beperking verdwijnt vanzelf als het verkeer legitiem is.',
  },
  mtaSts: {
    user: 'De e-mailinrichting van de organisatie van de ontvanger kwam niet door een beveiligingscontrole. Alleen zij kunnen het oplossen; laat het de ontvanger via een ander kanaal weten.',
    admin:
      'Het MTA-STS-beleid van de bestemming noemt de MX-host waarmee Exchange Online verbinding maakte niet, of het certificaat van de host leidt niet naar een vertrouwde basis-CA of heeft geen passende naam. De beheerder van het domein van de ontvanger moet het MTA-STS-beleid (mx:-regels) of het certificaat bijwerken.',
  },
  dane: {
    user: 'De mailserver van de organisatie van de ontvanger kwam niet door een controle voor veilige bezorging (DANE of MTA-STS). Alleen zij kunnen het oplossen; laat het de ontvanger via een ander kanaal weten en probeer het later opnieuw.',
    admin:
      'Exchange Online weigerde het bericht aan de bestemming te geven omdat de TLS-inrichting daar niet klopt met wat het domein publiceert: geen STARTTLS, een verlopen certificaat, een certificaat waarvan de naam niet bij de MX-host past, een TLSA-record dat niet klopt, of DNSSEC-records die niet te valideren zijn. De beheerder van het domein van de ontvanger moet het certificaat, de TLSA-records of het MTA-STS-beleid corrigeren.',
  },
});
