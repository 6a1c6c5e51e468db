// What to tell people, per category: a one-sentence summary and the fix for the user and for the
// admin. Our own words; links go only to vendors' documentation. Rules may refine the advice
// (a RuleAdvice table, such as advice/microsoft.ts) where the cause is narrower than the category.
import type { Category, Remediation } from './types';

/** A category's words: the one-sentence summary and the fixes. Exported (as CATEGORY_ADVICE) for
 *  the pane and the CLI, whose other languages translate it (src/i18n/english-advice.ts). */
export interface CategoryAdvice {
  readonly summary: (address: string, domain: string) => string;
  readonly user: string;
  readonly admin: string;
  readonly links?: readonly string[];
}

const EXO_NDR =
  'https://learn.microsoft.com/troubleshoot/exchange/email-delivery/ndr/non-delivery-reports-in-exchange-online';

export const CATEGORY_ADVICE: Readonly<Record<Category, CategoryAdvice>> = {
  'recipient-unknown': {
    summary: (a, d) => `The address ${a} does not exist at ${d}.`,
    user: 'Check the spelling of the address, or ask the person for their current address, then send again. Remove the address from your contacts or autocomplete list if it is stale.',
    admin:
      'The receiving server said the mailbox does not exist. If the recipient is inside your organization, check that the mailbox or contact exists and that the address is assigned to it; otherwise nothing is wrong on your side.',
    links: [EXO_NDR],
  },
  'recipient-domain-invalid': {
    summary: (a, d) => `The domain ${d} (in ${a}) does not exist or does not accept email.`,
    user: 'The part after the @ is probably misspelled (for example gmial.com). Correct it and send again.',
    admin:
      'The domain has no MX or A record, publishes a null MX, or did not resolve. Check it with a DNS lookup; if it is a domain you host, fix its MX records.',
  },
  'mailbox-inactive': {
    summary: (a) => `The mailbox ${a} exists but is disabled, suspended or no longer in use.`,
    user: 'The person has probably left or closed this account. Reach them another way and ask for a current address.',
    admin:
      'The recipient system reports the account as disabled, suspended or moved. If it is in your organization, re-enable the mailbox or set up forwarding.',
  },
  'mailbox-full': {
    summary: (a) => `The mailbox of ${a} is full.`,
    user: 'Nothing is wrong on your side. Let the recipient know by another channel, and try again later.',
    admin:
      'The recipient is over quota. The recipient (or their admin, for a shared mailbox) must free space or raise the quota. The sender need not change anything.',
  },
  'recipient-policy': {
    summary: (a, d) => `The organization at ${d} does not accept this message for ${a} under its own rules.`,
    user: 'The recipient organization restricts who may write to this address (for example a group limited to internal senders, or a moderated list). Ask the recipient or their IT team to allow you.',
    admin:
      "A rule at the recipient's side refused the message: a restricted group, a blocked sender, an external-senders rule or a moderation queue. Only the recipient's admin or group owner can lift it; share the reply text with them.",
    links: [EXO_NDR],
  },
  'recipient-system': {
    summary: (_a, d) => `The mail server for ${d} has a problem and could not take the message.`,
    user: 'The problem is on the receiving side. Try again later; if it keeps failing, tell the recipient by another channel.',
    admin:
      "The destination server was unreachable, misconfigured or failed (connection, TLS, DANE/MTA-STS or an internal error). The recipient's admin must fix it; the reply text and the remote server name help them.",
  },
  'auth-failed': {
    summary: (_a, d) =>
      `${d} rejected the message because it could not verify that it really came from your domain (SPF, DKIM or DMARC).`,
    user: 'Your organization’s email setup needs fixing; forward this report to your email admin. Sending again will not help.',
    admin:
      "Check SPF, DKIM and DMARC for the From domain. The From domain must be aligned: SPF must pass for a Return-Path in the same organizational domain, or DKIM must pass with d= your domain. Add every sending service to SPF and have each one sign with your domain's DKIM key. Don't lower the DMARC policy to p=none to hide the problem.",
    links: [
      'https://learn.microsoft.com/defender-office-365/email-authentication-about',
      'https://support.google.com/a/answer/81126',
    ],
  },
  'sender-infrastructure': {
    summary: () =>
      'The receiving server refused the connection from your mail server because of how it is set up (reverse DNS, HELO name, DNS of your domain, or TLS).',
    user: 'This is a setup issue at your organization; forward this report to your email admin.',
    admin:
      'Give the sending IP a PTR record that resolves back to it (forward-confirmed), use a fully qualified HELO name that resolves, make sure the sender domain has valid DNS (MX or A), and offer STARTTLS.',
  },
  'message-noncompliant': {
    summary: () => 'The receiving server rejected the message because it breaks the email format rules.',
    user: 'Try sending again from a standard mail program; if the message was generated by an application, tell its owner.',
    admin:
      'The message violates RFC 5322 or MIME (for example a missing or duplicate header, a malformed From, bare line feeds or overlong lines). Fix the software that builds the message.',
  },
  'reputation-block': {
    summary: () =>
      'The receiving server blocked your mail server because its IP address or domain is on a blocklist or has a poor reputation.',
    user: 'This is not about your message. Forward this report to your email admin; until it is fixed, mail to this destination may keep failing.',
    admin:
      'Look up the sending IP on the blocklist named in the reply, find and stop the cause (a compromised account, a spam source, a shared IP), then request delisting. Check the provider’s postmaster tools.',
  },
  'rate-limited': {
    summary: () => 'The receiving server is limiting how much mail it accepts from your server right now.',
    user: 'Wait and send again later. If you were sending to many people at once, send in smaller batches.',
    admin:
      'The destination throttled or greylisted the sending IP. Retry with back-off, lower the sending rate and connections, and check for unusual volume from your organization.',
  },
  'content-rejected': {
    summary: () =>
      'The receiving server refused the content of the message (spam filter, virus scan or a blocked attachment).',
    user: 'Remove or zip unusual attachments, avoid link shorteners and spam-like wording, then send again. If it keeps failing, ask the recipient to allow your address.',
    admin:
      "The recipient's filter rejected the content. Check attachments and links for malware; if the message is legitimate, ask the recipient's admin to review the verdict.",
  },
  'message-too-large': {
    summary: () => 'The message is larger than the receiving server accepts.',
    user: 'Send the attachment as a shared link, or compress it or split it over several messages, then send again.',
    admin:
      'The message exceeds a size limit on the path (yours or the recipient’s). Check the limits; base64 adds about a third to attachment sizes.',
  },
  'sender-blocked': {
    summary: () =>
      'Your own account or mail service stopped this message (not authenticated, over its sending limit, or blocked).',
    user: 'Your account may need to sign in again, may have hit a sending limit, or may be blocked. Contact your IT team or email provider.',
    admin:
      "Check the sender's account: sign-in and SMTP authentication, sending limits, and whether it was blocked as compromised (for example Microsoft 365's restricted entities).",
    links: [EXO_NDR],
  },
  'relay-denied': {
    summary: () => 'A mail server on the path refused to pass the message on (relay not allowed).',
    user: 'Your mail program may not be signing in to your outgoing server. Check the account settings, or forward this report to your email admin.',
    admin:
      'The server refused to relay for this client or domain. Make sure clients authenticate (SMTP AUTH), connectors and accepted domains are set up, and the recipient domain’s MX points to the right servers.',
    links: [EXO_NDR],
  },
  delayed: {
    summary: (a) => `Delivery to ${a} is delayed; the mail system is still trying.`,
    user: 'Nothing to do yet. You will get another notice if delivery finally fails.',
    admin:
      'The message is queued and will be retried. If delays persist, check the destination’s reachability and the reply text.',
  },
  expired: {
    summary: (a) => `The mail system gave up delivering to ${a} after retrying for too long.`,
    user: 'The receiving server could not be reached for a long time. Check the address, try again later, or reach the person another way.',
    admin:
      "Delivery retried until the queue lifetime ran out. Check the destination's MX records and reachability; the last error in the report names the cause.",
  },
  'mail-loop': {
    summary: () => 'The message went around in a loop between mail servers and was stopped.',
    user: 'Forward this report to your email admin; check any forwarding rules you set up.',
    admin:
      'Look for forwarding rules, aliases or connectors that send the message back and forth (the Received headers show the loop).',
  },
  suppressed: {
    summary: (a) =>
      `The sending service did not try to deliver to ${a} because the address is on its suppression list.`,
    user: 'This address bounced or complained before. Confirm it is correct before asking your admin to remove it from the list.',
    admin:
      'Remove the address from the sending platform’s suppression list only after confirming it is valid now.',
  },
  unknown: {
    summary: (a) => `Delivery to ${a} failed, and the report does not say clearly why.`,
    user: 'Send again later. If it fails again, forward this report to your email admin.',
    admin:
      "The report gives no recognizable cause. Read the server's words and the status code below; the remote server's admin can explain its own message.",
  },
};

/** Advice for rules whose cause is narrower than their category, by rule id. It comes in as an
 *  argument (DiagnoseOptions.ruleAdvice): the public entry passes advice/microsoft.ts, the pane loads
 *  that table only for the bounces whose rules have advice in it (RULE_ADVICE_PREFIXES). */
export type RuleAdvice = Readonly<Record<string, Remediation>>;

/** The rule's own advice when it has one, else the category's. */
export function remediationFor(
  category: Category,
  ruleId?: string | null,
  ruleAdvice: RuleAdvice = {},
): Remediation {
  const specific = ruleId && category !== 'delayed' ? ruleAdvice[ruleId] : undefined;
  if (specific) return { user: specific.user, admin: specific.admin, links: [...specific.links] };
  const a = CATEGORY_ADVICE[category];
  return { user: a.user, admin: a.admin, links: a.links ?? [] };
}

export function summaryFor(category: Category, address: string): string {
  const at = address.lastIndexOf('@');
  const domain = at >= 0 ? address.slice(at + 1) : 'the recipient domain';
  return CATEGORY_ADVICE[category].summary(address || 'the recipient', domain);
}
