// message-too-large: size limit (../shared/TAXONOMY.md). Every phrase and code of the category, by tier.
import { inCategory, type Rule } from '../rule';

export const MESSAGE_TOO_LARGE: readonly Rule[] = inCategory('message-too-large', [
  {
    id: 'exchange.resolver-rst-size-limit',
    tier: 'provider',
    phrases: ['resolver.rst.recipsizelimit'],
  },
  {
    // Exchange 2003 gives one user text for 5.2.2 and 5.2.3 ("This message is larger than the
    // current system limit or the recipient's mailbox is full"): the status decides, and a size
    // status means the size (with 5.2.2, "mailbox is full" reads as mailbox-full).
    id: 'exchange2003.size-or-quota',
    tier: 'provider',
    status: ['5.2.3', '5.3.4', '4.2.3', '4.3.4'],
    phrases: ['larger than the current system limit or the recipient'],
  },
  {
    id: 'exim.moan-too-big',
    tier: 'fixed',
    phrases: ['longer than the maximum size allowed on this system'],
    // Exim moan.c ERRMESS_TOOBIG: a local submission over message_size_limit ("Mail failure -
    // message too big")
  },
  {
    id: 'text.mimecast-size',
    tier: 'fixed',
    phrases: ['maximum email size exceeded'],
  },
  {
    id: 'text.message-too-large',
    tier: 'words',
    phrases: [
      'message size exceeds',
      'message is too large',
      // iRedAPD throttle.py msg_size: 'REJECT Message size is too large' (libs/__init__.py)
      'size is too large',
      'message too large',
      'message too big',
      // Exim moan.c ERRMESS_TOOBIG: "was longer than the maximum size allowed on this system"
      'longer than the maximum size',
      'message body is too big',
      'message is too big',
      'size limit',
      'exceeds size limit',
      'exceeds the maximum size',
      'exceeded the maximum size',
      'exceeds maximum message size',
      'maximum message size',
      'message length exceeds',
      'message size exceeded',
      'size of the message',
      'mail size',
      'too large for',
      'message exceeds',
      'email is too large',
      // gromox data/mail_bounce/ascii/BOUNCE_MAIL_TOO_LARGE: 'Your message to "..." cannot be
      // delivered properly because it's too large!'
      "because it's too large",
      'because it is too large',
      'message file too big',
      'exceeded the size limit',
      'larger than the current system limit',
      'message larger than',
      'exceeds the size limit',
      'exceeds the limit',
      'data size exceeds',
      'email too long',
      'length of data content is',
      'length of attach is',
    ],
  },
  // --- MTA families from source code, third pass (issue 9): Courier
  {
    id: 'courier.534-header-size',
    tier: 'fixed',
    phrases: ['message header size exceeds policy limit'],
  },
  {
    id: 'sendmail.headers-too-large',
    tier: 'fixed',
    reply: ['552'],
    phrases: ['headers too large'],
    // sendmail collect.c (MaxHeadersLength): "552 5.6.0 Headers too large (%d max)": the header
    // section is over the size the server takes (552, storage exceeded), whatever 5.6.0 says
  },
  // --- MTA families from source code, third pass (issue 9): Apache James
  {
    id: 'james.header-size',
    tier: 'fixed',
    phrases: ['header size is too large'],
    // James EnforceHeaderLimitationsMessageHook: the headers alone pass the size the server allows
  },
  // --- by MTA family (issue 9, second pass)
  {
    id: 'courier.523-message-length',
    tier: 'fixed',
    reply: ['523'],
    phrases: ['message length'],
    // Courier submit2.C: "523 Message length (N bytes) exceeds administrative limit."
  },
  {
    id: 'icewarp.message-too-long',
    tier: 'fixed',
    phrases: ['message is too long'],
  },
  // --- mail providers (issue 9, rules4)
  {
    id: 'cn-mta.attachment-too-long',
    tier: 'fixed',
    phrases: ['attachment is too long'],
  },
  // --- Sophos Central Email
  // --- Zoho ZeptoMail
  {
    id: 'zeptomail.size-policy',
    tier: 'fixed',
    phrases: ['email size exceeded'],
  },
  {
    // sisimai's reason list: the message's own size.
    id: 'sisimai.exceedlimit',
    tier: 'fixed',
    phrases: ['message header size exceeds limit'],
  },
  {
    // Facebook: over its maximum message size
    id: 'facebook.msg-size',
    tier: 'provider',
    phrases: ['msg-p1', 'int-p2'],
    hosts: ['facebook.com'],
  },
  {
    id: 'bounceparser.message-too-large',
    tier: 'fixed',
    phrases: ['class=size'],
  },
  {
    // a qmail patch: the message is over the size the recipient accepts (spelled "exeeded")
    id: 'qmail.user-max-size',
    tier: 'fixed',
    phrases: ['maximum size the user accepts'],
  },
  // --- session 9
  {
    id: 'text.line-limit-exceeded',
    tier: 'fixed',
    phrases: ['line limit exceeded'],
    // too many lines or too long a line for the receiving server's limits
  },
  {
    id: 'hornetsecurity.size',
    tier: 'fixed',
    phrases: ['rejected content filter size', 'message size (content filter)'],
  },
  { id: 'james.size-and-mappings', tier: 'fixed', phrases: ['exceeds the maximum permitted size'] },
  { id: 'zammad.email-oversized', tier: 'fixed', phrases: ['but we only accept messages up to'] },
]);
