// Microsoft's rule-specific advice in German (src/diagnosis/advice/microsoft.ts; the terms of
// catalogs/de.ts).
import { byRule } from './ids';
import type { RuleAdviceText } from './types';

const EXTERNAL_USER =
  'Diese Adresse nimmt nur Mail von Personen aus der eigenen Organisation an; was Sie bei sich ändern, hilft also nicht. Bitten Sie den Empfänger auf anderem Weg, dass seine IT Mail von Ihnen zulässt, oder nutzen Sie eine andere Adresse, die er Ihnen nennt.';

function external(what: string, group: boolean): RuleAdviceText {
  return {
    user: EXTERNAL_USER,
    admin: `Für den Empfänger (${what}) ist eingestellt, dass er Absender außerhalb seiner Organisation ablehnt (in Exchange Online: die Einstellung, dass alle Absender authentifiziert sein müssen). Nur der Admin der Empfängerorganisation${group ? ' oder der Gruppenbesitzer' : ''} kann externe Absender zulassen oder diesen Absender zu den zugelassenen Absendern hinzufügen. Auf Absenderseite ist alles in Ordnung.`,
  };
}

export const de = byRule({
  dmarc: {
    user: 'Der Empfänger hat die Nachricht abgelehnt, weil Ihre Domain DMARC nicht bestanden hat und ihre DMARC-Richtlinie verlangt, solche Mail abzulehnen. Leiten Sie diesen Bericht an Ihren E-Mail-Admin weiter; erneutes Senden hilft nicht.',
    admin:
      'Die From-Domain veröffentlicht p=reject, und diese Nachricht hat weder SPF noch DKIM mit Alignment bestanden. Stellen Sie fest, welcher Dienst sie gesendet hat: Nehmen Sie ihn in den SPF-Eintrag der Domain auf, lassen Sie ihn mit DKIM für Ihre Domain signieren (d= Ihre Domain) und sorgen Sie dafür, dass seine Return-Path-Domain passt. Wurde die Nachricht weitergeleitet, hat der Weiterleitende die Authentifizierung gebrochen: Nutzen Sie ARC, oder lassen Sie ihn den Envelope-Absender umschreiben. Behalten Sie p=reject, sobald alle legitimen Absender bestehen.',
  },
  outlookAuthLevel: {
    user: 'Outlook.com hat die Nachricht abgelehnt, weil Ihre Domain seine Anforderungen an die Authentifizierung von Absendern nicht erfüllt. Leiten Sie diesen Bericht an Ihren E-Mail-Admin weiter.',
    admin:
      'Outlook.com verlangt von Domains, die in größerer Menge senden, dass sie SPF und DKIM bestehen und einen DMARC-Eintrag (mindestens p=none) veröffentlichen, der zur From-Domain passt. Veröffentlichen Sie SPF, signieren Sie mit DKIM für die From-Domain, veröffentlichen Sie DMARC und prüfen Sie das Alignment, bevor Sie erneut senden.',
  },
  spf: {
    user: 'Der Server des Empfängers hat den SPF-Eintrag Ihrer Domain für den Server, der Ihre Nachricht gesendet hat, nicht akzeptiert. Leiten Sie diesen Bericht an Ihren E-Mail-Admin weiter.',
    admin:
      'Die sendende IP ist im SPF-Eintrag der Domain des Envelope-Absenders nicht erlaubt. Nehmen Sie den Dienst oder Server, der diese Nachricht gesendet hat, in den SPF-Eintrag auf (include: oder ip4:/ip6:), bleiben Sie unter 10 DNS-Abfragen, und nehmen Sie für Microsoft 365 spf.protection.outlook.com auf.',
  },
  ipv6Unauthenticated: {
    user: 'Ihre Nachricht kam über IPv6, ohne SPF oder DKIM zu bestehen; das verlangt Microsoft für Mail über IPv6. Leiten Sie diesen Bericht an Ihren E-Mail-Admin weiter.',
    admin:
      'Mail, die Microsoft 365 über IPv6 erreicht, muss SPF oder DKIM bestehen. Signieren Sie ausgehende Mail mit DKIM für die From-Domain und sorgen Sie dafür, dass SPF die IPv6-Adressen abdeckt, von denen Sie senden (ip6:), oder senden Sie über IPv4.',
  },
  ipv6ReverseDns: {
    user: 'Der Mailserver Ihrer Organisation hat eine IPv6-Adresse ohne Reverse-DNS-Namen; deshalb hat Microsoft ihn abgelehnt. Leiten Sie diesen Bericht an Ihren E-Mail-Admin weiter.',
    admin:
      'Geben Sie der sendenden IPv6-Adresse einen PTR-Eintrag, dessen Name wieder auf dieselbe Adresse auflöst, oder senden Sie über IPv4.',
  },
  externalAddress: external('eine Adresse', false),
  externalGroup: external('eine Gruppe bzw. Verteilerliste', true),
  externalMailbox: external('ein Postfach', false),
  externalPublicFolder: external('ein E-Mail-aktivierter öffentlicher Ordner', false),
  externalMailUser: external('ein E-Mail-Benutzer', false),
  externalM365Group: external('eine Microsoft 365-Gruppe', true),
  notInAllowedSenders: {
    user: 'Diese Gruppe nimmt nur Nachrichten von Personen auf ihrer Liste zugelassener Absender an, und Sie stehen nicht darauf. Bitten Sie den Besitzer der Gruppe, Sie hinzuzufügen, oder schreiben Sie den Personen direkt.',
    admin:
      'Die Zustellungsverwaltung der Gruppe legt fest, wer an sie senden darf, und der Absender steht nicht darauf (manchmal muss sogar der Besitzer eingetragen sein). Der Gruppenbesitzer oder der Admin der Empfängerorganisation fügt den Absender oder eine Gruppe von Absendern der Liste hinzu.',
  },
  deliveryNotAuthorized: {
    user: 'Sie dürfen an diese Adresse nicht senden: Wahrscheinlich ist es eine Gruppe, die nur Mail von Mitgliedern oder bestimmten Personen annimmt, oder eine Regel der Empfängerorganisation hat die Nachricht gestoppt. Bitten Sie den Empfänger oder den Gruppenbesitzer, Sie zuzulassen.',
    admin:
      'Eine Zustellbeschränkung beim Empfänger hat den Absender abgelehnt: eine Gruppe oder ein Postfach nur für bestimmte Absender oder für Mitglieder, die Ablehnung durch einen Moderator oder eine Transportregel (Nachrichtenfluss). Der Admin der Empfängerorganisation oder der Gruppenbesitzer kann die Beschränkung ändern; der Servername im Bericht zeigt, welche Organisation.',
  },
  transportRule: {
    user: 'Eine Regel der Empfängerorganisation hat Ihre Nachricht abgelehnt. Fragen Sie den Empfänger auf anderem Weg, warum die Regel seiner Organisation sie blockiert.',
    admin:
      'Eine Exchange-Nachrichtenflussregel (Transportregel) mit eigenem Ablehnungscode hat die Nachricht abgelehnt. Die Organisation, der die Regel gehört (siehe den generierenden Server), kann nachsehen, welche Regel diesen Code verwendet, und sie ändern.',
  },
  clientNotAuthenticated: {
    user: 'Der empfangende Server nimmt Mail an diese Adresse nur von Absendern an, die sich bei ihm anmelden; deshalb hat er Ihre Nachricht abgelehnt. Sagen Sie dem Empfänger Bescheid; seine IT muss Mail von außen zulassen oder Ihnen eine andere Adresse geben.',
    admin:
      'Der empfangende Server (oder die Empfängergruppe, RESOLVER.RST.AuthRequired) nimmt nur authentifizierte Absender an: Anonyme Mail aus dem Internet wird abgelehnt. Gehört der Empfänger zu Ihnen, lassen Sie anonyme Absender am Empfangsconnector zum Internet zu oder erlauben Sie externe Absender für die Gruppe. Sendet eine Ihrer Anwendungen über diesen Server, lassen Sie sie sich authentifizieren.',
  },
  unableToRelay: {
    user: 'Der Server, über den Sie gesendet haben, wollte die Nachricht nicht weitergeben. Nutzen Sie ein Mailprogramm, prüfen Sie, ob es sich am Postausgangsserver anmeldet; sonst leiten Sie diesen Bericht an Ihren E-Mail-Admin weiter.',
    admin:
      'Der Server hat das Relay verweigert: Er ist nicht das Ziel für die Domain des Empfängers, und der Client durfte nicht relayen. Prüfen Sie, ob sich der sendende Client oder die Anwendung authentifiziert (oder per IP an einem Relay-Connector zugelassen ist) und ob der MX der Empfängerdomain auf Server zeigt, die sie als akzeptierte Domain führen.',
  },
  relayAccessDenied: {
    user: 'Das Mailsystem des Empfängers ist für dessen eigene Domain falsch eingerichtet und hat Ihre Nachricht deshalb abgelehnt. Nur er kann das beheben; sagen Sie ihm auf anderem Weg Bescheid.',
    admin:
      'Der Server, auf den der MX der Empfängerdomain zeigt, nimmt keine Mail für diese Domain an: In Exchange Online fehlt die Domain unter den akzeptierten Domains, oder sie ist als autoritativ eingerichtet, obwohl ihre Postfächer anderswo liegen (richtig wäre internes Relay), oder der MX-Eintrag zeigt auf den falschen Mandanten. Der Admin der Empfängerdomain muss den MX-Eintrag oder die akzeptierte Domain korrigieren.',
  },
  recipientAccessDenied: {
    user: 'Die Adresse gibt es in der Organisation des Empfängers nicht. Prüfen Sie die Schreibweise oder fragen Sie die Person nach ihrer aktuellen Adresse.',
    admin:
      'Directory-Based Edge Blocking hat die Adresse abgelehnt: Exchange Online kennt in dieser Organisation keinen Empfänger mit ihr. Gehört der Empfänger zu Ihnen, legen Sie das Postfach oder den Kontakt an (oder stellen Sie die Domain auf internes Relay, wenn manche Empfänger auf einem anderen System liegen).',
  },
  tenantAttribution: {
    user: 'Der Weg der Mail Ihrer Organisation zu Microsoft 365 ist falsch eingerichtet. Leiten Sie diesen Bericht an Ihren E-Mail-Admin weiter.',
    admin:
      'Exchange Online konnte Mail von Ihren lokalen Servern nicht Ihrem Mandanten zuordnen: Zertifikatsname oder IP-Adressen des eingehenden Connectors passen nicht mehr zu dem, was die lokale Seite vorweist. Aktualisieren Sie den eingehenden Connector (Antragsteller des TLS-Zertifikats oder Absender-IPs) oder den lokalen Sendeconnector.',
  },
  anonymousSubmission: {
    user: 'Das Gerät oder die Anwendung, die diese Nachricht gesendet hat, hat sich nicht bei Microsoft 365 angemeldet. Prüfen Sie die Mail-Einstellungen oder leiten Sie diesen Bericht an Ihre IT weiter.',
    admin:
      'Ein Gerät oder eine Anwendung hat ohne SMTP AUTH über smtp.office365.com gesendet. Richten Sie die Authentifizierung ein (Port 587, STARTTLS, ein lizenziertes Postfach, SMTP AUTH für dieses Postfach aktiviert), oder senden Sie stattdessen über einen Connector mit Direktversand oder SMTP-Relay.',
  },
  recipientNotFound: {
    user: 'Die Adresse wurde in der Organisation des Empfängers nicht gefunden. Prüfen Sie die Schreibweise; haben Sie sie aus den Vorschlägen von Outlook gewählt, löschen Sie den Vorschlag (der gespeicherte Eintrag kann veraltet sein), geben Sie die Adresse vollständig neu ein und senden Sie. Klappt es weiterhin nicht, lassen Sie sich die Adresse von der Person bestätigen.',
    admin:
      'Die Exchange-Organisation des Empfängers hat kein Postfach, keine Gruppe und keinen Kontakt mit dieser Adresse. Gehört der Empfänger zu Ihnen: Prüfen Sie, ob die Adresse einem lizenzierten Postfach zugewiesen ist, ob die Verzeichnissynchronisierung Exchange Online erreicht hat und ob keine Weiterleitung auf eine entfernte Adresse zeigt. Auch veraltete Einträge der Outlook-Autovervollständigung (alter legacyExchangeDN) verursachen diesen Fehler.',
  },
  outlookComNoAccount: {
    user: 'Diese Outlook.com- oder Hotmail-Adresse gibt es nicht. Prüfen Sie die Schreibweise oder fragen Sie die Person nach ihrer aktuellen Adresse.',
    admin: 'Outlook.com hat kein Konto mit dieser Adresse gefunden. Auf Absenderseite ist alles in Ordnung.',
  },
  unresolvedRecipient: {
    user: 'Exchange konnte nicht feststellen, wer dieser Empfänger ist. Haben Sie auf eine alte oder gespeicherte Nachricht geantwortet, beginnen Sie eine neue Nachricht und geben Sie die Adresse vollständig ein, statt den gespeicherten Eintrag zu verwenden.',
    admin:
      'Der Empfänger ließ sich nicht auflösen: oft eine Antwort auf eine als Datei gespeicherte Nachricht oder ein Autovervollständigen-Eintrag, dessen legacyExchangeDN nicht mehr existiert. Löschen Sie den veralteten Eintrag; ist der Empfänger in eine andere Organisation umgezogen, fügen Sie den alten legacyExchangeDN als X500-Adresse zum neuen Postfach hinzu.',
  },
  mailboxFull: {
    user: 'Das Postfach des Empfängers ist voll. Bei Ihnen ist alles in Ordnung: Geben Sie ihm auf anderem Weg Bescheid und senden Sie erneut, wenn er Platz geschaffen hat.',
    admin:
      'Das Exchange-Postfach des Empfängers hat sein Speicherkontingent überschritten. Der Besitzer muss Mail löschen oder archivieren (oder der Admin erhöht das Kontingent, aktiviert das Archiv oder schafft bei einem freigegebenen Postfach Platz). Der Absender muss nichts ändern.',
  },
  folderItemLimit: {
    user: 'Ein Ordner im Postfach des Empfängers enthält zu viele Elemente, um weitere aufzunehmen. Geben Sie ihm auf anderem Weg Bescheid.',
    admin:
      'Ein Ordner im Postfach des Empfängers hat die Höchstzahl an Elementen pro Ordner in Exchange erreicht. Der Besitzer sollte Elemente verschieben oder löschen (oder der Admin archiviert sie).',
  },
  sendingLimit: {
    user: 'Ihr Konto hat die Versandlimits von Microsoft 365 überschritten und darf vorerst nicht senden. Warten Sie (meist bis zu 24 Stunden); haben Sie gar nicht viel Mail gesendet, sagen Sie sofort Ihrer IT Bescheid, denn das Konto wird vielleicht missbraucht.',
    admin:
      'Der Absender hat das Empfängerlimit von Exchange Online (10.000 Empfänger pro Tag) oder das Nachrichtenlimit überschritten. Prüfen Sie das Konto auf eine Kompromittierung (unbekannte Anmeldungen, Posteingangsregeln, gesendete Elemente); für Massen- oder Anwendungsmail nutzen Sie einen Dienst, der dafür gedacht ist. Gesperrte Benutzer werden im Defender-Portal unter den eingeschränkten Entitäten freigegeben.',
  },
  bannedAccount: {
    user: 'Microsoft 365 hat Ihrem Konto das Senden von Mail gesperrt, meist weil es nach einem Passwortdiebstahl Spam verschickt hat. Wenden Sie sich an Ihre IT; Senden klappt erst wieder, wenn sie gehandelt hat.',
    admin:
      'Das sendende Konto steht wegen ausgehendem Spam auf der Liste eingeschränkter Benutzer von Microsoft 365. Behandeln Sie es als kompromittiert: Setzen Sie das Passwort zurück, erzwingen Sie MFA, entfernen Sie unbekannte Posteingangsregeln, Weiterleitungen und App-Kennwörter, und geben Sie den Benutzer dann im Microsoft Defender-Portal unter den eingeschränkten Entitäten frei (oder wenden Sie sich an den Microsoft-Support).',
  },
  tenantBlocked: {
    user: 'Microsoft 365 hat Ihrer Organisation das Senden an externe Adressen gesperrt. Nur Ihre IT kann das mit Microsoft klären.',
    admin:
      'Microsoft hat den ganzen Mandanten eingeschränkt, weil viel seiner ausgehenden Mail wie Spam aussah oder weil er von Domains gesendet hat, die im Mandanten nicht hinzugefügt und verifiziert sind. Fügen Sie jede Domain hinzu, von der Sie senden, und verifizieren Sie sie, schließen Sie offene Relays und kompromittierte Konten, und stellen Sie dann eine Anfrage beim Microsoft-Support.',
  },
  bannedIp: {
    user: 'Microsoft lehnt Mail vom Mailserver Ihrer Organisation wegen dessen Ruf ab. Es liegt nicht an Ihrer Nachricht; leiten Sie diesen Bericht an Ihren E-Mail-Admin weiter.',
    admin:
      'Die sendende IP steht auf der Liste blockierter Absender von Microsoft. Finden und stoppen Sie, was von ihr unerwünschte Mail gesendet hat (ein kompromittiertes Konto, ein offenes Relay, eine geteilte IP), und beantragen Sie dann die Entfernung über das Delist-Portal von Microsoft mit der IP und diesem Bericht.',
  },
  ipNotAccepted: {
    user: 'Microsoft nimmt vom Mailserver Ihrer Organisation zurzeit keine Mail an. Leiten Sie diesen Bericht an Ihren E-Mail-Admin weiter.',
    admin:
      'Exchange Online nimmt von dieser sendenden IP keinen Verkehr an (typisch für neue IPs oder IPs mit schlechtem Ruf). Senden Sie über eine IP mit etabliertem Ruf, stellen Sie sicher, dass der Mandant keine unerwünschte Mail weiterleitet, und wenden Sie sich an den Microsoft-Support, wenn es anhält.',
  },
  customerBlockList: {
    user: 'Die Organisation des Empfängers hat Ihren Mailserver blockiert. Bitten Sie den Empfänger auf anderem Weg, dass seine IT die Sperre aufhebt.',
    admin:
      'Die Empfängerdomain hat die sendende IP auf ihre eigene Sperrliste in Microsoft 365 gesetzt (keine öffentliche Sperrliste, Delisting-Dienste helfen also nicht). Nur der Admin der Empfängerorganisation kann sie entfernen; schicken Sie ihm die IP und diesen Bericht.',
  },
  rejectedByRecipient: {
    user: 'Die Organisation des Empfängers blockiert Mail von Ihrem Mailserver. Bitten Sie den Empfänger, dass seine IT sie zulässt.',
    admin: 'Die Empfängerorganisation hat die sendende IP blockiert. Nur ihr Admin kann die Sperre aufheben.',
  },
  tenantAllowBlockList: {
    user: 'Ihre eigene Organisation blockiert Mail an diese Adresse oder Domain, deshalb wurde die ganze Nachricht gestoppt. Fragen Sie Ihre IT, ob die Sperre gewollt ist.',
    admin:
      'Ein Eintrag in der Mandanten-Zulassungs-/Sperrliste Ihres Mandanten blockiert einen der Empfänger, und Exchange Online stoppt dann die ganze Nachricht für alle Empfänger. Entfernen oder verengen Sie den Eintrag im Microsoft Defender-Portal, wenn er nicht gewollt ist, und senden Sie dann erneut.',
  },
  externalForwarding: {
    user: 'Die Organisation des Postfachs, das diese Nachricht automatisch weiterleitet, erlaubt keine Weiterleitung an externe Adressen. Schreiben Sie dem endgültigen Empfänger direkt, oder fragen Sie die IT dieser Organisation.',
    admin:
      'Die Richtlinie für ausgehenden Spam im Mandanten des weiterleitenden Postfachs sperrt die automatische externe Weiterleitung. Dessen Admin kann die Weiterleitung für dieses Postfach in der Antispam-Richtlinie für ausgehende Nachrichten erlauben, oder der Benutzer entfernt die Weiterleitungsregel.',
  },
  downstreamRelay: {
    user: 'Ein Server hinter Microsoft 365 hat sich geweigert, eine weitergeleitete Kopie dieser Nachricht weiterzugeben. Leiten Sie diesen Bericht an Ihren E-Mail-Admin weiter.',
    admin:
      'Die Nachricht wurde aus Exchange Online weitergeleitet oder per Relay weitergegeben, und der nachgelagerte Server hat sie abgelehnt. Prüfen Sie den ausgehenden Connector und die Relay-Berechtigungen des nachgelagerten Gateways für die Adressen von Microsoft 365.',
  },
  expired: {
    user: 'Microsoft 365 hat es immer wieder versucht, die Nachricht aber nicht zustellen können, bevor es aufgab. Prüfen Sie die Adresse; stimmt sie, ist der Mailserver des Empfängers wahrscheinlich ausgefallen oder falsch eingerichtet: Sagen Sie ihm auf anderem Weg Bescheid und versuchen Sie es später erneut.',
    admin:
      'Die Nachricht lag in der Warteschlange von Exchange, bis sie abgelaufen ist. Sehen Sie sich den letzten Fehler im Bericht an (oft eine abgelehnte Verbindung, ein DNS-Fehler oder ein TLS-Problem am Ziel). Prüfen Sie die MX-Einträge der Empfängerdomain und ob ihr Server Verbindungen auf Port 25 annimmt; bei Hybridumgebungen prüfen Sie die Connectors zwischen dem lokalen Exchange und Exchange Online.',
  },
  expiredConnectionRefused: {
    user: 'Der Mailserver des Empfängers hat jede Verbindung abgelehnt, bis Microsoft 365 aufgegeben hat. Nur der Empfänger kann das beheben; sagen Sie ihm auf anderem Weg Bescheid.',
    admin:
      'Exchange Online konnte während der ganzen Wiederholungszeit keine Verbindung zum Ziel herstellen (Verbindung abgelehnt, Socketfehler 10061). Der Admin der Empfängerdomain muss prüfen, ob der MX-Host läuft, auf Port 25 lauscht und die Adressen von Microsoft 365 durch seine Firewall lässt.',
  },
  expiredDnsFailed: {
    user: 'Die Domain des Empfängers war im DNS nicht zu finden, solange Microsoft 365 es versucht hat. Prüfen Sie den Teil nach dem @ auf Tippfehler; stimmt er, ist das DNS der Domain defekt.',
    admin:
      'DNS-Abfragen nach den MX- (oder A-)Einträgen der Empfängerdomain sind fehlgeschlagen, bis die Nachricht abgelaufen ist. Prüfen Sie die Domain auf Tippfehler und ihr DNS mit einer MX-Abfrage; der Besitzer der Domain muss ihre Nameserver oder MX-Einträge reparieren.',
  },
  routingLoop: {
    user: 'Die Nachricht ist zwischen Mailservern im Kreis gelaufen. Haben Sie Weiterleitungen oder Posteingangsregeln eingerichtet, prüfen Sie sie; sonst leiten Sie diesen Bericht an Ihren E-Mail-Admin weiter.',
    admin:
      'Exchange hat eine Schleife nach 20 Hops gestoppt. Suchen Sie nach Postfachweiterleitungen oder Posteingangsregeln, die die Nachricht zurückschicken, nach einer Domain, die zugleich akzeptiert und anderswohin geroutet wird, oder nach Hybrid-Connectors und targetAddress-Werten, die aufeinander zeigen.',
  },
  bareLineFeeds: {
    user: 'Das Programm, aus dem Sie gesendet haben, hat Zeichen in die Nachricht gesetzt, die der empfangende Server nicht annimmt. Senden Sie aus Outlook; hat eine Anwendung die Nachricht gesendet, sagen Sie deren Betreuer Bescheid.',
    admin:
      'Die Nachricht enthält nackte Zeilenvorschübe (LF ohne CR), und das Ziel unterstützt kein BDAT/CHUNKING, um sie zu übertragen. Korrigieren Sie die sendende Anwendung, sodass sie CRLF als Zeilenende verwendet.',
  },
  richText: {
    user: 'Ihre Nachricht wurde im Rich-Text-Format gesendet, das das empfangende System nicht annehmen konnte. Senden Sie sie erneut als HTML oder Nur-Text (Outlook: Text formatieren).',
    admin:
      'Eine Rich-Text-Nachricht (TNEF) hat die Organisation mit einem zu großen x-dg-ref-Header verlassen. Stellen Sie die Remotedomäne in Exchange so ein, dass nie Rich Text (TNEF) gesendet wird, oder lassen Sie Benutzer HTML senden.',
  },
  nestedAttachments: {
    user: 'Das empfangende System hat die Nachricht wegen ihrer Anhänge abgelehnt (etwa eine Nachricht, die in einer anderen Nachricht angehängt ist). Senden Sie die Dateien direkt, statt Nachrichten anzuhängen.',
    admin:
      'Eine Richtlinie beim Empfänger (AS345) lehnt Nachrichten mit verschachtelten Nachrichtenanhängen ab. Senden Sie den Inhalt ohne angehängte Nachrichten, oder bitten Sie die Empfängerorganisation, ihre Richtlinie zu prüfen.',
  },
  throttled: {
    user: 'Microsoft bremst Mail aus Ihrer Organisation gerade. Sie können nur warten; die Nachricht wird erneut versucht.',
    admin:
      'Exchange Online hat die sendende IP vorübergehend gedrosselt (eine neue IP oder eine plötzliche Änderung der Menge). Halten Sie die Mengen gleichmäßig, sorgen Sie für korrektes SPF, DKIM und Reverse DNS und prüfen Sie auf kompromittierte Absender; die Einschränkung endet von selbst, wenn der Verkehr legitim ist.',
  },
  mtaSts: {
    user: 'Die Maileinrichtung der Empfängerorganisation hat eine Sicherheitsprüfung nicht bestanden. Nur sie kann das beheben; sagen Sie dem Empfänger auf anderem Weg Bescheid.',
    admin:
      'Die MTA-STS-Richtlinie des Ziels führt den MX-Host, mit dem sich Exchange Online verbunden hat, nicht auf, oder das Zertifikat des Hosts führt nicht zu einer vertrauenswürdigen Stammzertifizierungsstelle oder trägt nicht den passenden Namen. Der Admin der Empfängerdomain muss die MTA-STS-Richtlinie (mx:-Zeilen) oder das Zertifikat aktualisieren.',
  },
  dane: {
    user: 'Der Mailserver der Empfängerorganisation hat eine Prüfung für sichere Zustellung (DANE oder MTA-STS) nicht bestanden. Nur sie kann das beheben; sagen Sie dem Empfänger auf anderem Weg Bescheid und versuchen Sie es später erneut.',
    admin:
      'Exchange Online hat die Nachricht nicht an das Ziel übergeben, weil dessen TLS-Einrichtung nicht zu dem passt, was die Domain veröffentlicht: kein STARTTLS, ein abgelaufenes Zertifikat, ein Zertifikat, dessen Name nicht zum MX-Host passt, ein nicht passender TLSA-Eintrag oder DNSSEC-Einträge, die sich nicht validieren lassen. Der Admin der Empfängerdomain muss das Zertifikat, die TLSA-Einträge oder die MTA-STS-Richtlinie korrigieren.',
  },
});
