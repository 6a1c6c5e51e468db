// The advice of the categories few bounces have (../advice-rare.ts), in this language: a chunk of
// its own, fetched when a diagnosis has one of them.
import type { Catalog } from '../catalogs/en';

export const es: Catalog = {
  'advice.auth-failed.summary':
    '{domain} rechazó el mensaje porque no pudo comprobar que de verdad venía de tu dominio (SPF, DKIM o DMARC).',
  'advice.auth-failed.user':
    'Hay que corregir la configuración de correo de tu organización; reenvía este informe a tu administrador de correo. Volver a enviarlo no servirá.',
  'advice.auth-failed.admin':
    'Revisa SPF, DKIM y DMARC del dominio From. El dominio From debe estar alineado: SPF debe superarse para un Return-Path del mismo dominio organizativo, o DKIM debe superarse con d= tu dominio. Añade todos los servicios de envío a SPF y haz que cada uno firme con la clave DKIM de tu dominio. No bajes la directiva DMARC a p=none para ocultar el problema.',
  'advice.message-noncompliant.summary':
    'El servidor de destino rechazó el mensaje porque no cumple las reglas de formato del correo.',
  'advice.message-noncompliant.user':
    'Prueba a enviarlo de nuevo desde un programa de correo estándar; si el mensaje lo generó una aplicación, avisa a su responsable.',
  'advice.message-noncompliant.admin':
    'El mensaje incumple RFC 5322 o MIME (por ejemplo, falta un encabezado o está duplicado, el From está mal formado, hay saltos de línea sueltos o líneas demasiado largas). Corrige el software que genera el mensaje.',
  'advice.rate-limited.summary':
    'El servidor de destino está limitando ahora mismo cuánto correo acepta de tu servidor.',
  'advice.rate-limited.user':
    'Espera y vuelve a enviarlo más tarde. Si escribías a mucha gente a la vez, envíalo en grupos más pequeños.',
  'advice.rate-limited.admin':
    'El destino limitó o puso en lista gris la IP de envío. Reintenta con esperas crecientes, baja el ritmo de envío y las conexiones, y busca volúmenes inusuales en tu organización.',
  'advice.message-too-large.summary': 'El mensaje supera el tamaño que acepta el servidor de destino.',
  'advice.message-too-large.user':
    'Envía el archivo adjunto como vínculo compartido, o comprímelo o divídelo en varios mensajes, y vuelve a enviarlo.',
  'advice.message-too-large.admin':
    'El mensaje supera un límite de tamaño en el camino (el tuyo o el del destinatario). Revisa los límites; base64 aumenta en torno a un tercio el tamaño de los adjuntos.',
  'advice.sender-blocked.summary':
    'Tu propia cuenta o servicio de correo detuvo este mensaje (sin autenticar, por encima de su límite de envío o bloqueada).',
  'advice.sender-blocked.user':
    'Puede que tengas que volver a iniciar sesión, o que tu cuenta haya llegado a un límite de envío o esté bloqueada. Contacta con tu equipo de TI o tu proveedor de correo.',
  'advice.sender-blocked.admin':
    'Revisa la cuenta del remitente: inicio de sesión y autenticación SMTP, límites de envío y si se bloqueó por estar comprometida (por ejemplo, las entidades restringidas de Microsoft 365).',
  'advice.relay-denied.summary':
    'Un servidor de correo del camino se negó a pasar el mensaje (retransmisión no permitida).',
  'advice.relay-denied.user':
    'Puede que tu programa de correo no esté iniciando sesión en tu servidor de salida. Revisa la configuración de la cuenta o reenvía este informe a tu administrador de correo.',
  'advice.relay-denied.admin':
    'El servidor se negó a retransmitir para este cliente o dominio. Asegúrate de que los clientes se autentican (SMTP AUTH), de que los conectores y los dominios aceptados están configurados y de que el MX del dominio del destinatario apunta a los servidores correctos.',
  'advice.mail-loop.summary': 'El mensaje dio vueltas en un bucle entre servidores de correo y se detuvo.',
  'advice.mail-loop.user':
    'Reenvía este informe a tu administrador de correo; revisa las reglas de reenvío que hayas configurado.',
  'advice.mail-loop.admin':
    'Busca reglas de reenvío, alias o conectores que manden el mensaje de un lado a otro (los encabezados Received muestran el bucle).',
  'advice.suppressed.summary':
    'El servicio de envío no intentó entregar a {address} porque la dirección está en su lista de supresión.',
  'advice.suppressed.user':
    'Esta dirección ya rebotó o generó quejas antes. Confirma que es correcta antes de pedir a tu administrador que la quite de la lista.',
  'advice.suppressed.admin':
    'Quita la dirección de la lista de supresión de la plataforma de envío solo después de confirmar que ahora es válida.',
};
