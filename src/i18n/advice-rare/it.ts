// The advice of the categories few bounces have (../advice-rare.ts), in this language: a chunk of
// its own, fetched when a diagnosis has one of them.
import type { Catalog } from '../catalogs/en';

export const it: Catalog = {
  'advice.auth-failed.summary':
    '{domain} ha rifiutato il messaggio perché non ha potuto verificare che provenisse davvero dal tuo dominio (SPF, DKIM o DMARC).',
  'advice.auth-failed.user':
    'La configurazione della posta della tua organizzazione va corretta; inoltra questo rapporto al tuo amministratore della posta. Inviare di nuovo non servirà.',
  'advice.auth-failed.admin':
    'Controlla SPF, DKIM e DMARC per il dominio From. Il dominio From deve essere allineato: SPF deve essere superato per un Return-Path dello stesso dominio organizzativo, oppure DKIM deve essere superato con d= il tuo dominio. Aggiungi ogni servizio di invio a SPF e fai firmare ciascuno con la chiave DKIM del tuo dominio. Non abbassare il criterio DMARC a p=none per nascondere il problema.',
  'advice.message-noncompliant.summary':
    'Il server di destinazione ha rifiutato il messaggio perché viola le regole di formato della posta elettronica.',
  'advice.message-noncompliant.user':
    'Prova a inviarlo di nuovo da un normale programma di posta; se il messaggio è stato generato da un’applicazione, avvisa chi la gestisce.',
  'advice.message-noncompliant.admin':
    'Il messaggio viola RFC 5322 o MIME (ad esempio un’intestazione mancante o duplicata, un From malformato, line feed isolati o righe troppo lunghe). Correggi il software che compone il messaggio.',
  'advice.rate-limited.summary':
    'Il server di destinazione sta limitando in questo momento quanta posta accetta dal tuo server.',
  'advice.rate-limited.user':
    'Aspetta e invia di nuovo più tardi. Se stavi scrivendo a molte persone insieme, invia a gruppi più piccoli.',
  'advice.rate-limited.admin':
    'La destinazione ha limitato o messo in greylist l’IP di invio. Riprova con attese crescenti, riduci la velocità di invio e le connessioni e verifica se c’è un volume insolito dalla tua organizzazione.',
  'advice.message-too-large.summary':
    'Il messaggio è più grande di quanto accetta il server di destinazione.',
  'advice.message-too-large.user':
    'Invia l’allegato come link condiviso, oppure comprimilo o dividilo in più messaggi, poi invia di nuovo.',
  'advice.message-too-large.admin':
    'Il messaggio supera un limite di dimensioni lungo il percorso (il tuo o quello del destinatario). Controlla i limiti; base64 aumenta di circa un terzo la dimensione degli allegati.',
  'advice.sender-blocked.summary':
    'Il tuo stesso account o servizio di posta ha fermato questo messaggio (non autenticato, oltre il limite di invio o bloccato).',
  'advice.sender-blocked.user':
    'Forse devi accedere di nuovo al tuo account, oppure l’account ha raggiunto un limite di invio o è bloccato. Contatta il tuo reparto IT o il tuo provider di posta.',
  'advice.sender-blocked.admin':
    'Controlla l’account del mittente: accesso e autenticazione SMTP, limiti di invio e se è stato bloccato perché compromesso (ad esempio le entità con restrizioni di Microsoft 365).',
  'advice.relay-denied.summary':
    'Un server di posta lungo il percorso si è rifiutato di inoltrare il messaggio (inoltro non consentito).',
  'advice.relay-denied.user':
    'Forse il tuo programma di posta non accede al server della posta in uscita. Controlla le impostazioni dell’account o inoltra questo rapporto al tuo amministratore della posta.',
  'advice.relay-denied.admin':
    'Il server si è rifiutato di fare da relay per questo client o dominio. Assicurati che i client si autentichino (SMTP AUTH), che connettori e domini accettati siano configurati e che il record MX del dominio del destinatario punti ai server giusti.',
  'advice.mail-loop.summary': 'Il messaggio ha girato in un ciclo tra server di posta ed è stato fermato.',
  'advice.mail-loop.user':
    'Inoltra questo rapporto al tuo amministratore della posta; controlla le regole di inoltro che hai impostato.',
  'advice.mail-loop.admin':
    'Cerca regole di inoltro, alias o connettori che rimandano il messaggio avanti e indietro (le intestazioni Received mostrano il ciclo).',
  'advice.suppressed.summary':
    'Il servizio di invio non ha provato a recapitare a {address} perché l’indirizzo è nella sua lista di soppressione.',
  'advice.suppressed.user':
    'Questo indirizzo ha già dato mancati recapiti o reclami. Verifica che sia corretto prima di chiedere al tuo amministratore di toglierlo dalla lista.',
  'advice.suppressed.admin':
    'Togli l’indirizzo dalla lista di soppressione della piattaforma di invio solo dopo aver verificato che ora è valido.',
};
