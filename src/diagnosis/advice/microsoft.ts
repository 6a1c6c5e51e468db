// Advice for Microsoft's codes whose cause is narrower than their category: what the person who
// sent can do, and what an admin should check. Our own words, from the causes in Exchange Online's
// NDR table (../shared/seeds/001_*); links go only to Microsoft's documentation.
import type { Remediation } from '../types';

const LEARN = 'https://learn.microsoft.com';
const NDR = `${LEARN}/troubleshoot/exchange/email-delivery/ndr`;
const SECURITY = `${LEARN}/microsoft-365/security/office-365-security`;

const L = {
  ndrTable: `${NDR}/non-delivery-reports-in-exchange-online`,
  e447: `${NDR}/fix-error-code-550-4-4-7-in-exchange-online`,
  e50350: `${NDR}/fix-error-code-550-5-0-350-in-exchange-online`,
  e510: `${NDR}/fix-error-code-550-5-1-0-in-exchange-online`,
  e511: `${NDR}/fix-error-code-550-5-1-1-through-5-1-20-in-exchange-online`,
  e518: `${NDR}/fix-error-code-5-1-8-in-exchange-online`,
  e5110: `${NDR}/fix-error-code-550-5-1-10-in-exchange-online`,
  e541: `${NDR}/fix-error-code-550-5-4-1-in-exchange-online`,
  e546: `${NDR}/fix-error-code-5-4-6-through-5-4-20-in-exchange-online`,
  e5611: `${NDR}/fix-error-code-550-5-6-11-in-exchange-online`,
  e571: `${NDR}/fix-error-code-550-5-7-1-in-exchange-online`,
  e5712: `${NDR}/fix-error-code-5-7-12-in-exchange-online`,
  e5723: `${NDR}/fix-error-code-5-7-23-in-exchange-online`,
  e5757: `${NDR}/fix-error-code-5-7-57-in-exchange-online`,
  e5764: `${NDR}/fix-error-code-5-7-64-in-exchange-online`,
  e57124: `${NDR}/fix-error-code-5-7-124-in-exchange-online`,
  e57133: `${NDR}/fix-error-code-5-7-133-in-exchange-online`,
  e57134: `${NDR}/fix-error-code-5-7-134-in-exchange-online`,
  e57135: `${NDR}/fix-error-code-5-7-13-or-5-7-135-in-exchange-online`,
  e57136: `${NDR}/fix-error-code-5-7-136-in-exchange-online`,
  e47500: `${NDR}/fix-error-code-451-4-7-500-699-asxxx-in-exchange-online`,
  e57700: `${NDR}/fix-error-code-5-7-700-through-5-7-750`,
  submissionQuota: `${NDR}/fix-error-for-submission-quota-exceeded-in-exchange-online`,
  sendingLimits: `${LEARN}/office365/servicedescriptions/exchange-online-service-description/exchange-online-limits#sending-limits`,
  compromised: `${LEARN}/office365/troubleshoot/security/determine-account-is-compromised`,
  delist: `${SECURITY}/use-the-delist-portal-to-remove-yourself-from-the-office-365-blocked-senders-lis`,
  dmarc: `${SECURITY}/email-authentication-dmarc-configure`,
  spf: `${SECURITY}/email-authentication-spf-configure`,
  dkim: `${SECURITY}/email-authentication-dkim-configure`,
  tabl: `${SECURITY}/tenant-allow-block-list-about`,
  ipv6: `${SECURITY}/support-for-anonymous-inbound-email-messages-over-ipv6`,
  dbeb: `${LEARN}/exchange/mail-flow-best-practices/use-directory-based-edge-blocking`,
  mtaSts: `${LEARN}/purview/enhancing-mail-flow-with-mta-sts`,
  dane: `${LEARN}/microsoft-365/compliance/how-smtp-dane-works`,
} as const;

const EXTERNAL_SENDERS_USER =
  'This address accepts mail only from people inside its own organization, so nothing you change on your side will get the message through. Ask the recipient, by another channel, to have their IT team allow mail from you, or use a different address they give you.';

function externalSenders(what: string, link: string): Remediation {
  return {
    user: EXTERNAL_SENDERS_USER,
    admin: `The recipient is ${what} set to refuse senders from outside its organization (in Exchange Online: "Require that all senders are authenticated"). Only the recipient organization's admin${
      what.includes('group') ? ' or the group owner' : ''
    } can allow external senders or add this sender to the accepted senders. Nothing is wrong with the sending side.`,
    links: [link],
  };
}

