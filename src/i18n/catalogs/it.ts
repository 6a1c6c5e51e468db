// Italiano. Semplice e breve, all'imperativo come l'interfaccia di Outlook; i termini di Outlook
// (rapporto di mancato recapito, cassetta postale, allegato, Posta inviata, componenti aggiuntivi);
// SPF, DKIM, DMARC, MX e HELO restano come sono.
import type { Catalog } from './en';

export const it: Catalog = {
  'app.starting': 'Avvio di Bounce Lens…',
  'app.reading': 'Lettura del messaggio…',
  'app.readingProgress': 'Lettura di {current} di {total}…',
  'app.cannotRead': 'Impossibile leggere il messaggio.',
  'app.ready.one': 'Diagnosi pronta.',
  'app.ready.other': '{count} diagnosi pronte.',
  'app.failedTitle': 'Bounce Lens non è riuscito a leggerlo',
  'app.fileError': 'Impossibile leggere {label}',
  'app.skippedAttachment': 'Un allegato è stato saltato',
  'app.results': 'Risultati',
  'app.sourceFile': 'File: {label}',
  'app.sourceAttachment': 'Allegato: {label}',
  'app.another': 'Analizza un altro rapporto di mancato recapito',
  'app.pastedText': 'testo incollato',
  'app.readerMissing': 'Impossibile caricare una parte di Bounce Lens',
  'app.readerMissingBody':
    'Questo messaggio proviene da un sistema di posta meno comune il cui lettore non è stato caricato: è stato letto in modo generico e la risposta potrebbe essere meno precisa.',
  'app.phrasesMissingBody':
    'Alcune delle formulazioni meno comuni che Bounce Lens riconosce non sono state caricate: questo messaggio è stato letto senza di esse e la risposta potrebbe essere meno precisa.',
  'app.readAgain': 'Rileggi',
  'app.partUnavailable': 'Impossibile caricare questa parte. Chiudi e riapri il riquadro per riprovare.',

  'headline.failedMany': 'Non è stato possibile raggiungere {count} destinatari',
  'headline.outcomes': '{recipients} destinatari, {groups} esiti diversi',
  'relation.backscatterTitle': 'Forse non hai inviato tu questo messaggio',
  'relation.forwardedTitle': 'Il rapporto di mancato recapito di un’altra persona',
  'relation.forwarded':
    'Questo rapporto riguarda un messaggio inviato da {sender}, non da te ({user}). Se stai aiutando questa persona, ad esempio come suo amministratore della posta, i consigli qui sotto sono per {sender}.',
  'relation.backscatter':
    'Il messaggio originale è partito da {sender}, non da te ({user}). Se non è uno dei tuoi indirizzi, probabilmente si tratta di backscatter: un rapporto di mancato recapito per un messaggio che qualcun altro ha inviato a tuo nome. Puoi eliminarlo; se ne arrivano molti, avvisa il tuo amministratore della posta.',
  'list.recipients': 'Destinatari',
  'list.evidence': 'Cosa ha letto Bounce Lens',

  'title.recipient-unknown': 'L’indirizzo non esiste',
  'title.recipient-domain-invalid': 'Il dominio non esiste o non riceve posta',
  'title.mailbox-inactive': 'La cassetta postale è disattivata o non più in uso',
  'title.mailbox-full': 'La cassetta postale è piena',
  'title.recipient-policy': 'Rifiutato dalle regole dell’organizzazione del destinatario',
  'title.recipient-system': 'Il server di posta del destinatario ha un problema',
  'title.auth-failed': 'Il messaggio non ha superato l’autenticazione del mittente (SPF, DKIM, DMARC)',
  'title.sender-infrastructure': 'La configurazione del server di invio è stata rifiutata',
  'title.message-noncompliant': 'Il messaggio viola le regole di formato della posta elettronica',
  'title.reputation-block': 'Il server di invio è in una blocklist o non è considerato affidabile',
  'title.rate-limited': 'Il server del destinatario sta limitando il mittente',
  'title.content-rejected': 'Il contenuto è stato rifiutato (spam, malware o allegato)',
  'title.message-too-large': 'Il messaggio è troppo grande',
  'title.sender-blocked': 'L’account o il servizio del mittente è bloccato',
  'title.relay-denied': 'Un server si è rifiutato di inoltrare il messaggio',
  'title.delayed': 'Il recapito è in ritardo; i server continuano a provare',
  'title.expired': 'Il recapito è stato abbandonato dopo vari tentativi',
  'title.mail-loop': 'Il messaggio è finito in un ciclo',
  'title.suppressed': 'Il servizio di invio non ha provato (lista di soppressione)',
  'title.unknown': 'Il motivo non è chiaro',
  'title.failed': 'Recapito non riuscito',

  'why.recipient-unknown':
    'Solo il mittente può trovare l’indirizzo giusto; nessun altro può correggere un errore di battitura o un indirizzo vecchio.',
  'why.recipient-domain-invalid': 'La parte dopo la @ è sbagliata e solo il mittente può correggerla.',
  'why.mailbox-inactive':
    'Probabilmente la persona non è più lì; il mittente deve trovare un altro modo per contattarla.',
  'why.mailbox-full':
    'Solo il titolare della cassetta postale può fare spazio; il messaggio in sé andava bene.',
  'why.recipient-policy':
    'Una regola dell’organizzazione del destinatario l’ha bloccato; solo quell’organizzazione può lasciar passare il mittente.',
  'why.recipient-system':
    'Il guasto è nel sistema di posta del destinatario; solo i suoi amministratori possono ripararlo.',
  'why.auth-failed':
    'SPF, DKIM e DMARC si trovano nel DNS e nei servizi di posta del dominio del mittente; solo il suo amministratore può modificarli.',
  'why.sender-infrastructure':
    'Il DNS inverso, il nome HELO e TLS dipendono dai server di posta del mittente.',
  'why.message-noncompliant':
    'Il software di invio ha creato un messaggio malformato; deve correggerlo chi lo gestisce.',
  'why.reputation-block':
    'Il blocco riguarda i server o il dominio del mittente; il loro amministratore deve eliminare la causa e chiedere la rimozione dalla lista.',
  'why.rate-limited': 'Il volume di invio e i nuovi tentativi si impostano sui server del mittente.',
  'why.content-rejected':
    'Il contenuto ha fatto scattare un filtro; il mittente può modificarlo e inviarlo di nuovo.',
  'why.message-too-large':
    'Solo il mittente può ridurre il messaggio (condividendo i file grandi tramite link).',
  'why.sender-blocked':
    'L’account o l’organizzazione di invio ha una restrizione; deve rimuoverla il suo amministratore.',
  'why.relay-denied': 'Le autorizzazioni di inoltro e i connettori si configurano dal lato del mittente.',
  'why.delayed': 'Ancora niente da fare: i server continuano a provare.',
  'why.expired':
    'La destinazione è rimasta irraggiungibile a lungo; i suoi amministratori devono controllare i server.',
  'why.mail-loop':
    'Regole di inoltro o di instradamento dal lato del mittente fanno girare il messaggio in tondo.',
  'why.suppressed':
    'Il servizio di invio non scrive più a questo indirizzo dopo precedenti mancati recapiti o reclami; il mittente deve verificarlo.',
  'why.unknown': 'Il rapporto non dice abbastanza; questa è la parte più probabile.',

  'ownerWhy.sender': 'Gli indizi puntano a qualcosa che il mittente può cambiare.',
  'ownerWhy.sender-admin': 'La causa è nella configurazione di posta dell’organizzazione che invia.',
  'ownerWhy.recipient': 'Solo il destinatario può cambiarlo.',
  'ownerWhy.recipient-admin':
    'La causa è nel sistema di posta o nelle regole dell’organizzazione che riceve.',
  'ownerWhy.provider':
    'È il servizio di posta stesso a segnalare un guasto: attendi o contatta il suo supporto.',
  'ownerWhy.none': 'Non c’è niente da correggere.',

  'owner.sender': 'il mittente',
  'owner.sender-admin': 'l’amministratore della posta del mittente',
  'owner.recipient': 'il destinatario',
  'owner.recipient-admin': 'l’amministratore della posta del destinatario',
  'owner.provider': 'il provider del servizio di posta',
  'owner.none': 'nessuno',

  'path.heading': 'Chi deve risolvere',
  'path.label': 'Dal mittente al destinatario',
  'path.mustAct': ' (deve intervenire)',
  'path.you': 'Tu',
  'path.sender': 'Mittente',
  'path.yourIt': 'Il tuo reparto IT',
  'path.senderIt': 'IT del mittente',
  'path.provider': 'Provider',
  'path.recipientIt': 'IT del destinatario',
  'path.recipient': 'Destinatario',
  'actor.you': 'Tocca a te intervenire.',
  'actor.sender': 'Il mittente deve intervenire.',
  'actor.senderNamed': 'Il mittente ({address}) deve intervenire.',
  'actor.yourIt': 'Il tuo reparto IT deve intervenire.',
  'actor.yourItDomain': 'Il tuo reparto IT ({domain}) deve intervenire.',
  'actor.senderIt': 'Il reparto IT del mittente deve intervenire.',
  'actor.senderItDomain': 'Il reparto IT del mittente ({domain}) deve intervenire.',
  'actor.recipientIt': 'Il reparto IT del destinatario deve intervenire.',
  'actor.recipientItDomain': 'Il reparto IT del destinatario ({domain}) deve intervenire.',
  'actor.recipient': 'Il destinatario ({address}) deve intervenire.',
  'actor.provider': 'Il provider del servizio di posta deve intervenire.',
  'actor.providerDomain': 'Il provider del servizio di posta ({domain}) deve intervenire.',
  'actor.none': 'Per ora nessuno deve intervenire.',

  'decision.delayedUntil': 'Non ancora recapitato: i server continueranno a provare fino al {date}.',
  'decision.delayed': 'Non ancora recapitato: i server continuano a provare.',
  'decision.delayedWhy': 'Nessuno deve intervenire mentre i server riprovano.',
  'decision.delayFix':
    'Per ora non c’è niente da fare: i server continuano a provare a recapitarlo. Non inviarlo di nuovo, altrimenti arriverebbe due volte. Se rinunciano, riceverai un rapporto di mancato recapito con il motivo.',
  'decision.delayFixUntil':
    'Per ora non c’è niente da fare: i server continueranno a provare a recapitarlo fino al {date}. Non inviarlo di nuovo, altrimenti arriverebbe due volte. Se rinunciano, riceverai un rapporto di mancato recapito con il motivo.',
  'decision.yourIt': 'il tuo reparto IT',
  'decision.senderIt': 'il reparto IT del mittente',
  'decision.sameOrgWhy':
    '{domain} è l’organizzazione stessa del mittente, quindi le sue regole di posta sono gestite da {it}.',
  'decision.sameOrgWhyNoDomain':
    'Questo dominio è l’organizzazione stessa del mittente, quindi le sue regole di posta sono gestite da {it}.',
  'decision.sameOrgFix':
    'L’indirizzo è della tua stessa organizzazione. Chiedi a {it} perché {address} ha rifiutato il messaggio; può controllare la regola o l’indirizzo e lasciarlo passare.',
  'decision.serverSaid': 'Il server ha risposto: “{text}”',
  'verdict.line': '{who}: {title}; {acts}.',
  'verdict.recipients': '{count} destinatari',
  'verdict.mustAct': '{owner} deve intervenire',
  'verdict.nobody': 'per ora nessuno deve intervenire',

  'group.howToFix': 'Come risolvere',
  'group.specificAdvice': 'Per questo errore specifico (in inglese):',

  'calm.delay.title': 'Non respinto: il recapito è in ritardo',
  'calm.delay.body':
    'I server stanno ancora provando a recapitare il messaggio. Per ora non c’è niente da fare; se alla fine rinunciano, arriverà un rapporto di mancato recapito.',
  'calm.delivered.title': 'Recapitato',
  'calm.delivered.body':
    'Questa è una conferma di recapito: il messaggio è arrivato al server di posta del destinatario.',
  'calm.auto-reply.title': 'Una risposta automatica, non un mancato recapito',
  'calm.auto-reply.body':
    'Il messaggio è stato recapitato; questa è una risposta di fuori sede o automatica. Niente da correggere.',
  'calm.read-receipt.title': 'Una conferma di lettura, non un mancato recapito',
  'calm.read-receipt.body':
    'Indica cosa è successo al messaggio dopo il recapito (ad esempio che è stato letto o eliminato). Niente da correggere.',
  'calm.feedback.title': 'Una segnalazione di posta indesiderata',
  'calm.feedback.body':
    'Un destinatario o il suo provider di posta ha segnalato un messaggio come spam o abuso. Non è un mancato recapito; il tuo amministratore della posta potrebbe voler smettere di scrivere a questo indirizzo.',
  'calm.not-a-bounce.title': 'Non sembra un rapporto di mancato recapito',
  'calm.not-a-bounce.body':
    'Bounce Lens non ha trovato alcun rapporto di recapito in questo messaggio. Se un rapporto di mancato recapito è citato o allegato altrove, incollane il testo o trascina il file qui sotto.',
  'noRecipients.title': 'Un rapporto di mancato recapito, ma nessun destinatario leggibile',
  'noRecipients.body':
    'Il messaggio dice che il recapito non è riuscito, ma non è chiaro per quale indirizzo. I dettagli tecnici mostrano cosa ha letto Bounce Lens.',

  'problem.no-item.title': 'Outlook non ha passato alcun messaggio a Bounce Lens',
  'problem.no-item.body':
    'O non è selezionato niente, oppure l’elemento selezionato è un rapporto di recapito: Outlook non lascia accedere i componenti aggiuntivi a questi rapporti.',
  'problem.restricted.title': 'Outlook non lascia leggere i rapporti di recapito ai componenti aggiuntivi',
  'problem.restricted.body':
    'Questo è un rapporto di recapito (un rapporto di mancato recapito nel formato proprio di Outlook) e Outlook non permette ai componenti aggiuntivi di leggerlo.',
  'problem.unsupported.title':
    'Questa versione di Outlook non può passare il messaggio ai componenti aggiuntivi',
  'problem.unsupported.body':
    'Mancano le funzioni di lettura dei messaggi di cui Bounce Lens ha bisogno (Mailbox 1.8), come in Outlook per iOS e Android.',
  'problem.api-error.title': 'Outlook non è riuscito a passare il messaggio',
  'problem.api-error.body': 'La lettura del messaggio non è riuscita. Riprovare potrebbe bastare.',
  'problem.empty.title': 'Il messaggio è vuoto',
  'problem.empty.body': 'Outlook ha passato un messaggio senza testo.',
  'problem.outlookSaid': 'Risposta di Outlook: {detail}',
  'problem.whatToDo': 'Cosa fare',
  'workaround.drag':
    'Fissa questo riquadro (la puntina in alto), poi trascina il rapporto di mancato recapito dall’elenco dei messaggi sul riquadro. Puoi trascinarne anche più di uno alla volta.',
  'workaround.forward':
    'Oppure inoltra a te stesso il rapporto come allegato (in Outlook: Altre azioni, poi Inoltra come allegato), apri quel messaggio e avvia Bounce Lens su di esso.',
  'workaround.paste':
    'Oppure copia il testo del rapporto e incollalo qui sotto, o salvalo come file (.eml o .msg) e trascinalo qui sotto.',
  'dropTip.title': 'Fissa questo riquadro e trascinaci i rapporti',
  'dropTip.body':
    'Outlook non lascia leggere ai componenti aggiuntivi la maggior parte dei rapporti di mancato recapito. Fissa Bounce Lens (la puntina in alto in questo riquadro), poi trascina un rapporto dall’elenco dei messaggi sul riquadro; con più rapporti insieme ottieni una panoramica.',

  'action.failed': 'non riuscito',
  'action.delayed': 'nuovo tentativo in corso',
  'action.delivered': 'recapitato',
  'action.relayed': 'inoltrato',
  'action.expanded': 'distribuito ai membri della lista',

  'actions.didYouMean': 'Intendevi {address}?',
  'actions.resendTo': 'Invia di nuovo a {address}',
  'actions.resend': 'Invia di nuovo',
  'actions.emailYourIt': 'Scrivi al tuo reparto IT',
  'actions.emailSenderIt': 'Scrivi al reparto IT del mittente',
  'actions.postmaster': 'Avvisa il postmaster di {domain}',

  'draft.noOriginal':
    '(Bounce Lens: il rapporto di mancato recapito non contiene il testo originale; incollalo qui o inoltra l’originale da Posta inviata.)',
  'draft.itSubject': 'Mancato recapito da verificare: {subject}',
  'draft.aMessage': 'un messaggio',
  'draft.itBody':
    'Ciao,\n\nun messaggio che ho inviato non è stato recapitato e sembra che la causa sia da noi. Potreste darci un’occhiata?\n\n{summary}\n',
  'draft.postmasterSubject': 'Recapito a {domain} rifiutato: {subject}',
  'draft.postmasterBody':
    'Gentile postmaster di {domain},\n\nil vostro sistema di posta ha rifiutato un messaggio per {recipients}. Potreste verificare il motivo e lasciarlo passare, se va accettato?\n\n{summary}\n',
  'draft.suggestedCheck': 'Verifica suggerita: {text}',

  'fact.originalSubject': 'Oggetto originale',
  'fact.originalDate': 'Data originale',
  'fact.originalSender': 'Mittente originale',
  'fact.originalRecipients': 'Destinatari originali',
  'fact.originalMessageId': 'Message-ID originale',
  'fact.reportedBy': 'Segnalato da',
  'fact.recipient': 'Destinatario',
  'fact.whatHappened': 'Cosa è successo',
  'fact.whoMustAct': 'Chi deve intervenire',
  'fact.serverSaid': 'Risposta del server',
  'fact.remoteServer': 'Server remoto',
  'fact.howToFix': 'Come risolvere',
  'fact.forAdmin': 'Per l’amministratore della posta',
  'fact.authentication': 'Autenticazione',
  'fact.status': 'Stato',
  'fact.replyCode': 'Codice di risposta',
  'fact.subject': 'Oggetto',
  'fact.date': 'Data',
  'fact.from': 'Da',
  'fact.to': 'A',

  'copy.button': 'Copia riepilogo',
  'copy.done': 'Riepilogo copiato.',
  'copy.blocked': 'Qui la copia è bloccata; seleziona il testo e copialo a mano.',
  'copy.noRecipients': 'Un rapporto di mancato recapito, ma nessun destinatario leggibile.',
  'copy.partOf': '--- {index} di {total}: {label} ---',

  'admin.heading': 'Per il tuo amministratore della posta',
  'admin.technical': 'Dettagli tecnici per {address}',
  'admin.original': 'Il messaggio originale',
  'admin.documentation': 'Documentazione',

  'auth.heading': 'Autenticazione del mittente: {verdict}',
  'auth.results': 'Risultati dell’autenticazione',
  'auth.verdict.pass': 'Autenticazione superata e allineata',
  'auth.verdict.unaligned': 'Autenticazione superata, ma solo per il dominio di un’altra organizzazione',
  'auth.verdict.unauthenticated': 'Nessuna autenticazione superata',
  'auth.verdict.forwarding': 'Un inoltro o una mailing list ha compromesso l’autenticazione',
  'auth.verdict.unknown': 'Le intestazioni non mostrano quale controllo non è riuscito',
  'auth.aligned': 'allineato',
  'auth.notAligned': 'non allineato',
  'auth.for': 'per {domain}',
  'auth.policy': 'criterio {policy}',
  'auth.fromDomain': 'Dominio From',
  'auth.mailFromDomain': 'Dominio MAIL FROM',
  'auth.forwarded': 'Inoltrato',
  'auth.forwardedYes': 'sì: lungo il percorso c’era un inoltro o una lista',

  'overview.heading.one': '{count} destinatario richiede attenzione',
  'overview.heading.other': '{count} destinatari richiedono attenzione',
  'overview.recipient': 'Destinatario',
  'overview.whatHappened': 'Cosa è successo',
  'overview.whoActs': 'Chi interviene',
  'overview.more.one': 'e {count} altro, elencato qui sotto',
  'overview.more.other': 'e altri {count}, elencati qui sotto',
  'overview.fixIt': 'Come risolvere',
  'overview.fixThese.one': 'Come risolvere',
  'overview.fixThese.other': 'Come risolvere questi {count}',
  'who.you': 'Tu',
  'who.sender': 'Mittente',
  'who.yourIt': 'Il tuo reparto IT',
  'who.senderIt': 'IT del mittente',
  'who.recipientIt': 'IT del destinatario',
  'who.recipient': 'Destinatario',
  'who.provider': 'Provider di posta',
  'who.none': 'Nessuno (attendere)',

  'input.heading': 'Analizza un rapporto di mancato recapito',
  'input.sample': 'Prova con un esempio',
  'input.chooseSample': 'Scegli un esempio…',
  'input.paste': 'Incolla il rapporto di mancato recapito (il messaggio intero o solo il testo)',
  'input.pasteFirst': 'Prima incolla il testo di un rapporto di mancato recapito.',
  'input.diagnose': 'Analizza',
  'input.drop': 'Trascina qui file .eml, .msg o .txt, oppure',
  'input.choose': 'Scegli un file…',
  'input.files': 'File di mancato recapito (.eml, .msg o .txt)',

  'advice.noAddress': 'il destinatario',
  'advice.noDomain': 'il dominio del destinatario',
  'advice.succeeded.summary': 'Il messaggio per {address} è stato {action}; non è fallito nulla.',
  'advice.succeeded.user': 'Niente da fare: questa è una conferma di recapito, non un errore.',
  'advice.succeeded.admin':
    'Una notifica sullo stato del recapito positiva (il mittente l’ha richiesta o la piattaforma le invia).',
  'advice.delayedAlso': 'Il recapito a {address} è in ritardo e i server stanno ancora riprovando. {summary}',
  'advice.recipient-unknown.summary': 'L’indirizzo {address} non esiste presso {domain}.',
  'advice.recipient-unknown.user':
    'Controlla come è scritto l’indirizzo o chiedi alla persona quello attuale, poi invia di nuovo. Se l’indirizzo è vecchio, toglilo dai contatti o dall’elenco di completamento automatico.',
  'advice.recipient-unknown.admin':
    'Il server di destinazione ha risposto che la cassetta postale non esiste. Se il destinatario è nella tua organizzazione, verifica che la cassetta postale o il contatto esista e che l’indirizzo gli sia assegnato; altrimenti dal tuo lato non c’è nessun problema.',
  'advice.recipient-domain-invalid.summary':
    'Il dominio {domain} (in {address}) non esiste o non accetta posta.',
  'advice.recipient-domain-invalid.user':
    'Probabilmente la parte dopo la @ è scritta male (ad esempio gmial.com). Correggila e invia di nuovo.',
  'advice.recipient-domain-invalid.admin':
    'Il dominio non ha record MX né A, pubblica un MX nullo o non è stato risolto. Controllalo con una query DNS; se è un dominio che ospiti tu, correggi i suoi record MX.',
  'advice.mailbox-inactive.summary':
    'La cassetta postale {address} esiste, ma è disattivata, sospesa o non più in uso.',
  'advice.mailbox-inactive.user':
    'Probabilmente la persona se n’è andata o ha chiuso questo account. Contattala in un altro modo e chiedile un indirizzo attuale.',
  'advice.mailbox-inactive.admin':
    'Il sistema del destinatario indica l’account come disattivato, sospeso o spostato. Se è nella tua organizzazione, riattiva la cassetta postale o configura un inoltro.',
  'advice.mailbox-full.summary': 'La cassetta postale di {address} è piena.',
  'advice.mailbox-full.user':
    'Dal tuo lato non c’è nessun problema. Avvisa il destinatario in un altro modo e riprova più tardi.',
  'advice.mailbox-full.admin':
    'Il destinatario ha superato la quota. Il destinatario (o il suo amministratore, per una cassetta postale condivisa) deve liberare spazio o aumentare la quota. Il mittente non deve cambiare nulla.',
  'advice.recipient-policy.summary':
    'L’organizzazione di {domain} non accetta questo messaggio per {address} in base alle proprie regole.',
  'advice.recipient-policy.user':
    'L’organizzazione del destinatario limita chi può scrivere a questo indirizzo (ad esempio un gruppo riservato ai mittenti interni o una lista moderata). Chiedi al destinatario o al suo reparto IT di autorizzarti.',
  'advice.recipient-policy.admin':
    'Una regola dal lato del destinatario ha rifiutato il messaggio: un gruppo con restrizioni, un mittente bloccato, una regola sui mittenti esterni o una coda di moderazione. Solo l’amministratore del destinatario o il proprietario del gruppo può rimuoverla; condividi con loro il testo della risposta.',
  'advice.recipient-system.summary':
    'Il server di posta di {domain} ha un problema e non ha potuto accettare il messaggio.',
  'advice.recipient-system.user':
    'Il problema è dal lato di chi riceve. Riprova più tardi; se continua a non riuscire, avvisa il destinatario in un altro modo.',
  'advice.recipient-system.admin':
    'Il server di destinazione era irraggiungibile, configurato male o in errore (connessione, TLS, DANE/MTA-STS o un errore interno). Deve risolvere l’amministratore del destinatario; il testo della risposta e il nome del server remoto lo aiutano.',
  'advice.sender-infrastructure.summary':
    'Il server di destinazione ha rifiutato la connessione del tuo server di posta per come è configurato (DNS inverso, nome HELO, DNS del tuo dominio o TLS).',
  'advice.sender-infrastructure.user':
    'È un problema di configurazione della tua organizzazione; inoltra questo rapporto al tuo amministratore della posta.',
  'advice.sender-infrastructure.admin':
    'Assegna all’IP di invio un record PTR che risolva di nuovo in quell’IP (verificato nei due sensi), usa un nome HELO completo che si risolva, assicurati che il dominio del mittente abbia un DNS valido (MX o A) e offri STARTTLS.',
  'advice.reputation-block.summary':
    'Il server di destinazione ha bloccato il tuo server di posta perché il suo indirizzo IP o il suo dominio è in una blocklist o ha una cattiva reputazione.',
  'advice.reputation-block.user':
    'Il problema non è il tuo messaggio. Inoltra questo rapporto al tuo amministratore della posta; finché non viene risolto, la posta verso questa destinazione potrebbe continuare a non arrivare.',
  'advice.reputation-block.admin':
    'Cerca l’IP di invio nella blocklist indicata nella risposta, trova ed elimina la causa (un account compromesso, una fonte di spam, un IP condiviso), poi chiedi la rimozione dalla lista. Consulta gli strumenti per postmaster del provider.',
  'advice.content-rejected.summary':
    'Il server di destinazione ha rifiutato il contenuto del messaggio (filtro antispam, scansione antivirus o allegato bloccato).',
  'advice.content-rejected.user':
    'Togli o comprimi in zip gli allegati insoliti, evita gli abbreviatori di link e le frasi che sembrano spam, poi invia di nuovo. Se continua a non riuscire, chiedi al destinatario di consentire il tuo indirizzo.',
  'advice.content-rejected.admin':
    'Il filtro del destinatario ha rifiutato il contenuto. Controlla che allegati e link non contengano malware; se il messaggio è legittimo, chiedi all’amministratore del destinatario di rivedere la valutazione.',
  'advice.delayed.summary': 'Il recapito a {address} è in ritardo; il sistema di posta sta ancora provando.',
  'advice.delayed.user':
    'Per ora niente da fare. Riceverai un altro avviso se alla fine il recapito non riesce.',
  'advice.delayed.admin':
    'Il messaggio è in coda e verrà ritentato. Se i ritardi continuano, verifica che la destinazione sia raggiungibile e leggi il testo della risposta.',
  'advice.expired.summary':
    'Il sistema di posta ha rinunciato a recapitare a {address} dopo aver riprovato troppo a lungo.',
  'advice.expired.user':
    'Il server di destinazione è rimasto irraggiungibile a lungo. Controlla l’indirizzo, riprova più tardi o contatta la persona in un altro modo.',
  'advice.expired.admin':
    'Il recapito è stato ritentato fino alla scadenza del tempo di permanenza in coda. Controlla i record MX della destinazione e la sua raggiungibilità; l’ultimo errore nel rapporto indica la causa.',
  'advice.unknown.summary':
    'Il recapito a {address} non è riuscito e il rapporto non dice chiaramente perché.',
  'advice.unknown.user':
    'Invia di nuovo più tardi. Se non riesce ancora, inoltra questo rapporto al tuo amministratore della posta.',
  'advice.unknown.admin':
    'Il rapporto non indica alcuna causa riconoscibile. Leggi la risposta del server e il codice di stato qui sotto; l’amministratore del server remoto può spiegare il proprio messaggio.',
};
