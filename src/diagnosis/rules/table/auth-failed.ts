// auth-failed: SPF, DKIM or DMARC failed or did not align (../shared/TAXONOMY.md). Every phrase and code of the category, by tier.
import { inCategory, type Rule } from '../rule';

export const AUTH_FAILED: readonly Rule[] = inCategory('auth-failed', [
  {
    id: 'exo.4.7.26-ipv6-unauthenticated',
    tier: 'provider',
    status: ['4.7.26'],
    phrases: ['ipv6', 'spf or dkim'],
  },
  {
    id: 'exo.5.7.23-spf-violation',
    tier: 'provider',
    status: ['5.7.23'],
    phrases: ['sender policy framework', 'spf'],
  },
  {
    id: 'exo.5.7.509-dmarc',
    tier: 'provider',
    codeAlone: true,
    status: ['5.7.509'],
    phrases: ['dmarc', 'access denied'],
  },
  {
    id: 'outlook.5.7.515-authentication-level',
    tier: 'provider',
    codeAlone: true,
    status: ['5.7.515'],
    phrases: ['authentication', 'access denied'],
  },
  {
    id: 'outlook.sender-id-failure',
    tier: 'provider',
    phrases: ['sender id validation failure'],
  },
  {
    id: 'gmail.5.7.26-unauthenticated',
    tier: 'provider',
    codeAlone: ['5.7.26'],
    status: ['5.7.26', '4.7.26'],
    phrases: ['unauthenticated', 'dmarc', 'spf', 'dkim'],
  },
  {
    id: 'gmail.5.7.27-spf-bulk',
    tier: 'provider',
    status: ['5.7.27', '4.7.27'],
    phrases: ['spf'],
    // not the IANA 5.7.27 (sender null MX): Gmail uses it for SPF of bulk senders
  },
  {
    id: 'gmail.5.7.30-dkim-bulk',
    tier: 'provider',
    status: ['5.7.30', '4.7.30'],
    phrases: ['dkim'],
  },
  {
    id: 'gmail.5.7.32-dmarc-alignment',
    tier: 'provider',
    status: ['5.7.32', '4.7.32'],
    phrases: ['aligned'],
  },
  {
    id: 'gmail.5.7.40-no-dmarc-record',
    tier: 'provider',
    status: ['5.7.40', '4.7.40'],
    phrases: ['dmarc'],
  },
  {
    id: 'yahoo.5.7.9-unauthenticated',
    tier: 'provider',
    status: ['5.7.9'],
    phrases: ['sender is unauthenticated', 'authenticate with either spf or dkim'],
  },
  {
    id: 'yahoo.5.7.9-policy-reasons',
    tier: 'provider',
    status: ['5.7.9'],
    phrases: ['not accepted for policy reasons'],
  },
  {
    id: 'icloud.hme1-spf-dkim',
    tier: 'provider',
    phrases: ['[hme1]'],
  },
  {
    id: 'mimecast.spf-sender-invalid',
    tier: 'provider',
    phrases: ['spf sender invalid'],
  },
  {
    id: 'mimecast.dkim-sender-invalid',
    tier: 'provider',
    phrases: ['dkim sender invalid'],
  },
  {
    id: 'mimecast.dmarc-sender-invalid',
    tier: 'provider',
    phrases: ['dmarc sender invalid'],
  },
  {
    id: 'text.barracuda-spoofed',
    tier: 'fixed',
    phrases: ['rejecting spoofed message'],
  },
  // --- fixed wording of classic MTAs and gateways (Sendmail, Postfix, Exim, qmail, dma ...): each
  // names one cause, and a broader phrase below would read it wrongly
  {
    id: 'text.mta-sender-id',
    tier: 'fixed',
    phrases: ['purported responsible address', 'sender id check'],
    // Sender ID (RFC 4406) checks the PRA; a failure is the sending domain's authentication
  },
  // --- authentication: SPF, DKIM, DMARC (must precede generic "5.7.1 rejected" wording)
  {
    id: 'text.dmarc',
    tier: 'words',
    phrases: [
      'dmarc',
      'authentication checks failed',

      'unauthenticated email from',
      'authentication checks did not pass',
      'not pass authentication checks',
      'sender is unauthenticated',
      'fails to pass authentication checks',
      // Gmail's first line of it, all a DSN may keep of the multi-line reply
      'does not have authentication information',
      // Outlook.com's high-volume sender requirements (May 2025): "550 5.7.515 Access denied,
      // sending domain [SendingDomain] does not meet the required authentication level."
      'required authentication level',
      'message failed authentication',
      'domain owner policy restrictions',
    ],
  },
  {
    id: 'text.spf',
    tier: 'words',
    phrases: [
      'spf check failed',
      'spf validation',
      'spf fail',
      'spf=fail',
      'spf record',
      'sender policy framework',
      'failed spf',
      'spf:',
      'not permitted by domain of',
      'spf authentication',
      // Exim's specification (SPF chapter): "$sender_host_address is not allowed to send mail from
      // <domain>", the ACL message cPanel and many configurations keep
      'is not allowed to send mail from',
      'spf policy',
      'during spf verification',
      'allowed without spf pass',
    ],
  },
  {
    // A refusal that names SPF (RFC 7208) gives it as the reason, in each product's words ("SPF
    // unauthorized mail is prohibited", "SPF - fail", Gmail and Microsoft's "SPF or DKIM":
    // reference/provider-codes.tsv); text.spf lists the usual ones. The bare name catches the
    // others, above the bare "prohibited" or "rejected" of broad.policy and the bare X.7.1.
    id: 'broad.spf',
    tier: 'broad',
    phrases: ['spf'],
  },
  {
    id: 'text.dkim',
    tier: 'words',
    phrases: ['dkim'],
    // Gmail's 5.7.25 "PTR record setup" text belongs to the rDNS rule below, not here
  },
  // --- MTA families from source code, third pass (issue 9): Haraka
  {
    id: 'haraka.spf-errors',
    tier: 'fixed',
    phrases: ['spf temporary error', 'spf permanent error'],
    // haraka-plugin-spf: the sender's SPF record could not be evaluated (temperror / permerror)
  },
  // --- by MTA family (issue 9, second pass)
  {
    id: 'james.spf',
    tier: 'fixed',
    phrases: ['problem on spf lookup', 'block caused by an invalid spf record'],
    // Apache James SPFHandler: the sender domain's SPF record failed or could not be read
  },
  {
    id: 'hmailserver.spf-dkim',
    tier: 'fixed',
    phrases: ['blocked by spf', 'rejected by dkim'],
  },
  {
    id: 'interia.spf',
    tier: 'fixed',
    phrases: ['is not allowed to send mail from domain'],
    // Interia (poczta.interia.pl): "[SPF] host ... is not allowed to send mail from domain"
  },
  // --- gateways (issue 9, rules4, vendor documentation)
  {
    id: 'proofpoint.spf-policy',
    tier: 'fixed',
    phrases: ["per sender's spf policy"],
    // Proofpoint Essentials: "550 5.7.1 Message rejected per sender's SPF policy - OXSUS001_514"
  },
  {
    id: 'cn-mta.remote-ip-check',
    tier: 'fixed',
    phrases: ['remote ip check error'],
    // the sending IP does not match the MAIL FROM domain (发信ip与Mail From地址不一致)
  },
  // --- Sophos Central Email (docs.sophos.com SMTP error codes), IONOS / United Internet, Symantec.cloud
  {
    id: 'ionos.spf-policy',
    tier: 'fixed',
    phrases: ['reject due to spf policy'],
  },
  // --- Facebook mail: its domain authentication requirements
  {
    id: 'facebook.pol-p7',
    tier: 'provider',
    phrases: ['pol-p7'],
    hosts: ['facebook.com'],
  },
  {
    // Gmail: the sender's domain publishes a policy its mail here failed
    id: 'gmail.5.7.1-unauthenticated-domain',
    tier: 'provider',
    phrases: ['unauthenticated email is not accepted from this domain'],
    hosts: ['google.com', 'gmail.com', 'googlemail.com'],
  },
  {
    // Gmail: a suspicious SPF record; the cause, though the reply also says "rate limited"
    id: 'gmail.x.7.24-spf-suspicious',
    tier: 'provider',
    status: ['4.7.24', '5.7.24'],
    phrases: ['spf record of the sending domain'],
  },
  // --- policy daemons and filters behind the MTA (issue 9, policy)
  {
    id: 'spf.why-url',
    tier: 'fixed',
    phrases: ['open-spf.org/why', 'spf-result'],
    // (open-spf.org: the SPF project's site since pypolicyd-spf 2.0.2)
    // the SPF policy daemons' reply is often only their explanation URL or "SPF-Result=" text
  },
  {
    id: 'netease.dmarc',
    tier: 'provider',
    hosts: ['163.com', '126.com', 'yeah.net', '188.com', 'netease.com', '163mx'],
    phrases: ['mi:dma'],
  },
  { id: 'mailu.anti-spoofing', tier: 'fixed', phrases: ['anti-spoofing: auth-failed'] },
  { id: 'mailgates.dmarc', tier: 'fixed', phrases: ["sorry, we don't allow this mail"] },
  { id: 'momentum.dk-policy', tier: 'fixed', phrases: ['dk email not accepted'] },
]);