const DANE_ADVICE: Remediation = {
  user: "The receiving organization's mail server failed a secure-delivery check (DANE or MTA-STS). Only they can fix it; tell the recipient by another channel, and try again later.",
  admin:
    "Exchange Online refused to hand the message to the destination because its TLS setup does not match what the domain publishes: no STARTTLS, an expired certificate, a certificate whose name does not match the MX host, a TLSA record that does not match, or DNSSEC records that do not validate. The recipient domain's admin must fix the certificate, the TLSA records or the MTA-STS policy.",
  links: [L.dane, L.mtaSts],
};

const MTA_STS_ADVICE: Remediation = {
  user: "The receiving organization's mail setup failed a security check. Only they can fix it; tell the recipient by another channel.",
  admin:
    "The destination's MTA-STS policy does not list the MX host Exchange Online connected to, or the host's certificate does not chain to a trusted root with a matching name. The recipient domain's admin must update the MTA-STS policy (mx: lines) or the certificate.",
  links: [L.mtaSts],
};

const BANNED_ACCOUNT: Remediation = {
  user: 'Microsoft 365 has stopped your account from sending mail, usually because it sent spam after the password was stolen. Contact your IT team; sending again will not work until they act.',
  admin:
    'The sending account is on Microsoft 365\'s restricted list for outbound spam. Treat it as compromised: reset the password, enforce MFA, remove unknown inbox rules, forwarding and app passwords, then release the user under "Restricted entities" in the Microsoft Defender portal (or ask Microsoft support).',
  links: [L.e518, L.compromised],
};

const BANNED_IP: Remediation = {
  user: "Microsoft is refusing mail from your organization's mail server because of its reputation. This is not about your message; forward this report to your email admin.",
  admin:
    "The sending IP is on Microsoft's blocked senders list. Find and stop what sent unwanted mail from it (a compromised account, an open relay, a shared IP), then request removal through Microsoft's delist portal with the IP and this NDR.",
  links: [L.delist],
};

const RECIPIENT_NOT_FOUND: Remediation = {
  user: "The address was not found at the recipient's organization. Check the spelling; if you picked it from Outlook's suggestions, delete the suggestion (the cached entry may be stale), type the full address again and send. If it still fails, confirm the address with the person.",
  admin:
    "The recipient's Exchange organization has no mailbox, group or contact with this address. If the recipient is yours: check that the address is assigned to a licensed mailbox, that directory synchronization reached Exchange Online, and that no forwarding rule points to a removed address. Outlook's stale Auto-Complete entries (old legacyExchangeDN) also cause this error.",
  links: [L.e5110, L.e511],
};

const MAILBOX_FULL: Remediation = {
  user: "The recipient's mailbox is full. Nothing is wrong on your side: let them know by another channel, and send again once they have made room.",
  admin:
    "The recipient's Exchange mailbox is over its storage quota. The mailbox owner must delete or archive mail (or the admin raises the quota, enables the archive, or for a shared mailbox frees space). The sender need not change anything.",
  links: [L.ndrTable],
};

const EXPIRED: Remediation = {
  user: "Microsoft 365 kept trying but could not deliver before giving up. Check the address is right; if it is, the recipient's mail server is likely down or misconfigured, so tell them by another channel and try again later.",
  admin:
    "The message sat in Exchange's queue until it expired. Look at the last error in the report (often a refused connection, a DNS failure or a TLS problem at the destination). Check the recipient domain's MX records and that its server accepts connections on port 25; for hybrid setups, check the connectors between on-premises Exchange and Exchange Online.",
  links: [L.e447],
};

const SENDING_LIMIT: Remediation = {
  user: "Your account has gone over Microsoft 365's sending limits and is blocked from sending for now. Wait (usually up to 24 hours); if you did not send much mail, tell your IT team at once, since the account may be misused.",
  admin:
    "The sender exceeded Exchange Online's recipient rate limit (10,000 recipients a day) or message rate limit. Check the account for compromise (unknown sign-ins, inbox rules, sent items); for bulk or application mail use a service meant for it. Blocked users are released in the Defender portal's restricted entities.",
  links: [L.submissionQuota, L.sendingLimits, L.compromised],
};

