// sender-infrastructure: the sender's PTR/rDNS, HELO, domain DNS, TLS (../shared/TAXONOMY.md). Every phrase and code of the category, by tier.
import { inCategory, type Rule } from '../rule';

/** Words that, beside X.1.7 or X.1.8, say the refused address is the sender's (one list for both). */
const SENDER_ADDRESS_WORDS = [
  'sender',
  'mail from',
  'envelope from',
  'return-path',
  'domain not found',
  'domain does not exist',
  'address rejected',
];

export const SENDER_INFRASTRUCTURE: readonly Rule[] = inCategory('sender-infrastructure', [
  {
    id: 'smtp.5.1.8-sender-address-rejected',
    tier: 'provider',
    status: ['5.1.8'],
    phrases: ['sender address rejected', 'sender rejected', 'sender address'],
    // 5.1.8 is "bad sender's system address": the generic "address rejected" words mean the sender here
  },
  {
    id: 'exo.5.7.25-ipv6-reverse-dns',
    tier: 'provider',
    status: ['5.7.25'],
    phrases: ['reverse dns', 'ptr'],
  },
  {
    id: 'exo.5.7.506-bad-helo',
    tier: 'provider',
    codeAlone: true,
    status: ['5.7.506'],
    phrases: ['helo'],
  },
  {
    id: 'exo.4.7.66-old-tls',
    tier: 'provider',
    phrases: ['tls 1.0 and 1.1 are not supported'],
  },
  {
    id: 'outlook.dy-001-dynamic-ip',
    tier: 'provider',
    phrases: ['dy-001'],
  },
  {
    id: 'gmail.5.7.29-tls-bulk',
    tier: 'provider',
    status: ['5.7.29', '4.7.29'],
    phrases: ['tls'],
  },
  {
    id: 'text.smtp-protocol-violation',
    tier: 'fixed',
    phrases: [
      'smtp protocol violation',
      'multiple destination domains per transaction',
      'need fully-qualified address',
    ],
    // the sending MTA's own SMTP conversation is at fault
  },
  {
    id: 'text.gmail-direct-ip',
    tier: 'fixed',
    phrases: [
      'not authorized to send email directly to our servers',
      'does not meet ipv6 sending guidelines',
    ],
  },
  {
    id: 'text.sender-address-rejected',
    tier: 'fixed',
    status: ['5.1.7', '5.1.8'],
    phrases: ['sender address rejected', 'sender rejected', 'address rejected'],
    // 5.1.7/5.1.8 name the sender's address: the refusal is about the sender, not the recipient
  },
  {
    id: 'text.yahoo-sender-domain',
    tier: 'fixed',
    phrases: ['unresolvable rfc.5321 from domain'],
  },
  {
    id: 'text.mimecast-tls',
    tier: 'fixed',
    phrases: ['this route requires encryption'],
  },
  {
    id: 'text.mta-smtp-syntax',
    tier: 'fixed',
    phrases: [
      'protocol violation',
      'parameter not implemented',
      'command not implemented',
      'command not recognized',
      'command unrecognized',
      'bad sequence of commands',
      'syntax error in parameters',
      // Gmail's SMTP error page: "501 5.5.2 Syntax error, cannot decode response" (AUTH), "501
      // 5.7.11 Syntax error (no parameters allowed)" (STARTTLS), "503 5.5.1 No DATA after BDAT"
      'cannot decode response',
      'no parameters allowed',
      'no data after bdat',
    ],
    // replies 500-504: the sending MTA spoke SMTP the server does not accept
  },
  // --- the sender's own infrastructure: PTR, HELO, DNS of the sender's domain
  {
    id: 'text.reverse-dns',
    tier: 'words',
    phrases: [
      'unverifyable sending ip',
      'reverse dns',
      'reverse lookup',
      'ptr record',
      'no ptr',
      'reverse-dns',
      'cannot find your hostname',
      'cannot resolve your address',
      'cannot find your reverse hostname',
      'client host rejected: cannot find your hostname',
      'unresolvable address',

      'no reverse',
      'does not have a reverse',
      "your ip address doesn't have",
      'reverse name',
      'hostname lookup failed',
      "doesn't resolve to your ip",
      'does not resolve to',
      'resolve to a hostname',
      'not match your ip',
      'please set up a ptr',
      'your host name does not match',
      // AOL's postmaster error pages (postmaster.info.aol.com/errors/): a dynamic or residential IP, or one
      // whose reverse DNS looks dynamic
      'rtr:bb',
      'rtr:du',
      'rtr:rd',
      'dial-up ip',
      'dial-up address',

      'from dial-up',
      'from a dial-up',
      'generic reverse',
      'reverse dns lookup failed',
      'ip name lookup',
      'sender ip must resolve',
      'no corresponding reverse',
      'ip name lookup failed',
    ],
  },
  {
    id: 'text.helo',
    tier: 'words',
    phrases: [
      'helo command rejected',
      'invalid helo',
      'bad helo',
      'helo/ehlo',
      'ehlo requires domain',
      'ehlo/helo',
      'hello command rejected',
      'helo name',
      'your helo',
      'helo rejected',
      'ehlo rejected',
      'need fully-qualified hostname',
      'broken helo',
      'invalid hostname in helo',
      'no helo given',
      'helo should be',
      'helo requires domain address',
      // milter-regex(8) example: 'reject "Malformed HELO (not a domain, no dot)"' (not the message's form)
      'malformed helo',
    ],
  },
  {
    id: 'text.sender-domain',
    tier: 'words',
    phrases: [
      'sender address rejected: domain not found',
      'sender domain must exist',
      'requires valid sender domain',
      'sender domain not found',
      // KumoMTA's community bounce rules (assets/community/bounces.toml): "553 Sender Domain Resolve Fail"
      'sender domain resolve',
      // sending services whose relay refuses a From domain the account has not verified: SMTP2GO "550
      // From header sender domain not verified" (support.smtp2go.com, Common Sending Errors), Emailit
      // "530 From/Sender domain is not verified for this workspace" (emailit.com/docs/kb)
      'sender domain not verified',
      'sender domain is not verified',
      // Mailgun "Domain %s is not allowed to send: The domain is unverified and requires DNS
      // configuration." (Mailgun error codes library): its "not allowed to send" is no recipient's
      'is unverified and requires dns',
      // Resend "The example.com domain is not verified. Please, add and verify your domain on ..."
      'add and verify your domain',
      'unroutable sender',
      'domain of sender address',
      'sender address must exist',
      'sender address does not exist',
      'sender address rejected: domain',
      'sender domain does not exist',
      // before text.domain-invalid's "domain doesn't exist"
      "sender domain doesn't exist",
      'mail from domain does not exist',
      'unable to verify sender',
      'could not verify sender',
      'sender address verification',
      'mx lookup failed for sender',
      'sender address rejected: not owned',
      'sender address has null mx',
      'sender domain has null mx',
      'unverified address',
      'sender address is invalid',
      'invalid sender',
      'domain in mail from',
      'return mx does not exist',
      'at return mx check',
      'could not complete sender verify',
      'postmaster verification failed',
      "can't verify sender",
      'sender did not verify',
      'mx records for mailfrom domain',
    ],
  },
  {
    id: 'text.tls-required',
    tier: 'words',
    phrases: [
      'must issue a starttls',
      'starttls is required',
      'tls required',
      'requires tls',
      'encryption required',
      'must use starttls',
      'use tls first',
      'tls is required',
      'encryption is required',
      'tls conversation required',
      'encryption needed',
      // Scrollout F1 bin/policy.sh: "430 4.7.0 Message content not accepted without STARTTLS.
      // Encryption protocol required from Sender domain: <domain>" (a sender that used TLS before)
      'accepted without starttls',
      'encryption protocol required',
    ],
  },
  // --- the sending host and the sender's address (issue 9, shape 3)
  {
    id: 'smtp.helo-ehlo',
    tier: 'fixed',
    phrases: [
      'ehlo command rejected',
      'invalid ehlo',
      'bad ehlo',
      'ehlo name',
      'helo argument',
      'ehlo argument',
      'helo hostname',
      'ehlo hostname',
      'helo host',
      'not a valid helo',
      'helo is not',
      'helo must',
      'helo required',
      'ehlo required',
      'does not match client ip',
      'does not match your ip',
      'in helo',
      'you are not who you say you are',
    ],
  },
  {
    id: 'smtp.x.1.7-sender-address',
    tier: 'fixed',
    owner: 'sender',
    status: ['5.1.7', '4.1.7'],
    phrases: SENDER_ADDRESS_WORDS,
  },
  {
    id: 'smtp.x.1.8-sender-system',
    tier: 'fixed',
    status: ['5.1.8', '4.1.8'],
    phrases: SENDER_ADDRESS_WORDS,
  },
  {
    id: 'mta.sender-verify',
    tier: 'fixed',
    phrases: [
      'sender verify failed',
      'sender verification failed',
      'sender address verification failed',
      'could not verify sender address',
    ],
  },
  {
    id: 'mta.smtp-pipelining',
    tier: 'fixed',
    phrases: ['improper use of smtp command pipelining', 'command pipelining'],
  },
  {
    id: 'smtp.bad-sequence',
    tier: 'fixed',
    phrases: [
      'mail is required first',
      'need mail command',
      'need rcpt command',
      'need mail before rcpt',
      'need rcpt before data',
      'send helo/ehlo first',
    ],
  },
  // --- MTA families from source code, third pass (issue 9): Courier
  {
    id: 'courier.helo-and-sender-checks',
    tier: 'fixed',
    phrases: ['dns lookup on helo', '> verification failed'],
    // Courier submit.C (417 on the HELO name), filters/verifyfilter.C (530/430 "<sender> verification
    // failed": a call-back found no such sender) and libesmtp.C (its own smarthost login)
  },
  // --- MTA families from source code, third pass (issue 9): Apache James
  {
    id: 'james.smtp-session',
    tier: 'fixed',
    phrases: [
      'domain address required',
      'closing connection as too many unknown commands',
      'starttls required',
    ],
    // James protocols/smtp DataCmdHandler, EhloCmdHandler, MaxUnknownCmdHandler and EnforceMtaSts: the
    // sending client broke the SMTP sequence, gave no EHLO name, or would not use TLS
  },
  // --- MTA families from source code, third pass (issue 9): Zimbra
  {
    id: 'zimbra.sender-syntax',
    tier: 'fixed',
    phrases: ['syntax error in sender address'],
    // Zimbra LmtpReply.INVALID_SENDER_ADDRESS (501 5.5.4): the envelope sender, not the message
  },
  {
    // chkuser (qmail-smtpd) CHKUSER_SENDERFORMAT_STRING, old "571 sorry, sender address has invalid
    // format (#5.7.1 - chkuser)" and new "553 5.1.7 sorry, sender syntax not allowed (chkuser)": the
    // envelope sender's spelling, as X.1.7 says (its owner, as smtp.x.1.7-sender-address's), not the
    // recipient's address that qmail's "does not like recipient" would suggest
    id: 'chkuser.sender-format',
    tier: 'fixed',
    owner: 'sender',
    phrases: ['sender address has invalid format', 'sender syntax not allowed'],
  },
  // --- MTA families from source code, third pass (issue 9): Haraka
  {
    id: 'haraka.client-checks',
    tier: 'fixed',
    phrases: [
      'helo denied',
      'ehlo denied',
      'requires domain/address',
      'invalid mail from address',
      'you talk too soon',
      'too many unrecognized commands',
      'no mx for your from address',
      'did not advertise auth capability',
      'unsupported authentication type',
      'that helo not allowed here',
      'helo protocol mismatch',
      'ehlo protocol mismatch',
    ],
    // Haraka connection.js (HELO/EHLO/MAIL), haraka-plugin-early_talker, -limit, -mail_from.is_resolvable
    // (the sender's domain), outbound/hmail.js (its own AUTH to a smarthost): the sending side's setup
  },
  // --- MTA families from source code, third pass (issue 9): Stalwart
  {
    id: 'stalwart.session',
    tier: 'fixed',
    phrases: ['queue error:'],
    // Stalwart inbound/mail.rs (the client skipped EHLO or used an extension the server
    // turned off) and queue/dsn.rs ("queue error": the sending server's own spool failed)
  },
  // --- MTA families from source code, third pass (issue 9): OpenSMTPD
  {
    id: 'opensmtpd.session',
    tier: 'fixed',
    phrases: [
      'helo requires domain name',
      'ehlo requires domain name',
      'sender address syntax error',
      'no auth table for relaying',
      'credentials too large',
      'pipelining not supported',
    ],
    // OpenSMTPD smtp_session.c (the client's HELO, MAIL FROM syntax, SMTP sequence) and mta.c /
    // mta_session.c (its own relay: smarthost and credentials): the sending side's setup
  },
  // --- MTA families from source code, third pass (issue 9): hMailServer
  {
    id: 'hmailserver.session',
    tier: 'fixed',
    phrases: [
      'must have sender and recipient first',
      'must have sender first',
      'syntax should be mail from',
      'syntax should be rcpt to',
      'ehlo invalid domain address',
      'helo invalid domain address',
      'must issue starttls first',
      'ssl/tls-connection is required for authentication',
      'too many invalid commands',
    ],
    // hMailServer SMTPConnection.cpp (the client's sequence, MAIL FROM, HELO name, TLS) and
    // ExternalDelivery.cpp (the sender's own relay host setting)
  },
  // --- MTA families from source code, third pass (issue 9): qmail (notqmail)
  {
    id: 'qmail.remote-helo',
    tier: 'fixed',
    phrases: ['but my name was rejected'],
    // qmail-remote.c: the remote refused this host's HELO name
  },
  {
    id: 'qmail.remote-sender',
    tier: 'broad',
    phrases: ['but sender was rejected'],
    // qmail-remote.c: MAIL FROM was refused; the remote's words, when known, decide first
  },
  // --- MTA families from source code, third pass (issue 9): Exim
  {
    id: 'exim.smarthost-auth',
    tier: 'fixed',
    phrases: ['server did not advertise auth support'],
    // Exim transports/smtp.c: the sender's own relay requires AUTH the next server does not offer
  },
  // --- by MTA family (issue 9, second pass)
  {
    id: 'courier.517-sender-domain',
    tier: 'fixed',
    also: ['517'],
    phrases: ['domain does not exist:', 'invalid domain, see', 'can be accepted only from'],
    // Courier submit.C checks the sender's domain and answers with its own 517 code: the words
    // name the sender's domain, not the recipient's (the code is in the text, not always the reply).
    // Its BOFH "freemail" check ("517-Sender rejected: <a> can be accepted only from / 517 <domain>'s
    // mail relays.") wants the domain's own relays; its badfrom and badmx lists: courier.517-bofh-list
  },
  {
    id: 'courier.417-sender-dns',
    tier: 'fixed',
    also: ['417'],
    phrases: ['dns lookup failure:'],
    // the same check when the sender's domain cannot be looked up now (try later)
  },
  {
    id: 'james.sender-domain',
    tier: 'fixed',
    phrases: ['contains a domain with no valid mx records', 'can not resolved'],
    // Apache James ValidSenderDomainHandler and ResolvableEhloHeloHandler
  },
  {
    id: 'hmailserver.sender-domain-mx',
    tier: 'fixed',
    phrases: ['sender domain does not have any mx records'],
  },
  {
    id: 'icewarp.sender-domain-required',
    tier: 'fixed',
    reply: ['501'],
    phrases: ['domain name required'],
    // IceWarp: MAIL FROM names no domain (the sender's client setup)
  },
  {
    id: 'postfix.protocol-error',
    tier: 'fixed',
    reply: ['521', '550'],
    phrases: ['protocol error'],
    // Postfix postscreen: the sending client spoke before its turn or broke the protocol
  },
  {
    id: 'coremail.null-sender',
    tier: 'fixed',
    phrases: ['null sender is not allowed'],
  },
  {
    id: 'att.sender-domain',
    tier: 'fixed',
    phrases: ['connections not accepted from servers without a valid sender domain'],
    // AT&T: the sending IP's reverse DNS names no valid domain
  },
  {
    id: 'smtp.sender-null-mx',
    tier: 'fixed',
    status: ['5.7.27', '4.7.27'],
    phrases: ['null mx'],
    // RFC 7505 X.7.27: the sender's domain publishes a null MX; Postfix says so with the
    // recipient's nullMX words ("Domain ... does not accept mail (nullMX)"). Not "does not
    // accept mail" alone: Sendmail writes "Host does not accept mail" with 5.7.27 for the recipient's
  },
  {
    id: 'postfix.sender-null-mx',
    tier: 'fixed',
    also: ['nullmx'],
    phrases: ['sender address rejected: domain'],
  },
  // --- the named host is the sender's (issue 9, rules4): "host ... does not exist" or "domain not
  // found" where the text names the sender's own domain and not the failed recipient's is the
  // sender's DNS (a 553 at MAIL FROM), whatever the recipient-side rows with the same words say.
  {
    id: 'context.sender-host-not-found',
    tier: 'provider',
    namesSender: true,
    phrases: [
      'does not exist',
      'domain not found',
      'host not found',
      'host unknown',
      'unknown host',
      'no such domain',
      'nxdomain',
      'unresolvable',
      'could not be resolved',
      'cannot be resolved',
      'unrouteable address',
      'name service error',
      'must exist',
    ],
  },
  // --- gateways (issue 9, rules4, vendor documentation)
  {
    id: 'cisco.bad-command-limit',
    tier: 'fixed',
    phrases: ['exceeded bad smtp command limit'],
    // Cisco Secure Email drops a client after five commands it does not know: the sender's MTA
  },
  {
    id: 'cn-mta.sender-host-checks',
    tier: 'fixed',
    phrases: ['mail from invalid'],
    // a Chinese mail system's replies about the sending host and address (HELO, open relay, the
    // sender's address form, no SMTP service on the sending IP)
  },
  {
    id: 'yandex.sender-callout',
    tier: 'fixed',
    phrases: ['rcpt-to no mailbox'],
    // the receiving server verified the sender's address by calling back, and it failed
  },
  {
    id: 'mimecast.sender-side',
    tier: 'fixed',
    phrases: ['this route requires high-strength ciphers', 'message ended early'],
    // Mimecast: TLS ciphers below the route's policy; a DATA stream cut short (the sender's firewall)
  },
  // --- Sendmail (issue 9, fifth pass): sendmail 8.17 sendmail/*.c, libsm/strexit.c, cf/m4/proto.m4
  {
    id: 'sendmail.sender-domain-required',
    tier: 'fixed',
    phrases: ['domain name required for sender address'],
    // cf/m4/proto.m4 check_mail (553 5.5.4 "Real domain name required for sender address"): the
    // envelope sender has no (real) domain
  },
  // --- Facebook mail (postmaster.facebook.com/response_codes): its own codes, on its replies only
  {
    id: 'facebook.dns-sender',
    tier: 'provider',
    phrases: ['dns-p1', 'dns-p2', 'dns-p3', 'dns-t1', 'dns-t2'],
    hosts: ['facebook.com'],
  },
  {
    // sisimai's reason list: the sending host's own DNS (PTR, HELO name, the domain's sending IPs).
    id: 'sisimai.blocked-dns',
    tier: 'fixed',
    phrases: [
      'bad dns ptr resource record',
      'invalid ip for sending mail of domain',
      'unresolvable relay host name',
    ],
  },
  {
    // I.UA: a wrong HELO/EHLO name, or a sender address it couldn't check
    id: 'iua.sender',
    tier: 'provider',
    phrases: ['i.ua/err/7', 'i.ua/err/8'],
    hosts: ['i.ua'],
  },
  {
    // Gmail: the sending MTA broke the SMTP dialogue (STARTTLS twice, a second AUTH, commands before AUTH)
    id: 'gmail.smtp-protocol',
    tier: 'provider',
    phrases: ['no identity changes permitted', 'too many unauthenticated commands'],
    hosts: ['google.com', 'gmail.com', 'googlemail.com'],
  },
  // --- nullmailer, read from its source while running it (issue 9, live MTAs)
  {
    id: 'nullmailer.smarthost-auth',
    tier: 'fixed',
    phrases: ['server does not advertise certificate authentication'],
    // nullmailer protocols/smtp.cc: the remote (the sending side's smarthost) offers no AUTH it can use
  },
  {
    // the envelope sender's address or the sending host's DNS refused (sisimai: rejected, requireptr)
    id: 'sisimai5.rejected-sender-address',
    tier: 'words',
    phrases: [
      'sender domain is empty',
      'empty envelope senders',
      'fully qualified email address required',
      'forward dns entry does not point',
    ],
  },
  {
    // BATV: the envelope sender is not a tagged one (a null-sender message from the sending side)
    id: 'sisimai5.null-sender',
    tier: 'fixed',
    phrases: ['returned mail not accepted here'],
  },
  {
    // Gmail: the sending IP has no PTR record (the cause of the rate limit)
    id: 'gmail.x.7.23-no-ptr-rate',
    tier: 'provider',
    status: ['4.7.0', '4.7.23', '5.7.23', '5.7.25'],
    phrases: ['does not have a ptr record', "doesn't have a ptr record"],
  },
  // --- policy daemons and filters behind the MTA (issue 9, policy)
  {
    id: 'postscreen.non-smtp-command',
    tier: 'fixed',
    phrases: ['i can break rules, too'],
    // postscreen drops a client that sent a non-SMTP command or bare newlines
  },
  {
    id: 'postfix.sender-mx-lookup-failed',
    tier: 'fixed',
    phrases: ['sender address rejected: unable to look up mail exchanger'],
    // reject_unknown_sender_domain when the sender domain's DNS does not answer
  },
  {
    id: 'policyd-weight.no-dns',
    tier: 'fixed',
    phrases: ['no dns entries for your mta'],
    // policyd-weight: neither the client, its HELO nor the sender domain resolves
  },
  {
    // GoDaddy IB108: the sending IP has no reverse DNS (the sender's DNS, not its reputation)
    id: 'godaddy.ib108-reverse-dns',
    tier: 'provider',
    hosts: ['secureserver.net'],
    phrases: ['ib108', 'reverse dns for this ip failed'],
  },
  {
    // Exchange: the sending server could not authenticate as an Exchange server (5.7.3)
    id: 'exchange.server-authentication',
    tier: 'fixed',
    phrases: ['cannot achieve exchange server authentication'],
  },
  {
    // Cox: the sending server talked before the greeting, or its reverse DNS check failed
    id: 'cox.early-talker-rdns',
    tier: 'provider',
    hosts: ['cox.net'],
    phrases: ['dns check failure - try again later'],
  },
  // Debian's exim4 configuration for a stand-alone system: the sending server itself does not
  // deliver to other domains, so its own setup must change
  {
    id: 'exim4-config.local-only',
    tier: 'fixed',
    phrases: ['mailing to remote domains not supported'],
  },
  // sendmail's mtamark feature: the sending IP's reverse zone does not mark it as a mail server
  {
    id: 'sendmail.mtamark',
    tier: 'fixed',
    phrases: ['not listed as mta'],
  },
  {
    id: 'netease.sender-codes',
    tier: 'provider',
    hosts: ['163.com', '126.com', 'yeah.net', '188.com', 'netease.com', '163mx'],
    phrases: ['mi:nhd', 'mi:imf'],
  },
  {
    id: 'daum.reason-tokens',
    tier: 'provider',
    hosts: ['daum.net', 'hanmail.net', 'kakao.com'],
    phrases: ['dxns1', 'dxns2'],
  },
  { id: 'ses.mail-from-not-verified', tier: 'fixed', phrases: ['mail from domain is not verified'] },
  { id: 'smtpf.sender-domain', tier: 'fixed', phrases: ['from unknown tld', 'from rfc2606 reserved domain'] },
  {
    id: 'powermta.invalid-sender-dns',
    tier: 'fixed',
    phrases: ['no mx for envelope sender domain', 'your domain has no dns/mx entries'],
  },
  { id: 'zmailer.source-domain-dns', tier: 'fixed', phrases: ['dns error with your source domain'] },
  { id: 'postfix.unlisted-sender', tier: 'fixed', phrases: ['sender address rejected: user unknown'] },
  {
    id: 'mta.sender-domain-mx',
    tier: 'fixed',
    phrases: [
      'domain of your sender address has no mail exchanger',
      'no valid mx for your from address',
      // chkuser's CHKUSER_SENDERMX_STRING "sorry, can't find a valid MX for sender domain": qmail's
      // "(#5.1.1 - chkuser)" after it is the recipient's code, the words are the sender's domain
      'valid mx for sender domain',
      'sender address must contain a domain',
      'could not verify "from:" header address',
    ],
  },
  {
    id: 'mta.sender-host-forged',
    tier: 'fixed',

    phrases: ['you are not following the smtp protocol', 'starttls first'],
  },
  // iRedAPD wblist_rdns: the receiving server blacklists the sending IP's reverse DNS name (generic
  // or dynamic-looking PTRs): 'REJECT Blacklisted reverse DNS name of server IP address'
  { id: 'iredapd.blacklisted-rdns', tier: 'fixed', phrases: ['blacklisted reverse dns name'] },
  // AT&T/BellSouth at the greeting, "421-failure in DNS look-up.": its lookup of the sending IP's
  // reverse DNS failed (rbl.att.net/block_enduser.html), not the recipient domain's DNS
  { id: 'att.dns-lookup-failure', tier: 'fixed', phrases: ['failure in dns look-up'] },
  // SpamExperts: the sending server has no MX or A record ("Sending server is missing DNS records")
  { id: 'spamexperts.sending-server-dns', tier: 'fixed', phrases: ['sending server is missing dns records'] },
]);
