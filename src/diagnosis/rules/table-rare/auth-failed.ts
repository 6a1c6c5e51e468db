// auth-failed: the phrases of its rows (table/auth-failed.ts) that few bounces have, loaded on demand
// (rare-phrases.ts says when). Sources and examples are in provenance.ts, by row id.
import type { RarePhrases } from '../rare-phrases';

export const AUTH_FAILED_RARE: RarePhrases = {
  'gmail.5.7.32-dmarc-alignment': ['alignment'],
  'text.orange-spf': ['spf/dns de votre nom de domaine'],
  'text.mta-sender-id': ['senderid check'],
  'text.dmarc': [
    // "MAIL FROM is mismatched with message header from address": an envelope and header From
    // that do not align (PHPMailer-BMH's rule samples (phpmailer-bmh_rules.php))
    'mismatched with message header from',
  ],
  'text.spf': ['spf softfail', 'is not designated as permitted sender', 'not designated as permitted sender'],
  'text.dkim': ['domainkeys', 'no valid author-matched', 'no passing signature'],
  'coremail.fake-sender': ['requested mail action not taken: fake sender'],
  'sophos.xgemail-auth': ['xgemail_0001', 'xgemail_0002', 'xgemail_0003'],
  'ionos.spf-policy': ['spf unauthorized mail'],
  'cox.unverified-sender': ['cxsmtp'],
  'spf.why-url': ['openspf.net/why', 'openspf.org/why'],
  'cleanmail.forged-sender-domain': ['forged sender domain'],
};
