// Bounces written through a translated template (test/fixtures/variants/localized-templates/):
// Postfix with a site's bounce_template_file (bounce(5): failure_template, delay_template,
// success_template with their own Charset, Subject and text, the per-recipient lines and the
// delivery-status part still Postfix's own) and masqmail's German, French and Italian templates
// (tpl/failmsg.tpl.*, warnmsg.tpl.*, filled in by src/fail_msg.c). The reason comes from the
// server's reply, never from the translated words around it.
import { checkFixture, type FixtureCase } from './fixture-cases';

const dir = 'variants/localized-templates';

const CASES: FixtureCase[] = [
  // A NixOS mailserver module's Dutch failure_template (code index id 55217294068: "Subject:
  // Niet-bezorgde mail teruggestuurd naar afzender" / "Dit is het mailsysteem van ..." / "Uw bericht
  // kon niet worden afgeleverd aan één of meer ontvangers."); Postfix bounce_notify_util.c's
  // per-recipient line and delivery-status part; smtpd_check.c "Recipient address rejected: User
  // unknown in virtual mailbox table"
  {
    file: `${dir}/01-postfix-nl-failure-user-unknown.eml`,
    kind: 'bounce',
    format: 'rfc3464',
    recipients: [
      { address: 'pieter@example.org', status: '5.1.1', category: 'recipient-unknown', owner: 'sender' },
    ],
  },
  // The same Dutch failure_template; two recipients: a 552 5.2.2 "Mailbox full" reply, and Postfix
  // dns_lookup.c "Host or domain name not found. Name service error for name=%s type=%s: %s" (5.4.4)
  {
    file: `${dir}/02-postfix-nl-failure-two-recipients-mailbox-full-host-not-found.eml`,
    kind: 'bounce',
    format: 'rfc3464',
    recipients: [
      { address: 'joost@example.com', status: '5.2.2', category: 'mailbox-full', owner: 'recipient' },
      {
        address: 'info@nonexistent.example.net',
        status: '5.4.4',
        category: 'recipient-domain-invalid',
        owner: 'sender',
      },
    ],
  },
  // The module's Dutch delay_template ("Subject: Vertraagde mail (wordt nog opnieuw verzonden)" /
  // "# Dit is enkel een waarschuwing, u hoeft uw mail niet opnieuw te verzenden. #"); Postfix
  // smtp_connect.c "connect to %s[%s]:%d: Connection timed out" (4.4.1)
  {
    file: `${dir}/03-postfix-nl-delay-connect-timed-out.eml`,
    kind: 'delay',
    format: 'rfc3464',
    recipients: [
      {
        address: 'lotte@example.org',
        status: '4.4.1',
        category: 'delayed',
        owner: 'none',
        cause: { category: 'recipient-system', owner: 'recipient-admin' },
      },
    ],
  },
  // A Russian-and-English Postfix bounce.cf with "From: mailer-daemon@yandex.ru" (code index id
  // 29394515253: failure_template "Subject: =?UTF-8?B?0J3QtdC00L7RgdGC0LDQstC70LXQvdC90L7QtSDRgdC+0L7QsdGJ0LXQvdC40LU=?="
  // / "Это письмо отправлено почтовым сервером $mydomain." / "This is the mail system at host
  // $mydomain."); Postfix smtpd_check.c "554 5.7.1 <%s>: Relay access denied"
  {
    file: `${dir}/04-postfix-ru-yandex-failure-relay-access-denied.eml`,
    kind: 'bounce',
    format: 'postfix',
    recipients: [
      { address: 'dmitry@example.org', status: '5.7.1', category: 'relay-denied', owner: 'sender-admin' },
    ],
  },
  // The same bounce.cf's success_template ("Ваше письмо было успешно доставлено ..." / "Your message
  // was successfully delivered to the destination(s) listed below."), Action: relayed: delivered
  {
    file: `${dir}/05-postfix-ru-yandex-success-relayed.eml`,
    kind: 'delivered',
    format: 'postfix',
    recipients: [{ address: 'olga@example.org', status: '2.0.0', category: 'unknown', owner: 'none' }],
  },
  // ossilator/masqmail tpl/failmsg.tpl.de ("Die Zustellung zu den folgenden Empfängern ist permanent
  // fehlgeschlagen.", "\t<%s>" per recipient in src/fail_msg.c); smtp_out.c smtp_out_log_failure
  // "Unexpected response while connected to\n%s:\n\t<reply>"
  {
    file: `${dir}/06-masqmail-de-failure-user-unknown.eml`,
    kind: 'bounce',
    format: 'text',
    recipients: [
      { address: 'katrin@example.org', status: '5.1.1', category: 'recipient-unknown', owner: 'sender' },
    ],
  },
  // ossilator/masqmail tpl/failmsg.tpl.it as written: its blank line after "Subject: invio messaggio
  // FALLITO / Mail Delivery Failure Notice" ends the header, so the MIME lines are body text and its
  // first boundary line closes ("--${uid}/${host_name}--"); the body is "[corpo del messaggio -
  // rimosso]"; Postfix smtpd_check.c "Relay access denied" as the reply
  {
    file: `${dir}/07-masqmail-it-failure-relay-denied-broken-mime.eml`,
    kind: 'bounce',
    format: 'text',
    recipients: [
      { address: 'marco@example.com', status: '5.7.1', category: 'relay-denied', owner: 'sender-admin' },
    ],
  },
  // ossilator/masqmail tpl/failmsg.tpl.fr, two recipients and one ${err_msg} for both below "(This
  // error message may give you a hint about what caused the / failure:)": smtp_out.c smtp_cancel
  // "Message size exceeds limit while connected to\n%s." (the remote's SIZE; rcpts marked failed)
  {
    file: `${dir}/08-masqmail-fr-failure-two-recipients-size-limit.eml`,
    kind: 'bounce',
    format: 'text',
    recipients: [
      { address: 'hugo@example.org', status: '5.3.4', category: 'message-too-large', owner: 'sender' },
      { address: 'lea@example.org', status: '5.3.4', category: 'message-too-large', owner: 'sender' },
    ],
  },
  // ossilator/masqmail tpl/warnmsg.tpl.fr ("[ENGLISH BELOW]", "L'expédition vers les destinataires
  // suivants a été différée:", the English half "This error message may give you a hint about what
  // caused the / delay:"); smtp_out.c smtp_timeout "Connection timed out while connected to\n%s."
  // (smtp_out_mark_rcpts: deferred)
  {
    file: `${dir}/09-masqmail-fr-delay-two-recipients-connection-timed-out.eml`,
    kind: 'delay',
    format: 'text',
    recipients: [
      {
        address: 'antoine@example.org',
        status: null,
        category: 'delayed',
        owner: 'none',
        cause: { category: 'recipient-system', owner: 'recipient-admin' },
      },
      {
        address: 'manon@example.org',
        status: null,
        category: 'delayed',
        owner: 'none',
        cause: { category: 'recipient-system', owner: 'recipient-admin' },
      },
    ],
  },
];

describe('bounces written through translated templates (Postfix bounce_template_file, masqmail)', () => {
  test.each(CASES.map((c) => [c.file, c] as const))('%s', (_file, c) => checkFixture(c));
});
