// The advice of the categories few bounces have (../advice-rare.ts), in this language: a chunk of
// its own, fetched when a diagnosis has one of them.
import type { Catalog } from '../catalogs/en';

export const de: Catalog = {
  'advice.auth-failed.summary':
    '{domain} hat die Nachricht abgelehnt, weil nicht nachzuweisen war, dass sie wirklich von Ihrer Domain kommt (SPF, DKIM oder DMARC).',
  'advice.auth-failed.user':
    'Die E-Mail-Einrichtung Ihrer Organisation muss korrigiert werden; leiten Sie diesen Bericht an Ihren E-Mail-Admin weiter. Erneutes Senden hilft nicht.',
  'advice.auth-failed.admin':
    'Prüfen Sie SPF, DKIM und DMARC der From-Domain. Die From-Domain muss passen (Alignment): SPF muss für einen Return-Path in derselben Organisationsdomain bestehen, oder DKIM mit d= Ihrer Domain. Nehmen Sie jeden Versanddienst in SPF auf und lassen Sie jeden mit dem DKIM-Schlüssel Ihrer Domain signieren. Senken Sie die DMARC-Richtlinie nicht auf p=none, um das Problem zu verdecken.',
  'advice.message-noncompliant.summary':
    'Der empfangende Server hat die Nachricht abgelehnt, weil sie die Formatregeln für E-Mails verletzt.',
  'advice.message-noncompliant.user':
    'Senden Sie erneut aus einem üblichen Mailprogramm; hat eine Anwendung die Nachricht erzeugt, sagen Sie deren Betreuer Bescheid.',
  'advice.message-noncompliant.admin':
    'Die Nachricht verletzt RFC 5322 oder MIME (etwa ein fehlender oder doppelter Header, ein fehlerhaftes From, nackte Zeilenvorschübe oder überlange Zeilen). Korrigieren Sie die Software, die die Nachricht erzeugt.',
  'advice.rate-limited.summary':
    'Der empfangende Server begrenzt gerade, wie viel Mail er von Ihrem Server annimmt.',
  'advice.rate-limited.user':
    'Warten Sie und senden Sie später erneut. Haben Sie an viele Personen auf einmal geschrieben, senden Sie in kleineren Gruppen.',
  'advice.rate-limited.admin':
    'Das Ziel hat die sendende IP gedrosselt oder per Greylisting zurückgestellt. Wiederholen Sie mit wachsenden Abständen, senken Sie Senderate und Verbindungen und prüfen Sie Ihre Organisation auf ungewöhnliches Volumen.',
  'advice.message-too-large.summary': 'Die Nachricht ist größer, als der empfangende Server annimmt.',
  'advice.message-too-large.user':
    'Senden Sie den Anhang als Freigabelink, oder komprimieren Sie ihn oder verteilen Sie ihn auf mehrere Nachrichten, und senden Sie dann erneut.',
  'advice.message-too-large.admin':
    'Die Nachricht überschreitet eine Größengrenze auf dem Weg (bei Ihnen oder beim Empfänger). Prüfen Sie die Grenzen; Base64 macht Anhänge um etwa ein Drittel größer.',
  'advice.sender-blocked.summary':
    'Ihr eigenes Konto oder Ihr Maildienst hat diese Nachricht gestoppt (nicht angemeldet, Versandlimit erreicht oder gesperrt).',
  'advice.sender-blocked.user':
    'Ihr Konto muss sich vielleicht neu anmelden, hat ein Versandlimit erreicht oder ist gesperrt. Wenden Sie sich an Ihre IT oder Ihren E-Mail-Anbieter.',
  'advice.sender-blocked.admin':
    'Prüfen Sie das Konto des Absenders: Anmeldung und SMTP-Authentifizierung, Versandlimits und ob es als kompromittiert gesperrt wurde (etwa unter den eingeschränkten Entitäten in Microsoft 365).',
  'advice.relay-denied.summary':
    'Ein Mailserver auf dem Weg hat die Weitergabe der Nachricht verweigert (Relay nicht erlaubt).',
  'advice.relay-denied.user':
    'Ihr Mailprogramm meldet sich vielleicht nicht am Postausgangsserver an. Prüfen Sie die Kontoeinstellungen, oder leiten Sie diesen Bericht an Ihren E-Mail-Admin weiter.',
  'advice.relay-denied.admin':
    'Der Server hat das Relay für diesen Client oder diese Domain verweigert. Sorgen Sie dafür, dass sich Clients anmelden (SMTP AUTH), Connectors und akzeptierte Domains eingerichtet sind und der MX der Empfängerdomain auf die richtigen Server zeigt.',
  'advice.mail-loop.summary':
    'Die Nachricht ist zwischen Mailservern im Kreis gelaufen und wurde angehalten.',
  'advice.mail-loop.user':
    'Leiten Sie diesen Bericht an Ihren E-Mail-Admin weiter; prüfen Sie Weiterleitungsregeln, die Sie eingerichtet haben.',
  'advice.mail-loop.admin':
    'Suchen Sie nach Weiterleitungsregeln, Aliasen oder Connectors, die die Nachricht hin und her schicken (die Received-Header zeigen die Schleife).',
  'advice.suppressed.summary':
    'Der Versanddienst hat die Zustellung an {address} nicht versucht, weil die Adresse auf seiner Sperrliste steht.',
  'advice.suppressed.user':
    'Diese Adresse hat schon früher Rückläufer oder Beschwerden erzeugt. Stellen Sie sicher, dass sie stimmt, bevor Sie Ihren Admin bitten, sie von der Liste zu nehmen.',
  'advice.suppressed.admin':
    'Nehmen Sie die Adresse erst von der Sperrliste der Versandplattform, wenn feststeht, dass sie jetzt gültig ist.',
};