const TENANT_BLOCKED: Remediation = {
  user: 'Microsoft 365 has stopped your organization from sending mail to outside addresses. Only your IT team can resolve this with Microsoft.',
  admin:
    'Microsoft restricted the whole tenant because much of its outbound mail looked like spam, or because it sent from domains that are not added and verified in the tenant. Add and verify every domain you send from, close any open relay or compromised account, then open a request with Microsoft support.',
  links: [L.e57700],
};

export const MICROSOFT_ADVICE: Readonly<Record<string, Remediation>> = {
  'exo.5.7.509-dmarc': {
    user: 'The recipient refused the message because your domain failed DMARC and its DMARC policy says to reject such mail. Forward this report to your email admin; sending again will not help.',
    admin:
      "The From domain publishes p=reject and this message passed neither aligned SPF nor aligned DKIM. Check which service sent it: add that service to the domain's SPF record, have it sign with DKIM using your domain (d= your domain), and make sure its Return-Path domain aligns. If the message was forwarded, the forwarder broke authentication: use ARC or have the forwarder rewrite the envelope sender. Keep p=reject once all legitimate senders pass.",
    links: [L.dmarc, L.dkim, L.spf, L.ndrTable],
  },
  'outlook.5.7.515-authentication-level': {
    user: 'Outlook.com refused the message because your domain does not meet its authentication requirements for senders. Forward this report to your email admin.',
    admin:
      'Outlook.com requires domains that send in volume to pass SPF and DKIM and publish a DMARC record (at least p=none) that aligns with the From domain. Publish SPF, sign with DKIM for the From domain, publish DMARC, and check alignment before sending again.',
    links: [L.dmarc, L.dkim, L.spf],
  },
  'exo.5.7.23-spf-violation': {
    user: "The recipient's server did not accept your domain's SPF record for the server that sent your message. Forward this report to your email admin.",
    admin:
      "The sending IP is not authorized by the SPF record of the envelope sender's domain. Add the service or server that sent this message to the SPF record (include: or ip4:/ip6:), keep it under 10 DNS lookups, and for Microsoft 365 include spf.protection.outlook.com.",
    links: [`${NDR}/fix-error-code-5-7-23-in-exchange-online`, L.spf],
  },
  'exo.4.7.26-ipv6-unauthenticated': {
    user: 'Your message came over IPv6 without passing SPF or DKIM, which Microsoft requires for IPv6 mail. Forward this report to your email admin.',
    admin:
      'Mail that reaches Microsoft 365 over IPv6 must pass SPF or DKIM. Sign outgoing mail with DKIM for the From domain and make sure SPF covers the IPv6 addresses you send from (ip6:), or send over IPv4.',
    links: [L.ipv6],
  },
  'exo.5.7.25-ipv6-reverse-dns': {
    user: "Your organization's mail server has an IPv6 address without a reverse DNS name, so Microsoft refused it. Forward this report to your email admin.",
    admin:
      'Give the sending IPv6 address a PTR record whose name resolves back to the same address, or send over IPv4.',
    links: [L.ipv6],
  },
  'exo.5.7.12-sender-not-authenticated-by-organization': externalSenders('an address', L.e5712),
  'exo.5.7.133-group-external-senders': externalSenders('a group (distribution list)', L.e57133),
  'exo.5.7.134-mailbox-external-senders': externalSenders('a mailbox', L.e57134),
  'exo.5.7.135-public-folder-external-senders': externalSenders('a mail-enabled public folder', L.e57135),
  'exo.5.7.136-mail-user-external-senders': externalSenders('a mail user', L.e57136),
  'exo.5.7.193-group-external-senders': externalSenders('a Microsoft 365 group', L.ndrTable),
  'exo.5.7.124-not-in-allowed-senders': {
    user: "This group only accepts messages from people on its allowed-senders list, and you are not on it. Ask the group's owner to add you, or write to the people directly.",
    admin:
      "The group's delivery management lists who may send to it and the sender is not there (sometimes even the owner must be listed). The group owner or the recipient organization's admin adds the sender, or a group of senders, to the allowed list.",
    links: [L.e57124],
  },
  'exo.5.7.1-delivery-not-authorized': {
    user: 'You are not allowed to send to this address: it is probably a group that accepts mail only from members or certain people, or a rule at the recipient organization stopped the message. Ask the recipient or the group owner to allow you.',
    admin:
      "A delivery restriction at the recipient refused the sender: a group or mailbox limited to certain senders or to members, a moderator's rejection, or a transport (mail flow) rule. The recipient organization's admin or the group owner can change the restriction; the NDR's server name tells which organization.",
    links: [L.e571],
  },
  'exchange.5.7.900-999-transport-rule': {
    user: "A rule at the recipient organization refused your message. Ask the recipient, by another channel, why their organization's rule blocks it.",
    admin:
      'An Exchange mail flow (transport) rule with a custom rejection code refused the message. The organization that owns the rule (see the generating server) can look up which rule used this code and change it.',
    links: [L.ndrTable],
  },
  'exo.5.7.1-client-not-authenticated': {
    user: 'The receiving server accepts this address only from senders that sign in to it, so it refused your message. Tell the recipient; their IT team must accept mail from outside or give you another address.',
    admin:
      'The receiving server (or the recipient group, RESOLVER.RST.AuthRequired) accepts only authenticated senders: anonymous mail from the internet is refused. If the recipient is yours, allow anonymous senders on the receive connector that faces the internet, or allow external senders for the group. If an application of yours sends through that server, make it authenticate.',
    links: [L.e571],
  },
  'exo.5.7.1-unable-to-relay': {
    user: 'The server you sent through would not pass the message on. If you use a mail program, check it signs in to the outgoing server; otherwise forward this report to your email admin.',
    admin:
      "The server refused to relay: it is not the destination for the recipient's domain and the client did not have permission to relay. Check that the sending client or application authenticates (or is allowed by IP on a relay connector), and that the recipient domain's MX points to servers that accept it as an accepted domain.",
    links: [L.e571],
  },
  'exo.5.4.1-relay-access-denied': {
    user: "The recipient's mail system is set up wrongly for their own domain, so it refused your message. Only they can fix it; tell them by another channel.",
    admin:
      "The server that the recipient domain's MX points to does not accept mail for that domain: in Exchange Online the domain is missing from the accepted domains, or is set up as Authoritative while its mailboxes live elsewhere (it should be Internal Relay), or the MX record points to the wrong tenant. The recipient domain's admin must correct the MX record or the accepted domain.",
    links: [L.e541],
  },
  'exo.5.4.1-recipient-access-denied': {
    user: "The address does not exist at the recipient's organization. Check the spelling, or ask the person for their current address.",
    admin:
      'Directory-Based Edge Blocking refused the address: Exchange Online has no recipient with it in that organization. If the recipient is yours, create the mailbox or contact (or set the domain to Internal Relay if some recipients live on another system).',
    links: [L.dbeb, L.e541],
  },
  'exo.5.7.64-tenant-attribution': {
    user: "Your organization's mail path into Microsoft 365 is misconfigured. Forward this report to your email admin.",
    admin:
      "Exchange Online could not attribute mail from your on-premises servers to your tenant: the inbound connector's certificate name or IP addresses no longer match what the on-premises side presents. Update the inbound connector (TLS certificate subject or sender IPs) or the on-premises send connector.",
    links: [L.e5764],
  },
  'exo.5.7.57-client-not-authenticated-anonymous': {
    user: 'The device or application that sent this message did not sign in to Microsoft 365. Check its mail settings or forward this report to your IT team.',
    admin:
      'A device or application sent through smtp.office365.com without SMTP AUTH. Configure it to authenticate (port 587, STARTTLS, a licensed mailbox, SMTP AUTH enabled for that mailbox), or send through a connector with direct send or SMTP relay instead.',
    links: [L.e5757],
  },
  'exo.5.1.10-recipient-not-found': RECIPIENT_NOT_FOUND,
  'exo.5.1.1-bad-destination-mailbox': RECIPIENT_NOT_FOUND,
  'exchange.resolver-adr-recipnotfound': RECIPIENT_NOT_FOUND,
  'exo.5.5.0-mailbox-unavailable': {
    user: 'This Outlook.com or Hotmail address does not exist. Check the spelling, or ask the person for their current address.',
    admin: 'Outlook.com found no account with this address. Nothing is wrong on the sending side.',
    links: [L.e5110],
  },
  'exo.5.1.0-sender-denied': {
    user: 'Exchange could not work out who this recipient is. If you replied to an old or saved message, start a new message and type the address in full instead of using the saved entry.',
    admin:
      'The recipient could not be resolved: often a reply to a message saved as a file, or an Auto-Complete entry whose legacyExchangeDN no longer exists. Clear the stale entry; if the recipient moved between organizations, add the old legacyExchangeDN as an X500 address of the new mailbox.',
    links: [L.e510],
  },
  'exo.5.2.2-mailbox-full': MAILBOX_FULL,
  'exchange.storedrv-quota-exceeded': MAILBOX_FULL,
  'exo.4.3.2-folder-item-limit': {
    user: "A folder in the recipient's mailbox holds too many items to take more. Let them know by another channel.",
    admin:
      "A folder of the recipient's mailbox reached Exchange's per-folder item limit. The owner should move or delete items (or the admin archives them).",
    links: [L.ndrTable],
  },
  'exo.5.2.2-submission-quota': SENDING_LIMIT,
  'exo.submission-quota-exceeded': SENDING_LIMIT,
  'exo.5.1.90-daily-recipient-limit': SENDING_LIMIT,
  'exchange.storedrv-submission-quota': SENDING_LIMIT,
  'exo.5.1.8-bad-outbound-sender': BANNED_ACCOUNT,
  'exo.5.7.501-spam-abuse': BANNED_ACCOUNT,
  'exo.5.7.502-banned-sender': BANNED_ACCOUNT,
  'exo.5.7.503-banned-sender': BANNED_ACCOUNT,
  'exo.5.7.705-tenant-threshold': TENANT_BLOCKED,
  'exo.5.7.750-unregistered-domains': TENANT_BLOCKED,
  'exo.5.7.606-649-banned-sending-ip': BANNED_IP,
  'exo.5.7.511-banned-sender-ip': BANNED_IP,
  'exo.5.7.708-ip-not-accepted': {
    user: "Microsoft is not accepting mail from your organization's mail server right now. Forward this report to your email admin.",
    admin:
      'Exchange Online does not accept traffic from this sending IP (typical of new or low-reputation IPs). Send through an IP with an established reputation, make sure the tenant is not relaying unwanted mail, and contact Microsoft support if it persists.',
    links: [L.e57700],
  },
  'exo.5.7.513-customer-block-list': {
    user: "The recipient's organization has blocked your mail server. Ask the recipient, by another channel, to have their IT team remove the block.",
    admin:
      "The recipient domain put the sending IP on its own block list in Microsoft 365 (not a public blocklist, so delisting services will not help). Only the recipient organization's admin can remove it; send them the IP and this NDR.",
    links: [L.ndrTable],
  },
  'exo.5.7.507-rejected-by-recipient': {
    user: "The recipient's organization blocks mail from your mail server. Ask the recipient to have their IT team allow it.",
    admin: 'The recipient organization blocked the sending IP. Only its admin can lift the block.',
    links: [L.ndrTable],
  },
  'exo.5.7.703-tenant-allow-block-list': {
    user: 'Your own organization blocks mail to this address or domain, so the whole message was stopped. Ask your IT team whether the block is intended.',
    admin:
      "An entry in your tenant's Tenant Allow/Block List blocks one of the recipients, and Exchange Online stops the entire message for all recipients. Remove or narrow the block entry in the Microsoft Defender portal if it is not intended, then send again.",
    links: [L.tabl],
  },
  'exo.5.7.520-external-forwarding': {
    user: 'Automatic forwarding of this message to an outside address is not allowed by the organization of the mailbox that forwards it. Write to the final recipient directly, or ask that organization’s IT team.',
    admin:
      "The outbound spam policy of the forwarding mailbox's tenant blocks automatic external forwarding. Its admin can allow forwarding for that mailbox in the outbound anti-spam policy, or the user can remove the forwarding rule.",
    links: [L.ndrTable],
  },
  'exo.5.7.367-not-permitted-to-relay': {
    user: 'A server after Microsoft 365 refused to pass on a forwarded copy of this message. Forward this report to your email admin.',
    admin:
      "The message was forwarded or relayed out of Exchange Online and the downstream server refused it. Check the outbound connector and the downstream gateway's relay permissions for Microsoft 365's addresses.",
    links: [L.ndrTable],
  },
  'exo.4.4.7-message-expired': EXPIRED,
  'exo.5.4.300-message-expired': EXPIRED,
  'exchange.queue-expired': EXPIRED,
  'exo.5.4.316-expired-connection-refused': {
    user: "The recipient's mail server refused every connection until Microsoft 365 gave up. Only they can fix it; tell them by another channel.",
    admin:
      "Exchange Online could not connect to the destination (connection refused, socket error 10061) for the whole retry period. The recipient domain's admin must check that the MX host is up, listens on port 25 and allows Microsoft 365's addresses through its firewall.",
    links: [L.e447],
  },
  'exo.5.4.312-expired-dns-query-failed': {
    user: "The recipient's domain could not be found in DNS for as long as Microsoft 365 kept trying. Check the part after the @ for typos; if it is right, the domain's DNS is broken.",
    admin:
      "DNS lookups for the recipient domain's MX (or A) records failed until the message expired. Check the domain for typos and its DNS with an MX lookup; the domain's owner must fix its name servers or MX records.",
    links: [L.e447],
  },
  'exo.5.4.14-routing-loop': {
    user: 'The message went round in a loop between mail servers. If you set up forwarding or inbox rules, check them; otherwise forward this report to your email admin.',
    admin:
      'Exchange stopped a loop after 20 hops. Look for mailbox forwarding or inbox rules that send the message back, a domain set as both accepted and routed elsewhere, or hybrid connectors and targetAddress values that point at each other.',
    links: [L.e546],
  },
  'exo.5.6.11-invalid-characters': {
    user: 'The program you sent from put characters in the message that the receiving server does not accept. Try sending from Outlook; if an application sent it, tell its owner.',
    admin:
      'The message contains bare line feeds (LF without CR) and the destination does not support BDAT/CHUNKING to carry them. Fix the sending application to use CRLF line endings.',
    links: [L.e5611],
  },
  'exo.5.0.350-x-dg-ref-too-long': {
    user: 'Your message was sent in Rich Text format, which the receiving system could not accept. Send it again as HTML or plain text (Outlook: Format Text).',
    admin:
      'A Rich Text (TNEF) message left the organization with an oversize x-dg-ref header. Set the remote domain in Exchange to never send Rich Text (TNEF) or have users send HTML.',
    links: [L.e50350],
  },
  'exo.5.0.350-nested-attachments': {
    user: 'The receiving system refused the message because of its attachments (for example a message attached inside another message). Send the files directly instead of attaching messages.',
    admin:
      'A policy at the recipient (AS345) refuses messages with nested message attachments. Send the content without attached messages, or ask the recipient organization to review its policy.',
    links: [L.e50350],
  },
  'exo.4.7.500-699-try-again-later': {
    user: 'Microsoft is slowing down mail from your organization for now. Nothing to do but wait; the message is retried.',
    admin:
      'Exchange Online temporarily throttled the sending IP (a new IP or a sudden change in volume). Keep volumes steady, make sure SPF, DKIM and reverse DNS are in order, and check for a compromised sender; the restriction lifts by itself when the traffic is legitimate.',
    links: [L.e47500],
  },
  'exo.4.4.8-mta-sts-mx': MTA_STS_ADVICE,
  'exo.5.4.8-mta-sts-mx': MTA_STS_ADVICE,
  'exo.4.7.5-mta-sts-certificate': MTA_STS_ADVICE,
  'exo.5.7.5-mta-sts-certificate': MTA_STS_ADVICE,
  'exo.4.7.321-starttls-not-supported': DANE_ADVICE,
  'exo.4.7.322-certificate-expired': DANE_ADVICE,
  'exo.4.7.323-tlsa-invalid': DANE_ADVICE,
  'exo.4.7.324-dnssec-invalid': DANE_ADVICE,
  'exo.4.7.325-certificate-host-mismatch': DANE_ADVICE,
  'exo.5.7.321-starttls-not-supported': DANE_ADVICE,
  'exo.5.7.322-certificate-expired': DANE_ADVICE,
  'exo.5.7.323-tlsa-invalid': DANE_ADVICE,
  'exo.5.7.324-dnssec-invalid': DANE_ADVICE,
  'exo.5.7.325-certificate-host-mismatch': DANE_ADVICE,
};
