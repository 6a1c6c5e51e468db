// Deutsch. Schlicht und kurz, per „Sie“; Fachbegriffe (SPF, DKIM, DMARC, MX, HELO) bleiben.
import type { Catalog } from './en';

export const de: Catalog = {
  'app.starting': 'Bounce Lens startet…',
  'app.reading': 'Nachricht wird gelesen…',
  'app.readingProgress': 'Lese {current} von {total}…',
  'app.cannotRead': 'Die Nachricht konnte nicht gelesen werden.',
  'app.ready.one': 'Diagnose fertig.',
  'app.ready.other': '{count} Diagnosen fertig.',
  'app.failedTitle': 'Bounce Lens konnte das nicht lesen',
  'app.fileError': '{label} konnte nicht gelesen werden',
  'app.skippedAttachment': 'Ein Anhang wurde übersprungen',
  'app.results': 'Ergebnisse',
  'app.sourceFile': 'Datei: {label}',
  'app.sourceAttachment': 'Anhang: {label}',
  'app.another': 'Weiteren Unzustellbarkeitsbericht prüfen',
  'app.pastedText': 'eingefügter Text',
  'app.readerMissing': 'Ein Teil von Bounce Lens konnte nicht geladen werden',
  'app.readerMissingBody':
    'Diese Nachricht stammt von einem selteneren Mailsystem, dessen Leser nicht geladen wurde. Sie wurde daher allgemein gelesen; die Antwort ist möglicherweise ungenauer.',
  'app.phrasesMissingBody':
    'Einige seltenere Formulierungen, die Bounce Lens erkennt, konnten nicht geladen werden. Die Nachricht wurde ohne sie gelesen, die Antwort ist daher womöglich ungenauer.',
  'app.readAgain': 'Erneut lesen',
  'app.partUnavailable':
    'Dieser Teil konnte nicht geladen werden. Schließen Sie den Bereich und öffnen Sie ihn erneut, um es noch einmal zu versuchen.',

  'headline.failedMany': '{count} Empfänger waren nicht erreichbar',
  'headline.outcomes': '{recipients} Empfänger, {groups} verschiedene Ergebnisse',
  'relation.backscatterTitle': 'Diese Nachricht stammt vielleicht nicht von Ihnen',
  'relation.forwardedTitle': 'Der Unzustellbarkeitsbericht einer anderen Person',
  'relation.forwarded':
    'Dieser Bericht betrifft eine Nachricht von {sender}, nicht von Ihnen ({user}). Wenn Sie dieser Person helfen, etwa als ihr E-Mail-Admin: Die Hinweise unten richten sich an {sender}.',
  'relation.backscatter':
    'Die ursprüngliche Nachricht kam von {sender}, nicht von Ihnen ({user}). Ist das keine Ihrer Adressen, handelt es sich wahrscheinlich um Backscatter: einen Bericht zu einer Mail, die jemand anderes in Ihrem Namen verschickt hat. Sie können ihn löschen; kommen viele davon, sagen Sie Ihrem E-Mail-Admin Bescheid.',
  'list.recipients': 'Empfänger',
  'list.evidence': 'Was Bounce Lens gelesen hat',

  'title.recipient-unknown': 'Die Adresse gibt es nicht',
  'title.recipient-domain-invalid': 'Die Domain gibt es nicht oder sie nimmt keine E-Mails an',
  'title.mailbox-inactive': 'Das Postfach ist gesperrt oder wird nicht mehr genutzt',
  'title.mailbox-full': 'Das Postfach ist voll',
  'title.recipient-policy': 'Von den Regeln der Empfängerorganisation abgelehnt',
  'title.recipient-system': 'Der empfangende Mailserver hat ein Problem',
  'title.auth-failed': 'Die Absenderprüfung ist fehlgeschlagen (SPF, DKIM, DMARC)',
  'title.sender-infrastructure': 'Die Einrichtung des sendenden Servers wurde abgelehnt',
  'title.message-noncompliant': 'Die Nachricht verletzt die Formatregeln für E-Mails',
  'title.reputation-block': 'Der sendende Server steht auf einer Sperrliste oder gilt als unseriös',
  'title.rate-limited': 'Der empfangende Server bremst den Absender',
  'title.content-rejected': 'Der Inhalt wurde abgelehnt (Spam, Schadsoftware oder Anhang)',
  'title.message-too-large': 'Die Nachricht ist zu groß',
  'title.sender-blocked': 'Das Konto oder der Dienst des Absenders ist gesperrt',
  'title.relay-denied': 'Ein Server hat die Weiterleitung verweigert',
  'title.delayed': 'Die Zustellung verzögert sich; die Server versuchen es weiter',
  'title.expired': 'Die Zustellung wurde nach mehreren Versuchen aufgegeben',
  'title.mail-loop': 'Die Nachricht ist im Kreis gelaufen',
  'title.suppressed': 'Der Versanddienst hat es nicht versucht (Sperrliste)',
  'title.unknown': 'Der Grund ist unklar',
  'title.failed': 'Zustellung fehlgeschlagen',

  'why.recipient-unknown':
    'Nur der Absender kann die richtige Adresse herausfinden; einen Tippfehler oder eine alte Adresse kann sonst niemand korrigieren.',
  'why.recipient-domain-invalid':
    'Der Teil nach dem @ ist falsch, und nur der Absender kann ihn korrigieren.',
  'why.mailbox-inactive':
    'Die Person ist wahrscheinlich nicht mehr dort; der Absender braucht einen anderen Weg, sie zu erreichen.',
  'why.mailbox-full': 'Nur der Postfachinhaber kann Platz schaffen; an der Nachricht selbst lag es nicht.',
  'why.recipient-policy':
    'Eine Regel der Empfängerorganisation hat sie blockiert; nur diese Organisation kann den Absender zulassen.',
  'why.recipient-system':
    'Der Fehler liegt im Mailsystem des Empfängers; nur dessen Admins können ihn beheben.',
  'why.auth-failed':
    'SPF, DKIM und DMARC stehen im DNS und in den Maildiensten der Absenderdomain; nur deren Admin kann sie ändern.',
  'why.sender-infrastructure': 'Reverse DNS, HELO-Name und TLS gehören zu den Mailservern des Absenders.',
  'why.message-noncompliant':
    'Die sendende Software hat eine fehlerhafte Nachricht erzeugt; wer sie betreibt, muss das beheben.',
  'why.reputation-block':
    'Die Sperre betrifft die Server oder die Domain des Absenders; deren Admin muss aufräumen und die Entfernung beantragen.',
  'why.rate-limited': 'Versandmenge und Wiederholungen werden auf den Servern des Absenders eingestellt.',
  'why.content-rejected':
    'Der Inhalt hat einen Filter ausgelöst; der Absender kann ihn ändern und erneut senden.',
  'why.message-too-large': 'Nur der Absender kann die Nachricht verkleinern (große Dateien als Link teilen).',
  'why.sender-blocked':
    'Das sendende Konto oder die Organisation ist eingeschränkt; deren Admin muss das aufheben.',
  'why.relay-denied': 'Relay-Berechtigungen und Connectors werden auf der Absenderseite eingerichtet.',
  'why.delayed': 'Noch nichts zu tun: Die Server versuchen es weiter.',
  'why.expired': 'Das Ziel war lange nicht erreichbar; dessen Admins müssen sich ihre Server ansehen.',
  'why.mail-loop':
    'Weiterleitungs- oder Routingregeln auf der Absenderseite schicken die Nachricht im Kreis.',
  'why.suppressed':
    'Der Versanddienst schreibt diese Adresse nach früheren Rückläufern oder Beschwerden nicht mehr an; der Absender muss sie prüfen.',
  'why.unknown': 'Der Bericht sagt nicht genug; dies ist die wahrscheinlichste Stelle.',

  'ownerWhy.sender': 'Die Hinweise deuten auf etwas, das der Absender ändern kann.',
  'ownerWhy.sender-admin': 'Die Ursache liegt in der Mail-Einrichtung der sendenden Organisation.',
  'ownerWhy.recipient': 'Nur der Empfänger kann das ändern.',
  'ownerWhy.recipient-admin':
    'Die Ursache liegt im Mailsystem oder in den Regeln der empfangenden Organisation.',
  'ownerWhy.provider': 'Der Maildienst selbst meldet einen Fehler: abwarten oder seinen Support fragen.',
  'ownerWhy.none': 'Es muss nichts behoben werden.',

  'owner.sender': 'der Absender',
  'owner.sender-admin': 'der E-Mail-Admin des Absenders',
  'owner.recipient': 'der Empfänger',
  'owner.recipient-admin': 'der E-Mail-Admin des Empfängers',
  'owner.provider': 'der Maildienst-Anbieter',
  'owner.none': 'niemand',

  'path.heading': 'Wer das beheben muss',
  'path.label': 'Vom Absender zum Empfänger',
  'path.mustAct': ' (muss handeln)',
  'path.you': 'Sie',
  'path.sender': 'Absender',
  'path.yourIt': 'Ihre IT',
  'path.senderIt': 'IT des Absenders',
  'path.provider': 'Anbieter',
  'path.recipientIt': 'IT des Empfängers',
  'path.recipient': 'Empfänger',
  'actor.you': 'Sie müssen handeln.',
  'actor.sender': 'Der Absender muss handeln.',
  'actor.senderNamed': 'Der Absender ({address}) muss handeln.',
  'actor.yourIt': 'Ihre IT muss handeln.',
  'actor.yourItDomain': 'Ihre IT ({domain}) muss handeln.',
  'actor.senderIt': 'Die IT des Absenders muss handeln.',
  'actor.senderItDomain': 'Die IT des Absenders ({domain}) muss handeln.',
  'actor.recipientIt': 'Die IT des Empfängers muss handeln.',
  'actor.recipientItDomain': 'Die IT des Empfängers ({domain}) muss handeln.',
  'actor.recipient': 'Der Empfänger ({address}) muss handeln.',
  'actor.provider': 'Der Maildienst-Anbieter muss handeln.',
  'actor.providerDomain': 'Der Maildienst-Anbieter ({domain}) muss handeln.',
  'actor.none': 'Im Moment muss niemand etwas tun.',

  'decision.delayedUntil': 'Noch nicht zugestellt: Die Server versuchen es bis {date} weiter.',
  'decision.delayed': 'Noch nicht zugestellt: Die Server versuchen es weiter.',
  'decision.delayedWhy': 'Solange die Server es weiter versuchen, muss niemand etwas tun.',
  'decision.delayFix':
    'Im Moment nichts zu tun: Die Server versuchen weiter, die Nachricht zuzustellen. Senden Sie sie nicht erneut, sonst kommt sie zweimal an. Geben die Server auf, erhalten Sie einen Bericht mit dem Grund.',
  'decision.delayFixUntil':
    'Im Moment nichts zu tun: Die Server versuchen bis {date} weiter, die Nachricht zuzustellen. Senden Sie sie nicht erneut, sonst kommt sie zweimal an. Geben die Server auf, erhalten Sie einen Bericht mit dem Grund.',
  'decision.yourIt': 'Ihre IT',
  'decision.senderIt': 'die IT des Absenders',
  'decision.sameOrgWhy':
    '{domain} ist die eigene Organisation des Absenders, ihre Mailregeln verwaltet also {it}.',
  'decision.sameOrgWhyNoDomain':
    'Diese Domain ist die eigene Organisation des Absenders, ihre Mailregeln verwaltet also {it}.',
  'decision.sameOrgFix':
    'Die Adresse gehört zu Ihrer eigenen Organisation. Fragen Sie {it}, warum {address} die Nachricht abgelehnt hat; dort kann man die Regel oder die Adresse prüfen und die Nachricht zulassen.',
  'decision.serverSaid': 'Der Server meldete: „{text}“',
  'verdict.line': '{who}: {title}; {acts}.',
  'verdict.recipients': '{count} Empfänger',
  'verdict.mustAct': '{owner} muss handeln',
  'verdict.nobody': 'im Moment muss niemand etwas tun',

  'group.howToFix': 'So beheben Sie es',
  'group.specificAdvice': 'Zu genau diesem Fehler (auf Englisch):',

  'calm.delay.title': 'Nicht unzustellbar: Die Zustellung verzögert sich',
  'calm.delay.body':
    'Die Server versuchen noch, die Nachricht zuzustellen. Im Moment nichts zu tun; geben sie endgültig auf, folgt ein Unzustellbarkeitsbericht.',
  'calm.delivered.title': 'Zugestellt',
  'calm.delivered.body':
    'Das ist eine Zustellbestätigung: Die Nachricht hat den Mailserver des Empfängers erreicht.',
  'calm.auto-reply.title': 'Eine automatische Antwort, kein Unzustellbarkeitsbericht',
  'calm.auto-reply.body':
    'Die Nachricht wurde zugestellt; dies ist eine Abwesenheitsnotiz oder automatische Antwort. Nichts zu beheben.',
  'calm.read-receipt.title': 'Eine Lesebestätigung, kein Unzustellbarkeitsbericht',
  'calm.read-receipt.body':
    'Sie meldet, was nach der Zustellung mit der Nachricht geschah (etwa, dass sie gelesen oder gelöscht wurde). Nichts zu beheben.',
  'calm.feedback.title': 'Eine Spam-Beschwerde',
  'calm.feedback.body':
    'Ein Empfänger oder sein Mailanbieter hat eine Nachricht als Spam oder Missbrauch gemeldet. Das ist kein Zustellfehler; Ihr E-Mail-Admin möchte diese Adresse vielleicht nicht mehr anschreiben.',
  'calm.not-a-bounce.title': 'Das sieht nicht nach einem Unzustellbarkeitsbericht aus',
  'calm.not-a-bounce.body':
    'Bounce Lens hat in dieser Nachricht keinen Zustellbericht gefunden. Steht ein Bericht woanders im Text oder im Anhang, fügen Sie seinen Text unten ein oder ziehen Sie die Datei hierher.',
  'noRecipients.title': 'Ein Unzustellbarkeitsbericht, aber ohne lesbaren Empfänger',
  'noRecipients.body':
    'Die Nachricht meldet eine fehlgeschlagene Zustellung, sagt aber nicht klar, für welche Adresse. Die technischen Details zeigen, was Bounce Lens gelesen hat.',

  'problem.no-item.title': 'Outlook hat Bounce Lens keine Nachricht übergeben',
  'problem.no-item.body':
    'Entweder ist nichts ausgewählt, oder das ausgewählte Element ist ein Zustellbericht: Den hält Outlook von Add-ins fern.',
  'problem.restricted.title': 'Outlook hält Add-ins von Zustellberichten fern',
  'problem.restricted.body':
    'Das ist ein Zustellbericht (ein Unzustellbarkeitsbericht in Outlooks eigenem Format), und Outlook lässt Add-ins ihn nicht lesen.',
  'problem.unsupported.title': 'Dieses Outlook kann Add-ins keine Nachricht übergeben',
  'problem.unsupported.body':
    'Ihm fehlen die Lesefunktionen, die Bounce Lens braucht (Mailbox 1.8), wie in Outlook für iOS und Android.',
  'problem.api-error.title': 'Outlook konnte die Nachricht nicht übergeben',
  'problem.api-error.body': 'Das Lesen der Nachricht ist fehlgeschlagen. Ein neuer Versuch kann helfen.',
  'problem.empty.title': 'Die Nachricht ist leer',
  'problem.empty.body': 'Outlook hat eine Nachricht ohne Text übergeben.',
  'problem.outlookSaid': 'Outlook meldete: {detail}',
  'problem.whatToDo': 'Was Sie tun können',
  'workaround.drag':
    'Heften Sie diesen Bereich an (die Stecknadel oben) und ziehen Sie den Bericht aus der Nachrichtenliste hierher. Mehrere auf einmal gehen auch.',
  'workaround.forward':
    'Oder leiten Sie den Bericht als Anlage an sich selbst weiter (in Outlook: Weitere Aktionen, dann Als Anlage weiterleiten), öffnen Sie diese Weiterleitung und starten Sie dort Bounce Lens.',
  'workaround.paste':
    'Oder kopieren Sie den Text des Berichts und fügen Sie ihn unten ein, oder speichern Sie ihn als Datei (.eml oder .msg) und ziehen Sie sie unten hinein.',
  'dropTip.title': 'Bereich anheften und Berichte hierher ziehen',
  'dropTip.body':
    'Outlook hält Add-ins von den meisten Unzustellbarkeitsberichten fern. Heften Sie Bounce Lens an (die Stecknadel oben in diesem Bereich) und ziehen Sie einen Bericht aus der Nachrichtenliste hierher; mehrere auf einmal ergeben eine Übersicht.',

  'action.failed': 'fehlgeschlagen',
  'action.delayed': 'wird noch versucht',
  'action.delivered': 'zugestellt',
  'action.relayed': 'weitergeleitet',
  'action.expanded': 'an Verteiler aufgelöst',

  'actions.didYouMean': 'Meinten Sie {address}?',
  'actions.resendTo': 'Erneut an {address} senden',
  'actions.resend': 'Erneut senden',
  'actions.emailYourIt': 'Ihrer IT schreiben',
  'actions.emailSenderIt': 'Der IT des Absenders schreiben',
  'actions.postmaster': 'Postmaster von {domain} informieren',

  'draft.noOriginal':
    '(Bounce Lens: Der Bericht enthält den ursprünglichen Text nicht; fügen Sie ihn hier ein oder leiten Sie das Original aus „Gesendete Elemente“ weiter.)',
  'draft.itSubject': 'Unzustellbare Nachricht prüfen: {subject}',
  'draft.aMessage': 'eine Nachricht',
  'draft.itBody':
    'Hallo,\n\neine Nachricht von mir kam zurück, und die Ursache scheint bei uns zu liegen. Könnten Sie sich das bitte ansehen?\n\n{summary}\n',
  'draft.postmasterSubject': 'Zustellung an {domain} abgelehnt: {subject}',
  'draft.postmasterBody':
    'Hallo Postmaster von {domain},\n\nIhr Mailsystem hat eine Nachricht an {recipients} abgelehnt. Könnten Sie prüfen, warum, und sie zulassen, falls sie angenommen werden sollte?\n\n{summary}\n',
  'draft.suggestedCheck': 'Zu prüfen: {text}',

  'fact.originalSubject': 'Ursprünglicher Betreff',
  'fact.originalDate': 'Ursprüngliches Datum',
  'fact.originalSender': 'Ursprünglicher Absender',
  'fact.originalRecipients': 'Ursprüngliche Empfänger',
  'fact.originalMessageId': 'Ursprüngliche Message-ID',
  'fact.reportedBy': 'Gemeldet von',
  'fact.recipient': 'Empfänger',
  'fact.whatHappened': 'Was passiert ist',
  'fact.whoMustAct': 'Wer handeln muss',
  'fact.serverSaid': 'Meldung des Servers',
  'fact.remoteServer': 'Gegenstelle',
  'fact.howToFix': 'So beheben Sie es',
  'fact.forAdmin': 'Für den E-Mail-Admin',
  'fact.authentication': 'Absenderprüfung',
  'fact.status': 'Statuscode',
  'fact.replyCode': 'Antwortcode',
  'fact.subject': 'Betreff',
  'fact.date': 'Datum',
  'fact.from': 'Von',
  'fact.to': 'An',

  'copy.button': 'Zusammenfassung kopieren',
  'copy.done': 'Zusammenfassung kopiert.',
  'copy.blocked': 'Kopieren ist hier gesperrt; markieren Sie den Text und kopieren Sie ihn von Hand.',
  'copy.noRecipients': 'Ein Unzustellbarkeitsbericht, aber ohne lesbaren Empfänger.',
  'copy.partOf': '--- {index} von {total}: {label} ---',

  'admin.heading': 'Für Ihren E-Mail-Admin',
  'admin.technical': 'Technische Details zu {address}',
  'admin.original': 'Die ursprüngliche Nachricht',
  'admin.documentation': 'Dokumentation',

  'auth.heading': 'Absenderprüfung: {verdict}',
  'auth.results': 'Ergebnisse der Absenderprüfung',
  'auth.verdict.pass': 'Bestanden und passend zur Absenderdomain',
  'auth.verdict.unaligned': 'Bestanden, aber nur für die Domain einer anderen Organisation',
  'auth.verdict.unauthenticated': 'Keine Prüfung bestanden',
  'auth.verdict.forwarding': 'Eine Weiterleitung oder Mailingliste hat die Prüfung gebrochen',
  'auth.verdict.unknown': 'Die Header zeigen nicht, welche Prüfung fehlschlug',
  'auth.aligned': 'passend',
  'auth.notAligned': 'nicht passend',
  'auth.for': 'für {domain}',
  'auth.policy': 'Richtlinie {policy}',
  'auth.fromDomain': 'From-Domain',
  'auth.mailFromDomain': 'MAIL-FROM-Domain',
  'auth.forwarded': 'Weitergeleitet',
  'auth.forwardedYes': 'ja: eine Weiterleitung oder Liste lag auf dem Weg',

  'overview.heading.one': '{count} Empfänger braucht Aufmerksamkeit',
  'overview.heading.other': '{count} Empfänger brauchen Aufmerksamkeit',
  'overview.recipient': 'Empfänger',
  'overview.whatHappened': 'Was passiert ist',
  'overview.whoActs': 'Wer handelt',
  'overview.more.one': 'und {count} weiterer, unten aufgeführt',
  'overview.more.other': 'und {count} weitere, unten aufgeführt',
  'overview.fixIt': 'So beheben Sie es',
  'overview.fixThese.one': 'So beheben Sie es',
  'overview.fixThese.other': 'So beheben Sie diese {count}',
  'who.you': 'Sie',
  'who.sender': 'Absender',
  'who.yourIt': 'Ihre IT',
  'who.senderIt': 'IT des Absenders',
  'who.recipientIt': 'IT des Empfängers',
  'who.recipient': 'Empfänger',
  'who.provider': 'Mailanbieter',
  'who.none': 'Niemand (abwarten)',

  'input.heading': 'Unzustellbarkeitsbericht prüfen',
  'input.sample': 'Ein Beispiel ausprobieren',
  'input.chooseSample': 'Beispiel wählen…',
  'input.paste': 'Bericht einfügen (die ganze Nachricht oder nur ihren Text)',
  'input.pasteFirst': 'Fügen Sie zuerst den Text eines Berichts ein.',
  'input.diagnose': 'Prüfen',
  'input.drop': '.eml-, .msg- oder .txt-Dateien hierher ziehen, oder',
  'input.choose': 'Datei auswählen…',
  'input.files': 'Berichtsdateien (.eml, .msg oder .txt)',

  'advice.noAddress': 'der Empfänger',
  'advice.noDomain': 'der Empfängerdomain',
  'advice.succeeded.summary': 'Die Nachricht an {address} wurde {action}; nichts ist fehlgeschlagen.',
  'advice.succeeded.user': 'Nichts zu tun: Das ist eine Zustellbestätigung, kein Fehler.',
  'advice.succeeded.admin':
    'Eine positive Zustellbenachrichtigung (der Absender hat sie angefordert, oder die Plattform verschickt sie immer).',
  'advice.delayedAlso': 'Die Zustellung an {address} verzögert sich und wird weiter versucht. {summary}',
  'advice.recipient-unknown.summary': 'Die Adresse {address} gibt es bei {domain} nicht.',
  'advice.recipient-unknown.user':
    'Prüfen Sie die Schreibweise der Adresse oder fragen Sie die Person nach ihrer aktuellen Adresse, und senden Sie dann erneut. Ist die Adresse veraltet, entfernen Sie sie aus Ihren Kontakten und der Autovervollständigung.',
  'advice.recipient-unknown.admin':
    'Der empfangende Server meldet, dass das Postfach nicht existiert. Gehört der Empfänger zu Ihrer Organisation, prüfen Sie, ob Postfach oder Kontakt existieren und die Adresse zugewiesen ist; andernfalls liegt bei Ihnen kein Fehler vor.',
  'advice.recipient-domain-invalid.summary':
    'Die Domain {domain} (in {address}) gibt es nicht oder sie nimmt keine E-Mails an.',
  'advice.recipient-domain-invalid.user':
    'Der Teil nach dem @ ist vermutlich falsch geschrieben (etwa gmial.com). Korrigieren Sie ihn und senden Sie erneut.',
  'advice.recipient-domain-invalid.admin':
    'Die Domain hat keinen MX- oder A-Eintrag, veröffentlicht einen Null-MX oder ließ sich nicht auflösen. Prüfen Sie sie per DNS-Abfrage; ist es eine Ihrer Domains, korrigieren Sie ihre MX-Einträge.',
  'advice.mailbox-inactive.summary':
    'Das Postfach {address} existiert, ist aber deaktiviert, gesperrt oder wird nicht mehr genutzt.',
  'advice.mailbox-inactive.user':
    'Die Person hat das Konto wahrscheinlich verlassen oder geschlossen. Erreichen Sie sie auf anderem Weg und fragen Sie nach einer aktuellen Adresse.',
  'advice.mailbox-inactive.admin':
    'Das Empfängersystem meldet das Konto als deaktiviert, gesperrt oder umgezogen. Gehört es zu Ihrer Organisation, aktivieren Sie das Postfach wieder oder richten Sie eine Weiterleitung ein.',
  'advice.mailbox-full.summary': 'Das Postfach von {address} ist voll.',
  'advice.mailbox-full.user':
    'Bei Ihnen ist alles in Ordnung. Geben Sie dem Empfänger auf anderem Weg Bescheid und versuchen Sie es später erneut.',
  'advice.mailbox-full.admin':
    'Der Empfänger hat sein Kontingent überschritten. Der Empfänger (oder bei einem freigegebenen Postfach dessen Admin) muss Platz schaffen oder das Kontingent erhöhen. Der Absender muss nichts ändern.',
  'advice.recipient-policy.summary':
    'Die Organisation bei {domain} nimmt diese Nachricht für {address} nach ihren eigenen Regeln nicht an.',
  'advice.recipient-policy.user':
    'Die Empfängerorganisation beschränkt, wer an diese Adresse schreiben darf (etwa eine Gruppe nur für interne Absender oder eine moderierte Liste). Bitten Sie den Empfänger oder seine IT, Sie zuzulassen.',
  'advice.recipient-policy.admin':
    'Eine Regel auf Empfängerseite hat die Nachricht abgelehnt: eine eingeschränkte Gruppe, ein blockierter Absender, eine Regel für externe Absender oder eine Moderation. Nur der Admin des Empfängers oder der Gruppenbesitzer kann das aufheben; geben Sie ihnen den Antworttext.',
  'advice.recipient-system.summary':
    'Der Mailserver für {domain} hat ein Problem und konnte die Nachricht nicht annehmen.',
  'advice.recipient-system.user':
    'Das Problem liegt auf der Empfängerseite. Versuchen Sie es später erneut; klappt es weiterhin nicht, sagen Sie dem Empfänger auf anderem Weg Bescheid.',
  'advice.recipient-system.admin':
    'Der Zielserver war nicht erreichbar, falsch eingerichtet oder ist ausgefallen (Verbindung, TLS, DANE/MTA-STS oder ein interner Fehler). Der Admin des Empfängers muss das beheben; Antworttext und Name der Gegenstelle helfen ihm dabei.',
  'advice.sender-infrastructure.summary':
    'Der empfangende Server hat die Verbindung Ihres Mailservers wegen dessen Einrichtung abgelehnt (Reverse DNS, HELO-Name, DNS Ihrer Domain oder TLS).',
  'advice.sender-infrastructure.user':
    'Das ist ein Einrichtungsproblem in Ihrer Organisation; leiten Sie diesen Bericht an Ihren E-Mail-Admin weiter.',
  'advice.sender-infrastructure.admin':
    'Geben Sie der sendenden IP einen PTR-Eintrag, der wieder auf sie zeigt (forward-confirmed), verwenden Sie einen vollqualifizierten, auflösbaren HELO-Namen, sorgen Sie für gültiges DNS der Absenderdomain (MX oder A) und bieten Sie STARTTLS an.',
  'advice.reputation-block.summary':
    'Der empfangende Server hat Ihren Mailserver blockiert, weil dessen IP-Adresse oder Domain auf einer Sperrliste steht oder einen schlechten Ruf hat.',
  'advice.reputation-block.user':
    'Es liegt nicht an Ihrer Nachricht. Leiten Sie diesen Bericht an Ihren E-Mail-Admin weiter; bis das behoben ist, kann Mail an dieses Ziel weiter scheitern.',
  'advice.reputation-block.admin':
    'Suchen Sie die sendende IP auf der in der Antwort genannten Sperrliste, finden und beseitigen Sie die Ursache (ein kompromittiertes Konto, eine Spamquelle, eine geteilte IP) und beantragen Sie dann die Entfernung. Sehen Sie in die Postmaster-Tools des Anbieters.',
  'advice.content-rejected.summary':
    'Der empfangende Server hat den Inhalt der Nachricht abgelehnt (Spamfilter, Virenscan oder gesperrter Anhang).',
  'advice.content-rejected.user':
    'Entfernen oder zippen Sie ungewöhnliche Anhänge, vermeiden Sie Link-Kürzer und spamartige Formulierungen, und senden Sie dann erneut. Klappt es weiterhin nicht, bitten Sie den Empfänger, Ihre Adresse zuzulassen.',
  'advice.content-rejected.admin':
    'Der Filter des Empfängers hat den Inhalt abgelehnt. Prüfen Sie Anhänge und Links auf Schadsoftware; ist die Nachricht in Ordnung, bitten Sie den Admin des Empfängers, die Bewertung zu prüfen.',
  'advice.delayed.summary': 'Die Zustellung an {address} verzögert sich; das Mailsystem versucht es weiter.',
  'advice.delayed.user':
    'Noch nichts zu tun. Scheitert die Zustellung endgültig, erhalten Sie eine weitere Nachricht.',
  'advice.delayed.admin':
    'Die Nachricht steht in der Warteschlange und wird erneut versucht. Hält die Verzögerung an, prüfen Sie die Erreichbarkeit des Ziels und den Antworttext.',
  'advice.expired.summary':
    'Das Mailsystem hat die Zustellung an {address} nach zu langen Versuchen aufgegeben.',
  'advice.expired.user':
    'Der empfangende Server war lange nicht erreichbar. Prüfen Sie die Adresse, versuchen Sie es später erneut oder erreichen Sie die Person auf anderem Weg.',
  'advice.expired.admin':
    'Die Zustellung wurde wiederholt, bis die Verweildauer in der Warteschlange ablief. Prüfen Sie die MX-Einträge und die Erreichbarkeit des Ziels; der letzte Fehler im Bericht nennt die Ursache.',
  'advice.unknown.summary':
    'Die Zustellung an {address} ist fehlgeschlagen, und der Bericht sagt nicht klar, warum.',
  'advice.unknown.user':
    'Senden Sie später erneut. Scheitert es wieder, leiten Sie diesen Bericht an Ihren E-Mail-Admin weiter.',
  'advice.unknown.admin':
    'Der Bericht nennt keine erkennbare Ursache. Lesen Sie die Meldung des Servers und den Statuscode unten; der Admin der Gegenstelle kann seine eigene Meldung erklären.',
};
