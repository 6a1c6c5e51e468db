// Microsoft's rule-specific advice in Italian (src/diagnosis/advice/microsoft.ts; the terms of
// catalogs/it.ts: "tu", rapporto, amministratore della posta, reparto IT).
import { byRule } from './ids';
import type { RuleAdviceText } from './types';

const EXTERNAL_USER =
  'Questo indirizzo accetta posta solo da persone della propria organizzazione, quindi niente di ciò che cambi dal tuo lato farà arrivare il messaggio. Chiedi al destinatario, in un altro modo, di far autorizzare la tua posta dal suo reparto IT, o usa un altro indirizzo che ti indicherà.';

function external(what: string, group: boolean): RuleAdviceText {
  return {
    user: EXTERNAL_USER,
    admin: `Il destinatario (${what}) è impostato per rifiutare i mittenti esterni alla sua organizzazione (in Exchange Online: l’opzione che richiede che tutti i mittenti siano autenticati). Solo l’amministratore dell’organizzazione del destinatario${group ? ' o il proprietario del gruppo' : ''} può consentire i mittenti esterni o aggiungere questo mittente a quelli accettati. Dal lato del mittente non c’è nessun problema.`,
  };
}

export const it = byRule({
  dmarc: {
    user: 'Il destinatario ha rifiutato il messaggio perché il tuo dominio non ha superato DMARC e il suo criterio DMARC chiede di rifiutare questa posta. Inoltra questo rapporto al tuo amministratore della posta; inviare di nuovo non servirà.',
    admin:
      'Il dominio From pubblica p=reject e questo messaggio non ha superato né SPF allineato né DKIM allineato. Individua il servizio che l’ha inviato: aggiungilo al record SPF del dominio, fallo firmare con DKIM usando il tuo dominio (d= il tuo dominio) e verifica che il suo dominio Return-Path sia allineato. Se il messaggio è stato inoltrato, chi l’ha inoltrato ha rotto l’autenticazione: usa ARC o fagli riscrivere il mittente della busta. Mantieni p=reject quando tutti i mittenti legittimi superano i controlli.',
  },
  outlookAuthLevel: {
    user: 'Outlook.com ha rifiutato il messaggio perché il tuo dominio non soddisfa i suoi requisiti di autenticazione dei mittenti. Inoltra questo rapporto al tuo amministratore della posta.',
    admin:
      'Outlook.com chiede ai domini che inviano in grandi volumi di superare SPF e DKIM e di pubblicare un record DMARC (almeno p=none) allineato al dominio From. Pubblica SPF, firma con DKIM per il dominio From, pubblica DMARC e verifica l’allineamento prima di inviare di nuovo.',
  },
  spf: {
    user: 'Il server del destinatario non ha accettato il record SPF del tuo dominio per il server che ha inviato il messaggio. Inoltra questo rapporto al tuo amministratore della posta.',
    admin:
      'L’IP di invio non è autorizzato dal record SPF del dominio del mittente della busta. Aggiungi al record SPF il servizio o il server che ha inviato questo messaggio (include: o ip4:/ip6:), resta sotto le 10 ricerche DNS e, per Microsoft 365, includi spf.protection.outlook.com.',
  },
  ipv6Unauthenticated: {
    user: 'Il messaggio è arrivato via IPv6 senza superare SPF né DKIM, cosa che Microsoft richiede per la posta via IPv6. Inoltra questo rapporto al tuo amministratore della posta.',
    admin:
      'La posta che arriva a Microsoft 365 via IPv6 deve superare SPF o DKIM. Firma la posta in uscita con DKIM per il dominio From e verifica che SPF copra gli indirizzi IPv6 da cui invii (ip6:), oppure invia via IPv4.',
  },
  ipv6ReverseDns: {
    user: 'Il server di posta della tua organizzazione ha un indirizzo IPv6 senza nome DNS inverso, per questo Microsoft l’ha rifiutato. Inoltra questo rapporto al tuo amministratore della posta.',
    admin:
      'Assegna all’indirizzo IPv6 di invio un record PTR il cui nome risolva di nuovo nello stesso indirizzo, oppure invia via IPv4.',
  },
  externalAddress: external('un indirizzo', false),
  externalGroup: external('un gruppo o lista di distribuzione', true),
  externalMailbox: external('una cassetta postale', false),
  externalPublicFolder: external('una cartella pubblica abilitata alla posta', false),
  externalMailUser: external('un utente di posta', false),
  externalM365Group: external('un gruppo di Microsoft 365', true),
  notInAllowedSenders: {
    user: 'Questo gruppo accetta messaggi solo dalle persone nel suo elenco di mittenti consentiti, e tu non ci sei. Chiedi al proprietario del gruppo di aggiungerti, o scrivi direttamente alle persone.',
    admin:
      'La gestione del recapito del gruppo stabilisce chi può scrivergli e il mittente non è nell’elenco (a volte anche il proprietario deve esserci). Il proprietario del gruppo o l’amministratore dell’organizzazione del destinatario aggiunge il mittente, o un gruppo di mittenti, all’elenco dei consentiti.',
  },
  deliveryNotAuthorized: {
    user: 'Non hai il permesso di scrivere a questo indirizzo: probabilmente è un gruppo che accetta posta solo dai membri o da certe persone, oppure una regola dell’organizzazione del destinatario ha fermato il messaggio. Chiedi al destinatario o al proprietario del gruppo di autorizzarti.',
    admin:
      'Una restrizione di recapito presso il destinatario ha rifiutato il mittente: un gruppo o una cassetta postale limitati a certi mittenti o ai membri, il rifiuto di un moderatore o una regola di trasporto (flusso di posta). L’amministratore dell’organizzazione del destinatario o il proprietario del gruppo può cambiare la restrizione; il nome del server nel rapporto indica quale organizzazione.',
  },
  transportRule: {
    user: 'Una regola dell’organizzazione del destinatario ha rifiutato il tuo messaggio. Chiedi al destinatario, in un altro modo, perché la regola della sua organizzazione lo blocca.',
    admin:
      'Una regola del flusso di posta (regola di trasporto) di Exchange con un codice di rifiuto personalizzato ha rifiutato il messaggio. L’organizzazione a cui appartiene la regola (vedi il server che ha generato il rapporto) può cercare quale regola usa questo codice e modificarla.',
  },
  clientNotAuthenticated: {
    user: 'Il server di destinazione accetta posta per questo indirizzo solo da mittenti che vi accedono con un account, per questo ha rifiutato il tuo messaggio. Avvisa il destinatario; il suo reparto IT deve accettare posta dall’esterno o darti un altro indirizzo.',
    admin:
      'Il server di destinazione (o il gruppo destinatario, RESOLVER.RST.AuthRequired) accetta solo mittenti autenticati: la posta anonima da Internet viene rifiutata. Se il destinatario è tuo, consenti i mittenti anonimi sul connettore di ricezione rivolto a Internet, o consenti i mittenti esterni per il gruppo. Se una tua applicazione invia tramite quel server, falla autenticare.',
  },
  unableToRelay: {
    user: 'Il server da cui hai inviato non ha voluto inoltrare il messaggio. Se usi un programma di posta, controlla che acceda al server della posta in uscita; altrimenti inoltra questo rapporto al tuo amministratore della posta.',
    admin:
      'Il server ha rifiutato l’inoltro: non è la destinazione del dominio del destinatario e il client non aveva il permesso di inoltrare. Controlla che il client o l’applicazione di invio si autentichi (o sia consentito per IP su un connettore di inoltro) e che il MX del dominio del destinatario punti a server che lo hanno come dominio accettato.',
  },
  relayAccessDenied: {
    user: 'Il sistema di posta del destinatario è configurato male per il suo stesso dominio, per questo ha rifiutato il tuo messaggio. Possono correggerlo solo loro; avvisali in un altro modo.',
    admin:
      'Il server a cui punta il MX del dominio del destinatario non accetta posta per quel dominio: in Exchange Online il dominio manca tra i domini accettati, oppure è impostato come autorevole mentre le sue cassette postali sono altrove (dovrebbe essere di inoltro interno), oppure il record MX punta al tenant sbagliato. L’amministratore del dominio del destinatario deve correggere il record MX o il dominio accettato.',
  },
  recipientAccessDenied: {
    user: 'L’indirizzo non esiste nell’organizzazione del destinatario. Controlla come è scritto, o chiedi alla persona il suo indirizzo attuale.',
    admin:
      'Il blocco perimetrale basato sulla directory (DBEB) ha rifiutato l’indirizzo: Exchange Online non ha nessun destinatario con questo indirizzo in quell’organizzazione. Se il destinatario è tuo, crea la cassetta postale o il contatto (o imposta il dominio come inoltro interno se alcuni destinatari sono su un altro sistema).',
  },
  tenantAttribution: {
    user: 'Il percorso della posta della tua organizzazione verso Microsoft 365 è configurato male. Inoltra questo rapporto al tuo amministratore della posta.',
    admin:
      'Exchange Online non è riuscito ad attribuire al tuo tenant la posta dei tuoi server locali: il nome del certificato o gli indirizzi IP del connettore in ingresso non corrispondono più a ciò che presenta il lato locale. Aggiorna il connettore in ingresso (soggetto del certificato TLS o IP di invio) o il connettore di invio locale.',
  },
  anonymousSubmission: {
    user: 'Il dispositivo o l’applicazione che ha inviato questo messaggio non ha effettuato l’accesso a Microsoft 365. Controlla le sue impostazioni di posta o inoltra questo rapporto al tuo reparto IT.',
    admin:
      'Un dispositivo o un’applicazione ha inviato tramite smtp.office365.com senza SMTP AUTH. Configuralo per autenticarsi (porta 587, STARTTLS, una cassetta postale con licenza, SMTP AUTH abilitato per quella cassetta), oppure invia tramite un connettore con invio diretto o inoltro SMTP.',
  },
  recipientNotFound: {
    user: 'L’indirizzo non è stato trovato nell’organizzazione del destinatario. Controlla come è scritto; se l’hai scelto dai suggerimenti di Outlook, elimina il suggerimento (la voce salvata può essere vecchia), digita di nuovo l’indirizzo completo e invia. Se non funziona ancora, verifica l’indirizzo con la persona.',
    admin:
      'L’organizzazione Exchange del destinatario non ha cassette postali, gruppi o contatti con questo indirizzo. Se il destinatario è tuo: controlla che l’indirizzo sia assegnato a una cassetta postale con licenza, che la sincronizzazione della directory abbia raggiunto Exchange Online e che nessuna regola di inoltro punti a un indirizzo rimosso. Anche le voci vecchie del completamento automatico di Outlook (un vecchio legacyExchangeDN) causano questo errore.',
  },
  outlookComNoAccount: {
    user: 'Questo indirizzo Outlook.com o Hotmail non esiste. Controlla come è scritto, o chiedi alla persona il suo indirizzo attuale.',
    admin:
      'Outlook.com non ha trovato nessun account con questo indirizzo. Dal lato del mittente non c’è nessun problema.',
  },
  unresolvedRecipient: {
    user: 'Exchange non è riuscito a capire chi è questo destinatario. Se hai risposto a un messaggio vecchio o salvato, crea un nuovo messaggio e digita l’indirizzo per intero invece di usare la voce salvata.',
    admin:
      'Il destinatario non è stato risolto: spesso è una risposta a un messaggio salvato come file, o una voce del completamento automatico il cui legacyExchangeDN non esiste più. Elimina la voce vecchia; se il destinatario è passato a un’altra organizzazione, aggiungi il vecchio legacyExchangeDN come indirizzo X500 della nuova cassetta postale.',
  },
  mailboxFull: {
    user: 'La cassetta postale del destinatario è piena. Dal tuo lato non c’è nessun problema: avvisalo in un altro modo e invia di nuovo quando avrà fatto spazio.',
    admin:
      'La cassetta postale Exchange del destinatario ha superato la quota di archiviazione. Il proprietario deve eliminare o archiviare posta (oppure l’amministratore aumenta la quota, attiva l’archivio o, per una cassetta condivisa, libera spazio). Il mittente non deve cambiare nulla.',
  },
  folderItemLimit: {
    user: 'Una cartella della cassetta postale del destinatario contiene troppi elementi per riceverne altri. Avvisalo in un altro modo.',
    admin:
      'Una cartella della cassetta postale del destinatario ha raggiunto il limite di elementi per cartella di Exchange. Il proprietario deve spostare o eliminare elementi (oppure l’amministratore li archivia).',
  },
  sendingLimit: {
    user: 'Il tuo account ha superato i limiti di invio di Microsoft 365 e per ora non può inviare. Aspetta (di solito fino a 24 ore); se non hai inviato molta posta, avvisa subito il tuo reparto IT, perché qualcuno potrebbe usare l’account al posto tuo.',
    admin:
      'Il mittente ha superato il limite di destinatari di Exchange Online (10.000 al giorno) o il limite di messaggi. Controlla se l’account è compromesso (accessi sconosciuti, regole della posta in arrivo, posta inviata); per la posta di massa o delle applicazioni usa un servizio pensato per questo. Gli utenti bloccati si sbloccano nelle entità con restrizioni del portale di Defender.',
  },
  bannedAccount: {
    user: 'Microsoft 365 ha impedito al tuo account di inviare posta, di solito perché ha inviato spam dopo il furto della password. Contatta il tuo reparto IT; l’invio non funzionerà finché non interviene.',
    admin:
      'L’account di invio è nell’elenco degli utenti con restrizioni di Microsoft 365 per spam in uscita. Trattalo come compromesso: reimposta la password, imponi l’MFA, rimuovi regole della posta in arrivo, inoltri e password per le app sconosciuti, poi sblocca l’utente in "Entità con restrizioni" nel portale di Microsoft Defender (o chiedi al supporto Microsoft).',
  },
  tenantBlocked: {
    user: 'Microsoft 365 ha impedito alla tua organizzazione di inviare posta a indirizzi esterni. Solo il tuo reparto IT può risolverlo con Microsoft.',
    admin:
      'Microsoft ha limitato l’intero tenant perché gran parte della sua posta in uscita sembrava spam, o perché ha inviato da domini non aggiunti e verificati nel tenant. Aggiungi e verifica ogni dominio da cui invii, chiudi eventuali inoltri aperti o account compromessi, poi apri una richiesta al supporto Microsoft.',
  },
  bannedIp: {
    user: 'Microsoft rifiuta la posta del server della tua organizzazione per la sua reputazione. Non dipende dal tuo messaggio; inoltra questo rapporto al tuo amministratore della posta.',
    admin:
      'L’IP di invio è nell’elenco dei mittenti bloccati di Microsoft. Trova e ferma ciò che ha inviato posta indesiderata da quell’IP (un account compromesso, un inoltro aperto, un IP condiviso), poi chiedi la rimozione tramite il portale di rimozione dall’elenco (delist) di Microsoft, con l’IP e questo rapporto.',
  },
  ipNotAccepted: {
    user: 'Microsoft al momento non accetta posta dal server della tua organizzazione. Inoltra questo rapporto al tuo amministratore della posta.',
    admin:
      'Exchange Online non accetta traffico da questo IP di invio (tipico degli IP nuovi o con reputazione bassa). Invia tramite un IP con una reputazione consolidata, verifica che il tenant non stia inoltrando posta indesiderata e contatta il supporto Microsoft se il problema persiste.',
  },
  customerBlockList: {
    user: 'L’organizzazione del destinatario ha bloccato il tuo server di posta. Chiedi al destinatario, in un altro modo, di far rimuovere il blocco dal suo reparto IT.',
    admin:
      'Il dominio del destinatario ha messo l’IP di invio nel proprio elenco di blocco in Microsoft 365 (non è un elenco pubblico, quindi i servizi di rimozione non aiutano). Solo l’amministratore dell’organizzazione del destinatario può rimuoverlo; mandagli l’IP e questo rapporto.',
  },
  rejectedByRecipient: {
    user: 'L’organizzazione del destinatario blocca la posta del tuo server. Chiedi al destinatario di farla autorizzare dal suo reparto IT.',
    admin:
      'L’organizzazione del destinatario ha bloccato l’IP di invio. Solo il suo amministratore può togliere il blocco.',
  },
  tenantAllowBlockList: {
    user: 'La tua stessa organizzazione blocca la posta verso questo indirizzo o dominio, per questo l’intero messaggio è stato fermato. Chiedi al tuo reparto IT se il blocco è voluto.',
    admin:
      'Una voce dell’elenco tenant di elementi consentiti/bloccati blocca uno dei destinatari, e in questo caso Exchange Online ferma l’intero messaggio per tutti. Rimuovi o restringi la voce nel portale di Microsoft Defender se non è voluta, poi invia di nuovo.',
  },
  externalForwarding: {
    user: 'L’organizzazione della cassetta postale che inoltra automaticamente questo messaggio non consente l’inoltro a indirizzi esterni. Scrivi direttamente al destinatario finale, o chiedi al reparto IT di quell’organizzazione.',
    admin:
      'Il criterio della posta indesiderata in uscita del tenant della cassetta che inoltra blocca l’inoltro esterno automatico. Il suo amministratore può consentire l’inoltro per quella cassetta nel criterio di protezione dalla posta indesiderata in uscita, oppure l’utente può rimuovere la regola di inoltro.',
  },
  downstreamRelay: {
    user: 'Un server dopo Microsoft 365 si è rifiutato di inoltrare una copia inoltrata di questo messaggio. Inoltra questo rapporto al tuo amministratore della posta.',
    admin:
      'Il messaggio è stato inoltrato o inviato tramite relay fuori da Exchange Online e il server successivo l’ha rifiutato. Controlla il connettore in uscita e i permessi di inoltro del gateway successivo per gli indirizzi di Microsoft 365.',
  },
  expired: {
    user: 'Microsoft 365 ha continuato a provare ma non è riuscito a recapitare il messaggio prima di arrendersi. Controlla che l’indirizzo sia giusto; se lo è, il server del destinatario è probabilmente fuori servizio o configurato male: avvisalo in un altro modo e riprova più tardi.',
    admin:
      'Il messaggio è rimasto nella coda di Exchange fino alla scadenza. Guarda l’ultimo errore nel rapporto (spesso una connessione rifiutata, un errore DNS o un problema TLS a destinazione). Controlla i record MX del dominio del destinatario e che il suo server accetti connessioni sulla porta 25; negli ambienti ibridi controlla i connettori tra Exchange locale ed Exchange Online.',
  },
  expiredConnectionRefused: {
    user: 'Il server di posta del destinatario ha rifiutato ogni connessione finché Microsoft 365 non ha rinunciato. Possono correggerlo solo loro; avvisali in un altro modo.',
    admin:
      'Exchange Online non è riuscito a connettersi alla destinazione (connessione rifiutata, errore socket 10061) per tutto il periodo dei tentativi. L’amministratore del dominio del destinatario deve controllare che l’host MX sia attivo, in ascolto sulla porta 25 e che il firewall lasci passare gli indirizzi di Microsoft 365.',
  },
  expiredDnsFailed: {
    user: 'Il dominio del destinatario non è stato trovato nel DNS per tutto il tempo in cui Microsoft 365 ha provato. Controlla se ci sono errori nella parte dopo la @; se è giusta, il DNS del dominio non funziona.',
    admin:
      'Le ricerche DNS dei record MX (o A) del dominio del destinatario sono fallite fino alla scadenza del messaggio. Controlla che il dominio sia scritto bene e il suo DNS con una ricerca MX; il proprietario del dominio deve sistemare i suoi name server o i record MX.',
  },
  routingLoop: {
    user: 'Il messaggio ha girato in tondo tra server di posta. Se hai impostato inoltri o regole della posta in arrivo, controllali; altrimenti inoltra questo rapporto al tuo amministratore della posta.',
    admin:
      'Exchange ha fermato un ciclo dopo 20 passaggi. Cerca inoltri della cassetta postale o regole della posta in arrivo che rimandano indietro il messaggio, un dominio insieme accettato e instradato altrove, o connettori ibridi e valori targetAddress che puntano l’uno all’altro.',
  },
  bareLineFeeds: {
    user: 'Il programma da cui hai inviato ha messo nel messaggio caratteri che il server di destinazione non accetta. Prova a inviare da Outlook; se l’ha inviato un’applicazione, avvisa chi la gestisce.',
    admin:
      'Il messaggio contiene avanzamenti di riga isolati (LF senza CR) e la destinazione non supporta BDAT/CHUNKING per trasportarli. Correggi l’applicazione di invio perché usi fine riga CRLF.',
  },
  richText: {
    user: 'Il messaggio è stato inviato in formato RTF, che il sistema di destinazione non ha potuto accettare. Invialo di nuovo in HTML o testo normale (Outlook: Formato testo).',
    admin:
      'Un messaggio in formato RTF (TNEF) è uscito dall’organizzazione con un’intestazione x-dg-ref troppo grande. Imposta il dominio remoto in Exchange in modo da non inviare mai RTF (TNEF), o fai inviare gli utenti in HTML.',
  },
  nestedAttachments: {
    user: 'Il sistema di destinazione ha rifiutato il messaggio per i suoi allegati (ad esempio un messaggio allegato dentro un altro messaggio). Invia i file direttamente invece di allegare messaggi.',
    admin:
      'Un criterio presso il destinatario (AS345) rifiuta i messaggi con messaggi allegati annidati. Invia il contenuto senza messaggi allegati, o chiedi all’organizzazione del destinatario di rivedere il criterio.',
  },
  throttled: {
    user: 'Microsoft sta rallentando per ora la posta della tua organizzazione. Non resta che aspettare; il messaggio verrà ritentato.',
    admin:
      'Exchange Online ha limitato temporaneamente l’IP di invio (un IP nuovo o un cambio improvviso di volume). Mantieni volumi costanti, verifica che SPF, DKIM e DNS inverso siano in ordine e cerca eventuali mittenti compromessi; la restrizione si toglie da sola quando il traffico è legittimo.',
  },
  mtaSts: {
    user: 'La configurazione della posta dell’organizzazione del destinatario non ha superato un controllo di sicurezza. Possono correggerlo solo loro; avvisa il destinatario in un altro modo.',
    admin:
      'Il criterio MTA-STS della destinazione non elenca l’host MX a cui si è connesso Exchange Online, oppure il certificato dell’host non risale a una radice attendibile con un nome corrispondente. L’amministratore del dominio del destinatario deve aggiornare il criterio MTA-STS (righe mx:) o il certificato.',
  },
  dane: {
    user: 'Il server di posta dell’organizzazione del destinatario non ha superato un controllo di recapito sicuro (DANE o MTA-STS). Possono correggerlo solo loro; avvisa il destinatario in un altro modo e riprova più tardi.',
    admin:
      'Exchange Online si è rifiutato di consegnare il messaggio alla destinazione perché la sua configurazione TLS non corrisponde a ciò che pubblica il dominio: niente STARTTLS, un certificato scaduto, un certificato il cui nome non corrisponde all’host MX, un record TLSA che non corrisponde o record DNSSEC che non si convalidano. L’amministratore del dominio del destinatario deve correggere il certificato, i record TLSA o il criterio MTA-STS.',
  },
});
