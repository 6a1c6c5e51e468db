// English, per category: the summary (with {address} and {domain}), the fix for the user and
// the fix for the admin. It repeats the engine's English (src/diagnosis/remediation.ts), which
// stays the engine's output: the pane and the CLI show the engine's text in English and look the
// localized text up by category id in other languages. A chunk of its own (load.ts): only
// languages other than English need it (as the fallback for a key a translation lacks, and to
// tell the category's advice from a rule's own).
export const enAdvice = {
  // Per-category advice: summary, the fix for the user, the fix for the admin
  'advice.noAddress': 'the recipient',
  'advice.noDomain': 'the recipient domain',
  'advice.succeeded.summary': 'The message was {action} to {address}; nothing failed.',
  'advice.succeeded.user': 'Nothing to do: this is a delivery confirmation, not a failure.',
  'advice.succeeded.admin':
    'A positive delivery status notification (the sender asked for one, or the platform sends them).',
  'advice.delayedAlso': 'Delivery to {address} is delayed and still being retried. {summary}',
  'advice.recipient-unknown.summary': 'The address {address} does not exist at {domain}.',
  'advice.recipient-unknown.user':
    'Check the spelling of the address, or ask the person for their current address, then send again. Remove the address from your contacts or autocomplete list if it is stale.',
  'advice.recipient-unknown.admin':
    'The receiving server said the mailbox does not exist. If the recipient is inside your organization, check that the mailbox or contact exists and that the address is assigned to it; otherwise nothing is wrong on your side.',
  'advice.recipient-domain-invalid.summary':
    'The domain {domain} (in {address}) does not exist or does not accept email.',
  'advice.recipient-domain-invalid.user':
    'The part after the @ is probably misspelled (for example gmial.com). Correct it and send again.',
  'advice.recipient-domain-invalid.admin':
    'The domain has no MX or A record, publishes a null MX, or did not resolve. Check it with a DNS lookup; if it is a domain you host, fix its MX records.',
  'advice.mailbox-inactive.summary':
    'The mailbox {address} exists but is disabled, suspended or no longer in use.',
  'advice.mailbox-inactive.user':
    'The person has probably left or closed this account. Reach them another way and ask for a current address.',
  'advice.mailbox-inactive.admin':
    'The recipient system reports the account as disabled, suspended or moved. If it is in your organization, re-enable the mailbox or set up forwarding.',
  'advice.mailbox-full.summary': 'The mailbox of {address} is full.',
  'advice.mailbox-full.user':
    'Nothing is wrong on your side. Let the recipient know by another channel, and try again later.',
  'advice.mailbox-full.admin':
    'The recipient is over quota. The recipient (or their admin, for a shared mailbox) must free space or raise the quota. The sender need not change anything.',
  'advice.recipient-policy.summary':
    'The organization at {domain} does not accept this message for {address} under its own rules.',
  'advice.recipient-policy.user':
    'The recipient organization restricts who may write to this address (for example a group limited to internal senders, or a moderated list). Ask the recipient or their IT team to allow you.',
  'advice.recipient-policy.admin':
    "A rule at the recipient's side refused the message: a restricted group, a blocked sender, an external-senders rule or a moderation queue. Only the recipient's admin or group owner can lift it; share the reply text with them.",
  'advice.recipient-system.summary':
    'The mail server for {domain} has a problem and could not take the message.',
  'advice.recipient-system.user':
    'The problem is on the receiving side. Try again later; if it keeps failing, tell the recipient by another channel.',
  'advice.recipient-system.admin':
    "The destination server was unreachable, misconfigured or failed (connection, TLS, DANE/MTA-STS or an internal error). The recipient's admin must fix it; the reply text and the remote server name help them.",
  'advice.auth-failed.summary':
    '{domain} rejected the message because it could not verify that it really came from your domain (SPF, DKIM or DMARC).',
  'advice.auth-failed.user':
    'Your organization’s email setup needs fixing; forward this report to your email admin. Sending again will not help.',
  'advice.auth-failed.admin':
    "Check SPF, DKIM and DMARC for the From domain. The From domain must be aligned: SPF must pass for a Return-Path in the same organizational domain, or DKIM must pass with d= your domain. Add every sending service to SPF and have each one sign with your domain's DKIM key. Don't lower the DMARC policy to p=none to hide the problem.",
  'advice.sender-infrastructure.summary':
    'The receiving server refused the connection from your mail server because of how it is set up (reverse DNS, HELO name, DNS of your domain, or TLS).',
  'advice.sender-infrastructure.user':
    'This is a setup issue at your organization; forward this report to your email admin.',
  'advice.sender-infrastructure.admin':
    'Give the sending IP a PTR record that resolves back to it (forward-confirmed), use a fully qualified HELO name that resolves, make sure the sender domain has valid DNS (MX or A), and offer STARTTLS.',
  'advice.message-noncompliant.summary':
    'The receiving server rejected the message because it breaks the email format rules.',
  'advice.message-noncompliant.user':
    'Try sending again from a standard mail program; if the message was generated by an application, tell its owner.',
  'advice.message-noncompliant.admin':
    'The message violates RFC 5322 or MIME (for example a missing or duplicate header, a malformed From, bare line feeds or overlong lines). Fix the software that builds the message.',
  'advice.reputation-block.summary':
    'The receiving server blocked your mail server because its IP address or domain is on a blocklist or has a poor reputation.',
  'advice.reputation-block.user':
    'This is not about your message. Forward this report to your email admin; until it is fixed, mail to this destination may keep failing.',
  'advice.reputation-block.admin':
    'Look up the sending IP on the blocklist named in the reply, find and stop the cause (a compromised account, a spam source, a shared IP), then request delisting. Check the provider’s postmaster tools.',
  'advice.rate-limited.summary':
    'The receiving server is limiting how much mail it accepts from your server right now.',
  'advice.rate-limited.user':
    'Wait and send again later. If you were sending to many people at once, send in smaller batches.',
  'advice.rate-limited.admin':
    'The destination throttled or greylisted the sending IP. Retry with back-off, lower the sending rate and connections, and check for unusual volume from your organization.',
  'advice.content-rejected.summary':
    'The receiving server refused the content of the message (spam filter, virus scan or a blocked attachment).',
  'advice.content-rejected.user':
    'Remove or zip unusual attachments, avoid link shorteners and spam-like wording, then send again. If it keeps failing, ask the recipient to allow your address.',
  'advice.content-rejected.admin':
    "The recipient's filter rejected the content. Check attachments and links for malware; if the message is legitimate, ask the recipient's admin to review the verdict.",
  'advice.message-too-large.summary': 'The message is larger than the receiving server accepts.',
  'advice.message-too-large.user':
    'Send the attachment as a shared link, or compress it or split it over several messages, then send again.',
  'advice.message-too-large.admin':
    'The message exceeds a size limit on the path (yours or the recipient’s). Check the limits; base64 adds about a third to attachment sizes.',
  'advice.sender-blocked.summary':
    'Your own account or mail service stopped this message (not authenticated, over its sending limit, or blocked).',
  'advice.sender-blocked.user':
    'Your account may need to sign in again, may have hit a sending limit, or may be blocked. Contact your IT team or email provider.',
  'advice.sender-blocked.admin':
    "Check the sender's account: sign-in and SMTP authentication, sending limits, and whether it was blocked as compromised (for example Microsoft 365's restricted entities).",
  'advice.relay-denied.summary':
    'A mail server on the path refused to pass the message on (relay not allowed).',
  'advice.relay-denied.user':
    'Your mail program may not be signing in to your outgoing server. Check the account settings, or forward this report to your email admin.',
  'advice.relay-denied.admin':
    'The server refused to relay for this client or domain. Make sure clients authenticate (SMTP AUTH), connectors and accepted domains are set up, and the recipient domain’s MX points to the right servers.',
  'advice.delayed.summary': 'Delivery to {address} is delayed; the mail system is still trying.',
  'advice.delayed.user': 'Nothing to do yet. You will get another notice if delivery finally fails.',
  'advice.delayed.admin':
    'The message is queued and will be retried. If delays persist, check the destination’s reachability and the reply text.',
  'advice.expired.summary': 'The mail system gave up delivering to {address} after retrying for too long.',
  'advice.expired.user':
    'The receiving server could not be reached for a long time. Check the address, try again later, or reach the person another way.',
  'advice.expired.admin':
    "Delivery retried until the queue lifetime ran out. Check the destination's MX records and reachability; the last error in the report names the cause.",
  'advice.mail-loop.summary': 'The message went around in a loop between mail servers and was stopped.',
  'advice.mail-loop.user': 'Forward this report to your email admin; check any forwarding rules you set up.',
  'advice.mail-loop.admin':
    'Look for forwarding rules, aliases or connectors that send the message back and forth (the Received headers show the loop).',
  'advice.suppressed.summary':
    'The sending service did not try to deliver to {address} because the address is on its suppression list.',
  'advice.suppressed.user':
    'This address bounced or complained before. Confirm it is correct before asking your admin to remove it from the list.',
  'advice.suppressed.admin':
    'Remove the address from the sending platform’s suppression list only after confirming it is valid now.',
  'advice.unknown.summary': 'Delivery to {address} failed, and the report does not say clearly why.',
  'advice.unknown.user': 'Send again later. If it fails again, forward this report to your email admin.',
  'advice.unknown.admin':
    "The report gives no recognizable cause. Read the server's words and the status code below; the remote server's admin can explain its own message.",
} as const;
