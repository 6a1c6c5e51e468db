// Français. Simple et court, en « vous » ; les termes d’Outlook (rapport de non-remise, boîte aux
// lettres, Éléments envoyés) ; SPF, DKIM, DMARC, MX, HELO restent tels quels. Espaces insécables
// avant « : ; ? ! » comme dans l’interface française de Microsoft.
import type { Catalog } from './en';

export const fr: Catalog = {
  'app.starting': 'Démarrage de Bounce Lens…',
  'app.reading': 'Lecture du message…',
  'app.readingProgress': 'Lecture de {current} sur {total}…',
  'app.cannotRead': 'Impossible de lire le message.',
  'app.ready.one': 'Diagnostic prêt.',
  'app.ready.other': '{count} diagnostics prêts.',
  'app.failedTitle': 'Bounce Lens n’a pas pu lire ce contenu',
  'app.fileError': 'Impossible de lire {label}',
  'app.skippedAttachment': 'Une pièce jointe a été ignorée',
  'app.results': 'Résultats',
  'app.sourceFile': 'Fichier : {label}',
  'app.sourceAttachment': 'Pièce jointe : {label}',
  'app.another': 'Analyser un autre rapport de non-remise',
  'app.pastedText': 'texte collé',
  'app.readerMissing': 'Une partie de Bounce Lens n’a pas pu être chargée',
  'app.readerMissingBody':
    'Ce message provient d’un système de messagerie moins courant dont le lecteur n’a pas été chargé : il a été lu de façon générale et la réponse peut être moins précise.',
  'app.phrasesMissingBody':
    "Certaines formulations plus rares que Bounce Lens reconnaît n'ont pas pu être chargées : ce message a été lu sans elles et la réponse peut être moins précise.",
  'app.readAgain': 'Relire',
  'app.partUnavailable': 'Cette partie n’a pas pu être chargée. Fermez puis rouvrez le volet pour réessayer.',

  'headline.failedMany': '{count} destinataires n’ont pas pu être joints',
  'headline.outcomes': '{recipients} destinataires, {groups} résultats différents',
  'relation.backscatterTitle': 'Ce message ne vient peut-être pas de vous',
  'relation.forwardedTitle': 'Le rapport de non-remise de quelqu’un d’autre',
  'relation.forwarded':
    'Ce rapport concerne un message envoyé par {sender}, pas par vous ({user}). Si vous aidez cette personne, par exemple en tant qu’administrateur de messagerie, les conseils ci-dessous s’adressent à {sender}.',
  'relation.backscatter':
    'Le message d’origine venait de {sender}, pas de vous ({user}). Si ce n’est pas l’une de vos adresses, il s’agit probablement de backscatter : un rapport de non-remise pour un message que quelqu’un d’autre a envoyé en votre nom. Vous pouvez le supprimer ; si vous en recevez beaucoup, prévenez votre administrateur de messagerie.',
  'list.recipients': 'Destinataires',
  'list.evidence': 'Ce que Bounce Lens a lu',

  'title.recipient-unknown': 'L’adresse n’existe pas',
  'title.recipient-domain-invalid': 'Le domaine n’existe pas ou ne reçoit pas d’e-mails',
  'title.mailbox-inactive': 'La boîte aux lettres est désactivée ou n’est plus utilisée',
  'title.mailbox-full': 'La boîte aux lettres est pleine',
  'title.recipient-policy': 'Refusé par les règles de l’organisation du destinataire',
  'title.recipient-system': 'Le serveur de messagerie du destinataire a un problème',
  'title.auth-failed': 'Échec de l’authentification de l’expéditeur (SPF, DKIM, DMARC)',
  'title.sender-infrastructure': 'La configuration du serveur d’envoi a été refusée',
  'title.message-noncompliant': 'Le message ne respecte pas les règles de format des e-mails',
  'title.reputation-block': 'Le serveur d’envoi est sur liste de blocage ou jugé peu fiable',
  'title.rate-limited': 'Le serveur du destinataire limite les envois de l’expéditeur',
  'title.content-rejected': 'Le contenu a été refusé (spam, logiciel malveillant ou pièce jointe)',
  'title.message-too-large': 'Le message est trop volumineux',
  'title.sender-blocked': 'Le compte ou le service de l’expéditeur est bloqué',
  'title.relay-denied': 'Un serveur a refusé de relayer le message',
  'title.delayed': 'La remise est retardée ; les serveurs réessaient',
  'title.expired': 'La remise a été abandonnée après plusieurs tentatives',
  'title.mail-loop': 'Le message a tourné en boucle',
  'title.suppressed': 'Le service d’envoi n’a pas essayé (liste de suppression)',
  'title.unknown': 'La cause n’est pas claire',
  'title.failed': 'Échec de la remise',

  'why.recipient-unknown':
    'Seul l’expéditeur peut trouver la bonne adresse ; personne d’autre ne peut corriger une faute de frappe ou une ancienne adresse.',
  'why.recipient-domain-invalid': 'La partie après le @ est fausse, et seul l’expéditeur peut la corriger.',
  'why.mailbox-inactive': 'La personne est probablement partie ; l’expéditeur doit la joindre autrement.',
  'why.mailbox-full':
    'Seul le titulaire de la boîte aux lettres peut libérer de la place ; le message lui-même n’y est pour rien.',
  'why.recipient-policy':
    'Une règle de l’organisation du destinataire l’a bloqué ; seule cette organisation peut laisser passer l’expéditeur.',
  'why.recipient-system':
    'La panne est dans le système de messagerie du destinataire ; seuls ses administrateurs peuvent la réparer.',
  'why.auth-failed':
    'SPF, DKIM et DMARC se trouvent dans le DNS et les services de messagerie du domaine de l’expéditeur ; seul son administrateur peut les modifier.',
  'why.sender-infrastructure':
    'Le DNS inverse, le nom HELO et TLS relèvent des serveurs de messagerie de l’expéditeur.',
  'why.message-noncompliant':
    'Le logiciel d’envoi a produit un message mal formé ; c’est à celui qui le gère de corriger.',
  'why.reputation-block':
    'Le blocage vise les serveurs ou le domaine de l’expéditeur ; leur administrateur doit faire le ménage et demander le retrait de la liste.',
  'why.rate-limited':
    'Le volume d’envoi et les nouvelles tentatives se règlent sur les serveurs de l’expéditeur.',
  'why.content-rejected':
    'Le contenu a déclenché un filtre ; l’expéditeur peut le modifier et renvoyer le message.',
  'why.message-too-large': 'Seul l’expéditeur peut alléger le message (partagez les gros fichiers par lien).',
  'why.sender-blocked':
    'Le compte ou l’organisation d’envoi fait l’objet d’une restriction ; son administrateur doit la lever.',
  'why.relay-denied':
    'Les autorisations de relais et les connecteurs se configurent du côté de l’expéditeur.',
  'why.delayed': 'Rien à faire pour l’instant : les serveurs réessaient.',
  'why.expired':
    'La destination est restée injoignable longtemps ; ses administrateurs doivent vérifier leurs serveurs.',
  'why.mail-loop':
    'Des règles de transfert ou de routage du côté de l’expéditeur font tourner le message en rond.',
  'why.suppressed':
    'Le service d’envoi n’écrit plus à cette adresse après des retours ou des plaintes ; l’expéditeur doit la vérifier.',
  'why.unknown': 'Le rapport n’en dit pas assez ; c’est l’interlocuteur le plus probable.',

  'ownerWhy.sender': 'Les indices montrent quelque chose que l’expéditeur peut changer.',
  'ownerWhy.sender-admin': 'La cause est dans la configuration de messagerie de l’organisation d’envoi.',
  'ownerWhy.recipient': 'Seul le destinataire peut changer cela.',
  'ownerWhy.recipient-admin':
    'La cause est dans le système de messagerie ou les règles de l’organisation du destinataire.',
  'ownerWhy.provider':
    'Le service de messagerie lui-même signale une panne : patientez ou contactez son support.',
  'ownerWhy.none': 'Rien n’est à corriger.',

  'owner.sender': 'l’expéditeur',
  'owner.sender-admin': 'l’administrateur de messagerie de l’expéditeur',
  'owner.recipient': 'le destinataire',
  'owner.recipient-admin': 'l’administrateur de messagerie du destinataire',
  'owner.provider': 'le fournisseur de messagerie',
  'owner.none': 'personne',

  'path.heading': 'Qui doit corriger',
  'path.label': 'De l’expéditeur au destinataire',
  'path.mustAct': ' (doit agir)',
  'path.you': 'Vous',
  'path.sender': 'Expéditeur',
  'path.yourIt': 'Votre service IT',
  'path.senderIt': 'IT de l’expéditeur',
  'path.provider': 'Fournisseur',
  'path.recipientIt': 'IT du destinataire',
  'path.recipient': 'Destinataire',
  'actor.you': 'C’est à vous d’agir.',
  'actor.sender': 'L’expéditeur doit agir.',
  'actor.senderNamed': 'L’expéditeur ({address}) doit agir.',
  'actor.yourIt': 'Votre service informatique doit agir.',
  'actor.yourItDomain': 'Votre service informatique ({domain}) doit agir.',
  'actor.senderIt': 'Le service informatique de l’expéditeur doit agir.',
  'actor.senderItDomain': 'Le service informatique de l’expéditeur ({domain}) doit agir.',
  'actor.recipientIt': 'Le service informatique du destinataire doit agir.',
  'actor.recipientItDomain': 'Le service informatique du destinataire ({domain}) doit agir.',
  'actor.recipient': 'Le destinataire ({address}) doit agir.',
  'actor.provider': 'Le fournisseur de messagerie doit agir.',
  'actor.providerDomain': 'Le fournisseur de messagerie ({domain}) doit agir.',
  'actor.none': 'Personne n’a besoin d’agir pour l’instant.',

  'decision.delayedUntil': 'Pas encore remis : les serveurs réessaient jusqu’au {date}.',
  'decision.delayed': 'Pas encore remis : les serveurs réessaient.',
  'decision.delayedWhy': 'Personne n’a besoin d’agir tant que les serveurs réessaient.',
  'decision.delayFix':
    'Rien à faire pour l’instant : les serveurs continuent d’essayer de le remettre. Ne le renvoyez pas, il arriverait en double. S’ils abandonnent, vous recevrez un rapport de non-remise qui en donne la raison.',
  'decision.delayFixUntil':
    'Rien à faire pour l’instant : les serveurs continuent d’essayer de le remettre jusqu’au {date}. Ne le renvoyez pas, il arriverait en double. S’ils abandonnent, vous recevrez un rapport de non-remise qui en donne la raison.',
  'decision.yourIt': 'votre service informatique',
  'decision.senderIt': 'le service informatique de l’expéditeur',
  'decision.sameOrgWhy':
    '{domain} est l’organisation de l’expéditeur : ses règles de messagerie sont gérées par {it}.',
  'decision.sameOrgWhyNoDomain':
    'Ce domaine est l’organisation de l’expéditeur : ses règles de messagerie sont gérées par {it}.',
  'decision.sameOrgFix':
    'L’adresse fait partie de votre organisation. Demandez à {it} pourquoi {address} a refusé le message ; ils peuvent vérifier la règle ou l’adresse et le laisser passer.',
  'decision.serverSaid': 'Le serveur a répondu : « {text} »',
  'verdict.line': '{who} : {title} ; {acts}.',
  'verdict.recipients': '{count} destinataires',
  'verdict.mustAct': '{owner} doit agir',
  'verdict.nobody': 'personne n’a besoin d’agir pour l’instant',

  'group.howToFix': 'Comment corriger',
  'group.specificAdvice': 'Pour cette erreur précise (en anglais) :',

  'calm.delay.title': 'Pas de non-remise : la remise est retardée',
  'calm.delay.body':
    'Les serveurs essaient encore de remettre le message. Rien à faire pour l’instant ; s’ils finissent par abandonner, vous recevrez un rapport de non-remise.',
  'calm.delivered.title': 'Remis',
  'calm.delivered.body':
    'Ceci est une confirmation de remise : le message est arrivé sur le serveur de messagerie du destinataire.',
  'calm.auto-reply.title': 'Une réponse automatique, pas une non-remise',
  'calm.auto-reply.body':
    'Le message a été remis ; ceci est une réponse d’absence du bureau ou une réponse automatique. Rien à corriger.',
  'calm.read-receipt.title': 'Une confirmation de lecture, pas une non-remise',
  'calm.read-receipt.body':
    'Ceci indique ce qu’est devenu le message après sa remise (par exemple qu’il a été lu ou supprimé). Rien à corriger.',
  'calm.feedback.title': 'Un signalement de courrier indésirable',
  'calm.feedback.body':
    'Un destinataire ou son fournisseur de messagerie a signalé un message comme spam ou abus. Ce n’est pas un échec de remise ; votre administrateur de messagerie voudra peut-être cesser d’écrire à cette adresse.',
  'calm.not-a-bounce.title': 'Ceci ne ressemble pas à un rapport de non-remise',
  'calm.not-a-bounce.body':
    'Bounce Lens n’a trouvé aucun rapport de remise dans ce message. Si un rapport de non-remise est cité ou joint ailleurs, collez son texte ou déposez le fichier ci-dessous.',
  'noRecipients.title': 'Un rapport de non-remise, mais aucun destinataire lisible',
  'noRecipients.body':
    'Le message indique un échec de remise, sans dire clairement pour quelle adresse. Les détails techniques montrent ce que Bounce Lens a lu.',

  'problem.no-item.title': 'Outlook n’a transmis aucun message à Bounce Lens',
  'problem.no-item.body':
    'Soit rien n’est sélectionné, soit l’élément sélectionné est un rapport de remise : Outlook en interdit l’accès aux compléments.',
  'problem.restricted.title': 'Outlook interdit aux compléments l’accès aux rapports de remise',
  'problem.restricted.body':
    'Ceci est un rapport de remise (un rapport de non-remise au format propre à Outlook), et Outlook ne laisse pas les compléments le lire.',
  'problem.unsupported.title': 'Cette version d’Outlook ne peut pas transmettre le message aux compléments',
  'problem.unsupported.body':
    'Il lui manque les fonctions de lecture de message dont Bounce Lens a besoin (Mailbox 1.8), comme dans Outlook pour iOS et Android.',
  'problem.api-error.title': 'Outlook n’a pas pu transmettre le message',
  'problem.api-error.body': 'La lecture du message a échoué. Un nouvel essai peut suffire.',
  'problem.empty.title': 'Le message est vide',
  'problem.empty.body': 'Outlook a transmis un message sans texte.',
  'problem.outlookSaid': 'Outlook a répondu : {detail}',
  'problem.whatToDo': 'Que faire',
  'workaround.drag':
    'Épinglez ce volet (l’épingle en haut), puis faites glisser le rapport de non-remise depuis la liste des messages jusqu’au volet. Vous pouvez en déposer plusieurs à la fois.',
  'workaround.forward':
    'Ou transférez-vous le rapport de non-remise en pièce jointe (dans Outlook : Plus d’actions, puis Transférer en tant que pièce jointe), ouvrez ce message et lancez Bounce Lens dessus.',
  'workaround.paste':
    'Ou copiez le texte du rapport de non-remise et collez-le ci-dessous, ou enregistrez-le dans un fichier (.eml ou .msg) et déposez-le ci-dessous.',
  'dropTip.title': 'Épinglez ce volet et faites-y glisser les rapports de non-remise',
  'dropTip.body':
    'Outlook interdit aux compléments l’accès à la plupart des rapports de non-remise. Épinglez Bounce Lens (l’épingle en haut de ce volet), puis faites glisser un rapport depuis la liste des messages jusqu’au volet ; en déposer plusieurs donne une vue d’ensemble.',

  'action.failed': 'échec',
  'action.delayed': 'nouvelle tentative en cours',
  'action.delivered': 'remis',
  'action.relayed': 'relayé',
  'action.expanded': 'redistribué aux membres de la liste',

  'actions.didYouMean': 'Vouliez-vous dire {address} ?',
  'actions.resendTo': 'Renvoyer à {address}',
  'actions.resend': 'Renvoyer',
  'actions.emailYourIt': 'Écrire à votre service informatique',
  'actions.emailSenderIt': 'Écrire au service informatique de l’expéditeur',
  'actions.postmaster': 'Prévenir le postmaster de {domain}',

  'draft.noOriginal':
    '(Bounce Lens : le rapport de non-remise ne contient pas le texte d’origine ; collez-le ici ou transférez l’original depuis Éléments envoyés.)',
  'draft.itSubject': 'Rapport de non-remise à vérifier : {subject}',
  'draft.aMessage': 'un message',
  'draft.itBody':
    'Bonjour,\n\nUn message que j’ai envoyé m’est revenu avec un rapport de non-remise, et la cause semble être de notre côté. Pourriez-vous regarder ?\n\n{summary}\n',
  'draft.postmasterSubject': 'Remise à {domain} refusée : {subject}',
  'draft.postmasterBody':
    'Bonjour,\n\nLe système de messagerie de {domain} a refusé un message destiné à {recipients}. Pourriez-vous vérifier pourquoi, et le laisser passer s’il doit être accepté ?\n\n{summary}\n',
  'draft.suggestedCheck': 'Vérification suggérée : {text}',

  'fact.originalSubject': 'Objet d’origine',
  'fact.originalDate': 'Date d’origine',
  'fact.originalSender': 'Expéditeur d’origine',
  'fact.originalRecipients': 'Destinataires d’origine',
  'fact.originalMessageId': 'Message-ID d’origine',
  'fact.reportedBy': 'Signalé par',
  'fact.recipient': 'Destinataire',
  'fact.whatHappened': 'Ce qui s’est passé',
  'fact.whoMustAct': 'Qui doit agir',
  'fact.serverSaid': 'Réponse du serveur',
  'fact.remoteServer': 'Serveur distant',
  'fact.howToFix': 'Comment corriger',
  'fact.forAdmin': 'Pour l’administrateur de messagerie',
  'fact.authentication': 'Authentification',
  'fact.status': 'Statut',
  'fact.replyCode': 'Code de réponse',
  'fact.subject': 'Objet',
  'fact.date': 'Date d’envoi',
  'fact.from': 'De',
  'fact.to': 'À',

  'copy.button': 'Copier le résumé',
  'copy.done': 'Résumé copié.',
  'copy.blocked': 'La copie est bloquée ici ; sélectionnez le texte et copiez-le vous-même.',
  'copy.noRecipients': 'Un rapport de non-remise, mais aucun destinataire lisible.',
  'copy.partOf': '--- {index} sur {total} : {label} ---',

  'admin.heading': 'Pour votre administrateur de messagerie',
  'admin.technical': 'Détails techniques pour {address}',
  'admin.original': 'Le message d’origine',
  'admin.documentation': 'Documentation',

  'auth.heading': 'Authentification de l’expéditeur : {verdict}',
  'auth.results': 'Résultats de l’authentification',
  'auth.verdict.pass': 'Authentification réussie et alignée',
  'auth.verdict.unaligned':
    'Authentification réussie, mais seulement pour le domaine d’une autre organisation',
  'auth.verdict.unauthenticated': 'Aucune authentification n’a réussi',
  'auth.verdict.forwarding': 'Un transfert ou une liste de diffusion a cassé l’authentification',
  'auth.verdict.unknown': 'Les en-têtes n’indiquent pas quelle vérification a échoué',
  'auth.aligned': 'aligné',
  'auth.notAligned': 'non aligné',
  'auth.for': 'pour {domain}',
  'auth.policy': 'stratégie {policy}',
  'auth.fromDomain': 'Domaine From',
  'auth.mailFromDomain': 'Domaine MAIL FROM',
  'auth.forwarded': 'Transféré',
  'auth.forwardedYes': 'oui : un transfert ou une liste était sur le trajet',

  'overview.heading.one': '{count} destinataire demande votre attention',
  'overview.heading.other': '{count} destinataires demandent votre attention',
  'overview.recipient': 'Destinataire',
  'overview.whatHappened': 'Ce qui s’est passé',
  'overview.whoActs': 'Qui agit',
  'overview.more.one': 'et {count} autre, détaillé ci-dessous',
  'overview.more.other': 'et {count} autres, détaillés ci-dessous',
  'overview.fixIt': 'Comment corriger',
  'overview.fixThese.one': 'Comment corriger',
  'overview.fixThese.other': 'Comment corriger ces {count}',
  'who.you': 'Vous',
  'who.sender': 'Expéditeur',
  'who.yourIt': 'Votre service IT',
  'who.senderIt': 'IT de l’expéditeur',
  'who.recipientIt': 'IT du destinataire',
  'who.recipient': 'Destinataire',
  'who.provider': 'Fournisseur de messagerie',
  'who.none': 'Personne (patienter)',

  'input.heading': 'Analyser un rapport de non-remise',
  'input.sample': 'Essayer un exemple',
  'input.chooseSample': 'Choisir un exemple…',
  'input.paste': 'Collez le rapport de non-remise (le message entier, ou seulement son texte)',
  'input.pasteFirst': 'Collez d’abord le texte d’un rapport de non-remise.',
  'input.diagnose': 'Analyser',
  'input.drop': 'Déposez ici des fichiers .eml, .msg ou .txt, ou',
  'input.choose': 'Choisir un fichier…',
  'input.files': 'Fichiers de non-remise (.eml, .msg ou .txt)',

  'advice.noAddress': 'le destinataire',
  'advice.noDomain': 'le domaine du destinataire',
  'advice.succeeded.summary': 'Le message pour {address} a été {action} ; rien n’a échoué.',
  'advice.succeeded.user': 'Rien à faire : ceci est une confirmation de remise, pas un échec.',
  'advice.succeeded.admin':
    'Une notification d’état de remise positive (l’expéditeur l’a demandée, ou la plateforme en envoie).',
  'advice.delayedAlso': 'La remise à {address} est retardée et les serveurs réessaient. {summary}',
  'advice.recipient-unknown.summary': 'L’adresse {address} n’existe pas chez {domain}.',
  'advice.recipient-unknown.user':
    'Vérifiez l’orthographe de l’adresse, ou demandez à la personne son adresse actuelle, puis renvoyez le message. Si l’adresse est périmée, supprimez-la de vos contacts ou de la liste de saisie semi-automatique.',
  'advice.recipient-unknown.admin':
    'Le serveur de réception indique que la boîte aux lettres n’existe pas. Si le destinataire fait partie de votre organisation, vérifiez que la boîte aux lettres ou le contact existe et que l’adresse lui est attribuée ; sinon, rien ne cloche de votre côté.',
  'advice.recipient-domain-invalid.summary':
    'Le domaine {domain} (dans {address}) n’existe pas ou ne reçoit pas d’e-mails.',
  'advice.recipient-domain-invalid.user':
    'La partie après le @ est sans doute mal orthographiée (par exemple gmial.com). Corrigez-la et renvoyez le message.',
  'advice.recipient-domain-invalid.admin':
    'Le domaine n’a pas d’enregistrement MX ni A, publie un MX nul, ou n’a pas pu être résolu. Vérifiez-le avec une requête DNS ; si vous hébergez ce domaine, corrigez ses enregistrements MX.',
  'advice.mailbox-inactive.summary':
    'La boîte aux lettres {address} existe mais est désactivée, suspendue ou n’est plus utilisée.',
  'advice.mailbox-inactive.user':
    'La personne a probablement quitté l’organisation ou fermé ce compte. Contactez-la autrement et demandez-lui son adresse actuelle.',
  'advice.mailbox-inactive.admin':
    'Le système du destinataire signale le compte comme désactivé, suspendu ou déplacé. S’il fait partie de votre organisation, réactivez la boîte aux lettres ou configurez un transfert.',
  'advice.mailbox-full.summary': 'La boîte aux lettres de {address} est pleine.',
  'advice.mailbox-full.user':
    'Rien ne cloche de votre côté. Prévenez le destinataire par un autre moyen, et réessayez plus tard.',
  'advice.mailbox-full.admin':
    'Le destinataire a dépassé son quota. Le destinataire (ou son administrateur, pour une boîte aux lettres partagée) doit libérer de l’espace ou augmenter le quota. L’expéditeur n’a rien à changer.',
  'advice.recipient-policy.summary':
    'L’organisation de {domain} n’accepte pas ce message pour {address}, selon ses propres règles.',
  'advice.recipient-policy.user':
    'L’organisation du destinataire limite qui peut écrire à cette adresse (par exemple un groupe réservé aux expéditeurs internes, ou une liste modérée). Demandez au destinataire ou à son service informatique de vous autoriser.',
  'advice.recipient-policy.admin':
    'Une règle du côté du destinataire a refusé le message : un groupe restreint, un expéditeur bloqué, une règle sur les expéditeurs externes ou une file de modération. Seul l’administrateur du destinataire ou le propriétaire du groupe peut la lever ; transmettez-lui le texte de la réponse.',
  'advice.recipient-system.summary':
    'Le serveur de messagerie de {domain} a un problème et n’a pas pu accepter le message.',
  'advice.recipient-system.user':
    'Le problème est du côté du destinataire. Réessayez plus tard ; si l’échec persiste, prévenez le destinataire par un autre moyen.',
  'advice.recipient-system.admin':
    'Le serveur de destination était injoignable, mal configuré ou en panne (connexion, TLS, DANE/MTA-STS ou erreur interne). L’administrateur du destinataire doit corriger ; le texte de la réponse et le nom du serveur distant l’y aideront.',
  'advice.sender-infrastructure.summary':
    'Le serveur de réception a refusé la connexion de votre serveur de messagerie à cause de sa configuration (DNS inverse, nom HELO, DNS de votre domaine ou TLS).',
  'advice.sender-infrastructure.user':
    'C’est un problème de configuration dans votre organisation ; transférez ce rapport à votre administrateur de messagerie.',
  'advice.sender-infrastructure.admin':
    'Donnez à l’IP d’envoi un enregistrement PTR qui pointe de nouveau vers elle (vérifié dans les deux sens), utilisez un nom HELO pleinement qualifié qui se résout, assurez-vous que le domaine de l’expéditeur a un DNS valide (MX ou A), et proposez STARTTLS.',
  'advice.reputation-block.summary':
    'Le serveur de réception a bloqué votre serveur de messagerie : son adresse IP ou son domaine est sur une liste de blocage ou a une mauvaise réputation.',
  'advice.reputation-block.user':
    'Votre message n’est pas en cause. Transférez ce rapport à votre administrateur de messagerie ; tant que ce n’est pas réglé, les envois vers cette destination risquent d’échouer.',
  'advice.reputation-block.admin':
    'Recherchez l’IP d’envoi sur la liste de blocage citée dans la réponse, trouvez et arrêtez la cause (un compte compromis, une source de spam, une IP partagée), puis demandez le retrait de la liste. Consultez les outils postmaster du fournisseur.',
  'advice.content-rejected.summary':
    'Le serveur de réception a refusé le contenu du message (filtre antispam, analyse antivirus ou pièce jointe bloquée).',
  'advice.content-rejected.user':
    'Retirez ou compressez les pièces jointes inhabituelles, évitez les raccourcisseurs de liens et les formulations qui ressemblent à du spam, puis renvoyez le message. Si l’échec persiste, demandez au destinataire d’autoriser votre adresse.',
  'advice.content-rejected.admin':
    'Le filtre du destinataire a refusé le contenu. Vérifiez que les pièces jointes et les liens ne contiennent pas de logiciel malveillant ; si le message est légitime, demandez à l’administrateur du destinataire de revoir le verdict.',
  'advice.delayed.summary': 'La remise à {address} est retardée ; le système de messagerie essaie encore.',
  'advice.delayed.user':
    'Rien à faire pour l’instant. Vous recevrez un autre avis si la remise échoue définitivement.',
  'advice.delayed.admin':
    'Le message est en file d’attente et sera retenté. Si les retards persistent, vérifiez que la destination est joignable et lisez le texte de la réponse.',
  'advice.expired.summary':
    'Le système de messagerie a renoncé à remettre le message à {address} : les nouvelles tentatives ont duré trop longtemps.',
  'advice.expired.user':
    'Le serveur de réception est resté injoignable longtemps. Vérifiez l’adresse, réessayez plus tard, ou contactez la personne autrement.',
  'advice.expired.admin':
    'Les tentatives ont continué jusqu’à la fin de la durée de vie en file d’attente. Vérifiez les enregistrements MX de la destination et sa joignabilité ; la dernière erreur du rapport indique la cause.',
  'advice.unknown.summary':
    'La remise à {address} a échoué, et le rapport n’en donne pas clairement la raison.',
  'advice.unknown.user':
    'Renvoyez le message plus tard. S’il échoue encore, transférez ce rapport à votre administrateur de messagerie.',
  'advice.unknown.admin':
    'Le rapport ne donne aucune cause reconnaissable. Lisez la réponse du serveur et le code d’état ci-dessous ; l’administrateur du serveur distant peut expliquer son propre message.',
};
