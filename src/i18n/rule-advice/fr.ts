// Microsoft's rule-specific advice in French (src/diagnosis/advice/microsoft.ts; the terms of
// catalogs/fr.ts: « vous », rapport de non-remise, administrateur de messagerie).
import { byRule } from './ids';
import type { RuleAdviceText } from './types';

const EXTERNAL_USER =
  'Cette adresse n’accepte que le courrier de personnes de sa propre organisation : rien de ce que vous changerez de votre côté ne fera passer le message. Demandez au destinataire, par un autre moyen, de faire autoriser vos messages par son service informatique, ou utilisez une autre adresse qu’il vous donnera.';

function external(what: string, group: boolean): RuleAdviceText {
  return {
    user: EXTERNAL_USER,
    admin: `Le destinataire (${what}) est configuré pour refuser les expéditeurs extérieurs à son organisation (dans Exchange Online : le paramètre qui exige que tous les expéditeurs soient authentifiés). Seul l’administrateur de l’organisation du destinataire${group ? ' ou le propriétaire du groupe' : ''} peut autoriser les expéditeurs externes ou ajouter cet expéditeur aux expéditeurs acceptés. Rien ne cloche du côté de l’expéditeur.`,
  };
}

export const fr = byRule({
  dmarc: {
    user: 'Le destinataire a refusé le message parce que votre domaine a échoué à DMARC et que sa stratégie DMARC demande de rejeter ce courrier. Transférez ce rapport à votre administrateur de messagerie ; renvoyer le message n’y changera rien.',
    admin:
      'Le domaine From publie p=reject et ce message n’a réussi ni SPF aligné ni DKIM aligné. Identifiez le service qui l’a envoyé : ajoutez-le à l’enregistrement SPF du domaine, faites-le signer en DKIM avec votre domaine (d= votre domaine) et vérifiez que son domaine Return-Path est aligné. Si le message a été transféré, le redirecteur a cassé l’authentification : utilisez ARC ou faites réécrire l’expéditeur de l’enveloppe par le redirecteur. Gardez p=reject une fois que tous les expéditeurs légitimes réussissent.',
  },
  outlookAuthLevel: {
    user: 'Outlook.com a refusé le message parce que votre domaine ne respecte pas ses exigences d’authentification des expéditeurs. Transférez ce rapport à votre administrateur de messagerie.',
    admin:
      'Outlook.com exige des domaines qui envoient en volume qu’ils réussissent SPF et DKIM et publient un enregistrement DMARC (au moins p=none) aligné sur le domaine From. Publiez SPF, signez en DKIM pour le domaine From, publiez DMARC et vérifiez l’alignement avant de renvoyer.',
  },
  spf: {
    user: 'Le serveur du destinataire n’a pas accepté l’enregistrement SPF de votre domaine pour le serveur qui a envoyé votre message. Transférez ce rapport à votre administrateur de messagerie.',
    admin:
      'L’IP d’envoi n’est pas autorisée par l’enregistrement SPF du domaine de l’expéditeur de l’enveloppe. Ajoutez à l’enregistrement SPF le service ou le serveur qui a envoyé ce message (include: ou ip4:/ip6:), restez sous 10 requêtes DNS et, pour Microsoft 365, incluez spf.protection.outlook.com.',
  },
  ipv6Unauthenticated: {
    user: 'Votre message est arrivé en IPv6 sans réussir SPF ni DKIM, ce que Microsoft exige pour le courrier en IPv6. Transférez ce rapport à votre administrateur de messagerie.',
    admin:
      'Le courrier qui arrive chez Microsoft 365 en IPv6 doit réussir SPF ou DKIM. Signez le courrier sortant en DKIM pour le domaine From et vérifiez que SPF couvre les adresses IPv6 d’envoi (ip6:), ou envoyez en IPv4.',
  },
  ipv6ReverseDns: {
    user: 'Le serveur de messagerie de votre organisation a une adresse IPv6 sans nom DNS inverse, et Microsoft l’a donc refusé. Transférez ce rapport à votre administrateur de messagerie.',
    admin:
      'Donnez à l’adresse IPv6 d’envoi un enregistrement PTR dont le nom renvoie à la même adresse, ou envoyez en IPv4.',
  },
  externalAddress: external('une adresse', false),
  externalGroup: external('un groupe, ou liste de distribution', true),
  externalMailbox: external('une boîte aux lettres', false),
  externalPublicFolder: external('un dossier public à extension messagerie', false),
  externalMailUser: external('un utilisateur de messagerie', false),
  externalM365Group: external('un groupe Microsoft 365', true),
  notInAllowedSenders: {
    user: 'Ce groupe n’accepte que les messages des personnes de sa liste d’expéditeurs autorisés, et vous n’y êtes pas. Demandez au propriétaire du groupe de vous ajouter, ou écrivez directement aux personnes.',
    admin:
      'La gestion de la remise du groupe indique qui peut lui écrire, et l’expéditeur n’y figure pas (parfois même le propriétaire doit y être). Le propriétaire du groupe ou l’administrateur de l’organisation du destinataire ajoute l’expéditeur, ou un groupe d’expéditeurs, à la liste autorisée.',
  },
  deliveryNotAuthorized: {
    user: 'Vous n’êtes pas autorisé à écrire à cette adresse : il s’agit sans doute d’un groupe qui n’accepte que ses membres ou certaines personnes, ou une règle de l’organisation du destinataire a arrêté le message. Demandez au destinataire ou au propriétaire du groupe de vous autoriser.',
    admin:
      'Une restriction de remise chez le destinataire a refusé l’expéditeur : un groupe ou une boîte aux lettres réservés à certains expéditeurs ou aux membres, un refus du modérateur, ou une règle de transport (flux de messagerie). L’administrateur de l’organisation du destinataire ou le propriétaire du groupe peut changer la restriction ; le nom du serveur dans le rapport indique quelle organisation.',
  },
  transportRule: {
    user: 'Une règle de l’organisation du destinataire a refusé votre message. Demandez au destinataire, par un autre moyen, pourquoi la règle de son organisation le bloque.',
    admin:
      'Une règle de flux de messagerie (règle de transport) Exchange avec un code de refus personnalisé a refusé le message. L’organisation à qui appartient la règle (voir le serveur qui a généré le rapport) peut retrouver la règle qui utilise ce code et la modifier.',
  },
  clientNotAuthenticated: {
    user: 'Le serveur destinataire n’accepte le courrier pour cette adresse que d’expéditeurs qui s’y connectent avec un compte ; il a donc refusé votre message. Prévenez le destinataire : son service informatique doit accepter le courrier de l’extérieur ou vous donner une autre adresse.',
    admin:
      'Le serveur destinataire (ou le groupe destinataire, RESOLVER.RST.AuthRequired) n’accepte que les expéditeurs authentifiés : le courrier anonyme venant d’Internet est refusé. Si le destinataire est chez vous, autorisez les expéditeurs anonymes sur le connecteur de réception exposé à Internet, ou autorisez les expéditeurs externes pour le groupe. Si l’une de vos applications envoie par ce serveur, faites-la s’authentifier.',
  },
  unableToRelay: {
    user: 'Le serveur par lequel vous avez envoyé le message a refusé de le transmettre. Si vous utilisez un logiciel de messagerie, vérifiez qu’il se connecte au serveur d’envoi ; sinon, transférez ce rapport à votre administrateur de messagerie.',
    admin:
      'Le serveur a refusé de relayer : il n’est pas la destination du domaine du destinataire, et le client n’avait pas le droit de relayer. Vérifiez que le client ou l’application d’envoi s’authentifie (ou est autorisé par son IP sur un connecteur de relais), et que le MX du domaine du destinataire pointe vers des serveurs qui l’acceptent comme domaine accepté.',
  },
  relayAccessDenied: {
    user: 'Le système de messagerie du destinataire est mal configuré pour son propre domaine et a donc refusé votre message. Lui seul peut le corriger ; prévenez-le par un autre moyen.',
    admin:
      'Le serveur vers lequel pointe le MX du domaine du destinataire n’accepte pas le courrier pour ce domaine : dans Exchange Online, le domaine manque dans les domaines acceptés, ou il est configuré comme faisant autorité alors que ses boîtes aux lettres sont ailleurs (il devrait être en relais interne), ou l’enregistrement MX pointe vers le mauvais locataire. L’administrateur du domaine du destinataire doit corriger l’enregistrement MX ou le domaine accepté.',
  },
  recipientAccessDenied: {
    user: 'L’adresse n’existe pas dans l’organisation du destinataire. Vérifiez l’orthographe, ou demandez à la personne son adresse actuelle.',
    admin:
      'Le blocage en périphérie basé sur l’annuaire (DBEB) a refusé l’adresse : Exchange Online n’a aucun destinataire avec cette adresse dans cette organisation. Si le destinataire est chez vous, créez la boîte aux lettres ou le contact (ou passez le domaine en relais interne si certains destinataires sont sur un autre système).',
  },
  tenantAttribution: {
    user: 'Le chemin du courrier de votre organisation vers Microsoft 365 est mal configuré. Transférez ce rapport à votre administrateur de messagerie.',
    admin:
      'Exchange Online n’a pas pu rattacher à votre locataire le courrier de vos serveurs locaux : le nom du certificat ou les adresses IP du connecteur entrant ne correspondent plus à ce que présente le côté local. Mettez à jour le connecteur entrant (sujet du certificat TLS ou IP d’envoi) ou le connecteur d’envoi local.',
  },
  anonymousSubmission: {
    user: 'L’appareil ou l’application qui a envoyé ce message ne s’est pas connecté à Microsoft 365. Vérifiez ses paramètres de messagerie ou transférez ce rapport à votre service informatique.',
    admin:
      'Un appareil ou une application a envoyé par smtp.office365.com sans SMTP AUTH. Configurez-le pour qu’il s’authentifie (port 587, STARTTLS, une boîte aux lettres sous licence, SMTP AUTH activé pour cette boîte), ou envoyez plutôt par un connecteur en envoi direct ou en relais SMTP.',
  },
  recipientNotFound: {
    user: 'L’adresse est introuvable dans l’organisation du destinataire. Vérifiez l’orthographe ; si vous l’avez choisie dans les suggestions d’Outlook, supprimez la suggestion (l’entrée enregistrée est peut-être périmée), retapez l’adresse complète et envoyez. Si cela échoue encore, vérifiez l’adresse avec la personne.',
    admin:
      'L’organisation Exchange du destinataire n’a aucune boîte aux lettres, aucun groupe ni contact avec cette adresse. Si le destinataire est chez vous : vérifiez que l’adresse est attribuée à une boîte aux lettres sous licence, que la synchronisation d’annuaire a atteint Exchange Online et qu’aucune règle de transfert ne pointe vers une adresse supprimée. Les entrées périmées de la saisie semi-automatique d’Outlook (ancien legacyExchangeDN) causent aussi cette erreur.',
  },
  outlookComNoAccount: {
    user: 'Cette adresse Outlook.com ou Hotmail n’existe pas. Vérifiez l’orthographe, ou demandez à la personne son adresse actuelle.',
    admin: 'Outlook.com n’a trouvé aucun compte avec cette adresse. Rien ne cloche du côté de l’expéditeur.',
  },
  unresolvedRecipient: {
    user: 'Exchange n’a pas pu déterminer qui est ce destinataire. Si vous avez répondu à un message ancien ou enregistré, créez un nouveau message et tapez l’adresse en entier au lieu d’utiliser l’entrée enregistrée.',
    admin:
      'Le destinataire n’a pas pu être résolu : souvent une réponse à un message enregistré comme fichier, ou une entrée de saisie semi-automatique dont le legacyExchangeDN n’existe plus. Supprimez l’entrée périmée ; si le destinataire a changé d’organisation, ajoutez l’ancien legacyExchangeDN comme adresse X500 de la nouvelle boîte aux lettres.',
  },
  mailboxFull: {
    user: 'La boîte aux lettres du destinataire est pleine. Rien ne cloche de votre côté : prévenez-le par un autre moyen, et renvoyez le message quand il aura fait de la place.',
    admin:
      'La boîte aux lettres Exchange du destinataire dépasse son quota de stockage. Son propriétaire doit supprimer ou archiver du courrier (ou l’administrateur augmente le quota, active l’archive ou, pour une boîte partagée, libère de la place). L’expéditeur n’a rien à changer.',
  },
  folderItemLimit: {
    user: 'Un dossier de la boîte aux lettres du destinataire contient trop d’éléments pour en recevoir d’autres. Prévenez-le par un autre moyen.',
    admin:
      'Un dossier de la boîte aux lettres du destinataire a atteint la limite d’éléments par dossier d’Exchange. Le propriétaire doit déplacer ou supprimer des éléments (ou l’administrateur les archive).',
  },
  sendingLimit: {
    user: 'Votre compte a dépassé les limites d’envoi de Microsoft 365 et ne peut plus envoyer pour l’instant. Patientez (en général jusqu’à 24 heures) ; si vous n’avez pas envoyé beaucoup de messages, prévenez tout de suite votre service informatique, car le compte est peut-être utilisé à votre insu.',
    admin:
      'L’expéditeur a dépassé la limite de destinataires d’Exchange Online (10 000 destinataires par jour) ou la limite de messages. Vérifiez si le compte est compromis (connexions inconnues, règles de boîte de réception, éléments envoyés) ; pour le courrier en masse ou d’application, utilisez un service prévu pour cela. Les utilisateurs bloqués se débloquent dans les entités restreintes du portail Defender.',
  },
  bannedAccount: {
    user: 'Microsoft 365 a empêché votre compte d’envoyer du courrier, généralement parce qu’il a envoyé du spam après un vol de mot de passe. Contactez votre service informatique ; l’envoi ne fonctionnera pas tant qu’il n’aura pas agi.',
    admin:
      'Le compte d’envoi est sur la liste des utilisateurs restreints de Microsoft 365 pour spam sortant. Traitez-le comme compromis : réinitialisez le mot de passe, imposez la MFA, supprimez les règles de boîte de réception, transferts et mots de passe d’application inconnus, puis débloquez l’utilisateur dans les entités restreintes du portail Microsoft Defender (ou demandez au support Microsoft).',
  },
  tenantBlocked: {
    user: 'Microsoft 365 a empêché votre organisation d’envoyer du courrier vers l’extérieur. Seul votre service informatique peut régler cela avec Microsoft.',
    admin:
      'Microsoft a restreint tout le locataire parce qu’une grande partie de son courrier sortant ressemblait à du spam, ou parce qu’il a envoyé depuis des domaines non ajoutés ni vérifiés dans le locataire. Ajoutez et vérifiez chaque domaine d’envoi, fermez tout relais ouvert ou compte compromis, puis ouvrez une demande auprès du support Microsoft.',
  },
  bannedIp: {
    user: 'Microsoft refuse le courrier du serveur de messagerie de votre organisation à cause de sa réputation. Votre message n’est pas en cause ; transférez ce rapport à votre administrateur de messagerie.',
    admin:
      'L’IP d’envoi est sur la liste des expéditeurs bloqués de Microsoft. Trouvez et arrêtez ce qui envoie du courrier indésirable depuis elle (un compte compromis, un relais ouvert, une IP partagée), puis demandez le retrait sur le portail de retrait de liste (delist) de Microsoft, avec l’IP et ce rapport.',
  },
  ipNotAccepted: {
    user: 'Microsoft n’accepte pas le courrier du serveur de messagerie de votre organisation pour le moment. Transférez ce rapport à votre administrateur de messagerie.',
    admin:
      'Exchange Online n’accepte pas le trafic de cette IP d’envoi (c’est courant pour une IP neuve ou de faible réputation). Envoyez par une IP à la réputation établie, vérifiez que le locataire ne relaie pas de courrier indésirable, et contactez le support Microsoft si cela persiste.',
  },
  customerBlockList: {
    user: 'L’organisation du destinataire a bloqué votre serveur de messagerie. Demandez au destinataire, par un autre moyen, de faire lever le blocage par son service informatique.',
    admin:
      'Le domaine du destinataire a mis l’IP d’envoi sur sa propre liste de blocage dans Microsoft 365 (pas une liste publique : les services de retrait n’y peuvent rien). Seul l’administrateur de l’organisation du destinataire peut la retirer ; envoyez-lui l’IP et ce rapport.',
  },
  rejectedByRecipient: {
    user: 'L’organisation du destinataire bloque le courrier de votre serveur de messagerie. Demandez au destinataire de le faire autoriser par son service informatique.',
    admin:
      'L’organisation du destinataire a bloqué l’IP d’envoi. Seul son administrateur peut lever le blocage.',
  },
  tenantAllowBlockList: {
    user: 'Votre propre organisation bloque le courrier vers cette adresse ou ce domaine, et tout le message a donc été arrêté. Demandez à votre service informatique si ce blocage est voulu.',
    admin:
      'Une entrée de la liste d’autorisation/blocage du locataire bloque l’un des destinataires, et Exchange Online arrête alors tout le message pour tous les destinataires. Supprimez ou restreignez l’entrée dans le portail Microsoft Defender si elle n’est pas voulue, puis renvoyez.',
  },
  externalForwarding: {
    user: 'L’organisation de la boîte aux lettres qui transfère automatiquement ce message n’autorise pas le transfert vers une adresse extérieure. Écrivez directement au destinataire final, ou adressez-vous au service informatique de cette organisation.',
    admin:
      'La stratégie de courrier indésirable sortant du locataire de la boîte qui transfère bloque le transfert externe automatique. Son administrateur peut autoriser le transfert pour cette boîte dans la stratégie anti-spam sortante, ou l’utilisateur peut supprimer la règle de transfert.',
  },
  downstreamRelay: {
    user: 'Un serveur situé après Microsoft 365 a refusé de transmettre une copie transférée de ce message. Transférez ce rapport à votre administrateur de messagerie.',
    admin:
      'Le message a été transféré ou relayé hors d’Exchange Online et le serveur en aval l’a refusé. Vérifiez le connecteur sortant et les droits de relais de la passerelle en aval pour les adresses de Microsoft 365.',
  },
  expired: {
    user: 'Microsoft 365 a réessayé sans parvenir à remettre le message avant d’abandonner. Vérifiez l’adresse ; si elle est juste, le serveur de messagerie du destinataire est sans doute en panne ou mal configuré : prévenez-le par un autre moyen et réessayez plus tard.',
    admin:
      'Le message est resté dans la file d’attente d’Exchange jusqu’à expiration. Regardez la dernière erreur du rapport (souvent une connexion refusée, un échec DNS ou un problème TLS à destination). Vérifiez les enregistrements MX du domaine du destinataire et que son serveur accepte les connexions sur le port 25 ; en environnement hybride, vérifiez les connecteurs entre Exchange local et Exchange Online.',
  },
  expiredConnectionRefused: {
    user: 'Le serveur de messagerie du destinataire a refusé toutes les connexions jusqu’à ce que Microsoft 365 abandonne. Lui seul peut le corriger ; prévenez-le par un autre moyen.',
    admin:
      'Exchange Online n’a pas pu se connecter à la destination (connexion refusée, erreur de socket 10061) pendant toute la période de nouvelles tentatives. L’administrateur du domaine du destinataire doit vérifier que l’hôte MX fonctionne, écoute sur le port 25 et laisse passer les adresses de Microsoft 365 dans son pare-feu.',
  },
  expiredDnsFailed: {
    user: 'Le domaine du destinataire est resté introuvable dans le DNS tant que Microsoft 365 a essayé. Vérifiez la partie après le @ ; si elle est juste, le DNS du domaine est en panne.',
    admin:
      'Les requêtes DNS sur les enregistrements MX (ou A) du domaine du destinataire ont échoué jusqu’à l’expiration du message. Vérifiez l’orthographe du domaine et son DNS par une requête MX ; le propriétaire du domaine doit réparer ses serveurs de noms ou ses enregistrements MX.',
  },
  routingLoop: {
    user: 'Le message a tourné en boucle entre des serveurs de messagerie. Si vous avez configuré des transferts ou des règles de boîte de réception, vérifiez-les ; sinon, transférez ce rapport à votre administrateur de messagerie.',
    admin:
      'Exchange a arrêté une boucle après 20 sauts. Cherchez des transferts de boîte aux lettres ou des règles de boîte de réception qui renvoient le message, un domaine à la fois accepté et routé ailleurs, ou des connecteurs hybrides et des valeurs targetAddress qui pointent les uns vers les autres.',
  },
  bareLineFeeds: {
    user: 'Le programme depuis lequel vous avez envoyé a mis dans le message des caractères que le serveur destinataire n’accepte pas. Essayez d’envoyer depuis Outlook ; si une application l’a envoyé, prévenez son responsable.',
    admin:
      'Le message contient des sauts de ligne nus (LF sans CR) et la destination ne prend pas en charge BDAT/CHUNKING pour les transporter. Corrigez l’application d’envoi pour qu’elle utilise des fins de ligne CRLF.',
  },
  richText: {
    user: 'Votre message a été envoyé au format texte enrichi, que le système du destinataire n’a pas pu accepter. Renvoyez-le en HTML ou en texte brut (Outlook : Format du texte).',
    admin:
      'Un message au format texte enrichi (TNEF) a quitté l’organisation avec un en-tête x-dg-ref trop grand. Configurez le domaine distant dans Exchange pour ne jamais envoyer de texte enrichi (TNEF), ou faites envoyer les utilisateurs en HTML.',
  },
  nestedAttachments: {
    user: 'Le système du destinataire a refusé le message à cause de ses pièces jointes (par exemple un message joint dans un autre message). Envoyez les fichiers directement au lieu de joindre des messages.',
    admin:
      'Une stratégie chez le destinataire (AS345) refuse les messages contenant des messages joints imbriqués. Envoyez le contenu sans messages joints, ou demandez à l’organisation du destinataire de revoir sa stratégie.',
  },
  throttled: {
    user: 'Microsoft ralentit pour le moment le courrier de votre organisation. Il n’y a qu’à attendre ; le message sera renvoyé automatiquement.',
    admin:
      'Exchange Online a limité temporairement l’IP d’envoi (une IP neuve ou un changement brusque de volume). Gardez des volumes réguliers, vérifiez que SPF, DKIM et le DNS inverse sont en ordre, et cherchez un expéditeur compromis ; la restriction se lève d’elle-même si le trafic est légitime.',
  },
  mtaSts: {
    user: 'La configuration de messagerie de l’organisation du destinataire a échoué à un contrôle de sécurité. Elle seule peut le corriger ; prévenez le destinataire par un autre moyen.',
    admin:
      'La stratégie MTA-STS de la destination ne mentionne pas l’hôte MX auquel Exchange Online s’est connecté, ou le certificat de l’hôte ne remonte pas à une autorité racine de confiance avec un nom correspondant. L’administrateur du domaine du destinataire doit mettre à jour la stratégie MTA-STS (lignes mx:) ou le certificat.',
  },
  dane: {
    user: 'Le serveur de messagerie de l’organisation du destinataire a échoué à un contrôle de remise sécurisée (DANE ou MTA-STS). Elle seule peut le corriger ; prévenez le destinataire par un autre moyen et réessayez plus tard.',
    admin:
      'Exchange Online a refusé de remettre le message à la destination parce que sa configuration TLS ne correspond pas à ce que publie le domaine : pas de STARTTLS, un certificat expiré, un certificat dont le nom ne correspond pas à l’hôte MX, un enregistrement TLSA qui ne correspond pas, ou des enregistrements DNSSEC qui ne se valident pas. L’administrateur du domaine du destinataire doit corriger le certificat, les enregistrements TLSA ou la stratégie MTA-STS.',
  },
});
