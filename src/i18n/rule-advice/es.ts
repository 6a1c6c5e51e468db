// Microsoft's rule-specific advice in Spanish (src/diagnosis/advice/microsoft.ts; the terms of
// catalogs/es.ts: «tú», informe, administrador de correo, equipo de TI).
import { byRule } from './ids';
import type { RuleAdviceText } from './types';

const EXTERNAL_USER =
  'Esta dirección solo acepta correo de personas de su propia organización, así que nada que cambies de tu lado hará que el mensaje llegue. Pide al destinatario, por otra vía, que su equipo de TI permita tu correo, o usa otra dirección que te dé.';

function external(what: string, group: boolean): RuleAdviceText {
  return {
    user: EXTERNAL_USER,
    admin: `El destinatario (${what}) está configurado para rechazar remitentes de fuera de su organización (en Exchange Online: la opción que exige que todos los remitentes estén autenticados). Solo el administrador de la organización del destinatario${group ? ' o el propietario del grupo' : ''} puede permitir remitentes externos o añadir este remitente a los remitentes aceptados. No hay ningún problema del lado del remitente.`,
  };
}

export const es = byRule({
  dmarc: {
    user: 'El destinatario rechazó el mensaje porque tu dominio no superó DMARC y su directiva DMARC pide rechazar ese correo. Reenvía este informe a tu administrador de correo; volver a enviarlo no servirá.',
    admin:
      'El dominio From publica p=reject y este mensaje no superó ni SPF alineado ni DKIM alineado. Averigua qué servicio lo envió: añádelo al registro SPF del dominio, haz que firme con DKIM usando tu dominio (d= tu dominio) y comprueba que su dominio Return-Path está alineado. Si el mensaje se reenvió, el reenviador rompió la autenticación: usa ARC o haz que el reenviador reescriba el remitente del sobre. Mantén p=reject cuando todos los remitentes legítimos lo superen.',
  },
  outlookAuthLevel: {
    user: 'Outlook.com rechazó el mensaje porque tu dominio no cumple sus requisitos de autenticación de remitentes. Reenvía este informe a tu administrador de correo.',
    admin:
      'Outlook.com exige a los dominios que envían en volumen que superen SPF y DKIM y publiquen un registro DMARC (al menos p=none) alineado con el dominio From. Publica SPF, firma con DKIM para el dominio From, publica DMARC y comprueba la alineación antes de volver a enviar.',
  },
  spf: {
    user: 'El servidor del destinatario no aceptó el registro SPF de tu dominio para el servidor que envió tu mensaje. Reenvía este informe a tu administrador de correo.',
    admin:
      'La IP de envío no está autorizada por el registro SPF del dominio del remitente del sobre. Añade al registro SPF el servicio o servidor que envió este mensaje (include: o ip4:/ip6:), no pases de 10 consultas DNS y, para Microsoft 365, incluye spf.protection.outlook.com.',
  },
  ipv6Unauthenticated: {
    user: 'Tu mensaje llegó por IPv6 sin superar SPF ni DKIM, algo que Microsoft exige para el correo por IPv6. Reenvía este informe a tu administrador de correo.',
    admin:
      'El correo que llega a Microsoft 365 por IPv6 debe superar SPF o DKIM. Firma el correo saliente con DKIM para el dominio From y comprueba que SPF cubre las direcciones IPv6 desde las que envías (ip6:), o envía por IPv4.',
  },
  ipv6ReverseDns: {
    user: 'El servidor de correo de tu organización tiene una dirección IPv6 sin nombre DNS inverso, y por eso Microsoft lo rechazó. Reenvía este informe a tu administrador de correo.',
    admin:
      'Da a la dirección IPv6 de envío un registro PTR cuyo nombre resuelva de vuelta a la misma dirección, o envía por IPv4.',
  },
  externalAddress: external('una dirección', false),
  externalGroup: external('un grupo o lista de distribución', true),
  externalMailbox: external('un buzón', false),
  externalPublicFolder: external('una carpeta pública habilitada para correo', false),
  externalMailUser: external('un usuario de correo', false),
  externalM365Group: external('un grupo de Microsoft 365', true),
  notInAllowedSenders: {
    user: 'Este grupo solo acepta mensajes de las personas de su lista de remitentes permitidos, y tú no estás en ella. Pide al propietario del grupo que te añada, o escribe directamente a las personas.',
    admin:
      'La administración de entrega del grupo indica quién puede escribirle y el remitente no figura (a veces incluso el propietario debe estar en la lista). El propietario del grupo o el administrador de la organización del destinatario añade al remitente, o a un grupo de remitentes, a la lista de permitidos.',
  },
  deliveryNotAuthorized: {
    user: 'No tienes permiso para escribir a esta dirección: probablemente es un grupo que solo acepta correo de sus miembros o de ciertas personas, o una regla de la organización del destinatario detuvo el mensaje. Pide al destinatario o al propietario del grupo que te autorice.',
    admin:
      'Una restricción de entrega en el destinatario rechazó al remitente: un grupo o buzón limitado a ciertos remitentes o a sus miembros, el rechazo de un moderador o una regla de transporte (flujo de correo). El administrador de la organización del destinatario o el propietario del grupo puede cambiar la restricción; el nombre del servidor en el informe indica qué organización.',
  },
  transportRule: {
    user: 'Una regla de la organización del destinatario rechazó tu mensaje. Pregunta al destinatario, por otra vía, por qué la regla de su organización lo bloquea.',
    admin:
      'Una regla de flujo de correo (regla de transporte) de Exchange con un código de rechazo propio rechazó el mensaje. La organización dueña de la regla (ver el servidor que generó el informe) puede buscar qué regla usa este código y cambiarla.',
  },
  clientNotAuthenticated: {
    user: 'El servidor de destino solo acepta correo para esta dirección de remitentes que inician sesión en él, y por eso rechazó tu mensaje. Avisa al destinatario; su equipo de TI debe aceptar correo de fuera o darte otra dirección.',
    admin:
      'El servidor de destino (o el grupo destinatario, RESOLVER.RST.AuthRequired) solo acepta remitentes autenticados: el correo anónimo de Internet se rechaza. Si el destinatario es tuyo, permite remitentes anónimos en el conector de recepción que da a Internet, o permite remitentes externos para el grupo. Si una aplicación tuya envía por ese servidor, haz que se autentique.',
  },
  unableToRelay: {
    user: 'El servidor por el que enviaste no quiso pasar el mensaje. Si usas un programa de correo, comprueba que inicia sesión en el servidor de salida; si no, reenvía este informe a tu administrador de correo.',
    admin:
      'El servidor se negó a retransmitir: no es el destino del dominio del destinatario y el cliente no tenía permiso para retransmitir. Comprueba que el cliente o la aplicación de envío se autentica (o está permitido por IP en un conector de retransmisión) y que el MX del dominio del destinatario apunta a servidores que lo tienen como dominio aceptado.',
  },
  relayAccessDenied: {
    user: 'El sistema de correo del destinatario está mal configurado para su propio dominio, y por eso rechazó tu mensaje. Solo ellos pueden corregirlo; avísales por otra vía.',
    admin:
      'El servidor al que apunta el MX del dominio del destinatario no acepta correo para ese dominio: en Exchange Online el dominio falta en los dominios aceptados, o está configurado como autoritativo aunque sus buzones están en otro sitio (debería ser de retransmisión interna), o el registro MX apunta al inquilino equivocado. El administrador del dominio del destinatario debe corregir el registro MX o el dominio aceptado.',
  },
  recipientAccessDenied: {
    user: 'La dirección no existe en la organización del destinatario. Revisa cómo está escrita, o pide a la persona su dirección actual.',
    admin:
      'El bloqueo perimetral basado en directorio (DBEB) rechazó la dirección: Exchange Online no tiene ningún destinatario con ella en esa organización. Si el destinatario es tuyo, crea el buzón o el contacto (o pon el dominio en retransmisión interna si algunos destinatarios están en otro sistema).',
  },
  tenantAttribution: {
    user: 'La ruta del correo de tu organización hacia Microsoft 365 está mal configurada. Reenvía este informe a tu administrador de correo.',
    admin:
      'Exchange Online no pudo atribuir a tu inquilino el correo de tus servidores locales: el nombre del certificado o las direcciones IP del conector de entrada ya no coinciden con lo que presenta el lado local. Actualiza el conector de entrada (sujeto del certificado TLS o IP de envío) o el conector de envío local.',
  },
  anonymousSubmission: {
    user: 'El dispositivo o la aplicación que envió este mensaje no inició sesión en Microsoft 365. Revisa su configuración de correo o reenvía este informe a tu equipo de TI.',
    admin:
      'Un dispositivo o una aplicación envió por smtp.office365.com sin SMTP AUTH. Configúralo para que se autentique (puerto 587, STARTTLS, un buzón con licencia, SMTP AUTH habilitado para ese buzón), o envía en su lugar por un conector con envío directo o retransmisión SMTP.',
  },
  recipientNotFound: {
    user: 'La dirección no se encontró en la organización del destinatario. Revisa cómo está escrita; si la elegiste de las sugerencias de Outlook, borra la sugerencia (la entrada guardada puede estar obsoleta), escribe de nuevo la dirección completa y envía. Si sigue fallando, confirma la dirección con la persona.',
    admin:
      'La organización de Exchange del destinatario no tiene ningún buzón, grupo ni contacto con esta dirección. Si el destinatario es tuyo: comprueba que la dirección está asignada a un buzón con licencia, que la sincronización de directorios llegó a Exchange Online y que ninguna regla de reenvío apunta a una dirección eliminada. Las entradas obsoletas de autocompletar de Outlook (un legacyExchangeDN antiguo) también causan este error.',
  },
  outlookComNoAccount: {
    user: 'Esta dirección de Outlook.com o Hotmail no existe. Revisa cómo está escrita, o pide a la persona su dirección actual.',
    admin:
      'Outlook.com no encontró ninguna cuenta con esta dirección. No hay ningún problema del lado del remitente.',
  },
  unresolvedRecipient: {
    user: 'Exchange no pudo averiguar quién es este destinatario. Si respondiste a un mensaje antiguo o guardado, empieza un mensaje nuevo y escribe la dirección completa en lugar de usar la entrada guardada.',
    admin:
      'No se pudo resolver el destinatario: a menudo es una respuesta a un mensaje guardado como archivo, o una entrada de autocompletar cuyo legacyExchangeDN ya no existe. Borra la entrada obsoleta; si el destinatario cambió de organización, añade el legacyExchangeDN antiguo como dirección X500 del buzón nuevo.',
  },
  mailboxFull: {
    user: 'El buzón del destinatario está lleno. No hay ningún problema de tu lado: avísale por otra vía y vuelve a enviarlo cuando haya hecho espacio.',
    admin:
      'El buzón de Exchange del destinatario supera su cuota de almacenamiento. Su propietario debe borrar o archivar correo (o el administrador sube la cuota, activa el archivo o, en un buzón compartido, libera espacio). El remitente no tiene que cambiar nada.',
  },
  folderItemLimit: {
    user: 'Una carpeta del buzón del destinatario tiene demasiados elementos para recibir más. Avísale por otra vía.',
    admin:
      'Una carpeta del buzón del destinatario llegó al límite de elementos por carpeta de Exchange. El propietario debe mover o borrar elementos (o el administrador los archiva).',
  },
  sendingLimit: {
    user: 'Tu cuenta superó los límites de envío de Microsoft 365 y por ahora no puede enviar. Espera (normalmente hasta 24 horas); si no enviaste mucho correo, avisa enseguida a tu equipo de TI, porque alguien podría estar usando la cuenta.',
    admin:
      'El remitente superó el límite de destinatarios de Exchange Online (10.000 al día) o el de mensajes. Revisa si la cuenta está comprometida (inicios de sesión desconocidos, reglas de bandeja de entrada, elementos enviados); para correo masivo o de aplicaciones, usa un servicio pensado para ello. Los usuarios bloqueados se liberan en las entidades restringidas del portal de Defender.',
  },
  bannedAccount: {
    user: 'Microsoft 365 ha impedido que tu cuenta envíe correo, normalmente porque envió spam después de que robaran la contraseña. Contacta con tu equipo de TI; no podrás enviar hasta que actúen.',
    admin:
      'La cuenta de envío está en la lista de usuarios restringidos de Microsoft 365 por spam saliente. Trátala como comprometida: restablece la contraseña, exige MFA, quita las reglas de bandeja de entrada, reenvíos y contraseñas de aplicación desconocidos y luego libera al usuario en «Entidades restringidas» del portal de Microsoft Defender (o pide ayuda al soporte de Microsoft).',
  },
  tenantBlocked: {
    user: 'Microsoft 365 ha impedido que tu organización envíe correo a direcciones externas. Solo tu equipo de TI puede resolverlo con Microsoft.',
    admin:
      'Microsoft restringió todo el inquilino porque gran parte de su correo saliente parecía spam, o porque envió desde dominios no añadidos ni verificados en el inquilino. Añade y verifica cada dominio desde el que envías, cierra cualquier retransmisión abierta o cuenta comprometida y luego abre una solicitud con el soporte de Microsoft.',
  },
  bannedIp: {
    user: 'Microsoft rechaza el correo del servidor de tu organización por su reputación. No es por tu mensaje; reenvía este informe a tu administrador de correo.',
    admin:
      'La IP de envío está en la lista de remitentes bloqueados de Microsoft. Encuentra y detén lo que envió correo no deseado desde ella (una cuenta comprometida, una retransmisión abierta, una IP compartida) y luego pide la exclusión en el portal de exclusión de lista (delist) de Microsoft con la IP y este informe.',
  },
  ipNotAccepted: {
    user: 'Microsoft no acepta por ahora correo del servidor de tu organización. Reenvía este informe a tu administrador de correo.',
    admin:
      'Exchange Online no acepta tráfico de esta IP de envío (típico de IP nuevas o de baja reputación). Envía por una IP con reputación establecida, asegúrate de que el inquilino no retransmite correo no deseado y contacta con el soporte de Microsoft si continúa.',
  },
  customerBlockList: {
    user: 'La organización del destinatario ha bloqueado tu servidor de correo. Pide al destinatario, por otra vía, que su equipo de TI quite el bloqueo.',
    admin:
      'El dominio del destinatario puso la IP de envío en su propia lista de bloqueo de Microsoft 365 (no es una lista pública, así que los servicios de exclusión no sirven). Solo el administrador de la organización del destinatario puede quitarla; envíale la IP y este informe.',
  },
  rejectedByRecipient: {
    user: 'La organización del destinatario bloquea el correo de tu servidor. Pide al destinatario que su equipo de TI lo permita.',
    admin:
      'La organización del destinatario bloqueó la IP de envío. Solo su administrador puede quitar el bloqueo.',
  },
  tenantAllowBlockList: {
    user: 'Tu propia organización bloquea el correo a esta dirección o dominio, así que se detuvo el mensaje entero. Pregunta a tu equipo de TI si el bloqueo es intencionado.',
    admin:
      'Una entrada de la lista de permitidos y bloqueados del inquilino bloquea a uno de los destinatarios, y Exchange Online detiene entonces el mensaje entero para todos. Quita o acota la entrada en el portal de Microsoft Defender si no es intencionada y vuelve a enviar.',
  },
  externalForwarding: {
    user: 'La organización del buzón que reenvía automáticamente este mensaje no permite reenviar a direcciones externas. Escribe directamente al destinatario final, o pregunta al equipo de TI de esa organización.',
    admin:
      'La directiva de correo no deseado saliente del inquilino del buzón que reenvía bloquea el reenvío externo automático. Su administrador puede permitir el reenvío para ese buzón en la directiva antispam saliente, o el usuario puede quitar la regla de reenvío.',
  },
  downstreamRelay: {
    user: 'Un servidor posterior a Microsoft 365 se negó a pasar una copia reenviada de este mensaje. Reenvía este informe a tu administrador de correo.',
    admin:
      'El mensaje se reenvió o retransmitió fuera de Exchange Online y el servidor siguiente lo rechazó. Revisa el conector de salida y los permisos de retransmisión de la pasarela siguiente para las direcciones de Microsoft 365.',
  },
  expired: {
    user: 'Microsoft 365 lo intentó varias veces, pero no pudo entregarlo antes de rendirse. Comprueba que la dirección es correcta; si lo es, es probable que el servidor del destinatario esté caído o mal configurado: avísale por otra vía e inténtalo de nuevo más tarde.',
    admin:
      'El mensaje estuvo en la cola de Exchange hasta que caducó. Mira el último error del informe (a menudo una conexión rechazada, un fallo de DNS o un problema de TLS en el destino). Revisa los registros MX del dominio del destinatario y que su servidor acepta conexiones en el puerto 25; en entornos híbridos, revisa los conectores entre Exchange local y Exchange Online.',
  },
  expiredConnectionRefused: {
    user: 'El servidor de correo del destinatario rechazó todas las conexiones hasta que Microsoft 365 se rindió. Solo ellos pueden corregirlo; avísales por otra vía.',
    admin:
      'Exchange Online no pudo conectar con el destino (conexión rechazada, error de socket 10061) durante todo el periodo de reintentos. El administrador del dominio del destinatario debe comprobar que el host MX funciona, escucha en el puerto 25 y deja pasar las direcciones de Microsoft 365 por su cortafuegos.',
  },
  expiredDnsFailed: {
    user: 'El dominio del destinatario no apareció en el DNS mientras Microsoft 365 lo intentaba. Revisa si hay erratas en la parte tras la @; si está bien, el DNS del dominio está roto.',
    admin:
      'Las consultas DNS de los registros MX (o A) del dominio del destinatario fallaron hasta que caducó el mensaje. Revisa si el dominio tiene erratas y su DNS con una consulta MX; el dueño del dominio debe arreglar sus servidores de nombres o sus registros MX.',
  },
  routingLoop: {
    user: 'El mensaje quedó dando vueltas entre servidores de correo. Si configuraste reenvíos o reglas de bandeja de entrada, revísalos; si no, reenvía este informe a tu administrador de correo.',
    admin:
      'Exchange detuvo un bucle tras 20 saltos. Busca reenvíos de buzón o reglas de bandeja de entrada que devuelvan el mensaje, un dominio que es aceptado y a la vez se enruta a otro sitio, o conectores híbridos y valores targetAddress que se apuntan entre sí.',
  },
  bareLineFeeds: {
    user: 'El programa desde el que enviaste puso en el mensaje caracteres que el servidor de destino no acepta. Prueba a enviarlo desde Outlook; si lo envió una aplicación, avisa a su responsable.',
    admin:
      'El mensaje contiene saltos de línea sueltos (LF sin CR) y el destino no admite BDAT/CHUNKING para transportarlos. Corrige la aplicación de envío para que use finales de línea CRLF.',
  },
  richText: {
    user: 'Tu mensaje se envió en formato de texto enriquecido, que el sistema de destino no pudo aceptar. Vuelve a enviarlo en HTML o texto sin formato (Outlook: Formato de texto).',
    admin:
      'Un mensaje de texto enriquecido (TNEF) salió de la organización con un encabezado x-dg-ref demasiado grande. Configura el dominio remoto en Exchange para no enviar nunca texto enriquecido (TNEF), o haz que los usuarios envíen en HTML.',
  },
  nestedAttachments: {
    user: 'El sistema de destino rechazó el mensaje por sus adjuntos (por ejemplo, un mensaje adjunto dentro de otro mensaje). Envía los archivos directamente en vez de adjuntar mensajes.',
    admin:
      'Una directiva en el destinatario (AS345) rechaza mensajes con mensajes adjuntos anidados. Envía el contenido sin mensajes adjuntos, o pide a la organización del destinatario que revise su directiva.',
  },
  throttled: {
    user: 'Microsoft está frenando por ahora el correo de tu organización. Solo queda esperar; el mensaje se reintentará.',
    admin:
      'Exchange Online limitó temporalmente la IP de envío (una IP nueva o un cambio brusco de volumen). Mantén volúmenes estables, comprueba que SPF, DKIM y el DNS inverso están en orden y busca algún remitente comprometido; la restricción se levanta sola si el tráfico es legítimo.',
  },
  mtaSts: {
    user: 'La configuración de correo de la organización del destinatario no superó una comprobación de seguridad. Solo ellos pueden corregirlo; avisa al destinatario por otra vía.',
    admin:
      'La directiva MTA-STS del destino no incluye el host MX al que se conectó Exchange Online, o el certificado del host no lleva a una raíz de confianza con un nombre que coincida. El administrador del dominio del destinatario debe actualizar la directiva MTA-STS (líneas mx:) o el certificado.',
  },
  dane: {
    user: 'El servidor de correo de la organización del destinatario no superó una comprobación de entrega segura (DANE o MTA-STS). Solo ellos pueden corregirlo; avisa al destinatario por otra vía e inténtalo de nuevo más tarde.',
    admin:
      'Exchange Online se negó a entregar el mensaje al destino porque su configuración TLS no coincide con lo que publica el dominio: sin STARTTLS, un certificado caducado, un certificado cuyo nombre no coincide con el host MX, un registro TLSA que no coincide o registros DNSSEC que no se validan. El administrador del dominio del destinatario debe corregir el certificado, los registros TLSA o la directiva MTA-STS.',
  },
});
