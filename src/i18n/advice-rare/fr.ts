// The advice of the categories few bounces have (../advice-rare.ts), in this language: a chunk of
// its own, fetched when a diagnosis has one of them.
import type { Catalog } from '../catalogs/en';

export const fr: Catalog = {
  'advice.auth-failed.summary':
    '{domain} a refusé le message faute de pouvoir vérifier qu’il venait bien de votre domaine (SPF, DKIM ou DMARC).',
  'advice.auth-failed.user':
    'La configuration de messagerie de votre organisation doit être corrigée ; transférez ce rapport à votre administrateur de messagerie. Renvoyer le message n’y changera rien.',
  'advice.auth-failed.admin':
    'Vérifiez SPF, DKIM et DMARC pour le domaine From. Le domaine From doit être aligné : SPF doit réussir pour un Return-Path du même domaine organisationnel, ou DKIM doit réussir avec d= votre domaine. Ajoutez chaque service d’envoi à SPF et faites signer chacun avec la clé DKIM de votre domaine. N’abaissez pas la stratégie DMARC à p=none pour masquer le problème.',
  'advice.message-noncompliant.summary':
    'Le serveur de réception a refusé le message parce qu’il ne respecte pas les règles de format des e-mails.',
  'advice.message-noncompliant.user':
    'Réessayez depuis un logiciel de messagerie standard ; si le message a été produit par une application, prévenez son responsable.',
  'advice.message-noncompliant.admin':
    'Le message enfreint la RFC 5322 ou MIME (par exemple un en-tête manquant ou en double, un From mal formé, des sauts de ligne nus ou des lignes trop longues). Corrigez le logiciel qui construit le message.',
  'advice.rate-limited.summary':
    'Le serveur de réception limite en ce moment la quantité de messages qu’il accepte de votre serveur.',
  'advice.rate-limited.user':
    'Patientez et renvoyez plus tard. Si vous écriviez à beaucoup de personnes en même temps, envoyez par petits lots.',
  'advice.rate-limited.admin':
    'La destination a limité ou mis en liste grise l’IP d’envoi. Réessayez avec un délai croissant, réduisez le débit et le nombre de connexions, et cherchez un volume inhabituel venant de votre organisation.',
  'advice.message-too-large.summary': 'Le message dépasse la taille acceptée par le serveur de réception.',
  'advice.message-too-large.user':
    'Envoyez la pièce jointe sous forme de lien partagé, ou compressez-la ou répartissez-la sur plusieurs messages, puis renvoyez.',
  'advice.message-too-large.admin':
    'Le message dépasse une limite de taille sur le trajet (la vôtre ou celle du destinataire). Vérifiez les limites ; l’encodage base64 ajoute environ un tiers à la taille des pièces jointes.',
  'advice.sender-blocked.summary':
    'Votre propre compte ou service de messagerie a arrêté ce message (non authentifié, limite d’envoi dépassée ou compte bloqué).',
  'advice.sender-blocked.user':
    'Vous devez peut-être vous reconnecter à votre compte ; il a peut-être aussi atteint une limite d’envoi ou été bloqué. Contactez votre service informatique ou votre fournisseur de messagerie.',
  'advice.sender-blocked.admin':
    'Vérifiez le compte de l’expéditeur : connexion et authentification SMTP, limites d’envoi, et s’il a été bloqué comme compromis (par exemple les entités restreintes de Microsoft 365).',
  'advice.relay-denied.summary':
    'Un serveur de messagerie sur le trajet a refusé de transmettre le message (relais non autorisé).',
  'advice.relay-denied.user':
    'Votre logiciel de messagerie ne se connecte peut-être pas à votre serveur sortant. Vérifiez les paramètres du compte, ou transférez ce rapport à votre administrateur de messagerie.',
  'advice.relay-denied.admin':
    'Le serveur a refusé de relayer pour ce client ou ce domaine. Vérifiez que les clients s’authentifient (SMTP AUTH), que les connecteurs et les domaines acceptés sont configurés, et que le MX du domaine du destinataire pointe vers les bons serveurs.',
  'advice.mail-loop.summary':
    'Le message a tourné en boucle entre des serveurs de messagerie et a été arrêté.',
  'advice.mail-loop.user':
    'Transférez ce rapport à votre administrateur de messagerie ; vérifiez les règles de transfert que vous avez créées.',
  'advice.mail-loop.admin':
    'Cherchez les règles de transfert, alias ou connecteurs qui renvoient le message dans un sens puis dans l’autre (les en-têtes Received montrent la boucle).',
  'advice.suppressed.summary':
    'Le service d’envoi n’a pas essayé de remettre le message à {address}, car l’adresse est sur sa liste de suppression.',
  'advice.suppressed.user':
    'Cette adresse a déjà généré un retour ou une plainte. Vérifiez qu’elle est correcte avant de demander à votre administrateur de la retirer de la liste.',
  'advice.suppressed.admin':
    'Ne retirez l’adresse de la liste de suppression de la plateforme d’envoi qu’après avoir vérifié qu’elle est valide aujourd’hui.',
};
