// Español. Sencillo y breve, de «tú» como el Outlook actual; los términos de Outlook (informe de no
// entrega, buzón, datos adjuntos, Elementos enviados); SPF, DKIM, DMARC, MX y HELO no se traducen.
import type { Catalog } from './en';

export const es: Catalog = {
  'app.starting': 'Iniciando Bounce Lens…',
  'app.reading': 'Leyendo el mensaje…',
  'app.readingProgress': 'Leyendo {current} de {total}…',
  'app.cannotRead': 'No se pudo leer el mensaje.',
  'app.ready.one': 'Diagnóstico listo.',
  'app.ready.other': '{count} diagnósticos listos.',
  'app.failedTitle': 'Bounce Lens no pudo leerlo',
  'app.fileError': 'No se pudo leer {label}',
  'app.skippedAttachment': 'Se omitió un archivo adjunto',
  'app.results': 'Resultados',
  'app.sourceFile': 'Archivo: {label}',
  'app.sourceAttachment': 'Adjunto: {label}',
  'app.another': 'Analizar otro informe de no entrega',
  'app.pastedText': 'texto pegado',
  'app.readerMissing': 'No se pudo cargar una parte de Bounce Lens',
  'app.readerMissingBody':
    'Este mensaje procede de un sistema de correo menos común cuyo lector no se cargó, así que se leyó de forma general y la respuesta puede ser menos precisa.',
  'app.phrasesMissingBody':
    'No se pudieron cargar algunas de las expresiones menos comunes que reconoce Bounce Lens, así que este mensaje se leyó sin ellas y la respuesta puede ser menos exacta.',
  'app.readAgain': 'Volver a leer',
  'app.partUnavailable':
    'No se pudo cargar esta parte. Cierra el panel y vuelve a abrirlo para intentarlo de nuevo.',

  'headline.failedMany': 'No se pudo entregar a {count} destinatarios',
  'headline.outcomes': '{recipients} destinatarios, {groups} resultados distintos',
  'relation.backscatterTitle': 'Es posible que no hayas enviado este mensaje',
  'relation.forwardedTitle': 'El informe de no entrega de otra persona',
  'relation.forwarded':
    'Este informe trata de un mensaje que envió {sender}, no tú ({user}). Si estás ayudando a esa persona, por ejemplo como su administrador de correo, los consejos de abajo son para {sender}.',
  'relation.backscatter':
    'El mensaje original lo envió {sender}, no tú ({user}). Si esa no es una de tus direcciones, probablemente sea backscatter: un informe de no entrega de un correo que otra persona envió en tu nombre. Puedes eliminarlo; si llegan muchos, avisa a tu administrador de correo.',
  'list.recipients': 'Destinatarios',
  'list.evidence': 'Lo que leyó Bounce Lens',

  'title.recipient-unknown': 'La dirección no existe',
  'title.recipient-domain-invalid': 'El dominio no existe o no recibe correo',
  'title.mailbox-inactive': 'El buzón está deshabilitado o ya no se usa',
  'title.mailbox-full': 'El buzón está lleno',
  'title.recipient-policy': 'Rechazado por las reglas de la organización del destinatario',
  'title.recipient-system': 'El servidor de correo del destinatario tiene un problema',
  'title.auth-failed': 'El mensaje no superó la autenticación del remitente (SPF, DKIM, DMARC)',
  'title.sender-infrastructure': 'Se rechazó la configuración del servidor de envío',
  'title.message-noncompliant': 'El mensaje no cumple las reglas de formato del correo',
  'title.reputation-block': 'El servidor de envío está en una lista de bloqueo o no es de confianza',
  'title.rate-limited': 'El servidor del destinatario está limitando al remitente',
  'title.content-rejected': 'Se rechazó el contenido (spam, malware o un archivo adjunto)',
  'title.message-too-large': 'El mensaje es demasiado grande',
  'title.sender-blocked': 'La cuenta o el servicio del propio remitente está detenido',
  'title.relay-denied': 'Un servidor se negó a retransmitir el mensaje',
  'title.delayed': 'La entrega se retrasa; los servidores siguen intentándolo',
  'title.expired': 'La entrega se abandonó tras varios intentos',
  'title.mail-loop': 'El mensaje entró en un bucle',
  'title.suppressed': 'El servicio de envío no lo intentó (lista de supresión)',
  'title.unknown': 'La causa no está clara',
  'title.failed': 'Error en la entrega',

  'why.recipient-unknown':
    'Solo el remitente puede averiguar la dirección correcta; nadie más puede corregir un error de escritura o una dirección antigua.',
  'why.recipient-domain-invalid':
    'La parte después de la @ es incorrecta y solo el remitente puede corregirla.',
  'why.mailbox-inactive':
    'Probablemente la persona ya no está ahí; el remitente necesita otra forma de contactarla.',
  'why.mailbox-full': 'Solo el dueño del buzón puede liberar espacio; el mensaje en sí estaba bien.',
  'why.recipient-policy':
    'Una regla de la organización del destinatario lo bloqueó; solo esa organización puede dejar pasar al remitente.',
  'why.recipient-system':
    'El fallo está en el sistema de correo del destinatario; solo sus administradores pueden repararlo.',
  'why.auth-failed':
    'SPF, DKIM y DMARC están en el DNS y en los servicios de correo del dominio del remitente; solo su administrador puede cambiarlos.',
  'why.sender-infrastructure':
    'El DNS inverso, el nombre HELO y TLS dependen de los servidores de correo del remitente.',
  'why.message-noncompliant':
    'El software de envío creó un mensaje mal formado; quien lo gestione debe corregirlo.',
  'why.reputation-block':
    'El bloqueo afecta a los servidores o al dominio del remitente; su administrador debe resolver la causa y pedir la exclusión de la lista.',
  'why.rate-limited': 'El volumen de envío y los reintentos se configuran en los servidores del remitente.',
  'why.content-rejected': 'El contenido activó un filtro; el remitente puede cambiarlo y volver a enviarlo.',
  'why.message-too-large':
    'Solo el remitente puede reducir el mensaje (compartiendo los archivos grandes con un vínculo).',
  'why.sender-blocked':
    'La cuenta o la organización de envío tiene una restricción; su administrador debe quitarla.',
  'why.relay-denied':
    'Los permisos de retransmisión y los conectores se configuran en el lado del remitente.',
  'why.delayed': 'Aún no hay nada que hacer: los servidores siguen reintentando.',
  'why.expired':
    'No se pudo llegar al destino durante mucho tiempo; sus administradores deben revisar sus servidores.',
  'why.mail-loop':
    'Las reglas de reenvío o de enrutamiento del lado del remitente hacen que el mensaje dé vueltas.',
  'why.suppressed':
    'El servicio de envío dejó de escribir a esta dirección tras rebotes o quejas anteriores; el remitente debe revisarla.',
  'why.unknown': 'El informe no da suficientes datos; esta es la parte más probable.',

  'ownerWhy.sender': 'Los indicios apuntan a algo que el remitente puede cambiar.',
  'ownerWhy.sender-admin': 'La causa está en la configuración de correo de la organización que envía.',
  'ownerWhy.recipient': 'Solo el destinatario puede cambiar esto.',
  'ownerWhy.recipient-admin':
    'La causa está en el sistema de correo o en las reglas de la organización que recibe.',
  'ownerWhy.provider': 'El propio servicio de correo informa de un fallo: espera o contacta con su soporte.',
  'ownerWhy.none': 'No hay nada que corregir.',

  'owner.sender': 'el remitente',
  'owner.sender-admin': 'el administrador de correo del remitente',
  'owner.recipient': 'el destinatario',
  'owner.recipient-admin': 'el administrador de correo del destinatario',
  'owner.provider': 'el proveedor del servicio de correo',
  'owner.none': 'nadie',

  'path.heading': 'Quién debe solucionarlo',
  'path.label': 'Del remitente al destinatario',
  'path.mustAct': ' (debe actuar)',
  'path.you': 'Tú',
  'path.sender': 'Remitente',
  'path.yourIt': 'Tu equipo de TI',
  'path.senderIt': 'TI del remitente',
  'path.provider': 'Proveedor',
  'path.recipientIt': 'TI del destinatario',
  'path.recipient': 'Destinatario',
  'actor.you': 'Te toca actuar a ti.',
  'actor.sender': 'El remitente debe actuar.',
  'actor.senderNamed': 'El remitente ({address}) debe actuar.',
  'actor.yourIt': 'Tu equipo de TI debe actuar.',
  'actor.yourItDomain': 'Tu equipo de TI ({domain}) debe actuar.',
  'actor.senderIt': 'El equipo de TI del remitente debe actuar.',
  'actor.senderItDomain': 'El equipo de TI del remitente ({domain}) debe actuar.',
  'actor.recipientIt': 'El equipo de TI del destinatario debe actuar.',
  'actor.recipientItDomain': 'El equipo de TI del destinatario ({domain}) debe actuar.',
  'actor.recipient': 'El destinatario ({address}) debe actuar.',
  'actor.provider': 'El proveedor del servicio de correo debe actuar.',
  'actor.providerDomain': 'El proveedor del servicio de correo ({domain}) debe actuar.',
  'actor.none': 'Nadie tiene que hacer nada por ahora.',

  'decision.delayedUntil': 'Aún no se ha entregado: los servidores seguirán intentándolo hasta el {date}.',
  'decision.delayed': 'Aún no se ha entregado: los servidores siguen intentándolo.',
  'decision.delayedWhy': 'Nadie tiene que hacer nada mientras los servidores lo reintentan.',
  'decision.delayFix':
    'No hay nada que hacer por ahora: los servidores siguen intentando entregarlo. No lo vuelvas a enviar, porque llegaría dos veces. Si se dan por vencidos, recibirás un informe de no entrega con el motivo.',
  'decision.delayFixUntil':
    'No hay nada que hacer por ahora: los servidores seguirán intentando entregarlo hasta el {date}. No lo vuelvas a enviar, porque llegaría dos veces. Si se dan por vencidos, recibirás un informe de no entrega con el motivo.',
  'decision.yourIt': 'tu equipo de TI',
  'decision.senderIt': 'el equipo de TI del remitente',
  'decision.sameOrgWhy':
    '{domain} es la propia organización del remitente, así que sus reglas de correo las gestiona {it}.',
  'decision.sameOrgWhyNoDomain':
    'Este dominio es la propia organización del remitente, así que sus reglas de correo las gestiona {it}.',
  'decision.sameOrgFix':
    'La dirección es de tu propia organización. Pregunta a {it} por qué {address} rechazó el mensaje; pueden revisar la regla o la dirección y dejarlo pasar.',
  'decision.serverSaid': 'El servidor respondió: «{text}»',
  'verdict.line': '{who}: {title}; {acts}.',
  'verdict.recipients': '{count} destinatarios',
  'verdict.mustAct': '{owner} debe actuar',
  'verdict.nobody': 'nadie tiene que hacer nada por ahora',

  'group.howToFix': 'Cómo solucionarlo',
  'group.specificAdvice': 'Para este error concreto (en inglés):',

  'calm.delay.title': 'No es un rechazo: la entrega se retrasa',
  'calm.delay.body':
    'Los servidores siguen intentando entregar el mensaje. No hay nada que hacer por ahora; si al final se dan por vencidos, recibirás un informe de no entrega.',
  'calm.delivered.title': 'Entregado',
  'calm.delivered.body':
    'Es una confirmación de entrega: el mensaje llegó al servidor de correo del destinatario.',
  'calm.auto-reply.title': 'Una respuesta automática, no un informe de no entrega',
  'calm.auto-reply.body':
    'El mensaje se entregó; esto es una respuesta automática o de fuera de la oficina. No hay nada que corregir.',
  'calm.read-receipt.title': 'Una confirmación de lectura, no un informe de no entrega',
  'calm.read-receipt.body':
    'Indica qué pasó con el mensaje después de entregarse (por ejemplo, que se leyó o se eliminó). No hay nada que corregir.',
  'calm.feedback.title': 'Una denuncia de correo no deseado',
  'calm.feedback.body':
    'Un destinatario o su proveedor de correo marcó un mensaje como spam o abuso. No es un error de entrega; quizá tu administrador de correo quiera dejar de escribir a esta dirección.',
  'calm.not-a-bounce.title': 'Esto no parece un informe de no entrega',
  'calm.not-a-bounce.body':
    'Bounce Lens no encontró ningún informe de entrega en este mensaje. Si hay un informe de no entrega citado o adjunto en otro sitio, pega su texto o suelta el archivo abajo.',
  'noRecipients.title': 'Un informe de no entrega, pero no se pudo leer ningún destinatario',
  'noRecipients.body':
    'El mensaje dice que la entrega falló, pero no deja claro para qué dirección. Los detalles técnicos muestran lo que leyó Bounce Lens.',

  'problem.no-item.title': 'Outlook no le pasó ningún mensaje a Bounce Lens',
  'problem.no-item.body':
    'O no hay nada seleccionado, o el elemento seleccionado es un informe de entrega: Outlook no deja que los complementos accedan a ellos.',
  'problem.restricted.title': 'Outlook no deja que los complementos lean los informes de entrega',
  'problem.restricted.body':
    'Esto es un informe de entrega (un informe de no entrega en el formato propio de Outlook), y Outlook no permite que los complementos lo lean.',
  'problem.unsupported.title': 'Este Outlook no puede pasar el mensaje a los complementos',
  'problem.unsupported.body':
    'Le faltan las funciones de lectura de mensajes que necesita Bounce Lens (Mailbox 1.8), como ocurre en Outlook para iOS y Android.',
  'problem.api-error.title': 'Outlook no pudo pasar el mensaje',
  'problem.api-error.body': 'No se pudo leer el mensaje. Puede que funcione si lo vuelves a intentar.',
  'problem.empty.title': 'El mensaje está vacío',
  'problem.empty.body': 'Outlook pasó un mensaje sin texto.',
  'problem.outlookSaid': 'Outlook respondió: {detail}',
  'problem.whatToDo': 'Qué hacer',
  'workaround.drag':
    'Ancla este panel (la chincheta de arriba) y arrastra el informe de no entrega desde la lista de mensajes hasta él. También puedes arrastrar varios a la vez.',
  'workaround.forward':
    'O reenvíate el informe de no entrega como datos adjuntos (en Outlook: Más acciones y luego Reenviar como datos adjuntos), abre ese mensaje y abre Bounce Lens en él.',
  'workaround.paste':
    'O copia el texto del informe y pégalo abajo, o guárdalo como archivo (.eml o .msg) y suéltalo abajo.',
  'dropTip.title': 'Ancla este panel y arrastra los informes hasta él',
  'dropTip.body':
    'Outlook no deja que los complementos lean la mayoría de los informes de no entrega. Ancla Bounce Lens (la chincheta de la parte superior del panel) y arrastra un informe desde la lista de mensajes hasta el panel; con varios a la vez verás un resumen.',

  'action.failed': 'no entregado',
  'action.delayed': 'aún se está reintentando',
  'action.delivered': 'entregado',
  'action.relayed': 'retransmitido',
  'action.expanded': 'distribuido a los miembros de la lista',

  'actions.didYouMean': '¿Quisiste decir {address}?',
  'actions.resendTo': 'Volver a enviar a {address}',
  'actions.resend': 'Volver a enviar',
  'actions.emailYourIt': 'Escribir a tu equipo de TI',
  'actions.emailSenderIt': 'Escribir al equipo de TI del remitente',
  'actions.postmaster': 'Avisar al postmaster de {domain}',

  'draft.noOriginal':
    '(Bounce Lens: el informe de no entrega no incluye el texto original; pégalo aquí o reenvía el original desde Elementos enviados).',
  'draft.itSubject': 'Informe de no entrega para revisar: {subject}',
  'draft.aMessage': 'un mensaje',
  'draft.itBody':
    'Hola:\n\nUn mensaje que envié no se entregó y parece que la causa está de nuestro lado. ¿Podrías revisarlo?\n\n{summary}\n',
  'draft.postmasterSubject': 'Entrega a {domain} rechazada: {subject}',
  'draft.postmasterBody':
    'Hola, postmaster de {domain}:\n\nTu sistema de correo rechazó un mensaje para {recipients}. ¿Podrías comprobar por qué y dejarlo pasar si debería aceptarse?\n\n{summary}\n',
  'draft.suggestedCheck': 'Comprobación sugerida: {text}',

  'fact.originalSubject': 'Asunto original',
  'fact.originalDate': 'Fecha original',
  'fact.originalSender': 'Remitente original',
  'fact.originalRecipients': 'Destinatarios originales',
  'fact.originalMessageId': 'Message-ID original',
  'fact.reportedBy': 'Informado por',
  'fact.recipient': 'Destinatario',
  'fact.whatHappened': 'Qué pasó',
  'fact.whoMustAct': 'Quién debe actuar',
  'fact.serverSaid': 'Respuesta del servidor',
  'fact.remoteServer': 'Servidor remoto',
  'fact.howToFix': 'Cómo solucionarlo',
  'fact.forAdmin': 'Para el administrador de correo',
  'fact.authentication': 'Autenticación',
  'fact.status': 'Estado',
  'fact.replyCode': 'Código de respuesta',
  'fact.subject': 'Asunto',
  'fact.date': 'Fecha',
  'fact.from': 'De',
  'fact.to': 'Para',

  'copy.button': 'Copiar resumen',
  'copy.done': 'Resumen copiado.',
  'copy.blocked': 'Aquí no se puede copiar; selecciona el texto y cópialo a mano.',
  'copy.noRecipients': 'Un informe de no entrega, pero no se pudo leer ningún destinatario.',
  'copy.partOf': '--- {index} de {total}: {label} ---',

  'admin.heading': 'Para tu administrador de correo',
  'admin.technical': 'Detalles técnicos de {address}',
  'admin.original': 'El mensaje original',
  'admin.documentation': 'Documentación',

  'auth.heading': 'Autenticación del remitente: {verdict}',
  'auth.results': 'Resultados de autenticación',
  'auth.verdict.pass': 'Autenticación superada y alineada',
  'auth.verdict.unaligned': 'Autenticación superada, pero solo para el dominio de otra organización',
  'auth.verdict.unauthenticated': 'No se superó ninguna autenticación',
  'auth.verdict.forwarding': 'Un reenvío o una lista de distribución rompió la autenticación',
  'auth.verdict.unknown': 'Los encabezados no muestran qué comprobación falló',
  'auth.aligned': 'alineado',
  'auth.notAligned': 'no alineado',
  'auth.for': 'para {domain}',
  'auth.policy': 'directiva {policy}',
  'auth.fromDomain': 'Dominio From',
  'auth.mailFromDomain': 'Dominio MAIL FROM',
  'auth.forwarded': 'Reenviado',
  'auth.forwardedYes': 'sí: hubo un reenvío o una lista en el camino',

  'overview.heading.one': '{count} destinatario necesita atención',
  'overview.heading.other': '{count} destinatarios necesitan atención',
  'overview.recipient': 'Destinatario',
  'overview.whatHappened': 'Qué pasó',
  'overview.whoActs': 'Quién actúa',
  'overview.more.one': 'y {count} más, en la lista de abajo',
  'overview.more.other': 'y {count} más, en la lista de abajo',
  'overview.fixIt': 'Cómo solucionarlo',
  'overview.fixThese.one': 'Cómo solucionarlo',
  'overview.fixThese.other': 'Cómo solucionar estos {count}',
  'who.you': 'Tú',
  'who.sender': 'Remitente',
  'who.yourIt': 'Tu equipo de TI',
  'who.senderIt': 'TI del remitente',
  'who.recipientIt': 'TI del destinatario',
  'who.recipient': 'Destinatario',
  'who.provider': 'Proveedor de correo',
  'who.none': 'Nadie (esperar)',

  'input.heading': 'Analizar un informe de no entrega',
  'input.sample': 'Probar con un ejemplo',
  'input.chooseSample': 'Elige un ejemplo…',
  'input.paste': 'Pega el informe de no entrega (el mensaje completo o solo su texto)',
  'input.pasteFirst': 'Primero pega el texto de un informe de no entrega.',
  'input.diagnose': 'Analizar',
  'input.drop': 'Suelta aquí archivos .eml, .msg o .txt, o',
  'input.choose': 'Elige un archivo…',
  'input.files': 'Archivos de informes de no entrega (.eml, .msg o .txt)',

  'advice.noAddress': 'el destinatario',
  'advice.noDomain': 'el dominio del destinatario',
  'advice.succeeded.summary': 'El mensaje para {address} se ha {action}; no falló nada.',
  'advice.succeeded.user': 'No hay nada que hacer: es una confirmación de entrega, no un error.',
  'advice.succeeded.admin':
    'Una notificación de estado de entrega positiva (el remitente la pidió o la plataforma las envía).',
  'advice.delayedAlso': 'La entrega a {address} se retrasa y se sigue reintentando. {summary}',
  'advice.recipient-unknown.summary': 'La dirección {address} no existe en {domain}.',
  'advice.recipient-unknown.user':
    'Revisa cómo está escrita la dirección o pide a la persona su dirección actual, y vuelve a enviarlo. Si la dirección está obsoleta, quítala de tus contactos o de la lista de autocompletar.',
  'advice.recipient-unknown.admin':
    'El servidor de destino indicó que el buzón no existe. Si el destinatario es de tu organización, comprueba que el buzón o el contacto existe y que tiene asignada la dirección; si no, no hay ningún problema de tu lado.',
  'advice.recipient-domain-invalid.summary':
    'El dominio {domain} (de {address}) no existe o no acepta correo.',
  'advice.recipient-domain-invalid.user':
    'Seguramente la parte después de la @ está mal escrita (por ejemplo, gmial.com). Corrígela y vuelve a enviarlo.',
  'advice.recipient-domain-invalid.admin':
    'El dominio no tiene registro MX ni A, publica un MX nulo o no se pudo resolver. Compruébalo con una consulta DNS; si es un dominio que alojas, corrige sus registros MX.',
  'advice.mailbox-inactive.summary':
    'El buzón {address} existe, pero está deshabilitado, suspendido o ya no se usa.',
  'advice.mailbox-inactive.user':
    'Probablemente la persona se fue o cerró esta cuenta. Contacta con ella por otra vía y pídele una dirección actual.',
  'advice.mailbox-inactive.admin':
    'El sistema del destinatario indica que la cuenta está deshabilitada, suspendida o trasladada. Si es de tu organización, vuelve a habilitar el buzón o configura un reenvío.',
  'advice.mailbox-full.summary': 'El buzón de {address} está lleno.',
  'advice.mailbox-full.user':
    'No hay ningún problema de tu lado. Avisa al destinatario por otra vía e inténtalo de nuevo más tarde.',
  'advice.mailbox-full.admin':
    'El destinatario superó su cuota. El destinatario (o su administrador, si es un buzón compartido) debe liberar espacio o ampliar la cuota. El remitente no tiene que cambiar nada.',
  'advice.recipient-policy.summary':
    'La organización de {domain} no acepta este mensaje para {address} según sus propias reglas.',
  'advice.recipient-policy.user':
    'La organización del destinatario limita quién puede escribir a esta dirección (por ejemplo, un grupo solo para remitentes internos o una lista moderada). Pide al destinatario o a su equipo de TI que te den permiso.',
  'advice.recipient-policy.admin':
    'Una regla del lado del destinatario rechazó el mensaje: un grupo restringido, un remitente bloqueado, una regla para remitentes externos o una cola de moderación. Solo el administrador del destinatario o el propietario del grupo puede quitarla; compárteles el texto de la respuesta.',
  'advice.recipient-system.summary':
    'El servidor de correo de {domain} tiene un problema y no pudo aceptar el mensaje.',
  'advice.recipient-system.user':
    'El problema está en el lado del destinatario. Inténtalo de nuevo más tarde; si sigue fallando, avisa al destinatario por otra vía.',
  'advice.recipient-system.admin':
    'El servidor de destino no estaba accesible, estaba mal configurado o falló (conexión, TLS, DANE/MTA-STS o un error interno). Debe corregirlo el administrador del destinatario; el texto de la respuesta y el nombre del servidor remoto le ayudarán.',
  'advice.sender-infrastructure.summary':
    'El servidor de destino rechazó la conexión de tu servidor de correo por cómo está configurado (DNS inverso, nombre HELO, DNS de tu dominio o TLS).',
  'advice.sender-infrastructure.user':
    'Es un problema de configuración de tu organización; reenvía este informe a tu administrador de correo.',
  'advice.sender-infrastructure.admin':
    'Da a la IP de envío un registro PTR que vuelva a resolver a esa misma IP (confirmado en ambos sentidos), usa un nombre HELO completo que se resuelva, asegúrate de que el dominio del remitente tiene un DNS válido (MX o A) y ofrece STARTTLS.',
  'advice.reputation-block.summary':
    'El servidor de destino bloqueó tu servidor de correo porque su dirección IP o su dominio está en una lista de bloqueo o tiene mala reputación.',
  'advice.reputation-block.user':
    'No tiene que ver con tu mensaje. Reenvía este informe a tu administrador de correo; hasta que se corrija, el correo a este destino puede seguir fallando.',
  'advice.reputation-block.admin':
    'Busca la IP de envío en la lista de bloqueo que cita la respuesta, encuentra y corta la causa (una cuenta comprometida, un origen de spam, una IP compartida) y luego pide la exclusión de la lista. Consulta las herramientas para postmasters del proveedor.',
  'advice.content-rejected.summary':
    'El servidor de destino rechazó el contenido del mensaje (filtro de spam, análisis antivirus o un archivo adjunto bloqueado).',
  'advice.content-rejected.user':
    'Quita o comprime en .zip los archivos adjuntos poco habituales, evita los acortadores de vínculos y las frases que parezcan spam, y vuelve a enviarlo. Si sigue fallando, pide al destinatario que permita tu dirección.',
  'advice.content-rejected.admin':
    'El filtro del destinatario rechazó el contenido. Revisa si los adjuntos y los vínculos tienen malware; si el mensaje es legítimo, pide al administrador del destinatario que revise la decisión.',
  'advice.delayed.summary': 'La entrega a {address} se retrasa; el sistema de correo sigue intentándolo.',
  'advice.delayed.user': 'Aún no hay nada que hacer. Recibirás otro aviso si al final la entrega falla.',
  'advice.delayed.admin':
    'El mensaje está en cola y se volverá a intentar. Si los retrasos continúan, comprueba si el destino es accesible y lee el texto de la respuesta.',
  'advice.expired.summary':
    'El sistema de correo dejó de intentar la entrega a {address} tras reintentarlo demasiado tiempo.',
  'advice.expired.user':
    'No se pudo llegar al servidor de destino durante mucho tiempo. Revisa la dirección, inténtalo más tarde o contacta con la persona por otra vía.',
  'advice.expired.admin':
    'La entrega se reintentó hasta agotar el tiempo de vida en la cola. Revisa los registros MX del destino y su accesibilidad; el último error del informe indica la causa.',
  'advice.unknown.summary': 'La entrega a {address} falló y el informe no deja claro por qué.',
  'advice.unknown.user':
    'Vuelve a enviarlo más tarde. Si vuelve a fallar, reenvía este informe a tu administrador de correo.',
  'advice.unknown.admin':
    'El informe no da ninguna causa reconocible. Lee la respuesta del servidor y el código de estado de abajo; el administrador del servidor remoto puede explicar su propio mensaje.',
};
