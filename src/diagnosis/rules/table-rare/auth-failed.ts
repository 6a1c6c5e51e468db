// auth-failed: the phrases of its rows (table/auth-failed.ts) that few bounces have, and its rows all of
// whose phrases are such, loaded on demand (rare-phrases.ts says when). Sources and examples are
// in provenance.ts, by row id.
import { rareRows, type RarePhraseMap } from '../rare-phrases';

export const AUTH_FAILED_RARE: RarePhraseMap = {
  'gmail.5.7.32-dmarc-alignment': ['alignment'],
  'text.mta-sender-id': ['senderid check'],
  'text.dmarc': [
    // "MAIL FROM is mismatched with message header from address": an envelope and header From
    // that do not align (PHPMailer-BMH's rule samples (phpmailer-bmh_rules.php))
    'mismatched with message header from',
  ],
  'text.spf': [
    // smf-spf smf-spf.c: "Sorry %s, we only accept mail from SPF enabled domains." (no SPF record)
    'spf enabled',
    'spf softfail',
    'is not designated as permitted sender',
    'not designated as permitted sender',
  ],
  'text.dkim': [
    'domainkeys',
    'no valid author-matched',
    'no passing signature',
    // Exim's specification (DKIM chapter): "Mail from Paypal with invalid/missing signature"
    'missing signature',
    'invalid signature',
  ],
  'ionos.spf-policy': ['spf unauthorized mail'],
  'spf.why-url': ['openspf.net/why', 'openspf.org/why'],
};

// Rows every phrase of which is rare: each ships whole here, after the row it follows in
// table/auth-failed.ts.
export const AUTH_FAILED_RARE_ROWS = rareRows('auth-failed', [
  {
    // GoDaddy: the sending IP is not in the sender domain's SPF record
    id: 'godaddy.ib508-spf',
    after: 'gmail.5.7.1-unauthenticated-domain',
    tier: 'provider',
    phrases: ['ib508'],
    hosts: ['secureserver.net'],
  },
  {
    id: 'text.orange-spf',
    after: 'text.barracuda-spoofed',
    tier: 'fixed',
    phrases: ['spf/dns de votre nom de domaine'],
  },
  {
    id: 'coremail.fake-sender',
    after: 'hmailserver.spf-dkim',
    tier: 'fixed',
    phrases: ['requested mail action not taken: fake sender'],
  },
  {
    id: 'sophos.xgemail-auth',
    after: 'cn-mta.remote-ip-check',
    tier: 'provider',
    phrases: ['xgemail_0001', 'xgemail_0002', 'xgemail_0003'],
  },
  {
    // Cox could not verify that the message came from a legitimate sender of its domain
    id: 'cox.unverified-sender',
    after: 'facebook.pol-p7',
    tier: 'provider',
    phrases: ['cxsmtp'],
    hosts: ['cox.net'],
  },
  {
    id: 'cleanmail.forged-sender-domain',
    after: 'spf.why-url',
    tier: 'fixed',
    phrases: ['forged sender domain'],
  },
  {
    // MailCleaner etc/exim/exim_stage1.conf_template (domains_to_preventspoof, !spf = pass): mail
    // claiming the recipient's own domain from a host its SPF does not pass; before the null-MX
    // wording "domain does not accept mail" (text.mta-domain-missing) it contains
    id: 'mailcleaner.prevent-spoof',
    after: 'cleanmail.forged-sender-domain',
    tier: 'fixed',
    phrases: ['does not accept mail from itself'],
  },
  {
    // Tuta refuses mail from outside its servers that claims one of its own addresses as sender
    id: 'tuta.sender-from-external',
    after: 'mailcleaner.prevent-spoof',
    tier: 'fixed',
    phrases: ['tutanota sender from external'],
  },
]);
