// Nederlands. Eenvoudig en kort, met "je"; de termen van Outlook (rapport van niet-bezorging,
// postvak, bijlage, Verzonden items, invoegtoepassingen); SPF, DKIM, DMARC, MX en HELO blijven zo.
import type { Catalog } from './en';

export const nl: Catalog = {
  'app.starting': 'Bounce Lens wordt gestart…',
  'app.reading': 'Bericht wordt gelezen…',
  'app.readingProgress': '{current} van {total} wordt gelezen…',
  'app.cannotRead': 'Het bericht kan niet worden gelezen.',
  'app.ready.one': 'Diagnose klaar.',
  'app.ready.other': '{count} diagnoses klaar.',
  'app.failedTitle': 'Bounce Lens kon dit niet lezen',
  'app.fileError': '{label} kan niet worden gelezen',
  'app.skippedAttachment': 'Er is een bijlage overgeslagen',
  'app.results': 'Resultaten',
  'app.sourceFile': 'Bestand: {label}',
  'app.sourceAttachment': 'Bijlage: {label}',
  'app.another': 'Nog een rapport van niet-bezorging analyseren',
  'app.pastedText': 'geplakte tekst',
  'app.readerMissing': 'Een deel van Bounce Lens kon niet worden geladen',
  'app.readerMissingBody':
    'Dit bericht komt van een minder gangbaar mailsysteem waarvan de lezer niet is geladen. Het is daarom algemeen gelezen en het antwoord kan minder precies zijn.',
  'app.phrasesMissingBody':
    'Enkele minder gangbare formuleringen die Bounce Lens herkent, konden niet worden geladen. Dit bericht is zonder die formuleringen gelezen en het antwoord kan minder precies zijn.',
  'app.readAgain': 'Opnieuw lezen',
  'app.partUnavailable':
    'Dit onderdeel kon niet worden geladen. Sluit het deelvenster en open het opnieuw om het nog eens te proberen.',

  'headline.failedMany': '{count} ontvangers konden niet worden bereikt',
  'headline.outcomes': '{recipients} ontvangers, {groups} verschillende uitkomsten',
  'relation.backscatterTitle': 'Misschien heb jij dit bericht niet verstuurd',
  'relation.forwardedTitle': 'Het rapport van niet-bezorging van iemand anders',
  'relation.forwarded':
    'Dit rapport gaat over een bericht van {sender}, niet van jou ({user}). Help je deze persoon, bijvoorbeeld als e-mailbeheerder, dan is het advies hieronder voor {sender}.',
  'relation.backscatter':
    'Het oorspronkelijke bericht kwam van {sender}, niet van jou ({user}). Is dat niet een van je adressen, dan is dit waarschijnlijk backscatter: een rapport van niet-bezorging voor een bericht dat iemand anders uit jouw naam heeft verstuurd. Je kunt het verwijderen; krijg je er veel, laat het dan je e-mailbeheerder weten.',
  'list.recipients': 'Ontvangers',
  'list.evidence': 'Wat Bounce Lens heeft gelezen',

  'title.recipient-unknown': 'Het adres bestaat niet',
  'title.recipient-domain-invalid': 'Het domein bestaat niet of ontvangt geen e-mail',
  'title.mailbox-inactive': 'Het postvak is uitgeschakeld of wordt niet meer gebruikt',
  'title.mailbox-full': 'Het postvak is vol',
  'title.recipient-policy': 'Geweigerd door de regels van de organisatie van de ontvanger',
  'title.recipient-system': 'De ontvangende mailserver heeft een probleem',
  'title.auth-failed': 'Het bericht is niet door de afzendercontrole gekomen (SPF, DKIM, DMARC)',
  'title.sender-infrastructure': 'De inrichting van de verzendende server is geweigerd',
  'title.message-noncompliant': 'Het bericht voldoet niet aan de opmaakregels voor e-mail',
  'title.reputation-block': 'De verzendende server staat op een blokkeerlijst of wordt niet vertrouwd',
  'title.rate-limited': 'De ontvangende server remt de afzender af',
  'title.content-rejected': 'De inhoud is geweigerd (spam, malware of een bijlage)',
  'title.message-too-large': 'Het bericht is te groot',
  'title.sender-blocked': 'Het eigen account of de dienst van de afzender is geblokkeerd',
  'title.relay-denied': 'Een server weigerde het bericht door te sturen',
  'title.delayed': 'De bezorging is vertraagd; de servers blijven het proberen',
  'title.expired': 'De bezorging is na herhaalde pogingen opgegeven',
  'title.mail-loop': 'Het bericht is rondgegaan in een lus',
  'title.suppressed': 'De verzenddienst heeft het niet geprobeerd (onderdrukkingslijst)',
  'title.unknown': 'De oorzaak is niet duidelijk',
  'title.failed': 'Bezorging mislukt',

  'why.recipient-unknown':
    'Alleen de afzender kan het juiste adres achterhalen; niemand anders kan een typefout of een oud adres verbeteren.',
  'why.recipient-domain-invalid': 'Het deel na de @ klopt niet, en alleen de afzender kan dat verbeteren.',
  'why.mailbox-inactive':
    'De persoon is waarschijnlijk vertrokken; de afzender moet hem of haar op een andere manier bereiken.',
  'why.mailbox-full':
    'Alleen de eigenaar van het postvak kan ruimte maken; aan het bericht zelf lag het niet.',
  'why.recipient-policy':
    'Een regel van de organisatie van de ontvanger heeft het tegengehouden; alleen die organisatie kan de afzender toelaten.',
  'why.recipient-system':
    'De fout zit in het mailsysteem van de ontvanger; alleen de beheerders daarvan kunnen het herstellen.',
  'why.auth-failed':
    'SPF, DKIM en DMARC staan in de DNS en de maildiensten van het domein van de afzender; alleen de beheerder daarvan kan ze wijzigen.',
  'why.sender-infrastructure': 'Reverse DNS, de HELO-naam en TLS horen bij de mailservers van de afzender.',
  'why.message-noncompliant':
    'De verzendende software heeft een onjuist opgebouwd bericht gemaakt; wie die software beheert, moet dat oplossen.',
  'why.reputation-block':
    'De blokkade gaat over de servers of het domein van de afzender; de beheerder daarvan moet opruimen en om verwijdering van de lijst vragen.',
  'why.rate-limited':
    'Het verzendvolume en de nieuwe pogingen worden ingesteld op de servers van de afzender.',
  'why.content-rejected':
    'De inhoud heeft een filter geactiveerd; de afzender kan die aanpassen en het bericht opnieuw versturen.',
  'why.message-too-large':
    'Alleen de afzender kan het bericht kleiner maken (grote bestanden delen via een koppeling).',
  'why.sender-blocked':
    'Het verzendende account of de organisatie is beperkt; de beheerder daarvan moet dat opheffen.',
  'why.relay-denied': 'Relay-machtigingen en connectors worden aan de kant van de afzender ingesteld.',
  'why.delayed': 'Nog niets te doen: de servers blijven het proberen.',
  'why.expired':
    'De bestemming was lange tijd niet bereikbaar; de beheerders daarvan moeten hun servers nakijken.',
  'why.mail-loop':
    'Doorstuur- of routeringsregels aan de kant van de afzender sturen het bericht in een kringetje rond.',
  'why.suppressed':
    'De verzenddienst mailt dit adres niet meer na eerdere niet-bezorgingen of klachten; de afzender moet het controleren.',
  'why.unknown': 'Het rapport zegt te weinig; dit is de meest waarschijnlijke partij.',

  'ownerWhy.sender': 'Alles wijst op iets wat de afzender kan veranderen.',
  'ownerWhy.sender-admin': 'De oorzaak zit in de e-mailinrichting van de verzendende organisatie.',
  'ownerWhy.recipient': 'Alleen de ontvanger kan dit veranderen.',
  'ownerWhy.recipient-admin':
    'De oorzaak zit in het mailsysteem of de regels van de ontvangende organisatie.',
  'ownerWhy.provider': 'De maildienst zelf meldt een storing: wacht even of neem contact op met hun support.',
  'ownerWhy.none': 'Er hoeft niets te worden opgelost.',

  'owner.sender': 'de afzender',
  'owner.sender-admin': 'de e-mailbeheerder van de afzender',
  'owner.recipient': 'de ontvanger',
  'owner.recipient-admin': 'de e-mailbeheerder van de ontvanger',
  'owner.provider': 'de e-mailprovider',
  'owner.none': 'niemand',

  'path.heading': 'Wie moet dit oplossen',
  'path.label': 'Van afzender naar ontvanger',
  'path.mustAct': ' (moet actie ondernemen)',
  'path.you': 'Jij',
  'path.sender': 'Afzender',
  'path.yourIt': 'Jouw IT-afdeling',
  'path.senderIt': 'IT van de afzender',
  'path.provider': 'Provider',
  'path.recipientIt': 'IT van de ontvanger',
  'path.recipient': 'Ontvanger',
  'actor.you': 'Jij moet actie ondernemen.',
  'actor.sender': 'De afzender moet actie ondernemen.',
  'actor.senderNamed': 'De afzender ({address}) moet actie ondernemen.',
  'actor.yourIt': 'Jouw IT-afdeling moet actie ondernemen.',
  'actor.yourItDomain': 'Jouw IT-afdeling ({domain}) moet actie ondernemen.',
  'actor.senderIt': 'De IT-afdeling van de afzender moet actie ondernemen.',
  'actor.senderItDomain': 'De IT-afdeling van de afzender ({domain}) moet actie ondernemen.',
  'actor.recipientIt': 'De IT-afdeling van de ontvanger moet actie ondernemen.',
  'actor.recipientItDomain': 'De IT-afdeling van de ontvanger ({domain}) moet actie ondernemen.',
  'actor.recipient': 'De ontvanger ({address}) moet actie ondernemen.',
  'actor.provider': 'De e-mailprovider moet actie ondernemen.',
  'actor.providerDomain': 'De e-mailprovider ({domain}) moet actie ondernemen.',
  'actor.none': 'Op dit moment hoeft niemand iets te doen.',

  'decision.delayedUntil': 'Nog niet bezorgd: de servers blijven het proberen tot {date}.',
  'decision.delayed': 'Nog niet bezorgd: de servers blijven het proberen.',
  'decision.delayedWhy': 'Niemand hoeft iets te doen zolang de servers het opnieuw proberen.',
  'decision.delayFix':
    'Nu niets te doen: de servers blijven proberen het te bezorgen. Verstuur het niet opnieuw, anders komt het twee keer aan. Geven ze het op, dan krijg je een rapport van niet-bezorging met de reden.',
  'decision.delayFixUntil':
    'Nu niets te doen: de servers blijven tot {date} proberen het te bezorgen. Verstuur het niet opnieuw, anders komt het twee keer aan. Geven ze het op, dan krijg je een rapport van niet-bezorging met de reden.',
  'decision.yourIt': 'jouw IT-afdeling',
  'decision.senderIt': 'de IT-afdeling van de afzender',
  'decision.sameOrgWhy':
    '{domain} is de eigen organisatie van de afzender, dus de mailregels daar worden beheerd door {it}.',
  'decision.sameOrgWhyNoDomain':
    'Dit domein is de eigen organisatie van de afzender, dus de mailregels daar worden beheerd door {it}.',
  'decision.sameOrgFix':
    'Het adres hoort bij je eigen organisatie. Vraag {it} waarom {address} het bericht heeft geweigerd; zij kunnen de regel of het adres controleren en het bericht doorlaten.',
  'decision.serverSaid': 'De server zei: ‘{text}’',
  'verdict.line': '{who}: {title}; {acts}.',
  'verdict.recipients': '{count} ontvangers',
  'verdict.mustAct': '{owner} moet actie ondernemen',
  'verdict.nobody': 'op dit moment hoeft niemand iets te doen',

  'group.howToFix': 'Zo los je het op',
  'group.specificAdvice': 'Voor precies deze fout (in het Engels):',

  'calm.delay.title': 'Niet onbestelbaar: de bezorging is vertraagd',
  'calm.delay.body':
    'De servers proberen het bericht nog steeds te bezorgen. Nu niets te doen; geven ze het uiteindelijk op, dan volgt een rapport van niet-bezorging.',
  'calm.delivered.title': 'Bezorgd',
  'calm.delivered.body':
    'Dit is een bezorgingsbevestiging: het bericht heeft de mailserver van de ontvanger bereikt.',
  'calm.auto-reply.title': 'Een automatisch antwoord, geen niet-bezorging',
  'calm.auto-reply.body':
    'Het bericht is bezorgd; dit is een afwezigheidsbericht of automatisch antwoord. Niets op te lossen.',
  'calm.read-receipt.title': 'Een leesbevestiging, geen niet-bezorging',
  'calm.read-receipt.body':
    'Dit meldt wat er na de bezorging met het bericht is gebeurd (bijvoorbeeld dat het is gelezen of verwijderd). Niets op te lossen.',
  'calm.feedback.title': 'Een spammelding',
  'calm.feedback.body':
    'Een ontvanger of diens e-mailprovider heeft een bericht gemeld als spam of misbruik. Het is geen mislukte bezorging; je e-mailbeheerder wil dit adres misschien niet meer mailen.',
  'calm.not-a-bounce.title': 'Dit lijkt geen rapport van niet-bezorging',
  'calm.not-a-bounce.body':
    'Bounce Lens heeft in dit bericht geen bezorgingsrapport gevonden. Staat er ergens anders een rapport van niet-bezorging in de tekst of als bijlage, plak dan de tekst of zet het bestand hieronder neer.',
  'noRecipients.title': 'Een rapport van niet-bezorging, maar er is geen ontvanger te lezen',
  'noRecipients.body':
    'Het bericht zegt dat de bezorging is mislukt, maar niet duidelijk voor welk adres. De technische details laten zien wat Bounce Lens heeft gelezen.',

  'problem.no-item.title': 'Outlook heeft Bounce Lens geen bericht gegeven',
  'problem.no-item.body':
    'Er is niets geselecteerd, of het geselecteerde item is een bezorgingsrapport: Outlook houdt invoegtoepassingen daarbij weg.',
  'problem.restricted.title': 'Outlook houdt invoegtoepassingen weg bij bezorgingsrapporten',
  'problem.restricted.body':
    'Dit is een bezorgingsrapport (een rapport van niet-bezorging in de eigen indeling van Outlook), en Outlook laat invoegtoepassingen het niet lezen.',
  'problem.unsupported.title': 'Deze Outlook kan het bericht niet aan invoegtoepassingen geven',
  'problem.unsupported.body':
    'De functies om berichten te lezen die Bounce Lens nodig heeft (Mailbox 1.8) ontbreken, zoals in Outlook voor iOS en Android.',
  'problem.api-error.title': 'Outlook kon het bericht niet doorgeven',
  'problem.api-error.body': 'Het lezen van het bericht is mislukt. Opnieuw proberen kan helpen.',
  'problem.empty.title': 'Het bericht is leeg',
  'problem.empty.body': 'Outlook gaf een bericht zonder tekst door.',
  'problem.outlookSaid': 'Outlook meldde: {detail}',
  'problem.whatToDo': 'Wat je kunt doen',
  'workaround.drag':
    'Maak dit deelvenster vast (de punaise bovenaan) en sleep het rapport van niet-bezorging vanuit de berichtenlijst naar het deelvenster. Meerdere tegelijk kan ook.',
  'workaround.forward':
    'Of stuur het rapport als bijlage door naar jezelf (in Outlook: Meer acties en dan Doorsturen als bijlage), open dat bericht en open Bounce Lens daarop.',
  'workaround.paste':
    'Of kopieer de tekst van het rapport en plak die hieronder, of sla het op als bestand (.eml of .msg) en zet het hieronder neer.',
  'dropTip.title': 'Maak dit deelvenster vast en sleep rapporten erheen',
  'dropTip.body':
    'Outlook houdt invoegtoepassingen weg bij de meeste rapporten van niet-bezorging. Maak Bounce Lens vast (de punaise bovenaan dit deelvenster) en sleep een rapport vanuit de berichtenlijst naar het deelvenster; meerdere tegelijk geven een overzicht.',

  'action.failed': 'mislukt',
  'action.delayed': 'wordt nog opnieuw geprobeerd',
  'action.delivered': 'bezorgd',
  'action.relayed': 'doorgegeven',
  'action.expanded': 'verdeeld onder de leden van de lijst',

  'actions.didYouMean': 'Bedoelde je {address}?',
  'actions.resendTo': 'Opnieuw versturen naar {address}',
  'actions.resend': 'Opnieuw versturen',
  'actions.emailYourIt': 'Mail je IT-afdeling',
  'actions.emailSenderIt': 'Mail de IT-afdeling van de afzender',
  'actions.postmaster': 'Laat de postmaster van {domain} het weten',

  'draft.noOriginal':
    '(Bounce Lens: het rapport van niet-bezorging bevat de oorspronkelijke tekst niet; plak die hier of stuur het origineel door vanuit Verzonden items.)',
  'draft.itSubject': 'Niet-bezorging om te controleren: {subject}',
  'draft.aMessage': 'een bericht',
  'draft.itBody':
    'Hallo,\n\nEen bericht dat ik heb verstuurd, is niet bezorgd en de oorzaak lijkt bij ons te liggen. Kunnen jullie ernaar kijken?\n\n{summary}\n',
  'draft.postmasterSubject': 'Bezorging bij {domain} geweigerd: {subject}',
  'draft.postmasterBody':
    'Hallo postmaster van {domain},\n\nJullie mailsysteem heeft een bericht voor {recipients} geweigerd. Kunnen jullie nagaan waarom, en het doorlaten als het geaccepteerd zou moeten worden?\n\n{summary}\n',
  'draft.suggestedCheck': 'Voorgestelde controle: {text}',

  'fact.originalSubject': 'Oorspronkelijk onderwerp',
  'fact.originalDate': 'Oorspronkelijke datum',
  'fact.originalSender': 'Oorspronkelijke afzender',
  'fact.originalRecipients': 'Oorspronkelijke ontvangers',
  'fact.originalMessageId': 'Oorspronkelijke Message-ID',
  'fact.reportedBy': 'Gemeld door',
  'fact.recipient': 'Ontvanger',
  'fact.whatHappened': 'Wat er is gebeurd',
  'fact.whoMustAct': 'Wie moet actie ondernemen',
  'fact.serverSaid': 'Antwoord van de server',
  'fact.remoteServer': 'Externe server',
  'fact.howToFix': 'Zo los je het op',
  'fact.forAdmin': 'Voor de e-mailbeheerder',
  'fact.authentication': 'Verificatie',
  'fact.status': 'Status',
  'fact.replyCode': 'Antwoordcode',
  'fact.subject': 'Onderwerp',
  'fact.date': 'Verzonden',
  'fact.from': 'Van',
  'fact.to': 'Aan',

  'copy.button': 'Samenvatting kopiëren',
  'copy.done': 'Samenvatting gekopieerd.',
  'copy.blocked': 'Kopiëren is hier geblokkeerd; selecteer de tekst en kopieer die zelf.',
  'copy.noRecipients': 'Een rapport van niet-bezorging, maar er is geen ontvanger te lezen.',
  'copy.partOf': '--- {index} van {total}: {label} ---',

  'admin.heading': 'Voor je e-mailbeheerder',
  'admin.technical': 'Technische details voor {address}',
  'admin.original': 'Het oorspronkelijke bericht',
  'admin.documentation': 'Documentatie',

  'auth.heading': 'Afzenderverificatie: {verdict}',
  'auth.results': 'Verificatieresultaten',
  'auth.verdict.pass': 'Verificatie geslaagd en afgestemd',
  'auth.verdict.unaligned': 'Verificatie geslaagd, maar alleen voor het domein van een andere organisatie',
  'auth.verdict.unauthenticated': 'Niets is door de verificatie gekomen',
  'auth.verdict.forwarding': 'Een doorstuurder of mailinglijst heeft de verificatie gebroken',
  'auth.verdict.unknown': 'De headers laten niet zien welke controle mislukte',
  'auth.aligned': 'afgestemd',
  'auth.notAligned': 'niet afgestemd',
  'auth.for': 'voor {domain}',
  'auth.policy': 'beleid {policy}',
  'auth.fromDomain': 'From-domein',
  'auth.mailFromDomain': 'MAIL FROM-domein',
  'auth.forwarded': 'Doorgestuurd',
  'auth.forwardedYes': 'ja: er zat een doorstuurder of lijst op de route',

  'overview.heading.one': '{count} ontvanger vraagt aandacht',
  'overview.heading.other': '{count} ontvangers vragen aandacht',
  'overview.recipient': 'Ontvanger',
  'overview.whatHappened': 'Wat er is gebeurd',
  'overview.whoActs': 'Wie is aan zet',
  'overview.more.one': 'en nog {count}, hieronder vermeld',
  'overview.more.other': 'en nog {count}, hieronder vermeld',
  'overview.fixIt': 'Zo los je het op',
  'overview.fixThese.one': 'Zo los je het op',
  'overview.fixThese.other': 'Zo los je deze {count} op',
  'who.you': 'Jij',
  'who.sender': 'Afzender',
  'who.yourIt': 'Jouw IT-afdeling',
  'who.senderIt': 'IT van afzender',
  'who.recipientIt': 'IT van ontvanger',
  'who.recipient': 'Ontvanger',
  'who.provider': 'E-mailprovider',
  'who.none': 'Niemand (afwachten)',

  'input.heading': 'Een rapport van niet-bezorging analyseren',
  'input.sample': 'Probeer een voorbeeld',
  'input.chooseSample': 'Kies een voorbeeld…',
  'input.paste': 'Plak het rapport van niet-bezorging (het hele bericht, of alleen de tekst)',
  'input.pasteFirst': 'Plak eerst de tekst van een rapport van niet-bezorging.',
  'input.diagnose': 'Analyseren',
  'input.drop': 'Zet hier .eml-, .msg- of .txt-bestanden neer, of',
  'input.choose': 'Kies een bestand…',
  'input.files': 'Bestanden met rapporten van niet-bezorging (.eml, .msg of .txt)',

  'advice.noAddress': 'de ontvanger',
  'advice.noDomain': 'het domein van de ontvanger',
  'advice.succeeded.summary': 'Het bericht aan {address} is {action}; er is niets mislukt.',
  'advice.succeeded.user': 'Niets te doen: dit is een bezorgingsbevestiging, geen fout.',
  'advice.succeeded.admin':
    'Een positieve melding over de bezorgstatus (de afzender heeft erom gevraagd, of het platform stuurt ze altijd).',
  'advice.delayedAlso': 'De bezorging aan {address} is vertraagd en wordt nog opnieuw geprobeerd. {summary}',
  'advice.recipient-unknown.summary': 'Het adres {address} bestaat niet bij {domain}.',
  'advice.recipient-unknown.user':
    'Controleer de spelling van het adres of vraag de persoon om het huidige adres, en verstuur het bericht opnieuw. Is het adres verouderd, haal het dan uit je contactpersonen of uit de lijst voor automatisch aanvullen.',
  'advice.recipient-unknown.admin':
    'De ontvangende server meldde dat het postvak niet bestaat. Hoort de ontvanger bij je organisatie, controleer dan of het postvak of de contactpersoon bestaat en het adres eraan is toegewezen; anders is er aan jouw kant niets mis.',
  'advice.recipient-domain-invalid.summary':
    'Het domein {domain} (in {address}) bestaat niet of accepteert geen e-mail.',
  'advice.recipient-domain-invalid.user':
    'Het deel na de @ is waarschijnlijk verkeerd gespeld (bijvoorbeeld gmial.com). Verbeter het en verstuur het bericht opnieuw.',
  'advice.recipient-domain-invalid.admin':
    'Het domein heeft geen MX- of A-record, publiceert een null-MX of kon niet worden opgezocht. Controleer het met een DNS-lookup; host je het domein zelf, corrigeer dan de MX-records.',
  'advice.mailbox-inactive.summary':
    'Het postvak {address} bestaat, maar is uitgeschakeld, opgeschort of wordt niet meer gebruikt.',
  'advice.mailbox-inactive.user':
    'De persoon is waarschijnlijk vertrokken of heeft dit account opgeheven. Neem op een andere manier contact op en vraag om een actueel adres.',
  'advice.mailbox-inactive.admin':
    'Het systeem van de ontvanger meldt het account als uitgeschakeld, opgeschort of verplaatst. Hoort het bij je organisatie, schakel het postvak dan weer in of stel doorsturen in.',
  'advice.mailbox-full.summary': 'Het postvak van {address} is vol.',
  'advice.mailbox-full.user':
    'Aan jouw kant is er niets mis. Laat het de ontvanger via een ander kanaal weten en probeer het later opnieuw.',
  'advice.mailbox-full.admin':
    'De ontvanger zit boven het quotum. De ontvanger (of de beheerder, bij een gedeeld postvak) moet ruimte vrijmaken of het quotum verhogen. De afzender hoeft niets te veranderen.',
  'advice.recipient-policy.summary':
    'De organisatie van {domain} accepteert dit bericht voor {address} niet volgens haar eigen regels.',
  'advice.recipient-policy.user':
    'De organisatie van de ontvanger beperkt wie naar dit adres mag mailen (bijvoorbeeld een groep alleen voor interne afzenders, of een gemodereerde lijst). Vraag de ontvanger of diens IT-afdeling om je toe te laten.',
  'advice.recipient-policy.admin':
    'Een regel aan de kant van de ontvanger heeft het bericht geweigerd: een beperkte groep, een geblokkeerde afzender, een regel voor externe afzenders of een moderatiewachtrij. Alleen de beheerder van de ontvanger of de groepseigenaar kan dit opheffen; deel de antwoordtekst met hen.',
  'advice.recipient-system.summary':
    'De mailserver van {domain} heeft een probleem en kon het bericht niet aannemen.',
  'advice.recipient-system.user':
    'Het probleem ligt aan de ontvangende kant. Probeer het later opnieuw; blijft het mislukken, laat het de ontvanger dan via een ander kanaal weten.',
  'advice.recipient-system.admin':
    'De bestemmingsserver was onbereikbaar, verkeerd ingesteld of gaf een fout (verbinding, TLS, DANE/MTA-STS of een interne fout). De beheerder van de ontvanger moet dit oplossen; de antwoordtekst en de naam van de externe server helpen daarbij.',
  'advice.sender-infrastructure.summary':
    'De ontvangende server heeft de verbinding van jouw mailserver geweigerd vanwege de inrichting (reverse DNS, HELO-naam, DNS van je domein of TLS).',
  'advice.sender-infrastructure.user':
    'Dit is een inrichtingsprobleem bij je organisatie; stuur dit rapport door naar je e-mailbeheerder.',
  'advice.sender-infrastructure.admin':
    'Geef het verzendende IP-adres een PTR-record dat weer naar dat adres verwijst (in beide richtingen bevestigd), gebruik een volledig gekwalificeerde HELO-naam die kan worden opgezocht, zorg voor geldige DNS voor het afzenderdomein (MX of A) en bied STARTTLS aan.',
  'advice.reputation-block.summary':
    'De ontvangende server heeft jouw mailserver geblokkeerd omdat het IP-adres of domein op een blokkeerlijst staat of een slechte reputatie heeft.',
  'advice.reputation-block.user':
    'Het ligt niet aan je bericht. Stuur dit rapport door naar je e-mailbeheerder; tot dit is opgelost, kan mail naar deze bestemming blijven mislukken.',
  'advice.reputation-block.admin':
    'Zoek het verzendende IP-adres op in de blokkeerlijst die in het antwoord wordt genoemd, vind en stop de oorzaak (een gehackt account, een spambron, een gedeeld IP-adres) en vraag daarna om verwijdering van de lijst. Kijk ook in de postmaster-tools van de provider.',
  'advice.content-rejected.summary':
    'De ontvangende server heeft de inhoud van het bericht geweigerd (spamfilter, virusscan of een geblokkeerde bijlage).',
  'advice.content-rejected.user':
    'Verwijder of zip ongebruikelijke bijlagen, vermijd linkverkorters en spamachtige formuleringen, en verstuur het opnieuw. Blijft het mislukken, vraag de ontvanger dan om je adres toe te staan.',
  'advice.content-rejected.admin':
    'Het filter van de ontvanger heeft de inhoud geweigerd. Controleer bijlagen en koppelingen op malware; is het bericht legitiem, vraag de beheerder van de ontvanger dan het oordeel te herzien.',
  'advice.delayed.summary': 'De bezorging aan {address} is vertraagd; het mailsysteem probeert het nog.',
  'advice.delayed.user':
    'Nog niets te doen. Je krijgt nog een melding als de bezorging uiteindelijk mislukt.',
  'advice.delayed.admin':
    'Het bericht staat in de wachtrij en wordt opnieuw geprobeerd. Blijven de vertragingen, controleer dan of de bestemming bereikbaar is en lees de antwoordtekst.',
  'advice.expired.summary':
    'Het mailsysteem heeft de bezorging aan {address} opgegeven na te lang opnieuw proberen.',
  'advice.expired.user':
    'De ontvangende server was lange tijd niet bereikbaar. Controleer het adres, probeer het later opnieuw of neem op een andere manier contact op.',
  'advice.expired.admin':
    'De bezorging is opnieuw geprobeerd tot de levensduur in de wachtrij was verstreken. Controleer de MX-records van de bestemming en de bereikbaarheid; de laatste fout in het rapport noemt de oorzaak.',
  'advice.unknown.summary':
    'De bezorging aan {address} is mislukt en het rapport zegt niet duidelijk waarom.',
  'advice.unknown.user':
    'Verstuur het later opnieuw. Mislukt het weer, stuur dit rapport dan door naar je e-mailbeheerder.',
  'advice.unknown.admin':
    'Het rapport noemt geen herkenbare oorzaak. Lees het antwoord van de server en de statuscode hieronder; de beheerder van de externe server kan zijn eigen melding uitleggen.',
};
